"""How an appeal ends other than by a 答申 followed by a 裁決: ruled without a 諮問 where the law needs none (a late
appeal 却下, one granted in full), answered 却下 by the 審査会, or withdrawn by the appellant (with its date; its
case leaves the agenda of a meeting not yet held; the yearly report counts it)."""
import datetime

import pytest
from disclosure_helpers import answered_appeal, decided_request, deliberate
from django.urls import reverse

from shingikai.cases.actions import withdraw_case
from shingikai.cases.models import Case
from shingikai.disclosure import actions, report
from shingikai.disclosure.models import Appeal
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import plan_meeting, schedule_case

D = datetime.date
PURPORT = "本件処分を取り消し、全部を開示するとの裁決を求める。"


def late_appeal(world):
    """Decided and learned 2024-06-28; filed 2024-10-20, after the 3-month window."""
    appeal = actions.file_appeal(decided_request(world, decision="存否応答拒否", grounds=[("条例第7条第2号", "個人に関する情報")]),
                                 filed_on=D(2024, 10, 20), purport=PURPORT)
    assert appeal.filed_late
    return appeal


def referred(world, appeal=None, on=D(2024, 7, 24)):
    appeal = appeal or actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    return actions.refer_appeal(appeal, council=world.council, referred_on=on, notice_on=on,
                                examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")


def test_a_late_appeal_is_dismissed_without_a_referral_with_the_reason_none_is_needed(world):
    appeal = late_appeal(world)
    with pytest.raises(ActionRefused, match="諮問を要しない理由"):
        actions.rule_without_referral(appeal, ruled_on=D(2024, 11, 1), ruling="却下", reason=" ")
    with pytest.raises(ActionRefused, match="却下 .*認容"):
        actions.rule_without_referral(appeal, ruled_on=D(2024, 11, 1), ruling="棄却", reason="理由")
    with pytest.raises(ActionRefused, match="審査請求日より前"):
        actions.rule_without_referral(appeal, ruled_on=D(2024, 10, 1), ruling="却下", reason="期間経過")
    appeal = actions.rule_without_referral(appeal, ruled_on=D(2024, 11, 1), ruling="却下",
                                           reason="審査請求期間の経過後にされた不適法な審査請求であるため")
    assert (appeal.status, appeal.ruling, appeal.ruled_on) == (Appeal.Status.RULED, "却下", D(2024, 11, 1))
    assert appeal.case is None and appeal.followed_answer is None and not Case.objects.exists()
    assert appeal.no_referral_reason.startswith("審査請求期間の経過後")


def test_granting_in_full_without_a_referral_is_refused_when_a_third_party_objected(world):
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                     documents="委託契約書", requester_category="市内", date_confirmed=True)
    opinion = actions.ask_third_party(request, third_party="株式会社みなみ", asked_on=D(2024, 6, 10))
    actions.record_third_party_opinion(opinion, answered_on=D(2024, 6, 20), objects_to_disclosure=True)
    request = actions.decide_request(request, decision="不開示", decided_on=D(2024, 6, 28),
                                     grounds=[("条例第7条第3号", "法人等情報")])
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), purport=PURPORT)
    with pytest.raises(ActionRefused, match="第三者から開示に反対する意見書"):
        actions.rule_without_referral(appeal, ruled_on=D(2024, 7, 20), ruling="認容", reason="全部開示とするため")
    other = actions.file_appeal(decided_request(world, decision="不開示"), filed_on=D(2024, 7, 10), purport=PURPORT)
    other = actions.rule_without_referral(other, ruled_on=D(2024, 7, 20), ruling="認容",
                                          reason="審査請求の全部を認容し、全部を開示するため")
    assert other.status == Appeal.Status.RULED and other.ruling == "認容"


def test_a_referred_appeal_cannot_be_ruled_on_without_its_answer(world):
    appeal = referred(world)
    with pytest.raises(ActionRefused):
        actions.rule_without_referral(appeal, ruled_on=D(2024, 8, 1), ruling="却下", reason="不適法")


def test_the_council_answers_an_unlawful_appeal_rejected_without_judging_each_ground(world):
    appeal = referred(world, late_appeal(world), on=D(2024, 10, 25))
    meeting = deliberate(world, appeal, D(2024, 11, 1), "答申予定")
    appeal = actions.draft_appeal_answer(
        appeal, outcome="却下", conclusion="本件審査請求は、却下すべきである。",
        judgment="本件審査請求は、審査請求期間の経過後にされたものであり、不適法である。")
    assert appeal.outcome == "却下" and not appeal.judgments.exists()
    assert appeal.outcome_label == "却下 (審査請求は不適法)"
    appeal = actions.issue_appeal_answer(appeal, answered_on=meeting.date, meeting=meeting)
    appeal = actions.rule_on_appeal(appeal, ruled_on=D(2024, 11, 5), ruling="却下")
    assert appeal.followed_answer is True


def test_the_answer_form_offers_rejection_and_needs_no_finding_for_it(client, world):
    appeal = referred(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "却下 (審査請求は不適法)" in page
    seen = page.split('name="seen" value="', 1)[1].split('"', 1)[0]
    url = reverse("disclosure:appeal_step", args=[appeal.pk, "draft"])
    form = {"draft-outcome": "妥当", "draft-conclusion": "妥当である。", "draft-judgment": "判断。", "seen": seen}
    response = client.post(url, form)  # 妥当 still needs the finding per ground
    assert response.status_code == 400
    response = client.post(url, {**form, "draft-outcome": "却下", "draft-conclusion": "却下すべきである。"})
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.outcome == "却下"


def test_the_appeal_page_rules_a_late_appeal_without_a_referral(client, world):
    appeal = late_appeal(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "諮問をせずに裁決する" in page and "不適法な審査請求であるため" in page  # the late appeal's reason offered
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "direct"]), {
        "direct-ruling": "却下", "direct-ruled_on": "令和6年11月1日",
        "direct-reason": "審査請求期間の経過後にされた不適法な審査請求であるため"}, follow=True)
    body = response.content.decode()
    assert response.status_code == 200 and "諮問をせずに裁決" in body and "令和6年11月1日" in body
    assert Appeal.objects.get(pk=appeal.pk).status == Appeal.Status.RULED
    # Another city's secretariat cannot.
    other = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    client.force_login(world.other_secretariat)
    response = client.post(reverse("disclosure:appeal_step", args=[other.pk, "direct"]), {
        "direct-ruling": "却下", "direct-ruled_on": "令和6年11月1日", "direct-reason": "不適法"})
    assert response.status_code in (403, 404) and Appeal.objects.get(pk=other.pk).status == Appeal.Status.FILED


def test_a_withdrawal_is_recorded_with_its_date_and_takes_the_case_off_a_coming_agenda(world):
    appeal = referred(world)
    held = deliberate(world, appeal, D(2024, 8, 20), "継続審議")
    coming = plan_meeting(world.council, date=D(2024, 9, 20), is_public=False, closed_reason="審査請求の調査審議のため")
    schedule_case(appeal.case, coming)
    with pytest.raises(ActionRefused, match="取下げ日"):
        actions.withdraw_appeal(appeal, on=None)
    with pytest.raises(ActionRefused, match="諮問日"):
        actions.withdraw_appeal(appeal, on=D(2024, 7, 20))
    appeal = actions.withdraw_appeal(appeal, on=D(2024, 9, 2))
    assert (appeal.status, appeal.withdrawn_on) == (Appeal.Status.WITHDRAWN, D(2024, 9, 2))
    case = Case.objects.get(pk=appeal.case_id)
    assert case.status == Case.Status.WITHDRAWN and "審査請求の取下げ" in case.withdraw_reason
    assert not coming.items.filter(case=case).exists()
    assert held.items.filter(case=case).exists()  # the meeting held keeps its record
    with pytest.raises(ActionRefused):
        actions.withdraw_appeal(appeal, on=D(2024, 9, 3))


def test_a_withdrawal_is_not_dated_before_a_step_already_recorded(world):
    appeal = referred(world)
    actions.record_appeal_event(appeal, kind="口頭意見陳述", on=D(2024, 9, 20), submitted_by="審査請求人")
    with pytest.raises(ActionRefused, match="取下げ日.*口頭意見陳述"):
        actions.withdraw_appeal(appeal, on=D(2024, 8, 1))
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.REFERRED and appeal.withdrawn_on is None
    assert actions.withdraw_appeal(appeal, on=D(2024, 9, 20)).status == Appeal.Status.WITHDRAWN


def test_a_withdrawal_after_the_council_decided_to_answer_closes_the_case(world):
    appeal = referred(world)
    deliberate(world, appeal, D(2024, 8, 20), "答申予定")
    appeal = actions.withdraw_appeal(appeal, on=D(2024, 8, 25))
    assert Case.objects.get(pk=appeal.case_id).status == Case.Status.WITHDRAWN
    with pytest.raises(ActionRefused):
        actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当", judgment="判断")


def test_an_appeal_answered_but_not_yet_ruled_on_can_still_be_withdrawn(client, world):
    """行政不服審査法第27条: until the 裁決. The 答申 stays given, and publishable; no 裁決 is awaited any more."""
    appeal = answered_appeal(world, decided_request(world))  # 答申 令和6年9月18日
    client.force_login(world.secretariat)
    url = reverse("disclosure:appeal", args=[appeal.pk])
    assert "審査請求の取下げを記録する" in client.get(url).content.decode()
    with pytest.raises(ActionRefused, match="答申日"):
        actions.withdraw_appeal(appeal, on=D(2024, 9, 10))
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "withdraw"]),
                           {"withdraw-on": "令和6年10月1日"})
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert (appeal.status, appeal.withdrawn_on, appeal.answer_number) == (Appeal.Status.WITHDRAWN, D(2024, 10, 1), "答申第1号")
    assert Case.objects.get(pk=appeal.case_id).status == Case.Status.ANSWERED
    with pytest.raises(ActionRefused):
        actions.rule_on_appeal(appeal, ruled_on=D(2024, 10, 2), ruling="一部認容")
    assert actions.publish_appeal_answer(appeal, checked_withheld=True).answer_published
    figures = report.operations_report(world.city, 2024)["appeals"]
    assert (figures["withdrawn"], figures["rulings"], figures["pending"]) == (1, 0, 0)


def test_the_appeal_page_records_a_withdrawal_with_its_date(client, world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    client.force_login(world.secretariat)
    assert "審査請求の取下げを記録する" in client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    url = reverse("disclosure:appeal_step", args=[appeal.pk, "withdraw"])
    assert client.post(url, {}).status_code == 400
    response = client.post(url, {"withdraw-on": "令和6年7月30日"}, follow=True)
    assert "取下げ" in response.content.decode() and "令和6年7月30日" in response.content.decode()
    appeal.refresh_from_db()
    assert (appeal.status, appeal.withdrawn_on) == (Appeal.Status.WITHDRAWN, D(2024, 7, 30))


def test_the_yearly_report_counts_withdrawals_and_rulings_without_a_referral(world):
    actions.withdraw_appeal(referred(world), on=D(2024, 8, 1))
    actions.rule_without_referral(late_appeal(world), ruled_on=D(2024, 11, 1), ruling="却下", reason="期間経過")
    figures = report.operations_report(world.city, 2024)["appeals"]
    assert (figures["filed"], figures["withdrawn"], figures["ruled_without_referral"], figures["rulings"],
            figures["pending"]) == (2, 1, 1, 1, 0)
    csv_text = report.to_csv(report.operations_report(world.city, 2024)).decode("utf-8-sig")
    assert "取下げ,1" in csv_text and "諮問を要しない裁決,1" in csv_text


@pytest.mark.parametrize("who", ["dept_a_user", "secretariat"])
def test_an_appeals_case_is_not_withdrawn_on_its_own_but_through_the_appeals_withdrawal(client, world, who):
    """Only the appellant withdraws a 審査請求: withdrawing its case from the case page would leave the appeal
    referred (on the register, the report and the department's deadlines) with nothing left to answer."""
    appeal = referred(world)
    deliberate(world, appeal, D(2024, 8, 20), "継続審議")
    with pytest.raises(ActionRefused, match="審査請求の取下げ"):
        withdraw_case(appeal.case, reason="事業見直しのため", by=getattr(world, who))
    client.force_login(getattr(world, who))
    page = client.get(reverse("cases:detail", args=[appeal.case_id])).content.decode()
    assert reverse("cases:withdraw", args=[appeal.case_id]) not in page
    response = client.post(reverse("cases:withdraw", args=[appeal.case_id]), {"reason": "事業見直しのため"})
    assert 400 <= response.status_code < 500 and "審査請求の取下げ" in response.content.decode()
    assert Case.objects.get(pk=appeal.case_id).status == Case.Status.CONTINUED
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.REFERRED


def test_a_late_appeals_page_gives_the_window_with_its_last_day_and_offers_it_as_the_reason(world, client):
    appeal = late_appeal(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    window = "審査請求期間 (決定を知った日の翌日から3か月、令和6年9月30日まで)"
    assert f"{window} を過ぎてからの審査請求です" in page
    assert f"{window} の経過後にされた不適法な審査請求であるため" in page
