"""One 答申 on an appeal, one text and one 答申書: the council's 答申 record keeps the 答申 as issued to the 市長
(names and all; masking happens only when a public version is rendered), its 答申書 is the appeal's (the 諮問日 and
諮問番号 of the 諮問, the 市長 by name), and a 正誤 starts from the issued text. None of it reaches the public
except the appeal's masked public version."""
import importlib
import re

import pytest
from disclosure_helpers import deliberate
from django.apps import apps
from django.urls import reverse
from helpers import document_text
from test_appeal_answer_masking import D, issued_appeal
from test_leaks import crawl

from shingikai.disclosure import actions, answer_document
from shingikai.disclosure.models import Appeal
from shingikai.meetings import actions as meetings
from shingikai.meetings.answer_corrections import corrections
from shingikai.meetings.models import Answer
from shingikai.search.engine import PUBLIC, search
from shingikai.search.indexing import drain, reindex_all

THIRD_PARTY = "社会福祉法人みどり会 理事長 西川 大介"
CONCLUSION = "実施機関が不開示とした部分のうち、西川 大介理事長の印影は開示すべきである。"


def titled_appeal(world, **changes):
    return issued_appeal(world, third_party=THIRD_PARTY, conclusion=CONCLUSION, outcome="一部取消", finding="一部不当",
                         **changes)


def test_the_councils_answer_keeps_the_text_as_issued(world):
    appeal = titled_appeal(world)
    answer = appeal.case.answers.get()
    assert answer.state == Answer.State.ISSUED and answer.conclusion == CONCLUSION
    assert answer.addressee == "みなみ市長"
    public = answer_document.build(actions.publish_appeal_answer(appeal, checked_withheld=True), public=True)
    assert "○○理事長の印影は開示すべきである" in str(public) and "西川" not in str(public)


def test_a_council_draft_typed_beforehand_takes_the_appeals_wording_and_is_issued_from_the_appeal(client, world):
    request = titled_appeal(world).request
    # A second appeal on the same decision, whose council 答申 the secretariat drafted on the council's screen.
    other = actions.file_appeal(request, filed_on=D(2024, 7, 11), purport="別の審査請求。")
    other = actions.refer_appeal(other, council=world.council, referred_on=D(2024, 7, 25), notice_on=D(2024, 7, 26),
                                 examiner_exclusion="条例第19条", agency_claims="理由説明書")
    meeting = deliberate(world, other, D(2024, 9, 27), "答申予定")
    draft = meetings.draft_answer(world.council, cases=[other.case], conclusion="事務局が先に書いた結論",
                                  addressee="みなみ市長")
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[draft.pk])).content.decode()
    assert 'id="answer-appeal"' in page and 'value="issue"' not in page
    refused = client.post(reverse("meetings:answer", args=[draft.pk]), {"action": "issue", "date": "令和6年9月27日"})
    assert refused.status_code == 400 and "審査請求のページで" in refused.content.decode()
    assert Answer.objects.get(pk=draft.pk).state == Answer.State.DRAFT
    actions.draft_appeal_answer(other, outcome="妥当", conclusion="実施機関の決定は妥当である。", judgment="判断",
                                findings=[(request.grounds.get(), "妥当", "理由")])
    other = actions.issue_appeal_answer(other, answered_on=meeting.date, meeting=meeting)
    issued = Answer.objects.get(pk=draft.pk)
    assert issued.state == Answer.State.ISSUED and issued.conclusion == "実施機関の決定は妥当である。"
    assert other.answer_number == issued.number and other.case.answers.count() == 1


def test_the_council_screen_prints_the_appeals_answer_document(client, world):
    appeal = titled_appeal(world)
    answer = appeal.case.answers.get()
    client.force_login(world.secretariat)
    for fmt in ("pdf", "docx"):
        council = client.get(f"/documents/answer/{answer.pk}.{fmt}")
        own = client.get(reverse("disclosure:appeal_answer", args=[appeal.pk, fmt]))
        assert council.status_code == own.status_code == 200
        text = document_text(council.content, council["Content-Type"])
        assert text == document_text(own.content, own["Content-Type"]), fmt
        # The 諮問 as made (令和6年7月24日, the case's number), not the first meeting (9月20日); the 市長 by name.
        assert f"令和6年7月24日付け{appeal.case.number}で諮問のあった" in text and "みなみ市長南山一郎様" in text
        assert "第1審議会の結論" in text and "西川大介理事長の印影は開示すべきである" in text
        assert "北野" in text and "不開示とした部分" in text  # the secretariat's copy: appellant and 内部資料
    # A member reads the 答申 as issued, without what only the secretariat reads.
    client.force_login(world.member_user)
    text = document_text(client.get(f"/documents/answer/{answer.pk}.pdf").content, "application/pdf")
    assert "西川大介理事長の印影" in text and "北野" not in text and "内部資料" not in text
    client.force_login(world.dept_a_user)  # the department whose decision is disputed
    assert client.get(f"/documents/answer/{answer.pk}.pdf").status_code in (403, 404)
    client.logout()
    response = client.get(f"/documents/answer/{answer.pk}.pdf")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_correction_starts_from_the_issued_text_and_the_public_reads_it_masked(client, world):
    appeal = actions.publish_appeal_answer(titled_appeal(world), checked_withheld=True)
    answer = appeal.case.answers.get()
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "○○理事長" not in page and page.count(CONCLUSION) >= 2  # the 答申 shown and the 正誤 form's starting text
    corrected = CONCLUSION.replace("印影", "印影及び氏名")
    response = client.post(reverse("meetings:answer", args=[answer.pk]), {
        "action": "correct", "conclusion": corrected, "addressee": "みなみ市長", "opinions": "",
        "reason": "脱字", "seen": page.split('name="seen" value="')[1].split('"')[0]})
    assert response.status_code == 302
    assert Appeal.objects.get(pk=appeal.pk).conclusion == corrected == Answer.objects.get(pk=answer.pk).conclusion
    [correction] = corrections(Answer.objects.get(pk=answer.pk))
    assert [(c.label, c.text) for c in correction.changes] == [("結論", corrected)]
    client.logout()
    public = client.get(f"/disclosure/answers/{appeal.pk}/").content.decode()
    assert "○○理事長の印影及び氏名は開示すべきである" in public and "西川" not in public


upgrade = importlib.import_module("shingikai.disclosure.migrations.0007_council_answers_keep_the_issued_text")


def upgraded(world, stored):
    """The council's 答申 on an appeal as the older rule stored it (`stored`), after the upgrade."""
    answer = titled_appeal(world).case.answers.get()
    Answer.objects.filter(pk=answer.pk).update(conclusion=stored)
    upgrade.forward(apps, None)
    drain()
    return Answer.objects.get(pk=answer.pk)


def test_the_upgrade_gives_an_answer_issued_masked_its_issued_text_back(world):
    answer = upgraded(world, "実施機関が不開示とした部分のうち、○○理事長の印影は開示すべきである。")
    assert answer.conclusion == CONCLUSION
    assert answer.history.first().history_change_reason == upgrade.REASON
    assert corrections(answer) == []  # giving the text back is no 正誤
    meetings.correct_issued_answer(answer, conclusion=CONCLUSION, addressee="みなみ市長　南山一郎", reason="宛名")
    [correction] = corrections(Answer.objects.get(pk=answer.pk))
    assert [c.label for c in correction.changes] == ["宛先"]  # the restored text is no change of the 結論


def test_an_answer_whose_text_changed_since_is_left_as_it_is(world):
    assert upgraded(world, "○○の印影は開示すべきでない。").conclusion == "○○の印影は開示すべきでない。"


SENTINELS = {"third_party": "SENTINELTHIRD", "term": "SENTINEL-TERM-5e2a", "appellant": "SENTINELAPPELLANT"}


@pytest.mark.django_db(transaction=True)
def test_no_public_channel_carries_the_issued_text(client, world):
    """The council's record now holds the names: no public page, API, feed, export or public search entry may."""
    text = (f"{SENTINELS['third_party']}理事長の印影及び{SENTINELS['term']}は開示すべきである。"
            f"{SENTINELS['appellant']}の主張を検討した。")
    appeal = issued_appeal(world, third_party=f"株式会社みなみ 代表取締役 {SENTINELS['third_party']}", conclusion=text,
                           judgment=text, outcome="一部取消", finding="一部不当")
    Appeal.objects.filter(pk=appeal.pk).update(appellant_name=SENTINELS["appellant"])
    appeal = actions.set_appeal_masked_terms(Appeal.objects.get(pk=appeal.pk), masked_terms=SENTINELS["term"])
    appeal = actions.publish_appeal_answer(appeal, checked_withheld=True)
    answer = appeal.case.answers.get()
    assert SENTINELS["term"] in answer.conclusion and SENTINELS["third_party"] in answer.conclusion
    reindex_all()
    slug = world.council.slug
    starts = ["/", "/answers/", f"/answers/{answer.pk}/", f"/councils/{slug}/", "/cases/", f"/cases/{appeal.case_id}/",
              "/api/answers", f"/api/answers/{answer.pk}", "/api/cases", "/api/cases.csv", "/oparl/v1/system",
              f"/oparl/v1/file/answer/{answer.pk}", f"/councils/{slug}/meetings.ics", "/disclosure/answers/",
              f"/disclosure/answers/{appeal.pk}/", "/api/disclosure/answers", "/api/disclosure/answers.csv",
              f"/documents/answer/{answer.pk}.pdf", f"/work/meetings/answers/{answer.pk}/", "/search/"]
    starts += [f"/search/?q={value}" for value in SENTINELS.values()] + ["/search/?q=理事長"]
    bodies = crawl(client, starts, follow=lambda path: path.startswith(
        ("/answers/", "/api/", "/oparl/", "/disclosure/answers", "/councils/", "/search/")) and not path.endswith(".pdf"))
    assert f"/disclosure/answers/{appeal.pk}/" in bodies and "○○理事長の印影" in bodies[f"/disclosure/answers/{appeal.pk}/"]
    for path, body in bodies.items():
        if path.startswith("/search/"):
            body = re.sub(r"<title>.*?</title>|value=\"[^\"]*\"|href=\"[^\"]*\"", "", body, flags=re.S)
        for name, value in SENTINELS.items():
            assert value not in body, f"{name} at {path}"
    for value in SENTINELS.values():
        assert search(value, user_scope=PUBLIC).total == 0
    # The council's own search still finds its record as issued.
    assert search(SENTINELS["term"], user_scope={world.council.pk}).total >= 1
