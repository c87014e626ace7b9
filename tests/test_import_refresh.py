"""Meetings imported before the importer read the 通算第N回 and the 事務局・説明員 have none stored. The text of an upload
is not kept after its import, so the secretariat gives the same file again (its SHA-256 is the import's): the import
page's 「通算回・事務局・説明員を補う」, or `shingikai reimport --council SLUG FILE...` for a folder of them, fills in only
what the stored reading lacks and says per meeting what changed. A value read or corrected on the review stays."""
import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from test_imported_past_meetings import PAST, minutes_text
from test_web_support import web_world  # noqa: F401

from shingikai.errors import ActionRefused
from shingikai.minutes import actions
from shingikai.minutes.importer import parse_text
from shingikai.minutes.models import printed_attendance

SECRETARIAT = "（総務課）上田総務課長"


def source(row=PAST[2]):
    return minutes_text(*row).encode()


def imported_before_the_count_was_read(world, row=PAST[2]):
    """An import stored by an importer that read neither the 通算 nor the 事務局・説明員: its reading lacks the keys."""
    data = source(row)
    parsed = {key: value for key, value in parse_text(data.decode()).items()
              if key not in ("cumulative_number", "secretariat", "staff")}
    meeting, _ = actions.import_meeting(parsed, council_slug=world.council.slug, source_name=f"{row[0]}.txt",
                                        sha256=hashlib.sha256(data).hexdigest(), by=world.secretariat)
    return meeting


def test_the_same_file_fills_in_the_count_and_the_printed_staff_and_nothing_else(web_world):
    w = web_world
    meeting = imported_before_the_count_was_read(w)
    actions.publish_import(meeting, by=w.secretariat)
    assert meeting.cumulative_number is None and actions.unread_facts(meeting) == ["通算回", "事務局", "説明員"]
    items, turns = list(meeting.items.values_list("pk", flat=True)), list(meeting.turns.values_list("pk", flat=True))
    result = actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=w.secretariat)
    assert [state for state, _ in result.values()] == ["filled"] * 3
    assert actions.refresh_summary(result) == "通算回 (第41回)、事務局、説明員を補いました。"
    meeting.refresh_from_db()
    assert meeting.cumulative_number == 41 and meeting.label == "令和7年度第1回 (通算第41回)"
    assert printed_attendance(meeting)["secretariat"] == SECRETARIAT
    assert meeting.minutes.state == "published"
    assert list(meeting.items.values_list("pk", flat=True)) == items
    assert list(meeting.turns.values_list("pk", flat=True)) == turns
    assert actions.unread_facts(meeting) == []
    # Again: everything is there now, and stays as it is.
    again = actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=w.secretariat)
    assert [state for state, _ in again.values()] == ["kept"] * 3


def test_a_count_corrected_on_the_review_is_never_overwritten(web_world):
    w = web_world
    meeting = imported_before_the_count_was_read(w)
    pending = actions.reopen_import(meeting, by=w.secretariat)
    pending = actions.correct_pending_import(pending, changes={"cumulative_number": 38}, by=w.secretariat,
                                             expected_version=pending.version)
    meeting, _ = actions.import_pending(pending, by=w.secretariat)
    result = actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=w.secretariat)
    assert result["cumulative_number"] == ("kept", 38) and result["secretariat"] == ("filled", SECRETARIAT)
    assert "通算回 (第38回)は取込済みの記録 (確認画面での訂正を含む) のとおりで、変えていません" in actions.refresh_summary(result)
    meeting.refresh_from_db()
    assert meeting.cumulative_number == 38


def test_another_file_an_open_correction_or_another_secretariat_is_refused(web_world):
    w = web_world
    meeting = imported_before_the_count_was_read(w)
    with pytest.raises(ActionRefused, match="取り込んだファイル .* と内容が違います"):
        actions.refresh_import(meeting, data=source(PAST[1]), name="other.txt", by=w.secretariat)
    with pytest.raises(ActionRefused, match="ほかの事務局"):
        actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=w.other_secretariat)
    actions.reopen_import(meeting, by=w.secretariat)
    with pytest.raises(ActionRefused, match="確認待ち"):
        actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=w.secretariat)
    meeting.refresh_from_db()
    assert meeting.cumulative_number is None


def test_the_import_page_offers_the_refresh_until_nothing_is_missing(client, web_world):
    w = web_world
    meeting = imported_before_the_count_was_read(w)
    client.force_login(w.secretariat)
    url = reverse("minutes_import:meeting", args=[meeting.pk])
    assert 'id="refresh"' in client.get(url).content.decode()
    refresh = reverse("minutes_import:change", args=[meeting.pk, "refresh"])
    wrong = client.post(refresh, {"file": SimpleUploadedFile("x.txt", source(PAST[1]))}, follow=True)
    assert "と内容が違います" in wrong.content.decode()
    done = client.post(refresh, {"file": SimpleUploadedFile("r7-1.txt", source())}, follow=True).content.decode()
    assert "通算回 (第41回)、事務局、説明員を補いました" in done and 'id="refresh"' not in done


def test_the_command_fills_in_each_meeting_of_the_files_and_reports_it(web_world, tmp_path):
    w = web_world
    first = imported_before_the_count_was_read(w, PAST[1])
    imported_before_the_count_was_read(w, PAST[2])
    files = []
    for row in PAST[1:]:
        path = tmp_path / f"{row[0]}.txt"
        path.write_bytes(source(row))
        files.append(str(path))
    out = io.StringIO()
    call_command("reimport", *files, "--council", w.council.slug, "--dry-run", stdout=out)
    assert out.getvalue().count("(dry-run)") == 2
    first.refresh_from_db()
    assert first.cumulative_number is None
    out = io.StringIO()
    call_command("reimport", *files, "--council", w.council.slug, "--as", "jimukyoku", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("令和6年度第2回: 通算回 (第40回)、事務局、説明員を補いました。")
    assert lines[1].endswith("令和7年度第1回: 通算回 (第41回)、事務局、説明員を補いました。")
    first.refresh_from_db()
    assert first.cumulative_number == 40
    stranger = tmp_path / "other.txt"
    stranger.write_bytes(source(PAST[0]))
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("reimport", str(stranger), "--council", w.council.slug, stderr=err)
    assert exit_.value.code == 2 and "このファイルから取り込んだ会議はありません" in err.getvalue()


def test_the_file_given_again_is_read_outside_any_transaction(transactional_db, web_world, monkeypatch):
    # On SQLite an open transaction holds the one write lock: parsing the file inside one made every other user's
    # save wait for it.
    from django.db import connection

    meeting = imported_before_the_count_was_read(web_world)
    read, seen = actions.read_import_file, []

    def reading(data, name):
        seen.append(connection.in_atomic_block)
        return read(data, name)

    monkeypatch.setattr(actions, "read_import_file", reading)
    result = actions.refresh_import(meeting, data=source(), name="r7-1.txt", by=web_world.secretariat)
    assert seen == [False] and [state for state, _ in result.values()] == ["filled"] * 3
    # Another file is refused without being read.
    with pytest.raises(ActionRefused, match="と内容が違います"):
        actions.refresh_import(meeting, data=source(PAST[1]), name="x.txt", by=web_world.secretariat)
    assert seen == [False]
