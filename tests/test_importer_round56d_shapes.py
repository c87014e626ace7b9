"""Each item's own fields: the kind a group word gives, the department a speaker's label names."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.explainer_after_unit import unit_explaining
from shingikai.minutes.importer.rank_after_surname import rank_after_surname
from shingikai.minutes.importer.result_after_title import results_after_titles


def test_a_surname_run_into_a_rank_is_no_unit():
    for unit in ("北野係", "矢ノ目係", "南田副室", "東山副課"):
        assert rank_after_surname(unit), unit


def test_a_unit_named_before_the_rank_is_left_to_the_caller():
    for unit in ("総務課庶務係", "北山センター係", "総務課", "西川市民課", "企画室"):
        assert not rank_after_surname(unit), unit


def test_a_section_chief_answering_by_surname_brings_no_department():
    text = (
        "北山市地域公共交通会議 令和6年度第1回議事録\n日時:令和6年5月10日 午後2時から午後3時まで\n場所:北山市役所\n"
        "出席者 委員:北野一郎、南田健\n事務局:建設課 西川、東山\n"
        "議事\n(1) 北山市コミュニティバス運行実績報告について\n"
        "北野委員:一日平均の利用者数を路線ごとに分けた資料が欲しい。\n"
        "東山係長:一日平均の利用者数については、資料を用意する。\n"
        "北野委員:了解した。\n"
    )
    items = parse_text(text)["items"]
    assert [i["title"] for i in items] == ["北山市コミュニティバス運行実績報告について"]
    assert items[0]["departments"] == []


def test_a_line_opening_with_the_unit_that_explained_names_it_without_the_surname_after_it():
    assert unit_explaining("    企画財政課北野から資料に基づき説明") == "企画財政課"
    assert unit_explaining("北山建設グループの南田より説明") == "北山建設グループ"
    assert unit_explaining("市民課長から報告") == "市民課"


def test_a_unit_named_inside_a_sentence_or_no_unit_at_all_is_not_claimed():
    for line in ("委員から説明を求めた。", "市民課の考えから説明する", "課題から説明", "これについて市民課から説明があった。"):
        assert unit_explaining(line) is None, line


def test_the_explaining_side_left_unnamed_is_nobodys_department():
    for line in ("担当課から資料に基づき説明", "所管課より説明", "関係各課から説明", "市当局から説明", "市長部局から説明",
                 "関係部局から報告"):
        assert unit_explaining(line) is None, line


def test_the_unit_noted_under_a_case_heading_is_its_department():
    text = (
        "北山町住居表示審議会 令和6年度第2回会議録\n日時:令和6年10月21日 午後2時から午後3時まで\n場所:北山町役場\n"
        "出席者 委員:北野一郎、南田健、東山亨\n\n"
        "    次第\n    1. 開会\n    2. 北山地区の町字界について\n    3. 閉会\n\n    (会議の詳細)\n    1.開会\n"
        "    2.北山地区の町字界について\n\n    企画財政課西川から資料に基づき説明\n\n"
        "    • 境界は道路の中心線とするとの意見があった。\n\n    3.閉会\n"
    )
    items = parse_text(text)["items"]
    assert [(i["title"], i["departments"]) for i in items] == [("北山地区の町字界について", ["企画財政課"])]


_HEAD = ("北山市景観審議会 令和6年度第2回会議録\n日時:令和6年10月24日 午後2時から午後3時まで\n場所:北山市役所\n"
         "出席者 委員:北野一郎、南田健、東山亨\n\n")


def test_a_result_told_after_the_title_repeated_over_its_summary_is_the_outcome():
    text = _HEAD + (
        "議事\n(1)北山市景観計画の変更について\n(2)北山市屋外広告物の現況について\n\n審議概要\n(第1号議案)\n"
        "北山市景観計画の変更について\n事務局から議案説明の後、審議が行われた結果、第1号議案は、原案どおりの旨答申されました。\n"
        "(報告)\n北山市屋外広告物の現況について\n事務局から資料により説明した。\n"
    )
    items = {i["title"]: (i["kind"], i["outcome"]) for i in parse_text(text)["items"]}
    assert items == {"北山市景観計画の変更について": ("諮問", "承認"), "北山市屋外広告物の現況について": ("その他", "不明")}


def test_a_result_after_one_title_is_not_lent_to_the_next_case_on_the_line():
    text = _HEAD + (
        "議事\n(1)北山市防災計画の改訂について\n(2)北山市防災訓練の実施状況について\n\n"
        "・議題 ⑴ 北山市防災計画の改訂について 資料1 事務局から改訂案の説明を行った。 ・議題 ⑵ 北山市防災訓練の実施状況について"
        " 資料2 事務局から説明を行った。質疑はなく、改訂案について承認を得た。\n"
    )
    items = {i["title"]: i["outcome"] for i in parse_text(text)["items"]}
    assert items["北山市防災計画の改訂について"] == "不明"


def test_a_result_arrowed_onto_the_title_line_is_read_with_it():
    from shingikai.minutes.importer.parse import _outcome
    items = [{"title": "- 北山家住宅修理調査の専門委員会の開催について →承認", "outcome": "不明", "kind": "その他"}]
    results_after_titles(["協議事項", items[0]["title"]], {}, items, _outcome)
    assert items[0]["outcome"] == "承認"


def test_an_answer_only_planned_after_the_title_does_not_make_the_case_a_consultation():
    text = _HEAD + (
        "議事\n(1)北山市景観計画の変更について\n(2)北山市屋外広告物の現況について\n\n審議概要\n(議題1)\n"
        "北山市景観計画の変更について\n事務局から説明し、骨子案について承認を得た。次回答申していただく予定である。\n"
        "(議題2)\n北山市屋外広告物の現況について\n事務局から資料により説明した。\n"
    )
    items = {i["title"]: (i["kind"], i["outcome"]) for i in parse_text(text)["items"]}
    assert items["北山市景観計画の変更について"] == ("その他", "承認")
