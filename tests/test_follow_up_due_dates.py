"""The 期限 of a follow-up and what it may be added to: a 期限 on a day the city's offices are closed (元日, 土日祝)
is kept as the council decided it, and the secretariat is warned with the next open day; a withdrawn case's
decision takes no new follow-up."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from shingikai.cases.actions import withdraw_case
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import FollowUp
from test_web_support import held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db

NEW_YEARS_DAY = datetime.date(2027, 1, 1)
FIRST_OPEN_DAY = datetime.date(2027, 1, 4)  # 1月2日・3日 are 年末年始, and a weekend


def test_a_follow_up_due_on_new_years_day_is_kept_and_the_secretariat_is_warned_of_the_closed_day(
        client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    client.force_login(w.secretariat)
    add = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    response = client.post(add, {"kind": "後日報告", "text": "運用開始後の状況を報告すること",
                                 "due_date": "令和9年1月1日"}, follow=True)
    assert "期限の令和9年1月1日は閉庁日" in response.content.decode()
    assert "開庁日 (例: 令和9年1月4日)" in response.content.decode()
    assert FollowUp.objects.get(text="運用開始後の状況を報告すること").due_date == NEW_YEARS_DAY
    response = client.post(add, {"kind": "後日報告", "text": "翌年度の状況を報告すること",
                                 "due_date": FIRST_OPEN_DAY.isoformat()}, follow=True)
    assert "閉庁日" not in response.content.decode()


def test_no_follow_up_is_added_to_the_decision_of_a_withdrawn_case(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="継続審議", vote_method="挙手全員", by=w.secretariat)
    withdraw_case(case, reason="事業を中止したため", by=w.dept_a_user)
    with pytest.raises(ActionRefused, match="取り下げ"):
        actions.add_follow_up(item.decision, kind="後日報告", text="経過を報告すること", by=w.secretariat)
    assert not FollowUp.objects.exists()


def test_a_follow_up_recorded_afterwards_keeps_its_own_dates_within_its_meeting_and_today(web_world):
    w = web_world
    meeting, item, case = held_meeting(w)  # held yesterday
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    today = timezone.localdate()
    for too_early_or_late in (meeting.date - datetime.timedelta(days=1), today + datetime.timedelta(days=1)):
        with pytest.raises(ActionRefused, match="依頼日は、決定した会議の日から今日まで"):
            actions.add_follow_up(decision, kind="資料提出", text="事業者一覧を提出すること", on=too_early_or_late)
    follow_up = actions.add_follow_up(decision, kind="資料提出", text="事業者一覧を提出すること", on=meeting.date)
    assert follow_up.requested_on == meeting.date
    before_asked = timezone.make_aware(datetime.datetime.combine(meeting.date - datetime.timedelta(days=1),
                                                                 datetime.time(12, 0)))
    with pytest.raises(ActionRefused, match="回答日時は、依頼日から現在まで"):
        actions.respond_follow_up(follow_up, response="提出しました。", at=before_asked)
    with pytest.raises(ActionRefused, match="回答日時は、依頼日から現在まで"):
        actions.respond_follow_up(follow_up, response="提出しました。", at=timezone.now() + datetime.timedelta(hours=1))
    answered_at = timezone.make_aware(datetime.datetime.combine(meeting.date, datetime.time(16, 0)))
    assert actions.respond_follow_up(follow_up, response="提出しました。", at=answered_at).responded_at == answered_at


def test_a_follow_up_answered_after_its_due_date_reads_late_everywhere_even_once_completed(client, web_world):
    """Lateness is the department's answer against the due date; the secretariat confirming an answer given in
    time only after the due date leaves it a plain 完了."""
    from helpers import document_text

    from shingikai.documents.render import render
    from shingikai.jp.wareki import to_wareki

    w = web_world
    meeting, item, case = held_meeting(w)  # held yesterday
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    today = timezone.localdate()
    late = actions.add_follow_up(decision, kind="後日報告", text="委託先の監査結果を報告すること",
                                 department=w.dept_a, due_date=meeting.date, on=meeting.date)
    in_time = actions.add_follow_up(decision, kind="資料提出", text="委託契約書の写しを提出すること",
                                    department=w.dept_a, due_date=today + datetime.timedelta(days=3))
    late = actions.close_follow_up(actions.respond_follow_up(late, response="監査結果を報告します。"), on=today)
    in_time = actions.respond_follow_up(in_time, response="写しを提出します。")
    actions.close_follow_up(in_time, on=today + datetime.timedelta(days=10))
    said = f"期限後に完了 (期限 {to_wareki(meeting.date)}、回答 {to_wareki(today)})"
    client.force_login(w.secretariat)
    pages = {name: client.get(url).content.decode() for name, url in {
        "follow-up": reverse("meetings:followup", args=[late.pk]),
        "case": reverse("cases:detail", args=[case.pk]),
        "meeting": reverse("meetings:detail", args=[meeting.pk]),
        "board": reverse("meetings:followups"),
    }.items()}
    for name, page in pages.items():
        assert said in page, name
    assert "委託契約書の写し" not in pages["board"]
    assert "期限後" not in client.get(reverse("meetings:followup", args=[in_time.pk])).content.decode()
    for fmt in ("pdf", "docx"):
        text = document_text(render("followup", late.pk, fmt))
        assert "期限後に完了" in text and f"期限の{to_wareki(meeting.date)}を過ぎて" in text, fmt
