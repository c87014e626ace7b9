"""Text folding for matching (shingikai.jp.text)."""
import pytest

from shingikai.jp.text import compact, normalize, strip_role_words


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
