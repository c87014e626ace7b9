"""The correction screens: attendance, turns and the agenda, for the secretariat only, until settled."""
import datetime

from django.urls import reverse
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.cases.models import Case
from shingikai.meetings import actions
from shingikai.meetings.models import Attendance, Turn
from shingikai.minutes.actions import confirm_minutes, designate_signers


def _turns(meeting, *texts):
    return [actions.record_turn(meeting, speaker_label="事務局", role="secretariat", text=t) for t in texts]


def test_attendance_page_records_a_late_arrival_and_an_observer(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w, present=w.people[:4])
    client.force_login(w.secretariat)
    late = meeting.attendances.get(person=w.people[4])
    page = client.get(reverse("meetings:attendance", args=[meeting.pk])).content.decode()
    assert "出席の訂正" in page and w.people[4].name in page
    client.post(reverse("meetings:attendance", args=[meeting.pk]), {
        "what": "correct", "attendance": late.pk, f"a{late.pk}-present": "on", f"a{late.pk}-arrived_at": "14:20"})
    late.refresh_from_db()
    assert late.present and late.arrived_at == datetime.time(14, 20)
    response = client.post(reverse("meetings:attendance", args=[meeting.pk]), {
        "what": "add", "kind": "other", "name": "北 四郎", "title": "オブザーバー", "present": "on"}, follow=True)
    assert "北 四郎 を出席者に加えました" in response.content.decode()
    detail = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "14時20分 入室" in detail and "北 四郎" in detail


def test_attendance_form_errors_are_shown_not_saved(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w)
    client.force_login(w.secretariat)
    row = meeting.attendances.get(person=w.people[0])
    response = client.post(reverse("meetings:attendance", args=[meeting.pk]), {
        "what": "correct", "attendance": row.pk, f"a{row.pk}-present": "on", f"a{row.pk}-arrived_at": "25:99"})
    assert response.status_code == 400 and "時刻を「13:30」の形で入力してください" in response.content.decode()
    response = client.post(reverse("meetings:attendance", args=[meeting.pk]), {"what": "add", "kind": "member"})
    assert response.status_code == 400 and "委員を選んでください" in response.content.decode()
    assert Attendance.objects.get(pk=row.pk).arrived_at is None


def test_only_the_secretariat_corrects(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w)
    turn, = _turns(meeting, "開会します。")
    client.force_login(w.member_user)
    assert client.get(reverse("meetings:attendance", args=[meeting.pk])).status_code == 403
    assert client.post(reverse("meetings:turn_edit", args=[meeting.pk, turn.pk]), {"action": "delete"}).status_code == 403
    client.force_login(w.dept_b_user)
    assert client.get(reverse("meetings:attendance", args=[meeting.pk])).status_code == 404
    assert Turn.objects.filter(pk=turn.pk).exists()


def test_a_turn_is_corrected_moved_and_deleted_on_its_page(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    first, second, third = _turns(meeting, "一", "二", "三")
    client.force_login(w.secretariat)
    turns_page = client.get(reverse("meetings:turns", args=[meeting.pk])).content.decode()
    assert reverse("meetings:turn_edit", args=[meeting.pk, second.pk]) in turns_page
    url = reverse("meetings:turn_edit", args=[meeting.pk, second.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "save", "speaker": f"p{w.people[1].pk}", "agenda_item": str(item.pk),
                                 "text": "二 (訂正)"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert (second.text, second.speaker_label, second.agenda_item_id) == ("二 (訂正)", "井上委員", item.pk)
    assert "発言 → 「二 (訂正)」" in client.get(url).content.decode()
    client.post(reverse("meetings:turn_edit", args=[meeting.pk, third.pk]), {"action": "move", "position": "1"})
    client.post(reverse("meetings:turn_edit", args=[meeting.pk, first.pk]), {"action": "delete"})
    assert list(meeting.turns.order_by("order").values_list("order", "text")) == [(1, "三"), (2, "二 (訂正)")]


def test_turns_are_settled_with_the_minutes(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w)
    turn, = _turns(meeting, "一")
    actions.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[2]])
    confirm_minutes(meeting.minutes, on=datetime.date.today() - datetime.timedelta(days=1), by_circulation=True,
                    open_checks_acknowledged=True)
    client.force_login(w.secretariat)
    assert reverse("meetings:turn_edit", args=[meeting.pk, turn.pk]) not in client.get(
        reverse("meetings:turns", args=[meeting.pk])).content.decode()
    response = client.post(reverse("meetings:turn_edit", args=[meeting.pk, turn.pk]), {"action": "delete"})
    assert response.status_code == 400 and "訂正の手続き" in response.content.decode()
    assert Turn.objects.filter(pk=turn.pk).exists()


def test_agenda_items_are_reordered_closed_and_removed_from_the_meeting_page(client, web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w)
    closing = actions.add_procedural_item(meeting, "閉会")
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "を次第から外す" in page
    url = reverse("meetings:agenda_item_edit", args=[meeting.pk, closing.pk])
    client.post(url, {"action": "up"})
    assert list(meeting.items.order_by("order").values_list("title", flat=True)) == ["閉会", case.title]
    item_url = reverse("meetings:agenda_item_edit", args=[meeting.pk, item.pk])
    response = client.post(item_url, {"action": "publicity", "closed_reason": ""})
    assert response.status_code == 400 and "非公開とする理由を入力してください" in response.content.decode()
    client.post(item_url, {"action": "publicity", "closed_reason": "個人が特定されるおそれ"})
    item.refresh_from_db()
    assert not item.is_public
    client.post(item_url, {"action": "remove"})
    assert Case.objects.get(pk=case.pk).status == Case.Status.ACCEPTED
    assert list(meeting.items.values_list("title", flat=True)) == ["閉会"]


def _decided(w, outcome="承認"):
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome=outcome, vote_method="挙手全員", decided_at=datetime.time(14, 0))
    return meeting, item, decision


def test_the_secretariat_corrects_a_recorded_decision_on_its_page(client, web_world):
    w = web_world
    meeting, item, decision = _decided(w)
    client.force_login(w.secretariat)
    url = reverse("meetings:decision_edit", args=[meeting.pk, item.pk])
    assert url in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    page = client.get(url).content.decode()
    assert "決定を取り消す" in page and 'value="14:00' in page
    response = client.post(url, {"action": "save", "outcome": "条件付き承認", "vote_method": "挙手全員",
                                 "wording": "条件を付して承認する。", "decided_at": "14:00"}, follow=True)
    assert "決定を訂正しました" in response.content.decode()
    decision.refresh_from_db()
    assert decision.outcome == "条件付き承認" and decision.wording == "条件を付して承認する。"
    page = client.get(url).content.decode()
    assert "条件付き承認" in page and "結論 → 「条件付き承認」" in page  # the history
    response = client.post(url, {"action": "save", "outcome": "", "vote_method": "挙手全員"})
    assert response.status_code == 400 and "このフィールドは必須です" in response.content.decode()
    response = client.post(url, {"action": "save", "outcome": "承認", "vote_method": "採決", "votes_for": "9",
                                 "votes_against": "0", "decided_at": "14:00"})
    assert response.status_code == 400 and "投票数が出席委員数を超えています" in response.content.decode()


def test_a_decision_recorded_by_mistake_is_withdrawn_and_recorded_again(client, web_world):
    w = web_world
    meeting, item, decision = _decided(w)
    client.force_login(w.secretariat)
    url = reverse("meetings:decision_edit", args=[meeting.pk, item.pk])
    response = client.post(url, {"action": "withdraw"}, follow=True)
    assert "決定を取り消しました" in response.content.decode() and "決定を記録する" in response.content.decode()
    assert not hasattr(type(item).objects.get(pk=item.pk), "decision")
    assert client.get(url).status_code == 404


def test_a_decision_is_settled_with_the_minutes_and_only_the_secretariat_corrects_it(client, web_world):
    w = web_world
    meeting, item, decision = _decided(w)
    url = reverse("meetings:decision_edit", args=[meeting.pk, item.pk])
    client.force_login(w.dept_a_user)
    assert client.post(url, {"action": "withdraw"}).status_code in (403, 404)
    actions.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [w.people[2]])
    confirm_minutes(meeting.minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    client.force_login(w.secretariat)
    assert url not in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "会議録の訂正" in client.get(url).content.decode()
    response = client.post(url, {"action": "save", "outcome": "不承認", "vote_method": "挙手全員"})
    assert response.status_code == 400 and "会議録が確定しているため、決定は直せません" in response.content.decode()
    response = client.post(url, {"action": "withdraw"})
    assert response.status_code == 400
    decision.refresh_from_db()
    assert decision.outcome == "承認"


def test_a_follow_up_is_corrected_and_removed_on_its_page(client, web_world):
    w = web_world
    meeting, item, decision = _decided(w, outcome="条件付き承認")
    client.force_login(w.secretariat)
    add = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    response = client.post(add, {"kind": "後日報告", "text": "報告すること", "due_date": "令和2年1月1日"})
    assert response.status_code == 400 and "が決定した会議の日" in response.content.decode()
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    response = client.post(add, {"kind": "後日報告", "text": "報告すること", "due_date": yesterday.isoformat()},
                           follow=True)
    assert "はすでに過ぎています" in response.content.decode()
    follow_up = decision.follow_ups.get()
    page = client.get(reverse("meetings:followup", args=[follow_up.pk])).content.decode()
    assert "内容・期限を訂正する" in page and "この項目を削除する" in page
    url = reverse("meetings:followup_correct", args=[follow_up.pk])
    response = client.post(url, {"action": "save", "version": follow_up.version, "correct-kind": "資料提出",
                                 "correct-text": "報告書を提出すること", "correct-due_date": "令和9年3月31日"},
                           follow=True)
    assert "条件・フォローアップを訂正しました" in response.content.decode()
    follow_up.refresh_from_db()
    assert (follow_up.kind, follow_up.text, follow_up.due_date) == ("資料提出", "報告書を提出すること",
                                                                    datetime.date(2027, 3, 31))
    response = client.post(url, {"action": "save", "version": follow_up.version, "correct-kind": "資料提出",
                                 "correct-text": "", "correct-due_date": "令和9年3月31日"})
    assert response.status_code == 400 and "このフィールドは必須です" in response.content.decode()
    client.force_login(w.dept_a_user)
    assert "内容・期限を訂正する" not in client.get(reverse("meetings:followup", args=[follow_up.pk])).content.decode()
    assert client.post(url, {"action": "remove", "version": follow_up.version}).status_code == 403
    client.force_login(w.secretariat)
    client.post(url, {"action": "remove", "version": follow_up.version})
    assert not decision.follow_ups.exists()


def test_a_turn_edit_error_shows_no_error_of_the_move_form(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w)
    turn, = _turns(meeting, "一")
    client.force_login(w.secretariat)
    url = reverse("meetings:turn_edit", args=[meeting.pk, turn.pk])
    response = client.post(url, {"action": "save", "speaker": "secretariat", "text": ""})
    edit, move = response.content.decode().split('id="turn-move"', 1)
    assert response.status_code == 400 and "error-text" in edit.split('id="turn-form"', 1)[1]
    assert "error-text" not in move and 'value="1"' in move  # the move form as it was, no error
    moved = client.post(url, {"action": "move", "position": ""})
    edit, move = moved.content.decode().split('id="turn-move"', 1)
    assert moved.status_code == 400 and "error-text" in move
    assert "error-text" not in edit.split('id="turn-form"', 1)[1] and "一</textarea>" in edit


def test_the_day_a_follow_up_was_requested_is_corrected_on_its_page_until_it_is_closed(client, web_world):
    w = web_world
    meeting, item, decision = _decided(w, outcome="条件付き承認")
    client.force_login(w.secretariat)
    client.post(reverse("meetings:follow_up_add", args=[meeting.pk, item.pk]),
                {"kind": "後日報告", "text": "運用状況を報告すること", "due_date": "令和9年3月31日"})
    follow_up = decision.follow_ups.get()
    page = client.get(reverse("meetings:followup", args=[follow_up.pk])).content.decode()
    assert 'name="correct-requested_on"' in page and "<dt>依頼日</dt>" in page
    url = reverse("meetings:followup_correct", args=[follow_up.pk])
    form = {"action": "save", "correct-kind": "後日報告", "correct-text": "運用状況を報告すること",
            "correct-due_date": "令和9年3月31日"}
    before = meeting.date - datetime.timedelta(days=1)
    refused = client.post(url, {**form, "version": follow_up.version, "correct-requested_on": before.isoformat()})
    assert refused.status_code == 400 and "が決定した会議の日" in refused.content.decode()
    ahead = datetime.date.today() + datetime.timedelta(days=3)
    refused = client.post(url, {**form, "version": follow_up.version, "correct-requested_on": ahead.isoformat()})
    assert refused.status_code == 400 and "依頼日に未来の日付" in refused.content.decode()
    client.post(url, {**form, "version": follow_up.version, "correct-requested_on": meeting.date.isoformat()})
    follow_up.refresh_from_db()
    assert follow_up.requested_on == meeting.date
    actions.respond_follow_up(follow_up, response="報告します。", by=w.dept_a_user)
    actions.close_follow_up(follow_up, on=datetime.date.today(), by=w.secretariat)
    follow_up.refresh_from_db()
    refused = client.post(url, {**form, "version": follow_up.version, "correct-requested_on": meeting.date.isoformat()})
    assert refused.status_code in (400, 409) and "完了した項目は直せません" in refused.content.decode()
