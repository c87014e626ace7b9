"""The five seed meetings (../shared/seeds), re-enacted in a real browser as their secretariats would run them.

The council, its members and the departments' logins are set up through actions (there is no screen for
them); everything else goes through the pages: the departments draft and submit their cases, the
secretariat accepts them, plans the meeting, builds the agenda, opens it with one member left unticked
and corrects that afterwards, enters the first turns one at a time and pastes the rest of each item's
transcript, records the decisions, conditions and follow-ups and the 答申 where the seed has one, and
drafts, confirms, signs and publishes the minutes. The turns come from the importer's parse of the
seed text. The published minutes (the public page and the PDF) must then state the seed's facts.
"""
import datetime
import io
import re
from dataclasses import dataclass

import pytest
from test_browser import PASSWORD, browser, login, plan_meeting, project_static_dir, shot  # noqa: F401

from shingikai.councils import actions as council_actions
from shingikai.jp.wareki import to_wareki

pytestmark = pytest.mark.browser

STAFF_NAMES = ["甲野 一郎", "乙川 二郎", "丙山 三郎", "丁田 四郎", "戊井 五郎", "己島 六郎", "庚原 七郎", "辛木 八郎"]
SECRETARIAT_WORD = "事務局"
CATEGORY_LABELS = {"本人以外からの収集", "目的外利用", "外部提供", "オンライン結合", "外部委託", "情報システム",
                   "要配慮個人情報", "防犯カメラ", "その他"}


@dataclass
class Style:
    """How the seed's council writes its minutes, and what the re-enactment adds that the text implies."""
    policy: str            # Council.name_policy
    minutes_style: str     # Council.minutes_style
    signed: bool           # Council.minutes_signed
    answer_items: tuple = ()  # items (0-based) answered in one 答申


STYLES = {
    "shiki-2021-05-10": Style("role", "会議結果報告書", True),
    "kodaira-2022-03-15": Style("role", "要録", False),
    "tama-2020-12-15": Style("role", "要点記録", True),
    # 「諮問案件2及び諮問案件3の事業について、実施機関への答申書の送付は後日となる」
    "kurume-2021-07-26": Style("letter", "要録", False, answer_items=(1, 2)),
    "yotsukaido-2019-07-16": Style("real", "全文", True),
}


def _compact(text):
    return re.sub(r"[\s\u3000]+", "", text or "")


def _seed(shared_dir, name):
    from shingikai.minutes.importer import parse_file

    return parse_file(shared_dir / "seeds" / f"{name}.txt")


def _is_secretariat_item(item):
    return not item["departments"] or item["departments"][0] == SECRETARIAT_WORD


def _setup_council(seed, name, style):
    """What has no screen: the city, the council with its members, chair and acting chair, the departments and
    the logins of the secretariat and of one officer per department."""
    date = datetime.date.fromisoformat(seed["date"])
    city = council_actions.create_municipality(name=seed["municipality"], slug=name.split("-")[0])
    council = council_actions.create_council(
        city, name=seed["council_name"], slug=f"{name.split('-')[0]}-council", name_policy=style.policy,
        minutes_style=style.minutes_style, minutes_signed=style.signed,
        body_type="審査会" if seed["council_name"].endswith("審査会") else "審議会")
    start = date - datetime.timedelta(days=400)
    people = {}
    for member in seed["members_present"]:
        person = council_actions.add_person(name=member)
        council_actions.appoint_member(council, person, appointed_on=start, term_start=start)
        people[member] = person
    council_actions.elect_chair(council, people[seed["chair"]], on=start)
    acting = next(m for m in seed["members_present"] if m != seed["chair"])
    council_actions.designate_acting_chair(council, people[acting], on=start)
    user = council_actions.create_login("sec", email="sec@example.jp", password=PASSWORD)
    council_actions.add_staff(name="事務 花子", title="主査", secretariat_councils=[council], user=user)
    departments = {}
    for item in seed["items"]:
        if _is_secretariat_item(item):
            continue
        for dept in item["departments"]:
            if dept not in departments:
                number = len(departments)
                department = council_actions.create_department(city, name=dept)
                login = council_actions.create_login(f"dept{number}", email=f"dept{number}@example.jp",
                                                     password=PASSWORD)
                council_actions.add_staff(name=STAFF_NAMES[number], title="課長", department=department, user=login)
                departments[dept] = f"dept{number}"
    return council, people, departments


def _draft_case(page, url, item):
    """A department drafts its case in the case form and submits it; returns the case's URL."""
    page.goto(f"{url}/work/cases/new/")
    page.locator("#id_kind").select_option(item["kind"])
    page.get_by_label("件名").fill(item["title"])
    for label in item["categories"]:
        if label in CATEGORY_LABELS:
            page.get_by_label(label, exact=True).check()
    page.get_by_label("根拠条項").fill("\n".join(item["legal_basis"]) or "個人情報保護条例")
    page.get_by_label("目的", exact=True).fill(f"{item['title']}のため。")
    page.get_by_role("button", name="保存する").click()
    page.wait_for_url("**/work/cases/*/")
    case_url = page.url
    page.get_by_role("button", name="事務局に提出する").click()
    assert "提出しました" in page.locator(".messages").inner_text()
    return case_url


def _member_aliases(seed):
    """Anonymised minutes (「A委員」) name members by letter; the secretariat knows who spoke. Each letter is
    given to the next member present after the chair, in the order the letters first appear."""
    letters = []
    for turn in seed["turns"]:
        if turn["role"] == "member" and re.fullmatch(r"[A-ZＡ-Ｚ]委員", turn["speaker"]) and turn["speaker"] not in letters:
            letters.append(turn["speaker"])
    others = [m for m in seed["members_present"] if m != seed["chair"]]
    return {letter: others[i] for i, letter in enumerate(letters)}


def _written_label(turn, aliases):
    """The label the secretariat types into the transcript."""
    if turn["speaker"] in aliases:
        return f"{aliases[turn['speaker']]}委員"
    return turn["speaker"]


def _picker_option(turn, seed, style, aliases, item_departments):
    """The speaker picker's option for a turn entered one at a time, or None where only a typed label says it
    as the council writes it (the real-name policy prints the label as written)."""
    role, label = turn["role"], turn["speaker"]
    if role == "secretariat" and label == SECRETARIAT_WORD:
        return "事務局 (氏名を記録しない)"
    if style.policy == "real":
        return None
    if role == "chair":
        return re.compile(rf"^{seed['chair']} \(会長\)$")
    if role == "member" and label in aliases:
        return re.compile(rf"^{aliases[label]} \(")
    if role == "member" and style.policy == "role" and label == "委員":
        return "委員 (氏名を記録しない)"
    if role == "department" and turn["item"] is not None and label == item_departments.get(turn["item"]):
        return label
    return None


def _expected_labels(seed, style, case_departments):
    """What the council's name policy prints for every seed turn, in order: a label, or a set of allowed labels
    (a department's turn carries the name of one of the departments that explained the item)."""
    letters = {}
    out = []
    for turn in seed["turns"]:
        role, label = turn["role"], turn["speaker"]
        if style.policy == "real":
            out.append(label)
        elif role == "chair":
            out.append("会長")
        elif role == "member":
            if label.startswith("委員全員"):
                out.append("委員全員")
            elif style.policy == "letter" and label != "委員":
                letters.setdefault(label, "ABCDEFGHIJ"[len(letters)])
                out.append(f"{letters[label]}委員")
            else:
                out.append("委員")
        elif role == "secretariat":
            out.append("事務局")
        elif role == "department":
            item = seed["items"][turn["item"]] if turn["item"] is not None else None
            out.append(set(item["departments"]) if item else set(case_departments))
        else:
            out.append("出席者")
    return out


def _runs(turns):
    """Consecutive turns of the same item: one paste each."""
    runs = []
    for turn in turns:
        if runs and runs[-1][0] == turn["item"]:
            runs[-1][1].append(turn)
        else:
            runs.append((turn["item"], [turn]))
    return runs


def _condition(text, outcome):
    """(follow-up kind, text) for a condition as the seed writes it (「後日報告: …」「意見: …」)."""
    kind, sep, rest = text.partition(": ")
    if sep and kind in ("後日報告", "意見", "条件", "資料提出"):
        return kind, rest
    return ("条件" if outcome == "条件付き承認" and "意見" not in text else "意見"), text


def _pdf_text(page, url):
    from pypdf import PdfReader

    response = page.request.get(url)
    assert response.status == 200, url
    assert response.headers["content-type"].startswith("application/pdf")
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(response.body())).pages)


def _reenact(browser, live_server, shared_dir, name):
    seed = _seed(shared_dir, name)
    style = STYLES[name]
    url = live_server.url
    date = datetime.date.fromisoformat(seed["date"])
    today = datetime.date.today()
    council, people, department_logins = _setup_council(seed, name, style)

    # The departments draft and submit their cases; the secretariat accepts them.
    item_cases = {}
    pages = {}
    for index, item in enumerate(seed["items"]):
        if _is_secretariat_item(item):
            continue
        username = department_logins[item["departments"][0]]
        if username not in pages:
            pages[username] = login(browser, live_server, username)
        item_cases[index] = _draft_case(pages[username], url, item)
    sec = login(browser, live_server, "sec")
    for case_url in item_cases.values():
        sec.goto(case_url)
        # Received before the meeting that heard it, as the seed's council received it (typed in 和暦, as on paper).
        sec.get_by_label("受付日").fill(to_wareki(date - datetime.timedelta(days=14)))
        sec.get_by_role("button", name="受け付ける").click()
        assert "受け付けました" in sec.locator(".messages").inner_text()

    # The meeting is planned and its agenda built in the seed's order.
    meeting_url = plan_meeting(sec, url, seed["date"], seed["start_time"], seed["place"], end=seed["end_time"])
    meeting_pk = int(meeting_url.rstrip("/").rsplit("/", 1)[1])
    for index, item in enumerate(seed["items"]):
        if index in item_cases:
            case_pk = item_cases[index].rstrip("/").rsplit("/", 1)[1]
            sec.locator("#id_case").select_option(value=case_pk)
            sec.get_by_role("button", name="案件を加える").click()
        else:
            sec.locator("#id_other-kind").select_option(item["kind"] if item["kind"] in ("報告", "その他") else "その他")
            sec.locator("#id_other-title").fill(item["title"])
            sec.get_by_role("button", name="議題を加える").click()
        assert "次第に追加しました" in sec.locator(".messages").inner_text()
    item_ids = [int(i.split("-")[1]) for i in sec.locator("#agenda ol.agenda > li").evaluate_all(
        "items => items.map(li => li.id)")]
    assert len(item_ids) == len(seed["items"])

    # Opening: one member is left unticked by mistake, and corrected after the meeting has opened.
    late = seed["members_present"][-1]
    sec.get_by_role("link", name="出席を記録して開会する").click()
    sec.get_by_label(late, exact=True).uncheck()
    sec.get_by_label("傍聴人数").fill(str(seed["observers"] or 0))
    sec.get_by_role("button", name="開会する").click()
    assert "開会しました" in sec.locator(".messages").inner_text()
    sec.get_by_role("link", name="出席を訂正する (途中入室・退室)").click()
    row = sec.locator("#attendance tr", has=sec.get_by_label(f"{late} の途中入室の時刻", exact=True))
    row.locator("input[type=checkbox]").check()
    row.get_by_role("button", name="訂正する").click()
    assert f"{late} の出席を訂正しました" in sec.locator(".messages").inner_text()
    assert f"出席 {len(seed['members_present'])} 人" in sec.locator(".quorum").inner_text()

    # The turns: the first ones one at a time with the speaker picker, the rest pasted item by item.
    aliases = _member_aliases(seed)
    case_departments = {i: seed["items"][i]["departments"][0] for i in item_cases}
    turns = seed["turns"]
    single = 0
    sec.goto(f"{meeting_url}turns/")
    for turn in turns[:3]:
        option = _picker_option(turn, seed, style, aliases, case_departments)
        if option is None:
            break
        item_value = str(item_ids[turn["item"]]) if turn["item"] is not None else ""
        sec.get_by_label("議題").select_option(value=item_value)
        speaker = sec.locator("#id_speaker option", has_text=option).first.get_attribute("value")
        sec.locator("#id_speaker").select_option(value=speaker)
        sec.locator("#id_text").fill(turn["text"])
        sec.locator("#id_text").press("Control+Enter")
        single += 1
        sec.wait_for_selector(f"text=記録された発言 ({single} 件)")
    assert single >= 1, "every seed enters at least its first turn one at a time"
    for item_index, run in _runs(turns[single:]):
        sec.goto(f"{meeting_url}turns/paste/")
        sec.get_by_label("議題").select_option(value=str(item_ids[item_index]) if item_index is not None else "")
        transcript = "\n\n".join(f"{_written_label(t, aliases)}：{t['text'].strip()}" for t in run)
        sec.get_by_label("書き起こし").fill(transcript)
        sec.get_by_role("button", name="発言を記録する").click()
        assert f"{len(run):,} 件の発言を記録しました" in sec.locator(".messages").inner_text()
    assert f"記録された発言 ({len(turns)} 件)" in sec.inner_text("main")

    # Decisions, with their conditions and follow-ups; an outcome the text does not state is not recorded.
    sec.goto(meeting_url)
    for index, item in enumerate(seed["items"]):
        if item["outcome"] == "不明":
            continue
        block = sec.locator(f"#item-{item_ids[index]}")
        block.locator("summary", has_text="決定を記録する").click()
        block.get_by_label("結論").select_option(item["outcome"])
        block.get_by_label("決定の方法").select_option("異議なし" if item["kind"] == "報告" else "挙手全員")
        block.get_by_role("button", name="決定を記録する").click()
        assert "決定を記録しました" in sec.locator(".messages").inner_text()
        for condition in item["conditions"]:
            kind, text = _condition(condition, item["outcome"])
            block = sec.locator(f"#item-{item_ids[index]}")
            block.locator("summary", has_text="条件・フォローアップを追加する").click()
            block.get_by_label("種別").select_option(kind)
            block.get_by_label("内容").fill(text)
            if kind in ("後日報告", "資料提出"):
                block.get_by_label("期限").fill((today + datetime.timedelta(days=30)).isoformat())
            block.get_by_role("button", name="追加する").click()
            assert "追加しました" in sec.locator(".messages").inner_text()
    shot(sec, f"seed-{name}-meeting")
    if seed["end_time"]:
        sec.get_by_label("終了時刻").fill(seed["end_time"])
    sec.get_by_role("button", name="閉会して会議録の案を作る").click()
    sec.wait_for_url("**/work/minutes/*/")
    minutes_url = sec.url

    # The 答申 where the seed has one.
    if style.answer_items:
        first, *rest = [item_cases[i].rstrip("/").rsplit("/", 1)[1] for i in style.answer_items]
        sec.goto(f"{url}/work/meetings/answers/new/?case={first}")
        for case_pk in rest:
            sec.locator(f"input[name=cases][value='{case_pk}']").check()
        sec.get_by_role("button", name="案を作成する").click()
        assert "答申の案を作成しました" in sec.locator(".messages").inner_text()
        sec.get_by_label("答申日").fill(today.isoformat())
        sec.get_by_role("button", name="答申する", exact=True).click()
        assert "答申しました" in sec.locator(".messages").inner_text()

    # The minutes: saved, signers named (where the council signs), confirmed by circulation, signed, published.
    sec.goto(minutes_url)
    sec.get_by_role("button", name="保存する").click()
    if style.signed:
        signer = next(m for m in seed["members_present"] if m != seed["chair"])
        sec.get_by_label(signer, exact=True).check()
        sec.get_by_role("button", name="署名委員を指名する").click()
    sec.get_by_label("持ち回り (回覧) で確定").check()
    sec.get_by_label("確定日").fill(today.isoformat())
    # No member answered the circulation here: the secretariat confirms knowing it.
    sec.get_by_label("未回答・未処理の修正意見を承知のうえ確定する").check()
    sec.get_by_role("button", name="確定する").click()
    assert "確定しました" in sec.locator(".messages").inner_text()
    if style.signed:
        for person in (seed["chair"], signer):
            sec.locator("form", has=sec.get_by_label(f"{person} の署名日")).get_by_role("button", name="署名を記録").click()
            assert "署名を記録しました" in sec.locator(".messages").inner_text()
    sec.get_by_label("公開日").fill(today.isoformat())
    sec.get_by_role("button", name="公開する").click()
    assert "公開しました" in sec.locator(".messages").inner_text()
    shot(sec, f"seed-{name}-minutes")

    # What the public reads: the page and the PDF state the seed's facts.
    public = browser.new_context(locale="ja-JP", bypass_csp=True).new_page()
    public.goto(f"{url}/meetings/{meeting_pk}/")
    html = public.inner_text("main")
    shot(public, f"seed-{name}-public")
    pdf = _pdf_text(public, f"{url}/documents/minutes/{meeting_pk}.pdf")
    flat_html, flat_pdf = _compact(html), _compact(pdf)
    wareki = to_wareki(date)
    start_h, start_m = map(int, seed["start_time"].split(":"))
    assert wareki in flat_html and wareki in flat_pdf
    assert f"{start_h}時{start_m:02d}分" in flat_html and f"{start_h}時{start_m:02d}分" in flat_pdf
    if seed["end_time"]:
        end_h, end_m = map(int, seed["end_time"].split(":"))
        assert f"{end_h}時{end_m:02d}分" in flat_html and f"{end_h}時{end_m:02d}分" in flat_pdf
    assert _compact(seed["place"]) in flat_html and _compact(seed["place"]) in flat_pdf
    present_line = public.get_by_text(re.compile("^出席委員: ")).inner_text()
    for member in seed["members_present"]:
        assert member in present_line
        assert _compact(member) in flat_pdf
    assert f"計{len(seed['members_present'])}人" in flat_pdf
    for item in seed["items"]:
        assert _compact(item["title"]) in flat_html and _compact(item["title"]) in flat_pdf
        if item["outcome"] != "不明":
            assert f"結論:{item['outcome']}" in flat_html
            assert item["outcome"] in flat_pdf
    assert public.locator(".agenda li .tag").all_inner_texts() == [item["kind"] for item in seed["items"]]

    labels = public.locator("p.turn > strong").all_inner_texts()
    assert len(labels) == len(turns)
    # The page prints the turns outside any item said before the first item's first, then each item's turns, each
    # followed by the turns outside any item said after them.
    opening, groups, last = [], {}, None
    for turn, label in zip(turns, _expected_labels(seed, style, case_departments.values())):
        if turn["item"] is None:
            (opening if last is None else groups[last][1]).append(label)
        else:
            groups.setdefault(turn["item"], ([], []))[0].append(label)
            last = turn["item"]
    expected_labels = opening + [label for item in sorted(groups) for part in groups[item] for label in part]
    for number, (label, expected) in enumerate(zip(labels, expected_labels)):
        if isinstance(expected, set):
            assert label in expected, f"turn {number + 1}: {label} not in {expected}"
        else:
            assert label == expected, f"turn {number + 1}: {label} != {expected}"
    marks = [f"〔{label}〕" if style.minutes_style != "全文" else f"{label}：" for label in labels]
    for mark in set(marks):
        assert flat_pdf.count(_compact(mark)) >= marks.count(mark), mark
    for page in (*pages.values(), sec, public):
        page.context.close()
    return seed


@pytest.mark.parametrize("name", sorted(STYLES))
def test_seed_meeting_reenacted_in_the_browser(browser, live_server, shared_dir, name):
    _reenact(browser, live_server, shared_dir, name)
