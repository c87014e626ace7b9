"""The admin keeps the actions' rules: settled records are read-only there too."""
import pytest
from django.contrib.auth import get_user_model

from shingikai.demo.loader import load_demo
from shingikai.meetings.models import Decision
from shingikai.minutes.models import Minutes


@pytest.fixture
def admin_client(client, db):
    load_demo()
    user = get_user_model().objects.create_superuser("root", "root@example.jp", "root-pass-123")
    client.force_login(user)
    return client


def test_every_model_has_a_japanese_admin_page(admin_client):
    index = admin_client.get("/admin/").content.decode()
    for label in ("審議会", "案件", "会議", "決定", "会議録", "条件・フォローアップ", "答申", "委嘱 (任期)", "担当課", "職員"):
        assert label in index, label


def test_confirmed_minutes_are_read_only_in_the_admin(admin_client):
    minutes = Minutes.objects.filter(state="published").first()
    page = admin_client.get(f"/admin/minutes/minutes/{minutes.pk}/change/")
    assert page.status_code == 200
    assert 'name="summary"' not in page.content.decode()
    response = admin_client.post(f"/admin/minutes/minutes/{minutes.pk}/change/", {"summary": "黙って書き換え"})
    minutes.refresh_from_db()
    assert minutes.summary != "黙って書き換え"
    assert admin_client.get(f"/admin/minutes/minutes/{minutes.pk}/delete/").status_code == 403
    assert response.status_code in (200, 302, 403)


def test_draft_minutes_stay_editable_in_the_admin(admin_client):
    minutes = Minutes.objects.get(state="draft")
    assert 'name="summary"' in admin_client.get(f"/admin/minutes/minutes/{minutes.pk}/change/").content.decode()


def test_decisions_cannot_be_added_or_changed_in_the_admin(admin_client):
    decision = Decision.objects.first()
    assert admin_client.get("/admin/meetings/decision/add/").status_code == 403
    page = admin_client.get(f"/admin/meetings/decision/{decision.pk}/change/").content.decode()
    assert 'name="outcome"' not in page
    assert admin_client.get(f"/admin/meetings/decision/{decision.pk}/delete/").status_code == 403


def test_case_workflow_state_is_not_editable_in_the_admin(admin_client):
    from shingikai.cases.models import Case
    draft = Case.objects.filter(status="draft").first()
    page = admin_client.get(f"/admin/cases/case/{draft.pk}/change/").content.decode()
    assert 'name="title"' in page and 'name="status"' not in page
    decided = Case.objects.filter(status="decided", imported=False).first()
    assert 'name="title"' not in admin_client.get(f"/admin/cases/case/{decided.pk}/change/").content.decode()


def test_a_fixed_quorum_without_its_number_is_refused_in_the_admin(admin_client):
    """定足数 "fixed" without a number was saved and quorum() silently counted a majority instead."""
    from shingikai.councils.models import Council, Municipality

    city = Municipality.objects.first()
    data = {"municipality": city.pk, "name": "新しい審査会", "slug": "atarashii", "body_type": "審査会",
            "quorum_rule": "fixed", "quorum_fixed": "", "name_policy": "real", "minutes_style": "要点記録",
            "closed_items_shown": "count", "cumulative_base": "0", "case_series": "fiscal_year", "answer_series": "continuous", "minutes_signed": "on",
            "memberships-TOTAL_FORMS": "0", "memberships-INITIAL_FORMS": "0"}
    response = admin_client.post("/admin/councils/council/add/", data)
    assert response.status_code == 200
    assert "定足数を人数で定めるときは、その人数" in response.content.decode()
    assert not Council.objects.filter(slug="atarashii").exists()
    response = admin_client.post("/admin/councils/council/add/", {**data, "quorum_rule": "majority", "quorum_fixed": "3"})
    assert "人数は、定足数を人数で定めるときにだけ" in response.content.decode()
    response = admin_client.post("/admin/councils/council/add/", {**data, "quorum_fixed": "3"})
    assert response.status_code == 302
    assert Council.objects.get(slug="atarashii").quorum(None, in_office=10) == 3


def test_a_department_added_in_the_admin_under_a_name_imports_gave_takes_that_one_over(admin_client):
    from shingikai.councils.models import Department, Municipality
    city = Municipality.objects.order_by("pk").first()
    named = Department.objects.create(municipality=city, name="危機管理課", imported=True)
    response = admin_client.post("/admin/councils/department/add/",
                                 {"municipality": city.pk, "name": "危機管理課", "division": "総務部", "email": ""})
    assert response.status_code == 302
    named.refresh_from_db()
    assert (named.imported, named.division) == (False, "総務部")
    assert Department.objects.filter(municipality=city, name="危機管理課").count() == 1
    # A real duplicate is still refused.
    response = admin_client.post("/admin/councils/department/add/",
                                 {"municipality": city.pk, "name": "危機管理課", "division": "", "email": ""})
    assert response.status_code == 200 and "この名前の担当課はすでにあります。" in response.content.decode()


def test_every_admin_select_of_departments_names_the_city(world, client):
    """Two cities' 市民課 were offered as 「市民課」 twice on the staff form: the wrong pick made a new city's
    clerk a department user of the other city. Every admin select of departments names the city."""
    from django.contrib import admin
    from django.test import RequestFactory

    from shingikai.councils.models import Department

    Department.objects.create(municipality=world.other_city, name="市民課")
    root = get_user_model().objects.create_superuser("root", "root@example.jp", "root-pass-123")
    request = RequestFactory().get("/admin/")
    request.user = root
    checked = []
    for model, model_admin in admin.site._registry.items():
        for owner in [model_admin, *model_admin.get_inline_instances(request)]:
            fields = owner.model._meta.get_fields()
            for field in fields:
                if getattr(field, "related_model", None) is not Department or not (field.many_to_one or field.many_to_many):
                    continue
                if field.auto_created or not field.editable:
                    continue
                formfield = owner.formfield_for_dbfield(field, request)
                labels = [label for _, label in formfield.choices if label != "---------"]
                assert "みなみ市 市民課" in labels and "きた町 市民課" in labels, (owner, field.name, labels)
                checked.append(f"{owner.model.__name__}.{field.name}")
    assert "Staff.department" in checked and "FollowUp.department" in checked

    client.force_login(root)
    page = client.get("/admin/councils/staff/add/").content.decode()
    assert "きた町 市民課" in page and "みなみ市 市民課" in page


@pytest.mark.parametrize("path, data", [
    ("/admin/councils/municipality/add/", {"name": "北山市", "prefecture": "北海道", "head_title": "北山市長"}),
    ("/admin/councils/council/add/", {"name": "北山市情報公開・個人情報保護審議会", "body_type": "審議会",
                                      "quorum_rule": "majority", "name_policy": "real", "minutes_style": "要点記録",
                                      "closed_items_shown": "count", "cumulative_base": "0",
                                      "case_series": "fiscal_year", "answer_series": "continuous", "memberships-TOTAL_FORMS": "0",
                                      "memberships-INITIAL_FORMS": "0"}),
])
def test_a_slug_in_japanese_is_refused_naming_the_field_as_the_form_does(admin_client, path, data):
    """A new city typing 「北山市」 as its 識別子 is told what the 識別子 takes, not about a “slug”."""
    response = admin_client.post(path, {**data, "slug": "北山市"})
    page = response.content.decode()
    assert response.status_code == 200 and "識別子は半角の英数字" in page
    assert "“slug”" not in page
