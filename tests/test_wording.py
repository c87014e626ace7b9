"""Japanese that reads right: the fixes reported from a new user's first year, one test each."""
import datetime
import json
import logging
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from test_disclosure_answer_import import ANSWER
from test_web_support import accepted_case, held_meeting, make_case, scheduled_meeting, web_world  # noqa: F401

from shingikai.cases import checklist
from shingikai.cases.actions import update_case
from shingikai.cases.models import Certification, Contractor
from shingikai.disclosure import actions as disclosure_actions
from shingikai.documents import context as documents
from shingikai.documents.pdf import to_html
from shingikai.errors import ActionRefused
from shingikai.jp.templatetags import keep_brackets
from shingikai.jp.wareki import to_wareki
from shingikai.meetings import actions
from shingikai.minutes.actions import designate_signers, edit_minutes
from shingikai.minutes.models import Minutes
from shingikai.registers.actions import record_incident


def _page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_case_facts_show_each_legal_basis_and_numbers_with_separators(client, web_world):
    case = make_case(web_world, legal_bases=["条例第12条", "同条例第14条"], budget_yen=4800000, subject_count=12500)
    page = _page(client, web_world.dept_a_user, reverse("cases:detail", args=[case.pk]))
    assert "条例第12条<br>同条例第14条" in page and "\\n" not in page
    assert "4,800,000 円" in page and "12,500 人" in page


def test_breadcrumb_names_the_case(client, web_world):
    case = make_case(web_world, title="転入届受付システムの導入")
    page = _page(client, web_world.dept_a_user, reverse("cases:detail", args=[case.pk]))
    assert '<li>転入届受付システムの導入</li></ol>' in page


def test_checklist_dates_are_in_wareki(web_world):
    case = make_case(web_world, start_date=datetime.date(2025, 4, 1), end_date=datetime.date(2026, 3, 31))
    contractor = Contractor.objects.create(case=case, name="みなみ情報株式会社", work_start=datetime.date(2025, 4, 1),
                                          work_end=datetime.date(2026, 3, 31))
    Certification.objects.create(contractor=contractor, kind="pmark", valid_until=datetime.date(2025, 9, 30))
    finding = next(f for f in checklist.evaluate(case) if f.code == "certification")
    assert "令和7年9月30日" in finding.explanation and "令和8年3月31日" in finding.explanation
    assert "2025-09-30" not in finding.explanation


def test_members_are_not_told_to_answer_the_checklist(client, web_world):
    case = accepted_case(web_world, retention_period="")
    member_page = _page(client, web_world.member_user, reverse("cases:detail", args=[case.pk]))
    assert "件の確認事項があります" in member_page and "回答を入力してください" not in member_page


def test_retention_period_is_a_period(client, web_world):
    case = make_case(web_world)
    for text in ("-1", "0年", "未定"):
        with pytest.raises(ActionRefused, match="保存期間"):
            update_case(case, retention_period=text)
    for text in ("5年", "6か月", "常用", "永年", "事業終了まで", "交付後7日間 (ログは1年)"):
        assert update_case(case, retention_period=text).retention_period == text
    # A stored value that is not a period (an older record: no structure read) is flagged like a missing one.
    type(case).objects.filter(pk=case.pk).update(retention_period="-1", retention_kind="", retention_amount=None)
    case.refresh_from_db()
    assert "retention" in {f.code for f in checklist.evaluate(case)}


def test_a_case_title_has_a_length_limit_with_a_message(client, web_world):
    case = make_case(web_world)
    with pytest.raises(ActionRefused, match="件名は200文字以内で入力してください \\(現在 825 文字\\)"):
        update_case(case, title="あ" * 825)
    client.force_login(web_world.dept_a_user)
    response = client.post(reverse("cases:new"), {"title": "あ" * 825, "kind": "諮問", "council": web_world.council.pk})
    assert "件名は200文字以内で入力してください" in response.content.decode()


def test_minutes_list_present_members_without_a_trailing_comma(client, web_world):
    w = web_world
    meeting, _, _ = held_meeting(w, present=w.people[:4])  # the last member is absent
    actions.close_meeting(meeting)
    meeting.refresh_from_db()
    page = _page(client, w.secretariat, reverse("minutes:detail", args=[meeting.minutes.pk]))
    line = page.split("<dt>出席委員</dt><dd>")[1].split("</dd>")[0]
    assert not line.endswith("、") and w.people[4].name not in line and w.people[3].name in line


def test_minutes_summary_keeps_the_names_its_header_prints(web_world):
    w = web_world
    w.council.name_policy = "role"
    w.council.save()
    meeting, _, _ = held_meeting(w)
    actions.close_meeting(meeting)
    meeting.refresh_from_db()
    edit_minutes(meeting.minutes, summary=f"出席: {w.people[0].name}、{w.people[1].name}")
    text = json.dumps(documents.minutes(meeting.pk), ensure_ascii=False, default=str)
    assert f"出席: {w.people[0].name}、{w.people[1].name}" in text


def test_department_staff_are_ticked_when_the_meeting_opens(client, web_world):
    meeting, item, case = scheduled_meeting(web_world)
    page = _page(client, web_world.secretariat, reverse("meetings:open", args=[meeting.pk]))
    staff_input = page.split(f'value="{web_world.dept_a_staff.pk}"')
    assert any("checked" in part.split(">")[0] for part in staff_input[1:]), "説明員 is unticked"


def test_bracketed_parts_of_titles_never_break(web_world):
    html = keep_brackets("住民票のコンビニ交付について（諮問）<script>")
    assert html == '住民票のコンビニ交付について<span class="nobreak">（諮問）</span>&lt;script&gt;'
    case = accepted_case(web_world, title="転入届受付システムの導入について")
    page = to_html(documents.shimonsho(case.pk))
    assert '<span class="nobreak">（諮問）</span>' in page


def test_bracketed_parts_of_docx_titles_never_break(web_world):
    """A DOCX title keeps 「（諮問）」 whole by a line break (w:br) before it where the line would end inside it,
    with no invisible joiner in the text; a short title stays one line."""
    import io
    import zipfile

    from shingikai.documents.render import render
    from shingikai.documents.word import _keep_brackets

    assert _keep_brackets("転入届受付システムの導入について（諮問）", 15) == "転入届受付システムの導入について（諮問）"
    long_title = "あ" * 29 + "（要点記録）"
    assert _keep_brackets(long_title, 15) == "あ" * 29 + "\n（要点記録）"
    assert _keep_brackets(long_title, 12) == long_title  # 35 characters of 12pt fit on the line
    _, item, case = held_meeting(web_world)
    case.title = "住民基本台帳と連携する転入届の受付用システムの導入について"  # 29 characters: （諮問） would not fit
    case.save()
    actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    with zipfile.ZipFile(io.BytesIO(render("shimonsho", case.pk, "docx"))) as archive:
        xml = archive.read("word/document.xml").decode()
    assert "\u200d" not in xml and "（諮問）" in xml
    title = xml[xml.index("住民基本台帳と連携"):xml.index("（諮問）")]
    assert "<w:br/>" in title


def test_the_materials_warn_only_when_an_item_is_closed(client, web_world):
    meeting, item, case = scheduled_meeting(web_world)
    url = reverse("meetings:materials", args=[meeting.pk])
    assert "非公開の議題を含みます" not in _page(client, web_world.member_user, url)
    actions.set_agenda_item_publicity(item, is_public=False, closed_reason="個人が特定されるおそれ")
    assert "非公開の議題を含みます" in _page(client, web_world.member_user, url)


def test_api_validation_errors_are_in_japanese(client, db):
    response = client.get("/api/cases?page=abc")
    assert response.status_code == 422
    messages = [e["msg"] for e in response.json()["detail"]]
    assert messages == ["整数を入力してください。"]
    response = client.get("/api/cases?page=0")
    assert response.json()["detail"][0]["msg"] == "1 以上の値を入力してください。"


def test_a_favicon_is_linked_and_answered(client, db):
    page = client.get("/").content.decode()
    assert 'rel="icon" href="/static/shingikai/favicon.svg"' in page
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")


def test_a_forbidden_request_logs_one_line(client, web_world, caplog):
    meeting, _, _ = held_meeting(web_world)
    client.force_login(web_world.member_user)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get(reverse("meetings:attendance", args=[meeting.pk])).status_code == 403
    records = [r for r in caplog.records if r.name == "django.request"]
    assert len(records) == 1 and records[0].exc_info is None
    assert "Forbidden" in records[0].getMessage()


def test_history_names_records_and_shows_japan_time(client, web_world):
    w = web_world
    meeting, item, case = held_meeting(w)
    actions.record_decision(item, outcome="承認", vote_method="挙手全員")
    answer = actions.draft_answer(w.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長")
    actions.issue_answer(answer, date=meeting.date, meeting=meeting, by=w.secretariat)
    page = _page(client, w.secretariat, reverse("meetings:answer", args=[answer.pk]))
    # The 正誤 form above the history also names 変更履歴 in its help; the history is its own section.
    history = page.split('class="history"')[1]
    assert f"答申した会議 → 「{meeting}」" in history or f"答申した会議 → 「{str(meeting)[:57]}" in history
    assert f"答申した会議 → 「{meeting.pk}」" not in history
    assert "+00:00" not in history and "UTC" not in history


ISO_DATE_IN_A_BOX = re.compile(r'<input[^>]*\bvalue="\d{4}-\d{2}-\d{2}"')


def _form_as_shown(page, field):
    """(action, data) a browser sends with the form holding the box `field`, every field as the page shows it
    (fields standing outside the form and joined by form="…" included)."""
    soup = BeautifulSoup(page, "html.parser")
    box = soup.find(attrs={"name": field})
    form = box.find_parent("form") or soup.find("form", id=box["form"])
    controls = form.find_all(["input", "textarea", "select"])
    if form.get("id"):
        controls += [c for c in soup.find_all(attrs={"form": form["id"]}) if c.name != "button"]
    data = {}
    for control in controls:
        name, kind = control.get("name"), control.get("type", "text")
        if not name or kind in ("submit", "button"):
            continue
        if control.name == "textarea":
            data[name] = control.text.removeprefix("\n")
        elif control.name == "select":
            chosen = control.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        elif kind in ("checkbox", "radio"):
            if control.has_attr("checked"):
                data.setdefault(name, []).append(control.get("value", "on"))
        else:
            data[name] = control.get("value", "")
    return form.get("action"), data


def test_a_prefilled_date_box_shows_wareki_and_reads_back_unchanged(client, web_world):
    """Corrections open with the record's date, in 和暦 as everywhere else, and sent back untouched they keep the
    date; a 答申's 答申日 opens with its deciding meeting's day and issues so; the minutes' 確定日 opens empty and,
    sent so by circulation, is today."""
    w = web_world
    today = timezone.localdate()
    planned, _, _ = scheduled_meeting(w)
    minutes_meeting, item, _ = held_meeting(w)
    decision = actions.record_decision(item, outcome="条件付き承認", vote_method="挙手全員")
    actions.add_follow_up(decision, kind="条件", text="委託先を監督すること")  # the minutes are not confirmed without it
    follow_up = actions.add_follow_up(decision, kind="後日報告", text="運用状況を報告すること",
                                      due_date=today + datetime.timedelta(days=90))
    actions.close_meeting(minutes_meeting, end_time=datetime.time(15, 0))
    minutes = Minutes.objects.get(meeting=minutes_meeting)
    designate_signers(minutes, [w.people[3]])
    answer = actions.draft_answer(w.council, cases=[item.case], conclusion="条件を付して承認とする。",
                                  addressee="みなみ市長")
    received = today - datetime.timedelta(days=20)
    req = disclosure_actions.record_request(w.dept_a, kind="public_document", received_on=received,
                                            documents="窓口業務委託の仕様書", requester_category="市内")
    decided = disclosure_actions.record_request(w.dept_a, kind="public_document", received_on=received,
                                                documents="監査報告書", requester_category="市内")
    disclosure_actions.decide_request(decided, decision="全部開示", decided_on=received + datetime.timedelta(days=5))
    decided.refresh_from_db()
    case = make_case(w, start_date=today + datetime.timedelta(days=60))
    incident = record_incident(w.dept_a, title="通知書の誤送付", discovered_on=today - datetime.timedelta(days=3),
                               what_leaked="氏名、住所", whose="通知書の宛先の市民", people_count=3)
    imported, _ = disclosure_actions.import_answer(ANSWER.encode(), name="higashi-12.txt", by=w.secretariat)
    boxes = [  # (who, page, box, the date it holds, that date read from the record again)
        (w.secretariat, reverse("disclosure:imported", args=[imported.pk]), "answered_on", imported.answered_on,
         lambda: type(imported).objects.get(pk=imported.pk).answered_on),
        (w.dept_a_user, reverse("cases:edit", args=[case.pk]), "start_date", case.start_date,
         lambda: type(case).objects.get(pk=case.pk).start_date),
        (w.dept_a_user, reverse("registers:incident_edit", args=[incident.pk]), "discovered_on",
         incident.discovered_on, lambda: type(incident).objects.get(pk=incident.pk).discovered_on),
        (w.secretariat, reverse("meetings:edit", args=[planned.pk]), "date", planned.date,
         lambda: type(planned).objects.get(pk=planned.pk).date),
        (w.secretariat, reverse("meetings:followup", args=[follow_up.pk]), "correct-due_date", follow_up.due_date,
         lambda: type(follow_up).objects.get(pk=follow_up.pk).due_date),
        (w.dept_a_user, reverse("disclosure:request", args=[req.pk]), "correct-received_on", received,
         lambda: type(req).objects.get(pk=req.pk).received_on),
        (w.dept_a_user, reverse("disclosure:request", args=[decided.pk]), "redecide-decided_on", decided.decided_on,
         lambda: type(decided).objects.get(pk=decided.pk).decided_on),
        # The 答申日 opens with the day of the meeting that decided the case (yesterday), not today.
        (w.secretariat, reverse("meetings:answer", args=[answer.pk]), "date", minutes_meeting.date,
         lambda: type(answer).objects.get(pk=answer.pk).date),
        (w.secretariat, reverse("minutes:detail", args=[minutes.pk]), "on", today,
         lambda: Minutes.objects.get(pk=minutes.pk).confirmed_on),
    ]
    for user, url, box, date, saved in boxes:
        client.force_login(user)
        page = client.get(url).content.decode()
        assert not ISO_DATE_IN_A_BOX.search(page), url
        action, data = _form_as_shown(page, box)
        # The minutes' 確定日 alone opens empty: its method is chosen beside it, and empty reads as the day that
        # method implies (today, for a circulation).
        assert data[box] == ("" if box == "on" else to_wareki(date)), (url, box)
        if box == "on":  # confirming is the summary form's second button, which the page leaves a choice to
            action = reverse("minutes:confirm", args=[minutes.pk])
            data["how"] = "circulation"
            data["open_checks_acknowledged"] = "on"  # no member answered the circulation here
        response = client.post(action or url, data)
        # A correction sent back untouched changes nothing, which its action says; a date misread would differ.
        assert response.status_code == 302 or "訂正する箇所がありません" in response.content.decode(), (url, box)
        assert saved() == date, (url, box)
