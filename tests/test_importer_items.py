"""The importer's agenda items: which are found, and the kind, outcome, categories and
departments each is given. Every fixture is synthetic, with fictional names."""
import pytest

from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.agenda_fallback import done_subject, fallback_agenda, plausible_title, split_run
from shingikai.minutes.importer.clean import clean_text

HEAD = (
    "みなみ市情報公開・個人情報保護審議会　令和６年度第１回会議録\n"
    "日時：令和6年5月10日　午後2時から午後3時まで\n"
    "場所：みなみ市役所\n\n会議の内容\n"
)


def _items(text):
    return [(i["kind"], i["title"], i["departments"], i["outcome"]) for i in parse_text(HEAD + text)["items"]]


def _agenda_items(*entries):
    """Kind, title and departments of the items an agenda of these lines yields, over a short sitting."""
    listed = "".join(f"({n}) {e}\n" for n, e in enumerate(entries, 1))
    return [(k, t, d) for k, t, d, _ in _items("議題\n" + listed + "\n○会長　それでは始めます。\n○委員　承知しました。\n")]


def _read_items(text, *names):
    """The named fields of each item read from ``text``: kind and title unless others are named."""
    return [tuple(i[n] for n in names or ("kind", "title")) for i in parse_text(text)["items"]]


def test_secretariat_explaining_a_case_is_not_its_department():
    items = _items(
        "1 審議事項\n(1) 審議の進め方について\n○事務局　資料1により説明します。\n○委員　了解しました。\n"
        "(2) 情報公開制度の運用状況について\n○事務局　資料2により報告します。\n○委員　特にありません。\n"
    )
    assert [(t, d) for _, t, d, _ in items] == [
        ("審議の進め方について", []),
        # The secretariat's own yearly report is its own.
        ("情報公開制度の運用状況について", ["事務局"]),
    ]


def test_a_title_that_only_mentions_consultation_is_not_one():
    items = _items("(1) 諮問を要しない案件の指定について\n○事務局　資料により説明します。\n"
                   "(2) 諮問第4号 住民票の写しの外部提供について\n○事務局　資料により説明します。\n")
    assert [k for k, *_ in items] == ["その他", "諮問"]


def test_a_case_is_a_consultation_only_where_the_text_calls_it_one():
    items = _agenda_items("「オンライン結合による提供の制限」の例外事項に関する諮問(病院局経営管理課)",
                          "電子計算機の結合について(行政部情報政策課)", "保有個人情報の目的外利用について")
    # A title that names a kind of processing, or a department that brings it, claims no kind.
    assert items == [
        ("諮問", "「オンライン結合による提供の制限」の例外事項に関する諮問", ["経営管理課"]),
        ("その他", "電子計算機の結合について", ["情報政策課"]),
        ("その他", "保有個人情報の目的外利用について", []),
    ]


ASSEMBLY_HEAD = "令和３年第２回みなみ市議会臨時会会議録\n令和3年4月8日　午前10時開会\n\n"


def test_a_bill_the_chair_calls_by_number_is_titled_from_the_speech_and_its_vote_read():
    items = _read_items(
        ASSEMBLY_HEAD
        + "△日程第３　議案第１号　専決処分の承認を求めることについて\n"
        "○議長（北野一郎）　日程第３、議案第１号を議題といたします。\n"
        "○副市長（南田二郎）　議案第１号　専決処分の承認を求めることにつきまして、提案理由を申し上げます。\n"
        "○議長（北野一郎）　ご異議なしと認めます。議案第１号は、原案承認と決しました。\n"
        "△意見案第２号\n"
        "○議長（北野一郎）　日程第４　意見案第２号森林環境税の見直しを求める意見書を議題とします。\n"
        "○議長（北野一郎）　異議なしと認めます。したがって、意見案第２号は、原案のとおり可決されました。\n",
        "kind", "title", "outcome",
    )
    assert items == [
        ("その他", "専決処分の承認を求めることについて", "承認"),
        ("その他", "森林環境税の見直しを求める意見書", "承認"),
    ]


def test_bills_in_a_flattened_agenda_run_to_the_next_blank():
    parsed = parse_text(
        ASSEMBLY_HEAD
        + "議 事 日 程  第 1  会議録署名議員の指名  第 2  議案第71号 令和3年度みなみ市一般会計補正予算(第4号)  "
        "第 3  議案第72号 みなみ市職員の給与に関する条例の一部を改正する条例の制定について\n"
    )
    assert [i["title"] for i in parsed["items"]] == [
        "令和3年度みなみ市一般会計補正予算(第4号)", "みなみ市職員の給与に関する条例の一部を改正する条例の制定について",
    ]


def test_bills_taken_up_together_are_one_item_each_without_their_count():
    parsed = parse_text(
        ASSEMBLY_HEAD
        + "○北野一郎 委員長　それでは、議事に入ります。最初に、議案第1号 令和3年度みなみ市一般会計補正予算(第1号)中関係分"
        "及び議案第7号 みなみ市動物園条例案の2件を一括議題といたします。\n○南田二郎 委員　質疑します。\n"
    )
    assert [i["title"] for i in parsed["items"]] == ["令和3年度みなみ市一般会計補正予算(第1号)中関係分", "みなみ市動物園条例案"]


def test_a_bill_titled_with_its_subject_in_brackets_and_decided_as_proposed():
    parsed = parse_text(
        ASSEMBLY_HEAD
        + "◎日程第４ 議案第２４号\n"
        "〇議長（北野一郎君） 次に、日程第４、議案第24号 専決処分事項の承認を求めること\n"
        "について（令和３年度みなみ村一般会計補正予算（第１４号））を議題といたします。\n"
        "〇議長（北野一郎君） ご異議なしと認めます。よって、本案は、全会一致で原案のとおり可決決定いたしました。\n"
    )
    assert [(i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("専決処分事項の承認を求めることについて（令和３年度みなみ村一般会計補正予算（第１４号））", "承認"),
    ]


def test_bills_the_chair_puts_on_the_floor_are_items_beside_the_agenda_read():
    parsed = parse_text(
        ASSEMBLY_HEAD
        + "〇議事日程（第４号）\n　日程第　１　委員会報告第８号\n"
        "　　　　　　　議案第５４号　みなみ市職員の給与に関する条例の一部を改正する条例について\n\n"
        "○議長（北野一郎君）　日程第１　委員会報告第８号議案第54号みなみ市職員の給与に関する条例の一部を改正する条例についてを議題とします。\n"
        "○議長（北野一郎君）　議案第54号は、原案のとおり可決されました。\n"
        "○議長（北野一郎君）　日程第３　議案第59号令和７年度みなみ市一般会計補正予算を議題とします。\n"
        "○議長（北野一郎君）　議案第59号は、原案のとおり可決されました。\n"
        "○議長（北野一郎君）　日程第４　意見案第９号国土強靱化に資する社会資本整備等に関する意見書を議題とします。\n"
    )
    assert [(i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("みなみ市職員の給与に関する条例の一部を改正する条例について", "承認"),
        ("令和７年度みなみ市一般会計補正予算", "承認"),
        ("国土強靱化に資する社会資本整備等に関する意見書", "不明"),
    ]


def test_a_committee_record_without_turns_whose_agenda_heads_with_a_mark_is_read_not_refused():
    # ○議題 is an agenda heading here, not the chair's words: no turn was read, so no bill is taken up.
    parsed = parse_text(
        "みなみ区議会 建設委員会〔令和2年7月16日〕\n建設委員会会議記録\n○開会日 令和2年7月16日\n"
        "○場所 第2委員会室\n○開会 午後1時00分\n○閉会 午後3時10分\n○出席委員(3名)\n"
        " 山本 一郎委員長\n 川上 次郎副委員長\n 森田 三郎委員\n○委員長署名\n\n審査日程\n"
        "○委員会参与の異動について\n○議題\n 安全で快適なまちづくりについて\n○所管事項の報告\n"
        " 1 第5回みなみ区都市計画審議会の報告について\n 2 道路整備の進捗状況について\n"
    )
    assert parsed["date"] == "2020-07-16"
    assert parsed["turns"] == []


def test_the_yearly_report_is_the_secretariats_and_an_added_report_is_a_report():
    items = _agenda_items("みなみ県情報公開条例の施行状況について", "個人情報の取扱原則の例外事項について(追加報告)(山村・木材振興課)")
    assert items == [
        ("その他", "みなみ県情報公開条例の施行状況について", ["事務局"]),
        ("報告", "個人情報の取扱原則の例外事項について", ["山村・木材振興課"]),
    ]


def test_an_assembly_committee_takes_up_its_business_in_the_chairs_words():
    committee = "みなみ市議会 議会運営委員会 会議録\n令和5年11月9日　午前10時開会\n\n"
    items = _read_items(
        committee
        + "○北野委員長　ただいまから議会運営委員会を開会いたします。\n"
        "　最初に、第３回定例会についてを議題といたします。\n"
        "○市長　提出予定の議案は12件でございます。\n"
        "○北野委員長　続いて、案件その２、みなみ市議会基本条例(素案)についてを議題といたします。\n"
        "○南田委員　前回の続きから協議したい。\n"
        "○北野委員長　次に、会議録署名委員の指名についてを議題といたします。\n"
    )
    # The signing of the minutes is procedure, not business.
    assert items == [
        ("その他", "第３回定例会について"), ("その他", "みなみ市議会基本条例(素案)について"),
    ]


def test_a_bill_put_on_the_floor_with_its_title_in_quotes_is_titled_by_the_quotes():
    items = _read_items(
        "総務委員会 本文\n令和2年3月4日\n\n"
        "○委員長(北野一郎)　これより総務委員会を開会いたします。\n"
        "　日程第2、議案第 35号「みなみ市情報公開条例の一部を改正する条例」の件を議題といたします。\n"
        "○総務課長(南田二郎)　改正の概要を説明いたします。\n"
    )
    assert items == [("その他", "みなみ市情報公開条例の一部を改正する条例")]


def test_a_result_stated_under_each_case_is_its_outcome():
    items = _read_items(
        "令和6年第3回みなみ市選挙管理委員会開催報告\n\n令和6年4月2日(火)に開催されました。\n\n2.議案・報告案件\n\n議案\n\n"
        "第1号 投票区の変更について\n\n →原案どおり決定されました\n\n第2号 開票所の変更について\n\n →継続審議となりました\n\n"
        "報告\n\n第1号 町村における選挙の執行結果について\n\n →了承されました\n",
        "kind", "title", "outcome",
    )
    assert items == [
        ("その他", "投票区の変更について", "承認"),
        ("その他", "開票所の変更について", "継続審議"),
        ("報告", "町村における選挙の執行結果について", "報告了承"),
    ]


def test_a_summary_repeats_its_agenda_as_bullets_with_what_was_decided_on_each():
    text = (
        "令和6年度第1回みなみ市選挙管理委員会議事要旨\n1 開催日時\n令和6年4月9日(火曜日)午前9時30分から午前9時50分まで\n"
        "2 議題\n- 投票所の変更について\n- 啓発ポスターの選定について\n- その他\n3 議事内容\n- 投票所の変更について\n"
        "変更する投票所について事務局から説明を行った。\n委員からの質疑なし。\n{}"
        "- 啓発ポスターの選定について\n応募作品について事務局から説明を行った。\n委員から選考方法について質疑があり、事務局から説明を行った。\n"
        "異議なく承認された。 - その他\n"
        "今後の予定について確認した。\n"
    )
    # The entry may follow the last sentence of the one before on its line, as a flattened page prints it.
    for decided in ("全会一致で決定した。\n", "全会一致で決定した。 "):
        parsed = parse_text(text.format(decided))
        assert [(i["kind"], i["title"], i["outcome"]) for i in parsed["items"]] == [
            ("その他", "投票所の変更について", "承認"), ("その他", "啓発ポスターの選定について", "承認"),
        ]


def test_a_sentence_in_lenticular_brackets_is_no_heading_and_a_label_below_it_no_title():
    items = _read_items(
        "令和5年度第3回みなみ市史編さん委員会\n開催日時\n令和6年2月5日(月曜日) 午前10時~午前11時30分\n"
        "議題\n(1)みなみ市公文書選別基準(案)について\n\n内容\n【内容は、要点報告です。】\n会長\n"
        "議題(1)について事務局より説明をお願いします。\n委員\nどこの基準を参照したのですか。\n"
    )
    assert items == [("その他", "みなみ市公文書選別基準(案)について")]


def test_a_range_of_bill_numbers_without_a_title_makes_no_items():
    parsed = parse_text(
        "令和4年12月みなみ市議会定例会会議録\n〇議事日程\n第1　議案第103号から第107号まで及び第118号から第122号まで\n"
        "第2　議案第 7号から第9号まで　みなみ市手数料条例の一部改正について\n第3　議案第20号から第22号まで\n"
        "\n○議長（北野一郎君）　これより本日の会議を開きます。\n"
    )
    # A range with its shared title is one item a bill; one without a title, or followed by more numbers,
    # only counts bills listed elsewhere.
    assert [i["title"] for i in parsed["items"]] == [
        f"みなみ市手数料条例の一部改正について（議案第{n}号）" for n in (7, 8, 9)
    ]


def _bills_decided_together(taken_up):
    listed = "".join(f"　　　　　議案第{n}号　みなみ市{name}条例の一部を改正する条例案\n"
                     for n, name in ((1, "手数料"), (2, "税"), (3, "公園"), (4, "図書館"), (7, "児童会館")))
    parsed = parse_text(
        "令和６年第２回みなみ市議会定例会会議録（第４号）\n〇本日の会議に付した事件\n日程第１\n" + listed
        + "\n○議長（北野一郎）　ただいまから本日の会議を開きます。\n"
        "○議長（北野一郎）　これより採決を行います。\n" + taken_up
        + "　議案５件を可決することにご異議ございませんか。\n（「異議なし」と呼ぶ者あり）\n"
        "○議長（北野一郎）　異議なしと認めます。\n　したがって、議案５件は、可決されました。\n"
    )
    return {i["title"][4:7]: i["outcome"] for i in parsed["items"]}


def test_bills_decided_together_by_their_count_each_take_the_decision():
    outcomes = _bills_decided_together("　議案第１号、第２号ないし第４号、第７号の５件を一括問題といたします。\n")
    assert outcomes == {"手数料": "承認", "税条例": "承認", "公園条": "承認", "図書館": "承認", "児童会": "承認"}


def test_a_group_whose_count_does_not_match_its_numbers_claims_no_decision():
    outcomes = _bills_decided_together("　議案第１号から第４号まで、第７号の４件を一括問題といたします。\n")
    # The first bill's own span holds the vote; the others are decided only if the count confirms the group.
    assert [outcomes[k] for k in ("税条例", "公園条", "図書館", "児童会")] == ["不明"] * 4


def test_a_page_number_over_the_next_pages_first_line_is_no_case():
    parsed = parse_text(
        "(1)\n\nみなみ市文書管理委員会\n\n第12回議事録\n\n(2)\n\n議事次第\n\n日 時:令和2年7月7日(金)17:00~18:00 "
        "場 所:みなみ市役所第8会議室 1 開 会 2 新たな文書館の建設地について 3 今後の進め方について 4 閉 会\n\n(3)\n\n"
        "1\n○北野委員長 ただいまから、第12回委員会を開催いたします。\n○南田委員 よろしくお願いします。\n"
    )
    assert [i["title"] for i in parsed["items"]] == ["新たな文書館の建設地について", "今後の進め方について"]


def test_a_diet_committees_business_is_the_list_of_cases_put_to_the_sitting():
    items = _read_items(
        "第211回国会 衆議院 みなみ審査会 第3号 令和5年5月10日\n令和五年五月十日(水曜日)\n    午後一時三分開議\n 出席委員\n"
        "   会長 北野 一郎君\n      南田 二郎君    東山  清君\n    ―――――――――――――\n本日の会議に付した案件\n"
        " 令和四年年次報告書に関する件\n 政府からの説明聴取に関する件\n     ――――◇―――――\n"
        "○北野会長 これより会議を開きます。\n 政府から報告を聴取いたします。\n○南田委員 一点伺います。\n"
    )
    assert items == [("その他", "令和四年年次報告書に関する件"), ("その他", "政府からの説明聴取に関する件")]


def _flattened_sitting(order_of_business, roster="出席議員(16名) 議 長  北 野 一 郎"):
    """A town assembly's sitting flattened onto one line by an aggregator, cut off inside its roster."""
    return parse_text(
        "平成14年第2回みなみ町議会定例会(第1号 6月 4日)              平成14年第2回みなみ町議会定例会"
        "                    平成14年6月4日(火曜日)午前10時開会 " + order_of_business + " " + roster
    )


def test_an_order_of_business_without_its_heading_on_a_flattened_page_yields_its_items():
    from shingikai.minutes.importer.conventions import ORDER_OF_BUSINESS

    parsed = _flattened_sitting(ORDER_OF_BUSINESS.example)
    assert "|".join(f"{i['kind']}:{i['title']}" for i in parsed["items"]) == ORDER_OF_BUSINESS.expect


def test_a_roster_cut_off_after_its_first_name_names_no_chair():
    parsed = _flattened_sitting("日程第1 会議録署名議員の指名について 日程第2 会期の決定について "
                                "日程第3 議案第 4号 みなみ町手数料条例の一部を改正する条例", "出席議員(16名) 議 長  北 野 一 郎")
    assert parsed["members_present"] == [] and parsed["chair"] is None
    assert [i["title"] for i in parsed["items"]] == ["みなみ町手数料条例の一部を改正する条例"]


def test_entries_of_bill_numbers_alone_give_no_items_and_a_second_listing_repeats_none():
    parsed = parse_text(
        "令和4年12月みなみ市議会定例会会議録\n〇議事日程\n第1　議案第 7号　みなみ市手数料条例の一部改正について\n"
        "第2　請願第12号及び第13号\n第3　議案第159号及び諮問第 2号\n第4　議案第8号並びに第9号\n"
        "第5　議案第10号　みなみ市公園条例の一部改正について　──────　〇本日の会議に付した事件　ページ\n"
        "日程第1　議案第 7号　みなみ市手数料条例の一部改正について……………………3\n"
        "日程第5　議案第10号　みなみ市公園条例の一部改正について…………‥……12\n"
        "\n○議長（北野一郎君）　これより本日の会議を開きます。\n"
    )
    assert [i["title"] for i in parsed["items"]] == ["みなみ市手数料条例の一部改正について", "みなみ市公園条例の一部改正について"]


def test_a_council_named_kyogikai_is_no_assembly_and_its_reporting_unit_is_the_department():
    parsed = parse_text(
        "平成30年12月10日 第2回みなみ市地域包括支援センター運営協議会 (要約版) 午後7時1分開会\n"
        "○会長 議事に入る。  報告事項(2)について、事務局より説明をお願いする。\n"
        "○介護予防・地域支援課長 資料2の北地区地域包括支援センターの運営事業者の変更についてをごらんいただきたい。\n"
        "○会長 質疑はあるか。\n○委員 特にない。\n"
    )
    assert [(i["kind"], i["title"], i["departments"]) for i in parsed["items"]] == [
        ("報告", "北地区地域包括支援センターの運営事業者の変更について", ["介護予防・地域支援課"]),
    ]


def _agenda_titles(agenda):
    """The titles an assembly's 議事日程 of these lines yields, over the chair's first words."""
    parsed = parse_text("令和元年9月みなみ市議会定例会会議録\n〇議事日程\n" + agenda + "\n\n○議長（北野一郎君）　これより本日の会議を開きます。\n")
    return [i["title"] for i in parsed["items"]]


def test_range_heading_is_not_an_item():
    assert _agenda_titles(
        "日程第1　議案第1号から議案第2号・報告第1号の一括上程\n日程第2　議事日程第1から第7\n"
        "議案第1号　みなみ市公園条例の一部を改正する条例\n議案第2号　みなみ市図書館条例の一部を改正する条例\n"
    ) == ["みなみ市公園条例の一部を改正する条例", "みなみ市図書館条例の一部を改正する条例"]


def test_a_line_that_opens_an_entry_or_a_note_is_never_joined_to_the_title_above():
    titles = _agenda_titles(
        "日程第1　議案第3号　みなみ市手数料条例の\n一部を改正する条例\n日程第2　議案第4号　みなみ会館の指定管理者の指定について\n"
        "(みなみ市民会館)\n日程第3　議案第5号　みなみ市公園条例\n日程第4　議案第6号　令和元年度みなみ市一般会計補正予算(第2号)\n"
    )
    # 手数料条例の / 一部を改正する条例 is one title; the next entry and a bracketed note stay apart.
    assert titles == ["みなみ市手数料条例の一部を改正する条例", "みなみ会館の指定管理者の指定について", "みなみ市公園条例",
                      "令和元年度みなみ市一般会計補正予算(第2号)"]


def test_an_entry_cut_off_by_the_end_of_the_text_is_not_an_item_but_a_whole_one_is():
    cut = parse_text("令和元年9月みなみ市議会定例会会議録\n〇議事日程\n日程第1　議案第3号　みなみ市公園条例の一部を改正する条例\n"
                     "日程第2　議案第4号　令和元年度みな")
    whole = parse_text("令和元年9月みなみ市議会定例会会議録\n〇議事日程\n日程第1　議案第3号　みなみ市公園条例の一部を改正する条例\n"
                       "日程第2　議案第4号　みなみ市図書館条例の一部を改正する条例\n")
    assert [i["title"] for i in cut["items"]] == ["みなみ市公園条例の一部を改正する条例"]
    assert len(whole["items"]) == 2


def test_the_count_closing_a_list_of_bills_belongs_to_no_title():
    titles = _agenda_titles("日程第1　議案第1号　令和元年度みなみ市一般会計補正予算\n"
                            "日程第2　議案第2号　みなみ市職員の給与に関する条例の一部を改正する条例\n　　　　（以上２件　市長提出）\n")
    assert titles == ["令和元年度みなみ市一般会計補正予算", "みなみ市職員の給与に関する条例の一部を改正する条例"]


def test_table_header_cells_are_not_items():
    parsed = parse_text("令和元年第2回みなみ町議会臨時会会議録\n○ 議 事 日 程\n日程番号\n\n議 件 番 号\n\n議    件    名    等\n\n"
                        "  3\n\n議案第 50 号\n\n物品購入契約の締結について\n\n○会議に付した事件\n議事日程のとおり\n\n"
                        "○議長（北野一郎君）　開会します。\n")
    assert [i["title"] for i in parsed["items"]] == ["物品購入契約の締結について"]


def test_the_aspects_of_a_coming_session_under_its_heading_are_that_one_case():
    parsed = parse_text(
        "みなみ市議会 議会運営委員会\n1.日時  平成26年2月19日(水)10:00〜10:35\n5.執行者\n    市長      北 野 一 郎\n"
        "7.審議事項\n\n    1.第251回平成26年(3月)定例会について\n\n    (1)議会審議日程について\n\n      最終日の日程を確認した。\n\n"
        "    (2)提出議案について\n\n      人事案件2件、条例13件\n\n    2.その他\n"
    )
    # 執行者 is who attended; the session's aspects are not cases of their own.
    assert [i["title"] for i in parsed["items"]] == ["第251回平成26年(3月)定例会について"]


def test_a_report_received_is_titled_before_its_comma_and_is_a_report():
    parsed = parse_text(
        "みなみ区選挙管理委員会 第2回定例委員会\n開催日時\n平成28年2月25日(木)午前10時から\n協議・報告等\n"
        "(1)第5投票区(みなみ集会所)の廃止について、臨時会での決定後、各党への説明を行ったとの報告を事務局から受けた。\n"
        "(2)公職選挙法施行令の一部改正(案)の動向について事務局から次の説明を受けた。\n"
    )
    assert [(i["kind"], i["title"], i["outcome"]) for i in parsed["items"]] == [
        ("報告", "第5投票区(みなみ集会所)の廃止について", "不明"),
        ("報告", "公職選挙法施行令の一部改正(案)の動向について", "不明"),
    ]


def test_a_contents_list_keeps_only_the_bills():
    parsed = parse_text(
        "みなみ地区衛生組合議会 平成17年第4回定例会\n目  次\n招集告示\n議長あいさつ\n議長報告\n会議録署名議員の指名\n"
        "第14号議案 みなみ県市町村職員退職手当組合の財産処分について\n閉会の宣告\n\n\n参考資料\n\n────────\n"
        "○ 招  集  告  示\n1 日 時   平成17年12月26日(月)午前10時\n"
    )
    assert [i["title"] for i in parsed["items"]] == ["みなみ県市町村職員退職手当組合の財産処分について"]


# --- round 16: what is not an item, and what a speaker's label does not say -----------------------------


def test_papers_listed_in_brackets_after_the_agenda_are_not_items():
    text = ("- 議題\n- (1) 開会\n- (2) 委員あいさ\n- (3) みなみ市景観計画について\n- (4) 閉会\n(配布資料)\n- 資料1\n- 委員名簿\n"
            "- 資料2\n-\nみなみ市景観計画の改定の経緯 [PDF形式:12KB]\n概要\n各委員あいさつの後、景観計画について議論が行われた。\n")
    # The cut-off greeting (委員あいさ) is procedure too.
    assert _read_items(HEAD + text) == [("その他", "みなみ市景観計画について")]


def test_a_paper_under_a_deliberation_heading_is_its_case_but_not_its_companion():
    text = ("みなみ県防犯カメラ検討会議(第3回)\n日時\n令和6年3月20日(水)午後2時から\n場所\nみなみ会館\n審議事項\n(事務局)資料に基づき説明\n 資料\n「防犯カメラの管理と活用について」意見募集の実施結果について[PDF/58kb]\n"
            "  資料: 意見募集の応募結果と対応について(案)[PDF/95kb]\n\n(事務局)\n  意見募集の結果11名31件の意見が寄せられた。\n")
    assert _read_items(text, "title") == [("「防犯カメラの管理と活用について」意見募集の実施結果について",)]


def test_record_sections_between_the_agenda_and_the_speeches_are_not_items():
    text = ("1 開 会\n\n2 審 議\n\n(1)改定計画構成案について\n\n(2)専門部会構成委員選任について\n\n3 閉 会\n\n"
            "( 発 言 要 旨 )\n\n< 審 議 >\n\n○ 北野課長\n\n議事進行については、南田会長にお願いしたい。\n\n"
            "○ 南田会長\n\n改定計画の構成案についての議事に入りたい。\n")
    assert _read_items(HEAD + text, "title", "departments") == [("改定計画構成案について", [])]


def test_a_closing_step_does_not_take_the_section_heading_under_it_as_its_title():
    text = ("会議次第\n\n1. 開会\n\n2. 議題\n\n(1)令和6年度事業計画(案)について\n\n3. 閉会\n\n会議概要\n\n"
            "(1)令和6年度事業計画(案)について\n  事務局より事前配布資料に基づき説明。\n\n(委員)いつ変わったのですか。\n(事務局)4月1日です。\n")
    assert _read_items(HEAD + text, "title") == [("令和6年度事業計画(案)について",)]


def test_procedure_never_becomes_an_item_nor_takes_an_outcome():
    text = ("1.分科会長選任・会長代理指名\n 委員の互選により北野委員が分科会長に選任された。了承された。\n"
            "2.現地視察\n • みなみ地区\n3.諮問・答申\n  1. (1) 重要文化財の指定等について(諮問)\n"
            "     美術課長から説明があり、審議の結果、第一専門調査会において調査することとした。\n")
    items = parse_text(HEAD + text)["items"]
    assert [(i["kind"], i["title"], i["outcome"]) for i in items] == [("諮問", "重要文化財の指定等について", "不明")]


def test_headings_over_the_opinions_heard_are_topics_when_the_agenda_lists_the_cases():
    text = ("みなみ府 防犯カメラ指針策定委員会(第1回)議事要旨\n1 開催日時\n令和6年7月28日(金)午後2時から4時まで\n2 場所\n"
            "みなみ会館\n3 出席者\n【委員】北野委員長、南田委員\n4 議題\n\n(1)検討項目の抽出\n\n(2)意見交換\n\n"
            "5 審議内容(結果及び主な意見)\n\n(1)指針策定の目的について\n・設置の有用性には疑問もあると思う。\n"
            "・調和の取れた指針が必要である。\n\n(2)対象とするカメラの範囲について\n・例示は必要である。\n")
    assert _read_items(text, "title") == [("検討項目の抽出",), ("意見交換",)]


def test_a_numbered_heading_over_prose_is_still_a_case():
    # Without a separate agenda, a heading followed by bullets is the case itself.
    text = "(1)指針策定の目的について\n・設置の有用性には疑問もあると思う。\n"
    assert _read_items(HEAD + text, "title") == [("指針策定の目的について",)]


def test_bullets_under_a_heading_that_is_no_group_word_are_not_items():
    text = "主な意見\n・保存期間を明記すべきである。\n・委託先の監督が必要である。\n"
    assert _read_items(HEAD + text) == []


def test_a_section_chief_named_by_surname_gives_no_department():
    text = ("第3回 みなみ保険制度の基盤強化に関する協議 議事録\n\n保険局みなみ保険課\n\n○日時\n\n"
            "令和6年1月31日(金)18時30分~19時00分\n\n○場所\n\n合同庁舎9階省議室\n\n○議題\n\nみなみ保険制度の見直しについて\n\n"
            "○議事\n\n○北野みなみ保険課長 ただいまから協議を開催いたします。\n\n○北野みなみ保険課長 東山委員でございます。\n\n"
            "○東山委員 よろしくお願いします。\n")
    # 北野 is the chief's surname: the page names the unit as みなみ保険課, never as 北野みなみ保険課.
    assert _read_items(text, "title", "departments") == [("みなみ保険制度の見直しについて", [])]


def test_a_unit_speaking_by_its_title_alone_is_the_department():
    text = ("1 報告事項\n(1) 高齢者保健福祉計画の策定について\n○長寿福祉課長 資料に沿って御説明いたします。\n"
            "○委員 承知しました。\n")
    assert _read_items(HEAD + text, "title", "departments") == [("高齢者保健福祉計画の策定について", ["長寿福祉課"])]


def test_the_unit_that_runs_the_sitting_is_no_department():
    text = ("令和元年度第1回みなみ市環境審議会 会議録\n日時 令和元年10月30日(水)午後2時から\n場所 みなみ市役所\n議題\n"
            "(1) みなみ市土砂埋立て規制条例における規制内容について(諮問)\n\n会議録\n\n  • 環境政策課長\n\n"
            " 本日の司会を務めさせていただきます、環境政策課 北野です。\n\n  • 会長\n\n よろしくお願いします。\n")
    assert _read_items(text, "title", "departments") == [("みなみ市土砂埋立て規制条例における規制内容について", [])]


def test_a_flattened_schedule_names_each_case_with_its_bureau():
    text = ("みなみ市議会 健康福祉委員会記録 令和6年7月28日(木) 午前10時00分開会\n出席委員 北野一郎委員長、南田花子委員\n"
            "日程 1 所管事務調査報告)      (病院局)     (1)病院事業会計決算の概況について      (健康福祉局)\n"
            "(2)実態調査報告書について\n        2 その他\n○北野一郎 委員長 ただいまから開会いたします。\n")
    assert _read_items(text, "kind", "title", "departments") == [
        ("報告", "病院事業会計決算の概況について", ["病院局"]), ("報告", "実態調査報告書について", ["健康福祉局"])]


def test_a_sentence_reporting_in_a_speech_is_not_business_in_prose():
    text = "○北野委員長 先月は県内市町村の文書管理状況を報告し、課題を検討しました。\n○南田委員 承知しました。\n"
    assert _read_items(HEAD + text) == []


def _heading(title):
    from shingikai.minutes.importer.structure import Heading, classify_heading, split_title

    h = Heading(line=0, style="plain", number=None, title=title)
    split_title(h)
    classify_heading(h)
    return h.cls, h.title


def test_the_agendas_place_in_brackets_is_no_part_of_the_title():
    assert _heading("議題(1)パブリック・コメント手続の結果等について") == ("item", "パブリック・コメント手続の結果等について")


def test_record_sections_and_roster_labels_are_not_cases():
    for title in ("3審議内容", "( 発 言 要 旨 )", "主な内容", "出席並びに欠席委員", "【資料2−1、資料2−2】", "(事務局)資料に基づき説明",
                  "資料: 意見募集の結果について(案)[PDF/95kb]"):
        assert _heading(title)[0] == "procedural", title


def test_a_case_keeps_its_title_without_the_papers_it_goes_with():
    assert _heading("協議会の役割について  【資料2−1、資料2−2】") == ("item", "協議会の役割について")
    assert _heading("審議内容の公開について") == ("item", "審議内容の公開について")


def test_a_chief_called_by_surname_and_title_is_a_person_not_a_unit():
    text = ("事務局 北野男女共同参画推進課長\n\n(1)改定計画構成案について\n\n○ 北野課長\n\n資料を説明します。\n\n"
            "○ 南田会長\n\n意見交換をしたい。\n")
    # 北野課長 is 北野男女共同参画推進課長 for short: there is no 北野課.
    assert _read_items(HEAD + text, "title", "departments") == [("改定計画構成案について", [])]


def test_a_rule_of_another_institution_is_a_case_not_the_bodys_own_procedure():
    assert _heading("図書館運営規則の一部改正について") == ("item", "図書館運営規則の一部改正について")
    assert _heading("行政視察報告について")[0] == "item"
    assert _heading("運営規則について")[0] == "procedural"


def test_attendance_labels_and_record_sections_of_a_board_are_not_cases():
    for title in ("庁議構成員", "幹事 企画課長、財政課長", "関係職員", "事務局等の出席者", "議事の大要", "会長の職務代理指名"):
        assert _heading(title)[0] == "procedural", title


def test_a_bills_kind_and_closed_mark_are_no_part_of_its_title():
    assert _heading("教職員の人事について(議案)【非公開】") == ("item", "教職員の人事について")


RESULTS_PAGE = (
    "みなみ県環境審議会議事録\n\n開催日時\n\n令和6年2月7日(木曜日)9時30分~10時20分\n\n審議の概要と審議結果\n\n"
    "  1. 開会\n  2. あいさつ 北野会長\n  3. 議事\n"
    "    • (1)専門委員の任命について\n      環境課長から、南田一郎氏を専門委員に任命したことを報告した。\n"
    "    • (2)審議事項\n      みなみ県環境基本計画の策定について\n"
    "      みなみ県環境基本計画の策定について、環境政策課長から説明がなされ、継続審議とすることが了承された。\n"
    "    • (3)説明事項\n      みなみ県ごみ減量計画の策定について\n"
    "      みなみ県ごみ減量計画の策定について、廃棄物対策課長から説明がなされた。\n  4. 閉会\n"
)


def test_a_results_page_titles_each_section_by_the_case_under_it():
    items = _read_items(RESULTS_PAGE, "kind", "title", "outcome", "departments")
    assert items == [
        ("その他", "みなみ県環境基本計画の策定について", "継続審議", ["環境政策課"]),
        ("報告", "みなみ県ごみ減量計画の策定について", "不明", ["廃棄物対策課"]),
    ]


def test_a_greeting_with_its_speaker_and_an_appointment_of_experts_are_no_cases():
    titles = [t for _, t in _read_items(RESULTS_PAGE)]
    assert "あいさつ 北野会長" not in titles and "専門委員の任命について" not in titles
    assert "説明事項" not in titles and "審議事項" not in titles


def test_a_consultation_put_to_discussion_is_a_consultation_and_the_meeting_schedule_no_case():
    assert _agenda_items(
        "みなみ市国民健康保険税の税率について(諮問及び協議)",
        "令和7年度みなみ市国民健康保険運営協議会開催スケジュール(案)について",
        "保険税の収納状況について",
    ) == [("諮問", "みなみ市国民健康保険税の税率について", []), ("その他", "保険税の収納状況について", [])]


def test_a_title_that_only_mentions_a_schedule_or_a_discussion_keeps_its_kind():
    assert _agenda_items("介護保険事業の実施スケジュールについて", "協議会の進め方について(協議)") == [
        ("その他", "介護保険事業の実施スケジュールについて", []), ("その他", "協議会の進め方について", []),
    ]


def test_a_form_cell_about_papers_or_publicity_and_a_bodys_name_alone_are_no_cases():
    assert _agenda_items(
        "みなみ市介護保険事業計画推進会議", "介護保険制度の改正について", "議事①に関する資料", "会議の公開の可否 公開",
    ) == [("その他", "介護保険制度の改正について", [])]


def test_the_councils_own_founding_rules_are_procedure_but_a_plan_it_reviews_is_a_case():
    assert _agenda_items("「みなみ町総合教育会議設置要綱(案)」について", "みなみ町教育大綱の策定について") == [
        ("その他", "みなみ町教育大綱の策定について", []),
    ]


def test_a_case_headed_by_the_agenda_word_before_its_number_is_an_item():
    text = HEAD + (
        "委員長 それでは議事に入ります。\n議題(1)第4章 計画の基本理念について\n(事務局説明)\n"
        "委員長 ご意見をお願いします。\n委員 基本理念は案2がよいと思います。\n"
    )
    assert _read_items(text) == [("その他", "第4章 計画の基本理念について")]


def test_the_agenda_word_before_a_number_in_a_sentence_is_no_heading():
    text = HEAD + "委員長 それでは議事に入ります。\n議題(1)について、事務局から説明をお願いします。\n事務局 説明します。\n"
    assert not any(t.startswith("について") for _, t in _read_items(text))


def test_a_quoted_report_with_its_summary_on_its_line_is_a_report_and_naming_a_section_no_case():
    text = HEAD + (
        "(1)部会指名について委員が所属する部会について、会長より\n指名があった。\n"
        "(2)報告事項「審議会各部会の活動概要について」各部会の担当課から次の点について説明を行いました。\n"
        "・部会の開催状況\n"
    )
    assert _read_items(text) == [("報告", "審議会各部会の活動概要について")]


def test_a_quoted_title_with_a_summary_needs_its_section_word():
    text = HEAD + "(1)「みなみ市環境計画」について、事務局から説明を行いました。\n"
    assert ("報告", "みなみ市環境計画") not in _read_items(text)


def test_a_results_tables_rows_and_a_range_of_bills_in_the_chairs_words_are_no_items():
    text = (
        "令和６年みなみ市議会第１回臨時会会議録\n令和６年１月１８日（木曜日）\n"
        "○議長（北野一郎）　これより本日の会議を開きます。\n"
        "○議長（北野一郎）　お諮りいたします。議案第１号ないし議案第３号はいずれも可決と決定することに、御異議ございませんか。\n"
        "○議長（北野一郎）　御異議なしと認めます。よって、さように決しました。\n\n"
        "令和６年みなみ市議会第１回臨時会議決結果表\n"
        "工事請負契約について［小学校校\n1 舎冷房設備設置工事（北小ほ R6.1.18 市長 － － － － R6.1.18 可 決\nか２校）］\n"
    )
    titles = [t for _, t in _read_items(text)]
    assert not any("R6.1.18" in t or t.startswith("ないし") for t in titles)


def test_a_numbered_case_with_a_dash_in_its_title_is_still_an_item():
    assert _agenda_items("みなみ市総合計画－基本構想－について") == [("その他", "みなみ市総合計画－基本構想－について", [])]


def test_a_case_about_a_committee_is_a_case_though_the_committees_name_alone_is_not():
    assert _agenda_items("みなみ市プラン策定委員会について", "みなみ市プラン推進会議") == [
        ("その他", "みなみ市プラン策定委員会について", []),
    ]


def test_the_secretariats_routine_account_is_no_case_but_a_report_on_a_subject_is():
    assert _agenda_items("業務報告", "教育長事務報告", "農地パトロールの実施結果報告について") == [
        ("報告", "農地パトロールの実施結果報告について", []),
    ]


def test_an_amendment_of_the_councils_rules_is_a_case():
    assert _agenda_items("みなみ市農業委員会専門委員会設置要綱の改正について") == [
        ("その他", "みなみ市農業委員会専門委員会設置要綱の改正について", []),
    ]


def test_a_bill_after_the_signatories_of_the_minutes_is_an_item_of_its_own():
    # 日程第1 names who signs the minutes (procedure); the bill the next order takes up is no correction to them.
    text = (
        "北野町議会 令和6年第1回定例会(第2日)\n午後1時30分 開議\n"
        "◯議長【南田健君】  これより本日の会議を開きます。\n"
        "     日程第1 会議録署名議員の指名\n"
        "◯議長【南田健君】  日程第1「会議録署名議員の指名」を行います。北川一郎君を指名いたします。\n"
        "     日程第2 議案第10号 令和5年度北野町一般会計補正予算(第5号)\n"
        "◯議長【南田健君】  日程第2議案第10号を議題といたします。町長。\n"
        "◯町長【東山清君】  ただいま議題となりました議案について説明いたします。\n"
    )
    assert [i[1] for i in _read_items(text)] == ["令和5年度北野町一般会計補正予算(第5号)"]


def test_the_bills_after_the_naming_of_the_signers_are_items_and_a_title_wrapped_inside_a_word_closes_up():
    text = (
        "平成30年第1回北野町議会定例会会議録\n\n"
        "◯議長【南田健君】  本日の議事日程はお手元に配付のとおりであります。\n"
        "   ──────────────────\n     日程第1 会議録署名議員の指名\n\n"
        "◯議長【南田健君】  日程第1「会議録署名議員の指名」を行います。東山一郎君を指名いたします。\n"
        "   ──────────────────\n     日程第2 議案第3号 平成29年度北野町一般会計補正予算(第2号)\n"
        "   ──────────────────\n     日程第3 議案第4号 平成29年度北野町国民健康保険事業特別会計補\n"
        "                 正予算(第1号)\n   ──────────────────\n     日程第4 議案第5号 北野町手数料条例の一部を改正する条例\n\n"
        "◯議長【南田健君】  日程第2議案第3号及び日程第3議案第4号を一括議題といたします。町長\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "平成29年度北野町一般会計補正予算(第2号)",
        "平成29年度北野町国民健康保険事業特別会計補正予算(第1号)",
        "北野町手数料条例の一部を改正する条例",
    ]


@pytest.mark.parametrize("label, value", [("出席委員数", "10名(3名欠席)"), ("公開の状況", "公開")])
def test_a_field_after_the_agenda_is_no_business(label, value):
    text = (
        "北野町環境審議会\n会議の名称 | 第2回北野町環境審議会 |\n開催日時 | 令和元年7月1日(月曜日)午後2時から午後4時 |\n"
        f"議題 |\n1 環境基本計画の進行管理について |\n{label} | {value} |\n傍聴者数 | なし |\n"
    )
    assert [t for _, t in _read_items(text)] == ["環境基本計画の進行管理について"]


@pytest.mark.parametrize("entry", [
    "会長および副会長・幹事の選出について",
    "第2回、3回北野町公民館運営審議会の日程について",
    "令和元年6月3日(月)10時から北野町体育館で開催される連絡協議会第1回会議について連絡をするとともに出席を依頼",
])
def test_officers_elected_the_bodys_next_dates_and_a_notice_of_another_meeting_are_no_cases(entry):
    assert _agenda_items(entry, "北野町公民館の事業計画について") == [("その他", "北野町公民館の事業計画について", [])]


@pytest.mark.parametrize("label", ["4 会議に付した事件  ", "案  件    ", "7 本日の日程        "],
                         ids=["business-referred", "spaced-word", "days-order"])
def test_a_numbered_list_of_business_flattened_after_its_label_gives_its_cases(label):
    # A numbered header run onto one line: the list's entries follow its label, each number in brackets
    # (or closed by a half bracket), set off by wide gaps; the opening ends before any statement.
    numbers = ["(1)", "(2)", "(3)"] if "日程" not in label else ["1)", "2)", "3)"]
    text = (
        "北野県議会 > 2024-02-13 >\n"
        "北野県議会 総務委員会会議記録 1 開会日時  令和6年2月13日(火)午前10時 2 場  所  第1委員会室 "
        "3 委員氏名  委員長  東山 花子   委 員  南田 健   "
        f"{label}{numbers[0]}会議録署名委員の指名  {numbers[1]}北野県公文書管理条例の改正について  "
        f"{numbers[2]}南部地域の道路整備計画について\n"
    )
    assert _read_items(text, "title") == [("北野県公文書管理条例の改正について",), ("南部地域の道路整備計画について",)]


def test_an_agenda_word_alone_heads_its_list_and_a_second_lists_entries_taken_up_together_close_a_case():
    # A summary form: 臨時議題 and 議題 alone over their numbered entries, then the results, then the
    # officers' election taken up under the second list's word and both its numbers.
    text = (
        "第2回 北野市文化財保護審議会 会議録(要旨)\n開催日時 令和5年5月20日(土) 午前10時~正午\n"
        "臨時議題\n1.北野市文化財保護審議会会長の選出について\n2.副会長の選出について\n"
        "議題\n1.北野城跡の保存計画について\n2.南田家住宅の調査について\n"
        "臨時議題1については、東山委員が会長に選出された。\n議題1については、主な意見のとおり。\n"
        "臨時議題1・2 会長・副会長の選出について\n(事務局)会長の選出をお願いしたい。\n(委員)了承する。\n"
    )
    assert _read_items(text, "title", "outcome") == [("北野城跡の保存計画について", "不明"), ("南田家住宅の調査について", "不明")]


def test_a_rule_run_onto_the_last_entry_of_a_flattened_agenda_ends_it():
    text = (
        "北野町議会 > 2021-06-04 >\n"
        "令和3年北野町議会6月定例会会議録議事日程(第1号)  令和3年6月4日(金)午前10時開会日程第1 会議録署名議員の指名"
        "日程第2 議案第5号 令和3年度北野町一般会計補正予算(第2号)━━━━━━━━━━本日の会議に付した事件 議事日程に同じ"
        "━━━━━━━━━━出席議員(2名)  1番  東山花子君  2番  南田健君\n"
    )
    assert [t for (t,) in _read_items(text, "title")] == ["令和3年度北野町一般会計補正予算(第2号)"]


def test_a_numbered_account_of_the_business_under_the_header_is_the_body_and_its_bill_a_consultation():
    # The header's 議題 field runs into an account of each step (…がありました。): the steps are the body's
    # headings, and a bill under 諮問事項 is the consultation the council is asked for, approved as stated.
    text = (
        "北野市水防会議の開催結果\n\n1 日時\n\n令和5年8月3日 午前10時から11時まで\n\n2 会場\n\n北野市役所 3階 会議室\n\n"
        "3 議題\n\n(1)開会\n\n事務局より日程の説明がありました。\n\n(2)諮問事項\n\n"
        "議案第2号 北野市水防計画の改定について\n 事務局より、議案第2号について説明がありました。\n"
        " 議案第2号について、諮問のとおり了承されました。\n"
    )
    assert _read_items(text, "kind", "title", "outcome") == [("諮問", "北野市水防計画の改定について", "承認")]


def test_a_group_word_over_entries_numbered_afresh_rules_only_its_own_entries():
    # 2 報告事項 / 1 … / 2 … / 3 審議 / 1 …: a nested agenda flattened; the reports are 報告, the entries under
    # the next group word are not, and the report on the body's own members is procedure.
    text = (
        "南野町水防会議 会議録\n\n日時\n\n令和4年6月1日(水曜日)午後3時から\n\n場所\n\n南野町役場 2階会議室\n\n次第\n\n"
        "  1 開会\n  2 報告事項\n    1 南野町水防会議委員について\n    2 南野町水防会議条例の改正について\n"
        "  3 議事\n    1 南野町水防計画の見直し(案)について\n  4 閉会\n\n会議内容\n\n"
        "○会長 それでは始めます。\n○委員 承知しました。\n"
    )
    assert _read_items(text) == [("報告", "南野町水防会議条例の改正について"), ("その他", "南野町水防計画の見直し(案)について")]


def test_the_record_pointing_back_at_its_agenda_names_no_case():
    text = (
        "令和5年第2回北野村議会臨時会会議録 第1号\n令和5年5月9日(火曜日) 午前10時開議\n"
        "議事日程(第1号)\n第 1 会期の決定\n第 2 議案第12号 工事請負契約の締結について\n"
        "本日の会議に付した事件\n議事日程(第1号)に同じ\n午前10時00分 開会\n"
        "議長(南田健君) おはようございます。ただいまから会議を開きます。\n"
    )
    assert [t for _, t in _read_items(text)] == ["工事請負契約の締結について"]


def test_the_rules_for_recording_and_hearing_the_sittings_are_procedure():
    assert _agenda_items(
        "南野市附属機関の議事録の作成及び公開に関する要領について",
        "南野市景観審議会の傍聴に係る取扱い(案)について",
        "南野市景観計画の改定について",
    ) == [("その他", "南野市景観計画の改定について", [])]


def test_an_agenda_read_one_cell_a_line_with_its_numbers_in_a_column_of_their_own():
    # 1 / 開会 / 2 / 委嘱状交付 / 3 / …: a PDF's 次第 table, each number on its line over its entry, a cell of
    # another column (the room) and a note of the papers in between; the procedure is no case.
    text = (
        "第12回北野市緑化審議会次第\n令和3年10月4日(月)14時から\n北野市役所\n1.\n開会\n2.\n委嘱状交付\n3.\n"
        "会長及び副会長の選出\n第2委員会室\n4.\n部会員の指名\n5.\n北野市緑の基本計画の中間見直しについて\n"
        "(資料2)緑の基本計画 中間見直し案\n資料1\n委員名簿\n"
    )
    assert _read_items(text) == [("その他", "北野市緑の基本計画の中間見直しについて")]


def test_header_fields_numbered_in_a_column_of_their_own_are_no_agenda():
    text = (
        "北野市教育委員会会議録\n1\n開会の日時\n令和3年4月5日(月)\n2\n閉会の日時\n令和3年4月5日(月)\n3\n"
        "招集の場所\n北野市役所\n4\n出席委員の氏名\n南田\n健\n"
    )
    assert _read_items(text) == []


def test_circled_numbers_a_shift_jis_page_lost_are_read_back_as_its_entries():
    # ①②③ without their lead byte read @ A B; procedure above them (会長互選 / …委員に決定) stays procedure.
    text = (
        "北野町公民館運営審議会\n◇ 日 時 令和2年7月3日(金)午後2時〜4時\n◇ 場 所 北野町中央公民館 2階 研修室\n"
        "●議 事\n・会長互選\n南田委員に決定\n・副会長の指名\n東山委員に決定\n"
        "●案件を事務局より説明\n@令和元年度利用実績報告について\nA令和2年度講座計画について\nB施設の改修について\n"
        "【質疑及び回答】\n委 員・・・講座の定員はどう決めているのか。\n事務局 ・・・前年の応募数から決めている。\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "令和元年度利用実績報告について", "令和2年度講座計画について", "施設の改修について"]


def test_circled_numbers_lost_on_a_page_that_indents_every_line_are_read_back_too():
    # The same page with every line set one ideographic space in: the indent is the page's, not the entries'.
    text = (
        "北野町公民館運営審議会\n◇ 日 時 令和2年7月3日(金)午後2時〜4時\n◇ 場 所 北野町中央公民館 2階 研修室\n"
        "●案件を事務局より説明\n@令和元年度利用実績報告について\nA令和2年度講座計画について\nB施設の改修について\n"
        "【質疑及び回答】\n委 員・・・講座の定員はどう決めているのか。\n事務局 ・・・前年の応募数から決めている。\n"
    )
    indented = "\n".join("\u3000" + line if line else line for line in text.split("\n"))
    assert [t for _, t in _read_items(indented)] == [
        "令和元年度利用実績報告について", "令和2年度講座計画について", "施設の改修について"]


def test_a_lone_at_sign_or_letters_out_of_order_are_left_as_written():
    from shingikai.minutes.importer.clean import clean_text
    assert clean_text("@北野町の集計について\n本文です。") == "@北野町の集計について\n本文です。"
    assert "①" not in clean_text("A案を採る。\n@北野町の件\nC案を採る。")


def test_business_named_by_its_place_in_the_order_of_business_in_a_record_without_speakers():
    # The speaker column lost, the proceedings run on one line: the request names the business by its place
    # in the 次第; the explanation of the 諮問's reasons makes it a 諮問; the papers named after it are no case.
    text = (
        "令和元年度第2回南野市環境審議会議事録(概要)\n1 開催日時 令和元年9月2日 ( 月 ) 午前10時から\n"
        "2 会場 南野市役所 5 階 会議室\n3 出席者\n(1) 委員 北野一郎 南田花子 (10 人中 9 人出席 )\n"
        "(2) 東山健環境部長ほか4 名 4 議事概要 以下のとおり 発言者 発言要旨 次第 3 の (1) の南野川流域の水質保全計画の見直しにつ いての"
        "説明を求める ( 諮問理由等について説明 ) ( 特になし ) 続いて資料 2 の水質調査の結果について事務局の説明を求める"
        " ( 資料 2 について説明 )\n"
    )
    assert _read_items(text) == [("諮問", "南野川流域の水質保全計画の見直しについて")]


def test_a_ceremony_and_the_bodys_set_up_steps_in_the_order_of_business_are_procedure():
    text = (
        "令和4年度第1回北野区景観審議会会議録\n日時\n令和4年6月1日(水曜日)午前10時\n場所\n北野区役所 3階 会議室\n次第\n"
        "1.第9期北野区景観審議会委員委嘱状伝達式\n(1)会長の選出\n(2)審議会幹事の設置\n(3)事務局諸説明\n(4)出席委員数の報告等\n"
        "2.報告事項\n(1)北野区景観計画の改定について\n3.その他\n"
        "○会長　それでは始めます。\n○事務局　資料により報告します。\n"
    )
    assert _read_items(text) == [("報告", "北野区景観計画の改定について")]


def test_a_long_title_wrapped_by_a_pdf_closes_up_the_gaps_left_after_kana():
    assert _agenda_items("南野市子どもも大人もともに ささえあい、互いに学びあうまちづく り条例に係る意見募集案について") == [
        ("その他", "南野市子どもも大人もともにささえあい、互いに学びあうまちづくり条例に係る意見募集案について", [])]


def test_a_section_in_lenticular_brackets_below_the_last_entry_is_no_part_of_its_title():
    text = HEAD + "(1) 北野町の図書館計画について\n【主な意見と回答】\n委員　蔵書の数はどうか。\n事務局　増やしていく。\n"
    assert [t for _, t, _, _ in _items(text)] == ["北野町の図書館計画について"]


def test_who_an_election_chose_is_procedure():
    assert _agenda_items("会長互選", "南田委員に決定", "北野町図書館計画の策定について") == [
        ("その他", "北野町図書館計画の策定について", [])]


def test_an_agenda_entry_like_the_one_a_heading_took_up_is_still_a_case_to_come():
    # The agenda lists two cases of nearly one title; the opening reaches the first only.
    text = (
        "第3回 北野市障がい者計画策定委員会\n\n会議名\n\n第3回 北野市障がい者計画策定委員会\n\n"
        "  • 日時:令和2年2月3日(月曜日)午前10時~\n  • 場所:北野市役所 5階会議室\n\n議題\n\n"
        "  1. 北野市障がい者計画・障がい福祉計画(素案)について\n  2. 北野市障がい者計画・障がい福祉計画の副題(通称)について\n"
        "  3. その他\n\n審議結果\n\n開会に先立ち、出席委員数について報告。\n\n"
        "議題1 北野市障がい者計画・障がい福祉計画(素案)について\n\n(資料に基づき、事務局から説明)\n"
        "委員\n素案の数値目標は妥当か。\n事務局\n前回の計画の実績を踏まえて設定している。\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "北野市障がい者計画・障がい福祉計画(素案)について", "北野市障がい者計画・障がい福祉計画の副題(通称)について"]


def test_an_order_of_business_flattened_with_runs_of_blanks_lists_each_bill_once():
    # The order of business on one line, each bill's line begun by a run of blanks; the range above the bills,
    # the count of the next group and what is done with a bill are no case.
    text = (
        "令和3年9月北野町議会定例会会議録(第12日)\n令和3年9月28日(火)\n■議事日程\n"
        "日程第1 第1号議案から第3号議案          第1号議案 北野町手数料条例の一部を改正する条例"
        "          第2号議案 令和3年度北野町一般会計補正予算(第2号)について          第3号議案 町道路線の廃止について"
        "        請願1件\n請願第1号 北野川の堤防改修を求める請願書             (総務委員長報告、質疑)\n"
        "日程第2 諮問第1号から諮問第2号\n諮問第1号 人権擁護委員候補者の推薦について(南田一郎)\n"
        "諮問第2号 人権擁護委員候補者の推薦について(東山花子)\n"
        "午前10時00分 開議\n議長(西川健君) ただいまから本日の会議を開きます。\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "北野町手数料条例の一部を改正する条例", "令和3年度北野町一般会計補正予算(第2号)について", "町道路線の廃止について",
        "北野川の堤防改修を求める請願書", "人権擁護委員候補者の推薦について(南田一郎)", "人権擁護委員候補者の推薦について(東山花子)"]


def test_the_paper_numbers_under_each_agenda_entry_are_no_part_of_it_and_a_last_entry_ending_in_results_is_whole():
    text = (
        "令和4年度第3回北野町地域交通会議 会議録\n\n日時\n\n令和5年2月6日(月曜日)\n午前10時から正午\n\n場所\n\n"
        "北野町役場 大会議室\n\n議題\n\n  1. コミュニティバスの乗降状況(報告)\n    資料1\n"
        "  2. 北野町交通計画の中間評価(案)(協議)\n    資料2-1、2-2\n  3. 町民アンケートの集計結果\n"
    )
    assert _read_items(text) == [
        ("報告", "コミュニティバスの乗降状況"), ("その他", "北野町交通計画の中間評価(案)"), ("その他", "町民アンケートの集計結果")]


def test_a_numbered_section_of_papers_and_of_attending_bodies_names_no_case_and_spaced_era_years_close_up():
    text = (
        "令和 3 年度第2回北野市地域福祉推進部会 議事録\n1.開催日時 令和 3 年7月 8 日(木) 午前10時∼正午\n"
        "2.開催場所 北野市福祉センター 2階 研修室\n3.出席機関名\n社会福祉法人みなみ会、北野市民生委員協議会\n"
        "4.議題\n(1)令和 3 年度部会活動計画について\n(2)令和 2 年度相談支援実績報告\n5.資料\n"
        "(1)議題1資料 部会活動計画案\n(2)議題2資料 相談支援件数の推移\n"
    )
    assert _read_items(text) == [("その他", "令和3年度部会活動計画について"), ("報告", "令和2年度相談支援実績報告")]


# --- the last agenda reader: an agenda by its general shape -------------------------------------------


def _found(text):
    return [(i["kind"], i["title"]) for i in parse_text(text)["items"]]


def _fallback(text):
    """Kind and title of what the last agenda reader finds in text (kind None: left to the title)."""
    lines = text.split("\n")
    return [(kind, title) for title, kind, _, _ in fallback_agenda(lines, len(lines))]


def test_agenda_flattened_onto_one_line_after_a_spaced_heading_word_gives_its_cases():
    text = (
        "第2回北野市景観審議会 会議録 開催日 令和5年10月3日 場所 北野市役所 会 議 内 容 1 開会 "
        "2 会長あいさつ 3 議事 (1)北野川沿いの景観形成基準について (2)屋外広告物の許可基準の改定について "
        "4 その他 5 閉会 配布資料 資料1 基準案\n"
        "事務局:ただいまから会議を始めます。\n南田会長:よろしくお願いします。\n"
    )
    assert _fallback(text) == [(None, "北野川沿いの景観形成基準について"),
                            (None, "屋外広告物の許可基準の改定について")]


def test_agenda_under_a_marked_letter_spaced_heading_drops_its_papers_and_procedure():
    text = (
        "令和4年度 第1回 南田町子育て会議 議事録 ◇開催日時 令和4年7月5日(火)午後2時~ ◇場所 南田町役場 "
        "◇出席委員 8名 ◇次 第 ① 開会 ② 委嘱状の交付 ③ 会長・副会長の選出について 【資料 1】\n"
        "④ 子育て支援事業計画の進捗について 【資料 2】 ⑤ 放課後児童クラブの利用状況について(報告) 〈資料3〉\n"
        "⑥ 閉会 ◇議事録 事務局(東課長):ただ今より会議を開催いたします。\n"
    )
    assert _fallback(text) == [(None, "子育て支援事業計画の進捗について"),
                            ("報告", "放課後児童クラブの利用状況について")]


def test_agenda_group_entry_over_sub_entries_gives_the_sub_entries():
    text = (
        "会議録\n\n会議の名称 令和6年度第1回北野市環境審議会\n\n開催日時 令和6年6月12日(水) 14時から\n\n"
        "案 件 名\n\n"
        "1.北野市環境基本計画の改定について (1)市民意識調査の結果について (2)改定の骨子案について\n\n"
        "2.報告事項 (1)公害苦情の受付状況について\n\n"
        "3.その他\n\n提出された資料等の名称\n\n資料1 調査結果\n\n"
        "会長 それでは始めます。\n"
    )
    assert _fallback(text) == [(None, "市民意識調査の結果について"),
                            (None, "改定の骨子案について"),
                            ("報告", "公害苦情の受付状況について")]


def test_agenda_of_steps_and_bills_drops_the_steps_and_the_bill_numbers():
    text = (
        "南田町議会 総務委員会会議録\n\n開催年月日\n\n令和3年3月9日\n\n付議案件\n\n"
        "  1. 付託案件\n    (1)議案第 12 号 南田町手数料条例の一部改正について\n"
        "    (2)陳情第3-2号 「通学路の安全対策」に関する陳情書\n  2. その他\n\n出席委員\n\n委員長 北野一郎\n"
    )
    assert _fallback(text) == [(None, "南田町手数料条例の一部改正について"),
                            (None, "「通学路の安全対策」に関する陳情書")]


def test_agenda_word_said_in_a_speech_opens_no_agenda():
    text = (
        "北野市図書館協議会 会議録\n令和5年2月1日\n"
        "会長:本日の議題は、1 図書館の利用状況について、2 選書方針の見直しについての二つです。\n"
        "委員:議題 1 について質問があります。利用者数が減っているのはなぜでしょうか。\n"
        "事務局:お答えします。開館時間の短縮が影響していると考えております。\n"
    )
    assert _found(text) == []


def test_page_furniture_with_a_web_address_is_no_case():
    text = (
        "会議録 第3回北野市公文書管理委員会 開催日時 令和2年5月1日 会議内容 1開会 2議事 "
        "(1)公文書の保存期間の見直しについて 3閉会\n"
        "1 - city.kitano.lg.jp · また、次回の会議は来月を予定しておりまして、詳細は追って連絡いたします\n"
    )
    assert [t for _, t in _found(text)] == ["公文書の保存期間の見直しについて"]


def test_agenda_below_a_marked_roster_line_read_as_a_label_is_still_found():
    # 〇議長 議長 北野一郎: a marked line of the roster looks like a label but says nothing; the agenda below it
    # is read, and in an assembly's committee a group over its aspects is one case.
    text = (
        "南田市議会 議会運営委員会記録\n令和4年2月3日(木)午前9時~午前10時(5階501会議室)\n"
        "〇出席委員(3名)   委員長   北野一郎   副委員長   東川二郎   委員   西山三郎\n"
        "〇議長   議長    南田四郎\n"
        "〇事務局出席者   局長    中川五郎   議事係長    上田六郎 〇議題   1 議案の提出について   2 予算特別委員会について   (1)予算特別委員会運営要領(案)について"
        "   (2)予算特別委員会審査日程(案)について   3 3月定例会議日程(案)について   4 請願の取扱いについて\n"
    )
    assert [t for _, t in _found(text)] == ["議案の提出について", "予算特別委員会について", "請願の取扱いについて"]


def test_agenda_group_over_numbered_bills_or_under_a_group_word_in_an_assembly_gives_its_entries():
    text = (
        "北野町議会 総務委員会記録\n令和5年9月8日\n〇委員長 委員長 東野花子\n"
        "〇案件 1 付託議案の審査 (1)議案第31号 北野町税条例の一部改正について "
        "(2)議案第32号 北野町手数料条例の一部改正について 2 その他 (1)町営住宅の修繕状況について "
        "(2)北野公園の遊具について\n"
    )
    lines = text.split("\n")
    assert [t for t, *_ in fallback_agenda(lines, len(lines), whole_groups=True)] == [
        "北野町税条例の一部改正について", "北野町手数料条例の一部改正について", "町営住宅の修繕状況について",
        "北野公園の遊具について"]


def test_agenda_heading_word_with_a_note_in_brackets_ends_at_the_next_numbered_field():
    text = (
        "会議録 1 会議名 令和3年度第2回西川区地域協議会 2 議題(公開・非公開の別) "
        "(1)報告事項(公開) ① 西川公民館の改修について (2)協議事項(公開) ① 地域活動支援事業の募集について "
        "② 部会の設置について ③ 部会の運営方法 3 開催日時 令和3年6月1日(火)午後7時から "
        "4 開催場所 西川地区公民館\n"
    )
    assert _fallback(text) == [("報告", "西川公民館の改修について"),
                            (None, "地域活動支援事業の募集について"),
                            (None, "部会の運営方法")]


def test_agenda_entry_numbered_like_the_next_field_inside_the_list_stays_an_entry():
    # 3 議題 1 … 2 … 3 …: the entries run in the heading's own numbering; only a number past the run ends it.
    text = (
        "北野市文化財保護審議会 会議録 1 日時 令和2年8月4日 2 場所 北野市役所 3 議題 1 史跡の保存活用計画について "
        "2 天然記念物の指定について 3 文化財保存事業の報告について 4 北野城跡の整備方針について\n"
        "会長:はじめます。\n"
    )
    assert [t for _, t in _fallback(text)] == ["史跡の保存活用計画について", "天然記念物の指定について",
                                              "文化財保存事業の報告について", "北野城跡の整備方針について"]


@pytest.mark.parametrize("title", [
    "協議題1", "報告事項2", "議題(3)", "委員からの意見", "主な質疑", "質問及び回答", "回答", "事務局からの回答",
    "事務局より、第1回北野市健康づくり協議会報告", "第2回南田町環境審議会の概要", "第11条(人材の育成)", "第4条の2",
    "分科会の設置について", "11月定例会議日程(案)について",
])
def test_a_summarys_pointers_and_parts_an_account_of_the_last_sitting_and_an_article_name_no_case(title):
    assert _heading(title)[0] == "procedural"


@pytest.mark.parametrize("title", [
    "第11条の改正について", "委員の意見を踏まえた計画の修正について", "分科会の進め方", "協議会の活動報告書について",
    "健康づくり条例(案)について",
])
def test_a_case_about_an_article_an_opinion_or_a_part_of_the_body_is_still_a_case(title):
    assert _heading(title)[0] == "item"


# The plausibility of what a reader found: a reader that found SOMETHING may have found the wrong thing.

def test_title_holding_an_enumerated_run_is_split_into_its_cases():
    title = "1.「第2回北野市民講座」実施報告 2.南田地区アンケートの結果 3.開会"
    assert [t for t, *_ in split_run(title)] == ["「第2回北野市民講座」実施報告", "南田地区アンケートの結果"]
    # a group's own words before the run name no case; the run's entries are the cases
    grouped = "北野市環境政策の今後について ①ごみ減量計画の改定について ②資源回収の方法について"
    assert [t for t, *_ in split_run(grouped)] == ["ごみ減量計画の改定について", "資源回収の方法について"]


def test_title_with_one_number_inside_or_points_joined_by_commas_is_not_split():
    assert split_run("第2次計画の1年目の評価について") is None
    assert split_run("(1)北野市子ども計画の策定について") is None
    assert split_run("審議会の運営について (ア)目的,(イ)委員の任期,(ウ)会議の公開") is None
    assert plausible_title("第2次計画の1年目の評価について")


def test_heading_word_or_sentence_is_no_plausible_title_and_a_done_sentence_keeps_its_subject():
    for word in ("議題", "議題等", "議事", "案件", "その他"):
        assert not plausible_title(word)
    assert not plausible_title("事務局から資料に基づき説明した。")
    assert done_subject("南田町公共施設再編計画(案)について資料3により企画課から説明があった。") == \
        "南田町公共施設再編計画(案)について"
    assert done_subject("南田町公共施設再編計画(案)について") == "南田町公共施設再編計画(案)について"


def test_heading_word_read_as_an_item_gives_way_to_the_agenda_under_it():
    text = (
        "令和3年度第2回北野市交通安全審議会の開催\n\n1 開催日時\n 令和3年11月2日(火曜日)14時00分~15時30分\n\n"
        "2 開催場所\n 北野市役所 第3会議室\n\n3 会議の要旨\n\n"
        "(1) 開会\n(2) 議題等\n"
        "(ア) 北野市交通安全実施計画(第11次)の中間見直しについて資料2により事務局から説明があった。\n\n"
        "【主な意見】\n(1) 見直しの方向性について\n(南田委員)\n自転車の通行帯の整備をもっと進めてほしい。\n"
    )
    assert [t for _, t in _found(text)] == ["北野市交通安全実施計画(第11次)の中間見直しについて"]


def test_heading_holding_a_flattened_run_gives_each_entry_as_a_case():
    text = (
        "第5回北野市文化芸術審議会 会議要旨\n令和2年6月3日(水) 北野市役所2階会議室 "
        "【報告事項】1.「北野音楽祭」開催報告 2.市民ギャラリーの利用状況 "
        "【審議事項】文化振興プランの改定について 1.基本目標の見直しについて 2.重点施策の整理について "
        "【資料】 資料1 開催報告\n"
    )
    assert [t for _, t in _found(text)] == ["「北野音楽祭」開催報告", "市民ギャラリーの利用状況",
                                            "基本目標の見直しについて", "重点施策の整理について"]


def test_cases_numbered_under_any_case_word_are_one_item_a_line():
    # 報告案件第1号 … / 事前説明案件第1号 …: a council's own word for each kind of case, ending in 案件, and the
    # number; each line is a case of its own, its kind told only where the word says 報告 or 諮問.
    text = (
        "令和6年度第3回きたの町景観審議会会議録\n日時：令和7年2月6日 午後2時～午後3時\n場所：きたの町役場 大会議室\n"
        "出席委員：南田会長、北野委員、西川委員\n議事\n"
        "報告案件第1号　きたの町景観計画区域の変更について\n"
        "協議案件第1号　景観重要建造物の指定\n"
        "協議案件第2号　屋外広告物の許可基準について\n"
        "●事務局\nそれでは、ただいまから審議会を始めます。\n"
    )
    assert _read_items(text) == [
        ("報告", "きたの町景観計画区域の変更について"),
        ("その他", "景観重要建造物の指定"),
        ("その他", "屋外広告物の許可基準について"),
    ]


def test_bills_listed_a_line_each_under_a_short_series_word_stay_apart():
    # 議第20号 … / 議第21号 …: a list of the bills examined, each on its own line after a blank; the next line's
    # number is no tail of the title above.
    text = (
        "令和6年3月15日 午前10時00分 開 議\n\n"
        "◎出席委員(3名)\n 1番 北 野 一 郎 委員  2番 南 田 健 委員  3番 西 川 花 子 委員\n\n"
        "◎本日審査した案件\n\n"
        " 議第12号 令和6年度みなみ市下水道事業会計予算\n"
        " 議第13号 令和6年度みなみ市介護保険特別会計予算\n"
    )
    assert [t for _, t in _read_items(text)] == ["令和6年度みなみ市下水道事業会計予算", "令和6年度みなみ市介護保険特別会計予算"]


def test_steps_of_the_sitting_are_procedure_however_they_are_numbered_or_grouped():
    # 【議題2】…の選任について: a bracket that numbers the cases numbers a step too; 審議件 / 議件 over the line of
    # the step it groups; a 部会's own officers; the members' seating ceremony; the opening with its clock; the
    # quorum reported.
    text = (
        "1.委員委嘱式\n2.議件 部会長及び副部会長の選任について\n 互選により北野委員が部会長に選任された。\n"
        "3.開会(午後2:00)\n4.定数報告\n"
        "【議題1】専門部会部会長の選出について\n〇南田委員が選出された。\n\n"
        "【議題2】北野市障がい者計画の見直しについて\n〇事務局から説明\n"
    )
    assert _read_items(HEAD + text, "title") == [("北野市障がい者計画の見直しについて",)]


def test_an_assemblys_added_order_of_business_keeps_its_word_and_drops_its_elections():
    # 日程第2 …の選挙 追加日程第1 …: a flattened order of business; 追加 opens the next entry, and the
    # committees' officers reported to the house are its own business, like its elections.
    order = ("日程第1 仮議席の指定 日程第2 議長の選挙 追加日程第1 会期の決定 "
             "追加日程第2 産業建設常任委員会委員長及び副委員長の報告について "
             "追加日程第3 みなみ広域連合議会議員の選挙 追加日程第4 議案第1号 令和6年度みなみ町一般会計補正予算(第5号)")
    assert [i["title"] for i in _flattened_sitting(order)["items"]] == ["令和6年度みなみ町一般会計補正予算(第5号)"]


def test_a_flattened_list_whose_numbering_restarts_under_a_second_group_word_keeps_both_groups():
    # 協議事項 (1)… 報告事項 (1)… (2)…: the second group word, its numbering back at 1, opens entries of its kind.
    text = ("北野市福祉審議会 会議録 ■次第 開会 協議事項 (1)北野市地域福祉計画の評価について 報告事項 "
            "(1)相談窓口の利用状況について (2)福祉まつりの開催結果について 閉会")
    assert _fallback(text) == [
        (None, "北野市地域福祉計画の評価について"),
        ("報告", "相談窓口の利用状況について"),
        ("報告", "福祉まつりの開催結果について"),
    ]


def test_a_document_sites_counters_are_no_case_and_leave_the_agenda_to_the_general_reader():
    # 0 views / 0 download: a sharing site's counters under the page read as a numbered list; a council names its
    # cases in Japanese.
    assert not plausible_title("views")
    text = (
        "1 第3回 北野市環境審議会 会議録\n○日時 令和5年11月2日(木)午後2時から午後4時\n○場所 北野市役所 第1会議室\n"
        "【委員】(敬称略) 南田 健(会長) 北野大学教授 西川 花子(副会長) 北野市商工会\n"
        "【事務局】 環境部 環境政策課長(東山)\n"
        "【次第】 開会 審議事項 1)北野市環境基本計画の改定について 報告事項 1)ごみ排出量の推移について\n\n"
        "Upload: others\n\n0 views\n\n0 download\n\nTRANSCRIPT\n"
    )
    assert _read_items(text) == [("その他", "北野市環境基本計画の改定について"), ("報告", "ごみ排出量の推移について")]


def test_the_first_speech_run_on_after_the_last_entry_of_an_agenda_is_no_part_of_it():
    # (2)…(素案)について 事務局:皆さん…。: a page flattened onto one line, the first speech (however long) after the
    # agenda's last entry.
    welcome = "事務局:皆さんおはようございます。ただ今から部会を開会いたします。" + "会議は正午までの2時間程度を予定しております。" * 8
    text = (
        "令和6年度北野市環境審議会 計画部会 (第2回)議事録  開催日時等  日時 令和6年8月1日(木)10:00〜  場所 北野市民ホール 小ホール  "
        "会議次第 1開 会 2議 事 (1)北野市環境基本計画の進捗について "
        "(2)第4次北野市環境基本計画及び第2期北野市地球温暖化対策実行計画(素案)について " + welcome + "\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "北野市環境基本計画の進捗について", "第4次北野市環境基本計画及び第2期北野市地球温暖化対策実行計画(素案)について"]


def test_a_publicity_mark_in_square_brackets_leaves_the_kind_mark_before_it_to_be_read():
    # …について (諮問) [公開]: whether the sitting heard it in public, after the mark of the case's kind.
    assert _agenda_items("北野市個人情報保護条例の改正について (諮問) [公開]", "南田地区の防犯カメラの設置について [非公開]") == [
        ("諮問", "北野市個人情報保護条例の改正について", []),
        ("その他", "南田地区の防犯カメラの設置について", []),
    ]


def test_points_numbered_from_1_under_each_numbered_case_are_what_the_case_covers():
    # 日程第2 報告第8号 / …について / 1. … 2. … / 日程第3 報告第9号 / …について / 1. …: each case's points numbered
    # afresh; the list goes on past the second 1., and the points are no cases.
    text = (
        "令和6年7月北野町定例教育委員会 会議録\n\n開催日時\n\n令和6年7月19日(金曜日) 午後2時から 開議\n\n"
        "開催場所\n\n北野町役場 第2会議室\n\n会議に付した案件\n\n"
        "日程第1 報告第8号\n\n名義後援の承諾について\n\n  1. 北野町ロードレース大会(後援)\n  2. 南田ジュニア合唱祭(後援)\n\n"
        "日程第2 報告第9号\n\n北野町立図書館の利用状況について\n\n"
        "日程第3 報告第10号\n\n学校給食の取組について\n\n  1. 地産地消の日の実施について\n  2. 食物アレルギー対応の見直しについて\n\n"
        "日程第4 議案第15号\n\n北野町就学援助規則の一部改正について\n"
    )
    assert [t for _, t in _read_items(text)] == [
        "名義後援の承諾について", "北野町立図書館の利用状況について", "学校給食の取組について", "北野町就学援助規則の一部改正について"]


def test_a_papers_reference_after_a_title_ends_it_with_the_points_listed_after():
    # ① …について 〈資料1〉 (ア)目的,(イ)構成: the papers, then the points the case covers, after its title.
    text = ("議題\n① 審議会の運営について <資料1> (ア)設置目的,(イ)委員の任期,(ウ)会議の公開\n"
            "② 北野市緑の基本計画の改定について 〈資料2〉\n\n○会長 それでは始めます。\n○委員 承知しました。\n")
    assert [t for _, t in _read_items(HEAD + text)] == ["審議会の運営について", "北野市緑の基本計画の改定について"]


def test_subjects_quoted_one_after_another_after_a_report_word_are_each_a_report():
    # 議題3 事務局より調査結果報告「…」「…」について: two surveys reported under one heading, each a case.
    text = ("議題3 事務局より調査結果報告「北野市食育アンケート」「市職員の運動習慣調査」について\n"
            "○事務局 資料に基づき説明します。\n○委員 承知しました。\n")
    assert _read_items(HEAD + text) == [("報告", "北野市食育アンケート"), ("報告", "市職員の運動習慣調査")]


def test_a_step_of_the_sitting_with_a_flattened_tables_stray_cells_run_on_is_still_procedure():
    # 2.委員長あいさつ 資 料 北野市商工会 2 係長: cells of the roster table beside the agenda, run onto its line.
    text = "会議次第\n1.開会\n2.委員長あいさつ 資料 北野市商工会 2 係長\n3.北野市総合計画の中間評価について\n"
    assert [t for _, t in _read_items(HEAD + text)] == ["北野市総合計画の中間評価について"]


def test_a_forms_label_set_one_letter_a_line_beside_its_list_is_no_part_of_the_entries():
    # 議案1.諮問(…) / 報告1.… / 案 / 件 / 名 報告2.…: a form whose labels are printed one letter a line, the agenda's
    # label down the middle of the list it labels; each entry is still a line of its own.
    text = (
        "別紙様式(第5条関係)\n会\n議\nの\n名\n称 令和6年度第3回北野市都市計画審議会\n"
        "開\n催\n日\n時 令和6年11月5日(火)\n開\n催\n場\n所 北野市役所 第3会議室\n午後2時00分から\n午後4時00分まで\n"
        "出\n席\n者 委員:南田委員、西川委員、東山委員\n"
        "欠\n席\n者 委員:北川委員\n"
        "議案1.諮問(北野都市計画用途地域の変更について)\n"
        "報告1.立地適正化計画の進捗について\n"
        "案\n件\n名 報告2.都市計画道路の見直しについて\n"
        "報告3.景観まちづくりの取組状況について\n"
        "・次第\n・議案1.諮問書(写)\n"
        "傍\n聴\n者\n数\n2人\n"
        "審\n議\n内\n容\n"
        "南 田 会 長: それでは、ただいまから審議会を開会します。\n"
        "事 務 局: 資料1について説明します。\n"
    )
    assert _read_items(text) == [
        ("諮問", "北野都市計画用途地域の変更について"),
        ("報告", "立地適正化計画の進捗について"),
        ("報告", "都市計画道路の見直しについて"),
        ("報告", "景観まちづくりの取組状況について"),
    ]


def test_a_case_numbered_under_the_word_for_a_bill_opens_its_line():
    # 欠 / 席 / 者 委員:… / 議案1.諮問(…): 議案1. opens an entry as 報告1. does; it is no tail of the roster above.
    text = "欠\n席\n者 委員:北川委員、西山委員\n議案1.諮問(北野市景観計画に即した屋外広告物の規制\nについて)"
    assert clean_text(text).split("\n") == ["欠席者 委員:北川委員、西山委員", "議案1.諮問(北野市景観計画に即した屋外広告物の規制について)"]


# A form extracted column by column: labels first and their values after; the roster's first line above its role
# label; the agenda under 審議項目 in 1)/2) groups; each case's department in a cell tagged 【諮問1】 apart from it.
COLUMN_FORM = (
    "会議録(概要)\n会議名称\n開催日時\n開催場所\n令和6年度 第2回 北山市情報公開審議会\n令和6年7月9日(火) 午後2時00分~3時30分\n"
    "市役所本館 3階 第1会議室\n北野会長 南田副会長 東山委員 西川委員\n委 員\n(欠席:森本委員)\n【総務課】大野課長 川上係長\n事務局\n"
    "【諮問1】税務課\n佐々木課長 辻主査\n実施機関 【諮問2】消防本部予防課\n消防署警備課\n大島主任\n【報告1】市民課\n傍 聴 者\nなし\n"
    "審議項目\n1)諮問事項\n1 固定資産税の課税台帳の電子化について\n2 消防指令システムの更新に伴う個人情報取扱い事務の変更について\n"
    "2)報告事項\n1 市民課窓口の防犯カメラの設置について\n審議状況\n諮問事項1\n(審議会資料に基づき事務局より概要の説明を行う。)\n"
)


def test_a_form_extracted_column_by_column_gives_its_fields_roster_and_cases_with_their_tagged_departments():
    parsed = parse_text(COLUMN_FORM)
    assert (parsed["council_name"], parsed["date"], parsed["place"]) == ("北山市情報公開審議会", "2024-07-09", "市役所本館 3階 第1会議室")
    assert (parsed["members_present"], parsed["members_absent"], parsed["chair"]) == (["北野", "南田", "東山", "西川"], ["森本"], "北野")
    assert [(i["kind"], i["title"], i["departments"]) for i in parsed["items"]] == [
        ("諮問", "固定資産税の課税台帳の電子化について", ["税務課"]),
        ("諮問", "消防指令システムの更新に伴う個人情報取扱い事務の変更について", ["予防課", "消防署警備課"]),
        ("報告", "市民課窓口の防犯カメラの設置について", ["市民課"]),
    ]
    assert parsed["turns"] == []


def test_case_tags_name_no_department_where_the_agenda_has_no_case_of_their_kind_and_number():
    # 【報告2】 with one report on the agenda: the tag names no case; the tagged cell of another kind none either.
    text = COLUMN_FORM.replace("【報告1】市民課", "【報告2】市民課").replace("【諮問1】税務課", "【答申1】税務課")
    items = parse_text(text)["items"]
    assert [i["departments"] for i in items] == [[], ["予防課", "消防署警備課"], []]


def test_labels_whose_values_do_not_stand_in_their_order_are_left_as_printed():
    # The room printed where the date's value should be: no value is put beside a label it may not belong to.
    text = "開催日時\n開催場所\n北山市役所 第1会議室\n令和6年7月9日(火) 午後2時\n"
    assert clean_text(text).split("\n")[:4] == ["開催日時", "開催場所", "北山市役所 第1会議室", "令和6年7月9日(火) 午後2時"]
    # A long run of labels is paired at most twelve at a time, each looked at a bounded number of times.
    many = "開催日時\n" * 5000 + "令和6年7月9日(火)\n" * 5000
    assert clean_text(many).count("開催日時") == 5000



def test_a_heading_naming_a_case_by_number_and_a_note_takes_up_that_agenda_entry():
    # 4.議題 lists 諮問第3号(市民課) and its title; the record of the deliberation heads it
    # (1)諮問第3号(住民記録システム関連): the same case, its note no title of its own.
    text = (
        "第20回北野市個人情報保護審議会 会議録\n1.日時 令和5年7月3日(月曜日)午前10時から正午まで\n"
        "2.場所 北野市役所第1会議室\n3.出席者\n委員:南田会長、西山委員、北川委員\n4.議題\n"
        "- 諮問第3号(市民課)\n個人情報の取扱いの例外について\n(「オンライン結合による提供の制限」/市民課)\n"
        "- 諮問第4号\n個人情報の取扱いの例外について\n(「目的外利用・提供の制限」/保険年金課)\n"
        "5.議事経過と結果\n(1)諮問第3号(住民記録システム関連)\n"
        "事務局及び市民課より、諮問案件について概要説明を行なった。\n"
    )
    items = parse_text(text)["items"]
    assert [item["title"] for item in items] == [
        "個人情報の取扱いの例外について(「オンライン結合による提供の制限」/市民課)",
        "個人情報の取扱いの例外について(「目的外利用・提供の制限」/保険年金課)",
    ]
    assert items[0]["departments"] == ["市民課"]


def test_a_chair_turn_opening_with_the_matters_title_takes_it_up_and_a_procedural_one_does_not():
    text = (
        "みなみ市議会 議会改革特別委員会\n"
        "◯北野一郎委員長 ただ今から委員会を開会いたします。\n"
        "◯北野一郎委員長 それでは、議会広報の在り方について。 資料をご覧ください。\n◯南田健委員 意見を申し上げます。\n"
        "◯北野一郎委員長 次回の日程について。 事務局から説明願います。\n◯事務局長 来月を予定しています。\n"
    )
    assert _read_items(text) == [("その他", "議会広報の在り方について")]
    # A sentence that names the matter in passing is no heading.
    assert _read_items(text.replace("議会広報の在り方について。", "議会広報の在り方については前回に続き協議します。")) == []


@pytest.mark.parametrize("word", ["審議の概要", "議事の概要", "会議の概要", "協議内容", "審議概要"])
def test_a_forms_summary_cell_listing_the_business_in_bullets_gives_the_cases(word):
    text = (
        "令和5年度第2回北野市行政改革推進委員会\n\n開催日時\n\n令和6年2月7日(水曜日)午後1時から午後3時まで\n\n"
        f"開催場所\n\n北野市役所 第1会議室\n\n{word}\n\n  • 北野市行政改革大綱の改訂について\n"
        "  • 令和6年度行政評価の実施について\n  • その他\n\n傍聴者人数\n\n0人\n\n会議録\n\n(会長)\n\n"
        "それでは、議事を進行します。\n\n(事務局)\n\n資料1について説明\n"
    )
    assert _read_items(text) == [("その他", "北野市行政改革大綱の改訂について"), ("その他", "令和6年度行政評価の実施について")]


def test_an_assemblys_order_of_business_keeps_consents_to_committee_appointments_and_drops_the_short_reports():
    items = _read_items(
        "平成18年北野市議会第2回臨時会\n1.議事日程(第1号)\n          平成18年5月17日\n          午前10時00分開議\n"
        "  日程第1 会議録署名議員の指名\n  日程第2 会期の決定\n  日程第3 諸報告について\n"
        "  日程第4 議案第47号 北野市教育委員会委員の任命について同意を求める件\n"
        "  日程第5 議案第48号 北野市公平委員会委員の選任について同意を求める件\n"
        "  日程第6 議案第49号 北野市固定資産評価審査委員会委員の選任について同意を求める件\n"
    )
    # 諸報告 is 諸般の報告 for short; an appointment the house consents to is a bill, whoever is appointed.
    assert [t for _, t in items] == [
        "北野市教育委員会委員の任命について同意を求める件",
        "北野市公平委員会委員の選任について同意を求める件",
        "北野市固定資産評価審査委員会委員の選任について同意を求める件",
    ]
    # A committee's own officers, reported to the house, are still no case.
    assert _read_items(ASSEMBLY_HEAD + "△日程第２　議会運営委員会委員長の選任報告\n○議長（北野一郎）　報告のとおりです。\n") == []


def test_a_group_word_over_a_list_restarting_in_a_style_seen_before_it_gives_that_list_its_kind():
    # The first group's word lost (a table ran over it): (1)… (4) 3.報告事項 (1)…, the report under the group word.
    items = _items(
        "(1) 北野線の運行の見直しについて\n(2) 南田地区のデマンド交通について\n(3) その他\n3.報告事項\n"
        "(1) 北野パスポート事業について\n(2) その他\n○会長　それでは始めます。\n○事務局　資料1により説明します。\n"
    )
    assert [(k, t) for k, t, _, _ in items] == [
        ("その他", "北野線の運行の見直しについて"),
        ("その他", "南田地区のデマンド交通について"),
        ("報告", "北野パスポート事業について"),
    ]


def test_a_chair_asking_for_a_case_at_the_start_of_the_turn_names_it_and_the_secretariat_is_not_its_department():
    items = _items(
        "(会 長)北野市空き家等対策計画(案)について、事務局から説明をお願いします。\n"
        "(事 務 局)配布資料「北野市空き家等対策計画(案)」により説明\n(会 長)15ページの表題を修正して下さい。\n"
    )
    assert items == [("その他", "北野市空き家等対策計画(案)について", [], "不明")]
    # Mid-sentence, the words name no request.
    assert _items("(会 長)本日は、北野市空き家等対策計画(案)について、事務局から説明を受けた後に協議します。\n"
                  "(事 務 局)配布資料により説明\n") == []


def test_a_line_introducing_the_list_under_a_group_word_is_no_case_and_the_cases_explained_are_reports():
    items = _items(
        "5. 副会長の選任\n会長が南田委員を推薦。委員全員了承。\n6. 説明事項\n以下の項目について説明(説明内容は省略)\n"
        "(1) 北野市の空き家の現状\n(2) 空き家対策の体制の整備\n7. 質疑・応答\n南田委員:空き家の定義を伺いたい。\n事務局:法律の定義によります。\n"
    )
    assert [(k, t) for k, t, _, _ in items] == [("報告", "北野市の空き家の現状"), ("報告", "空き家対策の体制の整備")]


def test_a_group_word_run_onto_the_line_above_the_first_heading_gives_the_list_below_it_its_kind():
    # A summary flattened onto one line: 2.議題 1.… 3.報告事項 stays one line, the reports below it headings.
    text = (
        "平成 22 年北野市安全なまちづくり推進協議会 第 1 回 会 議 議 事 録 ( 議 事 要 旨 ) 1. 開催日時 平成 22 年 7 月 15 日(木) "
        "午後 3 時 00 分∼午後 4 時 30 分 2. 開催場所 北野市交流プラザ 第 3 会議室 3. 出席者 (委 員)東山会長、南田副会長、西川委員 "
        "(事務局)北野市民部長、南防犯課長 4.会議次第 1.会長あいさつ 2.議題 1.北野市防犯カメラ運用基準の改正について 3.報告事項 "
        "1.北野市の犯罪発生状況について 2.北野市の防犯活動の現状について 3.防犯ステーション開所について 4.その他 "
        "5.会議の概要及び経過 議事進行の前に、市民部長より今回の議題について説明した。 1.会長あいさつ ●概 要 本日はお集まりいただき"
        "ありがとうございます。\n"
    )
    assert _read_items(text)[:3] == [
        ("報告", "北野市の犯罪発生状況について"), ("報告", "北野市の防犯活動の現状について"), ("報告", "防犯ステーション開所について"),
    ]


def test_numbers_in_square_brackets_number_group_words_as_circled_numbers_do():
    items = _items(
        "4. 議事\n [1]議事録署名委員の選出\n [2]報告事項\n(1)令和5年度北野市国民健康保険特別会計決算見込みについて\n"
        "(2)北野市保健事業実施計画(案)について\n [3]諮問事項\n(1)令和6年度北野市国民健康保険料率(案)について\n"
        "5. その他\n○会長　それでは始めます。\n○事務局　資料1により説明します。\n"
    )
    assert [(k, t) for k, t, _, _ in items] == [
        ("報告", "令和5年度北野市国民健康保険特別会計決算見込みについて"),
        ("報告", "北野市保健事業実施計画(案)について"),
        ("諮問", "令和6年度北野市国民健康保険料率(案)について"),
    ]


KAZUNO_LIKE = (
    "第4回北野市交流施設基本計画検討委員会会議概要\n【日時】令和3年12月21日(月)\n14時00分~16時45分\n【出席者】委員:11名\n"
    "事務局:共動推進課長\n1\n開会\n委員長挨拶:本日はお集まりいただきありがとうございます。\n2\n報告\n"
    "(1)第3回検討委員会の検討内容について\n事務局にて前回の検討内容について確認(参考資料1)\n(2)北野市の参考事例について\n"
    "参考資料2を説明\n3\n案件\n(1)北野市交流施設の管理運営の基本方針について\n事務局にて資料1の説明\n◇意見・質疑\n"
    "委員:市民センターの管理は重要である。\n→事務局:基本的に協議会にお願いすることになる。\n委員:計画は重要である。\n"
)


def test_unnumbered_group_words_each_rule_their_own_list_and_a_narrated_step_is_no_part_of_a_title():
    # 報告 / (1) the account of the last sitting (procedure) / (2) a report; 案件 / (1) a case of no stated kind;
    # 事務局にて…の説明 under a title says who explained it, no part of the title.
    assert _read_items(KAZUNO_LIKE) == [("報告", "北野市の参考事例について"), ("その他", "北野市交流施設の管理運営の基本方針について")]


def test_a_title_naming_the_consultation_it_answers_is_a_consultation_and_an_answer_alone_is_not():
    assert _agenda_items("北野市支所再編(案)の諮問に係る答申について")[0][0] == "諮問"
    assert _agenda_items("北野市高齢者福祉計画(案)の答申について")[0][0] == "その他"


def test_a_group_word_alone_above_the_first_heading_gives_its_list_its_kind_whatever_numbers_it():
    for word in ("Ⅱ 報告", "(2)報告", "2 報告"):
        items = _items(f"Ⅰ 会長挨拶\n{word}\n1 北野市介護保険運営状況について(資料1)\n2 北野市介護サービス基盤の整備について(資料2)\n"
                       "Ⅲ その他\nⅣ 閉会\n○会長　それでは始めます。\n○事務局　資料1により報告します。\n")
        assert [(k, t) for k, t, _, _ in items] == [
            ("報告", "北野市介護保険運営状況について(資料1)"), ("報告", "北野市介護サービス基盤の整備について(資料2)"),
        ], word


def test_an_order_of_business_drops_the_groups_note_in_equals_signs_and_keeps_a_title_cut_inside_its_bracket():
    # 第 3  …について(議案第68号)      = 決算委員長報告 = (a record on one line): the group's note padded to its
    # column is no part of the bill's title (nor makes it a report); the end of the text cut inside the last bill's
    # bracket after a whole title.
    text = (
        "みなみ町議会 令和6年12月定例会会議録(第1号)────────────1、開会日時  令和6年11月29日(金)午前10時"
        "────────────1、議事日程(第1号) 第 1  会議録署名議員の指名 第 2  会期の決定 "
        "第 3  令和5年度みなみ町一般会計決算の認定について(議案第68号)                      = 決算委員長報告 = "
        "第 4  令和5年度みなみ町水道事業会計決算の認定について(議案第69号) "
        "第 5  みなみ町手数料条例の一部改正について(町長提出議"
    )
    items = _read_items(text)
    assert [k for k, _ in items] == ["その他"] * 3
    assert [t.split("(")[0] for _, t in items] == ["令和5年度みなみ町一般会計決算の認定について",
                                                 "令和5年度みなみ町水道事業会計決算の認定について",
                                                 "みなみ町手数料条例の一部改正について"]
    assert "決算委員長" not in items[0][1]


def test_who_attended_by_office_or_the_room_read_as_an_agenda_entry_is_no_title():
    # A form's cells read one a line: the 事務局 cell and the room beside the 次第 are no cases.
    assert not plausible_title("北野市民生活部長、南田環境課長、東山課長補佐、西川主事")
    assert not plausible_title("大会議室")
    assert plausible_title("会議室の予約制度の見直しについて")
    assert plausible_title("北野市環境基本計画(案)について")


def test_the_agenda_after_a_field_that_points_to_the_record_is_read():
    text = ("平成19年度第1回会議録\n日時\n平成19年5月24日(木曜日)午後2時~4時まで\n場所\n市役所4階委員会室\n出席委員\n"
            "北野委員、南田委員、東山委員、西川委員\n議事内容\n別添議事録のとおり\n議題\n平成19年度行財政改革審議会への諮問について\n"
            "議事録(概要)\n(会長)\n開会宣言\n(会長)\n本日の議題に入る。\n")
    assert [i["title"] for i in parse_text(text)["items"]] == ["平成19年度行財政改革審議会への諮問について"]


def test_a_committees_matters_under_review_word_is_a_group_not_a_case():
    # 6.審査案件等 【予算議案】 議第1号 …: the word over the bills a committee reviews.
    from shingikai.minutes.importer.structure import Heading, classify_heading
    heading = Heading(line=0, style="num", number="6", title="審査案件等")
    classify_heading(heading)
    assert heading.cls == "container"


def test_a_bulleted_list_of_numbered_papers_under_a_heading_word_gives_no_case():
    # ・次第 opens the list of papers handed out; 次第 is the first paper, not a heading over cases, and each
    # entry that opens with a paper's label (資料1-1, 資料3) names a paper.
    text = ("第2回みなみ市景観計画策定委員会議事録\n\n令和6年6月3日(月曜日)午後2時~午後4時\n\nみなみ市役所 3階 会議室\n\n"
            "出席者\n\n委員12人、事務局\n\n配布資料\n\n・次第\n\n・資料1-1第2期みなみ市景観計画アンケート調査結果の概要\n\n"
            "・資料2-1第1期みなみ市景観計画の評価・検証\n\n・資料3 第2期みなみ市景観計画の策定に向けて\n\n・委員名簿\n\n"
            "1.あいさつ\n●事務局\n第2回策定委員会を開催いたします。\n\n●都市整備部長\n本日はお集まりいただきありがとうございます。\n")
    assert parse_text(text)["items"] == []



def test_an_assembly_committees_executive_and_clerk_fields_are_no_cases():
    # 5 執行部 なし / 6 書記 …: who attended for the executive and as clerk, numbered like the agenda's field.
    text = ("東山町議会 議会運営委員会\n    議会運営委員会会議録    1 開催日   令和6年5月14日(火)  2 開催場所  東山町役場 3階議員控室"
            "  3 出席者  (委員4名)    委員長    北 野   一     委員       南 田 花 子    委員     西 山 健 二"
            "     委員     東 川 正 夫  4 欠席者   なし  5 執行部   なし  6 書記    議会事務局長 西山太郎  7 傍聴人   なし\n"
            "     8 議 題  (1)議会運営基準について         (2)その他  9 審議内容  別紙のとおり (別紙)"
            "  ○(委員長)  ただいまから議会運営委員会を開会いたします。 ○(委員長)  議題(1)を議題といたします。\n")
    titles = [i["title"] for i in parse_text(text)["items"]]
    assert titles and titles[0].startswith("議会運営基準について")
    assert not [t for t in titles if t.startswith(("執行部", "書記"))]


def test_entries_run_together_after_a_titles_ending_are_split_at_the_next_number():
    # …の変更について第2号議案…: a PDF flattened onto one line lost the breaks between the entries.
    text = ("第12回北野市都市計画審議会議事録\n日時 : 令和6年7月30日 ( 火 ) 午後 1 時 30 分\n場所 : 北野市役所8階正庁\n"
            "4 議題 ( 北野市決定 ) 第 1 号議案北野都市計画道路の変更について 第 2 号議案北野都市計画地区計画の決定について"
            "\n< 南町 5 丁目地区 >\n○会長 ただいまから審議会を開会します。\n○委員 承知しました。\n")
    titles = [i["title"] for i in parse_text(text)["items"]]
    assert len(titles) == 2
    assert titles[0].endswith("北野都市計画道路の変更について") and titles[1].endswith("北野都市計画地区計画の決定について")


def test_a_bound_records_contents_with_page_numbers_is_no_case():
    # 目 次 会議次第 1 出欠席者名簿 3 開 会 4 …: each entry of the contents with its page after it.
    text = ("第 1 回みなみ市 東山町合併協議会会議録 目 次 会議次第 1 出欠席者名簿 3 開 会 4 あいさつ 4 委員紹介 6"
            " 事務局職員紹介 7 議 事 7 その他 62 閉 会 65\n\n日時 : 令和6年4月25日 ( 月 ) 午後 3 時から 場所 : みなみ会館\n")
    assert parse_text(text)["items"] == []


ORDER_OF_THE_DAY = (
    "令和6年第2回北野市議会定例会会議録(第1号)\n\n令和6年6月3日(月曜日)\n              ―――――――――――――――――\n"
    "   令和6年第2回北野市議会定例会議事日程\n"
    "(第1号)   令和6年6月3日(月曜日)午前10時開議  議長の諸報告\n"
    " 第1 会議録署名議員の指名について\n 第2 会期の決定について\n"
    " 第3 報告第6号・報告第7号及び議案第54号から議案第61号まで\n"
    " 第4 議案第62号及び議案第63号 (提案理由説明・質疑・委員会付託省略・討論・表決)\n"
    " 第5 議案第64号・専決処分報告及びその承認について\n"
    " 第6 (議員提出議案第3号)北野川の水質保全に関する意見書の提出について\n"
    "    [提案理由の説明、質疑、討論、表決]\n"
    "               ――――――――――――――――\n"
    "本日の会議に付した事件\n 日程の全部\n               ――――――――――――――――\n"
    "○議長(北野一郎君) ただいまから本日の会議を開きます。\n"
)


def test_an_assembly_order_of_the_day_gives_its_titled_bills_only():
    # The agenda's own title, the sitting's number over its date, bills named by number alone (a range, or with what
    # is done with them) and the steps of business in square brackets name no case.
    items = parse_text(ORDER_OF_THE_DAY)["items"]
    titles = [i["title"] for i in items]
    assert len(titles) == 2, titles
    assert titles[0].endswith("専決処分報告及びその承認について") and titles[1].endswith("意見書の提出について")
    # 議案第64号 …報告及びその承認について: a numbered bill asks the house to decide; no report.
    assert items[0]["kind"] == "その他"


def test_an_assemblys_agenda_title_and_its_sitting_date_are_no_entries():
    from shingikai.minutes.importer.parse import _FULL_DATE_LINE
    from shingikai.minutes.importer.structure import PROCEDURAL
    assert PROCEDURAL.match("令和6年第2回北野市議会定例会議事日程")
    assert not PROCEDURAL.match("北野市議会定例会議事日程の変更について")
    assert _FULL_DATE_LINE.match("(第1号)   令和6年6月3日(月曜日)午前10時開議  議長の諸報告")


def test_a_form_that_lost_its_labels_gives_its_numbered_run_of_cases():
    # The agenda's label lost with the form's others: entries numbered from 1 amid the cells, each a case's title;
    # the site's counters below (0 views) are no case.
    text = ("1 / 12 様式第1号(第5条関係) 第2期東山町まちづくり委員会(第1回) 令和6年5月22日(水) 18時30分 開会 19時50分 閉会"
            " 東山町役場 会議室2 北野委員、南田委員、西山委員 事務局職員職氏名 東川副町長 1 まちづくり委員会について"
            " 2 まちづくり条例の見直しについて 3 令和5年度 行動計画の実施結果について 4 その他 会議の公開又は 非公開の別 公開\n\n"
            "Upload: others\n\n0 views\n\nCategory:\n")
    titles = [i["title"] for i in parse_text(text)["items"]]
    assert titles == ["まちづくり委員会について", "まちづくり条例の見直しについて", "令和5年度 行動計画の実施結果について"]


def test_a_publicity_note_on_the_agenda_word_leaves_a_group_word():
    # 4.議事(公開審議): whether the public may hear it is no part of the word; the word is a group's, no case.
    text = ("第12回北野県開発審査会議事要旨\n1.開催日時場所\n令和6年3月17日(火曜日)午後1時30分開会\n会場:北野会館4階\n"
            "2.出席委員\n北野一郎委員(会長)、南田花子委員\n3.傍聴者等\n3名\n4.議事(公開審議)\n第1号議案\n"
            "北野県開発審査会提案基準の改正について\n事務局から案件の概要説明が行われ、諮問のとおり承認された。\n(質疑応答)\n委員\n"
            "1点伺います。\n事務局\nお答えします。\n")
    assert "議事" not in "".join(i["title"] for i in parse_text(text)["items"])


def test_a_member_class_numbered_by_statute_is_no_heading():
    # ◎1 号委員 …: the class of member the ordinance names (第N号委員), a roster's group; 号 is a counter.
    text = ("令和6年第1回北野市防災会議 会議録 開催期日:令和6年3月27日(水) 午後1時30分 ~ 午後2時15分 会 場:北野市役所4階大会議室"
            " 出 席 者:会長 北野市長 北野一郎 出席委員 (4名) ◎1 号委員 北野森林管理署長(代理) 南田 司 ◎2 号委員 北野警察署長 西山 健\n"
            "◎3号委員 副市長 東川 正夫 総務課長 中野 和子\n")
    assert parse_text(text)["items"] == []


def test_the_latin_letter_level_under_a_kana_entry_lists_its_points():
    text = ("本文\n令和6年10月7日(火曜日)\n北野市役所 4階 会議室\n委員長 北野一郎、副委員長 南田花子、委員 西山健二\n"
            "1 開会\n2 議事\n⑴ 第3次北野市総合計画の評価\nア 子育て支援の充実について\nイ 防災対策の推進等について\n"
            "a 防災対策の推進について\nb 河川の整備について\nウ 公園の整備について\n⑵ その他\n3 閉会\n"
            "○委員長 ただいまから会議を開きます。\n")
    titles = [i["title"] for i in parse_text(text)["items"]]
    assert titles == ["子育て支援の充実について", "防災対策の推進等について", "公園の整備について"]


def test_a_bill_quoted_after_its_number_in_a_committee_speech_is_its_case():
    text = ("  1. 北野県議会 2011-03-16\n平成23年総務企画委員会 本文 開催日: 2011-03-16\n"
            "1 ○開 会  午前11時01分 ◯北野委員長  ただいまから総務企画委員会を開きます。  総務部関係の提出議案について、部長の説明を求めます。"
            " 2 ◯南田総務部長  諸議案のうち、総務部に係るものについて御説明申し上げます。  まず、議案第18号「北野県特別会計条例の一部を改正する条例案」は、"
            "北野県就農支援資金特別会計を設置するものです。  議案第19号「北野県部\n")
    assert [i["title"] for i in parse_text(text)["items"]] == ["北野県特別会計条例の一部を改正する条例案"]


def test_a_plenarys_resignations_and_recess_inquiries_are_procedure():
    from shingikai.minutes.importer.structure import PROCEDURAL
    assert PROCEDURAL.match("議長辞職について") and PROCEDURAL.match("副議長辞職について")
    assert PROCEDURAL.match("閉会中の所管事務継続調査の申し出について(総務、文教の各委員長)")
    assert not PROCEDURAL.match("所管事務調査")


def test_an_assembly_committees_inquiry_heading_groups_the_marked_cases_under_it():
    # 1.所管事項の調査 / ◎ …について: the inquiry into the committee's own affairs is the group; each ◎ entry is a case.
    text = ("北野県議会 行政改革特別委員会\n会 議 録\n開催年月日 令和6年10月18日(火) 自 午後 1時 1分 ~ 至 午後 3時 6分\n"
            "出席委員 3名\n委員長 北野 一郎 君\n委員 南田 花子 君\n委員 西山 健二 君\n傍聴者 な し\n\n協議事項\n\n"
            "1.所管事項の調査\n\n◎ 出先機関の見直しに係る案について\n\n【会議の経過とその結果】\n\n〔開会の宣言〕\n\n"
            "1.所管事項の調査\n\n◎ 出先機関の見直しに係る案について\n\n〔東川総務局長 説明〕\n\n"
            "○北野委員長 ただいまの説明に対し、御質疑があればお願いします。\n")
    assert [i["title"] for i in parse_text(text)["items"]] == ["出先機関の見直しに係る案について"]


@pytest.mark.parametrize("style,title,cls", [
    ("case", "監査委員の選任について", "item"),
    ("plain", "常任委員の選任について", "procedural"),
    ("case", "北野町防災計画調査特別委員会の設置並びに委員の選任について", "procedural"),
])
def test_an_appointment_put_to_the_house_as_a_numbered_bill_is_a_case(style, title, cls):
    from shingikai.minutes.importer.structure import Heading, classify_heading
    h = Heading(line=-1, style=style, number="31" if style == "case" else None, title=title)
    classify_heading(h)
    assert h.cls == cls


def test_the_parts_of_the_chairs_account_of_affairs_are_procedure():
    from shingikai.minutes.importer.structure import PROCEDURAL
    assert PROCEDURAL.match("会務報告") and PROCEDURAL.match("監査報告")
    assert not PROCEDURAL.match("監査報告書の公表について")


def test_a_theme_under_one_bureau_in_a_flattened_committee_header_names_that_bureau():
    from shingikai.minutes.importer.conventions import _MARKED_INVESTIGATIONS

    parsed = parse_text(_MARKED_INVESTIGATIONS)
    assert [i["departments"] for i in parsed["items"]] == [["市民局"], ["健康福祉局"], ["健康福祉局"]]
    # (市民局・健康福祉局) 1 その他: procedure under two bureaus is no case.
    assert all(i["title"] != "その他" for i in parsed["items"])


def test_an_official_holding_two_posts_speaks_for_the_unit_after_ken():
    text = ("第5回委員会 (9月27日)\n出席委員 北野一郎委員長,南田健副委員長,東山亨委員\n"
            "市執行部 【生活環境部】\n生活環境部長(西川広),参事兼市民生活課長(南田進)\n\n"
            "北野(一)委員長)ただいまから,市民経済委員会を開会いたします。\n"
            " 本日の議題は,所管事務の調査として,防犯カメラの設置についてでございます。\n"
            " これより議事に入ります。防犯カメラの設置についてを議題といたします。\n\n"
            "参事兼市民生活課長)防犯カメラの整備事業につきましてご説明申し上げます。\n\n"
            "北野(一)委員長)説明が終わりました。\n")
    parsed = parse_text(text)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野(一)委員長", "参事兼市民生活課長", "北野(一)委員長"]
    assert [(i["title"], i["departments"]) for i in parsed["items"]] == [("防犯カメラの設置について", ["市民生活課"])]


def test_the_unit_the_chair_hands_a_report_to_is_its_department():
    from shingikai.minutes.importer.conventions import CATALOGUE

    example = next(c.example for c in CATALOGUE if c.name == "record-first-entry-run-onto-the-agenda-word")
    items = {i["title"]: i["departments"] for i in parse_text(example)["items"]}
    # …、南田区総合事務所建設グループに説 明を求める。: a group of an office, the word broken by the PDF's line end.
    assert items["市道路線の廃止及び認定について"] == ["南田区総合事務所建設グループ"]
    assert items["委員研修会について"] == []


def test_a_projects_yearly_account_is_not_the_secretariats_ordinance_report():
    items = _items("1 議題\n(1) 令和元年度事業の実施状況について\n(2) 情報公開制度の運用状況について\n\n主な意見等\n\n(委員)\n"
                   " 図書館の事業は、本に関することを題材にしたコミュニケーションの場としても活用されていると思う。\n")
    # 事業の実施状況: how the institution carried out its year's projects; the ordinance's 運用状況 stays the secretariat's.
    assert [(t, d) for _, t, d, _ in items] == [("令和元年度事業の実施状況について", []), ("情報公開制度の運用状況について", ["事務局"])]


def test_a_committees_investigation_and_the_reports_it_allows_carry_their_units():
    text = (
        "総務委員会会議記録\n1 日時\n  令和5年8月5日(土曜日)\n  午前10時1分開会、午前11時41分散会\n2 場所\n  第1委員会室\n"
        "3 出席委員\n  北野一郎委員長、南田健副委員長、東山清委員\n4 欠席委員\n  なし\n8 会議に付した事件\n"
        " (1) 継続調査(地域振興部関係)\n  「文化芸術の振興に関する施策の方向について」\n9 議事の内容\n"
        "○北野一郎委員長 ただいまから総務委員会を開会いたします。\n"
        " 次に、総務部長から北山地震による被害状況と対応について、総合政策部長から「がんばろう!北山」運動について、"
        "発言を求められておりますので、これを許します。\n○川上総務部長 それでは、地震関係について御報告いたします。\n"
    )
    assert _read_items(text, "kind", "title", "departments") == [
        ("その他", "文化芸術の振興に関する施策の方向について", ["地域振興部"]),
        ("報告", "北山地震による被害状況と対応について", ["総務部"]),
        ("報告", "「がんばろう!北山」運動について", ["総合政策部"]),
    ]


def test_a_kind_mark_worded_as_the_group_word_gives_the_entry_its_kind():
    # 議題(1)…(報告事項): the label run into its first entry, and the kind after each entry as the group word names it.
    text = ("北山市人権尊重協議会会議録\n開催日時令和6年12月17日(火) 午後1時30分から午後3時40分\n開催場所北山市役所 第3会議室\n"
            "議題(1)北山市人権施策基本方針の改訂について(報告事項)\n(2)北山市相談ネットワークの運用状況について(報告事項)\n"
            "(3)北山市人権意識調査について(協議事項)\n(4)その他\n\n会議内容:\n(事務局)\n本日の会議は成立していることをご報告いたします。\n")
    # A programme's 運用状況 stated a report is one; only the information council's yearly report on its ordinance is その他.
    assert _read_items(text) == [("報告", "北山市人権施策基本方針の改訂について"), ("報告", "北山市相談ネットワークの運用状況について"),
                                 ("その他", "北山市人権意識調査について")]
    assert _read_items(HEAD.replace("\n会議の内容\n", "議題\n(1) 個人情報保護制度の運用状況について(報告事項)\n\n会議の内容\n")
                       + "○会長　それでは始めます。\n○委員　承知しました。\n") == [("その他", "個人情報保護制度の運用状況について")]


def test_a_padded_publicity_mark_and_a_projects_period_are_read_through():
    # …事業 ( 上半期) 実施状況について( 公開 ): a PDF's cell pads the mark inside its brackets; the mark is no part of the
    # title, and the projects' report with its period in brackets is the institution's, not the secretariat's yearly report.
    items = _items("議題\n1 副会長の選出について( 公開)\n2 令和6年度北山市青少年センター事業 ( 上半期) 実施状況について( 公開 )\n\n"
                   "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [(t, d) for _, t, d, _ in items] == [("令和6年度北山市青少年センター事業 ( 上半期) 実施状況について", [])]


def test_the_yearly_account_of_projects_and_the_like_is_not_the_secretariats_report():
    # 令和6年度自殺予防事業等実施状況: the projects and the like (等) carried out by the unit that runs them, listed with a
    # half-bracketed number; the secretariat's staff on the roster do not make it the secretariat's yearly report.
    items = _items("事務局職員\n保健センター 北野所長、南田係長\n議題\n 1)会長及び副会長の選出\n 2)令和6年度自殺予防事業等実施状況\n\n"
                   "○会長　それでは始めます。\n○委員　承知しました。\n")
    assert [(t, d) for _, t, d, _ in items] == [("令和6年度自殺予防事業等実施状況", [])]


def test_an_assembly_answers_a_consultation_taken_up_by_its_number_and_finds_the_candidate_fit():
    # 日程第２　諮問第１号…についてを議題とします / 本案は可と答申することに決定: the consultation's series is taken up as a
    # bill's is, and the favourable answer is its approval.
    text = ("令和７年北山町議会第４回定例会会議録\n令和７年１２月１９日（金曜日）\n開 議 午前１０時００分\n"
            "○北野一郎議長　日程第１　議案第５０号北山町手数料条例の一部を改正する条例の制定についてを議題とします。\n"
            "○南田健町長　手数料の額を改めるものです。\n○北野一郎議長　これより、議案第５０号を採決します。\n"
            "　本案は、原案のとおり決定することに御異議ありませんか。\n（「異議なし」と呼ぶ者あり）\n"
            "○北野一郎議長　御異議なしと認めます。\n　したがって、議案第５０号は、原案のとおり可決されました。\n"
            "○北野一郎議長　日程第２　諮問第１号人権擁護委員候補者の推薦についてを議題とします。\n"
            "○南田健町長　東山清氏を候補者として推薦したく、御意見を求めるものです。\n"
            "○北野一郎議長　これより、諮問第１号を採決します。\n　本案は、可と答申することに御異議ありませんか。\n"
            "（「異議なし」と呼ぶ者あり）\n○北野一郎議長　御異議なしと認めます。\n　したがって、本案は可と答申することに決定いたしました。\n")
    assert _read_items(text, "title", "outcome") == [("北山町手数料条例の一部を改正する条例の制定について", "承認"),
                                                     ("人権擁護委員候補者の推薦について", "承認")]


def test_every_bill_a_chair_takes_up_in_one_sentence_broken_at_each_order_number_is_business():
    # …の制定について、日程第６　議案第３１号…、日程第７　…、以上４件を一括議題とします: the order's numbers set each bill
    # on a line of its own; the sentence is one still, and the bills in its middle are taken up with the first and last.
    text = ("令和７年北山市議会第４回定例会会議録\n令和７年１２月１９日（金曜日）\n開 議 午前１０時００分\n"
            "△議案第３６号・議案第３７号\n\n"
            "○北野一郎議長　日程第３　議案第３６号令和７年度北山市水道事業会計補正予算（第２号）、日程第４　議案第３７号"
            "令和７年度北山市下水道事業会計補正予算（第３号）、以上２件を一括議題とします。\n"
            "○南田健市長　企業債の利率を改めるものです。\n"
            "○北野一郎議長　これより議案第３６号及び議案第３７号の２件を一括採決します。\n"
            "　本案は、原案のとおり決定することに御異議ありませんか。\n（「異議なし」と呼ぶ者あり）\n"
            "○北野一郎議長　御異議なしと認めます。\n　したがって、議案２件は原案のとおり可決されました。\n"
            "△議案第３８号\n\n"
            "○北野一郎議長　日程第５　議案第３８号北山市手数料条例の一部を改正する条例の制定についてを議題とします。\n"
            "○南田健市長　手数料の額を改めるものです。\n"
            "○北野一郎議長　議案第３８号については、総務常任委員会に付託します。\n"
            "△議案第３１号・議案第３２号・議案第３３号・議案第３８号\n\n"
            "○北野一郎議長　ただいま日程に追加した議案第３８号北山市手数料条例の一部を改正する条例の制定について、"
            "日程第６　議案第３１号北山市公園条例の制定について、日程第７　議案第３２号北山市図書館条例の一部を改正する条例の"
            "制定について、日程第８　議案第３３号北山市体育館条例の制定について、以上４件を一括議題とします。\n"
            "　本件に関し、委員長の報告を求めます。\n"
            "◆東山清議員　議案４件は全員一致をもって原案可決と決定した次第であります。\n"
            "○北野一郎議長　これより議案第３１号から議案第３３号及び議案第３８号の４件を一括採決いたします。\n"
            "　本案は、委員長の報告のとおり決定することに御異議ありませんか。\n（「異議なし」と呼ぶ者あり）\n"
            "○北野一郎議長　御異議なしと認めます。\n　したがって、議案４件は原案のとおり可決されました。\n")
    assert [t for (t,) in _read_items(text, "title")][3:] == [
        "北山市公園条例の制定", "北山市図書館条例の一部を改正する条例の制定", "北山市体育館条例の制定"]


def test_the_body_approving_what_its_secretariat_explained_from_a_paper_is_its_own_business():
    # 事務局から、資料1に基づき…について説明が行われ、…原案のとおり承認された: the body's own business, no consultation.
    text = ('北山市情報主管課長会 役員会 会議録\n'
            '日時\n'
            '令和6年6月20日 12:00~13:00\n'
            '場所\n'
            '北山市役所 会議室\n'
            '出席者\n'
            '役員6名、事務局\n'
            '開会\n'
            '事務局より開会を宣し、会議次第に従い、役員会が進められた。\n'
            '議題\n'
            '会長が議事を進めた。\n'
            '本会の概要について\n'
            '事務局から、資料1に基づき本会の概要について説明が行われ、以下の質疑応答ののち、本会の概要について原案のとおり承認された。\n'
            '(南山市)\n'
            '本会の会員は全市町村ではないのか。\n'
            '(事務局)\n'
            '本会の会員は、センター会員の市町村である。\n'
            '令和6年度 事業実施について事務局から、資料2に基づき令和6年度の事業計画について説明が行われた。\n')
    assert _read_items(text, "kind", "title", "outcome") == [("その他", "本会の概要について", "承認"),
                                                            ("その他", "令和6年度 事業実施について", "不明")]


def test_a_talk_under_its_title_is_given_by_the_presenters_office():
    agenda = ("議題\n(1)ICT利活用の現状と課題\nア 北山市の地域情報化戦略\n  北山市企画部情報政策課企画係長 北野 一郎\n"
              "イ 南田地域におけるICTの現状\n  北山市総務部長 南田 健\n(2)意見交換\n")
    items = _read_items(HEAD.replace("\n会議の内容\n", agenda + "\n会議の内容\n") + "○会長　それでは始めます。\n○委員　承知しました。\n",
                        "title", "departments")
    assert items == [("北山市の地域情報化戦略", ["北山市企画部情報政策課"]),
                                               ("南田地域におけるICTの現状", ["北山市総務部"]), ("意見交換", [])]


def test_the_last_entry_cut_by_the_end_before_the_ending_its_siblings_have_is_left_out():
    # 議第62号 …決算認定について / 議第63号 …決算[end]: the text was saved to a length; the other entry shows what is missing.
    text = HEAD.replace("\n会議の内容\n", "\n") + ("○委員長　ただいまから委員会を開きます。\n◎本日審査した案件\n"
                                                 "議第62号 令和5年度北山市一般会計歳入歳出決算認定について\n"
                                                 "議第63号 令和5年度北山市国民健康保険特別会計歳入歳出決算\n")
    assert [t for _, t in _read_items(text)] == ["令和5年度北山市一般会計歳入歳出決算認定について"]


def test_a_bill_whose_title_runs_past_a_hundred_characters_is_business_still():
    # 議案第８３号北山市…条例及び北山市…条例の一部を改正する条例の制定について: one ordinance amending two, its title
    # over a hundred characters, taken up with the others in one sentence.
    long_title = ("北山市特定教育・保育施設及び特定地域型保育事業並びに特定子ども・子育て支援施設等の運営に関する基準を定める条例"
                  "及び北山市放課後児童健全育成事業の設備及び運営に関する基準を定める条例の一部を改正する条例の制定について")
    text = ("令和７年北山市議会第４回定例会会議録\n令和７年１２月１９日（金曜日）\n開 議 午前１０時００分\n"
            "△議案第８２号・議案第８３号\n\n"
            "○北野一郎議長　日程第１　議案第８２号北山市公園条例の制定について、日程第２　議案第８３号" + long_title
            + "、以上２件を一括議題とします。\n"
            "○南田健市長　国の基準の改正に合わせるものです。\n"
            "○北野一郎議長　これより議案第８２号及び議案第８３号の２件を一括採決します。\n"
            "　本案は、原案のとおり決定することに御異議ありませんか。\n（「異議なし」と呼ぶ者あり）\n"
            "○北野一郎議長　御異議なしと認めます。\n　したがって、議案２件は原案のとおり可決されました。\n")
    assert len(long_title) > 100
    titles = [t for (t,) in _read_items(text, "title")]
    assert any(t.startswith("北山市特定教育・保育施設") and t.endswith("条例の一部を改正する条例の制定") for t in titles), titles
