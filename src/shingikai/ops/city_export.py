"""One city's own data, out of an installation that holds several (`shingikai export-city`).

A city leaving shingikai, or an auditor asking for a council's complete record, gets one .zip in open formats:
one JSON file per kind of record (Django's plain serialisation: model, pk, fields), the uploaded files the
records point to, and a README.md inside saying what each file is. Nothing of another city goes in.

Which rows are the city's is found from the models themselves: every chain of foreign keys (up to a few steps)
that leads to Municipality. A row goes in when one chain reaches this city and none reaches another; rows
with no chain of their own (委員 as persons, logins) go in when an exported row points to them, logins without
their password hashes.
"""
import io
import json
import time
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.db import models
from django.db.models import Q

from shingikai.councils.models import Municipality

from .backup import _Encoder, _models, private_file

FORMAT = "shingikai-city-export-1"
DEPTH = 5
#: What a login is, without what would let anyone sign in as it (password, last login).
USER_FIELDS = ("username", "first_name", "last_name", "email", "is_active", "is_staff", "is_superuser", "date_joined")


class ExportError(Exception):
    pass


def _forward_keys(model):
    return [f for f in model._meta.concrete_fields if isinstance(f, models.ForeignKey)]


def city_paths(model):
    """Lookups (`council__municipality`) that lead from `model` to Municipality through forward foreign keys."""
    if model is Municipality or getattr(model, "instance_type", None) is Municipality:  # its history rows too
        return ["id"]
    user_model = get_user_model()
    paths, frontier = [], [("", model, {model})]
    for _ in range(DEPTH):
        following = []
        for prefix, current, seen in frontier:
            for field in _forward_keys(current):
                target = field.related_model
                if target is None or target is user_model or target in seen:
                    continue
                lookup = f"{prefix}{field.name}"
                if target is Municipality:
                    paths.append(lookup)
                else:
                    following.append((f"{lookup}__", target, seen | {target}))
        frontier = following
    return sorted(set(paths), key=lambda p: (p.count("__"), p))


def _city_rows(model, paths, city):
    mine, elsewhere = Q(), Q()
    for path in paths:
        mine |= Q(**{path: city.pk})
        elsewhere |= Q(**{f"{path}__isnull": False}) & ~Q(**{path: city.pk})
    # A row reaching this city by one chain and another city by another is not this city's alone: left out.
    return model._default_manager.filter(mine).exclude(pk__in=model._default_manager.filter(elsewhere).values("pk"))


def _referenced(objects, target):
    ids = set()
    for obj in objects:
        for field in obj._meta.concrete_fields:
            if field.is_relation and field.related_model is target:
                value = getattr(obj, field.attname)
                if value is not None:
                    ids.add(value)
    return ids


def _named_only_ours(model, anchored):
    ids = set()
    for field in model._meta.many_to_many:
        ours = {row.pk for row in anchored.get(field.related_model, ())}
        if not ours:
            continue
        links = field.remote_field.through._default_manager
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        theirs = links.exclude(**{f"{target}__in": ours}).values_list(source, flat=True)
        ids |= set(links.filter(**{f"{target}__in": ours}).exclude(**{f"{source}__in": theirs})
                   .values_list(source, flat=True))
    return ids


def _files(objects):
    for obj in objects:
        for field in obj._meta.concrete_fields:
            if isinstance(field, models.FileField):
                value = getattr(obj, field.attname)
                if value:
                    yield str(value)


def _user_rows(ids):
    return [{"model": "auth.user", "pk": user["id"], "fields": {name: user[name] for name in USER_FIELDS}}
            for user in get_user_model().objects.filter(pk__in=ids).order_by("pk").values("id", *USER_FIELDS)]


def collect(city):
    """{label: [objects]} of `city`'s rows, and the labels of the models that hold none of a city's own."""
    anchored, unanchored = {}, []
    user_model = get_user_model()
    for model in _models():
        if model is user_model:
            continue
        paths = city_paths(model)
        if paths:
            anchored[model] = list(_city_rows(model, paths, city).order_by("pk"))
        else:
            unanchored.append(model)
    # A row whose chains lead nowhere (a secretariat's clerk has no 課) that names only this city's rows through a
    # many-to-many (the councils the clerk runs) is the city's too.
    for model, rows in list(anchored.items()):
        extra = _named_only_ours(model, anchored) - {row.pk for row in rows}
        if extra:
            nowhere = model._default_manager.filter(pk__in=extra)
            for path in city_paths(model):
                nowhere = nowhere.filter(**{f"{path}__isnull": True})
            anchored[model] = sorted([*rows, *nowhere], key=lambda row: row.pk)
    # Rows only this city's rows point to (a member as a person), or that name only this city's rows through a
    # many-to-many: theirs too, once every anchored row is known.
    for model in unanchored:
        ids = set().union(*(_referenced(rows, model) for rows in anchored.values())) | _named_only_ours(model, anchored)
        anchored[model] = list(model._default_manager.filter(pk__in=ids).order_by("pk")) if ids else []
    users = set().union(*(_referenced(rows, user_model) for rows in anchored.values()))
    return {m: rows for m, rows in anchored.items() if rows}, users


def _json(payload):
    return json.dumps(payload, ensure_ascii=False, indent=1, cls=_Encoder).encode("utf-8")


def write_city_export(city, path):
    path = Path(path)
    tables, user_ids = collect(city)
    media = Path(settings.MEDIA_ROOT)
    counts, files, missing = {}, [], []
    with private_file(path) as temporary, \
            zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for model, rows in sorted(tables.items(), key=lambda item: item[0]._meta.label_lower):
            label = model._meta.label_lower
            stream = io.StringIO()
            serializers.serialize("json", rows, stream=stream, cls=_Encoder, ensure_ascii=False, indent=1)
            archive.writestr(f"data/{label}.json", stream.getvalue())
            counts[label] = (str(model._meta.verbose_name), len(rows))
            for name in _files(rows):
                source = media / name
                if ".." in Path(name).parts:
                    continue
                if source.is_file():
                    archive.write(source, f"files/{name}")
                    files.append(name)
                else:
                    missing.append(name)
        users = _user_rows(user_ids)
        archive.writestr("data/auth.user.json", _json(users))
        counts["auth.user"] = ("ログインユーザー (パスワードを除く)", len(users))
        manifest = {"format": FORMAT, "municipality": city.slug, "name": city.name,
                    "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "tables": {k: v[1] for k, v in counts.items()},
                    "files": len(files), "missing_files": missing}
        archive.writestr("manifest.json", _json(manifest))
        archive.writestr("README.md", _readme(city, counts, files, missing))
    return path, manifest


def _readme(city, counts, files, missing):
    lines = [
        f"# {city.name} のデータ (shingikai から書き出し)", "",
        f"書き出し日時: {time.strftime('%Y-%m-%d %H:%M')}。形式: {FORMAT}。", "",
        "この書き出しには、この自治体の審議会・審査会、案件、会議、発言、会議録、決定、答申、登録簿、開示請求と審査請求、"
        "それらの変更履歴、委員・職員、添付・登録したファイルが入っています。ほかの自治体の記録は入っていません。", "",
        "## ファイルの構成", "",
        "- `manifest.json`: 自治体、書き出し日時、表ごとの件数、ファイル数 (機械で読むため)",
        "- `data/<アプリ>.<モデル>.json`: 記録の種類ごとに1ファイル。JSON の配列で、各要素は "
        "`{\"model\": 種類, \"pk\": 番号, \"fields\": {項目: 値}}`。ほかの記録を指す項目はその記録の `pk` です。"
        "日付は ISO 8601 (西暦)、日時は UTC の ISO 8601 です。",
        "- `data/*historical*.json`: 変更履歴。1行が1回の変更後の記録全体で、`history_date` (日時)、"
        "`history_type` (`+` 作成、`~` 変更、`-` 削除)、`history_user` (変更した人の `auth.user` の pk) が付きます。",
        "- `data/auth.user.json`: 記録に現れるログインユーザー。パスワード (のハッシュ) は含めていません。",
        "- `files/`: 記録が指すアップロード済みファイル。パスは記録のファイル項目の値と同じです。", "",
        "## 記録の種類と件数", "", "| ファイル | 内容 | 件数 |", "| --- | --- | --- |",
    ]
    lines += [f"| data/{label}.json | {name} | {count} |" for label, (name, count) in sorted(counts.items())]
    lines += ["", f"添付・登録したファイル: {len(files)} 件。"]
    if missing:
        lines += ["", "記録にあるがサーバーに見つからなかったファイル (書き出していません):", ""]
        lines += [f"- {name}" for name in missing]
    lines += ["", "含めていないもの: 検索索引 (記録から作り直せます)、ログインのセッション、パスワード、"
              "インストール全体の設定と管理画面の操作記録 (自治体ごとに分かれていません)。", ""]
    return "\n".join(lines)


def municipality(slug):
    try:
        return Municipality.objects.get(slug=slug)
    except Municipality.DoesNotExist:
        known = "、".join(Municipality.objects.order_by("slug").values_list("slug", flat=True)) or "なし"
        raise ExportError(f"自治体「{slug}」はありません (登録されている自治体: {known})")

