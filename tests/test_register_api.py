"""The registers' incidents, assessments and audits in the JSON API for staff: the work screens' role rules
(a department its own, the secretariat all of its city, a member what is on the council's agenda), by
browser session or bearer token; anonymous readers get a Japanese 401, other ids the same 404."""
import datetime
import io

import pytest
from django.core.management import call_command
from test_register_actions import full_assessment, held_inspection, incident

from shingikai.meetings.actions import plan_meeting
from shingikai.registers import actions

D = datetime.date
PATHS = ("/api/registers/incidents", "/api/registers/assessments", "/api/registers/audits")


@pytest.fixture
def registers(world):
    own = incident(world, title="通知書の誤送付", sensitive=True)
    other = incident(world, department=world.dept_b, title="保育台帳の紛失", people_count=150)
    assessment = full_assessment(world)
    actions.open_comment_period(assessment, start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, assessment)
    actions.conclude_inspection(inspection, findings="リスク対策は適切である。", requests="委託先の監督を記載すること。",
                                on=D(2025, 9, 20))
    audit = actions.create_audit(world.city, departments=[world.dept_b], title="令和7年度 特定個人情報監査",
                                 fiscal_year=2025, auditor="情報政策課", scope="保育事務", by=world.secretariat,
                                 conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 31))
    actions.add_finding(audit, department=world.dept_b, text="端末のログを確認していない", request="月次で点検すること",
                        by=world.secretariat)
    return {"own": own, "other": other, "assessment": assessment, "audit": audit}


def titles(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, response.content
    return sorted(item.get("title") or item.get("system_name") for item in response.json()["items"])


def test_anonymous_gets_a_japanese_401_and_no_record(client, registers):
    for path in PATHS + (f"/api/registers/incidents/{registers['own'].pk}",):
        response = client.get(path)
        assert response.status_code == 401 and "職員のみ" in response.json()["detail"]
        assert "誤送付" not in response.content.decode()


def test_department_reads_its_own_records_only(client, world, registers):
    client.force_login(world.dept_a_user)
    assert titles(client, "/api/registers/incidents") == ["通知書の誤送付"]
    assert client.get(f"/api/registers/incidents/{registers['other'].pk}").status_code == 404
    assert titles(client, "/api/registers/assessments") == ["住民記録システム"]
    assert titles(client, "/api/registers/audits") == []  # the audit covers こども家庭課 only
    assert client.get(f"/api/registers/audits/{registers['audit'].pk}").status_code == 404
    own = client.get(f"/api/registers/incidents/{registers['own'].pk}")
    assert own["Cache-Control"] == "private, no-store" and "Access-Control-Allow-Origin" not in own
    data = own.json()
    assert data["reportable"] and data["report_reasons"] == ["要配慮個人情報"]
    assert data["preliminary_due"] is not None and data["final_due"] == "2025-07-02"


def test_secretariat_reads_all_of_its_city_and_the_inspection(client, world, registers):
    client.force_login(world.secretariat)
    assert titles(client, "/api/registers/incidents") == ["保育台帳の紛失", "通知書の誤送付"]
    assert titles(client, "/api/registers/incidents?fiscal_year=2024") == []
    assessment = client.get(f"/api/registers/assessments/{registers['assessment'].pk}").json()
    assert assessment["level"] == "全項目評価"
    assert assessment["inspection"]["findings"] == ["リスク対策は適切である。"]
    audit = client.get(f"/api/registers/audits/{registers['audit'].pk}").json()
    assert audit["findings"][0]["text"] == "端末のログを確認していない" and audit["departments"] == ["こども家庭課"]
    client.force_login(world.other_secretariat)
    for path in PATHS:
        assert titles(client, path) == []
    assert client.get(f"/api/registers/incidents/{registers['own'].pk}").status_code == 404


def test_member_reads_an_incident_once_it_is_on_the_agenda(client, world, registers):
    client.force_login(world.member_user)
    assert titles(client, "/api/registers/incidents") == []
    actions.report_incident(registers["own"], plan_meeting(world.council, date=D(2025, 7, 15)), by=world.secretariat)
    data = client.get("/api/registers/incidents").json()["items"]
    assert [d["title"] for d in data] == ["通知書の誤送付"]
    assert data[0]["agenda"]["title"] == "個人情報の漏えい等事案について (市民課)"
    # The assessment's 第三者点検 is on the agenda too; the audit is not.
    assert titles(client, "/api/registers/assessments") == ["住民記録システム"]
    assert titles(client, "/api/registers/audits") == []


def test_a_bearer_token_reads_as_its_user_until_the_password_changes(client, world, registers):
    call_command("api_token", "shimin", stdout=(out := io.StringIO()))
    token = out.getvalue().strip()
    auth = {"Authorization": f"Bearer {token}"}
    response = client.get("/api/registers/incidents", headers=auth)
    assert [i["title"] for i in response.json()["items"]] == ["通知書の誤送付"]
    assert response["Cache-Control"] == "private, no-store" and "Access-Control-Allow-Origin" not in response
    assert client.get("/api/registers/incidents", headers={"Authorization": f"Bearer {token[:-2]}xx"}).status_code == 401
    world.dept_a_user.set_password("a-new-password-456")
    world.dept_a_user.save()
    assert client.get("/api/registers/incidents", headers=auth).status_code == 401
    with pytest.raises(SystemExit):
        call_command("api_token", "nobody")


def test_openapi_documents_the_staff_operations_and_their_authentication(client):
    schema = client.get("/api/openapi.json").json()
    for path in PATHS + ("/api/registers/incidents/{incident_id}",):
        operation = schema["paths"][path]["get"]
        assert {"BearerToken": []} in operation["security"] and "401" in operation["responses"]
    assert schema["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    # The published file register stays open to anyone.
    assert "security" not in schema["paths"]["/api/registers/files"]["get"]
