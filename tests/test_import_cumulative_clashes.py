"""Two meetings of a council printing the same 通算第N回 (a count misread or mistyped on one import, or a council whose
count restarted) are warned of, naming the other meeting, on the import review and the list of imports. The import
is not refused: nothing in the model makes the count unique, and which one is wrong is the secretariat's call."""
from django.urls import reverse
from test_imported_past_meetings import PAST, imported, minutes_text
from test_web_support import web_world  # noqa: F401

from shingikai.minutes import actions

WARNING = "通算第40回は令和6年度第2回 (令和6年10月15日)にも付いています"


def test_the_review_and_the_list_warn_of_a_second_meeting_printing_the_same_count(client, web_world):
    w = web_world
    first = imported(w, *PAST[1])  # 令和6年度第2回 (通算第40回)
    # The next meeting's minutes with the count of the one before typed again.
    pending = actions.receive_import_file(minutes_text("令和7年度第1回", "（通算第40回）", "令和7年7月8日").encode(),
                                          name="r7-1.txt", council=w.council, by=w.secretariat)
    client.force_login(w.secretariat)
    review = client.get(reverse("minutes_import:review", args=[pending.pk])).content.decode()
    assert 'id="cumulative-clash"' in review and WARNING in review
    assert reverse("minutes_import:meeting", args=[first.pk]) in review.split('id="cumulative-clash"', 1)[1]
    # Not refused: the secretariat decides which count is wrong.
    second, status = actions.import_pending(pending, by=w.secretariat)
    assert status == "imported" and second.cumulative_number == 40
    listed = client.get(reverse("minutes_import:upload")).content.decode()
    assert WARNING in listed
    assert "通算第40回は令和7年度第1回 (令和7年7月8日)にも付いています" in listed


def test_a_distinct_count_or_the_meeting_being_replaced_is_no_clash(client, web_world):
    w = web_world
    first = imported(w, *PAST[1])
    imported(w, *PAST[2])  # 通算第41回
    client.force_login(w.secretariat)
    assert "にも付いています" not in client.get(reverse("minutes_import:upload")).content.decode()
    again = actions.receive_import_file(minutes_text(*PAST[1], speech="追記。").encode(), name="r6-2b.txt",
                                        council=w.council, by=w.secretariat)
    review = client.get(reverse("minutes_import:review", args=[again.pk])).content.decode()
    assert "この会議 (または同じ日の会議) は取込済みです" in review and 'id="cumulative-clash"' not in review
    correction = actions.reopen_import(first, by=w.secretariat)
    review = client.get(reverse("minutes_import:review", args=[correction.pk])).content.decode()
    assert 'id="cumulative-clash"' not in review
