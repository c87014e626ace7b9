"""Builders that walk records through the actions, for tests that need a case at a given stage."""
import datetime

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.meetings.actions import open_meeting, plan_meeting, schedule_case


def accepted_case(world, *, department=None, kind="諮問", title="住民票コンビニ交付の外部委託", **fields):
    department = department or world.dept_a
    fields.setdefault("purpose", "証明書をコンビニエンスストアで交付するため")
    fields.setdefault("categories", ["outsourcing", "online_linkage"])
    fields.setdefault("legal_bases", ["みなみ市個人情報保護条例第12条"])
    case = create_case(world.council, department, kind=kind, title=title, **fields)
    submit_case(case)
    return accept_case(case)


def open_meeting_with(world, *, present=None, date=datetime.date(2025, 5, 20), cases=(), informal=False):
    meeting = plan_meeting(world.council, date=date, start_time=datetime.time(14, 0), place="みなみ市役所 第1会議室")
    items = [schedule_case(case, meeting) for case in cases]
    present = world.people if present is None else present
    absent = [p for p in world.people if p not in present]
    meeting = open_meeting(meeting, present=present, absent=absent, secretariat=[world.secretariat_staff],
                           informal=informal)
    return meeting, items


def sign_all(minutes, on):
    """Every designated signer signs: publishing waits for the last signature."""
    from shingikai.minutes.actions import sign_minutes
    for signer in minutes.signers.select_related("person"):
        sign_minutes(minutes, signer.person, on=on)
    return minutes
