"""The disclosure side's secrets never reach an anonymous reader: requesters' identities, what they asked
for, what was withheld, third parties, the appellant, インカメラ notes and draft 答申.

Sentinels are planted in every secret field, then every page an anonymous visitor can reach from the
disclosure pages, the API and the search is crawled (test_leaks.crawl), the PDFs are read as text and
the search command is asked for each sentinel.
"""
import datetime
import io
import json

import pytest
from disclosure_helpers import answered_appeal, deliberate
from django.core.management import call_command
from test_leaks import crawl, results_only, search_urls

from shingikai.disclosure import actions
from shingikai.search.indexing import reindex_all

D = datetime.date
SECRETS = {
    "requester": "SECRET-REQUESTER-4d1e",
    "contact": "SECRET-CONTACT-a9c2",
    "documents": "SECRET-DOCUMENTS-3e7a",
    "withheld": "SECRET-WITHHELD-88aa",
    "third_party": "SECRET-THIRDPARTY-0c3b",
    "appellant": "SECRET-APPELLANT-71f0",
    "in_camera": "SECRET-INCAMERA-5d2c",
    "draft_answer": "SECRET-DRAFT-ANSWER-19be",
}


def plant(world):
    def request(received_on):
        return actions.record_request(
            world.dept_a, kind="public_document", received_on=received_on,
            documents=f"委託契約書 {SECRETS['documents']}", requester_category="法人",
            requester_name=SECRETS["requester"], requester_contact=SECRETS["contact"], date_confirmed=True)

    first = request(D(2024, 6, 3))
    opinion = actions.ask_third_party(first, third_party=SECRETS["third_party"], asked_on=D(2024, 6, 5))
    actions.record_third_party_opinion(opinion, answered_on=D(2024, 6, 12), objects_to_disclosure=True)
    first = actions.decide_request(first, decision="部分開示", decided_on=D(2024, 6, 28),
                                   grounds=[("条例第7条第3号", "法人等情報")],
                                   withheld_summary=f"単価表 {SECRETS['withheld']}")
    appeal = answered_appeal(world, first)
    appeal.appellant_name = SECRETS["appellant"]
    appeal.judgment = f"審査請求人 {SECRETS['appellant']} の主張を検討した。{SECRETS['third_party']} の単価は公表済みである。"
    appeal.save()
    # The note of the インカメラ審理 the helper recorded now carries a sentinel too.
    appeal.events.filter(kind="インカメラ審理").update(note=SECRETS["in_camera"])
    actions.publish_appeal_answer(appeal, checked_withheld=True)
    # A second appeal whose 答申 is still a draft.
    second = request(D(2024, 7, 1))
    second = actions.decide_request(second, decision="不開示", decided_on=D(2024, 7, 20),
                                    grounds=[("条例第7条第2号", "個人に関する情報")])
    draft = actions.file_appeal(second, filed_on=D(2024, 8, 1), purport="取消しを求める。",
                                appellant_name=SECRETS["appellant"])
    draft = actions.refer_appeal(draft, council=world.council, referred_on=D(2024, 8, 10), notice_on=D(2024, 8, 11),
                                 examiner_exclusion="条例第19条", agency_claims="個人情報である。")
    deliberate(world, draft, D(2024, 9, 20), "答申予定")
    actions.draft_appeal_answer(draft, outcome="妥当", conclusion=f"妥当 {SECRETS['draft_answer']}", judgment="判断",
                                findings=[(second.grounds.get(), "妥当", f"理由 {SECRETS['draft_answer']}")])
    return appeal


def pdf_text(data):
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.django_db(transaction=True)
def test_anonymous_crawl_finds_no_disclosure_secret(client, world):
    appeal = plant(world)
    reindex_all()
    starts = ["/disclosure/answers/", "/disclosure/minami/report/", "/disclosure/minami/report/2024/",
              "/api/disclosure/answers", "/api/disclosure/answers.csv", "/api/disclosure/reports/minami/2024",
              "/api/disclosure/reports/minami/2024/operations.csv", "/api/openapi.json", "/cases/", "/search/",
              "/api/answers", "/api/cases", "/api/cases.csv", "/oparl/v1/system",
              f"/councils/{world.council.slug}/meetings.ics", "/disclosure/register/",
              f"/disclosure/register/{appeal.request_id}/", f"/disclosure/appeals/{appeal.pk}/"]
    starts += search_urls([*SECRETS.values(), "見積単価", "単価"])
    # The portal at large is crawled by test_leaks; here the disclosure pages, the API and search results.
    bodies = crawl(client, starts, follow=lambda path: path.startswith(("/disclosure/", "/api/disclosure/", "/answers/"))
                   and not path.endswith((".pdf", ".docx")))
    assert f"/disclosure/answers/{appeal.pk}/" in bodies  # the published 答申 was reached
    assert any("第4　審議会の判断" in text for text in bodies.values())
    for path, text in bodies.items():
        text = results_only(path, text)
        for name, value in SECRETS.items():
            assert value not in text, f"{name} leaked at {path}"
    for path in (f"/disclosure/answers/{appeal.pk}/answer.pdf", "/disclosure/minami/report/2024/operations.pdf"):
        text = pdf_text(client.get(path).content)
        assert "審査" in text or "報告" in text
        for name, value in SECRETS.items():
            assert value not in text, f"{name} leaked in {path}"
    from docx import Document
    word = Document(io.BytesIO(client.get(f"/disclosure/answers/{appeal.pk}/answer.docx").content))
    body = "\n".join(p.text for p in word.paragraphs) + "".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "○○" in body and not any(value in body for value in SECRETS.values())
    for value in SECRETS.values():
        call_command("search", value, "--json", stdout=(out := io.StringIO()))
        assert json.loads(out.getvalue())["total"] == 0


IMPORTED_SECRETS = {
    "masked_name": "SECRETNAME-IMPORTED-6b1f",
    "source_only": "SECRET-SOURCE-ONLY-2e90",
    "unpublished": "SECRET-UNPUBLISHED-IMPORT-c4d7",
}


@pytest.mark.django_db(transaction=True)
def test_imported_answers_reach_the_public_masked_and_only_once_published(client, world):
    from test_disclosure_answer_import import ANSWER

    from shingikai.disclosure.models import ImportedAnswer

    text = (ANSWER.replace("ひがし市長　様", f"ひがし市長　様\n{IMPORTED_SECRETS['source_only']}")
            .replace("審査請求人は、", f"審査請求人{IMPORTED_SECRETS['masked_name']}は、"))
    published, _ = actions.import_answer(text.encode(), name="published.txt")
    actions.correct_imported_answer(published, masked_terms=IMPORTED_SECRETS["masked_name"])
    actions.publish_imported_answer(published)
    hidden, _ = actions.import_answer(
        ANSWER.replace("見積単価は、", f"見積単価は、{IMPORTED_SECRETS['unpublished']}").encode(), name="hidden.txt")
    assert not ImportedAnswer.objects.get(pk=hidden.pk).published
    reindex_all()
    starts = ["/disclosure/answers/", f"/disclosure/answers/imported/{hidden.pk}/", "/disclosure/imports/",
              f"/disclosure/imports/{published.pk}/", "/api/disclosure/answers", "/api/disclosure/answers.csv",
              "/api/disclosure/imported-answers", f"/api/disclosure/imported-answers/{hidden.pk}"]
    starts += search_urls([*IMPORTED_SECRETS.values(), "見積単価"])
    starts += [f"/disclosure/answers/?q={value}" for value in IMPORTED_SECRETS.values()]
    bodies = crawl(client, starts, follow=lambda path: path.startswith(("/disclosure/answers/", "/api/disclosure/")))
    assert f"/disclosure/answers/imported/{published.pk}/" in bodies  # the published one was reached
    assert "○○" in json.loads(bodies["/api/disclosure/imported-answers"])["items"][0]["claims"]
    assert "○○" in bodies[f"/disclosure/answers/imported/{published.pk}/"]
    for path, body in bodies.items():
        body = results_only(path, body)
        for name, value in IMPORTED_SECRETS.items():
            assert value not in body, f"{name} leaked at {path}"
    for value in IMPORTED_SECRETS.values():
        call_command("search", value, "--json", stdout=(out := io.StringIO()))
        assert json.loads(out.getvalue())["total"] == 0


@pytest.mark.django_db(transaction=True)
def test_masked_names_are_masked_however_spaced_or_in_whichever_width_they_are_typed(client, world):
    from test_disclosure_answer_import import ANSWER

    # The terms as the secretariat typed them; the text writes them with blanks of either width and wide digits.
    text = (ANSWER.replace("審査請求人は、", "審査請求人北野　三郎（北町９－９－９）は、")
            .replace("見積単価は、条例", "北野 三郎の見積単価は、条例"))
    imported, _ = actions.import_answer(text.encode(), name="spaced.txt")
    actions.correct_imported_answer(imported, masked_terms="北野三郎\n北町9-9-9")
    actions.publish_imported_answer(imported)
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                     documents="委託契約書", requester_category="法人", requester_name="株式会社みなみ",
                                     date_confirmed=True)
    opinion = actions.ask_third_party(request, third_party="東山健吾", asked_on=D(2024, 6, 5))
    actions.record_third_party_opinion(opinion, answered_on=D(2024, 6, 12), objects_to_disclosure=True)
    request = actions.decide_request(request, decision="部分開示", decided_on=D(2024, 6, 28),
                                     grounds=[("条例第7条第3号", "法人等情報")], withheld_summary="単価表")
    appeal = answered_appeal(world, request)
    appeal.judgment = "第三者東山 健吾の意見及び東山　健吾（第三者）の主張を検討した。"
    appeal.save()
    actions.publish_appeal_answer(appeal, checked_withheld=True)
    reindex_all()
    pages = [f"/disclosure/answers/imported/{imported.pk}/", f"/api/disclosure/imported-answers/{imported.pk}",
             f"/disclosure/answers/{appeal.pk}/", f"/api/disclosure/answers/{appeal.pk}"]
    bodies = {path: client.get(path).content.decode() for path in pages}
    bodies.update({path: json.dumps(json.loads(body), ensure_ascii=False) for path, body in bodies.items() if "/api/" in path})
    bodies["pdf"] = pdf_text(client.get(f"/disclosure/answers/{appeal.pk}/answer.pdf").content)
    for path, body in bodies.items():
        assert "○○" in body, path
        for letters in ("三郎", "９－９", "9-9", "健吾"):
            assert letters not in body, f"{letters} at {path}"
    for term in ("三郎", "健吾"):
        call_command("search", term, "--json", stdout=(out := io.StringIO()))
        assert json.loads(out.getvalue())["total"] == 0
