"""Every work page offers its official document as PDF and DOCX, and the links work for the people who
see the page (and only for them)."""
import datetime

from django.urls import reverse
from helpers import document_text
from test_web_support import held_meeting, web_world  # noqa: F401

from shingikai.meetings import actions


def _links(html):
    return [part.split('"')[0] for part in html.split('href="/documents/')[1:]]


def _world_with_everything(w):
    meeting, item, case = held_meeting(w)
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="運用状況を報告すること。",
                                      due_date=datetime.date(2030, 3, 31))
    answer = actions.draft_answer(w.council, cases=[case], conclusion="条件付き承認とする。", addressee="みなみ市長")
    actions.close_meeting(meeting)
    meeting.refresh_from_db()
    return meeting, case, follow_up, answer


def test_each_work_page_links_its_pdf_and_docx(client, web_world):
    w = web_world
    meeting, case, follow_up, answer = _world_with_everything(w)
    client.force_login(w.secretariat)
    pages = {
        reverse("cases:detail", args=[case.pk]): [f"shimonsho/{case.pk}"],
        reverse("meetings:detail", args=[meeting.pk]): [f"agenda/{meeting.pk}", f"minutes/{meeting.pk}"],
        reverse("minutes:detail", args=[meeting.minutes.pk]): [f"minutes/{meeting.pk}"],
        reverse("meetings:answer", args=[answer.pk]): [f"answer/{answer.pk}"],
        reverse("meetings:followup", args=[follow_up.pk]): [f"followup/{follow_up.pk}"],
    }
    for url, documents in pages.items():
        links = _links(client.get(url).content.decode())
        for document in documents:
            assert f"{document}.pdf" in links and f"{document}.docx" in links, (url, document, links)
    for document in ("shimonsho", "agenda", "minutes", "answer", "followup"):
        obj_id = {"shimonsho": case.pk, "agenda": meeting.pk, "minutes": meeting.pk, "answer": answer.pk,
                  "followup": follow_up.pk}[document]
        response = client.get(f"/documents/{document}/{obj_id}.docx")
        assert response.status_code == 200, document
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_another_department_gets_neither_the_page_nor_the_document(client, web_world):
    """Nor the 諮問書 in full: once the case is public, the public form any resident may download (no 別紙)."""
    w = web_world
    meeting, case, follow_up, answer = _world_with_everything(w)
    client.force_login(w.dept_b_user)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.get(f"/documents/followup/{follow_up.pk}.docx").status_code in (403, 404)
    theirs = client.get(f"/documents/shimonsho/{case.pk}.docx")
    client.logout()
    public = client.get(f"/documents/shimonsho/{case.pk}.docx")
    assert theirs.status_code == public.status_code == 200
    assert document_text(theirs.content) == document_text(public.content)
    client.force_login(w.dept_a_user)
    assert document_text(client.get(f"/documents/shimonsho/{case.pk}.docx").content) != document_text(public.content)
