"""組織改正 recorded ahead of its 施行日 (a 4月1日 reorganisation learnt in February) changes nothing before that
day; one typed wrong is undone, with history, until a record of the department under the new name is settled; a
merged 課's logins go to the successor with the merge, as the secretariat chooses."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from shingikai.cases.actions import create_case
from shingikai.councils import actions as org
from shingikai.councils.models import Department, Reorganisation, Staff
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as meetings

from conftest import PASSWORD
from helpers import accepted_case, today
from test_department_reorganisation import REORGANISED, heard, text


def ahead(days=30):
    return today() + datetime.timedelta(days=days)


def fresh(department):
    return Department.objects.get(pk=department.pk)


def test_a_rename_recorded_ahead_keeps_the_old_name_everywhere_until_its_day(world, client):
    _, meeting, _ = heard(world)
    org.rename_department(world.dept_a, name="市民窓口課", on=ahead(), by=world.secretariat)
    department = fresh(world.dept_a)
    assert department.name == str(department) == department.name_on(today()) == "市民課"
    assert department.name_on(ahead()) == "市民窓口課"
    assert department.name_on(ahead() - datetime.timedelta(days=1)) == "市民課"
    assert "市民窓口課" not in text("minutes", meeting.pk)
    client.login(username="shimin", password=PASSWORD)
    assert "市民窓口課" not in client.get(reverse("councils:dashboard")).content.decode()
    applied, _ = org.apply_due_reorganisations(ahead() - datetime.timedelta(days=1))
    assert applied == [] and fresh(world.dept_a).name == "市民課"
    applied, _ = org.apply_due_reorganisations(ahead())
    department = fresh(world.dept_a)
    assert len(applied) == 1 and department.name == "市民窓口課" and not department.renamed_ahead
    assert department.name_on(ahead() - datetime.timedelta(days=1)) == "市民課"
    assert "（市民課）" in text("minutes", meeting.pk)


def test_the_daily_run_puts_a_reorganisation_into_effect_on_its_day(world):
    org.rename_department(world.dept_a, name="市民窓口課", on=ahead())
    # The day has come: the record as it stands on the morning of its 施行日.
    Reorganisation.objects.update(on=today())
    Department.objects.filter(pk=world.dept_a.pk).update(
        renamed_ahead={"name": "市民窓口課", "division": "市民部", "from": today().isoformat()})
    call_command("send_notices")
    assert fresh(world.dept_a).name == "市民窓口課"


def test_a_merge_recorded_ahead_moves_nothing_before_its_day(world):
    case, _, follow_up = heard(world)
    assert org.merge_department(world.dept_a, into=world.dept_b, on=ahead(), by=world.secretariat) == {}
    follow_up.refresh_from_db()
    case.refresh_from_db()
    assert follow_up.department == world.dept_a and case.department == world.dept_a
    assert world.dept_a in Department.objects.offered()
    create_case(world.council, fresh(world.dept_a), title="窓口予約システムの導入")
    assert Staff.objects.get(user=world.dept_a_user).department == world.dept_a
    org.apply_due_reorganisations(ahead())
    follow_up.refresh_from_db()
    assert follow_up.department == world.dept_b and world.dept_a not in Department.objects.offered()
    assert Staff.objects.get(user=world.dept_a_user).department == world.dept_b


def test_a_second_reorganisation_waits_until_the_first_is_undone(world):
    org.rename_department(world.dept_a, name="市民窓口課", on=ahead())
    with pytest.raises(ActionRefused, match="取り消して"):
        org.merge_department(world.dept_a, into=world.dept_b, on=ahead(60))
    with pytest.raises(ActionRefused, match="すでにあります"):
        org.rename_department(world.dept_b, name="市民課", on=ahead())
    org.undo_reorganisation(Reorganisation.objects.get(), reason="施行日の入力誤り", by=world.secretariat)
    assert fresh(world.dept_a).name_on(ahead()) == "市民課"
    org.rename_department(world.dept_a, name="市民窓口課", on=ahead(31))
    assert fresh(world.dept_a).name_on(ahead(31)) == "市民窓口課"


def test_a_merge_takes_the_departments_logins_to_the_successor_and_past_minutes_keep_their_department(world):
    _, meeting, _ = heard(world)
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED, by=world.secretariat)
    moved = Staff.objects.get(user=world.dept_a_user)
    assert moved.department == world.dept_b and moved.name == "市民 太郎"
    minutes = text("minutes", meeting.pk)
    assert "（市民課）" in minutes and "こども家庭課" not in minutes


def test_the_secretariat_chooses_on_the_departments_screen_which_logins_move(world, client):
    other = get_user_model().objects.create_user("shimin2", "shimin2@example.jp", PASSWORD)
    stays = Staff.objects.create(name="市民 花子", title="主事", department=world.dept_a, user=other)
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:departments", args=[world.council.pk])
    page = client.get(url).content.decode()
    assert "統合先に移す職員" in page and "市民 花子" in page
    prefix = f"d{world.dept_a.pk}"
    response = client.post(url, {"what": "merge", "department": world.dept_a.pk, f"{prefix}-into": world.dept_b.pk,
                                 f"{prefix}-on": "令和7年6月1日", f"{prefix}-staff": [world.dept_a_staff.pk]})
    assert response.status_code == 302
    assert Staff.objects.get(user=world.dept_a_user).department == world.dept_b
    assert Staff.objects.get(user=other) == stays and stays.department == world.dept_a


def test_a_mistaken_rename_is_undone_with_the_reason_on_record(world, client):
    accepted_case(world)
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED, by=world.secretariat)
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:departments", args=[world.council.pk])
    reorganisation = Reorganisation.objects.get()
    assert client.post(url, {"what": "undo", "reorganisation": reorganisation.pk}).status_code == 400
    response = client.post(url, {"what": "undo", "reorganisation": reorganisation.pk,
                                 f"r{reorganisation.pk}-reason": "別の課と取り違えた"})
    assert response.status_code == 302
    department = fresh(world.dept_a)
    assert department.name == "市民課" and department.former_names == []
    reorganisation.refresh_from_db()
    assert reorganisation.undone_at and reorganisation.undo_reason == "別の課と取り違えた"
    assert reorganisation.history.latest().history_user == world.secretariat
    assert department.history.latest().history_user == world.secretariat
    page = client.get(url).content.decode()
    assert "別の課と取り違えた" in page


def test_a_mistaken_merge_is_undone_and_the_records_and_logins_go_back(world):
    case, _, follow_up = heard(world)
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED, by=world.secretariat)
    org.undo_reorganisation(Reorganisation.objects.get(), reason="統合先の誤り", by=world.secretariat)
    follow_up.refresh_from_db()
    case.refresh_from_db()
    assert follow_up.department == world.dept_a and case.department == world.dept_a
    assert Staff.objects.get(user=world.dept_a_user) == world.dept_a_staff
    assert world.dept_a in Department.objects.offered()
    assert fresh(world.dept_b).absorbed_until is None
    assert follow_up.history.latest().history_user == world.secretariat


def test_an_undo_is_refused_once_a_record_under_the_new_name_is_settled(world):
    from shingikai.minutes.actions import confirm_minutes, designate_signers

    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    later = meetings.plan_meeting(world.council, date=datetime.date(2025, 7, 1), start_time=datetime.time(14, 0),
                                  place="第1会議室")
    item = meetings.schedule_case(accepted_case(world), later)
    later = meetings.open_meeting(later, present=world.people, secretariat=[world.secretariat_staff],
                                  department_staff=[(world.dept_a_staff, item)])
    meetings.close_meeting(later)
    later.refresh_from_db()
    reorganisation = Reorganisation.objects.get()
    assert org.undo_refusal(reorganisation) is None
    designate_signers(later.minutes, [world.people[3]])
    confirm_minutes(later.minutes, on=datetime.date(2025, 7, 20), by_circulation=True, open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="確定"):
        org.undo_reorganisation(reorganisation, reason="誤り")
    assert fresh(world.dept_a).name == "市民窓口課"
