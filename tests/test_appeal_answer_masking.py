"""What the public version of an appeal's 答申 masks: the names on record (never a title entered beside them),
and the words the secretariat lists on the appeal (「公開版で伏せる語句」) — what the parties quoted in their own
words, which no field on record holds: an agent's name, an account number the 審査会 held rightly withheld. The
list is set until 公表 and only added to afterwards; the public page, PDF, DOCX, API and search all follow it."""
import datetime
import json
import re

import pytest
from disclosure_helpers import deliberate, joined_appeals
from django.urls import reverse
from helpers import document_text

from shingikai.disclosure import actions, answer_document
from shingikai.disclosure.models import Appeal
from shingikai.errors import ActionRefused
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import drain, reindex_all

D = datetime.date
# As the parties wrote them in their claims, and as the 審査会 quoted them (答申第2号・第3号 of the finding).
JUDGMENT = ("審査請求人は、代理人 松本 和夫 の氏名・住所は既に知っていると主張する。"
            "しかし、口座番号（みどり信用金庫 普通 1234567）は普通預金の口座を特定する情報であり、不開示は妥当である。")
TERMS = "松本 和夫\nみどり信用金庫 普通 1234567"
LEAKED = ("松本", "和夫", "1234567")


def issued_appeal(world, *, third_party=None, conclusion="実施機関の決定は妥当である。", judgment=JUDGMENT,
                  withheld_summary="申請書に記載された代理人の氏名・住所及び口座番号", contact="",
                  outcome="妥当", finding="妥当"):
    """A 部分開示 appealed, deliberated in a closed meeting and answered (not yet published)."""
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                     documents="補助金交付申請書", requester_category="市内",
                                     requester_name="北野 花子", requester_contact=contact, date_confirmed=True)
    if third_party:
        opinion = actions.ask_third_party(request, third_party=third_party, asked_on=D(2024, 6, 5))
        actions.record_third_party_opinion(opinion, answered_on=D(2024, 6, 12), objects_to_disclosure=True)
    request = actions.decide_request(request, decision="部分開示", decided_on=D(2024, 6, 28),
                                     grounds=[("条例第7条第2号", "個人に関する情報")], withheld_summary=withheld_summary)
    appeal = actions.file_appeal(request, filed_on=D(2024, 7, 10), appellant_name="北野 花子",
                                 purport="不開示とした部分の開示を求める。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="個人に関する情報に当たる。")
    meeting = deliberate(world, appeal, D(2024, 9, 20), "答申予定")
    actions.draft_appeal_answer(appeal, outcome=outcome, conclusion=conclusion, judgment=judgment,
                                findings=[(request.grounds.get(), finding, "個人に関する情報である。")])
    return actions.issue_appeal_answer(appeal, answered_on=meeting.date, meeting=meeting)


def public_bodies(client, appeal):
    """Everything an anonymous reader gets of the published 答申, as text."""
    bodies = {}
    for path in (f"/disclosure/answers/{appeal.pk}/", f"/disclosure/answers/{appeal.pk}/answer.pdf",
                 f"/disclosure/answers/{appeal.pk}/answer.docx", f"/api/disclosure/answers/{appeal.pk}",
                 "/api/disclosure/answers", "/api/disclosure/answers.csv", "/disclosure/answers/?q=松本",
                 "/disclosure/answers/?q=1234567", "/search/?q=松本", "/search/?q=1234567"):
        response = client.get(path)
        assert response.status_code == 200, path
        content_type = response["Content-Type"]
        if "pdf" in content_type or "officedocument" in content_type:
            bodies[path] = document_text(response.content, content_type)
        elif "json" in content_type:
            bodies[path] = json.dumps(response.json(), ensure_ascii=False)
        else:
            # The search box and the page's own links repeat the words asked for.
            bodies[path] = re.sub(r"<title>.*?</title>|value=\"[^\"]*\"|href=\"[^\"]*\"", "",
                                  response.content.decode(), flags=re.S)
    return bodies


def test_words_listed_on_the_appeal_are_masked_in_every_public_output_and_the_search(client, world):
    appeal = issued_appeal(world)
    preview = answer_document.build(appeal, public=True, preview=True)
    assert "松本 和夫" in str(preview) and "1234567" in str(preview)  # nothing on record names them
    actions.set_appeal_masked_terms(appeal, masked_terms=TERMS, by=world.secretariat)
    actions.publish_appeal_answer(Appeal.objects.get(pk=appeal.pk), checked_withheld=True)
    reindex_all()
    bodies = public_bodies(client, appeal)
    assert "○○" in bodies[f"/disclosure/answers/{appeal.pk}/"] and "普通預金" in bodies[f"/disclosure/answers/{appeal.pk}/"]
    for path, body in bodies.items():
        for word in LEAKED:
            assert word not in body, f"{word} at {path}"
    assert search("松本", user_scope=PUBLIC).total == 0 and search("1234567", user_scope=PUBLIC).total == 0
    assert search("普通預金", user_scope=PUBLIC, filters={"kind": "appeal_answer"}).total == 1
    client.force_login(world.secretariat)
    whole = client.get(reverse("disclosure:appeal_answer", args=[appeal.pk, "pdf"]))
    assert "松本和夫" in document_text(whole.content, "application/pdf")  # the 答申 as issued keeps them


def test_the_list_is_set_freely_until_published_and_only_added_to_afterwards(world):
    appeal = issued_appeal(world, judgment=JUDGMENT + "審査請求人の住所（西町5-6）は記載しない。")
    appeal = actions.set_appeal_masked_terms(appeal, masked_terms="松本 和夫\n1234567")
    appeal = actions.set_appeal_masked_terms(appeal, masked_terms="")
    appeal = actions.set_appeal_masked_terms(appeal, masked_terms=" 松本 和夫 \n\n1234567\n松本 和夫")
    assert appeal.masked_terms == "松本 和夫\n1234567"
    appeal = actions.publish_appeal_answer(appeal, checked_withheld=True)
    drain()
    assert search("西町5-6", user_scope=PUBLIC).total == 1
    with pytest.raises(ActionRefused, match="外せません"):
        actions.set_appeal_masked_terms(appeal, masked_terms="松本 和夫")
    with pytest.raises(ActionRefused, match="外せません"):  # a part of a name masked is masked for good
        actions.set_appeal_masked_terms(appeal, masked_terms="松本\n1234567")
    appeal = actions.set_appeal_masked_terms(appeal, masked_terms="松本 和夫\n1234567\n西町5-6", by=world.secretariat)
    drain()
    assert search("西町5-6", user_scope=PUBLIC).total == 0
    assert "西町5-6" not in str(answer_document.build(appeal, public=True))
    assert appeal.history.first().history_change_reason == "公開版で伏せる語句"


@pytest.mark.parametrize("terms, message", [("理事長", "肩書"), ("株式会社", "肩書"), ("松", "2字以上"),
                                            ("松本" * 60, "100字")])
def test_a_title_a_single_letter_or_an_overlong_line_is_refused(world, terms, message):
    appeal = issued_appeal(world)
    with pytest.raises(ActionRefused, match=message):
        actions.set_appeal_masked_terms(appeal, masked_terms=terms)
    assert Appeal.objects.get(pk=appeal.pk).masked_terms == ""


def test_the_publish_panel_points_to_the_appeals_own_list_and_the_secretariat_fills_it(client, world):
    appeal = issued_appeal(world, withheld_summary="代理人 松本 和夫 の氏名")
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert 'id="masked-terms"' in page and 'href="#masked-terms"' in page
    assert "括弧書きで記録すると" not in page  # the register's record cannot change once appealed
    refused = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "publish"]))
    assert refused.status_code == 400 and "「公開版で伏せる語句」" in refused.content.decode()

    url = reverse("disclosure:appeal_masked_terms", args=[appeal.pk])
    response = client.post(url, {"mask-masked_terms": "理事長"})
    assert response.status_code == 400 and "肩書" in response.content.decode()
    response = client.post(url, {"mask-masked_terms": "松本 和夫"})
    assert response.status_code == 302 and response["Location"].endswith("#masked-terms")
    assert answer_document.withheld_words_left(Appeal.objects.get(pk=appeal.pk)) == []
    assert client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "publish"])).status_code == 302
    assert Appeal.objects.get(pk=appeal.pk).answer_published
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "語句を加える" in page and "松本 和夫</textarea>" in page
    response = client.post(url, {"mask-masked_terms": ""})
    assert response.status_code == 400 and "外せません" in response.content.decode()

    client.force_login(world.dept_a_user)
    assert client.post(url, {"mask-masked_terms": ""}).status_code in (403, 404)
    assert Appeal.objects.get(pk=appeal.pk).masked_terms == "松本 和夫"


def test_a_third_party_entered_with_a_title_masks_the_names_never_the_title(client, world):
    appeal = issued_appeal(
        world, third_party="社会福祉法人みどり会 理事長 西川 大介",
        conclusion="実施機関が不開示とした部分のうち、理事長の印影は開示すべきである。", outcome="一部取消", finding="一部不当",
        judgment="社会福祉法人みどり会理事長西川 大介の印影は、法人の代表者印と一体であり、理事長の職務の印である。")
    appeal = actions.publish_appeal_answer(appeal, checked_withheld=True)
    text = document_text(client.get(f"/disclosure/answers/{appeal.pk}/answer.pdf").content, "application/pdf")
    assert "理事長の印影は開示すべきである" in text and "○○理事長○○の印影" in text and "理事長の職務" in text
    for name in ("西川", "大介", "みどり会"):
        assert name not in text


def test_names_are_masked_beside_titles_and_an_address_only_whole():
    variants = answer_document.name_variants(["社会福祉法人みどり会 理事長 西川 大介", "市民課長 北野 一郎", "東山健吾氏"])
    assert {"社会福祉法人みどり会", "西川 大介", "西川", "大介", "北野", "一郎", "東山健吾"} <= set(variants)
    assert not {"理事長", "社会福祉法人", "市民課長", "氏"} & set(variants)
    assert answer_document.name_variants(["北野課長"]) == ["北野課長", "北野"]  # no name beside it: the name is in it
    assert answer_document.masked("みなみ市長は、北町1-2-3に住む者の申出を受けた。",
                                  answer_document.contact_parts("みなみ市 北町1-2-3")) == "みなみ市長は、北町1-2-3に住む者の申出を受けた。"
    assert answer_document.masked("みなみ市 北町１－２－３に住む", answer_document.contact_parts("みなみ市 北町1-2-3")) == "○○に住む"


def test_an_imported_answers_terms_keep_a_title_and_mask_a_number_whole(world):
    from test_disclosure_answer_import import ANSWER

    text = ANSWER.replace("審査請求人は、", "審査請求人（株式会社みなみ 代表取締役 北野 三郎、口座 普通 7654321）は、")
    answer, _ = actions.import_answer(text.encode(), name="titled.txt")
    answer = actions.correct_imported_answer(answer, masked_terms="株式会社みなみ 代表取締役 北野 三郎\n普通 7654321")
    assert "代表取締役" not in answer.masked_list and "普通" not in answer.masked_list
    public = answer_document.masked(answer.claims, answer.masked_list)
    assert "○○ 代表取締役 ○○" in public and "口座 ○○" in public and "7654321" not in public


def test_the_public_version_of_a_joined_answer_masks_every_joined_appellant(client, world):
    """Two appeals joined in one 答申 (併合) share its text, which may name either appellant: each public version
    masks both, and what either appeal lists to mask."""
    request, (first, second), meeting = joined_appeals(world)
    actions.draft_appeal_answer(first, outcome="妥当", conclusion="実施機関の決定は妥当である。",
                                judgment="審査請求人北野一郎及び審査請求人南田花子の主張を併せて検討した。代理人 松本 和夫 の主張も同じである。",
                                findings=[(request.grounds.first(), "妥当", "競争上の地位を害する。")])
    actions.issue_appeal_answer(first, answered_on=meeting.date, meeting=meeting)
    actions.set_appeal_masked_terms(Appeal.objects.get(pk=second.pk), masked_terms="松本 和夫")
    for appeal in (first, second):
        actions.publish_appeal_answer(Appeal.objects.get(pk=appeal.pk), checked_withheld=True)
        body = client.get(f"/disclosure/answers/{appeal.pk}/").content.decode()
        assert "主張を併せて検討した" in body
        for word in ("北野", "南田", "松本"):
            assert word not in body, f"{word} in the public version of {appeal.number}"
