"""The ログインの記録 (docs/audit.md): failed sign-ins are kept after a later success, with time and address; the
secretariat reads its council's users' sign-ins and failures in Japanese, the operator all of them in the admin; rows
older than the set period go with the daily run."""
import datetime

import pytest
from axes.models import AccessFailureLog, AccessLog
from django.core.management import call_command
from django.utils import timezone

from conftest import PASSWORD
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.7"


def sign_in(client, username, password):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=ADDRESS)


def test_failed_sign_ins_are_kept_after_a_later_success(client, web_world):
    for _ in range(3):
        sign_in(client, "kodomo", "wrong-password")
    assert sign_in(client, "kodomo", PASSWORD).status_code == 302
    failures = AccessFailureLog.objects.filter(username="kodomo")
    assert failures.count() == 3 and {f.ip_address for f in failures} == {ADDRESS}
    assert AccessLog.objects.filter(username="kodomo", ip_address=ADDRESS).count() == 1


def test_secretariat_sees_its_users_sign_ins_and_failures_in_japanese(client, web_world, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        sign_in(client, "kodomo", "wrong-password")
    sign_in(client, "kodomo", "wrong-password")  # refused while locked
    sign_in(client, "iin", PASSWORD)
    client.logout()
    for _ in range(2):
        sign_in(client, "nosuchuser", "x")
    sign_in(client, "kita", PASSWORD)  # another city's secretariat
    client.logout()
    client.force_login(web_world.secretariat)
    url = f"/work/councils/{web_world.council.pk}/sign-ins/"
    html = client.get(url).content.decode()
    assert "子供 次郎" in html and "井上 二葉" in html and "失敗 (ロック中)" in html and "成功" in html
    assert ADDRESS in html and "nosuchuser" not in html and "(kita)" not in html
    html = client.get(url, {"person": "kodomo", "result": "failure"}).content.decode()
    assert html.count("<td>失敗") == 4 and "井上 二葉" not in html
    csv = client.get(url, {"person": "井上", "format": "csv"}).content.decode("utf-8")
    assert csv.startswith("\ufeff日時") and "井上 二葉" in csv and "成功" in csv and "子供" not in csv


def test_admin_lists_sign_ins_and_failures_under_japanese_titles(client, web_world, django_user_model):
    sign_in(client, "kodomo", "wrong-password")
    admin = django_user_model.objects.create_superuser("admin", "admin@example.jp", PASSWORD)
    client.force_login(admin)
    index = client.get("/admin/").content.decode()
    assert "ログインの記録" in index and "ログインの失敗" in index and "Access failures" not in index
    page = client.get("/admin/ops/signinfailure/").content.decode()
    assert "kodomo" in page and "接続元" in page


def test_sign_in_records_past_their_period_are_removed_by_the_daily_run(web_world, settings):
    settings.SHINGIKAI_SIGN_IN_RECORD_DAYS = 90
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    old = timezone.now() - datetime.timedelta(days=91)
    for name in ("old", "new"):
        AccessLog.objects.create(username=name, ip_address=ADDRESS, user_agent="", http_accept="", path_info="/login/")
        AccessFailureLog.objects.create(username=name, ip_address=ADDRESS, user_agent="", http_accept="",
                                        path_info="/login/")
    # attempt_time is set on insert (auto_now_add): backdate the old ones afterwards.
    AccessLog.objects.filter(username="old").update(attempt_time=old)
    AccessFailureLog.objects.filter(username="old").update(attempt_time=old)
    call_command("send_notices")
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["new"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["new"]


def test_the_admins_sign_in_records_and_a_users_dates_read_in_wareki(client, web_world, django_user_model):
    sign_in(client, "kodomo", PASSWORD)
    client.logout()
    admin = django_user_model.objects.create_superuser("admin", "admin@example.jp", PASSWORD)
    client.force_login(admin)
    today = timezone.localdate()
    from shingikai.jp.wareki import to_wareki

    for url in ("/admin/ops/signin/", "/admin/ops/signinfailure/", "/admin/ops/accessrecord/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "__year=" not in response.content.decode(), url  # no drill-down by 西暦 year
    assert to_wareki(today) in client.get("/admin/ops/signin/").content.decode()
    kodomo = django_user_model.objects.get(username="kodomo")
    page = client.get(f"/admin/auth/user/{kodomo.pk}/change/").content.decode()
    assert f"{to_wareki(today)} " in page and 'name="last_login_0"' not in page
