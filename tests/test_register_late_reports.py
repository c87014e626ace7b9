"""A 速報 or 確報 filed after its deadline carries the reason it was late: required when it is recorded, corrected
with the 速報's date until the 確報, and shown wherever the lateness is shown (the incident's page, the register's
list, the staff API and the sheet the council reads when the incident is reported to it)."""
import datetime

import pytest
from test_register_actions import incident
from test_register_web import login

from shingikai.errors import ActionRefused
from shingikai.meetings.actions import plan_meeting
from shingikai.registers import actions
from shingikai.registers.agenda import register_items

D = datetime.date
REASON = "週末に発覚し、報告内容の確認に時間を要した"


@pytest.fixture(autouse=True)
def five_days(settings):
    settings.SHINGIKAI_PRELIMINARY_REPORT_DAYS = 5


def late_incident(world, **fields):
    # Discovered 11月27日: the 速報 is due 12月2日, the 確報 12月29日 (a closed day) → 令和8年1月5日.
    return incident(world, people_count=45, sensitive=True, discovered_on=D(2025, 11, 27), cause="宛先の確認漏れ",
                    recurrence_measures="複数人で確認", **fields)


def test_a_late_preliminary_report_needs_its_reason(world):
    record = late_incident(world)
    with pytest.raises(ActionRefused, match=r"速報の提出日 \(令和7年12月4日\) は期限 \(令和7年12月2日\) を2日過ぎています。"
                                            "期限後になった理由を入力してください"):
        actions.file_preliminary_report(record, on=D(2025, 12, 4), late_reason="  ")
    record.refresh_from_db()
    assert record.preliminary_filed_on is None
    record = actions.file_preliminary_report(record, on=D(2025, 12, 4), late_reason=f" {REASON} ")
    assert (record.preliminary_late_days, record.preliminary_late_reason) == (2, REASON)


def test_a_report_in_time_needs_no_reason(world):
    record = actions.file_preliminary_report(late_incident(world), on=D(2025, 12, 2))
    assert record.preliminary_late_days == 0 and record.preliminary_late_reason == ""
    record = actions.file_final_report(record, on=D(2025, 12, 20))
    assert record.final_late_days == 0 and record.final_late_reason == ""


def test_a_late_final_report_needs_its_reason_too(world):
    record = actions.file_preliminary_report(late_incident(world), on=D(2025, 12, 1))
    with pytest.raises(ActionRefused, match="確報の提出日 .* を2日過ぎています"):
        actions.file_final_report(record, on=D(2026, 1, 7))
    record = actions.file_final_report(record, on=D(2026, 1, 7), late_reason="原因の調査が長引いた")
    assert (record.final_late_days, record.final_late_reason) == (2, "原因の調査が長引いた")


def test_correcting_the_date_keeps_or_asks_for_the_reason(world):
    record = actions.file_preliminary_report(late_incident(world), on=D(2025, 12, 4), late_reason=REASON)
    record = actions.correct_preliminary_report(record, on=D(2025, 12, 5), by=world.dept_a_user)
    assert record.preliminary_late_reason == REASON  # kept when not retyped
    record = actions.correct_preliminary_report(record, on=D(2025, 12, 5), late_reason="確認の遅れ", by=world.secretariat)
    assert record.preliminary_late_reason == "確認の遅れ"
    with pytest.raises(ActionRefused, match="期限後になった理由を入力してください"):
        actions.correct_preliminary_report(record, on=D(2025, 12, 5), late_reason="", by=world.dept_a_user)
    timely = actions.file_preliminary_report(late_incident(world, title="別件"), on=D(2025, 12, 1))
    with pytest.raises(ActionRefused, match="1日過ぎています"):
        actions.correct_preliminary_report(timely, on=D(2025, 12, 3), by=world.dept_a_user)


def test_an_edit_that_makes_a_filed_preliminary_report_late_asks_for_the_reason_first(world):
    record = actions.file_preliminary_report(late_incident(world), on=D(2025, 12, 2))
    with pytest.raises(ActionRefused, match="期限 .* 後の提出になります。先に「速報の提出日を訂正する」で"):
        actions.update_incident(record, discovered_on=D(2025, 11, 25))
    record = actions.correct_preliminary_report(record, on=D(2025, 12, 2), late_reason=REASON, by=world.dept_a_user)
    record = actions.update_incident(record, discovered_on=D(2025, 11, 25))
    assert record.preliminary_late_days == 2 and record.preliminary_late_reason == REASON


def test_the_page_the_list_and_the_form_show_and_take_the_reason(client, world):
    record = late_incident(world)
    login(client, world.dept_a_user)
    url = f"/work/registers/incidents/{record.pk}/"
    page = client.get(url).content.decode()
    assert 'name="late_reason"' in page.split("速報の提出を記録する")[0].rsplit("<form", 1)[1]
    refused = client.post(f"{url}preliminary/", {"on": "令和7年12月4日", "late_reason": ""})
    assert refused.status_code == 400 and "期限後になった理由を入力してください" in refused.content.decode()
    assert client.post(f"{url}preliminary/", {"on": "令和7年12月4日", "late_reason": REASON}).status_code == 302
    page = client.get(url).content.decode()
    shown = page.split('id="preliminary">')[1].split("</td>")[0]
    assert "期限後の提出 (2日超過、期限 令和7年12月2日)" in shown and f"期限後になった理由: {REASON}" in shown
    assert f"理由: {REASON}" in client.get("/work/registers/").content.decode()
    assert client.post(f"{url}repreliminary/", {"on": "令和7年12月4日", "late_reason": "確認の遅れ"}).status_code == 302
    assert "期限後になった理由: 確認の遅れ" in client.get(url).content.decode()


def test_the_staff_api_and_the_councils_sheet_carry_the_reason(client, world):
    record = actions.file_preliminary_report(late_incident(world), on=D(2025, 12, 4), late_reason=REASON)
    client.force_login(world.secretariat)
    data = client.get(f"/api/registers/incidents/{record.pk}").json()
    assert (data["preliminary_late_days"], data["preliminary_late_reason"]) == (2, REASON)
    assert data["final_late_reason"] == ""
    actions.report_incident(record, plan_meeting(world.council, date=D(2026, 1, 20)), by=world.secretariat)
    record.refresh_from_db()
    facts = dict(register_items([record.agenda_item_id], world.secretariat)[record.agenda_item_id].facts)
    assert facts["速報"] == f"令和7年12月4日 (期限後の提出、2日超過。理由: {REASON})"
    assert facts["確報"] == "—"
