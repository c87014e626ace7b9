"""会長・副会長: the secretariat records who the members elected (互選) or the chair named (指名), from a date.
One holder of each office at a time; the predecessor stays on record, so a meeting's documents name the
chair of the meeting's day, and an old meeting keeps its old chair."""
import datetime

import pytest
from django.urls import reverse
from helpers import accepted_case, document_text, open_meeting_with
from test_web_support import web_world  # noqa: F401

from shingikai.councils.actions import chair_of, elect_officer, end_membership, roles_on, withdraw_election
from shingikai.councils.models import Membership, Officer
from shingikai.documents.render import render
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers
from shingikai.minutes.models import MinutesSigner

CHAIR, VICE = Membership.Role.CHAIR, Membership.Role.VICE_CHAIR
RESIGNED, ELECTED = datetime.date(2025, 6, 30), datetime.date(2025, 7, 10)


def membership(world, person):
    return Membership.objects.get(council=world.council, person=person)


def test_a_new_chair_after_a_resignation_leaves_the_old_meetings_with_their_old_chair(client, world):
    old_chair, acting = world.people[0], world.people[1]
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    m.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = m.draft_answer(world.council, cases=[item.case], conclusion="承認とする。", addressee="みなみ市長")
    m.issue_answer(answer, date=datetime.date(2025, 5, 30), meeting=meeting)

    end_membership(membership(world, old_chair), on=RESIGNED, by=world.secretariat)
    assert chair_of(world.council, ELECTED) is None
    elect_officer(world.council, acting, role=CHAIR, on=ELECTED, by=world.secretariat)

    assert chair_of(world.council, meeting.date) == old_chair
    assert chair_of(world.council, ELECTED) == acting
    # The acting chair's office ended when she became chair.
    assert roles_on(world.council, ELECTED) == {acting.pk: CHAIR}
    assert roles_on(world.council, meeting.date) == {old_chair.pk: CHAIR, acting.pk: Membership.Role.ACTING_CHAIR}
    m.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    assert MinutesSigner.objects.get(minutes__meeting=meeting, role=MinutesSigner.Role.CHAIR).person == old_chair
    client.force_login(world.secretariat)
    text = document_text(client.get(f"/documents/answer/{answer.pk}.pdf").content, "application/pdf")
    assert old_chair.name.replace(" ", "") in text.replace(" ", "").replace("\u3000", "")
    # Both offices are on record, with their dates and their history.
    terms = list(Officer.objects.filter(council=world.council).order_by("since", "pk").values_list(
        "membership__person__name", "role", "since", "until"))
    assert terms == [("青木 一郎", CHAIR, datetime.date(2024, 4, 1), RESIGNED),
                     ("井上 二葉", Membership.Role.ACTING_CHAIR, datetime.date(2024, 4, 1), ELECTED - datetime.timedelta(1)),
                     ("井上 二葉", CHAIR, ELECTED, None)]
    assert Officer.history.filter(until=RESIGNED).exists()


def test_the_speaker_list_of_a_meeting_after_the_election_leads_with_the_new_chair(client, world):
    elect_officer(world.council, world.people[2], role=CHAIR, on=ELECTED)
    meeting, _ = open_meeting_with(world, date=ELECTED)
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:turns", args=[meeting.pk])).content.decode()
    assert "上田 三恵 (会長)" in page and "青木 一郎 (会長)" not in page


@pytest.mark.parametrize("person, kwargs, message", [
    # Two months ahead: a date more than ten years ahead is refused before any rule of the election is read.
    (4, {"role": CHAIR, "on": datetime.date.today() + datetime.timedelta(days=60)}, "未来の日付"),
    (4, {"role": CHAIR, "on": ELECTED, "given_by": Membership.GivenBy.DESIGNATION}, "互選"),
    (4, {"role": CHAIR, "on": datetime.date(2024, 3, 1)}, "委員ではありません"),
    (0, {"role": VICE, "on": ELECTED}, "会長です"),
    (4, {"role": "member", "on": ELECTED}, "選任できる役職"),
])
def test_the_rules_of_an_election(world, person, kwargs, message):
    with pytest.raises(ActionRefused, match=message):
        elect_officer(world.council, world.people[person], **kwargs)
    assert Officer.objects.filter(council=world.council).count() == 2


def test_an_election_before_the_current_holder_took_office_is_refused(world):
    elect_officer(world.council, world.people[2], role=CHAIR, on=ELECTED)
    with pytest.raises(ActionRefused, match="それより前の選任は記録できません"):
        elect_officer(world.council, world.people[3], role=CHAIR, on=ELECTED - datetime.timedelta(days=5))


def test_a_vice_chair_needs_a_chair(world):
    end_membership(membership(world, world.people[0]), on=RESIGNED)
    with pytest.raises(ActionRefused, match="会長が選任されていない"):
        elect_officer(world.council, world.people[3], role=VICE, on=ELECTED)


def test_an_election_at_a_meeting_takes_the_meeting_day_and_needs_its_quorum(world):
    meeting, _ = open_meeting_with(world, date=ELECTED, present=world.people[:2], informal=True)
    with pytest.raises(ActionRefused, match="会議の日"):
        elect_officer(world.council, world.people[2], role=CHAIR, on=ELECTED - datetime.timedelta(1), meeting=meeting)
    with pytest.raises(ActionRefused, match="定足数"):
        elect_officer(world.council, world.people[2], role=CHAIR, on=ELECTED, meeting=meeting)


def test_the_secretariat_records_an_election_on_the_members_screen(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    page = client.get(url).content.decode()
    assert "会長・副会長を選任する" in page
    seen = Officer.history.order_by("-history_id").values_list("history_id", flat=True).first()
    form = {"what": "officer", "membership": membership(w, w.people[3]).pk, "role": VICE, "given_by": "指名",
            "since": "令和7年7月10日", "seen": seen}
    response = client.post(url, form, follow=True)
    assert "江口 四郎 を副会長に選任しました (令和7年7月10日から)" in response.content.decode()
    assert roles_on(w.council, ELECTED)[w.people[3].pk] == VICE
    # The same form again, opened before that election: refused, nothing recorded twice.
    response = client.post(url, {**form, "membership": membership(w, w.people[4]).pk})
    assert response.status_code == 409 and "ほかの人が先に役職の選任を記録しました" in response.content.decode()
    assert VICE not in {roles_on(w.council, ELECTED).get(w.people[4].pk)}


def test_forged_or_broken_election_forms_are_refused_in_japanese(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    other = Membership.objects.exclude(council=w.council).first()
    other_meeting = m.plan_meeting(w.other_council, date=ELECTED)
    before = list(Officer.objects.values_list("pk", "until"))
    client.force_login(w.secretariat)
    for form, message in [
        ({"membership": other.pk if other else 999999}, "在任中の委員から選んでください"),
        ({"membership": "1 OR 1=1"}, "在任中の委員から選んでください"),
        ({"meeting": other_meeting.pk}, "この審議会の会議から選んでください"),
        ({"since": "そのうち"}, "日付を"),
        ({"role": "admin"}, "役職"),
    ]:
        posted = {"what": "officer", "membership": membership(w, w.people[3]).pk, "role": VICE, "given_by": "指名",
                  "since": "2025-07-10", **form}
        response = client.post(url, posted)
        assert response.status_code == 400 and message in response.content.decode(), form
    assert list(Officer.objects.values_list("pk", "until")) == before
    client.force_login(w.dept_a_user)
    assert client.post(url, {"what": "officer", "membership": membership(w, w.people[3]).pk, "role": VICE,
                             "given_by": "指名", "since": "2025-07-10"}).status_code == 403
    assert list(Officer.objects.values_list("pk", "until")) == before


def test_a_meeting_recorded_after_a_new_chair_was_elected_lists_the_chair_of_its_own_day(world):
    """The attendance took each member's title from the office their membership shows now: a meeting recorded
    after its day (the year's record caught up afterwards) listed that day's chair as 委員, or the chair
    elected since as 会長."""
    old_chair, new_chair = world.people[0], world.people[2]
    elect_officer(world.council, new_chair, role=CHAIR, on=ELECTED)
    meeting, _ = open_meeting_with(world, date=ELECTED - datetime.timedelta(days=3))
    titles = dict(meeting.attendances.filter(kind="member").values_list("person_id", "title"))
    assert titles[old_chair.pk] == "会長" and titles[new_chair.pk] == "委員"
    # A member added to the attendance afterwards (left off at the opening) too.
    later, _ = open_meeting_with(world, date=ELECTED - datetime.timedelta(days=2), present=world.people[1:])
    later.attendances.filter(person=old_chair).delete()
    added = m.add_attendee(later, kind="member", person=old_chair)
    assert added.title == "会長"


def test_an_election_recorded_by_mistake_is_taken_back_and_the_predecessor_serves_on(world):
    """The wrong member picked in the form: taken back with the reason, the 会長 before it stays 会長 (and the
    member elected keeps the office they held), the minutes of the electing meeting no longer state it."""
    old_chair, acting = world.people[0], world.people[1]
    meeting, _ = open_meeting_with(world, date=ELECTED)
    m.add_procedural_item(meeting, "会長の選出")
    officer = elect_officer(world.council, acting, role=CHAIR, on=ELECTED, meeting=meeting, by=world.secretariat)
    assert chair_of(world.council, ELECTED) == acting
    withdraw_election(officer, reason="選任した委員を誤って選んだため", by=world.secretariat)

    assert chair_of(world.council, ELECTED) == old_chair
    assert roles_on(world.council, ELECTED) == {old_chair.pk: CHAIR, acting.pk: Membership.Role.ACTING_CHAIR}
    assert membership(world, old_chair).role == CHAIR and membership(world, acting).role == Membership.Role.ACTING_CHAIR
    assert not Officer.objects.filter(pk=officer.pk).exists()
    assert Officer.history.filter(id=officer.pk, history_type="-",
                                  history_change_reason__contains="誤って選んだ").exists()
    m.close_meeting(meeting)
    assert "会長に選出された" not in document_text(render("minutes", meeting.pk, "pdf"))


def test_an_election_cannot_be_taken_back_once_settled_minutes_name_the_officer_or_a_later_one_follows(world):
    new_chair = world.people[2]
    officer = elect_officer(world.council, new_chair, role=CHAIR, on=ELECTED)
    meeting, _ = open_meeting_with(world, date=ELECTED + datetime.timedelta(days=5))
    m.close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=ELECTED + datetime.timedelta(days=20), by_circulation=True,
                    open_checks_acknowledged=True)
    with pytest.raises(ActionRefused, match="会議録が確定しています"):
        withdraw_election(officer, reason="誤り", by=world.secretariat)
    with pytest.raises(ActionRefused, match="理由を入力"):
        withdraw_election(officer, reason=" ", by=world.secretariat)
    first = Officer.objects.get(council=world.council, role=Membership.Role.ACTING_CHAIR)
    later = elect_officer(world.council, world.people[3], role=Membership.Role.ACTING_CHAIR, on=ELECTED)
    with pytest.raises(ActionRefused, match="後任の選任が記録されている"):
        withdraw_election(first, reason="誤り", by=world.secretariat)
    assert chair_of(world.council, ELECTED) == new_chair and Officer.objects.filter(pk=later.pk).exists()


def test_the_secretariat_takes_back_an_election_on_the_members_screen_keeping_the_reason_typed(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    officer = elect_officer(w.council, w.people[3], role=VICE, on=ELECTED, by=w.secretariat)
    client.force_login(w.secretariat)
    page = client.get(url).content.decode()
    assert f'name="officer" value="{officer.pk}"' in page and "選任を取り消す" in page
    seen = Officer.history.order_by("-history_id").values_list("history_id", flat=True).first()
    too_long = "誤" * 120
    response = client.post(url, {"what": "withdraw_officer", "officer": officer.pk, "reason": too_long, "seen": seen})
    assert response.status_code == 400 and "理由は" in response.content.decode()
    assert too_long in response.content.decode()  # what was typed stays in the form
    response = client.post(url, {"what": "withdraw_officer", "officer": officer.pk, "reason": "指名の記録誤り",
                                 "seen": seen}, follow=True)
    assert "江口 四郎 の副会長の選任 (令和7年7月10日から) を取り消しました" in response.content.decode()
    assert not Officer.objects.filter(pk=officer.pk).exists()
    client.force_login(w.dept_a_user)
    other = Officer.objects.filter(council=w.council).first()
    assert client.post(url, {"what": "withdraw_officer", "officer": other.pk, "reason": "x"}).status_code == 403
    assert Officer.objects.filter(pk=other.pk).exists()



def test_the_minutes_of_a_meeting_the_chair_missed_name_the_acting_chair_who_presided(world):
    chair, acting = world.people[0], world.people[1]
    meeting = m.plan_meeting(world.council, date=ELECTED, start_time=datetime.time(14, 0))
    meeting = m.open_meeting(meeting, present=world.people[1:], absent=[chair])
    m.close_meeting(meeting)
    minutes = document_text(render("minutes", meeting.pk, "pdf"))
    assert f"議長会長職務代理{acting.name.replace(' ', '')}（会長欠席のため）" in minutes
    presided, _ = open_meeting_with(world, date=ELECTED + datetime.timedelta(days=7))
    m.close_meeting(presided)
    assert "議長" not in document_text(render("minutes", presided.pk, "pdf"))  # the 会長 presided: nothing to say


def test_the_secretariat_records_the_provisional_chair_of_a_meeting_neither_the_chair_nor_the_acting_chair_attended(
        client, web_world):
    """会長 and 会長職務代理 both absent: the members present choose a 仮議長 (互選). The meeting page says nobody is
    recorded and offers the form (the members present, or a name typed); the minutes then name the 仮議長 as 議長 and
    put them on the chair's signature line, and once the minutes are confirmed the form is gone."""
    from helpers import sign_all
    from shingikai.minutes.actions import draft_minutes, publish_minutes

    w = web_world
    chair, acting, chosen = w.people[0], w.people[1], w.people[3]
    meeting = m.plan_meeting(w.council, date=ELECTED, start_time=datetime.time(14, 0))
    meeting = m.open_meeting(meeting, present=w.people[2:], absent=[chair, acting])
    minutes = draft_minutes(meeting)
    designate_signers(minutes, [w.people[2], w.people[4]])
    client.force_login(w.secretariat)
    url = reverse("meetings:detail", args=[meeting.pk])
    page = client.get(url).content.decode()
    assert "会長も職務代理者も出席していません。出席委員が互選した仮議長を記録してください。" in page
    action = reverse("meetings:presiding", args=[meeting.pk])
    assert action in page
    # A member chosen and another name typed: which one presided is unclear, refused with both kept.
    response = client.post(action, {"person": chosen.pk, "name": "東山 太郎", "meeting_version": meeting.version})
    assert response.status_code == 400
    page = response.content.decode()
    assert "どちらか一方にしてください" in page and 'value="東山 太郎"' in page
    response = client.post(action, {"person": chosen.pk, "name": "", "meeting_version": meeting.version})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.presiding_name == chosen.name
    assert f"議長: {chosen.name}" in client.get(url).content.decode()
    assert minutes.signers.get(role=MinutesSigner.Role.CHAIR).person == chosen
    meeting, (item,) = meeting, [m.schedule_case(accepted_case(w), meeting)]
    m.record_decision(item, outcome="承認", vote_method="採決", votes_for=1, votes_against=1, chair_decided=True)
    m.close_meeting(meeting)
    text = document_text(render("minutes", meeting.pk, "pdf"))
    assert f"議長仮議長{chosen.name.replace(' ', '')}（会長欠席のため）" in text
    assert "可否同数のため仮議長が決した" in text  # not the absent 会長
    confirm_minutes(minutes, on=ELECTED + datetime.timedelta(days=20), by_circulation=True,
                    open_checks_acknowledged=True)
    assert action not in client.get(url).content.decode()
    with pytest.raises(ActionRefused, match="会議録が確定しているため"):
        m.set_presiding(meeting, "北野 花子")
    sign_all(minutes, ELECTED + datetime.timedelta(days=21))
    publish_minutes(minutes, on=ELECTED + datetime.timedelta(days=22))
    client.logout()
    public = client.get(reverse("portal:meeting", args=[meeting.pk])).content.decode()
    assert f"議長: 仮議長　{chosen.name.replace(' ', '')}（会長欠席のため）" in public


def test_a_member_other_than_the_chair_present_is_not_recorded_as_presiding(client, web_world):
    """The ordinance makes the 会長 the 議長: with the 会長 present, another member chosen on the meeting's 議長 form
    is refused in Japanese, and the page and the minutes keep the 会長 (no 〈議長〉 row, the 会長 on the chair's
    signature line). With the 会長 absent, the 会長職務代理者 present presides, not a 仮議長."""
    w = web_world
    chair, acting, other = w.people[0], w.people[1], w.people[3]
    meeting, _ = open_meeting_with(w, date=ELECTED)
    client.force_login(w.secretariat)
    action = reverse("meetings:presiding", args=[meeting.pk])
    response = client.post(action, {"person": other.pk, "name": "", "meeting_version": meeting.version})
    assert response.status_code == 400
    assert f"会長の{chair.name}委員が出席しているため、条例により会長が議長となります。" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.presiding_name == ""
    with pytest.raises(ActionRefused, match="会長が議長となります"):
        m.set_presiding(meeting, "東山 太郎")
    m.set_presiding(meeting, chair.name)
    m.close_meeting(meeting)
    assert "議長" not in document_text(render("minutes", meeting.pk, "pdf"))

    absent_chair = m.plan_meeting(w.council, date=ELECTED + datetime.timedelta(days=7), start_time=datetime.time(14, 0))
    absent_chair = m.open_meeting(absent_chair, present=w.people[1:], absent=[chair])
    with pytest.raises(ActionRefused, match=f"会長職務代理者の{acting.name}委員が出席しているため"):
        m.set_presiding(absent_chair, other.name)
    m.set_presiding(absent_chair, acting.name)
    m.close_meeting(absent_chair)
    text = document_text(render("minutes", absent_chair.pk, "pdf"))
    assert f"議長会長職務代理{acting.name.replace(' ', '')}（会長欠席のため）" in text


def test_a_provisional_chair_who_left_the_council_before_signing_does_not_sign_the_minutes(web_world):
    """The 仮議長 the members chose for a meeting neither officer attended signs the minutes on the chair's line
    only as a member in office on the day of the signature."""
    from shingikai.minutes.actions import draft_minutes, sign_minutes

    w = web_world
    chair, acting, chosen = w.people[0], w.people[1], w.people[3]
    meeting = m.plan_meeting(w.council, date=ELECTED, start_time=datetime.time(14, 0))
    meeting = m.open_meeting(meeting, present=w.people[2:], absent=[chair, acting])
    m.set_presiding(meeting, chosen.name)
    m.close_meeting(meeting)
    minutes = designate_signers(draft_minutes(meeting), [w.people[2], w.people[4]])
    assert minutes.signers.get(role=MinutesSigner.Role.CHAIR).person == chosen
    confirm_minutes(minutes, on=ELECTED + datetime.timedelta(days=20), by_circulation=True,
                    open_checks_acknowledged=True)
    end_membership(membership(w, chosen), on=ELECTED + datetime.timedelta(days=25))
    with pytest.raises(ActionRefused, match="令和7年8月5日\\) に委員ではありません"):
        sign_minutes(minutes, chosen, on=ELECTED + datetime.timedelta(days=26))
    assert minutes.signers.get(role=MinutesSigner.Role.CHAIR).signed_on is None
