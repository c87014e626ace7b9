"""The yearly 運用状況報告 and 実施状況追加報告 on a register whose counts are known."""
import datetime
import io
import json

import pytest
from disclosure_helpers import answered_appeal
from django.core.management import call_command

from shingikai.disclosure import actions, report

D = datetime.date


@pytest.fixture
def register(world):
    def record(department, received_on, **kw):
        kind = kw.pop("kind", "public_document")
        return actions.record_request(department, kind=kind, received_on=received_on, documents="文書",
                                      requester_category="市内" if kind == "public_document" else "本人",
                                      requester_name="秘密 請求者", date_confirmed=True)
    full = record(world.dept_a, D(2024, 5, 13))
    actions.decide_request(full, decision="全部開示", decided_on=D(2024, 5, 23))
    partial = record(world.dept_a, D(2024, 6, 3))
    partial = actions.decide_request(partial, decision="部分開示", decided_on=D(2024, 6, 23), withheld_summary="氏名",
                                     grounds=[("条例第7条第2号", "個人に関する情報")])
    refused = record(world.dept_a, D(2024, 6, 3), kind="personal_disclosure")
    actions.extend_deadline(refused, days=30, reason="大量", notice_on=D(2024, 6, 20))
    actions.decide_request(refused, decision="不開示", decided_on=D(2024, 7, 20),
                           grounds=[("条例第7条第3号", "法人等情報")])
    withdrawn = record(world.dept_b, D(2024, 9, 2))
    actions.withdraw_request(withdrawn, on=D(2024, 9, 5))
    late = record(world.dept_b, D(2025, 3, 20))
    actions.decide_request(late, decision="不存在", decided_on=D(2025, 4, 10))
    earlier = record(world.dept_a, D(2023, 10, 2))
    actions.decide_request(earlier, decision="全部開示", decided_on=D(2023, 10, 12))
    answered_appeal(world, partial)
    return world


def test_counts_by_kind_decision_and_department(register):
    figures = report.operations_report(register.city, 2024)
    assert figures["total"] == 5
    assert {r["label"]: r["count"] for r in figures["by_kind"]} == {
        "公文書開示請求": 4, "保有個人情報開示請求": 1, "保有個人情報訂正請求": 0, "保有個人情報利用停止請求": 0}
    assert {r["decision"]: r["count"] for r in figures["by_decision"] if r["count"]} == {
        "全部開示": 1, "部分開示": 1, "不開示": 1, "不存在": 1, "取下げ": 1}
    assert [(r["department"], r["total"]) for r in figures["by_department"]] == [("市民課", 3), ("こども家庭課", 2)]


def test_grounds_timing_extensions_and_appeals(register):
    figures = report.operations_report(register.city, 2024)
    assert figures["grounds"] == [{"category": "個人に関する情報", "count": 1}, {"category": "法人等情報", "count": 1}]
    assert [r["article"] for r in figures["articles"]] == ["条例第7条第2号", "条例第7条第3号"]
    # Days to decision 10, 20, 47 and 21 (取下げ left out): median 20.5; 3 of 4 within the first period.
    assert figures["timing"] == {"decided": 4, "median_days": 20.5, "within_first_period": 3, "within_first_share": 75.0}
    assert (figures["extensions"], figures["special_extensions"]) == (1, 0)
    assert figures["appeals"]["filed"] == 1
    assert {r["outcome"]: r["count"] for r in figures["appeals"]["answers"]} == {"妥当": 0, "一部取消": 1, "取消": 0, "却下": 0}


def test_the_days_from_the_referral_to_the_answer_are_reported_for_the_years_answers(register, client):
    # 諮問 令和6年7月24日, 答申 令和6年9月18日 (answered_appeal): 56 days.
    figures = report.operations_report(register.city, 2024)["appeals"]
    assert (figures["answer_median_days"], figures["answer_longest_days"]) == (56, 56)
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert "諮問から答申までの日数 (中央値・最長)</th><td class=\"num\">56日 ・ 56日" in page
    csv_text = report.to_csv(report.operations_report(register.city, 2024)).decode("utf-8-sig")
    assert "答申,諮問から答申までの日数 (中央値),56\r\n" in csv_text
    assert client.get("/api/disclosure/reports/minami/2024").json()["appeals"]["answer_longest_days"] == 56
    # A year with no 答申 has no figure, not 0 days.
    assert report.operations_report(register.city, 2023)["appeals"]["answer_median_days"] is None
    assert "諮問から答申までの日数 (中央値・最長)</th><td class=\"num\">—" in client.get(
        "/disclosure/minami/report/2023/").content.decode()


def test_each_ground_counts_once_per_decision(register):
    """A decision recorded with the same article twice (before grounds were merged) and two articles of one
    category withheld under that category once: the report counts decisions, not rows."""
    from shingikai.disclosure.models import WithholdingGround

    partial = WithholdingGround.objects.get(article="条例第7条第2号").request
    WithholdingGround.objects.create(request=partial, article="条例第7条第2号", category="個人に関する情報")
    WithholdingGround.objects.create(request=partial, article="法第78条第1項第2号", category="個人に関する情報")
    figures = report.operations_report(register.city, 2024)
    assert figures["grounds"] == [{"category": "個人に関する情報", "count": 1}, {"category": "法人等情報", "count": 1}]
    assert {r["article"]: r["count"] for r in figures["articles"]} == {
        "条例第7条第2号": 1, "条例第7条第3号": 1, "法第78条第1項第2号": 1}


def test_comparison_with_earlier_years(register):
    figures = report.operations_report(register.city, 2024)
    history = figures["history"]
    # The register's first request is of 令和5年度: the years before it were not kept, and are no 0.
    assert [(r["fiscal_year"], r["requests"]) for r in history] == [(2023, 1), (2024, 5)]
    assert history[0]["within_first_share"] == 100.0
    assert figures["history_unrecorded_until"] == "令和4年度"


def test_additional_report_lists_requests_undecided_at_the_year_end_and_how_they_ended(register):
    additional = report.additional_report(register.city, 2024)
    assert [(r["received_on"], r["decision"], r["decided_on"]) for r in additional["rows"]] == [
        (D(2025, 3, 20), "不存在", D(2025, 4, 10))]


def test_csv_opens_in_excel_and_carries_the_figures(register):
    data = report.to_csv(report.operations_report(register.city, 2024))
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert "決定,部分開示,1\r\n" in text and "請求件数,合計,5\r\n" in text
    assert "秘密" not in text


def test_the_csv_carries_every_figure_of_the_page(register, client):
    """The 決定件数 the share is taken of, and the appeals under review, are on the page: the CSV the city
    publishes beside it says them too."""
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert "決定件数 (取下げ・移送を除く)" in page and "年度末に審理中" in page
    text = client.get("/disclosure/minami/report/2024/operations.csv").content.decode("utf-8-sig")
    figures = report.operations_report(register.city, 2024)
    assert f"決定までの日数,決定件数 (取下げ・移送を除く),{figures['timing']['decided']}\r\n" in text
    assert f"審査請求,年度末に審理中,{figures['appeals']['pending']}\r\n" in text


def test_charts_are_svg_with_japanese_labels_drawn_as_paths(register):
    charts = report.charts(report.operations_report(register.city, 2024))
    assert set(charts) == {"decisions", "departments", "history"}
    for _title, svg in charts.values():
        assert svg.startswith("<svg") and "<path" in svg
        assert "<text" not in svg  # text as outlines: no font needed to show it


def test_command_line_writes_pdf_csv_and_json(register, tmp_path, capsys):
    for fmt in ("pdf", "csv", "json"):
        out = tmp_path / f"r.{fmt}"
        call_command("report", "operations", "--fiscal-year", "2024", "--format", fmt, "-o", str(out))
        assert out.stat().st_size > 100
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "r.json").read_text())["total"] == 5
    from pypdf import PdfReader
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "運用状況報告" in text and "実施状況追加報告" in text


def test_command_line_refuses_a_bad_year_with_one_line(register, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("report", "operations", "--fiscal-year", "24", "--format", "csv", "-o", "-")
    assert exit_info.value.code == 2
    assert "年度" in capsys.readouterr().err


@pytest.mark.parametrize("which, fmt", [("operations", "pdf"), ("additional", "json")])
def test_command_line_refuses_a_year_before_the_registers_first_request(register, capsys, which, fmt):
    with pytest.raises(SystemExit) as exit_info:
        call_command("report", which, "--fiscal-year", "2022", "--format", fmt, "-o", "-")

    assert exit_info.value.code == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "令和4年度の開示請求等の記録はありません (この台帳の記録は令和5年度からです)。" in out.err


def test_both_reports_go_on_a_meetings_agenda_as_report_items(register):
    from shingikai.meetings.actions import plan_meeting

    meeting = plan_meeting(register.council, date=D(2025, 5, 26))
    item = actions.table_report(meeting, department=register.dept_a, fiscal_year=2024)
    extra = actions.table_report(meeting, department=register.dept_a, fiscal_year=2024, additional=True)
    assert item.kind == "報告" and item.title == "令和6年度情報公開・個人情報保護制度運用状況報告"
    assert "請求 5 件" in item.case.purpose and "部分開示 1件" in item.case.purpose
    assert extra.title.endswith("実施状況追加報告") and "不存在 令和7年4月10日" in extra.case.purpose
    assert "秘密" not in item.case.purpose + extra.case.purpose


def test_incidents_learned_of_in_the_year_are_counted_and_nothing_else_of_them_leaves(register, client):
    from shingikai.registers import actions as registers

    def incident(department, discovered_on, people, **kw):
        return registers.record_incident(department, title=f"誤送付 {people}人", discovered_on=discovered_on,
                                         what_leaked="氏名、住所", whose="秘密の本人", people_count=people, **kw)

    reported = incident(register.dept_a, D(2024, 7, 1), 150)
    registers.file_preliminary_report(reported, on=D(2024, 7, 3))
    incident(register.dept_b, D(2024, 11, 5), 2, kind="loss")
    incident(register.dept_a, D(2025, 4, 2), 500)  # the next fiscal year
    figures = report.operations_report(register.city, 2024)["incidents"]
    assert figures == {"total": 2, "people": 152, "reportable": 1, "preliminary_filed": 1, "final_filed": 0,
                       "preliminary_late": 0, "final_late": 0, "notified": 0, "notice_waived": 0,
                       "by_kind": [{"kind": "leak", "label": "漏えい", "count": 1},
                                   {"kind": "loss", "label": "滅失", "count": 1},
                                   {"kind": "damage", "label": "毀損", "count": 0}]}
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert "個人情報の漏えい等事案" in page and "秘密の本人" not in page and "誤送付" not in page
    csv_rows = client.get("/disclosure/minami/report/2024/operations.csv").content.decode("utf-8-sig")
    assert "漏えい等事案,個人情報保護委員会への報告対象,1" in csv_rows
    api = client.get("/api/disclosure/reports/minami/2024").json()["incidents"]
    assert api["total"] == 2 and api["by_kind"][1] == {"label": "滅失", "count": 1}


def test_the_yearly_report_counts_reports_filed_late_and_the_notices_to_the_people(register, client, settings):
    """A 速報 recorded after its deadline went into the year's 速報の提出 like one in time: the 委員会 asks the
    reason of a late one, so the report counts them; and how many reportable incidents' people were notified."""
    from shingikai.registers import actions as registers

    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5

    def incident(discovered_on):
        return registers.record_incident(register.dept_a, title="誤送付", discovered_on=discovered_on,
                                         what_leaked="氏名", whose="市民", people_count=150)

    late = incident(D(2024, 7, 1))
    registers.file_preliminary_report(late, on=D(2024, 7, 8), late_reason="確認に時間を要した")  # due 7月6日
    registers.notify_people(late, on=D(2024, 7, 9), method="文書")
    in_time = incident(D(2024, 8, 1))
    registers.file_preliminary_report(in_time, on=D(2024, 8, 6))
    registers.waive_notice(in_time, reason="連絡先が不明のため、ホームページで公表した")
    figures = report.operations_report(register.city, 2024)["incidents"]
    assert (figures["preliminary_filed"], figures["preliminary_late"]) == (2, 1)
    assert (figures["notified"], figures["notice_waived"]) == (1, 1)
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert 'id="incidents-late">1 (0)' in page
    assert "漏えい等事案,うち期限後の速報,1" in client.get(
        "/disclosure/minami/report/2024/operations.csv").content.decode("utf-8-sig")
    assert client.get("/api/disclosure/reports/minami/2024").json()["incidents"]["preliminary_late"] == 1


def _pages(data):
    from pypdf import PdfReader
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def test_the_printed_report_keeps_each_table_head_whole_and_with_its_figures(register):
    """Enough 実施機関 to run the table over a page: each page of it repeats the head, a head is never split
    inside its word (「存否応/答拒否」), and the 開示請求 of both kinds are read down one table of shared columns."""
    from shingikai.councils.models import Department

    for n in range(45):
        department = Department.objects.create(municipality=register.city, name=f"第{n + 1}出張所")
        request = actions.record_request(department, kind="public_document", received_on=D(2024, 7, 1),
                                         documents="文書", requester_category="市内", requester_name="請求者",
                                         date_confirmed=True)
        actions.decide_request(request, decision="全部開示", decided_on=D(2024, 7, 5))
    figures = report.operations_report(register.city, 2024)
    pages = _pages(report.to_pdf(figures))
    with_rows = [text for text in pages if "出張所" in text]
    assert len(with_rows) >= 2
    for text in with_rows:
        assert "存否応答拒否" in text and "全部開示" in text
    for text in pages:
        for head in ("全部開示", "部分開示", "存否応答拒否", "利用停止をする"):
            split = [head[:k] + "\n" + head[k:] for k in range(1, len(head))]
            assert not any(part in text for part in split), (head, text)
    tables = figures["kind_tables"]
    assert [[row["label"] for row in t["rows"]] for t in tables] == [
        ["公文書開示請求", "保有個人情報開示請求"], ["保有個人情報訂正請求"], ["保有個人情報利用停止請求"]]
    assert tables[0]["rows"][1]["cells"][tables[0]["columns"].index("不開示")] == 1


def test_the_printed_report_leaves_out_the_years_before_the_register_began(register):
    pages = "".join(_pages(report.to_pdf(report.operations_report(register.city, 2024))))
    assert "令和4年度以前は受付簿に記録がありません" in pages
    assert "令和2年度" not in pages and "令和3年度" not in pages


def test_the_share_decided_in_time_is_drawn_on_an_axis_of_its_own(register, monkeypatch):
    from shingikai.disclosure import charts

    drawn = []
    original = charts._svg
    monkeypatch.setattr(charts, "_svg", lambda fig: drawn.append(fig) or original(fig))
    report.charts(report.operations_report(register.city, 2024))
    history = drawn[-1]
    assert len(history.axes) == 2
    counts, share = history.axes
    assert share.get_ylim() != counts.get_ylim() and max(share.get_yticks()) == 100


def test_appeals_pending_at_the_year_end_are_counted_from_their_dates_not_todays_status(world, client):
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 12, 2), documents="文書",
                                     requester_category="市内", requester_name="秘密 請求者", date_confirmed=True)
    request = actions.decide_request(request, decision="部分開示", decided_on=D(2024, 12, 20), withheld_summary="氏名",
                                     grounds=[("条例第7条第2号", "個人に関する情報")])
    # Filed in 令和6年度 and answered in 令和7年度 (2025-04-12): under review on 令和7年3月31日.
    answered_appeal(world, request, filed_on=D(2025, 2, 1))
    figures = report.operations_report(world.city, 2024)["appeals"]
    assert (figures["pending"], figures["pending_as_of"], figures["year_ended"]) == (1, D(2025, 3, 31), True)
    assert report.operations_report(world.city, 2025)["appeals"]["pending"] == 0
    page = client.get("/disclosure/minami/report/2024/").content.decode()
    assert "年度末に審理中" in page and "速報値" not in page


def test_a_year_not_yet_ended_reports_appeals_pending_today_as_provisional(world, client):
    from shingikai.jp.wareki import fiscal_year

    today = datetime.date.today()
    figures = report.operations_report(world.city, fiscal_year(today))["appeals"]
    assert figures["year_ended"] is False
    page = client.get(f"/disclosure/minami/report/{fiscal_year(today)}/").content.decode()
    assert "現在審理中" in page and "速報値" in page and "年度末に審理中" not in page
    api = client.get(f"/api/disclosure/reports/minami/{fiscal_year(today)}").json()["appeals"]
    assert api["year_ended"] is False and "pending_as_of" in api


def test_a_year_not_yet_ended_prints_no_additional_report_dated_at_its_end(register, client, capsys):
    """The 実施状況追加報告 lists what was undecided at the 年度末: a year still running has none yet, and a
    table dated 「令和9年3月31日 時点」 would give today's undecided requests a day still to come."""
    from shingikai.jp.wareki import fiscal_year

    this_year = fiscal_year(datetime.date.today())
    actions.record_request(register.dept_a, kind="public_document", received_on=datetime.date.today(),
                           documents="文書", requester_category="市内")
    page = client.get(f"/disclosure/minami/report/{this_year}/").content.decode()
    assert "実施状況追加報告" not in page and "速報値" in page
    assert report.year_end_additional(register.city, this_year) is None
    # An ended year keeps it, on the page as in the PDF.
    assert "実施状況追加報告" in client.get("/disclosure/minami/report/2024/").content.decode()
    assert report.year_end_additional(register.city, 2024) == report.additional_report(register.city, 2024)
    with pytest.raises(SystemExit) as exit_info:
        call_command("report", "additional", "--fiscal-year", str(this_year), "--format", "json", "-o", "-")
    assert exit_info.value.code == 2
    out = capsys.readouterr()
    assert out.out == "" and "まだ終わっていないため、実施状況追加報告は作成しません" in out.err


def test_the_report_tabled_at_a_meeting_is_of_the_year_before_the_meetings_own(register):
    from shingikai.disclosure.forms import TableReportForm
    from shingikai.errors import ActionRefused
    from shingikai.meetings.actions import plan_meeting

    may = plan_meeting(register.council, date=D(2027, 5, 24))
    form = TableReportForm(municipality=register.city, meeting=may)
    assert form.fields["fiscal_year"].initial == 2026
    assert 2027 not in dict(form.fields["fiscal_year"].choices)
    past = plan_meeting(register.council, date=D(2019, 4, 30))
    assert TableReportForm(municipality=register.city, meeting=past).fields["fiscal_year"].initial == 2018
    with pytest.raises(ActionRefused, match="まだ終わっていない"):
        actions.table_report(may, department=register.dept_a, fiscal_year=2027)


def test_a_report_tabled_at_a_past_meeting_is_received_on_that_day(register):
    from django.utils import timezone

    from shingikai.meetings.actions import plan_meeting

    meeting = plan_meeting(register.council, date=D(2025, 5, 26))
    item = actions.table_report(meeting, department=register.dept_a, fiscal_year=2024)
    assert timezone.localdate(item.case.accepted_at) == D(2025, 5, 26)


def test_a_report_of_a_year_the_register_holds_nothing_for_says_so_and_prints_no_none(world):
    from shingikai.disclosure.forms import TableReportForm
    from shingikai.meetings.actions import plan_meeting

    meeting = plan_meeting(world.council, date=D(2026, 12, 21))
    offered = dict(TableReportForm(municipality=world.city, meeting=meeting).fields["fiscal_year"].choices)
    assert offered[2025] == "令和7年度 (受付簿に記録がありません)"
    item = actions.table_report(meeting, department=world.dept_a, fiscal_year=2025)
    assert item.case.purpose.startswith("請求 0 件。期間延長 0 件、審査請求 0 件。")
    assert "None" not in item.case.purpose and "()" not in item.case.purpose


def test_the_years_offered_for_a_report_are_not_marked_when_the_register_holds_them(register):
    from shingikai.disclosure.forms import TableReportForm
    from shingikai.meetings.actions import plan_meeting

    meeting = plan_meeting(register.council, date=D(2025, 5, 26))
    offered = dict(TableReportForm(municipality=register.city, meeting=meeting).fields["fiscal_year"].choices)
    assert offered[2024] == "令和6年度" and offered[2023] == "令和5年度"


def test_the_csv_keeps_a_department_name_that_looks_like_a_formula_as_text(register):
    """The report CSV is public (/api/disclosure/reports/…/operations.csv): a 課名 as typed on the departments
    screen is written so that a spreadsheet shows it rather than running it."""
    register.dept_a.name = "=HYPERLINK(\"http://example.invalid\",\"市民課\")"
    register.dept_a.save()
    text = report.to_csv(report.operations_report(register.city, 2024)).decode("utf-8-sig")
    assert "実施機関,\"'=HYPERLINK(" in text
    assert "\n実施機関,\"=HYPERLINK(" not in text and ",=HYPERLINK(" not in text


def test_a_median_of_whole_days_prints_as_days_not_with_a_decimal_point(world, client):
    """An even count's median of two equal days read 「9.0」 in the yearly comparison beside another year's 「10」."""
    for received, decided in ((D(2024, 5, 1), D(2024, 5, 10)), (D(2024, 6, 3), D(2024, 6, 12))):
        request = actions.record_request(world.dept_a, kind="public_document", received_on=received, documents="文書",
                                         requester_category="市内", requester_name="秘密 請求者", date_confirmed=True)
        actions.decide_request(request, decision="全部開示", decided_on=decided)
    figures = report.operations_report(world.city, 2024)
    assert figures["timing"]["median_days"] == 9 and isinstance(figures["timing"]["median_days"], int)
    assert figures["history"][-1]["median_days"] == 9
    assert "9.0" not in report.to_csv(figures).decode("utf-8-sig")


def test_a_past_years_report_names_each_department_as_it_was_called_at_the_years_end(register):
    from shingikai.councils.actions import rename_department

    rename_department(register.dept_a, name="市民窓口課", on=D(2025, 10, 1), by=register.secretariat)
    past = report.operations_report(register.city, 2024)
    assert [(r["department"], r["total"]) for r in past["by_department"]] == [("市民課", 3), ("こども家庭課", 2)]
    renamed = actions.record_request(register.dept_a, kind="public_document", received_on=D(2025, 11, 4),
                                     documents="文書", requester_category="市内", requester_name="秘密 請求者",
                                     date_confirmed=True)
    actions.decide_request(renamed, decision="全部開示", decided_on=D(2025, 11, 14))
    later = report.operations_report(register.city, 2025)
    assert [(r["department"], r["total"]) for r in later["by_department"]] == [("市民窓口課", 1)]
