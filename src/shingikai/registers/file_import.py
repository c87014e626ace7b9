"""The import of a city's past 個人情報ファイル簿 from a CSV in the columns the public files.csv writes (fields.COLUMNS,
the national form's), as Excel saves it (UTF-8 with or without BOM, Shift_JIS/cp932).

Each row goes through actions.enter_registered_file, so an imported file meets the rules a file typed in meets. A
file is imported whole or not at all: one row refused stores none. A dry run goes through the same actions and
rolls back, so its list of what would be added and of each row's errors is what the import itself would say.
"""
import re
import unicodedata
from dataclasses import dataclass

from shingikai import csv_import
from shingikai.csv_import import MAX_BYTES, MAX_ROWS, NONE_WORDS, compact, departments_of, unless_none  # noqa: F401
from shingikai.jp.wareki import to_wareki

from . import actions
from .fields import COLUMNS
from .models import PUBLICATION_THRESHOLD, PersonalInfoFile

#: The export's own last column, and the one column a sensitive file needs that the national form lacks.
LINK_HEADING = "公開ページ"
NOTE_HEADING = "要配慮個人情報の内容"
#: Columns no row may leave blank.
REQUIRED = ("name", "office", "purpose", "record_items", "record_scope", "collection_method", "request_office", "kind",
            "subject_count", "retention", "registered_on")


@dataclass
class Row(csv_import.Row):
    name: str = ""
    department: str = ""
    subject_count: int | None = None
    registered_on: object = None
    published: bool = False


def decode(data):
    return csv_import.decode(data, REGISTER.what)


def read_table(text):
    return csv_import.read_table(text, REGISTER)


def _flag(text):
    return compact(text) not in {compact(w) for w in NONE_WORDS | {"該当しない", "含まない", "しない", "否"}}


def _count(text):
    digits = re.sub(r"[,，、約人名件程度以上未満\s]", "", unicodedata.normalize("NFKC", text))
    return int(digits) if digits.isdigit() else None


def _kind(text):
    words = compact(text)
    if "電算" in words or "電子計算機" in words:
        return PersonalInfoFile.Kind.COMPUTER
    if "マニュアル" in words or "手作業" in words or "紙" in words:
        return PersonalInfoFile.Kind.MANUAL
    return None


def _sensitive(text):
    """(要配慮, 条例要配慮, the note in brackets if any) from the column's words. The export writes the note after
    「…を含む」 in brackets (fields.row), and the note may hold brackets of its own: 「病歴 (通院歴を含む)」."""
    if not _flag(text):
        return False, False, ""
    written = unicodedata.normalize("NFKC", text).strip()
    note = re.search(r"[(](.+)[)]$", written)
    words = compact(written[:note.start()] if note else written)
    ordinance = "条例要配慮" in words
    plain = "要配慮" in words.replace("条例要配慮", "") or not ordinance
    return plain, ordinance, note.group(1).strip() if note else ""


def _fields(row, cells, departments, municipality):
    """The row's cells as enter_registered_file's arguments; what cannot be read goes to row.errors."""
    heading = csv_import.headings_of(REGISTER)
    cells = csv_import.cells_of(row, cells, REGISTER)
    for key in REQUIRED:
        if not cells.get(key, ""):
            row.error(heading[key], "", "空欄です。")
    row.name = cells.get("name", "")
    body = cells.get("body", "")
    # The city's head is every file's body unless another is named (a 教育委員会's file, worked by a 課 of the city).
    if compact(body) in {compact(municipality.head), compact(municipality.name)}:
        body = ""
    office = cells.get("office", "")
    department = departments.get(compact(office))
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
    row.registered_on = csv_import.date_cell(row, heading["registered_on"], cells.get("registered_on", ""))
    sensitive, ordinance, note = _sensitive(cells.get("sensitive", ""))
    note = cells.get("sensitive_note", "") or note
    if (sensitive or ordinance) and not note:
        row.error(heading["sensitive"], cells.get("sensitive", ""),
                  f"要配慮個人情報を含むファイルは、その内容 (病歴、障害の有無 など) を「{NOTE_HEADING}」の列か、"
                  "「含む (病歴)」のように括弧書きで書いてください。")
    row.published = count is not None and count >= PUBLICATION_THRESHOLD
    fields = {
        "name": row.name, "holding_body": body, "kind": kind or PersonalInfoFile.Kind.COMPUTER, "purpose": cells.get("purpose", ""),
        "record_items": cells.get("record_items", ""), "record_scope": cells.get("record_scope", ""),
        "subject_count": count, "collection_method": cells.get("collection_method", ""),
        "contains_sensitive": sensitive, "contains_ordinance_sensitive": ordinance, "sensitive_note": note,
        "regular_recipients": unless_none(cells.get("regular_recipients", "")),
        "retention": cells.get("retention", ""), "request_office": cells.get("request_office", ""),
        "special_procedures": unless_none(cells.get("special_procedures", "")),
        "invites_anonymised_proposals": _flag(cells.get("anonymised_proposals", "")),
        "remarks": cells.get("remarks", ""),
    }
    csv_import.check_lengths(row, PersonalInfoFile, fields, {**heading, "holding_body": heading["body"]})
    return department, fields


def import_files(municipality, data, *, by=None, dry_run=False):
    """Read `data` (the CSV's bytes) and enter each row's file; all or none. Refused (ActionRefused) for a file
    that is no register; otherwise a Result listing every row with its errors, stored only when none has any."""
    actions.require_secretariat(by, municipality)
    rows_in = read_table(decode(data))
    departments = departments_of(municipality)

    def read(line, cells):
        row = Row(line)
        return row, _fields(row, cells, departments, municipality)

    def enter(row, entry):
        department, fields = entry
        actions.enter_registered_file(department, registered_on=row.registered_on, by=by, **fields)

    return csv_import.enter_all(rows_in, read, enter, dry_run=dry_run)


def row_text(row):
    """What the row adds, in one line of Japanese."""
    count = f"{row.subject_count:,}人" if row.subject_count is not None else "人数不明"
    day = to_wareki(row.registered_on) if row.registered_on else "登載日不明"
    return (f"「{row.name}」 ({row.department}、{count}、{day}登載、"
            f"{'公表' if row.published else '1,000人未満のため非公表'})")


REGISTER = csv_import.Register(
    what="個人情報ファイル簿", export_name="公開の「個人情報ファイル簿.csv」", columns=COLUMNS,
    optional={NOTE_HEADING: "sensitive_note"}, ignored=(LINK_HEADING,), unit="件のファイル", stored_word="登載しました",
    row_text=row_text)
summary_lines = REGISTER.summary_lines
closing_line = REGISTER.closing_line
as_json = REGISTER.as_json
