"""Search entries for the published 個人情報ファイル簿 (registered in search/indexing.py).

Only published files are indexed, and only as public entries: a draft, a file under review or one
exempt from publication has no entry at all, so not even members find it through search.
"""
from shingikai.search.models import SearchEntry

from . import publicity


def _council(municipality):
    """Entries belong to a council; a city's register goes with its own (first, non-imported) council."""
    return municipality.councils.filter(is_imported_only=False).order_by("pk").first()


def _entry(record):
    municipality = record.department.municipality
    council = _council(municipality)
    if council is None:
        return None
    body = "\n".join(filter(None, [record.purpose, record.record_items, record.record_scope, record.collection_method,
                                   record.regular_recipients]))
    return SearchEntry(
        kind=SearchEntry.Kind.REGISTER_FILE, object_id=record.pk, visibility=SearchEntry.Visibility.PUBLIC,
        url=f"/registers/files/{record.pk}/", title=f"個人情報ファイル簿: {record.name}", body=body,
        council_id=council.pk, council_slug=council.slug, council_name=council.name, municipality=municipality.name,
        department=record.department.current.name, date=record.registered_on,
    )


def file_entries(file_id):
    record = publicity.files().filter(pk=file_id).first()
    entry = _entry(record) if record is not None else None
    return [entry] if entry is not None else []


def all_ids():
    return list(publicity.files().order_by("pk").values_list("pk", flat=True))


def connect():
    from django.db.models.signals import post_delete, post_save

    from shingikai.search import indexing

    from .models import PersonalInfoFile

    indexing.register_source(SearchEntry.Kind.REGISTER_FILE, file_entries, all_ids)

    def changed(sender, instance, **kwargs):
        indexing.schedule(SearchEntry.Kind.REGISTER_FILE, instance.pk)

    post_save.connect(changed, sender=PersonalInfoFile, dispatch_uid="search-PersonalInfoFile-save", weak=False)
    post_delete.connect(changed, sender=PersonalInfoFile, dispatch_uid="search-PersonalInfoFile-delete", weak=False)
