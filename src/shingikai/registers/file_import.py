"""The import of a city's past 個人情報ファイル簿 from a CSV in the columns the public files.csv writes (fields.COLUMNS,
the national form's), as Excel saves it (UTF-8 with or without BOM, Shift_JIS/cp932).

Each row goes through actions.enter_registered_file, so an imported file meets the rules a file typed in meets. A
file is imported whole or not at all: one row refused stores none. A dry run goes through the same actions and
rolls back, so its list of what would be added and of each row's errors is what the import itself would say.
"""
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction

from shingikai.errors import ActionRefused
from shingikai.filetypes import label, sniff
from shingikai.jp.wareki import parse_date, to_wareki

from . import actions
from .fields import COLUMNS
from .models import PUBLICATION_THRESHOLD, PersonalInfoFile

#: A city's register runs to hundreds of files, a large city's to a few thousand; a longer file is a wrong one
#: (or a register to import in parts), and a preview of it could not be read.
MAX_ROWS = 3000
MAX_BYTES = 10 * 1024 * 1024

HEADINGS = {heading: key for heading, key in COLUMNS}
#: The export's own last column, and the one column a sensitive file needs that the national form lacks.
LINK_HEADING = "公開ページ"
NOTE_HEADING = "要配慮個人情報の内容"
#: Columns no row may leave blank.
REQUIRED = ("name", "office", "purpose", "record_items", "record_scope", "collection_method", "request_office", "kind",
            "subject_count", "retention", "registered_on")
#: What a spreadsheet would run as a formula. The export writes such a value with a leading ' (csv_export), which
#: is taken off again; one without it is refused, since it is a formula typed or planted, not a register's words.
FORMULA_STARTS = ("=", "+", "-", "@")
NONE_WORDS = {"", "なし", "無", "無し", "-", "ー", "－", "該当なし"}


@dataclass
class Row:
    line: int
    name: str = ""
    department: str = ""
    subject_count: int | None = None
    registered_on: object = None
    published: bool = False
    errors: list = field(default_factory=list)  # (column heading or "", value, message)

    def error(self, column, value, message):
        self.errors.append((column, value, message))


@dataclass
class Result:
    rows: list
    stored: bool = False

    @property
    def error_count(self):
        return sum(len(row.errors) for row in self.rows)


def decode(data):
    """The CSV's text: refused with what the file is when it is no text, or when it is neither UTF-8 nor cp932."""
    if not data.strip():
        raise ActionRefused("ファイルが空です。")
    if len(data) > MAX_BYTES:
        raise ActionRefused(f"ファイルが大きすぎます ({MAX_BYTES // (1024 * 1024)} MB まで)。ファイルを分けて取り込んでください。")
    kind = sniff(data[:1024])
    if kind is not None:
        raise ActionRefused(f"このファイルは{label(kind)}です。個人情報ファイル簿は CSV で保存して取り込んでください。")
    if b"\x00" in data[:4096]:
        raise ActionRefused("このファイルは CSV ではありません (バイナリファイル)。Excel から CSV で保存して取り込んでください。")
    for encoding in ("utf-8-sig", "cp932"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # cp932 maps its user-defined area to private-use characters: no register writes them, a binary file does.
        if not re.search("[\ue000-\uf8ff]", text):
            return text
    raise ActionRefused("文字コードを読み取れません。UTF-8 または Shift_JIS (Excel の「CSV」) で保存してください。")


def _heading(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def read_table(text):
    """The rows as (line number, {key: cell}), checked against the columns of the national form."""
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ActionRefused(f"CSV として読み取れません ({error})。") from None
    if not lines:
        raise ActionRefused("ファイルが空です。")
    known = {_heading(heading): key for heading, key in COLUMNS}
    known[_heading(NOTE_HEADING)] = "sensitive_note"
    keys, unknown = [], []
    for heading in lines[0]:
        key = known.get(_heading(heading))
        if key is None and _heading(heading) not in ("", _heading(LINK_HEADING)):
            unknown.append(heading)
        keys.append(key)
    missing = [heading for heading, key in COLUMNS if key not in keys]
    if missing:
        extra = f" 知らない列: {'、'.join(h[:30] for h in unknown[:5])}。" if unknown else ""
        raise ActionRefused(f"個人情報ファイル簿の列がそろっていません。足りない列: {'、'.join(missing)}。{extra}"
                            "1行目に公開の「個人情報ファイル簿.csv」と同じ列名を置いてください。")
    if unknown:
        raise ActionRefused(f"知らない列があります: {'、'.join(h[:30] for h in unknown[:5])}。列名を公開の「個人情報ファイル簿.csv」に合わせてください。")
    body = [(number, cells) for number, cells in enumerate(lines[1:], start=2) if any(c.strip() for c in cells)]
    if not body:
        raise ActionRefused("取り込む行がありません (1行目の列名のほかに行がありません)。")
    if len(body) > MAX_ROWS:
        raise ActionRefused(f"行が多すぎます ({len(body):,}行)。一度に取り込めるのは{MAX_ROWS:,}行までです。ファイルを分けてください。")
    return [(number, {key: cell for key, cell in zip(keys, cells) if key}) for number, cells in body]


def _flag(text):
    return _heading(text) not in {_heading(w) for w in NONE_WORDS | {"該当しない", "含まない", "しない", "否"}}


def _count(text):
    digits = re.sub(r"[,，、約人名件程度以上未満\s]", "", unicodedata.normalize("NFKC", text))
    return int(digits) if digits.isdigit() else None


def _kind(text):
    compact = _heading(text)
    if "電算" in compact or "電子計算機" in compact:
        return PersonalInfoFile.Kind.COMPUTER
    if "マニュアル" in compact or "手作業" in compact or "紙" in compact:
        return PersonalInfoFile.Kind.MANUAL
    return None


def _sensitive(text):
    """(要配慮, 条例要配慮, the note in brackets if any) from the column's words."""
    compact = _heading(text)
    if not _flag(text):
        return False, False, ""
    note = re.search(r"[(（](.+?)[)）]", unicodedata.normalize("NFKC", text))
    ordinance = "条例要配慮" in compact
    plain = "要配慮" in compact.replace("条例要配慮", "") or not ordinance
    return plain, ordinance, note.group(1).strip() if note else ""


def departments_of(municipality):
    """Each of the city's departments under the names a register may give it: 課名, 部名 課名, former names."""
    names = {}
    for department in municipality.departments.own():
        for name, division in [(department.name, department.division),
                               *((f.get("name", ""), f.get("division", "")) for f in department.former_names)]:
            for written in (name, f"{division}{name}"):
                names.setdefault(_heading(written), department)
    return names


def _cell(row, heading, value):
    value = value.strip()
    if value.startswith("'") and value[1:2] in FORMULA_STARTS:
        return value[1:]
    if value.startswith(FORMULA_STARTS) and not re.fullmatch(r"[-ー－]", value):
        row.error(heading, value, "数式のように見える値 (先頭が = + - @) は取り込めません。文字として書き直してください。")
        return ""
    return value


def _fields(row, cells, departments, municipality):
    """The row's cells as enter_registered_file's arguments; what cannot be read goes to row.errors."""
    heading = {key: h for h, key in COLUMNS}
    heading["sensitive_note"] = NOTE_HEADING
    cells = {key: _cell(row, heading[key], value) for key, value in cells.items()}
    for key in REQUIRED:
        if not cells.get(key, ""):
            row.error(heading[key], "", "空欄です。")
    row.name = cells.get("name", "")
    body = _heading(cells.get("body", ""))
    if body and body not in {_heading(municipality.head), _heading(municipality.name)}:
        row.error(heading["body"], cells["body"], f"この自治体 ({municipality.head}) の名称ではありません。")
    office = cells.get("office", "")
    department = departments.get(_heading(office))
    if office and department is None:
        row.error(heading["office"], office, "この自治体の担当課に見つかりません。課名 (部名と課名) を確かめてください。")
    row.department = department.name if department else office
    count = _count(cells.get("subject_count", ""))
    if cells.get("subject_count") and count is None:
        row.error(heading["subject_count"], cells["subject_count"], "数として読み取れません (例: 12000、約1,200人)。")
    row.subject_count = count
    kind = _kind(cells.get("kind", ""))
    if cells.get("kind") and kind is None:
        row.error(heading["kind"], cells["kind"], "「電算処理ファイル」か「マニュアル処理ファイル」と書いてください。")
    registered = cells.get("registered_on", "")
    row.registered_on = parse_date(registered) if registered else None
    if registered and row.registered_on is None:
        row.error(heading["registered_on"], registered, "日付として読み取れません (例: 令和5年4月1日、2023-04-01)。")
    sensitive, ordinance, note = _sensitive(cells.get("sensitive", ""))
    note = cells.get("sensitive_note", "") or note
    if (sensitive or ordinance) and not note:
        row.error(heading["sensitive"], cells.get("sensitive", ""),
                  f"要配慮個人情報を含むファイルは、その内容 (病歴、障害の有無 など) を「{NOTE_HEADING}」の列か、"
                  "「含む (病歴)」のように括弧書きで書いてください。")
    row.published = count is not None and count >= PUBLICATION_THRESHOLD
    return department, {
        "name": row.name, "kind": kind or PersonalInfoFile.Kind.COMPUTER, "purpose": cells.get("purpose", ""),
        "record_items": cells.get("record_items", ""), "record_scope": cells.get("record_scope", ""),
        "subject_count": count, "collection_method": cells.get("collection_method", ""),
        "contains_sensitive": sensitive, "contains_ordinance_sensitive": ordinance, "sensitive_note": note,
        "regular_recipients": _unless_none(cells.get("regular_recipients", "")),
        "retention": cells.get("retention", ""), "request_office": cells.get("request_office", ""),
        "special_procedures": _unless_none(cells.get("special_procedures", "")),
        "invites_anonymised_proposals": _flag(cells.get("anonymised_proposals", "")),
        "remarks": cells.get("remarks", ""),
    }


def _unless_none(text):
    """The export writes なし for an empty 提供先 or 特別の手続: read back as empty."""
    return "" if _heading(text) in {_heading(w) for w in NONE_WORDS} else text


class _DryRun(Exception):
    pass


def import_files(municipality, data, *, by=None, dry_run=False):
    """Read `data` (the CSV's bytes) and enter each row's file; all or none. Refused (ActionRefused) for a file
    that is no register; otherwise a Result listing every row with its errors, stored only when none has any."""
    actions.require_secretariat(by, municipality)
    rows_in = read_table(decode(data))
    departments = departments_of(municipality)
    rows = []
    try:
        with transaction.atomic():
            for line, cells in rows_in:
                row = Row(line)
                rows.append(row)
                department, fields = _fields(row, cells, departments, municipality)
                if row.errors:
                    continue
                try:
                    with transaction.atomic():
                        actions.enter_registered_file(department, registered_on=row.registered_on, by=by, **fields)
                except ActionRefused as refusal:
                    row.error("", "", refusal.message)
            if dry_run or any(row.errors for row in rows):
                raise _DryRun
    except _DryRun:
        return Result(rows, stored=False)
    return Result(rows, stored=True)


def row_text(row):
    """What the row adds, in one line of Japanese."""
    count = f"{row.subject_count:,}人" if row.subject_count is not None else "人数不明"
    day = to_wareki(row.registered_on) if row.registered_on else "登載日不明"
    return (f"「{row.name}」 ({row.department}、{count}、{day}登載、"
            f"{'公表' if row.published else '1,000人未満のため非公表'})")


def error_text(row, column, value, message):
    where = f"{row.line}行目" + (f" 「{column}」" if column else "")
    return f"{where}{f' の値「{value[:40]}」' if value else ''}: {message}"


def summary_lines(result):
    """(is_error, line) for each row and a closing line, as the command prints them."""
    lines = []
    for row in result.rows:
        if row.errors:
            lines += [(True, error_text(row, *error)) for error in row.errors]
        else:
            lines.append((False, f"{row.line}行目: {'追加します' if not result.stored else '追加しました'} {row_text(row)}"))
    lines.append(closing_line(result))
    return lines


def closing_line(result):
    rows = len(result.rows)
    bad = sum(1 for row in result.rows if row.errors)
    if bad:
        return True, f"{rows:,}行のうち{bad:,}行に誤りがあります。何も取り込んでいません。直してからもう一度取り込んでください。"
    if result.stored:
        return False, f"{rows:,}件のファイルを登載しました。"
    return False, f"{rows:,}件のファイルを追加できます (確認のみ。まだ取り込んでいません)。"


def as_json(result, *, dry_run=False):
    return {
        "stored": result.stored, "dry_run": dry_run,
        "rows": [{"line": row.line, "name": row.name, "department": row.department, "subject_count": row.subject_count,
                  "registered_on": row.registered_on.isoformat() if row.registered_on else None,
                  "published": row.published,
                  "errors": [{"column": c, "value": v, "message": m} for c, v, m in row.errors]}
                 for row in result.rows],
    }
