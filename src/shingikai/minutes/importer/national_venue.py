"""A body that meets in a ministry is the nation's: it has no municipality.

厚生労働省省議室, 国土交通省 2号館14階, 中央合同庁舎第4号館: a 審議会 or 検討会 of the state sits in its ministry's
building. The cities its members speak of (the applicant 北山市 of a case before it) are the subject of its
business, never its owner, so the weak finders that count the cities a text names are not asked for such a body.
"""
from __future__ import annotations

import re

_MINISTRIES = (
    "総務省 法務省 外務省 財務省 文部科学省 厚生労働省 農林水産省 経済産業省 国土交通省 環境省 防衛省 "
    # Before 2001.
    "大蔵省 文部省 厚生省 労働省 農林省 通商産業省 運輸省 建設省 自治省 郵政省"
).split()

_NATIONAL_VENUE = re.compile(r"(?:" + "|".join(_MINISTRIES) + r"|中央合同庁舎)")


def held_in_a_ministry(place: str | None) -> bool:
    return bool(place) and _NATIONAL_VENUE.search(re.sub(r"\s+", "", place)) is not None
