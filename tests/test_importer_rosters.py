"""Who attended, as a roster lays it out: marks between names, names with gaps inside, one cell a line,
and the lines under a roster that name no member.

Every fixture is synthetic, with fictional names; each varies the marks, widths and spacing of its layout.
"""
import pytest

from shingikai.minutes.importer import parse_text

HEAD = "北山市史編集審議会 令和6年度第2回 会議録\n開催日時\n令和7年1月27日(月曜日) 午後1時30分~午後3時\n開催場所\n北山市役所 第1会議室\n"
SPEECH = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"


def _read(roster: str, label: str = "出席者") -> dict:
    return parse_text(HEAD + f"{label}\n{roster}\n傍聴者数\n0名\n" + SPEECH)


@pytest.mark.parametrize("roster, members, chair", [
    # A legend first, then the names run together, each after its mark.
    ("委員 ※会長◎ 副会長○\n◎北野一朗〇南田健※東山亨※西川さくら※森本清",
     ["北野一朗", "南田健", "東山亨", "西川さくら", "森本清"], "北野一朗"),
    # Marks before the officers only, the others one space apart, the list over two lines and closed by 各委員.
    ("◎北山昌子 ○南野茂男 東田真和 西久保眞道 川島久仁\n森川高行 田上富造 清水謙治各委員",
     ["北山昌子", "南野茂男", "東田真和", "西久保眞道", "川島久仁", "森川高行", "田上富造", "清水謙治"], "北山昌子"),
    # The legend in brackets, U+25EF for the vice-chair and full-width spaces.
    ("(◎会長　◯副会長)\n◯南田健　◎北野一朗　※東山亨", ["南田健", "北野一朗", "東山亨"], "北野一朗"),
], ids=["legend-then-names-run-together", "officers-marked-over-two-lines", "legend-in-brackets"])
def test_marks_set_the_names_apart_and_the_chairs_mark_names_the_chair(roster, members, chair):
    parsed = _read(roster)
    assert parsed["members_present"] == members
    assert parsed["chair"] == chair


def test_a_legend_that_gives_the_chair_another_mark_is_followed():
    parsed = _read("※委員長● 副委員長◎\n◎南田健●北野一朗※東山亨")
    assert parsed["members_present"] == ["南田健", "北野一朗", "東山亨"]
    assert parsed["chair"] == "北野一朗"


@pytest.mark.parametrize("line", ["○事務局 説明", "◎北野委員長 開会します", "○南田健"], ids=["office", "label", "one-name"])
def test_a_marked_line_after_the_roster_that_is_no_list_of_names_ends_it(line):
    parsed = parse_text(HEAD + "出席者\n北野一朗、南田健、東山亨\n" + line + "\n資料に基づき説明があった。\n")
    assert parsed["members_present"] == ["北野一朗", "南田健", "東山亨"]
