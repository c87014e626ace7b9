"""Hostile and mistaken files are refused in Japanese before they can exhaust the machine, and nothing
is stored. Time and memory for them are reported by benchmarks/bench_import.py, not asserted here."""
import io
from contextlib import redirect_stderr

import hostile_files as hostile
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from conftest import PASSWORD
from shingikai.meetings.models import Meeting
from shingikai import officefiles
from shingikai.minutes.importer import MinutesImportError, decode, parse_text
from shingikai.minutes.importer.clean import MAX_BLANKS, clean_text
from shingikai.minutes.importer.decode import bytes_to_text
from shingikai.minutes.models import PendingImport

JUST_OVER_PART = officefiles.MAX_PART_BYTES + 1


def refused(data, suffix):
    with pytest.raises(MinutesImportError) as caught:
        bytes_to_text(data, suffix)
    return caught.value.reason


def test_the_real_docx_fixture_is_within_bounds():
    assert "会長" in bytes_to_text(hostile.REAL_DOCX.read_bytes(), ".docx")


def test_inflated_document_part_is_refused_as_a_zip_bomb():
    assert "ZIP 爆弾" in refused(hostile.docx_inflated_document(JUST_OVER_PART), ".docx")


def test_every_part_is_checked_not_only_the_document():
    assert "ZIP 爆弾" in refused(hostile.docx_inflated_styles(JUST_OVER_PART), ".docx")


def test_parts_that_together_inflate_too_far_are_refused(monkeypatch):
    monkeypatch.setattr(officefiles, "MAX_TOTAL_BYTES", 200_000)
    assert "ZIP 爆弾" in refused(hostile.docx_inflated_styles(150_000), ".docx")


def test_a_part_that_lies_about_its_size_is_refused_while_streaming():
    reason = refused(hostile.docx_lying_sizes(JUST_OVER_PART), ".docx")
    assert "壊れています" in reason or "ZIP 爆弾" in reason


def test_a_docx_with_thousands_of_parts_is_refused():
    assert "部品が多すぎます" in refused(hostile.docx_many_parts(officefiles.MAX_PARTS + 1), ".docx")


def test_a_pdf_with_too_many_pages_is_refused(monkeypatch):
    monkeypatch.setattr(decode, "PDF_MAX_PAGES", 5)
    assert "ページが多すぎます" in refused(hostile.pdf_pages(6), ".pdf")


@pytest.mark.parametrize("make,suffix,reason", [
    (hostile.png, ".txt", "画像ファイル (PNG)"),
    (hostile.png, ".md", "画像ファイル (PNG)"),
    (hostile.zip_archive, ".txt", "ZIP 圧縮ファイル"),
])
def test_images_and_archives_renamed_as_text_are_named_for_what_they_are(make, suffix, reason):
    message = refused(make(), suffix)
    assert reason in message and "会議録" in message


@pytest.mark.parametrize("byteorder", ["le", "be"])
def test_utf16_without_a_byte_order_mark_is_decoded(byteorder):
    text = bytes_to_text(hostile.utf16_without_bom(byteorder), ".txt")
    assert "会長" in text and "\x00" not in text


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path


def test_zip_bomb_upload_gets_a_japanese_message_and_nothing_is_stored(client, world, media):
    client.login(username="jimukyoku", password=PASSWORD)
    data = hostile.docx_inflated_styles(JUST_OVER_PART)
    response = client.post("/work/import/", {"file": SimpleUploadedFile("minutes.docx", data), "council": ""})
    assert response.status_code == 400
    assert "ZIP 爆弾" in response.content.decode()
    assert not PendingImport.objects.exists() and not Meeting.objects.exists()


def test_zip_bomb_on_the_command_line_exits_2_with_a_japanese_line(world, tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(hostile.docx_inflated_document(JUST_OVER_PART))
    err = io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        with redirect_stderr(err):
            call_command("import_minutes", str(path), stdout=io.StringIO(), stderr=err)
    assert exit_.value.code == 2
    assert f"import-minutes: {path}: Word (.docx) ファイルの中身が展開すると大きすぎます" in err.getvalue()
    assert not Meeting.objects.exists()


def test_a_text_without_a_meeting_is_not_stored_from_the_command_line(world, tmp_path):
    path = tmp_path / "novel.txt"
    path.write_text("吾輩は猫である。名前はまだ無い。\n", encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import_minutes", str(path), stdout=io.StringIO(), stderr=err)
    assert "会議録のファイルか確認してください" in err.getvalue()
    assert not Meeting.objects.exists()


def test_a_run_of_blanks_longer_than_any_layout_is_cut_and_the_names_around_it_kept():
    # Uncut, each of the readers' patterns tried every blank of the run: 10,000 blanks took 7 s, 500,000 hours.
    assert clean_text("北野一郎" + " " * 1000 + "南田健") == "北野一郎" + " " * MAX_BLANKS + "南田健"
    parsed = parse_text(hostile.blank_run_roster(500_000).decode("utf-8"))
    assert parsed["members_present"] == ["北野一郎", "南田健"] and len(parsed["turns"]) == 1
    # A centred title's padding, as real pages set it, is left as it is.
    assert clean_text("会議録" + " " * 132 + "北野市") == "会議録" + " " * 132 + "北野市"


class _Seen:
    """A pattern that records the length of each text it is asked to look at."""

    def __init__(self, pattern, lengths):
        self.pattern, self.lengths = pattern, lengths

    def __getattr__(self, name):
        method = getattr(self.pattern, name)

        def looked_at(*args, **kwargs):
            self.lengths.append(max(len(a) for a in args if isinstance(a, str)))
            return method(*args, **kwargs)

        return looked_at


def test_a_page_run_onto_one_line_shows_the_title_patterns_only_its_opening(monkeypatch):
    # The council's name, the title's shapes and the acts that name the city were searched over the whole line: a
    # 9 MB file of one line took a minute before it was read. A title or a header field is never that long.
    from shingikai.minutes.importer import council_names, header, municipality
    from shingikai.minutes.importer.conventions import TITLE_SPAN

    lengths = []
    monkeypatch.setattr(header, "_COUNT_OF_SITTING", _Seen(header._COUNT_OF_SITTING, lengths))
    monkeypatch.setattr(council_names, "_TITLE_SHAPES", tuple(_Seen(s, lengths) for s in council_names._TITLE_SHAPES))
    monkeypatch.setattr(municipality, "_ORDINANCE", _Seen(municipality._ORDINANCE, lengths))
    monkeypatch.setattr(municipality, "_MAYOR", _Seen(municipality._MAYOR, lengths))
    parse_text("あ" * (3 * TITLE_SPAN))  # no name anywhere: every pattern reads as far as it is let
    assert lengths and max(lengths) <= TITLE_SPAN


def test_lines_that_all_run_on_show_the_rejoining_patterns_only_a_bounded_piece(monkeypatch):
    # Each join looked at the whole paragraph joined so far with patterns that only fit a printed line's tail or a
    # page's top row: 4,000 lines (212 KB) took 42 s.
    from shingikai.minutes.importer import clean

    lengths = []
    for name in ("BREADCRUMB", "_CLOSED_ENTRY_END", "_RECORD_TITLE", "_ROOM_LINE"):
        monkeypatch.setattr(clean, name, _Seen(getattr(clean, name), lengths))
    text = hostile.run_on_lines(400).decode("utf-8")
    parse_text(text)
    assert lengths and max(lengths) <= clean._TRAIL_HEAD < len(text) / 4


def test_a_long_line_broken_by_blanks_with_a_label_every_few_words_is_closed_up_in_one_pass():
    # Each mark looks at most a label's length ahead, and the legend, introduction and greeting readers only at short
    # lines or a bounded piece: a one-line text of 170,000 letters, a broken label in every sentence, stays linear.
    import time

    from shingikai.minutes.importer import chair
    from shingikai.minutes.importer.spaced_labels import spaced_labels_closed

    line = "開 ○北 野会 長 会 そ れで は、 た だい まか ら 審議 会を 開き ます 。 " * 5000
    started = time.monotonic()
    assert len(spaced_labels_closed([line])) == 5001
    assert chair._elected_with_deputy(["北野委員が会長に北野委員が副" * 10000], []) is None
    assert chair._greeting_given_by([" 北野北野北野" * 30000 + "委員長より挨拶"], []) is None
    # A contents heading over a run of leader dots with no page after them, or of blanks: passed over in one look each.
    from shingikai.minutes.importer.spaced_labels import contents_closed_up

    assert len(contents_closed_up(["目 1. 開 次 会 " + "… " * 200_000, line])) == 2
    assert len(contents_closed_up(["目 1. 開 次 会 " + " " * 500_000, line])) == 2
    assert time.monotonic() - started < 10


def _minutes_longer_than(limit):
    """Real minutes with their turns repeated past `limit` characters: several meetings' worth in one file."""
    text = (hostile.REAL_DOCX.parent / "minami-circle.txt").read_text(encoding="utf-8")
    turn = "○上田委員　通信は暗号化されるのでしょうか。\n"
    return text + turn * (limit // len(turn) + 1)


def test_minutes_too_long_for_one_meeting_are_refused_at_upload_with_the_length_and_nothing_is_kept(
        client, world, media, settings):
    """A 20 MB text file (6.7 million characters) took over ten minutes and a gigabyte to store, holding SQLite's write
    lock: the upload says how long it is and what to do, before the parse."""
    settings.SHINGIKAI_IMPORT_MAX_CHARS = 5_000
    client.login(username="jimukyoku", password=PASSWORD)
    data = _minutes_longer_than(5_000).encode("utf-8")
    response = client.post("/work/import/", {"file": SimpleUploadedFile("minutes.txt", data), "council": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "本文が長すぎるため読み取りません" in page and "上限 5,000 文字" in page and "会議ごとのファイルに分けて" in page
    assert not PendingImport.objects.exists() and not Meeting.objects.exists()


def test_minutes_too_long_for_one_meeting_are_refused_on_the_command_line_naming_the_setting(world, tmp_path, settings):
    settings.SHINGIKAI_IMPORT_MAX_CHARS = 5_000
    path = tmp_path / "minutes.txt"
    path.write_text(_minutes_longer_than(5_000), encoding="utf-8")
    for dry_run in ([], ["--dry-run"]):
        err = io.StringIO()
        with pytest.raises(SystemExit) as exit_:
            with redirect_stderr(err):
                call_command("import_minutes", str(path), *dry_run, stdout=io.StringIO(), stderr=err)
        assert exit_.value.code == 2
        assert f"import-minutes: {path}: 本文が長すぎるため読み取りません" in err.getvalue()
        assert "SHINGIKAI_IMPORT_MAX_CHARS" in err.getvalue()
    assert not Meeting.objects.exists()
