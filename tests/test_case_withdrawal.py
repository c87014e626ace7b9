"""Withdrawing a case (取下げ) that is already on the agenda of a meeting not yet held: the agenda, the 招集通知,
the public agenda and calendar announce it, so the secretariat takes it off the agenda before it is withdrawn."""
import datetime

import pytest
from django.urls import reverse

from helpers import document_text, open_meeting_with

from shingikai.cases.actions import withdraw_case
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused
from shingikai.documents.render import render
from shingikai.meetings import actions
from shingikai.minutes.actions import confirm_minutes, designate_signers
from test_web_support import accepted_case, scheduled_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_department_cannot_withdraw_a_case_on_a_convened_agenda_and_is_told_to_ask_the_secretariat(client, web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w, case=accepted_case(w, title="がん検診受診勧奨の外部委託について"))
    actions.record_convocation(meeting, on=datetime.date.today())
    client.force_login(w.dept_a_user)
    response = client.post(reverse("cases:withdraw", args=[case.pk]), {"reason": "事業見直しのため"})
    html = response.content.decode()
    assert 400 <= response.status_code < 500
    assert "取り下げられません" in html and "事務局に連絡してください" in html and "招集通知" in html
    case.refresh_from_db()
    assert case.status == Case.Status.SCHEDULED and case.withdraw_reason == ""
    client.logout()
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    assert "がん検診受診勧奨の外部委託について" in client.get(f"/meetings/{meeting.pk}/").content.decode()


def test_the_secretariat_withdraws_a_case_once_it_is_off_the_agenda(client, web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w, case=accepted_case(w, title="がん検診受診勧奨の外部委託について"))
    with pytest.raises(ActionRefused, match="次第から外して"):
        withdraw_case(case, reason="事業見直しのため", by=w.secretariat)
    actions.remove_agenda_item(item, by=w.secretariat)
    case = withdraw_case(case, reason="事業見直しのため", by=w.secretariat)
    assert case.status == Case.Status.WITHDRAWN
    assert not meeting.items.filter(case=case).exists()
    assert "がん検診受診勧奨の外部委託について" not in client.get(f"/meetings/{meeting.pk}/").content.decode()


def test_a_case_on_a_cancelled_meetings_agenda_can_still_be_withdrawn(web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w)
    actions.cancel_meeting(meeting)
    assert withdraw_case(case, reason="事業見直しのため").status == Case.Status.WITHDRAWN


def test_the_meeting_page_marks_an_item_whose_case_was_withdrawn(client, web_world):
    """A case withdrawn while its meeting was open (or before this check existed) stays on that agenda, marked."""
    w = web_world
    meeting, item, case = scheduled_meeting(w, case=accepted_case(w, title="がん検診受診勧奨の外部委託について"))
    Case.objects.filter(pk=case.pk).update(status=Case.Status.WITHDRAWN, withdraw_reason="事業見直しのため")
    client.force_login(w.secretariat)
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "取下げ</span>" in html.split("がん検診受診勧奨の外部委託について")[1].split("</h3>")[0]


def test_the_public_agenda_marks_a_withdrawn_case_and_does_not_link_to_its_closed_page(client, web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w, case=accepted_case(w, title="がん検診受診勧奨の外部委託について"))
    Case.objects.filter(pk=case.pk).update(status=Case.Status.WITHDRAWN, withdraw_reason="事業見直しのため")
    html = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    line = html.split("がん検診受診勧奨の外部委託について")[1].split("</li>")[0]
    assert "取下げ</span>" in line
    assert reverse("portal:case", args=[case.pk]) not in html
    gone = client.get(reverse("portal:case", args=[case.pk]))  # public once: it says so, and nothing of it
    assert gone.status_code == 410 and "がん検診" not in gone.content.decode()


def test_the_minutes_of_the_meeting_at_which_a_case_was_withdrawn_say_so_not_that_it_was_carried_over(web_world):
    """The department withdraws a case while the meeting that has it on the agenda is in progress: the item has
    no decision, and the confirmed 会議録 must not record the case as 継続審議."""
    w = web_world
    case = accepted_case(w, title="がん検診受診勧奨の外部委託について")
    meeting, _ = open_meeting_with(w, cases=[case], date=datetime.date.today())
    withdraw_case(case, reason="事業見直しのため", by=w.dept_a_user)
    minutes = actions.close_meeting(meeting).minutes
    designate_signers(minutes, [w.people[3]])
    for settled in (False, True):
        if settled:
            confirm_minutes(minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
        for fmt in ("pdf", "docx"):
            text = document_text(render("minutes", meeting.pk, fmt))
            assert "がん検診受診勧奨の外部委託について" in text
            assert "取下げ（担当課から取り下げられた。）" in text and "継続審議" not in text, (settled, fmt)


def test_a_case_carried_over_and_withdrawn_later_stays_carried_over_in_that_meetings_minutes(web_world):
    w = web_world
    case = accepted_case(w, title="がん検診受診勧奨の外部委託について")
    meeting, _ = open_meeting_with(w, cases=[case], date=datetime.date.today() - datetime.timedelta(days=7))
    minutes = actions.close_meeting(meeting).minutes
    withdraw_case(case, reason="事業見直しのため", by=w.dept_a_user)
    designate_signers(minutes, [w.people[3]])
    confirm_minutes(minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    text = document_text(render("minutes", meeting.pk, "pdf"))
    assert "継続審議" in text and "取り下げられた" not in text


def test_the_web_draft_of_the_minutes_shows_a_case_withdrawn_at_the_meeting_as_withdrawn_not_one_withdrawn_later(
        client, web_world):
    """The work screen's draft says what the printed 会議録 will: 取下げ for the case withdrawn at the meeting."""
    w = web_world
    at_meeting = accepted_case(w, title="がん検診受診勧奨の外部委託について")
    meeting, _ = open_meeting_with(w, cases=[at_meeting], date=datetime.date.today())
    withdraw_case(at_meeting, reason="事業見直しのため", by=w.dept_a_user)
    minutes = actions.close_meeting(meeting).minutes
    client.force_login(w.secretariat)
    html = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "結論: 取下げ（担当課から取り下げられた。）" in html

    later = accepted_case(w, title="地域公共交通計画の改定について")
    earlier, _ = open_meeting_with(w, cases=[later], date=datetime.date.today() - datetime.timedelta(days=7))
    earlier_minutes = actions.close_meeting(earlier).minutes
    withdraw_case(later, reason="事業見直しのため", by=w.dept_a_user)
    html = client.get(reverse("minutes:detail", args=[earlier_minutes.pk])).content.decode()
    assert "地域公共交通計画の改定について" in html and "取り下げられた" not in html


def test_a_withdrawal_recorded_by_mistake_is_taken_back_by_the_secretariat_with_the_reason(client, web_world):
    from shingikai.cases.actions import publish_case, undo_withdrawal

    w = web_world
    case = publish_case(accepted_case(w, title="がん検診受診勧奨の外部委託について"), by=w.secretariat)
    number = case.number
    withdraw_case(case, reason="事業見直しのため", by=w.dept_a_user)
    assert client.get(f"/cases/{case.pk}/").status_code == 410

    client.force_login(w.dept_a_user)
    assert "取下げを取り消す" not in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert client.post(reverse("cases:undo_withdrawal", args=[case.pk]), {"reason": "誤り"}).status_code == 403
    client.force_login(w.secretariat)
    assert "取下げを取り消す (誤って記録したとき)" in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    response = client.post(reverse("cases:undo_withdrawal", args=[case.pk]), {"reason": ""})
    assert response.status_code == 400 and "取下げを取り消す理由を入力してください" in response.content.decode()
    response = client.post(reverse("cases:undo_withdrawal", args=[case.pk]), {"reason": "別の案件の取下げと取り違えたため"})
    assert response.status_code == 302

    case.refresh_from_db()
    assert (case.status, case.number, case.withdraw_reason) == (Case.Status.ACCEPTED, number, "")
    assert case.published_at is not None
    last = case.history.order_by("-history_id").first()
    assert last.history_user == w.secretariat and last.history_change_reason == "取下げを取消し: 別の案件の取下げと取り違えたため"
    client.logout()
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    with pytest.raises(ActionRefused, match="取り下げられていない"):
        undo_withdrawal(case, reason="もう一度")


def test_a_continued_case_comes_back_continued_and_a_withdrawal_in_confirmed_minutes_stays(web_world):
    from shingikai.cases.actions import undo_withdrawal

    w = web_world
    carried = accepted_case(w, title="地域公共交通計画の改定について")
    earlier, _ = open_meeting_with(w, cases=[carried], date=datetime.date.today() - datetime.timedelta(days=7))
    actions.close_meeting(earlier)
    carried.refresh_from_db()
    status = carried.status
    withdraw_case(carried, reason="事業見直しのため", by=w.dept_a_user)
    assert undo_withdrawal(carried, reason="担当課の連絡の誤りのため").status == status

    at_meeting = accepted_case(w, title="がん検診受診勧奨の外部委託について")
    meeting, _ = open_meeting_with(w, cases=[at_meeting], date=datetime.date.today())
    withdraw_case(at_meeting, reason="事業見直しのため", by=w.dept_a_user)
    minutes = actions.close_meeting(meeting).minutes
    designate_signers(minutes, [w.people[3]])
    confirm_minutes(minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録 \\(確定済\\) に記録されている"):
        undo_withdrawal(at_meeting, reason="誤り")
    at_meeting.refresh_from_db()
    assert at_meeting.status == Case.Status.WITHDRAWN
