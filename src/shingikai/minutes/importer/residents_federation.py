"""北山区町内自治会連絡協議会, 南野区自治会連合会: the federation of a ward's residents' associations is the residents'
own body, not the city's. Its ward names a designated city only by inference; where the page never names that city,
no municipality is claimed (the ward's office keeping its secretariat makes it no body of the city either).
"""
from __future__ import annotations

import re

_FEDERATION = re.compile(r"(?:町内自治会|町内会|自治会|町会)(?:連絡協議会|連合協議会|連合会|連絡会|協議会)")


def is_residents_federation(council: str | None) -> bool:
    return bool(council) and _FEDERATION.search(council) is not None
