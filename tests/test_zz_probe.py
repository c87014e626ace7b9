import datetime
import pytest
from helpers import document_text
from shingikai.meetings.actions import plan_meeting, open_meeting, close_meeting
from shingikai.registers import actions
from test_register_actions import full_assessment, attach_document
from test_web_support import web_world  # noqa

pytestmark = pytest.mark.django_db
D = datetime.date


def test_probe(client, web_world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    w = web_world
    record = actions.open_comment_period(full_assessment(w), start=D(2025, 7, 1), end=D(2025, 7, 31))
    actions.record_comments(record, count=2, summary="保存期間について", response="見直した")
    attach_document(record)
    meeting = plan_meeting(w.council, date=D(2025, 9, 10))
    insp = actions.request_inspection(record, meeting)
    open_meeting(meeting, present=w.people)
    close_meeting(meeting)
    actions.conclude_inspection(insp, findings="リスク対策は適切である。\n委託先の監督は妥当である。", requests="保存期間を明記すること。", on=D(2025, 9, 20))
    client.force_login(w.secretariat)
    r = client.get(f"/documents/inspection/{record.pk}.pdf")
    print(document_text(r.content, r["Content-Type"]))
    r = client.get(f"/documents/inspection/{record.pk}.docx")
    print(r.status_code, r["Content-Disposition"])
    print(client.get(f"/work/registers/assessments/{record.pk}/").content.decode()[:100])
