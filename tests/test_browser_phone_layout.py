"""At a phone's width (390 px) the 招集通知, the members' materials and the minutes read in one column and the
page never scrolls sideways (document.scrollWidth within the viewport), on Debian's Chromium."""
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case
from test_browser import browser, login, project_static_dir  # noqa: F401
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings import actions

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LONG_PURPOSE = "会議の音声から議事録の案を自動で作成するため、クラウド型サービスを利用する。" * 2


def _fits(page, url):
    page.goto(url)
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{url}: the page is {width[0]} px wide in a {width[1]} px viewport"


def _columns(page, selector):
    """The x offset of each child of the first `selector`, relative to it: all 0 when they are stacked."""
    return page.evaluate("""(sel) => { const box = document.querySelector(sel); const left = box.getBoundingClientRect().left;
        return [...box.children].map(c => Math.round(c.getBoundingClientRect().left - left)); }""", selector)


def test_the_notice_the_materials_and_the_minutes_fit_a_phone(browser, live_server, web_world):
    w = web_world
    case = accepted_case(w, title="議事録作成支援サービスの利用", purpose=LONG_PURPOSE,
                         legal_bases=["個人情報の保護に関する法律第129条"])
    meeting, _, _ = scheduled_meeting(w, date=datetime.date.today() + datetime.timedelta(days=10), case=case)
    actions.record_convocation(meeting)
    held, item, _ = held_meeting(w)
    actions.record_turn(held, speaker_label="会長", role="chair", agenda_item=item,
                        text="それでは議題について、市民課から説明をお願いします。" * 3)
    actions.close_meeting(held)
    held.refresh_from_db()

    member = login(browser, live_server, "iin")
    member.set_viewport_size(PHONE)
    _fits(member, live_server.url + reverse("meetings:convocation_answer", args=[meeting.pk]))
    _fits(member, live_server.url + reverse("meetings:materials", args=[meeting.pk]))
    assert set(_columns(member, "dl.facts")) == {0}

    secretariat = login(browser, live_server, "jimukyoku")
    secretariat.set_viewport_size(PHONE)
    _fits(secretariat, live_server.url + reverse("minutes:detail", args=[held.minutes.pk]))
    assert set(_columns(secretariat, "ol.turns li")) == {0}
