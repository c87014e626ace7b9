"""Lists that run over several fiscal years tell the years apart: the work case list shows each number with its
年度 and its 受付日, filters by 年度 and lists the newest received first; /work/meetings/ filters by 年度; the public
council page shows one 年度 of meetings at a time."""
import datetime

from django.urls import reverse
from helpers import accepted_case
from test_web_support import web_world  # noqa: F401

from shingikai.meetings.actions import plan_meeting

D = datetime.date


def _two_years(world):
    older = accepted_case(world, title="前年度の案件", on=D(2024, 6, 3))
    newer = accepted_case(world, title="今年度の案件", on=D(2025, 6, 2))
    assert older.number == newer.number == "諮問第1号"
    return older, newer


def test_the_work_case_list_shows_each_number_with_its_year_newest_received_first(client, web_world):  # noqa: F811
    older, newer = _two_years(web_world)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("cases:list")).content.decode()
    assert "令和6年度" in page and "令和7年度" in page and "受付日" in page
    assert "令和7年6月2日" in page and "令和6年6月3日" in page
    assert page.index("今年度の案件") < page.index("前年度の案件")


def test_the_work_case_list_filters_by_year_typed_in_wareki(client, web_world):  # noqa: F811
    _two_years(web_world)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("cases:list"), {"fiscal_year": "令和6年度"}).content.decode()
    assert "前年度の案件" in page and "今年度の案件" not in page
    response = client.get(reverse("cases:list"), {"fiscal_year": "平成"})
    assert response.status_code == 200


def test_a_list_filtered_by_a_year_its_era_never_had_says_which_year_it_would_be(client, web_world):  # noqa: F811
    _two_years(web_world)
    client.force_login(web_world.secretariat)
    page = client.get(reverse("cases:list"), {"fiscal_year": "平成32年度"}).content.decode()
    assert "という年度はありません" in page and "令和2年度 のことであれば" in page
    page = client.get(reverse("search:search"), {"q": "案件", "fiscal_year": "平成32年度"}).content.decode()
    assert "令和2年度 のことであれば" in page


def test_the_work_meeting_list_filters_by_year(client, web_world):  # noqa: F811
    w = web_world
    early = plan_meeting(w.council, date=D(2024, 5, 20), start_time=datetime.time(14, 0), place="第1会議室")
    late = plan_meeting(w.council, date=D(2025, 5, 19), start_time=datetime.time(14, 0), place="第1会議室")
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:list"), {"fiscal_year": "令和7年度"}).content.decode()
    assert f"/work/meetings/m/{late.pk}/" in page and f"/work/meetings/m/{early.pk}/" not in page


def test_a_meeting_list_asked_for_a_year_before_heisei_or_not_yet_come_says_so_in_japanese(client, web_world):  # noqa: F811
    w = web_world
    plan_meeting(w.council, date=D(2025, 5, 19), start_time=datetime.time(14, 0), place="第1会議室")
    client.force_login(w.secretariat)
    for typed, message in (("昭和63年度", "平成元年度 (1989年度)より前の年度は扱えません"),
                           ("1800", "平成元年度 (1989年度)より前の年度は扱えません"),
                           ("令和99年度", "令和99年度はまだ来ていない年度です")):
        page = client.get(reverse("meetings:list"), {"fiscal_year": typed}).content.decode()
        assert message in page and "この値は" not in page, typed


def test_the_public_council_page_shows_one_year_of_meetings_with_links_to_the_others(client, web_world):  # noqa: F811
    from helpers import announced_ahead

    w = web_world
    early = announced_ahead(plan_meeting(w.council, date=D(2024, 5, 20), start_time=datetime.time(14, 0), place="第1会議室"))
    late = announced_ahead(plan_meeting(w.council, date=D(2025, 5, 19), start_time=datetime.time(14, 0), place="第1会議室"))
    page = client.get(f"/councils/{w.council.slug}/").content.decode()
    assert f"/meetings/{late.pk}/" in page and f"/meetings/{early.pk}/" not in page
    assert "?fiscal_year=2024" in page
    page = client.get(f"/councils/{w.council.slug}/", {"fiscal_year": "2024"}).content.decode()
    assert f"/meetings/{early.pk}/" in page and f"/meetings/{late.pk}/" not in page
