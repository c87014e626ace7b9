"""The registers' documents: the council's 点検結果 on a 全項目評価書, and the 「要配慮個人情報の取扱状況」 report
generated from the file register. Built as the document dicts of documents/context.py and laid out by
documents/pdf.py, so they look like the 答申書 and the other official papers."""
from django.db.models import Q

from shingikai.documents.context import (
    BLANK_DATE, chair_line, chair_name, department_text, document, fields, head_with_name, heading, honorific, items_list, jdate, ki,
    left, note, numbered, para, right, table, title,
)

from shingikai.documents.errors import DocumentError, record_or_error
from shingikai.uploads import is_pdf

from .models import Assessment, PersonalInfoFile, SensitiveReport


def inspection_document(inspection):
    assessment = inspection.assessment
    item = inspection.agenda_item
    meeting = item.meeting if item else None
    council = meeting.council if meeting else None
    municipality = assessment.department.municipality
    about = f"特定個人情報保護評価書（{assessment.system_name}）に係る第三者点検の結果について"
    period = (f"{jdate(assessment.comment_start)}から{jdate(assessment.comment_end)}まで"
              if assessment.comment_start else "実施していない")
    blocks = [
        right(jdate(inspection.concluded_on, blank="令和　年　月　日")),
        left(honorific(head_with_name(municipality, inspection.concluded_on))),
        right(council.name if council else "", chair_line(council, inspection.concluded_on) if council else "会長"),
        title(f"{about}（通知）"),
        para(f"{jdate(meeting.date, blank='') if meeting else ''}の{meeting.short_label if meeting else ''}会議において、"
             "行政手続における特定の個人を識別するための番号の利用等に関する法律第28条及び特定個人情報保護評価指針に基づき、"
             "下記の評価書の第三者点検を行いましたので、その結果を通知します。"),
        ki(),
        heading("1　点検の対象", level=2),
        fields([
            ("評価実施機関", head_with_name(municipality, inspection.concluded_on)),
            ("評価実施事務", assessment.system_name),
            ("担当課", department_text(assessment.department, inspection.concluded_on, assessment).replace("　", " ")),
            ("評価書の種類", f"{assessment.get_level_display()}（第{assessment.version}版・{assessment.get_reason_display()}）"),
            ("しきい値判断", f"対象人数 {assessment.subject_count:,}人、取扱者数 {assessment.handler_count:,}人、"
                          f"過去1年以内の重大事故 {'あり' if assessment.incident_in_past_year else 'なし'}"),
            ("住民等からの意見聴取", period),
            ("寄せられた意見と対応", comments_received(assessment)),
        ], widths=(30, 70)),  # the longest label (10 characters) on one line
        heading("2　点検の結果", level=2),
        items_list(numbered(inspection.finding_lines) or ["（記載なし）"], bullet=len(inspection.finding_lines) <= 1),
    ]
    if inspection.request_lines:
        blocks += [heading("3　実施機関への要請事項", level=2),
                   items_list(numbered(inspection.request_lines), bullet=len(inspection.request_lines) == 1)]
    return document("inspection", f"{about}（通知）", council, blocks, draft=inspection.concluded_on is None,
                    filename=f"第三者点検結果_{assessment.system_name}_第{assessment.version}版")


def register_sheet(item, register, files, council):
    """The page of the members' materials for an agenda item a register record stands behind (agenda.RegisterItem):
    its facts, and the titles of the files that follow it (those not in PDF are on the record's page only)."""
    rows = list(register.facts)
    if register.files is not None:
        rows.append(("評価書の資料", [f"{f}{'' if is_pdf(f.file) else '（PDF以外のため綴じ込みなし）'}" for f in files]
                     or "なし"))
    return document("register", item.title, council,
                    [title(item.title), heading(register.label, level=2), fields(rows)])


def comments_received(assessment):
    """What the 意見募集 brought in, as the department recorded it: 「意見はなかった」 only when it recorded none."""
    if not assessment.comment_start:
        return "—"
    if assessment.comment_count is None:
        return "（記録されていない）"
    if assessment.comment_count == 0:
        return "意見はなかった"
    return (f"{assessment.comment_count}件\n意見の概要：{assessment.comment_result}\n"
            f"実施機関の対応：{assessment.comment_response}")


def sensitive_files(report):
    """Registered files of the city holding 要配慮 or 条例要配慮 information, entered on or before the report's date."""
    return (PersonalInfoFile.objects.filter(department__municipality=report.municipality, registered_on__lte=report.as_of,
                                            state=PersonalInfoFile.State.REGISTERED)
            .filter(Q(contains_sensitive=True) | Q(contains_ordinance_sensitive=True))
            .select_related("department").order_by("department__name", "name"))


def sensitive_report_context(report):
    files = list(sensitive_files(report))
    departments = sorted({f.department.name for f in files})
    total = sum(f.subject_count for f in files)
    return {"report": report, "files": files, "departments": departments, "total": total,
            "unpublished": sum(1 for f in files if f.exempt_from_publication),
            "assessments": Assessment.objects.filter(department__municipality=report.municipality,
                                                     state=Assessment.State.SUBMITTED, superseded=False)}


def sensitive_report_document(report):
    data = sensitive_report_context(report)
    item = report.agenda_item
    council = item.meeting.council if item else None
    about = "要配慮個人情報の取扱状況について"
    rows = [[f.department.name, f.name, f.sensitive_note or f.sensitive_label, f"約{f.subject_count:,}人",
             f.retention, "非公表" if f.exempt_from_publication else "公表"] for f in data["files"]]
    # Addressed as the city's other reports to the council are (the 報告書): dated the meeting it is reported at.
    on = item.meeting.date if item else None
    chair = chair_name(council, on) if council else ""
    blocks = [
        right(jdate(on, blank=BLANK_DATE)),
        left(council.name if council else "", f"会長　{chair}　様" if chair else "会長　様"),
        right(head_with_name(report.municipality, on)),
        title(f"{about}（報告）"),
        right(jdate(report.as_of) + "現在"),
        para(f"個人情報ファイル簿に登載された個人情報ファイルのうち、要配慮個人情報又は条例要配慮個人情報を含むものの"
             f"取扱状況を報告します（{jdate(report.as_of)}現在）。"),
        heading("1　概要", level=2),
        fields([("該当ファイル数", f"{len(data['files'])}件（{len(data['departments'])}課）"),
                ("本人の数の合計（概数）", f"約{data['total']:,}人"),
                ("うち公表の対象外（1,000人未満）", f"{data['unpublished']}件")], widths=(40, 60)),
        heading("2　ファイルごとの状況", level=2),
        # Sized so a 課 of eight characters, 「約123,456人」 and 「消除後150年」 each fit their column on one line.
        table(["担当課", "ファイルの名称", "要配慮個人情報", "本人の数", "保存期間", "公表"], rows,
              [19, 23, 17, 15, 17, 9]) if rows else para("該当するファイルはありません。"),
        *([note("非公表: 本人の数が1,000人未満のため、個人情報ファイル簿の公表の対象外であるもの。")]
          if data["unpublished"] else []),
    ]
    return document("sensitive", f"{about}（報告）", council, blocks, filename=f"要配慮個人情報の取扱状況_{report.as_of.isoformat()}")


def inspection_of(obj_id, *, reading=None):
    """The `inspection` kind of `shingikai document`: the 点検結果 on the 評価書 with this ID."""
    assessment = record_or_error(Assessment.objects.all(), obj_id, "特定個人情報保護評価書")
    inspection = getattr(assessment, "inspection", None)
    if inspection is None:
        raise DocumentError("この評価書は第三者点検に付されていません。", code="not-found")
    return inspection_document(inspection)


def sensitive_report_of(obj_id, *, reading=None):
    """The `sensitive` kind of `shingikai document`: the 要配慮個人情報の取扱状況 report with this ID."""
    return sensitive_report_document(record_or_error(SensitiveReport.objects.select_related("agenda_item__meeting__council"),
                                          obj_id, "要配慮個人情報の取扱状況の報告"))
