"""Minutes shingikai itself publishes (会議録 as DOCX and PDF) are read back exactly by the importer.

Another city running shingikai imports this city's published minutes into its precedent base. The record is
built through the actions (documents.sampledata), its minutes downloaded as the public downloads them, read
by the importer and compared with what was recorded: items, kinds, departments, outcomes, conditions and
follow-ups. The outcome line under 〈結論〉 is the outcome, not a condition; the decision's wording is no condition.
"""
import datetime as dt

import pytest
from django.test import Client
from helpers import accepted_case, open_meeting_with

from shingikai.councils.actions import update_council_settings
from shingikai.councils.models import Council
from shingikai.documents.sampledata import build_record
from shingikai.meetings.actions import add_follow_up, close_meeting, record_turn
from shingikai.meetings.models import AgendaItem, FollowUp
from shingikai.minutes.actions import confirm_minutes, designate_signers, import_meeting, publish_minutes, sign_minutes
from shingikai.minutes.importer import parse_file, parse_text

pytestmark = pytest.mark.django_db

# Every style a council may choose: 要点記録 and 要録 (each item with its conclusion), 会議結果報告書, and 全文 (the turns,
# then the decisions under each item's heading again).
STYLES = list(Council.MinutesStyle)
# How the parse writes a recorded follow-up of each kind (DESIGN 3.1 has only the condition's words).
PREFIX = {FollowUp.Kind.CONDITION: "", FollowUp.Kind.OPINION: "意見: ", FollowUp.Kind.REPORT_BACK: "後日報告: ",
          FollowUp.Kind.SUBMISSION: "資料提出: "}


def published_record(style):
    """The sample record, with a 後日報告 for a named department and a due date on its report, published."""
    r = build_record(minutes_style=style, confirm=False)
    # The public copy ends with the secretariat's 問い合わせ先 (the 会議結果報告書: a row of its table), no item's words.
    update_council_settings(r.council, by=None, secretariat_section="総務部 総務課", secretariat_contact="石井",
                            secretariat_phone="0000-00-0000", secretariat_email="soumu@aobadai.example.jp",
                            secretariat_address="青葉台市本町1-1")
    r.follow_report = add_follow_up(r.decision3, kind="後日報告", text="封入封緘の委託先への立入検査の結果を報告すること。",
                                    department=r.kenko, due_date=dt.date(2026, 9, 30))
    confirmed_on = r.meeting.date + dt.timedelta(days=21)
    r.minutes = confirm_minutes(r.minutes, on=confirmed_on, by_circulation=True, open_checks_acknowledged=True)
    sign_minutes(r.minutes, r.chair, on=confirmed_on)
    sign_minutes(r.minutes, r.vice, on=confirmed_on)
    r.minutes = publish_minutes(r.minutes, on=confirmed_on + dt.timedelta(days=3))
    return r


def downloaded(meeting, fmt, tmp_path):
    """The minutes as anyone downloads them from the public site, read by the importer."""
    response = Client().get(f"/documents/minutes/{meeting.pk}.{fmt}")
    assert response.status_code == 200
    path = tmp_path / f"minutes.{fmt}"
    path.write_bytes(response.content)
    return parse_file(str(path))


def follow_up_words(follow_up):
    tail = []
    if follow_up.department_id:
        tail.append(f"対応：{follow_up.department.name}")
    if follow_up.due_date:
        tail.append(f"期限：令和{follow_up.due_date.year - 2018}年{follow_up.due_date.month}月{follow_up.due_date.day}日")
    return PREFIX[follow_up.kind] + follow_up.text + (f"（{'、'.join(tail)}）" if tail else "")


def recorded_items(meeting):
    """What the secretariat recorded, in the parse's terms: the deliberated items only."""
    out = []
    for item in meeting.items.filter(kind__in=(AgendaItem.Kind.CONSULTATION, AgendaItem.Kind.REPORT)).order_by("order"):
        decision = item.decision
        out.append({
            "kind": item.kind, "title": item.title, "departments": [d.name for d in item.departments.all()],
            "outcome": decision.outcome, "conditions": [follow_up_words(f) for f in decision.follow_ups.order_by("id")],
        })
    return out


def read_items(parsed):
    return [{k: item[k] for k in ("kind", "title", "departments", "outcome", "conditions")} for item in parsed["items"]]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("style", STYLES)
def test_own_published_minutes_read_back_as_recorded(style, fmt, tmp_path):
    r = published_record(style)
    parsed = downloaded(r.meeting, fmt, tmp_path)
    assert read_items(parsed) == recorded_items(r.meeting)
    assert parsed["council_name"] == r.council.name
    assert parsed["date"] == r.meeting.date.isoformat()


@pytest.mark.parametrize("style", STYLES)
def test_docx_and_pdf_of_the_same_minutes_read_alike(style, tmp_path):
    r = published_record(style)
    assert read_items(downloaded(r.meeting, "docx", tmp_path)) == read_items(downloaded(r.meeting, "pdf", tmp_path))


def test_outcome_line_and_vote_are_no_condition_and_follow_ups_keep_their_kind_once_imported(tmp_path):
    """Each follow-up is stored once by its kind, its text without the parse's 「後日報告: 」 (which the pages print
    again as 【後日報告】), answered by the item's department, and with no 期限 guessed from its words."""
    r = published_record(Council.MinutesStyle.YOUTEN)
    parsed = downloaded(r.meeting, "pdf", tmp_path)
    # As the finding did: stored as another city's council, the one this system runs refusing it.
    parsed.update(municipality="テスト市", council_name="テスト市情報公開・個人情報保護審議会")
    meeting, status = import_meeting(parsed, source_name="minutes.pdf")
    assert status == "imported"
    stored = {item.title: sorted((f.kind, f.text, f.department.name, f.due_date) for f in item.decision.follow_ups.all())
              for item in meeting.items.select_related("decision").prefetch_related("decision__follow_ups__department")}
    recorded = {item.title: sorted((f.kind, follow_up_words(f).removeprefix(PREFIX[f.kind]),
                                    item.departments.get().name, None) for f in item.decision.follow_ups.all())
                for item in r.meeting.items.filter(kind__in=("諮問", "報告"))}
    assert stored == recorded
    assert any(kind == FollowUp.Kind.REPORT_BACK for pairs in stored.values() for kind, *_ in pairs)
    texts = [text for pairs in stored.values() for _, text, *_ in pairs]
    assert not any("挙手全員" in t or "異議なし" in t or t.startswith("・") for t in texts)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_item_settled_without_a_decision_reads_as_carried_over_with_no_condition(world, fmt, tmp_path):
    case = accepted_case(world, title="防犯カメラの設置について")
    meeting, (item,) = open_meeting_with(world, cases=[case])
    record_turn(meeting, speaker_label="市民課", role="department", text="設置場所を説明します。", agenda_item=item)
    meeting = close_meeting(meeting)
    minutes = meeting.minutes
    designate_signers(minutes, [world.people[1]])
    minutes = confirm_minutes(minutes, on=meeting.date, by_circulation=True, open_checks_acknowledged=True)
    for person in (world.people[0], world.people[1]):
        sign_minutes(minutes, person, on=meeting.date)
    publish_minutes(minutes, on=meeting.date)
    parsed = downloaded(meeting, fmt, tmp_path)
    assert read_items(parsed) == [{"kind": "諮問", "title": "防犯カメラの設置について", "departments": ["市民課"],
                                   "outcome": "継続審議", "conditions": []}]  # as the signed minutes say


def test_a_running_footer_numbered_per_page_is_dropped_from_the_first_page_too():
    # The PDF's page ended under the item's heading; its conclusion opens the next page.
    footer = "- {} - みなみ市情報公開・個人情報保護審議会"
    text = ("令和7年度第3回みなみ市情報公開・個人情報保護審議会\n会議録（要点記録）\n"
            "日時\t令和7年11月17日（月） 14時00分～15時40分\n内容及び要点\n（1）開会\n"
            "（2）個人情報の漏えい等事案について（報告）\n担当課：市民課\n" + footer.format(1) + "\f"
            "〈結論〉\n報告了承（異議なし）\n報告を了承する。\n（3）閉会\n" + footer.format(2))
    parsed = parse_text(text)
    assert [(i["kind"], i["title"], i["departments"], i["outcome"], i["conditions"]) for i in parsed["items"]] == [
        ("報告", "個人情報の漏えい等事案について", ["市民課"], "報告了承", [])]
