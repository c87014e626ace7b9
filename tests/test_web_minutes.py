"""Minutes in the browser: drafted from the record, edit conflicts, confirmation, amendment."""
import datetime
import html

import pytest
from django.urls import reverse
from django.utils import timezone

from shingikai.councils.models import Council
from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions
from shingikai.minutes import actions as minutes_actions
from shingikai.minutes.models import Minutes
from test_web_support import held_meeting, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def closed_minutes(w):
    meeting, item, case = held_meeting(w)
    actions.record_turn(meeting, speaker_label=w.people[2].name, role="member", person=w.people[2],
                        text="保存期間は何年か。", agenda_item=item)
    actions.record_turn(meeting, speaker_label="市民課", role="department", text="5年です。", agenda_item=item)
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員", wording="承認する。")
    actions.add_follow_up(decision, kind="条件", text="SMS は送らない")
    actions.close_meeting(meeting, end_time=datetime.time(15, 0))
    return Minutes.objects.get(meeting=meeting)


def test_other_council_secretariat_gets_404_for_minutes(client, web_world):
    minutes = closed_minutes(web_world)
    login(client, web_world.other_secretariat)
    assert client.get(reverse("minutes:detail", args=[minutes.pk])).status_code == 404
    assert client.post(reverse("minutes:edit", args=[minutes.pk]), {"summary": "x", "version": 1}).status_code == 404
    login(client, web_world.dept_a_user)
    assert client.get(reverse("minutes:detail", args=[minutes.pk])).status_code == 404


def test_member_reads_but_cannot_edit(client, web_world):
    minutes = closed_minutes(web_world)
    login(client, web_world.member_user)
    assert client.get(reverse("minutes:detail", args=[minutes.pk])).status_code == 200
    assert client.post(reverse("minutes:edit", args=[minutes.pk]), {"summary": "x", "version": 1}).status_code == 403


def test_minutes_drafted_from_record_with_name_policy(client, web_world):
    w = web_world
    Council.objects.filter(pk=w.council.pk).update(name_policy=Council.NamePolicy.LETTER)
    minutes = closed_minutes(w)
    html = login(client, w.secretariat).get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "会議の記録 (出席・決定・条件) から作成した下書き" in html
    assert "結論: 条件付き承認" in html and "条件: SMS は送らない" in html
    assert "A委員" in html and "上田 三恵 委員" not in html


def test_minutes_edit_conflict_keeps_both_texts(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    version = minutes.version
    minutes_actions.edit_minutes(minutes, summary="同僚が先に保存した概要", expected_version=version)
    response = login(client, w.secretariat).post(reverse("minutes:edit", args=[minutes.pk]),
                                                 {"summary": "私が書いた概要", "version": version})
    assert response.status_code == 409
    html = response.content.decode()
    assert "他の人が先に保存しました" in html and "概要・結論" in html
    assert "私が書いた概要" in html and "同僚が先に保存した概要" in html
    minutes.refresh_from_db()
    assert minutes.summary == "同僚が先に保存した概要"


def test_confirm_publish_and_amend(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    login(client, w.secretariat)
    client.post(reverse("minutes:edit", args=[minutes.pk]), {"summary": "概要です", "version": minutes.version})
    bad = client.post(reverse("minutes:signers", args=[minutes.pk]), {})
    assert bad.status_code == 400 and "署名委員を1人以上選んでください" in bad.content.decode()
    assert client.post(reverse("minutes:signers", args=[minutes.pk]), {"signers": [w.people[3].pk]}).status_code == 302
    bad = client.post(reverse("minutes:confirm", args=[minutes.pk]), {"how": "meeting", "on": "2027-01-01"})
    assert bad.status_code == 400
    assert "確定した会議を選んでください" in bad.content.decode().split('id="field-at_meeting"')[1].split("</div>")[0]
    today = timezone.localdate()
    future = client.post(reverse("minutes:confirm", args=[minutes.pk]),
                         {"how": "circulation",
                          "open_checks_acknowledged": "on", "on": (today + datetime.timedelta(days=5)).isoformat()})
    assert future.status_code == 400 and "確定日に未来の日付" in future.content.decode()
    assert client.post(reverse("minutes:confirm", args=[minutes.pk]),
                       {"how": "circulation",
                        "open_checks_acknowledged": "on", "on": to_wareki(today)}).status_code == 302
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.CONFIRMED and minutes.confirmed_on == today
    # Confirmed minutes are not edited, only amended with a reason.
    refused = client.post(reverse("minutes:edit", args=[minutes.pk]), {"summary": "黙って直す", "version": minutes.version})
    assert refused.status_code == 400 and "確定した会議録は編集できません" in refused.content.decode()
    no_reason = client.post(reverse("minutes:amend", args=[minutes.pk]), {"target": "summary", "after": "直した", "reason": ""})
    assert no_reason.status_code == 400
    assert client.post(reverse("minutes:amend", args=[minutes.pk]),
                       {"target": "summary", "after": "概要 (訂正)", "reason": "誤字"}).status_code == 302
    # the member who signs signs their own line only
    login(client, w.member_user)
    assert client.post(reverse("minutes:sign", args=[minutes.pk, w.people[3].pk]),
                       {"on": today.isoformat()}).status_code == 403
    login(client, w.secretariat)
    assert client.post(reverse("minutes:sign", args=[minutes.pk, w.people[3].pk]),
                       {"on": today.isoformat()}).status_code == 302
    unsigned = client.post(reverse("minutes:publish", args=[minutes.pk]), {"on": today.isoformat()})
    assert unsigned.status_code == 400 and "署名 1 / 2 人、未署名: 青木 一郎" in unsigned.content.decode()
    assert client.post(reverse("minutes:sign", args=[minutes.pk, w.people[0].pk]),
                       {"on": today.isoformat()}).status_code == 302
    assert client.post(reverse("minutes:publish", args=[minutes.pk]), {"on": today.isoformat()}).status_code == 302
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.PUBLISHED and minutes.summary == "概要 (訂正)"
    html = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "訂正の記録" in html and "誤字" in html and "変更履歴" in html


def test_confirming_keeps_the_drafted_summary_shown_on_the_screen(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    shown = page.split('name="summary"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]
    assert "結論: 条件付き承認" in shown and "下書きです" in page
    # The confirmation's fields and button belong to the summary's form, so the box is sent with them.
    confirm = page.split('id="confirm-form"', 1)[1].split("</div>\n</section>", 1)[0]
    assert 'form="summary-form"' in confirm and 'formaction="' + reverse("minutes:confirm", args=[minutes.pk]) in confirm
    assert 'id="summary-form"' in page
    assert client.post(reverse("minutes:confirm", args=[minutes.pk]), {
        "summary": html.unescape(shown), "version": minutes.version, "how": "circulation",
        "open_checks_acknowledged": "on", "on": timezone.localdate().isoformat()}).status_code == 302
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.CONFIRMED
    assert minutes.summary == html.unescape(shown).strip() and "条件: SMS は送らない" in minutes.summary


def test_a_refused_confirmation_keeps_the_typed_summary_unsaved(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    login(client, w.secretariat)
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), {
        "summary": "まだ保存していない概要", "version": minutes.version, "how": "circulation", "open_checks_acknowledged": "on",
        "on": (timezone.localdate() + datetime.timedelta(days=3)).isoformat()})
    assert response.status_code == 400 and "まだ保存していない概要</textarea>" in response.content.decode()
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.DRAFT and minutes.summary == ""
    minutes_actions.edit_minutes(minutes, summary="同僚の概要", expected_version=minutes.version)
    stale = client.post(reverse("minutes:confirm", args=[minutes.pk]), {
        "summary": "私の概要", "version": minutes.version - 1, "how": "circulation", "open_checks_acknowledged": "on",
        "on": timezone.localdate().isoformat()})
    assert stale.status_code == 409 and "同僚の概要" in stale.content.decode()
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.DRAFT and minutes.summary == "同僚の概要"


def test_the_drafted_summary_gives_follow_up_due_dates_in_wareki(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    decision = actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    actions.add_follow_up(decision, kind="後日報告", text="結果を報告する", due_date=datetime.date(2027, 2, 1))
    actions.close_meeting(meeting)
    page = login(client, w.secretariat).get(reverse("minutes:detail", args=[meeting.minutes.pk])).content.decode()
    assert "(期限 令和9年2月1日)" in page and "2027-02-01" not in page


def test_an_invalid_signature_date_is_shown_at_that_signers_box_only(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    minutes_actions.confirm_minutes(minutes, on=timezone.localdate(), by_circulation=True,
                                    open_checks_acknowledged=True)
    login(client, w.secretariat)
    response = client.post(reverse("minutes:sign", args=[minutes.pk, w.people[3].pk]), {"on": "令和8年2月30日"})
    assert response.status_code == 400
    signers = {s.person_id: s.pk for s in minutes.signers.all()}
    page = response.content.decode()
    bad = page.split(f'id="sign-on-{signers[w.people[3].pk]}_error"', 1)[1].split("</form>", 1)[0]
    assert 'value="令和8年2月30日"' in bad and 'aria-invalid="true"' in bad
    chair = page.split(f'for="sign-on-{signers[w.people[0].pk]}"', 1)[1].split("</form>", 1)[0]
    assert "error-text" not in chair and f'value="{to_wareki(timezone.localdate())}"' in chair
    assert not minutes.signers.filter(signed_on__isnull=False).exists()


def test_a_signature_recorded_by_mistake_is_taken_back_until_the_minutes_are_published(client, web_world):
    """The secretariat records the signatures from the signed paper: one put on the wrong line or with the wrong
    署名日 is taken back and recorded again, the history saying who took back which; once published, it stays."""
    w = web_world
    today = timezone.localdate()
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    minutes_actions.confirm_minutes(minutes, on=today, by_circulation=True, open_checks_acknowledged=True)
    minutes_actions.sign_minutes(minutes, w.people[3], on=today)
    withdraw = reverse("minutes:withdraw_signature", args=[minutes.pk, w.people[3].pk])
    login(client, w.member_user)
    assert client.post(withdraw).status_code == 403
    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert withdraw in page
    assert client.post(withdraw).status_code == 302
    assert not minutes.signers.filter(signed_on__isnull=False).exists()
    assert f"{w.people[3].name}の署名 ({to_wareki(today)}) の記録を取消し" in minutes.history.first().history_change_reason
    again = client.post(withdraw)
    assert again.status_code == 400 and "署名は記録されていません" in again.content.decode()
    for person in (w.people[3], w.people[0]):
        minutes_actions.sign_minutes(minutes, person, on=today)
    minutes_actions.publish_minutes(minutes, on=today)
    assert withdraw not in client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    refused = client.post(withdraw)
    assert refused.status_code == 400 and "公開 (完結) した会議録の署名は取り消せません" in refused.content.decode()
    assert minutes.signers.filter(signed_on=today).count() == 2


def test_the_secretariat_records_a_signer_who_cannot_sign_and_the_member_the_chair_named(client, web_world):
    """The 署名委員 fell ill after the minutes were confirmed: the secretariat records it on the minutes page with
    the reason and the member the 会長 named; the designated member's home no longer asks for the signature, the
    named member's does, and a refused form keeps what was typed."""
    w = web_world
    today = timezone.localdate()
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[1]])
    minutes_actions.confirm_minutes(minutes, on=today, by_circulation=True, open_checks_acknowledged=True)
    unable = reverse("minutes:replace_signer", args=[minutes.pk, w.people[1].pk])
    login(client, w.member_user)
    assert "の会議録</a> (議事録署名委員)" in client.get("/work/").content.decode()
    assert client.post(unable, {"reason": "病気療養中のため"}).status_code == 403

    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert f"{w.people[1].name} が署名できないとき" in page and unable in page
    refused = client.post(unable, {"reason": "", "substitute": w.people[3].pk})
    assert refused.status_code == 400 and "このフィールドは必須です" in refused.content.decode()
    response = client.post(unable, {"reason": "病気療養中のため", "substitute": w.people[3].pk}, follow=True)
    body = response.content.decode()
    assert f"{w.people[1].name} が署名できない旨を記録しました。{w.people[3].name} が代わりに署名します。" in body
    assert "署名できない (病気療養中のため)" in body and f"{w.people[1].name} 委員に代わり会長が指名" in body
    assert "会長の指名により" in minutes.history.first().history_change_reason

    login(client, w.member_user)
    assert "の会議録</a> (議事録署名委員)" not in client.get("/work/").content.decode()

    # Recorded on the wrong line: taken back, the member named instead no longer signs; then recorded again.
    login(client, w.secretariat)
    undo = reverse("minutes:undo_replace_signer", args=[minutes.pk, w.people[1].pk])
    assert client.post(undo).status_code == 302
    assert not minutes.signers.filter(person=w.people[3]).exists()
    assert minutes.signers.get(person=w.people[1]).unable_reason == ""
    assert "署名できない旨の記録を取消し" in minutes.history.first().history_change_reason
    again = client.post(undo)
    assert again.status_code == 400 and "署名できない旨は記録されていません" in again.content.decode()
    minutes_actions.replace_signer(minutes, w.people[1], reason="病気療養中のため", substitute=w.people[3])
    for person in (w.people[0], w.people[3]):
        minutes_actions.sign_minutes(minutes, person, on=today)
    with pytest.raises(minutes_actions.ActionRefused, match="すでに署名しています"):
        minutes_actions.undo_replace_signer(minutes, w.people[1])
    assert minutes_actions.publish_minutes(minutes, on=today).state == Minutes.State.PUBLISHED


def test_confirming_with_the_summary_box_emptied_asks_first_next_to_the_box(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    minutes = minutes_actions.edit_minutes(minutes, summary="保存した概要")
    login(client, w.secretariat)
    confirm = {"summary": "", "version": minutes.version, "how": "circulation",
               "open_checks_acknowledged": "on", "on": to_wareki(timezone.localdate())}
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), confirm)
    assert response.status_code == 400
    box = response.content.decode().split('id="field-summary"', 1)[1].split("</div>", 1)[0]
    assert "概要・結論が空です" in box and "</textarea>" in box and "保存した概要" not in box
    assert "概要・結論を空のまま確定する" in response.content.decode()
    minutes.refresh_from_db()
    assert (minutes.state, minutes.summary) == (Minutes.State.DRAFT, "保存した概要")
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), {**confirm, "without_summary": "on"})
    assert response.status_code == 302
    minutes.refresh_from_db()
    assert (minutes.state, minutes.summary) == (Minutes.State.CONFIRMED, "")


def test_the_signers_form_says_how_many_the_council_signs_with_and_refuses_another_number(client, web_world):
    w = web_world
    w.council.minutes_signer_count = 2
    w.council.save()
    minutes = closed_minutes(w)
    login(client, w.secretariat)
    assert "会長のほかに2人を選びます" in client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    refused = client.post(reverse("minutes:signers", args=[minutes.pk]), {"signers": [w.people[3].pk]})
    assert refused.status_code == 400 and "議事録署名委員は会長のほかに2人です" in refused.content.decode()
    assert not minutes.signers.exists()
    done = client.post(reverse("minutes:signers", args=[minutes.pk]), {"signers": [w.people[3].pk, w.people[2].pk]})
    assert done.status_code == 302 and minutes.signers.count() == 3


def test_minutes_of_a_closed_meeting_are_completed_not_published_and_the_public_is_told_so(client, web_world):
    """An 審査会's meeting is closed: its minutes were 「公開」 for the secretariat while the public page said
    「手続き中」 and the council's list 「準備中」 for ever. Their last step is 完結, and the public is told why
    there are no minutes."""
    w = web_world
    w.council.minutes_signed = False
    w.council.save()
    meeting = actions.plan_meeting(w.council, date=datetime.date.today() - datetime.timedelta(days=1),
                                   start_time=datetime.time(13, 30), place="第1会議室")
    actions.open_meeting(meeting, present=w.people, secretariat=[w.secretariat_staff], is_public=False)
    actions.close_meeting(meeting, end_time=datetime.time(15, 0))
    minutes = minutes_actions.confirm_minutes(Minutes.objects.get(meeting=meeting), by_circulation=True,
                                              open_checks_acknowledged=True,
                                              summary="非公開で審議した。")
    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "完結を記録する" in page and "公開する" not in page and "市民向けの画面に公表されません" in page
    response = client.post(reverse("minutes:publish", args=[minutes.pk]), {"on": to_wareki(timezone.localdate())},
                           follow=True)
    page = response.content.decode()
    assert "会議録を完結しました" in page and "完結 (非公開の会議)" in page and "会議録を公開しました" not in page
    assert "完結 (非公開の会議)" in client.get(reverse("minutes:list")).content.decode()
    client.logout()
    public = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "非公開の会議のため会議録は公開していません" in public and "手続き中" not in public
    council = client.get(f"/councils/{w.council.slug}/").content.decode()
    assert "非公開の会議のため公開していません" in council and "準備中" not in council
    assert client.get(f"/documents/minutes/{meeting.pk}.pdf").status_code in (302, 404)  # to sign in, not a PDF


def test_the_signers_choice_does_not_list_the_chair_who_signs_anyway(client, web_world):
    w = web_world
    minutes = closed_minutes(w)
    login(client, w.secretariat)
    offered = client.get(reverse("minutes:detail", args=[minutes.pk])).context["signers_form"].fields["signers"].queryset
    assert w.people[0] not in offered and w.people[3] in offered


def test_the_minutes_page_warns_of_a_conditional_approval_with_no_condition_and_refuses_to_confirm(client, web_world):
    w = web_world
    meeting, item, _ = held_meeting(w)
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    actions.close_meeting(meeting, end_time=datetime.time(15, 0))
    minutes = Minutes.objects.get(meeting=meeting)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    warning = page.split('id="missing-conditions"', 1)[1].split("</p>", 1)[0]
    assert f"議題{item.order}「{item.title}」（条件付き承認）に条件が記録されていません" in warning
    refused = client.post(reverse("minutes:confirm", args=[minutes.pk]), {
        "summary": "概要", "version": minutes.version, "how": "circulation", "open_checks_acknowledged": "on",
        "on": timezone.localdate().isoformat()})
    assert refused.status_code == 400 and "に条件が記録されていません" in refused.content.decode()
    minutes.refresh_from_db()
    assert minutes.state == Minutes.State.DRAFT
    actions.add_follow_up(decision, kind="条件", text="SMS は送らない")
    assert 'id="missing-conditions"' not in client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()


def test_confirming_at_a_later_meeting_with_the_form_as_shown_takes_that_meetings_day(client, web_world):
    """The date box came filled with today while the method offered first was a later meeting, whose day is the
    only date allowed: the secretariat who chose the meeting and left the box as shown was refused."""
    from test_web_support import scheduled_meeting

    w = web_world
    minutes = closed_minutes(w)
    minutes_actions.designate_signers(minutes, [w.people[3]])
    later, _, _ = scheduled_meeting(w, date=timezone.localdate())
    actions.open_meeting(later, present=w.people, secretariat=[w.secretariat_staff])
    login(client, w.secretariat)
    page = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    box = page.split('name="on"', 1)[1].split(">", 1)[0]
    assert 'value="' not in box or 'value=""' in box
    response = client.post(reverse("minutes:confirm", args=[minutes.pk]), {
        "summary": "概要です", "version": minutes.version, "how": "meeting", "at_meeting": later.pk, "on": ""})
    assert response.status_code == 302
    minutes.refresh_from_db()
    assert minutes.confirmed_at_meeting == later and minutes.confirmed_on == later.date


def test_the_missing_conditions_warning_reads_its_items_and_their_decisions_in_one_query(web_world,
                                                                                        django_assert_num_queries):
    meeting, item, _ = held_meeting(web_world)
    actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    with django_assert_num_queries(1):
        text = minutes_actions.missing_conditions_text(minutes_actions.items_missing_conditions(meeting))
    assert text == f"議題{item.order}「{item.title}」（条件付き承認）"
