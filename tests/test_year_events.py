"""What a real year brings after the agenda is set: a meeting postponed, a case withdrawn or carried over
(継続審議) to a meeting that is then cancelled, a typo in an issued 答申 corrected (正誤) with its reason."""
import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from helpers import accepted_case, open_meeting_with
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.cases.actions import withdraw_case
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.meetings import actions
from shingikai.meetings.models import Answer, Meeting


def test_a_postponed_meeting_keeps_its_number_and_agenda_and_is_convened_again(client, web_world):
    w = web_world
    for n, person in enumerate(w.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    today = datetime.date.today()
    meeting, item, case = scheduled_meeting(w, date=today + datetime.timedelta(days=5))
    client.force_login(w.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]))
    label = Meeting.objects.get(pk=meeting.pk).label
    later = meeting.date + datetime.timedelta(days=7)
    if later.month == 4 and later.day < 8:  # stay in the fiscal year whatever day the test runs
        later = meeting.date - datetime.timedelta(days=1)
    page = client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()
    assert "招集通知を" in page and "送付済みです" in page
    response = client.post(reverse("meetings:edit", args=[meeting.pk]), {
        "date": later.isoformat(), "start_time": "10:00", "end_time": "12:00", "place": "別館 大会議室"}, follow=True)
    body = response.content.decode()
    assert "開催日・開始時刻・終了予定時刻・開催場所を変更しました" in body and "招集通知を送り直してください" in body
    meeting.refresh_from_db()
    assert (meeting.date, meeting.start_time, meeting.place) == (later, datetime.time(10, 0), "別館 大会議室")
    assert meeting.label == label and meeting.convened_on is None
    assert list(meeting.items.values_list("case_id", flat=True)) == [case.pk]
    assert Case.objects.get(pk=case.pk).status == Case.Status.SCHEDULED
    assert "開催日 → 「" in client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()  # history
    mail.outbox.clear()
    call_command("send_notices", date=today.isoformat())
    resent = [m for m in mail.outbox if m.subject.startswith("【招集通知】")]
    assert len(resent) == 1 and "別館 大会議室" in resent[0].body and "10時00分から" in resent[0].body


def test_a_meeting_recorded_late_with_a_wrong_future_date_is_corrected_to_its_past_date_on_its_page(
        client, web_world, monkeypatch):
    from shingikai.meetings import correction_views

    w = web_world
    for module in (actions, correction_views):
        monkeypatch.setattr(module, "today", lambda: datetime.date(2025, 6, 10))
    meeting, item, case = scheduled_meeting(w, date=datetime.date(2025, 7, 3))  # held on 2025-06-03
    client.force_login(w.secretariat)
    url = reverse("meetings:edit", args=[meeting.pk])
    assert "入力した日付の誤りを訂正する" in client.get(url).content.decode()
    form = {"date": "令和7年6月3日", "start_time": "13:30", "place": "市役所 第1会議室",
            "meeting_version": Meeting.objects.get(pk=meeting.pk).version}
    refused = client.post(url, form)
    assert refused.status_code == 400 and "「入力した日付の誤りを訂正する (過去の日にする)」にチェック" in refused.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).date == datetime.date(2025, 7, 3)
    body = client.post(url, {**form, "correction": "on"}, follow=True).content.decode()
    assert "開催日を令和7年6月3日に訂正しました。次第はそのままです" in body
    meeting.refresh_from_db()
    assert (meeting.date, meeting.state) == (datetime.date(2025, 6, 3), Meeting.State.PLANNED)
    assert list(meeting.items.values_list("pk", flat=True)) == [item.pk]


def test_postponement_is_refused_once_opened_or_across_the_fiscal_year(web_world):
    w = web_world
    meeting = actions.plan_meeting(w.council, date=datetime.date(2026, 3, 20))
    with pytest.raises(ActionRefused, match="年度をまたいで"):
        actions.reschedule_meeting(meeting, date=datetime.date(2026, 4, 3))
    opened, _ = open_meeting_with(w, date=datetime.date(2025, 5, 20))
    with pytest.raises(ActionRefused, match="開会中の会議の日時・場所は変更できません"):
        actions.reschedule_meeting(opened, date=datetime.date(2025, 5, 27))
    assert Meeting.objects.get(pk=meeting.pk).date == datetime.date(2026, 3, 20)


def test_a_case_withdrawn_after_it_was_put_on_the_agenda_cannot_be_decided(client, web_world):
    w = web_world
    case = accepted_case(w)
    meeting, (item,) = open_meeting_with(w, cases=[case], date=datetime.date.today())
    withdraw_case(case, reason="事業の見直しのため", by=w.dept_a_user)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]),
                           {"outcome": "承認", "vote_method": "挙手全員"})
    assert response.status_code == 400 and "取り下げられているため、決定は記録できません" in response.content.decode()
    case.refresh_from_db()
    assert case.status == Case.Status.WITHDRAWN and not case.decisions.exists()


def test_a_carried_over_case_stays_carried_over_when_its_next_meeting_is_cancelled(client, web_world):
    w = web_world
    case = accepted_case(w)
    first, (item,) = open_meeting_with(w, cases=[case], date=datetime.date(2025, 5, 20))
    actions.record_decision(item, outcome="継続審議", vote_method="異議なし")
    nxt = actions.plan_meeting(w.council, date=datetime.date(2025, 6, 20))
    actions.schedule_case(Case.objects.get(pk=case.pk), nxt)
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:cancel", args=[nxt.pk]), follow=True)
    assert "受付済または継続審議" in response.content.decode()
    assert Case.objects.get(pk=case.pk).status == Case.Status.CONTINUED
    later = actions.plan_meeting(w.council, date=datetime.date(2025, 7, 20))
    assert actions.schedule_case(Case.objects.get(pk=case.pk), later).case_id == case.pk


def test_a_typo_in_an_issued_answer_is_corrected_with_its_reason_on_record(client, web_world):
    w = web_world
    meeting, (item,) = open_meeting_with(w, cases=[accepted_case(w)], date=datetime.date(2025, 5, 20))
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    answer = actions.draft_answer(w.council, cases=[item.case], conclusion="条件付きで承認すると。",
                                  addressee="みなみ市長", opinions="周知すること。")
    actions.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=meeting)
    client.force_login(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    page = client.get(url).content.decode()
    assert "発出した答申を訂正する" in page and "答申の案を編集する" not in page
    seen = page.split('name="seen" value="', 1)[1].split('"', 1)[0]
    data = {"action": "correct", "conclusion": "条件付きで承認する。", "addressee": "みなみ市長",
            "opinions": "周知すること。", "seen": seen}
    assert client.post(url, {**data, "reason": ""}).status_code == 400
    response = client.post(url, {**data, "reason": "結論の誤字"}, follow=True)
    body = response.content.decode()
    assert "発出した答申を訂正しました" in body and "(理由: 訂正 (結論の誤字))" in body
    answer.refresh_from_db()
    assert (answer.conclusion, answer.number, answer.date) == ("条件付きで承認する。", "答申第1号", datetime.date(2025, 5, 30))
    assert answer.state == Answer.State.ISSUED
    public = client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    # The answer reads as corrected; the typo stands only as the 訂正前 of its 正誤.
    body, corrections = public.split('id="corrections"', 1)
    assert "条件付きで承認する。" in body and "承認すると。" not in body
    assert "<td>条件付きで承認すると。</td><td>条件付きで承認する。</td>" in corrections
    # A second correction from the page opened before the first is refused and changes nothing.
    response = client.post(url, {**data, "conclusion": "別の結論。", "reason": "再訂正"})
    assert response.status_code == 409
    assert Answer.objects.get(pk=answer.pk).conclusion == "条件付きで承認する。"


def next_fiscal_year_day(month, day):
    """A day of next fiscal year: in the future and in one fiscal year with the others, whenever the test runs."""
    from shingikai.jp.wareki import fiscal_year

    return datetime.date(fiscal_year(datetime.date.today()) + 1, month, day)


def test_a_meeting_planned_for_an_earlier_day_takes_its_place_and_its_number_is_corrected_until_convened(
        client, web_world):
    w = web_world
    june = actions.plan_meeting(w.council, date=next_fiscal_year_day(6, 10))
    client.force_login(w.secretariat)
    response = client.post(reverse("meetings:new"), {
        "council": w.council.pk, "date": next_fiscal_year_day(5, 12).isoformat(), "start_time": "13:30",
        "place": "第1会議室", "is_public": "on"}, follow=True)
    may = Meeting.objects.get(council=w.council, date=next_fiscal_year_day(5, 12))
    june.refresh_from_db()
    assert (may.number, june.number) == (1, 2)  # in date order: June, not yet convened, moves on
    assert re.search(r"後の日の会議を繰り下げました: 令和\d+年度第1回 → 令和\d+年度第2回", response.content.decode())
    url = reverse("meetings:edit", args=[may.pk])
    form = {"date": may.date.isoformat(), "start_time": "13:30", "place": "第1会議室"}
    taken = client.post(url, {**form, "number": "2"})
    assert taken.status_code == 400 and "第2回はすでにあります" in taken.content.decode()
    assert client.post(reverse("meetings:edit", args=[june.pk]), {
        "date": june.date.isoformat(), "start_time": "", "place": "", "number": "3"}).status_code == 302
    moved = client.post(url, {**form, "number": "２"}, follow=True)  # typed in full width
    assert re.search(r"回を 令和\d+年度第1回 から 令和\d+年度第2回 に変更しました", moved.content.decode())
    assert client.post(reverse("meetings:edit", args=[june.pk]), {
        "date": june.date.isoformat(), "start_time": "", "place": "", "number": "1"}).status_code == 302
    june.refresh_from_db()
    may.refresh_from_db()
    assert (may.number, june.number) == (2, 1)
    actions.record_convocation(may)
    # Convened, the number is what the members were told: the form no longer offers it and the rule refuses it.
    assert 'name="number"' not in client.get(url).content.decode()
    with pytest.raises(ActionRefused, match="招集通知を送った後"):
        actions.reschedule_meeting(may, date=may.date, number=5)
    # Postponed after the convocation (which marks it as not sent), it still keeps the number it was sent with.
    actions.reschedule_meeting(may, date=may.date, place="別館")
    with pytest.raises(ActionRefused, match="招集通知を送った後"):
        actions.reschedule_meeting(may, date=may.date, number=5)
    may.refresh_from_db()
    assert may.number == 2


def test_a_held_meeting_keeps_its_number_and_no_other_meeting_is_renumbered(web_world):
    w = web_world
    meeting, _ = open_meeting_with(w, date=datetime.date.today())
    later = actions.plan_meeting(w.council, date=next_fiscal_year_day(6, 10))
    earlier = actions.plan_meeting(w.council, date=next_fiscal_year_day(5, 10))
    with pytest.raises(ActionRefused):
        actions.reschedule_meeting(meeting, date=meeting.date, number=9)
    assert actions.reschedule_meeting(earlier, date=earlier.date, number=7) == ["number"]
    assert [(m.pk, m.number) for m in Meeting.objects.order_by("pk")] == [
        (meeting.pk, 1), (later.pk, 2), (earlier.pk, 7)]
    with pytest.raises(ActionRefused, match="1から999"):
        actions.reschedule_meeting(earlier, date=earlier.date, number=0)
