"""How the official papers are set on the page: what never breaks across lines or pages (a date, 「（計4人）」, a
field's label, a 〈結論〉 and its wording), a long agenda title hanging under itself, and the words the papers and
the history lists use for what was decided and answered."""
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from helpers import accepted_case, document_text
from shingikai.documents.context.common import document, para
from shingikai.documents.pdf import to_html, to_pdf
from shingikai.documents.render import build, render
from shingikai.documents.sampledata import build_record
from shingikai.documents.word import to_docx
from shingikai.meetings.actions import plan_meeting, schedule_case

pytestmark = pytest.mark.django_db


def lines(pdf):
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_dates_counts_and_short_brackets_are_never_broken_across_lines(world):
    """Each phrase is put at every place around the end of a line: none is split (「令/和9年1月31日」, 「（計4/人）」)."""
    kept = ("令和9年1月31日", "（異議なし）", "（計4人）", "14時00分")
    blocks = [para("あ" * k + phrase, indent=False) for k in range(36, 48) for phrase in kept]
    text = lines(to_pdf(document("agenda", "試し", world.council, blocks)))
    for phrase in kept:
        assert text.count(phrase) == 12, (phrase, text)


def test_a_long_agenda_title_hangs_under_its_title_not_under_its_number(world):
    case = accepted_case(world, title="市民課における個人情報を含む書類の誤送付事案（令和8年11月20日発生、対象者3名、"
                                      "氏名・住所・国民健康保険税額を記載した納税通知書を別人に送付したもの）")
    meeting = plan_meeting(world.council, date=dt.date(2025, 5, 20), start_time=dt.time(14, 0), place="会議室")
    schedule_case(case, meeting)
    page = PdfReader(io.BytesIO(render("agenda", meeting.pk, "pdf"))).pages[0]
    starts = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: starts.append((tm[4], t)) if t.strip() else None)
    number = next(x for x, t in starts if t.strip() == "1")
    first = next(x for x, t in starts if t.startswith("市民課における"))
    second = next(x for x, t in starts if t.startswith("住所") or t.startswith("氏名") or t.startswith("国民"))
    assert first > number and abs(second - first) < 1


def test_the_inspection_notice_keeps_each_field_label_on_one_line(world):
    from test_register_actions import full_assessment, held_inspection
    from shingikai.registers import actions

    record = full_assessment(world)
    actions.open_comment_period(record, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31))
    held = held_inspection(world, record)
    actions.conclude_inspection(held, findings="リスク対策は適切である。", on=dt.date(2025, 9, 20))
    text = lines(render("inspection", record.pk, "pdf"))
    assert "住民等からの意見聴取" in text and "寄せられた意見と対応" in text


def test_the_outcome_of_an_item_stays_with_its_wording_on_one_page():
    r = build_record()
    doc = build("minutes", r.meeting.pk)

    def walk(blocks):
        for block in blocks:
            yield block
            yield from walk(block.get("blocks", []))

    outcome = next(b for b in walk(doc["blocks"]) if b["type"] == "para" and b["lines"][0].startswith("条件付き承認"))
    assert outcome["keep_with_next"]
    from docx import Document
    paragraph = next(p for p in Document(io.BytesIO(to_docx(doc))).element.body.iter()
                     if p.tag.endswith("}p") and "".join(p.itertext()).startswith("条件付き承認"))
    assert paragraph.find(".//{*}keepNext") is not None
    assert 'class="para indent keep-with-next"' in to_html(doc)


def test_the_minutes_call_an_opinion_given_at_the_meeting_what_the_pages_call_it():
    """【附帯意見】 in the 会議録 read as the 答申's own 附帯意見; the pages and the public minutes say 意見."""
    r = build_record()
    for fmt in ("pdf", "docx"):
        flat = document_text(render("minutes", r.meeting.pk, fmt))
        assert f"【意見】{r.follow_opinion.text}" in flat and "【附帯意見】" not in flat


def test_the_answers_course_of_deliberation_states_what_each_meeting_did_not_how_it_was_decided():
    from shingikai.meetings.models import Decision

    r = build_record()
    Decision.objects.filter(pk=r.decision2.pk).update(outcome="答申予定", vote_method="各委員の発言")
    flat = document_text(render("answer", r.answer.pk, "pdf"))
    assert "答申予定（各委員の発言）" not in flat and "各委員の発言" not in flat
    assert "審議（答申は後日）" in flat


def test_the_answers_course_does_not_put_off_an_answer_given_at_the_same_meeting():
    from shingikai.meetings.models import Answer, Decision

    r = build_record()
    Decision.objects.filter(pk=r.decision2.pk).update(outcome="答申予定")
    Answer.objects.filter(pk=r.answer.pk).update(date=r.meeting.date, meeting=r.meeting)
    flat = document_text(render("answer", r.answer.pk, "pdf"))
    assert "答申は後日" not in flat and "答申" in flat


def test_the_sensitive_files_report_keeps_a_department_a_figure_and_a_period_each_on_one_line(world):
    """A 課 of six characters, 「約123,456人」 and 「消除後150年」 in their table columns, and the summary's long labels,
    are never split (the columns once read 「こども家庭/課」, 「約52,000/人」)."""
    from test_register_actions import registered_file

    from shingikai.registers import actions

    assert world.dept_b.name == "こども家庭課"
    registered_file(world, department=world.dept_b, contains_sensitive=True, sensitive_note="病歴",
                    name="児童扶養手当受給者台帳", subject_count=52000, retention="消除後150年")
    registered_file(world, contains_sensitive=True, sensitive_note="障害の状況", subject_count=123456,
                    retention="消除後150年")
    registered_file(world, contains_sensitive=True, sensitive_note="病歴", name="難病患者見舞金台帳",
                    subject_count=300, retention="5年")
    report = actions.report_sensitive_files(plan_meeting(world.council, date=dt.date(2025, 10, 1)),
                                            as_of=dt.date(2025, 9, 30))
    text = lines(render("sensitive", report.pk, "pdf"))
    for phrase in ("こども家庭課", "約52,000人", "約123,456人", "約300人", "消除後150年", "本人の数の合計（概数）",
                   "うち公表の対象外（1,000人未満）", "要配慮個人情報"):
        assert phrase in text, (phrase, text)
    assert "非公表" in text and "1,000人未満のため" in text
