"""What the public site offers beside its pages: robots.txt, a sitemap, an Atom feed of what was published, the
meetings' iCalendar feeds and the accessibility policy. Each lists only what publicity.py lets through, as the pages do."""
import datetime as dt
from xml.sax.saxutils import escape

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from shingikai import publicity
from shingikai.api import stamps
from shingikai.disclosure.models import Appeal, ImportedAnswer
from shingikai.jp.wareki import parse_date, to_wareki
from shingikai.meetings.models import Meeting
from shingikai.site import site_name

FEED_ENTRIES = 50


def robots(request):
    """Public pages may be crawled; the staff side, the sign-in and the search's endless combinations may not."""
    lines = ["User-agent: *", "Disallow: /work/", "Disallow: /admin/", "Disallow: /login/", "Disallow: /search/",
             "Allow: /", f"Sitemap: {request.build_absolute_uri(reverse('portal:sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap(request):
    paths = [reverse("portal:home"), reverse("portal:cases"), reverse("portal:precedents"),
             reverse("portal:accessibility")]
    paths += [reverse("portal:council", args=[slug]) for slug in publicity.councils().order_by("pk")
              .values_list("slug", flat=True)]
    paths += [reverse("portal:meeting", args=[pk]) for pk in publicity.meetings().order_by("pk")
              .values_list("pk", flat=True)]
    paths += [reverse("portal:case", args=[pk]) for pk in publicity.cases().order_by("pk").values_list("pk", flat=True)]
    paths += [reverse("portal:answer", args=[pk]) for pk in publicity.answers().order_by("pk")
              .values_list("pk", flat=True)]
    # The 審査会's answers on 審査請求, in their public (masked) form, and other 審査会's published ones.
    paths += [reverse("disclosure:answers")]
    paths += [reverse("disclosure:answer", args=[pk]) for pk in _appeal_answers().values_list("pk", flat=True)]
    paths += [reverse("disclosure:imported_answer", args=[pk]) for pk in
              ImportedAnswer.objects.filter(published=True).order_by("pk").values_list("pk", flat=True)]
    urls = "".join(f"<url><loc>{escape(request.build_absolute_uri(p))}</loc></url>" for p in paths)
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def _moment(when):
    """A feed entry's instant: a datetime as it is, a date (published on, issued on) at its local midnight, so that
    entries sort by when they happened whatever they are stamped with."""
    return when if isinstance(when, dt.datetime) else stamps.midnight(when)


def _appeal_answers():
    return Appeal.objects.filter(answer_published=True).order_by("pk")


def feed_entries(council=None):
    """(updated, title, path, summary) of what was published, newest first: meetings announced, minutes
    published, 答申 issued. Public content only: a closed item's title never reaches a summary."""
    meetings = publicity.meetings().select_related("council")
    minutes = publicity.minutes().filter(meeting__in=publicity.meetings()).select_related("meeting__council")
    answers = publicity.answers().select_related("council")
    appeals = _appeal_answers().select_related("case__council")
    if council is not None:
        meetings, minutes, answers = (meetings.filter(council=council), minutes.filter(meeting__council=council),
                                      answers.filter(council=council))
        appeals = appeals.filter(case__council=council)
    entries = []
    today = timezone.localdate()
    for m in meetings.order_by("-created_at")[:FEED_ENTRIES]:
        when = to_wareki(m.date) if m.date else "日程未定"
        cancelled = m.state == Meeting.State.CANCELLED
        # A cancellation is news of its own: stamped when it was recorded, so that a reader shows it anew.
        stamped = (m.changed_at or m.created_at) if cancelled else m.created_at
        # One cancelled before its 招集通知 gave up its number: its label (「12月27日の中止した会議」) says it already.
        title = (f"{m.council.name} {m.label} の中止 ({when})" if m.number is not None else f"{m.council.name} {m.label}"
                 ) if cancelled else f"{m.council.name} {m.label} の開催 ({when})"
        entries.append((stamped, title,
                        reverse("portal:meeting", args=[m.pk]), _meeting_summary(m, when, today)))
    for mn in minutes.exclude(published_on=None).order_by("-published_on")[:FEED_ENTRIES]:
        entries.append((mn.published_on, f"{mn.meeting.council.name} {mn.meeting.label} の会議録を公開しました",
                        reverse("portal:meeting", args=[mn.meeting.pk]), f"{to_wareki(mn.published_on)} 公開"))
    for a in answers.exclude(date=None).order_by("-date")[:FEED_ENTRIES]:
        entries.append((a.date, f"{a.council.name} {a.number or '答申'}", reverse("portal:answer", args=[a.pk]),
                        a.conclusion))
    # Only the number and the outcome: the answer's own text is printed masked on its page, never copied here.
    for a in appeals.exclude(answered_on=None).order_by("-answered_on")[:FEED_ENTRIES]:
        entries.append((a.answered_on, f"{a.case.council.name if a.case_id else ''} {a.answer_number or '答申'} (審査請求)".strip(),
                        reverse("disclosure:answer", args=[a.pk]),
                        f"審査請求に対する答申 (結論: {a.get_outcome_display()})" if a.outcome else "審査請求に対する答申"))
    entries = [(_moment(when), *rest) for when, *rest in entries]
    entries.sort(key=lambda e: e[0], reverse=True)
    return entries[:FEED_ENTRIES]


def _meeting_summary(meeting, when, today):
    """What the feed says of a meeting as it stands now: one cancelled, held or whose day has passed is never
    announced as still to come (an imported past meeting, a meeting cancelled after it was announced)."""
    publicity_word = "公開" if meeting.is_public else "非公開"
    where = f"、{meeting.place}" if meeting.place else ""
    if meeting.state == Meeting.State.CANCELLED:
        return f"{when}{where}に予定していた会議は中止になりました。"
    if meeting.state == Meeting.State.HELD:
        return f"{when}{where}に開催しました ({publicity_word})。"
    if meeting.state == Meeting.State.OPEN:
        return f"{when}{where}で開会中です ({publicity_word})。"
    if meeting.date and meeting.date < today:
        return f"{when}{where}に予定していた会議です ({publicity.RECORD_PENDING})。"
    return f"{when}{where}に開催します ({publicity_word})。"


def feed(request, slug=None):
    council = get_object_or_404(publicity.councils(), slug=slug) if slug else None
    name = site_name()
    title = f"{council.name} 新着情報" if council else f"{name} 新着情報"
    self_url = request.build_absolute_uri()
    entries = feed_entries(council)
    updated = stamps.iso(entries[0][0] if entries else stamps.UNDATED)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
             f"<title>{escape(title)}</title>", f'<link rel="self" href="{escape(self_url)}"/>',
             f'<link rel="alternate" href="{escape(request.build_absolute_uri("/"))}"/>',
             f"<id>{escape(self_url)}</id>", f"<updated>{updated}</updated>",
             f"<author><name>{escape(name)}</name></author>"]
    for when, entry_title, path, summary in entries:
        url = request.build_absolute_uri(path)
        parts.append(f"<entry><title>{escape(entry_title)}</title><link href=\"{escape(url)}\"/>"
                     f"<id>{escape(url)}#{stamps.iso(when)}</id><updated>{stamps.iso(when)}</updated>"
                     f"<summary>{escape(summary)}</summary></entry>")
    parts.append("</feed>\n")
    return HttpResponse("\n".join(parts), content_type="application/atom+xml; charset=utf-8")


def calendar(request, slug=None):
    """The public meetings as an iCalendar feed, a council's or the whole site's: no closed meeting, and of a public
    one no closed item's title (ics); a cancelled one stays, as STATUS:CANCELLED."""
    from shingikai.meetings import ics

    meetings = publicity.meetings().filter(is_public=True)
    if slug is None:
        return ics.feed_response(request, site_name(), "meetings", meetings.filter(council__in=publicity.councils()))
    council = get_object_or_404(publicity.councils(), slug=slug)
    return ics.feed_response(request, council.name, council.slug, meetings.filter(council=council))


def accessibility(request):
    # The city's own statement (settings.py): a fixed 「準拠」 would be a claim made before any test.
    return render(request, "portal/accessibility.html", {
        "target": settings.SHINGIKAI_ACCESSIBILITY_TARGET,
        "conformance": settings.SHINGIKAI_ACCESSIBILITY_CONFORMANCE,
        "policy_date": parse_date(settings.SHINGIKAI_ACCESSIBILITY_DATE),
    })
