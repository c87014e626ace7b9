"""The import of a city's past 開示請求 (its earlier years' register, kept in Excel) from a CSV in the columns the
secretariat's 受付簿.csv writes (register_csv.COLUMNS), as Excel saves it (UTF-8 with or without BOM, cp932).

Each row is entered as the request was handled, step by step through the register's actions: record_request
(the 請求日 confirmed, as a register's earlier years are), then the extension, the 特例延長 and its 相当の部分, the
decision (or 取下げ, 移送), the 開示の実施 and the 提供先への通知, each checking what it checks on the screens. The
受付番号, the 決定期限 and the 状態 are the actions' own: the export's columns for them are not read. One row
refused stores none of the file; a dry run goes through the same actions and rolls back (csv_import).

The requester's name and contact are read from two optional columns and stored as a request typed in stores
them (the secretariat alone sees them); no line, preview or JSON of the import repeats them.
"""
import re
import unicodedata
from dataclasses import dataclass

from shingikai import csv_import
from shingikai.csv_import import compact
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki

from . import actions, deadlines
from .access import secretariat_municipality_ids
from .models import DisclosureRequest, GroundCategory
from .register_csv import COLUMNS, COMPUTED, DATES

Kind = DisclosureRequest.Kind
Decision = DisclosureRequest.Decision
REQUIRED = ("kind", "department", "received_on", "documents", "requester_category")
EXTENSION = ("extended_due", "extension_reason", "extension_notice_on")
SPECIAL = ("special_reason", "special_notice_on", "special_final_by")
PORTION = ("portion_decision", "portion_decided_on", "portion_scope")
WITHHOLDING = (Decision.PARTIAL, Decision.NONE, Decision.NEITHER)
IMPORTED_DATES = sorted(DATES - set(COMPUTED))


@dataclass
class Row(csv_import.Row):
    kind: str = ""
    department: str = ""
    received_on: object = None
    decision: str = ""
    decided_on: object = None
    number: str = ""
    first_due: object = None


def _choice(text, choices):
    """The value of a choice written as its value, its label or the label's first word (公文書開示請求)."""
    words = compact(text)
    for value, label in choices:
        if words in {compact(value), compact(label), compact(label.split(" ")[0])}:
            return value
    return None


def _grounds(row, heading, text):
    """「条例第7条第2号 (個人に関する情報)」, one a line (or separated by 、), as (article, category)."""
    grounds = []
    for part in filter(None, (p.strip() for p in re.split(r"[\n、;；]", text))):
        found = re.fullmatch(r"(.+?)\s*[(（](.+)[)）]", part)
        category = _choice(found.group(2), GroundCategory.choices) if found else None
        if category is None:
            row.error(heading, part, "「条例第7条第2号 (個人に関する情報)」のように、条項と括弧書きの類型を1行に1つ書いてください。"
                                     f" 類型: {'・'.join(GroundCategory.values)}")
            continue
        grounds.append((found.group(1).strip(), category))
    return grounds


def _yen(row, heading, text):
    digits = re.sub(r"[,，円\s]", "", unicodedata.normalize("NFKC", text))
    if text and not digits.isdigit():
        row.error(heading, text, "金額として読み取れません (例: 300、1,200円)。")
    return int(digits) if digits.isdigit() else 0


def _read(row, cells, departments):
    """The row's cells as the actions' arguments; what cannot be read goes to row.errors."""
    heading = csv_import.headings_of(REGISTER)
    cells = csv_import.cells_of(row, cells, REGISTER)
    for key in REQUIRED:
        if not cells.get(key, ""):
            row.error(heading[key], "", "空欄です。")
    entry = {key: cells.get(key, "") for key in heading if key not in COMPUTED}
    for key in IMPORTED_DATES:
        entry[key] = csv_import.date_cell(row, heading[key], cells.get(key, ""))
    csv_import.check_lengths(row, DisclosureRequest, {key: entry[key] for key in ("requester_name", "requester_contact",
                                                                            "transferred_to")}, heading)
    written = cells.get("kind", "")
    entry["kind"] = _choice(written, Kind.choices) if written else None
    if written and entry["kind"] is None:
        row.error(heading["kind"], written, "請求の種類は " + "・".join(k.label.split(" ")[0] for k in Kind) + " のいずれかです。")
    written = cells.get("requester_category", "")
    entry["requester_category"] = _choice(written, DisclosureRequest.RequesterCategory.choices) if written else None
    if written and entry["requester_category"] is None:
        row.error(heading["requester_category"], written,
                  "請求者の区分は " + "・".join(DisclosureRequest.RequesterCategory.labels) + " のいずれかです。")
    written = cells.get("department", "")
    entry["department"] = departments.get(compact(written))
    if written and entry["department"] is None:
        row.error(heading["department"], written, "この自治体の課に見つかりません。課名 (部名と課名) を確かめてください。")
    row.department = entry["department"].name if entry["department"] else written
    for key in ("decision", "portion_decision"):
        written = cells.get(key, "")
        entry[key] = _choice(written, Decision.choices) if written else ""
        if written and entry[key] is None:
            row.error(heading[key], written, "決定の種類として読み取れません (全部開示、部分開示、不開示、取下げ、移送 など)。")
    entry["grounds"] = _grounds(row, heading["grounds"], cells.get("grounds", ""))
    entry["fee_yen"] = _yen(row, heading["fee_yen"], cells.get("fee_yen", ""))
    row.kind = entry["kind"] and Kind(entry["kind"]).label.split(" ")[0]
    row.received_on, row.decision, row.decided_on = entry["received_on"], entry["decision"], entry["decided_on"]
    return entry


def _extension_days(request, extended_due, special):
    """The days of the extension whose deadline the register gives, counted as the city counts them. A 特例延長
    after it replaced that deadline (the export leaves it blank): any length gives the same record then."""
    rules = deadlines.rules_for(request.municipality)
    ceiling = deadlines.periods(request.kind, rules)[1]
    if extended_due is None:
        if special:
            return ceiling
        raise ActionRefused("延長を記録するには「延長後の期限」を書いてください。")
    for days in range(1, ceiling + 1):
        if deadlines.extended_due(request.kind, request.received_on, days, rules) == extended_due:
            return days
    raise ActionRefused(f"延長後の期限 ({to_wareki(extended_due)}) は、請求日とこの市の期間の設定 (延長は{ceiling}日まで) "
                        "からは得られない日です。日付か、開示請求の期間の設定を確かめてください。")


def _withheld(entry):
    """(the 相当の部分's, the rest's) 不開示とした部分. The register keeps them as one text, the portion's first
    (actions._joined); both decisions 部分開示 take the first line and the others."""
    text = entry["withheld_summary"]
    portion, rest = entry["portion_decision"] == Decision.PARTIAL, entry["decision"] == Decision.PARTIAL
    if portion and rest:
        first, _, others = text.partition("\n")
        return first, others
    return (text, "") if portion else ("", text)


def _enter(entry, by):
    request = actions.record_request(
        entry["department"], kind=entry["kind"], received_on=entry["received_on"], documents=entry["documents"],
        requester_category=entry["requester_category"], requester_name=entry["requester_name"],
        requester_contact=entry["requester_contact"], by=by, date_confirmed=True)
    special = any(entry[key] for key in SPECIAL)
    if any(entry[key] for key in EXTENSION):
        request = actions.extend_deadline(request, days=_extension_days(request, entry["extended_due"], special),
                                          reason=entry["extension_reason"], notice_on=entry["extension_notice_on"], by=by)
    if special:
        request = actions.extend_specially(request, reason=entry["special_reason"], final_by=entry["special_final_by"],
                                           notice_on=entry["special_notice_on"], by=by)
    portion_withheld, withheld = _withheld(entry)
    if any(entry[key] for key in PORTION):
        request = actions.decide_special_portion(
            request, decision=entry["portion_decision"], decided_on=entry["portion_decided_on"],
            scope=entry["portion_scope"], withheld_summary=portion_withheld, by=by,
            grounds=entry["grounds"] if entry["portion_decision"] in WITHHOLDING else ())
    decision = entry["decision"]
    if decision == Decision.WITHDRAWN:
        request = actions.withdraw_request(request, on=entry["decided_on"], by=by)
    elif decision == Decision.TRANSFERRED:
        request = actions.transfer_request(request, on=entry["decided_on"], transferred_to=entry["transferred_to"], by=by)
    elif decision:
        request = actions.decide_request(
            request, decision=decision, decided_on=entry["decided_on"], withheld_summary=withheld,
            grounds=entry["grounds"] if decision in WITHHOLDING else (), fee_yen=entry["fee_yen"],
            reason=entry["refusal_reason"], by=by)
    elif entry["decided_on"]:
        raise ActionRefused("決定日がありますが「決定」が空欄です。")
    if entry["disclosure_on"]:
        request = actions.record_disclosure(request, on=entry["disclosure_on"], by=by)
    if entry["providers_notified_on"]:
        request = actions.record_provider_notice(request, on=entry["providers_notified_on"], by=by)
    return request


def import_requests(municipality, data, *, by=None, dry_run=False):
    """Read `data` (the CSV's bytes) and enter each row's request; all or none. Refused (ActionRefused) for a file
    that is no register; otherwise a Result listing every row with its errors, stored only when none has any."""
    if by is not None and municipality.pk not in secretariat_municipality_ids(by):
        raise ActionRefused("開示請求の受付簿を取り込めるのはこの自治体の事務局のみです。")
    rows_in = csv_import.read_table(csv_import.decode(data, REGISTER.what), REGISTER)
    departments = csv_import.departments_of(municipality)

    def read(line, cells):
        row = Row(line)
        return row, _read(row, cells, departments)

    def enter(row, entry):
        request = _enter(entry, by)
        row.number, row.first_due = request.number, request.first_due

    return csv_import.enter_all(rows_in, read, enter, dry_run=dry_run)


def row_text(row):
    """What the row adds, in one line of Japanese (never the requester)."""
    ended = f"、{row.decision} {to_wareki(row.decided_on)}" if row.decision else "、決定待ち"
    return (f"{row.number} {row.kind} ({row.department}、{to_wareki(row.received_on)}請求、"
            f"決定期限 {to_wareki(row.first_due)}{ended})")


REGISTER = csv_import.Register(
    what="開示請求の受付簿", export_name="受付簿の「開示請求受付簿.csv」", columns=COLUMNS,
    optional={"請求者の氏名・名称": "requester_name", "請求者の連絡先": "requester_contact"}, unit="件の請求",
    row_text=row_text)
summary_lines = REGISTER.summary_lines
closing_line = REGISTER.closing_line
as_json = REGISTER.as_json
