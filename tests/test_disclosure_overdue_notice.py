"""The deadline mail says what the department can still do: before the deadline of a request not yet extended,
to extend in time; past the deadline (or once extended), to decide; the secretariat is always in copy."""
import datetime

from disclosure_helpers import department_mails
from django.core.management import call_command

from shingikai.disclosure import actions

D = datetime.date


def addressed(world):
    world.dept_a.email = "shimin@city.minami.example.jp"
    world.dept_a.save()
    world.secretariat_staff.email = "jimukyoku@city.minami.example.jp"
    world.secretariat_staff.save()


def the_mail_of(day):
    call_command("send_notices", "--date", str(day))
    [message] = department_mails()
    return message


def request_of(world):
    return actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),  # due 7月3日
                                  documents="窓口業務委託の仕様書", requester_category="市内", date_confirmed=True)


def test_an_overdue_request_is_told_to_be_decided_promptly_with_no_extension_advice(world):
    addressed(world)
    request_of(world)
    message = the_mail_of("2024-07-10")
    assert "期限を過ぎています" in message.subject
    assert "速やかに決定してください (期限を過ぎた後に延長することはできません)" in message.body
    assert "延長の通知を期限内に" not in message.body
    assert "shimin@city.minami.example.jp" in message.to and "jimukyoku@city.minami.example.jp" in message.cc


def test_a_request_near_its_first_deadline_is_still_told_it_may_extend_in_time(world):
    addressed(world)
    request_of(world)
    message = the_mail_of("2024-06-30")
    assert "期間内に決定できない場合は、延長の通知を期限内にしてください。" in message.body
    assert "jimukyoku@city.minami.example.jp" in message.cc


def test_an_extended_request_near_its_new_deadline_is_told_to_decide_not_to_extend_again(world):
    addressed(world)
    request = actions.extend_deadline(request_of(world), days=30, reason="対象文書が大量のため", notice_on=D(2024, 6, 28))
    message = the_mail_of(request.due - datetime.timedelta(days=2))
    assert "延長後の期限です。期限内に決定してください (延長は一度しかできません)。" in message.body
    assert "延長の通知を期限内に" not in message.body
