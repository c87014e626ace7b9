"""What the official papers say beyond the agenda's facts: closed items in their place, the observers' copy of a
諮問書, one list of 附帯意見, corrections made after settling, who signs for an absent chair, items carried over,
a 懇談会 and the election of the chair."""
import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from helpers import accepted_case, document_text, open_meeting_with
from shingikai.access import DocumentReading
from shingikai.councils.actions import elect_chair
from shingikai.councils.models import Council
from shingikai.documents.materials import materials_pdf
from shingikai.documents.render import render
from shingikai.documents.sampledata import build_record
from shingikai.meetings.actions import (
    add_procedural_item, close_meeting, draft_answer, edit_answer, issue_answer, open_meeting, plan_meeting,
    record_decision, record_turn, schedule_case,
)
from shingikai.minutes.actions import amend_minutes, confirm_minutes, designate_signers

pytestmark = pytest.mark.django_db


def text(kind, pk, *, public=False, fmt="pdf"):
    reading = DocumentReading(AnonymousUser(), full=False) if public else None
    return document_text(render(kind, pk, fmt, reading=reading))


def in_order(flat, facts):
    position = 0
    for fact in facts:
        found = flat.find(fact, position)
        assert found >= 0, f"「{fact}」 missing after {flat[position:position + 200]}"
        position = found + len(fact)


def test_observers_materials_hold_no_checklist_nor_the_case_details_the_public_page_does_not_show():
    r = build_record()
    members = text("shimonsho", r.case1.pk)
    internal = ["審査チェックリスト", "担当課の回答", "ISO/IEC27001", "消去証明書", "二要素認証"]
    assert all(fact in members for fact in internal)
    _, pdf = materials_pdf(r.meeting, None, observers=True)
    observers = document_text(pdf)
    assert r.case1.title in observers and r.case1.purpose.replace(" ", "") in observers
    leaked = [fact for fact in internal if fact in observers]
    assert not leaked, leaked
    assert "公開用の写しには含めていません" in observers


def test_a_partly_closed_meeting_says_so_and_keeps_the_closed_item_in_its_place(client):
    r = build_record(closed_report=True)  # item 5, the report, is closed
    reason = r.item3.closed_reason
    for fmt in ("pdf", "docx"):
        agenda = text("agenda", r.meeting.pk, fmt=fmt)
        assert f"会議の公開一部非公開（議題5：{reason}）" in agenda
        members = text("minutes", r.meeting.pk, fmt=fmt)
        assert f"一部非公開（議題5：{reason}）" in members
        in_order(members, [f"（5）{r.case3.title}（報告）（非公開）", f"この議題は非公開で審議した（理由：{reason}）"])

        public_agenda = text("agenda", r.meeting.pk, public=True, fmt=fmt)
        assert "会議の公開一部非公開（議題5）" in public_agenda and reason not in public_agenda
        in_order(public_agenda, [f"4{r.case2.title}", "5非公開案件（", "6次回日程", "7閉会"])
        public = text("minutes", r.meeting.pk, public=True, fmt=fmt)
        assert "一部非公開（議題5）" in public and r.case3.title not in public and reason not in public
        # Who explained the closed item is left out, and the header says so rather than 「なし」.
        assert "岡本直樹（議題4）" in public and "非公開の議題に係る説明員は掲載していません" in public
        in_order(public, [f"（4）{r.case2.title}", "（5）非公開案件（", "（6）次回日程", "（7）閉会"])
        assert "非公開案件1件" not in public

    page = client.get(reverse("portal:meeting", args=[r.meeting.pk])).content.decode()
    assert "一部非公開" in page and r.case3.title not in page
    agenda_list = page[page.index('<ol class="agenda">'):]
    agenda_list = agenda_list[:agenda_list.index("</ol>")]
    # The page's fifth entry is the closed item's place, as on the papers.
    # (An item's own list, its 諮問書 and 公開資料, is not an entry.)
    entries = [entry.split(">", 1)[1] for entry in agenda_list.split("<li")[1:]
               if not any(word in entry[:40] for word in ("資料:", "諮問書:", "報告書:"))]
    assert entries[4].startswith("非公開案件（") and entries[5].startswith("次回日程")


def test_an_opinion_given_at_the_meeting_and_typed_into_the_answer_is_printed_once(client):
    r = build_record(issue=False)
    opinion = r.follow_opinion.text  # 「電話番号は任意の項目とし、…明記すること。」, the decision's 意見
    edit_answer(r.answer, conclusion=r.answer.conclusion, addressee=r.answer.addressee,
                opinions=[opinion.removesuffix("。"), "実施後1年を目途に報告されたい。"])
    answer = issue_answer(r.answer, date=r.meeting.date + dt.timedelta(days=10))
    opinions, _, _ = answer.letter_parts()
    assert len(opinions) == 2
    core = opinion.removesuffix("。")
    for fmt in ("pdf", "docx"):
        assert text("answer", answer.pk, fmt=fmt).count(core) == 1, fmt
    page = client.get(reverse("portal:answer", args=[answer.pk])).content.decode()
    assert page.count(core) == 1


def test_minutes_corrected_after_publication_print_the_correction_and_say_whom_the_signatures_attest():
    r = build_record()
    turn = next(t for t in r.turns if t.text.startswith("国内のデータセンターであり"))
    before = turn.text
    amend_minutes(r.minutes, reason="発言者からの申出により字句を訂正", turn=turn,
                  after="国内（東京都及び大阪府）のデータセンターであり、ISMS認証の有効期限は令和9年3月31日までです。")
    for fmt in ("pdf", "docx"):
        whole = text("minutes", r.meeting.pk, fmt=fmt)
        in_order(whole, ["国内（東京都及び大阪府）のデータセンター", "訂正）", "正誤", "訂正前", "訂正後",
                         before, "国内（東京都及び大阪府）", "発言者からの申出により字句を訂正", "署名",
                         "上記の署名は訂正前の会議録に対してされたもの"])
        public = text("minutes", r.meeting.pk, public=True, fmt=fmt)
        in_order(public, ["国内（東京都及び大阪府）のデータセンター", "訂正）", "正誤", "確定後に訂正した",
                          "上記の署名は訂正前の会議録に対してされたもの"])
        # As on the public page: when, not the old wording nor the reason.
        assert before not in public and "発言者からの申出" not in public


def test_minutes_of_a_meeting_the_chair_missed_are_signed_by_the_acting_chair_who_presided(world):
    chair, acting = world.people[0], world.people[1]
    meeting, _ = open_meeting_with(world, present=world.people[1:])
    minutes = close_meeting(meeting).minutes
    designate_signers(minutes, [world.people[2]])
    roles = {s.person_id: s.role for s in minutes.signers.all()}
    assert chair.pk not in roles and roles[acting.pk] == "chair"
    confirm_minutes(minutes, on=meeting.date, by_circulation=True, open_checks_acknowledged=True)
    flat = text("minutes", meeting.pk)
    assert f"{world.council.name}会長職務代理井上二葉（署名欄）" in flat
    assert "会長青木一郎" not in flat


def heard_without_decision(world, *, present=None, informal=False):
    case = accepted_case(world)
    meeting, (item,) = open_meeting_with(world, cases=[case], present=present, informal=informal)
    record_turn(meeting, speaker_label="市民課", role="department", text="説明します。", agenda_item=item)
    record_turn(meeting, speaker_label="青木委員", role="member", text="次回までに資料を求めます。", agenda_item=item,
                person=world.people[0])
    return close_meeting(meeting), case


def test_settled_minutes_print_an_item_heard_without_a_decision_as_carried_over(world):
    meeting, case = heard_without_decision(world)
    designate_signers(meeting.minutes, [world.people[2]])
    confirm_minutes(meeting.minutes, on=meeting.date, by_circulation=True, open_checks_acknowledged=True)
    for fmt in ("pdf", "docx"):
        flat = text("minutes", meeting.pk, fmt=fmt)
        in_order(flat, [case.title, "〈結論〉", "継続審議"])
        assert "結論の記録はありません" not in flat


def test_a_session_without_quorum_is_recorded_as_a_konwakai_not_a_numbered_meeting(world):
    meeting, case = heard_without_decision(world, present=world.people[:2], informal=True)
    for fmt in ("pdf", "docx"):
        flat = text("minutes", meeting.pk, fmt=fmt)
        assert f"{world.council.name}懇談会記録" in flat and meeting.short_label not in flat
        assert "定足数に達しなかったため" in flat and "定足数3人、出席2人" in flat
        assert case.title in flat and "〈結論〉" not in flat and "結論の記録はありません" not in flat


def test_the_minutes_of_the_election_say_who_was_elected_whatever_the_name_policy(world):
    Council.objects.filter(pk=world.council.pk).update(name_policy=Council.NamePolicy.ROLE)
    meeting = plan_meeting(world.council, date=world.today, start_time=dt.time(14, 0), place="会議室")
    item = add_procedural_item(meeting, "会長の選出")
    meeting = open_meeting(meeting, present=world.people)
    new_chair = world.people[2]
    record_turn(meeting, speaker_label="井上委員", role="member", text="上田委員を会長に推薦します。", agenda_item=item,
                person=world.people[1])
    elect_chair(world.council, new_chair, on=meeting.date, meeting=meeting)
    close_meeting(meeting)
    for fmt in ("pdf", "docx"):
        flat = text("minutes", meeting.pk, fmt=fmt)
        in_order(flat, ["会長の選出", "互選により上田三恵委員が会長に選出された。"])


def test_the_agenda_lists_the_meetings_papers_with_their_numbers_and_the_public_copy_only_the_public_ones():
    """「配布資料 なし」 on a 次第 whose cases come with their 諮問書 told the members nothing; the papers are listed
    as the materials number them, and the public copy leaves out the closed item's."""
    r = build_record(closed_report=True)
    r.meeting.materials = []  # a list the secretariat typed is printed as typed
    r.meeting.save(update_fields=["materials"])
    papers = [f"{case.title}について（{verb}書）" if not case.title.endswith("について") else f"{case.title}（{verb}書）"
              for case, verb in ((r.case1, "諮問"), (r.case2, "諮問"), (r.case3, "報告"))]
    for fmt in ("pdf", "docx"):
        members = text("agenda", r.meeting.pk, fmt=fmt)
        in_order(members, ["配布資料"] + [f"資料{n}{paper}" for n, paper in enumerate(papers, 1)])
        public = text("agenda", r.meeting.pk, public=True, fmt=fmt)
        in_order(public, ["配布資料", f"資料1{papers[0]}", f"資料2{papers[1]}"])
        assert r.case3.title not in public and "資料3" not in public and "配布資料なし" not in public


def test_a_closed_meetings_agenda_states_its_reason_once_with_brackets_of_one_width(world):
    """The reason of a closed meeting is its 会議の公開, not a line under 「1 開会」 and every item; a title or reason
    typed with half-width brackets prints with the full-width ones around it (no 「(…)（諮問）」)."""
    from shingikai.meetings.actions import schedule_case

    reason = "審査請求に係る事件を審議するため (審査会条例第9条)"
    case = accepted_case(world, title="部分開示決定に対する審査請求 (公文書開示請求)")
    meeting = plan_meeting(world.council, date=dt.date(2025, 5, 20), start_time=dt.time(14, 0), place="会議室",
                           is_public=False, closed_reason=reason)
    add_procedural_item(meeting, "開会")
    schedule_case(case, meeting, is_public=False, closed_reason=reason)
    for fmt in ("pdf", "docx"):
        flat = text("agenda", meeting.pk, fmt=fmt)
        assert "会議の公開非公開（審査請求に係る事件を審議するため（審査会条例第9条））" in flat
        assert flat.count("審査会条例第9条") == 1
        assert "部分開示決定に対する審査請求（公文書開示請求）（諮問）" in flat
        assert " (" not in flat and "(公文書" not in flat


def test_the_bound_agenda_keeps_the_secretariats_list_of_papers_and_adds_what_the_file_holds_with_pages():
    r = build_record()
    typed = [str(m) for m in r.meeting.materials]
    assert typed
    _, pdf = materials_pdf(r.meeting, None)
    agenda = document_text(pdf).split("-1-")[0]
    in_order(agenda, ["配布資料"] + [t.replace(" ", "").replace("\u3000", "") for t in typed] + [
        "この資料集に綴じた資料", f"資料1{r.case1.title}", "（2ページ）"])


def test_the_answer_letter_dates_the_consultation_by_its_receipt_not_its_first_hearing(world):
    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 5, 20), meeting=meeting)
    for fmt in ("pdf", "docx"):
        letter = text("answer", answer.pk, fmt=fmt)
        assert f"令和7年4月10日付け{case.number}で諮問のあった" in letter, fmt
        assert f"{case.number}令和7年4月10日防犯カメラ映像の提供" in letter, fmt  # the 諮問事項's 諮問日
    # The 諮問書 gives the same day.
    assert "令和7年4月10日" in text("shimonsho", case.pk).split("防犯カメラ")[0]


def test_letters_issued_while_the_chair_is_vacant_are_signed_by_the_acting_chair(world):
    """The 会長 resigns mid-term: until the council elects the next, the 会長職務代理者 acts for the 会長 and the
    答申書 and the 点検結果 issued meanwhile are in that capacity and name, not an empty 「会長」."""
    from shingikai.councils.actions import end_membership
    from shingikai.registers import actions as registers
    from test_register_actions import full_assessment, held_inspection

    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 5, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    record = registers.open_comment_period(full_assessment(world), start=dt.date(2025, 4, 1), end=dt.date(2025, 5, 31))
    inspection = held_inspection(world, record, date=dt.date(2025, 6, 10))
    before = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 6, 20), meeting=meeting)
    assert "会長青木一郎" in text("answer", before.pk).replace(" ", "")
    end_membership(world.council.memberships.get(person=world.people[0]), on=dt.date(2025, 6, 30), reason="辞職")
    registers.conclude_inspection(inspection, findings="リスク対策は適切である。", on=dt.date(2025, 7, 10))
    later = accepted_case(world, title="住民票の写しのコンビニ交付", on=dt.date(2025, 4, 10))
    meeting = plan_meeting(world.council, date=dt.date(2025, 7, 1))
    item = schedule_case(later, meeting)
    meeting = open_meeting(meeting, present=world.people[1:])
    record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = issue_answer(draft_answer(world.council, cases=[later], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 7, 10), meeting=meeting)
    for kind, pk in (("answer", answer.pk), ("inspection", record.pk)):
        for fmt in ("pdf", "docx"):
            letter = text(kind, pk, fmt=fmt).replace(" ", "").replace("　", "")
            assert "会長職務代理者井上二葉" in letter and "会長青木" not in letter, (kind, fmt)


def test_a_new_mayor_does_not_rewrite_the_consultations_and_answers_of_the_former_one(world):
    """市長 南山 leaves office on 令和7年4月30日 and 北野 takes office on 5月1日: the administrator records it
    with the 就任日. The 諮問書 made and the 答申書 issued in April still name 南山; those dated from May 1 name
    北野. A typo in the new name corrected without a new 就任日 is corrected on every paper of that term."""
    from shingikai.councils.actions import update_municipality_settings

    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    meeting, (item,) = open_meeting_with(world, cases=[case], date=dt.date(2025, 4, 20))
    record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                          date=dt.date(2025, 4, 25), meeting=meeting)
    admin = _superuser()
    update_municipality_settings(world.city, by=admin, head_title="みなみ市長", head_name="北野 花子",
                                 head_since=dt.date(2025, 5, 1))
    later = accepted_case(world, title="住民票の写しのコンビニ交付", on=dt.date(2025, 5, 12))
    for fmt in ("pdf", "docx"):
        for kind, pk in (("shimonsho", case.pk), ("answer", answer.pk)):
            letter = text(kind, pk, fmt=fmt).replace(" ", "").replace("　", "")
            assert "みなみ市長南山一郎" in letter and "北野" not in letter, (kind, fmt)
        assert "みなみ市長北野花子" in text("shimonsho", later.pk, fmt=fmt).replace(" ", "").replace("　", "")
    update_municipality_settings(world.city, by=admin, head_title="みなみ市長", head_name="北野 華子")  # typo fixed
    assert "みなみ市長北野華子" in text("shimonsho", later.pk).replace(" ", "").replace("　", "")
    assert "みなみ市長南山一郎" in text("answer", answer.pk).replace(" ", "").replace("　", "")


def test_the_printed_consultation_page_names_the_mayor_of_its_day(client, world):
    from shingikai.councils.actions import update_municipality_settings

    case = accepted_case(world, title="防犯カメラ映像の提供", on=dt.date(2025, 4, 10))
    update_municipality_settings(world.city, by=_superuser(), head_title="みなみ市長", head_name="北野 花子",
                                 head_since=dt.date(2025, 5, 1))
    client.force_login(world.secretariat)
    page = client.get(reverse("cases:shimonsho", args=[case.pk])).content.decode()
    assert "みなみ市長　南山一郎" in page and "北野" not in page and "令和7年4月10日" in page


def _superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("kanri", password="x-kanri-password-1")
