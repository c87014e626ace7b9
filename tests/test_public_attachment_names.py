"""A 公開資料 is downloaded under a name built from the record (「諮問第3号_資料1_窓口予約システム概要.txt」), never
the name of the file on the uploader's computer, which may carry a staff member's name or 「内部検討用」."""
from urllib.parse import unquote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers import accepted_case

from shingikai.cases.actions import add_attachment, publish_case
from shingikai.cases.models import Case


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def download_name(response):
    disposition = response["Content-Disposition"]
    return unquote(disposition.split("filename*=utf-8''")[1]) if "filename*=" in disposition else disposition


def test_a_public_attachment_is_named_after_the_record_not_the_uploaders_file(client, world):
    case = accepted_case(world, title="窓口予約システムの外部委託")
    Case.objects.filter(pk=case.pk).update(number="諮問第8号")
    add_attachment(case, title="内部の検討メモ", file=SimpleUploadedFile("memo.txt", b"internal"), is_public=False)
    first = add_attachment(case, title="窓口予約システム概要",
                           file=SimpleUploadedFile("市民課 西川 作成 概要 (内部検討用).TXT", "概要".encode()),
                           is_public=True)
    second = add_attachment(case, title="委託先の/選定:基準?", file=SimpleUploadedFile("西川メモ.csv", "基準,点数\n".encode()),
                            is_public=True)
    publish_case(case)
    names = [download_name(client.get(f"/cases/{case.pk}/attachments/{a.pk}/")) for a in (first, second)]
    assert names == ["諮問第8号_資料1_窓口予約システム概要.txt", "諮問第8号_資料2_委託先の_選定_基準.csv"]
    for name in names:
        assert "西川" not in name and "内部検討用" not in name


def test_a_case_without_a_number_names_its_attachment_by_the_title_alone(client, world):
    case = accepted_case(world, title="窓口予約システムの外部委託")
    Case.objects.filter(pk=case.pk).update(number="")
    attachment = add_attachment(case, title="概要　（令和8年度）", file=SimpleUploadedFile("x y.txt", b"x"), is_public=True)
    publish_case(case)
    assert download_name(client.get(f"/cases/{case.pk}/attachments/{attachment.pk}/")) == "資料1_概要_（令和8年度）.txt"
