"""The 答申 of an appeal: the document in the 審査会's form, its public version, and published 答申 as
precedents in the search."""
import datetime
import io

import pytest
from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse

from shingikai.disclosure import actions, answer_document
from shingikai.documents.errors import DocumentError
from shingikai.documents.render import lay_out
from shingikai.search.engine import PUBLIC, search

D = datetime.date


@pytest.fixture
def answered(world):
    request = decided_request(world)
    appeal = answered_appeal(world, request)
    appeal.judgment = "審査請求人である開示請子の主張のとおり、見積単価は公表済みである。"
    appeal.save()
    return appeal


def block_text(doc):
    parts = []
    for block in doc["blocks"]:
        parts += [str(v) for key in ("lines", "text", "items") for v in (block.get(key) or [] if key != "text" else [block.get(key) or ""])]
        parts += [str(c) for row in block.get("rows", []) for c in row]
        parts += [str(h) for h in block.get("header", [])]
    return "\n".join(parts)


def test_answer_document_has_the_councils_four_parts(answered):
    doc = answer_document.build(answered, public=False)
    text = block_text(doc)
    for heading in ("第1　審議会の結論", "第2　審査請求の趣旨", "第3　審査請求人及び実施機関の主張", "第4　審議会の判断"):
        assert heading in text
    assert "開示 請子" in text and "事業者の見積単価及び担当者の氏名" in text  # the internal version is complete
    assert "条例第7条第3号" in text and "一部不当" in text


def test_public_version_removes_names_and_withheld_content(answered):
    with pytest.raises(DocumentError):  # not published yet
        answer_document.build(answered, public=True)
    actions.publish_appeal_answer(answered, checked_withheld=True)
    answered.refresh_from_db()
    text = block_text(answer_document.build(answered, public=True))
    assert "開示 請子" not in text and "開示請子" not in text and "請子" not in text
    assert "事業者の見積単価及び担当者の氏名" not in text and "不開示部分を見分した" not in text
    assert "○○" in text and "第4　審議会の判断" in text


def test_answer_lays_out_as_pdf_and_docx(answered):
    doc = answer_document.build(answered, public=False)
    assert lay_out(doc, "pdf").startswith(b"%PDF")
    from docx import Document
    word = Document(io.BytesIO(lay_out(doc, "docx")))
    assert any("第1　審議会の結論" in p.text for p in word.paragraphs)


def test_secretariat_downloads_the_answer_and_departments_cannot(client, world, answered):
    url = reverse("disclosure:appeal_answer", args=[answered.pk, "pdf"])
    client.force_login(world.dept_a_user)
    assert client.get(url).status_code == 403
    client.force_login(world.secretariat)
    response = client.get(url)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_published_answer_is_a_public_page_and_a_precedent_in_search(client, world, answered):
    from shingikai.search.indexing import reindex_all

    assert client.get(reverse("disclosure:answer", args=[answered.pk])).status_code == 404
    actions.publish_appeal_answer(answered, checked_withheld=True)
    reindex_all()
    page = client.get(reverse("disclosure:answer", args=[answered.pk])).content.decode()
    assert "第1　審議会の結論" in page and "請子" not in page
    hits = search("見積単価", user_scope=PUBLIC, filters={"kind": "appeal_answer"})
    assert [h.url for h in hits.hits] == [f"/disclosure/answers/{answered.pk}/"]
    by_article = search("条例第7条第3号", user_scope=PUBLIC, filters={"kind": "appeal_answer", "outcome": "一部取消"})
    assert by_article.total == 1
    assert search("請子", user_scope=PUBLIC, filters={"kind": "appeal_answer"}).total == 0


def test_an_unpublished_answer_is_not_in_the_search(world, answered):
    from shingikai.search.indexing import reindex_all

    reindex_all()
    assert search("見積単価", user_scope=PUBLIC, filters={"kind": "appeal_answer"}).total == 0


@pytest.mark.django_db(transaction=True)
def test_publishing_indexes_the_answer_as_it_commits(world):
    appeal = answered_appeal(world, decided_request(world))
    assert search("見積単価", user_scope=PUBLIC, filters={"kind": "appeal_answer"}).total == 0
    actions.publish_appeal_answer(appeal, checked_withheld=True)
    assert search("見積単価", user_scope=PUBLIC, filters={"kind": "appeal_answer"}).total == 1


@pytest.fixture
def third_party_appeal(world):
    """An appeal whose 判断 names the third party the decision withheld, who was never entered as a 第三者."""
    request = decided_request(world)
    request.withheld_summary = "接種医の氏名 (第三者 西山 医師)"
    request.save()
    appeal = answered_appeal(world, request)
    appeal.judgment = "審査請求人開示請子の主張を検討した。接種医である西山 医師の氏名は個人に関する情報である。"
    appeal.save()
    judgment = appeal.judgments.get()
    judgment.reason = "開示 請子 氏の請求に係る接種医西山の氏名は開示すべき。"
    judgment.save()
    return appeal


def test_public_version_masks_the_third_party_the_withheld_part_names(third_party_appeal):
    appeal = actions.publish_appeal_answer(third_party_appeal, checked_withheld=True)
    text = block_text(answer_document.build(appeal, public=True))
    assert "西山" not in text and "請子" not in text
    assert "接種医である○○ 医師の氏名" in text and "接種医○○の氏名" in text
    assert "西山" in block_text(answer_document.build(appeal, public=False))  # the internal version is whole


def test_publishing_waits_while_words_of_the_withheld_part_are_left(client, world, third_party_appeal):
    from shingikai.disclosure.models import Appeal

    appeal = third_party_appeal
    assert answer_document.withheld_words_left(appeal) == ["接種医"]
    client.force_login(world.secretariat)
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "「接種医」" in page and 'name="checked_withheld"' in page
    assert "?public=1" in page  # the public version can be read before it is published
    assert client.get(reverse("disclosure:appeal_answer", args=[appeal.pk, "pdf"]) + "?public=1").status_code == 200
    refused = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "publish"]))
    assert refused.status_code == 400 and "不開示とした部分の語句が残っています" in refused.content.decode()
    assert not Appeal.objects.get(pk=appeal.pk).answer_published
    client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "publish"]), {"checked_withheld": "1"})
    assert Appeal.objects.get(pk=appeal.pk).answer_published


def test_publishing_needs_no_check_when_no_word_of_the_withheld_part_is_left(world):
    request = decided_request(world)
    request.withheld_summary = "個人の氏名"
    request.save()
    appeal = actions.publish_appeal_answer(answered_appeal(world, request))
    assert appeal.answer_published


def test_the_answer_speaks_of_the_body_that_gave_it(world, answered):
    # Since 2023 a 審議会 hears appeals too: its 答申 is the 審議会's, a 審査会's the 審査会's.
    text = block_text(answer_document.build(answered, public=False))
    assert "第1　審議会の結論" in text and "第5　審議会の処理経過" in text and "審査会" not in text
    type(world.council).objects.filter(pk=world.council.pk).update(body_type="審査会")
    answered.refresh_from_db()
    text = block_text(answer_document.build(answered, public=False))
    assert "第1　審査会の結論" in text and "第4　審査会の判断" in text and "審議会の" not in text


def test_the_public_answer_page_is_headed_by_its_number_and_title_under_its_council(client, world, answered):
    actions.publish_appeal_answer(answered, checked_withheld=True)
    answered.refresh_from_db()
    page = client.get(reverse("disclosure:answer", args=[answered.pk])).content.decode()
    h1 = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert answered.answer_number in h1 and "審査請求について（答申）" in h1
    breadcrumbs = page.split('class="breadcrumbs"', 1)[1].split("</ol>", 1)[0]
    assert f'href="/councils/{world.council.slug}/"' in breadcrumbs and world.council.name in breadcrumbs
    assert ">答申書 (PDF)</a>" in page and ">答申書 (Word)</a>" in page
