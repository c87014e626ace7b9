"""A past meeting imported from the council's published minutes is the past, not a draft: it keeps the 通算第N回
its minutes printed and the council's next meeting follows it (the base counts the meetings held before the system,
imported ones among them); its minutes are no 会議録 (案) to check, sign or confirm, only to publish from the import;
their re-printed 会議録 says only what was read; a 答申 on a case heard there names the unpublished import."""
import datetime

import pytest
from django.urls import reverse
from helpers import document_text
from test_web_support import scheduled_meeting, web_world  # noqa: F401

from shingikai.documents import context
from shingikai.errors import ActionRefused
from shingikai.meetings import actions as meeting_actions
from shingikai.meetings.models import AgendaItem
from shingikai.minutes import actions
from shingikai.minutes.export import export_meeting
from shingikai.minutes.importer import parse_text

D = datetime.date
PAST = [  # (年度第N回, 通算, date): the paper era's last meetings, each printing its 通算 under the title
    ("令和5年度第3回", "（通算第39回）", "令和5年11月20日"),
    ("令和6年度第2回", "（通算第40回）", "令和6年10月15日"),
    ("令和7年度第1回", "（通算第41回）", "令和7年7月8日"),
]


STAFF = """5 出席職員
【事務局】
（総務課）上田総務課長
【実施機関】
諮問第11号（総務部情報政策課） 森課長
"""


def minutes_text(label, cumulative, day, *, speech="", staff_lines=True):
    return f"""{label}みなみ市情報公開・個人情報保護審議会会議録（要点記録）

{cumulative}

1 日 時 {day}（火）
午前10時00分から午前11時30分まで
2 場 所 みなみ市役所本庁舎4階 第2会議室
3 出席委員 北野会長、南田副会長、東山委員、西川委員
4 欠席委員 なし
{STAFF if staff_lines else ""}6 傍聴人 なし

7 内容及び要点

(1) 開会

(2) 議題

① 諮問第11号 庁内ネットワークの更改に伴うオンライン結合について（総務部情報政策課）

〔情報政策課〕

庁内ネットワークの更改に伴うオンライン結合について説明する。{speech}

〔東山委員〕

委託事業者のアクセス権限はどのように管理されるのか。

〔情報政策課〕

担当者ごとにIDを付与し、アクセスログを毎月確認する。

〔北野会長〕

諮問第11号については承認とする。

（結論）承認（挙手全員）

(3) 閉会
"""


def imported(world, label, cumulative, day, **kwargs):
    meeting, status = actions.import_meeting(parse_text(minutes_text(label, cumulative, day, **kwargs)),
                                             council_slug=world.council.slug, source_name=f"{label}.txt",
                                             sha256=label.encode().hex()[:64], by=world.secretariat)
    assert status == "imported"
    return meeting


def numbered(world, base):
    world.council.numbers_cumulatively = True
    world.council.cumulative_base = base
    world.council.save()
    return world.council


def test_the_header_reader_takes_the_cumulative_count_from_the_title_block_only():
    assert parse_text(minutes_text(*PAST[2]))["cumulative_number"] == 41
    assert parse_text(minutes_text("令和7年度第1回", "（通算第四十一回）", "令和7年7月8日"))["cumulative_number"] == 41
    # A speech citing another meeting's count says nothing of this one's.
    cited = parse_text(minutes_text("令和7年度第1回", "", "令和7年7月8日", speech="通算第40回の会議で説明した。"))
    assert cited["cumulative_number"] is None


def test_imported_meetings_keep_their_printed_count_and_the_next_meeting_follows_the_highest(web_world):
    w = web_world
    council = numbered(w, 41)  # the paper era held 41 meetings, the three imported among them
    past = [imported(w, *row) for row in PAST]
    assert [m.cumulative_number for m in past] == [39, 40, 41]
    assert past[2].label == "令和7年度第1回 (通算第41回)"
    first = meeting_actions.plan_meeting(council, date=D(2026, 12, 21))
    assert first.label == "令和8年度第1回 (通算第42回)"
    # A further past meeting imported later (its minutes print no count) is inside the base too: nothing moves on.
    imported(w, "令和6年度第3回", "", "令和7年2月18日")
    second = meeting_actions.plan_meeting(council, date=D(2027, 1, 25))
    assert second.label == "令和8年度第2回 (通算第43回)"
    first.refresh_from_db()
    assert first.cumulative_number == 42
    # A base left at 0 still never gives a number the imports already hold.
    council.cumulative_base = 0
    council.save()
    assert meeting_actions.plan_meeting(council, date=D(2027, 2, 25)).cumulative_number == 44


def test_the_review_corrects_the_printed_count_and_the_export_gives_it_back(world):
    pending = actions.receive_import_file(minutes_text(*PAST[0]).encode(), name="r5-3.txt", council=world.council,
                                          by=world.secretariat)
    assert pending.parsed["cumulative_number"] == 39
    assert pending.parsed["staff"] == "諮問第11号（総務部情報政策課） 森課長"
    pending = actions.correct_pending_import(pending, changes={"cumulative_number": 38, "staff": "森情報政策課長"},
                                             by=world.secretariat, expected_version=pending.version)
    meeting, _ = actions.import_pending(pending, by=world.secretariat)
    exported = export_meeting(meeting)
    assert meeting.cumulative_number == 38 and exported["cumulative_number"] == 38
    assert exported["staff"] == "森情報政策課長" and exported["secretariat"] == "（総務課）上田総務課長"


def test_an_unpublished_import_is_no_draft_of_the_council(client, web_world):
    w = web_world
    past = imported(w, *PAST[2])
    minutes = past.minutes
    meeting, _, _ = scheduled_meeting(w)
    item = meeting_actions.add_procedural_item(meeting, AgendaItem.Procedure.PREVIOUS_MINUTES)
    assert list(actions.awaiting_confirmation(meeting)) == []
    client.force_login(w.member_user)
    page = client.get(reverse("meetings:materials", args=[meeting.pk])).content.decode()
    section = page.split(f'id="m-item-{item.pk}"', 1)[1].split("</section>", 1)[0]
    assert reverse("minutes:detail", args=[minutes.pk]) not in section and "確定を待つ会議録 (案) はありません" in section
    for step in (lambda: actions.request_checks(minutes, by=w.secretariat),
                 lambda: actions.designate_signers(minutes, [w.people[0]]),
                 lambda: actions.confirm_minutes(minutes, on=D(2026, 1, 5), by_circulation=True,
                                                 open_checks_acknowledged=True),
                 lambda: actions.edit_minutes(minutes, summary="要点", by=w.secretariat),
                 lambda: actions.check_minutes(minutes, person=w.people[1], agrees=True, by=w.member_user)):
        with pytest.raises(ActionRefused, match="公開会議録から取り込んだ記録のため"):
            step()
    client.force_login(w.secretariat)
    detail = client.get(reverse("minutes:detail", args=[minutes.pk])).content.decode()
    assert "取込記録 (未公開)" in detail and reverse("minutes_import:meeting", args=[past.pk]) in detail
    for offered in ("出席した委員に確認を依頼する", "署名委員を指名する", "確定する</button>", "訂正を記録する"):
        assert offered not in detail
    listed = client.get(reverse("minutes:list")).content.decode()
    assert "取込記録 (未公開)" in listed and ">案<" not in listed
    # Published from the import, it is still no record to sign or correct by amendment here.
    actions.publish_import(past, by=w.secretariat)
    minutes.refresh_from_db()
    with pytest.raises(ActionRefused, match="公開会議録から取り込んだ記録のため"):
        actions.amend_minutes(minutes, reason="誤記", after="直した要点", by=w.secretariat)


def test_the_minutes_of_an_imported_meeting_state_only_what_was_read(client, web_world):
    w = web_world
    numbered(w, 41)
    past = imported(w, *PAST[2])
    assert context.minutes(past.pk)["draft"] is False  # awaiting publication, but no 「案」 of the council's
    actions.publish_import(past, by=w.secretariat)
    text = document_text(client.get(f"/documents/minutes/{past.pk}.pdf").content, "application/pdf")
    flat = "".join(text.split())
    assert "（通算第41回）" in flat
    assert "持ち回り" not in flat and "会議録の確定" not in flat
    # The 事務局 and 説明員 as the source prints them, and 「記載なし」 where it prints none, never 「なし」.
    assert "事務局（総務課）上田総務課長" in flat and "説明員諮問第11号（総務部情報政策課）森課長" in flat
    assert "欠席委員なし" in flat  # the source states it
    silent = imported(w, "令和6年度第3回", "", "令和7年2月18日", staff_lines=False)
    actions.publish_import(silent, by=w.secretariat)
    flat = "".join(document_text(client.get(f"/documents/minutes/{silent.pk}.pdf").content, "application/pdf").split())
    assert "説明員記載なし" in flat and "事務局記載なし" in flat and "説明員なし" not in flat


def test_imported_members_are_listed_without_empty_brackets_and_an_unnamed_style_is_said_so(client, web_world):
    w = web_world
    past = imported(w, *PAST[1])
    past.minutes.style = ""
    past.minutes.save()
    client.force_login(w.secretariat)
    detail = client.get(reverse("minutes:detail", args=[past.minutes.pk])).content.decode()
    assert "北野、南田、東山、西川" in detail and "()" not in detail
    assert "様式: 記載なし" in detail


def test_the_answer_on_a_case_of_an_unpublished_import_names_the_import(client, web_world):
    w = web_world
    past = imported(w, *PAST[2])
    case = past.items.get(case__isnull=False).case
    answer = meeting_actions.draft_answer(w.council, cases=[case], conclusion="承認する。", addressee="みなみ市長")
    meeting_actions.issue_answer(answer, date=D(2025, 7, 8), by=w.secretariat)
    client.force_login(w.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "取込記録が未公開のため" in page and past.label in page
    assert reverse("minutes_import:meeting", args=[past.pk]) in page
    assert "非公開の議題で審議した" not in page and "答申を公表する" not in page
    actions.publish_import(past, by=w.secretariat)
    assert "公開ページに掲載しています" in client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()


def test_the_public_copy_of_an_import_with_a_closed_item_leaves_the_printed_staff_out(client, web_world):
    w = web_world
    parsed = parse_text(minutes_text(*PAST[1]))
    parsed["items"][0]["public"] = False
    past, _ = actions.import_meeting(parsed, council_slug=w.council.slug, source_name="closed.txt", sha256="c" * 64,
                                     by=w.secretariat)
    actions.publish_import(past, by=w.secretariat)
    flat = "".join(document_text(client.get(f"/documents/minutes/{past.pk}.pdf").content, "application/pdf").split())
    assert "森課長" not in flat and "諮問第11号" not in flat and "説明員は掲載していません" in flat
    assert "上田総務課長" in flat
