"""Ordinary minutes that rules written for other layouts must not misread.

Each fixture was written by a reviewer against a rule of the importer (fictional names and places): a shape the rule
resembles but is not for. Every test failed on the commit that added the rule.
"""
from pathlib import Path

from shingikai.minutes.importer import parse_file
from shingikai.minutes.importer.clean import clean_text

FIXTURES = Path(__file__).parent / "fixtures" / "minutes" / "misreadings"


def _read(name: str) -> dict:
    return parse_file(FIXTURES / name)


def test_an_absence_note_at_a_rows_end_is_no_section_heading():
    assert _read("absent-note-at-a-rows-end.txt")["members_present"] == ["北野一郎", "南田健", "東山花子", "森本香子"]


def test_a_group_tag_at_a_rows_end_does_not_drop_the_members_after_it():
    # (東山 and 森本 are lost to the tags as they were before the rule; the members' list goes on past the first tag.)
    assert "西川" in _read("group-tag-at-a-rows-end.txt")["members_present"]


def test_names_listed_in_brackets_after_their_role_stay_names():
    assert len(_read("names-listed-in-brackets.txt")["members_present"]) == 5


def test_a_triangle_the_legend_gives_to_late_arrival_is_no_absence():
    parsed = _read("triangle-marks-late-arrival.txt")
    assert "東山花子" in parsed["members_present"] and parsed["members_absent"] == ["森本香子"]


def test_a_mark_named_in_speech_is_no_mark():
    assert [t["speaker"] for t in _read("mark-name-said-in-speech.txt")["turns"]] == ["北野会長", "事務局"]


def test_a_tables_row_number_is_not_closed_up_with_the_month_beside_it():
    text = (FIXTURES / "petition-table-row-numbers.txt").read_text(encoding="utf-8")
    assert "15 月" not in clean_text(text) and "15月" not in clean_text(text)


def test_an_earlier_meetings_room_in_the_agenda_is_not_this_ones():
    assert _read("earlier-meetings-room-in-agenda.txt")["place"] is None


def test_the_records_kind_over_the_fields_of_its_form_does_not_end_the_header():
    assert _read("record-kind-over-form-fields.txt")["date"] == "2023-10-05"


def test_a_flattened_line_mixing_two_numberings_is_still_split_at_its_fields():
    assert _read("mixed-numbering-flattened.txt")["place"] == "北山市役所 第1会議室"
