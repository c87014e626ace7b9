"""The council's series of 諮問番号 and 報告番号: what the next is, and whether one is free.

A council numbers its cases either per 年度 (諮問第1号 each April) or across the years (Council.case_series), and a
council that numbered on paper before the system continues from its last number (Council.first_case_number)."""
import re
import unicodedata

from django.db.models import Q
from django.utils import timezone

from shingikai.jp.wareki import fiscal_year, kanji_to_int

_NUMBERED = re.compile(r"^(諮問|報告)\s*第\s*([0-9一二三四五六七八九十百千〇]+)\s*号$")


def number_value(number, kind):
    """The N of 「諮問第N号」 (digits of any width or kanji) when `number` is of the `kind`'s series, else None."""
    match = _NUMBERED.match(unicodedata.normalize("NFKC", number or "").strip())
    if not match or match.group(1) != kind:
        return None
    return kanji_to_int(match.group(2))


def normalise(number, kind):
    """「12」「１２」「諮問第 12 号」 → 「諮問第12号」; a numbering the council writes otherwise is kept as typed."""
    text = unicodedata.normalize("NFKC", number or "").strip()
    if text.isdigit():
        return f"{kind}第{int(text)}号"
    value = number_value(text, kind)
    return f"{kind}第{value}号" if value is not None else text


def _fiscal_span(fy):
    from .actions import fiscal_year_span

    return fiscal_year_span(fy)


def series(council, kind, day):
    """The cases of `council` whose numbers a `kind` case received on `day` is numbered among: that 年度's
    received cases, or every case of the kind where the series runs across the years (imported ones included:
    they carry the numbers their minutes printed)."""
    from .models import Case

    return _of_series(Case.objects, council, kind, day)


def _of_series(rows, council, kind, day):
    rows = rows.filter(council=council, kind=kind).exclude(number="")
    if council.case_series == council.CaseSeries.CONTINUOUS:
        return rows
    start, end = _fiscal_span(fiscal_year(day))
    return rows.filter(accepted_at__gte=start, accepted_at__lt=end)


def given(council, kind, day, exclude=None):
    """The history rows of every case that carried a number of the series here, those passed on to another council
    since (transfer_case) too: a number once given stays that case's (欠番 once it left), never given again, so that
    the council's 受付簿 and the 諮問書 sent with it name one case only."""
    from .models import Case

    return _of_series(Case.history, council, kind, day).exclude(id=getattr(exclude, "pk", None))


def _starts_here(council, kind, day):
    """Whether the council's first number (first_case_number) applies in `day`'s series: always where the series
    runs across the years; per 年度, in the 年度 the system began numbering (none numbered here before it)."""
    from .models import Case

    if council.case_series == council.CaseSeries.CONTINUOUS:
        return True
    start, _ = _fiscal_span(fiscal_year(day))
    return not Case.objects.filter(council=council, kind=kind, imported=False, accepted_at__lt=start).exclude(
        number="").exists()


def next_number(council, kind, day=None, exclude=None):
    """The number next in turn for a `kind` case received on `day`: the highest of its series plus one (not a
    count: a number typed ahead, or one skipped, would otherwise be given again), and at least the council's
    first number. A 諮問's first number only: 報告 keep their own series from 第1号."""
    day = day or timezone.localdate()
    numbers = set(series(council, kind, day).exclude(pk=getattr(exclude, "pk", None)).values_list("number", flat=True))
    numbers.update(given(council, kind, day, exclude).values_list("number", flat=True).distinct())
    top = max((v for v in (number_value(n, kind) for n in numbers) if v is not None), default=0)
    first = council.first_case_number if kind == "諮問" and _starts_here(council, kind, day) else None
    return f"{kind}第{max(top + 1, first or 1)}号"


def holder(council, kind, number, day, exclude=None):
    """The case of the series that already carries `number` (as written, or the same N), or None; or that carried it
    before it was passed on to another council (given), whose number it stays."""
    from .models import Case

    value = number_value(number, kind)
    same = Q(number=number) | Q(number__contains="第")
    for rows in (series(council, kind, day).exclude(pk=getattr(exclude, "pk", None)), given(council, kind, day, exclude)):
        for pk, held in rows.filter(same).values_list("id", "number").distinct():
            if held == number or (value is not None and number_value(held, kind) == value):
                return Case.objects.only("pk", "number", "title", "council").get(pk=pk)
    return None


def passed_on_numbers(council_ids):
    """The numbers the councils of `council_ids` gave cases they passed on since to another council (transfer_case):
    欠番 in their series, which their case list shows with where each case went, as dicts (number, year: the 年度 it
    was given in, given_by: the council that gave it, now_at: the council the case is at). Reads only the cases
    marked passed on."""
    from django.db.models import Max, OuterRef, Subquery

    from .models import Case

    if not council_ids:
        return []
    moved = Case.objects.filter(passed_on=True).exclude(council_id__in=council_ids)
    rows = (Case.history.filter(council_id__in=council_ids, id__in=moved.values("pk")).exclude(number="")
            .values("id", "number", "council__name").order_by()
            .annotate(received=Max("accepted_at"),
                      now_at=Subquery(Case.objects.filter(pk=OuterRef("id")).values("council__name")[:1])))
    found = [{"number": row["number"], "given_by": row["council__name"], "now_at": row["now_at"],
              "year": fiscal_year(timezone.localdate(row["received"])) if row["received"] else None}
             for row in rows]
    return sorted(found, key=lambda r: (r["given_by"], r["year"] or 0, number_value(r["number"], "諮問")
                                        or number_value(r["number"], "報告") or 0, r["number"]))
