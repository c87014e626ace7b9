"""本人の記録を探す: every record of one city that holds a given person's name, for the secretariat answering
that person's 開示・訂正・利用停止請求 about what the councils hold on them: the disclosure register, members and
staff, cases, meetings and minutes, the registers' texts, and the earlier values their change history keeps.

A name matches however it is spaced or in whichever width it is typed (「南 花子」 = 「南花子」 = 「南　花子」), in
either kana and in either form of its kanji (髙橋 = 高橋), as the search boxes find a word (jp.text). Secretariat
only, its own city only; never indexed for search; each search is recorded (SubjectSearch) by the view that runs it.
"""
import csv
import io
import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from shingikai.cases.models import Case, ChecklistAnswer, Question
from shingikai.councils.models import Council, Membership, Person, Staff
from shingikai.excel import excel_safe
from shingikai.jp.text import name_search_pattern
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import Turn
from shingikai.minutes.models import Amendment, Minutes
from shingikai.registers import access as register_rules
from shingikai.registers.models import (Assessment, AssessmentDocument, Audit, AuditFinding, Incident, Inspection,
                                        PersonalInfoFile)

from .models import Appeal, AppealEvent, DisclosureRequest, ThirdPartyOpinion

#: Shortest name searched: one letter would list most of the city's records.
MIN_LENGTH = 2
EXCERPT = 30


@dataclass
class Hit:
    kind: str
    record: str
    field: str
    excerpt: str
    url: str
    date: object = None

    @property
    def date_label(self):
        return to_wareki(self.date) if self.date else ""


name_pattern = name_search_pattern


def _excerpt(text, regex):
    found = regex.search(text or "")
    if found is None:
        return ""
    start, end = max(found.start() - EXCERPT, 0), min(found.end() + EXCERPT, len(text))
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _matching(queryset, fields, pattern):
    query = Q()
    for field in fields:
        query |= Q(**{f"{field}__regex": pattern})
    return queryset.filter(query)


def _hit_maker(model, regex, kind, record, url, date=lambda obj: None):
    """The Hit of one field's value of one `model` row, `note` marking where the value was found besides the
    row itself (its history, its pending 変更案)."""
    def hit(obj, field, value, note=""):
        label = str(model._meta.get_field(field).verbose_name)
        return Hit(kind, record(obj), label + note, _excerpt(value, regex), url(obj), date(obj))
    return hit


def _hits(queryset, fields, pattern, regex, kind, record, url, date=lambda obj: None):
    """One hit per matching field of each matching row, then one per earlier value of a field that named the
    person in the change history (django-simple-history) and has since been changed. Two queries at most for
    the history, however many rows match."""
    hit = _hit_maker(queryset.model, regex, kind, record, url, date)
    hits = []
    for obj in _matching(queryset, fields, pattern):
        for field in fields:
            value = getattr(obj, field) or ""
            if regex.search(value):
                hits.append(hit(obj, field, value))
    for obj, field, value in _earlier_values(queryset, fields, pattern, regex):
        hits.append(hit(obj, field, value, EARLIER))
    return hits


#: Marks a row found in the change history: a value the record held once and holds no longer.
EARLIER = " (変更前の値)"


def _earlier_values(queryset, fields, pattern, regex):
    """(current record, field, earlier value) for each distinct earlier value naming the person, of the records
    still in `queryset`. A deleted record's history is left out: there is no page left to open it on."""
    manager = getattr(queryset.model._meta, "simple_history_manager_attribute", None)
    if manager is None:
        return []
    history = getattr(queryset.model, manager).model
    kept = [field for field in fields if any(f.name == field for f in history._meta.fields)]
    if not kept:
        return []
    key = queryset.model._meta.pk.attname
    rows = _matching(history.objects.filter(**{f"{key}__in": queryset.order_by().values("pk")}), kept, pattern)
    rows = list(rows.order_by("history_date", "history_id").values(key, *kept))
    if not rows:
        return []
    current = queryset.in_bulk({row[key] for row in rows})
    found, seen = [], set()
    for row in rows:
        obj = current.get(row[key])
        for field in kept:
            value = row[field] or ""
            if obj is None or not regex.search(value) or value == (getattr(obj, field) or ""):
                continue
            if (obj.pk, field, value) not in seen:
                seen.add((obj.pk, field, value))
                found.append((obj, field, value))
    return found


def _text_fields(model, *also):
    names = [f.name for f in model._meta.get_fields()
             if getattr(f, "get_internal_type", lambda: "")() == "TextField" and not f.is_relation]
    return [*also, *names]


def find(municipality, name):
    """Every place in `municipality`'s records where `name` is written, newest kinds of record first."""
    pattern = name_pattern(name)
    regex = re.compile(pattern)
    councils = Council.objects.filter(municipality=municipality)
    requests = DisclosureRequest.objects.filter(municipality=municipality)
    appeals = Appeal.objects.filter(request__municipality=municipality).select_related("request")
    request_url = lambda r: reverse("disclosure:request", args=[r.pk])  # noqa: E731
    appeal_url = lambda a: reverse("disclosure:appeal", args=[a.pk])  # noqa: E731
    hits = []
    hits += _hits(requests, ["requester_name", "requester_contact", "documents", "withheld_summary"], pattern, regex,
                  "開示請求", lambda r: f"受付番号 {r.number}", request_url, lambda r: r.received_on)
    hits += _hits(ThirdPartyOpinion.objects.filter(request__in=requests).select_related("request"), ["third_party"],
                  pattern, regex, "開示請求 (第三者意見照会)", lambda o: f"受付番号 {o.request.number}",
                  lambda o: request_url(o.request), lambda o: o.asked_on)
    hits += _hits(appeals, _text_fields(Appeal, "appellant_name"), pattern, regex, "審査請求",
                  lambda a: f"審査請求番号 {a.number}", appeal_url, lambda a: a.filed_on)
    hits += _hits(AppealEvent.objects.filter(appeal__in=appeals).select_related("appeal"), ["submitted_by", "note"],
                  pattern, regex, "審査請求 (審査の経過)", lambda e: f"審査請求番号 {e.appeal.number}",
                  lambda e: appeal_url(e.appeal), lambda e: e.on)
    members = Person.objects.filter(memberships__council__in=councils).distinct()
    first_council = dict(Membership.objects.filter(council__in=councils).values_list("person_id", "council_id"))
    hits += _hits(members, ["name", "name_kana", "email"], pattern, regex, "委員", lambda p: p.name,
                  lambda p: reverse("councils:members", args=[first_council[p.pk]]))
    staff = Staff.objects.filter(Q(department__municipality=municipality) | Q(secretariat_councils__in=councils)) \
        .distinct().select_related("department")
    staff_url = lambda s: reverse("councils:departments",  # noqa: E731
                                  args=[min(s.secretariat_council_ids(), default=None) or councils.first().pk])
    hits += _hits(staff, ["name", "email"], pattern, regex, "職員", str, staff_url)
    # A login belongs to the person whose member or staff row carries the name, whatever the login is called.
    named = Q(staff__in=_matching(staff, ["name"], pattern)) | Q(person__in=_matching(members, ["name"], pattern))
    users = get_user_model().objects.filter(Q(staff__in=staff) | Q(person__in=members))
    users = users.filter(named | Q(pk__in=_matching(users, ["username", "first_name", "last_name", "email"], pattern)))
    for user in users.select_related("staff", "person"):
        own = getattr(user, "staff", None)
        who = own or user.person
        url = staff_url(own) if own else reverse("councils:members", args=[first_council[who.pk]])
        hits.append(Hit("ログイン", f"{who.name}", "ログインユーザー", user.username, url))
    cases = Case.objects.filter(council__in=councils)
    case_url = lambda c: reverse("cases:detail", args=[c.pk])  # noqa: E731
    hits += _hits(cases, _text_fields(Case, "title", "number"), pattern, regex, "案件", lambda c: c.title[:40], case_url,
                  lambda c: c.created_at.date())
    hits += _hits(Question.objects.filter(case__in=cases).select_related("case"), ["text", "answer"], pattern, regex,
                  "案件 (質問と回答)", lambda q: q.case.title[:40], lambda q: case_url(q.case))
    hits += _hits(ChecklistAnswer.objects.filter(case__in=cases).select_related("case"), ["answer"], pattern, regex,
                  "案件 (確認項目の回答)", lambda a: a.case.title[:40], lambda a: case_url(a.case))
    turns = Turn.objects.filter(meeting__council__in=councils).select_related("meeting__council")
    hits += _hits(turns, ["speaker_label", "text"], pattern, regex, "会議の発言",
                  lambda t: f"{t.meeting} 発言 {t.order}", lambda t: reverse("meetings:detail", args=[t.meeting_id]),
                  lambda t: t.meeting.date)
    minutes = Minutes.objects.filter(meeting__council__in=councils).select_related("meeting__council")
    minutes_url = lambda m: reverse("minutes:detail", args=[m.pk])  # noqa: E731
    hits += _hits(minutes, ["summary"], pattern, regex, "会議録", lambda m: f"{m.meeting} ({m.get_state_display()})",
                  minutes_url, lambda m: m.meeting.date)
    hits += _hits(Amendment.objects.filter(minutes__in=minutes).select_related("minutes__meeting__council"),
                  ["before", "after", "reason"], pattern, regex, "会議録の訂正", lambda a: str(a.minutes.meeting),
                  lambda a: minutes_url(a.minutes), lambda a: a.minutes.meeting.date)
    return hits + _register_hits(municipality, pattern, regex)


#: Free-text lines of the registers besides their TextFields (all searched): names, titles, how people were told.
#: Left out: a file's 保有機関, 保存期間 and 受理する組織 (a body, a period, an office's address: never a person),
#: choices, numbers, dates, flags, and the contents of an 評価書's uploaded files.
REGISTER_LINES = {
    PersonalInfoFile: ["name", "sensitive_note", "storage"],
    Assessment: ["system_name"],
    Incident: ["title", "notice_method"],
    Audit: ["title", "auditor"],
}


def _register_hits(municipality, pattern, regex):
    """The registers' texts (registers/models.py): a 漏えい等事案 can name the people whose data leaked and the
    one who caused it, a 監査 its auditor, a file's 変更案 anything its department typed. SensitiveReport holds
    no text of its own: it is drawn from the file register."""
    def texts(model, *also):
        return _text_fields(model, *REGISTER_LINES.get(model, []), *also)

    files = PersonalInfoFile.objects.filter(department__municipality=municipality)
    file_url = lambda f: reverse("registers:file", args=[f.pk])  # noqa: E731
    file_date = lambda f: f.registered_on or f.created_at.date()  # noqa: E731
    file_fields = texts(PersonalInfoFile)
    file_record = lambda f: f.name[:40]  # noqa: E731
    hits = _hits(files, file_fields, pattern, regex, register_rules.FILE, file_record, file_url, file_date)
    # A registered file's pending 変更案 holds the changed values as JSON, which SQLite stores \u-escaped: read in
    # Python (one query), the same fields only.
    proposed_hit = _hit_maker(PersonalInfoFile, regex, register_rules.FILE, file_record, file_url, file_date)
    for record in files.exclude(proposed={}):
        for name in file_fields:
            value = record.proposed.get(name)
            if isinstance(value, str) and regex.search(value):
                hits.append(proposed_hit(record, name, value, " (変更案)"))
    assessments = Assessment.objects.filter(department__municipality=municipality)
    assessment_url = lambda a: reverse("registers:assessment", args=[a.pk])  # noqa: E731
    assessment_date = lambda a: a.submitted_on or a.created_at.date()  # noqa: E731
    hits += _hits(assessments, texts(Assessment), pattern, regex, register_rules.ASSESSMENT, str, assessment_url,
                  assessment_date)
    for model, kind in ((AssessmentDocument, "の資料"), (Inspection, "の第三者点検")):
        hits += _hits(model.objects.filter(assessment__in=assessments).select_related("assessment"),
                      texts(model, *(["title"] if model is AssessmentDocument else [])), pattern, regex,
                      register_rules.ASSESSMENT + kind, lambda r: str(r.assessment),
                      lambda r: assessment_url(r.assessment), lambda r: assessment_date(r.assessment))
    hits += _hits(Incident.objects.filter(department__municipality=municipality), texts(Incident), pattern, regex,
                  register_rules.INCIDENT, lambda i: i.title[:40], lambda i: reverse("registers:incident", args=[i.pk]),
                  lambda i: i.discovered_on)
    audits = Audit.objects.filter(municipality=municipality)
    audit_url = lambda a: reverse("registers:audit", args=[a.pk])  # noqa: E731
    hits += _hits(audits, texts(Audit), pattern, regex, register_rules.AUDIT, lambda a: a.title[:40], audit_url,
                  lambda a: a.conducted_from)
    hits += _hits(AuditFinding.objects.filter(audit__in=audits).select_related("audit"), texts(AuditFinding),
                  pattern, regex, register_rules.AUDIT + "の指摘事項", lambda f: f.audit.title[:40],
                  lambda f: audit_url(f.audit), lambda f: f.audit.conducted_from)
    return hits


CSV_HEADER = ["種類", "記録", "項目", "該当箇所", "日付", "URL"]


def as_csv(hits, base_url=""):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for hit in hits:
        # The excerpts are what people wrote: Excel shows them as written, never runs one as a formula.
        writer.writerow([excel_safe(value) for value in (hit.kind, hit.record, hit.field, hit.excerpt, hit.date_label,
                                                          base_url + hit.url)])
    # With a BOM: the secretariat opens it in Excel, which reads UTF-8 without one as Shift_JIS.
    return "\ufeff" + out.getvalue()
