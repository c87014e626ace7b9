"""Production settings come from the environment and are safe: no start without a secret key, HTTPS
settings that pass `check --deploy`, a Content-Security-Policy, login lockout, no caching of signed-in pages."""
import os
import subprocess
import sys

import pytest
from conftest import PASSWORD

# The production environment the README documents (section "Production").
PRODUCTION = {
    "DEBUG": "0", "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-variety-0123456789",
    "ALLOWED_HOSTS": "shingikai.example.jp", "CSRF_TRUSTED_ORIGINS": "https://shingikai.example.jp",
    "SECURE_SSL_REDIRECT": "1", "SECURE_HSTS_SECONDS": "31536000", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1", "SECURE_COOKIES": "1", "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
}


def run_django(args, env):
    clean = {k: v for k, v in os.environ.items()
             if k not in PRODUCTION and k not in ("SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    clean.update(env, DJANGO_SETTINGS_MODULE="shingikai.settings")
    return subprocess.run([sys.executable, "-m", "django", *args], env=clean, capture_output=True, text=True,
                          timeout=120)


def test_production_refuses_to_start_without_a_secret_key():
    result = run_django(["check"], {"DEBUG": "0"})
    assert result.returncode != 0
    assert "SECRET_KEY を設定してください" in result.stderr and "Traceback" not in result.stderr


def test_check_deploy_is_clean_with_the_documented_production_settings():
    result = run_django(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_pages_carry_a_content_security_policy(client, world):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy and "'unsafe-eval'" not in policy


def test_inline_scripts_carry_the_policy_nonce(client, world):
    from helpers import open_meeting_with

    meeting, _ = open_meeting_with(world)
    client.force_login(world.secretariat)
    response = client.get(f"/work/meetings/m/{meeting.pk}/turns/")
    nonce = response["Content-Security-Policy"].split("'nonce-", 1)[1].split("'", 1)[0]
    assert f'<script nonce="{nonce}">' in response.content.decode()


def test_signed_in_pages_are_not_stored_and_public_pages_may_be(client, world):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
    client.force_login(world.secretariat)
    for path in ("/work/", "/"):
        assert "no-store" in client.get(path)["Cache-Control"], path


def test_repeated_wrong_passwords_lock_the_login(client, world, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        response = client.post("/login/", {"username": "jimukyoku", "password": "wrong-password"})
        assert response.status_code in (200, 429)
    response = client.post("/login/", {"username": "jimukyoku", "password": PASSWORD})
    assert response.status_code == 429
    assert "ログインを" in response.content.decode() and "_auth_user_id" not in client.session
    # Another user from the same address is not locked out by someone else's failures.
    assert client.post("/login/", {"username": "iin", "password": PASSWORD}).status_code == 302


@pytest.mark.parametrize("value", ["X-Forwarded-Proto", "x-forwarded-proto"])
def test_trusted_proxy_header_is_read_from_the_environment(value):
    result = run_django(["shell", "-c", "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"],
                        {"SECURE_PROXY_SSL_HEADER": value})
    assert "('HTTP_X_FORWARDED_PROTO', 'https')" in result.stdout, result.stderr


def test_a_server_without_debug_refuses_the_published_development_key(tmp_path):
    # DEBUG forgotten as well as SECRET_KEY: the server is production all the same.
    env = {"SHINGIKAI_DATA_DIR": str(tmp_path)}
    for args in (["serve", "--port", "18198"], ["shell", "-c", "import shingikai.wsgi"]):
        result = run_django(args, env)
        assert result.returncode != 0, args
        assert "SECRET_KEY を設定してください" in result.stderr, result.stderr[-2000:]


def test_a_development_server_and_a_configured_one_start(tmp_path):
    for env in ({"DEBUG": "1"}, {"SECRET_KEY": PRODUCTION["SECRET_KEY"]}):
        result = run_django(["shell", "-c", "import shingikai.wsgi; print('started')"],
                            {**env, "SHINGIKAI_DATA_DIR": str(tmp_path)})
        assert "started" in result.stdout, result.stderr[-2000:]


def test_two_app_servers_on_one_machine_do_not_share_a_control_socket(monkeypatch, settings):
    import gunicorn.config
    from django.core.management import call_command

    settings.SECRET_KEY = PRODUCTION["SECRET_KEY"]
    started = []
    monkeypatch.setattr("django.core.management.call_command", lambda *args, **kwargs: None)  # collectstatic
    monkeypatch.setattr("gunicorn.app.wsgiapp.run", lambda: started.append(list(sys.argv)))
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    call_command("serve", "--port", "18197")
    assert "127.0.0.1:18197" in started[0]
    if hasattr(gunicorn.config, "ControlSocketDisable"):  # gunicorn 25.1 and later
        assert "--no-control-socket" in started[0]
