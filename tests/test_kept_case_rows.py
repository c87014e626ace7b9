"""The case page keeps the case's own rows (data items, contractors and their certificates, attachments,
the checklist, questions and change history) under the case row, the names it shows and today; the
case's save time moves with each of those rows, so a change through an action shows on the next page,
whoever made it and wherever."""
import datetime

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shingikai.cases import actions as case_actions
from test_query_counts import without_csrf
from test_web_support import accepted_case, make_case, web_world  # noqa: F401

from conftest import PASSWORD

CONTRACTOR = {"name": "株式会社みなみ情報", "role": "受託者", "work": "システムの保守",
              "certifications": [{"kind": "iso27001", "number": "IS 12345", "valid_until": datetime.date(2030, 3, 31)}]}


def _page(client, case):
    return client.get(f"/work/cases/{case.pk}/")


def test_the_kept_rows_are_read_back_with_fewer_queries_and_show_the_same(web_world, client):
    case = make_case(web_world)
    case_actions.set_contractors(case, [CONTRACTOR], by=web_world.dept_a_user)
    assert client.login(username="shimin", password=PASSWORD)
    cache.clear()
    with CaptureQueriesContext(connection) as read:
        first = _page(client, case)
    with CaptureQueriesContext(connection) as kept:
        again = _page(client, case)
    assert "IS 12345" in first.content.decode()
    assert without_csrf(again) == without_csrf(first)
    assert len(kept) < len(read)


def test_each_change_to_the_cases_rows_shows_at_once(web_world, client):
    case = make_case(web_world, retention_period="")
    assert client.login(username="shimin", password=PASSWORD)
    assert "保存期間" in _page(client, case).content.decode()
    case_actions.set_data_items(case, [{"name": "マイナンバーカードの写し", "required": True}], by=web_world.dept_a_user)
    assert "マイナンバーカードの写し" in _page(client, case).content.decode()
    case_actions.set_contractors(case, [CONTRACTOR], by=web_world.dept_a_user)
    assert "株式会社みなみ情報" in _page(client, case).content.decode()
    case_actions.answer_checklist(case, "retention", "文書管理規程により5年", by=web_world.dept_a_user)
    assert "文書管理規程により5年" in _page(client, case).content.decode()
    attachment = case_actions.add_attachment(
        case, title="業務フロー図", by=web_world.dept_a_user,
        file=SimpleUploadedFile("flow.txt", "業務フロー".encode(), content_type="text/plain"))
    assert "業務フロー図" in _page(client, case).content.decode()
    link = reverse("cases:attachment", args=[case.pk, attachment.pk])
    assert link in _page(client, case).content.decode()
    case_actions.remove_attachment(attachment, by=web_world.dept_a_user)
    page = _page(client, case).content.decode()
    # Gone from the list; its removal (not its name, which may name a person) stays in the attachments' history.
    assert link not in page and "削除した資料 (名前は消去済み): 削除" in page


def test_a_certificate_that_expires_is_flagged_the_next_day(web_world, client, monkeypatch):
    """The checklist weighs a certificate's expiry against today, which is part of the key."""
    from django.utils import timezone

    expiring = {**CONTRACTOR, "certifications": [{**CONTRACTOR["certifications"][0],
                                                   "valid_until": timezone.localdate()}]}
    case = make_case(web_world)
    case_actions.set_contractors(case, [expiring], by=web_world.dept_a_user)
    assert client.login(username="shimin", password=PASSWORD)
    today = _page(client, case).content.decode()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert "作業開始前に切れています" not in today
    assert "作業開始前に切れています" in _page(client, case).content.decode()


def test_a_question_and_its_answer_show_at_once(web_world, client):
    """The questions are kept with the case's rows: asking and answering move the case's save time."""
    case = accepted_case(web_world)
    client.force_login(web_world.member_user)
    assert "質問はありません" in _page(client, case).content.decode()
    question = case_actions.ask_question(case, text="録画は何日保存しますか。", by=web_world.member_user)
    page = _page(client, case).content.decode()
    assert "録画は何日保存しますか。" in page and "未回答" in page
    case_actions.answer_question(question, answer="7日で上書きします。", by=web_world.dept_a_user)
    assert "7日で上書きします。" in _page(client, case).content.decode()


def test_an_edit_shows_in_the_history_at_once(web_world, client):
    case = make_case(web_world)
    client.force_login(web_world.dept_a_user)
    assert "保存期間 → 「10年」" not in _page(client, case).content.decode()
    case_actions.update_case(case, retention_period="10年", by=web_world.dept_a_user)
    assert "保存期間 → 「10年」" in _page(client, case).content.decode()


def test_a_renamed_editor_or_asker_shows_at_once(web_world, client):
    """Officials and members carry no version: a rename (in the admin, outside any action) moves the
    names stamp, part of the key, so the history's editor and the question's asker show the new name."""
    case = accepted_case(web_world)
    case_actions.ask_question(case, text="録画は何日保存しますか。", by=web_world.member_user)
    client.force_login(web_world.secretariat)
    staff, person = web_world.dept_a_user.staff, web_world.member_user.person
    page = _page(client, case).content.decode()
    assert staff.name in page and f"{person.name} 委員" in page
    for record in (staff, person):
        record.name += "(改)"
        record.save()
    page = _page(client, case).content.decode()
    assert f"{staff.name}</td>" in page and f"{person.name} 委員" in page


def test_a_department_sees_its_own_variant_of_the_kept_rows(web_world, client):
    """The kept rows hold no viewer's forms: the department that owns the case gets its answer forms, the
    secretariat its form to record the department's answer for it, a member reading the same kept rows none."""
    case = accepted_case(web_world)
    case_actions.ask_question(case, text="録画は何日保存しますか。", by=web_world.member_user)
    client.force_login(web_world.member_user)
    assert 'name="answer"' not in _page(client, case).content.decode()
    client.force_login(web_world.secretariat)
    assert "担当課の回答を記録する" in _page(client, case).content.decode()
    client.force_login(web_world.dept_a_user)
    page = _page(client, case).content.decode()
    assert 'name="answer"' in page and "担当課の回答を記録する" not in page
