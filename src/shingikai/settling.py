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
    if on is None:
        return today()
    if on > today():
        raise ActionRefused(f"{what}に未来の日付 ({to_wareki(on)}) は指定できません。")
    return on
