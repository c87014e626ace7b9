"""The disclosure side of みなみ市: three fiscal years of requests (令和5〜7年度) and a few of this year,
and two appeals deliberated in closed session, all built through the disclosure and meetings actions; and two
答申 of neighbouring 審査会 imported as precedents.

Deterministic (a seeded random generator), so a second load of the demo is the same city.
"""
import datetime as dt
import random

from shingikai.disclosure import actions as d
from shingikai.disclosure.models import DisclosureRequest
from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers, sign_minutes

Kind = DisclosureRequest.Kind
DOCUMENTS = {
    "市民課": ["住民票の写しの交付請求書 (令和{y}年度分)", "窓口業務委託の仕様書及び契約書", "証明書コンビニ交付の運用状況報告"],
    "健康推進課": ["がん検診受診者への勧奨通知の送付記録", "特定健診の委託契約書"],
    "福祉総務課": ["民生委員の活動報告書", "地域福祉計画策定委員会の会議録"],
    "こども家庭課": ["児童相談の記録 (本人分)", "保育所入所選考の基準表", "放課後児童クラブの事故報告書"],
    "スポーツ振興課": ["市民プール防犯カメラの運用記録", "体育施設予約システムの仕様書"],
    "保険年金課": ["国民健康保険の給付記録 (本人分)", "保険料の減免申請書"],
    "情報政策課": ["基幹系システム標準化の移行計画", "情報セキュリティ監査報告書"],
    "総務課": ["公文書管理規程の運用状況", "情報公開請求の処理状況一覧"],
}
GROUNDS = [
    ("条例第7条第2号", "個人に関する情報"), ("条例第7条第3号", "法人等情報"), ("条例第7条第5号", "審議・検討等情報"),
    ("条例第7条第6号", "事務・事業情報"), ("法第78条第1項第3号", "個人に関する情報"),
]
#: A refusal of a correction or a suspension, with the reason its notice gives.
REFUSED = {
    "訂正をしない": "請求に係る記録は事実に基づいており、誤りは認められないため",
    "利用停止をしない": "当該保有個人情報は法令の定める所掌事務の遂行に必要な範囲で保有しており、違法な取扱いは認められないため",
}
PER_YEAR = {2023: 18, 2024: 23, 2025: 27, 2026: 8}
PLACE = "みなみ市役所本庁舎 5階 第2会議室"
CLOSED = "審査請求に係る事件を審議するため (審査会条例第9条)"


def _decision(rng, kind):
    roll = rng.random()
    if kind == Kind.CORRECTION:
        return "訂正をする" if roll < 0.6 else "訂正をしない"
    if kind == Kind.SUSPENSION:
        return "利用停止をする" if roll < 0.6 else "利用停止をしない"
    for limit, decision in ((0.42, "全部開示"), (0.72, "部分開示"), (0.8, "不開示"), (0.83, "存否応答拒否"),
                            (0.91, "不存在"), (0.93, "却下")):
        if roll < limit:
            return decision
    return "取下げ"


def _requests(demo, fy, count, rng, today):
    made = []
    departments = list(DOCUMENTS)
    start = dt.date(fy, 4, 3)
    span = min((dt.date(fy + 1, 3, 25) - start).days, (today - start).days - 3)
    for _ in range(count):
        department = rng.choice(departments)
        received = start + dt.timedelta(days=rng.randrange(span))
        kind = rng.choices(list(Kind.values), weights=[62, 30, 5, 3])[0]
        request = d.record_request(
            demo.depts[department], kind=kind, received_on=received,
            documents=rng.choice(DOCUMENTS[department]).format(y=fy - 2018),
            requester_category=rng.choice(["市内", "市内", "市外", "法人"] if kind == Kind.PUBLIC_DOCUMENT
                                          else ["本人", "本人", "本人", "任意代理人"]),
            requester_name=f"請求者{rng.randrange(100, 999)}", date_confirmed=True,
        )
        if request.first_due >= today:
            made.append(request)  # still open: the deadline board has something to show
            continue
        if rng.random() < 0.12:
            request = d.extend_deadline(request, days=30, reason="対象文書が多量で、第三者への意見照会を要するため",
                                        notice_on=request.first_due - dt.timedelta(days=3))
        decision = _decision(rng, kind)
        latest = (request.due - request.received_on).days
        decided = received + dt.timedelta(days=rng.randrange(3, max(4, latest)))
        # Not before the extension's notice: a request is extended while undecided (the draw is kept as it was).
        decided = max(decided, request.extension_notice_on or decided)
        if decision == "取下げ":
            made.append(d.withdraw_request(request, on=decided))
            continue
        # The draws stay those of a disclosure (a refusal draws a ground, a grant the day after), so that the
        # rest of the city comes out as before.
        grounds = [rng.choice(GROUNDS)] if decision in ("部分開示", "不開示", "存否応答拒否", *REFUSED) else []
        fee = rng.choice([0, 10, 10, 100, 200])
        if kind in (Kind.CORRECTION, Kind.SUSPENSION):
            request = d.decide_request(request, decision=decision, decided_on=decided,
                                       reason=REFUSED.get(decision, ""))
            later = decided + dt.timedelta(days=rng.randrange(1, 8)) if decision not in REFUSED else None
            if decision == "訂正をする" and later <= today:
                request = d.record_provider_notice(request, on=later)
            made.append(request)
            continue
        request = d.decide_request(request, decision=decision, decided_on=decided, grounds=grounds,
                                   withheld_summary="個人の氏名及び印影" if decision == "部分開示" else "", fee_yen=fee)
        if decision in ("全部開示", "部分開示"):
            request = d.record_disclosure(request, on=decided + dt.timedelta(days=rng.randrange(1, 8)))
        made.append(request)
    return made


def _meeting(demo, date):
    meeting = m.plan_meeting(demo.council, date=date, start_time=dt.time(10, 0), place=PLACE, is_public=False,
                             closed_reason=CLOSED)
    m.add_procedural_item(meeting, "開会")
    return meeting


def _confirm(meeting, signer):
    """The closed 審査 meetings' minutes are confirmed by circulation and signed (kept, not published)."""
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [signer])
    # The demo records no member's check: its circulation closed at the deadline, as the secretariat acknowledged.
    minutes = confirm_minutes(meeting.minutes, on=meeting.date + dt.timedelta(days=14), by_circulation=True,
                              open_checks_acknowledged=True)
    sign_minutes(minutes, signer, on=meeting.date + dt.timedelta(days=15))


def _appeals(demo):
    dept = demo.depts["市民課"]
    first = d.record_request(dept, kind=Kind.PUBLIC_DOCUMENT, received_on=dt.date(2025, 9, 1),
                             documents="令和6年度 市民課窓口業務委託の見積書及び仕様書", requester_category="市内",
                             requester_name="南 花子", date_confirmed=True)
    first = d.decide_request(first, decision="部分開示", decided_on=dt.date(2025, 9, 26),
                             grounds=[("条例第7条第3号", "法人等情報"), ("条例第7条第2号", "個人に関する情報")],
                             withheld_summary="見積書の単価欄及び事業者担当者の氏名")
    one = d.file_appeal(first, filed_on=dt.date(2025, 11, 10), appellant_name="南 花子",
                        purport="本件処分のうち不開示とした部分を取り消し、開示するとの裁決を求める。",
                        appellant_claims="委託料の単価は市の支出の根拠であり、公にすべきである。")
    one = d.refer_appeal(one, council=demo.council, referred_on=dt.date(2025, 12, 1), notice_on=dt.date(2025, 12, 2),
                         examiner_exclusion="行政不服審査法第9条第1項ただし書 (情報公開条例第19条)",
                         agency_claims="単価欄は事業者の経営上のノウハウであり、公にすると競争上の地位を害する。")
    d.record_appeal_event(one, kind="意見書", on=dt.date(2026, 1, 20), submitted_by="審査請求人")

    health = demo.depts["こども家庭課"]
    second = d.record_request(health, kind=Kind.PERSONAL_DISCLOSURE, received_on=dt.date(2026, 4, 13),
                              documents="児童相談の記録 (本人分)", requester_category="本人", requester_name="北 一郎",
                              date_confirmed=True)
    second = d.decide_request(second, decision="不開示", decided_on=dt.date(2026, 5, 8),
                              grounds=[("法第78条第1項第2号", "個人に関する情報")])
    two = d.file_appeal(second, filed_on=dt.date(2026, 6, 15), appellant_name="北 一郎",
                        purport="本件処分を取り消し、全部を開示するとの裁決を求める。")
    two = d.refer_appeal(two, council=demo.council, referred_on=dt.date(2026, 7, 10), notice_on=dt.date(2026, 7, 13),
                         examiner_exclusion="個人情報保護法第106条第1項",
                         agency_claims="記録には第三者である通告者の情報が含まれ、開示すると通告者が特定される。")

    people = list(demo.people.values())
    july = _meeting(demo, dt.date(2026, 7, 27))
    item_one = m.schedule_case(one.case, july, is_public=False, closed_reason=CLOSED)
    july = m.open_meeting(july, present=people, secretariat=[demo.secretariat])
    d.record_appeal_event(one, kind="口頭意見陳述", on=july.date, submitted_by="審査請求人", meeting=july)
    d.record_appeal_event(one, kind="インカメラ審理", on=july.date, meeting=july)
    d.record_appeal_event(one, kind="審議", on=july.date, meeting=july)
    m.record_decision(item_one, outcome="継続審議", vote_method="異議なし")
    m.close_meeting(july, end_time=dt.time(11, 30))
    _confirm(july, people[0])

    october = _meeting(demo, dt.date(2026, 10, 26))
    item_one = m.schedule_case(one.case, october, is_public=False, closed_reason=CLOSED)
    # The second appeal is heard for the first time; its deliberation goes on (no decision yet).
    m.schedule_case(two.case, october, is_public=False, closed_reason=CLOSED)
    october = m.open_meeting(october, present=people, secretariat=[demo.secretariat])
    for appeal in (one, two):
        d.record_appeal_event(appeal, kind="審議", on=october.date, meeting=october)
    m.record_decision(item_one, outcome="答申予定", vote_method="異議なし")
    m.close_meeting(october, end_time=dt.time(11, 45))
    _confirm(october, people[0])

    personal, corporate = one.request.grounds.order_by("article")  # 第2号, 第3号
    d.draft_appeal_answer(
        one, outcome="一部取消",
        conclusion="実施機関が不開示とした部分のうち、見積書の単価欄は開示すべきであるが、事業者担当者の氏名を不開示としたことは妥当である。",
        judgment="単価欄は、契約締結後に市が公表している契約金額から容易に推認できる情報であり、公にしても事業者の競争上の地位を害するとは認められない。",
        findings=[(personal, "妥当", "事業者担当者の氏名は個人を識別できる情報であり、公務員等の職務遂行情報にも当たらない。"),
                  (corporate, "不当", "単価欄は契約金額から推認でき、事業者の正当な利益を害するおそれは認められない。")],
    )
    one = d.issue_appeal_answer(one, answered_on=october.date, meeting=october)
    d.rule_on_appeal(one, ruled_on=dt.date(2026, 11, 16), ruling="一部認容")
    d.publish_appeal_answer(one, checked_withheld=True)


# Two 答申 of fictional neighbouring 審査会, imported as precedents: one checked and published (the appellant's
# name masked), one still waiting for the secretariat's review at /disclosure/imports/.
IMPORTED_ANSWERS = [
    ("higashi-toshin-8.txt", True, "東山 一子", """答申第８号
令和７年２月１０日
ひがし市長　様
ひがし市情報公開・個人情報保護審査会

公文書部分公開決定に係る審査請求について（答申）

第１　審査会の結論
実施機関が非公開とした部分のうち、委託料の内訳単価は公開すべきであるが、その余の部分を非公開としたことは妥当である。
第２　審査請求の趣旨
本件処分を取り消し、全部の公開を求めるものである。
第３　審査請求人及び実施機関の主張
審査請求人東山一子は、委託料の内訳は市の支出であり公開すべきであると主張する。
実施機関は、内訳単価は受託事業者の競争上の地位を害すると主張する。
第４　審査会の判断
内訳単価は、契約締結後に公表された契約金額から推認でき、条例第７条第３号の法人等に関する情報に当たらない。
受託事業者の担当者の氏名は、条例第７条第２号の個人に関する情報に当たり、非公開としたことは妥当である。
第５　審査会の処理経過
令和６年９月２日　諮問
"""),
    ("nishi-toshin-3.txt", False, "", """答申第３号
令和６年１１月２５日
にし町長　様
にし町個人情報保護審査会

保有個人情報不開示決定に係る審査請求について（答申）

第１　審査会の結論
実施機関の決定は妥当である。
第２　審査請求の趣旨
本件処分を取り消し、開示を求めるものである。
第３　審査請求人及び実施機関の主張
実施機関は、相談記録には第三者の発言が含まれ、開示すると事務の適正な遂行に支障を及ぼすと主張する。
第４　審査会の判断
相談記録のうち第三者の発言部分は、法第７８条第１項第７号の事務又は事業に関する情報に当たる。
"""),
]


def _imported_answers(secretariat):
    # The secretariat's imports, as if it had uploaded them: its to correct and delete (an operator's import of a
    # precedent-only council would be a superuser's alone), as the neighbours' minutes are.
    for name, publish, masked_name, text in IMPORTED_ANSWERS:
        answer, status = d.import_answer_as(text.encode(), name=name, user=secretariat)
        if status == "unchanged":
            continue
        if masked_name:
            answer = d.correct_imported_answer(answer, masked_terms=f"{masked_name}\n{masked_name.replace(' ', '')}",
                                               by=secretariat)
        if publish:
            d.publish_imported_answer(answer, on=dt.date(2026, 11, 20), by=secretariat)


def load(demo, today=dt.date(2026, 11, 30)):
    """Called once by demo/loader.py, after the second term begins and before next month's meeting is planned
    (so the two closed 審査 meetings of 令和8年度 come first in its numbering)."""
    d.set_rules(demo.city, public_document_days=15, public_document_extension_days=30)
    rng = random.Random(20240401)
    for fy, count in PER_YEAR.items():
        _requests(demo, fy, count, rng, today)
    _appeals(demo)
    _imported_answers(demo.secretariat.user)
