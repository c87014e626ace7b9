"""Published 答申 on appeals as search entries (kind "appeal_answer"), and published 答申 imported from other
審査会 (kind "imported_answer"), both registered with search.indexing.

Only published 答申 are indexed, and only their public version: names masked, the withheld parts and
the インカメラ notes never included. Facets: outcome (妥当 / 一部取消 / 取消), the 不開示 grounds'
categories, the 実施機関; the body carries the articles, so `条例第7条第2号` finds them too.
"""
from shingikai.search.models import SearchEntry

from .answer_document import masked, secret_strings
from .models import Appeal, ImportedAnswer

KIND = SearchEntry.Kind.APPEAL_ANSWER
IMPORTED_KIND = SearchEntry.Kind.IMPORTED_ANSWER


def entries_for(pk):
    appeal = (Appeal.objects.filter(pk=pk, answer_published=True)
              .select_related("request__department", "request__municipality", "case__council__municipality").first())
    if appeal is None or appeal.case is None:
        return []
    secrets = secret_strings(appeal)
    request = appeal.request
    judgments = list(appeal.judgments.select_related("ground"))
    grounds = list(request.grounds.all())
    articles = " ".join(g.article for g in grounds)
    body = "\n".join(filter(None, [
        masked(appeal.conclusion, secrets), masked(appeal.judgment, secrets), articles,
        *(f"{j.ground.article} {j.ground.category} {j.finding} {masked(j.reason, secrets)}" for j in judgments),
    ]))
    council = appeal.case.council
    return [SearchEntry(
        kind=KIND, object_id=appeal.pk, visibility=SearchEntry.Visibility.PUBLIC,
        url=f"/disclosure/answers/{appeal.pk}/",
        title=f"{appeal.answer_number} {appeal.decision_title}に係る審査請求 ({articles})"[:500],
        body=body, council_id=council.pk, council_slug=council.slug, council_name=council.name,
        municipality=council.municipality.name, fiscal_year=None, date=appeal.answered_on,
        case_kind="諮問", categories=sorted({g.category for g in grounds}), department=request.department.current.name,
        outcome=appeal.outcome,
    )]


def all_ids():
    return list(Appeal.objects.filter(answer_published=True).values_list("pk", flat=True))


def imported_entries_for(pk):
    """A published imported 答申: its four parts with the masked terms as ○○ (never the source text)."""
    answer = ImportedAnswer.objects.filter(pk=pk, published=True).select_related("council__municipality").first()
    if answer is None:
        return []
    terms = answer.masked_list
    articles = " ".join(answer.articles)
    body = "\n".join(filter(None, [
        *(masked(part, terms) for part in (answer.conclusion, answer.purport, answer.claims, answer.judgment)),
        articles, " ".join(answer.categories),
    ]))
    council = answer.council
    return [SearchEntry(
        kind=IMPORTED_KIND, object_id=answer.pk, visibility=SearchEntry.Visibility.PUBLIC,
        url=f"/disclosure/answers/imported/{answer.pk}/",
        title=masked(f"{answer.number} {council.name} 答申 ({articles})", terms)[:500],
        body=body, council_id=council.pk, council_slug=council.slug, council_name=council.name,
        municipality=council.municipality.name, fiscal_year=None, date=answer.answered_on,
        case_kind="諮問", categories=list(answer.categories), department="", outcome=answer.outcome,
    )]


def imported_ids():
    return list(ImportedAnswer.objects.filter(published=True).values_list("pk", flat=True))


def connect():
    from django.db.models.signals import post_delete, post_save

    from shingikai.search import indexing

    indexing.register_source(KIND, entries_for, all_ids)
    indexing.register_source(IMPORTED_KIND, imported_entries_for, imported_ids)

    def changed(sender, instance, **kwargs):
        indexing.schedule(KIND, instance.pk)

    def imported_changed(sender, instance, **kwargs):
        indexing.schedule(IMPORTED_KIND, instance.pk)

    post_save.connect(changed, sender=Appeal, dispatch_uid="search-Appeal-save", weak=False)
    post_save.connect(imported_changed, sender=ImportedAnswer, dispatch_uid="search-ImportedAnswer-save", weak=False)
    post_delete.connect(imported_changed, sender=ImportedAnswer, dispatch_uid="search-ImportedAnswer-delete",
                        weak=False)
