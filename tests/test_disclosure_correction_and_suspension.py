"""訂正請求 (法第90条) and 利用停止請求 (法第98条) are decided as what they are: their own decisions with a reason
in words, no fee and no 開示の実施, their own 特例, their own lines in the yearly report, and an appeal like any
other decision."""
import datetime
import importlib

import pytest
from disclosure_helpers import deliberate
from helpers import today
from django.apps import apps
from django.urls import reverse

from shingikai.disclosure import actions, report
from shingikai.disclosure.models import DisclosureRequest, WithholdingGround
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki

D = datetime.date


def personal_request(world, kind, received_on=D(2024, 6, 3), department=None):
    return actions.record_request(department or world.dept_a, kind=kind, received_on=received_on,
                                  documents="令和5年度 国民健康保険の給付記録のうち住所の記載", requester_category="本人",
                                  requester_name="北野 一子", date_confirmed=True)


@pytest.mark.parametrize("kind, decisions", [
    ("correction", ["訂正をする", "一部訂正する", "訂正をしない", "却下"]),
    ("suspension", ["利用停止をする", "一部利用停止する", "利用停止をしない", "却下"]),
    ("personal_disclosure", ["全部開示", "部分開示", "不開示", "存否応答拒否", "不存在", "却下"]),
])
def test_each_kind_offers_its_own_decisions(client, world, kind, decisions):
    request = personal_request(world, kind)
    client.force_login(world.dept_a_user)
    form = client.get(reverse("disclosure:request", args=[request.pk])).context["forms"]["decide"]
    assert [value for value, _ in form.fields["decision"].choices] == decisions
    merits = kind != "personal_disclosure"
    assert ("reason" in form.fields) == merits
    assert not ({"fee_yen", "ground_article", "withheld_summary"} & set(form.fields)) == merits


def test_a_correction_is_decided_with_its_own_decisions_and_closes_without_fee_or_disclosure(world):
    request = personal_request(world, "correction")
    for wrong in ("全部開示", "部分開示", "不開示", "利用停止をする"):
        with pytest.raises(ActionRefused, match="訂正請求の決定は 訂正をする・一部訂正する・訂正をしない・却下"):
            actions.decide_request(request, decision=wrong, decided_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="費用はかかりません"):
        actions.decide_request(request, decision="訂正をする", decided_on=D(2024, 6, 20), fee_yen=100)
    with pytest.raises(ActionRefused, match="不開示の理由を付けません"):
        actions.decide_request(request, decision="訂正をしない", decided_on=D(2024, 6, 20), reason="誤りはない",
                               grounds=[("法第78条第1項第2号", "個人に関する情報")])
    request = actions.decide_request(request, decision="訂正をする", decided_on=D(2024, 6, 20))
    assert (request.decision, request.status, request.fee_yen) == ("訂正をする", "closed", 0)
    with pytest.raises(ActionRefused, match="開示の実施 \\(写しの交付等\\) はありません"):
        actions.record_disclosure(request, on=D(2024, 6, 25))
    request.refresh_from_db()
    assert request.disclosure_on is None


@pytest.mark.parametrize("kind, decision", [
    ("correction", "一部訂正する"), ("correction", "訂正をしない"), ("correction", "却下"),
    ("suspension", "一部利用停止する"), ("suspension", "利用停止をしない"), ("suspension", "却下"),
])
def test_a_refusal_of_a_correction_or_suspension_needs_its_reason_in_words(world, kind, decision):
    request = personal_request(world, kind)
    with pytest.raises(ActionRefused, match="その理由を入力してください"):
        actions.decide_request(request, decision=decision, decided_on=D(2024, 6, 20), reason="  ")
    request = actions.decide_request(request, decision=decision, decided_on=D(2024, 6, 20),
                                     reason="記録は事実に基づいており、誤りは認められないため")
    assert request.refusal_reason == "記録は事実に基づいており、誤りは認められないため"
    assert request.status == "closed" and not request.grounds.exists()


def test_a_disclosure_decision_keeps_its_grounds_and_takes_no_reason_in_words(world):
    request = personal_request(world, "personal_disclosure")
    with pytest.raises(ActionRefused, match="不開示の理由 \\(根拠条項と類型\\) で記録します"):
        actions.decide_request(request, decision="全部開示", decided_on=D(2024, 6, 20), reason="理由")


def test_after_a_correction_the_notice_to_providers_is_dated(world):
    """法第97条: a correction is told to those the information was provided to; the date is on record."""
    refused = actions.decide_request(personal_request(world, "correction"), decision="訂正をしない",
                                     decided_on=D(2024, 6, 20), reason="誤りはない")
    with pytest.raises(ActionRefused, match="訂正をする"):
        actions.record_provider_notice(refused, on=D(2024, 6, 25))
    corrected = actions.decide_request(personal_request(world, "correction"), decision="一部訂正する",
                                       decided_on=D(2024, 6, 20), reason="住所の一部のみ誤り")
    with pytest.raises(ActionRefused, match="決定日より前"):
        actions.record_provider_notice(corrected, on=D(2024, 6, 19))
    corrected = actions.record_provider_notice(corrected, on=D(2024, 6, 25))
    assert corrected.providers_notified_on == D(2024, 6, 25)


@pytest.mark.parametrize("kind, article", [("correction", "法第95条"), ("suspension", "法第103条")])
def test_correction_and_suspension_extend_by_30_days_and_by_their_special_article(world, kind, article):
    extended = personal_request(world, kind)
    assert extended.first_due == D(2024, 7, 3)
    with pytest.raises(ActionRefused, match="1日から30日まで"):
        actions.extend_deadline(extended, days=31, reason="大量", notice_on=D(2024, 6, 20))
    extended = actions.extend_deadline(extended, days=30, reason="調査に時間を要するため", notice_on=D(2024, 6, 20))
    assert extended.due == D(2024, 8, 2)

    special = personal_request(world, kind)
    with pytest.raises(ActionRefused, match=f"最初の決定期間内.*{article}"):
        actions.extend_specially(special, reason="事実の調査に長期間を要する", final_by=D(2024, 10, 31),
                                 notice_on=D(2024, 7, 4))
    with pytest.raises(ActionRefused, match="決定の期限は、最初の決定期限"):
        actions.extend_specially(special, reason="事実の調査に長期間を要する", final_by=D(2024, 7, 3),
                                 notice_on=D(2024, 6, 20))
    special = actions.extend_specially(special, reason="事実の調査に長期間を要する", final_by=D(2024, 10, 31),
                                       notice_on=D(2024, 6, 20))
    # No 相当の部分: the whole decision is due by the date the notice gave.
    assert (special.status, special.special_portion_due, special.due) == ("special", None, D(2024, 10, 31))


def test_the_special_date_of_a_correction_follows_a_corrected_receipt_date(world):
    request = personal_request(world, "correction")
    request = actions.extend_specially(request, reason="長期間を要する", final_by=D(2024, 7, 10), notice_on=D(2024, 6, 20))
    with pytest.raises(ActionRefused, match="決定の期限が最初の決定期限より後になりません"):
        actions.correct_request(request, received_on=D(2024, 6, 12), date_confirmed=True)
    request = actions.correct_request(request, received_on=D(2024, 6, 5), date_confirmed=True)
    assert (request.first_due, request.special_portion_due) == (D(2024, 7, 5), None)


def test_a_decided_request_keeps_a_kind_its_decision_belongs_to(world):
    received = today() - datetime.timedelta(days=10)
    request = actions.decide_request(personal_request(world, "correction", received_on=received), decision="訂正をしない",
                                     decided_on=received, reason="誤りはない")
    with pytest.raises(ActionRefused, match="訂正をしない.*保有個人情報開示請求の決定ではありません"):
        actions.correct_request(request, kind="personal_disclosure")
    with pytest.raises(ActionRefused, match="利用停止請求の決定ではありません"):
        actions.correct_request(request, kind="suspension")
    request.refresh_from_db()
    assert request.kind == "correction"


def test_a_forged_disclosure_decision_on_a_correction_request_is_refused_with_a_message(client, world):
    # Decided lately, so that the decision is still correctable (the appeal window has not passed).
    received = today() - datetime.timedelta(days=10)
    decided = to_wareki(received)
    request = personal_request(world, "correction", received_on=received)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[request.pk, "decide"])
    forged = client.post(url, {"decide-decision": "全部開示", "decide-decided_on": decided,
                               "decide-fee_yen": "300"})
    assert forged.status_code == 400
    assert "訂正請求の決定は 訂正をする・一部訂正する・訂正をしない・却下 のいずれかです" in forged.content.decode()
    request.refresh_from_db()
    assert (request.decision, request.status, request.fee_yen) == ("", "received", 0)
    done = client.post(url, {"decide-decision": "訂正をしない", "decide-decided_on": decided,
                             "decide-reason": "記録は事実のとおり"})
    assert done.status_code == 302
    page = client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert "記録は事実のとおり" in page and "開示を実施した" not in page and "費用 (円)" not in page

    redecide = reverse("disclosure:request_step", args=[request.pk, "redecide"])
    seen = client.get(reverse("disclosure:request", args=[request.pk])).context["seen"]
    forged = client.post(redecide, {"redecide-decision": "不開示", "redecide-decided_on": decided,
                                    "redecide-fee_yen": "0", "seen": seen})
    assert forged.status_code == 400 and "訂正請求の決定は" in forged.content.decode()
    request.refresh_from_db()
    assert request.decision == "訂正をしない"


def test_the_report_counts_each_kind_with_its_own_decisions(world):
    actions.decide_request(personal_request(world, "correction"), decision="訂正をする", decided_on=D(2024, 6, 20))
    actions.decide_request(personal_request(world, "correction"), decision="一部訂正する", decided_on=D(2024, 6, 20),
                           reason="一部のみ誤り")
    actions.decide_request(personal_request(world, "correction"), decision="訂正をしない", decided_on=D(2024, 6, 20),
                           reason="誤りはない")
    actions.withdraw_request(personal_request(world, "correction"), on=D(2024, 6, 10))
    actions.decide_request(personal_request(world, "suspension"), decision="利用停止をしない",
                           decided_on=D(2024, 6, 20), reason="適法に保有している")
    personal_request(world, "suspension")
    disclosed = personal_request(world, "personal_disclosure")
    actions.decide_request(disclosed, decision="全部開示", decided_on=D(2024, 6, 20))

    figures = report.operations_report(world.city, 2024)
    kinds = {row["label"]: row for row in figures["by_kind"]}
    assert kinds["保有個人情報訂正請求"]["count"] == 4
    assert {d["decision"]: d["count"] for d in kinds["保有個人情報訂正請求"]["decisions"]} == {
        "訂正をする": 1, "一部訂正する": 1, "訂正をしない": 1, "却下": 0, "取下げ": 1, "移送": 0, "未決定": 0}
    assert {d["decision"]: d["count"] for d in kinds["保有個人情報利用停止請求"]["decisions"]} == {
        "利用停止をする": 0, "一部利用停止する": 0, "利用停止をしない": 1, "却下": 0, "取下げ": 0, "移送": 0, "未決定": 1}
    # The disclosure outcomes count the 開示請求 only: no correction is a 全部開示.
    assert {r["decision"]: r["count"] for r in figures["by_decision"] if r["count"]} == {"全部開示": 1}
    assert figures["by_department"] == [{"department": "市民課", "total": 1, "cells": [1, 0, 0, 0, 0, 0, 0, 0, 0]}]
    assert figures["total"] == 7 and figures["disclosure_total"] == 1
    csv = report.to_csv(figures).decode("utf-8-sig")
    assert "請求の種類・決定 (保有個人情報訂正請求),一部訂正する,1\r\n" in csv


def test_the_report_page_and_api_show_the_corrections_decisions(client, world):
    actions.decide_request(personal_request(world, "correction"), decision="訂正をしない", decided_on=D(2024, 6, 20),
                           reason="誤りはない")
    data = client.get("/api/disclosure/reports/minami/2024").json()
    correction = next(row for row in data["by_kind"] if row["label"] == "保有個人情報訂正請求")
    assert {d["label"]: d["count"] for d in correction["decisions"]}["訂正をしない"] == 1
    assert {r["label"]: r["count"] for r in data["by_decision"]}["不開示"] == 0
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert "訂正をしない" in page and "誤りはない" not in page


def referred_correction_appeal(world):
    """An appeal against a refusal to correct, referred to the council."""
    request = actions.decide_request(personal_request(world, "correction"), decision="訂正をしない",
                                     decided_on=D(2024, 6, 20), reason="記録は事実に基づいている")
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), appellant_name="北野 一子",
                                 purport="本件処分を取り消し、訂正をするとの裁決を求める。")
    return actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                examiner_exclusion="条例第19条", agency_claims="記録は届出に基づいており、誤りはない。")


def test_an_appeal_against_a_refusal_to_correct_goes_to_the_council_and_is_answered(world):
    appeal = referred_correction_appeal(world)
    assert appeal.case.title == "訂正をしない決定に対する審査請求 (保有個人情報訂正請求)"
    meeting = deliberate(world, appeal, D(2024, 8, 20), "答申予定")
    actions.draft_appeal_answer(appeal, outcome="取消", conclusion="実施機関は訂正をすべきである。",
                                judgment="住所の記載は届出と異なり、事実でない。")
    appeal = actions.issue_appeal_answer(appeal, answered_on=meeting.date, meeting=meeting)
    appeal = actions.rule_on_appeal(appeal, ruled_on=D(2024, 9, 10), ruling="認容")
    assert (appeal.status, appeal.outcome, appeal.followed_answer) == ("ruled", "取消", True)
    from shingikai.disclosure import answer_document

    document = answer_document.build(appeal, public=False)
    assert "訂正をしない決定に係る審査請求について（答申）" in str(document)


def test_an_appeal_against_a_correction_decision_words_its_answer_as_a_correction(client, world):
    appeal = referred_correction_appeal(world)
    client.force_login(world.secretariat)
    url = reverse("disclosure:appeal", args=[appeal.pk])
    choices = dict(client.get(url).context["forms"]["draft"].fields["outcome"].choices)
    assert choices == {"妥当": "妥当", "一部取消": "一部取消 (一部訂正すべき)", "取消": "取消 (訂正すべき)",
                       "却下": "却下 (審査請求は不適法)"}
    actions.draft_appeal_answer(appeal, outcome="一部取消", conclusion="実施機関は住所の記載を訂正すべきである。",
                                judgment="住所の記載は届出と異なる。")
    page = client.get(url).content.decode()
    assert "一部取消 (一部訂正すべき)" in page and "開示すべき" not in page


def test_the_deadline_notice_names_the_kind_of_request(world):
    from django.core import mail
    from django.core.management import call_command

    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    request = personal_request(world, "suspension")
    call_command("send_notices", "--date", (request.due - datetime.timedelta(days=1)).isoformat())
    [message] = [m for m in mail.outbox if request.number in m.subject]
    assert message.subject.startswith("[保有個人情報利用停止請求]")


def test_the_migration_maps_earlier_disclosure_outcomes_of_corrections_and_keeps_their_grounds(world):
    migration = importlib.import_module("shingikai.disclosure.migrations.0005_correction_and_suspension_decisions")
    granted, refused, suspended, disclosure = (personal_request(world, kind) for kind in (
        "correction", "correction", "suspension", "personal_disclosure"))
    DisclosureRequest.objects.filter(pk__in=[granted.pk, disclosure.pk]).update(
        decision="全部開示", decided_on=D(2024, 6, 20), status="decided")
    DisclosureRequest.objects.filter(pk=refused.pk).update(decision="不開示", decided_on=D(2024, 6, 20), status="closed")
    WithholdingGround.objects.create(request=refused, article="法第78条第1項第2号", category="個人に関する情報")
    DisclosureRequest.objects.filter(pk=suspended.pk).update(decision="部分開示", decided_on=D(2024, 6, 20),
                                                           status="closed", disclosure_on=D(2024, 6, 25))
    migration.decide_as_their_kinds(apps, None)
    for request in (granted, refused, suspended, disclosure):
        request.refresh_from_db()
    assert (granted.decision, granted.status, granted.refusal_reason) == ("訂正をする", "closed", "")
    assert refused.decision == "訂正をしない" and refused.grounds.count() == 1
    assert refused.refusal_reason == "移行前は「不開示」として記録された決定です。記録されていた理由: 法第78条第1項第2号 (個人に関する情報)"
    assert suspended.decision == "一部利用停止する" and "理由は記録されていません" in suspended.refusal_reason
    assert (disclosure.decision, disclosure.status) == ("全部開示", "decided")


def test_the_public_answers_filter_offers_the_bare_conclusions_for_every_kind(client, world):
    page = client.get(reverse("disclosure:answers")).content.decode()
    assert '<option value="一部取消">一部取消</option>' in page and "開示すべき" not in page
