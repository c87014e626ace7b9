"""How an import is stored: in bulk, yet with a history row for every record it creates or replaces,
one re-index of the meeting that covers its turns and cases, and nothing stored when a part is refused."""
import copy
import json

import pytest

from shingikai.cases.models import Case, CaseDepartment, Question
from shingikai.documents.render import build
from shingikai.errors import ActionRefused
from shingikai.meetings.models import AgendaItem, Attendance, Decision, FollowUp, Meeting, Turn
from shingikai.minutes.actions import delete_import, import_meeting, publish_import
from shingikai.search import indexing
from shingikai.search.engine import PUBLIC, search
from shingikai.search.models import PendingIndex, SearchEntry

PARSED = {
    "municipality": "にし市", "council_name": "にし市情報公開・個人情報保護審議会",
    "meeting_label": "令和6年度第2回", "date": "2024-08-05",
    "members_present": ["青木一郎", "井上二郎"], "members_absent": ["上田三郎"],
    "items": [
        {"kind": "諮問", "title": "窓口受付システムの導入", "outcome": "承認", "departments": ["市民課", "情報政策課"],
         "categories": ["外部委託"], "conditions": ["意見：委託先の監査結果を報告すること"]},
        {"kind": "報告", "title": "図書館の予約データの消去", "outcome": "継続審議", "departments": ["図書館"]},
        {"kind": "その他", "title": "次回の日程", "outcome": None, "departments": []},
    ],
    "turns": [
        {"speaker": "会長", "role": "chair", "item": 0, "text": "諮問第1号について説明をお願いします。"},
        {"speaker": "市民課長", "role": "department", "item": 0, "text": "窓口の受付予約をオンライン化します。"},
        {"speaker": "青木委員", "role": "member", "item": 0, "text": "予約データの保存先はどこですか。"},
        {"speaker": "図書館長", "role": "department", "item": 1, "text": "貸出履歴は返却後に消去しています。"},
        {"speaker": "会長", "role": "chair", "item": None, "text": "以上で閉会します。"},
    ],
}


def do_import(parsed=None, sha="a", by=None, replace=None):
    return import_meeting(copy.deepcopy(parsed or PARSED), source_name="nishi.txt", sha256=sha * 64, by=by,
                          replace=replace)


@pytest.mark.django_db
def test_every_stored_part_of_an_import_is_in_place_and_in_order(world):
    meeting, status = do_import(by=world.secretariat)
    assert status == "imported"
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("order"))
    assert [i.title for i in items] == ["窓口受付システムの導入", "図書館の予約データの消去", "次回の日程"]
    assert sorted(d.name for d in items[0].departments.all()) == ["市民課", "情報政策課"]
    assert items[0].case.department.name == "市民課"
    assert [d.department.name for d in items[0].case.involved.all()] == ["情報政策課"]
    assert items[0].case.category_labels == ["外部委託"]
    assert items[1].case.status == Case.Status.CONTINUED and items[0].case.status == Case.Status.DECIDED
    assert items[2].case.department.name == "担当課不明"
    assert Decision.objects.get(agenda_item=items[0]).outcome == "承認"
    assert not Decision.objects.filter(agenda_item=items[2]).exists()
    assert FollowUp.objects.get(decision__agenda_item=items[0]).kind == FollowUp.Kind.OPINION
    turns = list(meeting.turns.order_by("order"))
    assert [t.order for t in turns] == [1, 2, 3, 4, 5]
    assert [t.agenda_item_id for t in turns] == [items[0].pk] * 3 + [items[1].pk, None]
    assert {(a.name, a.present) for a in meeting.attendances.all()} == {
        ("青木一郎", True), ("井上二郎", True), ("上田三郎", False)}


@pytest.mark.django_db
def test_an_imported_follow_up_keeps_its_text_once_with_the_items_department_and_no_guessed_due_date():
    parsed = copy.deepcopy(PARSED)
    parsed["items"][0]["conditions"] = ["後日報告: 運用状況を報告すること（対応：市民課、期限：令和8年1月31日）",
                                        "意見：委託先の監査結果を報告すること"]
    parsed["items"][1]["conditions"] = ["資料提出: 委託契約書の写し"]
    parsed["items"][2]["conditions"] = ["次回までに日程を調整すること"]
    meeting, _ = do_import(parsed)
    stored = {f.text: (f.kind, f.department.name if f.department else None, f.due_date)
              for f in FollowUp.objects.filter(decision__agenda_item__meeting=meeting).select_related("department")}
    assert stored == {
        "運用状況を報告すること（対応：市民課、期限：令和8年1月31日）": (FollowUp.Kind.REPORT_BACK, "市民課", None),
        "委託先の監査結果を報告すること": (FollowUp.Kind.OPINION, "市民課", None),
        "委託契約書の写し": (FollowUp.Kind.SUBMISSION, "図書館", None),
        "次回までに日程を調整すること": (FollowUp.Kind.CONDITION, None, None),
    }
    # The 会議録 prints each once, the kind in its bracket and who answers as the minutes said it.
    text = json.dumps(build("minutes", meeting.pk)["blocks"], ensure_ascii=False)
    assert '"【後日報告】運用状況を報告すること（対応：市民課、期限：令和8年1月31日）"' in text
    assert '"【意見】委託先の監査結果を報告すること（対応：市民課）"' in text and "後日報告: " not in text


@pytest.mark.django_db
def test_an_import_writes_a_history_row_for_every_record_attributed_to_the_importer(world):
    meeting, _ = do_import(by=world.secretariat)
    for model, count in ((Turn, 5), (Attendance, 3), (AgendaItem, 3), (Case, 3), (Decision, 2), (FollowUp, 1)):
        rows = model.history.filter(history_type="+")
        assert rows.count() == count, model.__name__
        assert all(row.history_user == world.secretariat for row in rows), model.__name__


@pytest.mark.django_db
def test_a_corrected_import_records_the_removal_of_what_it_replaces(world):
    meeting, _ = do_import(by=world.secretariat)
    old_turns = set(meeting.turns.values_list("pk", flat=True))
    corrected = copy.deepcopy(PARSED)
    corrected["turns"] = corrected["turns"][:2]
    again, status = do_import(corrected, sha="b", by=world.secretariat, replace=True)
    assert status == "updated" and again.pk == meeting.pk
    assert meeting.turns.count() == 2 and not Turn.objects.filter(pk__in=old_turns).exists()
    removed = Turn.history.filter(history_type="-")
    assert set(removed.values_list("id", flat=True)) == old_turns
    assert all(row.history_user == world.secretariat for row in removed)
    assert Attendance.history.filter(history_type="-").count() == 3
    # The replaced cases went with their items; the new ones stand alone.
    assert Case.objects.count() == 3 and AgendaItem.objects.count() == 3
    for model, count in ((Case, 3), (AgendaItem, 3), (Decision, 2), (FollowUp, 1)):
        removed = model.history.filter(history_type="-")
        assert removed.count() == count, model.__name__
        assert all(row.history_user == world.secretariat for row in removed), model.__name__
    assert not CaseDepartment.objects.exclude(case__in=Case.objects.all()).exists()


@pytest.mark.django_db
def test_a_correction_removes_a_case_someone_has_added_to_with_what_refers_to_it(world):
    meeting, _ = do_import(by=world.secretariat)
    case = meeting.items.get(order=1).case
    Question.objects.create(case=case, text="委託先はどこですか。")
    again, _ = do_import(sha="b", by=world.secretariat, replace=True)
    assert not Case.objects.filter(pk=case.pk).exists() and not Question.objects.exists()
    assert Case.history.filter(history_type="-", id=case.pk).count() == 1
    assert Case.objects.count() == 3


@pytest.mark.django_db
def test_a_refused_part_leaves_nothing_stored_not_even_the_earlier_parts():
    broken = copy.deepcopy(PARSED)
    broken["turns"].append("not a turn")
    with pytest.raises(ActionRefused, match="turns の要素"):
        do_import(broken)
    assert not Meeting.objects.exists() and not Case.objects.exists() and not Turn.objects.exists()
    assert not Turn.history.exists() and not Case.history.exists() and not Attendance.history.exists()


@pytest.mark.django_db
def test_a_refused_correction_keeps_the_stored_meeting_whole():
    meeting, _ = do_import()
    broken = copy.deepcopy(PARSED)
    broken["items"].append(["not", "an", "item"])
    with pytest.raises(ActionRefused, match="items の要素"):
        do_import(broken, sha="b", replace=True)
    assert meeting.turns.count() == 5 and meeting.items.count() == 3 and meeting.attendances.count() == 3
    assert not Turn.history.filter(history_type="-").exists()


@pytest.fixture
def syncs(monkeypatch):
    """Which objects the search index regenerated, in order, as (kind, id)."""
    done = []
    for kind, sync in list(indexing.SYNC.items()):
        monkeypatch.setitem(indexing.SYNC, kind, lambda pk, kind=kind, sync=sync: (done.append((kind, pk)), sync(pk)))
    return done


@pytest.mark.django_db(transaction=True)
def test_the_search_index_follows_each_step_of_an_import_in_one_pass(syncs):
    meeting, _ = do_import()
    # Bulk inserts send no signals: the meeting's own save schedules the one re-index, which covers
    # its turns and its cases.
    assert syncs == [("meeting", meeting.pk)] and not PendingIndex.objects.exists()
    turns = SearchEntry.objects.filter(kind="turn")
    assert set(turns.values_list("object_id", flat=True)) == set(meeting.turns.values_list("pk", flat=True))
    assert SearchEntry.objects.filter(kind="case").count() == 3
    assert not turns.filter(visibility="public").exists()
    assert search("予約データ", user_scope=PUBLIC).total == 0

    publish_import(meeting)
    assert search("予約データ", user_scope=PUBLIC).total > 0

    corrected = copy.deepcopy(PARSED)
    corrected["turns"] = corrected["turns"][:1]
    do_import(corrected, sha="b", replace=True)
    assert set(SearchEntry.objects.filter(kind="turn").values_list("object_id", flat=True)) == set(
        meeting.turns.values_list("pk", flat=True))
    assert search("予約データ", user_scope=PUBLIC).total == 0

    delete_import(meeting)
    assert not SearchEntry.objects.filter(kind__in=["turn", "case"]).exists()


@pytest.mark.django_db
def test_two_cities_bodies_of_the_same_name_are_imported_as_two_councils():
    first, _ = do_import({**PARSED, "municipality": "きた町", "council_name": "議会運営委員会"}, sha="b")
    second, _ = do_import({**PARSED, "municipality": "みなみ村", "council_name": "議会運営委員会"}, sha="c")

    assert first.council != second.council
    assert {first.council.municipality.name, second.council.municipality.name} == {"きた町", "みなみ村"}
    assert first.council.is_imported_only and second.council.is_imported_only


@pytest.mark.django_db
def test_a_second_import_for_a_known_body_goes_to_the_same_council():
    first, _ = do_import({**PARSED, "municipality": "きた町", "council_name": "きた町防災会議"}, sha="b")
    second, _ = do_import({**PARSED, "municipality": "きた町", "council_name": "きた町 防災会議",
                        "meeting_label": "令和6年度第3回", "date": "2024-09-05"}, sha="c")

    assert second.council == first.council


@pytest.mark.django_db
def test_departments_an_import_only_names_stay_out_of_the_citys_lists_and_go_with_the_import(world, client):
    """Minutes imported into our own council: a department the city has (市民課) is that department; one it
    has not (危機管理課, and 担当課不明 for an item without one) is held apart, off the 実施機関 list, and goes
    when the last import naming it is deleted."""
    from conftest import PASSWORD

    from shingikai.councils.models import Department

    own = {**copy.deepcopy(PARSED), "items": [
        {"kind": "諮問", "title": "避難行動要支援者名簿の提供", "departments": ["市民課", "危機管理課"]},
        {"kind": "報告", "title": "防災アプリの導入", "departments": []}]}
    first, _ = import_meeting(copy.deepcopy(own), council_slug=world.council.slug, sha256="a" * 64)
    second, _ = import_meeting({**copy.deepcopy(own), "meeting_label": "令和6年度第3回", "date": "2024-09-05",
                                "items": own["items"][:1]}, council_slug=world.council.slug, sha256="b" * 64)
    city = Department.objects.filter(municipality=world.city)
    assert set(city.filter(imported=True).values_list("name", flat=True)) == {"危機管理課", "担当課不明"}
    assert Case.objects.get(title="避難行動要支援者名簿の提供", agenda_items__meeting=first).department == world.dept_a
    client.login(username="jimukyoku", password=PASSWORD)
    form = client.get("/disclosure/register/new/").content.decode()
    assert "市民課" in form and "危機管理課" not in form and "担当課不明" not in form

    delete_import(first)
    assert set(city.filter(imported=True).values_list("name", flat=True)) == {"危機管理課"}  # the second names it
    delete_import(second)
    assert not city.filter(imported=True).exists() and city.filter(pk=world.dept_a.pk).exists()


@pytest.mark.django_db
def test_another_councils_import_adds_no_department_to_any_citys_lists(world):
    from shingikai.councils.models import Department

    do_import()
    assert set(Department.objects.filter(municipality__name="にし市").values_list("name", "imported")) == {
        ("市民課", True), ("情報政策課", True), ("図書館", True), ("担当課不明", True)}
    assert not Department.objects.own().filter(municipality__name="にし市").exists()


@pytest.mark.django_db
def test_a_department_the_city_creates_after_an_import_named_it_becomes_the_citys_own(world):
    from shingikai.councils.actions import create_department
    from shingikai.councils.models import Department

    meeting, _ = import_meeting({**copy.deepcopy(PARSED), "items": [
        {"kind": "諮問", "title": "避難行動要支援者名簿の提供", "departments": ["危機管理課"]}]},
        council_slug=world.council.slug, sha256="a" * 64)
    named = Department.objects.get(municipality=world.city, name="危機管理課")
    created = create_department(world.city, name="危機管理課", division="総務部")
    assert created.pk == named.pk and not created.imported and created.division == "総務部"
    delete_import(meeting)
    assert Department.objects.own().filter(pk=named.pk).exists()
