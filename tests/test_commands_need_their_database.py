"""A command started without its database (cron's environment not passed on, an un-migrated install or upgrade)
refuses in one Japanese line naming `shingikai migrate`, with a non-zero exit: no traceback, no empty SQLite file
made beside it. The cron lines of docs/deploy.md pass the environment file on."""
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import shingikai

# The tree under test, wherever PYTHONPATH found it, and its deploy guide.
SRC = Path(shingikai.__file__).resolve().parents[1]
DEPLOY = SRC.parent / "docs" / "deploy.md"


def shingikai(args, cwd, **env):
    clean = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SHINGIKAI_DATA_DIR", "DEBUG")}
    clean.update(env, PYTHONPATH=str(SRC))
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "shingikai", *args], cwd=cwd, env=clean, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("args", [["send-notices"], ["backup", "-o", "b.tar.gz"], ["createsuperuser", "--noinput"]])
def test_a_command_without_its_database_refuses_and_makes_none(tmp_path, args):
    result = shingikai(args, tmp_path, SHINGIKAI_DATA_DIR=str(tmp_path / "data"))
    assert result.returncode != 0
    assert "shingikai migrate を実行してください" in result.stderr and "Traceback" not in result.stderr
    assert str(tmp_path / "data" / "shingikai.sqlite3") in result.stderr
    assert not (tmp_path / "data" / "shingikai.sqlite3").exists() and not (tmp_path / "b.tar.gz").exists()


@pytest.mark.parametrize("args", [["serve", "--port", "18199"], ["send-notices"]])
def test_a_command_on_an_unmigrated_database_asks_for_migrate(tmp_path, args):
    (tmp_path / "data").mkdir()
    sqlite3.connect(tmp_path / "data" / "shingikai.sqlite3").execute("create table leftover (a)")
    result = shingikai(args, tmp_path, SHINGIKAI_DATA_DIR=str(tmp_path / "data"), SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "未適用のマイグレーション" in result.stderr and "shingikai migrate を実行してください" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("url, reason", [
    ("", "空です"),
    ("127.0.0.1:5432/shingikai", "postgres:// などで始まっていません"),
    ("mysql://shingikai:himitsu-pass@db.internal/shingikai", "「mysql://」には対応していません"),
])
def test_a_wrong_database_url_is_refused_in_one_line(tmp_path, url, reason):
    result = shingikai(["send-notices"], tmp_path, DATABASE_URL=url)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "環境変数 DATABASE_URL を読めません" in result.stderr and reason in result.stderr
    assert "himitsu-pass" not in result.stderr  # the URL's password is not echoed into cron's mail


def _cron_lines():
    lines = [line for line in DEPLOY.read_text().splitlines() if re.match(r"^[0-9*]+ [0-9*]+ \* \* \*", line)]
    assert len(lines) == 2  # the nightly backup and send-notices
    return [line.split(None, 6)[6] for line in lines]  # the command after the time fields and the user


def test_the_documented_cron_lines_pass_the_environment_file_on(tmp_path):
    data = tmp_path / "city-data"
    env_file = tmp_path / "env"
    env_file.write_text(f"SHINGIKAI_DATA_DIR={data}\nPYTHONPATH={SRC}\nSECRET_KEY={'s' * 50}\n")
    home = tmp_path / "home"
    home.mkdir()
    for command in _cron_lines():
        command = (command.replace("/etc/shingikai/env", str(env_file))
                   .replace("/opt/shingikai/.venv/bin/shingikai", f"{sys.executable} -m shingikai")
                   .replace("/backup/", f"{tmp_path}/").replace("\\%", "%"))
        result = subprocess.run(["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin", "sh", "-c", command], cwd=home,
                                capture_output=True, text=True, timeout=300)
        # The environment arrived: the command looked for the city's database, not one beside the cron user.
        assert result.returncode != 0 and str(data / "shingikai.sqlite3") in result.stderr, result.stderr
        assert not (home / "data").exists()
