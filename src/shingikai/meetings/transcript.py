"""A pasted transcript (議事の書き起こし) read into speaker turns, and each speaker label matched to the
people of the meeting.

The format is what a secretariat gets from a recording or a shorthand writer: one turn per paragraph,
paragraphs separated by a blank line, each starting with the speaker and a colon or in brackets:

    会長：それでは審議に入ります。

    〔委員〕保存期間は。

    資源循環課：5年です。

A paragraph that starts without a speaker continues the turn before it (a speech of several paragraphs).

Minutes typed the way most councils print them are read too: each turn on a line that opens with a mark, the
speaker, then a gap or a colon, with no blank line between turns:

    ○青木会長　それでは審議に入ります。
    ○北村課長　5年です。
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from shingikai.councils.actions import roles_on
from shingikai.councils.models import Membership
from shingikai.documents.speakers import ROLE_WORDS, member_label

from .models import Attendance, Turn

MAX_LABEL = 30
# 「会長：」「酒井会長:」 or 「〔委員〕」「【事務局】」「（A委員）」 at the start of a paragraph.
_COLON = re.compile(rf"^(?P<label>[^：:。、\n]{{1,{MAX_LABEL}}}?)\s*[：:]\s*(?P<text>.*)$", re.S)
_BRACKETS = re.compile(rf"^[〔【［\[（(](?P<label>[^〕】］\]）)\n]{{1,{MAX_LABEL}}})[〕】］\]）)]\s*(?P<text>.*)$", re.S)
# 「○青木会長　…」「◎市民課長：…」: a mark, the speaker and a gap or a colon, on a line of its own.
_MARKED = re.compile(rf"^[○◯〇●◎◆■](?P<label>[^\s：:。、]{{1,{MAX_LABEL}}}?)(?:[ \t\u3000]+|\s*[：:]\s*)(?P<text>\S.*)$", re.S)
# A turn opens on a line of its own with a mark (○青木会長　…) or a bracketed speaker with the speech after it
# ((井上委員)…): such a line starts a new turn even without a blank line before it.
_MARKED_LINE = re.compile(
    r"\n(?=[ \t\u3000]*(?:[○◯〇●◎◆■][^\s：:。、]{1,30}?(?:[ \t\u3000]|[：:])"
    # (1) or (ア) opening a line numbers a point inside a speech; a speaker's bracket holds a word of two letters at least.
    r"|[〔【［\[（(][^〕】］\]）)\n0-9０-９]{2,30}[〕】］\]）)][ \t\u3000]*\S))"
)
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
_SPACES = re.compile(r"[\s\u3000]+")
# Words that stand for the department explaining the item, not for one named unit.
DEPARTMENT_WORDS = ("説明員", "実施機関", "諮問機関", "担当課", "担当者", "所管課")
CHAIR_WORDS = ("会長", "議長", "委員長")
ALL_MEMBERS = "委員全員"


class TranscriptError(ValueError):
    """The pasted text cannot be read as turns; the message says where, in Japanese."""


@dataclass
class Speaker:
    label: str
    role: str
    person: object = None
    staff: object = None


@dataclass
class PastedTurn:
    label: str
    text: str
    speaker: Speaker | None = field(default=None)


def split_turns(text: str) -> list[PastedTurn]:
    """The paragraphs of `text` as (speaker label, speech); refused when the first has no speaker."""
    turns: list[PastedTurn] = []
    # A byte order mark a copy from another program left is no part of the first speaker.
    text = (text or "").replace("\ufeff", "")
    paragraphs = [piece.strip() for p in _BLANK_LINES.split(text.replace("\r\n", "\n"))
                  for piece in _MARKED_LINE.split(p) if piece.strip()]
    for number, paragraph in enumerate(paragraphs, start=1):
        match = _MARKED.match(paragraph) or _BRACKETS.match(paragraph) or _COLON.match(paragraph)
        if match and match.group("text").strip():
            turns.append(PastedTurn(match.group("label").strip(), match.group("text").strip()))
        elif turns:
            turns[-1].text += "\n" + paragraph
        else:
            raise TranscriptError(
                f"{number} 段落目に発言者がありません。各段落を「発言者：発言」の形で始めてください。")
    if not turns:
        raise TranscriptError("発言がありません。「発言者：発言」の形で、発言ごとに空行で区切って貼り付けてください。")
    return turns


def _compact(text):
    return _SPACES.sub("", text or "")


class SpeakerMatcher:
    """Matches written labels (「酒井会長」「委員」「課税」「説明員」) to the meeting's members and staff."""

    def __init__(self, meeting):
        roles = {}
        if meeting.date:
            roles = roles_on(meeting.council, meeting.date)
        attendances = list(meeting.attendances.filter(present=True).select_related("person", "staff__department"))
        self.members = [(a.person, roles.get(a.person_id)) for a in attendances
                        if a.kind == Attendance.Kind.MEMBER and a.person_id]
        self.chair = next((p for p, role in self.members if role == Membership.Role.CHAIR), None)
        self.staff = [a.staff for a in attendances if a.kind == Attendance.Kind.DEPARTMENT and a.staff_id]
        self.secretariat = [a.staff for a in attendances if a.kind == Attendance.Kind.SECRETARIAT and a.staff_id]
        self.departments = {s.department.name: s.department for s in self.staff if s.department}
        for item in meeting.items.select_related("case__department").prefetch_related("departments"):
            # A register's item (an incident, an audit) names its departments on the item, not on a case.
            for department in ([item.case.department] if item.case_id else []) + list(item.departments.all()):
                self.departments.setdefault(department.name, department)

    def _person(self, label):
        for person, role in self.members:
            name = _compact(person.name)
            surname = _SPACES.split(person.name.strip())[0]
            for stem in {name, surname}:
                if label == stem or any(label == stem + word for word in ROLE_WORDS):
                    return person, role
        return None, None

    def _official(self, label):
        """The attending official a label names by surname and post or by full name (北村課長, 北村誠, 北村誠課長)."""
        for role, officials in ((Turn.Role.DEPARTMENT, self.staff), (Turn.Role.SECRETARIAT, self.secretariat)):
            for official in officials:
                name = _compact(official.name)
                surname = _SPACES.split(official.name.strip())[0]
                title = _compact(official.title)
                if label in ({name, name + title, surname + title} if title else {name}):
                    return official, role
        return None, None

    def _staff_of(self, department):
        return next((s for s in self.staff if department is not None and s.department_id == department.pk), None)

    def _department(self, label, agenda_item):
        case_department = agenda_item.case.department if agenda_item is not None and agenda_item.case_id else None
        if label in DEPARTMENT_WORDS:
            return case_department, True
        names = sorted(self.departments, key=lambda n: (case_department is None or n != case_department.name, n))
        for name in names:
            if label == name or name.startswith(label) or label.startswith(name):
                return self.departments[name], True
        return None, False

    def match(self, written, agenda_item=None) -> Speaker:
        label = _compact(written)
        person, role = self._person(label)
        if person is not None:
            is_chair = role == Membership.Role.CHAIR or label.endswith(CHAIR_WORDS) and not label.endswith("副会長")
            word = next((w for w in ROLE_WORDS if label.endswith(w)), None)
            return Speaker(member_label(person.name, role, word), Turn.Role.CHAIR if is_chair else Turn.Role.MEMBER,
                           person=person)
        if label in CHAIR_WORDS:
            return Speaker(written, Turn.Role.CHAIR, person=self.chair)
        official, official_role = self._official(label)
        if official is not None:
            return Speaker(written, official_role, staff=official)
        if label.startswith(ALL_MEMBERS) or label.endswith(ROLE_WORDS):
            return Speaker(written, Turn.Role.MEMBER)
        if label.startswith("事務局"):
            return Speaker(written, Turn.Role.SECRETARIAT)
        department, found = self._department(label, agenda_item)
        if found:
            return Speaker(written, Turn.Role.DEPARTMENT, staff=self._staff_of(department))
        return Speaker(written, Turn.Role.OTHER)


def read_transcript(meeting, text, agenda_item=None) -> list[PastedTurn]:
    """The turns of a pasted transcript with their speakers matched; TranscriptError when it cannot be read."""
    turns = split_turns(text)
    matcher = SpeakerMatcher(meeting)
    for turn in turns:
        if len(turn.label) > MAX_LABEL:
            raise TranscriptError(f"発言者「{turn.label[:MAX_LABEL]}…」が長すぎます。")
        turn.speaker = matcher.match(turn.label, agenda_item)
    return turns
