"""`shingikai import-minutes`: dry run, storing, batches and refusals."""
import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
BAD = [
    ("empty.txt", "ファイルが空です"),
    ("binary.txt", "バイナリファイル"),
    ("scanned.pdf", "スキャンした画像の PDF です"),
    ("broken-truncated.html", "HTML が壊れています"),
    ("renamed-zip.docx", "word/document.xml のない ZIP 圧縮ファイル"),
]


def run(*args):
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command("import_minutes", *map(str, args), stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_dry_run_json_prints_one_object_without_a_database():
    # No django_db mark: any query would fail, so the dry run provably needs no database.
    code, out, err = run(FIXTURES / "minami-circle.txt", "--dry-run", "--json")
    assert code == 0 and err == ""
    parsed = json.loads(out)
    assert parsed["council_name"] == "みなみ市情報公開・個人情報保護審議会"
    assert "みなみ市" in out  # ensure_ascii=False: Japanese is written as is


def test_dry_run_json_with_several_files_prints_an_array_and_a_summary():
    files = [FIXTURES / "minami-circle.txt", FIXTURES / "kita-bracket.md", FIXTURES / "nishi-colon.pdf"]
    code, out, err = run(*files, "--dry-run", "--json")
    assert code == 0
    parsed = json.loads(out)
    assert [p["municipality"] for p in parsed] == ["みなみ市", "きた町", "にし市"]
    assert "read 3, failed 0" in err


def test_dry_run_without_json_describes_each_file():
    code, out, _ = run(FIXTURES / "kita-bracket.md", "--dry-run")
    assert code == 0 and "2 items, 10 turns" in out


@pytest.mark.parametrize("name, reason", BAD)
def test_bad_file_gives_one_line_and_status_2(name, reason):
    path = FIXTURES / name
    code, out, err = run(path, "--dry-run", "--json")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"import-minutes: {path}: {err.split(': ', 2)[2].strip()}"]
    assert reason in err and "Traceback" not in err


@override_settings(SHINGIKAI_IMPORT_MAX_BYTES=500)
def test_file_over_the_configured_limit_is_refused():
    code, out, err = run(FIXTURES / "minami-circle.txt", "--dry-run", "--json")
    assert code == 2 and out == ""
    assert "ファイルが大きすぎます" in err and "上限 500 バイト" in err


def test_a_batch_reports_good_files_and_failures():
    code, out, err = run(FIXTURES / "kita-bracket.md", FIXTURES / "empty.txt", "--dry-run", "--json")
    assert code == 2
    assert len(json.loads(out)) == 1
    assert f"import-minutes: {FIXTURES / 'empty.txt'}: ファイルが空です" in err
    assert "read 1, failed 1" in err


@pytest.mark.django_db
def test_import_stores_then_recognises_the_same_file(world):
    from shingikai.meetings.models import Meeting

    path = FIXTURES / "minami-circle.txt"
    code, out, err = run(path, "--council", world.council.slug)
    assert code == 0, err
    assert "imported" in out
    meeting = Meeting.objects.get(council=world.council, imported=True)
    assert meeting.date.isoformat() == "2024-08-20"
    code, out, _ = run(path, "--council", world.council.slug)
    assert code == 0 and "unchanged" in out
    assert Meeting.objects.filter(council=world.council).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("name, reason", BAD[:3])
def test_bad_file_stores_nothing(world, name, reason):
    from shingikai.meetings.models import Meeting

    before = Meeting.objects.count()
    code, _, err = run(FIXTURES / name, "--council", world.council.slug)
    assert code == 2 and reason in err
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_batch_import_prints_a_summary(world):
    files = [FIXTURES / "minami-circle.txt", FIXTURES / "minami-bold.md", FIXTURES / "binary.txt"]
    code, out, err = run(*files, "--council", world.council.slug)
    assert code == 2
    assert "imported 2, unchanged 0, updated 0, failed 1" in out
    assert "バイナリファイル" in err


def _cli(*args):
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="shingikai.settings")
    return subprocess.run([sys.executable, "-m", "shingikai.cli", "import-minutes", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_console_script_as_a_subprocess():
    done = _cli(FIXTURES / "higashi-paren.eucjp.txt", "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["municipality"] == "ひがし村"
    bad = _cli(FIXTURES / "scanned.pdf", "--dry-run", "--json")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.strip() == f"import-minutes: {FIXTURES / 'scanned.pdf'}: スキャンした画像の PDF です (文字の層がありません)。文字認識 (OCR) が必要です"


def test_python_dash_m_shingikai_is_the_console_script():
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="shingikai.settings")
    done = subprocess.run([sys.executable, "-m", "shingikai", "import-minutes", str(FIXTURES / "higashi-paren.eucjp.txt"),
                           "--dry-run", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["municipality"] == "ひがし村"
