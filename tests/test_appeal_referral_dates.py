"""An appeal's 諮問 as dated by its 諮問日, whenever the secretariat records it: the case's 提出・受付, its 諮問番号's
fiscal year, the 諮問書's date and addressee; and no meeting before the 諮問日 hears or decides the case."""
import datetime

import pytest
from disclosure_helpers import CLOSED, decided_request
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from helpers import accepted_case, document_text

from shingikai.councils.models import Council, Staff
from shingikai.disclosure import actions
from shingikai.errors import ActionRefused
from shingikai.meetings.actions import open_meeting, plan_meeting, record_decision, schedule_case

D = datetime.date
PURPORT = "本件処分を取り消すとの裁決を求める。"


def refer(world, referred_on, council=None, number=""):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    return actions.refer_appeal(appeal, council=council or world.council, referred_on=referred_on,
                                notice_on=referred_on, examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。",
                                **({"number": number} if number else {}))


def local_day(moment):
    return timezone.localtime(moment).date()


def test_the_case_is_submitted_and_received_on_the_referral_day(world):
    case = refer(world, D(2024, 7, 24)).case
    assert local_day(case.submitted_at) == local_day(case.accepted_at) == D(2024, 7, 24)


def test_the_number_follows_the_referral_days_fiscal_year_not_the_day_it_was_typed(world):
    accepted_case(world, on=None)  # a consultation received today, in this fiscal year: 諮問第1号
    assert refer(world, D(2024, 7, 24)).case.number == "諮問第1号"
    assert refer(world, D(2025, 3, 20)).case.number == "諮問第2号"  # still 令和6年度
    assert refer(world, D(2025, 4, 10)).case.number == "諮問第1号"  # 令和7年度's first


def test_the_secretariat_may_give_the_number_the_referral_was_sent_with(world):
    assert refer(world, D(2024, 10, 27), number="諮問第3号").case.number == "諮問第3号"
    with pytest.raises(ActionRefused, match="諮問第3号 はこの年度の別の諮問"):
        refer(world, D(2024, 8, 20), number="諮問第3号")
    # The next one in turn follows the highest number given (cases.numbering), not the count of cases.
    assert refer(world, D(2024, 8, 20)).case.number == "諮問第4号"
    assert refer(world, D(2024, 8, 21)).case.number == "諮問第5号"


def test_the_referral_form_takes_a_number(client, world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    client.force_login(world.secretariat)
    response = client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "refer"]), {
        "refer-council": world.council.pk, "refer-referred_on": "令和6年7月24日", "refer-notice_on": "令和6年7月25日",
        "refer-agency_claims": "法人等情報に当たる。", "refer-examiner_exclusion": "条例第19条",
        "refer-number": "諮問第9号"})
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.case.number == "諮問第9号" and local_day(appeal.case.accepted_at) == D(2024, 7, 24)


def test_the_provision_that_spares_the_examiner_is_recorded_with_the_referral_never_assumed(client, world):
    """An appeal reaches the 審査会 without a 審理員 only where a provision says so (行政不服審査法第9条第1項ただし書;
    for a 公文書開示, the city's 条例): the 諮問 without it is refused, on the form with what was typed kept."""
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport=PURPORT)
    with pytest.raises(ActionRefused, match="審理員の指名を要しない根拠"):
        actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                             examiner_exclusion=" ", agency_claims="法人等情報に当たる。")
    client.force_login(world.secretariat)
    url = reverse("disclosure:appeal_step", args=[appeal.pk, "refer"])
    form = {"refer-council": world.council.pk, "refer-referred_on": "令和6年7月24日",
            "refer-notice_on": "令和6年7月25日", "refer-agency_claims": "法人等情報に当たる。"}
    response = client.post(url, form)
    assert response.status_code == 400 and "法人等情報に当たる。" in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.status == "filed" and appeal.case is None
    provision = "行政不服審査法第9条第1項ただし書 (みなみ市情報公開条例第19条)"
    assert client.post(url, {**form, "refer-examiner_exclusion": provision}).status_code == 302
    appeal.refresh_from_db()
    assert appeal.examiner_exclusion == provision
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    assert "審理員の指名を要しない根拠" in page and provision in page


def test_the_consultation_letter_is_dated_the_referral_day_and_addresses_a_shinsakai_as_such(world, tmp_path):
    # Registered as a 審査会: its registered type, not its name, says what the letter calls it (as the 答申 does).
    council = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                     slug="minami-shinsakai", body_type=Council.BodyType.SHINSAKAI)
    Staff.objects.create(name="事務 次郎").secretariat_councils.add(council)
    appeal = refer(world, D(2024, 7, 24), council=council)
    meeting = plan_meeting(council, date=D(2024, 9, 2), is_public=False, closed_reason=CLOSED)
    schedule_case(appeal.case, meeting)  # heard first at a later meeting
    out = tmp_path / "shimonsho.pdf"
    call_command("document", "shimonsho", str(appeal.case_id), "-o", str(out))
    text = "".join(document_text(out.read_bytes()).split())
    assert "令和6年7月24日" in text.split("みなみ市情報公開・個人情報保護審査会")[0]  # the letter's own date
    assert "令和6年9月2日" not in text
    assert "貴審査会の意見を求めます" in text and "貴審議会" not in text
    assert "みなみ市情報公開条例" in text


def test_a_meeting_before_the_referral_cannot_hear_or_decide_the_appeal(world):
    appeal = refer(world, D(2024, 10, 27))
    earlier = plan_meeting(world.council, date=D(2024, 9, 28), is_public=False, closed_reason=CLOSED)
    with pytest.raises(ActionRefused, match="令和6年10月27日に諮問された案件"):
        schedule_case(appeal.case, earlier)
    later = plan_meeting(world.council, date=D(2024, 10, 27), is_public=False, closed_reason=CLOSED)
    item = schedule_case(appeal.case, later)  # on the 諮問日 itself it may
    assert item.meeting == later


def test_a_decision_at_a_meeting_before_the_referral_is_refused(world):
    """An item put on before this rule (or its meeting's date corrected afterwards) is not decided there."""
    appeal = refer(world, D(2024, 10, 27))
    meeting = plan_meeting(world.council, date=D(2024, 10, 28), is_public=False, closed_reason=CLOSED)
    item = schedule_case(appeal.case, meeting)
    meeting.date = D(2024, 9, 28)
    meeting.save(update_fields=["date"])
    meeting = open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    with pytest.raises(ActionRefused, match="決定を記録できません"):
        record_decision(item, outcome="継続審議", vote_method="挙手全員", decided_at=datetime.time(15, 45))
    assert not appeal.case.decisions.exists()


def test_the_agenda_form_leaves_out_appeals_referred_after_the_meeting(client, world):
    appeal = refer(world, D(2024, 10, 27))
    ordinary = accepted_case(world, title="窓口業務の委託について")
    earlier = plan_meeting(world.council, date=D(2024, 9, 28), is_public=False, closed_reason=CLOSED)
    later = plan_meeting(world.council, date=D(2024, 11, 16), is_public=False, closed_reason=CLOSED)
    client.force_login(world.secretariat)

    def offered(meeting):
        page = client.get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
        return page.split('name="case"', 1)[1].split("</select>", 1)[0]

    assert f'value="{appeal.case_id}"' not in offered(earlier) and f'value="{ordinary.pk}"' in offered(earlier)
    assert f'value="{appeal.case_id}"' in offered(later)
    response = client.post(reverse("meetings:agenda_add", args=[earlier.pk]), {
        "what": "case", "case": appeal.case_id, "meeting_version": earlier.version})
    assert response.status_code == 400 and not earlier.items.exists()


def test_a_meeting_with_the_appeal_on_its_agenda_cannot_be_moved_before_the_referral(world):
    from shingikai.meetings.actions import reschedule_meeting

    appeal = refer(world, D(2024, 10, 27))
    meeting = plan_meeting(world.council, date=D(2024, 10, 28), is_public=False, closed_reason=CLOSED)
    schedule_case(appeal.case, meeting)
    with pytest.raises(ActionRefused, match="令和6年10月27日に諮問された案件のため、会議をそれより前の日 "
                                            r"\(令和6年9月28日\) には変更できません"):
        reschedule_meeting(meeting, date=D(2024, 9, 28), correction=True)
    meeting.refresh_from_db()
    assert meeting.date == D(2024, 10, 28)
    assert reschedule_meeting(meeting, date=D(2024, 10, 27), correction=True) == ["date"]  # the 諮問日 itself


def test_the_reschedule_form_refuses_a_day_before_the_referral_with_the_reason(client, world):
    appeal = refer(world, D(2024, 10, 27))
    meeting = plan_meeting(world.council, date=D(2024, 10, 28), is_public=False, closed_reason=CLOSED)
    schedule_case(appeal.case, meeting)
    meeting.refresh_from_db()
    client.force_login(world.secretariat)
    url = reverse("meetings:edit", args=[meeting.pk])
    response = client.post(url, {"date": "令和6年9月28日", "correction": "on", "number": meeting.number,
                                 "meeting_version": meeting.version})
    assert response.status_code == 400
    assert "令和6年10月27日に諮問された案件のため、会議をそれより前の日" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.date == D(2024, 10, 28)


def test_the_consultation_letter_calls_the_council_by_its_registered_type_whatever_its_name(world, tmp_path):
    """Registered with the default type (審議会) but named 審査会: the 諮問書 says 貴審議会, as its appeal's 答申
    speaks of 審議会の結論."""
    council = Council.objects.create(municipality=world.city, name="みなみ市情報公開・個人情報保護審査会",
                                     slug="minami-shinsakai")
    Staff.objects.create(name="事務 次郎").secretariat_councils.add(council)
    appeal = refer(world, D(2024, 7, 24), council=council)
    out = tmp_path / "shimonsho.pdf"
    call_command("document", "shimonsho", str(appeal.case_id), "-o", str(out))
    text = "".join(document_text(out.read_bytes()).split())
    assert "貴審議会の意見を求めます" in text and "貴審査会" not in text
