"""A summary record whose speakers are marked with the letters Q and A, each letter and label alone on its line.

Fixtures are our own, for the fictional 北山県議会 (fictional names).
"""
from shingikai.minutes.importer import parse_text

HEAD = (
    "令和6年6月北山県議会環境委員会会議記録(6月20日開催分)\n\n"
    "1 日時   令和6年6月20日(木)午前10時00分~午前11時30分\n\n2 場所   第2委員会室\n\n"
    "3 出席者  委員長   北野一郎\n\n      副委員長  南田健\n\n      委員    東山花子、西川進、中村次郎\n\n"
    "      欠席委員  なし\n\n4 概要\n\n   午前10時00分開会\n"
    "    ●北野委員長\n     ◎開会宣告 挨拶\n     ◎報告事項 委員の欠席なし\n     ◎議案等に対する説明要請\n"
    "    ●南野環境部長、北川環境政策局長及び\n\n     東野循環局長説明\n"
    "    ●北野委員長\n     ◎議案に対する質疑及び一般質問宣告\n\n"
)
QUESTIONS = (
    "  Q 東山委員\n   北山川の水質調査について、前回の結果を詳しく説明してもらい、大体理解できたが、1点だけ確認する。\n"
    "   調査地点を増やす予定はあるのか。\n\n"
    "  A 西野水質保全課長 \n   現在、調査地点の追加について、専門家と相談している。\n"
    "   他県の事例も調査しながら対応していきたいと考えている。\n"
    "  Q 東山委員\n   調査の結果はいつ公表するのか。\n"
)


def test_question_and_answer_letters_over_speech_open_turns_of_the_speakers_named():
    parsed = parse_text(HEAD + QUESTIONS)
    assert [t["speaker"] for t in parsed["turns"]] == ["北野委員長", "北野委員長", "東山委員", "西野水質保全課長", "東山委員"]
    assert parsed["turns"][3]["text"].startswith("現在、調査地点の追加について")


def test_an_answer_letter_without_any_question_is_no_label():
    # A 事務局 alone, no Q anywhere: the letter may be a plan's or a list's; nothing is read as a speaker.
    text = HEAD + "  A 西野水質保全課長\n   現在、調査地点の追加について、専門家と相談している。\n"
    assert "西野水質保全課長" not in [t["speaker"] for t in parse_text(text)["turns"]]
