"""報告書: a report gets its number when received, and a report that describes no handling of personal data
(the yearly 運用状況報告) is printed as its text, without the processing 別紙 or the review checklist."""
import datetime

import pytest
from helpers import accepted_case, document_text

from shingikai.cases.models import Case
from shingikai.disclosure.actions import table_report
from shingikai.documents.render import render
from shingikai.meetings.actions import plan_meeting

pytestmark = pytest.mark.django_db


def test_reports_are_numbered_on_receipt_apart_from_consultations(world):
    consultation = accepted_case(world)
    first = accepted_case(world, kind=Case.Kind.REPORT, title="窓口の利用状況の報告")
    second = accepted_case(world, kind=Case.Kind.REPORT, title="もう一つの報告")
    assert consultation.number == "諮問第1号"
    assert (first.number, second.number) == ("報告第1号", "報告第2号")


def test_a_received_report_is_issued_with_its_number_not_a_blank(world):
    case = accepted_case(world, kind=Case.Kind.REPORT, title="窓口の利用状況の報告")
    text = document_text(render("shimonsho", case.pk, "pdf"))
    assert "報告第1号" in text and "報告第号" not in text


def test_a_report_received_before_numbering_prints_no_blank_number(world):
    case = accepted_case(world, kind=Case.Kind.REPORT, title="窓口の利用状況の報告")
    Case.objects.filter(pk=case.pk).update(number="")
    for fmt in ("pdf", "docx"):
        assert "報告第号" not in document_text(render("shimonsho", case.pk, fmt))


def test_the_yearly_operations_report_is_printed_without_the_processing_annex_or_checklist(world):
    meeting = plan_meeting(world.council, date=datetime.date(2026, 12, 14), start_time=datetime.time(14, 0))
    item = table_report(meeting, department=world.dept_a, fiscal_year=2025)
    for fmt in ("pdf", "docx"):
        text = document_text(render("shimonsho", item.case_id, fmt))
        assert "報告の内容" in text and "請求" in text
        for absent in ("記載なし", "別紙案件の概要", "審査チェックリスト", "保管場所", "報告第号"):
            assert absent not in text, absent


def test_a_report_describing_a_handling_of_personal_data_keeps_its_annex(world):
    case = accepted_case(world, kind=Case.Kind.REPORT, title="防犯カメラの運用の報告", data_subjects="来庁者",
                         retention_period="1週間")
    text = document_text(render("shimonsho", case.pk, "pdf"))
    assert "別紙案件の概要" in text and "審査チェックリスト" in text
