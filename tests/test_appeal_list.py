"""The appeals at a glance: the register lists them with their stage, 諮問日, days against the 標準審理期間 and
the 提出期限 the 審査会 set; the secretariat's home page carries an overdue 提出期限 and an 答申 awaiting its 裁決."""
import datetime

from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse

from shingikai.disclosure import actions

D = datetime.date


def referred_with_a_missed_deadline(world):
    appeal = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="取消しを求める。",
                                 appellant_name="開示 請子")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24), notice_on=D(2024, 7, 25),
                                  examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")
    actions.set_appeal_deadline(appeal, kind="資料", asked_of="実施機関", set_on=D(2024, 8, 1), due_on=D(2024, 8, 30))
    return appeal


def row_of(body, appeal):
    return body.split(f'id="appeal-{appeal.pk}"', 1)[1].split("</tr>", 1)[0]


def test_the_register_lists_the_appeals_with_stage_referral_days_and_the_councils_deadline(client, world):
    referred = referred_with_a_missed_deadline(world)
    answered = answered_appeal(world, decided_request(world))
    client.force_login(world.secretariat)
    body = client.get(reverse("disclosure:register")).content.decode()
    assert "審査請求" in body
    row = row_of(body, referred)
    assert referred.number in row and "諮問済" in row and "令和6年7月24日" in row
    assert "資料 (実施機関) 令和6年8月30日" in row and "期限超過" in row
    assert "日 / 180日" in row and "超過" in row  # filed in 2024: past the 標準審理期間 long ago
    row = row_of(body, answered)
    assert "裁決待ち" in row and answered.answer_number in row
    assert "開示 請子" not in body


def test_a_ruled_appeal_of_another_year_leaves_the_list(client, world):
    appeal = answered_appeal(world, decided_request(world))
    actions.rule_on_appeal(appeal, ruled_on=D(2024, 10, 1), ruling="一部認容")
    client.force_login(world.secretariat)
    assert f'id="appeal-{appeal.pk}"' in client.get(reverse("disclosure:register") + "?fy=2024").content.decode()
    assert f'id="appeal-{appeal.pk}"' not in client.get(reverse("disclosure:register")).content.decode()


def test_the_secretariats_home_page_carries_an_overdue_deadline_and_an_answer_awaiting_its_ruling(client, world):
    referred = referred_with_a_missed_deadline(world)
    answered = answered_appeal(world, decided_request(world))
    client.force_login(world.secretariat)
    body = client.get("/work/").content.decode()
    deadlines = body.split("期限が迫っている手続", 1)[1].split("</section>", 1)[0]
    assert f"審査請求 {referred.number}: 資料 (実施機関)" in deadlines and "期限超過" in deadlines
    assert f"[裁決待ち (答申済)] 審査請求 {answered.number}" in deadlines
    assert reverse("disclosure:appeal", args=[answered.pk]) in deadlines
    # Met, the deadline leaves the page.
    actions.record_appeal_event(referred, kind="資料", on=D(2024, 9, 2), submitted_by="実施機関")
    assert f"審査請求 {referred.number}" not in client.get("/work/").content.decode()
    # A department does not run appeals: its home page does not list them.
    client.force_login(world.dept_a_user)
    home = client.get("/work/").content.decode()
    assert "裁決待ち" not in home and f"審査請求 {answered.number}" not in home


def test_an_appeal_not_referred_within_ninety_days_is_shown_late_on_the_list_and_the_home_page(client, world):
    waiting = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="取消しを求める。")
    in_time = referred_with_a_missed_deadline(world)  # referred 14 days after its filing
    late = actions.file_appeal(decided_request(world), filed_on=D(2024, 7, 10), purport="取消しを求める。")
    late = actions.refer_appeal(late, council=world.council, referred_on=D(2024, 10, 9), notice_on=D(2024, 10, 10),
                                examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")  # the 91st day
    client.force_login(world.secretariat)
    body = client.get(reverse("disclosure:register")).content.decode()
    assert "諮問の目安 (審査請求から90日) 超過" in row_of(body, waiting)
    assert "審査請求から90日超" in row_of(body, late)
    assert "90日" not in row_of(body, in_time)
    deadlines = client.get("/work/").content.decode().split("期限が迫っている手続", 1)[1].split("</section>", 1)[0]
    assert f"[諮問 (審査請求から90日)] 審査請求 {waiting.number}" in deadlines
    assert f"審査請求 {late.number}" not in deadlines
