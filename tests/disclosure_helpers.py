"""Builders that walk disclosure requests and appeals through the actions."""
import datetime

from shingikai.disclosure import actions
from shingikai.meetings.actions import (
    close_meeting, draft_answer, open_meeting, plan_meeting, record_decision, schedule_case,
)

D = datetime.date
CLOSED = "審査請求に係る事件の審議のため (審査会条例)"


def request_form(world, **changes):
    """What a department posts to record a 本人 request for its own resident record, with any field changed. The
    date lies more than a year back: its box 「令和6年6月3日の日付で登録する」 is ticked, as after the form asked."""
    return {"department": world.dept_a.pk, "kind": "personal_disclosure", "received_on": "令和6年6月3日",
            "confirm_date": "2024-06-03", "documents": "自分の住民票の交付記録", "requester_category": "本人",
            "requester_name": "本人 太郎", **changes}


def decided_request(world, *, decision="部分開示", received_on=D(2024, 6, 3), decided_on=D(2024, 6, 28),
                    department=None, kind="public_document", grounds=None, **fields):
    request = actions.record_request(
        department or world.dept_a, kind=kind, received_on=received_on,
        documents="令和5年度 市民課窓口業務委託の仕様書及び事業者との協議記録",
        requester_category="市内", requester_name="開示 請子", requester_contact="みなみ市北町1-2-3", date_confirmed=True,
    )
    if decision == "取下げ":
        return actions.withdraw_request(request, on=decided_on)
    if grounds is None:
        grounds = [("条例第7条第3号", "法人等情報")] if decision in ("部分開示", "不開示", "存否応答拒否") else []
    summary = "事業者の見積単価及び担当者の氏名" if decision == "部分開示" else ""
    return actions.decide_request(request, decision=decision, decided_on=decided_on, grounds=grounds,
                                  withheld_summary=summary, **fields)


def deliberate(world, appeal, on, outcome):
    """One closed meeting of the council that deliberates the appeal's case."""
    meeting = plan_meeting(world.council, date=on, start_time=datetime.time(10, 0), place="みなみ市役所 第2会議室",
                           is_public=False, closed_reason=CLOSED)
    item = schedule_case(appeal.case, meeting, is_public=False, closed_reason=CLOSED)
    meeting = open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    actions.record_appeal_event(appeal, kind="審議", on=on, meeting=meeting)
    record_decision(item, outcome=outcome, vote_method="挙手全員")
    close_meeting(meeting)
    return meeting


def answered_appeal(world, request, *, outcome="一部取消", filed_on=D(2024, 7, 10)):
    """File, refer, deliberate over two closed meetings and issue the 答申 (not yet ruled)."""
    appeal = actions.file_appeal(request, filed_on=filed_on, appellant_name="開示 請子",
                                 purport="本件処分のうち不開示とした部分を取り消し、開示するとの裁決を求める。",
                                 appellant_claims="見積単価は公表されている情報であり、開示すべきである。")
    appeal = actions.refer_appeal(appeal, council=world.council, referred_on=filed_on + datetime.timedelta(days=14),
                                  notice_on=filed_on + datetime.timedelta(days=15),
                                  examiner_exclusion="条例第19条", agency_claims="見積単価は事業者の競争上の地位を害するおそれがある。")
    actions.record_appeal_event(appeal, kind="意見書", on=filed_on + datetime.timedelta(days=30), submitted_by="審査請求人")
    actions.record_appeal_event(appeal, kind="インカメラ審理", on=filed_on + datetime.timedelta(days=40))
    deliberate(world, appeal, filed_on + datetime.timedelta(days=40), "継続審議")
    second = deliberate(world, appeal, filed_on + datetime.timedelta(days=70), "答申予定")
    ground = request.grounds.first()
    finding = {"妥当": "妥当", "一部取消": "一部不当", "取消": "不当"}[outcome]
    actions.draft_appeal_answer(
        appeal, outcome=outcome, conclusion="実施機関が不開示とした部分のうち、見積単価は開示すべきである。",
        judgment="見積単価は入札結果として既に公表されており、法人等情報に当たらない。",
        findings=[(ground, finding, "担当者の氏名は個人情報に当たるが、見積単価は公表済みである。")],
    )
    return actions.issue_appeal_answer(appeal, answered_on=second.date, meeting=second)


def joined_appeals(world):
    """Two appellants' appeals against the one 部分開示決定, referred the same day, each deliberated to 答申予定, and
    the council's draft made for both cases (併合), as the secretariat does on the council's 答申 screen."""
    request = decided_request(world)
    appeals = []
    for name, filed in (("北野 一郎", D(2024, 7, 10)), ("南田 花子", D(2024, 7, 12))):
        appeal = actions.file_appeal(request, filed_on=filed, purport="本件処分を取り消すとの裁決を求める。",
                                     appellant_name=name, appellant_claims=f"{name}の主張")
        appeals.append(actions.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24),
                                            notice_on=D(2024, 7, 25),
                                            examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。"))
    deliberate(world, appeals[0], D(2024, 8, 20), "答申予定")
    meeting = deliberate(world, appeals[1], D(2024, 8, 21), "答申予定")
    draft_answer(world.council, cases=[a.case for a in appeals], conclusion="(案)", addressee="みなみ市長")
    return request, appeals, meeting


def department_mails():
    """The deadline mails sent to the departments, without the secretariat's summary (期限の一覧)."""
    from django.core import mail

    return [m for m in mail.outbox if "期限の一覧" not in m.subject]
