"""The dates that settle a record (confirmation, signature, issue, publication): today in JST by default,
never in the future, because a settled record takes effect the moment it is saved."""
import datetime

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
