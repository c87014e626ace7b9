"""The dates that settle a record (confirmation, signature, issue, publication): today in JST by default,
never in the future, because a settled record takes effect the moment it is saved. Also the bounds every date
an action takes is held to (within_reach)."""
import datetime
import functools

from django.utils import timezone

from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki


def today():
    """Today in JST (settings.TIME_ZONE), not the server's UTC date."""
    return timezone.localdate()


def settling_date(on, what):
    """`on`, or today when it is not given; refused when it lies in the future."""
    return today() if on is None else not_in_future(on, what)


def not_in_future(on, what):
    """`on` as given (None too); refused when it lies in the future: what was received, found, reported or done
    has happened by the day it is recorded."""
    if on is not None and on > today():
        raise ActionRefused(f"{what}に未来の日付 ({to_wareki(on)}) は指定できません。")
    return on


#: No date an action takes (a meeting's day, a due date, a planned change, a term's end) lies further ahead: 9999-12-31
#: typed as "no end" would be shown as 令和7981年12月31日, which no one can type back, and a year slipped forward
#: (令和18年 for 令和8年) would stand unnoticed.
YEARS_AHEAD = 10


def years_after(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def too_far_ahead(on):
    """The refusal's wording when `on` lies more than YEARS_AHEAD years ahead of today, else None: the form field
    (WarekiDateField) shows it next to the field, an action raises it (within_reach)."""
    if isinstance(on, datetime.datetime):
        on = timezone.localtime(on).date() if timezone.is_aware(on) else on.date()
    if on is None or not isinstance(on, datetime.date) or on <= years_after(today(), YEARS_AHEAD):
        return None
    return f"今日から{YEARS_AHEAD}年より先の日付 ({_written(on)}) は指定できません。年を確かめてください。"


def _dates_in(value):
    """The dates in an action's argument: the argument itself, or those in a list, tuple or dict of them (a
    record's fields given at once)."""
    if isinstance(value, datetime.date):
        return [value]
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, (list, tuple, set, frozenset, type({}.values()))):
        return [v for v in value if isinstance(v, datetime.date)]
    return []


def within_reach(action):
    """Refuses the call when any date given to `action` lies more than YEARS_AHEAD years ahead: the rule the
    work screens' date fields keep, kept by the action so the API, the commands, the importer and the loaders
    meet it with the same message."""
    @functools.wraps(action)
    def checked(*args, **kwargs):
        for value in (*args, *kwargs.values()):
            for on in _dates_in(value):
                if message := too_far_ahead(on):
                    raise ActionRefused(message, code="too_far")
        return action(*args, **kwargs)
    return checked


def not_in_past(on, what):
    """`on` as given (None too); refused when it lies before today: a new date to meet or to act by."""
    if on is not None and on < today():
        raise ActionRefused(f"{what}に過去の日付 ({to_wareki(on)}) は指定できません。")
    return on


#: 平成 began on 8 January 1989; no register this system keeps holds anything older, so an earlier date is a
#: slip of the era or the century (明治33年 for 1900-01-01 typed as a placeholder), refused outright.
HEISEI_START = datetime.date(1989, 1, 8)
#: A date further back than this is asked again: the usual slip, 平成8年 for 令和8年, lands decades back, and
#: one of 平成31年 for 令和元年 a year or more.
CONFIRM_OLDER_THAN = datetime.timedelta(days=365)
#: ActionRefused.code of the refusal that a ticked box (confirm_label) answers.
CONFIRM_DATE = "confirm_date"


def _written(on):
    try:
        return to_wareki(on)
    except ValueError:  # before 明治: no era to write it in
        return on.isoformat()


def confirm_label(on):
    """The box that confirms ``on`` as typed: 「令和元年5月1日の日付で登録する」."""
    return f"{_written(on)}の日付で登録する"


def not_long_ago(on, what, *, confirmed=False):
    """`on` as given (None too), for the date that dates a record and the years it is counted in (a 請求日):
    refused before 平成, and more than a year back unless the person `confirmed` it (a request entered late,
    or the register's earlier years entered at once), ticking the box the refusal names."""
    if on is None:
        return on
    if on < HEISEI_START:
        raise ActionRefused(f"{what}に平成より前の日付 ({_written(on)}) は指定できません。元号と年を確かめてください。")
    if on < today() - CONFIRM_OLDER_THAN and not confirmed:
        raise ActionRefused(
            f"{what} ({_written(on)}) は1年以上前の日付です。元号や年の誤りでないか確かめてください。"
            f"この日付のまま登録するときは「{confirm_label(on)}」にチェックしてください。", code=CONFIRM_DATE)
    return on
