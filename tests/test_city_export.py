"""A city takes its own data and leaves: `shingikai export-city` writes one .zip of that city's records (JSON per
kind of record, its history included), the files its records point to and a README, and nothing of another city
of the same installation."""
import datetime
import json
import stat
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from shingikai.cases.actions import accept_case, add_attachment, create_case, submit_case
from shingikai.councils.models import Person, Staff
from shingikai.disclosure import actions

from helpers import accepted_case, open_meeting_with

D = datetime.date


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def two_cities(world):
    """Records and files in みなみ市 and in きた町, each with words found in no other city's."""
    case = accepted_case(world, title="みなみ市の住民票コンビニ交付")
    add_attachment(case, title="みなみ市の仕様書", file=SimpleUploadedFile("minami-spec.txt", b"MINAMI-ONLY"))
    meeting, _ = open_meeting_with(world)
    actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3), documents="みなみ市の文書",
                           requester_category="市内", requester_name="南田 花子", date_confirmed=True)
    kita_person = Person.objects.create(name="北山 一郎")
    from shingikai.councils.actions import appoint_member
    appoint_member(world.other_council, kita_person, appointed_on=D(2024, 4, 1), term_start=D(2024, 4, 1),
                   term_end=D(2026, 3, 31))
    kita_case = create_case(world.other_council, world.other_dept, kind="諮問", title="きた町の防犯カメラ",
                            purpose="きた町の防犯のため", categories=["outsourcing"], legal_bases=["きた町条例第1条"])
    submit_case(kita_case)
    accept_case(kita_case, on=D(2024, 4, 1))
    add_attachment(kita_case, title="きた町の配置図", file=SimpleUploadedFile("kita-map.txt", b"KITA-ONLY"))
    actions.record_request(world.other_dept, kind="public_document", received_on=D(2024, 6, 3), documents="きた町の文書",
                           requester_category="市内", requester_name="北川 請子", date_confirmed=True)
    return case, meeting, kita_case


def export(tmp_path, slug="minami"):
    out = tmp_path / f"{slug}.zip"
    call_command("export_city", "--municipality", slug, "-o", str(out), verbosity=0)
    return zipfile.ZipFile(out)


def everything(archive):
    return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_the_export_holds_the_citys_records_history_and_files(world, tmp_path):
    two_cities(world)
    archive = export(tmp_path)
    names = archive.namelist()
    assert {"README.md", "manifest.json", "data/cases.case.json", "data/cases.historicalcase.json",
            "data/meetings.meeting.json", "data/disclosure.disclosurerequest.json", "data/councils.person.json",
            "data/councils.municipality.json"} <= set(names)
    assert any(n.startswith("files/attachments/") and archive.read(n) == b"MINAMI-ONLY" for n in names)
    cases = json.loads(archive.read("data/cases.case.json"))
    assert [c["fields"]["title"] for c in cases] == ["みなみ市の住民票コンビニ交付"]
    requests = json.loads(archive.read("data/disclosure.disclosurerequest.json"))
    assert [r["fields"]["requester_name"] for r in requests] == ["南田 花子"]
    assert "data/cases.case.json" in archive.read("README.md").decode()


def test_the_export_is_readable_by_its_writer_only(world, tmp_path):
    two_cities(world)
    export(tmp_path)
    assert stat.S_IMODE((tmp_path / "minami.zip").stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_nothing_of_the_other_city_is_inside(world, tmp_path):
    two_cities(world)
    text = everything(export(tmp_path))
    for word in ("きた町", "KITA-ONLY", "北山 一郎", "北川 請子", "住民課", "kita-shinsakai", "北 三郎", '"kita"'):
        assert word not in text, word
    municipalities = json.loads(export(tmp_path).read("data/councils.municipality.json"))
    assert [m["fields"]["slug"] for m in municipalities] == ["minami"]


def test_the_other_city_exports_its_own_and_none_of_the_first(world, tmp_path):
    two_cities(world)
    text = everything(export(tmp_path, "kita"))
    assert "北川 請子" in text and "北山 一郎" in text
    for word in ("みなみ市", "南田 花子", "市民課", "MINAMI-ONLY", "青木 一郎"):
        assert word not in text, word


def test_logins_go_without_their_password_hashes(world, tmp_path):
    two_cities(world)
    users = json.loads(export(tmp_path).read("data/auth.user.json"))
    usernames = {u["fields"]["username"] for u in users}
    assert "jimukyoku" in usernames and "kita" not in usernames
    assert not any("password" in u["fields"] for u in users)
    assert Staff.objects.filter(user__username="kita").exists()


def test_an_unknown_city_is_refused_with_the_known_ones_named(world, tmp_path):
    with pytest.raises(CommandError, match="minami"):
        call_command("export_city", "--municipality", "nowhere", "-o", str(tmp_path / "x.zip"), verbosity=0)


def test_the_citys_erasure_records_go_with_it_without_the_erased_values(world, tmp_path):
    from shingikai.cases.actions import remove_attachment
    from shingikai.cases.models import Attachment

    two_cities(world)
    draft = create_case(world.council, world.dept_a, kind="諮問", title="みなみ市の下書き", purpose="確認のため",
                        by=world.dept_a_user)
    remove_attachment(add_attachment(draft, title="南田 花子 の申出書", by=world.dept_a_user,
                                     file=SimpleUploadedFile("minami-moushide.txt", b"x")), by=world.dept_a_user)
    kita = Attachment.objects.get(title="きた町の配置図")
    kita.case.status = "draft"
    kita.case.save()
    remove_attachment(kita)
    archive = export(tmp_path)
    erasures = json.loads(archive.read("data/ops.erasurerecord.json"))
    assert [(e["fields"]["kind"], e["fields"]["fields"], e["fields"]["reason"], e["fields"]["model_label"])
            for e in erasures] == [("添付資料", "資料名、ファイル", "資料の削除", "cases.attachment")]
    assert erasures[0]["fields"]["erased_at"] and erasures[0]["fields"]["erased_by"] == world.dept_a_user.pk
    text = everything(archive)
    assert "南田 花子 の申出書" not in text and "minami-moushide" not in text
    assert [e["fields"]["kind"] for e in json.loads(export(tmp_path, "kita").read("data/ops.erasurerecord.json"))] == [
        "添付資料"]
