"""A department's evidence file for a follow-up is downloadable by those who may see the follow-up only."""
import datetime

import hostile_files as hostile
from django.core.files.uploadedfile import SimpleUploadedFile
from helpers import accepted_case, open_meeting_with

from shingikai.meetings.actions import add_follow_up, record_decision, respond_follow_up


def test_evidence_is_downloadable_by_those_who_see_the_follow_up(client, world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = add_follow_up(decision, kind="後日報告", text="報告すること", department=world.dept_a,
                              due_date=datetime.date(2025, 9, 1))
    evidence = hostile.pdf_pages(1, title="evidence")
    respond_follow_up(follow_up, response="報告します",
                      evidence=SimpleUploadedFile("report.pdf", evidence, "application/pdf"))
    url = f"/work/meetings/followups/{follow_up.pk}/evidence/"
    assert client.get(url).status_code == 302  # anonymous: to the login page
    for user, status in ((world.secretariat, 200), (world.dept_a_user, 200), (world.member_user, 200),
                         (world.dept_b_user, 404), (world.stranger, 404), (world.other_secretariat, 404)):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == status, user.username
        if status == 200:
            assert b"".join(response.streaming_content) == evidence
            assert "no-store" in response["Cache-Control"]


def test_the_follow_ups_history_names_the_evidence_by_its_file_name_not_where_it_is_stored(client, world, settings,
                                                                                            tmp_path):
    settings.MEDIA_ROOT = tmp_path
    meeting, (item,) = open_meeting_with(world, cases=[accepted_case(world)])
    decision = record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    follow_up = add_follow_up(decision, kind="後日報告", text="報告すること", department=world.dept_a,
                              due_date=datetime.date(2025, 9, 1))
    respond_follow_up(follow_up, response="報告します", by=world.dept_a_user,
                      evidence=SimpleUploadedFile("keiyaku.pdf", hostile.pdf_pages(1), "application/pdf"))
    follow_up.refresh_from_db()
    client.force_login(world.secretariat)
    page = client.get(f"/work/meetings/followups/{follow_up.pk}/").content.decode()
    stored = follow_up.evidence.name
    assert "/" in stored and stored not in page
    assert "「keiyaku" in page
