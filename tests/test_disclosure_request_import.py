"""A city's past 開示請求 imported from a CSV in the columns of the secretariat's 受付簿.csv: every row through the
register's actions (deadlines, extensions and decisions as they record them), all rows or none, a dry run listing
each row and its errors, from the command line and the browser; wrong files refused; requesters' names never in
a public page, an export or the search index."""
import csv
import datetime
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from test_leaks import crawl, results_only

from shingikai.disclosure import actions, register_csv, request_import
from shingikai.disclosure.models import DisclosureRequest
from shingikai.errors import ActionRefused
from shingikai.search.indexing import reindex_all

D = datetime.date
HEADINGS = [heading for heading, _ in register_csv.COLUMNS]
NAME = "SECRET-REQUESTER-IMPORT-7c1d"


def record(world, kind="public_document", received_on=D(2024, 4, 7), department=None, category="市内", **fields):
    return actions.record_request(department or world.dept_a, kind=kind, received_on=received_on,
                                  documents="市民課窓口業務委託の仕様書", requester_category=category, date_confirmed=True,
                                  **fields)


def every_kind_of_request(world):
    """A register holding each way a request is handled."""
    full = actions.decide_request(record(world), decision="全部開示", decided_on=D(2024, 4, 21), fee_yen=300)
    actions.record_disclosure(full, on=D(2024, 4, 25))
    partial = record(world, kind="personal_disclosure", category="本人", department=world.dept_b)
    partial = actions.extend_deadline(partial, days=20, reason="文書が大量のため", notice_on=D(2024, 4, 30))
    partial = actions.decide_request(partial, decision="部分開示", decided_on=D(2024, 5, 30), fee_yen=120,
                                     grounds=[("法第78条第1項第2号", "個人に関する情報"), ("条例第7条第3号", "法人等情報")],
                                     withheld_summary="第三者の氏名\n事業者の見積単価")
    special = actions.extend_specially(record(world, received_on=D(2024, 5, 12)), reason="対象文書が著しく大量",
                                       final_by=D(2024, 9, 30), notice_on=D(2024, 5, 20))
    special = actions.decide_special_portion(special, decision="部分開示", decided_on=D(2024, 7, 10),
                                             scope="令和5年度分の文書", withheld_summary="職員の印影",
                                             grounds=[("条例第7条第2号", "個人に関する情報")])
    actions.decide_request(special, decision="全部開示", decided_on=D(2024, 9, 1))
    corrected = actions.decide_request(record(world, kind="correction", category="本人"), decision="訂正をする",
                                       decided_on=D(2024, 5, 1))
    actions.record_provider_notice(corrected, on=D(2024, 5, 8))
    actions.decide_request(record(world, kind="suspension", category="法定代理人"), decision="利用停止をしない",
                           decided_on=D(2024, 5, 2), reason="法第98条第1項の要件に該当しないため")
    actions.decide_request(record(world), decision="存否応答拒否", decided_on=D(2024, 4, 30),
                           grounds=[("条例第7条第2号", "個人に関する情報")])
    actions.withdraw_request(record(world, category="法人"), on=D(2024, 4, 10))
    actions.transfer_request(record(world, category="市外"), on=D(2024, 4, 11), transferred_to="みなみ市教育委員会")
    record(world, received_on=D(2024, 6, 2), category="その他")


def rows(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def csv_bytes(rows_, *, encoding="utf-8-sig", headings=HEADINGS):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows_:
        writer.writerow([row.get(h, "") for h in headings])
    return buffer.getvalue().encode(encoding)


def a_row(**overrides):
    return {"請求の種類": "公文書開示請求", "実施機関": "市民部 市民課", "請求日": "令和6年4月7日",
            "請求された文書・情報": "市民課窓口業務委託の仕様書", "請求者の区分": "市内在住・在勤", **overrides}


def test_the_registers_export_imports_back_as_the_same_register(world, client):
    every_kind_of_request(world)
    client.force_login(world.secretariat)
    exported = client.get(reverse("disclosure:register_csv")).content
    assert len(rows(exported)) == 10
    DisclosureRequest.objects.all().delete()

    result = request_import.import_requests(world.city, exported, by=world.secretariat)

    assert [row.errors for row in result.rows] == [[]] * 9 and result.stored
    assert rows(client.get(reverse("disclosure:register_csv")).content) == rows(exported)
    special = DisclosureRequest.objects.get(special_notice_on__isnull=False)
    assert (special.portion_decision, special.decision, special.withheld_summary) == ("部分開示", "全部開示", "職員の印影")
    assert DisclosureRequest.objects.get(kind="personal_disclosure").extended_due == D(2024, 5, 27)


def test_deadlines_follow_the_citys_rules_and_the_request_is_the_secretariats(world):
    actions.set_rules(world.city, public_document_days=14)
    data = csv_bytes([a_row(**{"決定期限": "令和9年1月1日", "受付番号": "R7-99", "状態": "終了"})], encoding="cp932")

    result = request_import.import_requests(world.city, data, by=world.secretariat)

    assert result.stored
    request = DisclosureRequest.objects.get()
    # The export's 受付番号, 決定期限 and 状態 are the actions' to give, not the file's.
    assert (request.number, request.first_due, request.status) == ("2024-0001", D(2024, 4, 22), "received")
    assert (request.department, request.requester_category, request.created_by) == (world.dept_a, "市内", world.secretariat)
    assert request.history.first().history_user == world.secretariat


def test_dry_run_lists_what_would_be_added_and_stores_nothing(world):
    data = csv_bytes([a_row(), a_row(**{"決定": "不開示", "決定日 (取下げ・移送の日)": "2024-04-30",
                                        "不開示の理由 (条項と類型)": "条例第7条第2号 (個人に関する情報)"})])

    result = request_import.import_requests(world.city, data, by=world.secretariat, dry_run=True)

    assert not result.stored and DisclosureRequest.objects.count() == 0
    assert [request_import.row_text(row) for row in result.rows] == [
        "2024-0001 公文書開示請求 (市民課、令和6年4月7日請求、決定期限 令和6年5月7日、決定待ち)",
        "2024-0002 公文書開示請求 (市民課、令和6年4月7日請求、決定期限 令和6年5月7日、不開示 令和6年4月30日)",
    ]


def test_one_bad_row_stores_none_and_names_row_column_and_value(world):
    data = csv_bytes([
        a_row(),
        a_row(**{"請求の種類": "閲覧請求", "請求日": "いつか"}),
        a_row(**{"実施機関": "存在しない課", "請求者の区分": "匿名"}),
        a_row(**{"決定": "部分開示", "決定日 (取下げ・移送の日)": "令和6年4月30日"}),
        a_row(**{"延長後の期限": "令和6年6月6日", "延長の理由": "大量のため", "延長通知日": "令和6年5月20日"}),
        a_row(**{"不開示の理由 (条項と類型)": "条例第7条"}),
    ])

    result = request_import.import_requests(world.city, data, by=world.secretariat)

    assert not result.stored and DisclosureRequest.objects.count() == 0
    lines = [text for is_error, text in request_import.summary_lines(result) if is_error]
    assert "3行目 「請求の種類」 の値「閲覧請求」: 請求の種類は 公文書開示請求・保有個人情報開示請求・保有個人情報訂正請求・" \
           "保有個人情報利用停止請求 のいずれかです。" in lines
    assert any(line.startswith("3行目 「請求日」 の値「いつか」: 日付として読み取れません") for line in lines)
    assert any(line.startswith("4行目 「実施機関」 の値「存在しない課」") for line in lines)
    assert any(line.startswith("4行目 「請求者の区分」 の値「匿名」") for line in lines)
    assert "5行目: 部分開示の決定には不開示の理由 (根拠条項と類型) が必要です。" in lines
    assert "6行目: 延長の通知は決定期間内にしなければなりません。" in lines
    assert any(line.startswith("7行目 「不開示の理由 (条項と類型)」 の値「条例第7条」") for line in lines)
    assert lines[-1].startswith("6行のうち5行に誤りがあります。何も取り込んでいません。")


@pytest.mark.parametrize("data, said", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "画像ファイル (PNG)"),
    ("氏名,住所\n北野,北山市\n".encode(), "開示請求の受付簿の列がそろっていません"),
    (csv_bytes([a_row()], headings=HEADINGS + ["備考欄"]), "知らない列があります: 備考欄"),
    (csv_bytes([a_row(**{"請求日": f"令和6年4月{n % 28 + 1}日"}) for n in range(10_000)]), "一度に取り込めるのは3,000行まで"),
    (b"", "ファイルが空です"),
])
def test_a_wrong_file_is_refused_with_what_it_is(world, data, said):
    with pytest.raises(ActionRefused, match=said.replace("(", r"\(").replace(")", r"\)")):
        request_import.import_requests(world.city, data, by=world.secretariat)
    assert DisclosureRequest.objects.count() == 0


def test_formula_looking_cell_is_refused_but_the_exports_escaped_value_is_read(world):
    planted = csv_bytes([a_row(**{"請求された文書・情報": '=HYPERLINK("http://example.com","仕様書")'})])
    result = request_import.import_requests(world.city, planted, by=world.secretariat)
    assert not result.stored and "数式のように見える値" in result.rows[0].errors[0][2]

    escaped = csv_bytes([a_row(**{"請求された文書・情報": "'-仕様書の写し"})])
    assert request_import.import_requests(world.city, escaped, by=world.secretariat).stored
    assert DisclosureRequest.objects.get().documents == "-仕様書の写し"


def test_only_the_citys_secretariat_imports_and_downloads(world, client):
    for user in (world.dept_a_user, world.other_secretariat):
        with pytest.raises(ActionRefused, match="事務局のみ"):
            request_import.import_requests(world.city, csv_bytes([a_row()]), by=user)
    client.force_login(world.dept_a_user)
    assert client.get(reverse("disclosure:register_import")).status_code == 403
    assert client.get(reverse("disclosure:register_csv")).status_code == 403


def test_command_dry_run_prints_rows_and_import_stores_them(world, tmp_path, capsys):
    path = tmp_path / "requests.csv"
    path.write_bytes(csv_bytes([a_row()], encoding="cp932"))

    call_command("import_register", "requests", str(path), "--council", world.council.slug, "--dry-run")
    assert "2行目: 追加します 2024-0001 公文書開示請求 (市民課、令和6年4月7日請求" in capsys.readouterr().out
    assert DisclosureRequest.objects.count() == 0

    call_command("import_register", "requests", str(path), "--council", world.council.slug, "--as", "jimukyoku")
    assert "1件の請求を登録しました。" in capsys.readouterr().out
    assert DisclosureRequest.objects.get().created_by == world.secretariat


def test_command_exits_2_with_the_rows_errors(world, tmp_path, capsys):
    path = tmp_path / "requests.csv"
    path.write_bytes(csv_bytes([a_row(**{"請求された文書・情報": ""})]))

    with pytest.raises(SystemExit) as exit_:
        call_command("import_register", "requests", str(path), "--council", world.council.slug)

    assert exit_.value.code == 2
    assert "2行目 「請求された文書・情報」: 空欄です。" in capsys.readouterr().err
    assert DisclosureRequest.objects.count() == 0


def test_secretariat_previews_the_upload_then_imports_it_from_the_browser(world, client):
    client.force_login(world.secretariat)
    url = reverse("disclosure:register_import")
    assert url in client.get(reverse("disclosure:register")).content.decode()
    assert url in client.get(reverse("registers:file_import")).content.decode()
    upload = SimpleUploadedFile("受付簿.csv", csv_bytes([a_row()], encoding="cp932"), content_type="text/csv")

    preview = client.post(url, {"step": "preview", "file": upload})

    page = preview.content.decode()
    assert preview.status_code == 200 and "2024-0001" in page and "取り込む</button>" in page
    assert DisclosureRequest.objects.count() == 0
    done = client.post(url, {"step": "import", "text": preview.context["text"]})
    assert done.status_code == 302
    assert DisclosureRequest.objects.get().status == "received"


def test_browser_refuses_a_renamed_image_and_shows_each_rows_errors(world, client):
    client.force_login(world.secretariat)
    url = reverse("disclosure:register_import")
    image = SimpleUploadedFile("受付簿.csv", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="text/csv")
    page = client.post(url, {"step": "preview", "file": image})
    assert page.status_code == 400 and "画像ファイル (PNG)" in page.content.decode()

    bad = SimpleUploadedFile("受付簿.csv", csv_bytes([a_row(**{"請求日": "=1+1"})]), content_type="text/csv")
    page = client.post(url, {"step": "preview", "file": bad})
    assert page.status_code == 400
    assert "数式のように見える値" in page.content.decode() and "取り込む</button>" not in page.content.decode()
    assert DisclosureRequest.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_requesters_names_never_reach_public_pages_exports_or_the_index(world, client, tmp_path, capsys):
    data = csv_bytes([a_row(**{"請求者の氏名・名称": NAME, "請求者の連絡先": f"{NAME}-contact", "決定": "全部開示",
                               "決定日 (取下げ・移送の日)": "令和6年4月21日"})],
                     headings=HEADINGS + ["請求者の氏名・名称", "請求者の連絡先"])
    path = tmp_path / "requests.csv"
    path.write_bytes(data)
    call_command("import_register", "requests", str(path), "--council", world.council.slug, "--dry-run", "--json")
    call_command("import_register", "requests", str(path), "--council", world.council.slug)
    printed = capsys.readouterr()
    assert NAME not in printed.out + printed.err
    request = DisclosureRequest.objects.get()
    assert (request.requester_name, request.requester_contact) == (NAME, f"{NAME}-contact")

    reindex_all()
    bodies = crawl(client, ["/disclosure/minami/report/", "/disclosure/minami/report/2024/", "/search/?q=" + NAME,
                            "/api/disclosure/reports/minami/2024", "/api/disclosure/reports/minami/2024/operations.csv"],
                   follow=lambda path: path.startswith(("/disclosure/", "/api/disclosure/")) and not path.endswith(".pdf"))
    assert "/disclosure/minami/report/2024/" in bodies
    for path, text in bodies.items():
        assert NAME not in results_only(path, text), path
    call_command("search", NAME, "--json", stdout=(out := io.StringIO()))
    assert json.loads(out.getvalue())["total"] == 0
    client.force_login(world.secretariat)
    assert NAME not in client.get(reverse("disclosure:register_csv")).content.decode("utf-8-sig")
    preview = client.post(reverse("disclosure:register_import"),
                          {"step": "preview", "file": SimpleUploadedFile("受付簿.csv", data, content_type="text/csv")})
    assert NAME not in preview.content.decode().replace(preview.context["text"], "")
    too_long = csv_bytes([a_row(**{"請求者の氏名・名称": NAME * 10})], headings=HEADINGS + ["請求者の氏名・名称"])
    result = request_import.import_requests(world.city, too_long, by=world.secretariat)
    assert result.rows[0].errors == [("請求者の氏名・名称", "", "100文字以内で書いてください。")]


def test_the_registers_export_of_one_year_takes_the_year_as_typed_and_refuses_one_that_is_none(world, client):
    """?fy=令和6年度 downloaded every year's requests under a 「すべて」 record, as did ?fy=来年度: a register taken for
    one year's held all years. The year is read as the forms read it; what is no year answers 400, saying why."""
    every_kind_of_request(world)
    client.force_login(world.secretariat)
    url = reverse("disclosure:register_csv")
    one_year = client.get(url, {"fy": "2024"}).content
    assert len(rows(one_year)) > 1
    for typed in ("令和6年度", "R6", "２０２４"):
        assert client.get(url, {"fy": typed}).content == one_year, typed
    refused = client.get(url, {"fy": "来年度"})
    assert refused.status_code == 400 and "「来年度」を年度として読み取れませんでした" in refused.content.decode()
    assert client.get(reverse("disclosure:register"), {"fy": "令和6年度"}).content.decode().count(
        '<option value="2024" selected>') == 1
