"""A member resigns mid-year and a successor is appointed, on the secretariat's members screen: the next
meeting's opening form and quorum follow, and a resignation that contradicts a recorded attendance is refused."""
import datetime

from django.urls import reverse
from helpers import document_text, open_meeting_with
from test_web_support import held_meeting, web_world  # noqa: F401

from shingikai import access
from shingikai.councils.models import Membership
from shingikai.meetings.actions import close_meeting, plan_meeting
from shingikai.minutes.actions import confirm_minutes, designate_signers, sign_minutes


def test_a_resignation_and_a_successor_change_who_is_called_to_the_next_meeting(client, web_world):
    w = web_world
    leaving = Membership.objects.get(council=w.council, person=w.people[4])
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    assert f'href="{url}"' in client.get(reverse("councils:dashboard")).content.decode()
    response = client.post(url, {"what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": "令和7年6月30日"},
                           follow=True)
    assert "小野 五月 の退任 (令和7年6月30日) を記録しました" in response.content.decode()
    response = client.post(url, {"what": "appoint", "name": "加藤 六郎", "sector": "市民公募",
                                 "appointed_on": "2025-07-01", "term_start": "2025-07-01", "term_end": "2028-03-31"},
                           follow=True)
    body = response.content.decode()
    assert "加藤 六郎 の委嘱を記録しました" in body and "令和7年6月30日 退任" in body
    assert "退任日 → 「令和7年6月30日」" in body  # the change history
    meeting = plan_meeting(w.council, date=datetime.date(2025, 7, 15))
    opening = client.get(reverse("meetings:open", args=[meeting.pk])).content.decode()
    assert "加藤 六郎" in opening and "小野 五月" not in opening
    before = plan_meeting(w.council, date=datetime.date(2025, 6, 20))
    opening = client.get(reverse("meetings:open", args=[before.pk])).content.decode()
    assert "小野 五月" in opening and "加藤 六郎" not in opening


def test_a_resignation_before_a_recorded_attendance_or_twice_is_refused(client, web_world):
    w = web_world
    open_meeting_with(w, date=datetime.date(2025, 5, 20))
    leaving = Membership.objects.get(council=w.council, person=w.people[4])
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    response = client.post(url, {"what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": "2025-05-01"})
    assert response.status_code == 400 and "出席と記録されています" in response.content.decode()
    assert Membership.objects.get(pk=leaving.pk).ended_on is None
    assert client.post(url, {"what": "end", "membership": leaving.pk,
                             f"m{leaving.pk}-ended_on": "2025-05-31"}).status_code == 302
    response = client.post(url, {"what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": "2025-06-30"})
    assert response.status_code == 400 and "すでに令和7年5月31日に退任しています" in response.content.decode()
    response = client.post(url, {"what": "end", "membership": leaving.pk, f"m{leaving.pk}-ended_on": "そのうち"})
    assert response.status_code == 400 and "退任日を" in response.content.decode()


def test_only_the_councils_secretariat_keeps_its_members(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    for user in (w.dept_a_user, w.member_user, w.other_secretariat):
        client.force_login(user)
        assert client.post(url, {"what": "appoint", "name": "侵入 者", "appointed_on": "2025-07-01",
                                 "term_start": "2025-07-01"}).status_code == 403
    assert not Membership.objects.filter(person__name="侵入 者").exists()


def test_a_forged_membership_id_is_not_found(client, web_world):
    client.force_login(web_world.secretariat)
    url = reverse("councils:members", args=[web_world.council.pk])
    for forged in ("abc", "9" * 30, "-1", ""):
        assert client.post(url, {"what": "end", "membership": forged}).status_code == 404


def test_the_secretariat_records_a_members_e_mail_on_the_members_screen(client, web_world):
    w = web_world
    membership = Membership.objects.get(council=w.council, person=w.people[0])
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    response = client.post(url, {"what": "email", "membership": membership.pk,
                                 f"e{membership.pk}-email": "aoki@example.jp"}, follow=True)
    assert "青木 一郎 の電子メールを登録しました" in response.content.decode()
    assert 'value="aoki@example.jp"' in response.content.decode()
    membership.person.refresh_from_db()
    assert membership.person.email == "aoki@example.jp"
    response = client.post(url, {"what": "email", "membership": membership.pk, f"e{membership.pk}-email": "aoki"})
    assert response.status_code == 400 and "電子メール" in response.content.decode()
    membership.person.refresh_from_db()
    assert membership.person.email == "aoki@example.jp"


def test_a_successor_appointed_with_an_e_mail_is_called_by_it(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    client.post(url, {"what": "appoint", "name": "加藤 六郎", "appointed_on": "2025-07-01",
                      "term_start": "2025-07-01", "email": "kato@example.jp"})
    assert Membership.objects.get(council=w.council, person__name="加藤 六郎").person.email == "kato@example.jp"


def test_the_convocation_refused_for_want_of_addresses_says_where_to_add_them(client, web_world):
    from test_web_support import scheduled_meeting

    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    body = client.post(reverse("meetings:convene", args=[meeting.pk])).content.decode()
    assert f"「委員 ({web_world.council.name})」の画面" in body and "電子メールを登録してください" in body


def test_a_member_leaving_reads_no_closed_materials_of_the_meetings_after_leaving(client, web_world):
    from django.utils import timezone
    from helpers import accepted_case

    from shingikai.councils.actions import end_membership
    from shingikai.meetings.actions import schedule_case

    w = web_world
    today = timezone.localdate()
    before = plan_meeting(w.council, date=today + datetime.timedelta(days=3))
    after = plan_meeting(w.council, date=today + datetime.timedelta(days=20))
    for meeting, title in ((before, "退任前の非公開案件"), (after, "退任後の非公開案件")):
        schedule_case(accepted_case(w, title=title), meeting, is_public=False, closed_reason="個人情報を含むため")
    client.force_login(w.member_user)
    assert client.get(reverse("meetings:materials", args=[after.pk])).status_code == 200
    end_membership(Membership.objects.get(council=w.council, person=w.people[1]), on=today + datetime.timedelta(days=10))
    assert "退任前の非公開案件" in client.get(reverse("meetings:materials", args=[before.pk])).content.decode()
    assert client.get(reverse("meetings:materials", args=[after.pk])).status_code == 404
    assert client.get(reverse("meetings:detail", args=[after.pk])).status_code == 404
    document = client.get(reverse("documents:download", args=["agenda", after.pk, "docx"]))
    assert document.status_code == 200 and "退任後の非公開案件" not in document_text(document.content, document["Content-Type"])


def test_an_office_given_to_a_member_whose_resignation_is_recorded_ends_with_the_membership(web_world):
    from django.utils import timezone

    from shingikai.councils.actions import elect_officer, end_membership
    from shingikai.councils.models import Officer

    w = web_world
    today = timezone.localdate()
    leaving = end_membership(Membership.objects.get(council=w.council, person=w.people[2]),
                             on=today + datetime.timedelta(days=10))
    officer = elect_officer(w.council, w.people[2], role=Membership.Role.VICE_CHAIR, on=today)
    assert officer.until == leaving.ended_on
    assert not Officer.objects.filter(pk=officer.pk).on(today + datetime.timedelta(days=11)).exists()


def test_a_meeting_held_earlier_today_is_not_listed_among_the_meetings_to_come(client, web_world):
    from django.utils import timezone

    from shingikai.meetings.actions import close_meeting

    w = web_world
    today = timezone.localdate()
    held, _ = open_meeting_with(w, date=today)
    close_meeting(held)
    coming = plan_meeting(w.council, date=today + datetime.timedelta(days=7))
    for user in (w.member_user, w.secretariat):
        client.force_login(user)
        body = client.get(reverse("councils:dashboard")).content.decode()
        assert reverse("meetings:detail", args=[coming.pk]) in body or reverse("meetings:materials", args=[coming.pk]) in body
        assert reverse("meetings:detail", args=[held.pk]) not in body and reverse("meetings:materials", args=[held.pk]) not in body


def test_a_members_home_lists_the_draft_minutes_to_check_and_the_minutes_to_sign(client, web_world):
    me = access.person_of(web_world.member_user)
    meeting, _, _ = held_meeting(web_world)
    close_meeting(meeting, end_time=datetime.time(16, 0))
    meeting.refresh_from_db()
    minutes = meeting.minutes
    client.force_login(web_world.member_user)
    page = client.get(reverse("councils:dashboard")).content.decode()
    assert "確認をお願いする会議録 (案)" in page and f"{meeting.label} の会議録 (案)" in page
    designate_signers(minutes, [me])
    page = client.get(reverse("councils:dashboard")).content.decode()
    assert "署名をお願いする会議録" in page and "確定後に署名" in page
    confirm_minutes(minutes, on=datetime.date.today(), by_circulation=True, open_checks_acknowledged=True)
    page = client.get(reverse("councils:dashboard")).content.decode()
    assert "未署名" in page and "確認をお願いする会議録" not in page
    sign_minutes(minutes, me, on=datetime.date.today())
    assert "署名をお願いする会議録" not in client.get(reverse("councils:dashboard")).content.decode()


def test_the_first_member_of_a_council_with_nobody_in_office_needs_a_term_end(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.other_council.pk])
    client.force_login(w.other_secretariat)
    appoint = {"what": "appoint", "name": "北野 一郎", "appointed_on": "令和7年4月1日", "term_start": "令和7年4月1日"}
    response = client.post(url, {**appoint, "term_end": ""})
    assert response.status_code == 400
    assert "在任する委員がいないため、任期の終期を空欄にはできません" in response.content.decode()
    assert not Membership.objects.filter(council=w.other_council).exists()
    client.post(url, {**appoint, "term_end": "令和9年3月31日"})
    assert Membership.objects.get(council=w.other_council).term_end == datetime.date(2027, 3, 31)
