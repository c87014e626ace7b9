"""Who a new appointment is of: a new person, unless the secretariat picks a former or present member of its own
city's councils. A name never joins two people, and never reaches across cities (another city's namesake would
bring their login, which then reads this council's closed records, and their private address)."""
import datetime

from django.urls import reverse
from test_web_support import web_world  # noqa: F401

from shingikai.councils.actions import create_council, end_membership
from shingikai.councils.models import Membership, Person


def _appoint(client, council, **fields):
    return client.post(reverse("councils:members", args=[council.pk]), {
        "what": "appoint", "appointed_on": "令和7年7月1日", "term_start": "令和7年7月1日", "term_end": "令和10年3月31日",
        **fields})


def _second_council_of_the_city(w):
    """みなみ市's 行政不服審査会, kept by the secretariat of its 審議会."""
    review = create_council(w.city, name="みなみ市行政不服審査会", slug="minami-fufuku")
    w.secretariat_staff.secretariat_councils.set([review])
    return review


def test_a_namesake_of_another_citys_member_is_appointed_as_a_new_person(client, web_world):
    w = web_world
    theirs = w.people[1]  # みなみ市's 井上 二葉, with the login "iin" and a private address
    theirs.email = "inoue@minami.example.jp"
    theirs.save()
    client.force_login(w.other_secretariat)
    response = _appoint(client, w.other_council, name="井上 二葉", sector="学識経験者")
    assert response.status_code == 302
    added = Membership.objects.get(council=w.other_council)
    assert added.person != theirs and added.person.user is None and added.person.email == ""
    assert not theirs.memberships.filter(council=w.other_council).exists()
    page = client.get(reverse("councils:members", args=[w.other_council.pk])).content.decode()
    assert "inoue@minami.example.jp" not in page and "同じ氏名の委員・元委員がいます" not in page
    client.force_login(w.member_user)
    assert w.other_council.name not in client.get(reverse("councils:dashboard")).content.decode()


def test_a_person_of_another_city_is_neither_offered_nor_taken(client, web_world):
    w = web_world
    client.force_login(w.other_secretariat)
    form = client.get(reverse("councils:members", args=[w.other_council.pk])).content.decode()
    assert all(person.name not in form for person in w.people)
    response = _appoint(client, w.other_council, person=w.people[1].pk)
    assert response.status_code == 400 and "この自治体の審議会の委員・元委員から選んでください" in response.content.decode()
    assert not Membership.objects.filter(council=w.other_council).exists()


def test_a_former_member_is_appointed_again_by_picking_them_with_who_they_are(client, web_world):
    w = web_world
    review = _second_council_of_the_city(w)
    leaving = Membership.objects.get(council=w.council, person=w.people[4])
    end_membership(leaving, on=datetime.date(2025, 6, 30))
    w.people[4].affiliation = "弁護士"
    w.people[4].save()
    client.force_login(w.secretariat)
    form = client.get(reverse("councils:members", args=[review.pk])).content.decode()
    assert "小野 五月（弁護士） / みなみ市情報公開・個人情報保護審議会 令和6年4月1日〜令和7年6月30日" in form
    assert _appoint(client, review, person=w.people[4].pk).status_code == 302
    assert Membership.objects.get(council=review).person == w.people[4]
    assert Person.objects.filter(name="小野 五月").count() == 1


def test_a_name_borne_by_a_member_of_the_same_city_is_picked_or_confirmed_as_someone_else(client, web_world):
    w = web_world
    review = _second_council_of_the_city(w)
    client.force_login(w.secretariat)
    response = _appoint(client, review, name="井上　二葉")
    body = response.content.decode()
    assert response.status_code == 400 and "同じ氏名の委員・元委員がいます" in body
    assert "みなみ市情報公開・個人情報保護審議会 令和6年4月1日〜" in body and "同姓同名の別の人として委嘱する" in body
    assert not Membership.objects.filter(council=review).exists()
    response = _appoint(client, review, person=w.people[1].pk, name="井上 三葉")
    assert response.status_code == 400 and "が違います" in response.content.decode()
    assert _appoint(client, review, name="井上 二葉", another_person="on").status_code == 302
    added = Membership.objects.get(council=review).person
    assert added != w.people[1] and added.user is None


def test_appoint_member_keeps_refusing_a_second_membership_of_the_picked_person(client, web_world):
    w = web_world
    client.force_login(w.secretariat)
    response = _appoint(client, w.council, person=w.people[2].pk)
    assert response.status_code == 400 and "すでに" in response.content.decode()
    assert Membership.objects.filter(council=w.council, person=w.people[2]).count() == 1


def test_the_sample_builder_gives_each_city_its_own_people_of_the_same_names(db):
    from shingikai.documents.sampledata import build_record

    build_record(city="ひがし市", slug="higashi")
    build_record(city="にし市", slug="nishi")
    assert Person.objects.filter(name="佐藤 美咲").count() == 2
    for person in Person.objects.all():
        assert person.memberships.values("council__municipality").distinct().count() == 1
