"""正誤: a 答申 corrected after issue tells the public that it was corrected, when, why and what the
corrected wording is, on its page, its PDF and DOCX, in the API and in OParl (the answer File's text). A corrected answer on a closed item
stays out of all of them, correction included."""
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case, document_text, open_meeting_with

from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions as m
from shingikai.meetings.answer_corrections import corrections
from shingikai.meetings.models import Answer

ISSUED = datetime.date(2025, 5, 30)


def issued_answer(world, *, title="住民票コンビニ交付の外部委託", is_public=True, number="答申第1号"):
    case = accepted_case(world, title=title)
    meeting, _ = open_meeting_with(world, cases=[])
    item = m.schedule_case(case, meeting, is_public=is_public, closed_reason="" if is_public else "個人が特定されるおそれ")
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = m.draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長",
                            opinions="周知すること。\n報告すること。", number=number)
    return m.issue_answer(answer, date=ISSUED, meeting=meeting)


def correct(world, answer, *, conclusion="承認とする。", opinions=("周知すること。", "報告すること。"), reason):
    return m.correct_issued_answer(answer, conclusion=conclusion, addressee=answer.addressee, opinions=opinions,
                                   reason=reason, by=world.secretariat)


def test_a_correction_records_its_date_reason_and_only_the_corrected_parts(world):
    answer = issued_answer(world)
    assert corrections(answer) == []
    correct(world, answer, conclusion="承認する。", reason="誤字")
    correct(world, answer, conclusion="承認する。", opinions=["周知を徹底すること。", "報告すること。"], reason="脱字")
    first, second = corrections(Answer.objects.get(pk=answer.pk))
    assert (first.reason, [(c.label, c.text) for c in first.changes]) == ("誤字", [("結論", "承認する。")])
    # A 正誤表: the changed 附帯意見 entry by its number, with 訂正前 and 訂正後.
    assert (second.reason, [(c.label, c.before, c.text) for c in second.changes]) == (
        "脱字", [("附帯意見(1)", "周知すること。", "周知を徹底すること。")])


def test_editing_the_draft_before_issue_is_no_correction(world):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    draft = m.draft_answer(world.council, cases=[case], conclusion="案", addressee="みなみ市長")
    m.edit_answer(draft, conclusion="案の修正", addressee="みなみ市長", by=world.secretariat)
    issued = m.issue_answer(draft, date=ISSUED, meeting=meeting)
    assert corrections(issued) == []


def test_the_public_page_documents_and_api_show_the_correction(client, world):
    answer = issued_answer(world)
    correct(world, answer, conclusion="条件を付して承認する。", reason="結論の誤記")
    today = to_wareki(corrections(answer)[0].on)

    page = client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    assert "正誤" in page and f"{today}の訂正" in page and "結論の誤記" in page
    body = page.split("<body", 1)[1]  # the head's description and preview tags quote the conclusion too
    assert body.count("条件を付して承認する。") == 2  # the answer itself and the note
    assert "訂正前" in page and "承認とする。" in page  # the wording first issued, as a 正誤表 gives it

    for fmt in ("pdf", "docx"):
        response = client.get(f"/documents/answer/{answer.pk}.{fmt}")
        assert response.status_code == 200
        text = document_text(response.content, response["Content-Type"])
        assert "正誤" in text and "結論の誤記" in text, fmt
        assert "訂正前" in text and "承認とする。" in text, fmt

    data = client.get(f"/api/answers/{answer.pk}").json()
    assert data["corrections"] == [{"date": corrections(answer)[0].on.isoformat(), "date_wareki": today,
                                    "reason": "結論の誤記", "changes": [
                                        {"field": "conclusion", "label": "結論", "text": "条件を付して承認する。",
                                         "before": "承認とする。"}]}]
    listed = client.get("/api/answers").json()["items"]
    assert [a["corrections"][0]["reason"] for a in listed if a["id"] == answer.pk] == ["結論の誤記"]

    oparl = client.get(f"/oparl/v1/file/answer/{answer.pk}").json()
    assert oparl["keyword"] == ["正誤"]
    assert f"正誤\nこの答申は発出後に次のとおり訂正した。\n{today}の訂正（結論の誤記）\n結論: 条件を付して承認する。" \
        in oparl["text"]
    assert oparl["modified"] >= oparl["created"]


def test_an_uncorrected_answer_has_no_correction_note(client, world):
    answer = issued_answer(world)
    assert "正誤" not in client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    assert client.get(f"/api/answers/{answer.pk}").json()["corrections"] == []
    oparl = client.get(f"/oparl/v1/file/answer/{answer.pk}").json()
    assert "keyword" not in oparl and "正誤" not in oparl["text"] and "承認とする。" in oparl["text"]


@pytest.mark.parametrize("path", ["/answers/{}/", "/api/answers/{}", "/documents/answer/{}.pdf",
                                  "/documents/answer/{}.docx", "/oparl/v1/file/answer/{}"])
def test_the_correction_of_an_answer_on_a_closed_item_never_reaches_the_public(client, world, path):
    answer = issued_answer(world, title="児童記録の照会", is_public=False)
    correct(world, answer, conclusion="SENTINEL-CLOSED-CORRECTION", reason="SENTINEL-CLOSED-REASON")
    response = client.get(path.format(answer.pk))
    # Documents send an anonymous reader to the login page; the rest answer 404.
    assert response.status_code in (302, 403, 404) and response.get("Location", "/login/").startswith("/login/")
    body = response.content.decode(errors="replace")
    assert "SENTINEL-CLOSED" not in body and "児童記録" not in body
    assert "SENTINEL-CLOSED" not in client.get("/api/answers").content.decode()


def test_a_correction_of_an_appeals_answer_shows_on_the_appeals_public_answer_page_pdf_and_api(client, world):
    """An appeal's 答申 is one text: a 正誤 made on the council's 答申 is the conclusion of the appeal's public
    答申書 (page, PDF, DOCX) and API from then on, with the correction's date and reason and no name in it."""
    from disclosure_helpers import answered_appeal, decided_request

    from shingikai.disclosure import actions as disclosure

    appeal = disclosure.publish_appeal_answer(answered_appeal(world, decided_request(world)), checked_withheld=True)
    answer = appeal.case.answers.get()
    corrected = "見積単価は公表すべき情報である（訂正後）。"
    m.correct_issued_answer(answer, conclusion=corrected, addressee=answer.addressee,
                            opinions=answer.opinion_entries, reason="誤記 開示 請子", by=world.secretariat)
    appeal.refresh_from_db()
    assert appeal.conclusion == corrected
    api = client.get(f"/api/disclosure/answers/{appeal.pk}").json()
    assert api["conclusion"] == corrected
    assert [(c["reason"], [ch["text"] for ch in c["changes"]]) for c in api["corrections"]] == [
        ("誤記 ○○", [corrected])]
    for url in (f"/disclosure/answers/{appeal.pk}/", f"/disclosure/answers/{appeal.pk}/answer.pdf",
                f"/disclosure/answers/{appeal.pk}/answer.docx", f"/documents/appeal/{appeal.pk}.pdf"):
        response = client.get(url)
        text = document_text(response.content, response["Content-Type"])
        assert response.status_code == 200 and "第6正誤" in text and "（訂正後）" in text and "誤記○○" in text, url
        assert "開示請子" not in text, url
    client.force_login(world.secretariat)
    page = client.get(f"/disclosure/appeals/{appeal.pk}/").content.decode()
    assert f'href="/work/meetings/answers/{answer.pk}/"' in page
