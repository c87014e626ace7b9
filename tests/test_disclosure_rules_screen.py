"""The city's 開示請求 periods (DisclosureRules) on the secretariat's screen: the 公文書開示 period its 情報公開条例
sets, the extension days and its own closed days (和暦 accepted), through disclosure.actions.set_rules, whose
refusals are shown; other people cannot change them."""
import re

import pytest
from django.test import Client
from django.urls import reverse

from shingikai.councils.models import Municipality
from shingikai.disclosure.deadlines import rules_for

pytestmark = pytest.mark.django_db


def rules_page(world):
    return reverse("councils:disclosure_rules", args=[world.council.pk])


def saved(world):
    return rules_for(Municipality.objects.get(pk=world.city.pk))


def posted(world, **changes):
    form = {"public_document_days": 15, "public_document_extension_days": 30, "personal_disclosure_days": 30,
            "personal_disclosure_extension_days": 30, "correction_days": 30, "correction_extension_days": 30,
            "suspension_days": 30, "suspension_extension_days": 30, "counting_rule": rules_for(world.city).counting_rule,
            "year_end_closed": "on", "extra_closed_days": "令和7年11月4日\n2025-06-02", "third_party_gap_days": 14,
            "appeal_window_months": 3, "standard_review_days": 180, "notice_days_before": 5,
            "request_retention_years": 5, "appeal_retention_years": 10, "incident_retention_years": 5, "withdrawn_case_retention_years": 5}
    form.update(changes)
    return form


def test_the_secretariat_sets_the_citys_periods_and_closed_days(client, world):
    client.force_login(world.secretariat)
    page = client.get(rules_page(world))
    assert page.status_code == 200 and "公文書開示: 決定期間" in page.content.decode()
    assert "開示請求の期間" in client.get(reverse("councils:settings", args=[world.council.pk])).content.decode()
    response = client.post(rules_page(world), posted(world), follow=True)
    assert "開示請求の期間を保存しました" in response.content.decode()
    rules = saved(world)
    assert rules.public_document_days == 15
    assert rules.extra_closed_days == ["2025-06-02", "2025-11-04"]
    assert "令和7年11月4日" in client.get(rules_page(world)).content.decode()
    assert rules.history.filter(history_user=world.secretariat).exists()


def test_a_period_beyond_the_law_or_a_bad_day_is_refused_with_a_message(client, world):
    client.force_login(world.secretariat)
    response = client.post(rules_page(world), posted(world, personal_disclosure_days=45))
    assert response.status_code == 400 and "30日まで" in response.content.decode()
    response = client.post(rules_page(world), posted(world, extra_closed_days="創立記念日"))
    assert response.status_code == 400 and "休日「創立記念日」" in response.content.decode()
    assert saved(world).pk is None


def test_a_closed_day_in_the_wrong_era_is_refused_as_every_date_field_refuses_it(client, world):
    client.force_login(world.secretariat)
    response = client.post(rules_page(world), posted(world, extra_closed_days="平成31年5月1日"))
    body = response.content.decode()
    assert response.status_code == 400 and "休日「平成31年5月1日」という日付はありません" in body
    assert "令和元年5月1日 のことであれば" in body and saved(world).pk is None


def test_a_department_or_another_citys_secretariat_cannot_change_them(client, world):
    for user in (world.dept_a_user, world.other_secretariat):
        client.force_login(user)
        assert client.post(rules_page(world), posted(world)).status_code in (403, 404)
    assert saved(world).pk is None


def _seen(page):
    return re.search(r'name="seen" value="(\d+)"', page.content.decode()).group(1)


def test_a_screen_opened_before_someone_else_saved_the_periods_is_refused(client, world):
    """Two of the city's secretariat open the screen; the second to save would silently undo the first's periods."""
    from helpers import second_secretary

    client.force_login(world.secretariat)
    first = _seen(client.get(rules_page(world)))
    other = Client()
    other.force_login(second_secretary(world))
    second = _seen(other.get(rules_page(world)))
    assert client.post(rules_page(world), posted(world, seen=first, public_document_days=15)).status_code == 302
    response = other.post(rules_page(world), posted(world, seen=second, public_document_days=20))
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in response.content.decode()
    assert saved(world).public_document_days == 15
    # Opened again, the screen shows the saved periods and saves over them.
    again = _seen(other.get(rules_page(world)))
    assert other.post(rules_page(world), posted(world, seen=again, public_document_days=20)).status_code == 302
    assert saved(world).public_document_days == 20
    response = client.post(rules_page(world), posted(world, seen=first, public_document_days=10))
    assert response.status_code == 409 and saved(world).public_document_days == 20


def test_the_retention_years_are_set_on_the_same_screen_and_never_zero(client, world):
    client.force_login(world.secretariat)
    assert "開示請求の記録の保存期間 (年)" in client.get(rules_page(world)).content.decode()
    response = client.post(rules_page(world), posted(world, request_retention_years=0))
    assert response.status_code == 400 and "1年以上" in response.content.decode()
    assert client.post(rules_page(world), posted(world, request_retention_years=3, appeal_retention_years=30)).status_code == 302
    assert (saved(world).request_retention_years, saved(world).appeal_retention_years) == (3, 30)
