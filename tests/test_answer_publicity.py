"""Which 答申 the public reads: the council's public page lists its published appeal 答申 beside the others,
and a 答申's own page tells the secretariat whether it is public, where, and if not why."""
import pytest
from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse
from test_answer_corrections import issued_answer

from shingikai.disclosure import actions as disclosure

pytestmark = pytest.mark.django_db


def test_council_page_lists_the_published_appeal_answers(client, world):
    appeal = answered_appeal(world, decided_request(world))
    council_page = reverse("portal:council", args=[world.council.slug])
    link = reverse("disclosure:answer", args=[appeal.pk])
    assert link not in client.get(council_page).content.decode()  # not yet published
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    page = client.get(council_page).content.decode()
    assert f'href="{link}"' in page and appeal.answer_number in page
    assert "審査請求に対する答申" in page and "開示 請子" not in page


def test_answer_page_says_an_answer_on_a_closed_item_is_not_published_and_why(client, world):
    answer = issued_answer(world, is_public=False)
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "非公開の議題で審議した案件の答申のため、公開していません。" in page
    assert "公開の答申と答申書に正誤として示され" not in page  # the 正誤 goes into the 答申書 only


def test_answer_page_links_a_public_answer_to_its_public_page(client, world):
    answer = issued_answer(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "公開ページに掲載しています。" in page and reverse("portal:answer", args=[answer.pk]) in page
    assert "公開の答申と答申書に正誤として示され" in page


def test_answer_page_of_an_appeal_points_to_the_appeal_until_published(client, world):
    appeal = answered_appeal(world, decided_request(world))
    answer = appeal.case.answers.get()
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "審査請求のページで公表すると" in page and reverse("disclosure:appeal", args=[appeal.pk]) in page
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "公開版 (氏名と不開示とした部分を伏せたもの) を公表しています。" in page
    assert reverse("disclosure:answer", args=[appeal.pk]) in page


def test_the_council_publishes_an_answer_on_a_closed_item_and_the_case_stays_closed(client, world):
    from shingikai.meetings import actions as m
    from shingikai.search.engine import PUBLIC, search
    from shingikai.search.indexing import reindex_all

    answer = issued_answer(world, title="窓口カメラ設置ZQ", is_public=False)
    case = answer.cases.get()
    public_page = reverse("portal:answer", args=[answer.pk])
    assert client.get(public_page).status_code == 404
    client.force_login(world.secretariat)
    work_page = reverse("meetings:answer", args=[answer.pk])
    assert "答申を公表する" in client.get(work_page).content.decode()
    assert client.post(work_page, {"action": "publish"}).status_code == 302
    page = client.get(work_page).content.decode()
    assert "審議会の判断で公表しています" in page and public_page in page
    client.logout()
    reindex_all()

    shown = client.get(public_page)
    assert shown.status_code == 200 and "承認とする。" in shown.content.decode()
    assert reverse("portal:case", args=[case.pk]) not in shown.content.decode()
    assert client.get(reverse("portal:case", args=[case.pk])).status_code == 404
    assert [a["id"] for a in client.get("/api/answers").json()["items"]] == [answer.pk]
    assert search("承認とする", user_scope=PUBLIC, filters={"kind": "answer"}).total == 1

    m.unpublish_answer(answer, by=world.secretariat)
    reindex_all()
    # Taken back, it says so (410) and nothing of it, as a case taken back does.
    gone = client.get(public_page)
    assert gone.status_code == 410 and "承認とする。" not in gone.content.decode()
    assert search("承認とする", user_scope=PUBLIC, filters={"kind": "answer"}).total == 0


def test_only_the_secretariat_publishes_and_never_an_appeals_answer_this_way(client, world):
    from shingikai.errors import ActionRefused
    from shingikai.meetings import actions as m

    answer = issued_answer(world, is_public=False)
    client.force_login(world.member_user)
    assert client.post(reverse("meetings:answer", args=[answer.pk]), {"action": "publish"}).status_code == 403
    answer.refresh_from_db()
    assert answer.published_at is None
    with pytest.raises(ActionRefused, match="すでに公開ページに掲載"):
        m.publish_answer(issued_answer(world, title="別の案件", number="答申第2号"))
    appeal_answer = answered_appeal(world, decided_request(world)).case.answers.get()
    with pytest.raises(ActionRefused, match="審査請求のページから"):
        m.publish_answer(appeal_answer)


def test_a_published_closed_answers_page_says_what_its_answer_letter_says(client, world):
    """The 答申書 is what the council issued and published: its public page shows every 条件, 附帯意見 and 報告等
    the letter prints, a closed item's included, and never a department's response."""
    import datetime

    from helpers import accepted_case, document_text, open_meeting_with

    from shingikai.meetings import actions as m

    case = accepted_case(world, title="窓口カメラ設置ZQ")
    meeting, _ = open_meeting_with(world, cases=[])
    item = m.schedule_case(case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    decision = m.record_decision(item, outcome="承認", vote_method="挙手全員")
    m.add_follow_up(decision, kind="条件", text="録画は30日で消去すること。")
    m.add_follow_up(decision, kind="意見", text="設置の掲示をすること。")
    report = m.add_follow_up(decision, kind="後日報告", text="運用状況を報告すること。", department=world.dept_a,
                             due_date=datetime.date(2026, 3, 31))
    m.respond_follow_up(report, response="担当者の内部メモ・西川", by=world.dept_a_user)
    answer = m.draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    answer = m.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=meeting)
    m.publish_answer(answer, by=world.secretariat)

    page = client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    letter = document_text(client.get(f"/documents/answer/{answer.pk}.pdf").content)
    for text in ("録画は30日で消去すること。", "設置の掲示をすること。", "運用状況を報告すること。", world.dept_a.name):
        assert text in page and text in letter
    assert "令和8年3月31日" in page and "令和8年3月31日" in letter
    assert "担当者の内部メモ" not in page and "担当者の内部メモ" not in letter
