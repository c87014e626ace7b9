"""The public files.csv imported back gives the same register: export → import → export is identical in every
column, for a register holding every kind of entry (要配慮, 条例要配慮, both, none; 電算 and マニュアル; 提供先 and
特別の手続 or none; 匿名加工 proposals; a 備考 over several lines; a registered 変更; a value the export escapes;
another body's file)."""
import csv
import datetime
import io

from django.urls import reverse

from shingikai.registers import actions, file_import
from shingikai.registers.models import PersonalInfoFile

D = datetime.date
BASE = dict(purpose="目的", record_items="氏名、住所", record_scope="市民", subject_count=52000,
            collection_method="本人から", retention="5年", request_office="みなみ市役所 市民課")


def registered(world, department, **fields):
    record = actions.create_file(department, **{**BASE, **fields})
    actions.submit_file(record)
    return actions.register_file(record, on=D(2023, 4, 1))


def every_kind_of_file(world):
    registered(world, world.dept_a, name="住民基本台帳ファイル")
    registered(world, world.dept_b, name="健康診断ファイル", contains_sensitive=True, sensitive_note="病歴 (通院歴を含む)",
               kind=PersonalInfoFile.Kind.MANUAL, regular_recipients="国民健康保険団体連合会",
               special_procedures="住民基本台帳法第34条の2", invites_anonymised_proposals=True,
               remarks="紙の台帳から移行\n令和4年に二つのファイルを統合")
    registered(world, world.dept_a, name="相談記録ファイル", contains_ordinance_sensitive=True,
               sensitive_note="犯罪被害の事実")
    registered(world, world.dept_b, name="障害福祉ファイル", contains_sensitive=True, contains_ordinance_sensitive=True,
               sensitive_note="障害の有無、生活保護の受給", record_items="-氏名のみ (符号で始まる値)")
    registered(world, world.dept_b, name="学齢簿ファイル", holding_body="みなみ市教育委員会")
    changed = registered(world, world.dept_a, name="窓口予約ファイル", subject_count=3000)
    actions.update_file(changed, subject_count=4000, by=world.dept_a_user)
    actions.register_change(PersonalInfoFile.objects.get(pk=changed.pk), on=D(2024, 6, 1), by=world.secretariat)


def rows(data):
    """Each row of the CSV but its last column (公開ページ, the new file's own address)."""
    return [row[:-1] for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))]


def test_every_kind_of_file_survives_export_import_export(world, client):
    every_kind_of_file(world)
    exported = client.get(reverse("registers_public:files_csv")).content
    assert len(rows(exported)) == 7
    PersonalInfoFile.objects.all().delete()

    result = file_import.import_files(world.city, exported, by=world.secretariat)

    assert [row.errors for row in result.rows] == [[]] * 6 and result.stored
    assert rows(client.get(reverse("registers_public:files_csv")).content) == rows(exported)
    sensitive = PersonalInfoFile.objects.get(name="障害福祉ファイル")
    assert (sensitive.contains_sensitive, sensitive.contains_ordinance_sensitive, sensitive.sensitive_note) == \
        (True, True, "障害の有無、生活保護の受給")
    assert PersonalInfoFile.objects.get(name="健康診断ファイル").sensitive_note == "病歴 (通院歴を含む)"


def test_the_exports_sensitive_column_names_what_the_sensitive_information_is(world, client):
    registered(world, world.dept_b, name="健康診断ファイル", contains_sensitive=True, sensitive_note="病歴")

    page = client.get(reverse("registers_public:files_csv")).content.decode("utf-8-sig")

    assert "要配慮個人情報を含む (病歴)" in page


def test_another_bodys_file_keeps_its_body_in_the_register_and_the_public_list(world, client):
    from test_register_file_import import a_row, csv_bytes

    data = csv_bytes([a_row(**{"個人情報ファイルの名称": "学齢簿ファイル", "行政機関等の名称": "みなみ市教育委員会"}),
                      a_row(**{"行政機関等の名称": "みなみ市"})])

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert result.stored
    school = PersonalInfoFile.objects.get(name="学齢簿ファイル")
    assert school.holding_body == "みなみ市教育委員会"
    assert PersonalInfoFile.objects.get(name="住民基本台帳ファイル").holding_body == ""
    assert "みなみ市 (みなみ市教育委員会)" in client.get(reverse("registers_public:files")).content.decode()
    assert "みなみ市教育委員会" in client.get(reverse("registers_public:file", args=[school.pk])).content.decode()
    client.force_login(world.secretariat)
    assert "みなみ市教育委員会" in client.get(reverse("registers:file", args=[school.pk])).content.decode()


def test_department_names_another_holding_body_on_the_files_form(client, world):
    from test_register_web import file_fields

    client.force_login(world.dept_a_user)
    response = client.post(reverse("registers:file_new"), {**file_fields(kind="computer"),
                                                            "holding_body": "みなみ市選挙管理委員会"})

    assert response.status_code == 302
    assert world.dept_a.personal_info_files.get().holding_body == "みなみ市選挙管理委員会"


def test_a_body_or_name_longer_than_its_column_is_an_error_of_its_row(world):
    from test_register_file_import import a_row, csv_bytes

    data = csv_bytes([a_row(**{"行政機関等の名称": "教育委員会" * 30, "個人情報ファイルの名称": "ファイル" * 60})])

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert not result.stored and result.rows[0].errors == [
        ("個人情報ファイルの名称", "", "200文字以内で書いてください。"), ("行政機関等の名称", "", "100文字以内で書いてください。")]
