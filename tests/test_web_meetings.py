"""Meetings in the browser, through Django's test client."""
import datetime

import pytest
from django.urls import reverse

from shingikai.cases.models import Case
from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem, Decision, FollowUp, Meeting, Turn
from helpers import today
from test_web_support import accepted_case, held_meeting, scheduled_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def test_other_council_secretariat_gets_404_for_meeting(client, web_world):
    w = web_world
    meeting, item, case = scheduled_meeting(w)
    login(client, w.other_secretariat)
    for name in ("detail", "materials", "turns", "open"):
        assert client.get(reverse(f"meetings:{name}", args=[meeting.pk])).status_code == 404, name
    assert client.post(reverse("meetings:cancel", args=[meeting.pk])).status_code == 404
    assert client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]),
                       {"outcome": "承認", "vote_method": "挙手全員"}).status_code == 404
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.PLANNED


def test_department_cannot_open_meeting_pages(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w)
    login(client, w.dept_a_user)
    assert client.get(reverse("meetings:detail", args=[meeting.pk])).status_code == 404
    assert client.get(reverse("meetings:new")).status_code == 403


def test_member_sees_materials_with_closed_items_and_checklist(client, web_world):
    w = web_world
    meeting = actions.plan_meeting(w.council, date=datetime.date.today() + datetime.timedelta(days=5))
    case = accepted_case(w, title="児童相談記録システム", categories=["sensitive_info"])
    actions.schedule_case(case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    login(client, w.member_user)
    html = client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
    assert "児童相談記録システム" in html and "非公開" in html
    assert "要配慮個人情報の取扱い" in html
    # but a member cannot change the agenda
    assert client.post(reverse("meetings:cancel", args=[meeting.pk])).status_code == 403


def test_secretariat_plans_meeting_and_builds_agenda(client, web_world):
    w = web_world
    case = accepted_case(w)
    login(client, w.secretariat)
    bad = client.post(reverse("meetings:new"), {"council": w.council.pk, "date": "いつか", "is_public": ""})
    assert bad.status_code == 400
    html = bad.content.decode()
    assert "error-text" in html.split('id="field-date"')[1].split("</div>")[0]
    assert "非公開とする理由" in html.split('id="field-closed_reason"')[1].split("</div>")[0]
    response = client.post(reverse("meetings:new"), {"council": w.council.pk, "date": "令和9年6月1日",
                                                     "start_time": "13:30", "place": "第1会議室", "is_public": "on"})
    assert response.status_code == 302
    meeting = Meeting.objects.get(council=w.council)
    assert meeting.date == datetime.date(2027, 6, 1)
    client.post(reverse("meetings:agenda_add", args=[meeting.pk]), {"what": "procedure", "procedure": "開会"})
    client.post(reverse("meetings:agenda_add", args=[meeting.pk]), {"what": "case", "case": case.pk, "is_public": "on"})
    assert [i.title for i in meeting.items.all()] == ["開会", case.title]
    case.refresh_from_db()
    assert case.status == Case.Status.SCHEDULED
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "令和9年6月1日" in html


def test_quorum_indicator_and_refusal(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w, present=w.people[:3])
    login(client, w.secretariat)
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "定足数に達しています" in html and "出席 3 人 / 必要 3 人" in html
    leaving = meeting.attendances.get(person=w.people[2])
    response = client.post(reverse("meetings:attendance", args=[meeting.pk]), {
        "what": "correct", "attendance": leaving.pk, f"a{leaving.pk}-present": "on",
        f"a{leaving.pk}-left_at": "15:00"})
    assert response.status_code == 302
    response = client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]),
                           {"outcome": "承認", "vote_method": "挙手全員", "decided_at": "15:30"})
    assert response.status_code == 400
    assert "定足数に達していないため決定できません (15:30 の出席 2 人、定足数 3 人)" in response.content.decode()
    assert not Decision.objects.exists()
    response = client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]),
                           {"outcome": "承認", "vote_method": "挙手全員", "decided_at": "14:30"})
    assert response.status_code == 302 and Decision.objects.get().decided_at == datetime.time(14, 30)


def test_meeting_page_counts_each_items_turns_apart(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    other = actions.schedule_case(accepted_case(w, title="図書館の利用者カード"), meeting)
    actions.add_procedural_item(meeting, "閉会")
    for text in ("保存期間は。", "五年です。", "了解しました。"):
        actions.record_turn(meeting, speaker_label="委員", role="member", text=text, agenda_item=item)
    actions.record_turn(meeting, speaker_label="会長", role="chair", text="開会します。")
    actions.record_turn(meeting, speaker_label="委員", role="member", text="対象者は。", agenda_item=other)
    html = login(client, w.secretariat).get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "発言 3 件" in html.split(item.title)[1].split(other.title)[0]
    assert "発言 1 件" in html.split(other.title)[1]
    assert "出席 5 人 / 必要 3 人" in html


def test_secretariat_home_counts_overdue_due_soon_and_responded_follow_ups(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    today = datetime.date.today()
    Meeting.objects.filter(pk=meeting.pk).update(date=today - datetime.timedelta(days=7))  # decided a week ago
    for days in (-3, -1, 5, 30):
        actions.add_follow_up(decision, kind="後日報告", text=f"{days}日", department=w.dept_a,
                              due_date=today + datetime.timedelta(days=days))
    actions.respond_follow_up(FollowUp.objects.get(text="30日"), response="報告します。")
    html = login(client, w.secretariat).get("/work/").content.decode()
    cards = [card.split('<div class="big">')[1].split("</div>")[0] for card in html.split('<div class="card">')[2:5]]
    assert cards == ["2", "1", "1"]
    # Another council's secretariat counts none of them.
    html = login(client, w.other_secretariat).get("/work/").content.decode()
    assert [card.split('<div class="big">')[1].split("</div>")[0]
            for card in html.split('<div class="card">')[2:5]] == ["0", "0", "0"]


def test_opening_without_quorum_is_refused_unless_informal(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=today())
    login(client, w.secretariat)
    form = {"present": [p.pk for p in w.people[:2]], "secretariat": [w.secretariat_staff.pk], "observers": "0"}
    response = client.post(reverse("meetings:open", args=[meeting.pk]), form)
    assert response.status_code == 400
    assert "定足数に達していないため開会できません (出席 2 人、定足数 3 人)" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED
    assert not meeting.attendances.exists()
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {**form, "informal": "on"}, follow=True)
    assert "懇談会として開きました" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).informal


def test_open_meeting_records_attendance(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=today())
    login(client, w.secretariat)
    page = client.get(reverse("meetings:open", args=[meeting.pk]))
    assert page.status_code == 200 and "在任委員 5 人" in page.content.decode()
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {
        "present": [p.pk for p in w.people[:4]], "secretariat": [w.secretariat_staff.pk],
        "department_staff": [w.dept_a_staff.pk], "observers": "2", "is_public": "on",
        "others": "オブザーバー 一郎、株式会社みなみ情報"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.OPEN and meeting.observers == 2 and meeting.has_quorum()
    assert meeting.attendances.filter(kind="member", present=False).count() == 1
    assert meeting.attendances.filter(kind="other", name="オブザーバー 一郎").exists()


def test_the_meeting_page_lists_the_secretariat_before_the_departments_staff_whatever_order_they_were_recorded(
        client, web_world):
    w = web_world
    meeting, item, _ = scheduled_meeting(w, date=today())
    actions.open_meeting(meeting, present=w.people, department_staff=[(w.dept_a_staff, item)],
                         others=[("オブザーバー 一郎", "")])
    actions.add_attendee(meeting, kind="secretariat", staff=w.secretariat_staff)
    login(client, w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    listed = page.split("事務局・説明員・その他", 1)[1].split("</ul>", 1)[0]
    assert listed.index(w.secretariat_staff.name) < listed.index(w.dept_a_staff.name) < listed.index("オブザーバー 一郎")


def test_turn_entry_decision_and_follow_up(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    login(client, w.secretariat)
    page = client.get(reverse("meetings:turns", args=[meeting.pk])).content.decode()
    assert "青木 一郎 (会長)" in page and "市民課 市民 太郎" in page
    empty = client.post(reverse("meetings:turns", args=[meeting.pk]), {"speaker": f"p{w.people[2].pk}", "text": " "})
    assert empty.status_code == 400
    client.post(reverse("meetings:turns", args=[meeting.pk]),
                {"speaker": f"p{w.people[2].pk}", "agenda_item": item.pk, "text": "保存期間は。"})
    response = client.post(reverse("meetings:turns", args=[meeting.pk]),
                           {"speaker": f"s{w.dept_a_staff.pk}", "agenda_item": item.pk, "text": "5年です。"})
    assert response.status_code == 302 and f"item={item.pk}" in response["Location"]
    turns = list(Turn.objects.filter(meeting=meeting).order_by("order"))
    assert [(t.role, t.speaker_label) for t in turns] == [("member", "上田委員"), ("department", "市民課")]
    bad = client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]), {"outcome": "承認", "vote_method": "採決"})
    assert bad.status_code == 400
    assert "賛成の人数" in bad.content.decode()
    assert client.post(reverse("meetings:decision", args=[meeting.pk, item.pk]),
                       {"outcome": "条件付き承認", "vote_method": "挙手全員", "wording": "承認する"}).status_code == 302
    due = datetime.date.today() + datetime.timedelta(days=60)
    assert client.post(reverse("meetings:follow_up_add", args=[meeting.pk, item.pk]),
                       {"kind": "後日報告", "text": "仕様書を提出する", "due_date": due.isoformat()}).status_code == 302
    follow_up = FollowUp.objects.get()
    assert follow_up.department == w.dept_a and follow_up.due_date == due
    html = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "条件付き承認" in html and "仕様書を提出する" in html


def test_a_follow_up_typed_with_a_due_date_before_its_meeting_is_refused(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    login(client, w.secretariat)
    response = client.post(reverse("meetings:follow_up_add", args=[meeting.pk, item.pk]),
                           {"kind": "後日報告", "text": "仕様書を提出する", "due_date": "令和2年1月1日"})
    assert response.status_code == 400
    assert "が決定した会議の日" in response.content.decode()
    assert not FollowUp.objects.exists()


def test_a_follow_up_due_date_more_than_ten_years_ahead_is_refused_next_to_the_field(client, web_world):
    """9999-12-31 typed as "no end" would be shown as 期限 令和7981年12月31日, which nobody can type back."""
    w = web_world
    meeting, item, _ = held_meeting(w)
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    login(client, w.secretariat)
    url = reverse("meetings:follow_up_add", args=[meeting.pk, item.pk])
    response = client.post(url, {"kind": "後日報告", "text": "仕様書を提出する", "due_date": "9999-12-31"})
    assert response.status_code == 400
    assert "今日から10年より先の日付 (令和7981年12月31日) は指定できません" in response.content.decode()
    assert not FollowUp.objects.exists()
    due = datetime.date.today() + datetime.timedelta(days=9 * 365)
    assert client.post(url, {"kind": "後日報告", "text": "仕様書を提出する", "due_date": due.isoformat()}).status_code == 302


def test_department_staff_cannot_record_turns(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    login(client, w.member_user)
    response = client.post(reverse("meetings:turns", args=[meeting.pk]), {"speaker": "member", "text": "x"})
    assert response.status_code == 403
    assert not Turn.objects.exists()


def test_follow_up_board_and_response(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    today = datetime.date.today()
    Meeting.objects.filter(pk=meeting.pk).update(date=today - datetime.timedelta(days=7))  # decided a week ago
    late = actions.add_follow_up(decision, kind="後日報告", text="遅れている報告", due_date=today - datetime.timedelta(days=3))
    soon = actions.add_follow_up(decision, kind="資料提出", text="もうすぐの提出", due_date=today + datetime.timedelta(days=5))
    other = actions.add_follow_up(decision, kind="後日報告", text="こども家庭課の報告", department=w.dept_b,
                                  due_date=today + datetime.timedelta(days=60))
    login(client, w.secretariat)
    html = client.get(reverse("meetings:followups")).content.decode()
    for text in ("遅れている報告", "もうすぐの提出", "こども家庭課の報告", "期限超過", "まもなく期限"):
        assert text in html
    login(client, w.dept_b_user)
    html = client.get(reverse("meetings:followups")).content.decode()
    assert "こども家庭課の報告" in html and "遅れている報告" not in html
    assert client.get(reverse("meetings:followup", args=[late.pk])).status_code == 404
    assert client.post(reverse("meetings:followup", args=[late.pk]), {"response": "x"}).status_code == 404
    login(client, w.dept_a_user)
    bad = client.post(reverse("meetings:followup", args=[late.pk]), {"action": "respond", "response": "",
                                                                    "version": late.version})
    assert bad.status_code == 400 and "error-text" in bad.content.decode()
    assert client.post(reverse("meetings:followup", args=[late.pk]),
                       {"action": "respond", "response": "報告しました", "version": late.version}).status_code == 302
    assert client.post(reverse("meetings:followup", args=[late.pk]), {"action": "close"}).status_code == 403
    login(client, w.secretariat)
    assert client.post(reverse("meetings:followup", args=[late.pk]), {"action": "close"}).status_code == 302
    late.refresh_from_db()
    assert late.status == FollowUp.Status.CLOSED
    assert "変更履歴" in client.get(reverse("meetings:followup", args=[late.pk])).content.decode()
    assert soon and other


def test_only_the_secretariat_reopens_a_closed_follow_up_and_says_why(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="受付件数を報告する")
    actions.respond_follow_up(follow_up, response="集計中です。")
    actions.close_follow_up(follow_up, on=datetime.date.today())
    url = reverse("meetings:followup", args=[follow_up.pk])
    login(client, w.dept_a_user)
    assert "再開する" not in client.get(url).content.decode()
    assert client.post(url, {"action": "reopen", "reason": "担当課から"}).status_code == 403
    login(client, w.secretariat)
    assert "誤って完了にした項目を再開する" in client.get(url).content.decode()
    assert client.post(url, {"action": "reopen", "reason": ""}).status_code == 400
    follow_up.refresh_from_db()
    assert follow_up.status == FollowUp.Status.CLOSED
    assert client.post(url, {"action": "reopen", "reason": "件数が集計中のままだった"}).status_code == 302
    page = client.get(url).content.decode()
    assert "件数が集計中のままだった" in page and "確認して完了にする" in page
    again = client.post(url, {"action": "reopen", "reason": "二度目"})
    assert again.status_code == 400 and "完了していない項目は再開できません" in again.content.decode()


def test_a_member_opens_a_follow_up_from_the_meeting_and_returns_to_it(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="受付件数を報告する")
    login(client, w.member_user)
    assert client.get(reverse("meetings:followups")).status_code == 403
    page = client.get(reverse("meetings:followup", args=[follow_up.pk])).content.decode()
    assert f'href="{reverse("meetings:detail", args=[meeting.pk])}"' in page
    assert f'href="{reverse("meetings:followups")}"' not in page.split("<main", 1)[-1]


def test_answer_is_drafted_and_issued(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    Case.objects.filter(pk=case.pk).update(title="住民票の写しのコンビニ交付について")
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", by=w.secretariat)
    actions.add_follow_up(decision, kind="意見", text="利用者に周知すること。")
    actions.add_follow_up(decision, kind="条件", text="年1回報告すること。")
    login(client, w.secretariat)
    page = client.get(reverse("meetings:answer_new") + f"?case={case.pk}").content.decode()
    assert "住民票の写しのコンビニ交付について、下記の条件を付して承認とする。" in page and "についてについて" not in page
    assert "利用者に周知すること。</textarea>" in page  # the opinion, unnumbered; the condition is not an opinion
    response = client.post(reverse("meetings:answer_new"), {
        "cases": [case.pk], "addressee": "みなみ市長 南山一郎", "conclusion": "承認する。", "opinions": ""})
    assert response.status_code == 302
    answer_url = response["Location"]
    edited = client.post(answer_url, {"action": "edit", "addressee": "みなみ市長 南山一郎", "conclusion": "承認とする。",
                                      "opinions": "1. 周知すること。\n\n2. 報告すること。", "number": ""})
    assert edited.status_code == 302
    page = client.get(answer_url).content.decode()
    # The page lists the 附帯意見 as the 答申書 prints them: the meeting's 意見 follows, marked as such.
    assert ('<ol class="opinions"><li>周知すること。</li><li>報告すること。</li><li>利用者に周知すること。 '
            '<span class="muted small">(会議の「意見」から)</span></li></ol>') in page
    assert "結論 → 「承認とする。」" in page  # the edit is in the history
    bad = client.post(answer_url, {"action": "issue", "date": ""})
    assert bad.status_code == 400
    future = datetime.date.today() + datetime.timedelta(days=3)
    refused = client.post(answer_url, {"action": "issue", "date": future.isoformat(), "meeting": meeting.pk})
    assert refused.status_code == 400 and "答申日に未来の日付" in refused.content.decode()
    assert client.post(answer_url, {"action": "issue", "date": meeting.date.isoformat(), "meeting": meeting.pk}).status_code == 302
    case.refresh_from_db()
    assert case.status == Case.Status.ANSWERED
    login(client, w.other_secretariat)
    assert client.get(answer_url).status_code == 404


def test_meeting_page_query_count_is_flat(client, web_world, django_assert_max_num_queries):
    w = web_world
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    for n in range(5):
        actions.add_follow_up(decision, kind="後日報告", text=f"報告{n}")
    for n in range(6):
        extra = accepted_case(w, title=f"追加案件{n}")
        actions.schedule_case(extra, meeting)
    for n in range(40):
        actions.record_turn(meeting, speaker_label="委員", role="member", text=f"発言{n}", agenda_item=item)
    login(client, w.secretariat)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("meetings:detail", args=[meeting.pk]))
    assert response.status_code == 200 and "追加案件5" in response.content.decode()


def test_ics_feed_hides_closed_meetings_and_titles(client, web_world):
    w = web_world
    day = datetime.date.today() + datetime.timedelta(days=20)
    public = actions.plan_meeting(w.council, date=day, start_time=datetime.time(13, 30), place="第1会議室")
    actions.schedule_case(accepted_case(w, title="公開で審議する案件"), public)
    actions.schedule_case(accepted_case(w, title="秘密の案件名"), public, is_public=False, closed_reason="個人情報")
    closed = actions.plan_meeting(w.council, date=day + datetime.timedelta(days=30), is_public=False,
                                  closed_reason="個別の事案を審議するため")
    url = reverse("portal:council_calendar", args=[w.council.slug])
    body = client.get(url)
    assert body["Content-Type"].startswith("text/calendar")
    text = body.content.decode()
    assert text.count("BEGIN:VEVENT") == 1
    assert "公開で審議する案件" in text.replace("\r\n ", "") and "秘密の案件名" not in text.replace("\r\n ", "")
    assert "DTSTART:" in text and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    # The staff feed, with the closed meeting, is the council's own: anyone else is sent to the public one.
    work_url = reverse("meetings:calendar", args=[w.council.slug])
    assert client.get(work_url)["Location"] == url
    login(client, w.secretariat)
    text = client.get(work_url).content.decode().replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == 2 and "秘密の案件名" not in text
    assert closed.pk


def test_agenda_item_kind_procedural_has_no_decision_form(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    actions.add_procedural_item(meeting, AgendaItem.Procedure.CLOSING)
    html = login(client, w.secretariat).get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert html.count("決定を記録する</summary>") == 1


def test_secretariat_puts_its_own_report_on_the_agenda(client, web_world):
    w = web_world
    meeting, item, _ = scheduled_meeting(w)
    login(client, w.secretariat)
    url = reverse("meetings:agenda_add", args=[meeting.pk])
    response = client.post(url, {"what": "item", "other-kind": "その他", "other-title": "令和6年度 運用状況の報告",
                                 "other-is_public": "on"}, follow=True)
    assert "次第に追加しました" in response.content.decode()
    added = meeting.items.get(title="令和6年度 運用状況の報告")
    assert added.kind == AgendaItem.Kind.OTHER and added.case is None and added.order == item.order + 1
    response = client.post(url, {"what": "item", "other-kind": "諮問", "other-title": "案件でない諮問"})
    assert response.status_code == 400 and "報告・その他の議題の入力内容に誤りがあります" in response.content.decode()
    assert not meeting.items.filter(title="案件でない諮問").exists()


def test_each_item_has_its_own_decision_form_ids(client, web_world):
    """Two undecided items: each label points at a field of its own item, never at the first item's."""
    w = web_world
    meeting, first, _ = held_meeting(w)
    second = actions.add_item(meeting, kind=AgendaItem.Kind.REPORT, title="事務局からの報告")
    login(client, w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    for item in (first, second):
        assert f'id="id_outcome_{item.pk}"' in page and f'for="id_outcome_{item.pk}"' in page
    assert 'id="id_outcome"' not in page


def test_meeting_page_links_each_item_to_its_own_case_follow_ups_and_forms(web_world, client):
    """The items' links are built once for the whole agenda: each still points at its own case, its own
    follow-up and its own item's forms."""
    meeting, first, case = held_meeting(web_world)
    other = accepted_case(web_world, title="図書館の利用者管理システム")
    second = actions.schedule_case(other, meeting, by=web_world.secretariat)
    decision = actions.record_decision(second, outcome="承認", vote_method="挙手全員", wording="承認する。")
    follow_up = actions.add_follow_up(decision, kind="資料提出", text="事業者一覧を提出すること",
                                      due_date=datetime.date(2030, 1, 1))
    client.force_login(web_world.secretariat)
    page = client.get(f"/work/meetings/m/{meeting.pk}/").content.decode()
    for item, item_case in ((first, case), (second, other)):
        assert f'href="{reverse("cases:detail", args=[item_case.pk])}"' in page
    assert f'href="{reverse("meetings:followup", args=[follow_up.pk])}"' in page
    assert f'action="{reverse("meetings:decision", args=[meeting.pk, first.pk])}"' in page
    assert f'action="{reverse("meetings:follow_up_add", args=[meeting.pk, second.pk])}"' in page
    assert f'action="{reverse("meetings:agenda_item_edit", args=[meeting.pk, second.pk])}"' in page


def test_the_opening_form_of_a_meeting_before_its_date_says_it_cannot_open_yet(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w)  # ten days ahead
    login(client, w.secretariat)
    page = client.get(reverse("meetings:open", args=[meeting.pk])).content.decode()
    assert 'id="too-early"' in page and "より前には開会できません" in page
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {
        "present": [p.pk for p in w.people], "secretariat": [w.secretariat_staff.pk], "observers": "0"})
    assert response.status_code == 400 and "より前には開会できません" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).state == Meeting.State.PLANNED


def test_opening_a_cancelled_meeting_on_the_web_says_it_was_cancelled(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=today())
    actions.cancel_meeting(meeting)
    login(client, w.secretariat)
    response = client.get(reverse("meetings:open", args=[meeting.pk]), follow=True)
    page = response.content.decode()
    assert "中止されているため開会できません" in page and "すでに開会しています" not in page


def test_a_separator_line_among_other_attendees_is_no_one(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w, date=today())
    login(client, w.secretariat)
    form = {"present": [p.pk for p in w.people], "secretariat": [w.secretariat_staff.pk], "observers": "0"}
    refused = client.post(reverse("meetings:open", args=[meeting.pk]), {**form, "others": "、株式会社みなみ情報"})
    assert refused.status_code == 400 and "氏名のない行があります" in refused.content.decode()
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {**form, "others": "、\n北 四郎、オブザーバー\n,"})
    assert response.status_code == 302
    assert list(meeting.attendances.filter(kind="other").values_list("name", "title")) == [("北 四郎", "オブザーバー")]


def test_closing_with_an_end_time_before_the_start_shows_the_error_at_the_field(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w)  # starts at 13:30
    login(client, w.secretariat)
    response = client.post(reverse("meetings:close", args=[meeting.pk]), {"end_time": "08:00"})
    page = response.content.decode()
    assert response.status_code == 400
    field = page.split('id="field-end_time"', 1)[1].split("</div>", 1)[0]
    assert "終了時刻は開始時刻 (13:30) より後にしてください" in field and 'value="08:00"' in field
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.OPEN and meeting.end_time is None


def test_a_case_with_a_draft_answer_is_not_offered_for_a_second_one(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    login(client, w.secretariat)
    form = {"cases": [case.pk], "addressee": "みなみ市長", "conclusion": "A案", "opinions": ""}
    assert client.post(reverse("meetings:answer_new"), form).status_code == 302
    again = client.post(reverse("meetings:answer_new"), {**form, "conclusion": "B案"})
    assert again.status_code == 400
    assert actions.Answer.objects.count() == 1
    assert f'value="{case.pk}"' not in client.get(reverse("meetings:answer_new")).content.decode()


def test_planning_a_past_day_or_a_second_meeting_on_one_day_is_said_plainly(client, web_world):
    w = web_world
    login(client, w.secretariat)
    past = datetime.date.today() - datetime.timedelta(days=20)
    typed = f"{past.year}-{past.month:02d}-{past.day:02d}"
    body = client.post(reverse("meetings:new"), {"council": w.council.pk, "date": typed, "start_time": "14:00",
                                                 "is_public": "on"}, follow=True).content.decode()
    assert "は過ぎています。開催後の記録として予定しました" in body
    body = client.post(reverse("meetings:new"), {"council": w.council.pk, "date": typed, "start_time": "14:00",
                                                 "is_public": "on"}, follow=True).content.decode()
    assert "同じ日 14:00に" in body and "が予定されています" in body


def test_departments_reporting_register_items_are_offered_as_explaining_staff(client, web_world):
    """Only the cases' departments were offered as 説明員: the department reporting an incident or an audit
    finding on the agenda could be recorded only as an outsider (その他の出席者)."""
    from shingikai.registers import actions as registers

    w = web_world
    meeting = actions.plan_meeting(w.council, date=today(), start_time=datetime.time(14, 0), place="第1会議室")
    incident = registers.record_incident(w.dept_b, title="通知書の誤送付", discovered_on=today(), what_leaked="氏名",
                                         whose="市民", people_count=3)
    item = registers.report_incident(incident, meeting).agenda_item
    login(client, w.secretariat)
    page = client.get(reverse("meetings:open", args=[meeting.pk])).content.decode()
    assert "子供 次郎" in page and "市民 太郎" not in page
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {
        "present": [p.pk for p in w.people], "secretariat": [w.secretariat_staff.pk],
        "department_staff": [w.dept_b_staff.pk], "observers": "0"})
    assert response.status_code == 302
    row = meeting.attendances.get(kind="department")
    assert row.staff == w.dept_b_staff and row.agenda_item == item


def test_a_departments_explaining_staff_attend_for_each_of_its_items_and_a_public_copy_keeps_the_closed_one_out(
        client, web_world):
    """The opening recorded a department's 説明員 against its first item only: the minutes printed 「（議題1）」
    where the department explained items 1 and 2."""
    from django.contrib.auth.models import AnonymousUser

    from helpers import document_text
    from shingikai.access import DocumentReading
    from shingikai.documents.context.minutes_record import MeetingRecord
    from shingikai.documents.render import render

    w = web_world
    meeting, first, _ = scheduled_meeting(w, date=today())
    closed_case = accepted_case(w, title="児童相談記録の外部保管")
    second = actions.schedule_case(closed_case, meeting, is_public=False, closed_reason="個人が特定されるため",
                                   by=w.secretariat)
    numbers = {item.pk: n for n, item in enumerate(meeting.items.order_by("order"), 1)}
    both = f"（議題{numbers[first.pk]}・{numbers[second.pk]}）"
    login(client, w.secretariat)
    response = client.post(reverse("meetings:open", args=[meeting.pk]), {
        "present": [p.pk for p in w.people], "secretariat": [w.secretariat_staff.pk],
        "department_staff": [w.dept_a_staff.pk], "observers": "0", "is_public": "on"})
    assert response.status_code == 302
    rows = meeting.attendances.filter(kind="department", staff=w.dept_a_staff)
    assert {row.agenda_item_id for row in rows} == {first.pk, second.pk}
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert both in page and page.count(w.dept_a_staff.name) == 1
    # Offered once as a speaker, though attending for two items.
    turns_page = client.get(reverse("meetings:turns", args=[meeting.pk])).content.decode()
    assert turns_page.count(f'value="s{w.dept_a_staff.pk}"') == 1
    actions.close_meeting(meeting, end_time=datetime.time(15, 0))
    for fmt in ("pdf", "docx"):
        full = document_text(render("minutes", meeting.pk, fmt))
        assert both in full
    # The public copy's header (printed once the minutes are published) names the public item only.
    public = "".join(MeetingRecord(meeting, reading=DocumentReading(AnonymousUser(), full=False)).department_lines())
    assert f"（議題{numbers[first.pk]}）" in public and both not in public
    assert closed_case.title not in public and "非公開の議題に係る説明員は掲載していません" in public
