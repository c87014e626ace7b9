"""The JSON API of the public record (GET only), described by the OpenAPI document at /api/openapi.json.

Every record comes from `records`, which takes it from `shingikai.publicity`. An unknown id and a record
the public may not see answer the same 404, so a closed item's existence does not show; a case the public could
once read (a case, an imported meeting) answers 410 with its id only (publicity.case_gone, meeting_gone).
"""
from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Query, Status
from ninja.errors import AuthenticationError, ValidationError

from shingikai import publicity
from shingikai.cases.models import name_departments
from shingikai.ids import LARGEST_ID, record_or_404
from shingikai.meetings import answer_corrections
from shingikai.registers.api import router as registers_router

from . import payloads, records, stamps, validation
from .csv_export import cases_csv
from .paging import page_of
from .schemas import (
    AnswerFilters, AnswerOut, AnswerPage, CaseFilters, CaseOut, CasePage, CouncilDetail, CouncilFilters,
    CouncilPage, DecisionFilters, DecisionOut, DecisionPage, FiscalYearRefused, GoneOut, MeetingDetail, MeetingFilters,
    MeetingPage,
    MinutesDetail, MinutesPage, MunicipalityOut, MunicipalityPage, PageParams,
)


class PublicAPI(NinjaAPI):
    def create_response(self, request, data, *args, **kwargs):
        response = super().create_response(request, data, *args, **kwargs)
        if getattr(request, "auth", None) is not None:
            # The private side (api/tokens.py): one reader's records, never cached nor read cross-origin.
            response["Cache-Control"] = "private, no-store"
        else:
            # Public data for any site or tool to read from a browser.
            response["Access-Control-Allow-Origin"] = "*"
        return response


api = PublicAPI(
    title="shingikai public record",
    version="1",
    description=(
        "審議会の公開情報 (会議・会議録・案件・決定・答申) を読むための API です。"
        "Read-only JSON of what the councils have published: municipalities, councils, meetings with their "
        "public agenda, published minutes, the case register, decisions with their conditions, and answers. "
        "Lists take `page` and `per_page` and the filters shown; dates are ISO 8601. "
        "The registers' incidents, assessments and audits are for staff only: a signed-in browser session, or "
        "`Authorization: Bearer TOKEN` with a token from `shingikai api-token USERNAME`."
    ),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)
api.add_router("/registers/", registers_router)


NOT_FOUND = "お探しの情報は見つかりませんでした。アドレスを確認してください。"


def not_found_response(request):
    """Every 404 of the API in one shape: an unknown id, a record the public may not see (the same answer, so a closed
    item's existence does not show), an id that is not a number and a path the API does not have."""
    return api.create_response(request, {"detail": NOT_FOUND}, status=404)


def not_allowed_response(request, allowed):
    return api.create_response(
        request, {"detail": f"この API は読み取り専用です。{'、'.join(sorted(allowed))} で要求してください。"}, status=405)


@api.exception_handler(Http404)
def not_found(request, error):
    return not_found_response(request)


@api.exception_handler(records.BadFilter)
def bad_filter(request, error):
    return api.create_response(request, {"detail": str(error)}, status=400)


@api.exception_handler(FiscalYearRefused)
def bad_fiscal_year(request, error):
    return api.create_response(request, {"detail": str(error)}, status=400)


@api.exception_handler(AuthenticationError)
def not_signed_in(request, error):
    return api.create_response(
        request, {"detail": "この情報は職員のみが読めます。ログインするか、API トークン (Authorization: Bearer) を送ってください。"},
        status=401)


@api.exception_handler(ValidationError)
def invalid_input(request, error):
    return api.create_response(request, {"detail": validation.japanese(error.errors)}, status=422)


@api.get("/municipalities", response=MunicipalityPage, tags=["municipalities"])
def list_municipalities(request, paging: Query[PageParams]):
    return page_of(request, records.municipalities(), paging, lambda r, m: payloads.municipality(m))


@api.get("/municipalities/{slug}", response=MunicipalityOut, tags=["municipalities"])
def get_municipality(request, slug: str):
    return payloads.municipality(get_object_or_404(records.municipalities(), slug=slug))


@api.get("/councils", response=CouncilPage, tags=["councils"])
def list_councils(request, filters: Query[CouncilFilters], paging: Query[PageParams]):
    return page_of(request, records.filter_councils(records.councils(), filters), paging, payloads.council)


@api.get("/councils/{slug}", response=CouncilDetail, tags=["councils"])
def get_council(request, slug: str):
    return payloads.council(request, get_object_or_404(records.councils(), slug=slug), detail=True)


@api.get("/meetings", response=MeetingPage, tags=["meetings"])
def list_meetings(request, filters: Query[MeetingFilters], paging: Query[PageParams]):
    return {**page_of(request, records.filter_meetings(records.meetings(), filters), paging, payloads.meeting),
            "deleted": records.tombstones(stamps.gone_meetings(), filters)}


def _or_gone(records_of, record_id, gone, what):
    """The record `record_id` of `records_of`; one the public could read and can no longer (`gone(id)`) answers 410
    with its id only, anything else the API's 404."""
    try:
        return record_or_404(records_of, record_id)
    except Http404:
        if record_id <= LARGEST_ID and gone(record_id):
            return Status(410, {"id": record_id, "deleted": True,
                                "detail": f"この{what}は公開を終了しました。"})
        raise


@api.get("/meetings/{int:meeting_id}", response={200: MeetingDetail, 410: GoneOut}, tags=["meetings"])
def get_meeting(request, meeting_id: int):
    meeting = _or_gone(records.meetings(), meeting_id, publicity.meeting_gone, "会議")
    return meeting if isinstance(meeting, Status) else payloads.meeting(request, meeting, detail=True)


@api.get("/minutes", response=MinutesPage, tags=["minutes"])
def list_minutes(request, filters: Query[MeetingFilters], paging: Query[PageParams]):
    return {**page_of(request, records.filter_minutes(records.minutes(), filters), paging, payloads.minutes),
            "deleted": records.tombstones(stamps.gone_minutes(), filters)}


def _gone_in(sources):
    return lambda pk: stamps.is_gone(sources(), pk)


@api.get("/minutes/{int:minutes_id}", response={200: MinutesDetail, 410: GoneOut}, tags=["minutes"])
def get_minutes(request, minutes_id: int):
    minutes = _or_gone(records.minutes(), minutes_id, _gone_in(stamps.gone_minutes), "会議録")
    return minutes if isinstance(minutes, Status) else payloads.minutes(request, minutes, detail=True)


@api.get("/cases", response=CasePage, tags=["cases"])
def list_cases(request, filters: Query[CaseFilters], paging: Query[PageParams]):
    return {**page_of(request, records.filter_cases(records.cases(), filters), paging, payloads.case,
                      prepare=name_departments),
            "deleted": records.tombstones(stamps.gone_cases(), filters)}


@api.get(
    "/cases.csv", tags=["cases"], summary="The case register as CSV (UTF-8 with BOM, CRLF)",
    openapi_extra={"responses": {200: {"description": "CSV", "content": {"text/csv": {}}}}},
)
def export_cases(request, filters: Query[CaseFilters]):
    return cases_csv(request, records.filter_cases(records.cases(), filters))


@api.get("/cases/{int:case_id}", response={200: CaseOut, 410: GoneOut}, tags=["cases"])
def get_case(request, case_id: int):
    case = _or_gone(records.cases(), case_id, publicity.case_gone, "案件")
    return case if isinstance(case, Status) else payloads.case(request, case)


@api.get("/decisions", response=DecisionPage, tags=["decisions"])
def list_decisions(request, filters: Query[DecisionFilters], paging: Query[PageParams]):
    return {**page_of(request, records.filter_decisions(records.decisions(), filters), paging, payloads.decision),
            "deleted": records.tombstones(stamps.gone_decisions(), filters)}


@api.get("/decisions/{int:decision_id}", response={200: DecisionOut, 410: GoneOut}, tags=["decisions"])
def get_decision(request, decision_id: int):
    decision = _or_gone(records.decisions(), decision_id, _gone_in(stamps.gone_decisions), "議決")
    return decision if isinstance(decision, Status) else payloads.decision(request, decision)


@api.get("/answers", response=AnswerPage, tags=["answers"])
def list_answers(request, filters: Query[AnswerFilters], paging: Query[PageParams]):
    return {**page_of(request, records.filter_answers(records.answers(), filters), paging, payloads.answer,
                      prepare=answer_corrections.read_corrections),
            "deleted": records.tombstones(stamps.gone_answers(), filters)}


@api.get("/answers/{int:answer_id}", response={200: AnswerOut, 410: GoneOut}, tags=["answers"])
def get_answer(request, answer_id: int):
    answer = _or_gone(records.answers(), answer_id, _gone_in(stamps.gone_answers), "答申")
    return answer if isinstance(answer, Status) else payloads.answer(request, answer)


# The disclosure side (counts and published 答申 on appeals): shingikai/disclosure/api.py.
api.add_router("/disclosure", "shingikai.disclosure.api.router")
