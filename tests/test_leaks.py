"""Closed items, drafts, cases not yet published and personal data never reach an anonymous reader.

Unique sentinel strings are planted where the public must not look (attached files included: a case's
internal file, a 公開資料 of a closed item's case, of a draft and of an accepted case on no agenda yet, a
follow-up's evidence, the file of a 評価書 on a public agenda), then every page an anonymous visitor can reach
is crawled: the portal, search (the page and its JSON API), the JSON API (every record it lists, at its own URL)
and its OpenAPI document, OParl, the CSV exports and ICS feeds, the disclosure reports of every municipality, every
attachment's download (a 評価書's file's too), and the search command.
"""
import datetime
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.management import call_command
from helpers import accepted_case, document_text, open_meeting_with, sign_all

from shingikai.cases.actions import add_attachment, answer_question, ask_question, create_case
from shingikai.demo.loader import load_demo
from shingikai.meetings.actions import (
    add_follow_up, add_item, answer_convocation, answer_in_writing, close_meeting, correct_issued_answer, draft_answer,
    issue_answer, carry_question_into_minutes, open_meeting, plan_meeting, record_convocation, record_decision,
    record_turn, record_written_result, respond_follow_up, schedule_case, written_people,
)
from shingikai.minutes.actions import (
    confirm_minutes, designate_signers, edit_minutes, import_meeting, publish_minutes,
)
from shingikai.search.indexing import reindex_all

SENTINELS = {
    "closed_title": "SENTINEL-CLOSED-TITLE-7f3a",
    "closed_turn": "SENTINEL-CLOSED-TURN-9b21",
    "draft_case": "SENTINEL-DRAFT-CASE-1c44",
    "draft_minutes": "SENTINEL-DRAFT-MINUTES-5e07",
    "draft_summary": "SENTINEL-DRAFT-SUMMARY-3a90",
    "response": "SENTINEL-FOLLOWUP-RESPONSE-8d12",
    "email": "sentinel-member-6f55@example.jp",
    "draft_answer": "SENTINEL-DRAFT-ANSWER-2b7c",
    "closed_correction": "SENTINEL-CLOSED-CORRECTION-6e19",
    "import_title": "SENTINEL-UNPUBLISHED-IMPORT-TITLE-4d8e",
    "import_turn": "SENTINEL-UNPUBLISHED-IMPORT-TURN-0a6b",
    "internal_file": "SENTINEL-INTERNAL-ATTACHMENT-2d6f",
    "closed_file": "SENTINEL-CLOSED-ITEM-ATTACHMENT-7c90",
    "draft_file": "SENTINEL-DRAFT-CASE-ATTACHMENT-e41b",
    "evidence": "SENTINEL-FOLLOWUP-EVIDENCE-b358",
    "assessment_file": "SENTINEL-ASSESSMENT-DOCUMENT-5a3d",
    "convocation_answer": "SENTINEL-CONVOCATION-ANSWER-93d0",
    "accepted_case": "SENTINEL-ACCEPTED-UNPUBLISHED-CASE-5a1d",
    "accepted_file": "SENTINEL-ACCEPTED-CASE-ATTACHMENT-93c2",
    "import_city": "SENTINEL-UNPUBLISHED-IMPORT-CITY-7e21市",
    "unplaced_turn": "SENTINEL-UNPLACED-TURN-51ad",
    "closed_report": "SENTINEL-CLOSED-REPORT-TITLE-a7c3",
    "closed_question": "SENTINEL-CLOSED-ADVANCE-QUESTION-4b8e",
    "written_closed_opinion": "SENTINEL-WRITTEN-CLOSED-OPINION-3f6a",
}
#: A 事前質問 of the public item carried into the published minutes, so a crawl that reads them can be told.
PUBLIC_QUESTION = "PUBLIC-ADVANCE-QUESTION-8c21"
#: A member's written opinion (書面開催) on the public item, published unattributed with the result.
PUBLIC_WRITTEN_OPINION = "PUBLIC-WRITTEN-OPINION-71d2"
#: The one attachment the public may download, so a crawl that reads attachments can be told from one that does not.
PUBLIC_FILE = "PUBLIC-ATTACHMENT-CONTENT-0e5a"
LINK = re.compile(r'(?:href|src)="([^"#]+)|<loc>([^<#]+)</loc>')


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """The planted attachments are stored under the test's own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


def text_file(name, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode())


def attach(case, sentinel, *, is_public):
    """An attachment whose title and content are `sentinel`."""
    return add_attachment(case, title=f"資料 {sentinel}", file=text_file("shiryo.txt", f"内容 {sentinel}"),
                          is_public=is_public)


def attachment_urls():
    """Every attachment's download, public and on the work side, and every 評価書's file's, and the next ids'."""
    from shingikai.cases.models import Attachment
    from shingikai.registers.models import AssessmentDocument

    urls = []
    for model, owner, templates in (
            (Attachment, "case_id", ("/cases/{}/attachments/{}/", "/work/cases/{}/attachments/{}/")),
            (AssessmentDocument, "assessment_id", ("/work/registers/assessments/{}/documents/{}/",))):
        rows = list(model.objects.values_list(owner, "pk"))
        rows.append((rows[-1][0], max(pk for _, pk in rows) + 1))
        urls += [url.format(record, pk) for record, pk in rows for url in templates]
    return urls


def plant_assessment_file(world):
    """A 評価書 brought to a public meeting for its 第三者点検, its file's title and content a sentinel: the
    item's title is public, the 評価書 and its files are the council's working papers."""
    from shingikai.registers import actions as registers

    record = registers.assess_threshold(world.dept_a, system_name="窓口予約システム", subject_count=320000,
                                        handler_count=800)
    registers.open_comment_period(record, start=datetime.date(2025, 7, 1), end=datetime.date(2025, 7, 31))
    registers.request_inspection(record, plan_meeting(world.council, date=datetime.date(2025, 9, 17)))
    sentinel = SENTINELS["assessment_file"]
    registers.add_assessment_document(record, title=f"評価書 {sentinel}", file=text_file("hyoukasho.txt", f"内容 {sentinel}"))


def open_meeting_with_a_closed_item(world):
    """A meeting opened with one public case and one closed case (its title a sentinel) on its agenda."""
    closed_case = accepted_case(world, title=f"児童記録 {SENTINELS['closed_title']}")
    open_case = accepted_case(world, title="公開の案件")
    meeting = plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    public_item = schedule_case(open_case, meeting)
    closed_item = schedule_case(closed_case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    # A member's answer to the convocation, telephoned to the secretariat before the meeting.
    answer_convocation(meeting, person=world.people[0], attending=True, note=SENTINELS["convocation_answer"],
                       by=world.secretariat)
    return open_meeting(meeting, present=world.people), public_item, closed_item


def plant_written_meeting(world):
    """A 書面開催 decided and published: each member wrote an opinion on its public case and on its closed report;
    the public item's is published unattributed, the closed item's never."""
    from shingikai.meetings.models import Meeting
    from shingikai.settling import today

    by = world.secretariat
    meeting = plan_meeting(world.council, date=today() + datetime.timedelta(days=7), method=Meeting.Method.WRITTEN,
                           by=by)
    public_item = schedule_case(accepted_case(world, title="書面で諮る案件"), meeting, by=by)
    closed_item = add_item(meeting, kind="報告", title="書面で報告する事案", is_public=False,
                           closed_reason="個人が特定されるおそれ")
    record_convocation(meeting, by=by)
    meeting.refresh_from_db()
    for person in written_people(meeting):
        answer_in_writing(meeting, person=person, by=by, answers={
            public_item: ("意見あり", f"意見 {PUBLIC_WRITTEN_OPINION}"),
            closed_item: ("意見あり", f"意見 {SENTINELS['written_closed_opinion']}")})
    # The 回答期限 passed (every member answered, so the result is dated the deadline's day).
    Meeting.objects.filter(pk=meeting.pk).update(date=today() - datetime.timedelta(days=1))
    meeting.refresh_from_db()
    record_written_result(meeting, by=by)
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[0]])
    confirm_minutes(meeting.minutes, on=today(), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, today())
    publish_minutes(meeting.minutes, on=today())


def plant(world):
    world.people[2].email = SENTINELS["email"]
    world.people[2].save()
    # A published meeting with one closed item and one public item whose follow-up has a response.
    meeting, public_item, closed_item = open_meeting_with_a_closed_item(world)
    closed_case = closed_item.case
    # The public case's internal file and its one 公開資料; a file marked 公開資料 on the closed item's case.
    attach(public_item.case, SENTINELS["internal_file"], is_public=False)
    add_attachment(public_item.case, title="公開資料", file=text_file("kokai.txt", PUBLIC_FILE), is_public=True)
    attach(closed_case, SENTINELS["closed_file"], is_public=True)
    record_turn(meeting, speaker_label="委員", role="member", text=f"非公開の質問 {SENTINELS['closed_turn']}",
                agenda_item=closed_item)
    record_turn(meeting, speaker_label="委員", role="member", text="公開の質問です。", agenda_item=public_item)
    # Said under no item in a meeting with a closed item: it may be that item's deliberation.
    record_turn(meeting, speaker_label="説明員", role="department", text=f"委託先の説明 {SENTINELS['unplaced_turn']}")
    add_item(meeting, kind="報告", title=f"苦情の報告 {SENTINELS['closed_report']}", is_public=False,
             closed_reason="個人が特定されるおそれ")
    # 事前質問 carried into the minutes (事前質問及び回答): the public item's is published, the closed item's never.
    for item, text in ((closed_item, SENTINELS["closed_question"]), (public_item, PUBLIC_QUESTION)):
        question = answer_question(ask_question(item.case, text=f"質問 {text}"), answer=f"回答 {text}")
        carry_question_into_minutes(question, meeting)
    record_decision(closed_item, outcome="承認", vote_method="挙手全員")
    decision = record_decision(public_item, outcome="条件付き承認", vote_method="挙手全員")
    add_follow_up(decision, kind="条件", text="委託先を監督すること")  # the minutes are not confirmed without it
    follow_up = add_follow_up(decision, kind="後日報告", text="運用状況を報告すること", due_date=datetime.date(2025, 9, 1))
    respond_follow_up(follow_up, response=f"報告します {SENTINELS['response']}",
                      evidence=text_file("hokoku.txt", f"報告書 {SENTINELS['evidence']}"))
    close_meeting(meeting)
    # The closed item's 答申, issued and then corrected (正誤): neither it nor its correction is public.
    closed_answer = issue_answer(draft_answer(world.council, cases=[closed_case], conclusion="承認とする。",
                                              addressee="みなみ市長"), date=datetime.date(2025, 6, 2))
    correct_issued_answer(closed_answer, conclusion=f"承認する。{SENTINELS['closed_correction']}",
                          addressee="みなみ市長", reason=f"誤記 {SENTINELS['closed_correction']}")
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))
    # A held meeting whose minutes are still a draft.
    later, (item,) = open_meeting_with(world, cases=[accepted_case(world, title="下書きの案件")],
                                       date=datetime.date(2025, 7, 1))
    record_turn(later, speaker_label="委員", role="member", text=f"下書き {SENTINELS['draft_minutes']}", agenda_item=item)
    answered = record_decision(item, outcome="答申予定", vote_method="各委員の発言")
    close_meeting(later)
    later.refresh_from_db()
    edit_minutes(later.minutes, summary=f"要約 {SENTINELS['draft_summary']}")
    draft_answer(world.council, cases=[answered.case], conclusion=f"案 {SENTINELS['draft_answer']}",
                 addressee="みなみ市長")
    draft = create_case(world.council, world.dept_a, title=f"未提出 {SENTINELS['draft_case']}", purpose="下書き")
    attach(draft, SENTINELS["draft_file"], is_public=True)
    plant_assessment_file(world)
    plant_written_meeting(world)
    # Accepted, with a 公開資料, but on no agenda yet and not published: the council may still hear it closed.
    waiting = accepted_case(world, title=f"受付済 {SENTINELS['accepted_case']}",
                            purpose=f"目的 {SENTINELS['accepted_case']}")
    attach(waiting, SENTINELS["accepted_file"], is_public=True)
    # Another city's minutes, imported but not yet checked and published by the secretariat.
    import_meeting({
        "municipality": SENTINELS["import_city"], "council_name": "にし市情報公開・個人情報保護審議会",
        "meeting_label": "令和6年度第2回", "date": "2024-08-01",
        "items": [{"kind": "諮問", "title": f"取込の案件 {SENTINELS['import_title']}", "outcome": "承認"}],
        "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": f"取込の発言 {SENTINELS['import_turn']}"}],
    }, source_name="nishi.txt")


def search_urls(words):
    """The search page and the search's JSON API, each asked for every one of `words`."""
    return [f"{base}?q={word}" for word in words for base in ("/search/", "/search/api")]


def api_record_urls(client):
    """Every record the JSON API lists, at its own URL: each `/api/X/{key}` of the OpenAPI document filled with
    the ids (or slugs) that `/api/X` lists anonymously, page by page. Nothing links these URLs, so a crawl
    following links reads the lists only."""
    paths = client.get("/api/openapi.json").json()["paths"]
    urls = []
    for template in paths:
        match = re.fullmatch(r"(/api/.+)/\{\w+\}", template)
        if not match or match[1] not in paths:
            continue
        page = match[1]
        while page:
            response = client.get(page)
            if response.status_code != 200:  # the staff side, asked for without a session or token
                break
            data = response.json()
            rows = data["items"] if isinstance(data, dict) else data
            urls += [f"{match[1]}/{row['id'] if 'id' in row else row['slug']}" for row in rows]
            page = data.get("next") if isinstance(data, dict) else None
    return urls


def results_only(path, text):
    """What a response says beyond repeating what was asked: a page asked for words (`?q=`) repeats them in
    its title, its search box and its facet links, the search API in its `query` field; the API's highlight
    marks are taken out, so a marked word is read whole."""
    if path.startswith("/search/api"):
        data = json.loads(text)
        data.pop("query", None)
        return re.sub(r"</?mark>", "", json.dumps(data, ensure_ascii=False))
    if "q=" in urlsplit(path).query:
        return re.sub(r"<title>.*?</title>|value=\"[^\"]*\"|href=\"[^\"]*\"", "", text, flags=re.S)
    return text


def crawl(client, starts, limit=4000, follow=None):
    """Fetch `starts` and every page they link to; `follow(path)` narrows which linked pages are fetched."""
    seen, queue, bodies = set(), deque(starts), {}
    starts = set(starts)
    while queue and len(seen) < limit:
        url = queue.popleft()
        path = urlsplit(url)._replace(scheme="", netloc="").geturl()
        if path in seen or not path.startswith("/") or path.startswith(("/admin", "/static", "/login", "/logout")):
            continue
        if follow is not None and url not in starts and not follow(path):
            continue
        seen.add(path)
        response = client.get(path, follow=False)
        assert response.status_code < 500, path
        if response.status_code in (301, 302):
            queue.append(response["Location"])
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        if response.get("Content-Type", "").startswith(("application/pdf", "application/vnd.openxmlformats")):
            text = document_text(body)  # the papers the public pages link: their words, not their bytes
        if response.get("Content-Type", "").startswith("text/calendar"):
            text = text.replace("\r\n ", "")  # an ICS line folds at 75 octets, a sentinel with it
        if "json" in response.get("Content-Type", "") and response.status_code == 200:
            text = json.dumps(json.loads(text), ensure_ascii=False)  # the API writes Japanese as \uXXXX escapes
        bodies[path] = text
        for attribute, loc in LINK.findall(text):  # a page's links, and a sitemap's entries
            queue.append(urljoin(path, (attribute or loc).replace("&amp;", "&")))
        if "json" in response.get("Content-Type", ""):
            for value in re.findall(r'"((?:https?://testserver)?/[^"\s]*)"', text):
                queue.append(value)
    return bodies


@pytest.mark.django_db(transaction=True)
def test_anonymous_crawl_finds_no_sentinel(client):
    from shingikai.councils.models import Municipality
    from shingikai.meetings.models import Meeting

    load_demo()
    world = demo_world()
    plant(world)
    reindex_all()
    councils = [c for c in world.council.__class__.objects.values_list("slug", flat=True)]
    starts = ["/", "/cases/", "/precedents/", "/search/", "/api/", "/api/openapi.json", "/api/cases.csv",
              "/oparl/v1/system"]
    starts += [f"/councils/{slug}/meetings.ics" for slug in councils] + ["/meetings.ics"]
    starts += [f"/work/meetings/calendar/{slug}.ics" for slug in councils]
    # What the site offers machines: the feeds (the site's and each council's) and the sitemap robots.txt names.
    starts += ["/feed.xml", "/sitemap.xml", "/robots.txt"] + [f"/councils/{slug}/feed.xml" for slug in councils]
    starts += search_urls([*SENTINELS.values(), "児童記録", "報告します", "下書き", "未提出", "取込の案件", "取込の発言",
                           "資料", "受付済", "公開の質問"])
    # Nothing links an internal file for the public, a record's own API URL or another city's disclosure
    # report: they are asked for by id or slug, as a guess would.
    starts += attachment_urls() + api_record_urls(client)
    years = sorted({day.year for day in Meeting.objects.dates("date", "year")})
    for city in Municipality.objects.values_list("slug", flat=True):
        starts += [f"/disclosure/{city}/report/"]
        starts += [url.format(city=city, year=year) for year in years for url in (
            "/api/disclosure/reports/{city}/{year}", "/api/disclosure/reports/{city}/{year}/operations.csv",
            "/disclosure/{city}/report/{year}/", "/disclosure/{city}/report/{year}/operations.csv",
            "/disclosure/{city}/report/{year}/operations.json")]
    bodies = crawl(client, starts)
    assert len(bodies) > 30
    assert any(PUBLIC_FILE in text for text in bodies.values())  # attachments were downloaded and read
    assert any(PUBLIC_QUESTION in text for text in bodies.values())  # the published 事前質問 were read
    assert any(PUBLIC_WRITTEN_OPINION in text for text in bodies.values())  # a 書面開催's published result was read
    assert json.loads(bodies["/search/api?q=公開の質問"])["total"] > 0  # the search API was read, and finds
    assert "<loc>" in bodies["/sitemap.xml"] and "<entry>" in bodies["/feed.xml"]  # the machine-readable lists were read
    public = Meeting.objects.get(date=datetime.date(2025, 5, 20))
    assert "公開の案件" in bodies[f"/api/meetings/{public.pk}"]  # the records' own API URLs were read
    # The papers linked from the public pages were read: the public case's 諮問書 and the meeting's materials.
    assert "公開の案件" in bodies[f"/meetings/{public.pk}/materials.pdf"]
    assert any(path.startswith("/documents/shimonsho/") and "公開の案件" in text for path, text in bodies.items())
    for path, text in bodies.items():
        text = results_only(path, text)
        for name, value in SENTINELS.items():
            assert value not in text, f"{name} leaked at {path}"
    for value in SENTINELS.values():
        call_command("search", value, "--json", stdout=(out := __import__("io").StringIO()))
        assert json.loads(out.getvalue())["total"] == 0


def test_oparl_carries_a_public_answers_correction_and_never_a_closed_ones(client, world):
    """OParl's answer Files carry the 正誤 in their text: the public answer's correction is there, so the
    crawl reads the field, and the closed item's corrected answer (planted above) is nowhere in OParl."""
    from shingikai.cases.models import Case

    plant(world)
    public_case = Case.objects.get(title="公開の案件")
    public_answer = issue_answer(draft_answer(world.council, cases=[public_case], conclusion="承認とする。",
                                              addressee="みなみ市長"), date=datetime.date(2025, 6, 3))
    correct_issued_answer(public_answer, conclusion="承認する。OPARL-PUBLIC-CORRECTION", addressee="みなみ市長",
                          reason="公開の誤記")
    bodies = crawl(client, ["/oparl/v1/system"], follow=lambda path: path.startswith("/oparl/"))
    files = "".join(text for path, text in bodies.items() if "/files" in path or "/file/" in path)
    assert "OPARL-PUBLIC-CORRECTION" in files and "公開の誤記" in files
    for path, text in bodies.items():
        assert SENTINELS["closed_correction"] not in text, path
        assert SENTINELS["closed_title"] not in text, path


def demo_world():
    """The demo city in the shape of the shared test base, so the planting uses the same helpers."""
    from types import SimpleNamespace

    from shingikai.councils.models import Council, Department, Person, Staff

    council = Council.objects.get(slug="minami-shingikai")
    return SimpleNamespace(
        council=council, dept_a=Department.objects.get(municipality=council.municipality, name="市民課"),
        people=list(Person.objects.filter(memberships__council=council).distinct().order_by("name_kana")),
        secretariat_staff=(staff := Staff.objects.filter(secretariat_councils=council).first()), secretariat=staff.user,
    )


def test_precedents_never_offer_closed_items_or_their_turns(world, client, capsys):
    """The precedent block and `shingikai precedents` read the public index; a closed item on the same
    subject, its members' questions and a draft must not surface on another council's public case page."""
    from helpers import import_published

    subject = "市民プールへの防犯カメラの設置について"
    closed_case = accepted_case(world, title=f"{subject} {SENTINELS['closed_title']}")
    meeting = plan_meeting(world.council, date=datetime.date(2025, 5, 20))
    closed_item = schedule_case(closed_case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    meeting = open_meeting(meeting, present=world.people)
    record_turn(meeting, speaker_label="委員", role="member", agenda_item=closed_item,
                text=f"防犯カメラの録画は何日ですか。{SENTINELS['closed_turn']}")
    record_decision(closed_item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    # The closed item's 答申, issued and then corrected (正誤): neither it nor its correction is public.
    closed_answer = issue_answer(draft_answer(world.council, cases=[closed_case], conclusion="承認とする。",
                                              addressee="みなみ市長"), date=datetime.date(2025, 6, 2))
    correct_issued_answer(closed_answer, conclusion=f"承認する。{SENTINELS['closed_correction']}",
                          addressee="みなみ市長", reason=f"誤記 {SENTINELS['closed_correction']}")
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2025, 6, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, on=datetime.date(2025, 6, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2025, 6, 2))
    create_case(world.council, world.dept_a, title=f"{subject} {SENTINELS['draft_case']}", purpose="防犯カメラ")
    import_published({"municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "第1回",
                  "date": "2023-07-10", "members_present": ["甲"], "chair": "甲",
                  "items": [{"kind": "諮問", "title": subject, "categories": ["防犯カメラ"], "outcome": "承認"}]},
                 source_name="hidari.txt")
    reindex_all()
    from shingikai.cases.models import Case

    other = Case.objects.get(council__municipality__name="ひだり市")
    page = client.get(f"/cases/{other.pk}/").content.decode()
    call_command("precedents", str(other.pk), "--json")
    out = capsys.readouterr().out
    assert "他の審議会の先例" in page
    for value in (SENTINELS["closed_title"], SENTINELS["closed_turn"], SENTINELS["draft_case"]):
        assert value not in page and value not in out


def test_an_unpublished_meeting_is_never_confirmed_to_a_cached_copy(world, client):
    """A browser or proxy holding the published page of an import sends its ETag back after the
    secretariat has taken it off the site: it gets 410 (gone, as harvesters are told), never a 304 that would keep
    the copy alive."""
    from helpers import import_published

    from shingikai.minutes.actions import unpublish_import

    meeting, _ = import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲"], "chair": "甲",
        "items": [{"kind": "諮問", "title": f"取込の案件 {SENTINELS['import_title']}", "departments": ["担当課"],
                   "categories": [], "outcome": "承認", "conditions": []}],
        "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": SENTINELS["import_turn"]}]},
        source_name="hidari.txt")
    url = f"/meetings/{meeting.pk}/"
    page, front = client.get(url), client.get("/")
    assert SENTINELS["import_turn"] in page.content.decode() and page.has_header("ETag")
    unpublish_import(meeting, reason="訂正のため")
    gone = client.get(url, HTTP_IF_NONE_MATCH=page["ETag"])
    assert gone.status_code == 410 and SENTINELS["import_turn"] not in gone.content.decode()
    again = client.get("/", HTTP_IF_NONE_MATCH=front["ETag"])
    assert again.status_code == 200 and url not in again.content.decode()


@pytest.mark.parametrize("role", [None, "stranger", "other_secretariat"])
def test_guessing_ids_finds_no_sentinel(client, world, role):
    """Every record's id (and the next one) put into every public and work URL that takes one, as an
    anonymous visitor, a stranger and another city's secretariat: the portal, the JSON API, OParl
    (documents included), PDF and DOCX downloads, history and register pages."""
    from helpers import document_text

    from shingikai.cases.models import Case
    from shingikai.meetings.models import AgendaItem, Answer, Decision, FollowUp, Meeting
    from shingikai.minutes.models import Minutes

    plant(world)
    if role:
        client.force_login(getattr(world, role))
    urls = {
        Case: ["/cases/{}/", "/api/cases/{}", "/oparl/v1/paper/{}", "/work/cases/{}/", "/documents/shimonsho/{}.pdf",
               "/documents/shimonsho/{}.docx", "/work/precedents/cases/{}/mark/"],
        Meeting: ["/meetings/{}/", "/meetings/{}/materials.pdf", "/api/meetings/{}", "/oparl/v1/meeting/{}",
                  "/work/meetings/m/{}/",
                  "/work/meetings/m/{}/materials/", "/documents/agenda/{}.pdf", "/documents/agenda/{}.docx",
                  "/work/import/m/{}/"],
        AgendaItem: ["/oparl/v1/agendaItem/{}", "/oparl/v1/consultation/{}"],
        Minutes: ["/api/minutes/{}", "/oparl/v1/file/minutes/{}", "/work/minutes/{}/", "/documents/minutes/{}.pdf",
                  "/documents/minutes/{}.docx"],
        Answer: ["/answers/{}/", "/api/answers/{}", "/oparl/v1/file/answer/{}", "/work/meetings/answers/{}/",
                 "/documents/answer/{}.pdf", "/documents/answer/{}.docx"],
        Decision: ["/api/decisions/{}"],
        FollowUp: ["/work/meetings/followups/{}/", "/work/meetings/followups/{}/evidence/", "/documents/followup/{}.pdf"],
    }
    shown, read_public_file = [], False
    for url in attachment_urls():
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code == 200:
            text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
            shown += [(url, name) for name, value in SENTINELS.items() if value in text]
            read_public_file = read_public_file or PUBLIC_FILE in text
    for model, templates in urls.items():
        ids = list(model.objects.values_list("pk", flat=True))
        for pk in ids + [max(ids) + 1]:
            for template in templates:
                response = client.get(template.format(pk))
                assert response.status_code < 500, template.format(pk)
                if response.status_code != 200:
                    continue
                body = b"".join(response.streaming_content) if response.streaming else response.content
                text = document_text(body, response.get("Content-Type", ""))
                shown += [(template.format(pk), name) for name, value in SENTINELS.items() if value in text]
    assert not shown and read_public_file


def test_a_corrected_turn_shows_when_but_never_the_reason_or_the_old_text(world, client):
    """The public page marks a corrected turn (訂正) with the day; the amendment's reason and the text it
    replaced stay on the secretariat's screen, and a closed item's corrected turn gets no mark at all."""
    from shingikai.minutes.actions import amend_minutes
    from shingikai.meetings.models import Meeting

    plant(world)
    meeting = Meeting.objects.get(date=datetime.date(2025, 5, 20))
    closed_turn, public_turn = meeting.turns.order_by("order")[:2]
    url = f"/meetings/{meeting.pk}/"
    assert "訂正）" not in client.get(url).content.decode()
    amend_minutes(meeting.minutes, reason="理由 SENTINEL-AMEND-REASON-61c2", after="公開の質問です (訂正後)。", turn=public_turn)
    amend_minutes(meeting.minutes, reason="理由", after=f"非公開の訂正 {SENTINELS['closed_turn']}-2", turn=closed_turn)
    page = client.get(url).content.decode()
    assert "公開の質問です (訂正後)。" in page and page.count("訂正）") == 1
    assert "SENTINEL-AMEND-REASON-61c2" not in page and "公開の質問です。" not in page
    assert SENTINELS["closed_turn"] not in page


def test_a_published_meeting_lists_its_public_answers_never_a_closed_items(client, world):
    """The portal's meeting page links the 答申 issued at it: the public case's is there, so the list is
    read, and the closed item's, issued at the same meeting, is neither listed nor linked."""
    meeting, public_item, closed_item = open_meeting_with_a_closed_item(world)
    open_case, closed_case = public_item.case, closed_item.case
    record_decision(closed_item, outcome="承認", vote_method="挙手全員")
    record_decision(public_item, outcome="承認", vote_method="挙手全員")
    answers = [issue_answer(draft_answer(world.council, cases=[case], conclusion="承認とする。", addressee="みなみ市長"),
                            date=datetime.date(2025, 5, 20), meeting=meeting, number=number)
               for case, number in ((open_case, "答申第7号"), (closed_case, "答申第8号 SENTINEL-NO-5c1d"))]
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert f'href="/answers/{answers[0].pk}/"' in page and "答申第7号" in page
    assert f"/answers/{answers[1].pk}/" not in page and "SENTINEL-NO-5c1d" not in page


def test_every_public_channel_hides_an_unpublished_import(client, world):
    """An import stays off every public channel until the secretariat publishes it: one never published (into
    the city's own council) and one published and then taken back (another city's). The portal, the ICS feed,
    the JSON API, OParl, the agenda download and the search all go by publicity.meetings()."""
    from helpers import import_published

    from shingikai.minutes.actions import publish_import, unpublish_import

    title, place = "取込の案件 SENTINEL-IMPORT-CHANNEL-TITLE-51c2", "SENTINEL-IMPORT-CHANNEL-PLACE-88e0"
    never, _ = import_meeting({
        "meeting_label": "令和6年度第9回", "date": "2024-12-02", "start_time": "10:00", "place": place,
        "items": [{"kind": "諮問", "title": title, "outcome": "承認"}],
        "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": "取込の発言"}],
    }, council_slug=world.council.slug, source_name="minami.txt")
    taken_back, _ = import_published({
        "municipality": "にし市", "council_name": "にし市情報公開・個人情報保護審議会",
        "meeting_label": "令和6年度第2回", "date": "2024-08-01", "place": place,
        "items": [{"kind": "諮問", "title": title, "outcome": "承認"}],
    }, source_name="nishi.txt")
    unpublish_import(taken_back, reason="訂正のため")
    reindex_all()

    def shown(meeting):
        slug, pk = meeting.council.slug, meeting.pk
        urls = [f"/meetings/{pk}/", f"/councils/{slug}/", f"/councils/{slug}/meetings.ics", "/api/meetings",
                f"/api/meetings/{pk}", "/api/cases", "/api/cases.csv", f"/oparl/v1/meeting/{pk}",
                f"/oparl/v1/body/{meeting.council.municipality.slug}/meetings", f"/documents/agenda/{pk}.pdf",
                *search_urls([title])]
        found = []
        for url in urls:
            response = client.get(url)
            assert response.status_code < 500, url
            body = b"".join(response.streaming_content) if response.streaming else response.content
            text = body.decode("utf-8", "replace").replace("\r\n ", "")  # an ICS line folds at 75 octets
            text = results_only(url, text) if response.status_code == 200 else text
            if response.status_code == 200 and (title in text or place in text or f"UID:meeting-{pk}@" in text):
                found.append(url)
        return found

    assert shown(never) == [] and shown(taken_back) == []
    publish_import(never)
    reindex_all()
    assert f"/councils/{world.council.slug}/meetings.ics" in shown(never)


def test_the_department_whose_decision_is_appealed_never_reads_the_closed_deliberation(client, world):
    """A 審査請求 against 市民課's decision is deliberated as a closed item of a public meeting. 市民課 is the
    opposing party: on every channel it reads that meeting as the public does (its pages, the agenda and
    minutes in PDF and DOCX, the materials, the 答申 documents, the case page, the API), never the turns, the
    decision's wording or vote, or the draft 答申; the secretariat reads all of it, so the check is not empty."""
    from disclosure_helpers import decided_request
    from helpers import document_text

    from shingikai.disclosure import actions as disclosure

    turn, wording, draft = "SENTINEL-APPEAL-TURN-3b8e", "SENTINEL-APPEAL-WORDING-d41a", "SENTINEL-APPEAL-DRAFT-7c02"
    request = decided_request(world)
    appeal = disclosure.file_appeal(request, filed_on=datetime.date(2024, 7, 10), purport="取消しを求める。",
                                    appellant_name="開示 請子")
    appeal = disclosure.refer_appeal(appeal, council=world.council, referred_on=datetime.date(2024, 7, 20),
                                     notice_on=datetime.date(2024, 7, 21),
                                     examiner_exclusion="条例第19条", agency_claims="法人等情報である。")
    meeting = plan_meeting(world.council, date=datetime.date(2024, 8, 20))
    public_item = schedule_case(accepted_case(world, department=world.dept_b, title="公開の案件"), meeting)
    closed_item = schedule_case(appeal.case, meeting, is_public=False, closed_reason="審査請求の調査審議のため")
    meeting = open_meeting(meeting, present=world.people, secretariat=[world.secretariat_staff])
    record_turn(meeting, speaker_label="会長", role="chair", text=f"審査請求人の主張 {turn}", agenda_item=closed_item)
    record_turn(meeting, speaker_label="委員", role="member", text="公開の質問です。", agenda_item=public_item)
    # Said under no item in a meeting with a closed item: it may be that item's deliberation.
    record_turn(meeting, speaker_label="説明員", role="department", text=f"委託先の説明 {SENTINELS['unplaced_turn']}")
    add_item(meeting, kind="報告", title=f"苦情の報告 {SENTINELS['closed_report']}", is_public=False,
             closed_reason="個人が特定されるおそれ")
    record_decision(closed_item, outcome="答申予定", vote_method="採決", votes_for=4, votes_against=1,
                    wording=f"答申案を了承 {wording}")
    record_decision(public_item, outcome="承認", vote_method="挙手全員")
    close_meeting(meeting)
    answer = draft_answer(world.council, cases=[appeal.case], conclusion=f"案 {draft}", addressee="みなみ市長")
    meeting.refresh_from_db()
    designate_signers(meeting.minutes, [world.people[3]])
    confirm_minutes(meeting.minutes, on=datetime.date(2024, 9, 1), by_circulation=True, open_checks_acknowledged=True)
    sign_all(meeting.minutes, datetime.date(2024, 9, 1))
    publish_minutes(meeting.minutes, on=datetime.date(2024, 9, 2))
    m, minutes, case = meeting.pk, meeting.minutes.pk, appeal.case.pk
    urls = [f"/documents/{kind}/{m}.{fmt}" for kind in ("agenda", "minutes") for fmt in ("pdf", "docx")]
    urls += [f"/documents/answer/{answer.pk}.pdf", f"/documents/answer/{answer.pk}.docx",
             f"/documents/shimonsho/{case}.pdf", f"/work/cases/{case}/", f"/work/meetings/m/{m}/",
             f"/work/meetings/m/{m}/materials/", f"/work/meetings/m/{m}/materials.pdf", f"/work/minutes/{minutes}/",
             f"/meetings/{m}/", f"/api/meetings/{m}", f"/api/minutes/{minutes}", f"/oparl/v1/meeting/{m}",
             f"/disclosure/register/{request.pk}/", f"/disclosure/appeals/{appeal.pk}/"]

    def read(user):
        client.force_login(user)
        texts = {}
        for url in urls:
            response = client.get(url)
            assert response.status_code < 500, url
            if response.status_code == 200:
                body = b"".join(response.streaming_content) if response.streaming else response.content
                texts[url] = document_text(body, response.get("Content-Type", ""))
        return texts

    department = read(world.dept_a_user)
    assert "公開の質問です。" in department[f"/documents/minutes/{m}.pdf"]  # the public version, not nothing
    assert f"/work/cases/{case}/" in department
    leaked = [(url, s) for url, text in department.items() for s in (turn, wording, draft, "賛成4") if s in text]
    assert leaked == []
    secretariat = read(world.secretariat)
    for sentinel, url in ((turn, f"/documents/minutes/{m}.docx"), (wording, f"/work/cases/{case}/"),
                          (draft, f"/documents/answer/{answer.pk}.pdf"), ("賛成4", f"/documents/minutes/{m}.pdf")):
        assert sentinel in secretariat[url], (sentinel, url)
