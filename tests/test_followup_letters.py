"""The 依頼文 to a department: dated the day the request was recorded (not the day it is printed), and a
request already recorded as 完了 is printed as the record of its completion, not as a request."""
import datetime

import pytest
from helpers import document_text, today

from shingikai.documents.render import render
from shingikai.jp.wareki import to_wareki
from shingikai.documents.sampledata import build_record
from shingikai.meetings.actions import close_follow_up, respond_follow_up
from shingikai.meetings.models import FollowUp

pytestmark = pytest.mark.django_db


def test_a_request_records_the_day_it_was_issued():
    r = build_record()
    assert FollowUp.objects.get(pk=r.follow_condition.pk).requested_on is not None


def test_the_letter_keeps_the_day_it_was_issued_however_late_it_is_printed():
    r = build_record()
    FollowUp.objects.filter(pk=r.follow_condition.pk).update(requested_on=datetime.date(2025, 6, 2))
    text = document_text(render("followup", r.follow_condition.pk, "pdf"))
    assert text.startswith("令和7年6月2日")
    assert to_wareki(today()) not in text


def test_a_completed_request_is_printed_as_its_record_not_as_a_request():
    r = build_record()
    follow_up = respond_follow_up(r.follow_condition, response="受診勧奨の対象から除外しました。")
    close_follow_up(follow_up, on=datetime.date(2026, 1, 15))
    for fmt in ("pdf", "docx"):
        text = document_text(render("followup", follow_up.pk, fmt))
        assert "対応完了の記録" in text and "令和8年1月15日に対応が完了" in text
        for asking in ("してください", "（依頼）", "入力してください"):
            assert asking not in text, asking
