"""The import lifecycle as actions: an import lands not public, the secretariat publishes, unpublishes,
corrects or deletes it; abandoned reviews expire and stay out of backups."""
import copy
import datetime
import functools
import io
import os
import tarfile
import time

import pytest
from django.core.management import call_command
from django.utils import timezone

from shingikai import publicity
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import plan_meeting
from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import (
    delete_import, expire_pending_imports, import_meeting, import_pending, publish_import, receive_import_file,
    reopen_import, unpublish_import,
)
from shingikai.minutes.models import ImportRecord, PendingImport

PARSED = {
    "municipality": "にし市", "council_name": "にし市情報公開・個人情報保護審議会",
    "meeting_label": "令和6年度第2回", "date": "2024-08-05", "members_present": ["青木一郎"],
    "items": [{"kind": "諮問", "title": "窓口受付システムの導入", "outcome": "承認", "departments": ["市民課"]}],
    "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": "データセンターは国内か。"}],
}
MINUTES_TEXT = """令和6年度第3回みなみ市情報公開・個人情報保護審議会 会議録
日時：令和6年11月18日（月）午前10時00分～午前11時30分
○委員　予約データはどこに保存されますか。
○市民課　国内のデータセンターです。
"""


def imported():
    meeting, status = import_meeting(copy.deepcopy(PARSED), source_name="nishi.txt", sha256="a" * 64)
    assert status == "imported"
    return meeting


def is_public(meeting):
    return (publicity.meetings().filter(pk=meeting.pk).exists(),
            publicity.cases().filter(agenda_items__meeting=meeting).exists(),
            publicity.turns(meeting).exists())


@pytest.mark.django_db
def test_an_import_lands_imported_and_not_public():
    meeting = imported()
    assert meeting.imported and meeting.minutes.state == "draft"
    assert is_public(meeting) == (False, False, False)
    assert not publicity.agenda_items(meeting).exists()


@pytest.mark.django_db
def test_publish_and_unpublish_move_every_public_output():
    meeting = imported()
    minutes = publish_import(meeting, on=datetime.date(2024, 9, 1))
    assert is_public(meeting) == (True, True, True)
    assert minutes.published_on == datetime.date(2024, 9, 1)
    with pytest.raises(ActionRefused, match="すでに公開"):
        publish_import(meeting)
    unpublish_import(meeting, reason="訂正のため")
    assert is_public(meeting) == (False, False, False)
    with pytest.raises(ActionRefused, match="公開されていません"):
        unpublish_import(meeting, reason="訂正のため")


@pytest.mark.django_db
def test_a_re_import_of_a_published_meeting_is_checked_again_before_it_is_public():
    meeting = imported()
    publish_import(meeting)
    corrected = dict(copy.deepcopy(PARSED), place="にし市役所")
    again, status = import_meeting(corrected, sha256="b" * 64, replace=True)
    assert status == "updated" and again.pk == meeting.pk
    assert is_public(meeting) == (False, False, False)


@pytest.mark.django_db
def test_the_lifecycle_refuses_meetings_run_in_this_system(world):
    live = plan_meeting(world.council, date=datetime.date(2025, 6, 1))
    unpublish = functools.partial(unpublish_import, reason="訂正のため")
    for action in (publish_import, unpublish, delete_import, reopen_import):
        with pytest.raises(ActionRefused, match="取込記録ではない"):
            action(live)
    assert Meeting.objects.filter(pk=live.pk).exists()


@pytest.mark.django_db
def test_delete_removes_the_meeting_and_the_cases_it_created():
    meeting = imported()
    delete_import(meeting)
    assert not Meeting.objects.exists() and not Case.objects.exists() and not ImportRecord.objects.exists()


@pytest.mark.django_db
def test_a_reopened_import_corrects_the_same_meeting_even_when_its_date_changes():
    meeting = imported()
    pending = reopen_import(meeting)
    assert pending.meeting == meeting and pending.parsed["date"] == "2024-08-05"
    assert reopen_import(meeting) == pending  # one correction at a time
    pending.parsed = dict(pending.parsed, date="2024-08-06")
    pending.save()
    again, status = import_pending(pending)
    assert status == "updated" and again.pk == meeting.pk and again.date == datetime.date(2024, 8, 6)
    assert not PendingImport.objects.exists() and Meeting.objects.count() == 1


@pytest.mark.django_db
def test_a_file_without_a_meeting_is_refused_and_nothing_is_kept():
    with pytest.raises(ActionRefused, match="会議録のファイルか確認してください"):
        receive_import_file("吾輩は猫である。\n".encode(), name="novel.txt")
    assert not PendingImport.objects.exists()


def _age(pending, days):
    PendingImport.objects.filter(pk=pending.pk).update(updated_at=timezone.now() - datetime.timedelta(days=days))


@pytest.mark.django_db
def test_abandoned_reviews_expire_after_the_configured_days(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.SHINGIKAI_PENDING_IMPORT_DAYS = 7
    old = receive_import_file(MINUTES_TEXT.encode(), name="old.txt")
    fresh = receive_import_file(MINUTES_TEXT.encode(), name="fresh.txt")
    _age(old, 8)
    _age(fresh, 6)
    leftovers = tmp_path / "imports"
    leftovers.mkdir()
    (leftovers / "stale.txt").write_text("古いアップロード")
    stale = time.time() - 8 * 86400
    os.utime(leftovers / "stale.txt", (stale, stale))
    assert expire_pending_imports() == 2
    assert list(PendingImport.objects.values_list("source_name", flat=True)) == ["fresh.txt"]
    assert not (leftovers / "stale.txt").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("command", [["cleanup"], ["send_notices"]])
def test_cleanup_and_the_daily_notices_remove_abandoned_reviews(settings, tmp_path, command):
    settings.MEDIA_ROOT = tmp_path
    _age(receive_import_file(MINUTES_TEXT.encode(), name="old.txt"), settings.SHINGIKAI_PENDING_IMPORT_DAYS + 1)
    call_command(*command, stdout=(out := io.StringIO()))
    assert not PendingImport.objects.exists()
    assert "取込 1 件を削除しました" in out.getvalue()


@pytest.mark.django_db
def test_backups_leave_out_pending_reviews_and_leftover_uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "imports").mkdir(parents=True)
    (tmp_path / "media" / "imports" / "abandoned.txt").write_text("放置されたアップロード")
    (tmp_path / "media" / "evidence.txt").write_text("証拠")
    receive_import_file(MINUTES_TEXT.encode(), name="pending.txt")
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        data = tar.extractfile("data.json").read().decode()
    assert "media/evidence.txt" in names
    assert not any(name.startswith("media/imports") for name in names)
    assert "minutes.pendingimport" not in data and "pending.txt" not in data
