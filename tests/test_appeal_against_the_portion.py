"""An appeal (審査請求) names the decision it is against: the request's decision, or under a special extension
(法第84条) the decision on its 相当の部分, a decision of its own that may be appealed while the rest is still open.
The appeal's page, the 諮問書 and the 答申書 name that decision and its day."""
import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from helpers import document_text
from test_disclosure_special_portion import decide_portion, special_request

from shingikai.disclosure import actions
from shingikai.disclosure.models import Appeal
from shingikai.errors import ActionRefused

D = datetime.date
PURPORT = "相当の部分の決定のうち不開示とした部分を取り消すとの裁決を求める。"


def portion_appeal(world, **fields):
    request = decide_portion(special_request(world))  # 部分開示 on 令和6年8月1日, the rest open
    return actions.file_appeal(request, against="portion", filed_on=D(2024, 8, 20), purport=PURPORT, **fields)


def test_the_portion_decision_is_appealed_while_the_rest_is_open(world):
    appeal = portion_appeal(world)
    assert appeal.against == Appeal.Against.PORTION and appeal.learned_on == D(2024, 8, 1)
    assert (appeal.decision_appealed, appeal.decided_on_appealed) == ("部分開示", D(2024, 8, 1))
    assert appeal.decision_title == "部分開示決定（相当の部分）" and not appeal.filed_late
    assert appeal.request.is_open  # the rest is still to be decided
    request = actions.decide_request(appeal.request, decision="全部開示", decided_on=D(2024, 10, 20))
    assert request.decision == "全部開示"


def test_the_main_decision_cannot_be_appealed_before_it_is_made(world):
    request = decide_portion(special_request(world))
    with pytest.raises(ActionRefused, match="決定のあった請求のみです。相当の部分の決定に対する審査請求は"):
        actions.file_appeal(request, filed_on=D(2024, 8, 20), purport=PURPORT)
    ordinary = special_request(world)
    with pytest.raises(ActionRefused, match="相当の部分の決定が記録されていない請求です"):
        actions.file_appeal(ordinary, against="portion", filed_on=D(2024, 8, 20), purport=PURPORT)


def test_the_window_and_the_dates_run_from_the_portion_decision(world):
    request = decide_portion(special_request(world))
    with pytest.raises(ActionRefused, match="決定日以後"):
        actions.file_appeal(request, against="portion", filed_on=D(2024, 7, 31), purport=PURPORT)
    late = actions.file_appeal(request, against="portion", filed_on=D(2024, 11, 5), purport=PURPORT)
    assert late.filed_late  # three months from 8月2日 ended on 11月1日


def test_an_appealed_portion_decision_is_no_longer_corrected(world):
    request = portion_appeal(world).request
    with pytest.raises(ActionRefused, match="審査請求のあった相当の部分の決定は修正できません"):
        actions.correct_special_portion(request, decision="部分開示", decided_on=D(2024, 7, 31), scope="令和5年度分")


def test_the_request_page_offers_the_portion_and_the_rest_and_files_the_chosen_one(client, world):
    request = decide_portion(special_request(world))
    client.force_login(world.secretariat)
    url = reverse("disclosure:request", args=[request.pk])
    form = client.get(url).content.decode().split('id="step-appeal"')[1].split("</form>")[0]
    assert '<option value="portion">相当の部分の決定 (部分開示、令和6年8月1日)</option>' in form
    assert 'value="decision"' not in form  # the rest is not decided yet
    actions.decide_request(request, decision="全部開示", decided_on=D(2024, 10, 20))
    form = client.get(url).content.decode().split('id="step-appeal"')[1].split("</form>")[0]
    assert '<option value="decision">残りの部分の決定 (全部開示、令和6年10月20日)</option>' in form
    response = client.post(reverse("disclosure:request_step", args=[request.pk, "appeal"]), {
        "appeal-against": "portion", "appeal-filed_on": "令和6年10月25日", "appeal-purport": PURPORT})
    appeal = request.appeals.get()
    assert response.status_code == 302 and appeal.against == "portion"
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "部分開示決定（相当の部分） (令和6年8月1日、" in page
    assert "令和4年度・令和5年度分 (特例延長、法第84条。残りの部分: 全部開示 (令和6年10月20日))" in page
    assert "部分開示決定（相当の部分）に対する審査請求" in client.get(url).content.decode()


def test_an_ordinary_requests_appeal_form_asks_nothing_about_a_portion(client, world):
    from disclosure_helpers import decided_request

    request = decided_request(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:request", args=[request.pk])).content.decode()
    assert 'name="appeal-against"' not in page.split('id="step-appeal"')[1].split("</form>")[0]


def test_the_consultation_letter_and_the_answer_name_the_portion_decision(world, tmp_path):
    appeal = actions.refer_appeal(portion_appeal(world), council=world.council, referred_on=D(2024, 9, 2),
                                  notice_on=D(2024, 9, 2),
                                  examiner_exclusion="条例第19条", agency_claims="申請者の氏名は個人に関する情報に当たる。")
    assert appeal.case.title == "部分開示決定（相当の部分）に対する審査請求 (公文書開示請求)"
    out = tmp_path / "shimonsho.pdf"
    call_command("document", "shimonsho", str(appeal.case_id), "-o", str(out))
    letter = document_text(out.read_bytes())
    assert "部分開示決定（相当の部分）（令和6年8月1日）" in letter and "令和4年度・令和5年度分（特例延長、法第84条）" in letter
    ground = appeal.request.grounds.get()
    actions.draft_appeal_answer(appeal, outcome="妥当", conclusion="実施機関の決定は妥当である。",
                                judgment="申請者の氏名は個人に関する情報に当たる。",
                                findings=[(ground, "妥当", "氏名は個人に関する情報である。")])
    out = tmp_path / "answer.pdf"
    call_command("document", "appeal", str(appeal.pk), "-o", str(out))
    answer = document_text(out.read_bytes())
    assert "部分開示決定（相当の部分）に係る審査請求について（答申）" in answer
    assert ("公文書開示請求に係る部分開示決定（相当の部分）（令和6年8月1日付け。特例延長（法第84条）により相当の部分に"
            "ついて先に行った決定）に対する審査請求" in answer)
