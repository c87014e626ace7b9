"""The members' materials give, under 「前回議事録の確定」, the draft minutes to be confirmed at the meeting: listed
with a link on the page and bound into the members' PDF, never into the observers'."""
import datetime
import io

from django.urls import reverse
from pypdf import PdfReader
from test_web_support import held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.meetings import actions
from shingikai.meetings.models import AgendaItem


def outline_titles(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return [entry.title for entry in PdfReader(io.BytesIO(body)).outline if not isinstance(entry, list)]


def test_the_previous_minutes_item_lists_and_binds_the_drafts_to_confirm(client, web_world):
    w = web_world
    held, _, _ = held_meeting(w)
    actions.close_meeting(held, end_time=datetime.time(15, 0))
    meeting, _, _ = scheduled_meeting(w)
    item = actions.add_procedural_item(meeting, AgendaItem.Procedure.PREVIOUS_MINUTES)
    client.force_login(w.member_user)
    page = client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
    section = page.split(f'id="m-item-{item.pk}"', 1)[1].split("</section>", 1)[0]
    assert reverse("minutes:detail", args=[held.minutes.pk]) in section and held.label in section
    assert "この議題の資料はありません" not in section
    members = outline_titles(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])))
    assert f"前回議事録の確定 ({held.label})" in members
    observers = outline_titles(client.get(reverse("meetings:materials_pdf", args=[meeting.pk]) + "?for=observers"))
    assert not any("前回議事録の確定" in t for t in observers)


def test_with_no_draft_left_the_item_says_so(client, web_world):
    w = web_world
    meeting, _, _ = scheduled_meeting(w)
    actions.add_procedural_item(meeting, AgendaItem.Procedure.PREVIOUS_MINUTES)
    client.force_login(w.member_user)
    assert "確定を待つ会議録 (案) はありません" in client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
