"""A backup is one .tar.gz: the database as Django fixtures (data.json) and the uploaded files (media/).

Fixtures rather than a database dump so a backup taken on SQLite restores on PostgreSQL and back.
"""
import datetime
import io
import json
import tarfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction

FORMAT = "shingikai-backup-1"
# Derived or per-installation tables: rebuilt rather than copied.
# Pending imports are a user's unfinished review of someone else's file, not the record; used submission
# tokens only guard against a replayed form for a day.
EXCLUDED = {"contenttypes", "auth.permission", "sessions", "admin.logentry", "search.searchentry",
            "search.indexgeneration", "minutes.pendingimport", "ops.usedsubmission"}
# Uploads were once kept here until reviewed; leftovers are not part of the record.
EXCLUDED_MEDIA = {"imports"}


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


def write_backup(path):
    path = Path(path)
    stream = io.StringIO()
    objects = (obj for model in _models() for obj in model._default_manager.order_by("pk").iterator())
    serializers.serialize("json", objects, stream=stream, use_natural_foreign_keys=False, cls=_Encoder)
    data = stream.getvalue().encode("utf-8")
    manifest = json.dumps({"format": FORMAT, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}).encode()
    with tarfile.open(path, "w:gz") as tar:
        for name, payload in (("manifest.json", manifest), ("data.json", data)):
            info = tarfile.TarInfo(name)
            info.size = len(payload)
            tar.addfile(info, io.BytesIO(payload))
        media = Path(settings.MEDIA_ROOT)
        if media.is_dir():
            tar.add(media, arcname="media", filter=_outside_excluded_media)
    return path


def _outside_excluded_media(info):
    parts = info.name.split("/")
    return None if len(parts) > 1 and parts[1] in EXCLUDED_MEDIA else info


def _database_is_empty():
    from shingikai.councils.models import Municipality

    return not Municipality.objects.exists()


def read_backup(path, *, replace=False):
    path = Path(path)
    try:
        tar = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{path}: バックアップファイルとして読めません ({error})")
    with tar:
        try:
            manifest = json.loads(tar.extractfile("manifest.json").read())
            data = tar.extractfile("data.json").read().decode("utf-8")
        except (KeyError, AttributeError, ValueError):
            raise BackupError(f"{path}: shingikai のバックアップではありません")
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{path}: 対応していない形式です ({manifest.get('format')})")
        call_command("migrate", verbosity=0, interactive=False)
        if not _database_is_empty() and not replace:
            raise BackupError("データベースが空ではありません。置き換えるには --replace を指定してください")
        try:
            with transaction.atomic(), _history_paused():
                if replace:
                    call_command("flush", verbosity=0, interactive=False)
                for obj in serializers.deserialize("json", data):
                    obj.save()
        except Exception as error:  # a corrupt fixture: nothing was changed, say why in one line
            raise BackupError(f"{path}: 復元できませんでした。データベースは変更していません ({error})")
        _reset_sequences()
        media_members = [m for m in tar.getmembers() if m.name.startswith("media/") and m.isfile()]
        for member in media_members:
            target = Path(settings.MEDIA_ROOT) / Path(member.name).relative_to("media")
            if ".." in Path(member.name).parts:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())


def _reset_sequences():
    """PostgreSQL keeps id sequences apart from the rows: move them past the restored ids."""
    if connection.vendor != "postgresql":
        return
    from django.core.management.color import no_style

    statements = connection.ops.sequence_reset_sql(no_style(), list(_models()))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
