"""`send-notices` mails the disclosure register's deadlines: each department, in one mail a day, its requests'
決定期限 and its appeals' deadlines (a 提出期限 the 審査会 set for the 実施機関, a 答申 waiting for its 裁決) once they
are within the notice days, and once more when they have passed; the secretariat one summary of the city's
deadlines on the days something is told. A second run the same day sends nothing; no mail names the requester
or the appellant."""
import datetime

import pytest
from disclosure_helpers import answered_appeal, decided_request, department_mails
from django.core import mail
from django.core.management import call_command

from shingikai.disclosure import actions

D = datetime.date
TODAY = D(2024, 8, 6)
SHIMIN, KODOMO, JIMUKYOKU = ("shimin@city.minami.example.jp", "kodomo@city.minami.example.jp",
                             "jimukyoku@city.minami.example.jp")


def run(day):
    call_command("send_notices", "--date", day.isoformat())


def summaries():
    return [m for m in mail.outbox if "期限の一覧" in m.subject]


def mails_to(address):
    return [m for m in department_mails() if address in m.to]


@pytest.fixture
def due(world):
    """In みなみ市: a request of 市民課 due in two days; an appeal on 市民課's decision with a 資料 asked of the
    実施機関 due in two days and an 意見書 asked of the appellant already overdue; an appeal on こども家庭課's
    decision answered and waiting for its 裁決, the 標準審理期間 ending in one day. In きた町: a request due too."""
    for department, address in ((world.dept_a, SHIMIN), (world.dept_b, KODOMO)):
        department.email = address
        department.save()
    world.secretariat_staff.email = JIMUKYOKU
    world.secretariat_staff.save()
    request = actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 7, 8),
                                     documents="窓口業務委託の契約書", requester_category="市内", requester_name="請求 太郎",
                                     date_confirmed=True)
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), appellant_name="開示 請子",
                                 purport="不開示部分の取消しを求める。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")
    material = actions.set_appeal_deadline(appeal, kind="資料", asked_of="実施機関", set_on=D(2024, 7, 26),
                                           due_on=D(2024, 8, 8))
    opinion = actions.set_appeal_deadline(appeal, kind="意見書", asked_of="審査請求人", set_on=D(2024, 7, 26),
                                          due_on=D(2024, 8, 2))
    # A 標準審理期間 of 120 days keeps the 審査会's meetings within the members' term (from 2024年4月1日).
    actions.set_rules(world.city, standard_review_days=120)
    waiting = answered_appeal(world, decided_request(world, department=world.dept_b, received_on=D(2024, 3, 1),
                                                     decided_on=D(2024, 3, 29)), filed_on=D(2024, 4, 9))
    other_city = actions.record_request(world.other_dept, kind="public_document", received_on=D(2024, 7, 8),
                                        documents="住民記録の文書", requester_category="市内", date_confirmed=True)
    assert TODAY < request.due <= TODAY + datetime.timedelta(days=5)
    return {"request": request, "appeal": appeal, "material": material, "opinion": opinion, "waiting": waiting,
            "other_city": other_city}


def test_each_department_gets_one_mail_with_its_requests_and_appeals_deadlines(world, due):
    run(TODAY)
    [shimin] = mails_to(SHIMIN)
    assert JIMUKYOKU in shimin.cc
    assert due["request"].number in shimin.body and "の決定期限は" in shimin.body
    assert f"審査請求 {due['appeal'].number} について、審査会が定めた資料の提出期限は 令和6年8月8日 です。" in shimin.body
    assert "意見書" not in shimin.body  # asked of the appellant: the secretariat's to chase
    [kodomo] = mails_to(KODOMO)
    assert f"審査請求 {due['waiting'].number} は審査会の答申" in kodomo.body and "裁決" in kodomo.subject
    assert "標準審理期間の末日は 令和6年8月7日 です。期限が近づいています。" in kodomo.body
    for message in mail.outbox:
        assert "請求 太郎" not in message.body and "開示 請子" not in message.body


def test_the_secretariat_gets_one_summary_of_its_citys_deadlines(world, due):
    run(TODAY)
    [summary] = [m for m in summaries() if JIMUKYOKU in m.to]
    passed, near = summary.body.split("\n期限が近づいているもの (")
    assert f"審査請求 {due['appeal'].number} (市民課) 意見書 (審査請求人) の提出期限 令和6年8月2日 (4日超過) ※本日通知" in passed
    assert due["request"].number in near and f"審査請求 {due['waiting'].number} (こども家庭課) 裁決" in near
    assert "資料 (実施機関) の提出期限 令和6年8月8日 (あと2日)" in near
    assert "住民課" not in summary.body and "請求 太郎" not in summary.body
    assert "開示 請子" not in summary.body
    # きた町's secretariat hears of its own city's request only.
    [kita] = [m for m in summaries() if "kita@example.jp" in m.to]
    assert f"{due['other_city'].number} (住民課) 決定期限" in kita.body and "市民課" not in kita.body


def test_a_second_run_the_same_day_or_the_next_sends_nothing_new(world, due):
    run(TODAY)
    sent = len(mail.outbox)
    assert sent == 5  # 市民課, こども家庭課, きた町's 住民課, and the two cities' summaries
    run(TODAY)
    run(TODAY + datetime.timedelta(days=1))
    assert len(mail.outbox) == sent


def test_a_deadline_told_before_it_passed_is_told_once_more_when_it_has(world, due):
    run(TODAY)
    mail.outbox.clear()
    overdue_day = due["request"].due + datetime.timedelta(days=1)
    run(overdue_day)
    [shimin] = mails_to(SHIMIN)
    assert due["request"].number in shimin.subject and "期限を過ぎています" in shimin.subject
    assert "速やかに決定してください" in shimin.body
    [summary] = [m for m in summaries() if JIMUKYOKU in m.to]
    assert f"{due['request'].number} (市民課) 決定期限" in summary.body.split("\n期限が近づいているもの (")[0]
    run(overdue_day)
    assert len(mails_to(SHIMIN)) == 1
    # The next day only what passed since: the 資料 due the day before, not the request again.
    run(overdue_day + datetime.timedelta(days=1))
    _, later = mails_to(SHIMIN)
    assert "資料の提出期限は 令和6年8月8日 です。期限を過ぎています。" in later.body
    assert due["request"].number not in later.body


def test_a_deadline_met_or_an_appeal_ruled_is_no_longer_chased(world, due):
    actions.record_appeal_event(due["appeal"], kind="資料", on=D(2024, 8, 5), submitted_by="実施機関")
    actions.rule_on_appeal(due["waiting"], ruled_on=D(2024, 8, 5), ruling="一部認容")
    run(TODAY)
    [shimin] = mails_to(SHIMIN)
    assert "資料の提出期限" not in shimin.body
    assert not mails_to(KODOMO)
    [summary] = [m for m in summaries() if JIMUKYOKU in m.to]
    assert "資料 (実施機関)" not in summary.body and due["waiting"].number not in summary.body
