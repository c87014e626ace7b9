"""What the imports of a register's past years from CSV share (the 個人情報ファイル簿, registers/file_import.py; the
開示請求 register, disclosure/request_import.py): reading the bytes Excel saves, checking the first line against the
register's own export columns, refusing formula cells, and entering every row through the register's actions all
or nothing, with a dry run that goes through the same actions and rolls back, so that what it lists is what the
import does. The browser's preview → 取り込む step is here too, so both pages behave alike.
"""
import csv
import dataclasses
import datetime
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect

from shingikai.errors import ActionRefused
from shingikai.filetypes import label, sniff
from shingikai.jp.wareki import era_misfit, parse_date
from shingikai.viewhelpers import refused

#: A city's register runs to hundreds of rows, a large city's to a few thousand; a longer file is a wrong one
#: (or a register to import in parts), and a preview of it could not be read.
MAX_ROWS = 3000
MAX_BYTES = 10 * 1024 * 1024
#: What a spreadsheet would run as a formula. The exports write such a value with a leading ' (csv_export), which
#: is taken off again; one without it is refused, since it is a formula typed or planted, not a register's words.
FORMULA_STARTS = ("=", "+", "-", "@")
NONE_WORDS = {"", "なし", "無", "無し", "-", "ー", "－", "該当なし"}


@dataclass
class Row:
    line: int
    errors: list = field(default_factory=list)  # (column heading or "", value, message)

    def error(self, column, value, message):
        self.errors.append((column, value, message))

    def as_json(self):
        shown = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "errors"}
        return {**{key: value.isoformat() if isinstance(value, datetime.date) else value for key, value in shown.items()},
                "errors": [{"column": c, "value": v, "message": m} for c, v, m in self.errors]}


@dataclass
class Result:
    rows: list
    stored: bool = False

    @property
    def error_count(self):
        return sum(len(row.errors) for row in self.rows)


@dataclass
class Register:
    """One register's CSV: its columns (heading, key) every file must have, the optional ones, those the export
    writes that an import does not read, and the words its messages use."""
    what: str  # 個人情報ファイル簿
    export_name: str  # 公開の「個人情報ファイル簿.csv」
    columns: list
    optional: dict = field(default_factory=dict)  # heading: key
    ignored: tuple = ()
    unit: str = "件"  # 「3件のファイル」
    stored_word: str = "登録しました"
    row_text: object = None  # what an error-free row adds, in one line of Japanese

    def summary_lines(self, result):
        """(is_error, line) for each row and a closing line, as the commands print them."""
        lines = []
        for row in result.rows:
            if row.errors:
                lines += [(True, error_text(row, *error)) for error in row.errors]
            else:
                lines.append((False, f"{row.line}行目: {'追加します' if not result.stored else '追加しました'} "
                                     f"{self.row_text(row)}"))
        lines.append(self.closing_line(result))
        return lines

    def closing_line(self, result):
        rows = len(result.rows)
        bad = sum(1 for row in result.rows if row.errors)
        if bad:
            return True, f"{rows:,}行のうち{bad:,}行に誤りがあります。何も取り込んでいません。直してからもう一度取り込んでください。"
        if result.stored:
            return False, f"{rows:,}{self.unit}を{self.stored_word}。"
        return False, f"{rows:,}{self.unit}を追加できます (確認のみ。まだ取り込んでいません)。"

    @staticmethod
    def as_json(result, *, dry_run=False):
        return {"stored": result.stored, "dry_run": dry_run, "rows": [row.as_json() for row in result.rows]}


def decode(data, what):
    """The CSV's text: refused with what the file is when it is no text, or when it is neither UTF-8 nor cp932."""
    if not data.strip():
        raise ActionRefused("ファイルが空です。")
    if len(data) > MAX_BYTES:
        raise ActionRefused(f"ファイルが大きすぎます ({MAX_BYTES // (1024 * 1024)} MB まで)。ファイルを分けて取り込んでください。")
    kind = sniff(data[:1024])
    if kind is not None:
        raise ActionRefused(f"このファイルは{label(kind)}です。{what}は CSV で保存して取り込んでください。")
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


def compact(text):
    """A heading or a word as compared: full-width letters folded and spaces dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def read_table(text, register):
    """The rows as (line number, {key: cell}), checked against the register's columns."""
    try:
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ActionRefused(f"CSV として読み取れません ({error})。") from None
    if not lines:
        raise ActionRefused("ファイルが空です。")
    known = {compact(heading): key for heading, key in [*register.columns, *register.optional.items()]}
    skipped = {"", *(compact(heading) for heading in register.ignored)}
    keys, unknown = [], []
    for heading in lines[0]:
        key = known.get(compact(heading))
        if key is None and compact(heading) not in skipped:
            unknown.append(heading)
        keys.append(key)
    missing = [heading for heading, key in register.columns if key not in keys]
    if missing:
        extra = f" 知らない列: {'、'.join(h[:30] for h in unknown[:5])}。" if unknown else ""
        raise ActionRefused(f"{register.what}の列がそろっていません。足りない列: {'、'.join(missing)}。{extra}"
                            f"1行目に{register.export_name}と同じ列名を置いてください。")
    if unknown:
        raise ActionRefused(f"知らない列があります: {'、'.join(h[:30] for h in unknown[:5])}。"
                            f"列名を{register.export_name}に合わせてください。")
    body = [(number, cells) for number, cells in enumerate(lines[1:], start=2) if any(c.strip() for c in cells)]
    if not body:
        raise ActionRefused("取り込む行がありません (1行目の列名のほかに行がありません)。")
    if len(body) > MAX_ROWS:
        raise ActionRefused(f"行が多すぎます ({len(body):,}行)。一度に取り込めるのは{MAX_ROWS:,}行までです。ファイルを分けてください。")
    return [(number, {key: cell for key, cell in zip(keys, cells) if key}) for number, cells in body]


def headings_of(register):
    return {key: heading for heading, key in [*register.columns, *register.optional.items()]}


def cells_of(row, cells, register):
    """The row's cells with the export's formula escape taken off; a formula-looking cell is an error of the row."""
    heading = headings_of(register)
    return {key: cell(row, heading[key], value) for key, value in cells.items()}


def cell(row, heading, value):
    value = value.strip()
    if value.startswith("'") and value[1:2] in FORMULA_STARTS:
        return value[1:]
    if value.startswith(FORMULA_STARTS) and not re.fullmatch(r"[-ー－]", value):
        row.error(heading, value, "数式のように見える値 (先頭が = + - @) は取り込めません。文字として書き直してください。")
        return ""
    return value


def date_cell(row, heading, text):
    """The date a cell holds (和暦 or western), None for a blank; an unreadable one is an error of the row, and so
    is one written in an era it is not of (平成31年5月1日), as the screens' date fields refuse it (era_misfit)."""
    if message := era_misfit(text):
        row.error(heading, text, message)
        return None
    day = parse_date(text) if text else None
    if text and day is None:
        row.error(heading, text, "日付として読み取れません (例: 令和5年4月1日、2023-04-01)。")
    return day


def check_lengths(row, model, values, headings):
    """A text longer than its column is an error of its row: the screens' forms keep to the lengths, and past one
    a database refuses the whole import with an error of its own instead of a message. The value is not repeated
    (it may be a requester's name)."""
    for key, value in values.items():
        limit = getattr(model._meta.get_field(key), "max_length", None) if isinstance(value, str) else None
        if limit and len(value) > limit:
            row.error(headings.get(key) or model._meta.get_field(key).verbose_name, "", f"{limit}文字以内で書いてください。")


def unless_none(text):
    """The exports write なし for an empty list (提供先, 特別の手続): read back as empty."""
    return "" if compact(text) in {compact(w) for w in NONE_WORDS} else text


def departments_of(municipality):
    """Each of the city's departments under the names a register may give it: 課名, 部名 課名, former names."""
    names = {}
    for department in municipality.departments.own():
        for name, division in [(department.name, department.division),
                               *((f.get("name", ""), f.get("division", "")) for f in department.former_names)]:
            for written in (name, f"{division}{name}"):
                names.setdefault(compact(written), department)
    return names


class _DryRun(Exception):
    pass


def enter_all(rows_in, read, enter, *, dry_run=False):
    """Read each (line, cells) into a Row with `read`, and enter the rows that read without error with `enter`,
    all in one transaction kept only when no row has an error and this is no dry run. An action's refusal is
    an error of its row."""
    rows = []
    try:
        with transaction.atomic():
            for line, cells in rows_in:
                row, entry = read(line, cells)
                rows.append(row)
                if row.errors:
                    continue
                try:
                    with transaction.atomic():
                        enter(row, entry)
                except ActionRefused as refusal:
                    row.error("", "", refusal.message)
            if dry_run or any(row.errors for row in rows):
                raise _DryRun
    except _DryRun:
        return Result(rows, stored=False)
    return Result(rows, stored=True)


def error_text(row, column, value, message):
    where = f"{row.line}行目" + (f" 「{column}」" if column else "")
    return f"{where}{f' の値「{value[:40]}」' if value else ''}: {message}"


def _too_big_to_post(text):
    """The preview sends the text back with 「取り込む」: a form field larger than Django accepts would be answered
    with a bare 400 after the secretariat had checked every row."""
    from django.conf import settings

    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return limit is not None and len(text.encode("utf-8")) > limit - 64 * 1024


def upload_step(request, run, *, what, command, done):
    """The browser's two steps: an upload is checked (a dry run) and shown; 「取り込む」 sends the checked text
    back and the import checks it again whole, so nothing the page sends is trusted. `run(data, dry_run)` is the
    import. Returns (redirect or None, context, status)."""
    upload = request.FILES.get("file")
    text = request.POST.get("text", "")
    storing = request.POST.get("step") == "import" and bool(text)
    try:
        if storing:
            data = text.encode("utf-8")
        elif upload is None:
            raise ActionRefused("取り込む CSV ファイルを選んでください。")
        elif upload.size > MAX_BYTES:
            raise ActionRefused(f"ファイルが大きすぎます ({MAX_BYTES // (1024 * 1024)} MB まで)。ファイルを分けて取り込んでください。")
        else:
            data = upload.read()
        result, closing = run(data, dry_run=not storing)
    except ActionRefused as exc:
        return None, {}, refused(request, exc)
    if result.stored:
        messages.success(request, closing)
        return redirect(done), {}, 302
    status = 400 if result.error_count else 200
    text = decode(data, what) if not result.error_count else ""
    context = {"result": result, "closing": closing, "text": text}
    if not storing and _too_big_to_post(text):
        messages.error(request, "このファイルはブラウザからは一度に取り込めない大きさです。ファイルを分けるか、"
                                f"コマンド ({command}) で取り込んでください。")
        context["text"], status = "", 400
    return None, context, status
