"""The dates that settle a record (confirmation, signature, issue, publication): today in JST by default,
never in the future, because a settled record takes effect the moment it is saved."""
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
