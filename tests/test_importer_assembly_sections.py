"""An assembly's record that sets out its people in numbered sentences (1、出席議員は次のとおりである。), and the turns
that follow them, labelled by a post and its holder honoured with 君.

Every fixture is synthetic, with fictional names (東山町, invented members and officials).
"""
from shingikai.minutes.importer import parse_text

RECORD = (
    "令和6年第2回東山町議会臨時会会議録\n"
    "令和6年5月9日 午前 9時30分開会\n"
    "1、出席議員は次のとおりである。\n"
    "1番 北 野 一 郎 君\n"
    "2番 南 田 健 君\n"
    "3番 西 川 は な 子 君\n"
    "2、欠席議員は次のとおりである。\n"
    "3、本会議に出席従事した職員は次のとおりである。\n"
    "事 務 局 長 森 本 清\n"
    "4、地方自治法第121条第1項の規定による説明員は次のとおりである。\n"
    "町 長 東 山 明 君\n"
    "総 務 課 長 兼 中 村 次 郎 君\n"
    "選挙管理委員会書記長\n"
    "5、本会議の付議事件は次のとおりである。\n"
    "仮議席の指定\n"
    "議案第31号 監査委員の選任について\n"
    "開会 午前 9時30分\n"
    "〇議会事務局長(森本清君) 本臨時会は、一般選挙後初めての議会であります。議長が選挙されるまでの間、"
    "年長の議員が臨時に議長の職務を行うこととなっております。\n"
)


def test_the_officials_and_the_staff_set_out_in_numbered_sentences_are_rosters_not_turns():
    # 4、…の規定による説明員は / 3、本会議に出席従事した職員は: the summoned officials and the staff, each in a role
    # wrapped onto a line of its own (選挙管理委員会書記長); none of them speaks until a marked label.
    parsed = parse_text(RECORD)
    assert [t["speaker"] for t in parsed["turns"]] == ["議会事務局長(森本清君)"]
    assert parsed["members_present"] == ["北野一郎", "南田健", "西川はな子"]


COMMITTEE = (
    "総務常任委員会会議録\n"
    "令和6年7月29日 午前9時30分開会\n"
    "1、出席委員は次のとおりである。\n"
    "    委員長              北 野 一 郎  君\n"
    "    委員               南 田   健  君\n"
    "2、欠席委員は次のとおりである。\n\n"
    "5、本会議の付託議件は次のとおりである。\n"
    "  議案第71号 東山町下水道条例の一部を改正する条例\n"
    "  議案第72号 東山町給水条例の一部を改正する条例\n\n"
    "議案第71号 東山町下水道条例の一部を改正する条例、議案第72号 東山町給水条例の一部を改正する条例\n\n"
    "委員長(北野一郎君) 委員の出欠状況は定足数に達しておりますので、ただ今より委員会を開会いたします。\n"
    " 日程第1 会期についてお諮りいたします。ご異議ございませんか。\n\n"
    "                          〔「異議なし」という人あり〕\n\n"
    "委員長(北野一郎君) 異議なしと認めます。よって会期は本日1日といたします。\n"
)


def test_a_post_and_its_holder_honoured_in_brackets_open_a_turn_under_a_title_cut_at_its_end():
    # The bills' titles, the line above the first turn, end without a stop; the label below still opens a turn.
    parsed = parse_text(COMMITTEE)
    assert [t["speaker"] for t in parsed["turns"]] == ["委員長(北野一郎君)", "委員長(北野一郎君)"]


def test_bills_named_together_in_one_line_are_each_their_own_case():
    parsed = parse_text(COMMITTEE)
    assert [i["title"] for i in parsed["items"]] == ["東山町下水道条例の一部を改正する条例", "東山町給水条例の一部を改正する条例"]


def test_a_minutes_sites_plenary_title_with_the_sittings_day_and_number_names_the_assembly():
    # 福井県 東山町 (the site's banner) / 令和6年10月臨時会−11月01日-02号: the session, the day and the number.
    text = ("議事ロックス -地方議会議事録検索-\n\n\n福井県 東山町\n\n令和6年10月臨時会−11月01日-02号\n\n\n"
            "令和6年10月 臨時会\n\n    令和6年11月1日(金)   午前10時00分   開議\n"
            "○北野一郎 議長  おはようございます。これより本日の会議を開きます。\n")
    parsed = parse_text(text)
    assert parsed["council_name"] == "東山町議会"
