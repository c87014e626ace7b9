"""The council's 諮問番号: offered on 受け付ける, numbered per 年度 or across the years, continuing a paper era's series,
and kept from imported minutes, whose numbered item is put on the case of that number."""
import copy
import datetime
import re

import pytest
from django.urls import reverse
from helpers import accepted_case

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.cases.models import Case
from shingikai.councils.actions import update_council_settings
from shingikai.errors import ActionRefused
from shingikai.minutes.actions import import_meeting
from test_web_support import COMPLETE, web_world  # noqa: F401


def _submitted(world, title="児童手当システムの標準化"):
    case = create_case(world.council, world.dept_a, title=title, by=world.dept_a_user, **COMPLETE)
    return submit_case(case, by=world.dept_a_user)


def _series(world, **values):
    update_council_settings(world.council, by=None, **values)
    world.council.refresh_from_db()


def test_the_receive_form_offers_the_next_number_and_keeps_the_one_typed(web_world, client):
    w = web_world
    _series(w, first_case_number=12)
    case = _submitted(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert 'placeholder="空欄: 諮問第12号"' in page
    response = client.post(reverse("cases:accept", args=[case.pk]), {"received_on": "", "number": "14"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.number == "諮問第14号"


def test_a_blank_number_with_a_past_receipt_day_takes_the_next_of_that_years_series(web_world, client):
    """The number is shown, not filled in: a case recorded afterwards with last year's 受付日 is numbered in last
    year's series, which already holds its 第1号."""
    import datetime

    w = web_world
    earlier = _submitted(w, "住民票コンビニ交付")
    accept_case(earlier, by=w.secretariat, on=datetime.date(2024, 6, 3))
    case = _submitted(w)
    client.force_login(w.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    # What a browser sends: the field as the page shows it, with only the 受付日 typed.
    shown = re.search(r'<input type="text" name="number"[^>]*>', page).group(0)
    value = re.search(r'value="([^"]*)"', shown)
    response = client.post(reverse("cases:accept", args=[case.pk]),
                           {"received_on": "令和6年7月1日", "number": value.group(1) if value else ""})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.number == "諮問第2号"


def test_a_number_another_case_of_the_series_carries_is_refused_on_the_form(web_world, client):
    w = web_world
    first = _submitted(w, "住民票コンビニ交付")
    accept_case(first, by=w.secretariat)
    second = _submitted(w)
    client.force_login(w.secretariat)
    response = client.post(reverse("cases:accept", args=[second.pk]), {"received_on": "", "number": "諮問第１号"})
    assert response.status_code == 400
    assert "諮問第1号 はこの年度の別の諮問" in response.content.decode()
    second.refresh_from_db()
    assert second.status == Case.Status.SUBMITTED and second.number == ""


def test_the_first_number_continues_a_paper_series(world):
    _series(world, first_case_number=12)
    assert accepted_case(world, on=None).number == "諮問第12号"
    assert accepted_case(world, on=None, title="二件目").number == "諮問第13号"
    # Reports keep their own series.
    assert accepted_case(world, on=None, kind="報告", title="報告").number == "報告第1号"


def test_a_series_across_the_years_does_not_restart_in_april(world):
    _series(world, case_series="continuous")
    assert accepted_case(world, on=datetime.date(2025, 3, 1)).number == "諮問第1号"
    assert accepted_case(world, on=datetime.date(2025, 4, 2), title="翌年度").number == "諮問第2号"
    case = create_case(world.council, world.dept_a, title="三件目", **COMPLETE)
    submit_case(case)
    with pytest.raises(ActionRefused, match="諮問第1号 は別の諮問"):
        accept_case(case, on=datetime.date(2025, 4, 3), number="1")


def test_a_series_per_year_restarts_in_april(world):
    assert accepted_case(world, on=datetime.date(2025, 3, 1)).number == "諮問第1号"
    assert accepted_case(world, on=datetime.date(2025, 4, 2), title="翌年度").number == "諮問第1号"


def test_the_secretariat_sets_the_series_on_the_councils_settings_page(web_world, client):
    from test_council_settings import _post

    w = web_world
    client.force_login(w.secretariat)
    page = client.get(reverse("councils:settings", args=[w.council.pk])).content.decode()
    assert "システムで最初に付ける諮問番号" in page and "年度をまたいで通し番号" in page
    assert "答申番号の付け方" in page
    response = _post(client, w.council, case_series="continuous", first_case_number="１２", first_answer_number="12",
                     answer_series="fiscal_year")
    assert response.status_code == 302
    w.council.refresh_from_db()
    assert (w.council.case_series, w.council.first_case_number, w.council.first_answer_number,
            w.council.answer_series) == ("continuous", 12, 12, "fiscal_year")


def test_the_first_number_is_set_once_before_the_system_numbers(world):
    _series(world, first_case_number=12)
    accepted_case(world, on=None)
    with pytest.raises(ActionRefused, match="変更できません"):
        update_council_settings(world.council, by=None, first_case_number=20)


PAST = {
    "municipality": "みなみ市", "council_name": "みなみ市情報公開・個人情報保護審議会",
    "meeting_label": "令和6年度第2回", "date": "2024-10-15", "members_present": ["青木一郎"],
    "items": [{"kind": "諮問", "title": "子育て支援アプリの導入に伴う委託について", "outcome": "継続審議",
               "departments": ["市民課"]}],
    "turns": [{"speaker": "会長", "role": "chair", "item": 0, "text": "諮問第10号については継続審議とする。"}],
}


def _past(label, date, outcome, text):
    parsed = copy.deepcopy(PAST)
    parsed.update(meeting_label=label, date=date)
    parsed["items"][0]["outcome"] = outcome
    parsed["turns"][0]["text"] = text
    return parsed


def test_an_imported_case_keeps_the_number_its_minutes_print(world):
    meeting, _ = import_meeting(copy.deepcopy(PAST), council_slug=world.council.slug, source_name="past.txt")
    case = meeting.items.get().case
    assert case.number == "諮問第10号" and case.imported


def test_one_case_heard_at_several_imported_meetings_is_one_case(world):
    first, _ = import_meeting(copy.deepcopy(PAST), council_slug=world.council.slug, source_name="a.txt")
    second, _ = import_meeting(_past("令和6年度第3回", "2025-02-18", "承認", "諮問第１０号については承認とする。"),
                               council_slug=world.council.slug, source_name="b.txt")
    case = first.items.get().case
    assert second.items.get().case == case
    assert Case.objects.filter(council=world.council, imported=True).count() == 1
    case.refresh_from_db()
    assert case.status == Case.Status.DECIDED
    # The earlier meeting imported again after the later one: the case keeps the later outcome.
    import_meeting(_past("令和6年度第2回", "2024-10-15", "継続審議", "諮問第10号について継続審議とする。本日は以上。"),
                   council_slug=world.council.slug, source_name="a2.txt", replace=True)
    case.refresh_from_db()
    assert case.status == Case.Status.DECIDED and Case.objects.filter(council=world.council).count() == 1


def test_an_item_whose_turns_name_two_numbers_is_stored_without_one(world):
    parsed = _past("令和6年度第2回", "2024-10-15", "承認", "諮問第10号は諮問第9号と同様に承認とする。")
    meeting, _ = import_meeting(parsed, council_slug=world.council.slug, source_name="c.txt")
    assert meeting.items.get().case.number == ""


def test_imported_numbers_count_in_a_series_across_the_years(world):
    _series(world, case_series="continuous")
    import_meeting(copy.deepcopy(PAST), council_slug=world.council.slug, source_name="a.txt")
    assert accepted_case(world, on=None).number == "諮問第11号"


MINUTES = """令和6年度第2回みなみ市情報公開・個人情報保護審議会 会議録
日時：令和6年10月15日（火）午前10時00分～午前11時30分
議題
① 諮問第１０号 子育て支援アプリの導入に伴う個人情報の電子計算機処理の委託について（子育て支援課）
〔子育て支援課〕
子育て支援アプリの導入に伴う委託について説明する。
〔北野会長〕
ほかに意見はないか。なければ、承認としてよろしいか。
（結論）承認
"""


def test_the_number_printed_before_an_items_title_is_read_from_the_uploaded_text(world):
    from shingikai.minutes.actions import read_import_file

    _, parsed = read_import_file(MINUTES.encode(), "past.txt")
    assert parsed["items"][0]["number"] == "諮問第10号"
    meeting, _ = import_meeting(parsed, council_slug=world.council.slug, source_name="past.txt")
    assert meeting.items.get(order=1).case.number == "諮問第10号"


def test_a_title_printed_after_two_numbers_gets_none():
    from shingikai.minutes.case_numbers import with_printed_numbers

    parsed = {"items": [{"kind": "諮問", "title": "子育て支援アプリの導入に伴う委託について"}]}
    text = "諮問第10号 子育て支援アプリの導入に伴う委託について\n諮問第11号 子育て支援アプリの導入に伴う委託について"
    assert "number" not in with_printed_numbers(parsed, text)["items"][0]


def test_the_review_shows_the_printed_number_for_correction_and_imports_the_corrected_one(web_world, client,
                                                                                            settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from test_import_web import review_post_data

    settings.MEDIA_ROOT = tmp_path
    w = web_world
    client.force_login(w.secretariat)
    review_url = client.post("/work/import/", {"file": SimpleUploadedFile("past.txt", MINUTES.encode()),
                                                "council": w.council.pk})["Location"]
    page = client.get(review_url)
    assert 'value="諮問第10号"' in page.content.decode()
    data = review_post_data(page)
    number_field = next(name for name, value in data.items() if value == "諮問第10号")
    response = client.post(review_url, {**data, number_field: "諮問第１２号", "import": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Case.objects.get(council=w.council, imported=True, title__startswith="子育て支援").number == "諮問第12号"
