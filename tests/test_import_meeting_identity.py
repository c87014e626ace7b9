"""Which meeting an import is: the council, the date and the 回次 as printed (臨時会/定例会 included), not the 年度 and
回 alone. A meeting already imported is replaced only when the secretariat chooses 「この会議を置き換える」 (the command's
--replace), and only its own; the review says so before any work, and the label is stored as printed."""
import copy
import datetime
import re
from pathlib import Path

import pytest
from helpers import review_form

from shingikai.errors import ActionRefused
from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import (
    already_imported, import_meeting, import_pending, publish_import, receive_import_file,
)
from shingikai.minutes.models import Minutes

NISHI = {"municipality": "にし市", "council_name": "にし市議会"}
RINJIKAI = {**NISHI, "meeting_label": "平成22年第2回臨時会", "date": "2010-02-19",
            "items": [{"kind": "その他", "title": "補正予算について", "outcome": "承認"}],
            "turns": [{"speaker": "議長", "role": "chair", "item": 0, "text": "臨時会を開きます。"}]}
TEIREIKAI = {**NISHI, "meeting_label": "平成21年第2回定例会", "date": "2009-06-10",
             "items": [{"kind": "その他", "title": "条例の改正について", "outcome": "承認"}],
             "turns": [{"speaker": "議長", "role": "chair", "item": 0, "text": "定例会を開きます。"}]}
MINUTES = """平成30年10月5日 にし市議会議会運営委員会 会議録
日時：平成30年10月5日（金）午前10時00分～午前11時00分
○委員長　ただいまから委員会を開きます。
○委員　日程について確認します。
"""


def _import(parsed, sha, **kwargs):
    return import_meeting(copy.deepcopy(parsed), source_name="nishi.txt", sha256=sha * 64, **kwargs)


@pytest.mark.django_db
def test_a_rinjikai_and_a_teireikai_of_the_same_year_and_number_are_two_meetings():
    rinjikai, _ = _import(RINJIKAI, "a")
    publish_import(rinjikai)
    teireikai, status = _import(TEIREIKAI, "b")
    assert status == "imported" and teireikai.pk != rinjikai.pk
    rinjikai.refresh_from_db()
    assert rinjikai.date == datetime.date(2010, 2, 19) and rinjikai.minutes.state == Minutes.State.PUBLISHED
    assert [i.title for i in rinjikai.items.all()] == ["補正予算について"]


@pytest.mark.django_db
@pytest.mark.parametrize("label, date, fiscal_year, number", [
    ("平成22年第2回臨時会", "2010-02-19", 2009, None),
    ("第51回", "2022-07-25", 2022, None),
    ("令和6年度第2回", "2024-08-05", 2024, 2),
])
def test_the_meeting_is_named_as_its_minutes_print_it(label, date, fiscal_year, number):
    meeting, _ = _import({**RINJIKAI, "meeting_label": label, "date": date}, "a")
    assert meeting.label == label
    assert (meeting.fiscal_year, meeting.number) == (fiscal_year, number)


@pytest.mark.django_db
def test_the_same_meeting_again_is_not_replaced_without_asking():
    meeting, _ = _import(RINJIKAI, "a")
    publish_import(meeting)
    corrected = {**RINJIKAI, "place": "にし市役所"}
    with pytest.raises(ActionRefused, match="取込済みです \\(公開中\\).*この会議を置き換える") as refused:
        _import(corrected, "b")
    assert refused.value.code == "already_imported"
    meeting.refresh_from_db()
    assert meeting.minutes.state == Minutes.State.PUBLISHED and meeting.place == ""
    again, status = _import(corrected, "b", replace=meeting)
    assert status == "updated" and again.pk == meeting.pk and again.place == "にし市役所"
    assert _import(corrected, "b") == (again, "unchanged")  # the same file again changes nothing


@pytest.mark.django_db
def test_a_re_upload_with_the_number_added_is_the_same_meeting_and_replaces_it_only_when_asked(world):
    unnumbered = {**RINJIKAI, "meeting_label": None, "date": "2018-10-05"}
    first, _ = _import(unnumbered, "a", by=world.secretariat)
    publish_import(first, by=world.secretariat)
    numbered = {**unnumbered, "meeting_label": "平成30年第5回"}
    with pytest.raises(ActionRefused, match="にし市議会 回次不明 \\(平成30年10月5日\\) は取込済みです") as refused:
        _import(numbered, "b", by=world.secretariat)
    assert refused.value.code == "already_imported"
    again, status = _import(numbered, "b", by=world.secretariat, replace=first)
    assert status == "updated" and again.pk == first.pk and Meeting.objects.filter(imported=True).count() == 1
    assert again.label == "平成30年第5回"


@pytest.mark.django_db
def test_a_re_upload_with_a_corrected_number_is_offered_as_the_same_days_meeting(world):
    wrong, _ = _import({**RINJIKAI, "meeting_label": "平成30年第4回", "date": "2018-10-05"}, "a", by=world.secretariat)
    corrected = {**RINJIKAI, "meeting_label": "平成30年第5回", "date": "2018-10-05"}
    with pytest.raises(ActionRefused, match="平成30年10月5日の会議 \\(平成30年第4回\\) が取込済みです") as refused:
        _import(corrected, "b", by=world.secretariat)
    assert refused.value.code == "same_day"
    again, status = _import(corrected, "b", by=world.secretariat, replace=wrong)
    assert status == "updated" and again.pk == wrong.pk and again.label == "平成30年第5回"


@pytest.mark.django_db
def test_another_meeting_held_the_same_day_is_imported_as_new_when_the_secretariat_says_so(world):
    morning, _ = _import({**RINJIKAI, "meeting_label": "第1回"}, "a", by=world.secretariat)
    afternoon, status = _import({**RINJIKAI, "meeting_label": "第2回"}, "b", by=world.secretariat, as_new=True)
    assert status == "imported" and afternoon.pk != morning.pk


@pytest.mark.django_db
def test_another_citys_import_of_a_different_meeting_does_not_block_and_its_own_is_never_replaced(world):
    theirs, _ = _import(RINJIKAI, "a", by=world.secretariat)
    # The 定例会 of the same year and number, uploaded by another city: another meeting, imported.
    ours, status = _import(TEIREIKAI, "b", by=world.other_secretariat)
    assert status == "imported" and ours.pk != theirs.pk
    # The same meeting again, by the other city: refused as another secretariat's, with or without 置き換える.
    for kwargs in ({}, {"replace": True}, {"replace": theirs}):
        with pytest.raises(ActionRefused, match="ほかの事務局が取り込んだ"):
            _import({**RINJIKAI, "place": "にし市役所"}, "c", by=world.other_secretariat, **kwargs)
    theirs.refresh_from_db()
    assert theirs.place == "" and theirs.import_records.count() == 1


@pytest.mark.django_db
def test_a_replacement_must_be_a_meeting_of_the_same_council_and_day():
    rinjikai, _ = _import(RINJIKAI, "a")
    with pytest.raises(ActionRefused, match="同じ日か同じ回次の会議だけ"):
        _import(TEIREIKAI, "b", replace=rinjikai)
    assert Meeting.objects.filter(imported=True).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("changes, message", [
    ({"date": "2099-01-01"}, "今日より後です"),
    ({"meeting_label": "令和6年度第2回", "date": "2025-05-10"}, "回次の年度 \\(令和6年度\\) と開催日"),
    ({"meeting_label": "平成22年第2回臨時会", "date": "2009-06-10"}, "回次の年 \\(平成22年\\) と開催日"),
    ({"meeting_label": "令和6年度第99999999999回", "date": "2024-08-05"}, "第99999999999回」は大きすぎます"),
    ({"start_time": "11:00", "end_time": "10:00"}, "終了時刻 \\(10:00\\) が開始時刻 \\(11:00\\) より前"),
])
def test_facts_published_minutes_cannot_state_are_refused_with_the_reason(changes, message):
    with pytest.raises(ActionRefused, match=message):
        _import({**RINJIKAI, **changes}, "a")
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_the_review_says_the_meeting_is_imported_and_replaces_it_only_when_chosen(client, world):
    client.force_login(world.secretariat)
    first = receive_import_file(MINUTES.encode(), name="giun.txt", by=world.secretariat)
    first.parsed = {**first.parsed, **NISHI}
    first.save()
    meeting, _ = import_pending(first, by=world.secretariat)
    publish_import(meeting, by=world.secretariat)

    again = receive_import_file(MINUTES.replace("日程について", "次回の日程について").encode(), name="giun2.txt",
                                by=world.secretariat)
    again.parsed = {**again.parsed, **NISHI}
    again.save()
    found = already_imported(again, world.secretariat)
    assert [(f["meeting"], f["same"], f["changeable"], f["published"]) for f in found] == [(meeting, True, True, True)]
    page = client.get(f"/work/import/p/{again.pk}/").content.decode()
    assert "この会議 (または同じ日の会議) は取込済みです" in page
    assert f'href="/work/import/m/{meeting.pk}/"' in page and f'value="replace-{meeting.pk}"' in page
    assert 'value="new"' not in page  # the same meeting is replaced or not imported, never doubled

    data = review_form(page)
    refused = client.post(f"/work/import/p/{again.pk}/?page=1", {**data, "import": ""})
    assert refused.status_code == 400 and "この会議を置き換える" in refused.content.decode()
    meeting.refresh_from_db()
    assert meeting.minutes.state == Minutes.State.PUBLISHED

    data = review_form(refused.content.decode())
    done = client.post(f"/work/import/p/{again.pk}/?page=1", {**data, "import": "", "existing": f"replace-{meeting.pk}"})
    assert done.status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes.state == Minutes.State.DRAFT and Meeting.objects.filter(imported=True).count() == 1


@pytest.mark.django_db
def test_the_review_never_offers_to_replace_another_citys_import(client, world):
    theirs, _ = _import(RINJIKAI, "a", by=world.secretariat)
    publish_import(theirs, by=world.secretariat)
    client.force_login(world.other_secretariat)
    pending = receive_import_file(MINUTES.encode(), name="giun.txt", by=world.other_secretariat)
    pending.parsed = {**pending.parsed, **{k: RINJIKAI[k] for k in ("municipality", "council_name", "meeting_label",
                                                                      "date")}}
    pending.save()
    page = client.get(f"/work/import/p/{pending.pk}/").content.decode()
    assert "ほかの事務局または運用者の取込のため、置き換えられません" in page
    assert f"replace-{theirs.pk}" not in page and f'href="/meetings/{theirs.pk}/"' in page
    data = review_form(page)
    response = client.post(f"/work/import/p/{pending.pk}/?page=1",
                           {**data, "import": "", "existing": f"replace-{theirs.pk}"})
    assert response.status_code == 400 and "ほかの事務局が取り込んだ" in response.content.decode()
    theirs.refresh_from_db()
    assert theirs.minutes.state == Minutes.State.PUBLISHED


@pytest.mark.django_db
def test_an_import_without_the_councils_name_asks_for_the_reviews_own_fields(client, world):
    client.force_login(world.secretariat)
    pending = receive_import_file(MINUTES.encode(), name="giun.txt", by=world.secretariat)
    pending.parsed = {**pending.parsed, "municipality": None, "council_name": None}
    pending.save()
    page = client.get(f"/work/import/p/{pending.pk}/").content.decode()
    response = client.post(f"/work/import/p/{pending.pk}/?page=1", {**review_form(page), "import": ""})
    body = response.content.decode()
    assert response.status_code == 400
    assert "確認画面の「会議」欄で、自治体と審議会の名称を会議録の記載どおりに入力してください" in body
    assert "--council" not in body
    # Beside each of the two fields, and again in the list of errors at the top of the page.
    assert body.count("会議録に書かれている名称を入力してください。") == 4



@pytest.mark.django_db
def test_the_command_replaces_an_imported_meeting_only_with_replace(tmp_path):
    from test_importer_command import run

    text = (Path(__file__).parent / "fixtures" / "minutes" / "closed-item.txt").read_text(encoding="utf-8")
    first, corrected = tmp_path / "first.txt", tmp_path / "corrected.txt"
    first.write_text(text, encoding="utf-8")
    corrected.write_text(text.replace("第1会議室", "第2会議室"), encoding="utf-8")
    assert run(first)[0] == 0
    code, _, err = run(corrected)
    assert code == 2 and "は取込済みです" in err and "--replace で置き換えます" in err
    assert Meeting.objects.get(imported=True).place.endswith("第1会議室")
    code, out, _ = run(corrected, "--replace")
    assert code == 0 and "updated" in out
    assert Meeting.objects.get(imported=True).place.endswith("第2会議室")


@pytest.mark.django_db
def test_earlier_imports_numbered_within_a_year_their_minutes_never_name_keep_their_label():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("shingikai.meetings.migrations.0007_imported_meetings_named_as_printed")
    rinjikai, _ = _import(RINJIKAI, "a")
    numbered, _ = _import({**TEIREIKAI, "meeting_label": "平成21年度第3回"}, "b")
    # As stored before: 平成22年第2回臨時会 numbered 平成21年度第2回.
    Meeting.objects.filter(pk=rinjikai.pk).update(fiscal_year=2009, number=2)
    migration.name_imported_meetings_as_printed(apps, None)
    rinjikai.refresh_from_db()
    numbered.refresh_from_db()
    assert rinjikai.number is None and rinjikai.label == "平成22年第2回臨時会"
    assert numbered.number == 3 and numbered.label == "平成21年度第3回"
