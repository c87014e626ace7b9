from django.core.management import call_command
from django.utils import timezone

from shingikai.cases.models import Case
from shingikai.councils.models import Membership
from shingikai.demo.loader import load_demo
from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting
from shingikai.minutes.models import Minutes


def counts():
    return tuple(model.objects.count() for model in (Case, Meeting, AgendaItem, Decision, FollowUp, Answer, Minutes))


def test_demo_loads_once_and_again_changes_nothing(db):
    assert load_demo() is True
    before = counts()
    assert load_demo() is False
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_demo_shows_every_scenario_of_the_seeds(db):
    load_demo()
    years = set(Meeting.objects.exclude(state="planned").values_list("fiscal_year", flat=True))
    assert {2024, 2025} <= years
    assert Membership.objects.filter(role="chair", role_given_by="互選").exists()
    assert Membership.objects.filter(role="acting_chair", role_given_by="指名").exists()
    assert AgendaItem.objects.filter(is_public=False).exclude(closed_reason="").exists()
    assert Meeting.objects.filter(turns__speaker_label="A委員").exists()
    assert FollowUp.objects.filter(decision__case__categories__icontains="outsourcing", kind="資料提出").exists()
    assert Decision.objects.filter(outcome="条件付き承認", case__categories__icontains="purpose_beyond").exists()
    assert Decision.objects.filter(outcome="報告了承", case__title__contains="事後報告").exists()
    answer = Answer.objects.get(state="issued", cases__topic="防犯カメラ")
    decided_at = answer.decisions.get().agenda_item.meeting
    assert answer.meeting.date > decided_at.date
    continued = [d.case for d in Decision.objects.filter(outcome="継続審議")]
    assert continued and all(case.decisions.exclude(outcome="継続審議").exists() for case in continued)
    confirmed = Minutes.objects.filter(confirmed_by="meeting", state="published")
    assert confirmed.exists() and all(s.signed_on for s in confirmed.first().signers.all())
    assert Case.objects.filter(topic="運用状況報告").count() >= 2
    assert Minutes.objects.filter(state="draft").exists()
    assert FollowUp.objects.filter(status="open").exists() and FollowUp.objects.filter(status="closed").exists()
    assert Case.objects.filter(status="submitted").exists() and Case.objects.filter(status="draft").exists()
    assert Meeting.objects.filter(state="planned", items__case__isnull=False).exists()
    # The city writes its years in 和暦: the audits' titles too, as their pages' 年度 does (令和7年度, not 2025年度).
    from shingikai.registers.models import Audit
    assert sorted(Audit.objects.values_list("title", flat=True)) == [
        f"令和{n}年度 特定個人情報の取扱いに関する監査" for n in (5, 6, 7)]


def test_every_demo_decision_had_a_quorum(db):
    load_demo()
    for decision in Decision.objects.select_related("agenda_item__meeting"):
        assert decision.agenda_item.meeting.has_quorum()


def test_demo_and_sample_builders_write_only_through_actions():
    """The loaders call actions; a direct model write would bypass their rules and versions."""
    import inspect
    import re

    from shingikai.demo import loader
    from shingikai.documents import sampledata

    direct = re.compile(r"\.objects\.(create|bulk_create|update|get_or_create|update_or_create)\(|"
                        r"\.(save|delete)\(|\bsave_by\(")
    for module in (loader, sampledata):
        writes = [line.strip() for line in inspect.getsource(module).splitlines() if direct.search(line)]
        assert writes == [], module.__name__


def test_the_demo_secretariat_can_send_the_convocation_of_its_planned_meeting(client, db):
    from django.contrib.auth import get_user_model
    from django.core import mail
    from django.urls import reverse

    load_demo()
    planned = Meeting.objects.filter(state="planned").order_by("date").first()
    client.force_login(get_user_model().objects.get(username="jimukyoku"))
    response = client.post(reverse("meetings:convene", args=[planned.pk]), follow=True)
    assert response.status_code == 200 and "招集通知を委員に送りました" in response.content.decode()
    sent, = [m for m in mail.outbox if m.subject.startswith("【招集通知】")]
    assert sent.bcc and all(address.endswith("example.jp") for address in sent.recipients())


def test_demo_follow_ups_are_requested_at_their_meeting_and_answered_before_completion(db):
    load_demo()
    dated = FollowUp.objects.filter(requested_on__isnull=False).select_related("decision__agenda_item__meeting")
    assert dated.exists()
    for f in dated:  # imported from past minutes, a follow-up has no 依頼日 of its own
        assert f.requested_on == f.decision.agenda_item.meeting.date, f
        if f.responded_at is not None:
            assert f.requested_on <= timezone.localdate(f.responded_at), f
        if f.closed_on is not None:
            assert timezone.localdate(f.responded_at) <= f.closed_on, f
