"""The shapes of the JSON API: what each resource carries, the filters its list takes, and its page.

Only the fields named here reach a response (pydantic drops anything else), which is the second line
of defence behind `shingikai.publicity`: contact details, accounts and internal notes have no field.
"""
import datetime as dt
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import BeforeValidator, WithJsonSchema

from shingikai.cases.models import Case
from shingikai.meetings.models import Decision
from shingikai.publicity import CASE_OUTCOMES


class Page(Schema):
    count: int = Field(description="Records matching the filters, on all pages")
    page: int
    pages: int
    per_page: int
    next: str | None = Field(description="URL of the next page")
    previous: str | None = Field(description="URL of the previous page")


# Years a council's record can hold (明治 onwards); outside them a date cannot even be computed.
FIRST_YEAR, LAST_YEAR = 1868, 9998


class FiscalYearRefused(Exception):
    """A `fiscal_year` the API cannot read as a 年度, answered 400 with the message the pages give. No ValueError:
    pydantic would fold it into its own 422 list, whose generic words do not say how to write a 年度."""


def _read_fiscal_year(value):
    from shingikai.formfields import read_fiscal_year

    year, message = read_fiscal_year("" if value is None else value)
    if message:
        raise FiscalYearRefused(message)
    return year


#: A 年度 as every form reads it: 2024, ２０２４, 2024年度, 令和6年度, R6, 令和元年度 (formfields.read_fiscal_year).
FiscalYear = Annotated[int | None, BeforeValidator(_read_fiscal_year),
                       WithJsonSchema({"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}],
                                       "examples": [2024, "令和6年度", "R6"]})]


class PageParams(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(50, ge=1, le=200)


class MunicipalityRef(Schema):
    slug: str
    name: str


class CouncilRef(Schema):
    slug: str
    name: str


class MunicipalityOut(Schema):
    slug: str
    name: str
    prefecture: str
    councils: list[CouncilRef]


class MemberOut(Schema):
    name: str
    role: str = Field(description="会長, 副会長, 会長職務代理 or 委員")
    sector: str = Field(description="選出区分 (学識経験者, 市民公募 …)")
    term_start: dt.date
    term_end: dt.date | None


class CouncilOut(Schema):
    slug: str
    name: str
    municipality: MunicipalityRef
    body_type: str = Field(description="審議会 or 審査会")
    ordinance: str
    name_policy: str = Field(description="How speakers are named in published minutes: real, role or letter")
    minutes_style: str
    imported_only: bool = Field(description="Built from another municipality's published minutes")
    web: str


class CouncilDetail(CouncilOut):
    members: list[MemberOut] = Field(description="Members in office today")


class AgendaItemOut(Schema):
    id: int
    order: int
    kind: str = Field(description="procedural, 諮問, 報告 or その他")
    title: str
    case_id: int | None
    decision_id: int | None = Field(description="Set once the minutes recording the decision are published")
    outcome: str | None


class MeetingOut(Schema):
    id: int
    council: CouncilRef
    fiscal_year: int | None
    fiscal_year_label: str | None = Field(description="e.g. 令和6年度")
    number: int | None
    cumulative_number: int | None
    label: str = Field(description="e.g. 令和6年度第1回 (通算第42回)")
    date: dt.date | None
    date_wareki: str | None
    start_time: str | None = Field(description="Local time with its offset (Asia/Tokyo), e.g. 14:00:00+09:00",
                                   json_schema_extra={"format": "time"})
    end_time: str | None = Field(description="Local time with its offset (Asia/Tokyo)", json_schema_extra={"format": "time"})
    place: str
    is_public: bool = Field(description="A closed meeting's agenda, minutes and decisions are not published")
    state: str
    minutes_id: int | None = Field(description="Published minutes, if any")
    minutes_pdf: str | None
    web: str
    created: dt.datetime
    modified: dt.datetime


class MeetingDetail(MeetingOut):
    observers: int | None
    items: list[AgendaItemOut] = Field(description="The public agenda items")
    answer_ids: list[int] = Field(description="答申 issued at this meeting")


class TurnOut(Schema):
    order: int
    agenda_item_id: int | None
    speaker: str = Field(description="As the council's name policy shows it")
    role: str = Field(description="chair, member, secretariat, department or other")
    text: str


class MinutesOut(Schema):
    id: int
    meeting_id: int
    council: CouncilRef
    meeting_label: str
    date: dt.date | None
    style: str
    confirmed_on: dt.date | None
    published_on: dt.date | None
    pdf: str
    web: str
    created: dt.datetime
    modified: dt.datetime


class MinutesDetail(MinutesOut):
    turns: list[TurnOut] = Field(description="Speaker turns, closed items left out")


class CaseOut(Schema):
    id: int
    council: CouncilRef
    number: str = Field(description="諮問番号, when given")
    title: str
    kind: str = Field(description="諮問, 報告 or その他")
    categories: list[str] = Field(description="Japanese labels, e.g. 外部委託")
    department: str = Field(description="担当課 as the case was filed (受付), as the council's record names it; a later "
                                        "組織改正 does not change it")
    division: str = Field(description="部 of the 担当課 as the case was filed")
    department_now: str = Field(description="The name of the department that carries the case's work today (after "
                                            "a 名称変更 or 統合); the same as department when none came since")
    status: str = Field(description="受付済, 審議予定, 継続審議, 決定済, 答申済 or 取下げ; 結論の記載なし for a case imported "
                                    "from another council's minutes that record no outcome (outcome null)")
    outcome: str | None = Field(description="答申 once a published 答申 answers the case (see answer_numbers), "
                                            "else its latest published decision")
    topic: str
    legal_bases: list[str]
    accepted_on: dt.date | None
    meeting_ids: list[int]
    meeting_dates: list[dt.date]
    answer_ids: list[int]
    answer_numbers: list[str] = Field(description="答申番号 of the published 答申, e.g. 答申第1号")
    answer_dates: list[dt.date]
    web: str
    created: dt.datetime
    modified: dt.datetime


class GoneOut(Schema):
    """A record the public could once read and no longer may (a case heard closed, withdrawn or unpublished, an
    imported meeting taken back or deleted, and its cases): its id, so that a copy kept downstream can drop it, and
    nothing else of it."""
    id: int
    deleted: bool = True
    detail: str


class ConditionOut(Schema):
    kind: str = Field(description="条件, 意見, 後日報告 or 資料提出")
    text: str


class DecisionOut(Schema):
    id: int
    council: CouncilRef
    meeting_id: int
    agenda_item_id: int
    case_id: int | None
    title: str
    date: dt.date | None
    outcome: str
    vote_method: str
    votes_for: int | None
    votes_against: int | None
    votes_abstain: int | None
    chair_decided: bool
    wording: str
    conditions: list[ConditionOut]
    created: dt.datetime
    modified: dt.datetime


class AnswerChangeOut(Schema):
    field: str = Field(description="addressee, conclusion or opinions")
    label: str
    text: str = Field(description="The corrected wording")
    before: str = Field("", description="The wording as first issued")


class AnswerCorrectionOut(Schema):
    date: dt.date
    date_wareki: str
    reason: str
    changes: list[AnswerChangeOut]


class AnswerOut(Schema):
    id: int
    council: CouncilRef
    number: str
    date: dt.date | None
    date_wareki: str | None
    addressee: str
    conclusion: str
    opinions: str
    case_ids: list[int]
    meeting_id: int | None
    pdf: str
    corrections: list[AnswerCorrectionOut] = Field(description="正誤: corrections after issue, oldest first")
    created: dt.datetime
    modified: dt.datetime


class MunicipalityPage(Page):
    items: list[MunicipalityOut]


class CouncilPage(Page):
    items: list[CouncilOut]


class Tombstone(Schema):
    """A record a list once gave and the public may no longer read: its id and when it left, nothing else of it."""
    id: int
    deleted: bool = True
    modified: dt.datetime = Field(description="When it left the public record (the change that took it back)")


class HarvestPage(Page):
    deleted: list[Tombstone] | None = Field(
        None, description="With modified_since only: the records taken back from the public since then (null without)")


class MeetingPage(HarvestPage):
    items: list[MeetingOut]


class MinutesPage(HarvestPage):
    items: list[MinutesOut]


class CasePage(HarvestPage):
    items: list[CaseOut]


class DecisionPage(HarvestPage):
    items: list[DecisionOut]


class AnswerPage(HarvestPage):
    items: list[AnswerOut]


# --- filters ------------------------------------------------------------------------------------

class CouncilFilters(Schema):
    municipality: str | None = Field(None, description="Municipality slug")


class MeetingFilters(Schema):
    council: str | None = Field(None, description="Council slug")
    municipality: str | None = Field(None, description="Municipality slug")
    fiscal_year: FiscalYear = Field(None, description="Fiscal year (年度) by its starting year (2024) or in 和暦 "
                                                      "(令和6年度, R6)")
    modified_since: str | None = Field(None, description="ISO 8601 date or date-time")


#: The 結論 a case list filters by: the page's choices, so that none of them answers 422 here.
CaseOutcome = Literal[CASE_OUTCOMES]


class CaseFilters(MeetingFilters):
    fiscal_year: FiscalYear = Field(None, description="Deliberated at a meeting of this fiscal year (2024, 令和6年度)")
    kind: Case.Kind | None = None
    category: str | None = Field(None, description="A category value (outsourcing) or its label (外部委託)")
    outcome: CaseOutcome | None = Field(None, description="答申 for an answered case, else its latest published decision")
    topic: str | None = None


class DecisionFilters(MeetingFilters):
    kind: Case.Kind | None = None
    category: str | None = Field(None, description="A category value (outsourcing) or its label (外部委託)")
    outcome: Decision.Outcome | None = None


class AnswerFilters(MeetingFilters):
    fiscal_year: FiscalYear = Field(None, description="Issued in this fiscal year (2024, 令和6年度)")
