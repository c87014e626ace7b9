"""Recording requests, extending, deciding, third-party opinions and disclosure: the rules each action keeps."""
import datetime

import pytest
from disclosure_helpers import decided_request

from shingikai.disclosure import actions
from shingikai.disclosure.models import DisclosureRequest, DisclosureRules
from shingikai.errors import ActionRefused

D = datetime.date


def new_request(world, kind="personal_disclosure", received_on=D(2024, 6, 3)):
    return actions.record_request(world.dept_a, kind=kind, received_on=received_on, documents="住民票の写しの交付記録",
                                  requester_category="市内" if kind == "public_document" else "本人",
                                  requester_name="本人 太郎", date_confirmed=True)


def test_recording_a_request_numbers_it_per_fiscal_year_and_sets_its_deadline(world):
    first = new_request(world)
    second = new_request(world, received_on=D(2024, 4, 3))
    assert (first.number, second.number) == ("2024-0001", "2024-0002")
    assert first.first_due == D(2024, 7, 3)
    assert second.first_due == D(2024, 5, 7)
    assert first.status == DisclosureRequest.Status.RECEIVED


def test_the_ten_thousandth_request_of_a_year_is_followed_by_the_next_not_a_number_in_use(world):
    """A large city passes 9999 requests in a year: 「2024-10000」 sorts before 「2024-9999」 as text, and the next
    request was given 「2024-10000」 again (the unique number refused it: a server error)."""
    first = new_request(world)
    DisclosureRequest.objects.filter(pk=first.pk).update(number="2024-9999")
    assert new_request(world).number == "2024-10000"
    assert new_request(world).number == "2024-10001"


def test_a_request_is_not_received_in_the_future(world):
    from helpers import today

    tomorrow = today() + datetime.timedelta(days=1)
    with pytest.raises(ActionRefused, match="請求日に未来の日付"):
        new_request(world, received_on=tomorrow)
    request = new_request(world)
    with pytest.raises(ActionRefused, match="請求日に未来の日付"):
        actions.correct_request(request, received_on=tomorrow)
    request.refresh_from_db()
    assert request.received_on == D(2024, 6, 3) and DisclosureRequest.objects.count() == 1


def test_a_citys_shortened_period_applies_to_new_requests(world):
    actions.set_rules(world.city, public_document_days=15)
    request = new_request(world, kind="public_document")
    assert request.first_due == D(2024, 6, 18)


@pytest.mark.parametrize("field, value", [
    ("personal_disclosure_days", 45), ("personal_disclosure_extension_days", 60), ("correction_days", 31),
    ("third_party_gap_days", 7), ("extra_closed_days", ["not-a-date"]),
])
def test_rules_cannot_lengthen_the_laws_periods(world, field, value):
    with pytest.raises(ActionRefused):
        actions.set_rules(world.city, **{field: value})
    assert not DisclosureRules.objects.exists()


def test_an_incomplete_request_is_refused_and_nothing_saved(world):
    with pytest.raises(ActionRefused):
        actions.record_request(world.dept_a, kind="personal_disclosure", received_on=D(2024, 6, 3), documents=" ",
                               requester_category="本人", date_confirmed=True)
    with pytest.raises(ActionRefused):
        actions.record_request(world.dept_a, kind="bogus", received_on=D(2024, 6, 3), documents="x",
                               requester_category="本人", date_confirmed=True)
    assert not DisclosureRequest.objects.exists()


def test_correcting_the_request_date_recomputes_the_deadline(world):
    request = new_request(world)
    request = actions.correct_request(request, received_on=D(2024, 4, 3), date_confirmed=True)
    assert request.first_due == D(2024, 5, 7)


def test_extension_is_at_most_thirty_days_with_a_reason_and_a_timely_notice(world):
    request = new_request(world)
    with pytest.raises(ActionRefused):
        actions.extend_deadline(request, days=31, reason="大量のため", notice_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused):
        actions.extend_deadline(request, days=30, reason="", notice_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused):  # the notice after the first period
        actions.extend_deadline(request, days=30, reason="大量のため", notice_on=D(2024, 7, 4))
    request = actions.extend_deadline(request, days=30, reason="対象文書が大量のため", notice_on=D(2024, 6, 20))
    assert request.extended_due == D(2024, 8, 2)
    assert request.due == D(2024, 8, 2)
    with pytest.raises(ActionRefused):  # only once
        actions.extend_deadline(request, days=5, reason="再延長", notice_on=D(2024, 6, 21))


def test_special_extension_needs_its_notice_within_the_first_period(world):
    request = new_request(world)
    with pytest.raises(ActionRefused):
        actions.extend_specially(request, reason="著しく大量", final_by=D(2024, 10, 31), notice_on=D(2024, 7, 4))
    with pytest.raises(ActionRefused):  # the remainder's date must lie beyond the 60 days
        actions.extend_specially(request, reason="著しく大量", final_by=D(2024, 8, 1), notice_on=D(2024, 6, 20))
    request = actions.extend_specially(request, reason="著しく大量", final_by=D(2024, 10, 31), notice_on=D(2024, 7, 3))
    assert request.special_portion_due == D(2024, 8, 2) and request.special_final_by == D(2024, 10, 31)
    assert request.due == D(2024, 8, 2)  # the 相当の部分 is due first; the rest's date once it is decided


@pytest.mark.parametrize("decision, grounds, status", [
    ("全部開示", [], "decided"),
    ("部分開示", [("条例第7条第2号", "個人に関する情報")], "decided"),
    ("不開示", [("条例第7条第5号", "審議・検討等情報")], "closed"),
    ("存否応答拒否", [("法第78条第1項第2号", "個人に関する情報")], "closed"),
    ("不存在", [], "closed"),
    ("却下", [], "closed"),
])
def test_each_decision_type_is_recorded_with_its_grounds(world, decision, grounds, status):
    request = new_request(world)
    request = actions.decide_request(request, decision=decision, decided_on=D(2024, 6, 20), grounds=grounds,
                                     withheld_summary="第三者の氏名" if decision == "部分開示" else "")
    assert (request.decision, request.status) == (decision, status)
    assert [(g.article, g.category) for g in request.grounds.all()] == grounds


@pytest.mark.parametrize("decision, grounds", [
    ("部分開示", []), ("不開示", []), ("存否応答拒否", []), ("全部開示", [("条例第7条第2号", "個人に関する情報")]),
    ("不開示", [("条例第7条第2号", "その他の類型")]), ("取下げ", []),
])
def test_decisions_with_wrong_grounds_are_refused(world, decision, grounds):
    request = new_request(world)
    with pytest.raises(ActionRefused):
        actions.decide_request(request, decision=decision, decided_on=D(2024, 6, 20), grounds=grounds,
                               withheld_summary="x")
    request.refresh_from_db()
    assert request.decision == "" and not request.grounds.exists()


def test_an_article_cited_twice_on_one_decision_is_one_ground(world):
    """Typed twice (once in full-width digits), 条例第7条第2号 is one ground, so the 答申 judges it once;
    twice under two categories is refused, as is a line that is no article."""
    request = actions.decide_request(
        new_request(world), decision="部分開示", decided_on=D(2024, 6, 20), withheld_summary="氏名",
        grounds=[("条例第7条第2号", "個人に関する情報"), ("条例第７条 第２号", "個人に関する情報"),
                 ("法第78条第1項第2号", "個人に関する情報")])
    assert [g.article for g in request.grounds.all()] == ["条例第7条第2号", "法第78条第1項第2号"]
    for grounds, message in (
        ([("条例第7条第2号", "個人に関する情報"), ("条例第7条第2号", "法人等情報")], "異なる類型で2回"),
        ([("条例第7条第2号", "個人に関する情報"), ("<script>alert(1)</script>", "個人に関する情報")], "条項として読めません"),
        ([("個人の氏名", "個人に関する情報")], "条項として読めません"),
    ):
        other = new_request(world)
        with pytest.raises(ActionRefused, match=message):
            actions.decide_request(other, decision="不開示", decided_on=D(2024, 6, 20), grounds=grounds)
        assert not other.grounds.exists()


def test_withdrawal_closes_the_request_as_torisage(world):
    request = actions.withdraw_request(new_request(world), on=D(2024, 6, 10))
    assert (request.decision, request.status) == ("取下げ", "closed")
    with pytest.raises(ActionRefused):
        actions.decide_request(request, decision="全部開示", decided_on=D(2024, 6, 20))


def test_third_party_objection_delays_disclosure_two_weeks(world):
    request = new_request(world, kind="public_document")
    opinion = actions.ask_third_party(request, third_party="株式会社みなみ商事", asked_on=D(2024, 6, 5))
    actions.record_third_party_opinion(opinion, answered_on=D(2024, 6, 14), objects_to_disclosure=True)
    request = actions.decide_request(request, decision="全部開示", decided_on=D(2024, 7, 1))
    with pytest.raises(ActionRefused):
        actions.record_disclosure(request, on=D(2024, 7, 15))
    request = actions.record_disclosure(request, on=D(2024, 7, 16), fee_yen=200)
    assert (request.disclosure_on, request.fee_yen, request.status) == (D(2024, 7, 16), 200, "closed")


def test_without_an_objection_disclosure_may_follow_the_decision_at_once(world):
    request = decided_request(world, decision="全部開示", decided_on=D(2024, 7, 1))
    assert actions.record_disclosure(request, on=D(2024, 7, 1)).disclosure_on == D(2024, 7, 1)


def test_nothing_is_disclosed_on_a_refusal(world):
    request = decided_request(world, decision="不開示")
    with pytest.raises(ActionRefused):
        actions.record_disclosure(request, on=D(2024, 7, 1))


def test_changes_are_kept_in_history(world):
    request = new_request(world)
    actions.extend_deadline(request, days=10, reason="繁忙", notice_on=D(2024, 6, 10), by=world.dept_a_user)
    latest = request.history.first()
    assert latest.history_user == world.dept_a_user and latest.status == "extended"


def test_a_withdrawal_an_appeal_and_its_referral_are_not_dated_in_the_future(world):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    request = decided_request(world)
    with pytest.raises(ActionRefused, match="審査請求日に未来の日付"):
        actions.file_appeal(request, filed_on=tomorrow, purport="取消しを求める。")
    with pytest.raises(ActionRefused, match="決定を知った日に未来の日付"):
        actions.file_appeal(request, filed_on=request.decided_on, learned_on=tomorrow, purport="取消しを求める。")
    appeal = actions.file_appeal(request, filed_on=request.decided_on, purport="取消しを求める。")
    with pytest.raises(ActionRefused, match="諮問日に未来の日付"):
        actions.refer_appeal(appeal, council=world.council, referred_on=tomorrow, notice_on=tomorrow,
                             examiner_exclusion="条例第19条", agency_claims="理由")
    other = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                   documents="委託契約書", requester_category="法人", requester_name="株式会社みなみ",
                                   date_confirmed=True)
    with pytest.raises(ActionRefused, match="取下げの日に未来の日付"):
        actions.withdraw_request(other, on=tomorrow)
    with pytest.raises(ActionRefused, match="意見照会日に未来の日付"):
        actions.ask_third_party(other, third_party="東山商事", asked_on=tomorrow)
    assert DisclosureRequest.objects.get(pk=other.pk).decision == "" and not other.third_parties.exists()


def test_the_requesters_category_follows_the_kind_of_request(world):
    with pytest.raises(ActionRefused, match="本人、法定代理人、任意代理人"):
        actions.record_request(world.dept_a, kind="personal_disclosure", received_on=D(2024, 6, 3),
                               documents="自分の住民票の交付記録", requester_category="法人", date_confirmed=True)
    with pytest.raises(ActionRefused, match="市内在住・在勤、市外、法人・団体、その他"):
        actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                               documents="委託契約書", requester_category="本人", date_confirmed=True)
    request = new_request(world)
    with pytest.raises(ActionRefused, match="公文書開示請求の請求者の区分"):
        actions.correct_request(request, kind="public_document")
    corrected = actions.correct_request(request, kind="public_document", requester_category="市外")
    assert (corrected.kind, corrected.requester_category) == ("public_document", "市外")
    assert not DisclosureRequest.objects.filter(requester_category="法人").exists()


@pytest.mark.parametrize("received_on", [D(1900, 1, 1), D(1989, 1, 7)], ids=["1900", "last day of 昭和"])
def test_a_receipt_date_before_heisei_is_refused_even_when_confirmed(world, received_on):
    """A century off (1900-01-01 typed as a placeholder) would number the request 1899-0001 and put a 期限超過 of
    46,000 days on the department's home."""
    with pytest.raises(ActionRefused, match="請求日に平成より前の日付") as refused:
        actions.record_request(world.dept_a, kind="public_document", received_on=received_on, documents="会議録",
                               requester_category="市内", date_confirmed=True)
    assert refused.value.code is None  # no box to tick: the date cannot be meant
    assert not DisclosureRequest.objects.exists()


def test_a_receipt_date_more_than_a_year_back_is_recorded_only_once_confirmed(world):
    """平成8年12月5日 typed for 令和8年12月5日, or 平成31年5月1日 for 令和元年: asked about, not taken."""
    from helpers import today

    slipped = D(1996, 12, 5)
    with pytest.raises(ActionRefused, match="1年以上前の日付です") as refused:
        actions.record_request(world.dept_a, kind="public_document", received_on=slipped, documents="会議録",
                               requester_category="市内")
    assert refused.value.code == "confirm_date"
    assert "「平成8年12月5日の日付で登録する」にチェックしてください" in refused.value.message
    assert not DisclosureRequest.objects.exists()
    recent = actions.record_request(world.dept_a, kind="public_document", documents="会議録", requester_category="市内",
                                    received_on=today() - datetime.timedelta(days=300))
    entered_late = actions.record_request(world.dept_a, kind="public_document", received_on=D(2019, 5, 1),
                                          documents="会議録", requester_category="市内", date_confirmed=True)
    assert recent.pk and entered_late.number == "2019-0001"


def test_a_receipt_date_corrected_to_one_long_past_is_asked_about_but_other_corrections_are_not(world):
    old = new_request(world, received_on=D(2024, 6, 3))
    corrected = actions.correct_request(old, documents="住民票の写しの交付記録 (令和5年度分)")
    assert corrected.received_on == D(2024, 6, 3)  # the date stands as confirmed when it was recorded
    with pytest.raises(ActionRefused, match="「平成6年6月3日の日付で登録する」") as refused:
        actions.correct_request(corrected, received_on=D(1994, 6, 3))
    assert refused.value.code == "confirm_date"
    with pytest.raises(ActionRefused, match="平成より前"):
        actions.correct_request(corrected, received_on=D(1900, 1, 1), date_confirmed=True)
    corrected = actions.correct_request(corrected, received_on=D(2024, 5, 1), date_confirmed=True)
    assert corrected.received_on == D(2024, 5, 1)


def test_an_extended_request_is_not_decided_withdrawn_or_transferred_before_the_extension_was_noticed(world):
    """The extension lengthens the period of an undecided request: a decision dated before its notice (6月1日
    typed for 7月1日) would put an extension after the decision on record, counted in the yearly report."""
    request = actions.extend_deadline(new_request(world), days=30, reason="大量", notice_on=D(2024, 6, 28))
    with pytest.raises(ActionRefused, match="決定日が延長通知日 \\(令和6年6月28日\\) より前です"):
        actions.decide_request(request, decision="全部開示", decided_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="取下げの日が延長通知日"):
        actions.withdraw_request(request, on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="移送の日が延長通知日"):
        actions.transfer_request(request, on=D(2024, 6, 20), transferred_to="みなみ市教育委員会")
    request.refresh_from_db()
    assert request.decision == "" and request.status == DisclosureRequest.Status.EXTENDED
    decided = actions.decide_request(request, decision="全部開示", decided_on=D(2024, 6, 28))
    with pytest.raises(ActionRefused, match="決定日が延長通知日"):
        actions.correct_request_decision(decided, decision="全部開示", decided_on=D(2024, 6, 27))
    assert actions.correct_request_decision(decided, decision="全部開示", decided_on=D(2024, 7, 1)).decided_on == D(2024, 7, 1)
