import pytest
from helpers import accepted_case

from shingikai.cases.actions import (
    accept_case, create_case, return_case, submit_case, update_case, withdraw_case,
)
from shingikai.cases.models import Case
from shingikai.errors import ActionRefused


def draft(world, **fields):
    fields.setdefault("purpose", "窓口の待ち時間を減らすため")
    fields.setdefault("categories", ["information_system"])
    fields.setdefault("legal_bases", ["条例第12条"])
    return create_case(world.council, world.dept_a, title="窓口受付システムの導入", **fields)


def test_department_drafts_and_submits_a_case(world):
    case = submit_case(draft(world), by=world.dept_a_user)
    assert case.status == Case.Status.SUBMITTED
    assert case.submitted_at is not None
    assert case.history.first().history_user == world.dept_a_user


def test_submission_is_refused_without_purpose_categories_or_legal_basis(world):
    case = draft(world, purpose="", categories=[], legal_bases=[])
    with pytest.raises(ActionRefused) as refused:
        submit_case(case)
    assert "目的" in str(refused.value) and "類型" in str(refused.value) and "根拠条項" in str(refused.value)
    case.refresh_from_db()
    assert case.status == Case.Status.DRAFT


def test_a_report_needs_no_categories_to_be_submitted(world):
    case = draft(world, kind="報告", categories=[], legal_bases=[])
    assert submit_case(case).status == Case.Status.SUBMITTED


def test_case_from_another_municipalitys_department_is_refused(world):
    with pytest.raises(ActionRefused):
        create_case(world.council, world.other_dept, title="他市の課の案件")


def test_unknown_category_is_refused(world):
    with pytest.raises(ActionRefused):
        draft(world, categories=["teleportation"])


def test_accepting_numbers_consultations_per_fiscal_year(world):
    first = accepted_case(world)
    second = accepted_case(world, title="別の案件")
    assert first.number == "諮問第1号" and second.number == "諮問第2号"
    assert first.status == Case.Status.ACCEPTED


def test_only_submitted_cases_can_be_accepted(world):
    with pytest.raises(ActionRefused):
        accept_case(draft(world))


def test_return_needs_a_comment_and_allows_resubmission(world):
    case = submit_case(draft(world))
    with pytest.raises(ActionRefused):
        return_case(case, comment="  ")
    case = return_case(case, comment="保存期間を記入してください")
    assert case.status == Case.Status.RETURNED
    case = update_case(case, retention_period="5年")
    assert submit_case(case).status == Case.Status.SUBMITTED


def test_withdraw_before_decision_and_not_after(world):
    case = submit_case(draft(world))
    assert withdraw_case(case, reason="事業中止").status == Case.Status.WITHDRAWN
    with pytest.raises(ActionRefused):
        withdraw_case(case, reason="もう一度")


def test_withdraw_needs_a_reason(world):
    with pytest.raises(ActionRefused):
        withdraw_case(draft(world), reason="")


def test_submitted_case_cannot_be_edited(world):
    case = submit_case(draft(world))
    with pytest.raises(ActionRefused):
        update_case(case, purpose="後から変更")


def test_second_save_with_a_stale_version_is_refused_and_names_the_change(world):
    case = draft(world)
    version = case.version
    update_case(case, expected_version=version, retention_period="5年")
    with pytest.raises(ActionRefused) as refused:
        update_case(case, expected_version=version, purpose="別の人の入力")
    assert refused.value.code == "conflict"
    assert "保存期間" in str(refused.value)
    case.refresh_from_db()
    assert case.retention_period == "5年" and case.purpose == "窓口の待ち時間を減らすため"


def test_workflow_fields_cannot_be_set_by_update(world):
    with pytest.raises(ActionRefused):
        update_case(draft(world), status="decided")


def test_questions_of_a_withdrawn_case_are_settled(world):
    from shingikai.cases.actions import answer_question, ask_question

    case = accepted_case(world)
    question = ask_question(case, text="委託先はどこですか。")
    answer_question(question, answer="未定です。")
    withdraw_case(case, reason="事業の中止")
    with pytest.raises(ActionRefused, match="取下げ"):
        answer_question(question, answer="A社です。", correction=True)
    question.refresh_from_db()
    assert question.answer == "未定です。"
