"""The review's source beside the turns: each turn names its item by title and jumps to its line in the source,
and the source box opens at the page's first turn (a long page is checked against the text, not against line 1)."""
import re

from conftest import PASSWORD
from shingikai.minutes.source_lines import turn_lines
from test_import_review_corrections import line_of, media  # noqa: F401
from test_import_web import upload

HEAD = """令和6年度第4回北野市情報公開・個人情報保護審議会 会議録

日時：令和6年12月2日（月）午後2時00分～午後4時00分
場所：北野市役所 第3会議室
出席委員：南田健会長、東山花子委員、西川京子委員

議題
(1) 北野市防犯カメラの設置について（諮問）
(2) 北野市の窓口予約について（報告）

議事
○会長　ただいまから会議を開きます。"""
TITLES = ["北野市防犯カメラの設置について", "北野市の窓口予約について"]


def long_minutes(per_item=120):
    """Minutes of some 240 turns, two items: the review's turns run over three pages."""
    lines = [HEAD]
    for n, title in enumerate(TITLES, start=1):
        lines.append(f"({n}) {title}")
        for k in range(1, per_item + 1):
            who = ("東山委員", "事務局", "西川委員")[k % 3]
            lines.append(f"○{who}　議題{n}の{k}番目の発言です。保存期間と委託先の管理について確認します。")
        lines.append(f"○会長　議題{n}は了承といたします。")
    lines.append("○会長　以上で閉会します。")
    return "\n".join(lines) + "\n"


# -- where a turn stands in the source ---------------------------------------------------------------------


def test_a_turn_is_found_at_the_line_its_text_starts_on():
    lines = ["議事", "(会 長)", "ただいまから会議を", "開きます。", "○ＡＢＣ委員 ＩＣカードの件です。"]
    turns = [{"text": "ただいまから会議を開きます。"}, {"text": "ICカードの件です。"}]
    # Wrapped over two lines, and written in full width in the source.
    assert turn_lines(lines, turns) == [3, 5]


def test_a_text_said_many_times_points_at_its_own_occurrence():
    lines = ["○会長 はい。", "○委員 質問です。", "○会長 はい。", "○委員 はい。"]
    turns = [{"text": t} for t in ("はい。", "質問です。", "はい。", "はい。")]
    assert turn_lines(lines, turns) == [1, 2, 3, 4]


def test_a_turn_not_in_the_source_has_no_line_and_the_next_is_still_found():
    lines = ["○会長 ただいまから会議を開きます。", "○事務局 資料1について説明します。"]
    turns = [{"text": "まったく別の言葉に直しました。"}, {"text": ""}, {"text": "資料1について説明します。"}]
    assert turn_lines(lines, turns) == [None, None, 2]


def test_a_turn_corrected_after_its_first_words_is_still_found():
    lines = ["○会長 ただいまから会議を開きます。本日は三件です。"]
    assert turn_lines(lines, [{"text": "ただいまから会議を開きます。本日は二件です。"}]) == [1]


# -- the review's turns page ---------------------------------------------------------------------------------


def turns_page(client, world, text, page):
    client.login(username="jimukyoku", password=PASSWORD)
    response = upload(client, name="kitano-long.txt", data=text.encode("utf-8"), council=world.council.pk)
    return client.get(f"{response['Location'].split('?')[0]}?page={page}").content.decode()


def test_each_turn_names_its_item_and_jumps_to_its_source_line(client, world, media):  # noqa: F811
    text = long_minutes()
    html = turns_page(client, world, text, 3)   # 発言 101–200
    where = re.search(r'<p class="import-turn-where">発言 145: (.*?)</p>', html, re.S).group(1)
    assert "議題 2「北野市の窓口予約について」" in where
    target = line_of(text, "議題2の23番目の発言です。")
    assert f'href="#source-line-{target}"' in where and f"原文の {target} 行目を表示" in where
    # The target is the source's line of that number, as the box numbers it.
    assert re.search(rf'<span class="ln" id="source-line-{target}">([^<]*)</span>', html).group(1) == \
        text.splitlines()[target - 1]
    # The box opens at the page's first turn, not at line 1.
    first = line_of(text, "議題1の100番目の発言です。")
    assert f'id="import-source" data-start="{first}"' in html


def test_a_turn_outside_the_items_says_so(client, world, media):  # noqa: F811
    html = turns_page(client, world, long_minutes(), 2)
    assert '<p class="import-turn-where">発言 1: 議題外' in html
