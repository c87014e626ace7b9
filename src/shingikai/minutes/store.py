"""Writing a parsed minutes file (DESIGN §3.1) as an imported meeting record: the implementation of
the `import_meeting` action (minutes/actions.py), which alone calls it, inside its transaction.

An archive lacks facts the live workflow insists on (attendance, quorum, how a decision was voted):
the meeting is stored with `imported=True` and `import_gaps` naming what the text did not say, rather
than refused or filled with invented facts. The same file again changes nothing; a corrected file of
the same meeting replaces that meeting's imported content. Either way the meeting's minutes land
as a draft, not public, until the secretariat publishes them.
"""
import datetime
import hashlib
import json
import re

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from shingikai import access
from shingikai.cases.models import Case, CaseDepartment, Category
from shingikai.councils.actions import create_council, create_municipality
from shingikai.councils.models import Council, Department, Municipality
from shingikai.errors import ActionRefused
from shingikai.history import delete_with_history
from shingikai.jp.text import compact
from shingikai.jp.wareki import fiscal_year, fiscal_year_label, parse_fiscal_year, to_wareki, wareki_year_label
from shingikai.meetings.actions import APPEAL_CLOSED_REASON, MAX_CUMULATIVE
from shingikai.meetings.models import AgendaItem, Attendance, Decision, FollowUp, Meeting, Turn
from shingikai.precedents.models import PrecedentMark
from shingikai.search import indexing

from .actions import check_may_change_import
from .case_numbers import CASE_NUMBER_RE
from .importer.conventions import FOLLOW_UP_MARKS
from .models import ImportRecord, Minutes

ITEM_KINDS = {"諮問": Case.Kind.CONSULTATION, "報告": Case.Kind.REPORT, "その他": Case.Kind.OTHER}
FOLLOW_UP_PREFIXES = (
    ("意見", FollowUp.Kind.OPINION), ("助言", FollowUp.Kind.OPINION), ("指摘", FollowUp.Kind.OPINION),
    ("対策例", FollowUp.Kind.OPINION), ("後日報告", FollowUp.Kind.REPORT_BACK), ("確認", FollowUp.Kind.REPORT_BACK),
)
NUMBER_RE = re.compile(r"第(\d+)回")
# 令和6年度第2回 (第2回会議): a 年度's 回, the only label whose number is stored as such (meeting_number).
FISCAL_NUMBER_RE = re.compile(r"(?:(?:令和|平成|昭和|[RHS])(?:元|\d{1,2})|\d{4})年度第(\d{1,3})回(?:会議|会)?")
# 平成22年第2回臨時会: a calendar year, not followed by 度.
CALENDAR_YEAR_RE = re.compile(r"(?:(?:令和|平成|昭和)(?:元|\d{1,2})|\d{4})年(?!度)")
MAX_NUMBER = 9999
IMPORTED_CLOSED_REASON = "会議録に非公開と記載"
# Rows per INSERT: well under SQLite's 32,766 bound variables for the widest row stored here.
BATCH = 500


def _slug(prefix, text):
    ascii_part = slugify(text or "")[:30]
    digest = hashlib.sha1((text or "").encode()).hexdigest()[:8]
    return f"{prefix}-{ascii_part + '-' if ascii_part else ''}{digest}"


def _text(value, field, limit=None):
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ActionRefused(f"{field} が文字列ではありません。")
    return value[:limit] if limit else value


def _list(value, field):
    if value is None:
        return []
    if not isinstance(value, list):
        raise ActionRefused(f"{field} がリストではありません。")
    return value


def _date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ActionRefused(f"日付が ISO 形式ではありません: {value}")


def _time(value):
    if not value:
        return None
    try:
        return datetime.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ActionRefused(f"時刻が HH:MM 形式ではありません: {value}")


def council_for_import(parsed, council_slug, by=None):
    """The council an import goes to: the one named by slug, else the one the text names (created as an
    imported-only council when this city does not know it). A council this system runs is found by its name
    only for its own secretariat (or an operator's command, `by` None): another city's secretariat would
    otherwise write meetings or 答申 into it, or replace those it imported."""
    if council_slug:
        council = Council.objects.filter(slug=council_slug).first()
        if council is None:
            raise ActionRefused(f"審議会 {council_slug} が見つかりません。")
        return council
    municipality_name = _text(parsed.get("municipality"), "municipality", 50).strip()
    council_name = _text(parsed.get("council_name"), "council_name", 120).strip()
    if not council_name or not municipality_name:
        # Worded for the review, where the two fields are; the command adds its --council (code "no_council").
        unread = "審議会の名称" if not council_name else "自治体名"
        raise ActionRefused(f"{unread}が読み取れません。確認画面の「会議」欄で、自治体と審議会の名称を会議録の記載どおりに"
                            "入力してください。", code="no_council")
    council = find_council(parsed)
    if council is not None:
        if not council.is_imported_only and by is not None and not access.is_secretariat(by, council):
            raise ActionRefused(f"この記録は{council.name}のもので、その審議会はこのシステムで運営されています。"
                                "その事務局のほかは取り込めません。")
        return council
    municipality = Municipality.objects.filter(name=municipality_name).first() or create_municipality(
        name=municipality_name, slug=_slug("m", municipality_name)
    )
    # The slug digests the city too: every town has its 議会運営委員会 and its 防災会議.
    return create_council(
        municipality, name=council_name, slug=_slug("c", f"{municipality_name} {council_name}"),
        is_imported_only=True,
        body_type=Council.BodyType.SHINSAKAI if council_name.endswith("審査会") else Council.BodyType.SHINGIKAI,
    )


def find_council(parsed):
    """The council already known under the 自治体 and 審議会の名称 the parse names, or None; creates nothing."""
    municipality_name = str(parsed.get("municipality") or "").strip()
    council_name = compact(str(parsed.get("council_name") or ""))
    if not municipality_name or not council_name:
        return None
    return next((c for c in Council.objects.filter(municipality__name=municipality_name)
                 if compact(c.name) == council_name), None)


def corrected_council(parsed, meeting, by=None):
    """The council a correction of an imported meeting stores it in: its own, unless the review changed the 自治体
    or 審議会の名称 it was imported under; then the council those name, found or created as on a first import."""
    record = meeting.import_records.first()
    before = record.parsed if record is not None else {}
    names = ("municipality", "council_name")
    if all(compact(str(parsed.get(k) or "")) == compact(str(before.get(k) or "")) for k in names):
        return meeting.council
    if not all(str(parsed.get(k) or "").strip() for k in names):
        raise ActionRefused("取込先の審議会を決めるため、自治体と審議会の名称の両方を入力してください。")
    return council_for_import(parsed, None, by)


def drop_unused_import_council(council):
    """Remove an imported-only council that nothing refers to any more (its last import deleted or moved to
    another council), and its municipality when that too was only imports': a name typed or misread in a
    review must not outlive it. The imported departments nothing refers to go with the municipality."""
    if council is None or not council.is_imported_only or _referenced(Council, {council.pk}, first=True):
        return
    municipality = council.municipality
    council.delete()
    if municipality.councils.exists() or municipality.departments.own().exists():
        return
    departments = set(municipality.departments.values_list("pk", flat=True))
    if _referenced(Department, departments):
        return
    Department.objects.filter(pk__in=departments).delete()
    if not _referenced(Municipality, {municipality.pk}, first=True):
        municipality.delete()


def _department(municipality, name):
    department, _ = Department.objects.get_or_create(municipality=municipality, name=name[:80],
                                                     defaults={"imported": True})
    return department


# 後日報告: 運用状況を報告すること: the parse writes a follow-up's kind before its text (importer/conventions.py,
# FOLLOW_UP_MARKS); the kind is stored as such, and the pages print it again before the text.
KIND_MARKS = {FollowUp.Kind.OPINION: FOLLOW_UP_MARKS["意見"], FollowUp.Kind.REPORT_BACK: FOLLOW_UP_MARKS["後日報告"],
              FollowUp.Kind.SUBMISSION: FOLLOW_UP_MARKS["資料提出"]}
KIND_MARK = re.compile(rf"^(?:{'|'.join(sorted({m.rstrip(': ') for m in FOLLOW_UP_MARKS.values() if m}))})[:：]\s*")


def _follow_up_kind(text):
    for prefix, kind in FOLLOW_UP_PREFIXES:
        if text.startswith(prefix):
            return kind
    if "提出" in text:
        return FollowUp.Kind.SUBMISSION
    return FollowUp.Kind.CONDITION


def parsed_condition(follow_up):
    """A stored follow-up as the parse writes it: its text, marked with its kind where the words alone would be read
    as another (exported, it imports again as the same follow-up)."""
    if _follow_up_kind(follow_up.text) == follow_up.kind:
        return follow_up.text
    return KIND_MARKS.get(follow_up.kind, "") + follow_up.text


def _follow_up(decision, text, department):
    """A condition or follow-up read from the minutes: its kind, its text without the parse's mark of the kind, and
    the item's department to answer it where the import read one. No 期限: a date in its words may be anything."""
    return FollowUp(decision=decision, kind=_follow_up_kind(text), text=KIND_MARK.sub("", text, count=1).strip(),
                    department=department, status=FollowUp.Status.NOT_TRACKED)


def clear_imported_content(meeting, by=None):
    """Remove what an import stored for the meeting, its cases too unless another meeting lists them.
    Each kind goes in one query (per related table), not row by row: a record can hold thousands.
    The secretariat's precedent marks on the removed cases (another case pinned or dismissed one of them as a
    precedent) go with them, in their history; returns how many marks went."""
    case_ids = list(Case.objects.filter(agenda_items__meeting=meeting, imported=True).values_list("pk", flat=True))
    named = (set(Case.objects.filter(pk__in=case_ids).values_list("department_id", flat=True))
             | set(CaseDepartment.objects.filter(case_id__in=case_ids).values_list("department_id", flat=True))
             | set(AgendaItem.departments.through.objects.filter(agendaitem__meeting=meeting)
                   .values_list("department_id", flat=True)))
    department_ids = set(Department.objects.filter(pk__in=named, imported=True).values_list("pk", flat=True))
    delete_with_history(meeting.turns.all(), by)
    delete_with_history(meeting.attendances.all(), by)
    _delete(FollowUp.objects.filter(decision__agenda_item__meeting=meeting), by)
    _delete(Decision.objects.filter(agenda_item__meeting=meeting), by)
    _delete(meeting.items.all(), by)
    orphans = Case.objects.filter(pk__in=case_ids, agenda_items__isnull=True)
    _delete(CaseDepartment.objects.filter(case__in=orphans), by)
    gone = list(orphans.values_list("pk", flat=True))
    marks = PrecedentMark.objects.filter(Q(precedent_id__in=gone) | Q(case_id__in=gone))
    marking_cases = list(marks.exclude(case_id__in=gone).values_list("case_id", flat=True).distinct())
    removed_marks = delete_with_history(marks, by)
    # The marking case's precedents are kept under its save time (search/precedents.py): it changed.
    Case.objects.filter(pk__in=marking_cases).update(updated_at=timezone.now())
    _delete(Case.objects.filter(pk__in=gone), by)
    # A department only imports named goes with the last of them (a name the city has is its own department).
    Department.objects.filter(pk__in=department_ids - _referenced(Department, department_ids)).delete()
    # The bulk deletes send no signals: the index learns of them here (the meeting's re-index covers
    # its turns, items and decisions; the removed cases lose their own entries).
    indexing.schedule("meeting", meeting.pk)
    indexing.schedule_many("case", gone)
    return removed_marks


def _delete(queryset, by):
    """Delete in bulk with history rows when nothing else refers to the rows, as for what an import
    created and nobody has touched since; otherwise through Django's cascade, which also removes what
    refers to them (a question asked, an answer citing the case), row by row with its signals."""
    model = queryset.model
    ids = list(queryset.values_list("pk", flat=True))
    if not ids:
        return
    if _referenced(model, ids, first=True):
        model.objects.filter(pk__in=ids).delete()
        return
    for field in model._meta.many_to_many:
        field.remote_field.through.objects.filter(**{f"{field.m2m_field_name()}__in": ids}).delete()
    if hasattr(model, "history"):
        delete_with_history(model.objects.filter(pk__in=ids), by)
    else:
        model.objects.filter(pk__in=ids)._raw_delete(queryset.db)


def _referenced(model, ids, first=False):
    """The ids among `ids` that a row of another table refers to (`first`: stop at the first found). Hidden
    relations (related_name="+") count as much as named ones; history rows keep the id, not a constraint."""
    found = set()
    for relation in model._meta.get_fields(include_hidden=True):
        if (not relation.auto_created or relation.concrete or relation.related_model._meta.auto_created
                or getattr(relation, "on_delete", None) is models.DO_NOTHING):
            continue  # not a relation to the model, an automatic many-to-many table, or a history table
        name = relation.field.name
        found |= set(relation.related_model.objects.filter(**{f"{name}__in": ids}).values_list(name, flat=True)
                     .distinct())
        if first and found:
            break
    return found


def _calendar_year(label):
    """The calendar year a label names (平成22年第2回臨時会 → 2010), not a 年度; None when it names none."""
    match = CALENDAR_YEAR_RE.search(compact(label or ""))
    return parse_fiscal_year(match.group(0) + "度") if match else None


def meeting_number(label, date):
    """(年度, 回) as stored for an imported meeting. The 回 is kept as a number only where the label is a 年度's
    第N回 as printed (令和6年度第2回); a calendar year's 回 (平成22年第2回臨時会), a running number (第51回) or a
    臨時会/定例会 stays in the label as written, which the meeting's pages show: numbering it within a 年度 the
    minutes never name would make another meeting of that 年度 and number (a 定例会 and a 臨時会) the same record.
    The 年度 is the label's, else the date's (for the lists by year). Refuses a 回 no council reaches."""
    flat = compact(label or "")
    fy = parse_fiscal_year(flat) if flat else None
    if fy is None and date is not None:
        fy = fiscal_year(date)
    for match in NUMBER_RE.finditer(flat):
        if int(match.group(1)) > MAX_NUMBER:
            raise ActionRefused(f"回次の「第{match.group(1)}回」は大きすぎます ({MAX_NUMBER:,} 回まで)。回次を確認してください。")
    numbered = FISCAL_NUMBER_RE.fullmatch(flat)
    return fy, (int(numbered.group(1)) if numbered and fy is not None else None)


def check_meeting_facts(date, label, start=None, end=None, today=None):
    """Refuse what published minutes cannot say: a meeting not yet held, a 回次 whose 年度 or year is not the
    date's, an end before the start. A slip typed on the review would otherwise be stored without a word."""
    today = today or timezone.localdate()
    if date is not None and date > today:
        raise ActionRefused(f"開催日 ({to_wareki(date)}) が今日より後です。公開された会議録の会議は開催済みです。開催日を確認してください。")
    flat = compact(label or "")
    labelled_fy = parse_fiscal_year(flat) if flat else None
    if date is not None and labelled_fy is not None and labelled_fy != fiscal_year(date):
        raise ActionRefused(f"回次の年度 ({fiscal_year_label(labelled_fy)}) と開催日 ({to_wareki(date)}、"
                            f"{fiscal_year_label(fiscal_year(date))}) が合いません。回次か開催日を確認してください。")
    year = _calendar_year(label) if labelled_fy is None else None
    if date is not None and year is not None and year != date.year:
        raise ActionRefused(f"回次の年 ({wareki_year_label(datetime.date(year, 12, 31))}) と開催日 ({to_wareki(date)}) が"
                            "合いません。回次か開催日を確認してください。")
    if start is not None and end is not None and end < start:
        raise ActionRefused(f"終了時刻 ({end:%H:%M}) が開始時刻 ({start:%H:%M}) より前です。時刻を確認してください。")


def _label_key(meeting):
    return compact(meeting.title_as_written if meeting.imported else meeting.label)


def meetings_like(council, date, label, fy, number, exclude=None):
    """The meetings of the council that may be the one a parse describes, as (meeting, same): `same` when it is
    that meeting (the same day and label as printed, one of them not known, or the same 年度 and 回), otherwise a
    meeting held the same day under another label (a 回次 missing or corrected, or another session that day)."""
    if council is None or council.pk is None:
        return []
    near = Q(date=date) if date is not None else Q(pk__in=[])
    if number is not None:
        near |= Q(fiscal_year=fy, number=number)
    key = compact(label)
    if key:
        near |= Q(date__isnull=True) if date is not None else Q(pk__isnull=False)
        if date is not None:
            near |= Q(title_as_written__isnull=False) & ~Q(title_as_written="")
    found = []
    for candidate in Meeting.objects.filter(council=council).filter(near).exclude(pk=getattr(exclude, "pk", None)):
        other = _label_key(candidate)
        same_number = number is not None and (candidate.fiscal_year, candidate.number) == (fy, number)
        days_agree = date is None or candidate.date is None or candidate.date == date
        labels_agree = not key or not other or key == other
        # A meeting the council runs here, held on another day under the same 回次: another meeting whose number
        # clashes (one of the two 回次 is wrong), not this one, and never replaced by an import.
        other_day = date is not None and candidate.date is not None and candidate.date != date
        if same_number and other_day and not candidate.imported:
            found.append((candidate, False))
        elif same_number or (days_agree and labels_agree and ((date is not None and candidate.date == date) or key)):
            found.append((candidate, True))
        elif date is not None and candidate.date == date:
            found.append((candidate, False))
    return found


def _meeting_to_write(council, meeting, replace, as_new, identity, parsed, sha256, by):
    """The meeting a parse is written onto (None: a new one), or ("unchanged", meeting). A meeting already stored
    is never replaced silently: the same meeting is replaced only when the caller says so (`replace`: the meeting
    chosen on the review, or True for the same meeting, the command's --replace), and a parse of a day that
    already has a meeting under another label is a new meeting only when the caller says so (`as_new`)."""
    date, label, fy, number = identity
    found = meetings_like(council, date, label, fy, number, exclude=meeting)
    same = [m for m, is_same in found if is_same]
    if meeting is not None:
        if same:
            raise ActionRefused(f"{council} {same[0].label}{_on(same[0])} はすでにあります。回次と開催日を確認してください。")
        return meeting
    if isinstance(replace, Meeting):
        if replace.pk not in {m.pk for m, _ in found} or any(m.pk != replace.pk for m in same):
            raise ActionRefused(f"置き換えられるのは、{council} の同じ日か同じ回次の会議だけです。回次と開催日を確認してください。")
        return replace
    if same:
        existing = same[0]
        latest = existing.import_records.first()
        if latest is not None and sha256 and latest.sha256 == sha256 and latest.parsed == _as_json(parsed):
            check_may_change_import(existing, by)
            return "unchanged", existing
        if not existing.imported:
            raise ActionRefused(f"{existing} はこのシステムで運営している会議のため、取込で上書きしません。")
        check_may_change_import(existing, by)
        if replace is True:
            return existing
        raise ActionRefused(f"{council} {existing.label}{_on(existing)} は取込済みです{_published(existing)}。"
                            "同じ会議の訂正したファイルなら、確認画面の「この会議を置き換える」を選んで取り込んでください。",
                            code="already_imported")
    clashing = [m for m, _ in found if number is not None and (m.fiscal_year, m.number) == (fy, number)]
    if clashing and not as_new:
        names = "、".join(f"{m.label}{_on(m)}" for m in clashing)
        raise ActionRefused(f"{council} に同じ回次の別の日の会議 ({names}) があります。別の会議なら「別の会議として取り込む」を"
                            "選んでください (回次を付けずに、会議録に書かれた回次のまま保存します)。", code="same_number")
    if found and not as_new:
        names = "、".join(f"{m.label}" for m, _ in found)
        raise ActionRefused(f"{council} の{to_wareki(date)}の会議 ({names}) が取込済みです。同じ会議なら「置き換える」を、"
                            "同じ日の別の会議なら「別の会議として取り込む」を選んでください。", code="same_day")
    return None


def cumulative_number(value):
    """The 通算第N回 the minutes printed, kept as printed: the council's next meeting follows it
    (meetings.actions.plan_meeting). Anything but a count the review's field takes is dropped."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_CUMULATIVE else None


def _on(meeting):
    return f" ({to_wareki(meeting.date)})" if meeting.date else ""


def _published(meeting):
    return " (公開中)" if Minutes.objects.filter(meeting=meeting, state=Minutes.State.PUBLISHED).exists() else ""


def write_parsed(parsed, *, council_slug=None, meeting=None, source_name="", sha256="", importer_version="",
                 by=None, replace=None, as_new=False):
    """Store one parsed minutes object. Returns (meeting, "imported" | "updated" | "unchanged").

    `meeting` is the imported meeting being corrected; without it the meeting is identified by council, date and
    回次 as printed (meetings_like), and one already stored is replaced only as `replace` says (_meeting_to_write).
    Call only from the `import_meeting` action, which holds the transaction.
    """
    if not isinstance(parsed, dict):
        raise ActionRefused("取込データが JSON オブジェクトではありません。")
    council = (meeting.council if meeting is not None and not council_slug
               else council_for_import(parsed, council_slug, by))
    date = _date(parsed.get("date"))
    label = _text(parsed.get("meeting_label"), "meeting_label").strip()
    if date is None and not compact(label):
        raise ActionRefused("開催日も回次も読み取れないため、会議を特定できません。")
    start_time, end_time = _time(parsed.get("start_time")), _time(parsed.get("end_time"))
    check_meeting_facts(date, label, start_time, end_time)
    fy, number = meeting_number(label, date)

    target = _meeting_to_write(council, meeting, replace, as_new, (date, label, fy, number), parsed, sha256, by)
    if isinstance(target, tuple):
        return target[1], "unchanged"
    meeting = target
    if number is not None and Meeting.objects.filter(council=council, fiscal_year=fy, number=number).exclude(
            pk=getattr(meeting, "pk", None)).exists():
        # Stored as another meeting beside one holding its 回次 (as_new): it keeps the 回次 as written only
        # (title_as_written), until the secretariat corrects whichever number is wrong.
        number = None
    if meeting is not None and not meeting.imported:
        raise ActionRefused(f"{meeting} はこのシステムで運営している会議のため、取込で上書きしません。")
    if meeting is not None:
        # A file of the same meeting replaces it: only who may change that import may do so.
        check_may_change_import(meeting, by)
    latest = meeting.import_records.first() if meeting is not None else None
    if latest is not None and sha256 and latest.sha256 == sha256 and _as_json(parsed) in (
            latest.parsed, _as_json(with_confirmed_topics(meeting, latest.parsed))):
        return meeting, "unchanged"
    status = "updated" if meeting is not None else "imported"
    marks, topics = [], {}
    if meeting is None:
        meeting = Meeting(council=council, imported=True, state=Meeting.State.HELD)
    else:
        marks, topics = _precedent_marks(meeting), _confirmed_topics(meeting)
        clear_imported_content(meeting, by)
        meeting.council = council  # a corrected 自治体 or 審議会の名称 (corrected_council) moves the meeting

    gaps = []
    absent = parsed.get("members_absent")
    if absent is None:
        gaps.append("members_absent")
    if not parsed.get("members_present"):
        gaps.append("attendance")
    gaps.append("quorum")
    meeting.fiscal_year, meeting.number = fy, number
    meeting.date = date
    meeting.start_time, meeting.end_time = start_time, end_time
    # A meeting the review marks closed keeps its minutes off the public pages, as a closed meeting of the council's own.
    meeting.is_public = parsed.get("public") is not False
    meeting.closed_reason = "" if meeting.is_public else IMPORTED_CLOSED_REASON
    meeting.place = _text(parsed.get("place"), "place", 200)
    meeting.title_as_written = label[:300] if label else ""
    meeting.cumulative_number = cumulative_number(parsed.get("cumulative_number"))
    observers = parsed.get("observers")
    meeting.observers = observers if isinstance(observers, int) and 0 <= observers < 32768 else None
    meeting.presiding_name = _text(parsed.get("chair"), "chair", 50)
    meeting.import_gaps = gaps
    meeting.save()

    user = by if getattr(by, "is_authenticated", False) else None
    attendances = [
        Attendance(meeting=meeting, kind=Attendance.Kind.MEMBER, name=_text(name, "member", 100), present=present)
        for key, present in (("members_present", True), ("members_absent", False))
        for name in _list(parsed.get(key), key)
    ]
    bulk_create_with_history(attendances, Attendance, batch_size=BATCH, default_user=user)

    raw_items = _list(parsed.get("items"), "items")
    if not all(isinstance(raw, dict) for raw in raw_items):
        raise ActionRefused("items の要素がオブジェクトではありません。")
    items = _store_items(meeting, raw_items, user, topics, turns=parsed.get("turns"))
    _restore_precedent_marks(marks, items, user)

    turns = []
    for order, raw in enumerate(_list(parsed.get("turns"), "turns"), start=1):
        if not isinstance(raw, dict):
            raise ActionRefused("turns の要素がオブジェクトではありません。")
        index = raw.get("item")
        item = items[index] if isinstance(index, int) and 0 <= index < len(items) else None
        role = raw.get("role") if raw.get("role") in Turn.Role.values else Turn.Role.OTHER
        turns.append(Turn(
            meeting=meeting, agenda_item=item, order=order, role=role,
            speaker_label=_text(raw.get("speaker"), "speaker", 100) or "不明", text=_text(raw.get("text"), "text"),
        ))
    bulk_create_with_history(turns, Turn, batch_size=BATCH, default_user=user)

    # New or replaced content is checked before the public sees it: the minutes land as a draft.
    # The kind of record as its heading names it (actions.record_style); the council's own style would be a guess.
    style = parsed.get("record_style") if parsed.get("record_style") in Council.MinutesStyle.values else ""
    Minutes.objects.update_or_create(
        meeting=meeting, defaults={"style": style, "state": Minutes.State.DRAFT, "published_on": None},
    )
    ImportRecord.objects.create(
        meeting=meeting, source_name=source_name[:300], sha256=sha256, importer_version=importer_version,
        parsed=_as_json(parsed), imported_by=by if getattr(by, "is_authenticated", False) else None,
    )
    return meeting, status


def _precedent_marks(meeting):
    """The precedent marks on the meeting's imported cases, as (case title, side, mark), before a correction
    replaces the cases."""
    cases = Case.objects.filter(agenda_items__meeting=meeting, imported=True)
    return ([(m.precedent.title, "precedent", m) for m in PrecedentMark.objects.filter(precedent__in=cases)
             .select_related("precedent")]
            + [(m.case.title, "case", m) for m in PrecedentMark.objects.filter(case__in=cases).select_related("case")])


def _confirmed_topics(meeting):
    """{case title: 題目} of the meeting's imported cases, before a correction replaces them."""
    return {title: topic for title, topic in Case.objects.filter(agenda_items__meeting=meeting, imported=True)
            .exclude(topic="").order_by("-pk").values_list("title", "topic")}


def with_confirmed_topics(meeting, parsed):
    """The stored parse with each item's 題目 as its case carries it now: a 題目 confirmed on the topic review after the
    import lives on the case only, and a correction reopened from the parse would otherwise show it empty."""
    if not isinstance(parsed.get("items"), list):
        return parsed
    topics = dict(AgendaItem.objects.filter(meeting=meeting, case__imported=True).exclude(case__topic="")
                  .values_list("order", "case__topic"))
    return {**parsed, "items": [{**item, "topic": topics[n]} if isinstance(item, dict) and n in topics else item
                                for n, item in enumerate(parsed["items"], start=1)]}


def _restore_precedent_marks(marks, items, user):
    """A corrected import keeps the secretariat's precedent marks on the cases it still holds (same title);
    marks on a case the correction dropped stay removed, in their history."""
    by_title = {}
    for item in items:
        by_title.setdefault(item.title, item.case_id)
    kept = set(PrecedentMark.objects.filter(pk__in=[m.pk for _, _, m in marks]).values_list("pk", flat=True))
    restored = {}
    for title, side, mark in marks:
        if mark.pk in kept or title not in by_title:
            continue  # a case another meeting still lists keeps its marks; a dropped case loses them
        pair = {"case_id": mark.case_id, "precedent_id": mark.precedent_id, f"{side}_id": by_title[title]}
        restored.setdefault((pair["case_id"], pair["precedent_id"]), PrecedentMark(
            **pair, kind=mark.kind, note=mark.note, marked_by_id=mark.marked_by_id))
    bulk_create_with_history(list(restored.values()), PrecedentMark, default_user=user)


def _as_json(parsed):
    """The parse as a JSONField gives it back, to compare a new parse with a stored one."""
    return json.loads(json.dumps(parsed, ensure_ascii=False, default=str))


def item_publicity(council, raw, title):
    """(公開, 非公開の理由) of an imported item: closed where the minutes or the review say so; in a council this
    system runs, an item on a 審査請求 is closed whatever the review says, as on that council's own agenda."""
    if not council.is_imported_only and "審査請求" in title:
        return False, APPEAL_CLOSED_REASON
    if raw.get("public") is False:
        return False, IMPORTED_CLOSED_REASON
    return True, ""


def _printed_number(raw, kind, index, turns):
    """The 諮問番号 the minutes print for the item: the item's own `number` where the review gave one, else the one
    number of its kind its turns name (「諮問第10号については承認とする」); none where they name several."""
    from shingikai.cases import numbering

    given = raw.get("number")
    if isinstance(given, str) and given.strip():
        return numbering.normalise(given, kind)[:30]
    if kind not in ("諮問", "報告"):
        return ""
    named = {numbering.number_value(m.group(0), kind)
             for turn in turns if isinstance(turn, dict) and turn.get("item") == index
             for m in CASE_NUMBER_RE.finditer(compact(str(turn.get("text") or "")))}
    named.discard(None)
    return f"{kind}第{named.pop()}号" if len(named) == 1 else ""


def _numbered_case(council, kind, number, date):
    """The council's case already carrying `number`, which an imported item of that number is: one case heard at
    several meetings (継続審議, then 承認). Where the council numbers per 年度, only a case of this 年度 or the
    one before (a case carried over across April) is the same case."""
    from shingikai.cases import numbering

    value = numbering.number_value(number, kind)
    candidates = Case.objects.filter(council=council, kind=kind).filter(
        Q(number=number) | Q(number__contains="第")).order_by("-pk")
    years = None
    if date is not None and council.case_series != Council.CaseSeries.CONTINUOUS:
        years = {fiscal_year(date), fiscal_year(date) - 1}
    for case in candidates:
        if case.number != number and (value is None or numbering.number_value(case.number, kind) != value):
            continue
        if years is not None:
            heard = {fiscal_year(d) for d in case.agenda_items.exclude(meeting__date=None)
                     .values_list("meeting__date", flat=True)}
            if case.accepted_at:
                heard.add(fiscal_year(timezone.localdate(case.accepted_at)))
            if heard and not heard & years:
                continue
        return case
    return None


def _settle_joined(case, meeting, status):
    """An imported case heard again: it takes the outcome of the latest meeting that heard it. A case the
    council runs here, or one answered, keeps its own state."""
    if not case.imported or case.status in (Case.Status.ANSWERED, Case.Status.WITHDRAWN):
        return
    later = case.agenda_items.exclude(meeting=meeting).filter(meeting__date__gt=meeting.date) if meeting.date else None
    if later is not None and later.exists():
        return
    if case.status != status:
        case.status = status
        case.version += 1
        case.save(update_fields=["status", "version", "updated_at"])


def _store_items(meeting, raw_items, user, topics, turns=None):
    """Cases, agenda items, their departments, decisions and conditions, each kind in one bulk insert
    (with its history rows); returns the agenda items in order. `topics`: the 題目 a corrected meeting's cases
    carried, by title, kept by an item of the same title that was given none (a re-imported file has none).
    An item numbered as a case the council already has (諮問第10号 heard before) is put on that case."""
    municipality = meeting.council.municipality
    departments_by_name = {}
    turns = turns if isinstance(turns, list) else []
    joined = {}

    def department(name):
        if name not in departments_by_name:
            departments_by_name[name] = _department(municipality, name)
        return departments_by_name[name]

    cases, items, item_departments, outcomes, conditions = [], [], [], [], []
    for order, raw in enumerate(raw_items, start=1):
        kind = ITEM_KINDS.get(raw.get("kind"), Case.Kind.OTHER)
        title = _text(raw.get("title"), "title", 500) or "件名不明"
        names = [n.strip() for n in _list(raw.get("departments"), "departments") if isinstance(n, str) and n.strip()]
        departments = list(dict.fromkeys(department(n) for n in names))
        categories = [Category.from_label(c) for c in _list(raw.get("categories"), "categories")]
        outcome = raw.get("outcome")
        if outcome not in Decision.Outcome.values:
            outcome = Decision.Outcome.UNKNOWN
        status = Case.Status.CONTINUED if outcome == Decision.Outcome.CONTINUED else Case.Status.DECIDED
        number = _printed_number(raw, kind, order - 1, turns)
        existing = _numbered_case(meeting.council, kind, number, meeting.date) if number else None
        if existing is not None and existing.pk not in {c.pk for c in joined.values()}:
            joined[order] = existing
            _settle_joined(existing, meeting, status)
        cases.append(joined.get(order) or Case(
            council=meeting.council, department=departments[0] if departments else department(Department.UNKNOWN_NAME),
            kind=kind, title=title, imported=True, topic=_text(raw.get("topic"), "topic", 100) or topics.get(title, ""),
            status=status, number="" if existing is not None else number,
            categories=[c for c in categories if c],
            legal_bases=[b for b in _list(raw.get("legal_basis"), "legal_basis") if isinstance(b, str)],
        ))
        is_public, closed_reason = item_publicity(meeting.council, raw, title)
        items.append(AgendaItem(meeting=meeting, order=order, kind=kind, title=title, is_public=is_public,
                                closed_reason=closed_reason))
        item_departments.append(departments)
        outcomes.append(outcome)
        conditions.append([t for t in _list(raw.get("conditions"), "conditions") if isinstance(t, str) and t.strip()])
    _created([c for c in cases if c.pk is None], Case, user)
    for item, case in zip(items, cases):
        item.case = case
    items = _created(items, AgendaItem, user)

    involved, links, decisions, decided_conditions = [], [], [], []
    for case, item, departments, outcome, texts in zip(cases, items, item_departments, outcomes, conditions):
        if case not in joined.values():
            involved += [CaseDepartment(case=case, department=d, role=CaseDepartment.Role.IMPLEMENTING)
                         for d in departments[1:]]
        links += [AgendaItem.departments.through(agendaitem=item, department=d) for d in departments]
        # An 不明 outcome is stored only when conditions need a decision to hang on.
        if outcome != Decision.Outcome.UNKNOWN or texts:
            decisions.append(Decision(agenda_item=item, case=case, outcome=outcome,
                                      vote_method=Decision.VoteMethod.UNKNOWN, imported=True))
            decided_conditions.append((texts, departments[0] if departments else None))
    CaseDepartment.objects.bulk_create(involved, batch_size=BATCH)
    AgendaItem.departments.through.objects.bulk_create(links, batch_size=BATCH)
    follow_ups = [_follow_up(decision, text, department)
                  for decision, (texts, department) in zip(_created(decisions, Decision, user), decided_conditions)
                  for text in texts]
    bulk_create_with_history(follow_ups, FollowUp, batch_size=BATCH, default_user=user)
    return items


def _created(objects, model, user):
    """Insert in bulk with history and return the objects carrying their primary keys (SQLite and
    PostgreSQL both return them from a bulk insert)."""
    bulk_create_with_history(objects, model, batch_size=BATCH, default_user=user)
    if any(o.pk is None for o in objects):
        raise ActionRefused("取込データを保存できませんでした。")
    return objects
