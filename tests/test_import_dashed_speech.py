"""A summary page whose speakers' points are `- ` bullets under a bracketed label alone on its line.

Fixtures are our own, for the fictional みなみ市 (fictional names).
"""
from shingikai.minutes.importer import parse_text

HEAD = (
    "みなみ市情報公開・個人情報保護審議会　令和６年度第１回会議録\n日時：令和6年5月10日　午後2時から午後3時まで\n"
    "場所：みなみ市役所\n\n会議の内容\n- 事務局より資料説明\n- 質疑応答\n"
)
BODY = (
    "(北野委員)\n- 運営規則第7条に、「必要に応じて」という要件があるのはなぜか。\n"
    "(北野委員)\n- 原則として報告が必要と考えているが、軽微なものについては省きたいという趣旨である。\n"
    "(会長)\n- 原則は報告するものとしてはどうか。\n- 軽微なものは会長の判断によることとしたい。\n"
)


def test_dashed_bullets_under_lone_bracketed_labels_are_the_speakers_points():
    turns = parse_text(HEAD + BODY)["turns"]
    assert [t["speaker"] for t in turns] == ["北野委員", "北野委員", "会長"]
    assert "軽微なものは会長の判断" in turns[2]["text"]


def test_two_labels_over_one_bullet_are_read_as_the_first_speakers_turn():
    text = HEAD + BODY.replace("(北野委員)\n- 運営", "(北野委員)(南田総務課長)\n- 運営", 1)
    assert [t["speaker"] for t in parse_text(text)["turns"]] == ["北野委員", "北野委員", "会長"]


def test_dashed_steps_of_the_sitting_with_no_label_over_them_stay_steps():
    assert parse_text(HEAD + "- 閉会\n")["turns"] == []
