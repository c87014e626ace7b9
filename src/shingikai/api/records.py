"""The public records the JSON API and the CSV export serve: `shingikai.publicity`'s querysets with what
their pages read fetched in bulk, and the filters their lists share.
"""
from django.db.models import Exists, F, OuterRef, Prefetch, Subquery
from django.utils import timezone

from shingikai import publicity
from shingikai.cases.models import Category
from shingikai.councils.models import Council, Membership, Municipality
from shingikai.jp.wareki import fiscal_year_bounds
from shingikai.meetings import answer_corrections

from . import stamps
from .schemas import FIRST_YEAR, LAST_YEAR


class BadFilter(ValueError):
    """A filter value the API cannot apply; the message says which."""


def is_public_case(ref="case_id"):
    return Exists(publicity.cases().filter(pk=OuterRef(ref)))


def municipalities():
    return publicity.municipalities().prefetch_related(
        Prefetch("councils", queryset=publicity.councils().order_by("name")))


def councils():
    return publicity.councils().select_related("municipality").order_by("municipality__name", "name", "pk")


ROLE_ORDER = [Membership.Role.CHAIR, Membership.Role.VICE_CHAIR, Membership.Role.ACTING_CHAIR, Membership.Role.MEMBER]


def members_in_office(council, on=None):
    """The chair first, as a council's member list is written."""
    on = on or timezone.localdate()
    members = council.memberships.in_office(on).select_related("person").order_by("person__name_kana", "pk")
    return sorted(members, key=lambda m: ROLE_ORDER.index(m.role) if m.role in ROLE_ORDER else len(ROLE_ORDER))


def meetings():
    queryset = publicity.meetings().select_related("council").annotate(
        public_minutes_id=Subquery(publicity.minutes().filter(meeting_id=OuterRef("pk")).values("pk")[:1])
    )
    return stamps.meetings(queryset).order_by(F("date").desc(nulls_last=True), "-pk")


def with_outcomes(items):
    """Agenda items with their case only if the case itself is public, and their published decision."""
    decisions = publicity.decisions().filter(agenda_item_id=OuterRef("pk"))
    return items.annotate(
        case_public=is_public_case(),
        public_decision_id=Subquery(decisions.values("pk")[:1]),
        public_outcome=Subquery(decisions.values("outcome")[:1]),
        public_wording=Subquery(decisions.values("wording")[:1]),
    )


def meeting_items(meeting):
    return with_outcomes(publicity.agenda_items(meeting)).order_by("order")


def minutes():
    queryset = publicity.minutes().select_related("meeting__council")
    return stamps.minutes(queryset).order_by(F("meeting__date").desc(nulls_last=True), "-pk")


def cases():
    public_items = publicity.agenda_items().select_related("meeting").order_by(
        F("meeting__date").asc(nulls_last=True), "meeting_id"
    )
    public_answers = publicity.answers().order_by(F("date").asc(nulls_last=True), "pk")
    queryset = publicity.cases().select_related("council", "department").annotate(public_outcome=publicity.case_outcome())
    queryset = queryset.prefetch_related(
        Prefetch("agenda_items", queryset=public_items, to_attr="public_items"),
        Prefetch("answers", queryset=public_answers, to_attr="public_answers"),
    )
    return publicity.in_register_order(stamps.cases(queryset))


def decisions():
    conditions = publicity.conditions().only("id", "decision_id", "kind", "text").order_by("pk")
    queryset = publicity.decisions().select_related("agenda_item__meeting__council").annotate(
        case_public=is_public_case()
    ).prefetch_related(Prefetch("follow_ups", queryset=conditions, to_attr="public_conditions"))
    return stamps.decisions(queryset).order_by(F("agenda_item__meeting__date").desc(nulls_last=True), "-pk")


def answers():
    cases = publicity.cases().only("id").order_by("pk")
    queryset = publicity.answers().select_related("council").prefetch_related(
        Prefetch("cases", queryset=cases, to_attr="public_cases")
    ).annotate(corrected=answer_corrections.was_corrected())
    return stamps.answers(queryset).order_by(F("date").desc(nulls_last=True), "-pk")


# --- filters ------------------------------------------------------------------------------------

def category_value(text):
    value = Category.from_label((text or "").strip())
    if value is None:
        raise BadFilter(f"分類「{text}」はありません。")
    return value


def since(text):
    moment = stamps.parse_moment(text)
    if moment is None:
        raise BadFilter(f"modified_since「{text}」は ISO 8601 の日付または日時ではありません (例: 2024-04-01)。")
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        # 0001-01-01 in Asia/Tokyo is before the first moment the database can store in UTC.
        raise BadFilter(f"modified_since は {FIRST_YEAR}年から{LAST_YEAR}年までの日付で指定してください。")
    return moment


def of_place(queryset, filters, council_path):
    """The rows of the council and the municipality `filters` name by slug, the council found at `council_path`."""
    if filters.council:
        queryset = queryset.filter(**{f"{council_path}__slug": filters.council})
    if filters.municipality:
        queryset = queryset.filter(**{f"{council_path}__municipality__slug": filters.municipality})
    return queryset


def _place(queryset, filters, council_path):
    queryset = of_place(queryset, filters, council_path)
    if filters.modified_since:
        queryset = queryset.filter(stamp_modified__gte=since(filters.modified_since))
    return queryset


def tombstones(gone, filters):
    """With modified_since, the records of the `gone` sources (stamps.gone_*) taken back since then, in the list's
    council or municipality: a harvester learns what to drop. Without it, None: a full read lists what is there."""
    if not filters.modified_since:
        return None
    # By the councils' history: an imported-only council goes with the last import of it (drop_unused_import_council).
    councils = Council.history.all()
    if filters.council:
        councils = councils.filter(slug=filters.council)
    if filters.municipality:
        cities = Municipality.history.filter(slug=filters.municipality).values("id")
        councils = councils.filter(municipality_id__in=cities)
    moment = since(filters.modified_since)
    rows = set()
    for source in gone:
        source = source.filter(stamp_modified__gte=moment)
        if filters.council or filters.municipality:
            source = source.filter(gone_council__in=councils.values("id"))
        rows.update(source.values_list("stamp_modified", "gone_id"))
    return [{"id": pk, "deleted": True, "modified": stamps.local(at)} for at, pk in sorted(rows)]


def filter_councils(queryset, filters):
    if filters.municipality:
        queryset = queryset.filter(municipality__slug=filters.municipality)
    return queryset


def filter_meetings(queryset, filters):
    queryset = _place(queryset, filters, "council")
    if filters.fiscal_year is not None:
        queryset = queryset.filter(fiscal_year=filters.fiscal_year)
    return queryset


def filter_minutes(queryset, filters):
    queryset = _place(queryset, filters, "meeting__council")
    if filters.fiscal_year is not None:
        queryset = queryset.filter(meeting__fiscal_year=filters.fiscal_year)
    return queryset


def filter_cases(queryset, filters):
    queryset = _place(queryset, filters, "council")
    if filters.fiscal_year is not None:
        deliberated = publicity.agenda_items().filter(case_id=OuterRef("pk"), meeting__fiscal_year=filters.fiscal_year)
        queryset = queryset.filter(Exists(deliberated))
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.category:
        # Categories are a JSON list of plain identifiers; their quoted form matches one whole element.
        queryset = queryset.filter(categories__icontains=f'"{category_value(filters.category)}"')
    if filters.outcome:
        queryset = queryset.filter(public_outcome=filters.outcome)
    if filters.topic:
        queryset = queryset.filter(topic=filters.topic)
    return queryset


def filter_decisions(queryset, filters):
    queryset = _place(queryset, filters, "agenda_item__meeting__council")
    if filters.fiscal_year is not None:
        queryset = queryset.filter(agenda_item__meeting__fiscal_year=filters.fiscal_year)
    if filters.kind:
        queryset = queryset.filter(agenda_item__kind=filters.kind)
    if filters.category:
        category = category_value(filters.category)
        queryset = queryset.filter(case_public=True, case__categories__icontains=f'"{category}"')
    if filters.outcome:
        queryset = queryset.filter(outcome=filters.outcome)
    return queryset


def filter_answers(queryset, filters):
    queryset = _place(queryset, filters, "council")
    if filters.fiscal_year is not None:
        queryset = queryset.filter(date__range=fiscal_year_bounds(filters.fiscal_year))
    return queryset
