"""The 会議録: the minutes in the council's style (要点筆記 or 全文), with its name policy."""
from __future__ import annotations

from shingikai.councils.models import Council
from shingikai.meetings.models import AgendaItem, Attendance, Decision, Meeting, Turn
from shingikai.minutes.actions import PROVISIONAL_CHAIR, item_chair, item_chair_sentence, presiding_member
from shingikai.minutes.models import Minutes, MinutesSigner, printed_attendance

from .. import speakers
from ..errors import DocumentError
from .common import (
    BLANK_DATE, UNKNOWN_DATE, NOT_STATED, NONE_WORD, jdate, when, compact_name, subject, title, right,
    heading, para, note, fields, table, turn, framed, signature, document, get_or_refuse, OUTCOME_RESULT,
    decision_blocks, decision_of, is_full, ReadableItems, meeting_publicity, closed_items_blocks, item_heading,
    phrase, CLOSED_ITEM_TITLE, contact_lines, recusal_sentence,
)


CARRIED_OVER = "継続審議（この会議では結論に至らず、引き続き審議することとした。）"
NO_DECISION = {AgendaItem.Kind.REPORT: "報告を受けた。", AgendaItem.Kind.OTHER: "（決定を要する事項なし）"}
WITHDRAWN = "取下げ（担当課から取り下げられた。）"


def withdrawn_by(item, day):
    """Whether the item's case was withdrawn by the meeting's day (on the agenda of the meeting in progress, the
    department withdrew it): heard without a decision, it was not carried over. A case carried over and withdrawn
    before a later meeting was still 継続審議 at this one."""
    from django.utils import timezone

    from shingikai.cases.models import Case

    case = item.case
    if case is None or case.status != Case.Status.WITHDRAWN or day is None:
        return False
    when = (case.history.filter(status=Case.Status.WITHDRAWN).order_by("history_date")
            .values_list("history_date", flat=True).first())
    return when is not None and timezone.localdate(when) <= day


def withdrawn_conclusion(item, meeting):
    """The 結論 of an undecided item whose case was withdrawn at (or before) this meeting, or "" (a 懇談会
    concludes nothing): one rule for the printed minutes and the work screen's draft."""
    if meeting.informal or not withdrawn_by(item, meeting.date):
        return ""
    return WITHDRAWN


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
        self.every_item = every_item
        self.items, self.numbers, self.entries = readable.items, readable.numbers, readable.entries()
        self.hidden_items = readable.hidden_cases
        hidden = readable.hidden_pks
        every_turn = list(meeting.turns.select_related(
            "person", "staff__department", "agenda_item__case__department").order_by("order"))
        self.turns = [t for t in every_turn if t.agenda_item_id not in hidden]
        if self.public:
            from shingikai import publicity

            if publicity.unplaced_turns_withheld(meeting):
                self.turns = [t for t in self.turns if t.agenda_item_id is not None]
        every_attendance = list(meeting.attendances.select_related("staff__department", "agenda_item"))
        self.attendances = [a for a in every_attendance if a.agenda_item_id not in hidden]
        # A public copy that leaves out who explained a closed item says so: 「説明員 なし」 would be false.
        self.staff_left_out = any(a.kind == Attendance.Kind.DEPARTMENT and a.agenda_item_id in hidden
                                  for a in every_attendance)
        # Letters (A委員, B委員) are fixed over the whole meeting, as on the portal (publicity._naming).
        self.letters = speakers.assign_letters(every_turn)
        people = [(a.name, self._attendee_label(a)) for a in every_attendance]
        self.redact = speakers.redactor_for(self.policy, every_turn, self.letters, people, meeting.date)
        self.style = "colon" if self._minutes_style() == Council.MinutesStyle.ZENBUN else "bracket"
        # The members' 事前質問 the secretariat chose to carry into these minutes, under their case's item.
        self.carried = list(meeting.questions_in_minutes.order_by("asked_at", "pk"))
        minutes = getattr(meeting, "minutes", None)
        self.settled = minutes is not None and minutes.state != Minutes.State.DRAFT
        self.amendments = list(minutes.amendments.order_by("made_at", "pk")) if minutes is not None else []
        # A corrected turn says when, as the public page does (訂正前 and 理由 are in the 正誤 of the whole record).
        self.corrected = {a.target: jdate(a.made_at) for a in self.amendments}

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
            return department.name_on(self.meeting.date) if department else speakers.DEPARTMENT_LABEL
        return speakers.OTHER_LABEL

    def turn_block(self, t):
        label = speakers.speaker_label(t, self.policy, self.letters, self.meeting.date)
        corrected = self.corrected.get(f"発言 {t.order}")
        mark = f"（{corrected}訂正）" if corrected else ""
        return turn(label, self.redact(t.text) + mark, style=self.style)

    def shown_amendments(self):
        """The corrections this reader may know of: all for the whole record; for a public copy those of the
        summary and of the turns it prints."""
        if not self.public:
            return self.amendments
        shown = {f"発言 {t.order}" for t in self.turns} | {"概要"}
        return [a for a in self.amendments if a.target in shown]

    def advance_questions(self, item, head):
        """〈事前質問及び回答〉 of a readable item: the questions carried, with the department's answers, under
        the minutes' name policy."""
        carried = [q for q in self.carried if item.case_id is not None and q.case_id == item.case_id]
        if not carried:
            return []
        blocks = [head("〈事前質問及び回答〉")]
        for q in carried:
            blocks += [para(f"質問　{self.redact(q.text)}"), para(f"回答　{self.redact(q.answer)}")]
        return blocks

    def item_turns(self, item):
        return [t for t in self.turns if t.agenda_item_id == item.pk]

    def loose_turns(self):
        known = set(self.numbers)
        return [t for t in self.turns if t.agenda_item_id not in known]

    def item_title(self, item):
        closed = "（非公開）" if self.closed_in_open_meeting(item) else ""
        return f"（{self.numbers[item.pk]}）{item_heading(item)}{closed}"

    def closed_in_open_meeting(self, item):
        """A closed item of a public meeting, marked in the whole record so that whoever signs or releases
        it knows which part is not public."""
        return self.meeting.is_public and not item.is_public

    def closed_note(self, item):
        if not self.closed_in_open_meeting(item):
            return []
        return [note(f"この議題は非公開で審議した（理由：{phrase(item.closed_reason) or '理由の記載なし'}）。")]

    def placeholder_title(self, number):
        return f"（{number}）{CLOSED_ITEM_TITLE}"

    def summary_text(self, record):
        """The summary as this reader may see it (publicity.summary decides for the public)."""
        from shingikai import publicity

        text = publicity.summary(record) if self.public else record.summary
        # Not redacted: the header of the same minutes lists the members by name, and a summary that
        # speaks of 「会長、委員、委員」 says nothing the header does not already name.
        return text if text.strip() else ""

    def conclusion(self, item, head):
        """〈結論〉 of a deliberated item, headed by `head(text)`. A 懇談会 decides nothing and prints none.
        Settled minutes never carry the draft's 「結論の記録はありません」 (a placeholder the chair would attest):
        an item heard without a decision was carried over, a report was heard."""
        if self.meeting.informal:
            return []
        decision = decision_of(item)
        if decision is None and withdrawn_conclusion(item, self.meeting):
            return [head("〈結論〉"), para(WITHDRAWN)]
        if decision is None and self.settled and not self.meeting.imported:
            return [head("〈結論〉"), para(NO_DECISION.get(item.kind, CARRIED_OVER))]
        # The members who withdrew for an interest in the case (除斥) are stated with the decision they took no part in.
        recused = ([para(recusal_sentence(item.case, name_case=False))]
                   if item.case_id is not None and item.case.recusals.exists() else [])
        # A 会長 who withdrew handed the item to the 会長職務代理者: the record says who chaired it.
        present = {a.person_id for a in self.attendances if a.kind == Attendance.Kind.MEMBER and a.present}
        chaired = recused and item_chair(self.meeting, item.case, present, item)
        if chaired:
            recused.append(para(item_chair_sentence(chaired)))
        # A tie is decided by whoever chaired: not 「会長」 at a meeting the 会長 missed.
        presiding = None if chaired else presiding_member(self.meeting, present)
        casting = (chaired.title if chaired and chaired.chair
                   else chair_title(self.meeting, presiding) if presiding is not None else "会長")
        return (self.written_opinions(item, head) + [head("〈結論〉")]
                + decision_blocks(decision, self.meeting.date, casting) + recused)

    def written_opinions(self, item, head):
        """〈書面による意見〉 of a 書面開催's item: each opinion a member wrote, named in the whole record; a public
        copy gives the opinions unattributed (who answered is in its header), the text redacted as a turn's is."""
        if not self.meeting.written:
            return []
        rows = [r for r in item.written_answers.select_related("person").order_by("pk") if r.opinion]
        if not rows:
            return []
        if self.public:
            return [head("〈書面による意見〉")] + [para(f"・{self.redact(r.opinion)}（{r.vote}）") for r in rows]
        return [head("〈書面による意見〉")] + [para(f"・{r.person.name}委員（{r.vote}）　{r.opinion}") for r in rows]

    def procedure_result(self, item):
        """Whom the 会長の選出 elected (and who was named to stand in for the chair), from the officer records:
        the turns may name nobody (a name policy masks members' names), but the council's officers are public."""
        from shingikai.councils.models import Membership, Officer

        if item.procedure == AgendaItem.Procedure.CHAIR_ELECTION and self.meeting.date:
            officers = Officer.objects.filter(council=self.council, since=self.meeting.date).select_related(
                "membership__person").order_by("pk")
            lines = []
            for officer in sorted(officers, key=lambda o: o.role != Membership.Role.CHAIR):
                name = compact_name(officer.membership.person.name)
                if officer.role == Membership.Role.CHAIR:
                    how = "互選により" if officer.given_by == Membership.GivenBy.MUTUAL_ELECTION else ""
                    lines.append(f"{how}{name}委員が会長に選出された。")
                else:
                    lines.append(f"{name}委員が{officer.get_role_display()}に"
                                 f"{'指名' if officer.given_by == Membership.GivenBy.DESIGNATION else '選出'}された。")
            return [para("\n".join(lines))] if lines else []
        return []

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
            department = (a.staff.department.name_on(self.meeting.date) if a.staff_id and a.staff.department_id
                          else "担当課")
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
        if self.staff_left_out:
            lines_after = ["（非公開の議題に係る説明員は掲載していません）"]
        else:
            lines_after = []
        for department, people in self.department_people().items():
            names = [person + (f"（議題{'・'.join(map(str, numbers))}）" if numbers else "")
                     for person, numbers in people.items()]
            lines.append(f"（{department}）{'、'.join(names)}")
        if not lines and not self.meeting.imported:
            # Nobody recorded as 説明員, yet a department spoke to an item (〔担当課〕): 「説明員 なし」 would be false,
            # so the record names the 課 that explained, as its item's 担当課 line does. An imported record prints
            # what its source printed there, or 「記載なし」 (printed, none_or_unread).
            lines = [f"{department}（議題{'・'.join(map(str, numbers))}）"
                     for department, numbers in self.explaining_departments().items()]
        return lines + lines_after

    def explaining_departments(self):
        """{課名 on the meeting's day: [numbers of the items it spoke to]} from the turns shown."""
        spoke = {t.agenda_item_id for t in self.turns if t.role == Turn.Role.DEPARTMENT}
        named = {}
        for item in self.items:
            if item.pk in spoke and item.pk in self.numbers:
                for department in item.departments.all():
                    named.setdefault(department.name_on(self.meeting.date), []).append(self.numbers[item.pk])
        return named

    def department_count(self):
        return sum(len(people) for people in self.department_people().values())

    def others_text(self):
        return [f"{a.name}（{a.title}）" if a.title else a.name for a in self.of_kind(Attendance.Kind.OTHER)]

    def printed(self, key):
        """An imported record's 事務局 or 説明員 as its minutes print them, a line each; [] when none was read."""
        if not self.meeting.imported:
            return []
        if key == "staff" and len(self.items) < len(self.every_item):
            # The printed line names the items each department explained, closed ones too (諮問第11号（…課）).
            return ["（非公開の議題があるため、説明員は掲載していません）"]
        if not hasattr(self, "_printed"):
            self._printed = printed_attendance(self.meeting)
        return (self._printed[key] or "").splitlines()

    def none_or_unread(self, gap):
        """「なし」 for an empty list the record stands behind; an imported record says only what was read from its
        source: 「記載なし」 where no 説明員 was read (nor an 欠席委員 its text left out)."""
        if self.meeting.imported and (gap == "staff" or gap in (self.meeting.import_gaps or [])):
            return NOT_STATED
        return NONE_WORD

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
    blocks += errata_blocks(data)
    blocks += signature_blocks(data, record)
    if meeting.informal:
        doc_title, filename = informal_title(meeting), f"懇談会記録_{jdate(meeting.date, blank='')}"
    else:
        doc_title = ("会議結果報告書" if style == Council.MinutesStyle.KEKKA
                     else f"{meeting.short_label}{meeting.council.name}会議録")
        filename = f"会議録_{meeting.short_label}"
    # An import awaiting publication is minutes confirmed where they came from, not a 案 of the council's.
    return document("minutes", doc_title, meeting.council, blocks,
                    draft=record.state == Minutes.State.DRAFT and not meeting.imported, filename=filename)


def informal_title(meeting):
    """A session held without a quorum is no meeting of the council: its record is the 懇談会's, by date."""
    return f"{meeting.council.name}懇談会記録（{jdate(meeting.date)}）"


def informal_text(data):
    from shingikai.meetings.actions import quorum_status

    present, required, _ = quorum_status(data.meeting)
    quorum = f"（定足数{required}人、出席{present}人）" if required is not None else ""
    return f"定足数に達しなかったため、審議会の会議としてではなく懇談会として開催した{quorum}。懇談会では何も決定していない。"


def written_rows(data):
    """A 書面開催's record says how it was held and who answered in place of the day, the room and who attended."""
    answered, silent = data.of_kind(Attendance.Kind.MEMBER), data.of_kind(Attendance.Kind.MEMBER, present=False)
    return [
        ("開催方法", f"書面開催（回答期限 {jdate(data.meeting.date, weekday=True)}）"),
        ("回答した委員", "、".join(data.members_text()) + f"（計{len(answered)}人）" if answered else "なし"),
        ("回答しなかった委員", "、".join(data.members_text(present=False)) + f"（計{len(silent)}人）" if silent else "なし"),
    ]


def minutes_header_blocks(data, record, style):
    meeting = data.meeting
    subtitle = {"要録": "会議要録", "全文": "会議録"}.get(style, f"会議録（{style}）")
    if meeting.written:
        subtitle = "書面開催結果"
    if meeting.informal:
        blocks = [title(data.council.name, "懇談会記録", f"（{jdate(meeting.date)}開催）")]
    else:
        blocks = [title(f"{meeting.short_label}{data.council.name}", subtitle,
                        f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")]
    rows = written_rows(data) if meeting.written else [
        ("日時", when(meeting) or UNKNOWN_DATE),
        ("場所", meeting.place or NOT_STATED),
        ("出席委員", "、".join(data.members_text()) + f"（計{len(data.of_kind(Attendance.Kind.MEMBER))}人）"
         if data.of_kind(Attendance.Kind.MEMBER) else NOT_STATED),
        ("欠席委員", "、".join(data.members_text(present=False)) or data.none_or_unread("members_absent")),
        ("事務局", "、".join(data.staff_text(Attendance.Kind.SECRETARIAT)) or data.printed("secretariat") or NOT_STATED),
        ("説明員", data.department_lines() or data.printed("staff") or data.none_or_unread("staff")),
    ]
    stood_in = presided_instead(data)
    if stood_in:
        rows.insert(4, ("議長", stood_in))
    if data.others_text():
        rows.append(("その他の出席者", "、".join(data.others_text())))
    rows += [
        ("傍聴人", data.observers_text()),
        ("会議の公開", meeting_publicity(meeting, data.reading, data.every_item)),
    ]
    if meeting.informal:
        rows.append(("会の性格", informal_text(data)))
    confirmed = confirmation_text(record)
    if confirmed:
        rows.append(("会議録の確定", confirmed))
    if data.public:
        # The copy put on the city's site says whom to ask, in the header as the 会議結果報告書 form does: the members know.
        rows += _contact_row(data)
    blocks.append(fields(rows, plain=True, widths=(18, 82)))
    text = data.summary_text(record)
    if text:
        corrected = data.corrected.get("概要")
        blocks += [heading("会議の概要"), para(text + (f"\n（{corrected}訂正）" if corrected else ""))]
    return blocks


def confirmation_text(record):
    # An imported record was confirmed where it was published, in a way its text does not say: nothing is asserted.
    if record.state == Minutes.State.DRAFT or record.meeting.imported:
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
    for number, item, shown in data.entries:
        if not shown:
            blocks.append(heading(data.placeholder_title(number), level=2))
            continue
        blocks.append(heading(data.item_title(item), level=2))
        blocks += data.closed_note(item)
        departments = "、".join(d.name_on(data.meeting.date) for d in item.departments.all())
        if item.is_deliberation and departments:
            blocks.append(note(f"担当課：{departments}"))
        turns = data.item_turns(item)
        if item.is_deliberation:
            lead, explanation, qa = explanation_split(turns)
            blocks += [data.turn_block(t) for t in lead]
            blocks += data.advance_questions(item, lambda text: heading(text, level=3))
            if explanation:
                blocks.append(heading("〈説明〉", level=3))
                blocks += [data.turn_block(t) for t in explanation]
            if qa:
                blocks.append(heading("〈質疑応答〉", level=3))
                blocks += [data.turn_block(t) for t in qa]
            blocks += data.conclusion(item, lambda text: heading(text, level=3))
        else:
            blocks += [data.turn_block(t) for t in turns] + data.procedure_result(item)
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
    # Closed items kept in place are printed before the first turn of a later item (or at the end).
    waiting = [(item.order, number) for number, item, shown in data.entries if not shown]
    current = None
    for t in data.turns:
        item = by_pk.get(t.agenda_item_id)
        if item is not None and item.pk != current:
            current = item.pk
            while waiting and waiting[0][0] < item.order:
                blocks.append(heading(data.placeholder_title(waiting.pop(0)[1]), level=2))
            blocks.append(heading(data.item_title(item), level=2))
            blocks += data.closed_note(item)
        blocks.append(data.turn_block(t))
    if not data.turns:
        blocks.append(para("（発言の記録はありません）"))
    blocks += [heading(data.placeholder_title(number), level=2) for _, number in waiting]
    blocks += data.closed_blocks()
    asked = [(item, data.advance_questions(item, lambda text: heading(text, level=2))) for item in data.items]
    if any(questions for _, questions in asked):
        blocks.append(heading("事前質問及び回答"))
        for item, questions in asked:
            if questions:
                blocks += [heading(data.item_title(item), level=2)] + questions[1:]
    decided = [item for item in data.items if item.is_deliberation]
    if decided and not data.meeting.informal:
        blocks.append(heading("決定事項"))
        for item in decided:
            blocks.append(heading(data.item_title(item), level=2))
            blocks += data.conclusion(item, lambda text: para(text, indent=False))[1:]
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
        result = OUTCOME_RESULT.get(decision.outcome, decision.outcome) if decision else (
            OUTCOME_RESULT[Decision.Outcome.CONTINUED] if data.settled else "結論は記録されていない")
        results.append(f"・{subject(phrase(item.title))}、{result}。")
    results.append(f"（傍聴者 {meeting.observers}人）" if meeting.observers is not None else "（傍聴者 記載なし）")
    report_date = record.confirmed_on or record.published_on
    blocks = [
        right(jdate(report_date, blank=BLANK_DATE)),
        title("会議結果報告書"),
        fields([
            ("会議の名称", f"{data.council.name}　{meeting.short_label}会議"
                       + (f"（通算第{meeting.cumulative_number}回）" if meeting.cumulative_number else "")),
        ] + (written_rows(data) if meeting.written else [
            ("開催日時", when(meeting) or UNKNOWN_DATE),
            ("開催場所", meeting.place or NOT_STATED),
            ("出席委員", "、".join(data.members_text(suffix="委員")) + f"（計{len(present)}人）"),
            ("欠席委員", ("、".join(data.members_text(present=False, suffix="委員")) or data.none_or_unread("members_absent"))
             + f"（計{len(absent)}人）"),
        ]) + [
            ("説明員職氏名", (data.department_lines() + ([f"（計{departments}人）"] if departments else []))
             or data.printed("staff") or data.none_or_unread("staff")),
            ("議題他", [f"{n}　{item_heading(item)}" if shown else f"{n}　{CLOSED_ITEM_TITLE}"
                      for n, item, shown in data.entries] or NOT_STATED),
            ("結果", results),
            ("事務局職員", "、".join(secretariat) or data.printed("secretariat") or NOT_STATED),
        ] + _contact_row(data), widths=(20, 80)),
    ]
    inner = []
    text = data.summary_text(record)
    if text:
        inner.append(para(text))
    for n, item, shown in data.entries:
        if not shown:
            inner.append(heading(f"{n}　{CLOSED_ITEM_TITLE}", level=3))
            continue
        inner.append(heading(f"{n}　{item_heading(item)}", level=3))
        inner += data.closed_note(item)
        turns = data.item_turns(item)
        if item.is_deliberation:
            lead, explanation, qa = explanation_split(turns)
            inner += [data.turn_block(t) for t in lead]
            inner += data.advance_questions(item, lambda text: para(text, indent=False))
            if explanation:
                inner.append(para("〈説明〉", indent=False))
                inner += [data.turn_block(t) for t in explanation]
            if qa:
                inner.append(para("〈質疑応答〉", indent=False))
                inner += [data.turn_block(t) for t in qa]
            inner += data.conclusion(item, lambda text: para(text, indent=False))
        else:
            inner += [data.turn_block(t) for t in turns] + data.procedure_result(item)
    inner += data.closed_blocks()
    loose = data.loose_turns()
    if loose:
        inner.append(heading("議題に属さない発言", level=3))
        inner += [data.turn_block(t) for t in loose]
    blocks.append(framed("審議内容の記録（審議経過、結論等）", inner))
    return blocks


def _contact_row(data):
    """The 会議結果報告書's 問い合わせ先 row, left out when the council recorded no contact."""
    lines = contact_lines(data.council, public=data.public)
    return [("問い合わせ先", lines)] if lines else []


def errata_blocks(data):
    """正誤: corrections made after the minutes were settled. The whole record gives 箇所・訂正前・訂正後・理由;
    a public copy says, as the public page does, that and when it was corrected (each turn carries its mark)."""
    amendments = data.shown_amendments()
    if not amendments:
        return []
    blocks = [heading("正誤")]
    if data.public:
        days = "、".join(dict.fromkeys(jdate(a.made_at) for a in amendments))
        return blocks + [para(f"この会議録は確定後に訂正した（{days}）。訂正した箇所には訂正日を付記している。")]
    return blocks + [para("この会議録は確定後に次のとおり訂正した。"), table(
        ["訂正日", "箇所", "訂正前", "訂正後", "理由"],
        [[jdate(a.made_at), a.target, a.before, a.after, a.reason] for a in amendments], [14, 12, 27, 27, 20])]


def signature_blocks(data, record):
    if record.state == Minutes.State.DRAFT:
        return []
    signers = sorted(record.signers.select_related("person", "stands_in_for"),
                     key=lambda s: (s.role != MinutesSigner.Role.CHAIR, s.pk))
    if not signers:
        return []
    rows = []
    for signer in signers:
        role = (f"{data.council.name}　{chair_title(data.meeting, signer.person)}"
                if signer.role == MinutesSigner.Role.CHAIR else "議事録署名委員")
        if signer.stands_in_for:
            role += f"（{signer.stands_in_for.name}委員に代わり会長が指名）"
        if signer.unable_reason:
            # Why a member could not sign may be their health: the public copy says only that they could not.
            shown = "署名できなかった" if data.public else f"署名できなかった（{signer.unable_reason}）"
        else:
            shown = f"{jdate(signer.signed_on)}　署名" if signer.signed_on else "（署名欄）"
        rows.append({"role": role, "name": signer.person.name, "signed_on": shown})
    intro = f"以上のとおり相違ないことを確認し、{data.council.name}の会議録としてここに署名する。"
    blocks = [signature(intro, rows)]
    signed = [s.signed_on for s in signers if s.signed_on]
    if signed and data.shown_amendments():
        # The signers attested the record as it stood; a later correction is the secretariat's, on record above.
        blocks.append(note("上記の署名は訂正前の会議録に対してされたものであり、その後の訂正は「正誤」のとおりである。"))
    return blocks


def presided_instead(data):
    """Who presided when the 会長 did not (absent, or the post vacant): 「会長職務代理　氏名（会長欠席のため）」;
    "" when the 会長 presided, and for a 懇談会 or an imported record (whose own words stand)."""
    return presided_line(data.meeting, {a.person_id for a in data.of_kind(Attendance.Kind.MEMBER)})


def presided_line(meeting, present):
    """presided_instead for `meeting` with the members `present` (their ids): the minutes and the public page."""
    from shingikai.councils.actions import chair_of
    from shingikai.minutes.actions import presiding_member

    if meeting.informal or meeting.imported or meeting.date is None:
        return ""
    chair = chair_of(meeting.council, meeting.date)
    presiding = presiding_member(meeting, present)
    if presiding is None or (chair is not None and presiding.pk == chair.pk):
        return ""
    why = "会長欠席のため" if chair is not None else "会長不在のため"
    return f"{chair_title(meeting, presiding)}　{compact_name(presiding.name)}（{why}）"


def chair_title(meeting, person):
    """The title the chair's signer signs under: 会長, or the officer who presided in the chair's absence
    (会長職務代理, 副会長) as the office stood on the meeting's day, else the 仮議長 the members chose."""
    from shingikai.councils.actions import chair_of, roles_on
    from shingikai.councils.models import Membership

    if meeting.date is None:
        return "会長"
    chair = chair_of(meeting.council, meeting.date)
    if chair is not None and chair.pk == person.pk:
        return "会長"
    role = roles_on(meeting.council, meeting.date).get(person.pk)
    # A member without an office presides only as the 仮議長 the members chose (presiding_member).
    return dict(Membership.Role.choices).get(role, "議長") if role else PROVISIONAL_CHAIR
