"""Text folding for matching (shingikai.jp.text)."""
import pytest

import re

from shingikai.jp.text import compact, normalize, search_matches, search_pattern, search_words, strip_role_words


def test_normalize_applies_nfkc_and_folds_whitespace():
    assert normalize("  ＡＢＣ　１２３\t\n ｶﾀｶﾅ  ") == "ABC 123 カタカナ"


def test_normalize_of_empty_text_is_empty():
    assert normalize("") == ""
    assert normalize("　 \n") == ""


def test_compact_makes_spaced_and_unspaced_names_equal():
    assert compact("竹前 榮二") == compact("竹前榮二") == "竹前榮二"
    assert compact("竹前　榮二") == "竹前榮二"
    assert compact("Ｒ ３") == "R3"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("竹前 榮二 委員", "竹前榮二"),
        ("竹前榮二委員", "竹前榮二"),
        ("竹前　榮二　会長", "竹前榮二"),
        ("竹前榮二副会長", "竹前榮二"),
        ("竹前榮二会長職務代理", "竹前榮二"),
        ("竹前榮二職務代理", "竹前榮二"),
        ("竹前榮二委員長", "竹前榮二"),
        ("竹前榮二（会長）", "竹前榮二"),
        ("竹前榮二氏", "竹前榮二"),
        ("竹前 榮二 様", "竹前榮二"),
        ("竹前委員長様", "竹前"),
        ("竹前榮二", "竹前榮二"),
    ],
)
def test_strip_role_words_leaves_only_the_name(name, expected):
    assert strip_role_words(name) == expected


def test_strip_role_words_keeps_a_name_that_would_become_empty():
    assert strip_role_words("委員") == "委員"
    assert strip_role_words("会長 様") == "会長様"
    assert strip_role_words("") == ""


def test_strip_role_words_keeps_characters_as_written():
    # Display text is kept as written; only compact() folds width.
    assert strip_role_words("ﾀｹﾏｴ 委員") == "ﾀｹﾏｴ"


@pytest.mark.parametrize("typed, written", [
    ("ＡＩ", "AI議事録"), ("ai", "ＡＩ議事録"), ("ａｉ", "Ai議事録"),  # width and case
    ("１２", "第12号"), ("第3号", "諮問第３号"),  # digits
    ("こんびに", "コンビニ交付"), ("ｺﾝﾋﾞﾆ", "こんびに交付"),  # hiragana, katakana, half-width katakana
    ("ガス", "ｶﾞｽ料金"), ("ｶﾞｽ", "ｶﾞｽ料金"), ("ぱそこん", "ﾊﾟｿｺﾝ貸出"), ("ヴィラ", "ｳﾞｨﾗ北山"),  # stored half-width
    ("高橋", "髙橋 花子"), ("髙橋", "高橋 花子"), ("山崎", "山﨑"), ("山﨑", "山崎"), ("渡辺", "渡邊"),  # old forms
])
def test_a_search_word_finds_the_text_however_either_is_typed(typed, written):
    assert all(re.search(search_pattern(word), written) for word in search_words(typed))


def test_search_words_split_on_any_space_and_drop_control_characters():
    assert search_words("防犯　カメラ  設置\x00") == ["防犯", "カメラ", "設置"]
    assert search_words(" \u3000 ") == []
    assert search_matches("防犯カメラの設置", "設置　防犯") and not search_matches("防犯カメラ", "防犯 ブザー")


def test_a_search_pattern_reads_as_a_literal_whatever_is_typed():
    assert search_matches("費用は(1.5倍)", "(1.5") and not search_matches("費用は 105", "1.5")
    assert search_matches("a[b]c", "[b]") and search_matches("100%", "%")


def test_a_letter_whose_capital_is_two_letters_is_searched_as_typed_not_refused():
    # "ß".upper() is "SS", "İ".lower() two characters: neither may end up in a one-letter class.
    assert search_matches("straße", "ß") and search_matches("İzmir", "İ")
    assert re.compile(search_pattern("ßİ"))
