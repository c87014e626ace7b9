"""The demo city: みなみ市 (fictional) and its council over three fiscal years.

Everything is built through the actions, so the demo is also a walk through every rule. Together the
meetings show each scenario of the real minutes: appointment and 互選 of the chair, a quorum check,
a closed item, anonymised speakers, an outsourcing case approved with a submission due, a 目的外利用
case approved with a condition, a report after the fact, an answer issued at the next meeting after a
circulated draft, 継続審議 then a decision, minutes confirmed at the next meeting and signed, and the
yearly operation statistics report.
"""
import datetime as dt

from django.db import transaction
from django.utils import timezone

from shingikai.cases.actions import accept_case, create_case, set_contractors, set_data_items, submit_case
from shingikai.councils import actions as org
from shingikai.councils.actions import appoint_member, designate_acting_chair, elect_chair
from shingikai.councils.models import Council, Municipality
from shingikai.meetings import actions as m
from shingikai.minutes.actions import confirm_minutes, designate_signers, publish_minutes, sign_minutes
from shingikai.minutes.actions import import_meeting_as, publish_import

from . import content, disclosure
from .registers import load_registers

DEMO_SLUG = "minami"
DEMO_PASSWORD = "minami-demo"
LOGINS = [
    ("jimukyoku", "事務局 (総務課)"),
    ("shimin", "担当課 (市民課)"),
    ("kodomo", "担当課 (こども家庭課)"),
    ("iin", "委員 (井上委員)"),
    ("admin", "システム管理者"),
]


def is_loaded():
    return Municipality.objects.filter(slug=DEMO_SLUG).exists()


def foreign_data():
    """What the database holds that the demo did not make, in words; empty when loading it is harmless.

    Once the demo is loaded a second load adds nothing, so only a database without it is looked at: any
    municipality or login there is a city's own (the operator's `createsuperuser` included), and the demo
    would put its fictional cities on that city's public portal and a superuser whose password the README
    publishes.
    """
    from django.contrib.auth import get_user_model

    if is_loaded():
        return ""
    found = []
    cities = list(Municipality.objects.order_by("name").values_list("name", flat=True)[:5])
    if cities:
        found.append("自治体: " + "、".join(cities))
    logins = get_user_model().objects.count()
    if logins:
        found.append(f"ログイン {logins} 件")
    return "、".join(found)


FORCE_HELP = "デモ以外のデータがあるデータベースにも読み込む (公開のサイトでは使わないこと)"


def refuse_foreign_data(force=False):
    """Stops the demo's commands before they add the demo to a city's database, unless forced."""
    from django.core.management.base import CommandError

    found = foreign_data()
    if found and not force:
        raise CommandError(
            f"このデータベースにはデモ以外のデータがあります ({found})。デモの架空の自治体と、パスワードが公開されている"
            "管理者 admin を加えないよう、読み込みを中止しました。デモは別のデータベースで実行してください "
            "(例: SHINGIKAI_DATA_DIR=/tmp/shingikai-demo make run)。それでも加えるときは --force を付けてください。")


def _user(username, *, superuser=False):
    return org.create_login(username, email=f"{username}@minami.example.jp", password=DEMO_PASSWORD,
                            superuser=superuser)


class Demo:
    """Builds the city step by step; each method is one part of the story."""

    def __init__(self):
        self.city = org.create_municipality(
            name="みなみ市", slug=DEMO_SLUG, prefecture="南海県", head_title="みなみ市長", head_name="南山 一郎"
        )
        self.council = org.create_council(
            self.city, name="みなみ市情報公開・個人情報保護審議会", slug="minami-shingikai",
            ordinance="みなみ市情報公開・個人情報保護審議会条例", minutes_style=Council.MinutesStyle.YOUTEN,
            name_policy=Council.NamePolicy.ROLE, numbers_cumulatively=True, cumulative_base=41,
            secretariat_section="総務部 総務課 情報公開係", secretariat_contact="東",
            secretariat_phone="0000-11-2222 (内線 315)", secretariat_email="johokokai@minami.example.jp",
            secretariat_address="〒000-0000 みなみ市本町1-1 市役所本庁舎3階",
        )
        self.depts = {
            name: org.create_department(self.city, name=name, division=division)
            for name, division in content.DEPARTMENTS
        }
        self.secretariat = org.add_staff(
            name="東 真理子", title="主査", secretariat_councils=[self.council], user=_user("jimukyoku")
        )
        self.staff = {
            "市民課": org.add_staff(name="北村 誠", title="課長", department=self.depts["市民課"],
                                        user=_user("shimin")),
            "こども家庭課": org.add_staff(name="中川 彩", title="主幹", department=self.depts["こども家庭課"],
                                            user=_user("kodomo")),
        }
        for dept_name, name, title in content.OTHER_STAFF:
            self.staff[dept_name] = org.add_staff(name=name, title=title, department=self.depts[dept_name])
        _user("admin", superuser=True)
        self.people = {}
        term1 = (dt.date(2024, 5, 1), dt.date(2026, 4, 30))
        for n, (name, kana, affiliation) in enumerate(content.MEMBERS, start=1):
            # Addresses under example.jp, so that the demo sends its 招集通知 (to the console backend).
            person = org.add_person(name=name, name_kana=kana, affiliation=affiliation,
                                    email=f"iin{n}@minami.example.jp")
            appoint_member(self.council, person, appointed_on=term1[0], term_start=term1[0], term_end=term1[1],
                           sector=affiliation)
            self.people[name] = person
        org.link_person_to_user(self.people["井上 美咲"], _user("iin"))

    # -- helpers ---------------------------------------------------------------------------

    def case(self, spec, *, received_on=None, accept=True):
        """`received_on`: the day the secretariat received it, before the meeting that hears it, so that its
        受付日 and 諮問番号 are of that day's fiscal year as a real council's are."""
        spec = dict(spec)
        dept = self.depts[spec.pop("department")]
        items = spec.pop("data_items", [])
        contractors = spec.pop("contractors", [])
        case = create_case(self.council, dept, **spec)
        set_data_items(case, [{"name": name, "sensitive": sensitive, "required": required, "reason": reason}
                              for name, sensitive, required, reason in items])
        set_contractors(case, [
            {"name": c["name"], "work": c["work"], "work_start": c.get("start"), "work_end": c.get("end"),
             "certifications": [{"kind": kind, "number": number, "valid_until": valid_until}
                                for kind, number, valid_until in c.get("certs", [])]}
            for c in contractors])
        if accept:
            submit_case(case)
            case = accept_case(case, on=min(received_on, timezone.localdate()) if received_on else None)
        return case

    def held(self, date, start, cases=(), *, absent=(), procedures=("開会",), closed=(), observers=0):
        meeting = m.plan_meeting(self.council, date=date, start_time=start, place="みなみ市役所本庁舎 5階 大会議室")
        for procedure in procedures:
            m.add_procedural_item(meeting, procedure)
        items = []
        for case in cases:
            reason = "個別の相談事例に触れるため (条例第8条第1項)" if case.pk in closed else ""
            items.append(m.schedule_case(case, meeting, is_public=case.pk not in closed, closed_reason=reason))
        m.add_procedural_item(meeting, "閉会")
        present = [p for n, p in self.people.items() if n not in absent]
        gone = [p for n, p in self.people.items() if n in absent]
        dept_staff = [(self.staff[item.case.department.name], item) for item in items
                      if item.case.department.name in self.staff]
        meeting = m.open_meeting(meeting, present=present, absent=gone, secretariat=[self.secretariat],
                                 department_staff=dept_staff, observers=observers)
        return meeting, items

    def say(self, meeting, item, lines):
        for label, role, text in lines:
            person = None
            for name, p in self.people.items():
                if label.startswith(name.split()[0]):
                    person = p
            m.record_turn(meeting, speaker_label=label, role=role, text=text, agenda_item=item, person=person)

    def finish(self, meeting, end, signer):
        m.close_meeting(meeting, end_time=end)
        meeting.refresh_from_db()
        designate_signers(meeting.minutes, [self.people[signer]])
        return meeting

    def confirm_at(self, previous, meeting, on):
        minutes = confirm_minutes(previous.minutes, on=on, at_meeting=meeting)
        for signer in minutes.signers.all():
            sign_minutes(minutes, signer.person, on=on)
        publish_minutes(minutes, on=on + dt.timedelta(days=14))

    # -- the story -----------------------------------------------------------------------------

    def fiscal_2024(self):
        p = self.people
        c = content
        konbini = self.case(c.KONBINI, received_on=dt.date(2024, 5, 8))
        kenshin = self.case(c.KENSHIN, received_on=dt.date(2024, 5, 10))
        meibo = self.case(c.MEIBO_REPORT, received_on=dt.date(2024, 5, 13))
        first, (i1, i2, i3) = self.held(
            dt.date(2024, 5, 27), dt.time(14, 0), [konbini, kenshin, meibo],
            procedures=("開会", "委嘱状交付", "会長の選出", "議事録署名委員の指名"), observers=1,
        )
        elect_chair(self.council, p["青木 俊彦"], on=first.date, meeting=first)
        designate_acting_chair(self.council, p["井上 美咲"], on=first.date)
        first = m.set_presiding(first, "青木 俊彦")
        self.say(first, None, c.OPENING_2024)
        self.say(first, i1, c.KONBINI_TURNS)
        d1 = m.record_decision(i1, outcome="承認", vote_method="挙手全員", wording="原案のとおり承認することといたします。")
        self.konbini_follow_up = m.add_follow_up(
            d1, kind="資料提出", text="運用開始前に、再委託先を含む事業者一覧とISMS認証の写しを事務局を通して提出すること",
            due_date=dt.date(2024, 9, 30), on=first.date,
        )
        self.say(first, i2, c.KENSHIN_TURNS)
        d2 = m.record_decision(i2, outcome="条件付き承認", vote_method="各委員の発言",
                               wording="ただし、令和4年度以前の参加者にはメールを送信しないこととして承認する。")
        m.add_follow_up(d2, kind="条件", text="令和4年度以前の参加者には受診勧奨メールを送信しないこと", on=first.date)
        m.add_follow_up(d2, kind="意見", text="案内文に健康に関するお知らせを配信する旨を明記すること", on=first.date)
        self.say(first, i3, c.MEIBO_TURNS)
        m.record_decision(i3, outcome="報告了承", vote_method="異議なし", wording="報告を了承する。")
        first = self.finish(first, dt.time(15, 50), "上田 浩二")
        m.respond_follow_up(self.konbini_follow_up, response="事業者一覧とISMS登録証の写しを提出しました (9月12日)。",
                            at=_local(dt.datetime(2024, 9, 12, 10, 0)))
        m.close_follow_up(self.konbini_follow_up, on=dt.date(2024, 9, 20))

        cloud = self.case(c.CLOUD, received_on=dt.date(2024, 8, 1))
        camera = self.case(c.CAMERA, received_on=dt.date(2024, 8, 5))
        second, (j1, j2) = self.held(
            dt.date(2024, 8, 26), dt.time(14, 0), [cloud, camera],
            procedures=("開会", "前回議事録の確定"), closed={cloud.pk}, absent=("江口 さくら",),
        )
        self.confirm_at(first, second, second.date)
        second = m.set_presiding(second, "青木 俊彦")
        self.say(second, j1, c.CLOUD_TURNS_1)
        m.record_decision(j1, outcome="継続審議", vote_method="異議なし",
                          wording="閲覧権限の範囲について資料を整理の上、次回継続して審議する。")
        self.say(second, j2, c.CAMERA_TURNS)
        m.record_decision(j2, outcome="答申予定", vote_method="各委員の発言",
                          wording="特に問題はないものとし、答申(案)を事務局と調整の上、次回答申する。")
        second = self.finish(second, dt.time(16, 5), "大野 真一")
        answer = m.draft_answer(
            self.council, cases=[camera], addressee="みなみ市長 南山 一郎",
            conclusion="市立南プールへの防犯カメラの設置に伴う個人情報の収集は、適当であると認める。",
            opinions="録画データの閲覧は施設長の許可を得た職員に限り、閲覧の記録を残すこと。",
        )
        m.circulate_answer(answer)

        third, (k1,) = self.held(
            dt.date(2024, 11, 18), dt.time(10, 0), [_fresh(cloud)],
            procedures=("開会", "前回議事録の確定"), closed={cloud.pk}, absent=("大野 真一", "加藤 由紀"),
        )
        self.confirm_at(second, third, third.date)
        third = m.set_presiding(third, "青木 俊彦")
        m.issue_answer(answer, date=third.date, meeting=third)
        self.say(third, k1, c.CLOUD_TURNS_2)
        d = m.record_decision(k1, outcome="条件付き承認", vote_method="挙手全員",
                              wording="ただし、閲覧権限を相談担当職員に限定し、多要素認証を導入することとして承認する。")
        m.add_follow_up(d, kind="条件", text="閲覧権限を相談担当職員に限定し、多要素認証を導入すること",
                        department=self.depts["こども家庭課"], on=third.date)
        m.add_follow_up(d, kind="後日報告", text="多要素認証の導入状況を運用開始後に報告すること",
                        due_date=dt.date(2025, 3, 31), department=self.depts["こども家庭課"], on=third.date)
        third = self.finish(third, dt.time(11, 30), "江口 さくら")

        stats = self.case(c.STATS_2023, received_on=dt.date(2025, 2, 3))
        fourth, (s1,) = self.held(dt.date(2025, 2, 17), dt.time(14, 0), [stats],
                                  procedures=("開会", "前回議事録の確定"))
        self.confirm_at(third, fourth, fourth.date)
        fourth = m.set_presiding(fourth, "青木 俊彦")
        self.say(fourth, s1, c.STATS_TURNS)
        m.record_decision(s1, outcome="報告了承", vote_method="異議なし", wording="報告を了承する。")
        self.fourth = self.finish(fourth, dt.time(15, 0), "加藤 由紀")

    def fiscal_2025(self):
        c = content
        fuunyu = self.case(c.FUUNYU, received_on=dt.date(2025, 5, 7))
        first, (f1,) = self.held(dt.date(2025, 5, 26), dt.time(14, 0), [fuunyu],
                                 procedures=("開会", "前回議事録の確定"), observers=2)
        self.confirm_at(self.fourth, first, first.date)
        first = m.set_presiding(first, "青木 俊彦")
        self.say(first, f1, c.FUUNYU_TURNS)
        d = m.record_decision(f1, outcome="承認", vote_method="挙手全員", wording="承認することといたします。")
        m.add_follow_up(d, kind="後日報告", text="委託先のプライバシーマーク更新後の登録証の写しを報告すること",
                        due_date=dt.date(2025, 8, 31), on=first.date)
        first = self.finish(first, dt.time(15, 10), "井上 美咲")

        stats = self.case(c.STATS_2024, received_on=dt.date(2025, 8, 4))
        second, (s1,) = self.held(dt.date(2025, 8, 25), dt.time(14, 0), [stats],
                                  procedures=("開会", "前回議事録の確定"), absent=("上田 浩二",))
        self.confirm_at(first, second, second.date)
        second = m.set_presiding(second, "青木 俊彦")
        self.say(second, s1, c.STATS_TURNS)
        m.record_decision(s1, outcome="報告了承", vote_method="異議なし", wording="報告を了承する。")
        # Its minutes stay a draft: drafts never reach the public.
        self.finish(second, dt.time(14, 50), "大野 真一")

    def second_term(self):
        """The members are reappointed for 令和8年5月からの任期; the chair is chosen again."""
        start, end = dt.date(2026, 5, 1), dt.date(2028, 4, 30)
        for person in self.people.values():
            appoint_member(self.council, person, appointed_on=start, term_start=start, term_end=end,
                           sector=person.affiliation)
        elect_chair(self.council, self.people["青木 俊彦"], on=start)
        designate_acting_chair(self.council, self.people["井上 美咲"], on=start)

    def upcoming(self):
        c = content
        ai = self.case(c.AI_MINUTES, received_on=dt.date(2026, 11, 27))
        meeting = m.plan_meeting(self.council, date=dt.date(2026, 12, 14), start_time=dt.time(14, 0),
                                 place="みなみ市役所本庁舎 5階 大会議室")
        meeting = m.attach_materials(
            meeting, ["資料1 AI議事録作成サービス導入に係る諮問書", "資料2 システム構成図", "資料3 委託仕様書(案)"])
        for procedure in ("開会", "前回議事録の確定"):
            m.add_procedural_item(meeting, procedure)
        m.schedule_case(ai, meeting)
        m.add_procedural_item(meeting, "次回日程")
        m.add_procedural_item(meeting, "閉会")
        submit_case(self.case(c.SUBMITTED_PENDING, accept=False))
        self.case(c.DRAFT_ONLY, accept=False)


def _fresh(case):
    return type(case).objects.get(pk=case.pk)


def _local(moment):
    """A time of the story in the city's time zone, for the actions that record when something happened."""
    return timezone.make_aware(moment)


@transaction.atomic
def load_demo():
    """Load the demo city once; a second call changes nothing. Returns True when it loaded."""
    if is_loaded():
        return False
    demo = Demo()
    demo.fiscal_2024()
    demo.fiscal_2025()
    load_registers(demo)
    demo.second_term()
    disclosure.load(demo)
    demo.upcoming()
    # The neighbours' minutes are みなみ市's secretariat's imports, as if it had uploaded them: its to correct and
    # delete on the import screen (an operator's import would be a superuser's alone).
    secretariat = demo.secretariat.user
    for number, parsed in enumerate(content.NEIGHBOURS, start=1):
        meeting, _ = import_meeting_as(parsed, user=secretariat, source_name=f"demo-neighbour-{number}.json")
        # The neighbours' minutes are published precedents: checked on import, then made public.
        publish_import(meeting, on=meeting.date, by=secretariat)
    return True
