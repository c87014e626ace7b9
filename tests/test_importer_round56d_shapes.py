"""Each item's own fields: the kind a group word gives, the department a speaker's label names."""
from shingikai.minutes.importer import parse_text
from shingikai.minutes.importer.rank_after_surname import rank_after_surname


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
