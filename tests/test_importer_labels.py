"""Speaker labels the importer reads once, beside other styles, and the lines that only look like them.

Every fixture is synthetic, with fictional names, in the layout of one convention.
"""
import pytest

from shingikai.minutes.importer import parse_text

HEAD = (
    "みなみ市情報公開・個人情報保護審議会　令和６年度第１回会議録\n"
    "日時：令和6年5月10日　午後2時から午後3時まで\n"
    "場所：みなみ市役所\n\n会議の内容\n"
)


def _speakers(text):
    return [t["speaker"] for t in parse_text(text)["turns"]]


def test_an_explanation_heading_is_a_turn_of_the_unit_that_explains():
    text = HEAD + "(1)運用状況について\n<総務課の説明>\nそれでは、運用状況についてご報告いたします。\n件数は昨年度と同じです。\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["総務課"]
    assert "件数は昨年度と同じです。" in parsed["turns"][0]["text"]


def test_an_explanation_heading_without_a_speech_under_it_is_no_turn():
    text = HEAD + "○会長　始めます。\n<総務課の説明>\n○委員　承知しました。\n"
    assert _speakers(text) == ["会長", "委員"]


def test_a_bracketed_label_over_a_sentence_is_a_turn_even_once():
    text = HEAD + "(1)今後の運営について\n事務局が説明を行った。\n(北野会長) 手帳の案件は公平性が担保されているので、諮問は不要ではないか。\n"
    assert _speakers(text) == ["北野会長"]


def test_a_lone_bracketed_role_over_a_list_is_no_turn():
    # (事務局) over a list of staff, without a sentence, is attendance.
    text = HEAD.replace("\n会議の内容\n", "\n") + "(事務局)\n北野課長、南田主査\n"
    assert _speakers(text) == []


def test_a_bulleted_role_alone_over_its_question_is_a_turn():
    text = HEAD + "(主な質疑)\n- 委員\n接続する先はどこのサーバーか。\n- 実\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["委員"]
    assert parsed["turns"][0]["text"].startswith("接続する先はどこのサーバーか。")


def test_a_greeting_heading_over_a_speech_is_a_turn_and_a_topic_heading_is_not():
    text = (
        "みなみ市防犯カメラ検討懇話会第1回議事録\nとき:令和6年8月1日午後6時~\n場所:みなみ市役所\n"
        "○みなみ市市民生活部長あいさつ\n委員の皆様には、御出席頂き、誠にありがとうございます。\n"
        "○懇話会設置の目的\nみなみ市市民協働課参事\nみなみ市ではこれまで、防犯灯の設置を進めてきました。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["みなみ市市民生活部長", "みなみ市市民協働課参事"]
    assert all("設置の目的" not in t["text"] for t in parsed["turns"])


def test_an_event_heading_with_nothing_said_under_it_is_no_turn():
    text = (
        HEAD + "北野委員・・・では開会します。\n◆部長挨拶\n◆議題1\n前回の議事録の内容を確認する。\n"
        "北野委員・・・何かご意見はありますか。\n課長・・・・・ございません。\n主任・・・・・資料はHPで公開しています。\n"
    )
    assert _speakers(text) == ["北野委員", "北野委員", "課長", "主任"]


def test_the_latin_letter_o_as_a_mark_beside_bracketed_labels():
    text = (
        HEAD + "    O(委員)\n     公文書の一覧はどこで見られるのか。\n\n    (事務局)\n     窓口に一覧表を備える。\n\n"
        "    ○(委員)\n     他県の利用状況はどうか。\n\n    (事務局)\n     請求が多い。\n\n"
        "    O(委員)  本県でも氏名を公表するのか。\n"
    )
    assert _speakers(text) == ["委員", "事務局", "委員", "事務局", "委員"]


def test_a_label_with_a_space_inside_the_name():
    text = HEAD + "〇北野 三郎委員長 これより本日の会議を開きます。\n現在の出席委員は全員であります。\n〇南田委員 質問します。\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野三郎委員長", "南田委員"]
    assert parsed["chair"] == "北野三郎"


def test_an_attendance_list_in_the_body_is_not_read_as_turns():
    text = (
        "みなみ市議会総務文教委員会会議録\n〇招集日時 令和6年12月12日 午前10時\n〇招集場所 みなみ市議会委員会室\n"
        "〇出席委員(2人)\n北 野 三 郎 南 田 花 子\n〇委員外出席者\n副 議 長 東 山 一 郎\n"
        "〇説明のため出席した者\n副 市 長 西 川 二 郎\n会 計 課 長\n企 画 課 長 森 本 次 郎\n"
        "こ ど も 課 長\n〇事務局職員出席者\n事 務 局 長 川 上 健\n"
        "午前10時00分 開 議\n〇北野 三郎委員長 これより本日の会議を開きます。\n"
    )
    assert _speakers(text) == ["北野三郎委員長"]


def test_a_pages_own_fields_are_not_speakers():
    text = (
        "みなみ市議会 > 2024-12-11 >\n令和6年12月定例会(第1号12月11日)\n\n"
        "    取得元: みなみ市議会公式サイト\n    最終取得日: 2024-12-21\n"
        "    令和6年12月定例会 みなみ市議会定例会会議録 第1号 議事日程 第1 議案第71号 令和6年度みなみ市一般会計補正予算を議題とする\n"
    )
    assert _speakers(text) == []


def test_a_bracketed_label_over_a_speech_cut_off_by_the_end_of_the_opening():
    text = HEAD + "(1)今後の運営について\n(北野会長) 手帳の案件は、他の審議会の関与により公平性が担保されているので、審査会への諮問は不要ではない\n"
    assert _speakers(text) == ["北野会長"]


def test_statements_run_together_on_one_line_are_cut_at_each_marked_label():
    text = HEAD + (
        "1 ○北野委員長 本日はお集まりいただき、ありがとうございます。ただいまから開会します。 南田政務官、"
        "よろしくお願いします。 ○南田政務官 公文書管理担当の政務官、南田でございます。 ―――――― ◆東山委員 一点伺います。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野委員長", "南田政務官", "東山委員"]
    assert parsed["turns"][0]["text"].endswith("よろしくお願いします。")


def test_a_mark_used_as_a_bullet_inside_a_speech_does_not_cut_it():
    text = HEAD + "○北野委員長 論点は、○保存期間について ○委託先 それぞれについて順に伺います。\n○南田委員 承知しました。\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野委員長", "南田委員"]
    assert "○委託先 それぞれ" in parsed["turns"][0]["text"]


def test_a_full_name_then_a_space_then_the_role_is_one_label():
    text = HEAD + "○北野一郎 委員長  ただいまから会議を開きます。\n◆南田花子 委員  一点伺います。\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野一郎委員長", "南田花子委員"]
    assert [t["role"] for t in parsed["turns"]] == ["chair", "member"]


def test_question_and_answer_marks_of_a_summary_record_are_turns():
    text = HEAD + "◆問   設置場所はどう選んだのか。\n◆答   交通量の多い交差点を選んだ。\n◆部長挨拶\n"
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["問", "答"]
    assert [t["role"] for t in parsed["turns"]] == ["member", "department"]


def test_a_bare_surname_in_brackets_is_a_label_where_labels_are_bracketed():
    text = HEAD + (
        "(北野会長)\nはじめに実施状況について御意見をお願いします。\n"
        "(南田)\n請求の件数が増えている理由は何でしょうか。\n"
        "(事務局)\n特定の請求者による請求が多くありました。\n"
        "(挨拶)\n本日はよろしくお願いします。\n"
    )
    assert _speakers(text) == ["北野会長", "南田", "事務局"]


def test_a_bare_surname_in_brackets_is_no_label_where_labels_are_marked():
    text = HEAD + "○北野会長 御意見をお願いします。\n(南田)\n請求の件数が増えている理由は何でしょうか。\n○事務局 お答えします。\n"
    assert _speakers(text) == ["北野会長", "事務局"]


def test_titles_set_off_by_two_blanks_in_a_record_run_onto_one_line_open_turns():
    text = (
        "第1回みなみ審議会議事録 令和6年5月10日(金)13:00〜 みなみ市役所 1.開会  北野政策企画官  定刻になりましたので、"
        "ただいまから第1回審議会を開催させていただきます。委員の皆様にはお忙しい中お集まりいただきまして、まことにありがとうございます。"
        "よろしくお願いいたします。 2.市長あいさつ  南田市長  "
        "ただいまご紹介をいただきました南田でございます。一言ごあいさつを申し上げます。  第3委員会室  本日の会場です。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野政策企画官", "南田市長"]
    assert "第3委員会室" in parsed["turns"][1]["text"]


ROSTERED_HEAD = HEAD.replace("場所：みなみ市役所\n", "場所：みなみ市役所\n出席委員：北野一郎委員長、南田花子委員、東山清委員\n")


def test_unmarked_name_and_title_labels_confirmed_by_the_roster_include_the_staff_who_answer():
    text = ROSTERED_HEAD + (
        "午後2時00分 開会\n"
        "北野一郎 委員長  ただいまから会議を開きます。\n"
        "南田花子 委員  委託先はどこですか。\n"
        "西川健 総務課長  株式会社みなみです。\n契約は毎年更新しています。\n"
        "南田花子 委員  わかりました。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野一郎委員長", "南田花子委員", "西川健総務課長", "南田花子委員"]
    assert parsed["turns"][2]["text"].endswith("契約は毎年更新しています。")
    assert [t["role"] for t in parsed["turns"][:3]] == ["chair", "member", "department"]


def test_unmarked_names_and_titles_mostly_missing_from_the_roster_are_no_labels():
    text = ROSTERED_HEAD + (
        "北野一郎 委員長  ただいまから会議を開きます。\n"
        "森本二郎 委員  委託先はどこですか。\n"
        "川上三郎 委員  保存期間は何年ですか。\n"
        "森本二郎 委員  わかりました。\n"
    )
    assert _speakers(text) == []


def test_a_row_of_names_and_titles_is_no_unmarked_label():
    text = ROSTERED_HEAD + (
        "北野一郎 委員長    南田花子 委員\n"
        "東山清 委員\n"
        "北野一郎 委員長  ただいまから会議を開きます。\n"
    )
    assert _speakers(text) == ["北野一郎委員長"]


def test_a_summary_record_of_questions_and_answers_under_topics_reads_each_as_a_turn():
    text = (
        "令和6年6月16日みなみ市議会厚生委員会\n令和6年6月16日(木曜日)\n第3委員会室\n"
        "出席議員  北野一郎、南田花子、東山清\n開会 9時57分\n質疑・質問\n10時15分\n"
        "◆問   候補地の選定について、同じような条件の土地はほかにないのか。\n"
        "◆答   候補地は三か所を比較して選んだ。\n"
        "◇ 燃焼設備の工事について\n"
        "◆問   工期はどのくらいか。\n"
        "◆答   約3年を見込んでいる。\n"
        "閉会 11時02分\n"
    )
    parsed = parse_text(text)
    assert [(t["speaker"], t["role"]) for t in parsed["turns"]] == [
        ("問", "member"), ("答", "department"), ("問", "member"), ("答", "department")]
    # The topic and the closing clock line are no part of the answers before them.
    assert [t["text"] for t in parsed["turns"]][1::2] == ["候補地は三か所を比較して選んだ。", "約3年を見込んでいる。"]
    assert (parsed["start_time"], parsed["end_time"]) == ("09:57", "11:02")
    assert parsed["members_present"] == ["北野一郎", "南田花子", "東山清"]


def test_a_lone_title_with_a_bracketed_name_is_no_label_but_one_with_what_is_done_is():
    text = HEAD + "企画課長(北野)\n資料1の概要を説明いたします。\n総務部長(資料2に沿って説明)\n資料2の概要を説明いたします。\n"
    assert _speakers(text) == ["総務部長"]


def test_rows_of_titles_and_names_are_no_turns_beside_a_label_alone_over_its_speech():
    text = HEAD.replace("\n会議の内容\n", "\n") + (
        "3 事務局等の出席者\n  • 教育次長 川添 泰宏\n  • 学校教育部長 隅田一成\n  • 総務課長 大島 やよい\n\n"
        "6 議事の大要\n北野委員長\n\n ただ今から、定例会を開催します。\n\n南田委員\n\n 了解です。\n"
    )
    assert _speakers(text) == ["北野委員長", "南田委員"]


def test_a_short_answer_after_a_title_is_still_a_turn():
    text = HEAD + "北野会長　御意見はありますか。\n南田委員　異議なし\n北野会長　では承認します。\n"
    assert _speakers(text) == ["北野会長", "南田委員", "北野会長"]


def test_the_staff_listed_under_a_marked_heading_are_no_turn_but_the_same_mark_over_a_speech_is():
    text = HEAD + (
        "〇説明員\n　市　　　長　　　　　　　北　野　克　広\n　副　市　長　　　　　　　南　田　隆　敏\n"
        "○議長（東山清）　ただいまから会議を開きます。\n〇説明員\n　資料に沿って説明いたします。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["議長（東山清）", "説明員"]
    assert "北野" not in "".join(t["text"] for t in parsed["turns"])


def test_a_title_with_its_post_in_brackets_or_a_case_with_its_unit_is_no_proceeding_heading():
    text = HEAD + ("開会(南田次長)\nこれより審査会を開会いたします。\n"
                   "東山参事官(社会保障担当)\n資料を御覧ください。\n運用状況について(事務局)\n事務局から報告した。\n")
    assert _speakers(text) == ["南田次長"]


def test_words_after_the_opening_clock_that_name_no_title_open_no_turn():
    text = HEAD + ("-2- 午前10時00分開会 本日 晴天のなか委員全員が出席した。会議は定刻に始まり、事務局が資料を配付した。"
                   "資料の確認の後、議事に入った。\n")
    assert _speakers(text) == []


def test_titles_over_names_and_a_signature_block_are_no_turns_in_minutes_of_lone_labels():
    # A PDF's list of who attended, one cell a line (title, then the name), and the signature block
    # under the record (委員 / みなみ市教育委員会) look like lone labels over a line; only speeches are turns.
    text = (HEAD.replace("\n会議の内容\n", "\n") + "出席した事務局職員\n教育委員会事務局理事\n北川\n次長兼教育総務課長\n﨑山\n"
            "学校教育課長 東田\n\n会議の内容\n会長\nただいまから会議を開きます。\n委員\n保存期間はどうなるか。\n"
            "教育総務課長\n五年です。\n\n委員長\nみなみ市教育委員会\n委員 みなみ市教育委員会\n委員 みなみ市教育委員会会議録調製者\n")
    assert _speakers(text) == ["会長", "委員", "教育総務課長"]


def test_a_lone_label_over_a_word_of_assent_stays_a_turn():
    text = HEAD + "会長\n御異議ありませんか。\n委員\n異議なし\n委員\n賛成\n会長\nでは決定します。\n"
    assert _speakers(text) == ["会長", "委員", "委員", "会長"]


def test_a_lone_label_over_a_sentence_that_opens_with_a_page_number_is_a_turn():
    text = HEAD + "(主な質疑・意見)\n<委員>\n5ページの「収集する手段」に謄写とあるが、カメラの取扱いを追記された方が良い。\n<実施機関>\n追記したいと思う。\n"
    assert _speakers(text) == ["委員", "実施機関"]


def test_a_role_and_a_name_set_on_two_lines_are_one_label():
    text = (HEAD + "○教育政策係長\n南田健朗君\nそれでは、ただいまから開催します。\n○教育長\n北野忠則君\n"
            "それでは、開会させていただきます。\n2\n前回議事録の承認\n○教育長\n北野忠則君\n最初に、前回の会議録の承認をお願いします。\n")
    assert _speakers(text) == ["教育政策係長南田健朗君", "教育長北野忠則君", "教育長北野忠則君"]


def test_a_role_label_over_a_speech_is_not_joined_to_its_first_line():
    # The line under the label is the speech, not a name honoured with 君.
    text = HEAD + "○教育長\nそれでは始めます。\n○委員\n北野君の意見に賛成です。\n"
    assert _speakers(text) == ["教育長", "委員"]


FORM = (
    "第3回みなみ市防犯カメラ活用検討会議\n日時\n令和6年3月20日 午前10時から12時\n場所\nみなみ市役所 第1会議室\n"
)


def test_a_bracketed_role_with_a_direction_under_the_agenda_list_is_a_turn():
    # 審議事項 / (事務局)資料に基づき説明 / 資料 …: the statement is no line of the agenda, and the secretariat's
    # label alone over a paragraph after the papers is a second turn.
    text = (FORM + "審議事項\n(事務局)資料に基づき説明\n 資料\n「防犯カメラの運用について」意見募集の結果について[PDF/58kb]\n\n"
            "(事務局)\n  意見募集の結果、12件の意見が寄せられた。これを一覧表に整理している。\n")
    assert _speakers(text) == ["事務局", "事務局"]


def test_a_department_bracket_under_an_agenda_entry_is_no_turn():
    # (健康づくり課) under an entry names its department; no speech follows it.
    text = (FORM + "議題\n(1)保有個人情報の目的外利用について\n(健康づくり課)\n(2)運用状況の報告について\n"
            "\n会議の内容\n○会長　それでは始めます。\n")
    parsed = parse_text(text)
    assert _speakers(text) == ["会長"]
    assert len(parsed["items"]) == 2


def test_a_title_alone_and_a_speaker_and_act_heading_over_speeches_after_the_papers_list_are_turns():
    # A PDF's numbered steps: 1 / 開会 / the title alone over the words said, 2 / who greets, over the greeting.
    text = (FORM.replace("令和6年", "平成15年") + "配布資料\n1−1\n屋外広告物条例について\n2\n景観施策の現況について\n"
            "1\n開会\n南田調整幹\nお待たせ致しました。\nただ今から会議を開会いたします。\n"
            "2\n北野住宅部長あいさつ\n会議の開催に当たり、一言御挨拶を申し上げます。\n")
    assert _speakers(text) == ["南田調整幹", "北野住宅部長"]


def test_a_greeting_heading_over_a_title_and_name_without_a_speech_is_no_turn():
    text = (FORM + "あいさつ\nみなみ市総務部長 北野 一郎\n北野住宅部長あいさつ\nみなみ市住宅部長 北野 二郎\n"
            "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n")
    assert _speakers(text) == ["会長", "委員"]


def test_a_surname_space_official_label_on_a_flattened_line_opens_a_turn():
    text = ("みなみ市議会 健康福祉委員会記録 令和6年7月28日 午前10時00分開会 "
            "○北野一郎 委員長 ただいまから健康福祉委員会を開会いたします。  初めに、病院局から報告を受けます。 "
            "◎今井 病院局長 改めましておはようございます。それでは、決算の概況につきまして御説明いたします。\n")
    assert _speakers(text) == ["北野一郎委員長", "今井病院局長"]


def test_a_marked_topic_with_a_space_that_ends_in_no_title_opens_no_turn():
    text = HEAD + "○北野 委員長 それでは始めます。\n○保存期間 延長の件について\n引き続き審議します。\n"
    assert _speakers(text) == ["北野委員長"]


SUMMARY = "第12回みなみ市環境審議会議事録概要\n1.開催日時令和6年7月5日(木) 午後2時より\n2.開催場所北山コミュニティセンター\n4.議事の概要\n\n"


def test_a_lone_label_with_its_act_in_brackets_and_a_label_broken_before_its_role_are_turns():
    text = (SUMMARY + "事務局 (開会のあいさつ)\n 委員の皆様には会議のたびに熱心なご協議をいただきありがとうございます。\n"
            " 本日はまず、傍聴に関する要領について審議をお願いします。\n北野\n 委員\n"
            " 要領どおりでよいと思うが,傍聴に来る人の意見を吸い上げてはどうかと思い,市の方へ\n")
    assert _speakers(text) == ["事務局", "北野委員"]


def test_a_surname_over_a_role_over_more_names_is_a_roster_not_a_label():
    text = (SUMMARY.replace("4.議事の概要\n", "3.出席者\n北野\n 委員\n南田\n 委員\n4.議事の概要\n")
            + "事務局 (開会のあいさつ)\n 本日はお集まりいただきありがとうございます。\n東山\n 委員\n 要領どおりでよいと思う。\n")
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["事務局", "東山委員"]
    assert parsed["members_present"] == ["北野", "南田"]


FLAT_TXT = ("開催月日 令和7年5月26日(月) 開催場所 教育会館3階302研修室 令和7年度第1回北山市環境保全審議会議事録(確定稿) "
            "事務局  それでは,定刻となりました。これから審議会を開催させていただきます。本日はお忙しい中,お集まりいただき"
            "ありがとうございます。委嘱状は机上配付で交付に代えさせていただきますので,御了承いただければと存じます。  "
            "それでは,委嘱に当たりまして,市長から御挨拶申しあげます。 市長  皆さん,おはようございます。市長でございます。"
            "本日は御多忙の折,御参集いただきありがとうございます。 本日  の議題は二件です。\n")


def test_a_label_after_a_full_stop_and_one_blank_opens_a_turn_in_a_record_on_one_line():
    parsed = parse_text(FLAT_TXT)
    assert [t["speaker"] for t in parsed["turns"]] == ["事務局", "市長"]
    assert parsed["turns"][1]["text"].endswith("本日  の議題は二件です。")
    # The title run onto the end of the place names the body and its sitting.
    assert (parsed["council_name"], parsed["municipality"], parsed["meeting_label"]) == (
        "北山市環境保全審議会", "北山市", "令和7年度第1回")


def test_a_case_with_its_bracketed_note_before_a_sentence_is_no_unmarked_label():
    # 議案第1号(北山市決定) and 資料1(PDF) open lines the way 委員(北野一郎君) does, but name no speaker.
    text = (HEAD + "委員(北野一郎君) 北野と申します。よろしくお願いします。\n議案第1号(北山市決定) 次のとおり変更する。\n"
            "資料1(PDF) 換地設計基準の資料です。\n都市計画課係長(南田剛史君) 次に、報告いたします。\n")
    assert _speakers(text) == ["委員(北野一郎君)", "都市計画課係長(南田剛史君)"]


def test_a_greeting_heading_with_a_particle_over_a_speech_is_a_turn_of_who_greets():
    text = (FORM + "配布資料\n1\n景観施策の現況について\n1\n北野住宅部長のあいさつ\n"
            "会議の開催に当たり、一言御挨拶を申し上げます。\n2\n南田調整幹\nそれでは議事に入ります。\n")
    assert _speakers(text) == ["北野住宅部長", "南田調整幹"]


def test_a_roster_group_by_the_clause_that_seats_its_members_is_no_label():
    text = (
        "みなみ市障害者施策推進協議会 会議録\n日時 令和6年2月20日 午後2時から\n"
        "出席委員 第1号委員 関係行政機関の職員\n みなみ県福祉課 課長 北野一郎\n \n"
        "第2号委員 識見を有する者\n みなみ大学 教授 南田花子\n みなみ市商工会 会長 東山次郎\n\n"
        "第3号委員 障害者の福祉に関する事業に従事する者\n みなみ市身体障害者福祉協会 会長 西川三郎\n"
    )
    assert "第2号委員" not in _speakers(text) and "第3号委員" not in _speakers(text)


def test_an_official_whose_post_ends_in_kan_speaks_mid_line_as_other_officials_do():
    text = HEAD + (
        "○北野委員長 議題とします。理事者の説明を求めます。 ◎南田危機管理室長 (説明) ○北野委員長 質疑を許可します。 "
        "◆東山委員 市内に何団体ありますか。 ◎西川危機管理対策監 現在、市内には3団体あります。 ○北野委員長 ほかにありませんか。\n"
    )
    assert "西川危機管理対策監" in _speakers(text)


def test_a_word_ending_in_kan_inside_a_speech_is_no_label():
    text = HEAD + "○北野委員長 監査の結果を報告します。\n○東山委員 特にありません。\n"
    assert _speakers(text) == ["北野委員長", "東山委員"]


def test_a_name_in_lenticular_brackets_after_the_role_is_a_label_and_names_the_chair():
    text = (
        "北野町議会 令和6年第1回定例会(第2日)\n午後1時30分 開議\n"
        "◯議長【南田健君】  これより本日の会議を開きます。\n"
        "◯町長【北川一郎君】  おはようございます。よろしくお願いいたします。\n"
        "◯議長【南田健君】  本日の議事日程はお手元に配付のとおりであります。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["議長【南田健君】", "町長【北川一郎君】", "議長【南田健君】"]
    assert parsed["turns"][0]["role"] == "chair"
    assert parsed["chair"] == "南田健"


def test_page_references_and_a_rostrum_note_after_numbered_labels_are_not_part_of_them():
    # A search site's flattened record: statement numbers, the page of the bound volume after each label,
    # one label that lost its opening bracket, and 登壇 after it.
    text = (
        "北野市議会 > 2024-06-10 >\n"
        "1       午前10時00分 開議 ◯委員長(南田 健君)[ 12頁]  おはようございます。  ただいまから委員会を開会いたします。"
        "  まず、文教分科会長。 2 ◯文教分科会長北川一郎君)登壇[ 12頁]  文教分科会長報告を行います。"
        "  慎重に審査した結果、原案どおり可決すべきとの結論に至ったところです。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["委員長(南田健君)", "文教分科会長北川一郎君"]
    assert parsed["turns"][1]["text"].startswith("文教分科会長報告を行います。")
    assert parsed["chair"] == "南田健"


def test_a_lenticular_group_over_a_list_of_officials_is_attendance_not_a_turn():
    # A results page: each numbered field's label on its own line, its value two lines below.
    text = (
        "最終更新日:2024年3月6日\n\n1\n\n会議の名称\n\n北野市介護保険運営審議会\n\n2\n\n会議の開催日\n\n令和6年2月5日(木曜日)\n\n"
        "3\n\n出席者\n\n南田副会長、北川委員、東山委員\n\n"
        "【事務局】西田健康福祉部長、中野健康福祉部次長、北村高齢福祉課長、東田高齢福祉課主任主査\n\n4\n\n欠席者\n\n西川委員\n"
    )
    assert _speakers(text) == []


def test_numbered_steps_naming_their_speaker_and_a_greeting_heading_are_turns():
    # 開会(課長補佐) right under the header's fields, and 【会長よりあいさつ】 in the same record.
    text = (
        "北野町子ども・子育て会議概要\n日時 令和6年2月2日(月)13 時 30 分~15 時 30 分\n場所 北野町保健センター\n"
        "出席者 南田委員 北川委員 東山委員\n事務局 西田子育て課長 中野課長補佐\n"
        "1\n開会(課長補佐)\nただいまから令和6年度第3回北野町子ども・子育て会議を開催する。\n"
        "2\nあいさつ(子育て課長)\n本日はお忙しい中、ありがとうございます。\n"
        "※会長が議長となるため南田会長に議題の進行を依頼\n"
        "【会長よりあいさつ】\nいよいよ計画も大詰めとなりました。よろしくお願いします。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["課長補佐", "子育て課長", "会長"]
    assert parsed["chair"] == "南田"


def test_posts_under_a_list_of_officials_by_post_and_name_are_no_turns():
    # Each official's name on one line, the post on the next (sometimes over two lines).
    text = (
        "令和6年3月17日 午前10時00分 開議南田健  予算特別委員長\n\n◎出席委員(2名)\n 1番   南  田     健 委員\n"
        " 2番   北  川  一  郎 委員\n\n◎説明のため出席した者の職氏名\n東山清\n市      長\n\n西田修\n建設部長\n兼上下水道部長\n\n"
        "中野和子\n監査委員\n事務局長\n\n◎事務局職員出席者職氏名\n北村真司\n事務局長\n\n◎本日審査した案件\n"
        " 議第20号 令和6年度北野市一般会計予算\n"
    )
    assert _speakers(text) == []


@pytest.mark.parametrize("rule", ["-" * 30, "─" * 20, "━" * 12], ids=["hyphens", "box-light", "box-heavy"])
def test_a_heading_run_onto_a_label_that_lost_its_mark_and_bracket_is_cut_from_it(rule):
    # An aggregator's one-line copy: the rules between the parts kept, each statement's mark and the
    # opening bracket of its name lost, the heading over the statement run onto the label.
    text = (
        "北野町議会 > 2021-06-04 >\n"
        f"令和3年北野町議会6月定例会会議録{rule}出席議員(2名)  1番  東山花子君  2番  南田健君{rule}"
        "開議の宣告議長南田健君) おはようございます。 ただいまの出席議員は2名であります。"
        f"{rule} △諸般の報告議長南田健君) 諸般の報告を申し上げます。 監査の結果は、お手元に配付のとおりです。"
        f"{rule}町長あいさつ町長北川一郎さん) 皆さん、おはようございます。 本日はよろしくお願いします。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["議長南田健君", "議長南田健君", "町長北川一郎さん"]
    assert parsed["chair"] == "南田健"


def test_a_unit_before_a_title_that_lost_its_bracket_stays_in_the_label():
    text = (
        "北野町議会 > 2021-06-04 >\n令和3年北野町議会予算特別委員会記録\n"
        "予算特別委員長東山花子君) ただいまから委員会を開会いたします。\n"
        "町長北川一郎君) よろしくお願いいたします。\n"
    )
    assert _speakers(text) == ["予算特別委員長東山花子君", "町長北川一郎君"]


def test_a_lone_label_with_the_post_its_speaker_holds_in_brackets_is_a_turn():
    # 南田委員(北野市商工会副会長) alone over the question, 会長(町長) over あいさつ: the bracket names a post,
    # part of the label as printed (a bracketed name or an act is not).
    text = HEAD + (
        "会長(町長)\n\nあいさつ\n\n【質疑】\n南田委員(北野市商工会副会長)\n 避難所の備蓄はどこで管理するのか伺いたい。\n"
        "事務局\n 各小学校の倉庫で管理している。\n"
    )
    assert _speakers(text) == ["会長(町長)", "南田委員(北野市商工会副会長)", "事務局"]


def test_a_lone_role_over_the_step_it_speaks_for_and_a_speech_is_a_turn_even_once():
    text = HEAD + "会長\n\n開会 会長あいさつ\n\n 本日はお忙しいところお集まりいただき、ありがとうございます。\n"
    assert _speakers(text) == ["会長"]


def test_a_chair_label_that_lost_its_opening_bracket_names_the_chair_after_the_role():
    # A minutes site's flattened committee record: ◆委員長北野一郎) for ◆委員長(北野一郎).
    text = (
        "北野市議会 議会運営委員会 2024-06-10\n"
        "(午前 10時 0分 開会) ◆委員長北野一郎) ただいまから、議会運営委員会を開会いたします。"
        " 2 ◆行政課長南田健) 委員長。 3 ◆委員長北野一郎) 行政課長。"
        " 4 ◆副委員長東山二郎) 一言申し上げます。 5 ◆委員長職務代理者西川三郎) 了承しました。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]][:3] == ["委員長北野一郎", "行政課長南田健", "委員長北野一郎"]
    assert parsed["chair"] == "北野一郎"


def test_a_vice_chair_or_acting_chair_label_with_a_bare_name_names_no_chair():
    text = HEAD + "◆副委員長東山二郎) 始めます。\n◆委員長職務代理者西川三郎) 了承しました。\n◆委員南田健) 質問です。\n"
    assert parse_text(text)["chair"] is None


def test_the_office_bracketed_after_the_chair_names_no_chair():
    text = HEAD + "会長(町長)\n\nあいさつ\n\n事務局\n\n委員の委嘱について説明\n\n会長\n\n議題1について、事務局から説明をお願いします。\n"
    assert parse_text(text)["chair"] is None


def test_a_role_alone_over_the_first_speech_is_its_label_though_the_header_lists_sections():
    # 事務局 / staff, then 事務局 again over the opening words: the second is the first speech's label.
    text = (
        "令和5年度第1回北野区環境審議会会議録\n日時\n令和5年7月3日(月曜日)午後2時\n場所\n北野区役所 会議室\n"
        "出席委員\n南田委員、東山委員\n事務局\n西川環境部長\n\n事務局\n\n"
        " それでは、定刻になりましたので、ただいまから審議会を始めさせていただきます。\n"
    )
    assert _speakers(text) == ["事務局"]


def test_a_label_alone_over_a_note_of_what_was_done_is_a_turn():
    text = HEAD + "1.開会\n(環境部長)\nただいまから審議会を開きます。本日はお集まりいただきありがとうございます。\n" \
                  "2.資料の確認\n(環境課主事)\n※資料の確認を行う。\n(会長)\nそれでは議事に入ります。よろしくお願いします。\n"
    assert _speakers(text) == ["環境部長", "環境課主事", "会長"]


def test_a_name_and_title_the_header_lists_is_a_label_once_after_a_marked_step_on_a_flattened_page():
    # The page flattened: the step (○ 開会) and the one speech under it on a line; 南田課長 is in the header's
    # list of officials as written, so the unmarked name and title is the speaker even once.
    text = (
        "令和3年度第1回北野市環境審議会\n1 開催日時 令和3年7月1日(木) 10時から\n2 開催場所 北野市役所 会議室\n"
        "3 出席者 委員:東山一郎委員(会長)、西川花子委員 市:北野市長 環境部 南田課長、中野主査\n"
        "【会議の概要】\n○ 開会 南田課長 それでは、これより本日の会議を開きます。 本日の出席委員は2名であります。\n"
    )
    assert _speakers(text) == ["南田課長"]


def test_an_unmarked_name_and_title_the_header_does_not_list_is_no_label_once():
    text = (
        "令和3年度第1回北野市環境審議会\n1 開催日時 令和3年7月1日(木) 10時から\n2 開催場所 北野市役所 会議室\n"
        "3 出席者 委員:東山一郎委員(会長)、西川花子委員\n"
        "【会議の概要】\n○ 開会 南田課長 それでは、これより本日の会議を開きます。 本日の出席委員は2名であります。\n"
    )
    assert _speakers(text) == []


def test_a_role_alone_over_a_bracketed_one_word_answer_is_a_turn():
    text = HEAD + "委員\n報告書は冊子でも配るのか。\n事務局\n(了解)\n委員\n配布先を教えてほしい。\n"
    assert _speakers(text) == ["委員", "事務局", "委員"]


# --- labels found by their shape, when no house style found a turn ---------------------------------

FLAT_HEAD = (
    "令和 4 年 第 2 回北野町環境審議会 会議録 ■日時 令和 4 年 6 月 3 日(金)午後 2 時~ ■会場 北野町役場 2 階会議室 "
    "■出席委員 南田委員、東山委員、西川委員 ■事務局 環境課長 北川健一、環境課 主査 森花子 ■次第 1 開会 2 町長 挨拶 "
    "3 議事 ■記録 "
)


def test_colon_labels_on_a_flattened_line_are_turns_where_the_header_lists_them():
    text = FLAT_HEAD + ("事務局(北川課長):それでは、ただ今から審議会を始めます。 まず町長からご挨拶を申し上げます。 "
                        "大林町長:皆様こんにちは。本日はお集まりいただきありがとうございます。")
    assert _speakers(text) == ["事務局(北川課長)", "大林町長"]


def test_letter_spaced_labels_recurring_on_a_flattened_line_are_turns():
    text = ("北野市空き家対策協議会 会議録 日時 令和5年2月1日 場所 北野市役所 1. 開会 2. 質疑 "
            "西 川 委 員:空き家の件数は、昨年と比べてどうなっているのか。 事務局:昨年より少し増えております。 "
            "西 川 委 員:増えた理由はわかるか。 事務局:転居による空き家が多いと見ております。\n")
    assert _speakers(text) == ["西川委員", "事務局", "西川委員", "事務局"]


def test_a_role_and_bracketed_name_alone_over_the_speech_is_a_turn_where_the_roster_names_them():
    text = ("文教常任委員会会議録\n開催日 令和3年9月1日\n出席委員\n委員長 南田花子\n委員 北山次郎\n会議の経過\n"
            "委員長(南田花子君)\n\nただいまより委員会を開会いたします。本日は全員出席です。\n")
    assert _speakers(text) == ["委員長(南田花子君)"]


def test_a_roster_row_and_a_mention_of_a_member_are_no_labels():
    # 会長 北野一郎 has no separator; 委員 inside a sentence has no label's shape; 事務局: over names is attendance.
    text = ("北野市審議会 会議録\n日時：令和5年2月1日\n会長 北野一郎\n事務局:北川課長、森主査\n"
            "当日は委員から意見があり、事務局が答えた。会長の判断で次回に持ち越した。\n")
    assert _speakers(text) == []


def test_a_label_once_that_neither_recurs_nor_is_listed_is_no_turn():
    text = ("北野市審議会 会議録\n日時：令和5年2月1日\n出席者 南田委員\n"
            "ご意見を伺いました。 東山課長:本件は次回までに整理いたします。\n")
    assert _speakers(text) == []


def test_a_roster_group_that_recurs_over_titled_names_is_no_label():
    # 委員:北野委員、… twice (present and absent) recurs like a label, but what follows is names with their titles.
    text = ("北野市景観審議会 会議録\n日時 令和2年7月1日\n出席者 委員:南田委員、東山委員、西川委員、\n北川委員\n"
            "欠席者 委員:森委員、林委員議案1.諮問(北野市景観計画の見直しについて)について審議し、答申案をまとめることとした。\n")
    assert _speakers(text) == []


def _labels(text):
    return [t.get("speaker_label") or t["speaker"] for t in parse_text(text)["turns"]]


def test_a_bracketed_role_inside_a_flattened_line_opens_a_turn():
    text = (
        "第2回北野市環境審議会 議事要旨 開 催 日 時 令和3年6月1日(火)午前10時から正午まで "
        "出 席 者 <委員> 南田 健会長、東山 花子委員 <事務局> 西川環境課長\n"
        "審議内容 1 開会 2 議事 (1)計画の見直しについて （委員） 前回の資料の5ページですが、"
        "数値の根拠を示していただけますか。 （事務局） 次回までに整理してお示しします。\n"
    )
    assert _labels(text) == ["委員", "事務局"]


def test_a_bracketed_group_over_a_list_of_names_is_no_turn():
    text = (
        "第2回北野市環境審議会 議事要旨 日時:令和3年6月1日 "
        "(委員) 南田健、東山花子、西川一郎 (事務局) 北村課長、中野主査\n"
    )
    assert _labels(text) == []


def test_a_roster_heading_over_an_office_and_a_name_is_no_turn():
    text = (
        "北野市議会 総務委員会記録 令和2年3月4日(水)\n"
        "〇出席委員(3名)   委員長    南田 健   副委員長  東山花子   委員   西川一郎\n"
        "〇議長   議長       北村次郎\n"
        "〇議題   1 議案の審査について\n"
    )
    assert _labels(text) == []


def test_a_marked_label_whose_speech_names_an_office_is_still_a_turn():
    text = HEAD + "〇議長   委員長 南田健君の報告を求めます。\n〇委員長 ご報告いたします。\n"
    assert _labels(text)[:2] == ["議長", "委員長"]


def test_lenticular_labels_run_together_on_a_flattened_page_are_each_a_turn():
    text = (
        "(1)\n\n会議録 1 会議名 第2回東浜区地域協議会 2 開催日時 令和元年9月3日(火)午後7時から "
        "3 出席した者 ・委 員:" + "、".join(f"北野{n}郎" for n in "一二三四五六七八九十" * 8) + " ・事務局:南田係長 "
        "4 傍聴人の数 なし 5 非公開の理由 なし 6 発言の内容(要旨) 【南田係長】\n\n(2)\n\n"
        "・会議の開会を宣言 ・委員の半数以上の出席を確認し、会議の成立を報告 "
        "【北村センター長】 ・庁舎の改修工事に伴う窓口の移転について報告。 "
        "【東山会長】 ・会議録の確認を西川委員に依頼。\n"
    )
    assert _labels(text) == ["南田係長", "北村センター長", "東山会長"]


def test_a_bracketed_heading_inside_a_line_over_no_speech_is_not_cut_out():
    text = HEAD + "○会長 次に、資料の【報告事項】 について説明をお願いします。\n○事務局 説明します。\n"
    assert _labels(text) == ["会長", "事務局"]



def test_a_roster_under_bracketed_role_headings_on_a_flattened_page_is_no_turn():
    # 【委員】 and 【事務局】 head the attendance, not speeches: an opening with no speech in it yet has no turn.
    text = ("第3回 北野市健康づくり推進協議会 会議録 ○日 時 令和5年 6 月 2 日(金)午後2時から午後4時 ○場 所 "
            "北野市役所 第1会議室 【委員】(敬称略) 東山 一郎(会長) 北野大学教授(学識経験者) 南田 健(副会長) "
            "北野市医師会(関係団体の代表者) 西川 花子 公募委員(市民) 【事務局】 健康部 保健課長(東) "
            "健康部 保健課係長(西田) 【次第】 開会 議事 1)計画の進捗について 報告事項 1)検診の受診状況について\n")
    assert _speakers(text) == []


def test_an_election_record_of_role_and_member_is_no_turn():
    text = HEAD + "1 委員長の選出について\n\n委員長:西山委員\n\n副委員長:東川委員\n\n2 報告事項\n(1)計画の概要\n"
    assert _speakers(text) == []


def test_staff_rows_under_their_sections_before_the_first_speech_are_no_turns():
    text = ("北野市地域審議会 会議録\n日時 令和5年6月2日(金)午後7時から\n場所 北野市南田支所 2階会議室\n出席者\n"
            "【委員】 北野一郎、南田健、西川花子\n【市】\n○本庁\n(企画課)東山部長兼企画課長、西田主査\n○南田支所\n"
            "(総務課)北川支所長兼課長\n(福祉課)南課長\n(建設課)中村課長\n【傍聴者】 3名\n1 開会\n"
            "(事務局)ただいまから会議を開会いたします。\n")
    assert _speakers(text) == ["事務局"]


def test_a_label_noting_the_explanation_it_gave_opens_the_speeches():
    text = HEAD + "(1)計画案について\n○事務局(資料説明・要旨省略)\n――\n○会長 ただいまの説明について、ご意見はありますか。\n"
    assert _speakers(text) == ["事務局", "会長"]


def test_a_label_over_a_few_words_that_end_the_extract_is_a_speech_cut_off():
    text = HEAD + "(1)計画の見直しについて\n(都市計画課から説明)\n\n【委員】\n 駅前広場の\n"
    assert _speakers(text) == ["委員"]


def test_bracketed_labels_run_into_their_speech_on_a_flattened_page():
    # (委員長)それでは… with no blank after the bracket, each label inside the one long line of a flattened page.
    text = ("会議録 1 会議の名称 北野市景観審議会 2 開催日時 令和5年6月2日(金)午後2時から 3 開催場所 北野市役所 "
            "4 出席者 委員 東山一郎(委員長)、南田健、西川花子 事務局 都市計画課 3人 5 議事 "
            "(1)景観計画の改定について (委員長)それでは、事務局から改定案の説明をお願いします。 "
            "(事務局)資料1により改定案の要点を説明 (委員長)ただいまの説明について、ご意見をお願いします。 "
            "(委員)眺望点の追加は、地元の意見も聞いて決めてほしい。\n")
    assert _speakers(text) == ["委員長", "事務局", "委員長", "委員"]


def test_a_label_once_is_a_turn_where_the_staff_list_above_it_names_its_speaker():
    # Label shapes of the header's own fields come first; the staff list further down names 文書係長.
    text = ("北野市個人情報保護審査会 会議録\n会議の名称\n第2回審査会\n事務局(所管課)\n総務部\n総務課(文書担当)\n"
            "開催日時\n令和5年6月2日(金) 午後2時から午後4時\n開催場所\n北野市役所 会議室\n出席者\n"
            "委員 東山一郎、南田健\n"
            "説明者\n福祉課長、保険課長\n事務局\n総務部長、文書係長\n"
            "文書係長:それでは、定刻になりましたので、ただいまから審査会を始めさせていただきます。\n"
            "本日は、お忙しい中お集まりいただきありがとうございます。\n")
    assert _speakers(text) == ["文書係長"]


def test_an_office_closed_by_a_colon_over_a_sentence_is_a_turn_even_once_inside_a_flattened_page():
    text = ("北野市都市計画審議会(第2回)会議録  開催日時等  日時 令和5年6月2日(金)10:00〜  場所 北野市役所 大会議室  "
            "次第 1開会 2議事 (1)用途地域の見直しについて 委員長:おはようございます。定刻となりましたので、"
            "ただいまから第2回北野市都市計画審議会を開会します。  本日は委員15名中12名のご出席をいただいております。\n")
    assert _speakers(text) == ["委員長"]


def test_an_office_closed_by_a_colon_over_a_list_of_posts_is_no_turn():
    text = HEAD.replace("\n会議の内容\n", "\n") + "出席者 北野一郎、南田健 事務局:市長、副市長、総務部長、企画課職員2名 傍聴人:1名\n"
    assert _speakers(text) == []


def test_a_label_run_into_its_speech_among_labels_alone_on_their_lines():
    text = (HEAD + "会 長\n\nただいまから会議を開きます。\n\n本日は、計画の素案について事務局から説明を受けます。\n\n"
            "課長 ご説明いたします。資料の2ページをご覧ください。\n委 員\n\n素案の目標値は、どのように決めたのですか。\n")
    assert _speakers(text) == ["会長", "課長", "委員"]


def test_a_first_speech_without_a_full_stop_is_still_a_turn():
    # Kana and a clause before a comma read as speech, though the page lost the statement's end.
    text = HEAD + "○会長 それではこれから始めさせていただきたいと\n○委員 次に、資料2の件\n○事務局 承知しました。\n"
    assert _speakers(text) == ["会長", "委員", "事務局"]


def test_a_numbered_greeting_step_over_what_was_said_is_a_turn_of_who_greets():
    text = (HEAD.replace("\n会議の内容\n", "\n出席者:北野委員長、南田委員、西川委員\n会議の内容\n") + "1 開会\n2 委員長挨拶\n本日は年度末のお忙しい中、お集まりいただきありがとうございます。\n"
            "計画の見直しも最終段階に入りました。\n3 委員紹介\n出席委員の自己紹介\n4 質疑\n"
            "南田委員:素案の8ページの目標値は、誰が決めたのか。庁内で決めたのであれば説明がほしい。\n")
    assert _speakers(text) == ["委員長", "南田委員"]


def test_a_greeting_step_reported_in_the_third_person_is_no_turn():
    text = (HEAD + "(1)会長挨拶\n北野市防災会議の会長である北野市長より挨拶がありました。\n(2)議事\n"
            "南田委員:避難所の備蓄は十分なのか。\n南田委員:追加で確認したい。\n")
    assert "会長" not in _speakers(text)


def test_a_note_of_the_act_beside_a_label_is_not_part_of_the_speaker():
    text = HEAD + ("1 開会\n会長あいさつ:先日、駅前の催しに伺いました。皆さんの力を感じました。\n2 議事\n"
                   "委員:来年度の予算はどうなるのか。\n事務局(補足説明):予算は前年並みの見込みです。\n委員:了解した。\n")
    assert _speakers(text) == ["会長", "委員", "事務局", "委員"]


def test_a_staff_roster_in_bracketed_rows_does_not_outvote_marked_labels_that_speak():
    text = ("北野市地域審議会 議事要旨\n1 日時\n令和5年6月2日(金) 19時00分~21時00分\n2 場所\n北野市南田公民館\n"
            "3 出席者\n【委員】 北野一郎(会長)、南田健、\n西川花子\n【北野市】○本庁\n(企画課)東山部長兼課長、西主査\n○南田支所\n"
            "(総務課)北川支所長兼課長、東係長\n(福祉課)西川副支所長兼課長\n(市民課)中村課長\n(建設課)北川課長\n【傍聴者】 2名\n"
            "4 会長あいさつ\n◎北野会長\n本日は、答申に向けて最後の議論をお願いしたい。\n"
            "5 議事\n◎北野会長\nそれでは、審議に入りたいと思います。\n")
    assert _speakers(text) == ["北野会長", "北野会長"]


def test_a_first_turn_that_a_column_layout_put_above_the_body_heading_is_read():
    # The form's 会議の経過 cell came out after the first greeting, whose label and speech sit above it.
    text = ("北野町子ども会議 会議録\n開催日時\n令和5年6月2日(金) 10時00分から\n開催場所\n北野町役場 2階会議室\n"
            "出席者\n東山一郎委員長 南田健 西川花子\n〇開 会\n〇委員長あいさつ\n"
            "本日はお集まりいただきましてありがとうございます。\n活発なご意見をいただければと思います。\n会議の経過\n"
            "〇町長あいさつ\n皆さまこんにちは。日頃より子育て支援にご協力をいただきお礼申し上げます。\n")
    assert _speakers(text) == ["委員長", "町長"]


def test_a_flattened_records_steps_and_marked_headings_leave_the_colon_labels_under_them_their_turns():
    from shingikai.minutes.importer.conventions import CATALOGUE

    record = next(c for c in CATALOGUE if c.name == "record-flattened-steps-told-in-narration")
    parsed = parse_text(record.example + "\n")
    assert [t["speaker"] for t in parsed["turns"]] == ["川上会長", "審議会委員"]
    assert parsed["chair"] == "川上一郎"


def test_a_step_before_a_clock_is_not_cut_from_it():
    from shingikai.minutes.importer.clean import clean_text

    assert clean_text("開会 午後2時 1 開会時刻 10:00 から") == "開会 午後2時 1 開会時刻 10:00 から"


def test_a_step_naming_its_speaker_in_brackets_opens_the_speech_run_on_after_it():
    text = (HEAD.replace("\n会議の内容\n", "\n経過と結果等\n") + "(1)開会 西川所長が開会を宣言した。\n"
            "(2)教育長挨拶(川上一弘 教育長) 本年度第1回の委員会となります。よろしくお願いします。\n(3)委員紹介 西川所長から紹介\n")
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["川上一弘教育長"]
    assert parsed["turns"][0]["text"].startswith("本年度第1回の委員会")


def test_a_step_with_a_bracketed_note_that_names_no_office_keeps_its_line():
    from shingikai.minutes.importer.clean import clean_text

    line = "(2)規則改正(案 その2) について説明した。"
    assert clean_text(line) == line


def test_a_bracketed_office_and_name_run_on_after_the_narration_opens_the_greeting():
    text = (HEAD.replace("\n会議の内容\n", "\n") + "1 委嘱書の交付 2 市長挨拶 西川市長より委員に委嘱書の交付 "
            "(北野市長 川上一弘) 本日はご出席いただきありがとうございます。よろしくお願いします。\n3 委員 自己紹介\n")
    assert _speakers(text) == ["北野市長川上一弘"]


def test_a_label_alone_over_its_speech_takes_it_across_several_blank_lines():
    # (会長) / (three blank lines) / ただいまから…: a page converted paragraph by paragraph may leave more than one
    # blank line between a label alone on its line and the speech below it.
    gap = "\n\n\n\n"
    text = (
        "第3回北野市環境審議会 会議録\n開催日時 令和5年7月3日(月曜日)午前10時から正午まで\n開催場所 北野市役所第1会議室\n"
        "出席委員 南田会長、西山委員、北川委員\n議事\n(1)北野市環境基本計画の改定について\n"
        "(会長)" + gap + "ただいまから第3回北野市環境審議会を開会いたします。\n"
        "(事務局)" + gap + "資料1に沿って、環境基本計画の改定案を説明いたします。\n"
        "(西山委員)" + gap + "計画の期間について伺います。\n"
    )
    assert [turn["speaker"] for turn in parse_text(text)["turns"]] == ["会長", "事務局", "西山委員"]


def test_a_bracketed_greeting_heading_is_a_turn_only_where_the_labels_are_bracketed_so():
    head = "北野市行政改革推進委員会\n開催日時\n令和6年2月7日(水曜日)午後1時から午後3時まで\n会議録\n"
    bracketed = parse_text(head + "(会長あいさつ)\n 各委員には意見をお願いします。\n(会長)\nそれでは、議事を進行します。\n"
                                  "(事務局)\n資料1について説明\n")
    assert [t["speaker"] for t in bracketed["turns"]] == ["会長", "会長", "事務局"]
    # Among ○ labels, ( 委員長挨拶) under the chair's label notes the greeting given within the chair's turn.
    marked = parse_text(head + "○北野委員長\n それでは、南田議員は委員席へお願いいたします。\n\n (委員長挨拶)\n\n"
                               " 次に、議長、挨拶をお願いいたします。\n○東山議長\n (挨拶)\n")
    assert [t["speaker"] for t in marked["turns"]] == ["北野委員長", "東山議長"]


def test_a_seat_number_before_a_spaced_name_is_part_of_the_label_even_over_a_speech_cut_short():
    parsed = parse_text(
        "北野市議会定例会\n午前10時開会\n◯ 議長北野一郎議長) おはようございます。\n"
        "◯ 5番 南田 健議員 決算について報告いたします。\n◯ 議長北野一郎議長) 以上で報告を終わります。\n◯ 12番 東山 花子議員 一般・特\n"
    )
    assert [t["speaker"] for t in parsed["turns"]] == ["議長北野一郎議長", "5番南田健議員", "議長北野一郎議長", "12番東山花子議員"]
    # A count in the same shape (5番 …議員 among the roster's seats) is no label without its mark.
    assert parse_text("北野市議会定例会\n出席議員\n5番 南田 健議員 6番 東山 花子議員\n")["turns"] == []


def test_a_numbered_greeting_step_is_a_turn_of_the_greeter_in_minutes_whose_labels_are_bracketed():
    text = (
        "北野市防災会議\n令和6年7月24日(水曜日) 午前10時00分から午前11時15分\n1.開会\n(事務局) 配布資料の確認について説明\n"
        "2 会長(市長)あいさつ\n市では、災害から市民の皆様を保護することを目的として計画を定めております。\n3 委員紹介\n(事務局) 委員を紹介\n"
    )
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["事務局", "会長(市長)", "事務局"]
    # The same step in the agenda above, over the next step rather than a speech, is no turn.
    agenda = text.replace("1.開会\n", "1 開会\n2 会長(市長)あいさつ\n3 委員紹介\n4 審議事項\n(1)北野市地域防災計画の修正について\n1.開会\n")
    assert [t["speaker"] for t in parse_text(agenda)["turns"]] == ["事務局", "会長(市長)", "事務局"]


def test_an_arrow_before_a_label_marks_the_answer_and_is_no_part_of_the_label():
    text = ("北野市交流施設検討委員会会議概要\n◇意見・質疑\n委員:市民センターの管理は重要である。\n"
            "→事務局:基本的に協議会にお願いすることになる。\n委員:計画は重要である。\n⇒ 事務局:承知しました。\n")
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["委員", "事務局", "委員", "事務局"]


def test_a_clock_timed_opening_runs_on_into_the_chairs_spaced_label_and_the_range_above_closes_the_sitting():
    # 午前10時00分 開会北野 委員長 おはようございます。: the step timed by the clock (no mark), the surname run onto it and
    # a space apart from the office; the sitting's range on the line that dates it gives the closing.
    text = (
        "    令和 6年12月 観光振興特別委員会-12月13日-01号\n──────────────────\n"
        "開催日時及び場所  令和6年12月13日(金)午前10時00分~午前10時31分 第2委員会室\n──────────────────\n"
        "本日の会議に付した事件  ● 議題   1 みなみ市観光案内所の運営について   2 イベント等実施状況について\n"
        "──────────────────\n出席委員(3名)  委員長  北野一郎君  副委員長 南田 健君  委員  東山 亨君\n"
        "──────────────────\n    午前10時00分 開会北野 委員長 おはようございます。  本日は全員出席です。\n"
    )
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野委員長"]
    assert (parsed["start_time"], parsed["end_time"]) == ("10:00", "10:31")


def test_an_officials_full_name_then_a_space_then_the_post_is_one_label_among_members_labels():
    text = ("環境水道委員会会議録\n開催年月日 令和6年3月13日(木)\n開催場所 環境水道委員会室\n午前10時00分 開会\n"
            "○北野一郎 委員長  ただいまから環境水道委員会を開会いたします。\n"
            "○北野一郎 委員長  まず、総括的な説明を求めます。\n"
            "◎南田健二郎 環境局長  では、私の方から、本委員会の審議案件につきまして説明いたします。\n")
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["北野一郎委員長", "北野一郎委員長", "南田健二郎環境局長"]


def test_an_officials_surname_a_space_and_a_kana_post_name_the_unit_that_explains_the_item():
    text = ("北山市デジタル化推進懇話会 会議録\n令和6年2月15日(木曜日)\n開 会 午後1時\n"
            "○北野一郎 会長  ただいまから懇話会を開会いたします。  次期北山市ICT活用戦略についてを議題とし、"
            "市から説明を受けます。\n"
            "◎南田 デジタル戦略推進局長  本日は次期戦略の方向性について御説明いたします。  詳しくは"
            "スマートシティ推進部長の東山から御説明いたします。\n"
            "◎東山 スマートシティ推進部長  資料に沿って御説明いたします。\n")
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野一郎会長", "南田デジタル戦略推進局長", "東山スマートシティ推進部長"]
    # The post alone names the unit: no surname read into it, and the unit named again in a sentence does not
    # make 東山 part of a unit's name.
    assert parsed["items"][0]["departments"] == ["デジタル戦略推進局", "スマートシティ推進部"]


def test_a_label_that_defines_a_short_name_is_the_speaker_and_the_short_name_speaks_as_the_same():
    text = (HEAD + "審議1「北山市立図書館空調設備改修工事」\n事務局から資料に基づき説明した。\n"
            "委員:予定価格の算定はどのように行ったのか。\n"
            "財政局(以下「財政」):設計単価をもとに算定した。\n"
            "委員:入札参加者が1者となった理由は何か。\n"
            "財政:工期が短かったためと考えている。\n")
    turns = parse_text(text)["turns"]
    assert [t["speaker"] for t in turns] == ["委員", "財政局", "委員", "財政局"]
    assert turns[1]["role"] == turns[3]["role"]


def test_a_bracketed_label_over_a_bulleted_speech_is_a_turn():
    text = (HEAD + "5.議事要旨\n\n【北野会長】\n\n  • 議事に従い、議題の環境基本計画(案)について事務局より説明をお願いします。\n\n"
            "【南田課長】\n\n  • 環境基本計画(案)の内容については、前回の審議会から2度資料をお送りし、意見を頂いています。\n")
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["北野会長", "南田課長"]


def test_a_marked_role_over_the_first_speech_is_a_turn_though_its_word_is_a_fields_label():
    # ●事務局 under the papers' list: the word is the header's 事務局 field, but the mark and the sentence under it make
    # it the first turn.
    text = ("北山市介護保険事業計画策定委員会 第2回\n令和5年6月28日(水曜日)午後1時半~午後3時半\n北山市保健センター 2階\n"
            "出席者\n委員14人 、事務局\n配布資料\n・次第\n・資料1 計画の概要\n\n1.あいさつ\n\n●事務局\n\n"
            "北山市介護保険事業計画第2回策定委員会を開催いたします。\n\n \n●福祉部長\n\n"
            "平素は本市の福祉事業にご理解を賜り、厚くお礼を申し上げます。\n")
    assert _speakers(text) == ["事務局", "福祉部長"]


def test_a_label_over_a_note_between_dashes_of_what_was_explained_is_a_turn():
    # 〈事務局〉 / -北野計画について 説明 -: the stage direction stands for the speech, as ※…説明した。 does.
    text = (HEAD + "〈会長〉\n\nそれでは、協議に入りたいと思います。\n\n〈事務局〉\n\n -北野計画について 説明 -\n\n"
            "〈会長〉\n\n御質問、御意見等があればお願いします。\n\n〈委員〉\n\n表現が分かりにくいのではないか。\n")
    assert _speakers(text) == ["会長", "事務局", "会長", "委員"]


def test_a_label_alone_over_a_note_of_papers_explained_or_over_a_figure_opens_its_turn():
    text = ("第2回北山市男女共同参画審議会 議事録\n1 日時\n令和7年12月16日(火) 午前10時から\n2 場所\n北山市役所\n"
            "3 出席者\n北野一郎、南田健\n7 議事内容\n⑴ 市民意識調査結果について\n【東山主査】\n資料1、2、3に基づき説明\n"
            "【南田委員】\n回収率は何%か。\n【東山主査】\n48.2%である。\n【南田委員】\n回収率が下がった理由は何か。\n")
    turns = parse_text(text)["turns"]
    assert [(t["speaker"], t["text"]) for t in turns] == [
        ("東山主査", "資料1、2、3に基づき説明"), ("南田委員", "回収率は何%か。"),
        ("東山主査", "48.2%である。"), ("南田委員", "回収率が下がった理由は何か。"),
    ]


def _example(name):
    from shingikai.minutes.importer.conventions import CATALOGUE
    return next(c.example for c in CATALOGUE if c.name == name)


def test_officials_listed_one_a_line_are_no_speakers():
    # 東山公園緑地部長 / 都市開発課 東山次長(課長): the next official's row under a post is no speech of it.
    assert _speakers(_example("record-officials-one-a-line-and-bulleted-groups") + "\n") == []


def test_a_forms_fields_one_cell_a_line_are_no_speakers():
    # 傍聴者 | / なし |, 事務局 | / …課 電話:… |: a table's label cells over their values (the bars gone), the record's
    # narration run onto the last.
    assert _speakers(HEAD + "傍聴者\nなし\n事務局\n北山市都市政策課 電話:012-345-6789議第1号の議題について審議を行った。 "
                     "事務局から議第1号について説明。 全員賛成により原案のとおり決定。\n") == []
    assert _speakers(_example("record-numbered-cases-run-together-in-a-table-cell") + "\n") == []


def test_a_step_tables_names_one_a_line_give_way_to_labels_that_speak():
    # 委員長 / 北野一郎(…) / 事務局 / 南田副館長 / 閉会 / 北野委員長 …: names and posts one a line, none over a sentence,
    # beside 北野委員長:それでは…。 and 南田副館長:それでは…。: the colon labels are the house's.
    assert _speakers(_example("record-step-table-then-colon-labels") + "\n") == ["北野委員長", "南田副館長"]


def test_a_runner_with_a_bracketed_surname_alone_over_speech_is_a_label_a_post_with_one_is_not():
    # 司会(北野) alone over the speech speaks under that whole label; 企画課長(北野) stays a roster's line.
    assert _speakers(_example("record-turns-runner-with-surname-alone-over-speech")) == [
        "司会(北野)", "東山委員", "司会(北野)", "西川委員"]
    text = HEAD + "企画課長(北野)\n資料1の概要を説明いたします。\n総務部長(資料2に沿って説明)\n資料2の概要を説明いたします。\n"
    assert _speakers(text) == ["総務部長"]


def test_numbered_roster_groups_on_one_line_are_no_speakers_but_a_numbered_speech_still_speaks():
    assert _speakers(_example("record-turns-numbered-roster-groups-run-onto-one-line")) == []
    # One numbered group alone, with a sentence after it and no other numbered group: still read as the document shows it.
    text = "北山市空き家等対策推進協議会議事録 日時 令和4年10月31日(月) 事務局:皆さんこんにちは。本日はよろしくお願いします。 委員:よろしくお願いします。\n"
    assert "事務局" in _speakers(text)


def test_an_answer_heading_under_the_question_heading_is_no_label():
    assert _speakers(_example("record-turns-question-and-answer-column-headings")) == []


def test_a_topic_led_to_its_speaker_opens_the_speakers_turn_and_keeps_the_topic_apart():
    turns = parse_text(_example("record-turns-topic-led-to-its-speaker"))["turns"]
    assert [t["speaker"] for t in turns] == ["西川財政課長"]
    assert turns[0]["text"].startswith("議案第1号令和2年度北山市一般会計補正予算")
    assert "・・・" not in turns[0]["text"]


def test_a_post_ending_in_senmonkan_opens_a_turn_inside_a_flattened_summary():
    # 南田専門官:… / ∼運行の中で∼ 東山専門官:…: a national office's 専門官 speaks as a 専門員 does, once only though he speaks.
    text = HEAD + ("議事 (1) 運用実績について 別添資料1のとおり報告。 南田専門官:一日平均利用者数の資料が欲しい。 "
                   "また、乗降場の利用状況も分けて欲しい。 北野係長:資料を用意する。 南田専門官:了解。資料をお願いする。 "
                   "∼運行の中で∼ 東山専門官:利用のない乗降場の今後の扱いはどうか。\n")
    assert "東山専門官" in _speakers(text)


def test_labels_are_closed_up_only_where_blanks_fall_inside_every_word():
    from shingikai.minutes.importer.spaced_labels import spaced_labels_closed

    # Whole words, one label letter-spaced by the house: the line is the other readers' to take, as printed.
    whole = ["北山市景観審議会 第1回 会議録", "○北 野会長 ただいまから審議会を開きます。本日は景観計画の見直しについてご審議をお願いします。" * 3]
    assert spaced_labels_closed(whole) == whole
    broken = ["開 ○北 野会 長 会 そ れで は、 た だい まか ら 審議 会を 開き ます 。 本日 は 景観 計画 の見 直し に つい て ご審 議を "
              "お願 いし ます 。 資料 につ いて は 事務 局か ら ご説 明を お願 いし ます 。 最 初に 、 計画 の 改正 案 につ いて "
              "ご 議論 いた だき たい と 思い ます 。 ○南 田都 市 計画 課長 それ では 、ご 説明 を申 し上 げま す。"]
    assert [line.split(" ")[0] for line in spaced_labels_closed(broken)] == ["開", "○北野会長", "○南田都市計画課長"]
