"""The names a council's name policy hides (役職のみ, 記号) are masked in the public minutes however they are typed:
with the IME's 全角 space, several spaces or none, in half width, by their reading, or in a self-introduction."""
import datetime

import pytest
from helpers import document_text, open_meeting_with, sign_all

from shingikai.councils.models import Council
from shingikai.documents import speakers
from shingikai.meetings.actions import add_procedural_item, close_meeting, record_turn
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes
from shingikai.search.indexing import reindex_all


@pytest.mark.parametrize("typed", ["井上　二葉委員", "井上 二葉委員", "井上  二葉委員", "井上\u00a0二葉委員", "井上二葉委員",
                                   "井上　二葉さん", "イノウエ委員", "ｲﾉｳｴ委員", "いのうえ委員", "井上 委員"])
def test_a_members_name_is_masked_however_it_is_spaced_or_in_whichever_width(typed):
    turns = [{"role": "member", "speaker_label": "井上委員", "person_id": 2,
              "person": {"name": "井上 二葉", "name_kana": "いのうえ ふたば", "pk": 2}}]
    redact = speakers.redactor_for("role", turns, {})
    assert redact(f"{typed}の意見を伺いたい。") == "委員の意見を伺いたい。"


@pytest.mark.parametrize("said, masked", [
    ("青木です。", "会長です。"),
    ("青木でございます。", "会長でございます。"),
    ("青木　一郎と申します。", "会長と申します。"),
    ("事務局の青木です。", "事務局の会長です。"),  # a longer name is a name after の too
    ("関東です。", "関東です。"),  # 東 is no word of its own here
    ("東京都の例です。", "東京都の例です。"),
])
def test_a_speaker_introducing_themselves_is_masked(said, masked):
    redact = speakers.redactor_for("role", [], {}, [("青木 一郎", "会長"), ("東 花子", "事務局")])
    assert redact(said) == masked


@pytest.mark.parametrize("said, masked", [
    ("東です。よろしくお願いします。", "委員です。よろしくお願いします。"),
    ("はい、東です。", "はい、委員です。"),
    ("ご説明します。東でございます。", "ご説明します。委員でございます。"),
    ("「東です」と名乗った。", "「委員です」と名乗った。"),
    ("東委員に伺います。", "委員に伺います。"),
    ("東さんの意見です。", "委員の意見です。"),
    ("東 花子です。", "委員です。"),
])
def test_a_one_character_surname_is_masked_where_it_names_the_person(said, masked):
    redact = speakers.redactor_for("role", [], {}, [("東 花子", "委員")])
    assert redact(said) == masked


@pytest.mark.parametrize("said", [
    "事務局の東です。",  # whose: the phrase names the secretariat, 東 only a part of it
    "会場は駅の東です。",  # where
    "関東です。",
    "北東です。",
    "市の東でございます。",
])
def test_a_one_character_surname_inside_a_longer_phrase_is_left(said):
    redact = speakers.redactor_for("role", [], {}, [("東 花子", "委員")])
    assert redact(said) == said


@pytest.mark.django_db(transaction=True)
def test_the_public_minutes_mask_a_name_typed_with_a_full_width_space(client, world):
    Council.objects.filter(pk=world.council.pk).update(name_policy=Council.NamePolicy.ROLE)
    world.people[1].name_kana = "いのうえ ふたば"
    world.people[1].save()
    meeting, _ = open_meeting_with(world, date=datetime.date(2025, 5, 20))
    item = add_procedural_item(meeting, "説明", "意見交換")
    record_turn(meeting, speaker_label="青木会長", role="chair", person=world.people[0], agenda_item=item,
                text="青木です。井上　二葉委員とイノウエ委員の意見を伺いたい。")
    record_turn(meeting, speaker_label="井上委員", role="member", person=world.people[1], agenda_item=item,
                text="井上 二葉です。賛成します。")
    close_meeting(meeting)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))
    reindex_all()
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    deliberation = page[page.index("意見交換</h3>"):]
    assert "委員の意見を伺いたい" in deliberation
    pdf = document_text(client.get(f"/documents/minutes/{meeting.pk}.pdf").content)
    pdf = pdf[pdf.index("意見を伺いたい") - 60:]
    search = client.get("/search/api", {"q": "伺いたい"}).content.decode("unicode_escape")
    for copy in (deliberation, pdf, search):
        for name in ("井上", "イノウエ", "青木です", "二葉"):
            assert name not in copy
