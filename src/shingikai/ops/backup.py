"""A backup is one .tar.gz: the database as Django fixtures (data.json) and the uploaded files (media/).

Fixtures rather than a database dump so a backup taken on SQLite restores on PostgreSQL and back.
"""
import datetime
import fcntl
import io
import json
import os
import tarfile
import tempfile
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.utils import timezone

from shingikai.access_record import server_login

FORMAT = "shingikai-backup-1"
# Derived or per-installation tables: rebuilt rather than copied.
# Pending imports are a user's unfinished review of someone else's file, not the record; used submission
# tokens only guard against a replayed form for a day. The restore records are the installation's own log:
# a restore keeps the ones it finds rather than taking the backup's (which could not know of later ones).
# The admin's log (admin.logentry) is kept: it is the only record of what the operator changed there.
EXCLUDED = {"contenttypes", "auth.permission", "sessions", "search.searchentry",
            "search.indexgeneration", "minutes.pendingimport", "ops.usedsubmission", "ops.restorerecord"}
# Uploads were once kept here until reviewed; leftovers are not part of the record.
EXCLUDED_MEDIA = {"imports"}


#: How a file being written is named until complete (private_file): hidden, beside the finished one.
PARTIAL = ".partial"


class BackupError(Exception):
    pass


def _models():
    for model in apps.get_models():
        label = model._meta.label_lower
        # A proxy (the sign-in records' Japanese names in the admin) is its table's second name, not a table.
        if model._meta.app_label in EXCLUDED or label in EXCLUDED or not model._meta.managed or model._meta.proxy:
            continue
        yield model


class _Encoder(DjangoJSONEncoder):
    """Times to the microsecond: Django's encoder keeps milliseconds, and a restored history would then order
    two changes of one millisecond differently and no longer match its backup."""

    def default(self, o):
        if isinstance(o, datetime.datetime) or isinstance(o, datetime.time) and o.tzinfo is None:
            return o.isoformat()
        return super().default(o)


@contextmanager
def _history_paused():
    """Restoring writes the rows as they were: the history tables are restored too, so the writes themselves
    (a many-to-many set, for one) must not add rows of their own dated at the restore."""
    before = getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
    settings.SIMPLE_HISTORY_ENABLED = False
    try:
        yield
    finally:
        settings.SIMPLE_HISTORY_ENABLED = before


@contextmanager
def private_file(path):
    """A file only the user who wrote it can read, in place only once complete. Under the usual umask 022 a backup
    (every city's records, closed items and password hashes) was readable by every login on the machine, and a
    run stopped halfway left a truncated file under the night's name."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL)  # mode 0600
    # Locked while it is written: a later run tells a file still being written from one a run killed half-way
    # left (the system drops the lock with the process), which nothing else would ever remove (leftover_partials).
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)


def leftover_partials(folder):
    """The unfinished files of runs killed half-way in `folder` (kill -9, a reboot, the disk full): hidden, skipped
    by the rotation's `find -name 'shingikai-*'`, and each a copy of personal data. A run still writing is left
    alone: it holds its file's lock."""
    leftovers = []
    for candidate in sorted(Path(folder).glob(f".*{PARTIAL}")):
        try:
            handle = os.open(candidate, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # being written right now
        finally:
            os.close(handle)
        leftovers.append(candidate)
    return leftovers


def is_partial(path):
    return Path(path).name.endswith(PARTIAL)


def list_backups(folder):
    """The finished backups in `folder`, oldest first, each (path, its 作成日時 as written in it, "" for one
    encrypted as docs/deploy.md shows (.tar.gz.gpg), or None when it cannot be read as one); never an unfinished
    file, whatever its name."""
    found = []
    for path in sorted(Path(folder).glob("*.tar.gz*")):
        if path.name.startswith(".") or is_partial(path) or not path.is_file():
            continue
        if not path.name.endswith(".tar.gz"):
            found.append((path, ""))
            continue
        try:
            with tarfile.open(path, "r:gz") as tar:
                created = json.loads(tar.extractfile("manifest.json").read()).get("created")
        except Exception:  # unreadable, not ours or damaged: listed without a date, for the operator to look at
            created = None
        found.append((path, created))
    return found


def write_backup(path):
    path = Path(path)
    stream = io.StringIO()
    objects = (obj for model in _models() for obj in model._default_manager.order_by("pk").iterator())
    serializers.serialize("json", objects, stream=stream, use_natural_foreign_keys=False, cls=_Encoder)
    data = stream.getvalue().encode("utf-8")
    manifest = json.dumps({"format": FORMAT, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                           "content_types": _content_type_names(), "migrations": _applied_migrations()}).encode()
    with private_file(path) as temporary, tarfile.open(temporary, "w:gz") as tar:
        for name, payload in (("manifest.json", manifest), ("data.json", data)):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
        media = Path(settings.MEDIA_ROOT)
        if media.is_dir():
            tar.add(media, arcname="media", filter=_outside_excluded_media)
    return path


def _applied_migrations():
    """The schema the rows were written in, so that a restore on another version says so instead of failing on
    the first unknown column."""
    from django.db.migrations.recorder import MigrationRecorder

    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())


def _newer_migrations(manifest):
    """The backup's migrations this installation does not have: the backup was taken on a newer version."""
    from django.db.migrations.loader import MigrationLoader

    known = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    return [name for name in manifest.get("migrations", []) if name not in known]


def _content_type_names():
    """The admin log points at content types by id, and a database rebuilds its content types with ids of its
    own: the backup names them, so that a restore finds each again (_content_type_ids)."""
    from django.contrib.contenttypes.models import ContentType

    return {str(pk): [app, model] for pk, app, model in ContentType.objects.values_list("pk", "app_label", "model")}


def _content_type_ids(names):
    from django.contrib.contenttypes.models import ContentType

    return {int(old): ContentType.objects.get_for_model(apps.get_model(app, model)).pk
            for old, (app, model) in names.items() if _model_exists(app, model)}


def _model_exists(app, model):
    try:
        apps.get_model(app, model)
    except LookupError:
        return False
    return True


def _outside_excluded_media(info):
    parts = info.name.split("/")
    return None if len(parts) > 1 and parts[1] in EXCLUDED_MEDIA else info


def _database_is_empty():
    from shingikai.councils.models import Municipality

    return not Municipality.objects.exists()


def read_backup(path, *, replace=False, by="", prune_orphans=False):
    """Restore the backup at `path`; record that it happened (RestoreRecord) and return that record, with the
    uploaded files no restored record points to (`orphans`: removed when `prune_orphans`)."""
    path = Path(path)
    if is_partial(path):
        raise BackupError(f"{path}: 途中で止まったバックアップの書きかけのファイルです (名前が {PARTIAL} で終わるもの)。"
                          "バックアップではないため復元できません。完成したバックアップ (shingikai backup --list で"
                          "一覧できます) を指定してください。データベースは変更していません")
    try:
        tar = tarfile.open(path, "r:gz")
    except FileNotFoundError:
        raise BackupError(f"{path}: このファイルはありません。shingikai backup --list フォルダ で、あるバックアップを"
                          "確かめてください")
    except PermissionError:
        raise BackupError(f"{path}: このファイルを読む権限がありません (実行したユーザー {server_login() or '不明'})。"
                          "バックアップを作ったユーザーで実行してください (バックアップは作ったユーザーだけが読めます)")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{path}: バックアップファイルとして読めません ({error})")
    with tar:
        try:
            # Read to its end first: a file cut off (a copy interrupted, a disk full) is refused before the database
            # is touched, not half-way through writing the media back.
            tar.getmembers()
        except (EOFError, OSError, tarfile.TarError, zlib.error):
            raise BackupError(f"{path}: 壊れているか、途中までしか書かれていないファイルです。復元には使えません。"
                              "ほかのバックアップを指定してください。データベースは変更していません")
        try:
            manifest = json.loads(tar.extractfile("manifest.json").read())
            data = tar.extractfile("data.json").read().decode("utf-8")
        except (KeyError, AttributeError, ValueError):
            raise BackupError(f"{path}: shingikai のバックアップではありません")
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path}: 対応していない形式です ({manifest.get('format')})")
        newer = _newer_migrations(manifest)
        if newer:
            raise BackupError(f"{path}: この shingikai より新しい版で作られたバックアップです (この版にない変更 {len(newer)} 件: "
                              f"{', '.join(newer[:3])}{' など' if len(newer) > 3 else ''})。バックアップを作った版と同じか"
                              "新しい版に shingikai を更新してから復元してください。データベースは変更していません")
        call_command("migrate", verbosity=0, interactive=False)
        if not _database_is_empty() and not replace:
            raise BackupError("データベースが空ではありません。置き換えるには --replace を指定してください")
        from django.contrib.admin.models import LogEntry

        from .models import ErasureRecord, RestoreRecord

        try:
            with transaction.atomic():
                with _history_paused():
                    earlier = list(RestoreRecord.objects.order_by("pk").values())
                    erasures = list(ErasureRecord.objects.order_by("erased_at", "pk").values())
                    if replace:
                        call_command("flush", verbosity=0, interactive=False)
                    # After the flush, which makes the content types anew.
                    content_types = _content_type_ids(manifest.get("content_types", {}))
                    for obj in serializers.deserialize("json", data):
                        if isinstance(obj.object, LogEntry):
                            obj.object.content_type_id = content_types.get(obj.object.content_type_id)
                        obj.save()
                    RestoreRecord.objects.bulk_create(RestoreRecord(**row) for row in earlier)
                # With the history on: a record the erasure had removed is removed again, on its history.
                reapplied, erased_files = reapply_erasures(erasures)
        except Exception as error:  # a corrupt fixture: nothing was changed, say why in one line
            raise BackupError(f"{path}: 復元できませんでした。データベースは変更していません ({error})")
        _reset_sequences()
        media_members = [m for m in tar.getmembers() if m.name.startswith("media/") and m.isfile()]
        for member in media_members:
            target = Path(settings.MEDIA_ROOT) / Path(member.name).relative_to("media")
            if ".." in Path(member.name).parts or Path(member.name).relative_to("media").as_posix() in erased_files:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())
    orphans = orphan_files()
    if prune_orphans:
        for name in orphans:
            (Path(settings.MEDIA_ROOT) / name).unlink(missing_ok=True)
    record = RestoreRecord.objects.create(
        restored_at=timezone.now(), backup_file=str(path.resolve()), backup_created=manifest.get("created", ""),
        restored_by=by or server_login() or "不明", replaced=replace, orphan_files=len(orphans),
        orphans_pruned=prune_orphans)
    record.orphans = orphans
    record.reapplied = reapplied
    return record


def _erasure_key(row):
    return row["erased_at"], row["model_label"], row["record_id"], row["field_names"]


def reapply_erasures(erasures):
    """Erase again, in the restored data, what was erased after the backup was taken: `erasures` are the
    ErasureRecord rows of the database being replaced; those the backup does not hold are newer than it. Each
    names its row and columns (never the values): the row is deleted again if the erasure deleted it, or its
    columns emptied, its history emptied as history.erase does, and what else kept the values (corrections,
    the search log) forgotten; the newer erasure records are kept. Returns those erasures and the stored files
    of the rows deleted again, which the restore does not write back."""
    from django.contrib.auth import get_user_model

    from shingikai.councils.models import Municipality

    from .models import ErasureRecord

    kept = {_erasure_key(row) for row in ErasureRecord.objects.values()}
    newer = [row for row in erasures if _erasure_key(row) not in kept]
    users = set(get_user_model().objects.filter(pk__in={r["erased_by_id"] for r in newer}).values_list("pk", flat=True))
    cities = set(Municipality.objects.filter(pk__in={r["municipality_id"] for r in newer}).values_list("pk", flat=True))
    files, reapplied = set(), []
    for row in newer:
        if row["model_label"]:  # an erasure recorded before its row was named cannot be found again
            files |= _erase_again(row)
        # A login or a city made after the backup is not in the restored data: the erasure record stays, unnamed.
        row.update(id=None, erased_by_id=row["erased_by_id"] if row["erased_by_id"] in users else None,
                   municipality_id=row["municipality_id"] if row["municipality_id"] in cities else None)
        reapplied.append(ErasureRecord.objects.create(**row))
    return reapplied, files


def _erase_again(row):
    from shingikai.disclosure.actions import forget_corrections
    from shingikai.history import empty_history_and_searches

    model = apps.get_model(row["model_label"])
    fields = [name for name in row["field_names"].split(",") if name]
    pk = model._meta.pk.to_python(row["record_id"])
    found = model._default_manager.filter(pk=pk).first()
    files, values = set(), []
    if found is not None:
        values = [str(getattr(found, name)) for name in fields]
        if row["record_deleted"]:
            files = {str(getattr(found, f.attname)) for f in model._meta.concrete_fields
                     if isinstance(f, models.FileField) and getattr(found, f.attname)}
            found.delete()
        elif fields:
            model._default_manager.filter(pk=found.pk).update(**{name: "" for name in fields})
    # As history.erase: the names searched for are forgotten from what the restored history held too (a name
    # corrected before the backup), not only from the row's values.
    empty_history_and_searches(model, pk, fields, row["municipality_id"], values)
    forget_corrections(model, pk)
    for name in files:
        (Path(settings.MEDIA_ROOT) / name).unlink(missing_ok=True)
    return files


def referenced_files():
    names = set()
    for model in apps.get_models():
        fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        for field in fields:
            names.update(model._default_manager.exclude(**{field: ""}).values_list(field, flat=True))
    return names


def orphan_files():
    """Uploaded files that no record points to any more: after a restore, those stored since the backup
    (an attachment added this afternoon, personal data nobody can see or delete from the application)."""
    media = Path(settings.MEDIA_ROOT)
    if not media.is_dir():
        return []
    kept = referenced_files()
    found = (p.relative_to(media).as_posix() for p in media.rglob("*") if p.is_file())
    return sorted(name for name in found if name not in kept and name.split("/", 1)[0] not in EXCLUDED_MEDIA)


def _reset_sequences():
    """PostgreSQL keeps id sequences apart from the rows: move them past the restored ids. Every table's,
    not only the backed-up ones: the flush restarted them all, and the restore records kept across it
    (not in the backup) were put back with their ids."""
    if connection.vendor != "postgresql":
        return
    from django.core.management.color import no_style

    tables = [m for m in apps.get_models() if m._meta.managed and not m._meta.proxy]
    statements = connection.ops.sequence_reset_sql(no_style(), tables)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
