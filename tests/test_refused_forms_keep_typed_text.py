"""On the newest correction screens a refused form (opened before someone else's change, or carrying
another department's or council's ids) answers 409 or 4xx, changes nothing and shows again what the
person typed, so a correction is not typed twice: the officers form on the members screen, a disclosure
request's correction and its extension's correction, and a step of an appeal."""
import datetime

from django.urls import reverse
from test_disclosure_appeal_web import referred_appeal
from test_disclosure_request_corrections import correction, new_request, seen_on
from test_officers import VICE, membership
from test_web_support import web_world  # noqa: F401

from shingikai.councils.actions import elect_officer
from shingikai.councils.models import Membership, Officer
from shingikai.disclosure import actions
from shingikai.disclosure.models import AppealEvent, DisclosureRequest

D = datetime.date


def test_a_stale_officers_form_is_409_and_keeps_the_typed_date_and_holder(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    client.force_login(w.secretariat)
    page = client.get(url).content.decode()
    seen = page.split('name="seen" value="', 1)[1].split('"', 1)[0] if 'name="seen"' in page else ""
    elect_officer(w.council, w.people[2], role=VICE, given_by="指名", on=D(2025, 7, 1))
    before = list(Officer.objects.values_list("pk", "until"))
    chosen = membership(w, w.people[3])
    response = client.post(url, {"what": "officer", "membership": chosen.pk, "role": VICE, "given_by": "指名",
                                 "since": "令和7年7月10日", "seen": seen})
    body = response.content.decode()
    assert response.status_code == 409
    assert 'value="令和7年7月10日"' in body and f'value="{chosen.pk}" selected' in body
    assert list(Officer.objects.values_list("pk", "until")) == before


def test_an_officer_from_another_council_is_400_and_the_form_keeps_the_date(client, web_world):
    w = web_world
    url = reverse("councils:members", args=[w.council.pk])
    other = Membership.objects.exclude(council=w.council).first()
    client.force_login(w.secretariat)
    before = list(Officer.objects.values_list("pk", "until"))
    response = client.post(url, {"what": "officer", "membership": other.pk if other else 999999, "role": VICE,
                                 "given_by": "指名",
                                 "since": "令和7年7月10日"})
    assert response.status_code == 400 and 'value="令和7年7月10日"' in response.content.decode()
    assert list(Officer.objects.values_list("pk", "until")) == before


def test_a_stale_request_correction_is_409_and_keeps_what_was_typed(client, world):
    req = new_request(world)
    client.force_login(world.dept_a_user)
    stale = seen_on(client, req)
    actions.correct_request(req, documents="窓口業務委託の仕様書及び見積書")
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "correct"]),
                           {**correction(req, documents="契約書の写し一式", received_on="2024-06-04"), "seen": stale})
    body = response.content.decode()
    assert response.status_code == 409 and "契約書の写し一式" in body
    req.refresh_from_db()
    assert req.documents == "窓口業務委託の仕様書及び見積書" and req.received_on == D(2024, 6, 3)


def test_a_stale_extension_correction_is_409_and_keeps_the_typed_reason(client, world):
    req = new_request(world)
    client.force_login(world.dept_a_user)
    actions.extend_deadline(req, days=3, reason="審査に時間を要するため", notice_on=D(2024, 6, 10))
    req.refresh_from_db()
    stale = seen_on(client, req)
    actions.correct_request(req, documents="窓口業務委託の仕様書及び見積書")
    due = DisclosureRequest.objects.get(pk=req.pk).extended_due
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "reextend"]), {
        "reextend-days": "30", "reextend-reason": "第三者への意見照会が必要なため", "reextend-notice_on": "2024-06-10",
        "seen": stale})
    assert response.status_code == 409 and "第三者への意見照会が必要なため" in response.content.decode()
    assert DisclosureRequest.objects.get(pk=req.pk).extended_due == due


def test_a_step_naming_another_appeals_event_changes_nothing_and_keeps_the_typed_step(client, world):
    appeal = referred_appeal(world)
    other = referred_appeal(world)
    event = actions.record_appeal_event(other, kind="意見書", on=D(2024, 8, 20), submitted_by="審査請求人")
    client.force_login(world.secretariat)
    assert client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, event.pk])).status_code == 404
    assert AppealEvent.objects.filter(pk=event.pk).exists()
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "口頭意見陳述", "event-on": "いつか", "event-submitted_by": "審査請求人の代理人 北町"})
    body = response.content.decode()
    assert response.status_code == 400 and "審査請求人の代理人 北町" in body and 'value="いつか"' in body
    assert not AppealEvent.objects.filter(appeal=appeal, kind="口頭意見陳述").exists()
