"""The published 個人情報ファイル簿 in the JSON API (/api/registers/files), described in the OpenAPI document.

Rows come from registers.publicity; an unknown id and an unpublished file answer the same 404.
"""
import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from shingikai.api.paging import page_of
from shingikai.api.schemas import Page, PageParams

from . import publicity
from .fields import row

router = Router(tags=["registers"])


class PersonalInfoFileOut(Schema):
    id: int
    name: str = Field(description="個人情報ファイルの名称")
    body: str = Field(description="行政機関等の名称")
    municipality: str
    municipality_slug: str
    office: str = Field(description="個人情報ファイルが利用に供される事務をつかさどる組織の名称")
    purpose: str = Field(description="利用目的")
    record_items: str = Field(description="記録項目")
    record_scope: str = Field(description="記録範囲")
    collection_method: str = Field(description="記録情報の収集方法")
    sensitive: str = Field(description="要配慮個人情報が含まれるときは、その旨")
    regular_recipients: str = Field(description="記録情報の経常的提供先")
    request_office: str = Field(description="開示請求等を受理する組織の名称及び所在地")
    special_procedures: str = Field(description="訂正及び利用停止に関する他の法令の規定による特別の手続等")
    kind: str = Field(description="個人情報ファイルの種別")
    anonymised_proposals: str = Field(description="行政機関等匿名加工情報の提案の募集をする個人情報ファイルである旨")
    remarks: str = Field(description="備考")
    subject_count: int = Field(description="本人の数 (概数)")
    retention: str = Field(description="保存期間")
    registered_on: dt.date | None = Field(description="登載日")
    change_dates: list[dt.date] = Field(description="変更日 (登載した変更の日付、古い順)")
    url: str = Field(description="公開ページ")


class PersonalInfoFilePage(Page):
    items: list[PersonalInfoFileOut]


class FileFilters(Schema):
    municipality: str | None = Field(None, description="自治体の識別子 (slug)")


def _payload(request, record):
    data = row(record)
    data["url"] = request.build_absolute_uri(data["url"])
    return data


def _files(filters):
    files = publicity.files().order_by("department__municipality__name", "department__name", "name", "pk")
    if filters.municipality:
        files = files.filter(department__municipality__slug=filters.municipality)
    return files


@router.get("/files", response=PersonalInfoFilePage, summary="The published 個人情報ファイル簿")
def list_files(request, filters: Query[FileFilters], paging: Query[PageParams]):
    return page_of(request, _files(filters), paging, _payload)


@router.get("/files/{int:file_id}", response=PersonalInfoFileOut)
def get_file(request, file_id: int):
    return _payload(request, get_object_or_404(publicity.files(), pk=file_id))


# Incidents, assessments and audits: staff only (registers/staff_api.py).
from .staff_api import router as staff_router  # noqa: E402 - after the public routes, in the same prefix

router.add_router("/", staff_router)
