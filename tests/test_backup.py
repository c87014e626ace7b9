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


@pytest.mark.django_db
def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "notes.tar.gz"
    bogus.write_bytes(b"not a tarball")
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(bogus))
    assert "notes.tar.gz" in str(refused.value)
