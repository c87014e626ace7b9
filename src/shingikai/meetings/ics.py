"""A council's meetings as an iCalendar (RFC 5545) feed, written by hand: the format is small.

Closed item titles never appear in the feed, for anyone: calendar apps copy feeds to places the
council does not control.
"""
import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

TOKYO = ZoneInfo("Asia/Tokyo")


def _escape(text):
    return (str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line):
    """Split a content line into 75-octet pieces without cutting a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not pieces else 74  # continuation lines start with a space
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _utc(date, time):
    return dt.datetime.combine(date, time, tzinfo=TOKYO).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def meeting_event(meeting, host, items, sequence=None, base_url=""):
    """The VEVENT lines of one meeting; `items` are its agenda items (public titles only are written).
    `sequence`: the event's revision (RFC 5545 SEQUENCE), by default that of the last 招集通知 sent (the first
    is 0), or the meeting's own version when it changed since (a new date, place or number), so a calendar takes
    either as an update of the event it holds. `base_url`: the site's address, for the event's link to the public
    meeting page."""
    if sequence is None:
        sequence = max(meeting.convocation_count - 1, meeting.version - 1, 0)
        if meeting.state == "cancelled":
            # A calendar applies a cancellation only as a newer revision of the event it holds (RFC 5546).
            sequence += 1
    lines = ["BEGIN:VEVENT", f"UID:meeting-{meeting.pk}@{host}", f"SEQUENCE:{sequence}",
             f"DTSTAMP:{timezone.now().astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"]
    if meeting.start_time:
        lines.append(f"DTSTART:{_utc(meeting.date, meeting.start_time)}")
        end = meeting.end_time or (dt.datetime.combine(meeting.date, meeting.start_time) + dt.timedelta(hours=2)).time()
        lines.append(f"DTEND:{_utc(meeting.date, end)}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{meeting.date.strftime('%Y%m%d')}")
        lines.append(f"DTEND;VALUE=DATE:{(meeting.date + dt.timedelta(days=1)).strftime('%Y%m%d')}")
    lines.append(f"SUMMARY:{_escape(f'{meeting.council.name} {meeting.label}')}")
    if meeting.place:
        lines.append(f"LOCATION:{_escape(meeting.place)}")
    cancelled = meeting.state == "cancelled"
    if cancelled:
        items = []  # never heard: a case on it may yet be heard closed at another meeting (publicity.agenda_items)
    public_titles = [i.title for i in items if i.is_public and meeting.is_public and i.kind != "procedural"]
    closed = sum(1 for i in items if i.kind != "procedural" and not (i.is_public and meeting.is_public))
    description = ["この会議は中止になりました"] * cancelled + ["公開の会議" if meeting.is_public else "非公開の会議"]
    description += [f"・{title}" for title in public_titles]
    if closed:
        description.append(f"非公開の議題 {closed} 件")
    lines.append(f"DESCRIPTION:{_escape(chr(10).join(description))}")
    if base_url:
        lines.append(f"URL:{base_url}/meetings/{meeting.pk}/")
    lines.append("CLASS:PUBLIC" if meeting.is_public else "CLASS:CONFIDENTIAL")
    if cancelled:
        lines.append("STATUS:CANCELLED")
    else:
        lines.append("STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def calendar(name, meetings, host, *, sequence=None, base_url=""):
    """The whole feed as text, named `name` (a council's, or the site's for all its councils); `meetings` come with
    their agenda items prefetched as `items`. Published (METHOD:PUBLISH), feed and mailed notice alike: the
    members are told, not invited to reply by calendar."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//shingikai//meetings//JA", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{_escape(name)}", "X-WR-TIMEZONE:Asia/Tokyo"]
    for meeting in meetings:
        if meeting.date is None:
            continue
        lines += meeting_event(meeting, host, list(meeting.items.all()), sequence, base_url)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def feed_response(request, name, filename, meetings):
    """The feed of `meetings` as served, subscribed to by calendar apps. The UID names the site as configured, not
    the Host of this request: two addresses of one site give one event."""
    from django.http import HttpResponse

    from shingikai.site import site_host

    meetings = (meetings.filter(date__isnull=False).select_related("council").prefetch_related("items")
                .order_by("date", "start_time", "pk"))
    body = calendar(name, meetings, site_host(), base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}.ics"'
    return response
