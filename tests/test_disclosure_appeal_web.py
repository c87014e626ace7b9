"""An appeal's work at the 審査会 in the web: a hearing (口頭意見陳述) recorded by mistake is taken back with
its history, the 答申案 saved by one secretary is not overwritten by a form another opened before, and
forged ids of another council's records are refused without changing anything."""
import datetime

from disclosure_helpers import decided_request
from django.urls import reverse
from helpers import second_secretary

from shingikai.disclosure import actions
from shingikai.disclosure.models import AppealEvent
from shingikai.meetings.actions import plan_meeting

D = datetime.date


def referred_appeal(world):
    request = decided_request(world)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), appellant_name="開示 請子",
                                 purport="不開示部分の取消しを求める。")
    return actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")


def test_a_hearing_recorded_by_mistake_is_removed_and_kept_in_the_history(client, world):
    appeal = referred_appeal(world)
    url = reverse("disclosure:appeal", args=[appeal.pk])
    client.force_login(world.secretariat)
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "口頭意見陳述", "event-on": "令和6年9月2日", "event-submitted_by": "審査請求人"})
    assert response.status_code == 302
    wrong = AppealEvent.objects.get(appeal=appeal, kind="口頭意見陳述")
    assert "誤りのため削除" in client.get(url).content.decode()
    response = client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, wrong.pk]), follow=True)
    assert "令和6年9月2日の口頭意見陳述を削除しました" in response.content.decode()
    assert not AppealEvent.objects.filter(pk=wrong.pk).exists()
    removed = AppealEvent.history.get(id=wrong.pk, history_type="-")
    assert removed.history_user == world.secretariat and removed.kind == "口頭意見陳述"
    # Twice (a second tab): 404, nothing else removed.
    assert client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, wrong.pk])).status_code == 404
    statement = AppealEvent.objects.get(appeal=appeal, kind="理由説明書")
    response = client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, statement.pk]))
    assert response.status_code == 400 and "理由説明書は諮問とともに記録される" in response.content.decode()
    assert AppealEvent.objects.filter(pk=statement.pk).exists()


def test_the_steps_history_names_each_step_by_its_day_in_wareki(client, world):
    appeal = referred_appeal(world)
    actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by="審査請求人")
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    history = page[page.index("審査の経過の変更履歴"):]
    assert "令和6年8月20日 意見書" in history and "令和6年7月24日 理由説明書" in history
    assert "2024-08-20" not in history


def test_removing_a_step_is_for_the_councils_secretariat_and_only_of_its_own_appeal(client, world):
    appeal = referred_appeal(world)
    event = actions.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by="審査請求人")
    other = referred_appeal(world)
    client.force_login(world.secretariat)
    # The event of one appeal under another appeal's address.
    assert client.post(reverse("disclosure:appeal_event_remove", args=[other.pk, event.pk])).status_code == 404
    for user in (world.dept_b_user, world.other_secretariat, world.member_user):
        client.force_login(user)
        assert client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, event.pk])).status_code in (403, 404)
    assert AppealEvent.objects.filter(pk=event.pk).exists()


def test_a_draft_answer_form_opened_before_anothers_save_is_refused_and_keeps_both_texts(client, world):
    appeal = referred_appeal(world)
    ground = appeal.request.grounds.get()
    url = reverse("disclosure:appeal_step", args=[appeal.pk, "draft"])
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    seen = page.split('name="seen" value="', 1)[1].split('"', 1)[0]
    form = {"draft-outcome": "一部取消", "draft-conclusion": "見積単価は開示すべきである。",
            "draft-judgment": "見積単価は公表済みである。", f"draft-finding_{ground.pk}": "一部不当",
            f"draft-reason_{ground.pk}": "公表済みの単価である。", "seen": seen}
    other = second_secretary(world)
    client.force_login(other)
    assert client.post(url, {**form, "draft-conclusion": "先に保存した結論。"}).status_code == 302
    client.force_login(world.secretariat)
    response = client.post(url, form)
    body = response.content.decode()
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in body
    assert "見積単価は開示すべきである。" in body  # what this secretary typed is still in the form
    appeal.refresh_from_db()
    assert appeal.conclusion == "先に保存した結論。"


def test_a_step_naming_another_councils_meeting_is_refused(client, world):
    appeal = referred_appeal(world)
    foreign = plan_meeting(world.other_council, date=D(2024, 9, 2))
    client.force_login(world.secretariat)
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "審議", "event-on": "2024-09-02", "event-meeting": foreign.pk})
    assert response.status_code == 400
    assert not AppealEvent.objects.filter(appeal=appeal, kind="審議").exists()


def test_the_appeal_page_shows_the_deadlines_the_council_set_and_which_are_overdue(client, world):
    appeal = referred_appeal(world)
    url = reverse("disclosure:appeal", args=[appeal.pk])
    step = reverse("disclosure:appeal_step", args=[appeal.pk, "deadline"])
    client.force_login(world.secretariat)
    assert "提出期限を定めて求める" in client.get(url).content.decode()
    response = client.post(step, {"deadline-kind": "意見書", "deadline-asked_of": "審査請求人",
                                  "deadline-set_on": "令和6年8月1日", "deadline-due_on": "令和6年8月30日"})
    assert response.status_code == 302
    response = client.post(step, {"deadline-kind": "口頭意見陳述", "deadline-asked_of": "審査請求人",
                                  "deadline-set_on": "令和6年8月1日", "deadline-due_on": "令和6年8月31日"})
    assert response.status_code == 400 and "閉庁日" in response.content.decode()
    overdue, = appeal.deadlines.all()
    body = client.get(url).content.decode()
    row = body.split(f'id="deadline-{overdue.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "意見書" in row and "令和6年8月30日" in row and "期限超過" in row
    client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "意見書", "event-on": "令和6年8月29日", "event-submitted_by": "審査請求人"})
    row = client.get(url).content.decode().split(f'id="deadline-{overdue.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "済 (令和6年8月29日)" in row and "期限超過" not in row
    # One set by mistake is taken back; another council's secretariat cannot.
    client.force_login(world.other_secretariat)
    remove = reverse("disclosure:appeal_deadline_remove", args=[appeal.pk, overdue.pk])
    assert client.post(remove).status_code in (403, 404) and appeal.deadlines.exists()
    client.force_login(world.secretariat)
    response = client.post(remove, follow=True)
    assert "意見書 (審査請求人) の提出期限を削除しました" in response.content.decode() and not appeal.deadlines.exists()


def test_the_in_camera_form_refuses_a_note_next_to_the_field(client, world):
    appeal = referred_appeal(world)
    client.force_login(world.secretariat)
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "インカメラ審理", "event-on": "令和6年8月20日", "event-note": "見積単価は1個1,200円であった。"})
    body = response.content.decode()
    assert response.status_code == 400 and "見分した内容は書かないでください" in body
    assert not AppealEvent.objects.filter(appeal=appeal, kind="インカメラ審理").exists()


def test_the_agenda_form_puts_an_appeals_case_on_as_a_closed_item_and_offers_no_public_toggle(client, world):
    """Posted with 公開で審議する ticked, the appeal's case is added closed, the page says why and offers no
    公開 switch for it, and the public meeting page does not list it."""
    appeal = referred_appeal(world)
    meeting = plan_meeting(world.council, date=D(2024, 8, 20), start_time=datetime.time(10, 0), place="会議室")
    client.force_login(world.secretariat)
    url = reverse("meetings:detail", args=[meeting.pk])
    assert "【審査請求・非公開】" in client.get(url).content.decode()
    response = client.post(reverse("meetings:agenda_add", args=[meeting.pk]), {
        "what": "case", "case": appeal.case.pk, "is_public": "on", "meeting_version": meeting.version}, follow=True)
    page = response.content.decode()
    assert response.status_code == 200 and "審査請求の案件のため、非公開の議題としました" in page
    item = meeting.items.get()
    assert not item.is_public and item.closed_reason == "審査請求の調査審議のため"
    assert f'id="public-{item.pk}"' not in page and "審査請求の調査審議は非公開で行います" in page
    client.logout()
    assert appeal.case.title not in client.get(f"/meetings/{meeting.pk}/").content.decode()


def test_an_appeals_item_put_on_as_public_before_the_rule_can_still_be_closed(client, world):
    """An appeal's item recorded public before appeals were always closed keeps its 公開・非公開 switch, so the
    secretariat can close it; it cannot be made public again."""
    from shingikai.meetings.models import AgendaItem

    appeal = referred_appeal(world)
    meeting = plan_meeting(world.council, date=D(2024, 8, 20), start_time=datetime.time(10, 0), place="会議室")
    item = AgendaItem.objects.create(meeting=meeting, order=1, kind="諮問", title=appeal.case.title, case=appeal.case,
                                     is_public=True)
    client.force_login(world.secretariat)
    assert f'id="public-{item.pk}"' in client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    response = client.post(reverse("meetings:agenda_item_edit", args=[meeting.pk, item.pk]), {
        "action": "publicity", "closed_reason": "審査請求の調査審議のため", "meeting_version": meeting.version})
    assert response.status_code == 302
    item.refresh_from_db()
    assert not item.is_public
