"""Reading minutes files: formats, encodings, and the inputs that must be refused."""
import shutil
from pathlib import Path

import pytest

from shingikai.minutes.importer import MinutesImportError, parse_file
from shingikai.minutes.importer.decode import decode_text_bytes, read_minutes_file

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
UTF8_TEXT = (FIXTURES / "minami-circle.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["minami-circle.sjis.txt", "higashi-paren.eucjp.txt", "kita-bracket.bom.md"])
def test_legacy_encodings_and_bom_are_detected(name):
    text = read_minutes_file(FIXTURES / name)
    assert "審" in text and "\ufeff" not in text and "\ufffd" not in text


def test_shift_jis_reads_back_exactly():
    assert read_minutes_file(FIXTURES / "minami-circle.sjis.txt") == UTF8_TEXT


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16", "iso2022_jp"])
def test_decode_text_bytes_in_every_supported_encoding(encoding):
    sample = "令和6年度第2回みなみ市情報公開・個人情報保護審議会会議録\n○会長　ただいまから開会します。\n"
    assert decode_text_bytes(sample.encode(encoding)) == sample


def test_html_keeps_blocks_as_lines_and_cells_as_tabs():
    text = read_minutes_file(FIXTURES / "kita-minutes.html")
    assert "開催場所\tきた町役場　3階　委員会室" in text.split("\n")
    assert "〇会長　福祉課から説明をお願いします。" in text.split("\n")
    assert "スクリプト" not in text and "padding" not in text


def test_html_with_unclosed_tags_is_still_read():
    parsed = parse_file(FIXTURES / "unclosed-tags.html")
    assert parsed["date"] == "2024-03-12"
    assert [t["speaker"] for t in parsed["turns"]] == ["会長", "委員", "事務局"]


def test_pdf_text_layer_is_read():
    text = read_minutes_file(FIXTURES / "nishi-colon.pdf")
    assert "大森会長：ただいまから会議を開きます。" in text
    assert "\f" in text  # page breaks survive for the cleaner


def test_docx_paragraphs_and_table_rows_are_read():
    lines = read_minutes_file(FIXTURES / "minami-circle.docx").split("\n")
    assert "開催日時\t令和6年8月20日（火）午後2時から午後3時45分まで" in lines
    assert "○会長　それでは議事に入ります。" in lines


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "ファイルが空です"),
        ("binary.txt", "バイナリファイル"),
        ("scanned.pdf", "スキャンした画像の PDF です"),
        ("renamed-zip.docx", "word/document.xml のない ZIP 圧縮ファイル"),
        ("garbage.docx", "Word (.docx) ファイルではありません"),
        ("broken-truncated.html", "HTML が壊れています"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(name, reason):
    with pytest.raises(MinutesImportError) as caught:
        parse_file(FIXTURES / name)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_text_garbled_throughout_is_refused_but_a_garbled_banner_line_is_passed_over():
    record = ("北山市情報公開・個人情報保護審議会会議録\n日時 令和6年5月20日 午後2時\n場所 北山市役所 第1会議室\n"
              "出席委員 北野一郎 南田健 東山花子\n議題 北山市の窓口予約システムについて\n")
    banner = "• \"" + "\ufffd" * 24 + "\"(/)\n"
    assert decode_text_bytes((banner + record).encode("utf-8")).endswith(record)
    scattered = "".join(ch + ("\ufffd" if i % 4 == 0 else "") for i, ch in enumerate(record))
    with pytest.raises(MinutesImportError, match="読めない文字が多すぎます"):
        decode_text_bytes(scattered.encode("utf-8"))
    with pytest.raises(MinutesImportError, match="読めない文字が多すぎます"):
        decode_text_bytes(("\ufffd" * 12 + "\n").join(record.splitlines()).encode("utf-8"))


def test_file_over_the_size_limit_is_refused():
    with pytest.raises(MinutesImportError, match="ファイルが大きすぎます"):
        read_minutes_file(FIXTURES / "minami-circle.txt", max_bytes=100)


def test_missing_file_is_refused():
    with pytest.raises(MinutesImportError, match="ファイルが見つかりません"):
        read_minutes_file(FIXTURES / "no-such-minutes.txt")


def test_unknown_extension_is_sniffed(tmp_path):
    for name, target in (("kita-minutes.html", "minutes.dat"), ("nishi-colon.pdf", "minutes"),
                         ("minami-circle.sjis.txt", "minutes.text1")):
        shutil.copy(FIXTURES / name, tmp_path / target)
        assert parse_file(tmp_path / target)["municipality"] in ("きた町", "にし市", "みなみ市")


def test_misleading_extension_is_read_by_content(tmp_path):
    shutil.copy(FIXTURES / "nishi-colon.pdf", tmp_path / "minutes.txt")
    assert parse_file(tmp_path / "minutes.txt")["meeting_label"] == "令和3年度第4回"


def test_old_word_format_is_refused(tmp_path):
    path = tmp_path / "minutes.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(MinutesImportError, match="古い形式"):
        parse_file(path)


def test_text_that_is_not_a_pdf_is_refused_as_pdf(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_text("これは PDF ではありません。", encoding="utf-8")
    with pytest.raises(MinutesImportError, match="PDF ファイルではありません"):
        parse_file(path)


def test_a_pdf_whose_fonts_pypdf_misreads_is_read_through_pdfium():
    from pypdf import PdfReader

    from shingikai.minutes.importer import decode

    path = FIXTURES / "kita-cmap.pdf"
    # The fixture is one pypdf misreads: the second reader is what is tested.
    assert decode._misread("\f".join(page.extract_text() for page in PdfReader(path).pages))
    text = read_minutes_file(path)
    assert "〔北野会長〕ただいまから会議を開きます。" in text
    parsed = parse_file(path)
    assert parsed["date"] == "2025-11-11" and parsed["council_name"] == "北山市情報公開・個人情報保護審議会"
    assert [item["title"] for item in parsed["items"]] == [
        "子育て支援アプリの導入に伴う個人情報の電子計算機処理の委託について"]


def test_a_pdf_no_reader_can_map_is_refused_as_garbled_with_what_to_do(monkeypatch):
    from shingikai.minutes.importer import decode

    monkeypatch.setattr(decode, "_pdfium_text", lambda data: "\r¨\rÉ\x007\r˚\r¸\rÌ\x002\r˝\r˛\rˇ")
    with pytest.raises(MinutesImportError, match=r"文字化けします.*テキスト \(\.txt\) か Word"):
        read_minutes_file(FIXTURES / "kita-cmap.pdf")


def test_japanese_text_is_not_taken_for_a_misread_font():
    from shingikai.minutes.importer import decode

    assert not decode._misread(UTF8_TEXT)
    assert not decode._misread("Minutes of the ¥ budget — café, naïve résumé 2024")
