"""Proper names replaced by a placeholder in a third-party copy (○xx会長, 司会の xx と申します, ××委員).

A site that republishes a record may blank out every proper name with a run of one letter (xx, ××, ＊＊); the title of
the office is kept. Such a placeholder names nobody: a speaker label keeps it as printed (the page's own label), but
it is never read as a person's name, so the chair or a member it stands for stays unknown.
"""
from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"^(?:[xXｘＸ×✕＊*]|[〇○◯●□■]){1,6}$")


def masked(name: str | None) -> bool:
    return bool(name) and bool(_PLACEHOLDER.match(re.sub(r"[ \t\u3000]", "", name)))


def unmasked(names: list[str] | None) -> list[str] | None:
    return None if names is None else [n for n in names if not masked(n)]
