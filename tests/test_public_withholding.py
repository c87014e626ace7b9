"""What a meeting with a closed item keeps from every public copy (the page, the minutes PDF and DOCX, the
search, the JSON API, OParl, the iCalendar feed and the 次第): turns recorded under no item, which may be the
closed item's deliberation, and a 報告 or その他 item added as closed."""
import datetime
import json

import pytest
from helpers import accepted_case, document_text, sign_all

from shingikai.meetings.actions import (
    close_meeting, open_meeting, plan_meeting, record_decision, record_turn, schedule_case,
)
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes
from shingikai.search.indexing import reindex_all

UNPLACED = "UNPLACED-CLOSED-EXPLANATION-4b1e"


def public_copies(client, meeting, words):
    """Every public copy of `meeting` as text: its page, the minutes and 次第 as PDF and DOCX, its API and OParl
    records, the council's iCalendar feed and the search (page and API) for each of `words`."""
    from shingikai.minutes.models import Minutes

    paths = [f"/meetings/{meeting.pk}/", f"/api/meetings/{meeting.pk}", f"/oparl/v1/meeting/{meeting.pk}",
             f"/councils/{meeting.council.slug}/meetings.ics",
             f"/documents/agenda/{meeting.pk}.pdf", f"/documents/agenda/{meeting.pk}.docx"]
    minutes = Minutes.objects.filter(meeting=meeting, state=Minutes.State.PUBLISHED).first()
    if minutes is not None:
        paths += [f"/documents/minutes/{meeting.pk}.pdf", f"/documents/minutes/{meeting.pk}.docx",
                  f"/api/minutes/{minutes.pk}"]
    paths += [f"{base}?q={word}" for word in words for base in ("/search/", "/search/api")]
    copies = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code < 500, path
        if response.status_code != 200:
            copies[path] = ""
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        kind = response.get("Content-Type", "")
        if path.startswith("/search/api"):
            data = response.json()
            data.pop("query", None)
            copies[path] = json.dumps(data, ensure_ascii=False)
        elif "json" in kind:
            copies[path] = json.dumps(json.loads(body), ensure_ascii=False)
        elif path.startswith("/documents/"):
            copies[path] = document_text(body, kind)
        else:
            text = body.decode().replace("\r\n ", "")
            # The search page repeats the words asked for in its title, its box and its links.
            copies[path] = text if "?q=" not in path else __import__("re").sub(
                r"<title>.*?</title>|value=\"[^\"]*\"|href=\"[^\"]*\"", "", text, flags=__import__("re").S)
    return copies


def assert_nowhere(copies, *words):
    for path, text in copies.items():
        for word in words:
            assert word not in text, f"{word} at {path}"


def publish(meeting, world):
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))


def held_meeting(world, *, closed):
    """A held meeting with 開会, a case (closed or public) and 閉会; turns under no item before the case."""
    from shingikai.meetings.actions import add_procedural_item

    meeting = plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    opening = add_procedural_item(meeting, "開会")
    case = accepted_case(world, title="窓口予約システムの外部委託")
    item = schedule_case(case, meeting, is_public=not closed, closed_reason="個人情報を含むため" if closed else "")
    meeting = open_meeting(meeting, present=world.people)
    record_turn(meeting, speaker_label="事務局", role="secretariat", text="ただいまから開会します。", agenda_item=opening)
    record_turn(meeting, speaker_label="市民課", role="department", text=f"委託先の説明です。{UNPLACED}")
    record_turn(meeting, speaker_label="会長", role="chair", text="承認でよろしいでしょうか。", agenda_item=item)
    record_decision(item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    return meeting


@pytest.mark.django_db(transaction=True)
def test_turns_under_no_item_of_a_meeting_with_a_closed_item_reach_no_public_copy(client, world):
    meeting = held_meeting(world, closed=True)
    publish(meeting, world)
    reindex_all()
    copies = public_copies(client, meeting, [UNPLACED, "委託先の説明"])
    assert "ただいまから開会します。" in copies[f"/meetings/{meeting.pk}/"]  # a placed public turn is published
    assert "ただいまから開会します。" in copies[f"/documents/minutes/{meeting.pk}.pdf"]
    assert_nowhere(copies, UNPLACED, "委託先の説明")


@pytest.mark.django_db(transaction=True)
def test_turns_under_no_item_of_an_open_meeting_are_published(client, world):
    meeting = held_meeting(world, closed=False)
    publish(meeting, world)
    reindex_all()
    copies = public_copies(client, meeting, [UNPLACED])
    for path in (f"/meetings/{meeting.pk}/", f"/documents/minutes/{meeting.pk}.pdf",
                 f"/documents/minutes/{meeting.pk}.docx", f"/search/api?q={UNPLACED}"):
        assert UNPLACED in copies[path], path


def test_the_draft_minutes_warn_that_unplaced_turns_will_not_be_published(client, world):
    meeting = held_meeting(world, closed=True)
    meeting.refresh_from_db()
    client.force_login(world.secretariat)
    page = client.get(f"/work/minutes/{meeting.minutes.pk}/").content.decode()
    assert 'id="unplaced-withheld"' in page and "公開の会議録" in page


def test_the_turn_forms_mark_the_closed_item_and_what_no_item_means(client, world):
    meeting = held_meeting(world, closed=True)
    client.force_login(world.secretariat)
    for path in (f"/work/meetings/m/{meeting.pk}/turns/", f"/work/meetings/m/{meeting.pk}/turns/paste/"):
        page = client.get(path).content.decode()
        assert "窓口予約システムの外部委託 (非公開)" in page, path
        assert "(議題なし・公開の会議録には載りません)" in page, path


CLOSED_REPORT = "CLOSED-REPORT-TITLE-8c2d"


def planned_public_meeting(world):
    from helpers import announced_ahead

    meeting = announced_ahead(plan_meeting(world.council, date=datetime.date(2025, 9, 17)))
    schedule_case(accepted_case(world, title="公開の案件"), meeting)
    return meeting


def add_report(client, meeting, **fields):
    return client.post(f"/work/meetings/m/{meeting.pk}/agenda/", {
        "what": "item", "other-kind": "報告", **fields})


@pytest.mark.django_db(transaction=True)
def test_a_report_added_as_closed_reaches_no_public_copy_not_even_its_title(client, world):
    meeting = planned_public_meeting(world)
    staff = client.__class__()
    staff.force_login(world.secretariat)
    page = staff.get(f"/work/meetings/m/{meeting.pk}/").content.decode()
    form = page[page.index("報告・その他の議題を加える"):]
    assert 'name="other-is_public"' in form[:3000] and 'name="other-closed_reason"' in form[:3000]
    response = add_report(staff, meeting, **{"other-title": f"住民Aに関する苦情の報告 {CLOSED_REPORT}",
                                             "other-closed_reason": "個人が特定されるおそれがあるため"})
    assert response.status_code == 302
    item = meeting.items.get(title__contains=CLOSED_REPORT)
    assert not item.is_public and item.closed_reason == "個人が特定されるおそれがあるため"
    reindex_all()
    copies = public_copies(client, meeting, [CLOSED_REPORT, "苦情の報告"])
    assert "公開の案件" in copies[f"/meetings/{meeting.pk}/"]
    assert "公開の案件" in copies[f"/councils/{meeting.council.slug}/meetings.ics"]
    assert_nowhere(copies, CLOSED_REPORT, "苦情の報告")


def test_a_report_left_closed_without_a_reason_is_refused_and_not_added(client, world):
    meeting = planned_public_meeting(world)
    client.force_login(world.secretariat)
    response = add_report(client, meeting, **{"other-title": "理由のない報告"})
    assert response.status_code == 400 and "非公開とする理由を入力してください" in response.content.decode()
    response = add_report(client, meeting, **{"other-title": "矛盾した報告", "other-is_public": "on",
                                              "other-closed_reason": "個人情報"})
    assert response.status_code == 400
    assert not meeting.items.filter(title__in=["理由のない報告", "矛盾した報告"]).exists()
    response = add_report(client, meeting, **{"other-title": "公開の報告", "other-is_public": "on"})
    assert response.status_code == 302 and meeting.items.get(title="公開の報告").is_public
