"""A post's timestamp is no clock of the sitting (1 日時 平成25年11月15日(金曜日) 2014-04-27 14:14:46 [編集/削除]).

A bulletin-board or blog copy stamps each post with when it was written, a machine's date and a clock to the second,
often with the post's edit links after it. The minutes never write a sitting's clock to the second after a dash-spelt
date, so the stamp is dropped before the header's clocks are read.
"""
from __future__ import annotations

import re

_STAMP = re.compile(
    r"[ \t\u3000]*(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9][ \t\u3000T]+[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9]"
    r"(?:[ \t\u3000]*[\[［][^\]］\n]{1,12}[\]］])?"
)


def post_timestamps_dropped(lines: list[str]) -> list[str]:
    return [_STAMP.sub("", line) if ":" in line else line for line in lines]
