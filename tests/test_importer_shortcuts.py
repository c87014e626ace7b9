"""The importer's fast paths read exactly what the patterns they stand in for read.

Each shortcut in the importer (a cheap search before a costly pattern, a table before NFKC, a
pattern tried only near where it can match) must give the same answer as the plain computation
on any text: random strings over the letters that matter, and every line of the fixtures.
"""
import re
import sys
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from shingikai.minutes.importer import clean, header, parse, speakers
from shingikai.minutes.importer.conventions import CATALOGUE, CLOCK_LINE, is_clock_line

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
FIXTURE_LINES = sorted({
    line
    for path in [*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.md"), *FIXTURES.glob("conventions/*.txt")]
    if not path.name.startswith(("binary", "empty")) and ".sjis" not in path.name and ".eucjp" not in path.name
    for line in path.read_text(encoding="utf-8").split("\n")
} | {c.example for c in CATALOGUE})
SETTINGS = settings(max_examples=400, deadline=None)


def texts(*pieces: str, size: int = 24):
    """Strings built from the letters and words a shortcut is about."""
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


STATUTE = texts("第", "条", "項", "号", "同", "条例", "法律", "法", "規則", "要綱", "1", "１２", "十", "百", "の2",
                "第3条", "第十二条第2項", "同項第2号", "個人情報保護", "、", "。", " ", "（", "）", "市")


@SETTINGS
@given(STATUTE)
def test_statute_references_are_those_the_full_pattern_finds(text):
    assert parse._legal_refs(text) == [m.group(0) for m in parse._LEGAL.finditer(text)]


def test_statute_references_in_every_fixture_line_are_those_the_full_pattern_finds():
    for line in FIXTURE_LINES:
        assert parse._legal_refs(line) == [m.group(0) for m in parse._LEGAL.finditer(line)], line


SPACED = texts("会", "長", "あ", "ア", "開", " ", "\u3000", "a", "Z", "9", "１", "、", "。", "○", "_", "\n", "会 長", "開　会　式")


@SETTINGS
@given(SPACED)
def test_spaced_letters_collapse_as_the_pattern_over_the_whole_text_would(text):
    expected = clean._SPACED_CJK.sub(
        lambda m: clean._role_set_apart(text, m.start(), m.end(), clean._SPACES.sub("", m.group(0))), text)
    assert clean._collapse_spaced_cjk(text) == expected


@SETTINGS
@given(texts("L", "G", "W", "a", "9", " ", "\u3000", "会", "\n", "L G", "A N", size=16))
def test_spaced_latin_letters_are_found_as_with_the_look_behind_first(text):
    original = re.compile(r"(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z](?![A-Za-z0-9]))+")
    assert [m.span() for m in clean._SPACED_LATIN.finditer(text)] == [m.span() for m in original.finditer(text)]


SENTENCES = texts("承認", "します", "。", "！", "？", "!", "?", "\n", " ", "\u3000", "「", "」", "か", "よろしいでしょうか",
                  "いかがでしょうか", "ですか", "』")


@SETTINGS
@given(SENTENCES)
def test_sentences_are_those_a_split_after_each_end_mark_gives(text):
    split = re.compile(r"(?<=[。！？!?])|\n").split(text)
    assert parse._sentences(text) == [s.strip() for s in split if s and s.strip()]


@SETTINGS
@given(SENTENCES)
def test_a_question_is_told_by_its_tail_alone(text):
    assert parse._asks(text) == bool(parse._QUESTION_END.search(text))


FOLDABLE = texts("Ａ", "ａ", "１", "（", "）", "\uff01", "\uff5e", "\uff5f", "\u3000", " ", "A", "\u0301", "\u3099", "か", "ﾊﾟ",
                 "①", "㍿", "ﬁ", "\t", "\n", "会議")


@SETTINGS
@given(FOLDABLE)
def test_fast_nfkc_is_nfkc(text):
    assert speakers.nfkc(text) == unicodedata.normalize("NFKC", text)


@SETTINGS
@given(FOLDABLE)
def test_compact_is_nfkc_without_whitespace(text):
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", re.sub(r"\s+", "", text)))
    assert speakers.compact(text) == plain


def test_every_letter_nfkc_folds_into_a_body_marker_initial_is_searched_for():
    # is_body_marker skips lines without one of these letters before it normalises them.
    initials = "".join(sorted(header._MARKER_INITIALS))
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        folded = unicodedata.normalize("NFKC", chr(code))
        if any(c in folded for c in initials):
            assert header._MARKER_SOURCE.search(chr(code)), hex(code)


def test_clock_lines_are_told_apart_as_the_full_pattern_tells_them():
    samples = FIXTURE_LINES + ["午前10時00分　開議", "〇午後１時開会", "（午後3時12分散会）", "10:30 休憩", "午後1時30分"]
    for line in samples:
        s = line.strip(" \t\u3000")
        assert is_clock_line(s) == bool(CLOCK_LINE.match(s)), line


def test_label_families_tried_on_a_line_are_those_its_shape_admits():
    for line in FIXTURE_LINES:
        s = speakers.strip_list_marker(line.strip())
        for cut in (s, s[:12], s[:13], s[:17], s[:34], "**" + s, s + "）"):
            if not cut:
                continue
            admitted = [n for n in speakers.FAMILY_NAMES if speakers._MAY_MATCH[n](cut)]
            if cut[0] in speakers.MARKS_NOT_LETTERS:
                # ○（委員） is also the paren family's: the mark adds nothing to the bracket.
                admitted = [n for n in admitted if n in ("circle", "paren")]
            assert speakers._possible_families(cut) == admitted, cut


def test_a_line_opening_with_a_mark_is_read_by_the_circle_family_alone():
    # The families left untried on such a line would find no speaker there.
    for line in FIXTURE_LINES:
        s = speakers.strip_list_marker(line.strip())
        if not s:
            continue
        for mark in speakers.MARKS_NOT_LETTERS:
            marked = s if s[0] in speakers.MARKS_NOT_LETTERS else mark + s
            for family in ("close", "colon", "space", "alone"):
                if speakers._MAY_MATCH[family](marked):
                    assert speakers._match_family(marked, family) is None, (marked, family)


HANDOVERS = texts("市民", "課", "室", "所", "事務所", "センター", "から", "より", "ご", "説明", "報告", "、", "。", "「", "（", "(",
                  " ", "\u3000", "\n", "あ", "課から説明", "市民課", size=30)


@SETTINGS
@given(HANDOVERS)
def test_handovers_are_those_the_pattern_finds_at_every_position(text):
    expected = [(m.span(), m.group("u")) for m in parse._HANDOVER.finditer(text)]
    assert [(m.span(), m.group("u")) for m in parse._handovers(text)] == expected


@SETTINGS
@given(texts("会", "長", "草", "健(弁護士)", "○", "1", " ", "\u3000", "\n", "\n\n", "。", size=20))
def test_letters_one_a_line_are_looked_for_only_where_two_run(text):
    # The search that guards the rejoining finds every text that the rejoining would change.
    if not clean.has_lone_letters(text):
        assert clean._rejoin_lone_letters(text) == text
