"""The register in the browser: departments see and decide their own requests, the secretariat sees all with
the deadline board; bad input gets a message and a 4xx; the public sees the report."""
import datetime
import re

from disclosure_helpers import decided_request, department_mails, request_form
from django.core.management import call_command
from django.urls import reverse

from shingikai.disclosure import actions
from shingikai.disclosure.models import DisclosureRequest
from shingikai.jp.wareki import to_wareki

D = datetime.date


def request_of(world, department=None, received_on=D(2024, 6, 3)):
    return actions.record_request(department or world.dept_a, kind="public_document", received_on=received_on,
                                  documents="窓口業務委託の仕様書", requester_category="市内",
                                  requester_name="秘密 請求者", requester_contact="北町1-2-3", date_confirmed=True)


def test_department_records_a_request_in_the_browser(client, world):
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:new"), request_form(world))
    created = DisclosureRequest.objects.get()
    assert response.status_code == 302 and created.first_due == D(2024, 7, 3)
    assert created.created_by == world.dept_a_user
    page = client.get(response["Location"]).content.decode()
    assert "決定期限は 令和6年7月3日 です" in page and "2024-07-03" not in page


def test_department_cannot_record_for_another_department(client, world):
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:new"), {
        "department": world.dept_b.pk, "kind": "public_document", "received_on": "2024-06-03",
        "documents": "x", "requester_category": "市内"})
    assert response.status_code == 400 and not DisclosureRequest.objects.exists()


def test_department_cannot_see_other_departments_requests(client, world):
    other = request_of(world, world.dept_b)
    client.force_login(world.dept_a_user)
    assert client.get(reverse("disclosure:request", args=[other.pk])).status_code == 404
    assert client.post(reverse("disclosure:request_step", args=[other.pk, "withdraw"]),
                       {"withdraw-on": "2024-06-10"}).status_code == 404
    assert "2024-0001" not in client.get(reverse("disclosure:register") + "?fy=2024").content.decode()


def test_a_year_no_register_can_hold_shows_the_current_year_instead_of_failing(client, world):
    request_of(world, received_on=D(2024, 6, 3))
    client.force_login(world.dept_a_user)
    for fy in ("0", "-1", "99999", "9" * 30, "来年度", ""):
        response = client.get("/disclosure/register/", {"fy": fy})
        assert response.status_code == 200, fy
        assert response.context["fiscal_year"] == response.context["years"][0]
    for fy in ("2024", "令和6", "令和6年度", "R6", "２０２４"):  # read as the forms read a 年度
        assert client.get("/disclosure/register/", {"fy": fy}).context["fiscal_year"] == 2024, fy


def test_requester_identity_is_shown_to_the_secretariat_only(client, world):
    req = request_of(world)
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "窓口業務委託の仕様書" in page and "秘密 請求者" not in page and "北町1-2-3" not in page
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "秘密 請求者" in page


def test_strangers_members_and_anonymous_users_have_no_register(client, world):
    req = request_of(world)
    assert client.get(reverse("disclosure:register")).status_code == 302
    assert client.get(reverse("disclosure:request", args=[req.pk])).status_code == 302
    for user in (world.stranger, world.member_user, world.other_secretariat):
        client.force_login(user)
        assert client.get(reverse("disclosure:request", args=[req.pk])).status_code == 404
    client.force_login(world.stranger)
    assert client.get(reverse("disclosure:register")).status_code == 403


def test_deciding_in_the_browser_and_a_refused_decision_keeps_the_record(client, world):
    req = request_of(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[req.pk, "decide"])
    refused = client.post(url, {"decide-decision": "部分開示", "decide-decided_on": "2024-06-20", "decide-fee_yen": "0"})
    assert refused.status_code == 400 and "不開示の理由" in refused.content.decode()
    broken = client.post(url, {"decide-decision": "部分開示", "decide-decided_on": "いつか", "decide-fee_yen": "0"})
    assert broken.status_code == 400
    req.refresh_from_db()
    assert req.decision == "" and req.status == "received"
    done = client.post(url, {"decide-decision": "部分開示", "decide-decided_on": "令和6年6月20日", "decide-fee_yen": "100",
                             "decide-ground_article": "条例第7条第2号", "decide-ground_category": "個人に関する情報",
                             "decide-withheld_summary": "個人の氏名"})
    assert done.status_code == 302
    req.refresh_from_db()
    assert (req.decision, req.fee_yen, req.grounds.get().article) == ("部分開示", 100, "条例第7条第2号")


def test_a_row_that_is_no_article_is_named_next_to_the_field_and_a_repeated_one_is_merged(client, world):
    req = request_of(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[req.pk, "decide"])
    form = {"decide-decision": "部分開示", "decide-decided_on": "令和6年6月20日", "decide-fee_yen": "0",
            "decide-ground_category": "個人に関する情報", "decide-withheld_summary": "個人の氏名"}
    bad = client.post(url, {**form, "decide-ground_article": "<script>alert(1)</script>"})
    page = bad.content.decode()
    assert bad.status_code == 400 and "条項として読めません" in page and "<script>alert(1)" not in page
    req.refresh_from_db()
    assert req.decision == "" and not req.grounds.exists()
    done = client.post(url, {**form, "decide-ground_article": "条例第7条第2号", "decide-ground_article_2": "条例第7条第2号",
                             "decide-ground_category_2": "個人に関する情報"})
    assert done.status_code == 302
    assert [g.article for g in req.grounds.all()] == ["条例第7条第2号"]


def test_secretariat_deadline_board_shows_overdue_extended_and_due_soon(client, world, monkeypatch):
    overdue = request_of(world, received_on=D(2025, 3, 3))      # due 2025-04-02
    soon = request_of(world, world.dept_b, received_on=D(2025, 4, 1))  # due 2025-05-01
    extended = request_of(world, received_on=D(2025, 3, 25))
    actions.extend_deadline(extended, days=30, reason="大量", notice_on=D(2025, 4, 1))
    monkeypatch.setattr("shingikai.disclosure.views._today", lambda: D(2025, 4, 28))
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:register")).content.decode()
    sections = {name: page.split(f'id="db-{name}"')[1].split("</section>")[0] for name in ("overdue", "due-soon", "extended")}
    assert overdue.number in sections["overdue"]
    assert soon.number in sections["due-soon"]
    assert extended.number in sections["extended"]


def test_send_notices_mails_the_department_once_before_the_deadline(world, capsys):
    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    req = request_of(world)  # due 2024-07-03, notice 5 days before
    call_command("send_notices", "--date", "2024-06-27")
    assert not department_mails()
    call_command("send_notices", "--date", "2024-06-28")
    call_command("send_notices", "--date", "2024-06-29")
    assert len(department_mails()) == 1
    message = department_mails()[0]
    assert req.number in message.subject and message.to[0] == "shimin@city.minami.example.jp"
    assert "秘密" not in message.body
    assert "開示請求・審査請求の期限の通知 0 通" in capsys.readouterr().out


def test_the_deadline_notice_date_is_recorded_in_history_by_the_system(world):
    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    req = request_of(world)
    call_command("send_notices", "--date", "2024-06-28")
    notice = req.history.order_by("-history_id").first()
    assert notice.due_notified_on == D(2024, 6, 28) and notice.history_user is None


def test_an_extension_after_the_first_notice_is_noticed_again_before_the_new_deadline(world):
    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    req = request_of(world)  # due 2024-07-03
    call_command("send_notices", "--date", "2024-06-28")
    assert len(department_mails()) == 1 and "令和6年7月3日" in department_mails()[0].body
    req = actions.extend_deadline(req, days=30, reason="対象文書が大量のため", notice_on=D(2024, 6, 28))
    call_command("send_notices", "--date", "2024-07-04")
    assert len(department_mails()) == 1  # the new deadline is a month away
    call_command("send_notices", "--date", str(req.due - datetime.timedelta(days=3)))
    call_command("send_notices", "--date", str(req.due - datetime.timedelta(days=2)))
    assert len(department_mails()) == 2
    assert to_wareki(req.due) in department_mails()[1].subject and "秘密" not in department_mails()[1].body


def test_a_deadline_notice_reaches_the_departments_staff_and_a_request_no_one_can_be_told_of_is_said(world):
    import io

    from shingikai.councils.models import Staff

    request_of(world)  # due 2024-07-03; 市民課 has no address of its own
    world.dept_a_staff.email = "shimin-kakari@city.minami.example.jp"
    world.dept_a_staff.save()
    world.secretariat_staff.email = "jimukyoku@city.minami.example.jp"
    world.secretariat_staff.save()
    call_command("send_notices", "--date", "2024-06-28")
    sent, = department_mails()
    assert "shimin-kakari@city.minami.example.jp" in sent.to and "jimukyoku@city.minami.example.jp" in sent.cc
    other = actions.record_request(world.dept_b, kind="public_document", received_on=D(2024, 6, 20),
                                   documents="保育所の入所に関する文書", requester_category="市内",
                                   requester_name="請求 花子", date_confirmed=True)
    Staff.objects.update(email="")
    for staff in Staff.objects.select_related("user"):
        if staff.user:
            staff.user.email = ""
            staff.user.save()
    call_command("send_notices", "--date", str(other.due - datetime.timedelta(days=1)), stdout=(out := io.StringIO()))
    assert len(department_mails()) == 1
    assert f"通知できませんでした: {other.number} (こども家庭課)" in out.getvalue()


def test_public_report_page_shows_charts_and_counts(client, world):
    decided_request(world, decision="全部開示")
    page = client.get(reverse("disclosure:report", args=["minami", 2024]))
    text = page.content.decode()
    assert page.status_code == 200 and text.count('src="data:image/svg+xml;base64,') == 3
    assert "請求件数 <strong>1</strong> 件" in text
    csv = client.get(reverse("disclosure:report_file", args=["minami", 2024, "csv"]))
    assert csv["Content-Type"].startswith("text/csv") and "全部開示,1" in csv.content.decode("utf-8-sig")
    assert client.get(reverse("disclosure:report_file", args=["minami", 2024, "xls"])).status_code == 404
    assert client.get(reverse("disclosure:report", args=["nowhere", 2024])).status_code == 404


def test_secretariat_tables_the_yearly_reports_from_the_meetings_agenda(client, world):
    from shingikai.meetings.actions import plan_meeting

    decided_request(world)
    meeting = plan_meeting(world.council, date=D(2025, 5, 26))
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert f'action="/disclosure/agenda/{meeting.pk}/report/"' in page and "令和6年度" in page
    url = reverse("disclosure:table_report", args=[meeting.pk])
    response = client.post(url, {"report-report": "operations", "report-fiscal_year": "2024",
                                 "report-department": world.dept_a.pk})
    assert response.status_code == 302 and response["Location"].endswith("#agenda")
    client.post(url, {"report-report": "additional", "report-fiscal_year": "2024", "report-department": world.dept_a.pk})
    titles = list(meeting.items.values_list("title", flat=True))
    assert titles == ["令和6年度情報公開・個人情報保護制度運用状況報告", "令和6年度情報公開・個人情報保護制度の実施状況追加報告"]
    assert "請求 1 件 (部分開示 1件)" in meeting.items.first().case.purpose
    # A missing department or a forged year is a 400 with the form again; nothing is added.
    bad = client.post(url, {"report-report": "operations", "report-fiscal_year": "1999"})
    assert bad.status_code == 400 and "選択してください" in bad.content.decode() and meeting.items.count() == 2
    # Another city's department is not on offer, and only the secretariat may table.
    forged = client.post(url, {"report-report": "operations", "report-fiscal_year": "2024",
                               "report-department": world.other_dept.pk})
    assert forged.status_code == 400 and meeting.items.count() == 2
    for user in (world.dept_a_user, world.member_user, world.other_secretariat):
        client.force_login(user)
        assert client.post(url, {"report-report": "operations", "report-fiscal_year": "2024",
                                 "report-department": world.dept_a.pk}).status_code in (403, 404)
    assert meeting.items.count() == 2


def test_a_third_party_opinion_dated_before_the_enquiry_is_answered_400_with_the_reason(client, world):
    req = request_of(world)
    opinion = actions.ask_third_party(req, third_party="東山商事", asked_on=D(2024, 6, 10))
    client.force_login(world.secretariat)
    response = client.post(f"/disclosure/register/{req.pk}/opinion/{opinion.pk}/",
                           {"opinion-answered_on": "令和6年6月5日", "opinion-objects_to_disclosure": "on"})
    assert response.status_code == 400 and "意見書の提出日が照会日より前です" in response.content.decode()
    opinion.refresh_from_db()
    assert opinion.answered_on is None


def test_a_receipt_date_slipped_by_an_era_is_asked_about_on_the_form_and_registered_once_ticked(client, world):
    client.force_login(world.dept_a_user)
    typed = {k: v for k, v in request_form(world, received_on="平成8年12月5日").items() if k != "confirm_date"}
    response = client.post(reverse("disclosure:new"), typed)
    page = response.content.decode()
    assert response.status_code == 400 and not DisclosureRequest.objects.exists()
    assert "請求日 (平成8年12月5日) は1年以上前の日付です" in page
    assert 'value="1996-12-05"' in page and "平成8年12月5日の日付で登録する" in page
    assert 'value="平成8年12月5日"' in page  # the date stays as typed, to correct or to confirm
    response = client.post(reverse("disclosure:new"), {**typed, "confirm_date": "1996-12-05"})
    assert response.status_code == 302 and DisclosureRequest.objects.get().number == "1996-0001"


def test_a_ticked_box_confirms_only_the_date_it_names(client, world):
    """The box was ticked for 令和6年6月3日 and the date then changed: the new date is asked about afresh."""
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:new"), request_form(world, received_on="平成6年6月3日"))
    page = response.content.decode()
    assert response.status_code == 400 and "平成6年6月3日の日付で登録する" in page
    assert "令和6年6月3日の日付で登録する" not in page
    assert not DisclosureRequest.objects.exists()


def test_a_receipt_date_before_heisei_is_refused_on_the_form_without_a_box(client, world):
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:new"), request_form(world, received_on="1900-01-01"))
    page = response.content.decode()
    assert response.status_code == 400 and "請求日に平成より前の日付 (明治33年1月1日) は指定できません" in page
    assert "の日付で登録する" not in page and not DisclosureRequest.objects.exists()


def test_the_public_report_links_only_years_that_have_a_report(client, world):
    """A request kept from before such dates were refused (1899年度) is no 404 link on the public page."""
    decided_request(world, decision="全部開示")
    kept = decided_request(world, decision="全部開示", received_on=D(2024, 7, 1), decided_on=D(2024, 7, 5))
    DisclosureRequest.objects.filter(pk=kept.pk).update(received_on=D(1900, 1, 1))
    page = client.get(reverse("disclosure:report", args=["minami", 2024])).content.decode()
    links = re.findall(r'href="(/disclosure/minami/report/\d+/)"', page)
    assert "明治32年度" not in page
    assert all(client.get(link).status_code == 200 for link in links)
