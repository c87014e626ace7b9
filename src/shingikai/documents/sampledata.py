"""A complete, fictional council record built through the actions, for document tests, the sample
page images (benchmarks/make_samples.py) and the benchmark.

青葉台市 is invented; its people carry the rare kanji (𠮷, 髙) that documents must print. Data items,
contractors and certifications have no actions yet, so those three are created directly.
"""
from __future__ import annotations

import datetime as dt
import itertools
from types import SimpleNamespace

from shingikai.cases.actions import accept_case, create_case, set_contractors, set_data_items, submit_case
from shingikai.councils import actions as org
from shingikai.councils.actions import appoint_member, designate_acting_chair, elect_chair
from shingikai.councils.models import Council
from shingikai.meetings.actions import (
    add_follow_up, add_procedural_item, attach_materials, close_meeting, draft_answer, issue_answer, open_meeting, plan_meeting,
    record_decision, record_turn, schedule_case,
)
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes

MEETING_DATE = dt.date(2026, 5, 20)

# Questions and answers for the long 全文 minutes; combined in turn so that no two turns repeat.
_QUESTIONS = [
    "委託先の事業者が取得しているプライバシーマークの有効期限はいつまでか。",
    "データセンターの所在地は国内か。また、その住所は公表されているのか。",
    "保存期間が経過した後の消去は、誰がどのような方法で確認するのか。",
    "再委託は予定しているのか。予定している場合、再委託先の安全管理措置はどう担保するのか。",
    "通信の暗号化について、具体的にどの方式を用いるのか教えていただきたい。",
    "電話番号を必須の項目としている理由は何か。メールアドレスだけでは足りないのか。",
    "他の自治体で同様の事業を行った例があれば、その際に問題が生じなかったか教えてほしい。",
    "対象者への周知はいつ、どのような方法で行うのか。",
]
_ANSWERS = [
    "登録証の写しを確認しており、有効期限は令和9年3月31日までである。更新後は写しを提出させる。",
    "国内の事業者が運営するデータセンターであり、所在地は契約書に明記している。セキュリティ上、住所は公表していない。",
    "消去は委託先が行い、消去証明書を提出させる。市の職員が立ち会うことも契約で定めている。",
    "再委託は予定していない。契約書で原則として禁止し、必要な場合は事前に市の承認を要することとしている。",
    "LGWANを経由し、インターネットを経由する区間はTLS1.2以上で暗号化する。",
    "連絡が取れない場合に備えて電話番号を求めていたが、ご指摘を踏まえ任意の項目とすることを検討する。",
    "近隣の3市で同様の事業を実施しているが、個人情報に関する事故は報告されていないと聞いている。",
    "事業の開始前に市の広報紙とホームページで周知し、対象者には個別に通知を送付する。",
]
_FOLLOW = [
    "承知した。",
    "その点について、もう少し詳しく説明してほしい。",
    "担当課の説明で理解した。運用の中で改めて確認してほしい。",
]


def _people():
    return [
        ("𠮷田 文子", "よしだ ふみこ", "学識経験者"),
        ("髙橋 健一", "たかはし けんいち", "弁護士"),
        ("佐藤 美咲", "さとう みさき", "市民公募"),
        ("中村 浩", "なかむら ひろし", "情報処理技術者"),
        ("山本 由紀", "やまもと ゆき", "市民公募"),
        ("小林 誠", "こばやし まこと", "自治会連合会"),
    ]


def build_record(*, slug="aobadai", city="青葉台市", name_policy=Council.NamePolicy.REAL,
                 minutes_style=Council.MinutesStyle.YOUTEN,
                 extra_turns=0, meeting_date=MEETING_DATE, confirm=True, publish=True, issue=True,
                 closed_report=False):
    """Build the city, its council, three cases, one held meeting with minutes, and an answer.

    `extra_turns` adds that many further question/answer turns to the second case (for long minutes).
    `slug` and `city` must differ between records built in one database. `closed_report` deliberates the
    third case (a report) in closed session.
    """
    r = SimpleNamespace()
    r.city = org.create_municipality(name=city, slug=slug, prefecture="架空県", head_title="市長",
                                     head_name="青葉 太一")
    r.council = org.create_council(
        r.city, name=f"{city}情報公開・個人情報保護審議会", slug=f"{slug}-shingikai",
        ordinance=f"{city}情報公開・個人情報保護審議会条例", name_policy=name_policy, minutes_style=minutes_style,
        numbers_cumulatively=True, cumulative_base=57,
    )
    r.soumu = org.create_department(r.city, name="総務課", division="総務部")
    r.shimin = org.create_department(r.city, name="市民課", division="市民部")
    r.kenko = org.create_department(r.city, name="健康づくり課", division="保健福祉部")

    term_start = dt.date(meeting_date.year - 1, 4, 1)
    r.people = []
    for name, kana, sector in _people():
        person = org.add_person(name=name, name_kana=kana)
        appoint_member(r.council, person, appointed_on=term_start, term_start=term_start,
                       term_end=dt.date(meeting_date.year + 1, 3, 31), sector=sector)
        r.people.append(person)
    r.chair, r.vice, r.sato, r.nakamura, r.yamamoto, r.kobayashi = r.people
    elect_chair(r.council, r.chair, on=term_start)
    designate_acting_chair(r.council, r.vice, on=term_start)

    r.sec_head = org.add_staff(name="森田 恵", title="総務課長", department=r.soumu, secretariat_councils=[r.council])
    r.sec_staff = org.add_staff(name="石井 翔", title="主査", department=r.soumu, secretariat_councils=[r.council])
    r.shimin_head = org.add_staff(name="大野 学", title="市民課長", department=r.shimin)
    r.shimin_staff = org.add_staff(name="西村 陽子", title="主査", department=r.shimin)
    r.kenko_head = org.add_staff(name="岡本 直樹", title="健康づくり課長", department=r.kenko)

    r.case1 = _konbini_case(r)
    r.case2 = _reminder_case(r)
    r.case3 = create_case(
        r.council, r.kenko, kind="報告", title="予防接種予診票の封入封緘業務の外部委託について",
        categories=["outsourcing"], legal_bases=["青葉台市個人情報保護条例第14条第2項"],
        purpose="接種対象者への予診票の発送を急ぐ必要があったため、封入封緘を委託し、事後に報告するもの。",
        data_subjects="予防接種の対象者", subject_count=18_400,
    )
    for case in (r.case1, r.case2, r.case3):
        submit_case(case)
        # Received a month before the meeting that hears them (a meeting refuses a case received after its day).
        accept_case(case, on=min(meeting_date - dt.timedelta(days=30), dt.date.today()))
        case.refresh_from_db()

    r.meeting = plan_meeting(r.council, date=meeting_date, start_time=dt.time(14, 0), end_time=dt.time(16, 5),
                             place="青葉台市役所 本庁舎5階 第1会議室")
    r.opening = add_procedural_item(r.meeting, "開会")
    r.signer_item = add_procedural_item(r.meeting, "議事録署名委員の指名")
    r.item1 = schedule_case(r.case1, r.meeting)
    r.item2 = schedule_case(r.case2, r.meeting)
    r.item3 = schedule_case(r.case3, r.meeting, is_public=not closed_report,
                            closed_reason="特定の事業者の経営上の情報に触れるため" if closed_report else "")
    r.next_item = add_procedural_item(r.meeting, "次回日程")
    r.closing = add_procedural_item(r.meeting, "閉会")
    r.meeting = attach_materials(r.meeting, [
        "資料1　コンビニ交付に係るオンライン結合について", "資料2　特定健診の受診勧奨について",
        "資料3　予診票の封入封緘業務委託について（報告）", "参考資料　審議会委員名簿"])

    r.meeting = open_meeting(
        r.meeting, present=r.people[:5], absent=[r.kobayashi], secretariat=[r.sec_head, r.sec_staff],
        department_staff=[(r.shimin_head, r.item1), (r.shimin_staff, r.item1), (r.kenko_head, r.item2),
                          (r.kenko_head, r.item3)],
        others=[("株式会社あおばシステムズ", "オブザーバー")], observers=2,
    )
    r.turns = []
    say = _speaker(r)
    say("secretariat", "ただ今から、令和8年度第1回青葉台市情報公開・個人情報保護審議会を開会します。", r.opening)
    say("chair", "本日の出席委員は5名であり、定足数に達していますので、会議は成立しています。", r.opening)
    say("chair", "議事録署名委員は、髙橋委員にお願いしたいと思います。", r.signer_item)
    say("vice", "承知しました。", r.signer_item)

    say("chair", "それでは、諮問第1号について、担当課から説明をお願いします。", r.item1)
    say("shimin", "マイナンバーカードを利用して、住民票の写し等をコンビニエンスストアで交付するため、"
                  "地方公共団体情報システム機構の証明書交付センターとオンラインで結合するものです。"
                  "通信はLGWANを経由し、庁内のサーバは施錠された電算室に設置します。", r.item1)
    say("sato", "コンビニの店舗で、他人に証明書を見られるおそれはないのか。", r.item1)
    say("shimin", "証明書は印刷後すぐに取出口に出てくるため、利用者以外の目に触れる時間は短いと考えています。"
                  "取り忘れ防止の音声案内も流れます。", r.item1)
    say("nakamura", "委託先のデータセンターは国内にあるのか。また、ISMSの認証の有効期限はいつまでか。", r.item1)
    say("shimin", "国内のデータセンターであり、ISMS認証の有効期限は令和9年3月31日までです。", r.item1)
    say("chair", "ほかにご意見がなければ、諮問第1号について承認することでよろしいでしょうか。", r.item1)
    say("member_all", "（挙手全員）", r.item1)

    say("chair", "続いて、諮問第2号について説明をお願いします。", r.item2)
    say("kenko", "健康ポイント事業の参加者から取得したメールアドレスを、特定健診の受診勧奨に利用したいというものです。"
                 "目的外利用に当たるため、諮問するものです。", r.item2)
    say("yamamoto", "参加者は、健診の案内に使われることに同意しているのか。", r.item2)
    say("kenko", "令和7年度以降の参加者には、申込書で受診勧奨に利用することを明記しています。"
                 "それ以前の参加者には明記していません。", r.item2)
    say("vice", "それであれば、令和6年度以前の参加者には送信しないこととすべきではないか。", r.item2)
    say("kenko", "ご指摘のとおり、令和6年度以前の参加者には送信しないこととします。", r.item2)
    questions = itertools.cycle(zip(_QUESTIONS, _ANSWERS))
    members = itertools.cycle(["sato", "nakamura", "yamamoto", "vice"])
    for n in range(extra_turns):
        question, reply = next(questions)
        if n % 2 == 0:
            say(next(members), f"{question}（質問{n // 2 + 1}）" + ("念のため確認したい。" * (n % 5)), r.item2)
        else:
            say("kenko", reply + _FOLLOW[n % 3] * (n % 4), r.item2)
    say("chair", "それでは、令和6年度以前の参加者には送信しないことを条件として、承認することでよろしいでしょうか。", r.item2)
    say("member_all", "（挙手全員）", r.item2)

    say("kenko", "予診票の封入封緘を急ぐ必要があったため、事業者に委託したことを報告します。", r.item3)
    say("sato", "委託先での作業はどこで行ったのか。", r.item3)
    say("kenko", "委託先の事業所内で、施錠された作業室において行いました。", r.item3)
    say("chair", "報告を了承することとします。", r.item3)
    say("secretariat", "次回は令和8年7月15日の午後2時から開催を予定しています。", r.next_item)
    say("chair", "以上で本日の審議会を閉会します。", r.closing)

    r.decision1 = record_decision(r.item1, outcome="承認", vote_method="挙手全員",
                                  wording="諮問第1号について、諮問のとおり承認する。")
    r.decision2 = record_decision(r.item2, outcome="条件付き承認", vote_method="挙手全員",
                                  wording="諮問第2号について、条件を付して承認する。")
    r.decision3 = record_decision(r.item3, outcome="報告了承", vote_method="異議なし")
    r.follow_submission = add_follow_up(
        r.decision1, kind="資料提出", text="委託先のISMS認証が更新された後、登録証の写しを事務局経由で提出すること。",
        due_date=dt.date(meeting_date.year, 7, 31))
    r.follow_condition = add_follow_up(
        r.decision2, kind="条件", text="令和6年度以前の健康ポイント事業参加者には、受診勧奨のメールを送信しないこと。")
    r.follow_opinion = add_follow_up(
        r.decision2, kind="意見", text="電話番号は任意の項目とし、申込書にその旨を明記すること。")

    r.meeting = close_meeting(r.meeting)
    r.minutes = r.meeting.minutes
    designate_signers(r.minutes, [r.vice])
    if confirm:
        confirmed_on = meeting_date + dt.timedelta(days=21)
        # The sample records no member's check: confirmed at the circulation's deadline, knowingly.
        r.minutes = confirm_minutes(r.minutes, on=confirmed_on, by_circulation=True, open_checks_acknowledged=True)
        sign_minutes(r.minutes, r.chair, on=confirmed_on)
        sign_minutes(r.minutes, r.vice, on=confirmed_on)
        if publish:
            r.minutes = publish_minutes(r.minutes, on=confirmed_on + dt.timedelta(days=3))
    r.answer = draft_answer(
        r.council, cases=[r.case1, r.case2], addressee="市長",
        conclusion="諮問第1号については、諮問のとおり実施することを認める。\n"
                   "諮問第2号については、下記の条件を遵守することを前提として、実施することを認める。",
        opinions="個人情報の取扱いの状況について、実施後1年を目途に当審議会へ報告されたい。",
    )
    if issue:
        r.answer = issue_answer(r.answer, date=meeting_date + dt.timedelta(days=10))
    for obj in (r.case1, r.case2, r.case3):
        obj.refresh_from_db()
    return r


def _speaker(r):
    who = {
        "chair": ("chair", "𠮷田会長", r.chair, None),
        "vice": ("member", "髙橋委員", r.vice, None),
        "sato": ("member", "佐藤委員", r.sato, None),
        "nakamura": ("member", "中村委員", r.nakamura, None),
        "yamamoto": ("member", "山本委員", r.yamamoto, None),
        "member_all": ("member", "委員全員", None, None),
        "secretariat": ("secretariat", "森田総務課長", None, r.sec_head),
        "shimin": ("department", "大野市民課長", None, r.shimin_head),
        "kenko": ("department", "岡本健康づくり課長", None, r.kenko_head),
    }

    def say(key, text, item):
        role, label, person, staff = who[key]
        r.turns.append(record_turn(r.meeting, speaker_label=label, role=role, text=text, agenda_item=item,
                                   person=person, staff=staff))

    return say


def _konbini_case(r):
    case = create_case(
        r.council, r.shimin, title="住民票の写し等のコンビニエンスストアにおける交付に伴うオンライン結合について",
        topic="コンビニ交付", categories=["online_linkage", "outsourcing"],
        legal_bases=["青葉台市個人情報保護条例第12条第1項", "同条例第14条第2項"],
        purpose="マイナンバーカードを利用して、全国のコンビニエンスストアで住民票の写し、印鑑登録証明書及び"
                "税証明書を取得できるようにし、市民の利便性を高めるとともに、窓口の混雑を緩和する。",
        data_subjects="本市の住民基本台帳に記録されている者のうち、マイナンバーカードの交付を受けた者",
        subject_count=62_000, subject_count_note="令和8年4月1日現在のカード交付枚数",
        data_source="住民基本台帳システム、税務システム",
        data_destination="地方公共団体情報システム機構（証明書交付センター）",
        transfer_methods=["lgwan"], transfer_note="LGWANを経由し、証明書交付センターとの間はTLS1.2で暗号化する。",
        storage_locations=["on_premises", "domestic_dc"],
        storage_note="庁内の電算室（入退室管理あり）及び委託先の国内データセンター",
        retention_period="証明書の交付記録は5年", destruction_method="保存期間の経過後、委託先がデータを消去し、消去証明書を提出する。",
        security_measures="証明書発行サーバへのアクセスは、生体認証とIDによる二要素認証とし、操作ログを5年間保存する。",
        subcontracting="再委託は行わない。やむを得ず行う場合は、事前に市の書面による承認を要する。",
        notice_to_subjects="市の広報紙（6月号）及びホームページで周知する。", handler_count=8,
        start_date=dt.date(2026, 10, 1), budget_yen=12_800_000, budget_note="初期導入費用（令和8年度当初予算）",
    )
    set_data_items(case, [
        {"name": name, "sensitive": sensitive, "required": required, "reason": reason}
        for name, sensitive, required, reason in [
            ("氏名", False, True, "証明書の記載事項"), ("住所", False, True, "証明書の記載事項"),
            ("生年月日", False, True, "証明書の記載事項"), ("本籍・筆頭者", False, False, "本籍の記載を希望した場合のみ"),
            ("所得・課税額", False, True, "税証明書の記載事項"),
        ]])
    set_contractors(case, [{
        "name": "株式会社あおばシステムズ", "work": "証明書交付サーバの運用保守",
        "work_start": dt.date(2026, 10, 1), "work_end": dt.date(2031, 9, 30),
        "certifications": [
            {"kind": "iso27001", "number": "IS 612345", "valid_until": dt.date(2027, 3, 31)},
            {"kind": "pmark", "number": "第21000123(05)号", "valid_until": dt.date(2028, 1, 31)},
        ]}])
    return case


def _reminder_case(r):
    case = create_case(
        r.council, r.kenko, title="健康ポイント事業参加者の連絡先を活用した特定健康診査の受診勧奨について",
        topic="受診勧奨", categories=["purpose_beyond", "sensitive_info"],
        legal_bases=["青葉台市個人情報保護条例第10条第2項第6号"],
        purpose="特定健康診査の受診率を高めるため、健康ポイント事業の参加者のうち未受診の者に、"
                "メール又はショートメッセージで受診を勧奨する。",
        data_subjects="健康ポイント事業の参加者のうち、40歳から74歳までの国民健康保険加入者",
        subject_count=3_200, data_source="健康ポイント事業の参加者名簿", data_destination="健康づくり課（受診勧奨担当）",
        transfer_methods=["hand"], storage_locations=["on_premises"], storage_note="庁内の健康管理システム",
        retention_period="受診勧奨の終了後1年", destruction_method="システム上で削除し、削除記録を残す。",
        security_measures="健康管理システムの利用者を課内の担当職員3名に限定する。",
        notice_to_subjects="令和7年度以降の参加者には、申込書に受診勧奨に利用する旨を記載している。",
        sensitive_reason="健診の受診の有無は、健康状態を推知させるおそれがあるため。",
        sensitive_access="担当職員3名（IDとパスワードによる認証）", handler_count=3,
        start_date=dt.date(2026, 7, 1),
    )
    set_data_items(case, [
        {"name": name, "sensitive": sensitive, "required": required}
        for name, sensitive, required in [
            ("氏名", False, True), ("メールアドレス", False, True), ("携帯電話番号", False, False),
            ("特定健診の受診の有無", True, True),
        ]])
    return case
