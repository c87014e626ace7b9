"""A disclosure request's entries stay correctable until it is decided: a mistyped receipt date moves the
deadline, a mistyped extension is recorded again; a form opened before someone else's change, another
department's request and a decided request are refused with a message, and nothing changes."""
import datetime

from django.urls import reverse

from shingikai.disclosure import actions
from shingikai.disclosure.models import DisclosureRequest

D = datetime.date


def new_request(world, department=None):
    return actions.record_request(department or world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                  documents="窓口業務委託の仕様書", requester_category="市内",
                                  requester_name="秘密 請求者", requester_contact="北町1-2-3")


def seen_on(client, req):
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    return page.split('name="seen" value="', 1)[1].split('"', 1)[0]


def correction(req, **changes):
    form = {"correct-kind": req.kind, "correct-received_on": req.received_on.isoformat(),
            "correct-documents": req.documents, "correct-requester_category": req.requester_category}
    return {**form, **{f"correct-{name}": value for name, value in changes.items()}}


def test_a_mistyped_receipt_date_is_corrected_and_the_deadline_follows(client, world):
    req = new_request(world)
    before = req.first_due
    client.force_login(world.dept_a_user)
    seen = seen_on(client, req)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on="令和6年6月13日"), "seen": seen}, follow=True)
    assert "請求の記録を修正しました" in response.content.decode()
    req.refresh_from_db()
    assert req.received_on == D(2024, 6, 13) and req.first_due > before
    assert req.requester_name == "秘密 請求者"  # what the form does not carry is kept


def test_a_mistyped_extension_is_recorded_again(client, world):
    req = new_request(world)
    client.force_login(world.dept_a_user)
    url = reverse("disclosure:request_step", args=[req.pk, "extend"])
    form = {"extend-days": "3", "extend-reason": "審査に時間を要するため", "extend-notice_on": "2024-06-10"}
    assert client.post(url, {**form, "seen": seen_on(client, req)}).status_code == 302
    short = DisclosureRequest.objects.get(pk=req.pk).extended_due
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    assert "延長の記録を直す" in page
    again = reverse("disclosure:request_step", args=[req.pk, "reextend"])
    form = {f"re{name}": value for name, value in form.items()}
    assert client.post(again, {**form, "reextend-days": "31", "seen": seen_on(client, req)}).status_code == 400
    assert client.post(again, {**form, "reextend-days": "30", "seen": seen_on(client, req)}).status_code == 302
    req.refresh_from_db()
    assert req.status == "extended" and req.extended_due > short
    assert req.history.filter(extended_due=short).exists()


def test_a_correction_opened_before_anothers_change_is_refused(client, world):
    req = new_request(world)
    client.force_login(world.secretariat)
    stale = seen_on(client, req)
    actions.correct_request(req, documents="窓口業務委託の仕様書及び見積書")
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, received_on="2024-06-04"), "seen": stale})
    assert response.status_code == 409 and "ほかの人がこの記録を変更しました" in response.content.decode()
    req.refresh_from_db()
    assert req.received_on == D(2024, 6, 3) and req.documents == "窓口業務委託の仕様書及び見積書"


def test_another_departments_or_a_decided_request_cannot_be_corrected(client, world):
    req = new_request(world)
    client.force_login(world.dept_b_user)
    assert client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                       correction(req, documents="改ざん")).status_code in (403, 404)
    actions.decide_request(req, decision="全部開示", decided_on=D(2024, 6, 20))
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]), correction(req, documents="後から"))
    assert response.status_code == 400 and "決定済の請求は修正できません" in response.content.decode()
    req.refresh_from_db()
    assert req.documents == "窓口業務委託の仕様書"
