"""An imported case was never received here: it has no 受付日. The case list shows the day it was first heard in the
受付日 column, marked as such, and orders and filters it by that day; never the import day as if it were its 受付日,
nor on top among the cases waiting to be received. The public pages and the API give the meeting's date and no
受付日."""
import re

from django.urls import reverse
from test_imported_past_meetings import PAST, imported
from test_web_support import accepted_case, make_case, web_world  # noqa: F401

from shingikai.cases.actions import submit_case
from shingikai.jp.wareki import to_wareki
from shingikai.minutes import actions

from helpers import today


def rows(page):
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip()
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)]


def test_the_case_list_gives_an_imported_case_the_day_it_was_heard_not_its_import_day(client, web_world):
    w = web_world
    past = imported(w, *PAST[2])  # heard 令和7年7月8日
    received = accepted_case(w, title="受付済みの案件")  # 受付日 令和6年4月1日
    waiting = submit_case(make_case(w, title="受付待ちの案件"), by=w.dept_a_user)
    client.force_login(w.secretariat)
    listed = rows(client.get(reverse("cases:list")).content.decode())
    titles = [row[1] for row in listed]
    assert titles == [waiting.title, past.items.get(case__isnull=False).case.title, received.title]
    heard = listed[1]
    assert heard[6] == "令和7年7月8日 審議日 (会議録から取込)" and to_wareki(today()) not in heard[6]
    assert heard[0].startswith("令和7年度")
    assert listed[2][6] == "令和6年4月1日"
    in_2025 = [row[1] for row in rows(client.get(reverse("cases:list"), {"fiscal_year": "令和7年度"}).content.decode())]
    assert in_2025 == [titles[1]]
    in_2024 = [row[1] for row in rows(client.get(reverse("cases:list"), {"fiscal_year": "令和6年度"}).content.decode())]
    assert in_2024 == [received.title]


def test_public_pages_and_the_api_give_the_meeting_day_and_no_receipt_day(client, web_world):
    w = web_world
    past = imported(w, *PAST[2])
    actions.publish_import(past, by=w.secretariat)
    case = past.items.get(case__isnull=False).case
    data = client.get(f"/api/cases/{case.pk}").json()
    assert data["accepted_on"] is None and data["meeting_dates"] == ["2025-07-08"]
    page = client.get(reverse("portal:case", args=[case.pk])).content.decode()
    assert "令和7年7月8日" in page and "受付" not in page
    assert to_wareki(today()) not in page.split("<main", 1)[1].split("</main>", 1)[0]
