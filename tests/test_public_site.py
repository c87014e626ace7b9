"""What a resident needs to find on the public site: the meetings to come and how to observe them (傍聴), why a
meeting or an item is closed (as far as the council publishes it), whom to ask (問い合わせ先), the reuse terms and
the accessibility policy, the site named for the city, robots.txt, a sitemap and an Atom feed with nothing closed,
the yearly 運用状況報告 linked, and the calendar's links and identifiers."""
import datetime
import re

import pytest

from django.db.models import F
from django.urls import reverse
from disclosure_helpers import answered_appeal, decided_request
from helpers import accepted_case, document_text
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.councils.models import Council
from shingikai.disclosure import actions as disclosure_actions
from shingikai.disclosure.models import DisclosureRequest
from shingikai.disclosure.report import years_with_requests
from shingikai.meetings.actions import plan_meeting, schedule_case
from shingikai.meetings.models import Meeting

REASON = "個別の相談事例に触れるため (条例第8条第1項)"
CLOSED_TITLE = "非公開の児童記録 SENTINEL-CLOSED-4a1"


def _set(council, **values):
    Council.objects.filter(pk=council.pk).update(**values)
    council.refresh_from_db()


def test_the_front_page_and_council_page_list_meetings_to_come_with_how_to_observe(client, web_world):
    w = web_world
    _set(w.council, observation_info="定員10人・先着順\n開始15分前から会場入口で受付")
    meeting, _, _ = scheduled_meeting(w)
    home = client.get("/").content.decode()
    assert "今後の会議" in home and f'href="/meetings/{meeting.pk}/"' in home and "市役所 第1会議室" in home
    assert "今後の会議" in client.get(f"/councils/{w.council.slug}/").content.decode()
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "傍聴について" in page and "定員10人・先着順<br>開始15分前から会場入口で受付" in page
    assert f"/documents/agenda/{meeting.pk}.pdf" in page
    assert client.get(f"/documents/agenda/{meeting.pk}.pdf").status_code == 200


def test_the_secretariat_writes_the_observation_notice_on_its_settings_page(client, web_world):
    from test_council_settings import SETTINGS

    from shingikai.history import history_mark

    w = web_world
    client.force_login(w.secretariat)
    data = {**SETTINGS, "seen": history_mark(w.council), "observation_info": "定員10人\n事前申込は不要です"}
    assert client.post(reverse("councils:settings", args=[w.council.pk]), data).status_code == 302
    assert Council.objects.get(pk=w.council.pk).observation_info == "定員10人\n事前申込は不要です"


def _partly_closed_meeting(w):
    meeting = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=10), place="会議室")
    schedule_case(accepted_case(w, title="公開の案件"), meeting)
    schedule_case(accepted_case(w, department=w.dept_b, title=CLOSED_TITLE), meeting, is_public=False,
                  closed_reason=REASON)
    closed = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=12), is_public=False,
                          closed_reason=REASON)
    schedule_case(accepted_case(w, department=w.dept_b, title=CLOSED_TITLE), closed, is_public=False,
                  closed_reason=REASON)
    return meeting, closed


def test_the_reason_for_closing_is_public_only_where_the_council_publishes_its_reasons(client, web_world):
    w = web_world
    meeting, closed = _partly_closed_meeting(w)
    for shown, published in (("count", False), ("omit", False), ("reason", True)):
        _set(w.council, closed_items_shown=shown)
        for m in (meeting, closed):
            page = client.get(f"/meetings/{m.pk}/").content.decode()
            assert CLOSED_TITLE not in page
            assert (REASON in page) == published, (shown, m.label)
        response = client.get(f"/documents/agenda/{closed.pk}.pdf")
        if response.status_code == 200:
            # Documents print the reason with full-width brackets.
            assert ("個別の相談事例に触れるため" in document_text(response.content, response["Content-Type"])) == published
    _set(w.council, closed_items_shown="count")
    assert "非公開の議題 1 件" in client.get(f"/meetings/{closed.pk}/").content.decode()


def test_public_pages_name_the_secretariat_to_ask_the_licence_and_the_accessibility_policy(client, web_world):
    w = web_world
    _set(w.council, secretariat_section="総務課 情報公開係", secretariat_phone="0000-11-2222",
         secretariat_email="johokokai@minami.example.jp", secretariat_contact="北野")
    meeting, _, _ = scheduled_meeting(w)
    for url in (f"/councils/{w.council.slug}/", f"/meetings/{meeting.pk}/"):
        page = client.get(url).content.decode()
        assert "問い合わせ先" in page and "総務課 情報公開係" in page and "0000-11-2222" in page
        assert "北野" not in page  # the office, not a person
        assert "CC BY 4.0" in page and 'href="/accessibility/"' in page
    policy = client.get("/accessibility/").content.decode()
    assert "JIS X 8341-3:2016" in policy and "既知の課題" in policy


def test_the_site_is_named_for_the_city_with_description_and_preview_tags(client, web_world, settings):
    w = web_world
    meeting, _, _ = scheduled_meeting(w)
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    # web_world runs two cities' councils: the site is named for neither, nor for the software.
    assert "審議会等の公開情報</title>" in page and "shingikai 審議会支援" not in page
    Council.objects.exclude(municipality=w.city).update(is_imported_only=True)
    assert f"{w.city.name} 審議会等の公開情報" in client.get("/").content.decode()
    assert '<meta name="description"' in page and 'property="og:title"' in page and "市役所 第1会議室" in page
    settings.SHINGIKAI_SITE_NAME = "北山市 審議会の公開情報"
    assert "<title>" in (page := client.get("/accessibility/").content.decode()) and "| 北山市 審議会の公開情報</title>" in page


def test_robots_sitemap_and_feed_list_public_pages_and_nothing_closed(client, web_world):
    w = web_world
    meeting, closed = _partly_closed_meeting(w)
    _set(w.council, closed_items_shown="reason")
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /work/" in robots and "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/meetings/{meeting.pk}/" in sitemap and f"/councils/{w.council.slug}/" in sitemap and "/work/" not in sitemap
    draft = accepted_case(w, title="未公開の案件 SENTINEL-DRAFT-9")
    assert f"/cases/{draft.pk}/" not in sitemap
    feed = client.get("/feed.xml")
    assert feed["Content-Type"].startswith("application/atom+xml")
    text = feed.content.decode()
    assert f"http://testserver/meetings/{meeting.pk}/" in text
    for secret in (CLOSED_TITLE, "SENTINEL-DRAFT-9", REASON):
        assert secret not in text and secret not in sitemap
    assert 'type="application/atom+xml"' in client.get("/").content.decode()
    assert client.get(f"/councils/{w.council.slug}/feed.xml").status_code == 200


def _feed_entry(client, meeting):
    return next(e for e in client.get("/feed.xml").content.decode().split("<entry>") if f"/meetings/{meeting.pk}/" in e)


def test_the_feed_never_announces_a_cancelled_or_past_meeting_as_still_to_come(client, web_world):
    """A resident following the feed reads 「開催します」 only of a meeting still to come: one cancelled after it was
    announced says so (as a fresh entry), one held or whose day has passed is not announced again."""
    from helpers import announced_ahead

    from shingikai.meetings.actions import cancel_meeting

    w = web_world
    ahead = datetime.date.today() + datetime.timedelta(days=20)
    meeting = announced_ahead(plan_meeting(w.council, date=ahead, start_time=datetime.time(14, 0), place="第1会議室"))
    assert "に開催します (公開)" in _feed_entry(client, meeting)
    announced = re.search(r"<updated>([^<]+)</updated>", _feed_entry(client, meeting)).group(1)
    cancel_meeting(meeting)
    entry = _feed_entry(client, meeting)
    assert "開催します" not in entry and "中止" in entry
    assert re.search(r"<updated>([^<]+)</updated>", entry).group(1) != announced

    past = announced_ahead(plan_meeting(w.council, date=datetime.date.today() - datetime.timedelta(days=3),
                                        start_time=datetime.time(14, 0), place="第2会議室"))
    entry = _feed_entry(client, past)
    assert "開催します" not in entry and "記録準備中" in entry
    Meeting.objects.filter(pk=past.pk).update(state=Meeting.State.HELD)
    assert "に開催しました (公開)" in _feed_entry(client, past)


def test_a_published_appeal_answer_is_reached_from_the_sitemap_the_feeds_and_the_portal(client, web_world):
    """A journalist who follows the feed, a crawler and a resident on the portal find the 審査会's 答申 once it is
    published, and only then; the feed names its number and outcome, never a word of the parties."""
    w = web_world
    appeal = answered_appeal(w, decided_request(w))
    path = f"/disclosure/answers/{appeal.pk}/"
    assert path not in client.get("/sitemap.xml").content.decode() and path not in client.get("/feed.xml").content.decode()
    disclosure_actions.publish_appeal_answer(appeal, checked_withheld=True)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{path}" in sitemap and "http://testserver/disclosure/answers/</loc>" in sitemap
    for feed in ("/feed.xml", f"/councils/{w.council.slug}/feed.xml"):
        entry = next(e for e in client.get(feed).content.decode().split("<entry>") if path in e)
        assert f"{w.council.name} {appeal.answer_number} (審査請求)" in entry
        assert "結論: 一部取消" in entry and "開示 請子" not in entry and "見積単価" not in entry
    assert f"{path}" not in client.get(f"/councils/{w.other_council.slug}/feed.xml").content.decode()
    # The answer and the list are pages of the portal: its menu (the list among it) and its terms of reuse.
    for page in (path, "/disclosure/answers/", "/"):
        html = client.get(page).content.decode()
        assert '<a href="/disclosure/answers/">答申 (審査請求)</a>' in html and '<a href="/cases/">案件一覧</a>' in html
        assert "利用条件" in html


def test_the_calendar_links_the_meeting_page_and_its_uid_does_not_follow_the_request_host(client, web_world, settings):
    w = web_world
    settings.ALLOWED_HOSTS = ["council.example.jp", "testserver", "other.example.jp"]
    meeting, _, _ = scheduled_meeting(w)
    url = f"/councils/{w.council.slug}/meetings.ics"
    first = client.get(url, HTTP_HOST="other.example.jp").content.decode()
    assert f"UID:meeting-{meeting.pk}@council.example.jp" in first
    assert f"URL:http://other.example.jp/meetings/{meeting.pk}/" in first

    sequence = int(re.search(r"SEQUENCE:(\d+)", first).group(1))
    # Any change to a meeting raises its version (meetings.actions), which the feed's SEQUENCE follows.
    Meeting.objects.filter(pk=meeting.pk).update(version=F("version") + 1)
    assert f"SEQUENCE:{sequence + 1}" in client.get(url).content.decode()


def test_the_council_page_links_the_operations_report_of_the_years_with_records(client, web_world):
    w = web_world
    years = years_with_requests(w.city)
    page = client.get(f"/councils/{w.council.slug}/").content.decode()
    for fy in years:
        assert f"/disclosure/{w.city.slug}/report/{fy}/" in page
    assert client.get(f"/disclosure/{w.city.slug}/report/1999/").status_code == 404
    assert client.get("/disclosure/nope/report/").status_code == 404
    if not DisclosureRequest.objects.exists():
        assert "運用状況報告" not in page


def test_the_feeds_sort_by_real_instants_and_write_every_stamp_in_japan_time(client, web_world):
    from test_answer_corrections import ISSUED, issued_answer

    w = web_world
    answer = issued_answer(w)  # issued on ISSUED: its entry is that day's midnight in Japan
    # Entered half an hour after that midnight (15:30 UTC the day before): newer than the 答申, so listed above it.
    after_midnight = datetime.datetime.combine(ISSUED - datetime.timedelta(days=1), datetime.time(15, 30),
                                               tzinfo=datetime.timezone.utc)
    meeting = plan_meeting(w.council, date=ISSUED + datetime.timedelta(days=60))
    Meeting.objects.filter(pk=meeting.pk).update(created_at=after_midnight)
    for url in ("/feed.xml", f"/councils/{w.council.slug}/feed.xml"):
        text = client.get(url).content.decode()
        newer, older = f"/meetings/{meeting.pk}/#", f"/answers/{answer.pk}/#"
        assert text.index(newer) < text.index(older), url
        assert f"{newer}{ISSUED.isoformat()}T00:30:00+09:00</id>" in text
        assert f"{older}{ISSUED.isoformat()}T00:00:00+09:00</id>" in text
        stamps = re.findall(r"<updated>([^<]+)</updated>", text)
        assert stamps and all(s.endswith("+09:00") for s in stamps), stamps


@pytest.mark.django_db
def test_public_dates_weekdays_minutes_staff_and_precedent_topics_on_the_demo(client):
    """The meeting page dates a meeting as the 次第 does (（月）); the minutes name the 課 that explained though no
    説明員 was recorded; the precedents say 「複数の審議会」 only above the topics several councils heard."""
    from shingikai.demo.loader import load_demo

    load_demo()
    first = Meeting.objects.get(council__slug="minami-shingikai", date=datetime.date(2024, 5, 27))
    page = client.get(f"/meetings/{first.pk}/").content.decode()
    assert "令和6年5月27日（月）" in page
    assert "令和6年5月27日（月）" in client.get(f"/councils/{first.council.slug}/?fiscal_year=2024").content.decode()
    held = Meeting.objects.get(council__slug="minami-shingikai", date=datetime.date(2025, 11, 17))
    minutes = document_text(client.get(f"/documents/minutes/{held.pk}.pdf").content)
    assert "説明員市民課（議題2）" in minutes and "説明員なし" not in minutes
    precedents = client.get("/precedents/").content.decode()
    shared, _, single = precedents.partition('id="single-topics"')
    assert "複数の審議会が同じ主題を審議しています" in shared and "コンビニ交付" in shared and "AI議事録" not in shared
    assert "AI議事録" in single and "複数の審議会" not in single


def test_a_closed_meeting_of_a_council_that_omits_closed_items_has_no_empty_agenda_heading(client, web_world):
    w = web_world
    _set(w.council, closed_items_shown=Council.ClosedItemsShown.OMIT)
    meeting = plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=20), is_public=False,
                           closed_reason=REASON)
    schedule_case(accepted_case(w, title=CLOSED_TITLE), meeting)
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert page.count("会議次第") == 0 and CLOSED_TITLE not in page
