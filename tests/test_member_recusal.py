"""利害関係 (除斥): a member with an interest in one case (affiliated with its contractor) takes no part in that
case's deliberation: counted out of the quorum for its decision, reading none of its closed material, named
(without the reason) in the minutes and the 答申's 審議の経過."""
import datetime as dt

import pytest
from django.urls import reverse

from helpers import accepted_case, document_text, open_meeting_with, today
from shingikai.cases.actions import record_recusal, withdraw_recusal
from shingikai.cases.models import Recusal
from shingikai.documents.render import render
from shingikai.errors import ActionRefused
from shingikai.jp.wareki import to_wareki as wareki
from shingikai.meetings.actions import (
    close_meeting, draft_answer, issue_answer, plan_meeting, quorum_status, record_decision, schedule_case,
)
from shingikai.meetings.models import Decision
from test_web_support import web_world  # noqa: F401

pytestmark = pytest.mark.django_db

REASON = "委託先の株式会社北山システムの役員であるため"


def test_a_recused_member_is_counted_out_of_the_quorum_for_that_case_only(world):
    """Three of five present is a quorum; with one of them recused from a case, that case cannot be decided."""
    recused_case = accepted_case(world, title="住民票コンビニ交付の外部委託")
    other_case = accepted_case(world, title="防犯カメラ映像の提供")
    record_recusal(recused_case, world.people[1], reason=REASON)
    meeting, (item, other) = open_meeting_with(world, present=world.people[:3], cases=[recused_case, other_case])
    assert quorum_status(meeting, case=recused_case) == (2, 3, False)
    with pytest.raises(ActionRefused, match="除斥の委員を除く"):
        record_decision(item, outcome="承認", vote_method="挙手全員")
    assert not Decision.objects.filter(agenda_item=item).exists()
    record_decision(other, outcome="承認", vote_method="挙手全員")


def test_a_recused_member_is_not_counted_among_the_votes(world):
    case = accepted_case(world)
    record_recusal(case, world.people[1], reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case])  # all five present: four take part
    with pytest.raises(ActionRefused, match="投票数が出席委員数を超えています"):
        record_decision(item, outcome="承認", vote_method="採決", votes_for=5, votes_against=0)
    record_decision(item, outcome="承認", vote_method="採決", votes_for=4, votes_against=0)


def test_a_recused_member_reads_neither_the_case_nor_its_closed_papers(client, world):
    case = accepted_case(world, purpose="北山市の証明書をコンビニで交付するため")
    meeting = plan_meeting(world.council, date=dt.date(2025, 5, 20), start_time=dt.time(14, 0), place="第1会議室")
    schedule_case(case, meeting, is_public=False, closed_reason="契約前の事業者情報を含むため")
    client.force_login(world.member_user)
    # Before: the member reads the case and the closed item, as every member does.
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200
    assert "北山市の証明書" in client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
    record_recusal(case, world.people[1], reason=REASON)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.get(reverse("cases:shimonsho", args=[case.pk])).status_code == 404
    # The meeting page keeps the item on the agenda without a link to the case the member cannot open.
    meeting_page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "利害関係を有する案件 (除斥) のため、審議に加わりません" in meeting_page
    assert reverse("cases:detail", args=[case.pk]) not in meeting_page
    page = client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
    assert "北山市の証明書" not in page and "利害関係を有する案件 (除斥) のため" in page
    pdf = document_text(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).content)
    assert "北山市の証明書" not in pdf
    # Another member still reads everything.
    client.force_login(world.secretariat)
    assert "北山市の証明書" in document_text(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).content)


def test_the_minutes_and_the_answer_name_who_withdrew_but_not_why(world):
    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    record_recusal(case, world.people[1], reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 20), meeting=meeting)
    name = world.people[1].name.replace(" ", "")  # document_text drops whitespace
    for fmt in ("pdf", "docx"):
        minutes = document_text(render("minutes", meeting.pk, fmt))
        assert f"承認（挙手全員）なお、{name}委員は、本件に利害関係を有するため、その審議に加わらなかった" in minutes, fmt
        letter = document_text(render("answer", answer.pk, fmt))
        assert f"{name}委員は、本件に利害関係を有するため、その審議に加わらなかった" in letter, fmt
        assert "株式会社北山システム" not in minutes + letter


def test_a_recusal_is_taken_back_with_a_reason_until_the_case_is_decided(world):
    case = accepted_case(world)
    recusal = record_recusal(case, world.people[1], reason=REASON)
    with pytest.raises(ActionRefused, match="すでに記録"):
        record_recusal(case, world.people[1], reason=REASON)
    with pytest.raises(ActionRefused, match="理由を入力"):
        withdraw_recusal(recusal, reason=" ")
    withdraw_recusal(recusal, reason="別の委員と取り違えたため")
    assert not Recusal.objects.exists()
    assert Recusal.history.filter(history_type="-").get().history_change_reason.endswith("別の委員と取り違えたため")
    recusal = record_recusal(case, world.people[2], reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case])
    record_decision(item, outcome="承認", vote_method="挙手全員")
    with pytest.raises(ActionRefused, match="決定が記録されている"):
        withdraw_recusal(recusal, reason="誤り")
    with pytest.raises(ActionRefused, match="決定が記録されている"):
        record_recusal(case, world.people[3], reason=REASON)


def test_a_recusal_needs_the_reason_and_a_member_of_that_council(world):
    from shingikai.councils.models import Person

    case = accepted_case(world)
    with pytest.raises(ActionRefused, match="利害関係の内容"):
        record_recusal(case, world.people[1], reason="")
    with pytest.raises(ActionRefused, match="この審議会の委員ではありません"):
        record_recusal(case, Person.objects.create(name="西川 花子"), reason=REASON)


def test_the_secretariat_records_a_recusal_on_the_case_page_and_keeps_what_was_typed_when_refused(client, world):
    case = accepted_case(world)
    client.force_login(world.secretariat)
    url = reverse("cases:recusal_add", args=[case.pk])
    refused = client.post(url, {"person": world.people[1].pk, "reason": ""})
    assert refused.status_code in (400, 409) and "利害関係の内容" in refused.content.decode()
    done = client.post(url, {"person": world.people[1].pk, "reason": REASON}, follow=True)
    page = done.content.decode()
    assert "利害関係 (除斥) を記録しました" in page and REASON in page
    assert f"{REASON} ({wareki(today())} 記録)" in page  # 和暦, as every date of the page
    assert Recusal.objects.get().person == world.people[1]
    recusal = Recusal.objects.get()
    client.post(reverse("cases:recusal_withdraw", args=[case.pk, recusal.pk]), {"reason": "誤って記録したため"})
    assert not Recusal.objects.exists()


def test_a_recusal_reason_pasted_with_a_nul_is_refused_with_what_was_typed_kept(client, world):
    case = accepted_case(world)
    client.force_login(world.secretariat)
    refused = client.post(reverse("cases:recusal_add", args=[case.pk]),
                          {"person": world.people[1].pk, "reason": "委託先の\x00役員"})
    assert refused.status_code in (400, 409)
    assert "制御文字" in refused.content.decode()
    assert not Recusal.objects.exists()


def test_a_recused_member_reads_the_draft_minutes_without_the_closed_deliberation_of_that_case(client, world):
    from shingikai.meetings.actions import open_meeting, record_turn

    case = accepted_case(world)
    other = accepted_case(world, title="防犯カメラ映像の提供")
    meeting = plan_meeting(world.council, date=dt.date(2025, 5, 20), start_time=dt.time(14, 0), place="第1会議室")
    item = schedule_case(case, meeting, is_public=False, closed_reason="契約前の事業者情報を含むため")
    shown = schedule_case(other, meeting)
    record_recusal(case, world.people[1], reason=REASON)
    meeting = open_meeting(meeting, present=world.people, absent=[], secretariat=[world.secretariat_staff])
    record_turn(meeting, speaker_label="東山委員", role="member", text="委託先は南田データ株式会社か。", agenda_item=item)
    record_turn(meeting, speaker_label="東山委員", role="member", text="カメラの台数は。", agenda_item=shown)
    close_meeting(meeting)
    url = reverse("minutes:detail", args=[meeting.minutes.pk])
    client.force_login(world.member_user)
    page = client.get(url).content.decode()
    assert "南田データ" not in page and "カメラの台数は" in page
    assert "利害関係を有する案件 (除斥) のため、この議題の審議の記録は表示しません" in page
    pdf = document_text(client.get(reverse("documents:download", args=["minutes", meeting.pk, "pdf"])).content)
    assert "南田データ" not in pdf and "カメラの台数は" in pdf
    client.force_login(world.secretariat)
    assert "南田データ" in client.get(url).content.decode()


def test_the_draft_answer_is_not_put_to_a_member_recused_from_its_case(client, web_world):
    """The 答申案 circulated for 了承 goes to the members who decided it: not to one recused from the case, who
    neither reads the draft nor answers it, and is not counted as 未回答."""
    from test_web_support import held_meeting

    from shingikai.cases.notify import _circulated
    from shingikai.meetings import actions
    from shingikai.meetings.models import Answer

    w = web_world
    meeting, item, case = held_meeting(w)
    me = w.member_user.person
    for n, person in enumerate(w.people):
        person.email = f"iin{n}@example.jp"
        person.save()
    me.refresh_from_db()
    record_recusal(case, me, reason=REASON)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員", by=w.secretariat)
    answer = actions.draft_answer(w.council, cases=[case], conclusion="適当であると認める。", addressee="みなみ市長")
    actions.circulate_answer(answer, by=w.secretariat)
    assert me not in answer.asked_people(dt.date.today()) and len(answer.asked_people(dt.date.today())) == 4
    with pytest.raises(ActionRefused, match="利害関係 \\(除斥\\) があるため回答できません"):
        actions.respond_to_answer(answer, person=me, agrees=True, by=w.member_user)
    client.force_login(w.member_user)
    assert 'id="answers-to-review"' not in client.get(reverse("councils:dashboard")).content.decode()
    assert client.get(reverse("meetings:answer", args=[answer.pk])).status_code == 404
    assert client.get(reverse("documents:download", args=["answer", answer.pk, "pdf"])).status_code == 404
    mailed = [m for m in _circulated(dt.date.today()) if m.subject.endswith("答申の案の回付")]
    recipients = [a for m in mailed for a in m.to + m.cc + m.bcc]
    assert "iin0@example.jp" in recipients and me.email not in recipients
    assert Answer.objects.get().state == Answer.State.CIRCULATED


def test_a_chair_with_an_interest_hands_the_item_to_the_acting_chair_in_the_minutes_and_the_answer(world):
    """The 会長 recused from one case does not chair its deliberation nor issue the 答申 on it: the 会長職務代理者
    does, and the minutes and the 答申's 審議の経過 say so."""
    chair, acting = world.people[0], world.people[1]
    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    other = accepted_case(world, title="図書館利用者情報の管理", on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    meeting, (item, other_item) = open_meeting_with(world, cases=[case, other], date=dt.date(2025, 5, 20))
    # A tie: the casting vote is the acting chair's, who chaired the item.
    record_decision(item, outcome="承認", vote_method="採決", votes_for=2, votes_against=2, chair_decided=True)
    record_decision(other_item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 20), meeting=meeting)
    other_answer = issue_answer(draft_answer(world.council, cases=[other], conclusion="承認とする。",
                                             addressee="みなみ市長"), date=dt.date(2025, 5, 20), meeting=meeting)
    chair_name, acting_name = chair.name.replace(" ", ""), acting.name.replace(" ", "")
    handed = f"の議事は、会長の{chair_name}委員が利害関係を有するため、会長職務代理者の{acting_name}委員が進行した"
    minutes = document_text(render("minutes", meeting.pk, "pdf"))
    assert f"本件{handed}" in minutes and minutes.count(handed) == 1  # the other case's item: chaired by the 会長
    assert "承認（採決：賛成2、反対2、可否同数のため会長職務代理者が決した）" in minutes
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"令和7年5月20日の令和7年度第1回における本件{handed}" in letter
    assert f"会長職務代理者{acting_name}" in letter and f"会長{chair_name}" not in letter
    assert f"会長{chair_name}" in document_text(render("answer", other_answer.pk, "pdf"))


def test_without_an_acting_chair_the_members_choose_a_provisional_chair_before_deciding(world):
    """The 会長 recused and the 会長職務代理者 absent (no 副会長): nobody chairs the item, so it cannot be decided
    until the members present choose a 仮議長 (互選); the minutes and the 答申 name them."""
    from shingikai.meetings.actions import choose_provisional_chair

    chair, acting, chosen = world.people[0], world.people[1], world.people[2]
    case = accepted_case(world, on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20),
                                         present=[p for p in world.people if p != acting])
    with pytest.raises(ActionRefused, match="仮議長を選んでから"):
        record_decision(item, outcome="承認", vote_method="挙手全員")
    with pytest.raises(ActionRefused, match="選べません"):  # the recused 会長 cannot chair it
        choose_provisional_chair(item, chair)
    with pytest.raises(ActionRefused, match="選べません"):  # nor the absent 会長職務代理者
        choose_provisional_chair(item, acting)
    choose_provisional_chair(item, chosen)
    record_decision(item, outcome="承認", vote_method="採決", votes_for=1, votes_against=1, chair_decided=True)
    with pytest.raises(ActionRefused, match="取り消せません"):  # a decided item keeps someone in the chair
        choose_provisional_chair(item, None)
    close_meeting(meeting)
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 20), meeting=meeting)
    handed = (f"の議事は、会長の{chair.name.replace(' ', '')}委員が利害関係を有し、その職務を代理する者もいないため、"
              f"出席委員の互選により仮議長となった{chosen.name.replace(' ', '')}委員が進行した")
    minutes = document_text(render("minutes", meeting.pk, "pdf"))
    assert f"本件{handed}" in minutes and "可否同数のため仮議長が決した" in minutes
    assert handed in document_text(render("answer", answer.pk, "pdf"))


def test_no_provisional_chair_where_an_officer_takes_the_item(world):
    from shingikai.meetings.actions import choose_provisional_chair

    case = accepted_case(world, on=dt.date(2025, 4, 10))
    record_recusal(case, world.people[0], reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20))
    with pytest.raises(ActionRefused, match="会長職務代理者 .* が進行するため"):
        choose_provisional_chair(item, world.people[2])
    other = accepted_case(world, on=dt.date(2025, 4, 10))
    later, (plain,) = open_meeting_with(world, cases=[other], date=dt.date(2025, 5, 27))
    with pytest.raises(ActionRefused, match="会議の議長が進行する"):
        choose_provisional_chair(plain, world.people[2])


def test_the_meeting_page_says_who_chairs_the_item_of_a_recused_chair_and_warns_without_one(client, web_world):
    w = web_world
    chair, acting = w.people[0], w.people[1]
    case = accepted_case(w, on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    meeting, (item,) = open_meeting_with(w, cases=[case], date=dt.date(2025, 5, 20))
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert f"会長 {chair.name} が利害関係 (除斥) のため、この議題の議事は会長職務代理者 {acting.name} が進行します" in page
    absent, (absent_item,) = open_meeting_with(w, cases=[accepted_case(w, on=dt.date(2025, 4, 10))],
                                               date=dt.date(2025, 5, 27), present=[p for p in w.people if p != acting])
    record_recusal(absent_item.case, chair, reason=REASON)
    page = client.get(reverse("meetings:detail", args=[absent.pk])).content.decode()
    assert "この議題の議事を進行する会長職務代理者 (副会長) が出席していません" in page
    assert REASON not in page  # the reason stays on the case page
    # The secretariat records the 仮議長 the members chose, and can take the choice back before a decision.
    url = reverse("meetings:provisional_chair", args=[absent.pk, absent_item.pk])
    assert url in page
    absent.refresh_from_db()
    chosen = w.people[2]
    response = client.post(url, {"person": chosen.pk, "meeting_version": absent.version})
    assert response.status_code == 302
    page = client.get(reverse("meetings:detail", args=[absent.pk])).content.decode()
    assert f"この議題の議事は仮議長 {chosen.name} が進行します" in page
    absent.refresh_from_db()
    client.post(url, {"clear": "1", "meeting_version": absent.version})
    absent_item.refresh_from_db()
    assert absent_item.provisional_chair is None
    absent.refresh_from_db()
    page = client.post(url, {"person": chair.pk, "meeting_version": absent.version}).content.decode()
    absent_item.refresh_from_db()
    assert absent_item.provisional_chair is None  # the recused 会長 is no choice


def test_two_vice_chairs_the_minutes_and_the_answer_name_the_same_one_who_chaired(world):
    """The 会長 and the 会長職務代理者 both recused, and two 副会長 in office (as a council's old records may hold):
    the minutes' item chair and the 答申's signature name the same one, the 副会長 who took the office first,
    whichever was registered first."""
    from shingikai.councils.models import Membership, Officer

    chair, acting, later, earlier = world.people[0], world.people[1], world.people[2], world.people[3]
    for person, since in ((later, dt.date(2025, 1, 10)), (earlier, dt.date(2024, 4, 1))):
        Officer.objects.create(council=world.council, membership=world.council.memberships.get(person=person),
                               role=Membership.Role.VICE_CHAIR, given_by=Membership.GivenBy.DESIGNATION, since=since)
    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    record_recusal(case, acting, reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 20), meeting=meeting)
    name = earlier.name.replace(" ", "")
    minutes = document_text(render("minutes", meeting.pk, "pdf"))
    assert f"副会長の{name}委員が進行した" in minutes
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"副会長の{name}委員が進行した" in letter and f"副会長{name}" in letter
    assert later.name.replace(" ", "") not in letter


def _membership(world, person):
    return world.council.memberships.get(person=person)


def test_an_answer_nobody_can_sign_is_refused_until_someone_stands_in(client, web_world):
    """The 会長 recused from the case and the 会長職務代理者 who chaired it resigned before the 答申 (no 副会長):
    the 答申書 would go out signed by nobody, or by the recused 会長. The answer page says so before issuing,
    issuing is refused, and once the council designates another 職務代理者 that member signs it."""
    from shingikai.councils.actions import designate_acting_chair, end_membership
    from shingikai.meetings.actions import NO_SIGNER

    w = web_world
    chair, acting, later_acting = w.people[0], w.people[1], w.people[2]
    case = accepted_case(w, on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    meeting, (item,) = open_meeting_with(w, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    end_membership(_membership(w, acting), on=dt.date(2025, 5, 31), reason="辞職")
    answer = draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    client.force_login(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    page = client.post(url, {"action": "issue", "date": "2025-06-10", "meeting": meeting.pk})
    assert page.status_code == 400
    assert _no_signer_warning(page) == NO_SIGNER.format(date="令和7年6月10日")
    with pytest.raises(ActionRefused, match="署名できる者がいません") as refused:
        issue_answer(answer, date=dt.date(2025, 6, 10), meeting=meeting)
    assert refused.value.message == NO_SIGNER.format(date="令和7年6月10日")
    answer.refresh_from_db()
    assert answer.state != answer.State.ISSUED and not answer.number
    designate_acting_chair(w.council, later_acting, on=dt.date(2025, 6, 1))
    page = client.post(url, {"action": "issue", "date": "2025-06-10", "meeting": meeting.pk, "number": ""})
    assert page.status_code == 302
    answer.refresh_from_db()
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"会長職務代理者{later_acting.name.replace(' ', '')}" in letter
    assert f"会長{chair.name.replace(' ', '')}" not in letter


def _no_signer_warning(page):
    """The answer page's warning that nobody can sign, '' without one."""
    import html
    import re

    found = re.search(r'id="answer-no-signer"[^>]*>([^<]*)<', page.content.decode())
    return html.unescape(found.group(1)) if found else ""


def _decided_case_with_the_officers_leaving(w, *, chair_leaves, acting_leaves):
    """A case decided on 令和7年5月20日 by the whole council; the 会長 and the 会長職務代理者 (no 副会長) then leave."""
    from shingikai.councils.actions import end_membership

    case = accepted_case(w, on=dt.date(2025, 4, 10))
    meeting, (item,) = open_meeting_with(w, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    end_membership(_membership(w, w.people[1]), on=acting_leaves, reason="辞職")
    end_membership(_membership(w, w.people[0]), on=chair_leaves, reason="辞職")
    answer = draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    return answer, meeting


def test_the_answer_page_warns_for_the_answer_date_typed_not_for_today(client, web_world):
    """The 会長 signed until 令和7年6月30日, when they resigned; nobody stands in after. The form opens with the
    meeting's day, which the 会長 can sign: no warning, though nobody could sign today. A 答申日 typed after the
    会長 left is refused, and the page then warns for that day, not for today."""
    from shingikai.meetings.actions import NO_SIGNER

    w = web_world
    answer, meeting = _decided_case_with_the_officers_leaving(w, chair_leaves=dt.date(2025, 6, 30),
                                                              acting_leaves=dt.date(2025, 5, 31))
    client.force_login(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    assert _no_signer_warning(client.get(url)) == ""
    page = client.post(url, {"action": "issue", "date": "2025-07-10", "meeting": meeting.pk})
    assert page.status_code == 400
    assert _no_signer_warning(page) == NO_SIGNER.format(date="令和7年7月10日")
    answer.refresh_from_db()
    assert answer.state != answer.State.ISSUED
    assert client.post(url, {"action": "issue", "date": "2025-06-30", "meeting": meeting.pk}).status_code == 302
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"会長{w.people[0].name.replace(' ', '')}" in letter


def test_a_chair_elected_after_the_answer_date_typed_does_not_make_it_signable(client, web_world):
    """The 会長 and the 会長職務代理者 resigned on 令和7年5月31日 and the next 会長 took office on 7月1日: today
    somebody can sign, but not on 6月10日. The page warns for the day typed and the 答申 is refused that day."""
    from shingikai.councils.actions import elect_chair
    from shingikai.meetings.actions import NO_SIGNER

    w = web_world
    answer, meeting = _decided_case_with_the_officers_leaving(w, chair_leaves=dt.date(2025, 5, 31),
                                                              acting_leaves=dt.date(2025, 5, 31))
    elect_chair(w.council, w.people[2], on=dt.date(2025, 7, 1))
    client.force_login(w.secretariat)
    url = reverse("meetings:answer", args=[answer.pk])
    page = client.post(url, {"action": "issue", "date": "2025-06-10", "meeting": meeting.pk})
    assert page.status_code == 400
    assert _no_signer_warning(page) == NO_SIGNER.format(date="令和7年6月10日")
    assert client.post(url, {"action": "issue", "date": "2025-07-01", "meeting": meeting.pk}).status_code == 302
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"会長{w.people[2].name.replace(' ', '')}" in letter


def test_a_provisional_chair_who_left_the_council_before_the_answer_date_does_not_sign_it(world):
    """The 仮議長 the members chose signs the 答申書 only as a member in office on its date: resigned before it,
    nobody can sign, and the 答申 waits for an officer (or is dated while the 仮議長 still served)."""
    from shingikai.councils.actions import end_membership
    from shingikai.meetings.actions import NO_SIGNER, answer_signature

    chair, acting, chosen, case, meeting = _decided_under_a_provisional_chair(world)
    end_membership(_membership(world, acting), on=dt.date(2025, 5, 21), reason="辞職")
    end_membership(_membership(world, chosen), on=dt.date(2025, 5, 25), reason="辞職")
    assert answer_signature(world.council, dt.date(2025, 5, 26), [case]) is None
    answer = draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    with pytest.raises(ActionRefused) as refused:
        issue_answer(answer, date=dt.date(2025, 5, 26), meeting=meeting)
    assert refused.value.message == NO_SIGNER.format(date="令和7年5月26日")
    issued = issue_answer(answer, date=dt.date(2025, 5, 25), meeting=meeting)
    assert f"仮議長{chosen.name.replace(' ', '')}" in document_text(render("answer", issued.pk, "pdf"))


def test_a_cases_recused_members_are_read_in_one_place(world):
    """Case.recused_ids: the members recused from a case, which the quorum, the item's chair and the 答申's
    signature all read."""
    case = accepted_case(world)
    assert case.recused_ids() == set()
    recusal = record_recusal(case, world.people[0], reason=REASON)
    record_recusal(case, world.people[3], reason=REASON)
    assert case.recused_ids() == {world.people[0].pk, world.people[3].pk}
    withdraw_recusal(recusal, reason="記録の誤り")
    assert case.recused_ids() == {world.people[3].pk}


def _decided_under_a_provisional_chair(world):
    """The 会長 recused from a case and the 会長職務代理者 absent: the 仮議長 the members chose decided it."""
    from shingikai.meetings.actions import choose_provisional_chair

    chair, acting, chosen = world.people[0], world.people[1], world.people[2]
    case = accepted_case(world, on=dt.date(2025, 4, 10))
    record_recusal(case, chair, reason=REASON)
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20),
                                         present=[p for p in world.people if p != acting])
    choose_provisional_chair(item, chosen)
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    return chair, acting, chosen, case, meeting


def test_the_provisional_chair_of_the_item_signs_the_answer_when_no_officer_can(world):
    """The 会長 recused, the 会長職務代理者 absent from the meeting and resigned before the 答申 (no
    副会長): the 仮議長 the members chose for the item, who presided over its deliberation, signs the 答申書 (not the recused 会長, not a bare 「会長」)."""
    from shingikai.councils.actions import end_membership

    chair, acting, chosen, case, meeting = _decided_under_a_provisional_chair(world)
    end_membership(_membership(world, acting), on=dt.date(2025, 5, 21), reason="辞職")
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 28), meeting=meeting)
    letter = document_text(render("answer", answer.pk, "pdf"))
    assert f"仮議長{chosen.name.replace(' ', '')}" in letter
    assert f"会長{chair.name.replace(' ', '')}" not in letter


def test_the_public_meeting_page_says_who_chaired_the_item_of_a_recused_chair(client, web_world):
    """The minutes (PDF) say who chaired the item the 会長 withdrew from; the public page of those minutes says the
    same, so that a reader of the page is not left thinking the recused 会長 chaired it."""
    from helpers import sign_all
    from shingikai.minutes.actions import confirm_minutes, designate_signers, draft_minutes, publish_minutes

    w = web_world
    chair, acting, chosen, case, meeting = _decided_under_a_provisional_chair(w)
    minutes = draft_minutes(meeting)
    designate_signers(minutes, [w.people[3], w.people[4]])
    confirm_minutes(minutes, on=dt.date(2025, 6, 10), by_circulation=True, open_checks_acknowledged=True)
    sign_all(minutes, dt.date(2025, 6, 11))
    publish_minutes(minutes, on=dt.date(2025, 6, 12))
    public = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert (f"本件の議事は、会長の{chair.name}委員が利害関係を有し、その職務を代理する者もいないため、"
            f"出席委員の互選により仮議長となった{chosen.name}委員が進行した。") in public
    assert REASON not in public
