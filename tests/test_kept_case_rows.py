"""The case page keeps the case's own rows (data items, contractors and their certificates, attachments,
the checklist) under the case row and today; the case's save time moves with each of those rows, so a
change through an action shows on the next page, whoever made it and wherever."""
import datetime

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shingikai.cases import actions as case_actions
from test_query_counts import without_csrf
from test_web_support import make_case, web_world  # noqa: F401

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
    case_actions.remove_attachment(attachment, by=web_world.dept_a_user)
    assert "業務フロー図" not in _page(client, case).content.decode()


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
