"""A stored meeting as the parsed-minutes JSON of DESIGN §3.1."""
from shingikai.cases.models import Category
from shingikai.meetings.models import Attendance

from .models import printed_attendance
from .store import parsed_condition

CATEGORY_LABELS = dict(Category.choices)
def _hm(value):
    return value.strftime("%H:%M") if value else None


def item_departments(case, day=None):
    """The case's departments as named on `day`, the meeting's: the export is the record of that meeting."""
    names = [case.department.name_for(case, day)]
    for involved in case.involved.select_related("department").order_by("id"):
        if involved.department.name_on(day) not in names:
            names.append(involved.department.name_on(day))
    return names


def export_meeting(meeting):
    council = meeting.council
    members = meeting.attendances.filter(kind=Attendance.Kind.MEMBER).order_by("id")
    gaps = set(meeting.import_gaps or [])
    deliberated = [item for item in meeting.items.order_by("order") if item.is_deliberation]
    index = {item.pk: i for i, item in enumerate(deliberated)}
    items = []
    for item in deliberated:
        case = item.case
        decision = getattr(item, "decision", None)
        items.append({
            "kind": item.kind,
            "title": item.title,
            "departments": (item_departments(case, meeting.date) if case
                            else [d.name_on(meeting.date) for d in item.departments.all()]),
            "legal_basis": list(case.legal_bases) if case else [],
            "categories": [CATEGORY_LABELS.get(c, c) for c in case.categories] if case else [],
            "outcome": decision.outcome if decision else "不明",
            "conditions": [parsed_condition(f) for f in decision.follow_ups.order_by("id")] if decision else [],
            "topic": (case.topic or None) if case else None,
            **({} if item.is_public else {"public": False}),
        })
    turns = [
        {"speaker": t.speaker_label, "role": t.role, "item": index.get(t.agenda_item_id), "text": t.text}
        for t in meeting.turns.order_by("order")
    ]
    label = meeting.title_as_written or (meeting.short_label if meeting.fiscal_year and meeting.number else None)
    return {
        "municipality": council.municipality.name,
        "council_name": council.name,
        "meeting_label": label,
        "date": meeting.date.isoformat() if meeting.date else None,
        "start_time": _hm(meeting.start_time),
        "end_time": _hm(meeting.end_time),
        "place": meeting.place or None,
        "members_present": [a.name for a in members if a.present],
        "members_absent": None if "members_absent" in gaps else [a.name for a in members if not a.present],
        "chair": meeting.presiding_name or None,
        "observers": meeting.observers,
        "items": items,
        "turns": turns,
        "cumulative_number": meeting.cumulative_number,
        **printed_attendance(meeting),
    }
