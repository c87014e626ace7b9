"""Step 2 of the pipeline: repair the damage that PDF and HTML conversion leave in minutes text.

The output keeps characters as written (no NFKC: names such as 榮 or full-width digits are
shown as the council wrote them); matching later happens on normalised copies. What is
repaired here is layout: page furniture, HTML leftovers, lines broken mid-sentence,
letters spaced apart for justification, and paragraphs that lost their line breaks.
"""
from __future__ import annotations

import html
import re
import unicodedata

from .conventions import AGENDA_HEADING_WORDS, CLOCK, CLOSING_WORDS, DATE, ERA_DATE, FIELD_WORDS, FLAT_FIELD_WORDS, INLINE_RULE
from .conventions import NAME_FIELD_WORDS, OPENING_WORDS, ROLE_SUFFIXES, RULE_DASHES, RULE_LINE_CHARS, SPEAKER_MARKS, TOPIC_MARKS
from .conventions import SPACED_WORDS as _SPACED_WORDS
from .conventions import is_clock_line
from .flat import MIN_LENGTH as FLAT_MIN_LENGTH, restore_breaks
from .roster import name_grid_lines
from .speakers import split_statements
from .label_after_question_step import label_after_question_step
from .label_after_bracketed_heading import label_after_bracketed_heading
from .agenda_value_apart import title_under_agenda_word
from .split_step_words import broken_steps_joined
from .kanji_numbered_agenda import spaced_schedule_apart
from .spaced_label_run_on import spaced_labels_parted

# Kanji, kana and the marks that live inside words.
CJK = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fd\u30fe\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|td|th|tr|table|tbody|thead|h[1-6]|strong|b|em|i|u|a|font|"
    r"section|article|blockquote|dl|dt|dd|hr|sup|sub|small|big|center|img)\b[^<>\n]{0,300}>",
    re.I,
)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|div|tr|table|tbody|thead|h[1-6]|section|article|blockquote|dl|dt|dd|hr|center)\b[^<>\n]{0,300}>",
    re.I,
)
# ○しろまる日時: a page's image of a mark copied with its alternative text, the mark's name.
_SPELLED_MARK = re.compile(rf"([{SPEAKER_MARKS}{TOPIC_MARKS}□])(?:しろまる|くろまる|にじゅうまる|くろしかく|しろしかく|しかく|くろひしがた|ひしがた)")
# しろまる日時 / しろまる久保補佐 おはようございます: a page read aloud kept the mark's name and lost the mark.
_MARK_OF_NAME = {"しろまる": "○", "くろまる": "●", "にじゅうまる": "◎", "しろしかく": "□", "くろしかく": "■"}
# Two such lines at least, and never before 印 (しろまる印の事業は…: the word said, the mark meant).
_MARK_NAME_ALONE = re.compile(rf"(?m)^([ \t\u3000]*)({'|'.join(_MARK_OF_NAME)})(?=[一-龥ァ-ヶ])(?!印)")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
# 審議会等名称 | / 福岡県行政不服審査会 総会 |: a table flattened one cell a line ends each with a bar.
# 名称 | … | / ---|---| / 開催日時 | … |: the rule under a Markdown table's first row carries nothing.
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\n", re.M)
_DASH_ITEM = re.compile(r"(?m)^- (?=\S)")
_DASHED_LABEL = re.compile(rf"(?m)^- (?:{'|'.join(FLAT_FIELD_WORDS)})$")
_CELL_PIPE = re.compile(r"[ \t\u3000]+\|[ \t\u3000]*$", re.M)

_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:"
    r"[-－―—‐ー−]\s*\d{1,4}\s*[-－―—‐ー−]"          # - 3 -
    r"|\d{1,4}\s*/\s*\d{1,4}"                         # 3/12
    r"|(?:p\.?|P\.?)\s*\d{1,4}"                       # p.3
    r"|\d{1,4}\s*(?:ページ|頁)"                        # 3ページ
    r"|(?:第\s*)?\d{1,4}\s*(?:ページ|頁)\s*(?:/|／)?\s*\d{0,4}"
    r")[ \t\u3000]*$"
)
# ◯委員長(北野 一郎君)[ 12頁]  おはようございます。: a minutes search site's reference to the page of the bound
# volume, printed after each label; it is no part of the label or of what is said.
_PAGE_REFERENCE = re.compile(r"\[[ \u3000]*[0-9０-９]{1,4}[ \u3000]*頁[ \u3000]*\]")
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_BARE_NUMBER = re.compile(r"^[ \t\u3000]*[(（]?\d{1,4}[)）]?[ \t\u3000]*$")
# - 1 - 北山市情報公開・個人情報保護審議会: a running footer, the page's number beside the council's name. Repeated on
# every page, its number counting them, it is no running header that repeats the title: the first page drops it too.
_NUMBERED_RUNNING_LINE = re.compile(
    r"^[ \t\u3000]*[-－―—‐ー−][ \t\u3000]*\d{1,4}[ \t\u3000]*[-－―—‐ー−][ \t\u3000]+\S"
    r"|\S[ \t\u3000]+[-－―—‐ー−][ \t\u3000]*\d{1,4}[ \t\u3000]*[-－―—‐ー−][ \t\u3000]*$"
)

# Letters spaced out for justification: "L G W A N", "会 長", "開 会". The first letter, not the
# look-behind, opens the pattern, so that the search skips ahead to letters (the look-behind then
# asks the same of the character before it: no letter or digit).
_SPACED_LATIN = re.compile(r"[A-Za-z](?<![A-Za-z0-9][A-Za-z])(?: [A-Za-z](?![A-Za-z0-9]))+")
# 〇出　席　議　員: the ideographic zero is a word character to the regex, but as a mark it opens the run.
_SPACED_CJK = re.compile(rf"(?<!(?!〇)\w)[{CJK}](?:[ \u3000][{CJK}](?!\w))+")
# Japanese text is nearly all letters: _SPACED_CJK is tried only where a gap before a letter is.
_CJK_GAP = re.compile(rf"[ \u3000](?=[{CJK}](?!\w))")
_SPACES = re.compile(r"[ \u3000]")
# 出席委員··············内田勝一, 課長・・・・・内田会長が…: a dotted leader from a label to its value
# (or from a speaker to the speech) is a separator.
_LEADER = re.compile(r"^([ \t\u3000]*[^\s·・…‥]{1,12}?)[ \t\u3000]*[·・…‥]{3,}[ \t\u3000]*(?=\S)", re.M)
# 委 員 A: an anonymised member's letter spaced apart from the role word (after 委 員 → 委員).
_SPACED_LETTER_LABEL = re.compile(r"^([ \t\u3000]*[(（〔【<＜]?(?:委員|議員))[ \u3000]([A-Za-zＡ-Ｚａ-ｚ])(?=[ \t\u3000：:)）〕】>＞]|$)", re.M)
# 委  員  公用車が…: a flattened two-column table pads the speaker cell to the column's width
# with wide gaps between its letters; a long statement follows in the next cell.
_SPACED_COLUMN_LABEL = re.compile(
    rf"^([ \t\u3000]*)([{CJK}](?:[ \u3000]{{2,4}}[{CJK}]){{1,3}})(?=[ \u3000]{{2,}}\S[^\n]{{19,}})", re.M
)

# Paragraphs that lost their line breaks (HTML <p> blobs, PDF reflow): split before
# a bracketed marker, a numbered heading after a sentence end, or a speaker label.
# [日 時] … [場 所] … [欠席者] …: square brackets round a label of words alone (not [PDF/58kb], [2], [編集/削除]).
_SPLIT_BEFORE_MARKER = re.compile(
    r"(?<=\S)[ \t\u3000]+(?=[〈<＜【《][^〈〉<>＜＞【】《》。\n]{1,30}[〉>＞】》]"
    rf"|[\[［][{CJK}][{CJK} \u3000]{{0,10}}[\]］])"
)
_SPLIT_BEFORE_NUMBER = re.compile(
    r"(?<=[。」])[ \t\u3000]+(?=(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[ \u3000]|[①-⑳⑴-⒇])\S)"
)
# …14番 八尾春雄 2 欠席議員は、10番 …: the next numbered roster sentence of an assembly's record, run on after a seat.
_SPLIT_BEFORE_ROSTER_SENTENCE = re.compile(
    r"(?<=\S)[ \t\u3000]+(?=[0-9０-９]{1,2}[ \u3000]+(?:(?:出席|欠席)(?:議員|委員)は|[^\s。]{0,30}?出席した者は|(?:本会議|会議)の書記は))"
)
# Whitespace before anything the splitters below could split at.
_RESEGMENT_HINT = re.compile(r"[ \t\u3000](?:[〈<＜【《\[［(（0-9０-９①-⑳⑴-⒇○〇◎◯●◆■]|[^\s()（）。、]{1,12}[)）])")
_INLINE_SUBHEADING = re.compile(
    r"^((?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）])[ \t\u3000]*[^\s。、()（）]{1,20})[ \t\u3000]+(?=[(（][0-9０-９]{1,2}[)）])"
)
_SPLIT_BEFORE_LABEL = re.compile(
    r"(?<=[。」〉>＞）)])[ \t\u3000]+"
    r"(?=(?:[^\s()（）。、「」<>〈〉]{1,12}[)）][ \t\u3000]|[○〇◎◯●◆■][^\s。、]{1,12}[ \t\u3000]"
    r"|[^\s()（）。、「」<>〈〉]{0,8}(?:委員|会長|委員長|議長|説明員|事務局|課|室|担当|機関|回答|質問)[)）]"
    # …発言を許します。2番。 2番(北野一郎君) 今、…: a member's seat and honoured name, the statement's mark lost.
    r"|[0-9０-９]{1,3}番[(（][^\s()（）。、]{2,10}(?:君|さん)[)）][ \t\u3000]))"
)
# 副議長北野一郎君) 総務課長総務課長南田 健君) 条例は…: the chair's one-word call of the next speaker by title, run into
# that speaker's label (its opening bracket lost) which repeats the title.
_CALL_RUN_INTO_LABEL = re.compile(
    r"(?<=[)）][ \t\u3000])(?P<r>[一-龥]{1,8}(?:課長|部長|局長|室長|所長|次長|参事|村長|町長|市長|教育長))"
    r"(?=(?P=r)[一-龥々]{1,5}(?:[ \u3000][一-龥々]{1,4})?(?:君|さん)[)）])"
)
# ◯議長（山田花子君）　… inside a flattened page: a mark, a role and a bracketed name open a turn
# wherever they stand.
_SPLIT_BEFORE_MARKED_NAME = re.compile(
    r"[ \t\u3000]+(?=[○〇◎◯●◆■][^\s。、「」()（）]{1,16}[（(][^）)\s]{1,14}[）)][ \t\u3000])"
)

# ○ 開会 北野課長 それでは、…: a flattened page's marked step of the sitting, then who speaks under it.
# 午前10時00分 開会北野 委員長 おはようございます。: the step timed by the clock instead of marked, the surname run onto it
# and set a space apart from the office (an aggregator's copy).
_STEP_THEN_LABEL = re.compile(
    r"^([ \t\u3000]*[○〇◯●◆■◇][ \t\u3000]*(?:開会|閉会|開議|散会|議事|(?:[^\s。、]{0,6})?(?:あいさつ|挨拶)))[ \t\u3000]+"
    r"(?=[一-龥々]{1,4}(?:課長|部長|局長|次長|主幹|会長|副会長|委員長|委員|係長|参事|室長|所長|館長)[ \t\u3000]+\S)"
    r"|^([ \t\u3000]*(?:午前|午後)[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?[ \t\u3000]*(?:開会|開議|再開))[ \t\u3000]*"
    r"(?=[一-龥々]{1,4}[ \t\u3000]?(?:会長|委員長|議長)[ \t\u3000]+\S)"
)
# 1 開会 北野会長:本日は…, ■委員意見 委員:…: a flattened record's numbered or marked step (a word or two), then the
# colon label of who speaks under it; the label opens a line of its own (a clock, 10:00, is no label).
_STEP_THEN_COLON_LABEL = re.compile(
    r"^([ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000.．、]+|[○〇◯●◆■◇][ \t\u3000]*)[^\s。、:：「」()（）]{2,8})[ \t\u3000]+"
    r"(?=[一-龥ぁ-んァ-ヶ々][^\s。、:：「」]{0,11}[:：])"
)
# (2)教育長挨拶(北野一郎 教育長) 本年度…: a step whose heading names its speaker in brackets, name and office a space
# apart (either first), the speech run on after it; the bracket opens the speech as its label.
_BRACKETED_OFFICE = rf"[^\s()（）、。]{{0,10}}?(?:{ROLE_SUFFIXES})"
_BRACKETED_SPEAKER = (rf"[(（](?:[一-龥々ヶ豈-﫿]{{2,6}}[ \u3000]+{_BRACKETED_OFFICE}|{_BRACKETED_OFFICE}[ \u3000]+[一-龥々ヶ豈-﫿]{{2,6}})"
                      r"[)）][ \t\u3000]*\S")
_STEP_THEN_BRACKETED_SPEAKER = re.compile(
    rf"^([ \t\u3000]*(?:[(（][0-9０-９]{{1,2}}[)）]|[0-9０-９]{{1,2}}[ \t\u3000.．、]+)[^\s()（）。、:：]{{2,12}})(?={_BRACKETED_SPEAKER})"
)
# …委嘱書の交付 (北野市長 川上一弘) 本日は…: the same bracket run on after the narration before it.
_SPLIT_BEFORE_BRACKETED_SPEAKER = re.compile(rf"(?<=\S)[ \t\u3000]+(?={_BRACKETED_SPEAKER})")
# 資料4 答申(案) 1 開会 北野会長:本日は…: the same step run on after the list before it.
_SPLIT_BEFORE_STEP_AND_LABEL = re.compile(
    r"(?<=\S)[ \t\u3000]+(?=[0-9０-９]{1,2}[ \t\u3000]+[^\s。、:：「」()（）]{2,8}[ \t\u3000]+[一-龥ぁ-んァ-ヶ々][^\s。、:：「」]{0,11}[:：])"
)
# 日程第1 第1号議案から第11号議案        第1号議案 …について        第2号議案 …: an order of business flattened onto
# one line keeps a run of blanks where each bill's line began.
_SPLIT_BEFORE_CASE_NUMBER = re.compile(
    r"(?<=\S)[ \t\u3000]{4,}(?=(?:第[0-9０-９]{1,3}号(?:議案|報告|諮問|請願|陳情)|(?:議案|報告|諮問|請願|陳情|認定|承認|同意)第[0-9０-９]{1,3}号)[ \t\u3000]*\S"
    # …の認定について       陳情1件, …の要望              (各委員長報告、質疑): the count of the next group, the
    # business done on the bill, set apart at the line's end.
    r"|(?:議案|報告|諮問|請願|陳情|認定|承認|同意)[0-9０-９]{1,3}件$|[(（][^()（）]{1,20}[)）]$)"
)
# 第 12 号議案 …について 第 13 号議案 …について: a list of bills, one a line on the page, flattened onto one line with
# single spaces (spaced digits too); a bill number right after a title's end opens the next entry.
_SPACED_BILL_NUMBER = r"第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号[ \t\u3000]*議案"
_BILL_LIST_LINE = re.compile(rf"^[ \t\u3000]*{_SPACED_BILL_NUMBER}[ \t\u3000]")
_SPLIT_BETWEEN_BILLS = re.compile(rf"(?:(?<=について)|(?<=の件))[ \t\u3000]+(?={_SPACED_BILL_NUMBER}[ \t\u3000]*\S)")
_STATEMENT_NUMBER = re.compile(r"^[ \t\u3000]*[0-9０-９]{1,4}[:：]")
_LABEL_CELL_THEN_ENTRY = re.compile(
    r"^[ \t\u3000]*(?P<label>[一-龥]{2,6})[ \t\u3000]+(?=(?:議案|報告|諮問|審議|協議|議題)[0-9０-９]{1,2}[.．、][ \t\u3000]*\S)"
)

# A line that begins a new unit (turn, heading, list item, table row, marker) and so
# is never the tail of a sentence broken across lines.
_STRUCTURAL_START = re.compile(
    r"^(?:"
    r"[#\-*+•・●○〇◎◯■□◆◇▲△▼▽☆★※＊→⇒▶►【〔〈<＜《‹\[［(（「『〃]"
    # │会議名 │…: a row of a table drawn in box-drawing characters, each row a line of its own.
    r"|[│┃├┣┌┏└┗]"
    r"|[—―‐－~～〜…]"
    r"|[0-9０-９]{1,3}(?:[ \u3000.．、)）:：]|$)"
    # 一　欠席議員: an assembly record's bullet before each header field.
    r"|一[ \u3000]"
    r"|[①-⑳⑴-⒇㈠-㈩]"
    r"|[ア-ンｱ-ﾝ](?:[ \u3000.．、)）]|$)"
    r"|(?:日程|議案|報告|諮問|請願|陳情)?第[0-9０-９一二三四五六七八九十]+"
    # 日程第 ２ 議案第 ２号 …: the order's number may be spaced from its 第 to fill the column.
    r"|日程第[ \u3000][0-9０-９]{1,3}[ \u3000]"
    # 報告案件第1号 北野市…について / 議第21号 …予算: a case's own word (whatever it is) and number, a gap, its
    # title: each entry of the list opens its line.
    r"|[一-龥]{1,8}第[0-9０-９一二三四五六七八九十]{1,3}号[ \u3000]+\S"
    # 資料1 北野市防災会議委員名簿 / 資料2 …: each paper of the list handed out opens its line.
    # 審議1「…工事」: a case's word and number with its title quoted straight after them, closing the line.
    r"|(?:審議|報告|諮問|議題|議案|案件|協議|資料)[ \u3000]*[0-9０-９]{1,2}(?:[ \u3000.．、)）:：]|$|「[^「」\n]{2,80}」[ \u3000]*$)"
    r"|(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[ \u3000]*番"
    r"|(?:午前|午後)[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*時"
    r"|[^\s：:。、]{1,15}[：:]"
    r"|[^\s()（）。、]{1,12}[)）]"
    r"|\*\*"
    r"|(?:開催日時|開催日|開催場所|会議の名称|会議年月日|会議の場所|日時|場所|会場|出席者|出席委員|欠席者|欠席委員|事務局|傍聴人|傍聴者|"
    r"会議次第|次第|議題|議事|説明員等?|公開・非公開|出席議員|欠席議員|出席説明員|説明のため出席した者|"
    # 案件名 1.…について: a form's field of the business, after the absentees' cell.
    r"名称|会議の議題|出席委員氏名|実施機関|関係者|担当課|所管課|案件名)(?:[ \u3000\t:：(（]|$)"
    r")"
)
_SENTENCE_END = "。．！？!?"
_KANA_TAIL = re.compile(r"[\u3041-\u3096ー]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_OPEN_BRACKETS = "（(「『【〔〈《［["
_CLOSE_BRACKETS = "）)」』】〕〉》］]"


# A run of blanks longer than any layout needs (a centred title sets 130 or so) is cut to that: the line readers'
# patterns try each blank of a run as a boundary, so a hostile run of many thousands would cost their square.
MAX_BLANKS = 160
_LONG_BLANKS = re.compile(rf"[ \t\u3000]{{{MAX_BLANKS + 1},}}")


_GROUP_BULLET_RUN_ON = re.compile(
    r"(?m)(?<=\S)[ \t\u3000]+-[ \t\u3000]+([【\[［]?(?:事務局|オブザーバー|委員|副?会長|幹事|説明員|関係者|欠席者?)[】\]］]?)[ \t\u3000]*$")


_COUNT_A_CELL_A_LINE = re.compile(r"(?m)^[ \t\u3000]*第[ \t\u3000]*\n[ \t\u3000]*(?P<n>[0-9０-９]{1,3})[ \t\u3000]*\n[ \t\u3000]*(?P<w>回|号|次)[ \t\u3000]*$")
# 司会>> , 北野委員>> : a speaker's label closed by >> before the statement.
_CHEVRON_LABEL = re.compile(r"(?:(?<=[ \t\u3000\n])|^)[ \t\u3000]*(?P<l>[^\s>＞<＜。、]{1,12})>>[ \t\u3000]*", re.M)


_TWO_BLANKS = re.compile("[ \u3000]{2}")


def clean_text(text: str) -> str:
    """Return ``text`` with layout damage repaired; see the module docstring."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    if _LONG_BLANKS.search(text):
        text = _LONG_BLANKS.sub(lambda m: m.group(0)[:MAX_BLANKS], text)
    if "\n\n" in text:
        text = _single_spaced(text)
    if "第 " in text or "第\u3000" in text:
        text = spaced_schedule_apart(text)
    if "場 所" in text or "日 時" in text or "会 場" in text or "場\u3000所" in text or "日\u3000時" in text:
        text = spaced_labels_parted(text)
    if "\f" in text:
        text = _drop_page_furniture(text.split("\f"))
    if "<" in text and _HTML_TAG.search(text):
        text = _HTML_BLOCK_TAG.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    if "&" in text and _HTML_ENTITY.search(text):
        text = html.unescape(text).replace("\u00a0", " ")
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if " - " in text and "\n- " in text:
        # …所長 北野 一郎 - オブザーバー / - …: a bulleted roster copied from a page ran the next group's bullet and
        # heading onto the last row of the group before; the heading opens its own line again.
        text = _GROUP_BULLET_RUN_ON.sub(r"\n- \1", text)
    if "\n- " in text and len(_DASHED_LABEL.findall(text)) >= 2:
        # - 日時 / - 平成19年5月24日(木曜日)… / - 場所 / - 市役所4階委員会室: a page's definition list copied as dashed items,
        # each label and each value an item of its own.
        text = _DASH_ITEM.sub("", text)
    if "まる" in text or "しかく" in text:
        text = _SPELLED_MARK.sub(r"\1", text)
        if len(_MARK_NAME_ALONE.findall(text)) >= 2:
            text = _MARK_NAME_ALONE.sub(lambda m: m.group(1) + _MARK_OF_NAME[m.group(2)], text)
    if "-|" in text:
        text = _MD_TABLE_RULE.sub("", text)
    if " |" in text:
        text = _CELL_PIPE.sub("", text)
    if "頁]" in text:
        text = _PAGE_REFERENCE.sub("", text)
    if "第\n" in text:
        # 第 / 6 / 回: a PDF title's count extracted one cell a line; the count is one word again.
        text = _COUNT_A_CELL_A_LINE.sub(r"第\g<n>\g<w>", text)
    if ">>" in text and len(_CHEVRON_LABEL.findall(text)) >= 2:
        # 司会>> 定刻がまいりましたので… 司会>> まず最初に…: a summary service's page runs its statements together, each
        # after its speaker and >>; each opens a marked line of its own, as a record's turns do.
        text = _CHEVRON_LABEL.sub(lambda m: "\n○" + m.group("l") + "\u3000", text)
    # Trailing blanks go line by line: a pattern anchored at each line's end, run over the text, is three times slower.
    text = _without_common_indent("\n".join([line.rstrip(" \t\u3000") for line in text.split("\n")]))
    if _word_thrice(text):
        text = _overprint_undone(text)
    if "\n@" in text or text.startswith("@"):
        text = _circled_numbers_restored(text)
    if "(全文を見る)" in text:
        text = _without_preview(text)
    if "日" in text and _UNITS_LOST_DATE.search(text):
        text = _UNITS_LOST_CLOCK.sub(_clock_units_restored, _UNITS_LOST_DATE.sub(r"\1\2年\3月\4", text))
    if "日" in text and _UNITS_LOST_PACKED_DATE.search(text):
        text = _UNITS_LOST_PACKED_DATE.sub(_packed_date_restored, text)
    if "M" in text and _TWELVE_HOUR_SPAN.search(text):
        text = _TWELVE_HOUR_SPAN.sub(_twelve_hour_span_restored, text)
    if "時" in text and _MINUTE_UNIT_LOST.search(text):
        text = _MINUTE_UNIT_LOST.sub(r"\1分", text)
    if "│" in text and "─" in text:
        text = _FLAT_BOX_LINE.sub(_box_lines_restored, text)
    if "│" in text and text.count("\n│") >= 3:
        text = _box_table_read(_broken_box_rows_joined(text))
    if has_lone_letters(text):
        text = _rejoin_lone_letters(text)
    if "." in text or "．" in text:
        text = broken_steps_joined(text)
    text = _collapse_spaced(name_grid_lines(text))
    if "第 " in text or "第\u3000" in text:
        # After the letter-spaced lines are closed up whole: a number spaced inside a word, in a line that is not.
        text = _PADDED_NUMBER.sub(r"第\1号", _SPACED_ORDINAL.sub(r"第\1\2", text))
    if _SPACE_BEFORE_DIGIT.search(text) and len(_SPACED_DIGITS.findall(text)) >= 3:
        text = _SPACED_DIGITS.sub(_digits_closed_up, text)
    if "··" in text or "・・・" in text or "……" in text:
        text = _LEADER.sub("\\1\u3000", text)
    lines = _drop_running_title([line for line in text.split("\n") if not (line and len(line) <= 40 and _is_furniture(line))])
    if "\n(" in text or "\n- " in text:
        lines = _drop_page_marks(lines)
    lines = _form_columns_paired(lines)
    if "もくじ" in text or "目次" in text or "目 次" in text:
        lines = _drop_paged_contents(lines)
    if "】\n" in text:
        lines = _drop_echoed_headings(lines)
    if "\n\n\n" in text:
        lines = _one_cell_a_line_tables(lines)
    # Repair broken lines first, then split paragraphs that lost their line breaks.
    out: list[str] = []
    for line in _rejoin(lines):
        # The heading's last character alone, whatever space follows it (the pattern takes a tab or 　 too).
        if "録" in line or "容" in line or "過" in line:
            heading, *label = label_off_record_heading(line)
            if label:  # the heading stays a line of its own; the label goes on over the speech
                out.append(heading)
                line = label[0]
        for piece in (part for whole in (triangle_business_apart(line) if "△" in line else [line])
                      for flat in _unflatten(whole) for part in _split_at_rules(flat)):
            for segment in _resegment(piece):
                if "【" not in segment and _TWO_BLANKS.search(segment) is None:
                    # Neither a bracketed heading nor a label set off by two blanks: nothing run on to cut first.
                    out.extend(split_statements(segment))
                    continue
                for part in (p for q in label_after_question_step(segment) for p in label_after_bracketed_heading(q)):
                    out.extend(split_statements(part))
    if "    (" in text or "    （" in text:
        out = _gapped_groups_apart(out)
    if "欠席" in text:
        out = _bracketed_absent_label_apart(out)
    if "\n略" in text or "\n(略)" in text or "\n（略）" in text:
        out = _omitted_step_notes_dropped(out)
    return "\n".join(out)


# 出席者 協議会委員(名簿のとおり) (欠席委員)北野委員、南田委員: the absent members' label in round brackets run on after the
# roster, the names set against it; a field of its own, as 欠席委員 北野委員、… is (no bracketed speaker: the absent say
# nothing).
_BRACKETED_ABSENT_LABEL = re.compile(r"(?:^|[ \t\u3000]+)[(（](欠席(?:委員|議員|者))[)）][ \t\u3000]*(?=[^\s)）(（])")


def _bracketed_absent_label_apart(lines: list[str]) -> list[str]:
    return _each_line_split(lines, lambda line: _BRACKETED_ABSENT_LABEL.sub(lambda m: "\n" + m.group(1) + " ", line).split("\n")
                            if "欠席" in line and _BRACKETED_ABSENT_LABEL.search(line) else None)


def _each_line_split(lines: list[str], split) -> list[str]:
    """The lines, each that ``split`` breaks (it returns the line's parts, or None to keep the line) replaced by its
    parts that hold anything."""
    out: list[str] = []
    for line in lines:
        parts = split(line)
        if parts is None:
            out.append(line)
        else:
            out.extend(part for part in parts if part)
    return out


# 1 開会 / 略 / 2 挨拶 / 略 / 3 議事: the record's note that a step's part is left out, alone under the step; no word of
# the step's title (開会 略 is no item) nor a part of the record.
_NUMBERED_STEP = re.compile(r"^[ \t\u3000]*(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）])[ \t\u3000.．、]*[^\s0-9０-９。、]{2,20}[ \t\u3000]*$")
_OMITTED_NOTE = re.compile(r"^[ \t\u3000]*(?:略|[(（]略[)）])[ \t\u3000]*$")


def _omitted_step_notes_dropped(lines: list[str]) -> list[str]:
    return [line for k, line in enumerate(lines)
            if not (k and _OMITTED_NOTE.match(line) and _NUMBERED_STEP.match(lines[k - 1]))]


# (委員)       北野会長,南田委員       (事務局)       北山市福祉課 東山課長: a roster's group heads in brackets and their rows
# run onto one line, the wide gap of each lost line break and indent kept. Two such heads in a line at least (a bracket
# in a sentence is not set apart by wide gaps on both sides); the line falls apart at its wide gaps.
_GAPPED_GROUP_HEAD = re.compile(r"[ \u3000]{4,}[(（][^\s()（）]{1,12}[)）][ \u3000]{4,}")
_WIDE_GAP = re.compile(r"[ \u3000]{4,}")


def _gapped_groups_apart(lines: list[str]) -> list[str]:
    return _each_line_split(lines, lambda line: _WIDE_GAP.split(line.strip(" \u3000"))
                            if len(line) > 40 and len(_GAPPED_GROUP_HEAD.findall("    " + line)) >= 2 else None)


# ■もくじ■ / 1 / 開会・・・・・ 1 / 2 / 議事録署名人の指名・・・ 1 / … / 5 / 閉会・・・ 21: a printed record's table of contents,
# each entry closed by its page number. Its words (議事, 閉会) are no fields and its entries no agenda of their own (the
# agenda comes after); it is left out. A 目次 with no page numbers (a bound record's list of the day's business) stays.
_CONTENTS_TITLE = re.compile(r"^[ \t\u3000]*[■□◆◇●【\[［]?[ \t\u3000]*(?:もくじ|目[ \t\u3000]*次)[ \t\u3000]*[■□◆◇●】\]］]?[ \t\u3000]*$")
_PAGED_ENTRY = re.compile(r"^[ \t\u3000]*\S.*?(?:[・…‥.．·]{3,}[ \t\u3000]*|[ \t\u3000]+)[0-9０-９]{1,3}[ \t\u3000]*$")


def _drop_paged_contents(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines[:200]):
        if not _CONTENTS_TITLE.match(line):
            continue
        end, paged = i + 1, 0
        while end < len(lines) and (not lines[end].strip() or _BARE_NUMBER.match(lines[end]) or _PAGED_ENTRY.match(lines[end])):
            paged += bool(_PAGED_ENTRY.match(lines[end]))
            end += 1
        if paged >= 3:
            return lines[:i] + lines[end:]
        return lines
    return lines


# (1)日時 (1)日時 (1)日時 (1)日時 平成28年…, 議事録 / 議事録 / 議事録: a PDF that makes its headings bold by printing
# them several times over, each copy extracted. Three copies at least, of two headings at least: a word said twice
# is speech, and a table's role column (委員 / 委員 / 委員) repeats one word.
_OVERPRINTED_WORD = re.compile(r"(?<!\S)(\S{2,40})(?:[ \u3000]+\1(?!\S)){2,}")
# What a page prints in bold: a numbered heading ((1)日時) or the record's own word. A table's row repeats its cells'
# words (出席 出席 出席, 公募委員 公募委員 公募委員) and is no heading. It is only ever asked of an overprinted word, at
# most 40 letters: its leading .* would try every position of a long line and take a minute on a paragraph.
_BOLD_HEADING = re.compile(r"[(（]?[0-9０-９]{1,2}[)）.．]|.*(?:議事録|会議録)$")
_CELL_WORDS = frozenset("委員 出席 欠席 公募委員 同上 〃 賛成 反対 あり なし 有 無 ○ × 〇".split())


def _word_thrice(text: str) -> bool:
    # The split lines are cheaper to test than the pattern, whose look back runs at every position of the text.
    for line in text.split("\n"):
        if line.count(" ") + line.count("\u3000") >= 2:
            words = line.split()
            if any(len(a) >= 2 and a == b == c for a, b, c in zip(words, words[1:], words[2:])):
                return True
    return False


def _overprint_undone(text: str) -> str:
    words = {m.group(1) for m in _OVERPRINTED_WORD.finditer(text)} - _CELL_WORDS
    if len(words) < 2 or not any(_BOLD_HEADING.match(w) for w in words):
        return text
    lines = _OVERPRINTED_WORD.sub(lambda m: m.group(1) if m.group(1) in words else m.group(0), text).split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        out.append(lines[k])
        if not lines[k].strip(" \t\u3000"):
            k += 1
            continue
        # The copies of one line, blank lines between them, go with the blanks.
        copies, j = [k], k + 1
        while j < len(lines) and (not lines[j].strip(" \t\u3000") or lines[j] == lines[k]):
            if lines[j] == lines[k]:
                copies.append(j)
            j += 1
        if len(copies) >= 3 and len(lines[k]) <= 60 and not any(c in lines[k] for c in "。？?！!"):
            # A statement said over again (委員：承認します。 from each member) is each one's; a heading is printed once.
            k = copies[-1] + 1
        else:
            k += 1
    return "\n".join(out)


def _without_common_indent(text: str) -> str:
    # 　◇ 日時 … / 　委員　前年…: a page that indents every line by the same blanks prints each line flush left.
    lines = text.split("\n")
    indents = {line[:len(line) - len(line.lstrip(" \t\u3000"))] for line in lines if line}
    if "" in indents or sum(1 for line in lines if line) < 3:
        return text
    common = min(indents, key=len)
    while common and any(not indent.startswith(common) for indent in indents):
        common = common[:-1]
    return "\n".join(line[len(common):] for line in lines) if common else text


def _single_spaced(text: str) -> str:
    """A page converted with a blank line after every line of text (each line its own paragraph) read as printed:
    one blank line fewer in every run, so that a label over its speech, letters one a line and a table's cells
    stand as close as on the page."""
    lines = text.split("\n")
    gaps, run, seen = [], 0, False
    for line in lines:
        if line.strip():
            if seen:
                gaps.append(run)
            seen, run = True, 0
        else:
            run += 1
    if len(gaps) < 10 or sum(1 for g in gaps if g >= 1) < 0.8 * len(gaps):
        return text
    out, run = [], 0
    for line in lines:
        if line.strip():
            out.extend([""] * max(0, run - 1))
            out.append(line)
            run = 0
        else:
            run += 1
    return "\n".join(out + [""] * run)


# 第 2 次府中市…計画, 第 3 回: a PDF's number set a space apart from its 第 and its counter; read as one word, so that
# no list reads the 2 as its own number.
_SPACED_ORDINAL = re.compile(r"第[ \u3000]([0-9０-９]{1,3})[ \u3000]([次回号期条項])")
# 議第 95号 … 議第100号: a number padded to the width of three digits.
_PADDED_NUMBER = re.compile(r"(?<=[議案告問願情定認])第 {1,2}([0-9]{1,2})号")
# 平成 2 5 年 5 月 2 9 日 1 0 時 0 0 分: a transcription that set each digit of a number apart; three such numbers
# at least show the habit (one may be a count: 1 2 号 …).
# The first digit is matched before the look back (no digit, and no digit and a gap, before it): a pattern that looked
# back at every position of the text first was seven times slower.
# Not at a line's start (1 5 月 10 日: a table's row number, then the month), and never into a month, day or clock that
# cannot be (4 5 月).
_SPACED_DIGITS = re.compile(
    r"(?<=[^\n])[0-9０-９](?<![0-9０-９][0-9０-９])(?<![0-9０-９] [0-9０-９]) (?:[0-9０-９] ){0,2}[0-9０-９](?= ?([年月日時分号回]))"
)
# Every match holds a space before a digit: searched for from the space, a text without one is passed over at once.
_SPACE_BEFORE_DIGIT = re.compile(r" [0-9０-９]")
_UNIT_MOST = {"月": 12, "日": 31, "時": 24, "分": 59}


def _digits_closed_up(m: re.Match[str]) -> str:
    joined = m.group(0).replace(" ", "")
    most = _UNIT_MOST.get(m.group(1))
    return m.group(0) if most is not None and int(unicodedata.normalize("NFKC", joined)) > most else joined


# 平成 23 5 9 日(月曜日) 午後 1 30: a PDF that drew its unit letters as pictures loses 年 and 月 (the era and 日 stay),
# and the clock after that date loses 時 and 分. Three numbers between the era and 日 are a year, a month and a day;
# a clock word and two numbers right after such a date are its hour and minutes.
_UNITS_LOST_DATE = re.compile(
    r"(令和|平成|昭和)[ \t\u3000]*([0-9０-９]{1,2}|元)[ \t\u3000]+([0-9０-９]{1,2})[ \t\u3000]+([0-9０-９]{1,2})[ \t\u3000]*(?=日)"
)
_UNITS_LOST_CLOCK = re.compile(
    r"(?<=[0-9０-９]日)((?:[(（][^()（）\n]{1,5}[)）])?[ \t\u3000]*(?:午前|午後))[ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]+"
    r"([0-5０-５][0-9０-９])(?![0-9０-９時分:：])"
)


# 開会午前 10 時 1 / 散会午前 10 時 57: a form's clock cell that lost its 分 at the line's end, the word of the sitting
# before it; the number after 時 is the minutes.
_MINUTE_UNIT_LOST = re.compile(
    r"(?m)^([ \t\u3000]*(?:開会|開議|散会|閉会)[ \t\u3000]*(?:午前|午後)[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*時[ \t\u3000]*"
    r"[0-5０-５]?[0-9０-９])[ \t\u3000]*$"
)


# 開催日時平成221217日(曜日): a database view that lost the units (and the weekday) of a date printed with two digits
# for each of year, month and day; six digits between the era and 日 are read so only where the month and day are
# ones (平成22年12月17日).
_UNITS_LOST_PACKED_DATE = re.compile(r"(令和|平成|昭和)([0-9]{2})([0-9]{2})([0-9]{2})(?=日)")


def _packed_date_restored(m: re.Match[str]) -> str:
    month, day = int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}年{month}月{day}"


# 01:30 PM 03:40 PM: the view's start and end fields side by side, each a 12-hour clock; read as the span 13:30~15:40.
_TWELVE_HOUR_SPAN = re.compile(
    r"(?<![0-9])([0-9]{1,2}):([0-5][0-9])[ \t]?([AP]M)[ \t\u3000]+([0-9]{1,2}):([0-5][0-9])[ \t]?([AP]M)(?![A-Za-z])"
)


def _twelve_hour_span_restored(m: re.Match[str]) -> str:
    def clock(h: str, mi: str, half: str) -> str | None:
        hour = int(h)
        if not 1 <= hour <= 12:
            return None
        return f"{hour % 12 + (12 if half == 'PM' else 0):02d}:{mi}"
    start, end = clock(*m.group(1, 2, 3)), clock(*m.group(4, 5, 6))
    return f"{start}~{end}" if start and end else m.group(0)


def _clock_units_restored(m: re.Match[str]) -> str:
    return f"{m.group(1)}{m.group(2)}時{m.group(3)}分"


# @平成25年度事業報告について / A平成26年度事業計画について / B…: a Shift-JIS page whose circled numbers
# (①②③, 0x8740…) lost their lead byte keeps only the trail byte, read as @ A B C …. The run is read back
# only when it starts at @ and goes on letter by letter, each line's letter straight before a word.
_LOST_CIRCLED = re.compile(rf"^([@A-S])(?=[{CJK}「『(（])", re.M)


def _circled_numbers_restored(text: str) -> str:
    runs: list[list[re.Match[str]]] = []
    for m in _LOST_CIRCLED.finditer(text):
        if m.group(1) == "@":
            runs.append([m])
        elif runs and m.group(1) == chr(ord("@") + len(runs[-1])):
            runs[-1].append(m)
    runs = [run for run in runs if len(run) >= 2]
    if not runs:
        return text
    out, last = [], 0
    for run in runs:
        for k, m in enumerate(run):
            out.append(text[last:m.start()])
            out.append(chr(ord("①") + k))
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# • 検索結果がありません。 / 第 3 回総会議事録 1 開催日時平成 28 年… / N/A / Protected / シェア "…" / Copied! / 読み込み中....
# (全文を見る) / 全文: a document library's page shows the document's first words, squeezed, before the document itself.
# That preview repeats what follows (a header cut short, its clocks letter-spaced), so the page is read from 全文 on.
_PREVIEW_END = re.compile(r"^[^\n]*\(全文を見る\)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*全文[ \t\u3000]*\n", re.M)


def _without_preview(text: str) -> str:
    m = _PREVIEW_END.search(text)
    return text[m.end():] if m and m.start() < 4000 else text


# A web page's own controls, kept by the copy to text around the minutes (ページの先頭へ, 印刷する …).
_SITE_CONTROLS = frozenset("""
ページの先頭へ ページの先頭です ページの先頭に戻る ページの先頭へ戻る ページトップへ ページトップへ戻る ページトップ
このページの先頭へ 先頭へ戻る 上へ戻る トップへ戻る 前のページへ戻る 前のページに戻る 戻る
本文へ 本文へスキップ 本文へ移動 本文ここから 本文ここまで ここから本文です メニュー メニューを開く メニューを閉じる
メニューを飛ばして本文へ メニューを飛ばしてコンテンツへ グローバルメニュー 閉じる 印刷 印刷する 印刷ページ表示 印刷用ページを表示する
文字サイズ 文字サイズの変更 拡大 縮小 標準 背景色 背景色の変更 ホーム トップページ サイトマップ サイト内検索 検索 よくある質問
お問い合わせ このページに関するお問い合わせ ツイート シェア 音声読み上げ やさしい日本語 ForeignLanguage
スマートフォン表示用の情報をスキップ PC表示用の情報をスキップ ナビゲーションをスキップ コンテンツへスキップ
""".split())
_SITE_CONTROL_PUNCT = re.compile(r"[。、.|｜/／・]")
# Most lines open with a letter no control opens with: they are ruled out before any split.
_SITE_CONTROL_INITIALS = frozenset(w[0] for w in _SITE_CONTROLS)


def _is_furniture(line: str) -> bool:
    """A page number, or a line made only of a web page's controls."""
    if _HAS_DIGIT.search(line) and len(line) <= 24 and _PAGE_NUMBER.match(unicodedata.normalize("NFKC", line)):
        return True
    if line.lstrip(" \t\u3000")[:1] not in _SITE_CONTROL_INITIALS:
        return False
    words = _SITE_CONTROL_PUNCT.sub(" ", line).split()
    return bool(words) and all(w in _SITE_CONTROLS for w in words)


_BOX_CLOCK = re.compile(rf"(?:{CLOCK})")
_BOX_RULE = re.compile(r"^[ \t\u3000]*[┌├└┏┣┗][─━┬┼┴┤┐┘┳╋┻┫┓┛ \t\u3000]*$")
_BOX_CELL_JUNK = re.compile(r"[─━┬┼┴┤├┐┘┌└┳╋┻┫┣┓┛┏┗]+")


# ┌────┐  │ 北野市議会 会議記録 │  ├────┤  │1 日 時 …│  │    午後2時 閉議 │  ├────┤  │2 場 所 …│: a box-drawn
# table flattened onto one line. Its rules and its rows go back on lines of their own, so the table is read
# as drawn and no bar or rule stays inside a value.
_FLAT_BOX_LINE = re.compile(r"^.*[┌├└┏┣┗][─━]{3,}.*[├└┣┗][─━]{3,}.*$", re.M)
_FLAT_BOX_RULE = re.compile(r"[ \t\u3000]*([┌├└┏┣┗][─━┬┼┴┳╋┻]*[┐┤┘┓┫┛])[ \t\u3000]*")
_FLAT_BOX_ROW_END = re.compile(r"([│┃])[ \t\u3000]+(?=[│┃])")


def _box_lines_restored(m: re.Match[str]) -> str:
    line = _FLAT_BOX_ROW_END.sub("\\1\n", _FLAT_BOX_RULE.sub("\n\\1\n", m.group(0)))
    return "\n".join(piece for piece in line.split("\n") if piece.strip(" \t\u3000"))


# ( 5月10日) ┌────┐: a table's top rule printed after the title's last words, on their line.
_BOX_RULE_AFTER_TEXT = re.compile(r"^([^\n│┃]*[^\s│┃─━])[ \t\u3000]+([┌┏][─━┬┳]{3,}[┐┓]?)$", re.M)
# The column bars of a row, and the rule's marks where a column starts below it (┬ ┼ and their bold forms).
_BOX_BARS = re.compile(r"[│┃├┣┤┫]")
_BOX_COLUMN_STARTS = re.compile(r"[┬┼┳╋]")
_BOX_ROW_END = ("│", "┃", "┤", "┫")


def _broken_box_rows_joined(text: str) -> str:
    """│開会日時│令和 / 6年 5月10日(金曜日) / │会場 │ / 第1 / 会議室 │: a box-drawn table whose rows the copy
    broke one fragment a line. The rule above a row tells how many bars a whole row has (one more than its
    columns); a row left open (no bar at its end, or a bare bar) takes the next lines until it has them all."""
    if "┌" in text or "┏" in text:
        text = _BOX_RULE_AFTER_TEXT.sub("\\1\n\\2", text)
    lines = text.split("\n")
    out: list[str] = []
    bars = 0
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        s = line.strip(" \t\u3000")
        i += 1
        if _BOX_RULE.match(line):
            # └────┘ closes the table: no row follows it.
            bars = 0 if s[0] in "└┗" else len(_BOX_COLUMN_STARTS.findall(s)) + 2
        elif not s:
            bars = 0
        elif bars and s[0] in "│┃" and (s == s[0] or not s.endswith(_BOX_ROW_END)):
            row = s
            while i < n and len(_BOX_BARS.findall(row)) < bars:
                nxt = lines[i].strip(" \t\u3000")
                if not nxt or _BOX_RULE.match(nxt):
                    break
                row += nxt
                i += 1
            line = row
        elif s[0] not in "│┃":
            bars = 0
        out.append(line)
    return "\n".join(out)


def _box_table_read(text: str) -> str:
    """│出席委員  │ 井 上   茂 …│ under │      │◎道 下 文 男 …│: a table drawn in box-drawing characters, its
    label cell in whichever row of the block the page centred it. Each block between rules becomes one line:
    the label's pieces joined, then each column's cells a wide gap apart (a row's end is no name's end)."""
    out: list[str] = []
    block: list[list[str]] = []

    def flush() -> None:
        if not block:
            return
        if len(block) > 1 and all(sum(1 for c in row[1:] if c) >= 2 and _BOX_CLOCK.search("".join(row[1:])) for row in block):
            # │開・閉の日時│開会│…午後1時30分│委員長│北野一郎│ over │及び宣言│閉会│…午後2時14分│…: each row states a
            # clock of its own (its cells all filled): a record a row, under a label the page split across them.
            label = "".join("".join(row[0] for row in block).split())
            out.extend(([label] if label else []) + ["\u3000\u3000".join(c for c in row[1:] if c) for row in block])
            block.clear()
            return
        if all(len(row) == 1 for row in block):
            # │3 出席委員  北野委員長、…│ over │   南田委員、…│: a table of one column is a field and its wrapped lines.
            out.extend(row[0] for row in block if row[0])
            block.clear()
            return
        width = max(len(row) for row in block)
        columns = [[row[i] for row in block if i < len(row) and row[i]] for i in range(width)]
        label = "".join("".join(columns[0]).split()) if columns else ""
        values = ["\u3000\u3000".join(cells) for cells in columns[1:] if cells]
        out.append("\u3000".join(part for part in [label, *values] if part))
        block.clear()

    for line in text.split("\n"):
        if _BOX_RULE.match(line):
            flush()
        elif line.lstrip(" \t\u3000").startswith("│"):
            # One bar off each end: │││午前10時…│││ is a row of empty cells around one value.
            row = line.strip(" \t\u3000")[1:]
            cells = (row[:-1] if row.endswith("│") else row).split("│")
            block.append([_BOX_CELL_JUNK.sub("", cell).strip(" \t\u3000") for cell in cells])
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def _drop_echoed_headings(lines: list[str]) -> list[str]:
    """【委員出席者】 / 委員出席者】: a PDF layer that prints each bracketed heading twice, the second time
    without its opening bracket; the echo would read as a field of its own with no value."""
    out: list[str] = []
    for line in lines:
        prev = out[-1].strip(" \t\u3000") if out else ""
        s = line.strip(" \t\u3000")
        if s and prev[:1] in "【[［" and len(prev) <= 30 and prev[1:] == s:
            continue
        out.append(line)
    return out


# A table copied one cell a line, its rows set apart by two or more blank lines:
# 番号 / 氏名 / 出席 / 番号 / 氏名 / 出席 // (blank) / 南田健 / (blank) / 10 / 北野一郎 //…, or
# 日程 / 議案番号 / 件名 / 備考 // 第3 / 議案第16号 / 令和2年度北野市一般会計予算について / 委員長報告 //…
# The column heads (all words of this list, three or more) show the shape; each row is put back on
# one line, its cells apart by tabs, as a table copied whole would give it.
_COLUMN_HEADS = frozenset(
    "番号 議席番号 議席 氏名 出席 欠席 出欠 日程 日程番号 議案番号 事件番号 件名 事件名 案件 備考 職名 職 結果 審議結果 議決結果".split()
)
# 開議 / 令和2年3月2日 / 10時50分 / 議長 / 南田健: an assembly's 開会・散会 table, one cell a line, without column heads.
_CLOCK_ROW_HEAD = re.compile(r"開会|開議|閉会|散会|延会")
_CLOCK_ROW_CELL = re.compile(r"(?:令和|平成|昭和)?[0-9０-９元]{0,2}年?[0-9０-９]{1,2}月[0-9０-９]{1,2}日|(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?")
# 会議録署名議員 / 職務のために出席した者の職・氏名: the next section's heading, which ends the table.
_NEXT_HEADING = re.compile(r"\S{3,}(?:議員|委員|者|氏名)$")
# A row's cell is short and no sentence.
_CELL_MAX = 60


def _cell(line: str) -> str:
    return line.strip(" \t\u3000")


def _row_groups(lines: list[str], i: int) -> tuple[list[str], int]:
    """The row starting at or after ``i`` (past the blank lines before it), and where it ends."""
    n = len(lines)
    while i < n and not _cell(lines[i]):
        i += 1
    cells: list[str] = []
    while i < n:
        if not _cell(lines[i]):
            if i + 1 >= n or not _cell(lines[i + 1]):
                break
            cells.append("")
        else:
            cells.append(_cell(lines[i]))
        i += 1
    return cells, i


def _one_cell_a_line_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        s = _cell(lines[i])
        if s in _COLUMN_HEADS:
            j = i
            while j < n and _cell(lines[j]) in _COLUMN_HEADS:
                j += 1
            heads = [_cell(line) for line in lines[i:j]]
            if len(heads) >= 3 and len(set(heads)) >= 2 and (j >= n or not _cell(lines[j])):
                if "氏名" not in heads:
                    # 番号 / 氏名 / 出席: a roster's column heads are nobody; an agenda's stay as its heading row.
                    out.append("\t".join(heads))
                while True:
                    cells, end = _row_groups(lines, j)
                    filled = [c for c in cells if c]
                    if (len(filled) < 2 or len(cells) > len(heads) + 2
                            or any(len(c) > _CELL_MAX or c.endswith("。") for c in filled)):
                        break
                    if _NEXT_HEADING.match(cells[0]):
                        # 会議録署名議員 / 7番 / 南田健: the next section's heading leads its first row; it stands
                        # on its own line, above its values.
                        out.extend(("", cells[0]))
                        cells = cells[1:]
                    if heads[-1] == "備考" and len(cells) >= len(heads):
                        # 委員長報告 / 質疑・討論・採決: the remarks column says how the business went, not what it is.
                        cells = cells[:len(heads) - 1]
                    if "番号" in heads and len(cells) < len(heads):
                        # With a blank cell lost, a seat's number no longer stands beside its own name: it goes.
                        cells = [c for c in cells if not c.isdigit()]
                    out.append("")
                    out.append("\u3000\u3000".join(cells).strip("\u3000"))
                    j = end
                i = j
                continue
        if s and len(s) <= 4 and _CLOCK_ROW_HEAD.fullmatch(s) and i + 2 < n and _CLOCK_ROW_CELL.fullmatch(_cell(lines[i + 1])):
            cells, end = _row_groups(lines, i)
            if 3 <= len(cells) <= 8 and all(len(c) <= 20 for c in cells):
                out.append("\t".join(cells))
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out


# (1) / (2) / (3) alone on their lines, pages apart: the page count a document aggregator prints at each page of
# a PDF. An agenda's own numbers alone on their lines stand a title apart, never a page.
_PAGE_MARK = re.compile(r"^[ \t\u3000]*[(（]([0-9０-９]{1,3})[)）][ \t\u3000]*$")
_PAGE_MARK_GAP = 6
_PAGE_MARK_CHARS = 400
# - 2 / -(7) 9月定例…: a footer - 2 - whose closing dash a line break ran onto the next page's first line.
_BROKEN_FOOTER = re.compile(r"^[ \t\u3000]*[-－−][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*$")
_FOOTER_TAIL = re.compile(r"^([ \t\u3000]*)[-－−](?=[^\s\-－−])")


def _drop_page_marks(lines: list[str]) -> list[str]:
    marks = [(i, int(unicodedata.normalize("NFKC", m.group(1)))) for i, line in enumerate(lines)
             if len(line) <= 8 and (m := _PAGE_MARK.match(line))]
    drop: set[int] = set()
    if len(marks) >= 2 and [n for _, n in marks] == list(range(marks[0][1], marks[0][1] + len(marks))):
        spans = [sum(1 for line in lines[a + 1:b] if line.strip()) for (a, _), (b, _) in zip(marks, marks[1:])]
        # A page flattened onto a line or two is a page by its length.
        sizes = [sum(len(line) for line in lines[a + 1:b]) for (a, _), (b, _) in zip(marks, marks[1:])]
        if all(n >= _PAGE_MARK_GAP or size >= _PAGE_MARK_CHARS for n, size in zip(spans, sizes)):
            drop = {i for i, _ in marks}
    out: list[str] = []
    tail_pending = False
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if len(line) <= 8 and _BROKEN_FOOTER.match(line):
            nxt = next((t for t in lines[i + 1:i + 4] if t.strip()), "")
            if _FOOTER_TAIL.match(nxt):
                tail_pending = True
                continue
        if tail_pending and line.strip():
            line = _FOOTER_TAIL.sub(r"\1", line, count=1)
            tail_pending = False
        out.append(line)
    return out


def _drop_running_title(lines: list[str]) -> list[str]:
    """Drop the title where it comes again as a line of its own: a PDF copied without its page breaks
    keeps each page's running head (第3回みなみ市…審議会会議録) in the flow, even inside a roster."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    title = lines[first].strip(" \t\u3000")
    if not 8 <= len(title) <= 60 or "。" in title:
        return lines
    again = [i for i in range(first + 1, len(lines)) if title in lines[i] and lines[i].strip(" \t\u3000") == title]
    if not again:
        return lines
    drop = set(again)
    return [line for i, line in enumerate(lines) if i not in drop]


# A page flattened by an aggregator into one line keeps its fields apart by runs of spaces:
# 「…会議要録  日時  令和5年11月20日…  会場  調布市役所…   ● 出席者…」, or numbers them 「1 日時 … 2 会場 …」.
_FLAT_LABELS = (
    "日時|開催日時|会場|場所|開催場所|出席委員|出席者|欠席委員|欠席者|傍聴者|傍聴人|説明員|事務局|議事|議題|"
    "会議内容|会議次第|次第"
)
# 1. 開催日時 …: a field's number, with or without its dot, goes with its label; the gap after it is no cut.
_SPLIT_FLAT_FIELD = re.compile(
    rf"(?<![0-9０-９][.．、])"
    rf"(?:[ \u3000]{{2,}}|(?<=\S)[ \u3000](?=[0-9０-９]{{1,2}}[.．、]?[ \u3000]|[●■◆][ \u3000]|○(?:{_FLAT_LABELS})[ \u3000]|(?:日時|会場|開催日時|開催場所)[ \u3000]"
    # <会議次第> 1 開会 …  <出席者> 北野 一郎 会長、…: a label in angle brackets heads its part of the page.
    rf"|[<＜〈](?:{_FLAT_LABELS})[>＞〉]))"
    rf"(?=(?:[0-9０-９]{{1,2}}[.．、]?[ \u3000]+)?(?:[●■◆○][ \u3000]*)?[<＜〈]?(?:{_FLAT_LABELS})[>＞〉]?(?:[(（][^)）]{{0,8}}[)）])?[ \u3000])"
)
_SPLIT_SLASH_FIELD = re.compile(rf"[ \u3000]+(?=(?:{_FLAT_LABELS}) / )")
# …会議内容 〇佐瀨会長 令和4年度…: in such a line a marked label opens a turn wherever it stands.
# … 障害福祉課障害福祉係 事務局:それでは、定刻となりましたので…: so does a role's label closed by a colon.
_SPLIT_FLAT_TURN = re.compile(r"[ \u3000]+(?=[○〇◯◎][^\s。、「」『』]{1,12}[ \u3000]|(?:事務局|司会|会長|委員長|議長|座長)[:：](?=\S{2,}、))")


# …補正予算(第9号)-----------本日の会議に付した事件…, …開会いたします。  ──────  委員長あいさつ…: a page run onto one
# line keeps the rules drawn between its parts. A rule is never inside a title, a name or a speech: the line
# is cut on both sides of it, and the rule keeps a line of its own (a rule between orders of business is read).
RULE_RUN = re.compile(rf"[ \t\u3000]*({INLINE_RULE})[ \t\u3000]*")
_BOX_CORNER = re.compile(r"[│┃├┣┤┫┌┏┐┓└┗┘┛┬┳┴┻┼╋]")
# The shortest rule of each kind, to rule a line out before the pattern runs: one search for all of them, as a test of
# each in turn costs every line a generator.
_RULE_CHARS = ("-" * RULE_DASHES, *(c * 4 for c in RULE_LINE_CHARS))
_SHORTEST_RULE = re.compile("|".join(map(re.escape, _RULE_CHARS)))


def _split_at_rules(line: str) -> list[str]:
    if len(line) < 12 or "|" in line or not _SHORTEST_RULE.search(line) or _BOX_CORNER.search(line):
        # A table's rows (| --- |, ├────┤) are read as the table they are.
        return [line]
    parts = RULE_RUN.split(line)
    if len(parts) == 3 and not parts[0].strip(" \t\u3000") and not parts[2]:
        return [line]  # a rule alone on its line
    # The rules (odd places) keep their lines; the text between them only where it holds something.
    return [part for k, part in enumerate(parts) if k % 2 or part.strip(" \t\u3000")]


def _unflatten(line: str) -> list[str]:
    if len(line) < 30:
        return [line]
    if len(line) < 80:
        return _numbered_run(line)
    if len(line) < 300:
        # 日時 / 平成30年… 場所 / 県庁701会議室 出席者 / …: a shorter page flattened, each label set off by a slash.
        if line.count(" / ") < 2 or len(_SPLIT_SLASH_FIELD.findall(line)) < 2:
            return _restored(line)
        return _SPLIT_SLASH_FIELD.sub("\n", line).split("\n")
    if len(_SPLIT_FLAT_FIELD.findall(line)) < 2:
        return _restored(line)
    pieces = _SPLIT_FLAT_TURN.sub("\n", _SPLIT_FLAT_FIELD.sub("\n", line)).split("\n")
    return [part for piece in pieces for part in _restored(piece, flattened=True)]


def _restored(line: str, flattened: bool = False) -> list[str]:
    # A record flattened to one line without the wide gaps or slashes between its fields.
    restored = restore_breaks(line, flattened) if len(line) >= FLAT_MIN_LENGTH else None
    return _numbered_run(line) if restored is None else [part for piece in restored for part in _numbered_run(piece)]


# 4 欠席者 委員 北野一郎 5 出席説明員 総務部長 … 6 速記士 …: numbered header fields run on in one line.
# Each number is the one after the last, and one of the run labels a meeting fact, so a count
# (委員 3 名) or a list of agenda items keeps its line. Whatever the other labels say (1.招集年月日 …
# 2.招集の場所 … 3.開   会 … 7.本会議に職務のため出席した者の職氏名 …), each number opens a field: the number
# may take a dot, the label kana, digits and a letter-spaced word.
_LABEL_SHAPE = r"[一-龥](?:[^\s。]{1,60}。?|(?:[ \u3000]{1,4}[一-龥]){1,5})"
# …(閉会時刻)1.出席議員(24名) … 桃原 功2.欠席議員(なし)3.欠員2名…: a number and its full stop may be set against what
# closed the part before.
_FIELD_NUMBER = re.compile(
    rf"(?:^|(?<=[ \u3000])|(?<=[^\s0-9０-９.．])(?=[0-9０-９]{{1,2}}[.．]))([0-9０-９]{{1,2}})(?:[.．、][ \u3000]*|[ \u3000]+)(?={_LABEL_SHAPE}[ \u3000])"
)
_FACT_LABEL = re.compile(
    r"(?:日時|年月日|会場|場所|出席委員|出席議員|出席者|欠席委員|欠席議員|欠席者|委員氏名)(?:[(（][^)）]{0,8}[)）])?$"
)
_LABEL_WORD = re.compile(rf"{_LABEL_SHAPE}(?=[ \u3000])")

_FACT_WORD = re.compile(r"日[ \u3000]*時|年月日|場[ \u3000]*所|会[ \u3000]*場|出[ \u3000]*席|欠[ \u3000]*席|氏[ \u3000]*名")


def _labels_fact(line: str, pos: int) -> bool:
    # 開会日時, 2 場  所, 1.招集年月日: the label, its letters closed up, names a fact of the sitting.
    word = _LABEL_WORD.match(line, _FIELD_NUMBER.match(line, pos).end())
    return bool(word) and _FACT_LABEL.search(re.sub(r"[ \u3000]", "", word.group(0))) is not None


def _numbered_cuts(line: str, numbers: list[tuple[int, int, bool]], apart: bool) -> list[int]:
    """Where each run of numbers counting up by one opens a part, a run whose labels name a fact of the sitting;
    ``apart``: full-stop and gap numbering count as runs of their own."""
    cuts: list[int] = []
    chains: dict[bool, list[tuple[int, int]]] = {}

    def close(chain: list[tuple[int, int]]) -> None:
        if len(chain) >= 2 and any(_labels_fact(line, pos) for _, pos in chain):
            cuts.extend(pos for _, pos in chain if pos > 0)

    for n, pos, dotted in numbers:
        chain = chains.setdefault(dotted and apart, [])
        if chain and n == chain[-1][0] + 1:
            chain.append((n, pos))
            continue
        close(chain)
        chain[:] = [(n, pos)]
    for chain in chains.values():
        close(chain)
    return cuts


def _numbered_run(line: str) -> list[str]:
    if not _FACT_WORD.search(line):
        return [line]
    numbers = [(int(unicodedata.normalize("NFKC", m.group(1))), m.start(), line[m.end(1):m.end(1) + 1] in ".．、")
               for m in _FIELD_NUMBER.finditer(line)]
    # 1.出席議員(24名) 議席番号 氏名 1 上地安之 2 伊佐文貴 … 2.欠席議員: the parts numbered with a full stop count apart from
    # the seats numbered with a gap inside them; 1.日時 … 2 場所 … 3.出席委員: a line that mixes the two is one run after all.
    cuts = _numbered_cuts(line, numbers, apart=True) or _numbered_cuts(line, numbers, apart=False)
    if not cuts:
        return [line]
    bounds = [0, *sorted(cuts), len(line)]
    return [line[a:b].rstrip(" \u3000") for a, b in zip(bounds, bounds[1:])]


def _drop_page_furniture(pages: list[str]) -> str:
    """Drop page numbers and running headers/footers repeated across PDF pages."""
    split = [p.strip("\n").split("\n") for p in pages]
    repeated: set[str] = set()
    if len(split) >= 2:
        counts: dict[str, int] = {}
        for lines in split:
            for key in {_furniture_key(line) for line in _edges(lines)}:
                if key:
                    counts[key] = counts.get(key, 0) + 1
        threshold = len(split) if len(split) < 4 else max(3, (len(split) + 1) // 2)
        repeated = {k for k, n in counts.items() if n >= threshold}
    out = []
    for number, lines in enumerate(split):
        edges = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
        kept = []
        for i, line in enumerate(lines):
            if i in edges:
                norm = unicodedata.normalize("NFKC", line)
                if _BARE_NUMBER.match(norm) or _PAGE_NUMBER.match(norm):
                    continue
                if (number > 0 or _NUMBERED_RUNNING_LINE.search(norm)) and _furniture_key(line) in repeated:
                    # The first page keeps it: a running header usually repeats the title.
                    continue
            kept.append(line)
        out.append("\n".join(kept))
    return "\n".join(out)


def _edges(lines: list[str]) -> list[str]:
    return lines[:2] + lines[-2:]


def _furniture_key(line: str) -> str:
    # Page numbers inside running headers differ per page; compare without digits.
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", line))
    if not 0 < len(key) <= 40 or "。" in key:
        # Sentences are content even when a page happens to start with a similar one.
        return ""
    return re.sub(r"\d+", "#", key)


# 草\n川\n健(弁護士): a PDF whose letter-spaced cells (草 川 健(弁護士), 会 長) came out one letter
# a line. Two such lines running are the sign; a letter alone on its line is kept (会\n○\n…).
_LONE_LETTERS = re.compile(rf"\n[ \t\u3000]*[{CJK}]\n[ \t\u3000]*[{CJK}]\n")
_LONE_LETTER = re.compile(rf"[ \t\u3000]*[{CJK}]")
# The cell's last piece, where the letters end in a word the extraction kept whole: 健(弁護士).
_CELL_TAIL = re.compile(rf"[ \t\u3000]*[{CJK}][^。．\n]{{0,19}}")

# 時 平成21年4月18日(土) 午前9時30分: a longer line under the letters, the last letter a gap before its value.
_LABEL_END_VALUE = re.compile(rf"[ \t\u3000]*([{CJK}])[ \t\u3000]+(\S.{{19,}})")


# 会 長 / 北 / 野 一 郎: a letter-spaced name whose first letter the cell pushed onto a line of its own.
_LONE_BEFORE_SPACED = re.compile(rf"\n[ \t\u3000]*[{CJK}]\n[ \t\u3000]*[{CJK}](?:[ \u3000][{CJK}]){{1,3}}\n")
_ROLE_CELL = re.compile(r"[ \t\u3000]*(?:副[ \u3000]*)?(?:会[ \u3000]*長|委[ \u3000]*員[ \u3000]*長|議[ \u3000]*長|座[ \u3000]*長|部[ \u3000]*会[ \u3000]*長|委[ \u3000]*員)[ \t\u3000]*")
_SPACED_REST = re.compile(rf"[ \t\u3000]*[{CJK}](?:[ \u3000][{CJK}]){{1,3}}")


def has_lone_letters(text: str) -> bool:
    # A pattern that starts with a newline is searched for far faster than one that starts at ^ as well.
    text = f"\n{text}\n"
    return _LONE_LETTERS.search(text) is not None or _LONE_BEFORE_SPACED.search(text) is not None


def _rejoin_lone_letters(text: str) -> str:
    """Letters one a line put back together, space-separated as they were printed (草 川 健(弁護士)),
    so that the letter-spaced names and labels are read as the rest are."""
    lines = text.split("\n")
    out: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _LONE_LETTER.fullmatch(lines[j]):
            j += 1
        if j - i == 1 and j < n and out and _ROLE_CELL.fullmatch(out[-1]) and _SPACED_REST.fullmatch(lines[j]):
            # 会 長 / 北 / 野 一 郎: under an officer's role, one letter alone, then the rest of the name spaced as it
            # was: one name.
            out.append(lines[i].strip(" \t\u3000") + " " + lines[j].strip(" \t\u3000"))
            i = j + 1
            continue
        if j - i < 2:
            out.append(lines[i])
            i += 1
            continue
        run = [line.strip(" \t\u3000") for line in lines[i:j]]
        if j < n and _CELL_TAIL.fullmatch(lines[j]):
            run.append(lines[j].strip(" \t\u3000"))
            j += 1
        elif j < n and (labelled := _LABEL_END_VALUE.fullmatch(lines[j])):
            # 開\n催\n日\n時 平成21年4月18日(土) …: the label's last letter shares its line with the value beside
            # the cell; the value stays apart from the label.
            out.append(" ".join([*run, labelled.group(1)]) + "\u3000\u3000" + labelled.group(2))
            i = j + 1
            continue
        out.append(" ".join(run))
        i = j
    return "\n".join(out)


# 第 2 9 回 環 境 審 議 会, 令 和 ６ 年 ３ 月 ８ 日( 金 )1 0 時 か ら: a PDF's header line whose every character,
# digits and brackets too, was set a space apart. Read so whole: a run of one- and two-character pieces a single
# space apart, nearly all of one, with a digit among them that a piece follows (a count closing a label, 出 席 総 数 17,
# stays apart from it).
_SPACED_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:\S{1,2} ){4,}\S{1,2}$")
# What a match of each pattern over the whole text must hold, found from its opening space far faster (most texts have
# none): a run spaced so, a spaced Latin letter, a spaced numbered row, a member's spaced letter.
_SPACED_LINE_HINT = re.compile(r" \S{1,2} \S{1,2} \S{1,2} ")
_SPACED_LATIN_HINT = re.compile(r" [A-Za-z]")
_NUMBERED_SPACED_ROW_HINT = re.compile(r" [^\s0-9０-９] [^\s0-9０-９] ")
_SPACED_LETTER_LABEL_HINT = re.compile(r"員[ \u3000][A-Za-zＡ-Ｚａ-ｚ]")
_SPACED_DIGIT = re.compile(rf"(?:^| )[0-9０-９] (?=\S)")
_HAS_CJK = re.compile(rf"[{CJK}]")


def _closed_up_line(m: re.Match[str]) -> str:
    line = m.group(0)
    indent = line[:len(line) - len(line.lstrip(" \t\u3000"))]
    pieces = line[len(indent):].split(" ")
    if (sum(len(p) == 1 for p in pieces) * 4 < len(pieces) * 3 or not _SPACED_DIGIT.search(line[len(indent):])
            or not _HAS_CJK.search(line)):
        return line
    return indent + "".join(pieces)


# A whole document letter-spaced, its body too (本 日 は お 忙 し い 中 、 …): a PDF whose every character was set a
# space apart. Its spaced lines are closed up whole, digits or not; the spaced runs are most of its lines, a
# sentence among them.
_SPACED_PIECES = re.compile(r"[ \t\u3000]*(?:\S{1,2} ){4,}\S{1,2}")


def _is_spaced_run(line: str) -> bool:
    if not _SPACED_PIECES.fullmatch(line):
        return False
    pieces = line.strip(" \t\u3000").split(" ")
    return sum(len(p) == 1 for p in pieces) * 4 >= len(pieces) * 3


def is_letter_spaced_document(text: str) -> bool:
    """Whether most of ``text``'s lines are letter-spaced runs, a sentence among them."""
    if text.count(" ") * 3 < len(text):
        return False
    lines = [line for line in text.split("\n") if len(line.strip(" \t\u3000")) >= 9]
    spaced = [line for line in lines if _is_spaced_run(line)]
    return len(spaced) * 2 >= len(lines) >= 3 and any("。" in line or "、" in line for line in spaced)


# Closed up, a form's numbered fields would run into their values (1日時平成22年…, 3出席者西山会長大村副会長…).
# So a field's number and word keep a gap each (1 日時 平成22年…); the list heads after a value (… 傍聴者 なし)
# open lines of their own; a roster's names, each closed by its role, keep a gap after the role (西山会長 大村副会長);
# an agenda's numbered entries in sequence ((1)…(2)…(3)…) take a line each, under their field.
# The words a form's field is labelled with, in the flattened and the header catalogue alike.
_FIELD_LABEL_WORDS = frozenset({*FLAT_FIELD_WORDS, *(w for words in FIELD_WORDS.values() for w in words)})
_FORM_WORDS = sorted(_FIELD_LABEL_WORDS | set(AGENDA_HEADING_WORDS), key=len, reverse=True)
# 事務局長 北野: a field word that goes on into a post (長) or a sentence is no field's label.
_FORM_FIELD = re.compile(rf"(?P<number>[0-9０-９]{{1,2}}[.．]?)?(?P<word>{'|'.join(_FORM_WORDS)})(?![のはをがにでと、。長])")
_LIST_HEADS = "|".join(w for w in _FORM_WORDS if w.startswith(("出席", "欠席", "傍聴", "事務局")))
_LIST_HEAD_AFTER_VALUE = re.compile(rf"(?<=\S)(?=(?:{_LIST_HEADS})(?!長))")
_ROLE_CLOSING_NAME = re.compile(r"(?:副?会長|副?委員長|委員)(?!長|職務|代理|[ \t\u3000]|$)")
_ENTRY_NUMBER = re.compile(r"[(（]([0-9０-９]{1,2})[)）]")


# ○北野会長 それでは…: a marked label closed up runs into the speech; it keeps a gap after its role (and the name
# in brackets after it: ○議長(南川一郎)).
_MARKED_LABEL = re.compile(rf"[{SPEAKER_MARKS}][^\s。、「」]{{0,10}}?(?:{ROLE_SUFFIXES})(?:[(（][^()（）。、]{{1,12}}[)）])?(?=\S)")


def _form_line(line: str) -> str:
    """A letter-spaced line (of a letter-spaced document, or a numbered field) closed up and laid out as its form's
    field (see above)."""
    indent = line[:len(line) - len(line.lstrip(" \t\u3000"))]
    closed = line[len(indent):].replace(" ", "")
    label = _MARKED_LABEL.match(closed) if closed[:1] in SPEAKER_MARKS else None
    if label:
        return f"{indent}{label.group(0)} {closed[label.end():]}"
    m = _FORM_FIELD.match(closed)
    if m is None or "。" in closed:
        return indent + closed
    word, rest = m.group("word"), closed[m.end():]
    head = f"{m.group('number')} {word}" if m.group("number") else word
    if word.startswith("出席") or word == "委員":
        rest = _ROLE_CLOSING_NAME.sub(lambda r: r.group(0) + " ", rest)
    if word in AGENDA_HEADING_WORDS:
        entries = _ENTRY_NUMBER.finditer(rest)
        starts = [e.start() for k, e in enumerate(entries, 1) if int(unicodedata.normalize("NFKC", e.group(1))) == k]
        if len(starts) >= 2 and starts[0] == 0:
            return indent + "\n".join([head, *(rest[a:b] for a, b in zip(starts, [*starts[1:], len(rest)]))])
    rest, *after = _LIST_HEAD_AFTER_VALUE.split(rest) if word == "事務局" or m.group("number") else [rest]
    return "\n".join([indent + (f"{head} {rest}" if rest else head), *map(_form_line, after)])


_NUMBERED_SPACED_ROW = re.compile(r"(?m)^[ \t\u3000]*[0-9０-９]{1,2}[.．]? [^\s0-9０-９] [^\s0-9０-９] \S.*$")


def _numbered_field_row(m: re.Match[str]) -> str:
    row = m.group(0)
    if not _is_spaced_run(row):
        return row
    field = _FORM_FIELD.match(row.strip(" \t\u3000").replace(" ", ""))
    return _form_line(row) if field and field.group("number") else row


# (委 員) 北 野 一 郎  南 田 健 二  東 山   進  森   一 朗: a roster in cells of one width, the letters of each name set a
# space apart in four places (a blank place three spaces wide where the name has three letters) and the cells two
# spaces apart. A gap of exactly two spaces ends a name; the wider gap inside 東 山   進 does not.
_ROLE_PREFIX = re.compile(r"^[ \t\u3000]*(?:[(（][^()（）]{1,8}[)）][ \t\u3000]?)?")
_NAME_CELL_GAP = re.compile(r"(?<! ) {2}(?! )")
_NAME_CELL_LETTERS = re.compile(rf"[{CJK}ぁ-んァ-ヶー](?:[{CJK}ぁ-んァ-ヶー ]*[{CJK}ぁ-んァ-ヶー])?")


def _name_cells_closed(row: str) -> str:
    head = _ROLE_PREFIX.match(row).group(0)
    cells = _NAME_CELL_GAP.split(row[len(head):].rstrip())
    # (副委員長) 南 田   健: one cell alone after its role, in four places exactly.
    alone = len(cells) == 1 and ("(" in head or "（" in head) and len(cells[0]) == 7 and cells[0][1::2].count(" ") == 3
    if (len(cells) < 2 and not alone) or len({len(c) for c in cells}) != 1 or len(cells[0]) < 5 \
            or not all(_NAME_CELL_LETTERS.fullmatch(c) and " " in c for c in cells):
        return row
    return head + "  ".join(c.replace(" ", "") for c in cells)


def _collapse_spaced(line: str) -> str:
    if " " not in line and "\u3000" not in line:
        return line
    if "  " in line:
        line = "\n".join(_name_cells_closed(row) if "  " in row else row for row in line.split("\n"))
    if is_letter_spaced_document(line):
        line = "\n".join([_form_line(row) if _is_spaced_run(row) else row for row in line.split("\n")])
    elif _NUMBERED_SPACED_ROW_HINT.search(line) and _NUMBERED_SPACED_ROW.search(line):
        # 1 日 時 令 和 6 年 … / 3 出 席 者 北 野 会 長 …: a numbered field letter-spaced in a document that is not is laid
        # out as the spaced document's fields are.
        line = _NUMBERED_SPACED_ROW.sub(_numbered_field_row, line)
    if _SPACED_LINE_HINT.search(line):
        line = _SPACED_LINE.sub(_closed_up_line, line)
    if _SPACED_LATIN_HINT.search(line):
        line = _SPACED_LATIN.sub(lambda m: m.group(0).replace(" ", ""), line)
    line = _collapse_spaced_cjk(line)
    line = _SPACED_COLUMN_LABEL.sub(lambda m: m.group(1) + _SPACES.sub("", m.group(2)), line)
    return _SPACED_LETTER_LABEL.sub(r"\1\2", line) if _SPACED_LETTER_LABEL_HINT.search(line) else line


# 会 長 東山 清 委 員 西川 花子 委 員 森 一朗: a roster's spaced roles, each before a name. A one-letter given name
# (清) before a role, or a one-letter family name (森) after one, is spaced as the role's letters are and joins their run.
_SPACED_ROLE = re.compile(r"^(?P<a>[一-龥々ヶ]?)(?P<r>副?(?:会長|委員長|議長)|委員)(?P<b>[一-龥々ヶ]?)$")
_WORD_BEFORE = re.compile(rf"[{CJK}][ \u3000]$")
_WORD_AFTER = re.compile(rf"[ \u3000][{CJK}]{{2}}")


def _role_set_apart(text: str, start: int, end: int, run: str) -> str:
    """``run`` (text[start:end] closed up) with a name's letter that ran into a spaced role set apart from it."""
    m = _SPACED_ROLE.match(run)
    if m is None or not (m.group("a") or m.group("b")):
        return run
    a = m.group("a") if m.group("a") and _WORD_BEFORE.search(text, max(0, start - 2), start) else ""
    b = m.group("b") if m.group("b") and _WORD_AFTER.match(text, end) else ""
    if m.group("a") and not a or m.group("b") and not b:
        return run
    return " ".join(p for p in (a, m.group("r"), b) if p)


def _collapse_spaced_cjk(text: str) -> str:
    """``_SPACED_CJK.sub`` with its spaces removed, trying the pattern only one letter before a gap.

    Every match holds a gap right after its first letter, so the leftmost match is found at the
    first gap whose letter before it starts one, no earlier than the end of the previous match.
    """
    out: list[str] = []
    last = scan = 0
    while True:
        gap = _CJK_GAP.search(text, scan)
        if gap is None:
            break
        scan = gap.start() + 1
        start = gap.start() - 1
        m = _SPACED_CJK.match(text, start) if start >= last else None
        if m is None:
            continue
        out.append(text[last:start])
        out.append(_role_set_apart(text, start, m.end(), _SPACES.sub("", m.group(0))))
        last = scan = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# A form extracted column by column: its labels come as a block (会議名称 / 開催日時 / 開催場所), then their values
# in the same order (北山市環境審議会 / 令和6年7月9日(火)午後2時 / 第3会議室). Each label is put back before its
# value where the values stand where their labels do: the date under the date's label, no date under another.
# A label centred in its cell is printed after the cell's first line: 北野会長 南田副会長 東山委員 / 委員 /
# (欠席:西川委員) puts the role's label back before the names it heads.
_FORM_LABELS = _FIELD_LABEL_WORDS | frozenset(NAME_FIELD_WORDS)
_WHEN_LABELS = frozenset(FIELD_WORDS["when"]) | {w for w in FLAT_FIELD_WORDS if w.startswith(("日時", "開催日", "開催月日"))}
_BLANK = " \t\u3000"
# Taken out by a pattern: translate() looks every letter of a line up in its table, slower than the pattern's pass.
_LABEL_LINE_MARKS = re.compile("[ \t\u3000●○◆◇■□・]")
_STARTS_WITH_DATE = re.compile(DATE)
_ROLE_LABELS = frozenset({"委員", "出席委員", "出席者"})
_NAMES_CLOSED_BY_ROLES = re.compile(
    r"[ \t\u3000]*(?:[一-龥々ヶぁ-んァ-ヶー]{1,6}(?:副?会長|副?委員長|委員)[ \t\u3000]+){2,}[一-龥々ヶぁ-んァ-ヶー]{1,6}(?:副?会長|副?委員長|委員)")
# A block of labels is paired with its values up to this many labels (a longer run is no form's column).
_MOST_LABELS = 12


def _cell_word(line: str) -> str:
    """The line as one cell's word: its marks and blanks (委 員, ●日 時) left out; empty for a long line."""
    return _LABEL_LINE_MARKS.sub("", line) if len(line) <= 24 else ""


def _label_of(line: str) -> str | None:
    word = _cell_word(line)
    return word if word in _FORM_LABELS else None


def _values_in_order(words: list[str], values: list[str]) -> bool:
    return len(values) == len(words) and any(w in _WHEN_LABELS for w in words) and all(
        v.strip(_BLANK) and not _label_of(v) and (_STARTS_WITH_DATE.match(v.strip(_BLANK)) is not None) == (w in _WHEN_LABELS)
        for w, v in zip(words, values))


def _form_columns_paired(lines: list[str]) -> list[str]:
    words = [_cell_word(line) for line in lines]
    if _FORM_LABELS.isdisjoint(words) and _ROLE_LABELS.isdisjoint(words):
        return lines
    marks = [k for k, w in enumerate(words) if w in _FORM_LABELS or w in _ROLE_LABELS]
    out: list[str] = []
    last = 0   # lines before it are in out
    for k in marks:
        if k < last:
            continue
        if words[k] in _ROLE_LABELS:
            if k - 1 >= last and _NAMES_CLOSED_BY_ROLES.fullmatch(lines[k - 1]):
                out.extend(lines[last:k - 1])
                out.append(f"{words[k]} {lines[k - 1].strip(_BLANK)}")
                last = k + 1
            continue
        j = k
        while j < len(lines) and words[j] in _FORM_LABELS:
            j += 1
        # 会議録 / 会議名称 / 開催日時 / …: a word above the block that is no label of these values stays as it is.
        paired = next((p for p in range(k, j - 1) if _values_in_order(words[p:j], lines[j:j + j - p])), None) \
            if j - k <= _MOST_LABELS else None
        if paired is not None:
            out.extend(lines[last:paired])
            out.extend(f"{w} {v.strip(_BLANK)}" for w, v in zip(words[paired:j], lines[j:j + j - paired]))
            last = j + j - paired
        else:
            out.extend(lines[last:j])
            last = j
    out.extend(lines[last:])
    return out


def _resegment(line: str) -> list[str]:
    if " " not in line and "\u3000" not in line and "\t" not in line:
        return [line]
    m = _INLINE_SUBHEADING.match(line) or _STEP_THEN_LABEL.match(line) or (
        _STEP_THEN_COLON_LABEL.match(line) if ":" in line or "：" in line else None)
    if m:
        # 「2 議題 (1) 諮問事項」: a heading and its first sub-heading on one line.
        return [m.group(1) or m.group(2), *_resegment(line[m.end():])]
    if "号" in line and "    " in line and _SPLIT_BEFORE_CASE_NUMBER.search(line):
        return [part for piece in _SPLIT_BEFORE_CASE_NUMBER.split(line) for part in _resegment(piece)]
    if "議案" in line and _BILL_LIST_LINE.match(line) and _SPLIT_BETWEEN_BILLS.search(line):
        return [part for piece in _SPLIT_BETWEEN_BILLS.split(line) for part in _resegment(piece)]
    m = _LABEL_CELL_THEN_ENTRY.match(line)
    if m:
        # 案件名　　報告2.…: a form's label (its letters set one a line beside the list) and the entry printed level
        # with it: two cells, the entry a line of its own.
        return [m.group("label"), *_resegment(line[m.end():])]
    if len(line) < 40 or not _RESEGMENT_HINT.search(line):
        # ります。 〇議長（伊藤新一君） 説明が…: a two-column page puts a label mid-line in short lines too
        # (but 1: ◯委員長（北野実） is a numbered statement, its number no text of its own).
        if _STATEMENT_NUMBER.match(line):
            return [line]
        return _SPLIT_BEFORE_MARKED_NAME.sub("\n", line).split("\n")
    if "\t" in line:
        # Table rows keep their cells; only the last cell may hold a lost paragraph.
        head, _, tail = line.rpartition("\t")
        parts = _resegment(tail)
        return [f"{head}\t{parts[0]}", *parts[1:]] if len(parts) > 1 else [line]
    line = _SPLIT_BEFORE_MARKER.sub("\n", line)
    line = _SPLIT_BEFORE_NUMBER.sub("\n", line)
    if "員は" in line or "者は" in line or "記は" in line:
        line = _SPLIT_BEFORE_ROSTER_SENTENCE.sub("\n", line)
    line = _SPLIT_BEFORE_LABEL.sub("\n", line)
    if "君)" in line or "君）" in line:
        line = _CALL_RUN_INTO_LABEL.sub("\\g<r>\n", line)
    line = _SPLIT_BEFORE_MARKED_NAME.sub("\n", line)
    if ":" in line or "：" in line:
        line = _SPLIT_BEFORE_STEP_AND_LABEL.sub("\n", line)
    if "(" in line or "（" in line:
        line = _SPLIT_BEFORE_BRACKETED_SPEAKER.sub("\n", line)
    return [part for piece in line.split("\n") for part in _step_apart(piece)]


def _step_apart(piece: str) -> list[str]:
    """… 3 協議事項 (1)…について, … ■委員意見 委員:…: a heading and its first sub-heading, or a step and the label
    under it, that a paragraph split left on one line, apart."""
    m = _INLINE_SUBHEADING.match(piece) if "(" in piece or "（" in piece else None
    if m is None and (":" in piece or "：" in piece):
        m = _STEP_THEN_COLON_LABEL.match(piece)
    if m is None and ("(" in piece or "（" in piece):
        m = _STEP_THEN_BRACKETED_SPEAKER.match(piece)
    return [m.group(1), piece[m.end():]] if m else [piece]


def is_structural(line: str) -> bool:
    """Whether ``line`` starts a new unit rather than continuing the previous line."""
    s = line.lstrip(" \u3000")
    if not s:
        return True
    if "\t" in s:
        return True
    return bool(_STRUCTURAL_START.match(s))


_OPENERS = re.compile("[" + re.escape(_OPEN_BRACKETS) + "]")
_CLOSERS = re.compile("[" + re.escape(_CLOSE_BRACKETS) + "]")
_CLOSER_FIRST = re.compile(r"^[^（(「『【〔〈《［\[]{1,20}[）)」』】〕〉》］\]]")


def _unclosed(line: str) -> bool:
    return len(_OPENERS.findall(line)) > len(_CLOSERS.findall(line))


def _looks_like_heading(line: str) -> bool:
    s = line.strip(" \u3000")
    return len(s) < 60 and bool(_STRUCTURAL_START.match(s)) and not any(c in s for c in "。、")


# Half-width digits and letters let a line of a hard-wrapped page hold more characters than the width; a third is
# more than they account for.
_MOST_PAST_EDGE = 0.3


def _wrap_width(lines: list[str]) -> int | None:
    """The fixed line width of hard-wrapped text (PDF extraction), or None if lines vary freely."""
    lengths = [len(line.rstrip()) for line in lines if len(line.strip()) >= 12]
    if len(lengths) < 20:
        return None
    counts: dict[int, int] = {}
    for n in lengths:
        counts[n] = counts.get(n, 0) + 1
    # How wide each line prints: a half-width digit or letter takes half a full-width letter's room (48億3,215万6,000円).
    printed = sorted((len(s) - len(s.encode("ascii", "ignore")) / 2 for s in (line.rstrip() for line in lines)
                      if len(s.strip()) >= 12), reverse=True)
    widths = sorted(counts, reverse=True)
    longer = 0   # lines that print wider than width + 2
    for width in widths:
        while longer < len(printed) and printed[longer] > width + 2:
            longer += 1
        if longer > _MOST_PAST_EDGE * len(lengths):
            # 審議会名 / 上田市…懇話会 / 平成27年7月16日 午後1時30分から…: a form's short cells are no page edge
            # when a third of the lines run past them; every width below is as wrong.
            return None
        near = sum(counts.get(w, 0) for w in range(width - 2, width + 1))
        if near >= 0.25 * len(lengths) and near >= 8:
            return width
    return None


TOP_CRUMBS = re.compile(r"^[^<＜。、\s]{2,40}[ \t\u3000]*[>＞][ \t\u3000]*[^<＜>＞。、\s]{2,40}$")


def _rejoin(lines: list[str]) -> list[str]:
    """Join a line with the next non-blank one when a sentence or word was broken between them."""
    out: list[str] = []
    blanks = 0
    width = _wrap_width(lines)
    # The last line as printed: a joined line is long, but only its last piece can have met the page edge.
    printed = ""
    for line in lines:
        if not line.strip():
            out.append(line)
            blanks += 1
            continue
        # …条例の一部を改正する条例 / 委員長(北野一郎君) 日程第1…: a post and its holder honoured with 君 in brackets open
        # a turn, marked or not; the line above (a title cut at its end, or as wide as the page) never runs on into it.
        turn = "君" in line[:30] and _HONOURED_LABEL.match(line)
        # 病院局トップ…開催状況>H26第2回議事概要 / 平成26年度 第2回 北山市…委員会議事概要: the page's breadcrumb at its top,
        # its crumbs run together round one >, over the page's title; the title is no continuation of it.
        crumbs = len(out) - blanks <= 2 and TOP_CRUMBS.search(printed) is not None
        # 議題 / …について / 今回の議題は、…。: the agenda field's title over a sentence about it.
        titled = "は" in line and title_under_agenda_word(out, blanks, line)
        if (out and blanks <= 4 and not turn and not crumbs and not titled
                and (_continues(out, blanks, line) or _wrapped(printed, blanks, line, width))):
            if blanks:
                del out[-blanks:]
            prev = out[-1]
            # Words of Latin letters keep a space between them; a number the page edge cut (11時5 / 5分) is one number.
            a, b = prev[-1:], line.lstrip(" \u3000")[:1]
            joiner = " " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() and not (a.isdigit() and b.isdigit()) else ""
            sep = _entry_separator(prev, line) or (width is None and _name_row_break(prev, line))
            out[-1] = prev + (sep or joiner) + line.lstrip(" \u3000")
        else:
            out.append(line)
        printed = line
        blanks = 0
    return out


# 北野一郎委員,南田健委員,東山明委員 / 西川花子委員,…: a list whose entries each close with the same word and
# separator, wrapped where an entry closed; the join puts back the separator the wrap took.
_CLOSED_ENTRY_END = re.compile(r"(?:委員|議長|会長|委員長|君|氏|様)$")


def _closing_word(prev: str) -> re.Match | None:
    # The word closes the line and is at most three letters long: only the line's tail can hold it, and searching a
    # joined paragraph from its start would cost its length at every join.
    return _CLOSED_ENTRY_END.search(prev[-3:])


def _entry_separator(prev: str, line: str) -> str | None:
    closer = _closing_word(prev)
    if closer is None:
        return None
    for sep in "、,，":
        mark = closer.group(0) + sep
        if mark in line and not line.lstrip(" \u3000").startswith(tuple("、,，。")) and prev.count(mark) >= 2:
            return sep
    return None


# 北野委員、南田委員、東山委員 / 西川理事長代理(北山機構)、…: a list whose entries each closed with the same word
# ends on that word; a next line whose entries do not close so is another group of the roster, not the rest of the row.
def _closed_list_over_another(prev: str, line: str) -> bool:
    closer = _closing_word(prev)
    if closer is None:
        return False
    mark = closer.group(0) + "、"
    # The next line's tests first: they are short, the line above may be a long joined paragraph.
    return "、" in line and mark not in line and prev.count(mark) >= 2


# 北野一郎、南田健、東山明 / 西川花子、…: a list of names set out a row of names a line (a page's own lines, not
# a PDF's page edge). Each row holds whole names, so the break parts two names as 、 does: the name that ends one row
# and the one that opens the next would together be longer than any entry of either row.
_NAME_ROW_PIECE = re.compile(r"[一-龥々〆ヶぁ-んァ-ヶー豈-﫿]{1,5}(?:[ \u3000][一-龥々〆ヶぁ-んァ-ヶー豈-﫿]{1,4})?")


def _name_row_break(prev: str, line: str) -> str | None:
    # The next line's names first: it is one printed line, while the line above may be a paragraph joined over
    # thousands of lines, which splitting at every join would read whole each time.
    after = line.strip(" \t\u3000").rstrip("、").split("、")
    if len(after) < 2 or not all(_NAME_ROW_PIECE.fullmatch(p) for p in after):
        return None
    # 出席者：北野一郎、…: the field's label before the first row.
    before = re.split(r"[:：]", prev)[-1].strip(" \t\u3000").split("、")
    if len(before) < 3 or not all(_NAME_ROW_PIECE.fullmatch(p) for p in before):
        return None
    longest = max(len("".join(p.split())) for p in before + after)
    last, first = "".join(before[-1].split()), "".join(after[0].split())
    if len(last) >= 2 and len(first) >= 2 and len(last) + len(first) > longest:
        return "、"
    return None


def _wrapped(printed: str, blanks: int, line: str, width: int | None) -> bool:
    # In hard-wrapped text a line that fills the width was cut by the page edge.
    if width is None or blanks > 1:
        return False
    prev = printed.rstrip()
    # "          延会 議長 北野 俊宏" as long as the page is wide: a row set out with half-width blanks is a table's, not
    # text the page edge cut (a line centred with ideographic blanks may be cut like any other).
    if len(prev.lstrip(" \t")) < width - 2 or not prev or prev[-1] in _SENTENCE_END:
        return False
    if _section_word_after_entry(prev, line):
        return False
    if _GROUP_WORD_ALONE.fullmatch(line.strip(" \t\u3000")):
        # 監事 / 報告者 alone on its line between a roster's rows: the next group's heading, not the rest of the row.
        return False
    if is_clock_line(prev.strip(" \t\u3000")) or _clock_rows(prev, line):
        # 午後５時14分　休会: the sitting's clock is set to the right as wide as the page, and ends its line.
        return False
    if _has_cell_gap(prev.lstrip(" \t\u3000")) or _titled_row(prev) or _post_and_name_rows(prev, line):
        # 委員長      安井   茂君: a table row is as wide as the page because its cells are padded;
        # 村長 北野 一郎 副村長 南田 健: a row of posts and names ends on a name, never cut at the edge.
        return False
    if is_structural(line) and not _closes_open_bracket(prev, line) and not _number_cut(prev, line) \
            or _runs_into_furniture(prev, line) or _after_record_title(prev, line):
        return False
    if prev[-1] in _CLOSE_BRACKETS and not _unclosed(prev):
        # …に関する諮問(病院局経営管理課) / 実施機関より、…: a line that closes every bracket it opened ends a
        # heading or a label as often as the page edge cuts it there; a prose line left unjoined loses nothing.
        return False
    return "\t" not in line


_GROUP_WORD_ALONE = re.compile(r"監事|幹事|報告者|説明者|説明員|オブザーバー|事務局")


# …10時00分~11時5 / 5分: a line that opens with the rest of a number and its unit is no numbered heading.
_NUMBER_TAIL = re.compile(r"[0-9０-９]{1,3}(?:分|時|日|月|年|号|人|名|円|件|回|条|項|%|％)")


def _number_cut(prev: str, line: str) -> bool:
    return prev[-1:].isdigit() and bool(_NUMBER_TAIL.match(line.lstrip(" \u3000")))


_CELL_GAP = re.compile(r"\S(?: {3,}|\u3000{2,}|\t)\S")


def _has_cell_gap(text: str) -> bool:
    # Substring tests first: most lines have no wide gap, and the pattern costs more than they do.
    return ("   " in text or "\u3000\u3000" in text or "\t" in text) and bool(_CELL_GAP.search(text))


# 木村 俊夫  九州国際大学法学部 教授: a table row whose short first cell (a name, its own letters one space
# apart) is set off from the next cell by two spaces, where a wider padding was lost.
# A cell that opens with a number (令和 元年  6月 …-01号) is a date or a count, not a name's neighbour.
_NARROW_ROW = re.compile(r"^[ \u3000]*[^\s。、0-9０-９]{1,6}(?:[ \u3000][^\s。、0-9０-９]{1,4})?(?: {2,}|\u3000{2,})[^\s。、0-9０-９]")


# 村長 北野 一郎 副村長 南田 健 / 教育長 東山 実 …: a list of who attended, each post before its holder's name,
# two to a row; each row is a line of its own, however long.
_TITLED_ROW = re.compile(
    r"(?:(?:[一-龥][ \u3000]?){0,12}(?:長|者|事|記|員|官|監|幹|佐|理)[ \u3000]+[一-龥々ぁ-んァ-ヶ]{1,5}(?:[ \u3000][一-龥々ぁ-んァ-ヶ]{1,5})?[ \u3000]*){2,}"
)


def _titled_row(line: str) -> bool:
    line = line.strip(" \t\u3000")
    # A row holds a few pairs; the bound keeps the pattern's backtracking short.
    return len(line) <= 60 and bool(_TITLED_ROW.fullmatch(line))


# 北山電力株式会社営業所長 森本 明 / 北山ガス株式会社営業所長 中村 一明(代理出席 林 淳): a roster of one attendant a line,
# each a body's post, then the surname and given name a space apart; a row ends on the name as wide as the page is.
_POST_THEN_SPACED_NAME = re.compile(
    r"[^\s、。]{2,40}?(?:長|者|員|官|監|幹|佐|理|役)[ \u3000]+[一-龥々]{1,4}[ \u3000]+[一-龥々ぁ-んァ-ヶ]{1,4}")


_ROW_BULLET = re.compile(r"^(?:-|•|・)[ \t\u3000]*")


def _post_and_name_rows(prev: str, line: str) -> bool:
    line = _ROW_BULLET.sub("", line.strip(" \t\u3000"))
    if _POST_THEN_SPACED_NAME.match(line) is None:
        return False
    prev = _ROW_BULLET.sub("", prev.strip(" \t\u3000"))
    return len(prev) <= 60 and _POST_THEN_SPACED_NAME.fullmatch(prev) is not None


# These pair tests look at the next line first: it is one printed line, while the line above may be a long paragraph
# joined so far, which a row never is.
def _titled_rows(prev: str, line: str) -> bool:
    return _titled_row(line) and _titled_row(prev)


def _narrow_rows(prev: str, line: str) -> bool:
    return "  " in line and bool(_NARROW_ROW.match(line)) and bool(_NARROW_ROW.match(prev)) and "  " in prev


def _closes_open_bracket(prev: str, line: str) -> bool:
    # 「…諮問】（」 + 「市民課）」: the next line only closes what this one opened.
    return bool(_CLOSER_FIRST.match(line.lstrip())) and _unclosed(prev)


# ホーム > 健康・医療 > 北山県国保連携会議 > 開催結果: the sections of a site a page is filed under.
BREADCRUMB = re.compile(r"\S[ \t\u3000]*[>＞»›][ \t\u3000]*\S.*[>＞»›]")


# A page's trail is its top row, and a paragraph joined from it keeps it at its head: the trail and the title run on
# after it (the longest such line in the corpora is under 500 letters) fit this head. Testing the whole of a paragraph
# joined over thousands of lines would cost its length at every join.
_TRAIL_HEAD = 2000


def _has_breadcrumb(text: str) -> bool:
    # A trail has two chevrons at least: counting them costs far less than the pattern, which starts a try at every
    # letter of a long paragraph.
    return sum(map(text.count, ">＞»›")) >= 2 and BREADCRUMB.search(text) is not None
_DATED_LINE = re.compile(ERA_DATE)
# 更新日：2023年4月1日, 掲載開始日: the dates a web page is stamped with, no date of the meeting.
PAGE_STAMP_WORDS = r"(?:最終)?更新日|掲載(?:開始)?日|公開日"
_PAGE_STAMP = re.compile(rf"{PAGE_STAMP_WORDS}|ページ(?:番号|ID)[:：]")


def _runs_into_furniture(prev: str, line: str) -> bool:
    # 更新日：2023年4月1日 / 本年度の第1回…, 会議録 / ホーム > 健康 > …: a page's stamp is a line of its own however
    # wide, and no line runs on into its breadcrumb (a trail cut by the page edge still goes on with its tail).
    return bool(_PAGE_STAMP.match(prev.lstrip(" \t\u3000"))) or (_has_breadcrumb(line) and not _has_breadcrumb(prev))


# 北野一郎教育長、南田健教育長職務代理者、西川花子委員, 関委員: a list of names each closed by its role.
# 北野(南田委員代理)、東山委員、…: a stand-in named with the member he came for closes an entry as a role does.
_ROLE_CLOSED_LIST = re.compile(r"(?:[^\s、。]{1,24}?(?:委員|長|職務代理者?|代理[)）])、){2,}[^\s、。]{1,24}?(?:委員|長|職務代理者?)")
_ROLE_CLOSED_ENTRY = re.compile(r"[^\s、。]{2,24}?(?:委員|長|職務代理者?|主幹|主査|参事|補佐|主任|主事)(?:[(（][^()（）、。]{1,12}[)）])?、")
_ENDS_ON_CLOCK = re.compile(rf"(?:{CLOCK})[ \t\u3000]*(?:{_SPACED_WORDS}|{OPENING_WORDS}|{CLOSING_WORDS})$")
# 開会(開議)  平成17年5月17日 午前10時00分 / 延会  平成17年5月17日 午後11時45分: rows of the sitting's clocks, each its own.
_CLOCK_AT_END = re.compile(rf"(?:{CLOCK})$")
_CLOCK_WORD_FIRST = re.compile(rf"(?:{OPENING_WORDS}|{CLOSING_WORDS})(?:[(（]|[ \t\u3000]|$)")


def _clock_rows(prev: str, line: str) -> bool:
    return ("時" in prev[-6:] or "分" in prev[-3:]) and bool(_CLOCK_AT_END.search(prev)) \
        and bool(_CLOCK_WORD_FIRST.match(line.lstrip(" \t\u3000")))
_PIPE_CELL = re.compile(r"^[ \t\u3000]*[^|｜\s]{1,20}[ \t\u3000]*[|｜][ \t\u3000]")


_RECORD_TITLE = re.compile(r"(?:会議録|議事録|会議記録)(?:[（(]第?[0-9０-９]{1,3}号?[）)])?$")


_RECORD_SECTION_ALONE = re.compile(r"会議録|議事録|会議記録|議事要旨|議事概要|会議要録|議事要録|議事の経過|審議経過")
_WHOLE_ENTRY_END = re.compile(r"(?:について|の件|に関すること)$")


def _section_word_after_entry(prev: str, line: str) -> bool:
    """1 …の課題等について / 会議録 / 1 開会: the agenda's last entry, whole (however wide), then the record's own section
    word alone on its line; the word opens the proceedings and is no end of the title."""
    return bool(_RECORD_SECTION_ALONE.fullmatch(line.strip(" \t\u3000")) and _WHOLE_ENTRY_END.search(prev.rstrip()))


def _after_record_title(prev: str, line: str) -> bool:
    """令和８年第１回北野市議会臨時会会議録 / 開会　令和８年１月１９日…: a title that names the record ends its line,
    however wide it is. A sentence that wraps after the word (これより日程第１、会議録 / 署名議員の指名を…) has its
    punctuation or its speaker's mark; a particle (…の会議録 / の確認) carries one on."""
    p = prev.rstrip(" \t\u3000")
    # The word and its number (会議録(第12号)) are at most 11 letters and end the line: the tail holds any match.
    if not _RECORD_TITLE.search(p[-11:]):
        return False
    p = p.lstrip(" \t\u3000")
    return not any(c in p for c in "、。，．") and p[:1] not in SPEAKER_MARKS and not _KANA_TAIL.match(line.lstrip(" \t\u3000")[:1])


_BARE_NAMES = re.compile(r"[一-龥々ヶ豈-﫿]{2,6}(?:、[一-龥々ヶ豈-﫿]{2,6}){2,}")
_ROOM_LINE = re.compile(r"(?:会議室|委員会室|議場|ホール|会館|庁舎|[0-9０-９]階)$")


def _room_cell(line: str) -> bool:
    before = line.strip(" \t\u3000")
    return bool(_ROOM_LINE.search(before[-4:])) and len(before) <= 30 and not any(c in before for c in "、。")


_HONOURED_LABEL = re.compile(r"[ \t\u3000]*[一-龥ァ-ヶー]{1,16}[(（][一-龥々ぁ-んァ-ヶー]{1,8}(?:[ \u3000][一-龥々ぁ-んァ-ヶー]{1,4})?君[)）][ \t\u3000]")


def _continues(out: list[str], blanks: int, line: str) -> bool:
    prev = out[-1 - blanks] if len(out) > blanks else ""
    p = prev.rstrip()
    if not p:
        return False
    if _closes_open_bracket(p, line):
        return True
    if is_structural(line) or _after_record_title(p, line):
        return False
    if _section_word_after_entry(p, line):
        return False
    if _PIPE_CELL.search(line):
        # 欠席者氏名(敬称略) | 委員長 北野一郎: a row of a table drawn with bars starts with its own label cell.
        return False
    if p[-1] in _SENTENCE_END or p[-1] in "〉>＞】〕》":
        return False
    if _closed_list_over_another(p, line):
        return False
    if blanks and p[-1] in "会議" and _has_cell_gap(line.strip(" \t\u3000")) and _ENDS_ON_CLOCK.search(p):
        # 令和5年3月17日 午前10時00分 開 議 / (blank) / 北野一郎   予算特別委員長: the sitting's clock closes its line;
        # a row of cells after it is no wrapped tail.
        return False
    stripped = line.lstrip(" \u3000")
    if _has_cell_gap(stripped) and _has_cell_gap(p.lstrip(" \t\u3000")):
        # 委員長　　大山益巳　　　　　副委員長　　吉谷　　　徹 / 委　　員　　渡部…: rows of a table padded with spaces.
        return False
    if _narrow_rows(p, line) or _titled_rows(p, stripped) or _post_and_name_rows(p, stripped):
        return False
    if "\t" in p:
        # A table row continues only when its last cell was cut at the page edge.
        if len(p.rsplit("\t", 1)[1]) < 15 or "\t" in line:
            return False
    elif _looks_like_heading(p):
        # A wrapped heading continues only while a bracket is still open.
        return _unclosed(p)
    if len(p.strip()) < 15 and not _unclosed(p) and p[-1] != "、":
        return False
    if _has_breadcrumb(p[:_TRAIL_HEAD]) or _runs_into_furniture(p, stripped):
        # ホーム > 健康 > 北山県保健連絡会議 > 開催結果: a page's breadcrumb is a line of its own.
        return False
    if _clock_rows(p, stripped):
        return False
    if _DATED_LINE.match(stripped) and "。" not in stripped and not any(c in p for c in "、。"):
        # 第2回北山県連携会議 / 平成24年7月24日(火曜日)午後1時30分から…: the title, then the sitting's date.
        return False
    if _DATED_LINE.match(stripped) and _WHOLE_ENTRY_END.search(p) and "。" not in p:
        # ③…に基づく、…の公表について / 令和5年4月1日から令和6年3月31日までの請求数 12件: an entry's whole title,
        # then the figures reported under it, opening with their period.
        return False
    first = stripped[:1]
    if p[-1] in ")）" and len(p.strip()) < 40 and not _unclosed(p) and not _KANA_TAIL.match(first):
        # 総務部長(資料1に沿って説明) / 資料1の…: a label or a heading closed by its note, then what follows it.
        return False
    if p[-1] in ")）" and p.lstrip(" \t\u3000")[:1] in "・•" and not _unclosed(p) and not _KANA_TAIL.match(first):
        # ・【後日報告】…すること（対応：市民課、期限：令和8年1月31日） / 以上のとおり…: a bullet closed by its note ends the
        # entry; the sentence below is the record's own.
        return False
    if not first or not (first.isalnum() or first in "ー、。」）』"):
        return False
    if p[-1] in "、，,":
        return True
    if "、" in stripped[:30] and _ROLE_CLOSED_ENTRY.match(stripped) and p.count("、") >= 2 \
            and _ROLE_CLOSED_LIST.fullmatch(p.strip(" \t\u3000")):
        # 北野一郎教育長、南田健委員、西川花子委員 / 東山実教育次長、…: the board's line, then the officials' line;
        # each list closes on a role, and the next opens with a name and its role: two lists, not one wrapped.
        return False
    if _KANA_TAIL.match(first) or (_KATAKANA.match(p[-1]) and _KATAKANA.match(first)):
        # Hiragana cannot start a sentence-initial noun phrase here, and a katakana word
        # split between lines (シス / テム) is one word.
        return True
    # The room's word ends its line in at most four letters: the tail holds any match.
    if _ROOM_LINE.search(p[-4:]) and len(p.strip(" \t\u3000")) <= 30 and not any(c in p for c in "、。") \
            and (_ROLE_CLOSED_ENTRY.match(stripped) or _BARE_NAMES.fullmatch(stripped)):
        # 市役所本庁舎 5階 第三委員会室 / 小平委員、児玉委員、…: a form's cell that names the room, then the roster's
        # (or the bare names of a form whose labels were lost: 北野一郎、南田健、東山明).
        return False
    if _BARE_NAMES.fullmatch(stripped) and _BARE_NAMES.fullmatch(p.strip(" \t\u3000")) \
            and _room_cell(out[-2 - blanks] if len(out) > blanks + 1 else ""):
        # 北山市役所 2階 会議室 / 北野一郎、南田健、東山明 / 西川誠、森本進: the room, then two rows of bare names, those
        # present and those absent, on a page that lost the fields' labels.
        return False
    # A short line without punctuation after a complete-looking one is a heading, not a tail.
    return len(stripped) >= 20 or any(c in stripped for c in "、。，．")


# … 議事課主査 北野一郎 △会議事件 1.…報告の件 1.…出席の件   午後1時13分開議 △開議: an assembly's record run onto one line,
# its △ headings (the sitting's business, the opening) each opening a line. The business lists every case after the
# same 1. (the house's bullet, not a count): each case goes on a line of its own, numbered in turn as a list is.
_TRIANGLE_HEADING = re.compile(r"[ \t\u3000]+(?=△[^\s△]{1,12}(?:[ \t\u3000]|$))")
_BUSINESS_HEADING = re.compile(r"^△(?:会議事件|付議事件|本日の会議に付した事件)(?=[ \t\u3000])")
_BULLET_ONE = re.compile(r"[ \t\u3000]+1[.．](?=\S)")
_OPENING_CLOCK = re.compile(r"[ \t\u3000]+(?=(?:午前|午後)[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?(?:開議|開会))")


def triangle_business_apart(line: str) -> list[str]:
    pieces = _TRIANGLE_HEADING.split(line)
    if len(pieces) < 3 or not any(_BUSINESS_HEADING.match(p) for p in pieces):
        return [line]
    out: list[str] = []
    for piece in pieces:
        head = _BUSINESS_HEADING.match(piece)
        cases = _BULLET_ONE.split(piece[head.end():]) if head else []
        if not head or len(cases) < 3 or cases[0].strip(" \t\u3000"):
            out.append(piece)
            continue
        *cases, last = cases
        last, *after = _OPENING_CLOCK.split(last, maxsplit=1)
        out.append(head.group(0))
        out.extend(f"{k}.{case.strip()}" for k, case in enumerate([*cases[1:], last], start=1))
        out.extend(after)
    return out


# 議事録 北野会長 / ただ今から、第660回…を開催いたします。: the first speaker's label printed on the record's heading line; the
# label goes on a line of its own over the speech, as the labels after it stand.
_LABEL_ON_RECORD_HEADING = re.compile(
    r"^(?P<h>[ \t\u3000]*(?:議事録|会議録|議事の経過|議事内容|審議内容))[ \t\u3000]+"
    r"(?P<l>[一-龥々ヶ]{1,6}(?:会長|委員長|部会長|座長|議長))[ \t\u3000]*$"
)


def label_off_record_heading(line: str) -> list[str]:
    m = _LABEL_ON_RECORD_HEADING.match(line)
    return [m.group("h"), m.group("l")] if m else [line]
