"""The 会議録: the minutes in the council's style (要点筆記 or 全文), with its name policy."""
from __future__ import annotations

from shingikai.councils.models import Council
from shingikai.meetings.models import Attendance, Meeting
from shingikai.minutes.models import Minutes, MinutesSigner

from .. import speakers
from ..errors import DocumentError
from .common import (
    BLANK_DATE, UNKNOWN_DATE, NOT_STATED, NONE_WORD, jdate, when, compact_name, subject, title, right,
    heading, para, note, fields, turn, framed, signature, document, get_or_refuse, OUTCOME_RESULT,
    decision_blocks, decision_of, is_full, ReadableItems, meeting_publicity, closed_items_blocks, item_kind_suffix,
)


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
        readable = ReadableItems(reading, every_item, self.council)
        self.items, self.numbers = readable.items, readable.numbers
        self.hidden_items = readable.hidden_cases
        hidden = readable.hidden_pks
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
    meeting = get_or_refuse(Meeting.objects.select_related("council__municipality"), meeting_id, "会議")
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
            blocks += decision_blocks(decision_of(item))
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
            blocks += decision_blocks(decision_of(item))
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
        decision = decision_of(item)
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
            inner += decision_blocks(decision_of(item))
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
