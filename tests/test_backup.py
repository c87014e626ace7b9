import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from shingikai.cases.models import Case
from shingikai.demo.loader import load_demo
from shingikai.meetings.models import Turn
from shingikai.minutes.models import Minutes


def snapshot():
    return (
        sorted(Case.objects.values_list("title", "status")),
        sorted(Turn.objects.values_list("meeting_id", "order", "text")),
        sorted(Minutes.objects.values_list("meeting_id", "state")),
    )


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_gives_back_the_same_record(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    before = snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    Case.objects.filter(status="draft").delete()
    with pytest.raises(CommandError):
        call_command("restore", str(archive))
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert snapshot() == before


def history_rows():
    """Every history table's rows, with their times to the microsecond and who made each change, and the
    number of rows of the tables that keep a history's many-to-many links."""
    from django.apps import apps

    tables = [m for m in apps.get_models() if "historical" in m._meta.label_lower]
    rows = {m._meta.label: sorted(m.objects.values_list("history_id", "history_date", "history_type", "history_user_id"))
            for m in tables if any(f.name == "history_date" for f in m._meta.get_fields())}
    counts = {m._meta.label: m.objects.count() for m in tables}
    return rows, counts


@pytest.mark.django_db(transaction=True)
def test_a_restore_gives_back_the_history_as_it_was_and_adds_none(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    before = history_rows()
    assert any(date.microsecond % 1000 for rows in before[0].values() for _, date, _, _ in rows)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert history_rows() == before


def test_a_backup_into_a_folder_that_does_not_exist_is_refused_with_a_message(tmp_path):
    with pytest.raises(CommandError, match="フォルダ"):
        call_command("backup", "-o", str(tmp_path / "nonexistent" / "b.tar.gz"), verbosity=0)
