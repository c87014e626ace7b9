"""Who may download which document.

The project's rules live in `shingikai.access`; this module only maps each document to the record
those rules are about. Anyone may download what is published: the minutes of a public meeting once
published (closed items left out) and an issued 答申書.
"""
from __future__ import annotations

from shingikai.cases.models import Case
from shingikai.meetings.models import Answer, FollowUp, Meeting
from shingikai.minutes.models import Minutes

MODELS = {"shimonsho": Case, "agenda": Meeting, "minutes": Meeting, "answer": Answer, "followup": FollowUp}


def _access():
    try:
        from shingikai import access
    except ModuleNotFoundError:
        return None
    return access


def load(kind, obj_id):
    model = MODELS.get(kind)
    if model is None:
        return None
    return model.objects.filter(pk=obj_id).first()


def council_of(kind, obj):
    if kind == "followup":
        return obj.decision.agenda_item.meeting.council
    return obj.council


def _runs_council(user, council, access):
    if access is None:
        # Until shingikai.access exists: Django staff, or the council's own secretariat.
        staff = getattr(user, "staff", None) if getattr(user, "is_authenticated", False) else None
        return bool(getattr(user, "is_staff", False) or (staff is not None and staff.secretariat_of_id == council.pk))
    manage = getattr(access, "can_manage_council", None) or access.is_secretariat
    return bool(manage(user, council))


def has_full_access(user, kind, obj) -> bool:
    """May `user` read the whole document, closed items and drafts included?"""
    if not getattr(user, "is_authenticated", False):
        return False
    access = _access()
    council = council_of(kind, obj)
    if _runs_council(user, council, access):
        return True
    if access is None:
        return False
    if kind == "shimonsho":
        return access.can_view_case(user, obj)
    if kind in ("agenda", "minutes"):
        if access.can_view_meeting_materials(user, obj):
            return True
        # A department sees the agenda of a meeting its case is on, not the other cases' minutes.
        return kind == "agenda" and any(
            access.can_view_case(user, item.case) for item in obj.items.filter(case__isnull=False))
    if kind == "answer":
        return council.pk in access.council_ids(user) or any(access.can_view_case(user, c) for c in obj.cases.all())
    if kind == "followup":
        return access.can_answer_follow_up(user, obj)
    return False


def is_published(kind, obj) -> bool:
    """Published for everyone: what anonymous visitors may download (in its public form)."""
    if kind == "minutes":
        minutes = Minutes.objects.filter(meeting=obj).first()
        return obj.is_public and minutes is not None and minutes.state == Minutes.State.PUBLISHED
    if kind == "answer":
        return obj.state == Answer.State.ISSUED
    return False
