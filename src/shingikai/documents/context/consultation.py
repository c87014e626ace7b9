"""The 諮問書: the department's consultation as the council receives it, with its checklist."""
from __future__ import annotations

from shingikai.cases.models import Case, Category, StorageLocation, TransferMethod

from .common import (
    logger, BLANK_DATE, NOT_STATED, NONE_WORD, jdate, yen, head_with_name, subject, lines_of, title, right,
    left, heading, para, note, fields, table, pagebreak, ki, document, file_date, get_or_refuse, chair_name, consulted_on,
    department_text, labels, is_full, body_word,
)

APPEAL_CLOSED_NOTE = "審査請求の内容は審査会の非公開の審議に付されるため、この写しには記載しません。"
PUBLIC_COPY_NOTE = "別紙（案件の概要）及び付録は審議会の審議資料のため、公開用の写しには含めていません。"


def shimonsho(case_id, *, reading=None):
    case = get_or_refuse(Case.objects.select_related("council__municipality", "department"), case_id, "案件")
    appeal = _appeal_of(case)
    council = case.council
    municipality = council.municipality
    is_report = case.kind == Case.Kind.REPORT
    verb = "報告" if is_report else "諮問"
    on = consulted_on(case)
    draft = case.status in (Case.Status.DRAFT, Case.Status.SUBMITTED, Case.Status.RETURNED) or (
        not is_report and not case.number
    )
    chair = chair_name(council, on)
    # The public form (the observers' materials) says what the public case page says, nothing more: the
    # 別紙, the secretariat's checklist and the departments involved beside the one in charge are working papers.
    public = not is_full(reading) and not appeal
    basis = "、".join(case.legal_bases)
    if is_report:
        opening = f"{basis}の規定に基づき、下記のとおり報告します。" if basis else "下記のとおり報告します。"
    else:
        body = body_word(council)
        opening = (f"下記の事項について、{basis}の規定に基づき、貴{body}の意見を求めます。" if basis
                   else f"下記の事項について、貴{body}の意見を求めます。")

    def finished(blocks):
        return document("shimonsho", f"{subject(case.title)}（{verb}）", council, blocks, draft=draft,
                        filename=f"{verb}書_{case.number or f'案{case.pk}'}{file_date(on)}")

    # A report received before reports were numbered has no number to give; a blank 「報告第　　号」 would
    # stand on it for ever, so the line is left out.
    number = case.number or ("" if is_report and not draft else f"{verb}第　　号")
    # A report that describes no handling of personal data (the yearly 運用状況報告) is its text alone: the
    # processing 別紙 and the checklist would be pages of 「記載なし」 and questions nobody is to answer.
    annexes = bool(appeal) or not is_report or describes_processing(case)
    blocks = [
        right(number, jdate(on, blank=BLANK_DATE)),
        left(council.name, f"会長　{chair}　様" if chair else "会長　様"),
        right(head_with_name(municipality, on)),
        title(f"{subject(case.title)}（{verb}）"),
        para(opening),
        ki(),
        fields([row for row in [
            (f"{verb}事項", case.title),
            ("担当課", [department_text(case.department, on, case)] + ([] if public else [
                f"{department_text(i.department, on)}（{i.role}）" for i in case.involved.select_related("department")
            ])),
            ("類型", "、".join(case.category_labels) or NOT_STATED) if annexes else None,
            ("根拠条項", case.legal_bases or NOT_STATED) if annexes or case.legal_bases else None,
            (f"{verb}の理由" if annexes else "報告の内容", case.purpose or NOT_STATED),
            ("添付資料", ["別紙　審査請求の概要と審査の経過"] if appeal
             else ["別紙　案件の概要", "付録　審査チェックリストと担当課の回答"]) if annexes and not public else None,
        ] if row]),
    ]
    if case.status == Case.Status.WITHDRAWN:
        blocks.append(note("この案件は取り下げられました。" if public else
                           f"この案件は取り下げられました。理由：{case.withdraw_reason or NOT_STATED}"))
    if appeal:
        # An appeal is judged on the decision, the appellant's claims and the 理由説明書, not on the
        # personal-data questions of a new use; its checklist would be empty noise.
        blocks += [pagebreak(), heading("別紙　審査請求の概要と審査の経過")]
        blocks += appeal_blocks(appeal) if is_full(reading) else [para(APPEAL_CLOSED_NOTE)]
        return finished(blocks)
    if not annexes:
        return finished(blocks)
    if public:
        blocks.append(note(PUBLIC_COPY_NOTE))
        return finished(blocks)
    blocks += [pagebreak(), heading("別紙　案件の概要"), para(case.title, indent=False)]
    blocks += case_detail_blocks(case)
    blocks += [pagebreak(), heading("付録　審査チェックリストと担当課の回答")]
    blocks += checklist_blocks(case)
    return finished(blocks)


def _appeal_of(case):
    from shingikai.disclosure.models import Appeal

    return Appeal.objects.select_related("request").filter(case=case).first()


def appeal_blocks(appeal):
    """What the members read before they deliberate an appeal: the decision appealed against with its
    grounds, the appeal's 趣旨, both parties' claims and the steps so far. The appellant's name, the
    withheld parts and the secretariat's notes of each step stay in the register (事務局のみ)."""
    from shingikai.disclosure.meeting_steps import party_of

    request = appeal.request
    grounds = [f"{g.article}（{g.category}）" for g in request.grounds.all()]
    blocks = [heading("1　審査請求に係る処分", level=2), fields([
        ("請求の種類", request.get_kind_display()),
        ("受付番号・請求日", f"{request.number}（{jdate(request.received_on)}）"),
        ("請求された文書・情報", request.documents or NOT_STATED),
        ("決定", f"{appeal.decision_title if appeal.decision_appealed else NOT_STATED}"
                 f"（{jdate(appeal.decided_on_appealed)}）"),
    ] + ([("相当の部分として決定した範囲", f"{request.portion_scope}（特例延長、法第84条）")] if appeal.against_portion else [])
      + [("不開示の理由", grounds or NONE_WORD)])]
    late = "（審査請求期間の経過後）" if appeal.filed_late else ""
    blocks += [heading("2　審査請求", level=2), fields([
        ("審査請求番号", appeal.number),
        ("審査請求日", jdate(appeal.filed_on) + late),
        ("処分を知った日", jdate(appeal.learned_on)),
        ("諮問日", jdate(appeal.referred_on, blank=NOT_STATED)),
    ])]
    blocks += [heading("3　審査請求の趣旨", level=2), para(appeal.purport or NOT_STATED)]
    blocks += [heading("4　審査請求人の主張", level=2), para(appeal.appellant_claims or NOT_STATED)]
    blocks += [heading("5　実施機関の主張（理由説明書）", level=2), para(appeal.agency_claims or NOT_STATED)]
    events = list(appeal.events.select_related("meeting").order_by("on", "id"))
    blocks.append(heading("6　審査の経過", level=2))
    if events:
        blocks.append(table(["年月日", "経過", "提出者・会議"], [
            [jdate(e.on), e.get_kind_display(), e.meeting.short_label if e.meeting else party_of(e)]
            for e in events], [30, 30, 40]))
    else:
        blocks.append(para(NONE_WORD))
    return blocks


#: The fields in which a case describes a handling of personal data (what the 別紙 and the checklist are about).
PROCESSING_FIELDS = (
    "data_subjects", "subject_count", "data_source", "data_destination", "transfer_methods", "transfer_note",
    "storage_locations", "storage_note", "retention_period", "destruction_method", "security_measures",
    "subcontracting", "offsite_work", "media_return", "notice_to_subjects", "sensitive_reason", "uses_my_number",
    "handler_count", "camera_signs", "start_date", "budget_yen",
)


def describes_processing(case) -> bool:
    return (any(getattr(case, name) not in (None, "", [], False) for name in PROCESSING_FIELDS)
            or case.data_items.exists() or case.contractors.exists())


def case_detail_blocks(case):
    blocks = []
    n = 0

    def section(text):
        nonlocal n
        n += 1
        blocks.append(heading(f"{n}　{text}", level=2))

    section("個人情報の項目")
    items = list(case.data_items.all())
    if items:
        blocks.append(table(
            ["番号", "項目", "要配慮", "必須／任意", "必要な理由"],
            [[str(i), item.name, "○" if item.sensitive else "", "必須" if item.required else "任意", item.reason]
             for i, item in enumerate(items, 1)],
            [8, 24, 10, 14, 44],
        ))
        blocks.append(note("要配慮欄の○は要配慮個人情報。任意の項目は、本人が記入しなくても手続ができるもの。"))
    else:
        blocks.append(para(NOT_STATED))

    section("対象者と件数")
    count = f"{case.subject_count:,}人" if case.subject_count is not None else NOT_STATED
    if case.subject_count_note:
        count += f"（{case.subject_count_note}）"
    blocks.append(fields([("対象者", case.data_subjects or NOT_STATED), ("件数", count)]))

    section("情報の流れ")
    methods = labels(case.transfer_methods, TransferMethod.choices)
    flow = f"{compact_line(case.data_source)} → {compact_line(case.data_destination)}"
    blocks.append(fields([
        ("収集元", case.data_source or NOT_STATED),
        ("提供先・利用先", case.data_destination or NOT_STATED),
        ("流れ", flow if case.data_source or case.data_destination else NOT_STATED),
        ("受渡方法", ["、".join(methods)] + lines_of(case.transfer_note) if methods or case.transfer_note else NOT_STATED),
    ]))

    section("委託事業者")
    contractors = list(case.contractors.prefetch_related("certifications"))
    if contractors:
        rows = []
        for c in contractors:
            period = " ～ ".join(p for p in (jdate(c.work_start, blank=""), jdate(c.work_end, blank="")) if p)
            certs = "\n".join(cert_line(x) for x in c.certifications.all()) or "なし"
            rows.append([c.name, c.role, c.work, period, certs])
        blocks.append(table(["事業者名", "役割", "委託内容", "作業期間", "認証（登録番号・有効期限）"], rows,
                            [20, 10, 22, 20, 28]))
    else:
        blocks.append(para(NONE_WORD))
    rows = [("再委託", case.subcontracting or NOT_STATED),
            ("庁舎外での作業", ("あり" if case.offsite_work else "なし"))]
    if case.offsite_work or case.offsite_supervision:
        rows.append(("庁舎外作業の監督", case.offsite_supervision or NOT_STATED))
    blocks.append(fields(rows))

    section("保管・保存・廃棄")
    places = labels(case.storage_locations, StorageLocation.choices)
    blocks.append(fields([
        ("保管場所", ["、".join(places)] + lines_of(case.storage_note) if places or case.storage_note else NOT_STATED),
        ("保存期間", case.retention_period or NOT_STATED),
        ("廃棄方法", case.destruction_method or NOT_STATED),
        ("媒体の返却・消去", case.media_return or NOT_STATED),
    ]))

    section("安全管理措置")
    blocks.append(fields([
        ("措置", case.security_measures or NOT_STATED),
        ("取扱者数", f"{case.handler_count:,}人" if case.handler_count is not None else NOT_STATED),
        ("特定個人情報", "扱う" if case.uses_my_number else "扱わない"),
        ("過去1年以内の重大事故", "あり" if case.incident_in_past_year else "なし"),
    ]))

    section("本人への周知")
    blocks.append(para(case.notice_to_subjects or NOT_STATED))

    sensitive = Category.SENSITIVE_INFO in case.categories or any(i.sensitive for i in items)
    if sensitive or case.sensitive_reason or case.sensitive_access:
        section("要配慮個人情報")
        blocks.append(fields([("扱う理由", case.sensitive_reason or NOT_STATED),
                              ("閲覧できる者と認証方法", case.sensitive_access or NOT_STATED)]))
    if Category.CCTV in case.categories or case.camera_signs or case.camera_retention or case.camera_viewers:
        section("防犯カメラ")
        blocks.append(fields([("設置の表示", case.camera_signs or NOT_STATED),
                              ("録画の保存期間", case.camera_retention or NOT_STATED),
                              ("録画を閲覧できる者", case.camera_viewers or NOT_STATED)]))

    section("実施予定と予算")
    budget = yen(case.budget_yen) if case.budget_yen is not None else NOT_STATED
    if case.budget_note:
        budget += f"（{case.budget_note}）"
    blocks.append(fields([
        ("開始予定日", jdate(case.start_date, blank=NOT_STATED)),
        ("終了予定日", jdate(case.end_date, blank=NOT_STATED)),
        ("予算額", budget),
    ]))
    return blocks


def compact_line(text):
    return " ".join(lines_of(text)) or "（記載なし）"


def cert_line(cert) -> str:
    name = f"{cert.get_kind_display()}（{cert.number}）" if cert.number else cert.get_kind_display()
    until = f"{jdate(cert.valid_until)}まで" if cert.valid_until else "有効期限の記載なし"
    return f"{name}\n{until}"


CHECKLIST_NOT_EVALUATED = "チェックリストは未評価です。"


def checklist_blocks(case):
    try:
        from shingikai.cases import checklist
    except ModuleNotFoundError as exc:
        if exc.name not in ("shingikai.cases.checklist",):
            logger.exception("the checklist module failed to import")
        return [para(CHECKLIST_NOT_EVALUATED)]
    try:
        findings = list(checklist.evaluate(case))
    except Exception:  # a broken rule must not keep the secretariat from printing the 諮問書
        logger.exception("checklist.evaluate failed for case %s", case.pk)
        return [para("チェックリストを評価できませんでした。事務局で確認してください。")]
    if not findings:
        return [para("チェックリストで確認を要する事項はありません。")]
    rows = []
    for finding in findings:
        severity = getattr(finding, "severity_label", None) or str(getattr(finding, "severity", "") or "")
        answer = getattr(finding, "answer", "") or "（未回答）"
        rows.append([getattr(finding, "code", ""), severity, getattr(finding, "title", ""),
                     getattr(finding, "explanation", ""), answer])
    return [
        para("担当課の記載から機械的に抽出した確認事項と、それぞれに対する担当課の回答です。"),
        table(["番号", "重要度", "確認事項", "説明", "担当課の回答"],
              [[str(i)] + row[1:] for i, row in enumerate(rows, 1)], [7, 10, 20, 33, 30]),
    ]
