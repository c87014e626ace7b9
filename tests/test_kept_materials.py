"""The members' materials keep each item's rendered section under what it shows (shingikai/fragments.py).

A section is read back without reading its case's rows; any change through an action (a question, its
answer, an attachment, a checklist answer, the item's publicity or place on the agenda, another council's
published precedent) shows on the next visit, and a member's variant (with the link to ask the department)
never reaches the secretariat, nor the reverse.
"""
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shingikai.cases import actions as case_actions
from shingikai.meetings import actions as meeting_actions
from shingikai.minutes.actions import unpublish_import
from shingikai.search import indexing
from test_query_counts import without_csrf
from test_query_counts import _other_councils_precedents
from test_web_support import accepted_case, scheduled_meeting, web_world  # noqa: F401

from conftest import PASSWORD


def _materials(web_world, client, username="jimukyoku"):
    meeting, item, case = scheduled_meeting(web_world, case=accepted_case(web_world))
    assert client.login(username=username, password=PASSWORD)
    return f"/work/meetings/m/{meeting.pk}/materials/", item, case


def test_a_kept_section_is_read_back_without_its_rows_and_shows_the_same(web_world, client):
    url, _, _ = _materials(web_world, client)
    cache.clear()
    with CaptureQueriesContext(connection) as rendered:
        first = client.get(url)
    with CaptureQueriesContext(connection) as kept:
        again = client.get(url)
    assert without_csrf(again) == without_csrf(first)
    assert len(kept) < len(rendered)


def test_each_change_to_an_items_case_shows_at_once(web_world, client):
    url, item, case = _materials(web_world, client)
    client.get(url)
    question = case_actions.ask_question(case, text="委託先の監査はどのように行いますか。", by=web_world.member_user)
    assert "委託先の監査はどのように行いますか。" in client.get(url).content.decode()
    case_actions.answer_question(question, answer="年1回、立入検査を行います。", by=web_world.dept_a_user)
    assert "年1回、立入検査を行います。" in client.get(url).content.decode()
    case_actions.add_attachment(case, title="委託契約書の案", by=web_world.dept_a_user,
                                file=SimpleUploadedFile("keiyaku.txt", "契約書".encode(), content_type="text/plain"))
    assert "委託契約書の案" in client.get(url).content.decode()
    page = client.get(url).content.decode()
    section = page[page.index(f'id="m-item-{item.pk}"'):]
    assert "非公開" not in section[:section.index("</h2>")]
    meeting_actions.set_agenda_item_publicity(item, is_public=False, closed_reason="個人の権利利益を害するおそれ")
    section = client.get(url).content.decode()
    section = section[section.index(f'id="m-item-{item.pk}"'):]
    assert "非公開" in section[:section.index("</h2>")]


def test_a_members_section_and_the_secretariats_are_kept_apart(web_world, client):
    url, _, case = _materials(web_world, client, username="iin")
    ask = f"/work/cases/{case.pk}/#questions"
    assert ask in client.get(url).content.decode()
    client.logout()
    assert client.login(username="jimukyoku", password=PASSWORD)
    assert ask not in client.get(url).content.decode()
    client.logout()
    assert client.login(username="iin", password=PASSWORD)
    assert ask in client.get(url).content.decode()


def _section(page, item):
    page = page.content.decode()
    start = page.index(f'id="m-item-{item.pk}"')
    return page[start:page.index("</section>", start)]


def test_moving_an_item_renumbers_its_kept_section_at_once(web_world, client):
    url, first, first_case = _materials(web_world, client)
    second = meeting_actions.schedule_case(accepted_case(web_world, title="図書館の利用者管理システムの更新"),
                                           first.meeting, by=web_world.secretariat)
    assert f"{first.order}. {first_case.title}" in _section(client.get(url), first)
    assert f"{second.order}. 図書館の利用者管理システムの更新" in _section(client.get(url), second)
    meeting_actions.move_agenda_item(second, position=first.order, by=web_world.secretariat)
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.order < first.order
    page = client.get(url)
    assert f"{second.order}. 図書館の利用者管理システムの更新" in _section(page, second)
    assert f"{first.order}. {first_case.title}" in _section(page, first)


def test_a_checklist_answer_shows_in_the_kept_section_at_once(web_world, client):
    # Work off the premises without a word on supervision: the checklist's "offsite" point.
    meeting, item, case = scheduled_meeting(web_world, case=accepted_case(web_world, offsite_work=True))
    assert client.login(username="jimukyoku", password=PASSWORD)
    url = f"/work/meetings/m/{meeting.pk}/materials/"
    code = "offsite"
    before = _section(client.get(url), item)
    case_actions.answer_checklist(case, code, "委託契約で返却と消去証明を求めます。", by=web_world.dept_a_user)
    assert "委託契約で返却と消去証明を求めます。" not in before
    assert "委託契約で返却と消去証明を求めます。" in _section(client.get(url), item)


def test_another_councils_precedent_enters_and_leaves_the_kept_section_at_once(web_world, client):
    """The precedents come from the search index: its generation, which moves with every index write, is
    part of each section's key, so a neighbour's publication and its withdrawal show on the next visit."""
    case = accepted_case(web_world, title="市民プールへの防犯カメラの設置")
    meeting, item, _ = scheduled_meeting(web_world, case=case)
    assert client.login(username="jimukyoku", password=PASSWORD)
    url = f"/work/meetings/m/{meeting.pk}/materials/"
    assert "まち0個人情報保護審議会" not in _section(client.get(url), item)
    _other_councils_precedents(n=1)
    assert "まち0個人情報保護審議会" in _section(client.get(url), item)
    from shingikai.meetings.models import Meeting

    unpublish_import(Meeting.objects.get(council__name="まち0個人情報保護審議会"), reason="訂正のため")  # by the operator, whose import it is
    indexing.drain()  # what the commit does after the action (the test's transaction never commits)
    assert "まち0個人情報保護審議会" not in _section(client.get(url), item)
