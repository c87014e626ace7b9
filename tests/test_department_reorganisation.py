"""組織改正: a department renamed or merged from a date. Records keep the name the 課 had on their own date
(minutes, 諮問書, 答申書, the 説明員 of past meetings); the secretariat records it on its departments screen;
a merged 課 hands its open work to its successor; search follows the name the department has now."""
import datetime

import pytest
from django.urls import reverse

from shingikai.cases.actions import create_case
from shingikai.cases.models import Case
from shingikai.councils import actions as org
from shingikai.councils.models import Department
from shingikai.documents.render import build
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as meetings
from shingikai.meetings.models import FollowUp
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import drain

from conftest import PASSWORD
from helpers import accepted_case

HELD = datetime.date(2025, 5, 20)
REORGANISED = datetime.date(2025, 6, 1)


def heard(world):
    """市民課's case heard on 令和7年5月20日: its 課長 explained it, the council approved it with a follow-up for 市民課."""
    # Speakers printed by their role: a department's turn is labelled with the department's name.
    world.council.name_policy = world.council.NamePolicy.ROLE
    world.council.save()
    case = accepted_case(world)
    meeting = meetings.plan_meeting(world.council, date=HELD, start_time=datetime.time(14, 0), place="第1会議室")
    item = meetings.schedule_case(case, meeting)
    meeting = meetings.open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff],
                                    department_staff=[(world.dept_a_staff, item)])
    meetings.record_turn(meeting, speaker_label="市民課長", role="department", text="資料1に基づき説明します。",
                         agenda_item=item, staff=world.dept_a_staff)
    decision = meetings.record_decision(item, outcome="条件付き承認", vote_method="挙手全員",
                                        decided_at=datetime.time(15, 0))
    follow_up = meetings.add_follow_up(decision, kind=FollowUp.Kind.REPORT_BACK, text="運用開始後の状況を報告すること",
                                       department=world.dept_a, due_date=datetime.date(2026, 3, 31))
    meetings.close_meeting(meeting)
    return case, meeting, follow_up


def text(kind, pk):
    import json

    return json.dumps(build(kind, pk), ensure_ascii=False)


def test_a_rename_leaves_past_minutes_and_the_consultation_under_the_old_name(world):
    case, meeting, follow_up = heard(world)
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED, by=world.secretariat)
    minutes = text("minutes", meeting.pk)
    assert "（市民課）" in minutes and "〔市民課〕" in minutes and "対応：市民課" in minutes
    assert "市民窓口課" not in minutes
    assert "市民部　市民課" in text("shimonsho", case.pk)


def test_a_meeting_after_the_rename_prints_the_new_name(world):
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED, by=world.secretariat)
    case, meeting, _ = heard(world)
    later = meetings.plan_meeting(world.council, date=datetime.date(2025, 7, 1), start_time=datetime.time(14, 0),
                                  place="第1会議室")
    second = accepted_case(world, title="窓口予約システムの導入")
    item = meetings.schedule_case(second, later)
    later = meetings.open_meeting(later, present=world.people, secretariat=[world.secretariat_staff],
                                  department_staff=[(world.dept_a_staff, item)])
    meetings.close_meeting(later)
    assert "（市民窓口課）" in text("minutes", later.pk)
    assert "（市民課）" in text("minutes", meeting.pk)


def test_name_on_gives_each_day_its_name(world):
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    org.rename_department(world.dept_a, name="総合窓口課", division="窓口部", on=datetime.date(2026, 4, 1))
    department = Department.objects.get(pk=world.dept_a.pk)
    assert department.name_on(datetime.date(2025, 5, 31)) == "市民課"
    assert department.name_on(REORGANISED) == "市民窓口課"
    assert department.name_on(datetime.date(2026, 4, 1)) == "総合窓口課"
    assert department.division_on(datetime.date(2026, 3, 31)) == "市民部"
    assert department.name_on(None) == department.name == "総合窓口課"


def test_a_correction_changes_the_name_everywhere(world):
    _, meeting, _ = heard(world)
    org.correct_department(world.dept_a, name="市民生活課", division="市民部", by=world.secretariat)
    assert "（市民生活課）" in text("minutes", meeting.pk)


def test_a_rename_is_refused_before_an_earlier_one_or_to_another_departments_name(world):
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    with pytest.raises(ActionRefused):
        org.rename_department(world.dept_a, name="総合窓口課", on=datetime.date(2025, 4, 1))
    with pytest.raises(ActionRefused):
        org.rename_department(world.dept_a, name="こども家庭課", on=datetime.date(2025, 7, 1))


def test_a_merge_moves_open_work_to_the_successor_and_keeps_the_old_name_on_past_records(world):
    case, meeting, follow_up = heard(world)
    moved = org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED, by=world.secretariat)
    assert moved == {"案件": 1, "条件・フォローアップ": 1}
    follow_up.refresh_from_db()
    case.refresh_from_db()
    assert follow_up.department == world.dept_b and case.department == world.dept_b
    assert follow_up.history.latest().history_user == world.secretariat
    minutes = text("minutes", meeting.pk)
    assert "対応：市民課" in minutes and "こども家庭課" not in minutes
    assert "市民部　市民課" in text("shimonsho", case.pk)


def test_a_merged_department_takes_no_new_cases_and_is_not_offered(world):
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED)
    with pytest.raises(ActionRefused, match="統合されました"):
        create_case(world.council, Department.objects.get(pk=world.dept_a.pk), title="新しい案件")
    assert world.dept_a not in Department.objects.offered()
    assert world.dept_b in Department.objects.offered()


def test_the_successors_staff_see_the_moved_follow_up(world, client):
    _, _, follow_up = heard(world)
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED)
    client.login(username="kodomo", password=PASSWORD)
    assert client.get(reverse("meetings:followup", args=[follow_up.pk])).status_code == 200


def test_the_secretariat_renames_on_its_departments_screen(world, client):
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:departments", args=[world.council.pk])
    page = client.get(url)
    assert page.status_code == 200 and "市民課" in page.content.decode()
    response = client.post(url, {"what": "rename", "department": world.dept_a.pk, f"d{world.dept_a.pk}-name": "市民窓口課",
                                 f"d{world.dept_a.pk}-division": "市民部", f"d{world.dept_a.pk}-on": "令和7年6月1日"})
    assert response.status_code == 302
    department = Department.objects.get(pk=world.dept_a.pk)
    assert department.name == "市民窓口課" and department.name_on(datetime.date(2025, 5, 31)) == "市民課"
    assert department.history.latest().history_user == world.secretariat
    assert "市民窓口課" in client.get(url).content.decode()


def test_the_departments_screen_adds_and_refuses_bad_input(world, client):
    client.login(username="jimukyoku", password=PASSWORD)
    url = reverse("councils:departments", args=[world.council.pk])
    assert client.post(url, {"what": "add", "name": "納税課", "division": "財務部"}).status_code == 302
    assert Department.objects.filter(municipality=world.city, name="納税課").exists()
    assert client.post(url, {"what": "add", "name": "納税課"}).status_code == 400
    bad_date = client.post(url, {"what": "rename", "department": world.dept_a.pk,
                                 f"d{world.dept_a.pk}-name": "市民窓口課", f"d{world.dept_a.pk}-on": "いつか"})
    assert bad_date.status_code == 400
    other_city = client.post(url, {"what": "merge", "department": world.other_dept.pk})
    assert other_city.status_code == 404


@pytest.mark.parametrize("username", ["shimin", "iin", "stranger", "kita"])
def test_other_roles_may_not_open_the_departments_screen(world, client, username):
    client.login(username=username, password=PASSWORD)
    url = reverse("councils:departments", args=[world.council.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"what": "add", "name": "納税課"}).status_code == 403


def _published(world):
    from shingikai.cases.actions import publish_case

    case = accepted_case(world, title="住民票の写しのコンビニ交付")
    publish_case(case, by=world.secretariat)
    drain()
    return case


def test_search_offers_the_current_name_and_finds_records_under_either(world):
    _published(world)
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED, by=world.secretariat)
    drain()  # the commit's hook: the outbox rows the action wrote
    result = search("住民票", user_scope=PUBLIC)
    facet = [v.value for v in result.facets["department"]]
    assert facet == ["市民窓口課"]
    for name in ("市民窓口課", "市民課"):
        assert search("住民票", user_scope=PUBLIC, filters={"department": name}).total == 1


def test_search_files_a_merged_departments_records_under_its_successor(world):
    _published(world)
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED)
    drain()
    result = search("住民票", user_scope=PUBLIC)
    assert [v.value for v in result.facets["department"]] == ["こども家庭課"]
    assert search("住民票", user_scope=PUBLIC, filters={"department": "市民課"}).total == 1


def test_an_answer_issued_before_the_rename_keeps_the_old_name(world):
    case, meeting, _ = heard(world)
    answer = meetings.draft_answer(world.council, cases=[case], conclusion="条件を付して承認する。",
                                   addressee="みなみ市長")
    meetings.issue_answer(answer, date=datetime.date(2025, 5, 27), number="答申第1号")
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    letter = text("answer", answer.pk)
    assert "市民課" in letter and "市民窓口課" not in letter


def test_a_case_page_names_the_department_as_filed_and_as_now(world, client):
    from shingikai.cases.models import Case

    case = _published(world)
    Case.objects.filter(pk=case.pk).update(accepted_at=datetime.datetime(2025, 5, 1, tzinfo=datetime.timezone.utc))
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    client.login(username="jimukyoku", password=PASSWORD)
    for url in (f"/cases/{case.pk}/", reverse("cases:detail", args=[case.pk])):
        assert "市民課（現 市民窓口課）" in client.get(url).content.decode(), url


def test_a_staff_members_name_inside_a_turn_becomes_the_departments_name_of_the_meetings_day(world):
    _, meeting, _ = heard(world)
    meetings.record_turn(meeting, speaker_label="青木会長", role="chair", text="市民 太郎さん、ありがとうございました。",
                         agenda_item=meeting.items.get(case__isnull=False), person=world.people[0])
    org.rename_department(world.dept_a, name="市民窓口課", on=REORGANISED)
    minutes = text("minutes", meeting.pk)
    assert "市民課、ありがとうございました" in minutes
    assert "市民窓口課" not in minutes and "市民 太郎さん" not in minutes


def test_an_imported_case_names_its_department_as_on_the_day_it_was_heard(world, client):
    """An imported case was never received here: its 担当課 is named as on the day its meeting heard it, as every
    other record of that day names it, and as now after a 組織改正 since."""
    from test_imported_past_meetings import PAST, imported

    from shingikai.cases.models import Case
    from shingikai.minutes.actions import publish_import

    meeting = imported(world, *PAST[2])  # heard 令和7年7月8日
    case = Case.objects.filter(agenda_items__meeting=meeting).exclude(department__name=Department.UNKNOWN_NAME)[0]
    old_name = case.department.name
    org.create_department(world.council.municipality, name=old_name)  # the 課 the minutes named becomes the city's
    org.rename_department(case.department, name="デジタル推進課", on=datetime.date(2025, 10, 1))
    case = Case.objects.get(pk=case.pk)
    assert case.department_label == f"{old_name}（現 デジタル推進課）"
    publish_import(meeting, on=meeting.date)
    client.force_login(world.secretariat)
    for url in (f"/cases/{case.pk}/", reverse("cases:detail", args=[case.pk])):
        assert f"{old_name}（現 デジタル推進課）" in client.get(url).content.decode(), url


def test_public_lists_the_api_and_the_csv_name_the_department_as_the_case_was_filed(world, client):
    """A rename does not rewrite what the council's past records said: the register of cases, the precedents, the
    API and the CSV give the 担当課 of the day the case was received, and the name it goes by now beside it."""
    case = _published(world)  # received 令和6年4月1日 by 市民課 (市民部)
    Case.objects.filter(pk=case.pk).update(topic="コンビニ交付")
    org.rename_department(world.dept_a, name="市民窓口課", division="くらし部", on=REORGANISED)
    later = _published(world)
    Case.objects.filter(pk=later.pk).update(accepted_at=datetime.datetime(2025, 7, 1, 9, 0, tzinfo=datetime.timezone.utc))
    page = client.get("/cases/").content.decode()
    assert "市民課（現 市民窓口課）" in page and page.count("市民窓口課") == 2
    rows = {row["id"]: row for row in client.get("/api/cases").json()["items"]}
    assert (rows[case.pk]["department"], rows[case.pk]["division"], rows[case.pk]["department_now"]) == (
        "市民課", "市民部", "市民窓口課")
    assert (rows[later.pk]["department"], rows[later.pk]["department_now"]) == ("市民窓口課", "市民窓口課")
    assert client.get(f"/api/cases/{case.pk}").json()["department"] == "市民課"
    import csv

    csv_rows = {row["番号"]: row for row in csv.DictReader(client.get("/api/cases.csv").content.decode("utf-8-sig")
                                                             .splitlines())}
    assert (csv_rows[str(case.pk)]["担当課"], csv_rows[str(case.pk)]["部"]) == ("市民課", "市民部")
    from shingikai.precedents.topics import topic_slug

    topic = client.get(f"/precedents/{topic_slug('コンビニ交付')}/").content.decode()
    assert "市民課（現 市民窓口課）" in topic


def test_a_list_names_a_merged_departments_case_by_the_department_that_held_it(world, client):
    case = _published(world)
    org.rename_department(world.dept_b, name="こども未来課", on=datetime.date(2025, 4, 1))
    org.merge_department(world.dept_a, into=world.dept_b, on=REORGANISED)  # the open case moves to こども未来課
    row = client.get("/api/cases").json()["items"][0]
    assert (row["id"], row["department"], row["department_now"]) == (case.pk, "市民課", "こども未来課")
    assert "市民課（現 こども未来課）" in client.get("/cases/").content.decode()
