"""本人の記録を探す: every record of one city that holds a given person's name, for the secretariat answering
that person's 開示・訂正・利用停止請求 about what the councils hold on them.

A name matches however it is spaced or in whichever width it is typed (「南 花子」 = 「南花子」 = 「南　花子」),
through the same loose pattern the 答申's masking uses. Secretariat only, its own city only; never indexed
for search; each search is recorded (SubjectSearch) by the view that runs it.
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
from shingikai.jp.text import compact, loose_pattern
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.models import Turn
from shingikai.minutes.models import Amendment, Minutes

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


def name_pattern(name):
    return loose_pattern(compact(name))


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


def _hits(queryset, fields, pattern, regex, kind, record, url, date=lambda obj: None):
    """One hit per matching field of each matching row."""
    hits = []
    for obj in _matching(queryset, fields, pattern):
        for field in fields:
            value = getattr(obj, field) or ""
            if regex.search(value):
                label = str(queryset.model._meta.get_field(field).verbose_name)
                hits.append(Hit(kind, record(obj), label, _excerpt(value, regex), url(obj), date(obj)))
    return hits


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
    return hits


CSV_HEADER = ["種類", "記録", "項目", "該当箇所", "日付", "URL"]


def as_csv(hits, base_url=""):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for hit in hits:
        writer.writerow([hit.kind, hit.record, hit.field, hit.excerpt, hit.date_label, base_url + hit.url])
    # With a BOM: the secretariat opens it in Excel, which reads UTF-8 without one as Shift_JIS.
    return "\ufeff" + out.getvalue()
