import datetime

import pytest

from shingikai.councils.actions import appoint_member, chair_of, designate_acting_chair, elect_chair
from shingikai.councils.models import Council, Membership, Municipality, Person
from shingikai.errors import ActionRefused

ON = datetime.date(2025, 6, 1)


def test_chair_is_elected_by_mutual_election_and_replaces_the_previous_chair(world):
    elect_chair(world.council, world.people[2], on=ON)
    assert chair_of(world.council, ON) == world.people[2]
    previous = Membership.objects.get(council=world.council, person=world.people[0])
    assert previous.role == Membership.Role.MEMBER
    elected = Membership.objects.get(council=world.council, person=world.people[2])
    assert elected.role_given_by == Membership.GivenBy.MUTUAL_ELECTION


def test_only_a_member_in_office_can_be_elected(world):
    outsider = Person.objects.create(name="外部 者")
    with pytest.raises(ActionRefused):
        elect_chair(world.council, outsider, on=ON)


def test_acting_chair_is_designated_and_cannot_be_the_chair(world):
    membership = designate_acting_chair(world.council, world.people[3], on=ON)
    assert membership.role_given_by == Membership.GivenBy.DESIGNATION
    with pytest.raises(ActionRefused):
        designate_acting_chair(world.council, world.people[0], on=ON)


def test_acting_chair_needs_a_chair_first(world):
    council = Council.objects.create(municipality=world.city, name="新設審議会", slug="new")
    person = Person.objects.create(name="新任 委員")
    appoint_member(council, person, appointed_on=ON, term_start=ON)
    with pytest.raises(ActionRefused):
        designate_acting_chair(council, person, on=ON)


def test_overlapping_appointment_is_refused_but_the_next_term_is_fine(world):
    person = world.people[0]
    with pytest.raises(ActionRefused):
        appoint_member(world.council, person, appointed_on=ON, term_start=ON)
    nxt = appoint_member(world.council, person, appointed_on=datetime.date(2028, 4, 1),
                         term_start=datetime.date(2028, 4, 1), term_end=datetime.date(2030, 3, 31))
    assert nxt.pk


@pytest.mark.parametrize("rule,members,expected", [
    ("majority", 5, 3), ("majority", 6, 4), ("majority", 10, 6), ("half", 5, 3), ("half", 6, 3),
])
def test_quorum_rule(world, rule, members, expected):
    council = Council.objects.create(municipality=world.city, name=f"定足数{rule}{members}", slug=f"q-{rule}-{members}",
                                     quorum_rule=rule)
    for i in range(members):
        appoint_member(council, Person.objects.create(name=f"委員{i}"), appointed_on=ON, term_start=ON)
    assert council.quorum(ON) == expected


def test_quorum_counts_only_members_in_office_on_the_day(world):
    assert world.council.quorum(datetime.date(2025, 1, 1)) == 3
    assert world.council.quorum(datetime.date(2028, 5, 1)) == 1  # terms ended 2028-03-31: nobody in office


def test_fixed_quorum(world):
    world.council.quorum_rule = "fixed"
    world.council.quorum_fixed = 4
    assert world.council.quorum(ON) == 4


def test_organisation_is_built_through_actions(world):
    from shingikai.councils import actions

    city = actions.create_municipality(name="ひがし町", slug="higashi", head_title="ひがし町長")
    council = actions.create_council(city, name="ひがし町個人情報保護審議会", slug="higashi-shingikai")
    department = actions.create_department(city, name="住民課", division="町民部")
    staff = actions.add_staff(name="東 一", title="主査", secretariat_councils=[council])
    person = actions.add_person(name="西 二郎", name_kana="にし じろう")
    login = actions.create_login("nishi", email="nishi@example.jp", password="nishi-pass-123")
    actions.link_person_to_user(person, login)
    assert council.municipality == city and department.municipality == city
    assert list(staff.secretariat_councils.all()) == [council]
    assert Person.objects.get(pk=person.pk).user == login
    assert actions.create_login("nishi", email="other@example.jp", password="x") == login


def test_organisation_actions_refuse_duplicates_and_save_nothing(world):
    from shingikai.councils import actions
    from shingikai.councils.models import Department, Staff

    with pytest.raises(ActionRefused):
        actions.create_department(world.city, name="市民課")
    assert Department.objects.filter(municipality=world.city, name="市民課").count() == 1
    with pytest.raises(ActionRefused, match="所属課か事務局"):
        actions.add_staff(name="所属 なし")
    with pytest.raises(ActionRefused, match="すでに別の職員"):
        actions.add_staff(name="二重 登録", department=world.dept_b, user=world.dept_a_user)
    assert not Staff.objects.filter(name__in=["所属 なし", "二重 登録"]).exists()
    with pytest.raises(ActionRefused, match="すでに別の委員"):
        actions.link_person_to_user(world.people[3], world.member_user)
    assert Person.objects.get(pk=world.people[3].pk).user is None


def test_a_taken_name_or_identifier_is_refused_in_the_citys_words_not_djangos(world, client):
    from django.urls import reverse

    from shingikai.councils import actions

    with pytest.raises(ActionRefused, match="^この名前の担当課はすでにあります。"):
        actions.create_department(world.city, name="市民課")
    with pytest.raises(ActionRefused, match="^この名前の担当課はすでにあります。"):
        actions.correct_department(world.dept_b, name="市民課")
    with pytest.raises(ActionRefused, match="^この名前の自治体はすでにあります。$"):
        actions.create_municipality(name="みなみ市", slug="minami-2")
    with pytest.raises(ActionRefused, match="^この識別子はすでに使われています。"):
        actions.create_municipality(name="みなみ町", slug="minami")
    with pytest.raises(ActionRefused, match="^この識別子はすでに使われています。"):
        actions.create_council(world.city, name="みなみ市第二審議会", slug="minami-shingikai")
    client.force_login(world.secretariat)
    response = client.post(reverse("councils:departments", args=[world.council.pk]), {"what": "add", "name": "市民課"})
    page = response.content.decode()
    assert response.status_code == 400 and "この名前の担当課はすでにあります。" in page and "既に存在" not in page


@pytest.mark.parametrize("name, title, head", [
    ("北山市", "市長", "北山市長"), ("北山市", "北山市長", "北山市長"), ("西川町", "町長", "西川町長"),
    ("北山県", "知事", "北山県知事"), ("東山区", "区長", "東山区長"), ("北山市", "", "北山市長"),
])
def test_the_head_is_named_with_the_city_however_the_title_was_typed(name, title, head):
    assert Municipality(name=name, head_title=title).head == head


def test_the_file_register_names_a_city_whose_head_title_lacks_its_name(world):
    from shingikai.registers.fields import row

    world.city.head_title = "市長"
    world.city.save()
    from test_register_actions import registered_file

    assert row(registered_file(world))["body"] == "みなみ市長"


def test_a_councils_settings_change_only_what_its_secretariat_owns_and_refuse_a_nul(world):
    from shingikai.councils.actions import update_council_settings

    with pytest.raises(ActionRefused, match="slug"):
        update_council_settings(world.council, by=world.secretariat, slug="elsewhere")
    with pytest.raises(ActionRefused, match="NUL"):
        update_council_settings(world.council, by=world.secretariat, secretariat_phone="0000\x00")
    council = update_council_settings(world.council, by=world.secretariat, secretariat_section=" 総務課\n情報公開係 ")
    assert council.secretariat_section == "総務課 情報公開係"  # one line, as the letters print it


def test_a_renamed_council_is_searched_under_its_new_name(world):
    from shingikai.councils.actions import update_council_settings
    from helpers import accepted_case

    from shingikai.search.indexing import drain
    from shingikai.search.models import SearchEntry

    accepted_case(world)
    drain()  # the test's transaction never commits, after which the index is written
    assert SearchEntry.objects.filter(council_id=world.council.pk).exists()
    update_council_settings(world.council, by=world.secretariat, name="みなみ市個人情報保護審議会")
    drain()
    assert set(SearchEntry.objects.filter(council_id=world.council.pk).values_list("council_name", flat=True)) == {
        "みなみ市個人情報保護審議会"}
