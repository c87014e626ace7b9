"""Helpers shared by the web tests (no tests here): a world whose members are in office today,
and cases and meetings made through the actions."""
import datetime

import helpers
import pytest

from shingikai.cases import actions as case_actions
from shingikai.councils.models import Membership
from shingikai.meetings import actions as meeting_actions

COMPLETE = {
    "purpose": "転入手続の受付を電子化する。",
    "categories": ["information_system"],
    "legal_bases": ["個人情報の保護に関する法律第66条"],
    "data_subjects": "転入者",
    "subject_count": 800,
    "transfer_methods": ["lgwan"],
    "storage_locations": ["domestic_dc"],
    "storage_note": "国内 (東京都) のデータセンター",
    "retention_period": "5年",
    "destruction_method": "消去ソフトによる完全消去",
    "security_measures": "アクセス権限を職員に限定する。",
}


@pytest.fixture
def web_world(world):
    """The shared world, with the members' terms running on past today (the fixture's term may have ended)."""
    Membership.objects.filter(council__in=[world.council, world.other_council]).update(term_end=None)
    return world


def make_case(world, department=None, user=None, **fields):
    department = department or world.dept_a
    values = {"title": "転入届受付システムの導入", **COMPLETE, **fields}
    return case_actions.create_case(world.council, department, by=user or world.dept_a_user, **values)


def accepted_case(world, **fields):
    """A complete case (as make_case) submitted by the department's user and accepted by the secretariat."""
    values = {"title": "転入届受付システムの導入", **COMPLETE, **fields}
    return helpers.accepted_case(world, submitted_by=world.dept_a_user, accepted_by=world.secretariat, **values)


def scheduled_meeting(world, date=None, case=None):
    date = date or (datetime.date.today() + datetime.timedelta(days=10))
    meeting = meeting_actions.plan_meeting(world.council, date=date, start_time=datetime.time(13, 30),
                                           place="市役所 第1会議室")
    case = case or accepted_case(world)
    item = meeting_actions.schedule_case(case, meeting, by=world.secretariat)
    return meeting, item, case


def held_meeting(world, present=None, informal=False):
    """A meeting opened yesterday with the given members present (all five by default), one case on it."""
    meeting, item, case = scheduled_meeting(world, date=datetime.date.today() - datetime.timedelta(days=1))
    present = world.people if present is None else present
    absent = [p for p in world.people if p not in present]
    meeting_actions.open_meeting(meeting, present=present, absent=absent, secretariat=[world.secretariat_staff],
                                 department_staff=[(world.dept_a_staff, item)], informal=informal)
    meeting.refresh_from_db()
    return meeting, item, case
