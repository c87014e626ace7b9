"""Published speaker turns as the public reads them: the council's name policy applied to the speaker
labels and to names inside the text, the same rules as the published minutes (documents.speakers).

Letters (A委員, B委員 …) are given over the public turns only, so the order in which members spoke in a
closed item cannot be read from them.
"""
from shingikai import publicity
from shingikai.documents import speakers
from shingikai.meetings.models import Attendance


def _attendee_label(attendance, policy, letters):
    if attendance.kind == Attendance.Kind.MEMBER:
        letter = letters.get(("person", attendance.person_id))
        if policy == speakers.LETTER and letter:
            return f"{letter}{speakers.MEMBER_LABEL}"
        return speakers.CHAIR_LABEL if attendance.title == speakers.CHAIR_LABEL else speakers.MEMBER_LABEL
    if attendance.kind == Attendance.Kind.SECRETARIAT:
        return speakers.SECRETARIAT_LABEL
    if attendance.kind == Attendance.Kind.DEPARTMENT and attendance.staff_id and attendance.staff.department_id:
        return attendance.staff.department.name
    if attendance.kind == Attendance.Kind.DEPARTMENT:
        return speakers.DEPARTMENT_LABEL
    return speakers.OTHER_LABEL


def public_turns(meeting):
    """[{order, agenda_item_id, speaker, role, text}] of a meeting's published minutes."""
    turns = list(
        publicity.turns(meeting).select_related("person", "staff__department", "agenda_item__case__department")
        .order_by("order")
    )
    if not turns:
        return []
    policy = meeting.council.name_policy
    letters = speakers.assign_letters(turns)
    attendances = meeting.attendances.select_related("staff__department")
    people = [(a.name, _attendee_label(a, policy, letters)) for a in attendances]
    redact = speakers.redactor_for(policy, turns, letters, people)
    return [
        {
            "order": turn.order,
            "agenda_item_id": turn.agenda_item_id,
            "speaker": speakers.speaker_label(turn, policy, letters),
            "role": turn.role,
            "text": redact(turn.text),
        }
        for turn in turns
    ]
