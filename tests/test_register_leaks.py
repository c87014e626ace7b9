"""The registers never leak: incidents, draft 評価書 and their files, 点検結果 and unpublished files stay off every
anonymous page, the API, the CSV export and the public search index. A sibling of test_leaks.py, crawling with its
crawler (its media fixture keeps the planted files in the test's own folder)."""
import datetime
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from helpers import announced_ahead
from test_leaks import crawl, media, results_only, search_urls  # noqa: F401
from test_register_actions import file_fields, full_assessment, held_inspection

from shingikai.meetings.actions import plan_meeting
from shingikai.registers import actions
from shingikai.registers.models import Assessment, AssessmentDocument, Audit, Incident, SensitiveReport
from shingikai.search.indexing import reindex_all

D = datetime.date
SENTINELS = {
    "draft_file": "SENTINEL-DRAFT-FILE-4d1e",
    "submitted_file": "SENTINEL-SUBMITTED-FILE-77a0",
    "small_file": "SENTINEL-SMALL-FILE-0b3c",
    "retired_file": "SENTINEL-RETIRED-FILE-6e2f",
    "retire_reason": "SENTINEL-RETIRE-REASON-8c14",
    "review_comment": "SENTINEL-REVIEW-COMMENT-1f9d",
    "incident": "SENTINEL-INCIDENT-93c5",
    "incident_whose": "SENTINEL-INCIDENT-WHOSE-2a61",
    "draft_assessment": "SENTINEL-DRAFT-ASSESSMENT-5b80",
    "inspection": "SENTINEL-INSPECTION-c7d2",
    "audit_finding": "SENTINEL-AUDIT-FINDING-48e7",
    "assessment_file": "SENTINEL-ASSESSMENT-FILE-93b1",
}


def plant(world):
    published = actions.create_file(world.dept_a, **file_fields(name="公表ファイル"))
    actions.submit_file(published)
    actions.register_file(published, on=D(2024, 4, 1))
    actions.create_file(world.dept_a, **file_fields(name=SENTINELS["draft_file"]))
    actions.submit_file(actions.create_file(world.dept_a, **file_fields(name=SENTINELS["submitted_file"])))
    returned = actions.create_file(world.dept_b, **file_fields(name="差戻しファイル", purpose="差戻し"))
    actions.submit_file(returned)
    actions.return_file(returned, comment=SENTINELS["review_comment"])
    small = actions.create_file(world.dept_b, **file_fields(name=SENTINELS["small_file"], subject_count=999))
    actions.submit_file(small)
    actions.register_file(small, on=D(2024, 4, 1))
    retired = actions.create_file(world.dept_b, **file_fields(name=SENTINELS["retired_file"]))
    actions.submit_file(retired)
    actions.register_file(retired, on=D(2024, 4, 1))
    actions.propose_retirement(retired, on=D(2025, 3, 31), reason="事務の廃止")
    actions.register_retirement(retired)
    # A 廃止 proposed but not yet registered: the file stays published, the proposal's reason does not.
    actions.propose_retirement(published, on=D(2025, 3, 31), reason=SENTINELS["retire_reason"])
    # An incident on a public meeting's agenda: the title is public, the incident is not.
    incident = actions.record_incident(world.dept_a, title=SENTINELS["incident"], discovered_on=D(2025, 6, 2),
                                       what_leaked="氏名", whose=SENTINELS["incident_whose"], people_count=150)
    actions.report_incident(incident, announced_ahead(plan_meeting(world.council, date=D(2025, 7, 1))))
    actions.assess_threshold(world.dept_b, system_name=SENTINELS["draft_assessment"], subject_count=5000,
                             handler_count=3)
    assessment = full_assessment(world)
    actions.open_comment_period(assessment, start=D(2025, 7, 1), end=D(2025, 7, 31))
    inspection = held_inspection(world, assessment)
    actions.add_assessment_document(assessment, title=SENTINELS["assessment_file"],
                                    file=SimpleUploadedFile("hyoukasho.txt", SENTINELS["assessment_file"].encode()))
    actions.conclude_inspection(inspection, findings=SENTINELS["inspection"], on=D(2025, 9, 20))
    audit = actions.create_audit(world.city, departments=[world.dept_a], title="監査", fiscal_year=2025, auditor="監査担当",
                                 scope="範囲", conducted_from=D(2025, 8, 1), conducted_to=D(2025, 8, 2))
    actions.add_finding(audit, department=world.dept_a, text=SENTINELS["audit_finding"], request="改善")
    actions.complete_audit(audit, summary="総評")
    actions.report_audit(audit, announced_ahead(plan_meeting(world.council, date=D(2025, 10, 1))))
    actions.report_sensitive_files(announced_ahead(plan_meeting(world.council, date=D(2025, 10, 2))), as_of=D(2025, 9, 30))
    return published


@pytest.mark.django_db(transaction=True)
def test_anonymous_crawl_finds_no_register_sentinel(client):
    from conftest import make_world

    world = make_world()
    published = plant(world)
    reindex_all()
    starts = ["/", "/registers/files/", "/registers/files.csv", "/api/registers/files", "/api/openapi.json",
              f"/api/registers/files/{published.pk}"]
    # The staff side of the API and the register documents, asked for without a session or token.
    starts += [f"/api/registers/{kind}" for kind in ("incidents", "assessments", "audits")]
    starts += [f"/api/registers/{kind}/{pk}" for kind, model in
               (("incidents", Incident), ("assessments", Assessment), ("audits", Audit))
               for pk in model.objects.values_list("pk", flat=True)]
    starts += [f"/work/registers/assessments/{a}/documents/{pk}/"
               for a, pk in AssessmentDocument.objects.values_list("assessment_id", "pk")]
    documents = [f"/documents/inspection/{pk}.docx" for pk in Assessment.objects.values_list("pk", flat=True)]
    documents += [f"/documents/sensitive/{pk}.pdf" for pk in SensitiveReport.objects.values_list("pk", flat=True)]
    starts += search_urls(SENTINELS.values())
    starts += [f"/registers/files/?q={value}" for value in SENTINELS.values()]
    bodies = crawl(client, starts)
    assert "公表ファイル" in bodies["/registers/files/"]
    assert "公表ファイル" in bodies["/registers/files.csv"]
    assert "個人情報の漏えい等事案について" in "".join(bodies.values())
    for path, text in bodies.items():
        text = results_only(path, text)
        for name, value in SENTINELS.items():
            assert value not in text, f"{name} leaked at {path}"
    for value in SENTINELS.values():
        call_command("search", value, "--json", stdout=(out := io.StringIO()))
        assert json.loads(out.getvalue())["total"] == 0
    # The 点検結果 and the 要配慮 report are compressed files a text crawl cannot read: they must not be served.
    for url in documents:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
    call_command("search", "公表ファイル", "--json", stdout=(out := io.StringIO()))
    assert json.loads(out.getvalue())["total"] >= 1
