"""An audit names several departments and each answers for its own findings: a named department reads the
audit's general part (scope, period, 総評) and its own findings with their improvement reports, never another
department's; the secretariat and the members it comes before read every finding. The audit page, the staff
API (list and detail), the registers' board and the improvement form all keep to that."""
import datetime

from conftest import PASSWORD
from helpers import open_meeting_with

from shingikai.registers import actions

D = datetime.date
OWN_A, OWN_B = "端末のログを確認していない", "保育台帳の持出し記録がない"
REPORT_A = "令和7年12月から月次でログを点検している"


def audit_of_two_departments(world):
    audit = actions.create_audit(world.city, departments=[world.dept_a, world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務と保育事務",
                                 by=world.secretariat, conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    finding_a = actions.add_finding(audit, department=world.dept_a, text=OWN_A, request="月次でログを点検すること",
                                    due_date=D(2025, 12, 1))
    finding_b = actions.add_finding(audit, department=world.dept_b, text=OWN_B, request="持出し簿を備えること",
                                    due_date=D(2025, 12, 1))
    audit = actions.complete_audit(audit, summary="おおむね適正に取り扱われている。")
    actions.report_improvement(finding_a, report=REPORT_A, by=world.dept_a_user)
    return audit, finding_a, finding_b


def page(client, user, audit):
    client.force_login(user)
    response = client.get(f"/work/registers/audits/{audit.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_department_reads_the_audits_general_part_and_only_its_own_findings(client, world):
    audit, _, _ = audit_of_two_departments(world)
    other = page(client, world.dept_b_user, audit)
    assert "住民記録事務と保育事務" in other and "おおむね適正に取り扱われている。" in other
    assert OWN_B in other
    assert OWN_A not in other and REPORT_A not in other and "月次でログを点検すること" not in other
    own = page(client, world.dept_a_user, audit)
    assert OWN_A in own and REPORT_A in own and OWN_B not in own


def test_the_secretariat_and_the_members_read_every_finding_and_its_report(client, world):
    audit, _, _ = audit_of_two_departments(world)
    body = page(client, world.secretariat, audit)
    assert OWN_A in body and OWN_B in body and REPORT_A in body
    meeting, _ = open_meeting_with(world, date=D(2025, 10, 2))
    actions.report_audit(audit, meeting)
    body = page(client, world.member_user, audit)
    assert OWN_A in body and OWN_B in body and REPORT_A in body


def test_the_staff_api_gives_a_department_only_its_own_findings(client, world):
    audit, _, _ = audit_of_two_departments(world)
    client.force_login(world.dept_b_user)
    (listed,) = client.get("/api/registers/audits").json()["items"]
    detail = client.get(f"/api/registers/audits/{audit.pk}").json()
    for record in (listed, detail):
        assert [f["text"] for f in record["findings"]] == [OWN_B]
        assert record["summary"] == "おおむね適正に取り扱われている。"
    client.force_login(world.secretariat)
    assert [f["text"] for f in client.get(f"/api/registers/audits/{audit.pk}").json()["findings"]] == [OWN_A, OWN_B]


def test_the_api_by_bearer_token_keeps_to_the_departments_own_findings(client, world):
    from shingikai.api.tokens import issue

    audit, _, _ = audit_of_two_departments(world)
    detail = client.get(f"/api/registers/audits/{audit.pk}",
                        headers={"Authorization": f"Bearer {issue(world.dept_a_user)}"}).json()
    assert [f["text"] for f in detail["findings"]] == [OWN_A]


def test_the_board_shows_a_department_only_its_own_findings_due(client, world):
    audit, _, _ = audit_of_two_departments(world)
    client.force_login(world.dept_b_user)
    board = client.get("/work/registers/").content.decode()
    assert OWN_B in board and OWN_A not in board


def test_a_department_cannot_report_on_another_departments_finding(client, world):
    audit, finding_a, _ = audit_of_two_departments(world)
    assert client.login(username=world.dept_b_user.username, password=PASSWORD)
    response = client.post(f"/work/registers/audits/{audit.pk}/improve/", {"finding": finding_a.pk, "report": "上書き"})
    assert response.status_code == 400 and "見つかりません" in response.content.decode()
    finding_a.refresh_from_db()
    assert finding_a.improvement == REPORT_A


def test_a_department_without_a_finding_of_its_own_is_told_so_not_that_the_audit_found_nothing(client, world):
    audit = actions.create_audit(world.city, departments=[world.dept_a, world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="住民記録事務と保育事務",
                                 by=world.secretariat, conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    actions.add_finding(audit, department=world.dept_a, text=OWN_A, request="月次でログを点検すること",
                        due_date=D(2025, 12, 1))
    actions.complete_audit(audit, summary="おおむね適正に取り扱われている。")
    other = page(client, world.dept_b_user, audit)
    assert f"{world.dept_b}への指摘事項はありません。" in other and OWN_A not in other
    assert OWN_A in page(client, world.secretariat, audit)
