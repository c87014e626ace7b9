"""The city's past 個人情報ファイル簿 imported from a CSV in the columns of the public files.csv: from the command
line and the browser, UTF-8 or Shift_JIS, all rows or none, a dry run that stores nothing, and wrong files refused
with a clear message."""
import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from shingikai.errors import ActionRefused
from shingikai.registers import actions, file_import
from shingikai.registers.models import PersonalInfoFile

D = datetime.date
HEADINGS = [heading for heading, _ in file_import.COLUMNS]


def a_row(**overrides):
    row = {
        "個人情報ファイルの名称": "住民基本台帳ファイル", "行政機関等の名称": "みなみ市長",
        "個人情報ファイルが利用に供される事務をつかさどる組織の名称": "市民部 市民課",
        "個人情報ファイルの利用目的": "住民基本台帳の記録と証明書の交付", "記録項目": "氏名、住所、生年月日、性別",
        "記録範囲": "市内に住所を有する者", "記録情報の収集方法": "本人からの届出",
        "要配慮個人情報が含まれるときは、その旨": "含まない", "記録情報の経常的提供先": "なし",
        "開示請求等を受理する組織の名称及び所在地": "みなみ市役所 市民課 (みなみ市中央1-1)",
        "訂正及び利用停止に関する他の法令の規定による特別の手続等": "なし",
        "個人情報ファイルの種別": "電算処理ファイル (法第60条第2項第1号)",
        "行政機関等匿名加工情報の提案の募集をする個人情報ファイルである旨": "該当しない", "備考": "",
        "本人の数 (概数)": "52000", "保存期間": "消除後150年", "登載日": "令和5年4月1日",
    }
    row.update(overrides)
    return row


def csv_bytes(rows, *, encoding="utf-8-sig", headings=HEADINGS):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headings])
    return buffer.getvalue().encode(encoding)


def test_export_of_the_register_imports_back_as_the_same_register(world, client):
    for name, count in (("住民基本台帳ファイル", 52000), ("窓口予約ファイル", 300)):
        record = actions.create_file(world.dept_a, name=name, purpose="目的", record_items="氏名", record_scope="市民",
                                     subject_count=count, collection_method="本人から", retention="5年",
                                     request_office="みなみ市役所 市民課", remarks="紙の台帳から移行")
        actions.submit_file(record)
        actions.register_file(record, on=D(2024, 4, 1))
    exported = client.get(reverse("registers_public:files_csv")).content
    PersonalInfoFile.objects.all().delete()

    result = file_import.import_files(world.city, exported, by=world.secretariat)

    assert result.stored and result.error_count == 0
    again = client.get(reverse("registers_public:files_csv")).content.decode("utf-8-sig")
    assert [line.rsplit(",", 1)[0] for line in again.splitlines()] == \
        [line.rsplit(",", 1)[0] for line in exported.decode("utf-8-sig").splitlines()]
    # A file of fewer than 1,000 people is exported by nobody, but one in an Excel register is kept unpublished.
    file_import.import_files(world.city, csv_bytes([a_row(**{"個人情報ファイルの名称": "窓口予約ファイル2",
                                                             "本人の数 (概数)": "約300人"})]), by=world.secretariat)
    kept = PersonalInfoFile.objects.get(name="窓口予約ファイル2")
    assert kept.state == PersonalInfoFile.State.REGISTERED and not kept.is_published


def test_excel_shift_jis_file_is_imported_with_wareki_dates_and_sensitive_note(world):
    data = csv_bytes([a_row(**{"要配慮個人情報が含まれるときは、その旨": "要配慮個人情報を含む (病歴)",
                               "個人情報ファイルが利用に供される事務をつかさどる組織の名称": "こども家庭課",
                               "登載日": "令和5年10月2日", "本人の数 (概数)": "約1,200人"})], encoding="cp932")

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert result.stored
    record = PersonalInfoFile.objects.get()
    assert (record.department, record.registered_on, record.subject_count) == (world.dept_b, D(2023, 10, 2), 1200)
    assert record.contains_sensitive and record.sensitive_note == "病歴" and record.is_published
    assert record.history.first().history_user == world.secretariat


def test_dry_run_lists_what_would_be_added_and_stores_nothing(world):
    data = csv_bytes([a_row(), a_row(**{"個人情報ファイルの名称": "印鑑登録ファイル", "本人の数 (概数)": "800"})])

    result = file_import.import_files(world.city, data, by=world.secretariat, dry_run=True)

    assert not result.stored and PersonalInfoFile.objects.count() == 0
    assert [file_import.row_text(row) for row in result.rows] == [
        "「住民基本台帳ファイル」 (市民課、52,000人、令和5年4月1日登載、公表)",
        "「印鑑登録ファイル」 (市民課、800人、令和5年4月1日登載、1,000人未満のため非公表)",
    ]


def test_one_bad_row_stores_none_and_names_row_column_and_value(world):
    data = csv_bytes([
        a_row(),
        a_row(**{"個人情報ファイルの名称": "税務ファイル", "本人の数 (概数)": "たくさん", "登載日": "いつか"}),
        a_row(**{"個人情報ファイルの名称": "福祉ファイル",
                 "個人情報ファイルが利用に供される事務をつかさどる組織の名称": "存在しない課"}),
        a_row(),  # the same file twice
    ])

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert not result.stored and PersonalInfoFile.objects.count() == 0
    lines = [text for is_error, text in file_import.summary_lines(result) if is_error]
    assert "3行目 「本人の数 (概数)」 の値「たくさん」: 数として読み取れません (例: 12000、約1,200人)。" in lines
    assert any(line.startswith("3行目 「登載日」 の値「いつか」") for line in lines)
    assert any(line.startswith("4行目 「個人情報ファイルが利用に供される事務をつかさどる組織の名称」 の値「存在しない課」")
               for line in lines)
    assert any(line.startswith("5行目: ") and "同じ名称のファイル" in line for line in lines)
    assert lines[-1].startswith("4行のうち3行に誤りがあります。何も取り込んでいません。")


def test_a_date_in_the_wrong_era_is_an_error_of_its_row_as_on_the_screens(world):
    data = csv_bytes([a_row(), a_row(**{"個人情報ファイルの名称": "税務ファイル", "登載日": "平成31年5月1日"})])

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert not result.stored and PersonalInfoFile.objects.count() == 0
    lines = [text for is_error, text in file_import.summary_lines(result) if is_error]
    assert any(line.startswith("3行目 「登載日」 の値「平成31年5月1日」: 「平成31年5月1日」という日付はありません")
               and "令和元年5月1日 のことであれば" in line for line in lines)


def test_sensitive_file_without_its_content_is_refused_with_the_column_to_fill(world):
    data = csv_bytes([a_row(**{"要配慮個人情報が含まれるときは、その旨": "要配慮個人情報を含む"})])

    result = file_import.import_files(world.city, data, by=world.secretariat)

    assert not result.stored
    assert "要配慮個人情報の内容" in result.rows[0].errors[0][2]
    with_column = csv_bytes([a_row(**{"要配慮個人情報が含まれるときは、その旨": "要配慮個人情報を含む",
                                      "要配慮個人情報の内容": "障害の有無"})],
                            headings=HEADINGS + ["要配慮個人情報の内容"])
    assert file_import.import_files(world.city, with_column, by=world.secretariat).stored


@pytest.mark.parametrize("data, said", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "画像ファイル (PNG)"),
    (b"PK\x03\x04" + b"\x00" * 100, "ZIP 圧縮ファイル"),
    ("氏名,住所\n北野,北山市\n".encode(), "足りない列"),
    (b"", "ファイルが空です"),
    (b"\xff\xfe\xfa\xfb" * 50, "文字コード"),
])
def test_a_wrong_file_is_refused_with_what_it_is(world, data, said):
    with pytest.raises(ActionRefused, match=said.replace("(", r"\(").replace(")", r"\)")):
        file_import.import_files(world.city, data, by=world.secretariat)
    assert PersonalInfoFile.objects.count() == 0


def test_ten_thousand_rows_are_refused_before_any_is_entered(world):
    data = csv_bytes([a_row(**{"個人情報ファイルの名称": f"ファイル{n}"}) for n in range(10_000)])

    with pytest.raises(ActionRefused, match="一度に取り込めるのは3,000行まで"):
        file_import.import_files(world.city, data, by=world.secretariat)


def test_formula_looking_cell_is_refused_but_the_exports_escaped_value_is_read(world):
    planted = csv_bytes([a_row(**{"記録項目": '=HYPERLINK("http://example.com","氏名")'})])
    result = file_import.import_files(world.city, planted, by=world.secretariat)
    assert not result.stored and "数式のように見える値" in result.rows[0].errors[0][2]

    escaped = csv_bytes([a_row(**{"記録項目": "'-氏名のみ"})])
    assert file_import.import_files(world.city, escaped, by=world.secretariat).stored
    assert PersonalInfoFile.objects.get().record_items == "-氏名のみ"


def test_only_the_citys_secretariat_imports(world):
    for user in (world.dept_a_user, world.other_secretariat):
        with pytest.raises(ActionRefused, match="事務局のみ"):
            file_import.import_files(world.city, csv_bytes([a_row()]), by=user)


def test_command_dry_run_prints_rows_and_import_stores_them(world, tmp_path, capsys):
    path = tmp_path / "files.csv"
    path.write_bytes(csv_bytes([a_row()], encoding="cp932"))

    call_command("import_register", "files", str(path), "--council", world.council.slug, "--dry-run")
    assert "2行目: 追加します 「住民基本台帳ファイル」" in capsys.readouterr().out
    assert PersonalInfoFile.objects.count() == 0

    call_command("import_register", "files", str(path), "--council", world.council.slug, "--as", "jimukyoku")
    assert "1件のファイルを登載しました。" in capsys.readouterr().out
    assert PersonalInfoFile.objects.get().state == PersonalInfoFile.State.REGISTERED


def test_command_exits_2_with_the_rows_errors(world, tmp_path, capsys):
    path = tmp_path / "files.csv"
    path.write_bytes(csv_bytes([a_row(**{"保存期間": ""})]))

    with pytest.raises(SystemExit) as exit_:
        call_command("import_register", "files", str(path), "--council", world.council.slug)

    assert exit_.value.code == 2
    assert "2行目 「保存期間」: 空欄です。" in capsys.readouterr().err
    assert PersonalInfoFile.objects.count() == 0


def test_secretariat_previews_the_upload_then_imports_it_from_the_browser(world, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(world.secretariat)
    url = reverse("registers:file_import")
    assert "個人情報ファイル簿を CSV から取り込む" in client.get(reverse("registers:index")).content.decode()
    upload = SimpleUploadedFile("台帳.csv", csv_bytes([a_row()], encoding="cp932"), content_type="text/csv")

    preview = client.post(url, {"step": "preview", "file": upload})

    page = preview.content.decode()
    assert preview.status_code == 200 and "住民基本台帳ファイル" in page and "取り込む</button>" in page
    assert PersonalInfoFile.objects.count() == 0
    text = preview.context["text"]
    done = client.post(url, {"step": "import", "text": text})
    assert done.status_code == 302
    assert PersonalInfoFile.objects.get().state == PersonalInfoFile.State.REGISTERED


def test_browser_preview_shows_each_rows_errors_and_offers_no_import(world, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(world.secretariat)
    url = reverse("registers:file_import")
    bad = SimpleUploadedFile("台帳.csv", csv_bytes([a_row(**{"本人の数 (概数)": "=1+1"})]), content_type="text/csv")
    page = client.post(url, {"step": "preview", "file": bad})
    assert page.status_code == 400
    assert "数式のように見える値" in page.content.decode() and "取り込む</button>" not in page.content.decode()

    image = SimpleUploadedFile("台帳.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="text/csv")
    page = client.post(url, {"step": "preview", "file": image}, follow=True)
    assert "画像ファイル (PNG)" in page.content.decode()
    assert PersonalInfoFile.objects.count() == 0


def test_department_cannot_open_the_import_page(world, client):
    client.force_login(world.dept_a_user)
    assert client.get(reverse("registers:file_import")).status_code == 403


def test_browser_preview_of_a_file_too_large_to_send_back_points_to_the_command(world, client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 66 * 1024
    client.force_login(world.secretariat)
    rows = [a_row(**{"個人情報ファイルの名称": f"ファイル{n}"}) for n in range(60)]
    upload = SimpleUploadedFile("台帳.csv", csv_bytes(rows), content_type="text/csv")

    page = client.post(reverse("registers:file_import"), {"step": "preview", "file": upload})

    assert page.status_code == 400
    assert "shingikai import-register files" in page.content.decode()
    assert "取り込む</button>" not in page.content.decode()
