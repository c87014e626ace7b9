"""A summary record's turns under labels alone on their line (the 〔…〕 shape): the members' chorus and the chair's
closing decision are turns, a direction that reports the answer is not, and a line no rule reads is warned of.
A long line of names no longer makes the roster-row check backtrack.

Every fixture is synthetic: the fictional city 北山市 and the fictional 北野/南田/東山/西川.
"""
import time

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.speakers import _role_first_row

HEAD = (
    "令和5年度第3回北山市情報公開・個人情報保護審議会会議録（要点記録）\n\n"
    "1 日 時 令和5年11月20日（月）\n午前10時00分から午前11時30分まで\n\n"
    "2 場 所 北山市役所本庁舎4階 第2会議室\n\n"
    "3 出席委員 北野会長、南田副会長、東山委員、西川委員\n\n"
    "4 内容及び要点\n\n(1) 開会\n\n(2) 議題\n\n"
    "① 諮問第9号 住民票等コンビニ交付サービスの導入に伴う個人情報の外部提供について（市民部市民課）\n\n"
    "〔市民課〕\n\n住民票等コンビニ交付サービスの導入に伴う個人情報の外部提供について説明する。\n\n"
    "〔東山委員〕\n\n委託事業者のアクセス権限はどのように管理されるのか。\n\n"
    "〔市民課〕\n\n担当者ごとにIDを付与し、アクセスログを毎月確認する。\n\n"
    "〔北野会長〕\n\nほかに意見はないか。なければ、承認としてよろしいか。\n\n"
)
TAIL = "（結論）承認（挙手全員）\n\n(3) その他\n\n次回は令和6年2月頃に開催する予定である。\n\n(4) 閉会\n"


def _turns(text):
    parsed = parse_text(text)
    return [(t["speaker"], t["text"]) for t in parsed["turns"]], parsed


def test_the_chorus_and_the_chairs_decision_are_turns():
    turns, parsed = _turns(HEAD + "〔委員全員〕\n\n異議なし。\n\n〔北野会長〕\n\n諮問第9号については承認とする。\n\n" + TAIL)
    assert turns[-2:] == [("委員全員", "異議なし。"), ("北野会長", "諮問第9号については承認とする。")]
    assert [t["role"] for t in parsed["turns"][-2:]] == ["member", "chair"]
    assert not parsed["warnings"]


def test_the_chairs_decision_after_a_members_answer_is_not_part_of_it():
    turns, _ = _turns(HEAD + "〔南田委員〕\n\n異議なし。\n\n〔北野会長〕\n\n諮問第9号については承認とする。\n\n" + TAIL)
    assert turns[-2:] == [("南田委員", "異議なし。"), ("北野会長", "諮問第9号については承認とする。")]


def test_a_direction_reporting_the_answer_stays_a_direction():
    turns, _ = _turns(HEAD + "〔「異議なし」と呼ぶ者あり〕\n\n〔北野会長〕\n\n諮問第9号については承認とする。\n\n" + TAIL)
    assert [s for s, _ in turns].count("北野会長") == 2
    assert all("異議なし」" not in s for s, _ in turns)


def test_a_heading_by_the_files_own_convention_still_ends_the_speech():
    text = HEAD + "〔北野会長〕\n\n諮問第10号 北山市施設予約システムの更改について（総務部総務課）\n\n" + TAIL
    parsed = parse_text(text)
    assert all("諮問第10号" not in t["text"] for t in parsed["turns"])


def test_text_between_turns_that_no_rule_reads_is_warned_of():
    text = HEAD.replace(
        "委託事業者のアクセス権限はどのように管理されるのか。\n\n",
        "委託事業者のアクセス権限はどのように管理されるのか。\n\n〔資料配付〕\n\nまた、ログの保存先も伺いたい。\n\n",
    ) + TAIL
    parsed = parse_text(text)
    assert any(w["field"] == "turns" and "また、ログの保存先" in w["message"] for w in parsed["warnings"])


def _timed(line: str) -> float:
    """Seconds per call, best of three rounds of calls that last 20 ms at least: a call that ends in a microsecond
    timed once is all clock noise, and a ratio of two such figures failed under load."""
    best = float("inf")
    for _ in range(3):
        calls, t = 0, time.perf_counter()
        while True:
            _role_first_row(line)
            calls += 1
            elapsed = time.perf_counter() - t
            if elapsed >= 0.02:
                break
        best = min(best, elapsed / calls)
    return best


def test_a_long_line_of_names_is_checked_in_linear_time():
    unit = "北野委員 南田委員 東山委員 西川委員 "
    short = (unit * (2000 // len(unit))).strip()
    long = (unit * (20000 // len(unit))).strip()
    for tail in ("", "。"):
        ratio = _timed(long + tail) / max(_timed(short + tail), 1e-6)
        assert ratio < 40  # ten times the text: linear, allowing for noise, not the exponential growth it had
    text = HEAD + "〔西川委員〕\n\n【委員】 " + long + "\n\n" + TAIL
    parse_text(text)  # finishes: the roster-row check no longer backtracks


def test_a_roster_row_of_offices_and_names_is_still_read_as_one():
    assert _role_first_row("議長   北野一郎")
    assert _role_first_row("副委員長 南田 健   委員 東山花子")
    assert _role_first_row("議長 北野一郎 副議長 南田健")
    assert not _role_first_row("委員 それでは始めます。")
