"""Official documents (issue 5): 諮問書, 会議次第, 会議録, 答申書 and follow-up requests as PDF and DOCX.

Every record is built through the actions (shingikai.documents.sampledata and the helpers below); each
document is rendered, its text extracted again (pypdf, python-docx) and the facts looked for in order.
"""
import io
import re
import sys
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from shingikai.cases.actions import accept_case, create_case, submit_case
from shingikai.cases.models import Case, DataItem
from shingikai.councils.models import Council, Staff
from shingikai.documents import fonts, speakers
from shingikai.documents.render import DocumentError, render
from shingikai.documents.sampledata import build_record
from shingikai.jp.wareki import to_wareki
from shingikai.meetings.actions import close_meeting, open_meeting, plan_meeting, record_turn, schedule_case
from shingikai.meetings.models import Meeting

pytestmark = pytest.mark.django_db

KINDS = ["shimonsho", "agenda", "minutes", "answer", "followup"]
# Characters that must never begin a line (行頭禁則).
NO_LINE_START = "、。，．）」』】〕〉》ゝゞ々ー・：；！？"


# --- extraction helpers --------------------------------------------------------------------------

def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_pages(data):
    assert data[:5] == b"%PDF-"
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data):
    return "\n".join(pdf_pages(data))


def docx_text(data):
    """Body paragraphs and table cells in document order, then headers and footers."""
    assert data[:2] == b"PK"
    document = Document(io.BytesIO(data))
    out = []

    def walk(element):
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag in ("tbl", "tr", "tc", "sdt", "sdtContent"):
                walk(child)

    walk(document.element.body)
    for section in document.sections:
        out += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(out)


def text_of(data, fmt):
    return pdf_text(data) if fmt == "pdf" else docx_text(data)


def assert_in_order(text, facts):
    """Each fact appears, after the previous one (whitespace ignored)."""
    flat = squash(text)
    position = 0
    for fact in facts:
        found = flat.find(squash(fact), position)
        context = flat[position:position + 300]
        assert found >= 0, f"「{fact}」 is missing (or out of order) after position {position}:\n{context}"
        position = found + len(squash(fact))


def big_texts(data):
    """Texts drawn at more than 100 pt on any page (the 「案」 watermark)."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: found.append(text.strip())
                          if size and size > 100 and text.strip() else None)
    return found


def body_of_every_page(data, footer):
    """Fail on a blank page: each page has text besides its page number and footer."""
    for n, page in enumerate(pdf_pages(data), 1):
        rest = squash(page).replace(squash(footer), "").replace(f"-{n}-", "").replace("案", "")
        assert rest, f"page {n} is blank"


@pytest.fixture
def record():
    return build_record()


def ids(r):
    return {"shimonsho": r.case1.pk, "agenda": r.meeting.pk, "minutes": r.meeting.pk, "answer": r.answer.pk,
            "followup": r.follow_submission.pk}


def expected_facts(r):
    turns_of_item1 = [t.text for t in r.turns if t.agenda_item_id == r.item1.pk]
    # The 諮問日 is the day the council received the case (its 受付), a month before the meeting it was heard at.
    consulted = to_wareki(timezone.localdate(r.case1.accepted_at))
    return {
        "shimonsho": [
            r.case1.number, consulted, "青葉台市情報公開・個人情報保護審議会", "会長", "𠮷田 文子", "青葉台市長",
            r.case1.title, "（諮問）", "青葉台市個人情報保護条例第12条第1項", "記", "マイナンバーカードを利用して",
            "別紙", "個人情報の項目", "氏名", "住所", "所得・課税額", "62,000人", "住民基本台帳システム",
            "→", "地方公共団体情報システム機構", "LGWAN", "株式会社あおばシステムズ", "ISO/IEC 27001", "IS 612345",
            "令和9年3月31日まで", "プライバシーマーク", "再委託は行わない", "国内データセンター", "証明書の交付記録は5年",
            "消去証明書", "二要素認証", "広報紙", "令和8年10月1日", "12,800,000円", "付録", "審査チェックリスト",
        ],
        "agenda": [
            "令和8年度第1回青葉台市情報公開・個人情報保護審議会", "次第", "（通算第58回）",
            "令和8年5月20日（水）", "14時00分～16時05分", "青葉台市役所 本庁舎5階 第1会議室",
            "1", "開会", "2", "議事録署名委員の指名", "3", r.case1.title, "（諮問）", "担当課：市民課", r.case1.number,
            "4", r.case2.title, "5", r.case3.title, "（報告）", "6", "次回日程", "7", "閉会",
            "配布資料", "資料1", "資料2", "資料3", "参考資料",
        ],
        "minutes": [
            "令和8年度第1回青葉台市情報公開・個人情報保護審議会", "会議録（要点記録）", "令和8年5月20日（水）",
            "𠮷田文子（会長）", "髙橋健一（会長職務代理）", "佐藤美咲", "欠席委員", "小林誠", "総務課長", "森田恵",
            "説明員", "大野学", "傍聴人", "2人", "開会", "議事録署名委員の指名", r.case1.title, "〈説明〉",
            *turns_of_item1[1:3], "〈結論〉", "承認（挙手全員）", "資料提出", r.case2.title, "条件付き承認",
            "令和6年度以前", r.case3.title, "報告了承", "次回日程", "閉会",
            "議事録署名委員", "髙橋 健一",
        ],
        "answer": [
            "答申第1号", "令和8年5月30日", "青葉台市長　青葉 太一　様", "青葉台市情報公開・個人情報保護審議会",
            "会長", "𠮷田 文子", "ほか1件について（答申）", "記", "諮問事項", r.case1.number, consulted,
            r.case1.title, "市民課", r.case2.number, r.case2.title, "健康づくり課", "結論", "諮問第1号については",
            "諮問第2号については", "附帯意見", "実施後1年を目途に", "電話番号は任意の項目とし", "条件",
            "令和6年度以前の健康ポイント事業参加者には", "審議の経過", "令和8年度第1回", "承認", "答申",
        ],
        "followup": [
            "市民課長　様", "青葉台市情報公開・個人情報保護審議会", "事務局", "資料提出について",
            "令和8年5月20日に開催した令和8年度第1回", "記", r.case1.number, r.case1.title,
            "令和8年度第1回（通算第58回）", "承認（挙手全員）", "資料提出", "登録証の写しを事務局経由で提出",
            "令和8年7月31日", "市民部", "市民課", "未対応",
        ],
    }


# --- every kind, both formats --------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_document_carries_its_facts_in_order(record, kind, fmt):
    data = render(kind, ids(record)[kind], fmt)
    assert_in_order(text_of(data, fmt), expected_facts(record)[kind])
    if fmt == "pdf":
        body_of_every_page(data, record.council.name)


@pytest.mark.parametrize("kind", KINDS)
def test_docx_holds_no_invisible_character(record, kind):
    """No zero-width joiner, space or word joiner in any part of the package: searching the Word file for
    要点記録 or 第52回 finds it, and a copy or a screen reader carries nothing unseen."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render(kind, ids(record)[kind], "docx"))) as package:
        xml = "".join(package.read(name).decode() for name in package.namelist() if name.endswith(".xml"))
    assert not re.search("[\u200b-\u200d\u2060\ufeff]", xml)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_footer_has_page_number_and_council_name(record, fmt):
    data = render("answer", record.answer.pk, fmt)
    if fmt == "pdf":
        pages = pdf_pages(data)
        for n, page in enumerate(pages, 1):
            assert f"- {n} -" in page
            assert record.council.name in page.splitlines()[-1] or record.council.name in page.splitlines()[-2]
    else:
        document = Document(io.BytesIO(data))
        footer = document.sections[0].footer
        assert "PAGE" in footer._element.xml
        assert record.council.name in "".join(p.text for p in footer.paragraphs)
        section = document.sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def test_pdf_is_a4_portrait(record):
    page = PdfReader(io.BytesIO(render("agenda", record.meeting.pk, "pdf"))).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_zenbun_minutes_have_every_turn_as_recorded(fmt):
    r = build_record(minutes_style=Council.MinutesStyle.ZENBUN)
    text = text_of(render("minutes", r.meeting.pk, fmt), fmt)
    assert_in_order(text, ["会議録", "会議の経過"] + [f"{t.speaker_label}：{t.text}" for t in r.turns]
                    + ["決定事項", "議事録署名委員", "髙橋 健一"])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_kekka_report_is_the_two_column_table(fmt):
    r = build_record(minutes_style=Council.MinutesStyle.KEKKA)
    text = text_of(render("minutes", r.meeting.pk, fmt), fmt)
    assert_in_order(text, [
        "令和8年6月10日", "会議結果報告書",
        "会議の名称", "青葉台市情報公開・個人情報保護審議会", "令和8年度第1回",
        "開催日時", "令和8年5月20日（水）", "開催場所", "第1会議室",
        "出席委員", "𠮷田文子委員（会長）", "（計5人）", "欠席委員", "小林誠委員", "（計1人）",
        "説明員職氏名", "（市民課）", "大野学", "（計3人）", "議題他", "1　開会", r.case1.title,
        "結果", f"・{r.case1.title}、承認された。", "条件を付して承認された", "報告が了承された", "（傍聴者 2人）",
        "事務局職員", "森田恵",
        "審議内容の記録（審議経過、結論等）", "〈説明〉", "〈質疑応答〉", "〈結論〉", "議事録署名委員",
    ])


def test_report_case_prints_as_a_report(record):
    text = pdf_text(render("shimonsho", record.case3.pk, "pdf"))
    assert_in_order(text, [record.case3.title, "（報告）", "下記のとおり報告します", "報告事項"])


# --- fonts ---------------------------------------------------------------------------------------

def test_pdf_embeds_its_fonts_as_subsets(record):
    reader = PdfReader(io.BytesIO(render("minutes", record.meeting.pk, "pdf")))
    seen = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font["/BaseFont"])
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
            descriptor = descriptor["/FontDescriptor"].get_object()
            embedded = [k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor]
            seen[base] = embedded
    assert seen, "no fonts found"
    for base, embedded in seen.items():
        assert embedded, f"{base} is not embedded"
        assert re.match(r"^/?[A-Z]{6}\+", base), f"{base} is not a subset"
    families = {base.split("+", 1)[1] for base in seen}
    assert families == {fonts.MINCHO, fonts.GOTHIC}


def test_fonts_come_from_the_package_and_cover_rare_kanji():
    paths = fonts.font_paths()
    assert set(paths) == {fonts.MINCHO, fonts.GOTHIC}
    assert all(p.is_file() and "pylopdf_fonts_jp" in str(p) for p in paths.values())
    for family in paths:
        assert fonts.missing_glyphs("𠮷髙﨑①㈱々〆ヶ「」、。", family) == set()


def test_rare_kanji_names_survive_the_round_trip(record):
    for fmt in ("pdf", "docx"):
        text = text_of(render("minutes", record.meeting.pk, fmt), fmt)
        assert "𠮷田文子" in squash(text) and "髙橋健一" in squash(text)


def test_no_line_starts_with_closing_punctuation():
    r = build_record(minutes_style=Council.MinutesStyle.ZENBUN, confirm=False)
    # Sentences whose punctuation falls at every possible column, so a naive break would put some first.
    for width in range(30, 50):
        text = "".join("あ" * (width + shift) + mark for shift, mark in enumerate("、。」）ー・々"))
        record_turn(r.meeting, speaker_label="事務局", role="secretariat", text="「" + text + "」")
    lines = [line.strip() for page in pdf_pages(render("minutes", r.meeting.pk, "pdf")) for line in page.splitlines()]
    # A list item's bullet 「・」 legitimately opens a line; the crafted lines contain あ and no bullet.
    offenders = [line for line in lines if line and line[0] in NO_LINE_START.replace("・", "")]
    offenders += [line for line in lines if "あ" in line and line[0] in NO_LINE_START]
    assert not offenders, offenders[:5]
    assert len(lines) > 200


# --- speaker names -------------------------------------------------------------------------------

NAMES = ["𠮷田", "髙橋", "佐藤", "中村", "山本", "森田", "大野", "岡本", "西村", "石井"]


def deliberation_part(text):
    flat = squash(text)
    starts = [flat.find(h) for h in ("会議の経過", "内容及び要点", "審議内容の記録") if flat.find(h) >= 0]
    end = flat.find("以上のとおり相違ない")
    return flat[min(starts):end if end > 0 else None]


STYLES = [Council.MinutesStyle.YOUTEN, Council.MinutesStyle.KEKKA, Council.MinutesStyle.ZENBUN]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("policy", [Council.NamePolicy.ROLE, Council.NamePolicy.LETTER])
def test_name_policy_never_leaks_a_name_in_the_deliberation(policy, style):
    r = build_record(name_policy=policy, minutes_style=style)
    for fmt in ("pdf", "docx"):
        text = text_of(render("minutes", r.meeting.pk, fmt), fmt)
        part = deliberation_part(text)
        leaked = [name for name in NAMES if name in part]
        assert not leaked, f"{policy}/{style}/{fmt} leaks {leaked}"
        # Attendance is a public fact and keeps its names; so does the signature.
        assert "𠮷田文子" in squash(text) and "髙橋健一" in squash(text)
        assert "会長" in part and ("健康づくり課" in part)


def test_letter_policy_gives_each_member_a_fixed_letter_in_order_of_first_speech():
    r = build_record(name_policy=Council.NamePolicy.LETTER, minutes_style=Council.MinutesStyle.ZENBUN)
    text = pdf_text(render("minutes", r.meeting.pk, "pdf"))
    assert_in_order(text, [
        "会長：議事録署名委員は、A委員にお願いしたいと思います。",  # 髙橋 named in the text: redacted
        "A委員：承知しました。",                                 # 髙橋 speaks first
        "B委員：コンビニの店舗で",                               # 佐藤
        "C委員：委託先のデータセンター",                          # 中村
        "委員全員：（挙手全員）",
        "D委員：参加者は",                                       # 山本
        "A委員：それであれば",                                   # 髙橋 again: the same letter
        "B委員：委託先での作業は",                               # 佐藤 again
    ])


def test_real_policy_keeps_labels_as_recorded(record):
    text = pdf_text(render("minutes", record.meeting.pk, "pdf"))
    assert_in_order(text, ["〔𠮷田会長〕", "〔髙橋委員〕承知しました", "〔大野市民課長〕"])


def test_speaker_helpers_work_on_plain_dicts():
    turns = [
        {"role": "chair", "speaker_label": "酒井会長", "person_id": 1},
        {"role": "member", "speaker_label": "木谷委員", "person_id": 2},
        {"role": "member", "speaker_label": "委員全員"},
        {"role": "member", "speaker_label": "荒木委員", "person_id": 3},
        {"role": "member", "speaker_label": "木谷委員", "person_id": 2},
        {"role": "department", "speaker_label": "常世田窓口サービス課長", "department_name": "窓口サービス課"},
        {"role": "secretariat", "speaker_label": "岩井総務課長"},
        {"role": "member", "speaker_label": "委員"},
    ]
    letters = speakers.assign_letters(turns)
    assert letters == {("person", 2): "A", ("person", 3): "B"}
    label = [speakers.speaker_label(t, "letter", letters) for t in turns]
    assert label == ["会長", "A委員", "委員全員", "B委員", "A委員", "窓口サービス課", "事務局", "委員"]
    assert [speakers.speaker_label(t, "role", letters) for t in turns][:4] == ["会長", "委員", "委員全員", "委員"]
    assert [speakers.speaker_label(t, "real", letters) for t in turns][:2] == ["酒井会長", "木谷委員"]
    redact = speakers.redactor_for("letter", turns, letters, [("木谷 一郎", "A委員")])
    assert redact("酒井会長と木谷委員、木谷一郎氏") == "会長とA委員、A委員"
    assert speakers.redactor_for("real", turns, letters)("酒井会長") == "酒井会長"


# --- draft watermark -----------------------------------------------------------------------------

def test_draft_minutes_carry_the_watermark_and_confirmed_ones_do_not():
    draft = build_record(confirm=False)
    final = build_record(slug="final", city="確定市")
    draft_pdf = render("minutes", draft.meeting.pk, "pdf")
    assert big_texts(draft_pdf) == ["案"] * len(pdf_pages(draft_pdf))
    assert big_texts(render("minutes", final.meeting.pk, "pdf")) == []
    draft_docx = render("minutes", draft.meeting.pk, "docx")
    header = Document(io.BytesIO(draft_docx)).sections[0].header
    assert "（案）" in "".join(p.text for p in header.paragraphs) and 'string="案"' in header._element.xml
    final_header = Document(io.BytesIO(render("minutes", final.meeting.pk, "docx"))).sections[0].header
    assert "案" not in final_header._element.xml
    # Drafts are not signed yet; confirmed minutes are.
    assert "以上のとおり相違ない" not in squash(pdf_text(draft_pdf))
    assert "以上のとおり相違ない" in squash(pdf_text(render("minutes", final.meeting.pk, "pdf")))


def test_draft_answer_has_watermark_and_blank_number_and_date():
    r = build_record(issue=False)
    data = render("answer", r.answer.pk, "pdf")
    assert big_texts(data)
    assert_in_order(pdf_text(data), ["答申第　　号", "令和　　年　　月　　日", "（答申）"])
    assert big_texts(render("answer", build_record(slug="b", city="発出市").answer.pk, "pdf")) == []


# --- long documents ------------------------------------------------------------------------------

def test_thirty_page_zenbun_paginates_without_splitting_short_turns():
    r = build_record(minutes_style=Council.MinutesStyle.ZENBUN, extra_turns=400)
    pages = [squash(p) for p in pdf_pages(render("minutes", r.meeting.pk, "pdf"))]
    assert len(pages) >= 28
    for n, page in enumerate(pages, 1):
        assert f"-{n}-" in page
    split = [t.order for t in r.turns if len(t.text) < 300 and not any(squash(t.text) in page for page in pages)]
    assert not split, f"turns split across pages: {split[:10]}"


def test_long_tables_repeat_their_header_row_on_every_page(record):
    for order in range(10, 90):
        DataItem.objects.create(case=record.case1, order=order, name=f"追加項目{order}",
                                reason="審議会の求めにより追加で記載した項目であり、必要性を別途説明する。")
    pages = pdf_pages(render("shimonsho", record.case1.pk, "pdf"))
    holding = [p for p in pages if "追加項目" in p]
    assert len(holding) >= 2
    for page in holding:
        assert_in_order(page, ["番号", "項目", "要配慮", "必須／任意", "必要な理由", "追加項目"])


# --- bad data ------------------------------------------------------------------------------------

def held_meeting_without_decision(world, *, title="議題の決定が記録されていない案件", style=None):
    case = create_case(world.council, world.dept_a, title=title[:200], purpose="テスト", categories=["other"],
                       legal_bases=["条例第1条"])
    # Titles longer than a department may type come from imported minutes, which keep them whole.
    Case.objects.filter(pk=case.pk).update(title=title)
    case.refresh_from_db()
    submit_case(case)
    accept_case(case, on=world.today)
    if style:
        Council.objects.filter(pk=world.council.pk).update(minutes_style=style)
    meeting = plan_meeting(world.council, date=world.today, place="会議室")
    item = schedule_case(case, meeting)
    meeting = open_meeting(meeting, present=world.people)
    record_turn(meeting, speaker_label="市民課", role="department", text="説明します。", agenda_item=item)
    record_turn(meeting, speaker_label="青木委員", role="member", text="質問があります。", agenda_item=item,
                person=world.people[0])
    close_meeting(meeting)
    return meeting, case


@pytest.mark.parametrize("style", STYLES)
def test_item_without_decision_renders_legibly(world, style):
    meeting, case = held_meeting_without_decision(world, style=style)
    for fmt in ("pdf", "docx"):
        text = squash(text_of(render("minutes", meeting.pk, fmt), fmt))
        assert case.title in text
        assert "結論の記録はありません" in text or "結論は記録されていない" in text


def test_missing_meeting_date_renders_legibly(world):
    meeting, case = held_meeting_without_decision(world)
    # Imported records can lack a date; the actions never allow it, so clear it as an import would.
    Meeting.objects.filter(pk=meeting.pk).update(date=None)
    for kind in ("agenda", "minutes"):
        for fmt in ("pdf", "docx"):
            text = squash(text_of(render(kind, meeting.pk, fmt), fmt))
            assert "日付の記録なし" in text and case.title in text


def test_500_character_title_wraps_inside_the_page(world):
    title = ("個人情報の取扱いに関する長い件名" * 20 + "https://example.jp/" + "x" * 120)[:500]
    meeting, case = held_meeting_without_decision(world, title=title)
    for kind, obj in (("shimonsho", case.pk), ("agenda", meeting.pk), ("minutes", meeting.pk)):
        data = render(kind, obj, "pdf")
        assert squash(title) in squash(pdf_text(data)), kind
        body_of_every_page(data, world.council.name)
        # Nothing runs off the right edge: every glyph starts inside the A4 width.
        for page in PdfReader(io.BytesIO(data)).pages:
            xs = []
            page.extract_text(
                visitor_text=lambda t, cm, tm, f, s: xs.append(cm[4] + tm[4] * cm[0]) if t.strip() else None)
            assert max(xs) < float(page.mediabox.width) - 30
        assert squash(title) in squash(docx_text(render(kind, obj, "docx")))


def test_unknown_ids_and_kinds_are_refused_clearly(world):
    with pytest.raises(DocumentError, match="見つかりません"):
        render("answer", 99999, "pdf")
    with pytest.raises(DocumentError, match="文書の種類"):
        render("memo", 1, "pdf")
    with pytest.raises(DocumentError, match="pdf または docx"):
        render("agenda", 1, "odt")
    planned = plan_meeting(world.council, date=world.today)
    with pytest.raises(DocumentError, match="会議録はまだ作成されていません"):
        render("minutes", planned.pk, "pdf")
    # A planned meeting's agenda is fine.
    assert squash(pdf_text(render("agenda", planned.pk, "pdf"))).count("議題は未定") == 1


def test_checklist_appendix_without_the_checklist_module(record, monkeypatch):
    import shingikai.cases

    monkeypatch.delattr(shingikai.cases, "checklist", raising=False)
    monkeypatch.setitem(sys.modules, "shingikai.cases.checklist", None)
    text = pdf_text(render("shimonsho", record.case1.pk, "pdf"))
    assert_in_order(text, ["付録", "チェックリストは未評価です"])


def test_checklist_appendix_lists_findings_and_answers(record):
    from shingikai.cases import checklist

    findings = checklist.evaluate(record.case2)
    text = docx_text(render("shimonsho", record.case2.pk, "docx"))
    assert_in_order(text, ["付録", "重要度", "担当課の回答"] + [f.title for f in findings])


# --- command and downloads -----------------------------------------------------------------------

def test_command_writes_the_file(record, tmp_path):
    target = tmp_path / "minutes.docx"
    out = StringIO()
    call_command("document", "minutes", str(record.meeting.pk), "--format", "docx", "-o", str(target), stdout=out)
    assert target.read_bytes()[:2] == b"PK"
    assert "minutes.docx" in out.getvalue()


BAD_ARGS = [["memo", "1"], ["answer", "99999"], ["answer", "x"], ["answer", "1", "--format", "odt"]]


@pytest.mark.parametrize("args", BAD_ARGS)
def test_command_refuses_bad_kind_or_id_with_one_line(record, tmp_path, args):
    err = StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("document", *args, "-o", str(tmp_path / "x.pdf"), stderr=err)
    assert exit_info.value.code == 2
    assert len(err.getvalue().strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def secretariat_client(client, council, username="jimu2"):
    user = get_user_model().objects.create_user(username, password="pass-12345")
    Staff.objects.create(name="事務 局員", title="主事", user=user).secretariat_councils.add(council)
    client.force_login(user)
    return client


def test_anonymous_downloads_only_published_public_documents(client):
    r = build_record(closed_report=True)
    response = client.get(f"/documents/minutes/{r.meeting.pk}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    public_text = squash(pdf_text(response.content))
    assert r.case1.title in public_text
    assert "施錠された作業室" not in public_text and "（5）非公開案件" in public_text
    assert r.case3.title not in public_text
    assert client.get(f"/documents/answer/{r.answer.pk}.docx").status_code == 200
    agenda_text = squash(pdf_text(client.get(f"/documents/agenda/{r.meeting.pk}.pdf").content))
    assert r.case1.title in agenda_text and r.case3.title not in agenda_text and "5非公開案件" in agenda_text
    # A public case's 諮問書 is public in its public form; a closed item's case's is not, nor a follow-up request.
    paper = squash(pdf_text(client.get(f"/documents/shimonsho/{r.case1.pk}.pdf").content))
    assert r.case1.title in paper and "審査チェックリスト" not in paper
    for kind, obj in (("shimonsho", r.case3.pk), ("followup", r.follow_submission.pk)):
        response = client.get(f"/documents/{kind}/{obj}.pdf")
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_unpublished_minutes_are_not_public(client):
    r = build_record(publish=False, issue=False)
    assert client.get(f"/documents/minutes/{r.meeting.pk}.pdf").status_code == 302
    assert client.get(f"/documents/answer/{r.answer.pk}.pdf").status_code == 302


def test_secretariat_downloads_everything_of_its_council_with_closed_items(client):
    r = build_record(closed_report=True)
    secretariat_client(client, r.council)
    for kind, obj in ids(r).items():
        for fmt in ("pdf", "docx"):
            response = client.get(f"/documents/{kind}/{obj}.{fmt}")
            assert response.status_code == 200, (kind, fmt, response.content[:200])
            assert response["Cache-Control"] == "private, no-store"
    text = squash(pdf_text(client.get(f"/documents/minutes/{r.meeting.pk}.pdf").content))
    assert "施錠された作業室" in text


def test_other_users_get_the_404_of_a_missing_document_and_bad_urls_are_404(client, world):
    r = build_record(closed_report=True)
    client.force_login(world.other_secretariat)
    # Heard closed: the same 404 as a missing id, so the answer does not tell that the case is there.
    assert client.get(f"/documents/shimonsho/{r.case3.pk}.pdf").status_code == 404
    assert client.get(f"/documents/shimonsho/{r.case1.pk}.pdf").status_code == 200  # public case: public version
    assert client.get(f"/documents/minutes/{r.meeting.pk}.pdf").status_code == 200  # published: public version
    assert client.get(f"/documents/minutes/{r.meeting.pk}.odt").status_code == 404
    assert client.get(f"/documents/memo/{r.meeting.pk}.pdf").status_code == 404
    assert client.get("/documents/answer/99999.pdf").status_code == 404


def test_department_downloads_its_follow_up_request(client):
    r = build_record()
    user = get_user_model().objects.create_user("shimin2", password="pass-12345")
    r.shimin_head.user = user
    r.shimin_head.save()
    client.force_login(user)
    assert client.get(f"/documents/followup/{r.follow_submission.pk}.pdf").status_code == 200
    assert client.get(f"/documents/followup/{r.follow_condition.pk}.pdf").status_code == 404  # another's: as missing


def test_follow_up_request_after_its_deadline_is_a_reminder(record):
    text = pdf_text(render("followup", record.follow_submission.pk, "pdf"))
    if record.follow_submission.due_date < timezone.localdate():
        assert_in_order(text, ["（再依頼）", "期限の令和8年7月31日を過ぎています"])
    else:
        assert_in_order(text, ["（依頼）", "令和8年7月31日までに"])


def test_every_record_of_the_demo_city_renders():
    """The demo loader's records (imported neighbours included) all render, or are refused with a reason."""
    loader = pytest.importorskip("shingikai.demo.loader")
    from shingikai.meetings.models import Answer, FollowUp

    loader.load_demo()
    sources = {"shimonsho": Case.objects.all(), "agenda": Meeting.objects.all(), "minutes": Meeting.objects.all(),
               "answer": Answer.objects.all(), "followup": FollowUp.objects.all()}
    for kind, queryset in sources.items():
        rendered = 0
        for obj in queryset:
            try:
                docx_text(render(kind, obj.pk, "docx"))
                if rendered == 0:
                    body_of_every_page(render(kind, obj.pk, "pdf"), "")
                rendered += 1
            except DocumentError as error:
                assert kind == "minutes" and "まだ作成されていません" in error.message, error.message
        assert rendered, f"the demo has no {kind} to render"


def _agenda_as(user, meeting):
    from django.contrib.auth.models import AnonymousUser

    from shingikai.access import DocumentReading

    return squash(pdf_text(render("agenda", meeting.pk, "pdf", reading=DocumentReading(user or AnonymousUser(),
                                                                                        full=False))))


def test_agenda_items_keep_their_numbers_in_every_copy(world):
    r = build_record(closed_report=True)  # 5 予防接種… (報告) is closed
    kenko = get_user_model().objects.create_user("kenko", password="pass-12345")
    r.kenko_head.user = kenko
    r.kenko_head.save()
    members = squash(pdf_text(render("agenda", r.meeting.pk, "pdf")))
    department, public = _agenda_as(kenko, r.meeting), _agenda_as(None, r.meeting)
    assert "5" + r.case3.title in members and "5" + r.case3.title in department and r.case3.title not in public
    for copy in (members, department, public):
        assert "3" + r.case1.title in copy and "6次回日程" in copy and "7閉会" in copy
    assert "5非公開案件（" in public and "非公開案件" not in department


def test_the_public_agenda_of_a_closed_meeting_counts_only_its_cases(world):
    r = build_record(publish=False, issue=False)
    Meeting.objects.filter(pk=r.meeting.pk).update(is_public=False, closed_reason="個人情報を扱うため")
    public = _agenda_as(None, r.meeting)
    # 3 cases (2 諮問, 1 報告) among 7 items: 開会, 議事録署名委員の指名, 次回日程 and 閉会 are no 案件.
    assert "非公開案件3件" in public and r.case1.title not in public


def test_a_council_that_omits_closed_items_numbers_the_public_copy_without_gaps(world):
    r = build_record(closed_report=True)
    Council.objects.filter(pk=r.council.pk).update(closed_items_shown=Council.ClosedItemsShown.OMIT)
    public = _agenda_as(None, r.meeting)
    assert "5次回日程" in public and "6閉会" in public and "非公開案件" not in public


def test_a_saved_letter_is_named_by_council_kind_number_and_date_and_saves_on_windows(client):
    """A clerk saving ten 答申書 gets ten names (「答申書_答申第1号」 was every council's first 答申 of every year), and
    a number typed with 「/」 or 「:」 still saves: the name is encoded as RFC 5987 asks (filename*=utf-8'')."""
    from urllib.parse import unquote

    from shingikai.meetings.models import Answer

    r = build_record()
    Answer.objects.filter(pk=r.answer.pk).update(number="答申第3号 (R7/北:再)")
    council = r.answer.council.name
    headers = {kind: client.get(f"/documents/{kind}/{pk}.docx")["Content-Disposition"]
               for kind, pk in (("answer", r.answer.pk), ("shimonsho", r.case1.pk))}
    names = {}
    for kind, header in headers.items():
        assert header.startswith("attachment; filename*=utf-8''"), header
        names[kind] = unquote(header.split("''", 1)[1])
        assert not set('\\/:*?"<>|') & set(names[kind]) and len(names[kind]) < 120
    assert names["answer"] == f"{council}_答申書_答申第3号_(R7_北_再)_{r.answer.date:%Y%m%d}.docx"
    received = timezone.localtime(r.case1.accepted_at).date()
    assert names["shimonsho"] == f"{council}_諮問書_{r.case1.number}_{received:%Y%m%d}.docx"
