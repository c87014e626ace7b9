"""Official documents as plain data: each builder reads the stored record and returns a dict

    {"kind", "title", "filename", "footer", "draft", "blocks": [block, ...]}

where every block is a small dict ({"type": "para", "lines": [...]}, see `pdf.py` / `word.py` for the
renderers). Everything a document says is decided here, once, so the PDF and the DOCX cannot drift
apart; the renderers only lay it out.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from django.utils import timezone

from shingikai.cases.models import Case, Category, StorageLocation, TransferMethod
from shingikai.councils.actions import chair_of
from shingikai.councils.models import Council
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import AgendaItem, Answer, Attendance, Decision, FollowUp, Meeting
from shingikai.minutes.models import Minutes, MinutesSigner

from . import speakers
from .errors import DocumentError

logger = logging.getLogger(__name__)

WEEKDAYS = "月火水木金土日"
BLANK_DATE = "令和　　年　　月　　日"
UNKNOWN_DATE = "（日付の記録なし）"
NOT_STATED = "記載なし"
NONE_WORD = "なし"


# --- formatting ----------------------------------------------------------------------------------

def _local_date(value):
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def jdate(value, *, weekday=False, blank=UNKNOWN_DATE) -> str:
    """令和3年5月10日 (with （月） when asked); `blank` when there is no date."""
    value = _local_date(value)
    if value is None:
        return blank
    try:
        text = to_wareki(value)
    except ValueError:
        text = value.isoformat()
    return f"{text}（{WEEKDAYS[value.weekday()]}）" if weekday else text


def jtime(value) -> str:
    return f"{value.hour}時{value.minute:02d}分" if value is not None else ""


def time_range(start, end) -> str:
    if start is None and end is None:
        return ""
    if end is None:
        return f"{jtime(start)}から"
    if start is None:
        return f"{jtime(end)}まで"
    return f"{jtime(start)}～{jtime(end)}"


def when(meeting) -> str:
    parts = (jdate(meeting.date, weekday=True), time_range(meeting.start_time, meeting.end_time))
    return " ".join(p for p in parts if p)


def full_label(meeting) -> str:
    """令和3年度第1回（通算第54回）: Meeting.label with the brackets documents use."""
    cumulative = f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else ""
    return meeting.short_label + cumulative


def compact_name(name: str) -> str:
    return re.sub(r"[\s\u3000]+", "", name or "")


def yen(amount) -> str:
    return f"{amount:,}円"


def head_of(municipality) -> str:
    """「市長」 of 志木市 → 「志木市長」; a title that already names the body is kept as is."""
    title = (municipality.head_title or "").strip() or "市長"
    name = municipality.name
    if name and name not in title:
        title = (name[:-1] if title[:1] == name[-1:] else name) + title
    return title


def head_with_name(municipality) -> str:
    head = head_of(municipality)
    return f"{head}　{municipality.head_name}" if municipality.head_name else head


def honorific(addressee: str) -> str:
    addressee = (addressee or "").strip()
    if not addressee:
        return "様"
    return addressee if addressee.endswith(("様", "殿")) else f"{addressee}　様"


def subject(title: str) -> str:
    """「…について」 titles take （諮問） directly; others get について first."""
    title = (title or "").strip()
    return title if title.endswith("について") else f"{title}について"


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- blocks --------------------------------------------------------------------------------------

def title(*lines):
    return {"type": "title", "lines": [line for line in lines if line]}


def right(*lines):
    return {"type": "right", "lines": [line for line in lines if line]}


def left(*lines):
    return {"type": "left", "lines": [line for line in lines if line]}


def heading(text, level=1):
    return {"type": "heading", "level": level, "text": text}


def para(text, *, indent=True, align="", size=""):
    """A paragraph; each line of `text` becomes its own paragraph (so each is indented)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()] or [""]
    return {"type": "para", "lines": lines, "indent": indent, "align": align, "size": size}


def note(text):
    return {"type": "note", "text": text}


def items_list(items, *, bullet=True):
    return {"type": "list", "items": [i for i in items if i], "bullet": bullet}


def fields(rows, *, plain=False, widths=(24, 76)):
    """A label/value table; a value is a string or a list of lines."""
    out = []
    for label, value in rows:
        values = value if isinstance(value, list) else lines_of(value) if "\n" in (value or "") else [value]
        out.append({"label": label, "values": [v for v in values if v] or [NOT_STATED]})
    return {"type": "fields", "rows": out, "plain": plain, "widths": list(widths)}


def table(header, rows, widths):
    return {"type": "table", "header": list(header), "rows": [[c if c else "" for c in row] for row in rows],
            "widths": list(widths)}


def turn(label, text, *, style="bracket"):
    prefix = f"〔{label}〕" if style == "bracket" else f"{label}："
    return {"type": "turn", "label": prefix, "text": text}


def framed(header, blocks):
    return {"type": "framed", "header": header, "blocks": blocks}


def pagebreak():
    return {"type": "pagebreak"}


def ki():
    return para("記", indent=False, align="center")


def signature(intro, signers):
    return {"type": "signature", "intro": intro, "signers": signers}


def document(kind, doc_title, council, blocks, *, draft=False, filename=None):
    return {
        "kind": kind, "title": doc_title, "footer": council.name if council else "", "draft": bool(draft),
        "blocks": blocks, "filename": filename or doc_title,
    }


# --- lookups -------------------------------------------------------------------------------------

def _get(queryset, obj_id, what):
    try:
        return queryset.get(pk=obj_id)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise DocumentError(f"{what} (ID {obj_id}) が見つかりません。", code="not-found") from None


def chair_name(council, on) -> str:
    person = chair_of(council, on or timezone.localdate())
    return person.name if person else ""


def consulted_on(case):
    """The date of the 諮問: the first meeting the case was put before, else the day it was received.

    Councils are consulted at (or just before) the meeting the case is tabled at; the model has no
    separate 諮問日, and this keeps the 諮問書 and the 答申書 quoting the same date.
    """
    item = (
        case.agenda_items.exclude(meeting__state=Meeting.State.CANCELLED)
        .exclude(meeting__date__isnull=True).order_by("meeting__date").select_related("meeting").first()
    )
    if item is not None:
        return item.meeting.date
    return _local_date(case.accepted_at)


def department_text(department) -> str:
    if department is None:
        return ""
    return f"{department.division}　{department.name}" if department.division else department.name


def labels(values, choices) -> list[str]:
    names = dict(choices)
    return [str(names.get(v, v)) for v in values or []]


OUTCOME_RESULT = {
    Decision.Outcome.APPROVED: "承認された",
    Decision.Outcome.CONSENTED: "同意された",
    Decision.Outcome.CONDITIONAL: "条件を付して承認された",
    Decision.Outcome.CONTINUED: "継続審議とされた",
    Decision.Outcome.ANSWER_PENDING: "後日答申することとされた",
    Decision.Outcome.REPORT_NOTED: "報告が了承された",
    Decision.Outcome.REJECTED: "承認されなかった",
    Decision.Outcome.UNKNOWN: "結論は記録されていない",
}


def decision_heading(decision) -> str:
    if decision is None:
        return "結論の記録はありません。"
    text = decision.get_outcome_display()
    if decision.vote_method == Decision.VoteMethod.BALLOT and decision.votes_for is not None:
        counts = f"賛成{decision.votes_for}、反対{decision.votes_against or 0}"
        if decision.votes_abstain:
            counts += f"、棄権{decision.votes_abstain}"
        return f"{text}（採決：{counts}）"
    if decision.vote_method and decision.vote_method != Decision.VoteMethod.UNKNOWN:
        return f"{text}（{decision.get_vote_method_display()}）"
    return text


FOLLOW_UP_KIND = {FollowUp.Kind.OPINION: "附帯意見"}


def follow_up_kind(follow_up) -> str:
    return FOLLOW_UP_KIND.get(follow_up.kind, follow_up.kind)


def follow_up_line(follow_up) -> str:
    extras = []
    if follow_up.department_id:
        extras.append(f"対応：{follow_up.department.name}")
    if follow_up.due_date:
        extras.append(f"期限：{jdate(follow_up.due_date)}")
    tail = f"（{'、'.join(extras)}）" if extras else ""
    return f"【{follow_up_kind(follow_up)}】{follow_up.text}{tail}"


def decision_blocks(decision):
    blocks = [para(decision_heading(decision))]
    if decision is None:
        return blocks
    if decision.wording.strip():
        blocks.append(para(decision.wording))
    follow_ups = list(decision.follow_ups.all())
    if follow_ups:
        blocks.append(items_list(follow_up_line(f) for f in follow_ups))
    return blocks


def _decision_of(item):
    try:
        return item.decision
    except Decision.DoesNotExist:
        return None


# --- 諮問書 --------------------------------------------------------------------------------------

def shimonsho(case_id, *, reading=None):
    case = _get(Case.objects.select_related("council__municipality", "department"), case_id, "案件")
    council = case.council
    municipality = council.municipality
    is_report = case.kind == Case.Kind.REPORT
    verb = "報告" if is_report else "諮問"
    on = consulted_on(case)
    draft = case.status in (Case.Status.DRAFT, Case.Status.SUBMITTED, Case.Status.RETURNED) or (
        not is_report and not case.number
    )
    chair = chair_name(council, on)
    basis = "、".join(case.legal_bases)
    if is_report:
        opening = f"{basis}の規定に基づき、下記のとおり報告します。" if basis else "下記のとおり報告します。"
    else:
        opening = (f"下記の事項について、{basis}の規定に基づき、貴{council.body_type}の意見を求めます。" if basis
                   else f"下記の事項について、貴{council.body_type}の意見を求めます。")
    blocks = [
        right(case.number or f"{verb}第　　号", jdate(on, blank=BLANK_DATE)),
        left(council.name, f"会長　{chair}　様" if chair else "会長　様"),
        right(head_with_name(municipality)),
        title(f"{subject(case.title)}（{verb}）"),
        para(opening),
        ki(),
        fields([
            (f"{verb}事項", case.title),
            ("担当課", [department_text(case.department)] + [
                f"{department_text(i.department)}（{i.role}）" for i in case.involved.select_related("department")
            ]),
            ("類型", "、".join(case.category_labels) or NOT_STATED),
            ("根拠条項", case.legal_bases or NOT_STATED),
            (f"{verb}の理由", case.purpose or NOT_STATED),
            ("添付資料", ["別紙　案件の概要", "付録　審査チェックリストと担当課の回答"]),
        ]),
    ]
    if case.status == Case.Status.WITHDRAWN:
        blocks.append(note(f"この案件は取り下げられました。理由：{case.withdraw_reason or NOT_STATED}"))
    blocks += [pagebreak(), heading("別紙　案件の概要"), para(case.title, indent=False)]
    blocks += case_detail_blocks(case)
    blocks += [pagebreak(), heading("付録　審査チェックリストと担当課の回答")]
    blocks += checklist_blocks(case)
    return document("shimonsho", f"{subject(case.title)}（{verb}）", council, blocks, draft=draft,
                    filename=f"{verb}書_{case.number or case.pk}")


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


# --- 会議次第 ------------------------------------------------------------------------------------

def agenda(meeting_id, *, reading=None):
    meeting = _get(Meeting.objects.select_related("council__municipality"), meeting_id, "会議")
    council = meeting.council
    every_item = list(meeting.items.select_related("case", "meeting").prefetch_related("departments"))
    items = [item for item in every_item if shows_item(reading, item)]
    blocks = [title(f"{meeting.short_label}{council.name}", "次　第",
                    f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")]
    blocks.append(fields([
        ("日時", when(meeting) or UNKNOWN_DATE),
        ("場所", meeting.place or "未定"),
        ("会議の公開", meeting_publicity(meeting, reading)),
    ], plain=True, widths=(16, 84)))
    if meeting.state == Meeting.State.CANCELLED:
        blocks.append(para("この会議は中止となりました。", indent=False, align="center", size="large"))
    blocks.append(heading("次第"))
    if not every_item:
        blocks.append(para("（議題は未定です）"))
    for n, item in enumerate(items, 1):
        blocks.append(para(f"{n}　{item.title}{item_kind_suffix(item)}", indent=False))
        details = []
        departments = "、".join(d.name for d in item.departments.all())
        if item.is_deliberation and departments:
            details.append(f"担当課：{departments}")
        if item.case and item.case.number:
            details.append(item.case.number)
        if not item.is_public or not meeting.is_public:
            details.append(f"非公開（{item.closed_reason or meeting.closed_reason or '理由の記載なし'}）")
        if details:
            blocks.append(note("　".join(details)))
    blocks += closed_items_blocks(council, len(every_item) - len(items))
    blocks.append(heading("配布資料"))
    materials = [str(m) for m in (meeting.materials or []) if str(m).strip()]
    blocks.append(items_list(materials) if materials else para(NONE_WORD))
    return document("agenda", f"{meeting.short_label}{council.name}次第", council, blocks,
                    filename=f"次第_{meeting.short_label}")


def is_full(reading) -> bool:
    """None is the trusted command line (`shingikai document` without --public): the whole record."""
    return reading is None or reading.full


def shows_item(reading, item) -> bool:
    return reading is None or reading.shows_item(item)


def meeting_publicity(meeting, reading) -> str:
    if meeting.is_public:
        return "公開"
    return f"非公開（{meeting.closed_reason or '理由の記載なし'}）" if is_full(reading) else "非公開"


def closed_items_blocks(council, hidden):
    """What a reader who may not see them learns of closed items: the count, where the council's policy
    says so; never their titles or reasons."""
    if not hidden or council.closed_items_shown == Council.ClosedItemsShown.OMIT:
        return []
    return [note(f"非公開案件 {hidden}件（非公開で審議するため、件名等は掲載していません）")]


def item_kind_suffix(item) -> str:
    if item.kind in (AgendaItem.Kind.CONSULTATION, AgendaItem.Kind.REPORT):
        return f"（{item.kind}）"
    return ""


# --- 会議録 --------------------------------------------------------------------------------------

class MeetingRecord:
    """Everything the minutes need, fetched once, with the name policy applied to the turns."""

    def __init__(self, meeting, *, reading):
        self.meeting = meeting
        self.council = meeting.council
        self.reading = reading
        self.public = not is_full(reading)
        self.policy = self.council.name_policy
        every_item = list(meeting.items.select_related("meeting", "case__department", "decision").prefetch_related(
            "departments", "decision__follow_ups__department"))
        # Items this reader may not see are left out whole (title, turns, decision, who explained them).
        self.items = [item for item in every_item if shows_item(reading, item)]
        self.hidden_items = len(every_item) - len(self.items)
        hidden = {item.pk for item in every_item} - {item.pk for item in self.items}
        self.numbers = {item.pk: n for n, item in enumerate(self.items, 1)}
        every_turn = list(meeting.turns.select_related(
            "person", "staff__department", "agenda_item__case__department").order_by("order"))
        self.turns = [t for t in every_turn if t.agenda_item_id not in hidden]
        every_attendance = list(meeting.attendances.select_related("staff__department", "agenda_item"))
        self.attendances = [a for a in every_attendance if a.agenda_item_id not in hidden]
        # Letters (A委員, B委員) are fixed over the whole meeting, as on the portal (publicity._naming).
        self.letters = speakers.assign_letters(every_turn)
        people = [(a.name, self._attendee_label(a)) for a in every_attendance]
        self.redact = speakers.redactor_for(self.policy, every_turn, self.letters, people)
        self.style = "colon" if self._minutes_style() == Council.MinutesStyle.ZENBUN else "bracket"

    def _minutes_style(self):
        minutes = getattr(self.meeting, "minutes", None)
        return minutes.style if minutes else self.council.minutes_style

    def _attendee_label(self, attendance):
        if attendance.kind == Attendance.Kind.MEMBER:
            key = ("person", attendance.person_id)
            if self.policy == speakers.LETTER and key in self.letters:
                return f"{self.letters[key]}{speakers.MEMBER_LABEL}"
            return speakers.CHAIR_LABEL if attendance.title == "会長" else speakers.MEMBER_LABEL
        if attendance.kind == Attendance.Kind.SECRETARIAT:
            return speakers.SECRETARIAT_LABEL
        if attendance.kind == Attendance.Kind.DEPARTMENT:
            department = attendance.staff.department if attendance.staff_id else None
            return department.name if department else speakers.DEPARTMENT_LABEL
        return speakers.OTHER_LABEL

    def turn_block(self, t):
        label = speakers.speaker_label(t, self.policy, self.letters)
        return turn(label, self.redact(t.text), style=self.style)

    def item_turns(self, item):
        return [t for t in self.turns if t.agenda_item_id == item.pk]

    def loose_turns(self):
        known = set(self.numbers)
        return [t for t in self.turns if t.agenda_item_id not in known]

    def item_title(self, item):
        return f"（{self.numbers[item.pk]}）{item.title}{item_kind_suffix(item)}"

    def summary_text(self, record):
        """The summary as this reader may see it (publicity.summary decides for the public)."""
        from shingikai import publicity

        text = publicity.summary(record) if self.public else record.summary
        # Not redacted: the header of the same minutes lists the members by name, and a summary that
        # speaks of 「会長、委員、委員」 says nothing the header does not already name.
        return text if text.strip() else ""

    def closed_blocks(self):
        return closed_items_blocks(self.council, self.hidden_items)

    # attendance, as written in the header of every style
    def of_kind(self, kind, present=True):
        return [a for a in self.attendances if a.kind == kind and a.present == present]

    def members_text(self, present=True, *, suffix=""):
        names = []
        for a in self.of_kind(Attendance.Kind.MEMBER, present):
            role = f"（{a.title}）" if a.title and a.title != "委員" else ""
            names.append(f"{compact_name(a.name)}{suffix}{role}")
        return names

    def staff_text(self, kind):
        return [f"{a.title}　{compact_name(a.name)}".strip() if a.title else compact_name(a.name)
                for a in self.of_kind(kind)]

    def department_people(self):
        """{department: {"職 氏名": [item numbers, or None for the whole meeting]}} in attendance order."""
        groups: dict[str, dict[str, list | None]] = {}
        for a in self.of_kind(Attendance.Kind.DEPARTMENT):
            department = a.staff.department.name if a.staff_id and a.staff.department_id else "担当課"
            title = a.staff.title if a.staff_id else a.title
            person = f"{title}　{compact_name(a.name)}" if title else compact_name(a.name)
            people = groups.setdefault(department, {})
            number = self.numbers.get(a.agenda_item_id)
            if number is None:
                people[person] = None
            elif people.get(person, []) is not None:
                people.setdefault(person, []).append(number)
        return groups

    def department_lines(self):
        lines = []
        for department, people in self.department_people().items():
            names = [person + (f"（議題{'・'.join(map(str, numbers))}）" if numbers else "")
                     for person, numbers in people.items()]
            lines.append(f"（{department}）{'、'.join(names)}")
        return lines

    def department_count(self):
        return sum(len(people) for people in self.department_people().values())

    def others_text(self):
        return [f"{a.name}（{a.title}）" if a.title else a.name for a in self.of_kind(Attendance.Kind.OTHER)]

    def observers_text(self):
        if self.meeting.observers is None:
            return NOT_STATED
        return f"{self.meeting.observers}人" if self.meeting.observers else NONE_WORD


def minutes(meeting_id, *, reading=None):
    meeting = _get(Meeting.objects.select_related("council__municipality"), meeting_id, "会議")
    record = Minutes.objects.filter(meeting=meeting).first()
    if record is None:
        raise DocumentError(f"{meeting.short_label}の会議録はまだ作成されていません（会議の閉会後に作成されます）。",
                            code="no-minutes")
    if not is_full(reading) and record.state != Minutes.State.PUBLISHED:
        raise DocumentError("この会議録は公開されていません。", code="not-public")
    data = MeetingRecord(meeting, reading=reading)
    style = record.style or meeting.council.minutes_style
    if style == Council.MinutesStyle.KEKKA:
        blocks = kekka_blocks(data, record)
    else:
        blocks = minutes_header_blocks(data, record, style)
        if style == Council.MinutesStyle.ZENBUN:
            blocks += zenbun_blocks(data)
        else:
            blocks += summary_blocks(data)
    blocks += signature_blocks(data, record)
    doc_title = ("会議結果報告書" if style == Council.MinutesStyle.KEKKA
                 else f"{meeting.short_label}{meeting.council.name}会議録")
    return document("minutes", doc_title, meeting.council, blocks, draft=record.state == Minutes.State.DRAFT,
                    filename=f"会議録_{meeting.short_label}")


def minutes_header_blocks(data, record, style):
    meeting = data.meeting
    subtitle = {"要録": "会議要録", "全文": "会議録"}.get(style, f"会議録（{style}）")
    blocks = [title(f"{meeting.short_label}{data.council.name}", subtitle,
                    f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")]
    rows = [
        ("日時", when(meeting) or UNKNOWN_DATE),
        ("場所", meeting.place or NOT_STATED),
        ("出席委員", "、".join(data.members_text()) + f"（計{len(data.of_kind(Attendance.Kind.MEMBER))}人）"
         if data.of_kind(Attendance.Kind.MEMBER) else NOT_STATED),
        ("欠席委員", "、".join(data.members_text(present=False)) or NONE_WORD),
        ("事務局", "、".join(data.staff_text(Attendance.Kind.SECRETARIAT)) or NOT_STATED),
        ("説明員", data.department_lines() or NONE_WORD),
    ]
    if data.others_text():
        rows.append(("その他の出席者", "、".join(data.others_text())))
    rows += [
        ("傍聴人", data.observers_text()),
        ("会議の公開", meeting_publicity(meeting, data.reading)),
    ]
    confirmed = confirmation_text(record)
    if confirmed:
        rows.append(("会議録の確定", confirmed))
    blocks.append(fields(rows, plain=True, widths=(18, 82)))
    text = data.summary_text(record)
    if text:
        blocks += [heading("会議の概要"), para(text)]
    return blocks


def confirmation_text(record):
    if record.state == Minutes.State.DRAFT:
        return ""
    how = (f"{record.confirmed_at_meeting.short_label}の会議で確定" if record.confirmed_at_meeting_id
           else "持ち回りにより確定")
    return f"{jdate(record.confirmed_on, blank='')}　{how}".strip()


def explanation_split(turns):
    """(lead, explanation, questions and answers) of one item's turns.

    The chair usually opens an item (「担当課から説明をお願いします」), the department (or the secretariat)
    explains in one or more turns, and everything after that is the 質疑応答.
    """
    start = 0
    while start < len(turns) and turns[start].role == "chair":
        start += 1
    end = start
    # The secretariat explains its own reports (運用状況報告), so it counts as the explaining side here.
    while end < len(turns) and turns[end].role in ("department", "secretariat"):
        end += 1
    if end == start:
        return turns[:start], [], turns[start:]
    return turns[:start], turns[start:end], turns[end:]


def summary_blocks(data):
    """要点記録 / 要録: per item, the explanation, the questions and answers, and the conclusion."""
    blocks = [heading("内容及び要点")]
    for item in data.items:
        blocks.append(heading(data.item_title(item), level=2))
        departments = "、".join(d.name for d in item.departments.all())
        if item.is_deliberation and departments:
            blocks.append(note(f"担当課：{departments}"))
        turns = data.item_turns(item)
        if item.is_deliberation:
            lead, explanation, qa = explanation_split(turns)
            blocks += [data.turn_block(t) for t in lead]
            if explanation:
                blocks.append(heading("〈説明〉", level=3))
                blocks += [data.turn_block(t) for t in explanation]
            if qa:
                blocks.append(heading("〈質疑応答〉", level=3))
                blocks += [data.turn_block(t) for t in qa]
            blocks.append(heading("〈結論〉", level=3))
            blocks += decision_blocks(_decision_of(item))
        else:
            blocks += [data.turn_block(t) for t in turns]
    blocks += data.closed_blocks()
    loose = data.loose_turns()
    if loose:
        blocks.append(heading("議題に属さない発言", level=2))
        blocks += [data.turn_block(t) for t in loose]
    return blocks


def zenbun_blocks(data):
    """全文: every turn as recorded, in order, marking where each agenda item begins; then the decisions."""
    blocks = [heading("会議の経過")]
    by_pk = {item.pk: item for item in data.items}
    current = None
    for t in data.turns:
        item = by_pk.get(t.agenda_item_id)
        if item is not None and item.pk != current:
            current = item.pk
            blocks.append(heading(data.item_title(item), level=2))
        blocks.append(data.turn_block(t))
    if not data.turns:
        blocks.append(para("（発言の記録はありません）"))
    blocks += data.closed_blocks()
    decided = [item for item in data.items if item.is_deliberation]
    if decided:
        blocks.append(heading("決定事項"))
        for item in decided:
            blocks.append(heading(data.item_title(item), level=2))
            blocks += decision_blocks(_decision_of(item))
    return blocks


def kekka_blocks(data, record):
    """会議結果報告書: the two-column table of the shiki style, then the record of the deliberation."""
    meeting = data.meeting
    present = data.of_kind(Attendance.Kind.MEMBER)
    absent = data.of_kind(Attendance.Kind.MEMBER, present=False)
    departments = data.department_count()
    secretariat = data.staff_text(Attendance.Kind.SECRETARIAT)
    results = []
    for item in data.items:
        if not item.is_deliberation:
            continue
        decision = _decision_of(item)
        phrase = OUTCOME_RESULT.get(decision.outcome, decision.outcome) if decision else "結論は記録されていない"
        results.append(f"・{subject(item.title)}、{phrase}。")
    results.append(f"（傍聴者 {meeting.observers}人）" if meeting.observers is not None else "（傍聴者 記載なし）")
    report_date = record.confirmed_on or record.published_on
    blocks = [
        right(jdate(report_date, blank=BLANK_DATE)),
        title("会議結果報告書"),
        fields([
            ("会議の名称", f"{data.council.name}　{meeting.short_label}会議"
                       + (f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")),
            ("開催日時", when(meeting) or UNKNOWN_DATE),
            ("開催場所", meeting.place or NOT_STATED),
            ("出席委員", "、".join(data.members_text(suffix="委員")) + f"（計{len(present)}人）"),
            ("欠席委員", ("、".join(data.members_text(present=False, suffix="委員")) or NONE_WORD)
             + f"（計{len(absent)}人）"),
            ("説明員職氏名", data.department_lines() + [f"（計{departments}人）"] if departments else NONE_WORD),
            ("議題他", [f"{n}　{item.title}{item_kind_suffix(item)}" for n, item in enumerate(data.items, 1)]
             or NOT_STATED),
            ("結果", results),
            ("事務局職員", "、".join(secretariat) or NOT_STATED),
        ], widths=(20, 80)),
    ]
    inner = []
    text = data.summary_text(record)
    if text:
        inner.append(para(text))
    for n, item in enumerate(data.items, 1):
        inner.append(heading(f"{n}　{item.title}{item_kind_suffix(item)}", level=3))
        turns = data.item_turns(item)
        if item.is_deliberation:
            lead, explanation, qa = explanation_split(turns)
            inner += [data.turn_block(t) for t in lead]
            if explanation:
                inner.append(para("〈説明〉", indent=False))
                inner += [data.turn_block(t) for t in explanation]
            if qa:
                inner.append(para("〈質疑応答〉", indent=False))
                inner += [data.turn_block(t) for t in qa]
            inner.append(para("〈結論〉", indent=False))
            inner += decision_blocks(_decision_of(item))
        else:
            inner += [data.turn_block(t) for t in turns]
    inner += data.closed_blocks()
    loose = data.loose_turns()
    if loose:
        inner.append(heading("議題に属さない発言", level=3))
        inner += [data.turn_block(t) for t in loose]
    blocks.append(framed("審議内容の記録（審議経過、結論等）", inner))
    return blocks


def signature_blocks(data, record):
    if record.state == Minutes.State.DRAFT:
        return []
    signers = sorted(record.signers.select_related("person"), key=lambda s: (s.role != MinutesSigner.Role.CHAIR, s.pk))
    if not signers:
        return []
    rows = []
    for signer in signers:
        role = f"{data.council.name}　会長" if signer.role == MinutesSigner.Role.CHAIR else "議事録署名委員"
        rows.append({"role": role, "name": signer.person.name,
                     "signed_on": f"{jdate(signer.signed_on)}　署名" if signer.signed_on else "（署名欄）"})
    intro = f"以上のとおり相違ないことを確認し、{data.council.name}の会議録としてここに署名する。"
    return [signature(intro, rows)]


# --- 答申書 --------------------------------------------------------------------------------------

def answer(answer_id, *, reading=None):
    record = _get(Answer.objects.select_related("council__municipality"), answer_id, "答申")
    if not is_full(reading) and record.state != Answer.State.ISSUED:
        raise DocumentError("この答申はまだ発出されていません。", code="not-public")
    council = record.council
    cases = list(record.cases.select_related("department").order_by("accepted_at", "pk"))
    if not cases:
        raise DocumentError("答申する案件が登録されていないため、答申書を作成できません。", code="no-cases")
    consulted = {case.pk: consulted_on(case) for case in cases}
    first = cases[0]
    about = subject(first.title) if len(cases) == 1 else f"{first.title.removesuffix('について')}ほか{len(cases) - 1}件について"
    if len(cases) == 1:
        ref = "付け".join(p for p in (jdate(consulted[first.pk], blank=""), first.number) if p)
        opening = (f"{ref}で諮問のあった{first.title}について、下記のとおり答申します。" if ref
                   else f"諮問のあった{first.title}について、下記のとおり答申します。")
    else:
        opening = "諮問のあった下記の事項について、次のとおり答申します。"
    chair = chair_name(council, record.date)
    addressee = record.addressee.strip()
    if addressee in (head_of(council.municipality), council.municipality.head_title) and council.municipality.head_name:
        addressee = f"{head_of(council.municipality)}　{council.municipality.head_name}"
    decisions = list(record.decisions.select_related("agenda_item__meeting").prefetch_related("follow_ups__department"))
    follow_ups = [f for d in decisions for f in d.follow_ups.all()]
    blocks = [
        right(record.number or "答申第　　号", jdate(record.date, blank=BLANK_DATE)),
        left(honorific(addressee)),
        right(council.name, f"会長　{chair}" if chair else "会長"),
        title(f"{about}（答申）"),
        para(opening),
        ki(),
        heading("1　諮問事項", level=2),
        table(["諮問番号", "諮問日", "件名", "担当課"],
              [[c.number or "（番号なし）", jdate(consulted[c.pk], blank="（記録なし）"), c.title, c.department.name]
               for c in cases], [16, 20, 44, 20]),
        heading("2　結論", level=2),
        para(record.conclusion),
    ]
    # The draft usually starts from the decisions' opinions: print each once, numbered here only.
    opinions = record.opinion_entries
    opinions += [f.text for f in follow_ups if f.kind == FollowUp.Kind.OPINION and f.text not in opinions]
    conditions = [f.text for f in follow_ups if f.kind == FollowUp.Kind.CONDITION]
    requests = [f for f in follow_ups if f.kind in (FollowUp.Kind.REPORT_BACK, FollowUp.Kind.SUBMISSION)]
    n = 2
    for label, texts in (("附帯意見", opinions), ("条件", conditions)):
        if texts:
            n += 1
            blocks += [heading(f"{n}　{label}", level=2), items_list(numbered(texts), bullet=len(texts) == 1)]
    if requests:
        n += 1
        blocks += [heading(f"{n}　実施機関に求める報告等", level=2),
                   items_list(numbered([follow_up_line(f) for f in requests]), bullet=len(requests) == 1)]
    n += 1
    blocks.append(heading(f"{n}　審議の経過", level=2))
    history = []
    for case in cases:
        for d in case.decisions.select_related("agenda_item__meeting").order_by("agenda_item__meeting__date", "pk"):
            m = d.agenda_item.meeting
            history.append([jdate(m.date), m.short_label, case.title, decision_heading(d)])
    if record.date:
        history.append([jdate(record.date), record.meeting.short_label if record.meeting_id else "", "", "答申"])
    blocks.append(table(["年月日", "会議", "案件", "内容"], history, [20, 22, 38, 20]) if history
                  else para("審議の記録はありません。"))
    return document("answer", f"{about}（答申）", council, blocks, draft=record.state != Answer.State.ISSUED,
                    filename=f"答申書_{record.number or record.pk}")


def numbered(texts):
    if len(texts) == 1:
        return texts
    return [f"({i}) {t}" for i, t in enumerate(texts, 1)]


# --- follow-up request ---------------------------------------------------------------------------

REQUEST_SUBJECT = {
    FollowUp.Kind.CONDITION: ("審議会が付した条件への対応について（依頼）", "条件への対応状況を報告"),
    FollowUp.Kind.OPINION: ("審議会の附帯意見について（通知）", "附帯意見を踏まえた対応状況を報告"),
    FollowUp.Kind.REPORT_BACK: ("審議会への後日報告について（依頼）", "事務局あて報告"),
    FollowUp.Kind.SUBMISSION: ("審議会への資料提出について（依頼）", "事務局あて資料を提出"),
}


def followup(follow_up_id, *, reading=None):
    follow_up = _get(
        FollowUp.objects.select_related("decision__agenda_item__meeting__council__municipality",
                                        "decision__case__department", "department"),
        follow_up_id, "条件・フォローアップ",
    )
    decision = follow_up.decision
    item = decision.agenda_item
    meeting = item.meeting
    council = meeting.council
    case = decision.case or item.case
    department = follow_up.department or (case.department if case else None)
    doc_title, ask = REQUEST_SUBJECT.get(follow_up.kind, ("審議会からの依頼について（依頼）", "対応状況を報告"))
    # The letter is dated the day it is printed; printed after the deadline it is a reminder.
    today = timezone.localdate()
    overdue = follow_up.is_overdue(today)
    if overdue:
        doc_title = doc_title.replace("（依頼）", "（再依頼）")
        due = f"期限の{jdate(follow_up.due_date)}を過ぎていますので、至急"
    else:
        due = f"{jdate(follow_up.due_date)}までに" if follow_up.due_date else "速やかに"
    opening = (f"{jdate(meeting.date, blank='')}に開催した{meeting.short_label}{council.name}において、"
               f"下記のとおり求められましたので、{due}{ask}してください。")
    status = follow_up.get_status_display()
    status_lines = [status]
    if follow_up.response:
        status_lines.append(f"回答（{jdate(follow_up.responded_at, blank='')}）：{follow_up.response}")
    if follow_up.closed_on:
        status_lines.append(f"完了日：{jdate(follow_up.closed_on)}")
    blocks = [
        right(jdate(today)),
        left(f"{department.name}長　様" if department else "関係課長　様"),
        right(council.name, "事務局"),
        title(doc_title),
        para(opening),
        ki(),
        fields([
            ("案件", " ".join(p for p in ((case.number if case else ""), (case.title if case else item.title)) if p)),
            ("会議", f"{full_label(meeting)}（{jdate(meeting.date)}）"),
            ("議題", f"{list(meeting.items.values_list('pk', flat=True)).index(item.pk) + 1}　{item.title}"),
            ("決定", [decision_heading(decision)] + lines_of(decision.wording)),
            ("依頼事項", [f"【{follow_up_kind(follow_up)}】", follow_up.text]),
            ("期限", jdate(follow_up.due_date) if follow_up.due_date else "定めなし"),
            ("対応する課", department_text(department) or NOT_STATED),
            ("現在の状況", status_lines),
        ]),
        para("回答は、本システムの「条件・フォローアップ」画面から入力してください。", size="small"),
    ]
    return document("followup", doc_title, council, blocks, filename=f"依頼_{follow_up.pk}")


BUILDERS = {
    "shimonsho": shimonsho,
    "agenda": agenda,
    "minutes": minutes,
    "answer": answer,
    "followup": followup,
}
