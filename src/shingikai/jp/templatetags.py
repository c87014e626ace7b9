"""Template filters for Japanese dates; loaded as a builtin in settings.TEMPLATES."""
from __future__ import annotations

import datetime as dt
import re

from django import template
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import wareki as _wareki
from .text import BRACKETED

register = template.Library()


def _to_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        # An aware datetime is shown on the council's calendar day, not UTC's.
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return _to_date(dt.datetime.fromisoformat(text))
        except ValueError:
            return None
    return None


def _format_date(value, western: bool, weekday: bool = False) -> str:
    if value is None or value == "":
        return ""
    date = _to_date(value)
    if date is None:
        # Templates should not fail on an unexpected value; show it unchanged.
        return str(value)
    try:
        return _wareki.to_wareki(date, western=western, weekday=weekday)
    except ValueError:
        return date.isoformat()


@register.filter
def wareki(value) -> str:
    """2021-05-10 → 令和3年5月10日."""
    return _format_date(value, western=False)


@register.filter
def wareki_western(value) -> str:
    """2021-05-10 → 令和3年5月10日 (2021年)."""
    return _format_date(value, western=True)


@register.filter
def meeting_day(value) -> str:
    """A meeting's day as the 次第 and the 会議録 print it: 2021-05-10 → 令和3年5月10日（月）."""
    return _format_date(value, western=False, weekday=True)


@register.filter
def meeting_day_western(value) -> str:
    """2021-05-10 → 令和3年5月10日（月） (2021年)."""
    return _format_date(value, western=True, weekday=True)


@register.filter
def fiscal_year_label(value) -> str:
    """2021 → 令和3年度; a date is first mapped to its fiscal year."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        fy = _wareki.fiscal_year(_to_date(value))
    else:
        try:
            fy = int(value)
        except (TypeError, ValueError):
            return str(value)
    try:
        return _wareki.fiscal_year_label(fy)
    except ValueError:
        return str(value)


@register.filter
def hm(value) -> str:
    """13:30 → 13時30分; accepts a time, a datetime or an "HH:MM" string."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        value = value.time()
    if isinstance(value, str):
        try:
            value = dt.time.fromisoformat(value.strip())
        except ValueError:
            return value
    if isinstance(value, dt.time):
        return f"{value.hour}時{value.minute:02d}分"
    return str(value)


@register.filter
def wareki_hm(value) -> str:
    """A moment as every record of who did what shows it: 令和7年6月2日 13時05分, on the city's clock; also a
    moment kept as ISO text (a backup's 作成日時), unchanged when it is none."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return value
    return f"{wareki(value)} {hm(value)}" if value else ""


@register.filter
def number(value) -> str:
    """5500000 → 5,500,000; anything that is not an integer is shown unchanged."""
    if isinstance(value, bool) or not isinstance(value, int):
        return "" if value is None else str(value)
    return f"{value:,}"


def _wrap_kept(text, pattern) -> str:
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(f'<span class="nobreak">{escape(m.group(0))}</span>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


@register.filter
def keep_brackets(value) -> str:
    """Short bracketed groups such as 「（諮問）」 never break across lines: each is wrapped in a span that
    the stylesheet keeps on one line (nowrap), the rest of the text is escaped as usual."""
    return mark_safe(_wrap_kept(str(value or ""), BRACKETED))


# What a line of a document must not be broken inside: a short bracketed group (「（計4人）」「（異議なし）」),
# a 和暦 date or time (「令和9年1月31日」, 「14時00分」) and a figure with its unit (「約52,000人」「消除後150年」 in a
# narrow table column read 「約52,000/人」 and 「150/年」).
KEPT_TOGETHER = re.compile(BRACKETED.pattern + r"|(?:令和|平成|昭和|大正|明治)(?:元|\d{1,2})年(?:\d{1,2}月(?:\d{1,2}日)?)?"
                           r"|\d{1,2}時\d{2}分|約?\d[\d,.]*(?:人|件|年|か月|箇月|日|円|%|％)")


@register.filter
def keep_together(value) -> str:
    """A document's running text, escaped, its line breaks kept (as linebreaksbr) and the groups of
    KEPT_TOGETHER held on one line."""
    return mark_safe("<br>".join(_wrap_kept(line, KEPT_TOGETHER) for line in str(value or "").split("\n")))


@register.filter
def named_on(department, day):
    """A department's name as it was on `day` (a record's date): `{{ case.department|named_on:meeting.date }}`."""
    if department is None:
        return ""
    name_on = getattr(department, "name_on", None)
    return name_on(_to_date(day)) if name_on else str(department)
