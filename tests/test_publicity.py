"""The one gate for public data: closed items, drafts and internal responses stay out."""
from shingikai import publicity
from shingikai.demo.loader import load_demo
from shingikai.meetings.models import FollowUp
from shingikai.minutes.models import Minutes


def test_closed_item_case_and_turns_are_not_public(db):
    load_demo()
    closed_case_titles = {"児童相談記録システムのクラウドサービスへの移行について"}
    assert not publicity.cases().filter(title__in=closed_case_titles).exists()
    assert not publicity.turns().filter(agenda_item__is_public=False).exists()
    assert not publicity.agenda_items().filter(is_public=False).exists()
    assert not publicity.decisions().filter(case__title__in=closed_case_titles).exists()


def test_drafts_are_not_public(db):
    load_demo()
    assert not publicity.cases().filter(status__in=["draft", "submitted", "returned"]).exists()
    draft_meetings = Minutes.objects.filter(state="draft").values("meeting")
    assert not publicity.turns().filter(meeting__in=draft_meetings).exists()
    assert not publicity.minutes().filter(state="draft").exists()


def test_published_minutes_and_answers_are_public(db):
    load_demo()
    assert publicity.minutes().exists()
    assert publicity.turns().exists()
    assert publicity.answers().filter(cases__topic="防犯カメラ").exists()
    assert publicity.cases().filter(topic="コンビニ交付").exists()


def test_conditions_are_public_with_their_minutes_only(db):
    load_demo()
    public = publicity.conditions()
    assert public.exists()
    draft_meetings = Minutes.objects.exclude(state="published").values("meeting")
    assert not public.filter(decision__agenda_item__meeting__in=draft_meetings).exists()
    assert set(public.values_list("pk", flat=True)) <= set(FollowUp.objects.values_list("pk", flat=True))


def test_summary_of_a_meeting_with_a_closed_item_stays_internal(db):
    load_demo()
    from shingikai.minutes.actions import amend_minutes
    closed = Minutes.objects.filter(meeting__items__is_public=False, state="published").first()
    amend_minutes(closed, reason="概要の追記", after="非公開の議題についての概要")
    closed.refresh_from_db()
    assert closed.summary and publicity.summary(closed) == "" and publicity.public_summary(closed) == ""
    open_one = Minutes.objects.filter(state="published").exclude(meeting__items__is_public=False).first()
    amend_minutes(open_one, reason="概要の追記", after="青木 俊彦会長が議事を進行した。")
    open_one.refresh_from_db()
    assert publicity.public_summary(open_one) == "会長が議事を進行した。"


def test_role_policy_keeps_role_words_when_names_are_removed(db):
    load_demo()
    from shingikai.meetings.models import Meeting
    first = Meeting.objects.get(council__slug="minami-shingikai", fiscal_year=2024, number=1)
    texts = [text for _, _, text in publicity.published_turns(first)]
    assert "委員を会長に推薦します。" in texts
    assert not any("青木" in t or "井上" in t for t in texts)
