import io
import json
import os
import stat
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from shingikai.cases.models import Case
from shingikai.demo.loader import load_demo
from shingikai.meetings.models import Turn
from shingikai.minutes.models import Minutes


def snapshot():
    return (
        sorted(Case.objects.values_list("title", "status")),
        sorted(Turn.objects.values_list("meeting_id", "order", "text")),
        sorted(Minutes.objects.values_list("meeting_id", "state")),
    )


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_gives_back_the_same_record(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    before = snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    Case.objects.filter(status="draft").delete()
    with pytest.raises(CommandError):
        call_command("restore", str(archive))
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert snapshot() == before


def history_rows():
    """Every history table's rows, with their times to the microsecond and who made each change, and the
    number of rows of the tables that keep a history's many-to-many links."""
    from django.apps import apps

    tables = [m for m in apps.get_models() if "historical" in m._meta.label_lower]
    rows = {m._meta.label: sorted(m.objects.values_list("history_id", "history_date", "history_type", "history_user_id"))
            for m in tables if any(f.name == "history_date" for f in m._meta.get_fields())}
    counts = {m._meta.label: m.objects.count() for m in tables}
    return rows, counts


@pytest.mark.django_db(transaction=True)
def test_a_restore_gives_back_the_history_as_it_was_and_adds_none(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    before = history_rows()
    assert any(date.microsecond % 1000 for rows in before[0].values() for _, date, _, _ in rows)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert history_rows() == before


def test_a_backup_into_a_folder_that_does_not_exist_is_refused_with_a_message(tmp_path):
    with pytest.raises(CommandError, match="フォルダ"):
        call_command("backup", "-o", str(tmp_path / "nonexistent" / "b.tar.gz"), verbosity=0)


@pytest.mark.django_db
def test_a_backup_is_readable_by_its_writer_only_and_leaves_no_partial_file(tmp_path):
    previous = os.umask(0o022)  # the usual umask of a cron job
    try:
        archive = _backup(tmp_path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["backup.tar.gz"]


@pytest.mark.django_db(transaction=True)
def test_a_backup_of_a_newer_version_is_refused_naming_the_version_not_a_column(tmp_path):
    load_demo()
    archive = _backup(tmp_path)
    with tarfile.open(archive) as tar:
        members = {name: tar.extractfile(name).read() for name in ("manifest.json", "data.json")}
    manifest = json.loads(members["manifest.json"])
    assert "councils.0001_initial" in manifest["migrations"]
    manifest["migrations"].append("councils.9999_municipality_website")
    members["manifest.json"] = json.dumps(manifest).encode()
    newer = tmp_path / "newer.tar.gz"
    with tarfile.open(newer, "w:gz") as tar:
        for name, payload in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
    before = snapshot()
    with pytest.raises(CommandError, match="この shingikai より新しい版で作られたバックアップです .*"
                                           "councils.9999_municipality_website"):
        call_command("restore", str(newer), "--replace", verbosity=0)
    assert snapshot() == before


def _permission_denied(*args, **kwargs):
    # The tests run as root, for whom no mode bit denies anything: the OS's answer to another user, as it comes.
    raise PermissionError(13, "Permission denied")


@pytest.mark.django_db
def test_a_backup_run_as_a_user_who_cannot_write_there_says_so_in_japanese(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.mkstemp", _permission_denied)
    with pytest.raises(CommandError, match=f"フォルダ {tmp_path} に書き込む権限がありません \\(実行したユーザー "):
        call_command("backup", "-o", str(tmp_path / "b.tar.gz"), verbosity=0)


def test_a_restore_run_as_a_user_who_cannot_read_the_backup_says_so_in_japanese(tmp_path, monkeypatch):
    monkeypatch.setattr("shingikai.ops.backup.tarfile.open", _permission_denied)
    with pytest.raises(CommandError, match="このファイルを読む権限がありません"):
        call_command("restore", str(tmp_path / "b.tar.gz"), verbosity=0)


def _backup(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive), verbosity=0)
    return archive


@pytest.mark.django_db(transaction=True)
def test_the_admin_log_is_kept_by_a_backup_and_its_restore(tmp_path, settings):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    from conftest import make_world
    from shingikai.councils.models import Staff

    settings.MEDIA_ROOT = tmp_path / "media"
    world = make_world()
    staff = Staff.objects.get(user=world.dept_a_user)
    LogEntry.objects.create(user=world.secretariat, content_type=ContentType.objects.get_for_model(Staff),
                            object_id=str(staff.pk), object_repr=str(staff), action_flag=CHANGE,
                            change_message="所属課を変更")
    archive = _backup(tmp_path)
    LogEntry.objects.all().delete()
    call_command("restore", str(archive), "--replace", verbosity=0)
    entry = LogEntry.objects.get()
    assert (entry.user.username, entry.change_message, entry.get_edited_object()) == ("jimukyoku", "所属課を変更", staff)


@pytest.mark.django_db(transaction=True)
def test_a_restore_is_recorded_and_the_record_outlives_the_next_restore(tmp_path, settings):
    from conftest import make_world
    from shingikai.ops.models import RestoreRecord

    settings.MEDIA_ROOT = tmp_path / "media"
    make_world()
    archive = _backup(tmp_path)
    call_command("restore", str(archive), "--replace", "--by", "運用担当 西川", verbosity=0)
    call_command("restore", str(archive), "--replace", verbosity=0)
    first, second = RestoreRecord.objects.order_by("restored_at")
    assert first.restored_by == "運用担当 西川" and first.backup_file == str(archive.resolve())
    assert first.backup_created and first.replaced and second.restored_by


@pytest.mark.django_db(transaction=True)
def test_files_stored_after_the_backup_are_listed_after_a_restore_and_pruned_when_asked(tmp_path, settings, capsys):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from conftest import make_world
    from helpers import accepted_case
    from shingikai.cases.actions import add_attachment
    from shingikai.ops.models import RestoreRecord

    settings.MEDIA_ROOT = tmp_path / "media"
    world = make_world()
    case = accepted_case(world)
    kept = add_attachment(case, title="仕様書", file=SimpleUploadedFile("spec.txt", b"spec"))
    archive = _backup(tmp_path)
    later = add_attachment(case, title="利用者名簿(見本)", file=SimpleUploadedFile("meibo.csv", b"names"))
    later_file = tmp_path / "media" / later.file.name
    call_command("restore", str(archive), "--replace", verbosity=1)
    assert later.file.name in capsys.readouterr().out and later_file.exists()
    assert RestoreRecord.objects.latest("restored_at").orphan_files == 1
    call_command("restore", str(archive), "--replace", "--prune-orphans", verbosity=0)
    assert not later_file.exists() and (tmp_path / "media" / kept.file.name).exists()
    assert RestoreRecord.objects.latest("restored_at").orphans_pruned


@pytest.mark.django_db(transaction=True)
def test_erasures_made_after_the_backup_are_made_again_on_the_restored_data(tmp_path, settings, capsys):
    import datetime

    from django.core.files.uploadedfile import SimpleUploadedFile

    from conftest import make_world
    from disclosure_helpers import decided_request
    from helpers import accepted_case
    from shingikai.cases.actions import add_attachment, erase_attachment, withdraw_case
    from shingikai.cases.models import Attachment
    from shingikai.disclosure import actions, subjects
    from shingikai.disclosure.models import Appeal, DisclosureRequest, SubjectSearch
    from shingikai.ops.models import ErasureRecord

    settings.MEDIA_ROOT = tmp_path / "media"
    world = make_world()
    case = accepted_case(world)
    material = add_attachment(case, title="北野 一郎 の申出書", file=SimpleUploadedFile("kitano.txt", b"moushide"))
    stored, material_pk = tmp_path / "media" / material.file.name, material.pk
    request = decided_request(world, decision="不開示")
    appeal = actions.withdraw_appeal(actions.file_appeal(request, filed_on=datetime.date(2024, 7, 10),
                                                         appellant_name="北野 一郎", purport="本件処分を取り消す。"),
                                     on=datetime.date(2024, 7, 20))
    actions.record_subject_search(world.city, "北野一郎", by=world.secretariat, found=2, purpose="利用停止請求")
    archive = _backup(tmp_path)
    withdraw_case(case, reason="取下げ", by=world.secretariat)
    erase_attachment(material, reason="本人からの申出", by=world.secretariat)
    actions.erase_identity(appeal, reason="利用停止決定", by=world.secretariat)
    actions.erase_identity(request, reason="利用停止決定", by=world.secretariat)
    erasures = sorted(ErasureRecord.objects.values_list("kind", "record_id", "fields", "reason"))
    call_command("restore", str(archive), "--replace", verbosity=1)
    out = capsys.readouterr().out
    assert "個人情報の消去 3 件を、復元したデータにもう一度適用しました" in out and "北野" not in out
    assert not Attachment.objects.filter(pk=material_pk).exists() and not stored.exists()
    assert set(Attachment.history.filter(id=material_pk).values_list("title", "file")) == {("", "")}
    assert Appeal.objects.get(pk=appeal.pk).appellant_name == ""
    assert set(Appeal.history.filter(id=appeal.pk).values_list("appellant_name", flat=True)) == {""}
    assert DisclosureRequest.objects.get(pk=request.pk).requester_name == ""
    assert subjects.find(world.city, "北野 一郎") == [] and subjects.find(world.city, "開示 請子") == []
    assert list(SubjectSearch.objects.values_list("name", flat=True)) == [""]
    assert sorted(ErasureRecord.objects.values_list("kind", "record_id", "fields", "reason")) == erasures
    # Restored once more, the erasures are neither lost nor doubled.
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert sorted(ErasureRecord.objects.values_list("kind", "record_id", "fields", "reason")) == erasures
    assert DisclosureRequest.objects.get(pk=request.pk).requester_name == ""


@pytest.mark.django_db(transaction=True)
def test_a_restore_erasing_again_forgets_a_searched_name_the_restored_history_held(tmp_path, settings):
    """A requester's name corrected before the backup lives on in the record's history; the erasure made after
    the backup forgot the searches for both spellings, and so must the restore that applies it again."""
    from conftest import make_world
    from disclosure_helpers import decided_request
    from shingikai.disclosure import actions
    from shingikai.disclosure.models import SubjectSearch

    settings.MEDIA_ROOT = tmp_path / "media"
    world = make_world()
    request = decided_request(world, decision="不開示")
    for name in ("北野 一郎", "北野 一朗"):
        request = actions.correct_identity(request, field="requester_name", value=name, reason="受付時の誤記",
                                           by=world.secretariat)
    actions.record_subject_search(world.city, "北野一郎", by=world.secretariat, found=1, purpose="開示請求")
    archive = _backup(tmp_path)
    actions.erase_identity(request, reason="利用停止決定", by=world.secretariat)
    assert list(SubjectSearch.objects.values_list("name", flat=True)) == [""]
    call_command("restore", str(archive), "--replace", verbosity=0)
    assert list(SubjectSearch.objects.values_list("name", flat=True)) == [""]


def _leftover(folder, name):
    """The unfinished file of a run killed half-way: the name private_file gives it, and no lock held."""
    path = folder / f".{name}.k9x2ab.partial"
    path.write_bytes(b"\x1f\x8b\x08\x00half a backup")
    return path


@pytest.mark.django_db
def test_a_backup_killed_half_way_is_never_listed_as_a_backup_and_the_next_run_removes_it(tmp_path, capsys):
    import fcntl

    killed = _leftover(tmp_path, "shingikai-2025-06-01.tar.gz")
    # Another run writing right now holds its file's lock: it is no leftover, and left alone.
    writing = tmp_path / ".shingikai-2025-06-02.tar.gz.w7q1cd.partial"
    writing.write_bytes(b"")
    held = os.open(writing, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)
    try:
        call_command("backup", "--list", str(tmp_path))
        listed = capsys.readouterr().out
        assert "完成したバックアップはありません" in listed
        assert "書きかけのファイルが 1 件" in listed and killed.name in listed and writing.name not in listed
        call_command("backup", "-o", str(tmp_path / "shingikai-2025-06-02.tar.gz"))
        said = capsys.readouterr().out
        assert f"書きかけのファイル {killed.name} を削除しました" in said and "バックアップしました" in said
        assert not killed.exists() and writing.exists()
    finally:
        os.close(held)
    (tmp_path / "shingikai-2025-06-01.tar.gz.gpg").write_bytes(b"encrypted")  # as docs/deploy.md encrypts them
    call_command("backup", "--list", str(tmp_path))
    listed = capsys.readouterr().out.splitlines()
    assert listed.pop(0).startswith("shingikai-2025-06-01.tar.gz.gpg  暗号化済み")
    assert listed[0].startswith("shingikai-2025-06-02.tar.gz  作成 令和")
    # The other run, now gone without its lock, is left over in turn.
    assert "書きかけのファイルが 1 件" in listed[1] and listed[2].strip() == writing.name


@pytest.mark.django_db
def test_a_restore_refuses_an_unfinished_or_damaged_backup_saying_so_in_japanese(tmp_path):
    with pytest.raises(CommandError, match="このファイルはありません"):
        call_command("restore", str(tmp_path / "shingikai-2025-06-01.tar.gz"), "--replace")
    partial = _leftover(tmp_path, "shingikai-2025-06-01.tar.gz")
    with pytest.raises(CommandError, match="途中で止まったバックアップの書きかけのファイルです"):
        call_command("restore", str(partial), "--replace")
    whole = _backup(tmp_path).read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(whole[:len(whole) // 2])
    with pytest.raises(CommandError, match="途中までしか書かれていない") as refused:
        call_command("restore", str(cut), "--replace")
    assert "Compressed" not in str(refused.value)
