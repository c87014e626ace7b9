"""Reading the structure of another 審査会's published 答申 from text, HTML and PDF."""
import json

import pytest
from django.core.management import call_command

from shingikai.disclosure.answer_import import outcome_of, parse_answer_file, parse_answer_text

ANSWER = """答申第１２号
令和６年３月１８日
ひがし市長　様
ひがし市情報公開・個人情報保護審査会

公文書部分公開決定に係る審査請求について（答申）

第１　審査会の結論
実施機関が不開示とした部分のうち、見積単価は開示すべきであるが、その余の部分を不開示としたことは妥当である。
第２　審査請求の趣旨
本件処分を取り消し、全部の公開を求めるものである。
第３　審査請求人及び実施機関の主張
審査請求人は、単価は公表されていると主張する。
第４　審査会の判断
見積単価は、条例第７条第３号の法人等に関する情報に当たらない。
担当者の氏名は、条例第７条第２号の個人に関する情報に当たる。
第５　審査会の処理経過
令和５年１０月２日　諮問
"""


def test_parts_outcome_and_articles_are_read_from_text():
    parsed = parse_answer_text(ANSWER)
    assert (parsed["number"], parsed["date"], parsed["council_name"]) == (
        "答申第12号", "2024-03-18", "ひがし市情報公開・個人情報保護審査会")
    assert parsed["conclusion"].startswith("実施機関が不開示とした部分のうち")
    assert parsed["purport"] == "本件処分を取り消し、全部の公開を求めるものである。"
    assert parsed["outcome"] == "一部取消"
    assert parsed["articles"] == ["条例第7条第3号", "条例第7条第2号"]
    assert parsed["categories"] == ["個人に関する情報", "法人等情報"]


@pytest.mark.parametrize("conclusion, outcome", [
    ("実施機関の決定は妥当である。", "妥当"),
    ("実施機関は、本件処分を取り消し、開示すべきである。", "取消"),
    ("不開示部分のうち、別表に掲げる部分は開示すべきである。", "一部取消"),
    ("非公開とした部分のうち、内訳単価は公開すべきであるが、その余は妥当である。", "一部取消"),
    ("実施機関は、本件処分を取り消し、公開すべきである。", "取消"),
    ("審査請求を受理した。", None),
])
def test_outcome_from_the_conclusion(conclusion, outcome):
    assert outcome_of(conclusion) == outcome


def test_html_and_the_command_line(tmp_path, capsys):
    html = tmp_path / "answer.html"
    body = "".join(f"<p>{line}</p>" for line in ANSWER.splitlines())
    html.write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>", encoding="utf-8")
    assert parse_answer_file(html)["outcome"] == "一部取消"
    call_command("import_answer", str(html), "--dry-run", "--json")
    assert json.loads(capsys.readouterr().out)["number"] == "答申第12号"


def test_pdf_of_our_own_answer_reads_back(world, tmp_path):
    from disclosure_helpers import answered_appeal, decided_request

    from shingikai.disclosure import answer_document
    from shingikai.documents.render import lay_out

    appeal = answered_appeal(world, decided_request(world))
    path = tmp_path / "answer.pdf"
    path.write_bytes(lay_out(answer_document.build(appeal, public=False), "pdf"))
    parsed = parse_answer_file(path)
    assert parsed["outcome"] == "一部取消" and parsed["number"] == appeal.answer_number
    assert "条例第7条第3号" in parsed["articles"]


def test_an_unreadable_file_is_one_line_and_a_non_zero_exit(tmp_path, capsys):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_answer", str(bad), "--dry-run")
    assert exit_info.value.code == 2 and "broken.pdf" in capsys.readouterr().err


@pytest.mark.parametrize("line", [
    "みなみ町情報公開審査会　会長　山田　一",
    "みなみ町情報公開審査会 委員長 山田一",
    "みなみ町情報公開審査会会長　山田　一",
    "みなみ町情報公開審査会",
])
def test_the_council_is_read_from_its_signature_line_with_or_without_the_chair(line):
    text = f"答申第99号\n令和7年3月1日\nみなみ町長　様\n{line}\n答申\n第1 審査会の結論\n実施機関の決定は妥当である。\n"
    assert parse_answer_text(text)["council_name"] == "みなみ町情報公開審査会"
