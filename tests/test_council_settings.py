"""The 審議会の設定 page: a council's secretariat keeps its own settings and its contact (事務局の連絡先) in the UI,
through an action with a history entry; what only an administrator changes is shown, not offered; the
municipality's head (長の職名・氏名) is the administrator's page."""
import datetime
import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from test_web_support import web_world  # noqa: F401

from shingikai.councils.models import Council, Municipality
from shingikai.history import history_mark

SETTINGS = {
    "name": "みなみ市情報公開・個人情報保護審議会", "ordinance": "みなみ市情報公開・個人情報保護審議会条例",
    "quorum_rule": "fixed", "quorum_fixed": "3", "minutes_style": "全文", "name_policy": "letter",
    "closed_items_shown": "omit", "numbers_cumulatively": "on", "cumulative_base": "41", "minutes_signed": "on",
    "minutes_signer_count": "2", "case_series": "fiscal_year", "answer_series": "continuous", "secretariat_section": "総務部 総務課 情報公開係", "secretariat_contact": "北野",
    "secretariat_phone": "0000-11-2222 (内線 315)", "secretariat_email": "johokokai@minami.example.jp",
    "secretariat_address": "みなみ市本町1-1 市役所本庁舎3階",
}


def _post(client, council, **changes):
    data = {**SETTINGS, "seen": history_mark(council), **changes}
    return client.post(reverse("councils:settings", args=[council.pk]), {k: v for k, v in data.items() if v is not None})


def test_the_secretariat_sets_its_councils_settings_and_contact_with_a_history_entry(client, web_world):
    w = web_world
    client.force_login(w.secretariat)
    url = reverse("councils:settings", args=[w.council.pk])
    assert f'href="{url}"' in client.get(reverse("councils:dashboard")).content.decode()
    page = client.get(url).content.decode()
    assert "事務局の連絡先" in page and "minami-shingikai" in page
    assert 'name="slug"' not in page and 'name="body_type"' not in page and 'name="municipality"' not in page
    response = _post(client, w.council)
    assert response.status_code == 302
    council = Council.objects.get(pk=w.council.pk)
    assert (council.quorum_rule, council.quorum_fixed, council.minutes_style, council.name_policy) == (
        "fixed", 3, "全文", "letter")
    assert (council.closed_items_shown, council.numbers_cumulatively, council.cumulative_base,
            council.minutes_signer_count) == ("omit", True, 41, 2)
    assert (council.secretariat_section, council.secretariat_contact, council.secretariat_phone,
            council.secretariat_email) == ("総務部 総務課 情報公開係", "北野", "0000-11-2222 (内線 315)",
                                         "johokokai@minami.example.jp")
    latest = council.history.order_by("-history_id").first()
    assert latest.history_user == w.secretariat
    page = client.get(url).content.decode()
    assert "審議会の設定を保存しました" in page
    assert "事務 花子" in page and "事務局の課名 → 「総務部 総務課 情報公開係」" in page


def test_what_only_an_administrator_sets_is_not_changed_by_a_posted_field(client, web_world):
    w = web_world
    client.force_login(w.secretariat)
    assert _post(client, w.council, slug="hijacked", body_type="審査会", is_imported_only="on",
                 municipality=w.other_city.pk).status_code == 302
    council = Council.objects.get(pk=w.council.pk)
    assert (council.slug, council.body_type, council.is_imported_only, council.municipality_id) == (
        "minami-shingikai", "審議会", False, w.city.pk)


def test_other_councils_secretariats_departments_and_members_get_403(client, web_world):
    w = web_world
    url = reverse("councils:settings", args=[w.council.pk])
    for user in (w.other_secretariat, w.dept_a_user, w.member_user, w.stranger):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert _post(client, w.council, secretariat_phone="9999").status_code == 403
    assert Council.objects.get(pk=w.council.pk).secretariat_phone == ""
    client.logout()
    assert client.get(url).status_code == 302  # to the login page


def test_bad_settings_are_refused_with_a_message_and_change_nothing(client, web_world):
    w = web_world
    client.force_login(w.secretariat)
    for changes, message in [
        ({"quorum_fixed": ""}, "その人数 (1人以上) を入力してください"),
        ({"quorum_rule": "majority"}, "人数は、定足数を人数で定めるときにだけ入力してください"),
        ({"secretariat_email": "johokokai"}, "有効なメールアドレスを入力してください"),
        ({"cumulative_base": "9" * 30}, "通算回数の起点"),
        ({"secretariat_contact": "北\x00野"}, "制御文字（NUL）"),
        ({"name": ""}, "名称"),
    ]:
        response = _post(client, w.council, **changes)
        assert response.status_code == 400, changes
        assert message in response.content.decode(), changes
    assert Council.objects.get(pk=w.council.pk).secretariat_section == ""


def test_a_form_opened_before_someone_elses_change_is_refused(client, web_world):
    w = web_world
    client.force_login(w.secretariat)
    seen = history_mark(w.council)
    assert _post(client, w.council, secretariat_phone="0000-11-2222").status_code == 302
    response = _post(client, w.council, seen=seen, secretariat_phone="0000-99-9999")
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in response.content.decode()
    assert Council.objects.get(pk=w.council.pk).secretariat_phone == "0000-11-2222"


def test_only_an_administrator_changes_the_municipalitys_head(client, web_world):
    w = web_world
    url = reverse("councils:municipality_settings", args=[w.city.pk])
    client.force_login(w.secretariat)
    assert client.get(url).status_code == 403
    assert client.post(url, {"head_title": "市長", "head_name": "北山 太郎"}).status_code == 403
    admin = get_user_model().objects.create_superuser("operator", "operator@example.jp", "x")
    client.force_login(admin)
    assert f'href="{url}"' in client.get(reverse("councils:settings", args=[w.council.pk])).content.decode()
    assert client.post(url, {"head_title": "", "head_name": "北山 太郎"}).status_code == 400
    response = client.post(url, {"head_title": "市長", "head_name": "北山 太郎", "seen": history_mark(w.city)})
    assert response.status_code == 302
    city = Municipality.objects.get(pk=w.city.pk)
    assert (city.head, city.head_name) == ("みなみ市長", "北山 太郎")
    assert "長の氏名 → 「北山 太郎」" in client.get(url).content.decode()


def test_a_new_citys_screens_give_examples_in_no_other_citys_name(client, web_world):
    from shingikai.meetings.actions import plan_meeting

    w = web_world
    Municipality.objects.filter(pk=w.council.municipality_id).update(name="北山市", head_title="市長")
    Council.objects.filter(pk=w.council.pk).update(name="北山市情報公開・個人情報保護審議会", ordinance="北山市条例")
    meeting = plan_meeting(Council.objects.get(pk=w.council.pk), date=datetime.date.today() + datetime.timedelta(days=30))
    client.force_login(w.secretariat)
    for url in (reverse("councils:settings", args=[w.council.pk]), reverse("meetings:detail", args=[meeting.pk])):
        html = client.get(url).content.decode()
        assert "北山市" in html and "みなみ" not in html, url


def test_a_refused_form_on_the_councils_screens_names_what_was_posted_and_each_error(client, web_world):
    """The settings, the departments and the officers answer a form they cannot take alike: 400, the form's name
    where the screen has several, and every error of the form."""
    w = web_world
    client.force_login(w.secretariat)
    settings = _post(client, w.council, quorum_fixed="三人")
    assert settings.status_code == 400
    message = re.search(r"入力内容に誤りがあります。[^<]*", settings.content.decode()).group()
    assert message == "入力内容に誤りがあります。整数を入力してください。 定足数を人数で定めるときは、その人数 (1人以上) を入力してください。"
    departments = client.post(reverse("councils:departments", args=[w.council.pk]),
                              {"what": "rename", "department": w.dept_a.pk, f"d{w.dept_a.pk}-name": "市民窓口課",
                               f"d{w.dept_a.pk}-on": "いつか"})
    assert departments.status_code == 400 and "名称変更の入力内容に誤りがあります。" in departments.content.decode()
    officers = client.post(reverse("councils:members", args=[w.council.pk]),
                           {"what": "officer", "role": "admin", "given_by": "指名", "since": "2025-07-10"})
    assert officers.status_code == 400 and "役職の選任の入力内容に誤りがあります。" in officers.content.decode()


def test_a_shinsakais_settings_are_called_the_shinsakais_on_its_secretariats_pages(client, web_world):
    """A 審査会's secretariat reads 「審査会の設定」 on its home and on the page, as the council is called."""
    w = web_world
    client.force_login(w.other_secretariat)
    home = client.get(reverse("councils:dashboard")).content.decode()
    assert f"審査会の設定 ({w.other_council.name})" in home and "審議会の設定" not in home
    page = client.get(reverse("councils:settings", args=[w.other_council.pk])).content.decode()
    assert "<h1>審査会の設定</h1>" in page
