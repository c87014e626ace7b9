"""北山町議会臨時会を次のとおり招集する。 / 1 期日 令和2年6月4日(木)午前9時30分〜 … 開会 令和2年6月4日 午前9時34分: an
assembly's record opens with the notice that convened it, whose clock is when the sitting was called for; the record's
own 開会 line says when it opened, and that is the sitting's clock.
"""
from __future__ import annotations

import re

_NOTICE = re.compile(r"招集する|招集します|告示第[ \t\u3000]*[0-9０-９]+[ \t\u3000]*号")


def convened_by_notice(lines: list[str]) -> bool:
    return any(_NOTICE.search(line) for line in lines)
