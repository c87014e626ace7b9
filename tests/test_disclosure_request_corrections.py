"""A disclosure request's entries stay correctable until it is decided: a mistyped receipt date moves the
deadline, a mistyped extension is recorded again; a form opened before someone else's change, another
department's request and a decided request are refused with a message, and nothing changes."""
import datetime

import pytest
from django.urls import reverse

from shingikai.disclosure import actions
from shingikai.errors import ActionRefused
from shingikai.disclosure.models import DisclosureRequest

D = datetime.date


def new_request(world, department=None):
    return actions.record_request(department or world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                  documents="窓口業務委託の仕様書", requester_category="市内",
                                  requester_name="秘密 請求者", requester_contact="北町1-2-3", date_confirmed=True)


def seen_on(client, req):
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    return page.split('name="seen" value="', 1)[1].split('"', 1)[0]


def correction(req, **changes):
    form = {"correct-kind": req.kind, "correct-received_on": req.received_on.isoformat(),
            "correct-documents": req.documents, "correct-requester_category": req.requester_category}
    return {**form, **{f"correct-{name}": value for name, value in changes.items()}}


def test_a_mistyped_receipt_date_is_corrected_and_the_deadline_follows(client, world):
    req = new_request(world)
    before = req.first_due
    client.force_login(world.dept_a_user)
    seen = seen_on(client, req)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on="令和6年6月13日", confirm_date="2024-06-13"), "seen": seen},
                           follow=True)
    assert "請求の記録を修正しました" in response.content.decode()
    req.refresh_from_db()
    assert req.received_on == D(2024, 6, 13) and req.first_due > before
    assert req.requester_name == "秘密 請求者"  # what the form does not carry is kept


def test_a_receipt_date_corrected_to_one_long_past_is_asked_about_on_the_request_page(client, world):
    req = new_request(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[req.pk, "correct"])
    response = client.post(url, {**correction(req, received_on="平成6年6月13日"), "seen": seen_on(client, req)})
    page = response.content.decode()
    assert response.status_code == 400 and "平成6年6月13日の日付で登録する" in page
    assert 'name="correct-confirm_date" value="1994-06-13"' in page
    req.refresh_from_db()
    assert req.received_on == D(2024, 6, 3)
    response = client.post(url, {**correction(req, received_on="平成6年6月13日", confirm_date="1994-06-13"),
                                 "seen": seen_on(client, req)})
    assert response.status_code == 302
    req.refresh_from_db()
    assert (req.received_on, req.number) == (D(1994, 6, 13), "1994-0001")


def test_a_mistyped_extension_is_recorded_again(client, world):
    req = new_request(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[req.pk, "extend"])
    form = {"extend-days": "3", "extend-reason": "審査に時間を要するため", "extend-notice_on": "2024-06-10"}
    assert client.post(url, {**form, "seen": seen_on(client, req)}).status_code == 302
    short = DisclosureRequest.objects.get(pk=req.pk).extended_due
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "延長の記録を直す" in page
    again = reverse("disclosure:request_step", args=[req.pk, "reextend"])
    form = {f"re{name}": value for name, value in form.items()}
    assert client.post(again, {**form, "reextend-days": "31", "seen": seen_on(client, req)}).status_code == 400
    assert client.post(again, {**form, "reextend-days": "30", "seen": seen_on(client, req)}).status_code == 302
    req.refresh_from_db()
    assert req.status == "extended" and req.extended_due > short
    assert req.history.filter(extended_due=short).exists()


def test_a_correction_opened_before_anothers_change_is_refused(client, world):
    req = new_request(world)
    client.force_login(world.secretariat)
    stale = seen_on(client, req)
    actions.correct_request(req, documents="窓口業務委託の仕様書及び見積書")
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on="2024-06-04"), "seen": stale})
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in response.content.decode()
    req.refresh_from_db()
    assert req.received_on == D(2024, 6, 3) and req.documents == "窓口業務委託の仕様書及び見積書"


def test_another_departments_or_a_settled_request_cannot_be_corrected(client, world):
    req = new_request(world)
    client.force_login(world.dept_b_user)
    assert client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                       correction(req, documents="改ざん")).status_code in (403, 404)
    actions.decide_request(req, decision="全部開示", decided_on=D(2024, 6, 20))
    actions.record_disclosure(req, on=D(2024, 6, 27))
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "受付の記録を直す" not in page and "決定の記録を直す" not in page
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]), correction(req, documents="後から"))
    assert response.status_code == 400 and "開示を実施した請求の記録は修正できません" in response.content.decode()
    req.refresh_from_db()
    assert req.documents == "窓口業務委託の仕様書"


def recent_request(world, *, days_ago=20):
    """A request received `days_ago` days ago, so that its decision is still within the appeal window."""
    received = datetime.date.today() - datetime.timedelta(days=days_ago)
    return actions.record_request(world.dept_a, kind="public_document", received_on=received,
                                  documents="窓口業務委託の仕様書", requester_category="市内",
                                  requester_name="秘密 請求者", requester_contact="北町1-2-3", date_confirmed=True)


def test_after_a_decision_the_receipt_and_the_decision_are_still_corrected_and_the_deadline_follows(client, world):
    req = recent_request(world)
    decided_on = req.received_on + datetime.timedelta(days=5)
    actions.decide_request(req, decision="不開示", decided_on=decided_on, grounds=[("条例第7条第2号", "個人に関する情報")])
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "受付の記録を直す" in page and "決定の記録を直す" in page
    earlier = req.received_on - datetime.timedelta(days=3)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on=earlier.isoformat()), "seen": seen_on(client, req)}, follow=True)
    assert "請求の記録を修正しました" in response.content.decode()
    req.refresh_from_db()
    assert req.received_on == earlier and req.first_due == actions.deadlines.first_due(
        req.kind, earlier, actions.deadlines.rules_for(req.municipality))
    url = reverse("disclosure:request_step", args=[req.pk, "redecide"])
    form = {"redecide-decision": "部分開示", "redecide-decided_on": (decided_on + datetime.timedelta(days=1)).isoformat(),
            "redecide-ground_article": "", "redecide-ground_category": "", "redecide-withheld_summary": "",
            "redecide-fee_yen": "0"}
    response = client.post(url, {**form, "seen": seen_on(client, req)})
    assert response.status_code == 400 and "不開示とした部分を記録してください" in response.content.decode()
    response = client.post(url, {**form, "redecide-withheld_summary": "個人の氏名", "seen": seen_on(client, req)},
                           follow=True)
    assert "決定の記録を修正しました" in response.content.decode()
    req.refresh_from_db()
    assert (req.decision, req.decided_on, req.status) == ("部分開示", decided_on + datetime.timedelta(days=1), "decided")
    assert [g.article for g in req.grounds.all()] == ["条例第7条第2号"]  # blank grounds keep what was recorded
    assert req.history.filter(decision="不開示").exists()
    form = {**form, "redecide-decision": "全部開示", "redecide-withheld_summary": ""}
    client.post(url, {**form, "seen": seen_on(client, req)})
    req.refresh_from_db()
    assert req.decision == "全部開示" and not req.grounds.exists() and req.withheld_summary == ""
    response = client.post(url, {**form, "redecide-decided_on": (req.received_on - datetime.timedelta(days=1)).isoformat(),
                                 "seen": seen_on(client, req)})
    assert response.status_code == 400 and "決定日が請求日より前です" in response.content.decode()


def test_a_decision_is_settled_by_the_disclosure_an_appeal_or_the_end_of_the_appeal_window(world):
    req = recent_request(world)
    req = actions.decide_request(req, decision="全部開示", decided_on=req.received_on + datetime.timedelta(days=5))
    actions.file_appeal(req, filed_on=req.decided_on + datetime.timedelta(days=1), purport="全部の開示を求める")
    with pytest.raises(ActionRefused, match="審査請求のあった請求の記録は修正できません"):
        actions.correct_request_decision(req, decision="部分開示", decided_on=req.decided_on, withheld_summary="氏名")
    old = new_request(world)  # received 令和6年6月3日
    actions.decide_request(old, decision="不存在", decided_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="審査請求期間 .* を過ぎ、決定が確定している"):
        actions.correct_request_decision(old, decision="不存在", decided_on=D(2024, 6, 21))
    with pytest.raises(ActionRefused, match="決定が確定している"):
        actions.correct_request(old, requester_name="別の名前")


def test_a_special_extensions_portion_deadline_follows_a_corrected_receipt_date(world):
    req = recent_request(world, days_ago=10)
    rules = actions.deadlines.rules_for(req.municipality)
    actions.extend_specially(req, reason="大量のため", final_by=req.received_on + datetime.timedelta(days=200),
                             notice_on=req.received_on + datetime.timedelta(days=5))
    later = req.received_on + datetime.timedelta(days=2)
    actions.correct_request(req, received_on=later)
    req.refresh_from_db()
    assert req.special_portion_due == actions.deadlines.latest_extended_due(req.kind, later, rules)
    with pytest.raises(ActionRefused, match="特例延長の通知が最初の決定期間内になりません"):
        actions.correct_request(req, received_on=req.received_on + datetime.timedelta(days=6))


def test_only_the_secretariat_sees_and_corrects_the_requesters_details(client, world):
    req = recent_request(world)
    url = reverse("disclosure:request_step", args=[req.pk, "requester"])
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "秘密 請求者" not in page and "北町1-2-3" not in page and "請求者の記録を直す" not in page
    assert client.post(url, {"requester-requester_name": "改ざん"}).status_code == 403
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "請求者の記録を直す" in page and 'value="秘密 請求者"' in page
    response = client.post(url, {"requester-requester_name": "秘密 請求人", "requester-requester_contact": "南町4-5-6",
                                 "seen": seen_on(client, req)}, follow=True)
    assert "請求者の記録を修正しました" in response.content.decode()
    response = client.post(url, {"requester-requester_name": "長" * 101, "seen": seen_on(client, req)})
    assert response.status_code == 400
    req.refresh_from_db()
    assert (req.requester_name, req.requester_contact) == ("秘密 請求人", "南町4-5-6")
    assert req.history.filter(requester_name="秘密 請求者").exists()
    client.force_login(world.dept_a_user)
    for page in (reverse("disclosure:request", args=[req.pk]), reverse("disclosure:register")):
        body = client.get(page).content.decode()
        assert "秘密 請求" not in body and "南町4-5-6" not in body and "北町1-2-3" not in body
    client.logout()
    fy = actions.fiscal_year(req.received_on)
    for public in (reverse("disclosure:request", args=[req.pk]), reverse("disclosure:report", args=[world.city.slug, fy]),
                   reverse("disclosure:report_file", args=[world.city.slug, fy, "json"]), "/search/?q=秘密"):
        body = client.get(public).content.decode()
        assert "秘密 請求" not in body and "南町4-5-6" not in body


def test_a_ground_too_long_for_the_register_is_refused_in_words(world):
    req = recent_request(world)
    with pytest.raises(ActionRefused, match="根拠条項は1つ100文字以内"):
        actions.decide_request(req, decision="不開示", decided_on=req.received_on, grounds=[("条" * 101, "その他")])
    req = actions.decide_request(req, decision="不存在", decided_on=req.received_on)
    with pytest.raises(ActionRefused, match="根拠条項は1つ100文字以内"):
        actions.correct_request_decision(req, decision="不開示", decided_on=req.received_on,
                                         grounds=[("条" * 101, "その他")])


def test_an_extensions_deadline_follows_a_corrected_receipt_date(world):
    req = recent_request(world, days_ago=10)
    rules = actions.deadlines.rules_for(req.municipality)
    req = actions.extend_deadline(req, days=20, reason="審査に時間を要するため",
                                  notice_on=req.received_on + datetime.timedelta(days=3))
    later = req.received_on + datetime.timedelta(days=2)
    req = actions.correct_request(req, received_on=later)
    assert req.first_due == actions.deadlines.first_due(req.kind, later, rules)
    assert req.extended_due == actions.deadlines.extended_due(req.kind, later, 20, rules)
    with pytest.raises(ActionRefused, match="延長の通知が決定期間内になりません"):
        actions.correct_request(req, received_on=req.received_on + datetime.timedelta(days=5))


def test_a_receipt_date_corrected_into_another_fiscal_year_takes_that_years_next_number(client, world):
    earlier = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 3, 20),
                                     documents="会議録", requester_category="市内", date_confirmed=True)
    req, later = new_request(world), new_request(world)
    assert (earlier.number, req.number, later.number) == ("2023-0001", "2024-0001", "2024-0002")
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on="令和6年3月29日", confirm_date="2024-03-29"),
                            "seen": seen_on(client, req)}, follow=True)
    assert "受付番号を 2024-0001 から 2023-0002 に改めました" in response.content.decode()
    req.refresh_from_db()
    assert req.number == "2023-0002" and "2024-0001" in {h.number for h in req.history.all()}
    # The next request of the year gets a number no one holds (a count would give 2024-0002 again).
    assert new_request(world).number == "2024-0003"


@pytest.mark.parametrize("step, form, ended", [
    ("withdraw", {"withdraw-on": "令和6年6月20日"}, "取下げ"),
    ("transfer", {"transfer-on": "令和6年6月20日", "transfer-transferred_to": "みなみ市教育委員会"}, "移送"),
])
def test_a_withdrawal_or_transfer_recorded_by_mistake_is_taken_back_with_the_reason(client, world, step, form, ended):
    from shingikai.disclosure import board, report

    req = new_request(world)
    actions.extend_deadline(req, days=30, reason="文書が大量のため", notice_on=D(2024, 6, 14))
    req.refresh_from_db()
    before = (req.status, req.first_due, req.extended_due, req.due)
    client.force_login(world.secretariat)
    assert client.post(reverse("disclosure:request_step", args=[req.pk, step]), form).status_code == 302
    req.refresh_from_db()
    assert req.decision == ended and not board.deadline_board(DisclosureRequest.objects.all(), D(2024, 7, 1))["extended"]

    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert f"{ended}を取り消す (誤って記録したとき)" in page
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "unend"]),
                           {"seen": seen_on(client, req), "unend-reason": ""})
    assert response.status_code == 400
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "unend"]),
                           {"seen": seen_on(client, req), "unend-reason": "別の請求と取り違えたため"})
    assert response.status_code == 302

    req.refresh_from_db()
    assert (req.status, req.first_due, req.extended_due, req.due) == before
    assert (req.decision, req.decided_on, req.transferred_to) == ("", None, "")
    assert [r.pk for r in board.deadline_board(DisclosureRequest.objects.all(), D(2024, 7, 1))["extended"]] == [req.pk]
    figures = report.operations_report(world.city, 2024)
    assert figures["transfers"] == 0 and ended not in {row["decision"] for row in figures["by_decision"] if row["count"]}
    last = req.history.order_by("-history_id").first()
    assert last.history_user == world.secretariat
    assert last.history_change_reason.startswith(f"{ended} (令和6年6月20日") and "別の請求と取り違えたため" in last.history_change_reason
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "決定を記録する" in page and "を取り消す (誤って記録したとき)" not in page
    with pytest.raises(ActionRefused, match="取下げ・移送が記録されていない"):
        actions.undo_ending(req, reason="もう一度")


def test_an_extension_ending_in_the_new_year_holidays_keeps_its_days_when_the_receipt_date_is_corrected(world):
    """Twenty days counted from 11月28日 end in the 年末年始 and roll to the first open day, as nineteen do: the
    corrected deadline is counted with the twenty days recorded, not with whichever length reaches that day first."""
    received = datetime.date(2026, 11, 28)
    req = actions.record_request(world.dept_a, kind="public_document", received_on=received,
                                 documents="窓口業務委託の仕様書", requester_category="市内", date_confirmed=True)
    rules = actions.deadlines.rules_for(req.municipality)
    assert (actions.deadlines.extended_due(req.kind, received, 19, rules)
            == actions.deadlines.extended_due(req.kind, received, 20, rules))
    req = actions.extend_deadline(req, days=20, reason="審査に時間を要するため", notice_on=received + datetime.timedelta(days=3))
    later = received + datetime.timedelta(days=2)
    req = actions.correct_request(req, received_on=later)
    assert req.extended_due == actions.deadlines.extended_due(req.kind, later, 20, rules)
