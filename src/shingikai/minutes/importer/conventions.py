"""The catalogue of conventions the importer knows, in one place.

Minutes come in many house styles. Every convention a line can follow is named here with one
example in that style; the classifiers (speakers, structure, header) build their patterns from
these pieces, and tests/test_importer_conventions.py runs each example through the parser.
To teach the importer a new layout, add its convention here first, with its example.

Kinds of line: ``speaker`` (a label opens a turn), ``rostered-speaker`` (a label only where the
header's roster names the speaker), ``stage`` (a stage direction, never a turn),
``heading`` (a marked heading that is not a turn), ``roster`` (attendance), ``header`` (a meeting
fact, ``field=value``), ``agenda`` (items in an agenda list, ``kind:title`` joined by ``|``),
``document`` (a paper handed out, never an item), ``proceedings`` (the body of the minutes, whose
headings and narration name the items, ``kind:title`` joined by ``|``), ``record`` (a whole record, header
included, and the items it yields, the same way), ``outcome`` (an assembly's
proceedings, and what the chair declares decided on each item, ``title=outcome`` joined by ``|``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Marks that open a speaker's turn (and, in assembly records, some headings: ○議事日程).
# ◯ (U+25EF) and 〇 (the ideographic zero) stand in for ○ in many minutes systems.
SPEAKER_MARKS = "○〇◎●◯◆■"

# Marks that open a topic heading, never a turn: ◇ 議案第57号について (a summary record's topic, an
# assembly's ◇ 一般質問).
TOPIC_MARKS = "◇"

# Words that name a seat in the chamber or the body: 議長, 委員, 議員 …; a label that ends in one
# of these (山田委員, 総務部長) names a speaker.
# 危機管理対策監, 政策調整監, 地域振興監: posts whose title ends in 監 speak as the heads of units do.
ROLE_SUFFIXES = (
    "会長|副会長|委員長|副委員長|議長|副議長|委員|議員|部会長|座長|"
    "市長|副市長|区長|副区長|町長|副町長|村長|副村長|知事|副知事|助役|収入役|教育長|教育次長|会計管理者|管理者|"
    "課長補佐|課長|係長|主査|主幹|副主幹|主任主事|主任|主事|参事|副参事|室長|所長|部長|次長|局長|館長|園長|"
    # 健康福祉部参与: a post a city gives a senior official beside the line of departments.
    "補佐|技師|専門員|専門官|保健師|指導主事|理事|参与|審議監|対策監|調整監|管理監|政策監|統括監|専門監|振興監|担当課長|君|氏"
)

# Words in a marked line that make it a heading or a roster, never a speaker (○出席議員).
NOT_SPEAKER_WORDS = (
    "出席|欠席|説明のため|職務のため|署名|議事日程|日程第|会議に付した|付議事件|本日の会議|"
    "開会|閉会|開議|散会|休憩|再開|延会|所信表明|施政方針|一般質問|追加日程"
)

# 〔拍手〕, （「異議なし」と呼ぶ者あり）, —事務局から報告—: what happened, not who spoke. A bracket
# that ends in 説明/報告 (【事務局説明】) is one too; 【報告事項】 is a heading.
STAGE_WORDS = (
    "声|拍手|挙手|異議|一同|全員|了承|退席|退室|入室|着席|休憩|再開|起立|賛成|登壇|降壇|呼ぶ者|発言する者|"
    "者あり|資料配付|資料配布|散会|閉会|開会|開議"
)

# 〔委員全員〕 / 異議なし。, 【一同】 / 了承。: the members answering together, labelled in the house's brackets alone on
# the line over what they said, are a turn (the chorus speaks), though the bracket holds a word of STAGE_WORDS; a
# direction that reports the answer (〔「異議なし」と呼ぶ者あり〕, （委員全員賛成）) stays a stage direction.
CHORUS_LABELS = "委員全員|全委員|各委員|委員一同|一同|出席委員全員|委員各位|全員"

# Attendance headings whose value is a roster; a count in brackets may follow (出席議員（３４名）).
ROSTER_LABELS = {
    "出席議員": "present", "出席委員": "present", "応招議員": "present",
    "欠席議員": "absent", "欠席委員": "absent", "不応招議員": "absent",
    # 開会日に応招した議員 / 北野 一郎君  南田 健君 … / 応招しなかった議員 / なし: an assembly's roster phrased as a clause.
    "開会日に応招した議員": "present", "応招した議員": "present", "応招しなかった議員": "absent",
    "開会日に応招しなかった議員": "absent",
    # 出席委員の氏名 / 大島純、…: a form's label that names what the cell lists.
    "出席委員の氏名": "present", "出席委員名": "present", "出席者氏名": "attendees", "欠席者氏名": "absent",
    "委員出席者": "present", "委員欠席者": "absent", "出席職員の職・氏名": "staff", "欠席委員の氏名": "absent", "欠席委員名": "absent",
    "説明のため出席した者": "staff", "説明のため会議に出席した者": "staff", "出席説明員": "staff",
    "地方自治法第121条の規定による説明員": "staff",
    # 議員の出欠(出席 ◯印・欠席 ×印): a table of the seats, each name marked present or absent.
    "議員の出欠": "present",
    # ◯議員出欠状況(出席百十人 欠席二人) / 一番 北野一郎君(出席) / 二番 南田健君(〃): each seat marked, 〃 repeating the mark
    # above it.
    "議員出欠状況": "present", "委員出欠状況": "present",
    # 出席並びに欠席委員 / 出席8名 欠席0名 / 役職 氏名 出欠 / 委員長 北野ひさ 出席: one table of both, its 出欠 column
    # telling them apart.
    "出席並びに欠席委員": "present", "出席及び欠席委員": "present", "出席並びに欠席議員": "present",
    "出席及び欠席議員": "present", "出席並びに欠席委員の詳細": "present", "出席並びに欠席議員の詳細": "present",
    "出席、欠席議員及び欠員": "present", "出席、欠席委員及び欠員": "present",
    # 地方自治法第121条により説明のため出席した者の職・氏名, 職務のために出席した者の職・氏名.
    "地方自治法第121条により説明のため出席した者の職・氏名": "staff", "職務のために出席した者の職・氏名": "secretariat",
    "職務のため出席した者": "secretariat", "職務のため議場に出席した事務局職員": "secretariat",
    "事務局出席職員": "secretariat", "議会事務局職員": "secretariat",
    # 2.出席した議員 1番 北野一郎 … 3.欠席した議員 15番 南田健 4.出席した事務局職員 局長 …: the roster's labels as
    # past-tense clauses.
    "出席した議員": "present", "欠席した議員": "absent", "出席した事務局職員": "secretariat",
    "地方自治法第121条による出席者の職氏名": "staff",
    "本日の会議に付した事件": "agenda", "会議に付した事件": "agenda", "付議事件": "agenda",
    # The Diet's committees: 本日の会議に付した案件 / 令和二年年次報告書に関する件.
    "本日の会議に付した案件": "agenda", "会議に付した案件": "agenda",
}

# -------- / ──────: a rule drawn between the parts of a page. clean.py cuts a flattened line at it and leaves it a line
# of its own; parse.py ends an agenda entry there.
RULE_DASHES, RULE_LINE_CHARS = 5, "─━―－—"
INLINE_RULE = rf"(?:-{{{RULE_DASHES},}}|[{RULE_LINE_CHARS}]{{4,}})"

# The clock lines that open and close a sitting: 午前10時00分　開議 / 午後3時12分　散会.
OPENING_WORDS = "開会|開議|再開"
# 午後５時14分　休会: the day ends in a recess of the session that sits the year round.
CLOSING_WORDS = "散会|閉会|延会|閉議|休会"
CLOCK = (
    r"(?:(?:午前|午後)[ \t\u3000]*)?[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]*時"
    # 午前十一時零分: a record in kanji numerals writes the minutes 零 (or 〇) on the hour.
    r"(?:[ \t\u3000]*[0-9０-９〇零一二三四五六七八九十]{1,3}[ \t\u3000]*分)?|[0-9０-９]{1,2}[:：][0-9０-９]{2}"
)
# 〇午後１時開会: some minutes systems put a mark before the sitting's clock line as well. Others
# put the word first: 閉会　11時02分.
CLOCK_LINE = re.compile(
    rf"^[ \t\u3000]*[{SPEAKER_MARKS}]?[ \t\u3000]*[(（〔=＝]?[ \t\u3000]*"
    rf"(?:(?P<clock>{CLOCK})[ \t\u3000]*(?P<word>{OPENING_WORDS}|{CLOSING_WORDS}|休憩)"
    rf"|(?P<word2>{OPENING_WORDS}|{CLOSING_WORDS}|休憩)[ \t\u3000]*(?P<clock2>{CLOCK}))[ \t\u3000]*[)）〕=＝]?[ \t\u3000]*$"
)
# A clock line names what happened; the word is a cheap search that rules out nearly every line
# before CLOCK_LINE's optional marks and brackets are tried.
_CLOCK_WORD = re.compile(rf"{OPENING_WORDS}|{CLOSING_WORDS}|休憩")


def letter_spaced(word: str, gap: str) -> str:
    """会 長, 開 催 場 所: ``word`` as a pattern that allows ``gap`` between its letters, as a label or heading
    spaced out to the width of its column is printed."""
    return gap.join(map(re.escape, word))


# The most of a line a whole-line pattern for a title or a header field looks at: none is this long, and a page run
# onto one line (megabytes) holds its title, if any, at its start.
TITLE_SPAN = 10_000


def is_clock_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a sitting's clock line: 午前10時00分　開議."""
    return _CLOCK_WORD.search(line) is not None and CLOCK_LINE.match(line) is not None


# The dates of a header: 令和5年3月17日, 平成 元年 9 月 2 日 (a blank may stand between the parts), 2024年3月1日.
# Pattern texts, to build the header's patterns: DATE in either calendar; ERA_DATE in the era's years only
# (平成25年10月22日(火曜日)、…を…において開催した); ERA_YEAR the era year alone (令和 元年); ERA and ERA_NUMBER
# the pieces of a date written without a blank (平成27年5月20日(月)午前9時30分から… in a flattened table).
_BLANKS = r"[ \t\u3000]*"
ERA = r"(?:令和|平成|昭和)"
ERA_NUMBER = r"(?:元|[0-9０-９]{1,2})"
ERA_YEAR = rf"{ERA}{_BLANKS}{ERA_NUMBER}{_BLANKS}年"
MONTH_DAY = rf"[0-9０-９]{{1,2}}{_BLANKS}月{_BLANKS}[0-9０-９]{{1,2}}{_BLANKS}日"
DATE = rf"(?:{ERA}{_BLANKS}{ERA_NUMBER}|[0-9０-９]{{4}}){_BLANKS}年{_BLANKS}{MONTH_DAY}"
ERA_DATE = rf"{ERA_YEAR}{_BLANKS}{MONTH_DAY}"


# A header's numbered list may space the word out to its column's width before the clock: 4 閉  会  午後0時07分.
SPACED_WORDS = "|".join(w[0] + r"[ \t\u3000]{1,4}" + w[1] for w in f"{OPENING_WORDS}|{CLOSING_WORDS}".split("|"))
# The same inside a flattened line, either way round: 10時38分開議, =開会 午前10時0分=; run on from the date
# (12月9日午前10時00分開議) or from a note in brackets (〇開 会(雨天のため午後3時開会)).
CLOCK_INLINE = re.compile(
    # 令和5年3月17日 午前10時00分 開 議: the word spaced out after the clock as well.
    # …臨時会会議録開会　令和８年…: the record's title run on into its opening line.
    # 午前10時00分(開議時刻) … 午後0時05分(閉会時刻): the word in brackets after the clock, naming it the time of.
    rf"(?:^|(?<=[\s=＝(（〔)）{SPEAKER_MARKS}日])|(?<=会議録)|(?<=[ぁ-ん])(?=午前|午後))(?:(?P<clock>{CLOCK})[ \t\u3000]*(?:[(（](?=(?:{OPENING_WORDS}|{CLOSING_WORDS})時刻[)）]))?(?P<word>{OPENING_WORDS}|{CLOSING_WORDS}|{SPACED_WORDS})(?:時刻)?"
    # 閉　会　（午前１０時４４分）: the clock in brackets; 開会　令和８年１月１９日（月曜日）午前１０時００分: the day between.
    # 開会(開議)  平成17年5月17日 午前10時00分: the sitting opened and its business begun at one clock.
    rf"|(?P<word2>{OPENING_WORDS}|{CLOSING_WORDS}|{SPACED_WORDS})(?:[(（](?:{OPENING_WORDS})[)）])?[ \t\u3000]*"
    rf"(?:{DATE}[ \t\u3000]*(?:[（(][^（）()]{{1,6}}[）)])?[ \t\u3000]*)?[（(]?[ \t\u3000]*(?P<clock2>{CLOCK}))"
    # …(木)午前9時30分開会日程第1 会議録署名議員指名: a 議事日程 run together, its first entry right after the clock.
    # 午後1時05分開会開議, 開会・開議: a plenary's first day opens the session and the sitting at one clock.
    # 午後1時55分 開会、開議 / 午後3時16分 閉議、閉会: the sitting's business and the session named together.
    rf"(?=(?:[・、]?(?:開会|開議)|[・、](?:閉会|閉議|散会))?(?:$|[\s=＝)）〕]|日程第))"
)




# --- the words of fields and headings -------------------------------------------------------------

# A header's fields read by their words alone, when no reader took the header apart (header.field_values):
# (a form's 開 始 午前9時30分 終 了 午前11時45分 cells are the opening and closing clock)
# ◇開催日時 平成27年8月11日(火)午前10時~ ◇開催場所 北野市役所 3階会議室 ◇出席委員 …, letter-spaced (開 催 場 所)
# or a table read one cell a line (開会時間 / 午後1時30分). Each value runs up to the next field word of any kind,
# so the catalogue names the fields that only end a value ("other") as well as those read.
FIELD_WORDS = {
    # 議会開会時間:9時58分: an assembly's record names the clock its sitting opened at by the assembly's word.
    # 開議年月日時 令和2年3月11日 午前 9時59分 散会年月日時 …: a prefectural assembly's committee record by the day and clock.
    "opened": ("開会時間", "開会時刻", "開始時間", "開始時刻", "開会", "開始", "議会開会時間", "開議年月日時", "開会年月日時"),
    "closed": ("閉会時間", "閉会時刻", "終了時間", "終了時刻", "閉会", "終了", "議会閉会時間", "散会年月日時", "閉会年月日時"),
    "when": ("開催日時", "開催時間", "会議日時", "日時"),
    "place": ("開催場所", "開催会場", "会議場所", "会場", "場所"),
    # Fields read elsewhere (or not at all) that only end the value before them.
    "other": ("会議の名称", "会議名", "出席者", "出席委員", "出席者及び", "欠席者", "欠席委員", "事務局", "傍聴人",
              "傍聴者", "傍聴", "議題", "案件名", "案件", "付議案件", "次第", "会議内容", "会議資料", "説明員",
              "会議の経過", "提出された資料", "公開・非公開", "議事録", "会議録", "傍聴人の数", "傍聴者の数",
              "傍聴者数", "非公開の理由", "出席した者"),
}

# The words that name the meeting in a form's first field: 会議名称 / 北山市環境審議会.
NAME_FIELD_WORDS = ("会議の名称", "会議名称", "審議会等名称", "会議名", "名称")

# The fields a record flattened onto one line is broken before (flat.py), each back on a line of its own:
# 全員協議会議事録 1.日  時  令和4年9月22日 1.場  所  第3委員会室 1.出席議員 … .
FLAT_FIELD_WORDS = (
    "日時及び場所", "開催月日", "開催日時", "開催日", "開催場所", "日時", "場所", "会場", "開会日",
    "出席委員", "出席議員", "出席者", "欠席委員", "欠席議員", "欠席者", "出席説明員", "説明員",
    "出席事務局職員", "事務局職員", "出席した関係職員", "出席職員", "傍聴者数", "傍聴者", "傍聴人",
    "議事日程", "議事", "議題", "会議次第", "会議録署名委員", "会議録署名議員", "担当書記",
    # 開 始 午前9時30分 終 了 午前11時45分: a form's cells for the clock it began and ended.
    "開始", "終了", "事務局等",
    # …欠 席 議 員 29番 北 野 一 郎説明のため出席した者 市 長 …: the officials summoned, after the seats.
    "説明のため出席した者",
    # 場所 … 会議名 平成30年度 第1回北山市…協議会 出席者 … 会議要旨 …: a .txt record's head run onto one line, the meeting's
    # name and the summary's heading among its fields.
    "会議名", "会議要旨",
)

# The words that head an agenda read by its general shape (agenda_fallback.py), longest first so that 案件名 is
# not read as 案件 + 名: ◇次第 1 開会 2 …, 【協議事項】 (1)…, 会 議 内 容 (letter-spaced to its cell).
# A form's cell that sums up what was deliberated lists the business too: 審議の概要 / • …について / • その他.
AGENDA_HEADING_WORDS = (
    "審議の内容", "会議の内容", "審議の概要", "議事の概要", "会議の概要", "会議次第", "会議内容", "協議内容", "審議概要", "議事概要", "会議事項", "議事日程", "議事内容", "付議案件", "付議事件", "付議事項",
    "協議事項", "報告事項", "審議事項", "説明事項", "審議案件", "協議案件", "報告案件", "審議内容", "案件名",
    "議題", "議事", "案件", "次第", "内容",
)

# Rosters read by their shape (roster_fallback.py).
# The words that head the list of those present: the header's 出席者 / 出席委員 and more, 7 出席した者(傍聴人を除く。)
# 氏名(敬称略) 北野一郎、南田健、….
PRESENT_WORDS = tuple(w for w in FIELD_WORDS["other"] if w.startswith("出席") and w != "出席者及び") + (
    "出席した者", "出席した委員", "委員出席者", "出席者名", "出席者氏名", "出席者の氏名", "出席委員氏名",
    # 会 議 出 席 者 / 北野 一郎 委員 …: a heading of its own over the roster, after the order of business.
    "会議出席者",
)
# What ends the list of those present besides the header's field words (not those of attendance): 北野一郎、
# 南田健 欠席 東山亨 / … 発言者 ….
ROSTER_END_WORDS = ("欠席", "発言", "会議の概要", "審議内容", "説明者")
# The heading of another group's list, on the line of a (敬称略) or a count: 事務局(敬称略) 北野一郎 ….
OTHER_GROUP_WORDS = ("事務局", "傍聴", "欠席", "説明", "市側", "出席職員", "関係")
# Words of a form's fields and offices that a reader may take for a name, besides the header's field words:
# 出席者 北野一郎、関係人 → 関係人 is no member.
NOT_NAME_WORDS = ("関係人", "関係者", "説明者", "説明員", "出席者", "委員", "会長", "副会長", "委員長", "議長", "職員", "事務局")


@dataclass(frozen=True)
class Convention:
    name: str
    kind: str
    example: str
    expect: str   # what the example must yield: the speaker label, the line kind, or a roster's names


# Examples that show more than one convention each.
_FORM_COLUMN = (
    "-(様式第4号)\n1\n2\n3\n4\n5\n審議会名\n日\n時\n会\n場\n出 席 者\n市側出席者\n審議会等付属機関 会議概要\n"
    "北山市文書館整備検討懇話会\n令和5年7月16日 午後1時30分から午後3時まで\n市役所本庁舎 5階 第三委員会室\n"
    "北野委員、南委員、関委員、西田委員、東委員\n北山市長、南田総務部長、西川総務課長、\n東山文化課長\n"
)
# A PDF 会議録 form as a document site shows it: letter-spaced labels, the room's label and value after the clock on
# the date's line, a comma list that forgot one comma, those attending from outside the body and the absent run on.
_FORM_ROSTER_RUN_ON = (
    "会議録 北山市青少年センター運営審議会|北山市ホームページ\n\n18 \n\nFull text\n\n(1)\n\n会 議 名 平成28年度 第1回北山市青少年センター運営審議会 議題及び議題\n"
    "\n毎の公開又は 非公開の別\n\n議題\n\n1 副会長の選出について( 公開)\n\n2 平成28年度北山市青少年センター事業 ( 上半期) 実施状況について( 公開 )\n"
    "\n日 時\n\n平成28年10月13日(木) 午前10時45分から12時まで 場 所 北山市青少年センター 2階会議室\n\n出席委員氏名\n"
    "\n会長 北野 一郎、\n\n委員 南田 健、東山 亨、西川 清、森本 進 川上 勉、大野 春美、小林 保、中村 次郎\n\n委員外出席者 北山警察署 森生活安全課長 欠席委員氏名 上田 実、下田 学\n"
    "\n事 務 局\n\n教育長 北川 花子\n\n生涯学習部長 南野 一男\n\n生涯学習部青少年課長 東野 定夫 青少年センター所長 西野 等 社会教育指導員 北村 寿夫\n"
    "\n総務課長補佐 南村 聡\n\n傍 聴 者 1名\n\n議 事\n\n(2)\n\n青少年課長 本日はお忙しい中、御出席をいただきまして、誠にありがとうございます。\n"
)
# A prefecture's 審議会 database view: each label set against its value, a date that lost its units, 12-hour clocks.
_VIEW_WITH_GLUED_LABELS = (
    "- 山梨県人権尊重の社会づくり協議会 -\n山梨県人権尊重の社会づくり協議会会議録\n"
    "開催日時平成221217日(曜日) 01:30 PM 03:40 PM開催場所北山会館\n2階 第3会議室\n"
    "出席者名北野一郎会長代理; 南田健委員; 東山亨委員; 西川清委員\n議題(1)北山地区の相談体制について(報告事項)\n(2)その他"
)
# A national bureau's study group: its name ending in 検討会, the sitting a 会合, the chair elected in the account.
_STUDY_GROUP_GATHERING = (
    "まちの暮らしを支えるICT利活用に関する調査検討会 第1回会合議事録\n\n1 日時\n\n平成18年6月30日(金) 14:00−16:00\n\n"
    "2 場所\n\n北山会館 第1会議室\n\n3 出席者\n\n北野一郎、南田健、東山亨、西川清\n\n4 議題\n\n(1)座長の選出\n\n(2)意見交換\n\n"
    "5 議事概要\n\n(1)座長の選出\n事務局から座長に北山大学経済学部教授の北野一郎を選出したい旨提案があり、承認された。\n\n"
    "(2)意見交換\n北山地区の取組について意見交換を行った。\n"
)
# An assembly committee's record flattened onto one line after its title, each field opened by 〇 before its label.
_MARKED_FIELDS_AFTER_THE_TITLE = (
    "  1. 北山市議会 2018-08-17\n    平成30年 8月17日 総務委員会              総務委員会会議録             平成30年8月17日"
    "〇本日の会議に付した事件 議案第113号 平成30年度北山市一般会計補正予算(第3号)〇出席委員 〔◎委員長  〇副委員長〕     "
    "◎ 北 野 一 郎            〇 南 田   健       東山亨              西川清〇欠席委員 なし〇委員外出席者       森本進"
    "              川上勉〇説明員 総務課長  大野春美"
)
# A press release that carries the summary of the sitting as its attachment (別紙1), the release's own date above.
_SUMMARY_ATTACHED_TO_A_RELEASE = (
    "平成28年11月24日(木)\n北山地方整備局\n記者発表資料\n平成28年度第7回 北山地方整備局事業評価監視委員会の開催結果について\n"
    "問い合わせ先\n北山地方整備局 TEL.048-000-0000(代表)\n(別紙1)\n平成28年度第7回 北山地方整備局事業評価監視委員会\n議事概要\n"
    "1.日\n時\n平成28年11月22日(火)16:00~\n2.場\n所\n北山合同庁舎2号館 14階 第1会議室\n3.出席者\n[委員長]\n北野 一郎\n"
    "(北山大学教授)\n[委員]\n南田 健\n東山 亨\n"
)
_UNLABELLED_WITH_HEADED_ROSTER = (
    "ここから本文です。\n令和5年6月4日(月曜日) 午前9時30分から午前11時40分まで\nホテル北山 桜の間\n(1)委員\n"
    "北野委員、南田委員、東山委員、西川専門委員\n(2)事務局\n森本副知事、川上都市計画課長\n"
)
_FLATTENED_WITH_ANGLE_LABELS = (
    "令和6年度 第2回北山区自立支援協議会運営会議  日時 令和6年12月12日(木)午前10時00分から午前11時40分まで  "
    "場所 オンライン開催 <会議次第> 1 開会 2 議題 (1)令和6年度専門部会からの報告について (2)令和7年度の日程について "
    "3 その他 <出席者> 北野 一郎 会長、南田 健 副会長、東山 清部会長、西川 明部会長 北山区相談支援センター、"
    "北山区社会福祉協議会、 障害福祉課 事務局:それでは、定刻となりましたので、第2回運営会議を開催いたします。"
    "本日はオンラインでの開催としております。ご発言のときはお名前を名のっていただいてからご発言ください。"
    "また、本日は会議録の作成のため、録音をしております。それでは、事前にお送りしております資料の確認をお願いいたします。"
)
_OVERPRINTED_HEADINGS = (
    "(1)\n\n第 2\n\n2回\n\n北山市住まいの協議会\n\n北山市住まいの協議会\n\n北山市住まいの協議会\n\n議事録\n\n議事録\n\n議事録\n\n"
    "(1)日時 (1)日時 (1)日時 平成28年11月22日(火)15:30~16:30 (2)場所 (2)場所 (2)場所 北山市民ホール 2階 第2会議室 "
    "(3)出席委員 (3)出席委員 (3)出席委員 会 長 北野 健太 北山大学経済学部 教授 副 会 長 南田 直人 北山学園大学 教授 "
    "委 員 東山 浩一 北山工業大学 教授 委 員 西川 寛子 公募委員 委 員 森本 安春 公募委員\n"
)

# A form's label column read one character a line: the title word between a roster label and its names, a row's last
# given name past the next label, and 議 / 事 around the first label with the form's clock.
_LABEL_COLUMN_SPLIT = (
    "(北山村総合計画について) [PDF文書ファイル]\n\n北山村総合計画審議会\n第3回審議会\n日\n時\n"
    "令和5年7月10日(月) 18:30~20:00\n場\n所\n北山村公民館 2階会議室\n出席委員\n会議録\n"
    "北野一郎、南田健二、東山花子\n(5名) 西川正人、北山\n欠席委員\n守\n南野和夫、東川里美\n( 2名)\n"
    "説 明 者\n総務課長 西山 修\n議\n(開\n会)\n(西山課長)\n事\n18:30\n"
    "皆さんこんばんは。本日はお集まりいただきありがとうございます。\nそれでは北野会長にお願いします。\n"
    "(北野会長)\nこんばんは。よろしくお願いします。\n"
)
# A town's page with no labels: the sitting named in quotes, values alone, attendance as counts, one result sentence.
_UNLABELLED_RESULT_PAGE = (
    "本文\n大雨の被害を防ぐため、北山町では北山町水防協議会条例に基づき、毎年度「水防計画」を定めています。\n"
    "この計画案を審議するため、「令和5年度北山町水防協議会」を開催しました。\n"
    "令和5年6月2日(金曜日) 18時00分から18時40分まで\n北山町役場2階会議室(北山町大字南田100番地)\n"
    "北山町水防協議会会長1名\n北山町水防協議会委員12名\n事務局\n(北山町総務課職員2名)\n"
    "北山町水防計画(案)について審議し、承認されました。\n"
)

# A ministry's record page (round 53a): a numbered 次第 whose group entry lists its cases as dashed lines, an attendance
# table of members beside officials flattened row by row with group labels on first rows only, the opening clock, a
# blank line, then a label with no mark over the chair's words.
_MINISTRY_RECORD_PAGE = (
    "北山審議会 料金分科会 (令和5年11月30日開催) 議事録\n\n"
    "  1. 開会\n  2. 料金改正項目\n    -北山港使用料の見直し\n    -南田基準の適用期限の延長\n  3. 閉会\n\n"
    "出席者\n分科会長 北野 一郎 北山省 南田局長\n委員 東山 花子 西川審議官\n西山 次郎 北川総務課長\n"
    "南野 三郎 東田料金課長\n臨時委員 北田 四郎 南川室長\n専門委員 東野 五郎 北山省 西田整備企画課港湾施設\n"
    "中川 六郎 管理室長\n\n午前10時00分開会\n\n"
    "北野分科会長 皆様、おはようございます。ただいまから分科会を開催いたします。\n"
    " 本日の議題はお手元の議事日程のとおりでございます。\n"
)
# A prefectural assembly's committee record set in kanji numerals (round 53a): the date and the opening clock letter-spaced
# (午 前 十 一 時 零 分), the chair taking up a bill named number first (第四八号議案「…」).
_KANJI_NUMERAL_COMMITTEE = (
    "北山県議会 2019-02-18\n平成31年 建設委員会 本文 開催日: 2019-02-18\n"
    "1    平成三十一年二月十八日(月曜日)    午 前 十 一 時 零 分 開 会 ◯北野一郎委員長 それでは、建設委員会を開会いたします。 "
    "2 ◯北野一郎委員長 まず、第四八号議案「平成三十年度北山県一般会計補正予算(第三号)」所管分を議題といたします。"
    "南田建設部長。 3 ◯南田建設部長 それでは、第四八号議案の補正予算について、御説明をいたします。\n"
)
# A ministry's summary page (round 53a): each field a label line over its value, the case's title under 議題 over a
# sentence that says what the council is asked.
_SUMMARY_TITLE_OVER_SENTENCE = (
    "北山審議会議事要旨(平成23年1月14日)\n\n日時\n\n平成23年1月14日(金)10時00分〜12時00分\n\n場所\n\n北山審議会室\n\n"
    "出席者\n\n(委 員) 北野 一郎(会長)  南田 健  東山 花子\n\n(説明者) 北山局財務課 課長補佐 西川 健\n\n議題\n\n"
    " 北山白書の骨子(案)について\n 今回の議題は、北山法第30条により報告する白書の目次案について意見を求めるものである。\n\n"
    "要旨\n\n標記の件について、説明を受け、意見交換を行った。\n"
)

# A council's PDF copied onto one line (round 53a): the spaced label column's first letters before the values (日 場
# 時:… 所:…), members as name委員(affiliation) with a wrap blank inside 委員, a stand-in in lenticular brackets.
_ONE_LINE_SPLIT_LABELS = (
    "令和6年度 北山市有害鳥獣対策協議会 議事録 日 場 時:令和 6 年 5 月 10 日 14:00~15:00 所:北山市役所 2 号棟 301 会議室 "
    "事務局:北山市農林課 〈出席者〉 北野一郎委員(北山猟友会会長)、南田健二委 員(北山森林組合長)、東山花子委員(北山県森林課長"
    "【代理:森林課 西川主査】)、西山次郎委員(北山漁協組合長) 〈次第〉 1.開 会 2.協議事項 ①捕獲計画について 3.閉 会 "
    "・ 事務局進行のもと、執り行われた。\n"
)

# A board of education's record typed as tables (round 53a): the order of business a cell a line (3 議案第2号 / its title
# under it), the staff roster's posts alone on their lines, then the opening as one bracketed cell holding the first
# label and the clock ([開会 / 北野教育長 / 午後3時]), the labels alone on their lines over the speech.
_BOARD_TABLE_RECORD = (
    "平成29年 第2回 北山市教育委員会(臨時会)議事録\n会議日時\n平成29年2月2日(木)\n議事\n1\n議事録署名委員の選任\n2\n"
    "前回議事録の承認\n3 議案第2号\n北山市立学校の配置の考え方について\n件\n備考\n○\n説明のため出席を求めた者\n"
    "教育推進部参事兼学務課長\n南田 教育推進部参事兼指導課長東山\n○\n議案等審議結果\n議案\n結果\n"
    "[開会\n北野教育長\n午後3時]\nそれでは、只今より、北山市教育委員会(臨時会)を開会いたします。\n北野教育長\n"
    "まず、本日の出席者をご報告いたします。\n教育総務課長\n本日の事務局職員の出欠について、ご報告申し上げます。\n"
)

_PARTS_SET_AGAINST = (
    "令和 4年  3月 定例会(第442回)   令和4年第442回北山市議会定例会会議録(第13日目)                       午前10時00分(開議時刻)"
    "            令和4年3月25日(金)                       午後0時05分(閉会時刻)1.出席議員(4名)     議席番号   氏名    "
    "議席番号   氏名       1   北野一郎     2   南田健       3   東山清    4   西川明2.欠席議員(なし)3.欠員2名(5番、6番)"
    "4.説明のために出席した者      職名       氏名     職名       氏名     市長       森本正則   副市長      川上敬悟     "
    "教育長      大野春美   総務部長     小林保勝5.議会事務局出席者      職名       氏名     事務局長     中川芳光  課長       "
    "山田厚子6.会議に付した事件"
)
_FROM_TO_AT = (
    "北山県議会 > 2024-01-11 >\n    令和 6年  北山対策特別委員会1、開催年月日時刻及び場所  令和6年1月11日       自  午前10時0分"
    "       至  午前11時24分       於  委員会室\n-----------------------------------\n"
    "2、出席委員の氏名    委員長       北野一郎君    副委員長      南田健君    委員        東山清君     〃        西川明君\n"
    "-----------------------------------\n3、欠席委員の氏名    なし\n"
)
_ATTENDANCE_ROWS = (
    "平成23年度第1回北山町総合計画評価委員会議事録 1.日 時:平成23年11月18日(金)午前10時∼午後0時20分 2.場 所:北山町役場 会議室 "
    "3.出席委員等 関係団体等 氏 名 備 考 北山町区長会会長 北野 一郎 出席 商工会(商工会理事・青年部長) 南田 健 欠席 "
    "学識経験者(北山大学教授) 東山 清 出席 公募委員 西川 明 出席 (1)開会 (2)委員長選任 事務局 事務局案として、委員長に北山大学の"
    "東山先生をお願いしたいと思います。 (異議なしの声あり)"
)
_NOTED_MEMBERS = (
    "北山市基本構想等審議会 記録/第10回 都市整備部会\n日 時 : 平成12年6月14日(水) 午前10時~12時\n\n場 所 : 北山ホテル「青雲」\n\n"
    "出席者 :\n◎北野 一郎(北山大学大学院工学研究科教授) \n南田健(北山商工会議所会頭,北山大学名誉教授)\n"
    "○東山 清(市民公募委員) \n西川  明(北山市副市長)\n\n以上4名 \n◎…部会長     (50音順/敬称略) \n○…副部会長\n"
)
_CELL_A_LINE_FORM = (
    "平成27年度 第1回環境審議会議事録\n\n会議名 平成27年度第1回北山町環境審議会\n開催日\n平成27年\n7月\n9日\n会議時間\n開会\n閉会\n"
    "PM\nPM\n2:00\n4:15\n会議場所\n記録者\n北山町民センター研修室1\n企画環境課環境推進係\n出席者\n"
    "松本(北野委員代理)、南田委員、東山委員、西川委員、森本\n委員、中川委員\n南野町長、山本課長、桜井係長\n欠席者\n"
    "川上委員、大野委員\n会議日程\n1 開会\n2 町長あいさつ\n3 審議事項\n(1) 会長・副会長の選出について\n"
    "会議内容\n(1) 会長・副会長の選出\n北山町環境審議会設置条例に基づいて、会長、副会長を互選により選任\n→会 長:東山一郎氏\n"
    "副会長:中川花子氏\n東山会長あいさつ\n・よろしくお願いしたい。\n"
)
_CONVENED_NARRATED = (
    "平成26年1月28日\n第31回北山市農業委員会会議録\n第31回北山市農業委員会定例会を平成26年1月28日午後2時30分北山市民センター\n"
    "研修会議室に招集した。\n1.出席委員は次のとおりである。\n1番 北野一郎 2番 南田健 3番 東山清\n"
)
_NAME_COLUMNS = (
    "平成27年第15回北山町教育委員会会議議事録\n1 開催日時\n平成27年11月27日(金)\n午後3時30分~午後4時25分\n2 開催場所\n"
    "教育委員会会議室\n3 出 席 者\n教 育 長\n教育委員 教育長職務代理者\n委\n員\n事 務 局 教育部長\n生涯学習課長\n4\n"
    "北野\n南田\n東山\n西川\n森本\n一郎\n健二\n清子\n明\n進也\n議\n事\n報告第25号\n北山町総合計画の内示について\n"
)
_COUNTED_ROSTER = (
    "別記様式 審議会等の名称 平成 24 年度 第2回 北山市環境市民会議 環境課 議事録 会議の開催日時 平成 24 年 12 月 19 日(水)午前 10 時 00 分"
    "∼午前 11 時 30 分 会議の開催場所 市役所西庁舎 3階 特別会議室 ・委員7名(出席者5名、欠席者2名) 北野 一郎、南田 健、東山 清、"
    "(敬称略) ・(欠席者2名)川上 進、大野あや、西川 明、森本 進 (敬称略) 出席者(職・氏名) ・(事務局5名) 市民部長、環境課長 "
    "議 題 ・意見交換 ・その他 概 要 (1) 開会(環境課長) (2) 市民部長あいさつ (3) 北野会長あいさつ (4) 議事(議長:会長)"
)
_SPELLED_SEAT_MARKS = (
    "令和5年北山市外二町衛生組合議会 臨時会\n- 1 -\n令和5年 北山市外二町衛生組合議会 会議録第1号\n招集年月日 令和5年5月8日\n"
    "招集の場所 北山市外二町衛生組合議場\n出 席 議 員\n欠 席 議 員\n出席 しろまる\n欠席 ×ばつ\n番 号 氏 名 出欠 番 号 氏 名 出欠\n"
    "しろまる\nしろまる\n1番 北 野 一 郎 しろまる 4番 森 本 進 しろまる\n2番 南 田 健 しろまる 5番 西 川 清ーしろまる\n"
    "3番 東 山 亨 しろまる 6番 中 川 花 子 ×ばつ\n会議に出席\nした者の職\n職 名 氏 名 出欠\n管 理 者 大 野 修 しろまる"
)
_GAPPED_GROUPS = (
    "第2回北山市地域福祉計画検討委員会 会議録 ○開催日時 令和6年7月2日(火) 14時から15時まで ○開催場所 北山市役所 3階会議室 "
    "○出席者 (委員)       北野会長,南田副会長,東山委員,西川委員,森本委員,中野委員,上田委員,       下川委員,小山委員,おおの委員 "
    "      (手話通訳者)       北山市保健福祉部福祉課 たかだ専任手話通訳者,石田専任手話通訳者       北山市保健福祉部南福祉課 "
    "川村専任手話通訳者       (要約筆記者)       要約筆記サークルみなみ 森氏,林氏,はやし氏       (事務局)       "
    "北山市保健福祉部福祉課 大野課長,小林主査,中川主査 ○内容 1 開会       2 計画案について"
    "       3 閉会        ○発言要旨 1.開会 事務局(大野課長)  ただいまから第2回北山市地域福祉計画検討委員会を開催いたします。"
    "  【資料の確認】  それでは北野会長,よろしくお願いいたします。 北野会長  はい。それでは始めます。"
)
_NAME_FIELD_RUN_ON = (
    "見守りネットワーク協議会 会議録 日時 令和5年11月8日(水) 10:00〜11:30 場所 ふれあい福祉センター 多目的ホール 会議名 令和5年度 "
    "第2回北山市地域見守りネットワーク協議会 出席者 協議会委員(名簿のとおり) (欠席委員)北野(一)委員、南田委員 会議要旨 別紙次第により、"
    "第2回の地域見守りネットワーク協議会を開催した。 1 開会(進行:東山係長) 2 報告事項 (1)見守り活動の実績 (2)今後の取組について "
    "・別紙資料により、事務局より説明。 (西川委員) ・見守りの担い手が足りない。 (事務局) ・募集を続けていく。"
)
_SEATS_STOOD_BY = (
    "北山市農業委員会5月総会議事録 日時:令和2年5月 14 日(木)午後1時 30 分 場所:北山市庁別館 2 階会議室C 出席委員 農業委員 5 名中 4 名 "
    "1番 北野 一郎 2番 3番 南田 健 4 番 森本 進 5 番 橘 由正 農地利用最適化推進委員 3 名中1名 1 番 東山 清 待機 2 番 西川 明 "
    "3 番 中川 花子 待機 5月総会は感染拡大防止対策のため、必要最小限の人数で実施した。 職務のため出席した職員 事務局長 川上 修"
)
_FISHERIES_COMMITTEE = (
    "第22期第3回北海道連合海区漁業調整委員会議事録\n1 開催日時 令和3年8月19日(木)14時00分\n"
    "2 開催場所 北山市中央区北1条西6丁目\nホテル北山ガーデン 4階 平安\n3 出席委員 会 長 北 野 幸 博\n"
    "副会長 南 田 一 好\n委 員 東 山 国 雄"
)
_NATIONAL_TRANSCRIPTION = (
    "1 平成 2 5 年 5 月 2 9 日於 : 北山共用会議所 3 階 大会議室 水産政策審議会 第 61 回資源管理分科会議事録 水産庁 - 1 -\n\n"
    "2 水産政策審議会第 61 回資源管理分科会 1 開会 閉会の年月日 時刻 開会平成 2 5 年 5 月 29 日 1 0 時 0 0 分 "
    "閉会平成 2 5 年 5 月 29 日 1 1 時 1 4 分 2 出席した委員の氏名 ( 敬称略 ) 委員奥村保之北野信幸南田徳穂東山玲子"
    "西川卓森本東子山根香特別委員川上敏男大野栄\n"
)


_SITTING_FORM = (
    "          平成17年第1回北山市議会臨時会会議録\n\n                 (第1号)\n\n会議年月日  平成17年5月17日\n\n"
    "会議の場所  北山市議会 議場\n\n開会延会日時及び宣告\n\n  開会(開議)  平成17年5月17日 午前10時00分\n\n"
    "  延会      平成17年5月17日 午後11時45分\n\n  宣告者     開会 議長 北野 弘\n\n          延会 議長 南田 俊宏\n\n"
    "出席、欠席議員及び欠員\n\n  出席     3名\n\n  欠席      1名\n\n  欠員      1名\n\n              凡例   ◯出席を示す\n\n"
    "                   ▲欠席を示す\n\n議席番号   氏名      出席等の別\n\n  1   (欠員)\n\n  2   東山登志子      ◯\n\n"
    "  3   西川正路       ▲\n\n  4   北野 弘       ◯\n\n  5   南田俊宏       ◯\n\n会議録署名議員\n\n  2番  東山登志子\n"
)


_MARKS_BY_NAME = (
    "ホーム> 政策について> 審議会・研究会等> 北山科学審議会(水道事業の維持に関する専門委員会)> 第7回水道事業の維持に関する専門委員会 議事録\n\n"
    "2016年9月21日 第7回水道事業の維持に関する専門委員会 議事録\n\nしろまる日時\n\n平成28年9月21日(水) 10:00〜12:00\n\n"
    "しろまる場所\n\n北山労働委員会講堂\n\nしろまる出席者\n\n委員(50音順)\n\n北野委員 南田委員 東山委員長\n西川委員 森本委員\n\n"
    "北山省\n\n川上審議官 大野課長 久保補佐\n\nしろまる議題\n\n(1)官民連携の推進について\n(2)その他\n\nしろまる議事\n\n"
    "しろまる久保補佐 おはようございます。これより第7回水道事業の維持に関する専門委員会を開催いたします。\n"
)
_DASHED_DEFINITIONS = (
    "平成19年度第1回会議録\n- 日時\n- 平成19年5月24日(木曜日)午後2時~4時まで\n- 場所\n- 市役所4階委員会室\n- 出席委員\n"
    "- 北野委員、南田委員、東山委員、西川委員\n- 傍聴者\n- 3名\n- 関係部署\n- 森本市長\n- 事務局\n- 川上企画財政部長、大野主査\n"
    "- 議事内容\n- 別添議事録のとおり\n- 議題\n- 平成19年度行財政改革審議会への諮問について\n議事録(概要)\n(会長)\n開会宣言\n"
    "(会長)\n本日の議題に入る。\n"
)


# 出席委員 事 務 局 別館3階 第5会議室 北野一郎委員 …: a form's label column and its cells flattened in column order.
_FORM_CELLS_IN_COLUMN_ORDER = (
    "平成27年度 北山町都市計画審議会議事録 日 時 平成27年7月22日(水) 場 所 北山町役場 出席委員 事 務 局 別館3階 第5会議室 "
    "北野一郎委員 南田健二委員 東山花子委員 町長 北山太郎 建設係主査 13時30分∼15時00分 建設課長 開会 2 町長あいさつ "
    "西川三郎委員 中村四郎"
)
# 招集年月日 … / 開議 … a later day of the session: an assembly's record of its eighth day.
_CONVENED_THEN_OPENED = (
    "第121回北山市議会定例会会議録\n招集年月日\u3000平成12年12月 7日木曜日 午前10時\n招集の場所\u3000北山市議会議場\n"
    "開議\u3000平成12年12月21日木曜日 午前10時 2分\n閉会\u3000平成12年12月21日木曜日 午後12時30分"
)
# 会長 / 北山市 市長 北野一郎 / 委員 / • 北山警察署 署長 南田健二 …: a 防災会議's roster, one organisation, post and name a line.
_AFFILIATION_ROWS = (
    "(敬称略)\n会長\n北山市 市長 北野一郎\n委員\n• 北山警察署 署長 南田健二\n• 北山保健所 所長 東山花子\n"
    "• 北山市医師会 代表 西川三郎 (代理:中村四郎)\n• 北山市自治会連合会 会長 中野五郎"
)


# 〇出席委員等 / (委員長) 北 野 一 郎 / (委 員) 東 山 花 子  西 川   進 … / (議 長) …: an assembly committee's roster in cells of
# one width, the letters a space apart in four places, with the assembly's presiding officers sitting in under 等.
_COMMITTEE_ROSTER_CELLS = (
    "北山市議会 議会運営委員会会議録\n平成17年6月29日   午前10時00分開会\n\n〇出席委員等\n  (委員長) 北 野 一 郎\n"
    " (副委員長) 南 田   健\n  (委 員) 東 山 花 子  西 川   進  中 村 四 郎\n        森   一 朗  小 林 千代子\n"
    "  (議 長) 中 野 豊 美\n  (副議長) 森 本 松 男"
)
# 会 / 長:北野 一郎(市長) / 第一号委員:南田 健(…、所長) / 東山 進(…、副所長、西川所長代理) / (欠席) / 第二号委員:…: a 防災会議's
# roster grouped by the clause that seats each member.
_CLAUSE_GROUPED_ROSTER = (
    "会\n長:北野 一郎(市長)\n第一号委員:南田 健(北山河川事務所、所長)\n東山 進(北山県土整備事務所、副所長、西川所長代理)\n"
    "第二号委員:中村 四郎(北山保健所、所長)\n森 一二(北山ガス(株)北部支店、副支店長、高田支店長代理)\n"
    "第四号委員:小林 花子(企画部長)\n(欠席)\n第一号委員:星川 定夫(北山労働基準監督署、署長)\n第四号委員:大川 健司(副市長)"
)
# 会長 北山市 副市長 北野 一郎 北山交通(株)代表取締役社長 南田 健二 … 東山 進(代理) …: organisation, post and name run on.
_POSTS_AND_NAMES_RUN_ON = (
    "会長 北山市 副市長 北野 一郎 北山交通(株)代表取締役社長 南田 健二 北山交通(株)常務取締役 森本 経一(同席) "
    "(一社)北山県バス協会 会長 伊東 一男(欠席) 北山市町内会連合会 副会長 東山 花子 北山警察署 交通規制係長 藤田 和弘(代理) "
    "北山市老人クラブ連合会 会長 西川 進 北山地区自治振興会 会長 中村 四郎"
)


# ■もくじ■ / 1 / 開会・・・ 1 / … / 第90回(平成28年度第3回)北山市都市計画審議会 / 1 / 日時 / …: a printed record's contents, each
# entry closed by its page, before the header it repeats.
_PAGED_CONTENTS = (
    "平成28年度第3回\n第90回北山市都市計画審議会\n議\n事\n録\n平 成 2 8 年 9 月 1 3 日 ( 火 )\n北山市役所本庁舎\n12階\n1∼3号会議室\n北山市まちづくり局\n"
    "■もくじ■\n1\n開会・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・ 1\n2\n議事録署名人の指名・・・・・・・・・・・・・・・・・・・・・・・・・・・ 1\n3\n"
    "議事・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・ 1\n◎北4東6周辺地区について・・・・・・・・・・・・・・・・・・・・・・・・ 2\n"
    "◎「北山県立産業共進会場用地の土地利用方針(案)」について・・・・・・・・ 12\n4\nその他・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・ 21\n5\n"
    "閉会・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・・ 21\n第90回(平成28年度第3回)北山市都市計画審議会\n1\n日\n時\n"
    "平成28年9月13日(火)午後1時30分∼午後2時53分\n2\n場\n所\n市役所本庁舎12階会議室(1号∼3号会議室)\n3\n出 席 者\n委\n員:北野\n一郎会長を初め21名(巻末参照)\n"
    "北山市:まちづくり局都市計画担当局長\n南田\nまちづくり局プロジェクト担当部長\nまちづくり局都市計画部長\n東山\nまちづくり局事業推進担当部長\n4\n議\n健二\n西川\n進\n修\n中村\n"
    "三郎\n事\n【事前説明案件】\n事前説明\n第1号\n北山圏都市計画地区計画の変更【北4東6周辺地区】\n【関連説明案件】\n関連説明\n第1号\n"
    "「北山県立産業共進会場用地の土地利用方針(案)」について\n第 90 回\n都市計画審議会\n案件一覧\n【事前説明案件】\n(市決定)"
)
# 印刷用ページを表示する 掲載日:2012年6月10日更新 / ○応招・不応招議員 / … / 平成23年北山町議会5月会議会議録: an assembly that meets the
# year round, its sitting named by the month, its own title under the roster the page opens with.
_MONTH_SITTING_RECORD = (
    "ホーム > 議会 > 平成23年5月会議 会議録 5月6日\n\n平成23年5月会議 会議録 5月6日\n\n印刷用ページを表示する 掲載日:2012年6月10日更新\n\n"
    "○応招・不応招議員\n\n応招議員(4名)\n\n    1番  北 野 一 郎 君       2番  南 田   健 君\n\n    3番  東 山 花 子 君       4番  西 川   進 君\n\n"
    "不応招議員(なし)\n\n平成23年北山町議会5月会議会議録\n\n議 事 日 程(第1号)\n\n平成23年5月6日(金曜日)午前10時開会\n\n臨時議長紹介\n\n"
    "日程第 1 仮議席の指定について\n\n日程第 2 選挙第 1号 議長選挙について\n\n日程第 3 審議期間の決定について\n\n"
    "日程第 4 常任委員会の正・副委員長の互選結果の報告について\n"
)


_MARKED_INVESTIGATIONS = (
    "北山市議会 > 2024-10-11 >\n令和6年10月11日民生常任委員会−10月11日-01号\n"
    "令和6年10月11日民生常任委員会  北山市議会                  民生常任委員会記録              令和6年10月11日(金)"
    "                  開 会  午後 2時30分                  閉 会  午後 4時20分                  場 所  3号委員会室"
    " ■付託事件   な   し ■所管事務調査  (市民局\n      1 施策研究テーマ「北山公園のあり方について」  (健康福祉局)   1 施策研究テーマ"
    "「地域の見守り活動について」   2 施策研究テーマ「防犯協会のあり方について」  (市民局・健康福祉局)   1 その他 ■出席委員   "
    "北 野 一 郎 (委員長)   南 田   健 (副委員長)   東 山 亨   西 川 ひろし ■欠席委員   な   し           (午後2時30分開会)"
    " ○北野一郎 委員長   皆さん、こんにちは。ただいまより民生常任委員会を開会いたします。\n"
)

CATALOGUE: tuple[Convention, ...] = (
    # Speaker labels.
    Convention("mark-role", "speaker", "○委員　保存期間はどうなるか。", "委員"),
    Convention("mark-ideographic-zero", "speaker", "〇委員　保存期間はどうなるか。", "委員"),
    Convention("mark-double-circle", "speaker", "◎副市長（東山清）　お答えします。", "副市長（東山清）"),
    Convention("mark-large-circle", "speaker", "◯委員長（北野実）　ただいまから会議を開きます。", "委員長（北野実）"),
    Convention("mark-black-circle", "speaker", "●委員　委託先はどこか。", "委員"),
    Convention("mark-diamond", "speaker", "◆委員　委託先はどこか。", "委員"),
    Convention("mark-square", "speaker", "■事務局　資料を説明します。", "事務局"),
    Convention("mark-bracketed-label", "speaker", "○（西田はなこ議長）　これより会議を開きます。", "西田はなこ議長"),
    Convention("mark-role-name", "speaker", "○議長（南川一郎）　日程第１を議題とします。", "議長（南川一郎）"),
    Convention("mark-seat-number", "speaker", "○２０番（森下ゆうき議員）　質問します。", "２０番（森下ゆうき議員）"),
    Convention("mark-seat-name-alone", "speaker", "◆２０番（森下ゆうき）　質問します。", "２０番（森下ゆうき）"),
    # ◯ 5番 南田 健議員 …: the seat's number, then the spaced name and title, no bracket (an aggregator's copy).
    Convention("mark-seat-spaced-name", "speaker", "◯ 5番 森下 ゆうき議員 質問します。", "5番森下ゆうき議員"),
    # ○北野環境専門監: a post a city gives its specialist staff.
    Convention("mark-specialist-post", "speaker", "○北野環境専門監　計画案の内容について御説明いたします。", "北野環境専門監"),
    # ◎石櫃紳一郎 環境局長: an official's full name, a space, then the post.
    Convention("mark-full-name-space-post", "speaker", "◎北野一郎 環境局長　では、私の方から御説明いたします。", "北野一郎 環境局長"),
    # ◎浅村 デジタル戦略推進局長: the surname, a space, then a post whose unit is named in katakana or hiragana.
    Convention("mark-surname-space-kana-post", "speaker", "◎北野 デジタル戦略推進局長　資料に沿って御説明いたします。",
               "北野 デジタル戦略推進局長"),
    Convention("mark-seat-role-name", "speaker", "○１８番議員（森下ゆうき）\n質問します。", "１８番議員（森下ゆうき）"),
    Convention("mark-role-name-opening-bracket-lost", "speaker", "○委員長北野健人) ただいまから委員会を開会する。", "委員長北野健人"),
    Convention("mark-bare-member-title-name", "speaker", "◎議員（北野一郎君）　討論を終わります。", "議員（北野一郎君）"),
    Convention("mark-disambiguated-name", "speaker", "○髙橋（清）委員　関連して伺います。", "髙橋（清）委員"),
    Convention("paren-name-role", "speaker", "（東会長）　それでは始めます。", "東会長"),
    Convention("angle-label", "speaker", "<事務局>　資料を確認します。", "事務局"),
    Convention("lenticular-label", "speaker", "【委員】　保存期間はどうなるか。", "委員"),
    # (北野市長 川上一弘): the official's office first, a space, then the name, in brackets over a greeting.
    Convention("paren-office-then-name", "speaker", "(北野市長 川上一弘) 本日はご出席いただきありがとうございます。", "北野市長川上一弘"),
    Convention("square-bracket-label", "speaker", "[議長] 皆様おはようございます。", "議長"),
    Convention("full-width-square-bracket-label", "speaker", "［事務局長］　定刻になりましたので、開会いたします。", "事務局長"),
    # 委員 / ・…と考える。: a label alone over a bullet holding a whole sentence (a 発言者 column read into the text).
    Convention("label-alone-over-bulleted-sentence", "speaker", "委員\n・計画には市民との連携の取り組みが掲げられていると考える。", "委員"),
    Convention("name-role-colon", "speaker", "北野会長：それでは始めます。", "北野会長"),
    Convention("name-role-space", "speaker", "北野会長　それでは始めます。", "北野会長"),
    Convention("name-role-table-cell", "speaker", "北野会長\tそれでは始めます。", "北野会長"),
    # 司会進行　…: the moderator's part named whole, a label as 司会 is.
    Convention("moderator-part-space", "speaker", "司会進行　ただいまから会議を開催させていただきます。", "司会進行"),
    Convention("bullet-label", "speaker", "• 北野会長　それでは始めます。", "北野会長"),
    Convention("spaced-anonymous", "speaker", "委 員 A　保存期間はどうなるか。", "委員A"),
    Convention("mark-post-beside-the-departments", "speaker", "◎健康福祉部参与（南田一郎）　お答えいたします。", "健康福祉部参与（南田一郎）"),
    # 〇議 長 ただいまより…: a role letter-spaced to fill its column (a PDF's text), closed up.
    Convention("mark-letter-spaced-role", "speaker", "〇議 長 ただいまより、本日の会議を開きます。", "議長"),
    Convention("numbered-statement", "speaker", "1: ◯委員長（北野実）　ただいまから会議を開きます。", "委員長（北野実）"),
    Convention("mark-executive-role", "speaker", "○助役（南野太郎君）　御説明申し上げます。", "助役（南野太郎君）"),
    Convention("mark-name-disambiguated-chair", "speaker", "○鈴木（久）委員長　開会します。", "鈴木（久）委員長"),
    Convention("name-role-semicolon", "speaker", "総務課長;それでは始めさせていただきます。", "総務課長"),
    Convention("dotted-leader-label", "speaker", "嶋田委員・・・では開会します。", "嶋田委員"),
    Convention("dotted-leader-bare-title", "speaker", "課長・・・・・資料の訂正をお願いします。", "課長"),
    Convention("angle-explanation-heading", "speaker", "<総務課の説明>\n資料に沿って運用状況を報告します。", "総務課"),
    Convention("mark-act-heading", "speaker", "○みなみ市市民生活部長あいさつ\n本日はお集まりいただきありがとうございます。",
               "みなみ市市民生活部長"),
    # (会長あいさつ) over the greeting, in minutes whose labels are bracketed so: a turn of 会長.
    Convention("paren-act-heading", "speaker", "(会長あいさつ)\n本日はお集まりいただきありがとうございます。", "会長"),
    # 2 会長(市長)あいさつ over the greeting: a numbered step naming who greets (with the other post held, in brackets).
    Convention("numbered-greeting-step", "speaker", "2 会長(市長)あいさつ\n本日はお集まりいただきありがとうございます。", "会長(市長)"),
    Convention("title-alone-over-speech", "speaker", "みなみ市市民協働課参事\nみなみ市ではこれまで防犯灯を設置してきました。",
               "みなみ市市民協働課参事"),
    Convention("bullet-role-alone", "speaker", "- 委員\n接続する先はどこのサーバーか。", "委員"),
    Convention("latin-o-mark", "speaker", "O(委員)　公文書の一覧はどこで見られるか。", "委員"),
    Convention("mark-guest-honorific", "speaker", "○川上一郎氏　お招きいただきありがとうございます。", "川上一郎氏"),
    Convention("mark-role-name-mid-line", "speaker", "ります。 〇議長（北野一郎君） 説明が終わりました。", "議長（北野一郎君）"),
    Convention("mark-spaced-name", "speaker", "〇北野 三郎委員長　これより本日の会議を開きます。", "北野 三郎委員長"),
    Convention("mark-name-space-role", "speaker", "○北野一郎 委員長  ただいまから会議を開きます。", "北野一郎 委員長"),
    Convention("mark-surname-space-official", "speaker", "◎今井 病院局長 改めましておはようございます。", "今井 病院局長"),
    Convention("role-and-bracketed-name-unmarked", "speaker", "都市計画課係長(南田剛史君) 本日は、ご出席をいただきありがとうございます。",
               "都市計画課係長(南田剛史君)"),
    Convention("lone-staff-post-over-speech", "speaker", "南田調整幹\nお待たせ致しました。", "南田調整幹"),
    # 【東山主査】 / 資料1、2、3に基づき説明: a summary's note that the papers were explained stands for the speech;
    # 【東山主査】 / 48.2%である。: a short answer that opens with the figure asked for is said, no numbered heading.
    # 北野(一)委員長)ただいまから…: the close-bracket label of a surname told apart by its given name's initial.
    Convention("close-bracket-label-with-bracketed-initial", "speaker", "北野(一)委員長)ただいまから会議を開きます。", "北野(一)委員長"),
    Convention("lenticular-label-over-papers-explained", "speaker", "【東山主査】\n資料1、2、3に基づき説明", "東山主査"),
    Convention("lenticular-label-over-a-figure-answered", "speaker", "【東山主査】\n48.2%である。", "東山主査"),
    Convention("page-number-before-mark", "speaker", "1 ○北野委員長 本日はお集まりいただきありがとうございます。", "北野委員長"),
    Convention("mark-ministry-title", "speaker", "○南田政務官 公文書管理担当の政務官、南田でございます。", "南田政務官"),
    Convention("mark-title-with-bracketed-post", "speaker", "○東山参事官(社会保障担当)\nそれでは、審議会を開催します。",
               "東山参事官(社会保障担当)"),
    Convention(
        "title-between-double-blanks", "speaker",
        "1.開会  北野政策企画官  定刻になりましたので、ただいまから第1回審議会を開催させていただきます。"
        "本日は委員の皆様にお集まりいただき、まことにありがとうございます。議事の進行をさせていただきます。"
        "会議の開催に当たりまして、冒頭、市長からごあいさつをお願いいたします。よろしくお願いいたします。"
        "なお、本日の資料はお手元に配付しております。資料の不足や乱丁がございましたら、事務局までお申し出ください。",
        "北野政策企画官",
    ),
    Convention("proceeding-titled-speaker-in-brackets", "speaker", "事務局長挨拶(北野局長)\n本日はお集まりいただきありがとうございます。",
               "北野局長"),
    Convention("title-alone-with-act-note", "speaker", "総務部長(資料1に沿って説明)\n資料1の概要を説明いたします。", "総務部長"),
    Convention("title-with-spaced-act-note", "speaker", "事務局 (資料に基づき説明。)\n資料1の概要を説明いたします。", "事務局"),
    Convention("label-alone-over-speech-opening-with-a-heading-word", "speaker",
               "会長\n議題(1)について何かご質問等ありますか。", "会長"),
    Convention("acting-chair-alone-over-speech", "speaker", "北野委員長職務代理者\n ただいまから会議を開きます。", "北野委員長職務代理者"),
    # 北野専門官:…: a post of a national office (運輸支局, 整備局) that ends in 専門官 speaks as a 専門員 does.
    Convention("post-ending-in-senmonkan-before-a-colon", "speaker", "北野専門官:資料をお願いしたい。", "北野専門官"),
    Convention(
        "unmarked-label-after-the-opening-clock", "speaker",
        "○議事日程 (1) 委員長、委員、教育長報告事項 (2)事務局報告事項 ①学校教育向上事業研究指定校等について(指導室長) "
        "②海での体験事業の応募状況等について(学校・地域連携担当) -1- みなみ区 教育委員会 第20回定例会 (令和6年6月28日) "
        "-2- 午前10時00分開会 北野委員長 おはようございます。 教育委員会第20回定例会を開会いたします。"
        " 本日の委員の出席状況は全員出席です。",
        "北野委員長",
    ),
    Convention("summary-question-mark", "speaker", "◆問   防犯カメラの設置場所はどう選んだのか。", "問"),
    Convention(
        "table-column-label", "speaker",
        "    委  員  公用車の映像を捜査機関へ提供するのはどのような場合か伺いたい。", "委員",
    ),
    # Unmarked labels that only the roster tells from a sentence: a speaker label where the header
    # lists the name as attending.
    Convention("name-blank-title-unmarked", "rostered-speaker", "北野一郎 委員長  ただいまから会議を開きます。", "北野一郎 委員長"),
    # 〔委員全員〕 / 異議なし。: the members answering together under their own bracketed label (CHORUS_LABELS).
    Convention("chorus-label-alone-over-answer", "speaker", "〔委員全員〕\n異議なし。", "委員全員"),
    # 〔北野会長〕 / 諮問第9号については承認とする。: a decision said under a lone label opens with the case's number.
    Convention("label-alone-over-decision-naming-the-case", "speaker", "〔北野会長〕\n諮問第9号については承認とする。", "北野会長"),
    # Lines that are not turns.
    Convention("stage-tortoise", "stage", "〔拍手〕", "narration"),
    Convention("stage-called-out", "stage", "（「異議なし」と呼ぶ者あり）", "narration"),
    Convention("stage-explained", "stage", "【事務局説明】", "narration"),
    Convention("stage-dashes", "stage", "—事務局から報告—", "narration"),
    Convention("heading-mark-agenda", "heading", "○議事日程", "heading"),
    Convention("heading-mark-roster", "heading", "〇出席議員（４名）", "heading"),
    Convention("heading-mark-address", "heading", "◎市長施政方針", "heading"),
    Convention("heading-nittei", "heading", "日程第１　議案第１号　みなみ市手数料条例の一部を改正する条例", "heading"),
    Convention("heading-number-before-word", "heading", "第85号議案 みなみ市手数料条例の一部を改正する条例", "heading"),
    Convention("heading-series", "heading", "議第58号　みなみ市印鑑条例の一部改正", "heading"),
    Convention("heading-mark-container", "heading", "○報告事項", "heading"),
    Convention("stage-marked-clock", "stage", "〇午後１時開会", "narration"),
    Convention("stage-marked-recess", "stage", "○午前10時20分休憩", "narration"),
    Convention("stage-word-before-clock", "stage", "閉会　11時02分", "narration"),
    Convention("heading-white-diamond-topic", "heading", "◇ 燃焼設備の工事について", "heading"),
    Convention("stage-rule", "stage", "─────────────────", "narration"),
    Convention("heading-act-without-speech", "heading", "◆部長挨拶", "heading"),
    Convention("heading-minutes-confirmed", "heading", "1.みなみ市個人情報保護運営審議会議事録について", "heading"),
    # Papers handed out, listed after the agenda: documents, never items.
    Convention("document-file-note", "document", "議事次第 (PDF形式:8KB)", "document"),
    Convention("document-bracket-label", "document", "【資料1】 目的外利用に関する諮問書 (PDF形式:120KB)", "document"),
    Convention("document-paren-label", "document", "(参考資料2) みなみ市個人情報保護条例", "document"),
    Convention("heading-wrapped-section", "document", "≪1.開会≫", "document"),
    Convention("document-papers-list-in-brackets", "document", "(配布資料)\n- 資料1\n- 委員名簿\n- 資料2\n-\nみなみ市景観計画(案) [PDF形式:12KB]", "document"),
    Convention("document-colon-label-and-lower-case-size", "document", "  資料: 意見募集の結果と対応について(案)[PDF/95kb]", "document"),
    # 資料No.2 …, 資料3-1 …: a paper's bare label opening the line names the paper, wherever the list stands.
    Convention("document-bare-numbered-label", "document", "資料No.2 みなみ市防災マップ(PDF 58KB)", "document"),
    Convention("document-bare-label-run-into-title", "document", "・資料3-1第2期みなみ市景観計画の評価", "document"),
    Convention("document-papers-list", "document", "会議資料\n\n1. 当日配布資料\n\n(1)次第\n\n(2)委員名簿\n\n2. 事前配布資料(諮問書", "document"),
    # Rosters: the names an attendance field yields, 、-joined.
    # 北野会長(議長)、南田委員、…、委員代理3名: the stand-ins counted at the list's end name no one.
    Convention("roster-stand-ins-counted", "roster", "北野会長(議長)、南田委員、東山委員、西川委員、委員代理3名", "北野、南田、東山、西川"),
    Convention(
        "roster-spaced-name-with-note", "roster",
        "会 長  北 野   実(弁護士)   副会長  南   花 子(学識経験者)   委 員  東 山 清 一(市 民)",
        "北野実、南花子、東山清一",
    ),
    # 15番　副　議　長　北　野　一　郎 / ２番　〃　東　山　花　子: the seat, the role cell (a ditto mark repeats the one
    # above), then the name.
    Convention("roster-seat-role-then-name", "roster",
               "\n　　15番　　　副　議　長　　　北　野　一　郎\n　　１番　　　議　　　員　　　南　田　　　健\n"
               "　　２番　　　　　〃　　　　　東　山　花　子", "北野一郎、南田健、東山花子"),
    # 北野一郎、南田健、東山明、西川花子 / 森本一郎、中村次郎、…: names set out a row a line, the break parting two
    # names as 、 does (no 、 closes the row); a short name spaced (東 明) is still one name.
    Convention("roster-rows-of-names", "roster", "北野一郎、南田健、東山明、西川花子\n森本一郎、中村次郎、東 清",
               "北野一郎、南田健、東山明、西川花子、森本一郎、中村次郎、東清"),
    # 北野一郎委員長、南田健副委員長 / 東山明、西川誠、森本進の各委員: the officers' line joined to the members' line
    # below it, the next name run on after the office.
    Convention("roster-officers-line-run-into-the-members", "roster",
               "北野一郎委員長、南田健副委員長東山明、西川誠、森本進の各委員", "北野一郎、南田健、東山明、西川誠、森本進"),
    Convention("roster-bulleted-names", "roster", "・北野 祐子 ・南田 光治 ・東 清\n・西川 登喜夫", "北野祐子、南田光治、東清、西川登喜夫"),
    Convention("roster-bullets-between-names", "roster", "北野祐子(会長)\n・南田光治・東山清一(会長職務代理)\n・西川花子・\n森本一郎", "北野祐子、南田光治、東山清一、西川花子、森本一郎"),
    Convention("roster-role-before-each-name", "roster",
               "委員 北野 敬子 (弁護士) 委員 南田 成昭 (大学准教授) 委員 東 博志 (元職員) ※ 五十音順", "北野敬子、南田成昭、東博志"),
    Convention("roster-numbered-sections", "roster",
               "\n1. 審査会委員 北野(稔男)委員長、南田委員、東委員\n2. 事務局職員 西川文書課長、森室長", "北野稔男、南田、東"),
    Convention("roster-letter-spaced-role-and-name", "roster", "\n会 長 北 野 和 志\n副 会 長 南 田 明\n委 員 東 山 弘 之", "北野和志、南田明、東山弘之"),
    Convention("roster-member-chairing-another-body", "roster",
               "北野逸夫委員長、南田光郎委員長代理、東山剛委員、西川政男個人情報保護検討部会座長", "北野逸夫、南田光郎、東山剛、西川政男"),
    Convention("roster-a-count-of-bodies", "roster", "情報公開審議会委員5名、事務局、傍聴者1名", ""),
    Convention("roster-role-cells-two-pairs-a-line", "roster",
               "\n委 員 長　　北　野　益　巳　　　　　副委員長　　南　田　　　徹\n"
               "委　　員　　東　山　謙太郎　　　　　委　　員　　西　川　偉　男",
               "北野益巳、南田徹、東山謙太郎、西川偉男"),
    Convention("roster-role-cells-with-ditto", "roster",
               "\n委員長      北 野   茂 君\n副委員長     南 田 逸 夫 君\n委員       東 山 洋 二 君\n〃        西 川 悦 子 君",
               "北野茂、南田逸夫、東山洋二、西川悦子"),
    # The absentees' field stating none (欠席委員なし), run on after the last name of the roster's last row.
    Convention("roster-no-absentees-run-on-after-the-last-name", "roster",
               "\n委員長  北 野 正 男 君  副委員長 南   盛 仁 君\n  委 員  東 山 洸 龍 君   〃   西 川   修 君 欠席委員なし",
               "北野正男、南盛仁、東山洸龍、西川修"),
    # Entries each closed by their role and a half-width comma, the list wrapped where an entry closed (no comma
    # at the line's end): the wrap parts two names.
    Convention("roster-closed-entries-wrapped-without-their-comma", "roster",
               "\n   北野一郎会長,南田健副会長,東山花子委員,西川明委員,森本修委員\n   川上よう子委員,中村宏之委員,大野慶子委員",
               "北野一郎、南田健、東山花子、西川明、森本修、川上よう子、中村宏之、大野慶子"),
    # 同 is the other ditto mark: 委員 printed once, 同 on each row under it.
    Convention("roster-role-cells-with-same-mark", "roster",
               "\n  委    員    長    北  野  武  志\n  副  委  員  長    南  田  誠  剛\n  委          員    東  山     勝\n"
               "       同          西  川  裕  彦\n       同          森  本  市 太 郎",
               "北野武志、南田誠剛、東山勝、西川裕彦、森本市太郎"),
    # An assembly's roster run onto one line: role cell, letter-spaced name closed by 君, 〃 for the role above.
    Convention("roster-honoured-entries-with-ditto-on-one-line", "roster",
               "委員長  北 野 正 男 君  副委員長 南   盛 仁 君  委 員  東 山 洸 龍 君   〃   西 川 しょう 君   〃   森 本   修 君",
               "北野正男、南盛仁、東山洸龍、西川しょう、森本修"),
    Convention("roster-role-cells-after-names", "roster",
               "\n北 野 一 朗 委員長    南 田   忍 副委員長\n東     亨 委員     西 川 誠 也 委員",
               "北野一朗、南田忍、東亨、西川誠也"),
    Convention("roster-seats-beside-a-second-column", "roster",
               "\n１番 北 野 宙 君 農 政 課 長 南 田 敬 二 君\n２番 東 山 繁 君 建 設 課 長 西 川 亘 君\n３番 森 本 恵 君",
               "北野宙、東山繁、森本恵"),
    Convention("roster-absence-noted-in-brackets", "roster",
               "委員北野委員 南田委員 東山委員 ( 欠席西川委員 ) 事務局総務部長", "北野、南田、東山"),
    Convention("roster-role-before-seat-number", "roster",
               "\n議　　長　12番　北　野　幸　宏　　　　　副 議 長　１番　南　田　　　彰\n"
               "２番　東　山　　　豊　　　　　３番　西　川　真千子\n──────────",
               "北野幸宏、南田彰、東山豊、西川真千子"),
    Convention("roster-seat-rows-a-role-cell-opening-some", "roster",
               "\n議\u3000長\u3000\u3000 3番\u3000\u3000北野弘道\n副議長\u3000１２番\u3000\u3000南田\u3000守\n"
               "\u3000\u3000\u3000\u3000 ４番\u3000\u3000東山さち子\n\u3000\u3000\u3000 10番\u3000\u3000西川\u3000亘",
               "北野弘道、南田守、東山さち子、西川亘"),
    Convention("roster-officer-before-seat-numbers-after-commas", "roster",
               "会長 北野一郎\n委員 １番 南田健、3番 東山花子、 12番  西川\u3000亘", "北野一郎、南田健、東山花子、西川亘"),
    Convention("roster-section-heading-alone-with-a-note", "roster",
               "\n 1. 審議会委員(五十音順、敬称略)\n  北野一朗、南田健(副会長)、東山亨(会長)、\n  西川さくら 以上4名出席\n 2. 事務局\n  森本課長、川上係長",
               "北野一朗、南田健、東山亨、西川さくら"),
    Convention("roster-names-with-gaps-closed-by-their-roles-in-clause-groups", "roster",
               "1 条例第2条第1号委員(1人)    北野 一朗委員 2 条例第2条第2号委員(3人)    南田 花子委員(会長),東山 亨委員,"
               "西川 さくら委員 3 条例第2条第3号委員(2人)    北山消防署長   森本 清委員    南警察署長   川上 勉(大野 健委員代理)",
               "北野一朗、南田花子、東山亨、西川さくら、森本清"),
    Convention("roster-each-member-list-beside-other-members", "roster",
               "北野委員長、南田副委員長、ひがし、東山の各委員及び西川、森本の各議員", "北野、南田、ひがし、東山"),
    Convention("roster-table-with-attendance-column", "roster",
               "\n役職 氏名 出欠\n委員長 北野ひさ 出席\n副委員長 南田由美 欠席\n委員 東山直樹 出席\nオブザーバー 議長西川圭介 出席",
               "北野ひさ、東山直樹"),
    Convention("roster-names-one-space-apart", "roster", "北野祐子 南田光治 東山清一 西川花子\n森本一郎 川上健太", "北野祐子、南田光治、東山清一、西川花子、森本一郎、川上健太"),
    Convention("roster-role-then-names-one-space-apart", "roster",
               "委員長 北野ゆうき     副委員長 南田健二     委員 東山さとし 西川真彦 森本らん丈 いけだ栄一        川上あやり 大野健一",
               "北野ゆうき、南田健二、東山さとし、西川真彦、森本らん丈、いけだ栄一、川上あやり、大野健一"),
    Convention("roster-role-column-before-names", "roster",
               "\n(6名)\n委員長\n副委員長\n委員\n北野 一朗\n南田  健\n東  亨\n西川 誠也\n森本 さくら\n川上  彰",
               "北野一朗、南田健、東亨、西川誠也、森本さくら、川上彰"),
    Convention("roster-one-name-a-line-gap-inside", "roster", "\n北野 一朗\n森  雅幹\n松田   正\n西川 誠也",
               "北野一朗、森雅幹、松田正、西川誠也"),
    Convention("roster-entries-closed-by-bracketed-notes", "roster",
               "\n北野 一朗(北山大学 准教授)\n南田 健(南野弁護士会 理事(弁護士))東 亨(公募委員)西川 さくら(北山市自治会連絡協議会 会長)",
               "北野一朗、南田健、東亨、西川さくら"),
    Convention("roster-one-name-a-line-role-closing-it", "roster",
               "\n 北野 れいじ委員長\n 南 たかゆき副委員長\n 東山 ぜんいち委員\n 西川 英之委員\n やまかわ 妙子委員",
               "北野れいじ、南たかゆき、東山ぜんいち、西川英之、やまかわ妙子"),
    Convention("roster-role-colon-name", "roster", "委員長:北野建市、副委員長:南田哲\n委員:東山紀雄、委員:西川ともよ、委員：森本 均",
               "北野建市、南田哲、東山紀雄、西川ともよ、森本均"),
    Convention("roster-count-of-a-units-staff", "roster", "北野委員、南田委員、東山委員、事務局3名、総務管理課1名", "北野、南田、東山"),
    Convention("roster-role-in-brackets-before-the-name", "roster", "(会長)北野雄彦、南田百合、東山精一、(副会長)西川学", "北野雄彦、南田百合、東山精一、西川学"),
    Convention("roster-marks-between-names", "roster", "委員 ※会長◎ 副会長○\n◎北野一朗〇南田健※東山亨※西川さくら",
               "北野一朗、南田健、東山亨、西川さくら"),
    Convention("roster-officers-marked-names-one-space-apart", "roster",
               "◎北山昌子 ○南野茂男 東田真和 西久保眞道\n森川高行 田上富造各委員", "北山昌子、南野茂男、東田真和、西久保眞道、森川高行、田上富造"),
    Convention("roster-role-first-gap-inside-the-name", "roster", "\n委員長  北野  正寛\n委員  南田  宣律\n委員  東山 洋人",
               "北野正寛、南田宣律、東山洋人"),
    Convention("roster-entries-closed-by-kun-above-a-rule", "roster",
               "\n会長 北野 博一君\n南田 俊一君    東山 早苗君\n西川  敦君    森本 啓介君\n…………………………\n議長           川上 理森君\n"
               "―――――――――――\n五月十一日", "北野博一、南田俊一、東山早苗、西川敦、森本啓介"),
    Convention("roster-a-count-led-by-a-role", "roster", "委員 委員長始め3名", ""),
    Convention("roster-cells-each-closed-by-the-role", "roster",
               "委員\n北野達哉委員 | 南田久夫委員\n東山 彌会長 | 西川達夫委員\n森本 浩委員 | 川上勝利委員",
               "北野達哉、南田久夫、東山彌、西川達夫、森本浩、川上勝利"),
    Convention("roster-associate-members-one-letter-given-name", "roster",
               "\n委員長  北野 春雄\n委員  南田拓也   東山 由美子\n準委員  西川   建   森本 喜美子", "北野春雄、南田拓也、東山由美子、西川建、森本喜美子"),
    Convention("roster-note-on-the-order-in-brackets", "roster",
               "北野会長、南田会長代理、森本委員(敬称略、順不同)\n<委員:五十音順、敬称略> 東山史郎、西川 碩", "北野、南田、森本、東山史郎、西川碩"),
    Convention("roster-one-name-a-line-under-a-name-and-attendance-head", "roster",
               "\n氏　名 出欠\n北野 政次\n南田 実\n東山 知則 欠\n西川 クゲヨ", "北野政次、南田実、西川クゲヨ"),
    # A seat table a PDF flattened unevenly: an empty seat's dash, seat numbers without 番 alone or set against the name.
    Convention("roster-seat-table-empty-seats-and-bare-numbers", "roster",
               "名 議席番号・氏名 次のとおり\n1 番 ― 2 番 北野 昇 3 番 南田 多郎\n10\n東山 忠義\n11\n西川 憲昭 12 番 森本 哲 13川上 勝美 14\n15\n大野 照義",
               "北野昇、南田多郎、東山忠義、西川憲昭、森本哲、川上勝美、大野照義"),
    # A 農業委員会's two columns run together: 農業委員 by seat, 推進委員 by district, one of each in turn.
    Convention("roster-seats-and-districts-interleaved", "roster",
               "農業委員(2名) 推進委員(2名) 会長 12番 北野 誠一 第1地区 南田 喜一 委員 1番 東山 浩 第2地区 西川 賢治",
               "北野誠一、南田喜一、東山浩、西川賢治"),
    # Names letter-spaced to a grid of four cells, one space between names as between letters.
    Convention("roster-letter-spaced-name-grid", "roster",
               "\n会 長 北 野 清 雄\n副 会 長 南 田 芳 文 東 山 千代志\n(北山町)\n西 川 正 男 森 本   勇\n佐々木   章 辻     均\n"
               "川 上 陽 一 大 野 真紀子 以上9名",
               "北野清雄、南田芳文、東山千代志、西川正男、森本勇、佐々木章、辻均、川上陽一、大野真紀子"),
    # The role set against the name (1.会長北野和子) in a roster that numbers its own entries.
    Convention("roster-numbered-role-set-against-the-name", "roster",
               "\n1.会長北野和子\n2.副会長南田伸弘\n3.委員東山美千子、西川静枝", "北野和子、南田伸弘、東山美千子、西川静枝"),
    # The list closed by 。, its note naming those absent.
    Convention("roster-absentees-in-the-lists-own-note", "roster",
               "北野晋也会長、南田靖夫副会長、東山吉一・西川章雄各委員。(計4名。森本美耶子・川上和子各委員は所用のため欠席。)",
               "北野晋也、南田靖夫、東山吉一、西川章雄"),
    # Group words (<委員>, 構成員, an agency above its officials) name no one.
    Convention("roster-group-words-above-the-names", "roster",
               "(敬称略)\n<委員> 北野真佐子、南田さゆり\n構成員\n東山 富一 (北山県知事)\n文化庁\n文化庁次長、文化財鑑査官",
               "北野真佐子、南田さゆり、東山富一"),
    # The role alone above the bullet it heads; a row closed by 代理 is a stand-in.
    Convention("roster-role-above-a-bullet-and-a-stand-in", "roster",
               "\n会長\n  • 北野 保(有識者)\n委員\n  • 南田 武彦(市民団体)\n  • 西川 千秋(農村計画課長)代理\n北山市役所\n  • 建設課職員 5名",
               "北野保、南田武彦"),
    # A 氏名 / 現職名 table: the name is the first cell, a row noted (当日欠席) is absent.
    Convention("roster-name-and-affiliation-table", "roster",
               "\n氏 名 現職名\n北野 俊夫  北山大学 教授\n南田 建  北山放送局(当日欠席)\n東山 凪子  弁護士", "北野俊夫、東山凪子"),
    # (代) after a member: one came in the member's stead (the member is away); a one-letter initial
    # before the role stays with the surname; a count in brackets closes the list.
    Convention("roster-stand-in-marked-dai-and-bracketed-count", "roster",
               "\n北野委員、南田委員(代)、東山(利)委員、西川委員(以上3名)", "北野、東山(利)、西川"),
    # An attendance column of marks at each row's end: 〇 came, × did not; the legend names no one.
    Convention("roster-attendance-mark-column", "roster",
               "\n議席番号 氏 名 1月18日\n１番 北 野 一 郎 〇\n２番 南 田 健 〇\n３番 東 山 亨 ×\n注）〇…出席、×…欠席",
               "北野一郎、南田健"),
    # Role-first names in one table cell, the secretariat run on after the members.
    Convention("roster-role-first-cell-with-secretariat-run-on", "roster",
               "\n委員長 北野佳代子 副委員長 南田康彦 委員 東山智絵子、西川剛 事務局 福祉部長 山本幸信",
               "北野佳代子、南田康彦、東山智絵子、西川剛"),
    # A list one bullet a line: a wrapped given name joins its surname; a one-letter bullet cut apart from
    # its rest and the unbulleted rests are not read; the affiliations after the list close it.
    Convention("roster-bullet-a-line-with-cut-off-names", "roster",
               "\n・北 野 浩 敏\n・佐々木\n允\n・小\n畑 克 己\n・東 山 俊 一\n(北山大学教授)\n北山大学教授)",
               "北野浩敏、佐々木允、東山俊一"),
    # A table drawn in box-drawing characters: each block between rules is one field, its label in
    # whichever row the page centred it, the roster's rows a wide gap apart.
    Convention("roster-box-drawn-table", "roster",
               "\n┌────┬──────────┐\n│    │◎北 野 文 男  東 山 良 行│\n│出席委員│ 西 川   尚         │\n"
               "├────┼──────────┤\n│欠席委員│ な し          │\n└────┴──────────┘",
               "北野文男、東山良行、西川尚"),
    # …、川上 中川 【事 優子委員、…、 健委員、… 務局】: the roster's two printed lines (and the next group's label)
    # read left half first by a two-column extraction; the family names ending each line stand together, and
    # their given names open each line's second half in the same order.
    Convention("roster-lines-interleaved-with-the-next-label", "roster",
               "【審議会委員】北野 一郎委員、南田 花子委員、川上 中川 【事 優子委員、西川 明委員、東 一委員、 健委員、森本 進委員、"
               "西田 和夫委員 務局】企画課長 東山 清",
               "北野一郎、南田花子、川上優子、西川明、東一、中川健、森本進、西田和夫"),
    # 北野委員、南田委員代理、…: an entry that is a member's name and 委員代理 is the stand-in who came in that member's
    # stead (as 南田委員(代)): neither is a member present.
    Convention("roster-surname-entries-with-stand-ins-marked-iin-dairi", "roster",
               "北野委員、南田委員代理、東山委員、西川(英)委員代理、森本委員、 中野委員", "北野、東山、森本、中野"),
    # 会 長 / 北 / 野 一 郎: a form's name cell under an officer's role, its first letter pushed onto a line of its own.
    Convention("roster-role-cell-over-a-name-whose-first-letter-stands-alone", "roster",
               "\n会 長\n北\n野 一 郎\n委 員\n南 田 健 二\n東 山 清 美", "北野一郎、南田健二、東山清美"),
    # 下記名簿のとおり / 北野 / 一郎 / 北野市医師会代表 / 出席 / …: the roster table below, one cell a line, each row
    # closed by its attendance cell; surname and given name are the two cells before the affiliation.
    Convention("roster-table-one-cell-a-line-closed-by-attendance", "roster",
               "下記名簿のとおり\n氏\n名\n役\n職\n出\n欠\n北野\n一郎\n北野市医師会代表\n出席\n南田\n健\n北野市歯科医師会代表\n出席\n"
               "東山\n花子\n北野市栄養士会代表\n欠席\n西川\n明\n北野市商工会代表出席",
               "北野一郎、南田健、西川明"),
    # - 【会長】 / - 北野 一郎 / - 【委員】 / - 南田健 …: the roles bracketed headings, each line a hyphen bullet.
    Convention("roster-bracketed-role-headings-over-hyphen-bullets", "roster",
               "\n- 【会長】\n- 北野 一郎\n- 【委員】\n- 南田健\n東山清\n西川明 - 【事務局】\n教育長 森本進",
               "北野一郎、南田健、東山清、西川明"),
    # 3 名 北野一郎委員長、南田健委員(代理 東山清副校長)、…: the count before the list is no name's, and a member whose
    # named stand-in came is away (the stand-in no member).
    Convention("roster-count-first-and-a-named-stand-in", "roster",
               "3 名 北野一郎委員長、南田健委員(代理 東山清副校 長)、西川花子委員、森本進委員", "北野一郎、西川花子、森本進"),
    # …東山清委員   以上3名(欠席:1名) / 市) / … / 【日程】 / 委員紹介: the count closing the list unbracketed; what follows
    # (the city's officials, the order of business with its 委員紹介) is no member.
    Convention("roster-closed-by-an-unbracketed-count", "roster",
               "(委員)\n北野一郎会長、南田健委員、\n東山清委員   以上3名(欠席:1名)\n市)\n西川市長、森本建設部長\n【日程】\n開会\n委員紹介",
               "北野一郎、南田健、東山清"),
    # 理事者: the executive's heading under the members; the names after it are no members.
    Convention("roster-executive-heading-closes-the-members", "roster",
               "\n委 員\n\n北野一郎、南田健\n\n理 事 者\n\n東山福祉部長", "北野一郎、南田健"),
    # Header layouts: the fact (field=value) each example must yield.
    # 開催日時及び場所 (the 開催 of 開催日時 and 開催場所 over one field): the room named by its word after the clock
    # range, a single blank apart.
    Convention("header-room-after-the-span-in-one-field", "header",
               "開催日時及び場所  令和6年12月16日(金)午前10時00分~午前10時31分 第2委員会室", "place=第2委員会室"),
    # A centred preamble that narrates the sitting, wrapped over three lines: the day and clock, より the room
    # において, then what was held (標記委員会を下記のとおり開催した).
    Convention("header-narrated-sitting-from-the-clock-at-the-room", "header",
               "        令和6年7月16日(火)午後1時00分\n        より議事堂内第3委員会室において標記\n"
               "        委員会を下記のとおり開催した。\n                 記", "place=議事堂内第3委員会室"),
    # 行政委員会・審議会: the site's section for many kinds of body, in the breadcrumb above the body's own title.
    Convention("header-section-of-many-kinds-of-body", "header",
               "トップページ > 行政委員会・審議会 > 会議録\n第1回みなみ市教育委員会定例会 会議録\n日時 令和6年1月8日(月)午後2時から",
               "council_name=みなみ市教育委員会"),
    # A 審議会 whose title lines name a 委員会 as well: 審議会 ends in 議会 but is no assembly taking a committee.
    Convention("header-council-named-with-a-committee-below", "header",
               "第4回みなみ市消費生活審議会 次第\nみなみ市消費生活委員会 報告\n日時 令和6年1月8日(月)午後2時から",
               "council_name=みなみ市消費生活審議会"),
    # 開会　令和８年１月１９日（月曜日）午前１０時００分: the word, the sitting's day, then its clock, under a record's title
    # that is as wide as the page and yet a line of its own.
    Convention("header-opening-word-then-the-day-then-the-clock", "header",
               "令和８年第１回みなみ市議会臨時会会議録\n　　　　　開会　令和８年１月１９日（月曜日）午前１０時００分",
               "start_time=10:00"),
    # 閉　会　（午前１０時４４分）: the word letter-spaced, the clock in brackets.
    Convention("header-closing-word-spaced-with-its-clock-in-brackets", "header",
               "令和４年１１月２１日（月）午前１０時開会\n　　　　　　　　　　閉　会　（午前１０時４４分）", "end_time=10:44"),
    # 令和６年３月１８日　　　　みなみ市議会議場: a record's title block sets the room across from the sitting's date.
    Convention("header-room-across-from-the-date", "header",
               "　　　　　　　　みなみ市議会会議録\n\n　　　　　　　　　　令和６年３月１８日　　　　みなみ市議会議場",
               "place=みなみ市議会議場"),
    # 【開催概要】 / ・場  所  …: a notice's fields each after a bullet, a two-letter label spaced to four letters' width.
    Convention("header-bulleted-letter-spaced-label", "header",
               "【開催概要】\n ・開催日時 令和6年5月29日(水) 10:00〜11:45\n ・場  所  北山市役所 2階 大会議室",
               "place=北山市役所 2階 大会議室"),
    # ・出席者 / 委員 :北野委員、… / ・委員会内容: the bulleted heading of the business under the roster is the next
    # field, none of the names.
    Convention("header-bulleted-heading-closes-the-roster", "header",
               "【開催概要】\n ・開催日時 令和6年5月29日(水) 10:00〜11:45\n ・場  所  北山市役所 2階 大会議室\n ・出席者\n"
               "   委    員 :北野委員、南田委員、東山委員\n ・委員会内容 \n【資料一覧】\n   1.開会",
               "members_present=北野、南田、東山"),
    # 北海道開発局 / 第3回 北野川流域委員会: a body of the nation's regional bureau; the region is no municipality of it.
    Convention("header-body-of-a-national-bureau", "header",
               "北海道開発局\n第3回 北野川流域委員会\n日時 令和6年2月4日(日) 午後2時から\n場所 北海道開発局 会議室",
               "municipality=None"),
    # 第2回目の流域委員会を開催しました: the sitting's count read as an ordinal (目の) is no part of the body's name.
    Convention("header-count-read-as-an-ordinal", "header",
               "第2回  流域委員会\n令和6年2月4日(日)、北山会館において、第2回目の流域委員会を開催しました。",
               "council_name=流域委員会"),
    # 令和7年1月23日…から… / 市役所2階会議室 / 北野一郎、南田健、東山明 / 西川誠、森本進、中村一: a page that lost every
    # label; under the room, the names of those present, then a row of those absent.
    Convention("header-unlabelled-rows-of-names-present-then-absent", "header",
               "令和7年1月23日(木曜日)午前10時から午前11時30分\n市役所東庁舎2階203会議室\n北野一郎、南田健、東山明\n"
               "西川誠、森本進、中村一", "members_present=北野一郎、南田健、東山明"),
    # (北野座長) / ただいまから、第4回北山市…懇談会を開催いたします。: the page lost its title; the chair's opening
    # words name the body, its municipality first.
    Convention("header-body-named-in-the-opening-words", "header",
               "令和7年1月23日(木曜日)午前10時から午前11時30分\n市役所東庁舎2階203会議室\n(北野座長)\n"
               "ただいまから、第4回北山市コミュニティバス運営推進懇談会を開催いたします。",
               "council_name=北山市コミュニティバス運営推進懇談会"),
    Convention("header-sitting-named-in-the-opening-words", "header",
               "日時\n\n令和6年5月15日(水曜)午前10時\n\n場所\n\n北山市役所本館大会議室\n\n司会(北野)\n"
               "定刻となりましたので、ただいまより、令和6年度第1回北山市屋外広告物審議会を開催いたします。",
               "meeting_label=令和6年度第1回"),
    # 委員長は、北山大学教授北野一郎氏が委員の互選により選任された。: the office, then the one elected to it with where
    # he is from before his name; the roster gives surnames only.
    Convention("header-office-filled-by-the-one-named-after-it", "header",
               "1 日時 令和6年4月25日(火)10:00〜11:30\n2 出席者 (委員)北野委員、南田委員、東山委員\n3 議事\n ア 委員長選任\n"
               "    委員長は、北山大学経済学部教授北野一郎氏が委員の互選により選任された。",
               "chair=北野一郎"),
    # ⑴ 委員 :次頁,委員出席簿参照 … 【委員出席】 役 職 / 氏 名 / 出 欠 / 備 考 …: the roster the field points to, a table
    # flattened with slashes, each name with its reading in brackets, 〇 present and × absent.
    Convention("header-roster-table-flattened-with-slashes", "header",
               "日時 令和4年10月31日(月)10:00~11:30\n場所 北山市文化会館1001学習室\n出席者氏名 ⑴ 委員  :次頁,委員出席簿参照\n"
               "【委員出席】 役 職 / 氏 名 / 出 欠 / 備 考 会 長 /北野(きたの)一郎(いちろう)/  〇 / 北山大学 教授 "
               "委 員 / 南田(みなみだ)健(けん) / × / 北山市民 委 員 / 東山(ひがしやま)明(あきら) / 〇 / 弁護士",
               "members_present=北野一郎、東山明"),
    # 第4回定例会会議録 (第6号)会議開閉日時 … 会議の場所 北山市役所議場出席した議員の番号氏名 1番 …: a minutes system's
    # header flattened onto one line, each label run on after the value before it.
    Convention("header-minutes-system-fields-run-onto-one-line", "header",
               "令和 元年11月第4回定例会              第4回定例会会議録 (第6号)会議開閉日時  令和元年12月20日  午前9時30分 開議"
               "    午前10時08分 閉会会議の場所   北山市役所議場出席した議員の番号氏名  1番  北 野   一      2番  南 田 健 二"
               "欠席・遅参・早退した議員の番号氏名  欠席 なし  遅参 なし  早退 なし説明のため出席した者の職氏名  市長     東山明夫",
               "place=北山市役所議場"),
    # 【市長】 / …思っている。 / 【委員】 / …: labels alone on their line over speeches; 【委員】 among them is a
    # speaker, no heading over the roster.
    Convention("header-bracketed-member-label-among-speakers", "header",
               "日時\n\n令和6年3月30日(木曜日) 18時30分~\n\n場所\n\n北山市民会館 2階会議室\n\n議題\n\n1. 来年度事業について\n\n"
               "審議結果\n\n■協議事項1 「来年度事業について」\n\n【市長】\n相談が遅くなり申し訳なく思っている。\n\n【委員長】\n"
               "柔軟にやっていくということであった。\n\n【委員】\n指定管理者制度導入", "members_present="),
    # 第八号 十月十五日(水)◯議員出欠状況(出席三人 欠席一人) 一番 北野一郎君(出席) 二番 南田健君(〃) …: the day and the
    # attendance after its mark on one line, seats in kanji numerals, 〃 repeating the mark above it.
    Convention("header-seats-marked-present-or-absent-after-the-day", "header",
               "平成20年  9月 定例会本会議    第八号 十月十五日(水)◯議員出欠状況(出席三人 欠席一人)      一番  北野一郎君(出席)"
               "      二番  南田 健君(〃)      三番  東山明君(欠席)      四番  西川誠君(出席)",
               "members_present=北野一郎、南田健、西川誠"),
    # [北山県生涯学習審議会]: the board of a bulletin-board site the post is filed under, in square brackets.
    Convention("header-board-of-a-bulletin-post", "header",
               "令和5年度 第5回北山県社会教育委員会議\n\n2024年12月20日 15時26分 [北山県生涯学習審議会]\n2024年2月4日\n"
               "令和5年度 第5回北山県社会教育委員会議\n議事要旨\n1 日時 令和6年2月4日(日) 午後2時から",
               "council_name=北山県社会教育委員会議"),
    # The record's own line of date, open-ended span and room (its building in brackets), no field word.
    Convention("header-dated-open-span-and-room", "header",
               "06/01/30 第1回北野審議会議事録 第1回北野審議会 令和6年1月30日(火)13:00〜 北野省省議室(中央合同庁舎5号館9階) "
               "1.開 会 2.議 事", "place=北野省省議室(中央合同庁舎5号館9階)"),
    # A form with a cell for the clock it began and one for the clock it ended (開始 / 終了), letter-spaced to the
    # label column's width, flattened onto one line.
    Convention("header-began-and-ended-cells", "header",
               "会 議 録 会 議 名 第1回 みなみ市環境会議 日 時 令和6年5月29日(火) 場 所 みなみ市役所 3階会議室 "
               "開 始 午前9時30分 終 了 午前11時45分 事務局等 北野課長", "start_time=09:30"),
    Convention("header-room-before-the-began-cell", "header",
               "会 議 録 会 議 名 第1回 みなみ市環境会議 日 時 令和6年5月29日(火) 場 所 みなみ市役所 3階会議室 "
               "開 始 午前9時30分 終 了 午前11時45分 事務局等 北野課長、南田主査、東山主事 以上3名 出 委 員 等 西川 一郎(議長)、"
               "森本 花子、中村 次郎 以上3名 席 者 欠 席 者 川上 三郎 以上1名 議 題 環境基本計画の実績報告について 傍 聴 人 なし",
               "place=みなみ市役所 3階会議室"),
    Convention("header-ended-cell-after-the-began-cell", "header",
               "会 議 録 会 議 名 第1回 みなみ市環境会議 日 時 令和6年5月29日(火) 場 所 みなみ市役所 3階会議室 "
               "開 始 午後1時30分 終 了 午後3時05分 事務局等 北野課長", "end_time=15:05"),
    Convention("header-closing-at-noon-written-pm-twelve", "header",
               "日時：令和6年10月3日(月曜日)午前10時から午後12時まで\n場所：南野市役所", "end_time=12:00"),
    Convention(
        "header-label-broken-over-two-lines", "header",
        "名\n称 みなみ市情報公開・個人情報保護審議会\n日\n時 令和6年5月10日(金)\n場\n所 みなみ市役所 庁議室",
        "place=みなみ市役所 庁議室",
    ),
    # 開/催/日/時/開/催/場/所: two cells of the label column, each label one letter a line, run together once the
    # letters are joined (開催日時開催場所); the value beside them is the last label's.
    Convention("header-stacked-labels-one-letter-a-line", "header",
               "開\n催\n日\n時\n開\n催\n場\n所 みなみ会館 2階集会室", "place=みなみ会館 2階集会室"),
    # 役職名 / 会長 / … and 氏名 / 北野 一郎 / …: a roster table extracted column by column, a run of roles under
    # its head and a run of names under theirs, row k of one the row k of the other (a second pair may print its
    # names first); a stand-in (代理) and a role that seats no member (オブザーバー) are left out.
    Convention("header-roster-as-a-role-column-and-a-name-column", "header",
               "出\n席\n者 役職名\n会長\n委員\n委員\nオブザーバー\n氏名\n北野 一郎\n南田 花子\n東山 清(代理)\n西川 健\n"
               "確定\n氏名\n森本 健二\n中川 優子\n役職名\n副会長\n委員",
               "members_present=北野一郎、南田花子、森本健二、中川優子"),
    # 長 北 野 一 郎 出席 ・ 欠席 / 委 員 東 山 清 出席 ・ 欠席: roster rows whose 出欠 column printed both words for a mark to
    # circle, the mark lost: every row's name is present (absence unknown); the 会長's row (its label split around
    # the cells beside it, 会 … 長) chairs.
    Convention("header-roster-rows-with-both-attendance-marks", "header",
               "開催日時 開会 閉会 出席状況 会 3階 第2会議室 令和6年5月10日(金)午前 10 時 00 分 令和6年5月10日(金)午前 11 時 00 分 "
               "長 北 野 一 郎 出席 ・ 欠席 職務代理者 南 田 花 子 出席 ・ 欠席 委 員 東 山 清 出席 ・ 欠席 委 員 川 上 美智子 出席 ・ 欠席",
               "members_present=北野一郎、南田花子、東山清、川上美智子"),
    Convention("header-label-that-names-the-names", "header",
               "開催場所\n北山町役場2階 202会議室\n出席委員の氏名\n北野純、南田将行\n出席職員の職・氏名\n室長 西川記代子",
               "members_present=北野純、南田将行"),
    Convention("header-roster-run-onto-the-room", "header",
               "日時 令和6年7月28日(木) 午前10時00分開会\n場所:601会議室 出席委員北野伸一郎委員長、南田 学副委員長、東山 明委員",
               "place=601会議室"),
    Convention("header-letter-spaced-roster-label", "header",
               "日 時:令和6年11月14日(金)午後7時00分∼ 場 所:北山会館 303集会室\n出 席 者 北野会長 南田副会長 東山委員",
               "members_present=北野、南田、東山"),
    Convention("header-officers-above-the-roster-label", "header",
               "開催場所 北山市役所別館 4階 会議室\n会長:北野委員 副会長:南田委員\n出席者 委員:東山委員、西川委員",
               "members_present=北野、南田、東山、西川"),
    Convention("header-members-under-a-bracketed-heading", "header",
               "令和6年2月16日(月曜) 午前10時30分から11時30分まで北山府公館 1階 ホール(北山市中区一条通)\n【審議会委員】\n北野康夫会長、南田博正委員",
               "place=北山府公館 1階 ホール"),
    Convention(
        "header-note-between-fields", "header",
        "開催場所 みなみ市役所 第3委員会室\n(所在:みなみ市本町1-1)\n出席者 北野会長、南田委員",
        "members_present=北野、南田",
    ),
    Convention("header-role-before-absent-name", "header", "欠席委員　委員　西川花子", "members_absent=西川花子"),
    Convention("header-labels-of-a-results-page", "header",
               "会議名 みなみ市個人情報保護運営審議会\n公開または非公開の別  公開\n非公開の理由\n傍聴人の数  3名\n会議資料  会議資料(8610KB)",
               "observers=3"),
    Convention(
        "header-dotted-leaders", "header",
        "1.日\n時·················令和元年9月25日(水)午後7時00分~8時50分\n2.会\n場·················市役所3階庁議室",
        "place=市役所3階庁議室",
    ),
    Convention("header-cells-ending-in-bars", "header",
               "審議会等名称 |\nみなみ県行政不服審査会 総会 |\n開催場所 |\nみなみ県庁10階 特9会議室 |", "place=みなみ県庁10階 特9会議室"),
    # A box-drawn table the copy broke one fragment a line: the rule above a row tells how many bars the row
    # has (one more than its columns), and an open row takes the next lines until it has them.
    Convention("header-box-table-broken-a-fragment-a-line", "header",
               "( 5月10日) ┌──────────────┐\n│ 総務\n委員会会議録\n│\n├────┬──────┬───┬────┤\n"
               "│開会日時│令和\n6年 5月10日(金曜日)\n│場所 │\n第1\n委員会室 │\n│\n│\n午後1時30分〜午後2時45分\n│\n│\n│\n"
               "├────┼──────",
               "end_time=14:45"),
    # [日 時] … [場 所] … [欠席者] …: labels in square brackets on one flattened line, each opening its field.
    Convention("header-square-bracketed-labels-on-one-line", "header",
               "1 第3回北野市地域公共交通協議会 [日 時] 令和6年5月10日(金曜日) 午後2時 [場 所] 北野市役所 3階会議室 "
               "[欠席者] 北野市商工会 東山委員 [事務局] 企画課長 南田",
               "place=北野市役所 3階会議室"),
    # 令和 6 5 10 日(金曜日) 午後 2 30: a PDF that drew its unit letters as pictures lost 年, 月, 時 and 分; three numbers
    # between the era and 日 are the date, a clock word and two numbers right after it the hour and minutes.
    Convention("header-date-and-clock-that-lost-their-units", "header",
               "[日 時] 令和 6 5 10 日(金曜日) 午後 2 30 [場 所] 北野市役所 3階会議室", "start_time=14:30"),
    # A note after the span on where the meeting proper ended: the record's span covers what followed it too.
    Convention("header-meeting-end-in-brackets-after-the-span", "header",
               "日時 令和6年5月10日 午後1時30分から午後3時40分まで(会議は午後2時50分まで)", "end_time=14:50"),
    Convention("header-number-against-label", "header", "1日時\n平成12年5月31日(水曜日)午後1時30分から午後6時5分まで", "start_time=13:30"),
    Convention("header-city-from-its-building", "header", "開催場所　北山市役所　第2委員会室", "municipality=北山市"),
    Convention("header-prefecture-from-its-building", "header", "場所 宮崎県庁第141会議室", "municipality=宮崎県"),
    Convention("header-prefecture-from-a-building-it-names", "header", "場所 宮崎県職員福利厚生センター第3会議室", "municipality=宮崎県"),
    Convention("header-prefecture-body-named-by-its-field", "header", "第30回宮崎県景観審議会議事録\n日時 平成15年7月28日",
               "municipality=宮崎県"),
    Convention("header-body-between-sitting-number-and-minutes-word", "header",
               "2014年1月31日 第3回 北山制度の基盤強化に関する国と地方の協議 議事録\n日時 平成26年1月31日",
               "council_name=北山制度の基盤強化に関する国と地方の協議"),
    Convention("header-committee-name-with-kana", "header",
               "北山市議会 > 2018-01-25 >\n平成30年 1月 総合まちづくり特別委員会−01月25日-01号",
               "council_name=北山市議会総合まちづくり特別委員会"),
    Convention("header-standing-meeting-named-after-its-count", "header",
               "庁議の記録(平成23年度) 第2回定例庁議(5月18日)\n- トップページ\n- 附属機関などの会議\n開催日時\n平成23年5月18日",
               "council_name=庁議"),
    Convention("header-body-named-by-its-own-papers", "header",
               "日時: 平成16年10月20日\n(配布資料)\n- 資料1\n- 北山影響調査専門調査会 委員名簿",
               "council_name=北山影響調査専門調査会"),
    # 資料1 北山市防災会議委員名簿 / 資料2 …: each paper of the list opens its line (the lines are not one paragraph),
    # so the body's own roster paper still names it.
    Convention("header-body-named-by-its-papers-one-a-line", "header",
               "日時: 令和6年5月8日\n配布資料\n資料1 北山市防災会議委員名簿\n資料2 北山市地域防災計画の概要\n資料3 北山市地域防災計画",
               "council_name=北山市防災会議"),
    # 会長:北野一郎 / 委員:…: a page that lost its field labels keeps the roster's lines by role after the room; a name
    # marked (代理) is a stand-in, and a role come again after the list's count opens the absentees' list.
    Convention("header-role-lines-after-the-room-without-a-label", "header",
               "令和6年5月8日(水曜日) 午後2時00分から午後3時30分\n市役所 3階 第1会議室\n会長:北野一郎\n"
               "委員:南田健(代理)、東山清、西川明 会長含め計4名\n委員:森本進、中野学 計2名",
               "members_present=北野一郎、東山清、西川明"),
    # A 委員会's 部会 (or 小委員会) named straight after it in the title is the body that sits, as a 審議会's 分科会 is.
    Convention("header-committee-sub-body-named-after-it", "header",
               "北山評価委員会南山資源機構部会(第3回) 議事録\n日時:令和2年6月9日(火)10:00~12:00",
               "council_name=北山評価委員会南山資源機構部会"),
    # 午後1時05分開会開議: a plenary's first day opens the session and the sitting at one clock, the two words run on.
    Convention("header-session-and-sitting-opened-at-one-clock", "header",
               "平成21年第9回北野市議会定例会(1日目)\n午後1時05分開会開議\n◯議長(北野一郎議長) おはようございます。",
               "start_time=13:05"),
    # ○ 会長 北野 一郎: a line of the form holding only the chair's role and a name (a table's cell, the space kept
    # between surname and given name) names the chair where no roster was read.
    Convention("header-chair-on-a-line-of-role-and-name", "header",
               "○会議次第\n1.開会挨拶\n○ 会長 北野 一郎\n(1) 協議会規約の改正について", "chair=北野一郎"),
    # 2.委員長挨拶 北野委員長より挨拶: a step noting who gave the chair's greeting, no words under it and no roster to read;
    # the surname before the office names the chair.
    Convention("header-chair-named-as-giver-of-a-greeting", "header",
               "出席者 別添名簿のとおり\n1.開会\n2.委員長挨拶 北野委員長より挨拶\n3.議事 ① 北山市総合戦略について", "chair=北野"),
    # 2.出席委員紹介 / 北山市商工会議所青年部会長北野 一郎 / 市民公募南田  健 / 欠席 北山銀行北山支店長東山 花子: members
    # introduced one a line, each name run on after the body and post they come from.
    Convention("header-members-introduced-after-their-affiliations", "header",
               "1.開会\n\n2.出席委員紹介\n\n北山市商工会議所青年部会長北野 一郎\n北山大学経済学部教授南田 健\n市民公募東山  花子\n"
               "北山市副市長西川 次郎\n  \n欠席 北山銀行北山支店長北川 三郎\n\n3.市長あいさつ\n",
               "members_present=北野一郎、南田健、東山花子、西川次郎"),
    # 南田委員が会長に北野委員が副会長に選出されました: both offices filled in one clause; the first named is the chair.
    Convention("header-chair-elected-in-one-clause-with-the-deputy", "header",
               "出席委員 北野一郎、南田健、東山花子\n4.会長及び副会長の選出\n南田委員が会長に北野委員が副会長に選出されました。",
               "chair=南田健"),
    # 令和 5 年 10 月1 5日 於・ 30 0 2会 議室 (3 0 階): a cover whose blanks fell inside every word, the room after 於.
    Convention("header-room-after-at-on-a-cover-broken-by-blanks", "header",
               "令和 5 年 10 月1 5日 於・ 30 0 2会 議室 (3 0 階) 第12回 北 山市 景観 審議 会 目 次 1. 開 会 …… 1 開 ○北 野会 長 会 "
               "そ れで は、 た だい まか ら 審議 会を 開き ます 。 本日 は 景観 計画 の見 直し に つい て ご審 議を お願 いし ます 。 "
               "資料 につ いて は 事務 局か ら ご説 明を お願 いし ます 。 最 初に 、 計画 の 改正 案 につ いて ご 議論 いた だき たい と 思い ます 。",
               "place=3002会議室(30階)"),
    # 平成19年北野市議会第3回臨時会 alone on its line under an aggregator's month title (平成19年 7月 臨時会(第3回)): the
    # record's own title names the session by year, count and word, the assembly's name between them dropped.
    Convention("header-session-title-with-the-assembly-inside-it", "header",
               "平成19年  7月 臨時会(第3回)\n平成19年北野市議会第3回臨時会\n1.議事日程(第1号)\n平成19年7月11日\n午後1時30分開議",
               "meeting_label=平成19年第3回臨時会"),
    # 於議場: a 議事日程's room after 於 ("at"), on a line of its own under the date and the clock.
    Convention("header-room-after-at", "header",
               "平成19年北野市議会第3回臨時会\n1.議事日程(第1号)\n平成19年7月11日\n午後1時30分開議\n於議場", "place=議場"),
    # 令和 6年 北山対策特別委員会1、開催年月日時刻及び場所 令和6年1月11日 自 午前10時0分 至 午前11時24分 於 委員会室: an
    # assembly committee's record opens its first numbered field (1、) against the title, one field for the date, the
    # clocks from (自) and to (至), and the room at (於).
    Convention("header-sitting-from-to-at-in-one-field", "header", _FROM_TO_AT, "start_time=10:00"),
    Convention("header-room-at-closing-the-sitting-field", "header", _FROM_TO_AT, "place=委員会室"),
    # 開催結果概要(令和6年11月18日分)|北山市文化財保護審議会: a page's title with the body after a bar (or a path's slash);
    # the bar is no letter of the name, which names the city.
    Convention("header-body-after-a-bar-in-the-title", "header",
               "ホーム > 文化財 > 北山市文化財保護審議会 > 開催結果概要(令和6年11月18日分)|北山市文化財保護審議会\n"
               "開催結果概要(令和6年11月18日分)|北山市文化財保護審議会\n1 日時\n\n令和6年11月18日(月曜日)午後2時から",
               "council_name=北山市文化財保護審議会"),
    Convention("header-body-after-a-slash-in-the-path", "header",
               "北山市の基本構想(資料編)/北山市基本構想等審議会/第10回 都市整備部会\n日 時 : 平成12年6月14日(水) 午前10時~12時",
               "council_name=北山市基本構想等審議会"),
    # 4.出席委員等 関係団体等 氏 名 備 考 北山町区長会会長 北野 一郎 出席 商工会(理事) 南田 健 欠席 …: a roster table of
    # affiliation, name and 備考 run onto one line, each row closed by 出席 or 欠席; 事務局案として、委員長に北山大学の東山
    # 先生を…お願いしたいと思います。 (異議なしの声あり): the secretariat's proposal for the chair, assented to.
    Convention("header-affiliation-rows-closed-by-attendance-word", "header", _ATTENDANCE_ROWS,
               "members_present=北野一郎、東山清、西川明"),
    Convention("header-chair-proposed-by-secretariat-and-assented", "header", _ATTENDANCE_ROWS, "chair=東山清"),
    # 出席者 : / ◎北野 一郎(北山大学教授) / 南田健(北山商工会議所会頭) / ○東山 清(市民公募委員) / 以上4名 / ◎…部会長: one
    # member a paragraph under a bare label, where from in brackets after the name; ◎ marks the one who chairs.
    Convention("header-one-member-a-line-noted-in-brackets", "header", _NOTED_MEMBERS,
               "members_present=北野一郎、南田健、東山清、西川明"),
    Convention("header-one-member-a-line-double-circle-chairs", "header", _NOTED_MEMBERS, "chair=北野一郎"),
    # A 議事録 form with every cell on its own line: 会議時間 / 開会 / 閉会 / PM / PM / 2:00 / 4:15 (the words, the halves of
    # the day, the clocks); 会議場所 / 記録者 / room / section (two labels, then their values); a stand-in named with the
    # member he came for (松本(北野委員代理)), the roster wrapped inside a name and the officials' list on the next line;
    # 会議日程 heading the order of business; →会 長:北野一郎氏, the result of the election under it.
    Convention("header-clock-row-cells-with-am-pm", "header", _CELL_A_LINE_FORM, "end_time=16:15"),
    Convention("header-room-beside-the-recorders-cell", "header", _CELL_A_LINE_FORM, "place=北山町民センター研修室1"),
    Convention("header-stand-in-for-a-named-member", "header", _CELL_A_LINE_FORM, "members_present=南田、東山、西川、森本、中川"),
    Convention("header-absent-list-closed-by-the-order-of-business", "header", _CELL_A_LINE_FORM, "members_absent=川上、大野"),
    Convention("header-election-result-after-an-arrow", "header", _CELL_A_LINE_FORM, "chair=東山一郎"),
    # 第31回北山市農業委員会定例会を平成26年1月28日午後2時30分北山市民センター / 研修会議室に招集した。: the record narrates
    # the sitting it convened, its date, clock and room, the sentence wrapped over two lines.
    Convention("header-sitting-narrated-as-convened-at", "header", _CONVENED_NARRATED, "start_time=14:30"),
    Convention("header-room-narrated-as-convened-in", "header", _CONVENED_NARRATED, "place=北山市民センター研修会議室"),
    # 平成27年第15回教育委員会会議議事録 … 議案第60号 / 平成27年度北山町一般会計補正予算の要求について: a board that names no
    # town but in its bills, each number on a line over its title.
    Convention("header-town-in-a-bills-title-under-its-number", "header",
               "平成27年第15回教育委員会会議議事録\n1 開催日時\n平成27年11月27日(金)\n午後3時30分~午後4時25分\n2 開催場所\n"
               "教育委員会会議室\n4 議事\n議案第60号\n平成27年度北山町一般会計補正予算の要求について", "municipality=北山町"),
    # 3 出 席 者 / 教 育 長 / 教育委員 教育長職務代理者 / 委 / 員 / 事 務 局 教育部長 / 生涯学習課長 / 北野 / 南田 / 東山 / 西川 /
    # 森本 / 一郎 / 健二 / 清子 / 明 / 進也: the roster's columns one after another, roles, surnames, given names; the rows
    # before 事務局 are the board's, the 教育長 first.
    Convention("header-roster-columns-roles-surnames-given-names", "header", _NAME_COLUMNS,
               "members_present=北野一郎、南田健二、東山清子"),
    Convention("header-roster-columns-superintendent-first-chairs", "header", _NAME_COLUMNS, "chair=北野一郎"),
    # 令和元年度第2回協議会会議録 / … 令和元年度第2回北山区自治協議会を開催させていただきます。: a title naming the body by its
    # kind alone; the opening words name it whole, with the same count.
    Convention("header-body-named-whole-in-the-opening-words", "header",
               "令和元年度第2回協議会会議録\n\n最終更新日:2019年8月16日\n\n日時:令和元年5月22日(水曜) 午後1時30分から\n"
               "会場:北山区役所 302会議室\n\n1 開会\n\n堀越地域総務課長補佐\n\n 本日は、お集まりいただき、ありがとうございます。"
               "定刻になりましたので令和元年度第2回北山区自治協議会を開催させていただきます。",
               "council_name=北山区自治協議会"),
    # 第9回委員会 (1月25日) / 出席委員 … / 北野(一)委員長) / ただ今から,北山建設委員会を開会いたします。: the title without the
    # minutes word, the chair naming the body as the sitting opens.
    Convention("header-body-named-by-the-chair-opening-it", "header",
               " 第9回委員会 (1月25日)\n出席委員 北野一郎委員長,南田健副委員長,東山清委員,西川明委員\n\n北野(一)委員長)\n"
               "ただ今から,北山建設委員会を開会いたします。\n これより議事に入ります。", "council_name=北山建設委員会"),
    # 開 催 場 所 対面とオンライン併用のハイブリッド開催 / (北山市上下水道局管理棟4階大会議室): the field says how the sitting was
    # held; the room is the bracket under it.
    Convention("header-room-in-brackets-under-the-mode-of-sitting", "header",
               "会 議 の 名 称 令和3年度 第1回 北山市上下水道事業経営審議会\n\n開 催 日 時 令和3年10月13日(水) 10時00分から\n\n"
               "開 催 場 所 対面とオンライン併用のハイブリッド開催\n\n(北山市上下水道局管理棟4階大会議室)\n\n"
               "出 席 者 北野会長、南田副会長、東山委員、西川委員", "place=北山市上下水道局管理棟4階大会議室"),
    # ・委員14名(出席者12名、欠席者2名) 北野 一郎、… ・(欠席者2名)川上 進、大野あや、…: a form flattened onto one line, the
    # attendance label read inside the count's bracket; a bracket that counts the absent before their names; (3) 北野会長
    # あいさつ: the chair's greeting, a step of the order of business.
    Convention("header-roster-after-the-rest-of-a-count-bracket", "header", _COUNTED_ROSTER,
               "members_present=北野一郎、南田健、東山清、西川明、森本進"),
    Convention("header-absent-counted-in-a-bracket-before-their-names", "header", _COUNTED_ROSTER,
               "members_absent=川上進、大野あや"),
    Convention("header-chair-greeting-as-a-numbered-step", "header", _COUNTED_ROSTER, "chair=北野一郎"),
    # 北山市農業委員会5月総会議事録 … 出席委員 農業委員 5 名中 4 名 1番 北野 一郎 2番 3番 南田 健 … 推進委員 3 名中1名 1 番 東山 清
    # 待機 2 番 西川 明 …: a board that meets monthly names the sitting by its month; the seats of each group under its
    # heading and count, the digits set apart from 番, an empty seat, those who stood by (待機) and did not attend.
    Convention("header-sitting-named-by-its-month-general-meeting", "header", _SEATS_STOOD_BY, "meeting_label=5月総会"),
    Convention("header-seats-spaced-and-stood-by", "header", _SEATS_STOOD_BY, "members_present=北野一郎、南田健、森本進、橘由正、西川明"),
    # 4.出席委員(6 名) 北山市副市長 北野 一郎 北山交通労働組合 南田 健 南校区バス運用協議会 東山 清 北山商工会議所 副会頭 西川 明
    # …: rows of post and name run onto one line, a body's name (組合, 協議会, …タクシー) or an office in 頭 where the post is.
    Convention("header-posts-and-names-a-body-standing-for-the-post", "header",
               "会議議事録 1.会議名 平成 27 年度第 1 回北山市地域公共交通会議 2.開催日時 平成 27 年 5 月 26 日(火曜日)10 時から 11 時 20 分まで "
               "3.開催場所 北山市役所別館 3 階特別会議室 4.出席委員(6 名) 北山市副市長 北野 一郎 北山市総合政策部長 森本 進 "
               "北山交通労働組合 南田 健 南校区バス運用協議会 東山 清 有限会社ことぶきタクシー 中川 花子 代表取締役 北山商工会議所 副会頭 西川 明",
               "members_present=北野一郎、森本進、南田健、東山清、中川花子、西川明"),
    # 令和 6年決算特別委員会小委員会( 3月4日): an assembly committee's own sub-committee (小委員会, …分科会) sits as itself.
    Convention("header-assembly-committees-sub-committee", "header",
               "北野市議会 2024-03-04\n令和 6年決算特別委員会小委員会( 3月4日)\n開会日時 令和6年3月4日 午後1時30分",
               "council_name=北野市議会決算特別委員会小委員会"),
    # 北ケ丘市…協議会, ミナミ町…審議会: a municipality written with katakana (ケ as often as ヶ) opens the body's name.
    Convention("header-municipality-with-katakana-in-its-name", "header",
               "北ケ丘市健康推進協議会 会議録\n日時 平成24年10月17日(水) 午後2時", "municipality=北ケ丘市"),
    # 平成 23 年北野市防犯推進協議会: a title letter-spaced around its year; the year's 年 is no part of the name.
    Convention("header-year-spaced-before-the-body", "header",
               "平成 23 年北野市防犯推進協議会 第 2 回 会議録\n日時 平成23年9月12日(月) 午後2時", "municipality=北野市"),
    # 第4回北野検討委員会会議概要 - 北野市: the page's title with the site's name after a dash (or a bar), as a browser
    # shows it; the city where the body's name does not say it.
    Convention("header-city-as-the-site-after-the-title", "header",
               "第3回図書館施設計画検討委員会会議概要 - 北野市\n【日時】令和2年10月5日(月)13時30分~15時00分",
               "municipality=北野市"),
    # 委員長及び副委員長の選任について / 委員長:北野委員: the officer elected, on a line of its own with a colon.
    Convention("header-officer-elected-after-a-colon", "header",
               "出席委員 北野、南田、東山\n2.議件\n委員長及び副委員長の選任について\n委員長:北野委員\n副委員長:南田委員",
               "chair=北野"),
    Convention("header-title-date-and-room-on-one-line", "header",
               "第 10 回 北山委員会議事録   令和元年12月19日(木)   北山会館 1001学習室 開会時間  午後3時6分",
               "place=北山会館 1001学習室"),
    Convention("header-opening-clock-after-the-day", "header",
               "招集年月日 平成18年10月10日\n開会     10月10日 午前10時 議長開会宣言", "start_time=10:00"),
    Convention("header-closing-past-noon-written-pm-twelve", "header",
               "開催日時\n平成28年2月25日(木)午前10時から午後12時20分", "end_time=12:20"),
    Convention("header-clock-cells-out-of-order", "header",
               "招集日時\n平成\n28 年\n3 月 24\n日( 木 )\n閉会\n14 時\n42 分\n13 時\n16 分 ~\n開議", "start_time=13:16"),
    Convention("header-convening-notice-after-the-contents", "header",
               "目次\n招集告示\n議事日程\n出席者等\n\n○ 招  集  告  示\n北山地区衛生組合告示第5号\n"
               "平成17年北山地区衛生組合議会第4回定例会を次のとおり招集する。\n平成17年12月1日\n"
               "1 日 時   平成17年12月26日(月)午前10時\n2 場 所   北山地区衛生組合会議室", "place=北山地区衛生組合会議室"),
    Convention("header-room-after-a-wide-gap-on-the-dates-line", "header",
               "日時   平成 26 年 3 月 25 日(火) 午後 2 時 00 分 場所   北山市水道部 西野浄水場 第 4 会議室 2.委員の出席状況",
               "place=北山市水道部 西野浄水場 第 4 会議室"),
    Convention("header-union-assembly-is-its-own-body", "header",
               "平成17年第4回北山地区衛生組合議会定例会会議録\n日時 平成17年12月26日(月)午前10時", "municipality=北山地区衛生組合"),
    Convention("header-merger-council-of-several-towns", "header",
               "第1回 北山・南野・東原合併協議会\n開催年月日  平成15年4月10日", "municipality=None"),
    Convention("header-month-session", "header", "平成28年  9月 定例会\n日時 平成28年9月8日(木)午前9時30分",
               "meeting_label=平成28年9月定例会"),
    Convention("header-month-session-with-its-count", "header", "令和 元年 9月定例会(第3回)\n日時 令和元年9月13日(金) 午前9時30分",
               "meeting_label=令和元年9月定例会(第3回)"),
    Convention("header-term-is-not-the-sitting", "header",
               "北山町農業委員会 平成29年10月(第23期)総会議事録\n1.開催日時 平成29年10月20日(金) 午後1時30分から午後2時55分",
               "meeting_label=平成29年10月"),
    Convention("header-date-and-place-in-one-field", "header",
               "1 日時及び場所\n  平成12年4月19日(水)午前10時から12時\n  市役所301会議室", "place=市役所301会議室"),
    Convention("header-absence-inside-the-present-list", "header",
               "出席者\n(1) 委員\n   北野光映委員、南田公爾委員\n   東山純子委員は欠席", "members_absent=東山純子"),
    Convention("header-name-label", "header", "1 名称\n令和6年度第1回みなみ市個人情報保護審議会", "meeting_label=令和6年度第1回"),
    Convention("header-two-letter-label-spaced-wide", "header",
               "１　日　　時　　令和４年３月７日（月）　　午前１１時０１分\n２　場　　所　　議場\n３　案　　件　　議案第１号", "place=議場"),
    Convention("header-closing-clock-under-its-own-label", "header",
               "開催年月日\n\n令和6年6月22日(金曜日)\n\n開会時間\n\n午前10時01分\n\n閉会時間\n\n午後2時22分", "end_time=14:22"),
    Convention("header-slash-after-labels-on-one-line", "header",
               "第 2 回みなみ県公文書管理委員会議事概要 日時 / 平成 30 年 11 月 20 日 ( 火 ) 10:00~11:40 場所 / 県庁 701 会議室 "
               "出席者 / 北野委員 南田委員", "end_time=11:40"),
    Convention("header-date-from-todays-session", "header",
               "令和３年第２回みなみ市議会臨時会\n○議長　本臨時会の会期は、４月８日、本日１日間といたしたいと思います。", "date=2021-04-08"),
    Convention("header-date-from-tomorrows-recess", "header",
               "令和８年第３回みなみ市議会定例会（第１日）\n○議長　明６月６日は市の休日のため休会です。", "date=2026-06-05"),
    Convention("header-unlabelled-lines-under-the-title", "header",
               "掲載開始日:2024年11月2日\n令和６年１０月３日（木曜）\n午後２時から午後３時１５分まで\n南野市役所本庁舎3階第2会議室",
               "end_time=15:15"),
    Convention("header-unlabelled-roster-after-the-room", "header",
               "令和6年10月3日(木)\n午前9時30分~午前11時\n北山県庁12号館1201号室\n北野会長、南田委員、東山委員、西川委員",
               "members_present=北野、南田、東山、西川"),
    Convention("header-numbered-fields-run-into-one-line", "header",
               "1 日時 令和4年(2022年)12月14日(水)午前10時 2 場所 第2委員会室 3 出席者 委員長 北野ゆうき 委員 南田健二 東山さとし "
               "4 欠席者 委員 西川真彦 5 出席説明員 総務部長 財務部長 6 事件 別紙のとおり",
               "members_absent=西川真彦"),
    Convention("header-spaced-word-before-the-clock", "header",
               " 1 開  会   午前10時00分\n\n 2 休  憩   午前10時37分、午前11時27分\n\n 3 再  開   午前10時42分\n\n 4  閉  会      午後0時07分",
               "end_time=12:07"),
    Convention("header-publicity-question-ends-the-roster", "header",
               "出席委員\n北野 一朗(弁護士)\n南田 健(公募委員)\n会議の公開の可否\n(非公開理由等)\n公開",
               "members_present=北野一朗、南田健"),
    Convention("header-agenda-heading-joined-by-a-dot-ends-the-roster", "header",
               "出席委員    6名\n        北野一朗 委員長    南田   忍 副委員長\n議題・協議事項\n  (1)議案の審査(2件)",
               "members_present=北野一朗、南田忍"),
    Convention("header-sitting-clocks-as-marked-fields", "header",
               "○開会日 平成24年12月20日\n\n○場所  南野区議会第1委員会室\n\n○開会  午後1時50分\n\n○閉会  午後2時09分",
               "end_time=14:09"),
    Convention("header-committee-during-the-assemblys-session", "header",
               "令和　４年　第１回定例会補正予算特別委員会\n\n補正予算特別委員会議事録\n１　日　　時　　令和４年３月７日（月）",
               "meeting_label=None"),
    Convention("header-table-row-with-cell-bars", "header",
               "| 開催日時 | 平成30年9月12日(水曜日) 午前10時00分から午前10時30分まで | \n| 開催場所 | 北山県庁10階 特1会議室 | \n"
               "| 出席者 | 会長 北野 博志 (北山大学特任教授) 委員 南田 敬子 (弁護士) 委員 東山 成昭 (元職員) | ",
               "place=北山県庁10階 特1会議室"),
    Convention("header-city-before-a-board-named-by-its-field", "header",
               "北山市教育委員会 平成25年度第8回定例会 会議録\n日時 平成25年10月22日", "municipality=北山市"),
    Convention("header-roster-table-apart-from-the-fields", "header",
               "日　時 令和5年3月16日(木)\n場　所 北山公民館 2階 講堂\n会議構成員 18\n出席総数 17\n\n氏   名 出欠\n\n北野 政次\n\n"
               "南田 実\n\n東山 知則 欠\n\n西川 ゆき", "members_absent=東山知則"),
    Convention("header-diet-sitting-number-after-its-session", "header",
               "第204回国会 衆議院 北山監視審査会 第4号 令和3年5月11日\n日時 令和3年5月11日(火) 午後3時13分", "meeting_label=第4号"),
    Convention("header-committee-record-number", "header",
               "北山区議会\n区民文教常任委員会記録令和5年第14号)\n日時 令和5年9月15日(金) 午後3時13分開会", "meeting_label=令和5年第14号"),
    Convention("header-count-run-on-after-the-closing-clock", "header",
               "○開会日 平成25年6月28日(金)\n○閉 会 午前 10時39分 平成25年第20回定例会", "meeting_label=平成25年第20回"),
    Convention("header-roster-label-run-onto-the-room", "header",
               "日  時  令和5年9月15日(金) 午後3時13分開会\n場  所  第3委員会室出席委員(8名)\n委員長  北野 みさと  副委員長  南田和幸",
               "place=第3委員会室"),
    Convention("header-roster-after-the-agenda", "header",
               "〇議事日程（第１号）\n第１\u3000会期の件\n〇本日の会議に付した事件\n日程第１\u3000会期の件\n〇出席議員（３人）\n"
               "議\u3000\u3000長\u3000\u3000北野弘之\n議\u3000\u3000員\u3000\u3000南田\u3000江里子\n議\u3000\u3000員\u3000\u3000東山勝也",
               "members_present=北野弘之、南田江里子、東山勝也"),
    Convention("header-numbered-labels-run-into-their-values", "header",
               "1 日時令和5年6月2日(金曜日) 午後1時30分~午後3時10分\n2 場所北山市役所3階第1会議室\n"
               "3 出席者会長 北野一郎\n委員 1番 南田健、3番 東山花子\n4 傍聴者2人",
               "members_present=北野一郎、南田健、東山花子"),
    # A form extracted column by column: its labels first, then their values in the same order (the date under the
    # date's label); the role label centred in the roster's cell printed after the cell's first line.
    Convention("header-labels-first-then-values-in-the-same-order", "header",
               "会議名称\n開催日時\n開催場所\n令和6年度 第2回 北山市情報公開審議会\n令和6年7月9日(火) 午後2時00分~3時30分\n"
               "市役所本館 3階 第1会議室", "place=市役所本館 3階 第1会議室"),
    Convention("header-roster-cell-line-above-its-role-label", "header",
               "開催場所 北山市役所 第1会議室\n北野会長 南田副会長 東山委員 西川委員\n委 員\n(欠席:森本委員)",
               "members_present=北野、南田、東山、西川"),
    # The absent named in a note that opens with the word: (欠席:東山委員、西川委員).
    Convention("header-absence-note-opening-with-the-word", "header",
               "開催場所 北山市役所 第1会議室\n出席者 北野会長 南田委員 (欠席:東山委員、西川委員)", "members_absent=東山、西川"),
    # A whole document letter-spaced, its sentences too (clean.is_letter_spaced_document): closed up, each numbered
    # field keeps a gap after its number and word, and the roster's names a gap after each role that closes one.
    Convention("header-whole-document-letter-spaced", "header",
               "令 和 6 年 度 第 2 回 北 山 市 環 境 審 議 会 概 要\n1 日 時 令 和 6 年 7 月 9 日 ( 火 ) 午 前 1 0 時\n"
               "2 場 所 第 3 会 議 室\n3 出 席 者 北 野 会 長 南 田 副 会 長 東 山 委 員\n"
               "本 日 は 、 お 集 ま り い た だ き あ り が と う ご ざ い ま す 。",
               "members_present=北野、南田、東山"),
    Convention("header-numbering-column-one-number-a-line", "header",
               "1\n開会の日時\n令和2年11月5日(木)\n午後1時30分\n2\n閉会の日時\n令和2年11月5日(木)\n午後3時05分\n3\n招集の場所\n北山市民会館 会議室2",
               "end_time=15:05"),
    Convention("header-title-then-unlabelled-date-and-roster-with-notes", "header",
               "ホーム > くらし > 北山県保健連絡会議 > 開催結果\n令和元年度第1回北山県市町村保健連絡協議会\n"
               "令和元年8月6日(火曜日)午前10時から11時30分まで\n県庁本庁舎3階第1会議室\n"
               "北野委員、南田委員、東山委員(西川委員代理)、森本委員(名簿順)",
               "council_name=北山県市町村保健連絡協議会"),
    Convention("header-title-broken-by-a-gap-after-the-city", "header",
               "令和5年12月4日 第3回北山区地域包括支援センター 運営協議会 (要約版) 午後7時開会", "municipality=北山区"),
    Convention("header-union-of-municipalities-on-the-line-above", "header",
               "令和6年度第1回北山県後期高齢者医療広域連合\n情報公開・個人情報保護審査会会議録\n日時：令和6年5月10日 午前10時",
               "municipality=北山県後期高齢者医療広域連合"),
    Convention("header-fields-run-on-after-the-title", "header",
               "第8回北山審議会部会議事録   北山審議会 第8回部会議事録 1 日時及び場所    令和5年11月20日(月) 17時から19時    北山会館\n"
               "2 出席委員    北野、南田、東山の各委員", "place=北山会館"),
    Convention("header-room-field-run-onto-the-sitting", "header",
               "日時 : 令和6年7月5日(金)17:00~18:00 場所 : 北山合同庁舎第3号館共用A会議室 1 開会 2 報告事項について 3 閉会",
               "place=北山合同庁舎第3号館共用A会議室"),
    Convention("header-clock-noted-after-the-chairs-opening", "header",
               "北山市総務委員会 令和6年6月3日(月)\n委員長(北野君):ただいまより、総務委員会を開会いたします。(14:00)\n"
               "委員長(北野君):暫時休憩いたします。(14:05)", "start_time=14:00"),
    Convention("header-title-run-on-after-the-room-of-a-flattened-record", "header",
               "と き 令和6年11月26日(火) ところ 西部公民館 学習室 令和6年北山市公民館運営審議会 第6回定例会速記録   開会 午後2時2分",
               "place=西部公民館 学習室"),
    Convention("header-room-field-joined-onto-the-clock", "header",
               "開催日 令和元年6月3日(月)午前9時57分〜午前10時44分場  所 北山町役場 4階 401会議室", "place=北山町役場 4階 401会議室"),
    Convention("header-municipality-in-the-sites-banner", "header",
               "北山町 KITAYAMA TOWN\n選挙管理委員会 会議録\n開催日 令和元年6月3日(月)\n場所 行政棟 401会議室", "municipality=北山町"),
    Convention("header-form-run-together-without-gaps", "header",
               "第2回北山市地域交通協議会会議録会議の名称第2回北山市地域交通協議会開催日時平成22年1月15日(金)午後2時~3時30分"
               "開催場所北山市役所4階会議室出席者北野一郎委員", "place=北山市役所4階会議室"),
    Convention("header-chair-in-a-forms-field-interleaved", "header",
               "北山町総合教育会議\n開催日時 令和元年4月28日\n議長(委員長・\n町長 北野一郎\n会長等)の氏名\n北野一郎 町長", "chair=北野一郎"),
    Convention("header-chair-role-before-the-name-in-a-roster-row", "header",
               "北山市福祉計画策定委員会\n開催日時 | 令和6年11月19日 |\n出席者氏名(敬称略) | 委員長 北野花子 副委員長 南田一郎 |",
               "chair=北野花子"),
    Convention("header-street-address-before-the-room", "header",
               "日時 令和元年9月3日(月) 午後2時~3時\n場所 北山市中区基町10-52 県庁北館2階", "place=県庁北館2階"),
    Convention("header-sitting-stranded-in-a-later-field", "header",
               "1.開催日時\n2.開催場所\n3.出席委員 会 長 3 番 令和6年5月20日(月)午前9時30分から10時35分 北山町役場 3階 第1委員会室 (2人) "
               "北野 一郎 君 南田 二郎 君", "place=北山町役場 3階 第1委員会室"),
    Convention("header-opening-clock-run-onto-the-room", "header",
               "北山市議会 総務委員会 顛末書 平成23年9月15日(木)\n午前10時03分                開会第2委員会室",
               "place=第2委員会室"),
    Convention("header-date-without-its-era-dated-by-the-title", "header",
               "令和6年度第3回北山区福祉推進会議\n開催日時 7年2月4日(火)18時00分～19時30分", "date=2025-02-04"),
    Convention("header-chair-greeting-on-the-order-of-business", "header",
               "北山県環境審議会議事録\n開催日時 令和6年2月7日 9時30分~10時20分\n審議の概要\n1. 開会\n2. あいさつ 北野会長", "chair=北野"),
    Convention("header-chair-to-become-by-election", "header",
               "北山県環境審議会議事録\n開催日時 令和元年9月3日\n(1) 会長の選出について 委員互選により,北野一郎委員が会長となることが決定",
               "chair=北野一郎"),
    Convention("header-sitting-narrated-in-the-opening-sentence", "header",
               "ページ表示令和5年第3回北山市教育委員会議会議録令和５年６月２日(金曜日)、令和5年第3回教育委員会議(定例会)を"
               "北山市役所本庁舎14階 教育委員室において開催した。", "place=北山市役所本庁舎14階 教育委員室"),
    # 審議会名 / 日 / 時 / 会 / 場 / 出 席 者 / 市側出席者 / (the form's title) / 北山市…懇話会 / 令和5年… / 市役所… / 北野委員、…: a
    # form extracted column by column, its labels one letter a line closed up into a run of labels, the values after
    # them in the same order and known by their shapes. Its short cells are no hard-wrapped lines to join.
    Convention("header-form-label-column-then-its-values-body-name", "header", _FORM_COLUMN,
               "council_name=北山市文書館整備検討懇話会"),
    Convention("header-form-label-column-then-its-values-roster", "header", _FORM_COLUMN,
               "members_present=北野、南、関、西田、東"),
    # 出席並びに欠席委員 / 出席3名 欠席1名 / 役職 氏名 出欠 / 委員長 北野ひさ 出席 / …: one table of both, told apart by its
    # 出欠 column.
    Convention("header-present-and-absent-in-one-table", "header",
               "開催年月日\n令和4年2月9日(水曜日)\n開催場所\n北山町議会 協議会室1\n出席並びに欠席委員\n出席3名 欠席1名\n"
               "出席並びに欠席委員の詳細\n役職 氏名 出欠\n委員長 北野ひさ 出席\n副委員長 南田由美 欠席\n委員 東山直樹 出席\n"
               "委員 西川明 出席", "members_present=北野ひさ、東山直樹、西川明"),
    # An unlabelled header whose roster has its own heading above it ((1)委員), in a hall named 〜の間.
    Convention("header-unlabelled-facts-hall-named-after-a-flower", "header", _UNLABELLED_WITH_HEADED_ROSTER, "place=ホテル北山 桜の間"),
    Convention("header-unlabelled-facts-roster-under-its-heading", "header", _UNLABELLED_WITH_HEADED_ROSTER,
               "members_present=北野、南田、東山、西川"),
    # 場所 北山市中区上町6−30 / 北山合同庁舎2号館 8階会議室: the building's address on the field's line, the room below.
    Convention("header-room-below-the-buildings-address", "header",
               "日時 令和5年8月29日(月) 13:30〜16:40\n場所 北山市中区上町6−30\n北山合同庁舎2号館 8階会議室\n"
               "出席者 北野委員、南田委員、東山委員", "place=北山合同庁舎2号館 8階会議室"),
    # 召集年月日 / 召集の場所: the older spelling of 招集.
    Convention("header-convened-in-the-older-spelling", "header",
               "平成17年1回北山町定例会会議録(第2号)\n召集年月日    平成17年3月14日\n召集の場所    北山町役場議場",
               "place=北山町役場議場"),
    # 平　　成 27 年 8 月 24 日: the date letter-spaced to its cell, the era's name too.
    Convention("header-date-letter-spaced-era-and-all", "header",
               "5期第4回北山市消費生活審議会\n期日 平\u3000\u3000成 27 年 8 月 24 日 ( 月 )\n場所 北山市役所",
               "date=2015-08-24"),
    # A city site's skip link for phones above the title is no line of it.
    Convention("header-skip-link-above-the-title", "header",
               "スマートフォン表示用の情報をスキップ\n\n北山市市民参加推進フォーラム第11回会議 摘録\n\n"
               "日時:令和5年6月24日(金)午後1時30分~3時40分\n\n場所:北山交流館 第5会議室",
               "council_name=北山市市民参加推進フォーラム"),
    # <会議次第> 1 開会 … <出席者> 北野 一郎 会長、… 事務局:それでは、…: a page flattened to one line, its parts headed by
    # labels in angle brackets and the first statement opened by a role and a colon; 部会長 chairs a section, not this.
    Convention("header-flattened-page-angle-bracket-labels-roster", "header", _FLATTENED_WITH_ANGLE_LABELS,
               "members_present=北野一郎、南田健、東山清、西川明"),
    Convention("header-flattened-page-angle-bracket-labels-chair", "header", _FLATTENED_WITH_ANGLE_LABELS, "chair=北野一郎"),
    # (1)日時 (1)日時 (1)日時 …: headings made bold by printing them over and over, each copy extracted; the roster's
    # rows (役職 氏名 所属) run onto one line after them.
    Convention("header-overprinted-headings-place", "header", _OVERPRINTED_HEADINGS, "place=北山市民ホール 2階 第2会議室"),
    Convention("header-overprinted-headings-roster-rows-run-together", "header", _OVERPRINTED_HEADINGS,
               "members_present=北野健太、南田直人、東山浩一、西川寛子、森本安春"),
    # 出席委員 … 古川泰三 委員 議題・協議事項 / (1)…: the next field's label run onto the roster's last line.
    Convention("header-agenda-label-run-onto-the-rosters-line", "header",
               "開催年月日   令和6年3月13日(木)\n開催場所    環境水道委員会室\n"
               "出席委員    4名         北 野 一 郎 委員長    南 田 義 勝 副委員長         東 山   聰 委員     西 川 安 弘 委員 議題・協議事項\n"
               "(1)送付された陳情(1件)", "members_present=北野一郎、南田義勝、東山聰、西川安弘"),
    # 事務局案として会長に南田委員を提示し、了承された: the chair put forward and agreed to.
    Convention("header-chair-put-forward-and-agreed", "header",
               "日時 令和5年7月1日 午後2時から\n場所 北山市役所\n出席者 北野委員、南田委員、東山委員\n議事\n"
               "・立候補等はなく、事務局案として会長に南田委員を提示し、了承された。", "chair=南田"),
    # ・北野委員を会長に選出: the bullet before the elected one is no letter of the name.
    Convention("header-chair-elected-in-a-bulleted-result", "header",
               "日時 令和5年6月4日 午前9時30分から\n場所 北山県庁\n出席者 北野委員、南田委員、東山委員\n"
               "(1)会長の選出について\n・北野委員を会長に選出、南田委員を会長職務代理者に指名", "chair=北野"),
    # …(閉会時刻)1.出席議員(24名) 議席番号 氏名 1 北野一郎 … 西川明2.欠席議員(なし)3.欠員2名(8番、26番)4.説明のために…: an
    # assembly's parts numbered with a full stop and set against what closed the part before, the seats numbered with a
    # gap inside them; the clocks named by the word in brackets after them; the seats no one holds are no business.
    Convention("header-numbered-parts-set-against-the-last-and-clock-words-in-brackets", "header", _PARTS_SET_AGAINST,
               "members_present=北野一郎、南田健、東山清、西川明"),
    Convention("header-clock-named-by-the-word-in-brackets-after-it", "header", _PARTS_SET_AGAINST, "end_time=12:05"),
    # 会長・沖倉功、副会長・栗田肇、委員・道佛雅克、…: the role and the name joined by a middle dot.
    Convention("header-role-and-name-joined-by-a-middle-dot", "header",
               "日時\n令和5年3月22日(金)午後2時から\n会場\n北山市役所 第1会議室\n出席者\n"
               "会長・北野功、副会長・南田肇、委員・東山雅克、西川実、森本香子", "chair=北野功"),
    # 出席者 <委 員 > / 北野会長 南田副会長 東山委員 < 事 務 局 > / 健康推進課 西川課長 …: the staff's heading closes the
    # members' line.
    Convention("header-staff-heading-closes-the-members-line", "header",
               "日 時 平成 26 年 1 月 23 日(木)14:00∼15:30 場 所 北山市保健センター 3 階研修室\n\n出席者 <委 員 >\n\n"
               "北野会長 南田副会長 東山委員 西川委員 森本委員 < 事 務 局 >\n\n健康推進課 川上課長 健康推進課 大野補佐 健康づくり担当 "
               "小林副主幹", "members_present=北野、南田、東山、西川、森本"),
    # 北野八千代(北山市美化推進協議会会長、北山県推進委員): the separators inside a note are no part of the list's.
    Convention("header-roster-note-holding-a-separator", "header",
               "1 日時 令和4年10月29日(金曜日)午前10時30分から11時40分\n2 場所 北山市役所西館4階402会議室\n3 出席者\n"
               "【出席委員】\n会 長 北野八千代(北山市美化推進協議会会長、北山県環境保全推進委員)\n委 員 南田由起子(北山大学副学長)\n"
               "     東山俊博(北山市区長会会長)\n     西川豊(北山市校長会代表)",
               "members_present=北野八千代、南田由起子、東山俊博、西川豊"),
    # 2 開催場所 北山市中央区北1条西6丁目 / ホテル北山ガーデン 4階 平安: a city laid out in 条 and 丁目 names the building's
    # address; the room below; 北山道連合海区…委員会: a 海区 after the prefecture's name is a fishing zone, no ward.
    Convention("header-room-below-an-address-in-jo-and-chome", "header", _FISHERIES_COMMITTEE, "place=ホテル北山ガーデン 4階 平安"),
    Convention("header-fishing-zone-is-no-ward", "header", _FISHERIES_COMMITTEE, "municipality=北海道"),
    # 1 平成 2 5 年 5 月 2 9 日於 : 北山共用会議所 3 階 大会議室: a national body's record whose transcription set each digit
    # apart, the room after 於 on the date's line.
    Convention("header-digits-set-apart-one-by-one", "header", _NATIONAL_TRANSCRIPTION, "start_time=10:00"),
    Convention("header-room-after-at-on-the-dates-line", "header", _NATIONAL_TRANSCRIPTION, "place=北山共用会議所 3 階 大会議室"),
    # 会議年月日 / 会議の場所 / 開会延会日時及び宣告 / 開会(開議) … / 延会 … / 宣告者 開会 議長 北野 弘 / 出席、欠席議員及び欠員 /
    # 出席 3名 … / 凡例 ◯出席を示す ▲欠席を示す / 議席番号 氏名 出席等の別 / 2 東山登志子 ◯ …: an assembly's form of the sitting,
    # its clock rows, who declared them, and its roster table marked ◯ and ▲ under the counts.
    Convention("header-assembly-sitting-form-clock-rows", "header", _SITTING_FORM, "end_time=23:45"),
    Convention("header-assembly-sitting-form-declared-by", "header", _SITTING_FORM, "chair=北野弘"),
    Convention("header-assembly-sitting-form-marked-roster", "header", _SITTING_FORM, "members_present=東山登志子、北野弘、南田俊宏"),
    # しろまる日時 / しろまる久保補佐 おはようございます: a page read aloud kept the mark's name and lost the mark; the breadcrumb
    # names the parent body (北山科学審議会), the title the committee that sat.
    Convention("header-mark-named-in-kana", "header", _MARKS_BY_NAME, "place=北山労働委員会講堂"),
    Convention("header-breadcrumbs-parent-body-is-not-the-body", "header", _MARKS_BY_NAME, "council_name=水道事業の維持に関する専門委員会"),
    # - 日時 / - 平成19年5月24日… / - 議事内容 / - 別添議事録のとおり / - 議題 / - …について: a definition list copied as dashed items;
    # 議事内容 pointing to the record below is a field, not the record's start.
    Convention("header-definition-list-as-dashed-items", "header", _DASHED_DEFINITIONS, "date=2007-05-24"),
    Convention("header-record-pointed-to-below-the-agenda", "header", _DASHED_DEFINITIONS, "members_present=北野、南田、東山、西川"),
    # 会長選出:南田委員が会長に選出: the step's word and a colon before the elected one.
    Convention("header-chair-elected-after-the-steps-word-and-colon", "header",
               "日時 令和7年7月28日 10時30分\n場所 北山市役所\n出席者 南田委員、東山委員、西川委員\n"
               "1.開 会 北野教育長より挨拶 会長選出:南田委員が会長に選出され、及び東山委員が副会長に選出された。", "chair=南田"),
    # A record flattened to one line (aggregators, some PDFs): flat.py puts the breaks back before
    # each field, roster heading, numbered heading, bill, (1) (2) … run, speaker's mark and clock.
    Convention("layout-record-flattened-to-one-line", "header",
               "全員協議会議事録 1.日  時  令和4年9月22日(木)本会議終了後 1.場  所  第3委員会室 1.出席議員   "
               "1番 北 野 晴 幸 君   2番 南 田 純 一 君 1.欠席議員   3番 東 山   浩 君 1.議  事    (1)事業評価について    "
               "(2)議会の個人情報保護について", "place=第3委員会室"),
    # Agenda lists: the items (kind:title, |-joined) an agenda under 議題 yields.
    # 東山町地域交通協議会設置規約(案)について: a body's founding charter adopted at its first sitting is its set-up,
    # not a case; its own budget (収支予算(案)) is business it decides.
    # 第2 会議書記の指名 / 第4 業務の経過報告: a 農業委員会's steps, who keeps the record and the account of the month's work.
    # 第3 座席の指定について / 第4 審査日程及び審査方法について / 第5 資料閲覧要求等について: a special committee's first
    # sitting settles its seats, how it will examine and the papers it asks for; procedure, as its officers' election is.
    Convention("agenda-special-committee-settling-how-it-examines-is-procedure", "agenda",
               "第1 委員長の互選について\n第2 副委員長の互選について\n第3 座席の指定について\n第4 審査日程及び審査方法について\n"
               "第5 資料閲覧要求等について\n第6 令和5年度北山市一般会計歳入歳出決算認定について\n第7 その他",
               "その他:令和5年度北山市一般会計歳入歳出決算認定について"),
    # 2 任命書交付: the appointment handed to a selection committee's members, procedure as a 委嘱状 交付 is.
    Convention("agenda-appointment-handed-over-is-procedure", "agenda",
               "1 開会\n2 任命書交付\n3 選定委員会の進め方等について\n4 閉会",
               "その他:選定委員会の進め方等について"),
    # (1)開催趣旨の確認及び開催要綱の承認 / (3)調査研究スケジュールの承認 / (6)構成員名簿…の作成: a study group's first steps are
    # procedure; ア …戦略 / 北山市企画部情報政策課企画係長 北野 一郎: the talks it hears, each over who gives it (the office
    # the talk's department, the person no part of its title).
    Convention("agenda-study-group-steps-and-talks-over-their-presenters", "agenda",
               "(1)開催趣旨の確認及び開催要綱の承認\n(2)座長の選出\n(3)調査研究スケジュールの承認\n(4)ICT利活用の現状と課題\n"
               "ア 北山市の地域情報化戦略\n  北山市企画部情報政策課企画係長 北野 一郎\nイ 南田地域におけるICTの現状\n  北山市総務部長 南田 健\n"
               "(5)意見交換\n(6)構成員名簿及びメーリングリストの作成について",
               "その他:北山市の地域情報化戦略|その他:南田地域におけるICTの現状|その他:意見交換"),
    Convention("agenda-clerk-named-and-work-account-are-procedure", "agenda",
               "(1)会議書記の指名\n(2)業務の経過報告\n(3)報告第1号 農地法第3条の3の規定による農地の相続届出について",
               "報告:農地法第3条の3の規定による農地の相続届出について"),
    # 1 確認事項 / (1) 第2回評価委員会議事要旨(案)について / 2 審議事項 / (1) 中期目標(案)について: the draft minutes of the
    # last sitting confirmed under their own group word are procedure.
    Convention("agenda-draft-minutes-confirmed-under-a-group-word", "agenda",
               "1 確認事項\n(1) 第2回評価委員会議事要旨(案)について\n2 審議事項\n(1) 中期目標(案)について",
               "その他:中期目標(案)について"),
    Convention("agenda-founding-charter-is-procedure", "agenda",
               "(1)東山町地域交通協議会設置規約(案)について\n(2)令和6年度東山町地域交通協議会収支予算(案)について",
               "その他:令和6年度東山町地域交通協議会収支予算(案)について"),
    Convention(
        "agenda-quoted-continuation", "agenda",
        "1.開会\n2.審議会報告書とりまとめ\n  「個人情報保護制度の運用に関する課題(案)」について\n3.閉会",
        "その他:審議会報告書とりまとめ「個人情報保護制度の運用に関する課題(案)」について",
    ),
    Convention(
        "agenda-parenthesized-digit", "agenda",
        "⑴　特定健康診査等データの外部提供について（諮問）\n⑵　個人情報保護制度の改正について（報告）",
        "諮問:特定健康診査等データの外部提供について|報告:個人情報保護制度の改正について",
    ),
    Convention(
        "agenda-word-and-number", "agenda",
        "審議 1   図書館電算システムについて\n\n審議 2 防犯カメラ設置運用について\n\n報告事項\n\n報告 1  戸籍副本データ管理システムについて",
        "その他:図書館電算システムについて|その他:防犯カメラ設置運用について|報告:戸籍副本データ管理システムについて",
    ),
    Convention(
        "agenda-case-number-then-title-lines", "agenda",
        "①諮問第692号\n「高齢者保健福祉業務」における外部委託に伴う個人情報の保護措置及び外部の電\n子計算機との回線結合について\n"
        "(後期高齢者医療保険料の収納代行業務の外部委託)\n②諮問第693号\n「防災対策事業業務」における個人情報の本人外収集について\n(生活再建",
        "諮問:「高齢者保健福祉業務」における外部委託に伴う個人情報の保護措置及び外部の電子計算機との回線結合について|"
        "諮問:「防災対策事業業務」における個人情報の本人外収集について",
    ),
    # 議第1298号 / …の変更の件 / [公開・非公開] / 《非公開》: a prefecture's short series of bills numbered on through the
    # years, each number over its title, the table's publicity column (its head too) printed a cell a line among them.
    Convention(
        "agenda-short-series-number-over-title-with-publicity-cells", "agenda",
        "審議\n議第1298号\n北山都市計画道路の変更の件\n[公開・非公開]\n《非公開》\n(北山線他2路線:北山市)\n議第1299号\n"
        "南田都市計画区域の変更の件\n《公開》",
        "その他:北山都市計画道路の変更の件|その他:南田都市計画区域の変更の件",
    ),
    Convention(
        "agenda-bracketed-case-numbers-before-titles", "agenda",
        "(1)議案審議 (教議第4号)令和5年度3月補正予算について\n(教議第5号)令和6年度当初予算について\n(2)報告\n"
        "(教報第1号)北山市立幼稚園の状況について",
        "その他:令和5年度3月補正予算について|その他:令和6年度当初予算について|報告:北山市立幼稚園の状況について",
    ),
    # • 諮問第45号 / 「…(名簿の類)。」の公文書部分開示決定に対する審査請求(第5回): a disclosure appeal titled by the request
    # it quotes, a sentence in quotation marks and long, under its case number; the count of the appeal's sittings goes.
    Convention(
        "agenda-appeal-titled-by-the-quoted-request-under-its-number", "agenda",
        "• 諮問第45号\n    「北山市地域おこし協力隊のサイト「キタヤマ」の研修会情報に紹介されている参加隊員・職員ら参加者の氏名と所属先が"
        "わかる情報(名簿の類)。」の公文書部分開示決定に対する審査請求(第5回)\n• 諮問第46号\n    「北山市立博物館の常設展示図録を"
        "作成するにあたって参照した資料のうち、本件図録18ページの文章の根拠となる資料の開示を請求します。」外3件の公文書不存在決定に"
        "対する審査請求(第2回)",
        "諮問:「北山市地域おこし協力隊のサイト「キタヤマ」の研修会情報に紹介されている参加隊員・職員ら参加者の氏名と所属先が"
        "わかる情報(名簿の類)。」の公文書部分開示決定に対する審査請求|諮問:「北山市立博物館の常設展示図録を作成するにあたって参照した"
        "資料のうち、本件図録18ページの文章の根拠となる資料の開示を請求します。」外3件の公文書不存在決定に対する審査請求",
    ),
    Convention(
        "agenda-notes-tell-one-title-apart", "agenda",
        "- 諮問第40号\n個人情報の取扱い原則の例外事項について\n(「オンライン結合による提供の制限」/建築住宅課)\n"
        "- 諮問第41号\n個人情報の取扱い原則の例外事項について\n(「目的外利用・提供の制限」/森林経営課)",
        "諮問:個人情報の取扱い原則の例外事項について(「オンライン結合による提供の制限」/建築住宅課)|"
        "諮問:個人情報の取扱い原則の例外事項について(「目的外利用・提供の制限」/森林経営課)",
    ),
    Convention(
        "agenda-points-under-a-numbered-item", "agenda",
        "(1)非公開事項(情報)の範囲\n\n-1個人情報(公務員情報)\n-2事業活動情報(任意提供情報)\n\n(2)請求及び決定手続\n\n-1請求手続",
        "その他:非公開事項(情報)の範囲|その他:請求及び決定手続",
    ),
    Convention(
        "agenda-bulleted-cases-under-a-procedure", "agenda",
        "- (1)意見聴取\n- 北山県情報公開条例の改正について\n- (2)議事\n- 諮問第75号の審議について",
        "その他:北山県情報公開条例の改正について|諮問:諮問第75号の審議について",
    ),
    # 請願第 3号及び第4号: an entry of numbers alone names no case; 〇本日の会議に付した事件 lists the agenda again,
    # each entry after a dot leader with its page.
    Convention(
        "agenda-numbers-alone-and-listed-again-with-pages", "agenda",
        "第1 議案第7号 みなみ市手数料条例の一部改正について\n第2 請願第 3号及び第4号\n第3 議案第12号及び諮問第 2号\n"
        "第4 議案第108号 みなみ市公園条例の一部改正について  ──────── 〇本日の会議に付した事件   ページ\n"
        "日程第1 議案第7号 みなみ市手数料条例の一部改正について…………………12\n日程第4 議案第108号 みなみ市公園条例の一部改正について……‥15",
        "その他:みなみ市手数料条例の一部改正について|その他:みなみ市公園条例の一部改正について",
    ),
    Convention(
        "agenda-departments-in-lenticular-brackets", "agenda",
        "2.諮問第10号 個人市民税高額納税者への感謝状等の贈呈事務に係る保有\n個人情報の目的外利用について【課\n税課、納税課】\n"
        "3.諮問第11号 プレミアム付商品券発行事業に係る保有個人情報の目\n的外利用について【子育て支援課】",
        "諮問:個人市民税高額納税者への感謝状等の贈呈事務に係る保有個人情報の目的外利用について|"
        "諮問:プレミアム付商品券発行事業に係る保有個人情報の目的外利用について",
    ),
    Convention(
        "agenda-container-word-and-quoted-title", "agenda",
        "審議事項 「特定個人情報保護評価書の第三者点検について」", "その他:特定個人情報保護評価書の第三者点検について",
    ),
    Convention(
        "agenda-publicity-note", "agenda",
        "諮問第22号　公文書部分公開決定処分に係る審査請求について（非公開）",
        "諮問:公文書部分公開決定処分に係る審査請求について",
    ),
    Convention(
        "agenda-departments-tell-one-title-apart", "agenda",
        "  1. 第三者点検の実施について(市民生活部市民課)\n  2. 第三者点検の実施について(福祉部介護保険課)\n"
        "  3. 保有個人情報の提供について(子ども未来部子ども支援センター)",
        "その他:第三者点検の実施について(市民生活部市民課)|その他:第三者点検の実施について(福祉部介護保険課)|"
        "その他:保有個人情報の提供について(子ども未来部子ども支援センター)",
    ),
    Convention(
        "agenda-two-case-numbers-over-one-title", "agenda",
        "- 諮問第42号・43号\n個人情報の取扱い原則の例外事項について\n(「本人収集の原則」/健康増進課)\n"
        "(「目的外利用・提供の制限」/経営管理課)\n- 諮問第44号\n個人情報の取扱い原則の例外事項について\n"
        "(「目的外利用・提供の制限」/こども家庭課)",
        "諮問:個人情報の取扱い原則の例外事項について(「本人収集の原則」/健康増進課)|"
        "諮問:個人情報の取扱い原則の例外事項について(「目的外利用・提供の制限」/経営管理課)|"
        "諮問:個人情報の取扱い原則の例外事項について(「目的外利用・提供の制限」/こども家庭課)",
    ),
    Convention(
        "agenda-case-number-after-its-place", "agenda",
        "(1)　諮問第３号　住民基本台帳事務における個人情報の外部提供について",
        "諮問:住民基本台帳事務における個人情報の外部提供について",
    ),
    # How the body meets and who sits on it (委嘱状の伝達, 現地視察, 分科会長選任, スケジュール, 部会の割り当て,
    # its own membership), a 諮問書 handed over without a subject, and the papers after an entry are no cases.
    Convention(
        "agenda-procedure-steps-and-paper-references", "agenda",
        "1 委嘱状の伝達\n2 市長あいさつ\n3 正副会長の選出\n4 諮問書の伝達\n5 現地視察\n"
        "6 協議会の役割について【資料2−1、資料2−2】\n7 会議のスケジュールについて\n8 専門部会の割り当てについて\n"
        "9 景観審議会委員について\n10 運営規則について\n11 分科会長選任・会長代理指名",
        "その他:協議会の役割について",
    ),
    # The body's own rules amended (北山市環境審議会運営要領の一部改正について) and its members assigned to its sections
    # (部会所属委員の指名について) are how it meets, no case before it; 開会 北野教育長 is the opening and who opens it.
    Convention(
        "agenda-own-rules-amended-and-section-members-named", "agenda",
        "(1)開会 北野教育長\n(2)会長の選出について\n(3)北山市環境審議会運営要領の一部改正について\n(4)部会所属委員の指名について\n"
        "(5)北山市環境基本計画の見直しについて",
        "その他:北山市環境基本計画の見直しについて",
    ),
    # 【審議会会議内容】 1 開 会 2 会議の成立宣言 3 報告事項 (1)「…について」 … (1)第13号議案「…について」 5 閉 会: a PDF's
    # agenda run onto one line, each title in quotes, a bill's number before them; the quorum declared is a step.
    Convention(
        "record-titles-in-quotes-with-the-number-before-them", "record",
        "第 23 回 北山駅周辺土地区画整理審議会議事録 議事(要旨) 日時:平成27年1月21日(水) 10:00~12:15 場所:北山駅周辺開発事務所 "
        "2階 会議室 【出席者】 委 員 ; 北野会長、南田副会長、東山委員、西川委員 事務局 ; 北野局長、南田部長 傍聴者 ; 0名 "
        "【審議会会議内容】 1 開 会 2 会議の成立宣言 3 報告事項 (1)「北山駅周辺の整備状況について」 (2)「(都)北山中央線道路工事について」 "
        "4 審議事項 (1)第13号議案「仮換地の指定について」 5 閉 会 - 2 - 【議事】 (◎会長 ○委員 ●事務局) 1 ●: 開 会 "
        "2 会議の成立宣言 ●: 本日の会議の出席者は4名でございますので、会議は成立いたします。\n",
        "報告:北山駅周辺の整備状況について|報告:(都)北山中央線道路工事について|その他:仮換地の指定について",
    ),
    # 3 会長あいさつ 4 報 告 / (1)…: the bare group word, numbered as the next step of an order of business run onto one
    # line, gives its kind to the list under it.
    Convention(
        "proceedings-bare-report-word-closing-a-run-on-order", "proceedings",
        "第 1 開会 2 館長あいさつ 3 会長あいさつ 4 報 告\n(1)北山市立図書館の事業計画について\n"
        "(2)北山市立図書館の予算内訳について\n(3)その他",
        "報告:北山市立図書館の事業計画について|報告:北山市立図書館の予算内訳について",
    ),
    # ○所管事項の報告 / 1 …(担当): a standing committee hears the departments under it report, one entry each.
    Convention(
        "proceedings-standing-committee-reports-heading", "proceedings",
        "○所管事項の報告\n 1 北山駅整備の進捗状況について(都市計画担当)\n 2 南田通りの信号機の変更について(道路担当)",
        "報告:北山駅整備の進捗状況について|報告:南田通りの信号機の変更について",
    ),
    # 2.報告事項 / 3.… / 4.協議事項 / 5.…: the group words of a list flattened into one run rule the entries after them.
    Convention(
        "agenda-group-words-in-one-numbered-run", "agenda",
        "1.開会\n2.報告事項\n3.令和5年度実施事業について\n4.協議事項\n5.令和6年度事業計画について\n"
        "6.みなみ市男女共同参画プラン(案)について\n7.その他\n8.閉会",
        "報告:令和5年度実施事業について|その他:令和6年度事業計画について|その他:みなみ市男女共同参画プラン(案)について",
    ),
    # 議案1.諮問(…について): the kind, then the case in brackets; 報告2.…委員について (the body's own membership) is procedure.
    Convention(
        "agenda-kind-then-case-in-brackets", "agenda",
        "議案1.諮問(みなみ市景観計画に即した屋外広告物の規制及び誘導について)\n報告1.屋外広告物の検討について\n報告2.景観審議会委員について",
        "諮問:みなみ市景観計画に即した屋外広告物の規制及び誘導について|報告:屋外広告物の検討について",
    ),
    # (4)…について / ア … / イ … / ウ その他: the lettered entries are the cases, their parent only groups them;
    # 会長の職務代理指名 is procedure.
    Convention(
        "agenda-lettered-entries-under-a-case", "agenda",
        "(1)会長選出\n(2)会長の職務代理指名\n(3)みなみ県の情報公開制度について\n(4)関連法令の状況について\n"
        "ア 個人情報の保護に関する法律の改正\nイ みなみ県公文書等の管理に関する条例の施行\nウ その他\n(5)その他",
        "その他:みなみ県の情報公開制度について|その他:個人情報の保護に関する法律の改正|その他:みなみ県公文書等の管理に関する条例の施行",
    ),
    # A single ア under a case is what that case covers.
    Convention(
        "agenda-lone-lettered-entry-under-a-case", "agenda",
        "(1)令和7年度文化財保護課主要事業等について\nア 令和7年度指定文化財保存事業等について\n(2)令和6年度みなみ県指定文化財等の指定等について",
        "その他:令和7年度文化財保護課主要事業等について|その他:令和6年度みなみ県指定文化財等の指定等について",
    ),
    # (2) 協議事項について between (1) and (3): an entry about the matters to discuss, no group word.
    Convention(
        "agenda-group-word-about-as-an-entry", "agenda",
        "(1) 会議の公開等について\n(2) 協議事項について\n(3) 会議のスケジュールについて\n(4) 相談支援体制について",
        "その他:協議事項について|その他:相談支援体制について",
    ),
    # …について(諮問及び協議): a 諮問 put to discussion is still a 諮問; the meeting's own 開催スケジュール, a body's
    # name alone, a form's 資料 and 公開の可否 cells and the body's own 設置要綱 are procedure.
    Convention(
        "agenda-consultation-for-discussion-and-form-cells", "agenda",
        "議題 みなみ市国民健康保険税の税率について(諮問及び協議)\n報告事項\n (1)保険税の収納状況について\n"
        "その他\n 令和7年度みなみ市国民健康保険運営協議会開催スケジュール(案)について\n"
        "(2)みなみ市介護保険事業計画推進会議\n(3)議事①に関する資料\n(4)「みなみ町総合教育会議設置要綱(案)」について",
        "諮問:みなみ市国民健康保険税の税率について|報告:保険税の収納状況について",
    ),
    # 2)北山駅前地区の取組について: a number closed by a half bracket alone (its opening one lost, or the house's
    # 1) 2) 3)) is numbered as (2) is, no part of the title.
    Convention(
        "agenda-half-bracketed-numbers", "agenda",
        "(1)北山市景観計画の変更について\n2)北山駅前地区の取組について(報告)\n(3)南田川沿いの景観形成について",
        "その他:北山市景観計画の変更について|報告:北山駅前地区の取組について|その他:南田川沿いの景観形成について",
    ),
    # あいさつ:北山県…衛生課・北野課長 (the greeter's unit and post after a colon), 役員の選出について (the body's
    # officers elected) are steps of the sitting; 〈資料1へ〉(PDF:120KB) under an entry is a page's link to its paper.
    Convention(
        "agenda-greeter-after-a-colon-officers-and-paper-links", "agenda",
        "(1)開会\n(2)あいさつ:北山県健康福祉部衛生課・北野課長\n(3)役員の選出について\n(4)北山県動物愛護推進計画について\n"
        "〈資料1へ〉(PDF:120KB)\n(5)閉会",
        "その他:北山県動物愛護推進計画について",
    ),
    # 2.有識者からのヒアリング / 1)… / 2)…: the topics each of those heard spoke on are parts of the hearing, one case.
    Convention(
        "record-topics-of-a-hearing", "record",
        "北山市見守り連携検討会(第3回)議事録\n日時:令和5年8月7日(月)13:00~15:00\n場所:北山市役所 第1会議室\n"
        "出席者:\n座長 北野一郎\n南田花子\n東山次郎\n\n(議事次第)\n1.開会\n2.有識者からのヒアリング(見守りの仕組みについて)\n"
        "  1)北山市の取組について\n  2)南田地区の支援者について\n3.北山市の支援体制の調査について\n4.閉会\n\n"
        "○北野座長 それでは始めます。\n○南田委員 承知しました。",
        "その他:有識者からのヒアリング(見守りの仕組みについて)|その他:北山市の支援体制の調査について",
    ),
    # Proceedings: the items the body of the minutes yields, read from its headings and narration.
    # イ 北山地域森林計画の変更 / 北山地域森林計画の変更については、諮問案は妥当であると認める: the finding on the case,
    # its subject set out first, is no tail of the title (and 諮問案は妥当 makes it a 諮問).
    Convention(
        "proceedings-finding-restates-the-title-below-it", "proceedings",
        "(1)審議結果\nア 会長の選任について\n北野委員を会長に互選\nイ 北山地域森林計画の変更\n"
        "北山地域森林計画の変更については、諮問案は妥当であると認める\nウ 森林保全部会の議決事項の報告\n林地開発許可の状況\n"
        "松くい虫の被害状況",
        "諮問:北山地域森林計画の変更|報告:森林保全部会の議決事項の報告",
    ),
    # (2)審議事項 / the case's title / a summary opening with the title: the section word gives the kind, the
    # line under it the title, the summary the explaining section; あいさつ 北野会長 and 専門委員の任命 are procedure.
    Convention(
        "proceedings-section-word-over-title-and-summary", "proceedings",
        "審議の概要と審議結果\n1. 開会\n2. あいさつ 北野会長\n3. 議事\n(1)専門委員の任命について\n"
        "環境課長から、南田一郎氏を専門委員に任命したことを報告した。\n(2)審議事項\nみなみ県環境基本計画の策定について\n"
        "みなみ県環境基本計画の策定について、環境政策課長から説明がなされ、継続審議とすることが了承された。\n"
        "(3)説明事項\nみなみ県ごみ減量計画の策定について\nみなみ県ごみ減量計画の策定について、廃棄物対策課長から説明がなされた。\n4. 閉会",
        "その他:みなみ県環境基本計画の策定について|報告:みなみ県ごみ減量計画の策定について",
    ),
    Convention(
        "proceedings-results-after-each-heading", "proceedings",
        "1 開会 事務局が開会を宣言した。\n2 議事 \n(1)会長の選任 委員の互選により北野委員が会長に選出された。\n"
        "(2)部会の構成委員及び部会長の指名 北野会長が別紙のとおり指名した。\n"
        "(3)今後の審査会の運営について ア 調査審議の流れ 資料3に基づいて事務局が説明を行った。\n"
        "イ 諮問を要しない案件の指定 資料4に基づいて事務局が説明を行い、意見交換がなされた。\n"
        "(北野会長) 手帳の案件は諮問を要しないと考える。",
        "その他:調査審議の流れ|その他:諮問を要しない案件の指定",
    ),
    Convention(
        "proceedings-chair-names-cases-by-number", "proceedings",
        "○会長　ただいまから審議会を開会します。\n"
        "○会長　まず、市民部から、諮問第3号、住民票の写しの外部提供について、北野市民課長の説明を求めます。\n"
        "○北野市民課長　資料により説明します。\n○委員　提供先はどこか。\n"
        "○会長　次に、報告1、防犯カメラの設置について、交通課から報告をお願いします。\n○交通課長　資料2により報告します。",
        "諮問:住民票の写しの外部提供について|報告:防犯カメラの設置について",
    ),
    # 4 意見内容 / ○議題1 / its title on the next line / ①…、②…、③…: the record's own section word is no case, the
    # agenda's word and number alone over the title head the case, and entries run together with 読点 enumerate
    # what the case covers.
    Convention(
        "proceedings-numbered-word-over-its-title", "proceedings",
        "4 意見内容\n○議題1\n令和7年度の重点事業について\n①読書推進事業、②公民館講座事業、③子ども教室事業\n"
        "委員意見内容\n北野委員\n公民館講座の対象を教えてほしい。\n生涯学習課\n高齢者と子育て世代を対象としている。",
        "その他:令和7年度の重点事業について",
    ),
    # 議題及び議事要旨 / (1)議題 …について / 審議1「…工事」 / (ア)議事要旨 / 委員:… / 審議2「…」: a monitoring committee's
    # summary numbers the agenda entry under its section word, then each case it picked out by 審議 and a number, the
    # title quoted straight after them; the next case heads its own part after the last answer of the one before.
    Convention(
        "proceedings-quoted-case-after-word-and-number", "proceedings",
        "議題及び議事要旨\n(1)議題 令和6年1月分~令和6年3月分の契約状況について\n"
        "契約状況について事務局から資料により報告し、指定した案件について審議した。\n"
        "審議1「北山市立図書館空調設備改修工事」\n事務局から資料に基づき説明した。\n(ア)議事要旨\n"
        "委員:予定価格の算定はどのように行ったのか。\n財政局:設計単価をもとに算定した。\n"
        "審議2「(仮称)北山市南部体育館建設工事」\n事務局から資料に基づき説明した。\n(ア)議事要旨\n"
        "委員:入札参加者が1者となった理由は何か。\n財政局:工期が短かったためと考えている。",
        "その他:令和6年1月分~令和6年3月分の契約状況について|その他:北山市立図書館空調設備改修工事"
        "|その他:(仮称)北山市南部体育館建設工事",
    ),
    # (議長) / では初めに、議題1の「…」から始めたい: the chair begins with a case by its number and quoted title.
    Convention(
        "proceedings-chair-begins-with-numbered-case", "proceedings",
        "(議長)\n本日もよろしくお願いする。では初めに,議題1の「地域の読書活動の推進~子どもの読書習慣づくりに向けて~」から始めたいと思う。\n"
        "(事務局)\n資料に基づき、前回の論点を説明する。\n(議長)\n意見をお願いしたい。",
        "その他:地域の読書活動の推進~子どもの読書習慣づくりに向けて~",
    ),
    # 4.委員外議員傍聴者 南田一郎 / 5.議会事務局職員出席者 / 6.付議事件 (1)… (3)今後の委員会の運営方法について: the
    # numbered attendance sections are no cases (the group named before 出席者 / 傍聴者), nor is how the committee runs.
    Convention(
        "proceedings-numbered-attendance-sections", "proceedings",
        "3.地方自治法第105条による議長の出席 北 野 一 郎\n4.委員外議員傍聴者 南 田 健\n5.議会事務局職員出席者\n"
        "  議事課長 東 山 亨\n6.付議事件\n  (1)本日の委員会の傍聴の取り扱いについて\n  (2)公共工事の入札制度について\n"
        "  (3)今後の委員会の運営方法について",
        "その他:公共工事の入札制度について",
    ),
    # (2) …について 5 情報交換 / (1) …からの情報提供 6 その他: the outer list's next section run onto the last entry
    # heads the entries after it; information an office gives is a report; (1) 委員 9人 counts who attended.
    Convention(
        "proceedings-next-section-run-onto-an-entry", "proceedings",
        "4 報告事項\n(1) 令和6年度みなみ市青少年育成方針について\n(2) 子ども見守り事業報告について 5 情報交換\n"
        "(1) みなみ警察署からの情報提供\n(2) みなみ市中学校長会からの情報提供 6 その他\n3 出席\n(1) 委員 9人\n(2) 事務局 4人",
        "報告:令和6年度みなみ市青少年育成方針について|報告:子ども見守り事業報告について|報告:みなみ警察署からの情報提供"
        "|報告:みなみ市中学校長会からの情報提供",
    ),
    Convention(
        "proceedings-numbered-parts-of-a-case", "proceedings",
        "第1 第三者点検の実施について(令和6年4月8日付けみなみ市民第26号で諮問のあった件)(市民生活部市民課)\n"
        "  1. 概要\n    住民基本台帳事務に係る評価書の第三者点検を実施するもの\n  2. 質疑及び意見\n"
        "    (委員)保存期間はどの程度か。\n    (実施機関)5年である。\n"
        "第2 電子計算機の結合について(行政部情報政策課)\n  1. 概要\n    庁内の端末を国のシステムと結合するもの\n",
        "諮問:第三者点検の実施について|その他:電子計算機の結合について",
    ),
    Convention(
        "proceedings-triangle-marks-each-bill", "proceedings",
        "△議案第１号の上程、説明、質疑、討論、採決\n"
        "○議長（北野一郎君）　日程第５、議案第１号　みなみ町手数料条例の一部を改正する条例の制定についてを議題といたします。\n"
        "○議長（北野一郎君）　異議なしと認めます。したがって議案第１号は、原案のとおり可決されました。\n"
        "△意見案第１号\n"
        "○議長（北野一郎君）　日程第６　意見案第１号農業用水路の改修を求める意見書を議題とします。\n",
        "その他:みなみ町手数料条例の一部を改正する条例の制定について|その他:農業用水路の改修を求める意見書",
    ),
    Convention(
        "proceedings-section-word-alone-over-a-list", "proceedings",
        "2.議事\n\n市長が保有個人情報の目的外利用について諮問を行い、その後報告を行った。\n\n諮問事項\n\n"
        "  1. 敬老事業に係る住民情報の目的外利用について(健康福祉部高齢福祉課)\n"
        "  2. 共同研究における園児の情報の目的外利用について(こども育成部保育課)\n\n報告事項\n\n"
        "  1. 職員の懲戒処分等の公表基準の改正について(総務部人事課)\n",
        "諮問:敬老事業に係る住民情報の目的外利用について|諮問:共同研究における園児の情報の目的外利用について|"
        "報告:職員の懲戒処分等の公表基準の改正について",
    ),
    Convention(
        "proceedings-business-listed-then-taken-up", "proceedings",
        "4.件　名\n1 議員定数について\n2 その他\n○北野委員長　ただいまから議会運営委員会を開会いたします。\n"
        "△1 議員定数について\n○北野委員長　日程第1、議員定数についてを議題といたします。\n○南田委員　削減すべきだ。\n",
        "その他:議員定数について",
    ),
    Convention(
        "proceedings-explained-business-in-bullets", "proceedings",
        "開会                9時57分 環境局               9時57分 施設の整備に取り組んでいく。 付託議案説明 ・議案第57号 "
        "契約の締結について(みなみ美化センター整備工事請負契約の締結) 報告事項説明 ・新美化センター建設候補地選定の進捗状況について\n"
        "    質疑・質問            10時15分 ◆問   候補地はどう選んだのか。\n◆答   条件を比べて選んだ。\n",
        "その他:契約の締結について(みなみ美化センター整備工事請負契約の締結)|報告:新美化センター建設候補地選定の進捗状況について",
    ),
    Convention(
        "proceedings-chair-puts-bills-on-the-floor", "proceedings",
        "〇議事日程（第４号）\n　日程第　１　委員会報告第８号\n"
        "　　　　　　　認定第　１号　令和６年度みなみ市一般会計歳入歳出決算認定について\n\n"
        "○議長（北野一郎君）　日程第１　委員会報告第８号認定第１号令和６年度みなみ市一般会計歳入歳出決算認定についてを議題とします。\n"
        "○議長（北野一郎君）　認定第１号は、委員長の報告のとおり認定されました。\n"
        "○議長（北野一郎君）　日程第３　議案第59号令和７年度みなみ市一般会計補正予算を議題とします。\n",
        "その他:令和６年度みなみ市一般会計歳入歳出決算認定について|その他:令和７年度みなみ市一般会計補正予算",
    ),
    Convention(
        "proceedings-business-of-the-sitting-listed", "proceedings",
        "〇議事日程（第１号）\n第１　会期の件\n第２　議案第１号から第３号まで、諮問第１号（４件市長提出）\n"
        "〇本日の会議に付した事件\n日程第１　会期の件\n日程第２　議案第１号　令和６年度みなみ市一般会計補正予算（第１号）\n"
        "　　　　　議案第２号　みなみ市税条例等の一部を改正する条例案\n"
        "　　　　　議案第３号　みなみ市幼保連携型認定こども園の設備及び運営の基準に関する条例等の一部を改正する条例案\n"
        "　　　　　諮問第１号　人権擁護委員候補者推薦に関する件\n",
        "その他:令和６年度みなみ市一般会計補正予算（第１号）|その他:みなみ市税条例等の一部を改正する条例案|"
        "その他:みなみ市幼保連携型認定こども園の設備及び運営の基準に関する条例等の一部を改正する条例案|"
        "諮問:人権擁護委員候補者推薦に関する件",
    ),
    Convention(
        "proceedings-chair-puts-a-case-on-the-floor-by-its-place", "proceedings",
        "○北野委員長　ただいまから委員会を開会いたします。\n 日程第１２、議案第７号「みなみ市行政手続条例」の件を議題といたします。\n"
        "○南田委員　質疑します。\n○北野委員長　それでは、案件その２、みなみ市公文書管理条例(案)についてを議題といたします。\n"
        "○東山委員　賛成です。\n○北野委員長　はじめに,第２回臨時会についてを議題といたします。\n○西川委員　質問はありません。\n"
        "○北野委員長　次に、令和五年年次報告書に関する件について議事を進めます。\n",
        "その他:みなみ市行政手続条例|その他:みなみ市公文書管理条例(案)について|その他:第２回臨時会について|"
        "その他:令和五年年次報告書に関する件",
    ),
    Convention(
        "proceedings-group-word-over-numbered-cases", "proceedings",
        "3.議案・報告案件\n\n議案\n\n第1号 第8回市民まつり実行本部の設置について\n\n →原案どおり決定されました\n\n"
        "第 12号 みなみ市長選挙に用いる投票用紙の調製について\n\n →原案どおり決定されました\n\n"
        "報告\n\n第1号 町内における選挙の執行予定について\n\n →了承されました\n",
        "その他:第8回市民まつり実行本部の設置について|その他:みなみ市長選挙に用いる投票用紙の調製について|"
        "報告:町内における選挙の執行予定について",
    ),
    Convention(
        "proceedings-numbered-header-sections-then-business", "proceedings",
        "1.出席委員 ◎北野一郎 ○南田花子 東山清 西川誠各委員\n1.事務局員 森本局長 川上次長 大野調査係長\n"
        "1.議 題 1.所管事務調査事項「みなみ市議会基本条例について」\n午前10時3分開会\n"
        "◎北野委員長 ただいまより、議会運営委員会を開会いたします。\n",
        "その他:みなみ市議会基本条例について",
    ),
    Convention(
        "proceedings-chair-reads-out-the-case", "proceedings",
        "○議長　本日の審議事項は、報告2件、議案3件となっております。まず報告より入ります。\n"
        "○議長　報告第１号、農地法第３条の３第１項の規定による届出について、次のとおり届出書が提出されたので報告する。"
        "事務局の報告をお願いいたします。\n○事務局　届出が2件ありました。\n"
        "○議長　議案第 12号、農用地利用集積計画の決定について、事務局の説明をお願いします。\n○事務局　計画は5件です。\n",
        "報告:農地法第３条の３第１項の規定による届出について|その他:農用地利用集積計画の決定について",
    ),
    Convention(
        "proceedings-number-alone-over-marked-title", "proceedings",
        "2\n(1)\n議事\n前回審査会会議要録について(報告)前回の会議要録の公開について,事務局から報告した。\n"
        "(2)\n情報公開条例の改正について(報告)資料1に基づき,改正の内容について,総務課から報告した。\n"
        "北野会長:事務局からの報告が終わりました。\n南田委員:写しの枚数は両面で数えますか。",
        "報告:情報公開条例の改正について",
    ),
    # Read from real records' openings, each example in our own wording.
    # 1. 「…」について / 1. 選定答申(報告) / 2. …: an entry over a list restarting at 1 (its nesting lost) groups it;
    # 1. 現地視察 is procedure, an entry cut off by the end (2. 屋) no case.
    Convention(
        "proceedings-entry-over-a-restarted-list", "proceedings",
        "1. 現地視察\n2. 開会\n3. 議事\n1. 「みなみ川の里山景観」の重要文化的景観について\n1. 選定答申(報告)\n2. 景観づくり助成事業\n"
        "地区協定の認定について\n2. 屋",
        "報告:選定答申|その他:景観づくり助成事業 地区協定の認定について",
    ),
    # 審議 / 報告 / 答申 over ・ bullets, the lists printed twice: each subject once, 報告 giving the kind.
    Convention(
        "proceedings-bullets-under-group-words", "proceedings",
        "審議\n・みなみ寺の梵鐘\n・北野一郎旧居跡\n報告\n・南田花子終焉の地\n答申\n・東山神社の本殿・幣殿\n・みなみ寺の梵鐘\n"
        "決定事項\n記載事項はありません。",
        "その他:みなみ寺の梵鐘|その他:北野一郎旧居跡|報告:南田花子終焉の地|その他:東山神社の本殿・幣殿",
    ),
    # The agenda listed, then repeated as headings with the narration under each: 事務局から…報告 makes a report,
    # …が…諮問した内容について a 諮問; a lone ア entry is what the report covers.
    Convention(
        "proceedings-narration-under-a-repeated-heading", "proceedings",
        "(1)令和7年度文化財保護課主要事業等について\n(2)令和6年度みなみ市指定文化財等の指定等について\n"
        "(1)令和7年度文化財保護課主要事業等について\n事務局から次の事項について報告\nア 令和7年度指定文化財保存事業等について\n"
        "(2)令和6年度みなみ市指定文化財等の指定等について\n"
        "みなみ市教育委員会が令和7年1月23日付けで諮問した内容について、各部会長から部会の審議内容を報告した。\n"
        "審議会において、諮問された各文化財は、指定等に値すると結論され、その旨答申を行った。",
        "報告:令和7年度文化財保護課主要事業等について|諮問:令和6年度みなみ市指定文化財等の指定等について",
    ),
    # 会議録署名議員の氏名 / 1番 北野 邦晃 …, 議員提出議案の題目 / 発議第 2号 …, 町長提出議案の題目 / 議案第 3号 …: the headings
    # a town's record sets over the signers and over the bills by who brought them; only the bills are business.
    Convention(
        "record-bills-under-who-brought-them", "record",
        "平成17年第1回北山町定例会会議録(第2号)\n召集年月日    平成17年3月14日\n召集の場所    北山町役場議場\n"
        "応招議員     3名\n   1番 北 野 邦 晃     2番 南 田 正 幸\n   3番 東 山 宣 雄\n不応招議員   0名\n開議         午前9時00分\n"
        "会議録署名議員の氏名\n   1番 北野 邦晃       2番 南田 正幸\n議員提出議案の題目\n"
        "   発議第 2号 平成17年度北山町一般会計予算に伴う付帯決議について\n町長提出議案の題目\n   議案第 3号 北山町税条例の一部改正について\n"
        "○議長（北野邦晃）　ただいまから本日の会議を開きます。",
        "その他:平成17年度北山町一般会計予算に伴う付帯決議について|その他:北山町税条例の一部改正について",
    ),
    # 《 次第 》 / (1)…について ア …について イ …について / ウ …について (2)第 2 次…について / 《資料一覧》: entries of the list run
    # onto a line, the number spaced inside 第 2 次, the papers' list after it under its own heading.
    Convention(
        "record-agenda-entries-run-onto-one-line", "record",
        "平成 25 年度 第 3 回北山市食育推進協議会議事録\n日 時 平成 26 年 1 月 23 日(木)14:00∼15:30 場 所 北山市保健センター 3 階研修室\n"
        "出席者 北野会長 南田副会長 東山委員 西川委員\n《 次第 》 1 開会 2 協議事項\n"
        "(1)アンケート調査結果について ア 乳幼児期アンケート結果について イ 市民アンケート結果について\n"
        "ウ 体力テスト結果について (2)第 2 次北山市食育推進計画の構成について\n3 その他\n《資料一覧》\n"
        "資 料 1 食事についてのアンケート調査\n資料2 栄養に関するアンケート集計",
        "その他:乳幼児期アンケート結果について|その他:市民アンケート結果について|その他:体力テスト結果について"
        "|その他:第2次北山市食育推進計画の構成について",
    ),
    # 日程 1 所管事務調査報告) (病院局) (1)… (健康福祉局) (2)…: a flattened order of business, bureaus in brackets.
    Convention(
        "record-flattened-schedule-with-bureaus", "record",
        "みなみ市議会 健康福祉委員会記録 令和6年7月28日(木) 午前10時00分開会\n出席委員 北野一郎委員長、南田花子委員\n"
        "日程 1 所管事務調査報告)      (病院局)     (1)令和5年度みなみ市病院事業会計決算の概況について      (健康福祉局)\n"
        "(2)夕方支援に関する実態調査報告書について\n        2 その他\n"
        "○北野一郎 委員長 ただいまから健康福祉委員会を開会いたします。\n◎東山 病院局長 御説明いたします。",
        "報告:令和5年度みなみ市病院事業会計決算の概況について|報告:夕方支援に関する実態調査報告書について",
    ),
    # A news page in prose: 「…の状況調査や…の文書管理状況を報告し、課題を検討しました」, one report per subject.
    Convention(
        "record-reports-named-in-prose", "record",
        "みなみ県 公文書館在り方検討会議(第1回)を開催しました\n令和6年5月16日、みなみ県庁で第1回会議を開催しました。\n"
        "その後、北野座長の進行により、各県公文書館の市町村支援の状況調査や県内市町村の文書管理状況を報告し、課題を検討しました。",
        "報告:各県公文書館の市町村支援の状況調査|報告:県内市町村の文書管理状況",
    ),
    Convention(
        # 〔報告事項〕 (1) 事務局報告事項 ①…(指導室長): who reports is a container; a unit's head names the unit;
        # the page's running header under the last entry is no part of its title.
        "proceedings-whose-reports-then-circled-cases", "proceedings",
        "○議事日程\n〔報告事項〕\n(1) 会長、委員報告事項\n(2)事務局報告事項\n"
        "①令和６年度公文書管理研修の実施結果について(総務課長)\n②保有個人情報の点検状況等について(情報公開・文書担当)\n"
        "みなみ市 情報公開審議会 第５回 (令和6年5月10日)\n午前10時00分開会\n"
        "北野会長 おはようございます。 開会いたします。\n南田委員 よろしくお願いします。",
        "報告:令和６年度公文書管理研修の実施結果について|報告:保有個人情報の点検状況等について",
    ),
    Convention(
        # [議題] 1.… 2.… on one flattened line before the first speaker; procedure and その他 are no cases.
        "proceedings-labelled-agenda-on-one-line", "proceedings",
        "令和６年５月10日(金)  第２委員会室 [議題] 1.５月20日の本会議における発言について 2.市長及び監査委員からの報告について "
        "3.議事日程について 4.議場の撮影について 5.その他  @次回の委員会について    ………………………     14時31分開会 "
        "○委員長（北野一郎） ただいまから、議会運営委員会を開会する。\n○委員（南田二郎） 了解した。",
        "その他:５月20日の本会議における発言について|報告:市長及び監査委員からの報告について|その他:議場の撮影について",
    ),
    Convention(
        # 1 日時令和… / 2 場所… / 7 会議の内容…: numbered header fields glued to their values; 5 議題1 議案第3号 …:
        # the field, the agenda's place and the case.
        "proceedings-numbered-fields-glued-to-values", "proceedings",
        "1 日時令和6年5月10日(金曜日) 午後1時30分~午後2時10分\n2 場所市役所3階会議室\n3 出席者会長 北野一郎\n"
        "4 欠席者委員 2番 南田花子\n5 議題1 議案第3号 みなみ都市計画道路の変更について\n6 傍聴者0人\n"
        "7 会議の内容都市計画課長(東山清君) 本日はありがとうございます。\n会長(北野一郎君) それでは始めます。",
        "その他:みなみ都市計画道路の変更について",
    ),
    Convention(
        # 2 「A」及び「B」についての事務局説明: each quoted title is a case, the procedural ones left out.
        "proceedings-quoted-cases-explained", "proceedings",
        "1 会長の選任\n  会長     北野一郎委員\n\n"
        "2 「会議の運営方法及び今後の日程」及び「みなみ市における公文書管理制度素案の概要」についての事務局説明\n\n"
        "3 主な質疑応答\n\n    (委員)\n     文書の一覧はどこで見られるのか。\n\n     (事務局)\n     窓口を作っていきたいと考えている。",
        "その他:みなみ市における公文書管理制度素案の概要",
    ),
    Convention(
        # …について審議を行った。 / …会での…の審議を行った。: a summary states what was deliberated.
        "proceedings-summary-states-what-was-deliberated", "proceedings",
        "4 会議概要\n 1. 審査会は公開で行った。\n 2. みなみ東地区開発事業に係る環境影響評価書に対する答申案について審議を行った。\n"
        "5 審議結果概要\n 1. 各委員から意見が出された。",
        "その他:みなみ東地区開発事業に係る環境影響評価書に対する答申案について",
    ),
    Convention(
        # A whole page flattened: …委員     案件   諮問第2号 …について(…課) ○事務局…: the agenda's label ran into
        # the roster, and the case stands before the first speaker.
        "record-case-after-a-label-run-into-the-roster", "record",
        "令和6年度第3回みなみ市都市計画審議会議事録 令和6年5月10日(金曜日) 午後2時開会 午後3時10分閉会 場所:みなみ会館 201会議室 "
        "出席委員 1 条例第3条第1号委員(1人)    北野 一郎委員 2 条例第3条第2号委員(2人)    南田 花子委員(会長),東山 清委員     案件   "
        "諮問第2号 みなみ市緑の基本計画(案)について(公園緑地課) ○事務局(西川)  それでは,定刻となりましたので,始めさせていただきます。"
        "  ○南田会長  よろしくお願いします。  ○事務局(西川)  資料を説明します。",
        "諮問:みなみ市緑の基本計画(案)について",
    ),
    Convention(
        # 報告事項(1)について、事務局より説明を: the chair asks by the agenda's place; the one who explains
        # names the case by its paper (資料1の…についてをごらんいただきたい), and the unit they head brings it.
        "proceedings-asked-by-place-named-by-the-paper", "proceedings",
        "○会長 議事に入る。  報告事項(1)について、事務局より説明をお願いする。\n"
        "○高齢福祉課長 資料1のみなみ地域包括支援センター運営事業者の選定結果についてをごらんいただきたい。  再募集を行ったので報告する。\n"
        "○会長 質疑はあるか。\n○委員 特にない。",
        "報告:みなみ地域包括支援センター運営事業者の選定結果について",
    ),
    Convention(
        # 3 議題 / 報告事項 / …について / 諮問事項 / …について / 4 その他 / …について: cases unnumbered under the
        # sections of a numbered order of business; a section word alone gives the kind of those below it.
        "proceedings-unnumbered-cases-under-numbered-sections", "proceedings",
        "日程\n1 開 会\n2 事務局長挨拶\n3 議 題\n報告事項\nみなみ市公文書管理規則の改正について\n諮問事項\n"
        "住民情報システムに係る個人情報の取扱いについて\n4 その他\n令和6年度情報公開の運用状況について\n5 閉 会\n"
        "審議会内容\n1\n開会(東山次長)\nこれより審査会を開会させていただきます。\n2\n"
        "事務局長挨拶(北野局長)\n本日はお集まりいただきありがとうございます。",
        "その他:令和6年度情報公開の運用状況について|報告:みなみ市公文書管理規則の改正について|"
        "諮問:住民情報システムに係る個人情報の取扱いについて",
    ),
    Convention(
        # 審査日程…につきましては、3、行政報告の(2)、総務部報告、4、…について、5、…の日程について、6、その他ということで:
        # the chair reads out the order of business; the part of a section named last is the case.
        "proceedings-chair-reads-out-the-order-of-business", "proceedings",
        "◯委員長(北野一郎君)  おはようございます。ただいまから総務委員会を開会いたします。\n"
        "◯委員長(北野一郎君)  審査日程及び本日の流れにつきましては、2、行政報告の(1)、企画部報告、3、公共施設の"
        "再配置について、4、次回委員会の日程について、5、その他ということで進めてまいりたいと思います。\n"
        "◯南田委員  資料について伺います。\n",
        "報告:企画部報告|その他:公共施設の再配置について",
    ),
    Convention(
        # 3 …の評価について / (1) 評価全般について / (ア) 説明 / (イ) 討議 / (2) …: the parts of one case, each taken up in
        # the steps of its deliberation, are that case's, not cases of their own.
        "proceedings-parts-deliberated-in-steps", "proceedings",
        "4 議事概要\n1 委員長の選任について\n 委員の互選により、北野委員を委員長に選任\n2 北野市行政改革推進委員会について\n"
        " 資料1により、委員会の目的について事務局から説明\n3 行政改革実施計画の取組実績に対する評価について\n"
        "(1) 評価全般について\n(ア) 説明\n 資料2により事務局から説明\n(イ) 討議\n(北野委員長)\n 質問等が特にないようなので次に進む。\n"
        "(2) 取組実績に対する評価について\n(ア)説明\n 資料3により事務局から説明\n(イ) 討論\n(南田委員)\n 会議録公開の状況について伺う。\n",
        "その他:北野市行政改革推進委員会について|その他:行政改革実施計画の取組実績に対する評価について",
    ),
    Convention(
        # ◯北野一郎委員長 …の考え方について。 資料をご参照ください。: the chair opens a turn with the matter's title as a
        # sentence of its own, a heading spoken; the matter is taken up without 議題 or 審議.
        "proceedings-chair-speaks-the-heading", "proceedings",
        "1 ◯北野一郎委員長 ただ今から、議会改革特別委員会を開会いたします。 "
        "2 ◯北野一郎委員長 委員会の運営に対する考え方について。  資料をご参照ください。  最初に、南田委員。 "
        "3 ◯南田健委員 私の考え方を説明させていただきます。\n",
        "その他:委員会の運営に対する考え方について",
    ),
    Convention(
        # - 開会 / - 委嘱状の交付 / - 講演 「…」 / 講師 - 議題: a dashed list of the sitting's steps; the talk given under
        # its quoted title is business the body hears (the lecturer's line after it no part of its title).
        "proceedings-talk-among-dashed-steps", "proceedings",
        "- 開会\n- 委嘱状の交付\n- 講演 「まちづくりと住民参加」\n北山大学 川上 一先生 - 議題\n(1)地域福祉計画の概要について\n"
        "事務局:計画の概要を説明した。\n委員長:ご質問はないか。",
        "その他:講演 「まちづくりと住民参加」|その他:地域福祉計画の概要について",
    ),
    Convention(
        "proceedings-summary-names-the-body-where-it-deliberated", "proceedings",
        "議事\n\n推進委員会での中間提言案の審議を行った。なお、前回の会議での修正点を反映した。\n\n"
        "(1)提言案に関する意見等\n\n1文中の表現について精査が必要である。\n\n一部の表現を改めることとした。",
        "その他:中間提言案",
    ),
    Convention(
        # 5.諮 問 / 6.議 事 / 水道料金の見直しについて … ◆諮問 / 諮問文書「…(諮問)」が、市長から会長へ渡されました: the case
        # handed over as a referral under its own title and taken up under 議事 is one item, the 諮問.
        "record-referral-handed-over-then-taken-up", "record",
        "第1回みなみ市水道料金審議会(令和6年8月10日会議録)\n【日 時】\n令和6年8月10日(月) 14:30~16:00\n【場 所】\n"
        "みなみ市役所 第1会議室\n【日 程】\n開 会\n4.会長選出及びあいさつ\n5.諮 問\n6.議 事\n  水道料金の見直しについて\n"
        "7.その他\n8.閉 会\n\n【会議内容】\n\n◆会長選出\n委員より、会長に北野委員を推薦する旨の発言があり、北野委員が会長に"
        "選出されました。\n\n◆諮問\n諮問文書「水道料金の見直しについて(諮問)」が、市長から北野会長へ渡されました。\n\n◆議事\n"
        "事務局から資料を説明した後、質疑に入りました。",
        "諮問:水道料金の見直しについて",
    ),
    Convention(
        # 1 開 会 北野会長:… 2 報告事項 (1)…について ・事務局より…説明。 ■委員意見 委員:… 3 協議事項 (1)…: a record flattened
        # onto one line whose cases are told only by its numbered steps and narration. Each group word gives its
        # cases its kind (協議事項 none: the kind 報告 ends with its group); what was changed since the last meeting
        # (前回会議後の修正事項) is business, not the last meeting's record.
        "record-flattened-steps-told-in-narration", "record",
        "第4回 東山町総合計画審議会 会議録 日 時:令和6年5月10日(金)18:30~19:30 場 所:役場201会議室 出席者: "
        "【審議会委員】川上 一郎委員、南田 花子委員 【事務局】企画課長 西川 明 配布資料:資料1 意見募集の結果 "
        "1 開 会 川上会長:本日はよろしくお願いいたします。 2 報告事項 (1)前回会議後の修正事項について ・事務局より、配布資料を用いて説明。 "
        "■委員意見 意見・質問なし。 3 協議事項 (1)意見募集の実施結果について ・事務局より、配布資料を用いて説明。 "
        "■委員意見 審議会委員:説明がありました。",
        "報告:前回会議後の修正事項について|その他:意見募集の実施結果について",
    ),
    Convention(
        # …午前9時30分開会日程第1 会議録署名議員の指名日程第2 …: a flattened 議事日程 with no break between
        # entries; the entry the text's end cut off (日程第6 議案第52号 平) is no case.
        "record-order-of-business-run-on", "record",
        "平成28年9月みなみ市議会定例会会議録 第1号 ----------------------------------- 議事日程第1号平成28年9月8日(木)"
        "午前9時30分開会日程第1 会議録署名議員の指名日程第2 会期の決定日程第3 議会改革に関する件日程第4 議案第50号 "
        "みなみ市手数料条例の一部を改正する条例について日程第5 報告第3号 健全化判断比率の報告について日程第6 議案第52号 平",
        "その他:議会改革に関する件|その他:みなみ市手数料条例の一部を改正する条例について|報告:健全化判断比率の報告について",
    ),
    Convention(
        # 日程第2 議案第1号から議案第3号・報告第1号の一括上程 names no case; the bills listed below it are, their
        # titles wrapped by an aggregator inside a word (令和元 / 年度みなみ市, …一部改 / 正について) joined again.
        "record-range-heading-over-wrapped-titles", "record",
        "議事日程(第1号)\n日程第1 会議録署名議員の指名\n日程第2 議案第1号から議案第3号・報告第1号の\n一括上程\n────────\n"
        "本日の会議に付した事件\n日程第2 議案第1号から議案第3号・報告第1号の一括上程\n議案第1号 令和元\n年度みなみ市\n"
        "一般会計補正予算(第3号)\n議案第2号 みなみ市印鑑条例の一部を改正\nする条例\n議案第3号 みなみ市手数料条例の一部改\n正について\n"
        "報告第1号 平成30年度みなみ市健全化判断比率について\n────────\n○議長(北野一郎君) ただいまから会議を開きます。",
        "その他:令和元年度みなみ市一般会計補正予算(第3号)|その他:みなみ市印鑑条例の一部を改正する条例|"
        "その他:みなみ市手数料条例の一部改正について|報告:平成30年度みなみ市健全化判断比率について",
    ),
    Convention(
        # 目次: a bound record's contents name the day's bills (第14号議案 …); the 行政報告, the 一般質問 and a
        # committee's 審査報告 are its procedure.
        "record-contents-list-names-the-bills", "record",
        "みなみ地区衛生組合議会 平成17年第4回定例会\n目次\n管理者行政報告\n決算審査特別委員会審査報告\n一般質問\n"
        "第14号議案 みなみ県市町村職員退職手当組合の規約変更について\n────────\n○ 招  集  告  示\n"
        "1 日 時   平成17年12月26日(月)午前10時",
        "その他:みなみ県市町村職員退職手当組合の規約変更について",
    ),
    Convention(
        # 7.審議事項 1.第251回…定例会について (1)… (2)提出議案 ・議案第1号 …: a 議会運営委員会 takes up the coming
        # session as one case; the plenary's bills in its bullets are not this committee's cases.
        "record-coming-session-is-one-case", "record",
        "1.日時  平成26年2月19日(水)10:00〜10:35\n2.場所  第1委員会室\n7.審議事項\n  1.第251回平成26年(3月)定例会について\n"
        "    (1)議会審議日程\n    (2)提出議案\n       ・諮問第3号 人権擁護委員の推薦について\n"
        "       ・議案第1号 みなみ市税条例の一部を改正する条例\n    (3)議案の取り扱い\n  2.その他",
        "その他:第251回平成26年(3月)定例会について",
    ),
    Convention(
        # 報告第1号 …規約について under a 合併協議会's 議題: reports; 委員番号の決定 and 経過・概要説明 are its first
        # steps; the last entry cut off by the text's end (…分科会に関する規) is no case.
        "record-merger-council-reports", "record",
        "会 議 次 第\n1.開会\n2.委員番号の決定\n3.経過・概要説明\n4.議題\n報告第1号 みなみ・きた合併協議会規約について\n"
        "報告第2号 みなみ・きた合併協議会幹事会設置規程について\n報告第3号 みなみ・きた合併協議会分科会に関する規",
        "報告:みなみ・きた合併協議会規約について|報告:みなみ・きた合併協議会幹事会設置規程について",
    ),
    Convention(
        # 日程番号 / 議 件 番 号 / 議 件 名 等: an agenda table flattened one cell a line; its header cells are no cases.
        "record-agenda-table-one-cell-a-line", "record",
        "○ 議 事 日 程\n日程番号\n\n議 件 番 号\n\n議    件    名    等\n\n  1\n\n会議録署名議員の指名\n\n  2\n\n"
        "報告第 8 号\n\n専決処分の報告について\n\n  3\n\n議案第 50 号\n\n物品購入契約の締結について\n\n○会議に付した事件\n報告第 8 号 専決",
        "報告:専決処分の報告について|その他:物品購入契約の締結について",
    ),
    # ◯委員長北原 誠君): a lost bracket's label whose name is spaced between surname and given name.
    Convention("mark-role-spaced-name-opening-bracket-lost", "speaker", "◯委員長北野 一郎君) ただいまから委員会を開会いたします。",
               "委員長北野 一郎君"),
    # <座 / 長>…: a bracketed label broken over two lines by the narrow cell it was set in.
    Convention("angle-label-broken-over-two-lines", "speaker", "<座\n長>計画に事業主の行動計画は載っていますか。", "座長"),
    # 13時30分∼15時00分 among a flattened form's cells: the only clock range near the top is the sitting's span.
    Convention("header-lone-clock-range-among-form-cells", "header", _FORM_CELLS_IN_COLUMN_ORDER, "start_time=13:30"),
    # 北野一郎委員 南田健二委員 …: full names closed by 委員, standing between gaps, wherever the cells put them.
    Convention("header-full-names-closed-by-member-word", "header", _FORM_CELLS_IN_COLUMN_ORDER,
               "members_present=北野一郎、南田健二、東山花子、西川三郎"),
    # 招集年月日 平成12年12月 7日 / 開議 平成12年12月21日木曜日 午前10時 2分: the session was convened on the 7th, this sitting
    # opened on the 21st; the weekday between the date and the clock.
    Convention("header-convened-date-then-later-sitting-opened", "header", _CONVENED_THEN_OPENED, "date=2000-12-21"),
    Convention("header-opening-clock-after-date-and-weekday", "header", _CONVENED_THEN_OPENED, "start_time=10:02"),
    # 北山市男女共同参画条例検討委員の会: a body of members named 〜の会.
    Convention("header-body-named-members-circle", "header",
               "第2回\n北山市男女共同参画条例検討委員の会\n日時\n平成21年7月9日(木)午前10時~12時\n場所\n北山市役所本館6階",
               "council_name=北山市男女共同参画条例検討委員の会"),
    # 平成20年 6月 定例会(第9回): a minutes system's title, the month in its own column; the session is named by its count.
    Convention("header-month-column-session-by-count", "header", "平成20年 6月 定例会(第9回)\n\n平成20年6月20日(金曜日)",
               "meeting_label=平成20年第9回定例会"),
    # 只今より平成24年度第11回北山町農業委員会総会を開会いたします: the sitting named by its count as the chair opens it.
    Convention("header-sitting-count-named-at-opening", "header",
               "北山町農業委員会 総会議事録 1、開催日時 平成25年2月25日(月)午後1時30分から 2、開催場所 北山町役場本庁2階庁議室 "
               "議 長 北山町農業委員会に対する事務委任規則の制定について 只今より平成24年度第11回北山町農業委員会総会を開会"
               "いたします。 本日の総会の出席は全員出席であります。", "meeting_label=平成24年度第11回"),
    Convention("roster-organisation-post-and-name-rows", "roster", _AFFILIATION_ROWS, "北野一郎、南田健二、東山花子、中野五郎"),
    Convention("header-organisation-post-and-name-rows-chair", "header", "出席者氏名" + _AFFILIATION_ROWS, "chair=北野一郎"),
    # 出欠席席者者 会長 / 委員 / 委員 / 特別委員 / 北野 一郎 / …: the role column, then the name column, one cell a line.
    Convention("header-role-column-then-name-column-chair", "header",
               "場所\n北山県公館\n出\n欠\n席\n席\n者\n者\n会長\n委員\n委員\n特別委員\n北野 一郎\n南田 健二\n東山 花子\n西川 三郎",
               "chair=北野一郎"),
    # 付議事件(1)「…」を議題といたします: an assembly committee's referred matter, numbered in brackets, taken up.
    Convention("proceedings-chair-takes-up-referred-matter", "proceedings",
               "◆委員長北野一郎) ただいまから、議会運営委員会を開会いたします。\n"
               "◆委員長北野一郎) まず、付議事件(1)「令和3年第5回北山市議会臨時会の運営について」を議題といたします。\n"
               "◆行政課長南田健) 説明いたします。\n",
               "その他:令和3年第5回北山市議会臨時会の運営について"),
    Convention("proceedings-chair-with-spaced-lost-bracket-takes-up", "proceedings",
               "◯委員長北原 誠君) それでは、協議に入ります。まず初めに、第2回北山市議会臨時会議案委員会付託についてを議題といたします。\n"
               "◯事務局南田健君) それでは、次第の1ページをお願いいたします。\n",
               "その他:第2回北山市議会臨時会議案委員会付託について"),
    # 4 内容 …の諮問について: the form's numbered field of what the sitting was about; the title names a consultation.
    Convention("record-form-topic-field-names-the-case", "record",
               "平成20年度 第1回北山市文化財保護審議会 会議要旨\n- 日時 平成21年2月2日(月曜日)午前10時から午前12時\n"
               "- 場所 北山倶楽部 3号室\n4 内容 平成20年度北山市指定文化財の指定候補物件の諮問について\n5 議事要旨\n"
               "冒頭、出席委員数が定数を満たすことを確認したのち、審議が始められた。\n"
               "まず、事務局から1年間の経過を報告し、12件の指定候補について諮問を行った。",
               "諮問:平成20年度北山市指定文化財の指定候補物件の諮問について"),
    # (1) 挨拶、送付資料の説明: one step of the sitting; the case is the bullet under (2) 議事.
    Convention("record-greeting-and-papers-step", "record",
               "第2回\n北山市条例検討委員の会\n1\n日時\n平成21年7月9日(木)午前10時~12時\n2\n場所\n北山市役所本館6階\n"
               "4\n会議内容\n(1) 挨拶、送付資料の説明\n(2) 議事\n・ 北山市男女共同参画推進条例に盛り込む内容について\n5\n議事内容\n"
               "<事務局>送付資料について、質問等ありませんか。\n<座\n長>計画は載っていますか。",
               "その他:北山市男女共同参画推進条例に盛り込む内容について"),
    # 1 北野 隆之君出 16 南田里子君出: a seat table's rows, honoured names and 出, are no cases.
    Convention("record-seat-table-rows-are-no-cases", "record",
               _CONVENED_THEN_OPENED + "\n\n出席並びに欠席議員\n 出  席30名\n 欠  席 0名\n\n"
               "議席番号\u3000氏名出欠\u3000議席番号\u3000氏名出欠\n1\u3000北野 一郎君出\u300016\u3000南田健二君出\n"
               "2\u3000東山花子君出\u300017\u3000西川三郎君出\n3\u3000中村",
               ""),
    # 第2 附議事項 議案第40号 …: the word over the referred bills (附 for 付) is no case.
    Convention("record-referred-matters-word-is-no-case", "record",
               "北山町農業委員会 総会議事録\n1、開催日時 平成25年2月25日(月)午後1時30分から\n5、議 事\n第1 議事録署名委員の指名\n"
               "第2 附議事項\n議案第40号 農地法第3条許可申請について\n議案第41号 非農地証明願いについて",
               "その他:農地法第3条許可申請について|その他:非農地証明願いについて"),
    # 東 山   進  西 川   仁: a gap of exactly two spaces ends a name in cells of one width; the assembly's 議長 and 副議長
    # listed under 出席委員等 are no members of its committee.
    Convention("header-committee-roster-in-cells-of-one-width", "header", _COMMITTEE_ROSTER_CELLS,
               "members_present=北野一郎、南田健、東山花子、西川進、中村四郎、森一朗、小林千代子"),
    # 事務局) / 本日の会議は…: a label closed by a bracket never opened, alone over its speech.
    Convention("close-label-alone-over-its-speech", "speaker",
               "事務局)\n本日の審議会は委員5名中5名が出席しており、会議は成立する旨報告する。", "事務局"),
    Convention("roster-grouped-by-clause-with-stand-ins-and-absences", "roster", _CLAUSE_GROUPED_ROSTER,
               "北野一郎、南田健、中村四郎、小林花子"),
    Convention("header-roster-grouped-by-clause-absences", "header", "出席者\n" + _CLAUSE_GROUPED_ROSTER,
               "members_absent=星川定夫、大川健司"),
    Convention("roster-posts-and-names-run-on", "roster", _POSTS_AND_NAMES_RUN_ON,
               "北野一郎、南田健二、東山花子、西川進、中村四郎"),
    Convention("header-posts-and-names-run-on-chair", "header", "出席者:" + _POSTS_AND_NAMES_RUN_ON, "chair=北野一郎"),
    # 〇委員会 / 1 … / 〇委員協議会 / 1 …: a 議会運営委員会's business at each sitting of the day; the day's own order and
    # sittings, another body's meeting and a schedule are its steps.
    Convention("record-business-under-each-sitting", "record",
               "議会運営委員会会議録\n平成17年6月29日(最終日)\n平成17年6月29日   午前10時00分開会\n\n〇委員会\n 1 発言の取り消しについて\n"
               " 2 請願の撤回について\n 3 本日の議事日程について\n 4 本日の全員協議会について\n\n〇委員協議会\n"
               " 1 会派控室の改修について\n 2 常任委員会の審査日程(案)について\n 3 各種議員連盟総会の開催について\n 4 その他\n\n"
               "〇出席委員等\n  (委員長) 北 野 一 郎",
               "その他:発言の取り消しについて|その他:請願の撤回について|その他:会派控室の改修について"),
    # 5 議題及び公開・非公開の別並びに…その理由 / 議題 / - …について(公開) / 7 決定事項: a 会議概要 form's numbered fields.
    Convention("record-summary-form-fields-over-a-dashed-agenda", "record",
               "令和7年度第1回北山市地域福祉計画策定委員会会議概要\n1 開催日時\n令和7年8月21日(木曜日) 午前10時00分から午前11時00分まで\n"
               "2 開催場所\n市役所本庁舎9階 第1会議室\n5 議題及び公開・非公開の別並びに非公開の場合にあっては、その理由\n議題\n"
               "- 委嘱状交付(公開)\n- 地域福祉計画策定の趣旨について(公開)\n- アンケートの実施について(公開)\n6 傍聴者数\nなし\n"
               "7 決定事項\n- 策定委員会を設置し、委員に委嘱状を交付した。",
               "その他:地域福祉計画策定の趣旨について|その他:アンケートの実施について"),
    # 議第 95号 … 議第100号: numbers padded to the width of three digits; 議員の派遣について is the house's own business.
    Convention("record-bill-numbers-padded-to-three-digits", "record",
               "平成28年第3回北山市議会定例会会議録(第4号)\n〇議事日程\n平成28年10月3日(月曜日) 午前10時開議\n"
               "第 1 議第 95号 平成28年度北山市一般会計補正予算(第4号)\n     議第 96号 平成28年度北山市介護保険事業特別会計補正予算(第2号)\n"
               "     議第100号 平成28年度北山市水道事業会計補正予算(第2号)\n第 2 議員の派遣について\n"
               "○議長(北野一郎君) おはようございます。\n",
               "その他:平成28年度北山市一般会計補正予算(第4号)|その他:平成28年度北山市介護保険事業特別会計補正予算(第2号)|"
               "その他:平成28年度北山市水道事業会計補正予算(第2号)"),
    # イ …に関すること / その他 / (3)施設案内(…): その他 on a line of its own ends the list; a site tour is a step.
    Convention("record-other-business-line-ends-the-entry-above", "record",
               "平成17年度第1回北山市廃棄物対策審議会\n1 開催日時\n平成17年11月1日(火曜日) 午後1時30分から4時10分まで\n"
               "2 開催場所\n北山プラザ 2階 第3研修室\n3 出席者\n北野委員、南田委員、東山委員\n5 内容\n(1) 委嘱式\n委嘱状交付\n(2) 審議会\n議題・北山市における廃棄物の現状と課題について\n"
               "ア ごみ処理基本計画に関すること\nイ 生活排水処理基本計画に関すること\nその他\n(3)施設案内(クリーンセンター)\n6 会議資料\n"
               "資料1 「清掃事業のあらまし」",
               "その他:ごみ処理基本計画に関すること|その他:生活排水処理基本計画に関すること"),
    # 【事前説明案件】 / 事前説明 / 第1号 / title: a table of cases one cell a line; (市決定) alone names no case.
    Convention("record-cases-one-cell-a-line-under-their-kind", "record", _PAGED_CONTENTS,
               "その他:北山圏都市計画地区計画の変更【北4東6周辺地区】|その他:「北山県立産業共進会場用地の土地利用方針(案)」について"),
    Convention("header-assembly-month-sitting-council", "header", _MONTH_SITTING_RECORD, "council_name=北山町議会"),
    Convention("header-assembly-month-sitting-label", "header", _MONTH_SITTING_RECORD, "meeting_label=平成23年5月会議"),
    # 掲載日:2012年6月10日更新: the day the page was posted is never the sitting's.
    Convention("header-posting-date-is-not-the-sitting", "header", _MONTH_SITTING_RECORD, "date=2011-05-06"),
    # 開会午前 10 時 1 / 散会午前 10 時 57: a form's clock cells that lost their 分 at the line's end; the number after 時
    # is the minutes.
    Convention("header-clock-whose-minute-unit-was-lost", "header",
               "開会の日時\n令和6年3月7日\n開会午前 10 時 1\n散会午前 10 時 57", "start_time=10:01"),
    Convention("header-closing-clock-whose-minute-unit-was-lost", "header",
               "開会の日時\n令和6年3月7日\n開会午前 10 時 1\n散会午前 10 時 57", "end_time=10:57"),
    # 1 北 山 県 後 期 … 議 会 会 議 録: a bound PDF's transcription puts the page's number before the title.
    Convention("header-page-number-before-the-title", "header",
               "1 北 山 県 後 期 高 齢 者 医 療 広 域 連 合 議 会 会 議 録 令 和 6 年 7 月 定 例 会",
               "municipality=北山県後期高齢者医療広域連合"),
    # 配布資料 / ・令和6年度第6回北山市社会教育委員の会議次第: a page without a title names the body and the sitting's
    # count only in the order of business handed out.
    Convention("header-body-named-by-its-order-of-business-paper", "header",
               "日時\n令和6年11月28日(木曜日) 午後7時から午後7時45分\n配布資料\n・令和6年度第6回北山市社会教育委員の会議次第\n・資料1",
               "council_name=北山市社会教育委員の会議"),
    Convention("header-sitting-counted-by-its-order-of-business-paper", "header",
               "日時\n令和6年11月28日(木曜日) 午後7時から午後7時45分\n配布資料\n・令和6年度第6回北山市社会教育委員の会議次第\n・資料1",
               "meeting_label=令和6年度第6回"),
    # 場所:北山市歴史民俗資料館 研修室: a body whose name omits its city meets in a facility the city names as its own.
    Convention("header-room-in-a-facility-the-city-names", "header",
               "- 日時:令和6年7月11日 午後1時30分から午後3時00分\n- 場所:北山市歴史民俗資料館 研修室", "municipality=北山市"),
    # 4 会長・副会長の選出 会長:北野委員、副会長:南田一郎委員: the election's step and its result on one line.
    Convention("header-chair-elected-on-the-steps-line", "header",
               "- 日時:令和6年7月11日 午後1時30分から午後3時00分\n1 開会\n2 会長・副会長の選出 会長:北野委員、副会長:南田一郎委員",
               "chair=北野"),
    # ◎北 野 一 郎 委員 ○南 田 健 委員 … / (◎会長 ○副会長): officers marked before letter-spaced names in a roster read by
    # its shape, the legend below naming the chair's mark (tests/test_importer_rosters.py).
    # (委員)北野委員、… / (北山市)北山市長、東山企画室理事、…: the attendance in groups under bracketed headings; the
    # members' group ends where another group's heading opens a line.
    Convention("roster-members-group-then-the-citys-group", "roster",
               "(委員)北野委員、南田委員、東山委員\n(北山市)北山市長、森本企画室理事、中村危機管理監", "北野、南田、東山"),
    # ○日   時:令和6年8月20日(水)午後2時~午後4時 ○場   所:北山アートフォーラム 大会議室 ○ 次  第 …: a page flattened
    # onto one line, each field opened by a mark and its label letter-spaced (or glued to the value: ◎場所北2条庁舎).
    Convention("header-marked-labels-run-on-one-line", "header",
               "○日   時:令和6年8月20日(水)午後2時~午後4時 ○場   所:北山アートフォーラム 大会議室 ○ 次  第   報告事項",
               "place=北山アートフォーラム 大会議室"),
    Convention("header-marked-label-glued-to-its-value", "header",
               "◎日時 令和6年7月11日(水)午後 6 時 30 分~午後 7 時 20 分 ◎場所北 2 条仮庁舎 3 階庁議室", "place=北 2 条仮庁舎 3 階庁議室"),
    # 会議室参加:北野一郎会長、… / Web参加:…: the roster split by how each attended; the mode names no one.
    Convention("roster-split-by-how-each-attended", "roster",
               "会議室参加:北野一郎会長、南田健副会長、東山花子委員\nWeb参加:西川明委員、森本清委員",
               "北野一郎、南田健、東山花子、西川明、森本清"),
    # 北野委員、南田委員 / 議題及び議事の内容 / - …について: the business's heading joined to its account closes the roster.
    Convention("roster-closed-by-the-business-heading-with-its-account", "roster",
               "北野委員、南田委員、東山委員\n議題及び議事の内容\n- 北山市景観計画の改正について", "北野、南田、東山"),
    # 審議期間の決定, 常任委員会の正・副委員長の互選結果の報告: the house's own steps, no cases.
    Convention("record-assembly-steps-are-no-cases", "record", _MONTH_SITTING_RECORD, ""),
    # 北野会長南田委員東委員西川委員: surnames each closed by the role, nothing between them.
    Convention("roster-surnames-closed-by-roles-run-together", "roster", "北野会長南田委員東委員西川委員", "北野、南田、東、西川"),
    # 池田雄治・石山英子・…: whole names set apart by ・ alone.
    Convention("roster-names-set-apart-by-middle-dots", "roster", "北野一郎・南田健二・東山花子・西川進", "北野一郎、南田健二、東山花子、西川進"),
    # 北野一郎委員・南田健委員・ / 東山亨委員: whole names each closed by the role, set apart by ・, the list wrapped after one.
    Convention("roster-role-closed-names-set-apart-by-middle-dots", "roster",
               "北野一郎委員・南田健委員・\n東山亨委員", "北野一郎、南田健、東山亨"),
    # A group's word alone over rows of name:affiliation; only the members' groups list members (監事, 報告者 are others).
    Convention("roster-group-words-over-name-colon-affiliation-rows", "roster",
               "\n副委員長\n北野一郎:北山県体育協会副会長\n委員\n南田健:北山陸上競技協会理事\n東山亨:北山弓道連盟理事長\n"
               "監事\n西川清:北山商工会議所専務理事\n報告者\n森本進:研究助成事業発表者",
               "北野一郎、南田健、東山亨"),
    # 代理 alone under the members: the stand-ins' group, each row naming in brackets the member it came for.
    Convention("roster-stand-ins-grouped-under-the-members", "roster",
               "北野一郎、南田健、東山亨\n代理\n西川清(北山警察署庶務課長 森本進委員)", "北野一郎、南田健、東山亨"),
    # 市民 / 事業者 / 学識経験者: the groups a council's members are chosen from, each word alone over its names.
    Convention("roster-selection-groups-over-one-name-a-line", "roster",
               "\n委員\n市民\n北野 一郎\n南田 健\n事業者\n東山 亨\n学識経験者\n西川 清", "北野一郎、南田健、東山亨、西川清"),
    # 議席番号 氏 名 出欠, two seats a row: each seat marked 出 or 欠 in the table's attendance column, an empty seat
    # its number alone; the members go by seat.
    Convention("roster-seat-table-marked-de-or-ketsu", "roster",
               "\n  議席番号   氏   名  出欠 議席番号    氏   名   出欠\n    1   北野 一郎  出    4   西川 清   出\n"
               "    2   南田 健  出    5   森本 進   欠\n    3   東山 亨  出    6", "北野一郎、南田健、東山亨、西川清"),
    # 2.出席した議員 / 3.欠席した議員 / 4.出席した事務局職員: the roster's labels as past-tense clauses, numbered.
    Convention("header-roster-labels-as-past-tense-clauses", "header",
               "1.日時  令和5年5月16日 午前10時00分開会\n2.出席した議員    1番  北野一郎         3番  東山亨    2番  南田健\n"
               "3.欠席した議員    4番  西川清\n4.出席した事務局職員    局長  森本進", "members_present=北野一郎、東山亨、南田健"),
    # 会 議 出 席 者 letter-spaced, a heading of its own after the order of business, over name 委員 one a paragraph
    # (a four-letter family name with a one-letter given name among them).
    Convention("header-roster-heading-after-the-order-of-business", "header",
               "日時 令和5年7月10日(木)午後1時30分から\n場所 北山市民ホール\n1.開会\n2.議事\n3.閉会\n\n会 議 出 席 者\n\n"
               "北野 一郎 委員\n\n南田 健 委員\n\n東麻生原 勉 委員", "members_present=北野一郎、南田健、東麻生原勉"),
    # A plenary record flattened onto one line: 出 席 議 員 set against the date's bracket, 欠 席 議 員 against the last
    # member's name and 説明のため出席した者 against the absentee's, each before its first seat or post.
    Convention("header-flattened-seat-rosters-set-against-what-precedes", "header",
               "    令和 5年  第4回(9月)定例会令和5年第4回北山市議会定例会会議録(3日目)                                  "
               "令和5年9月16日(金曜日)出 席 議 員    1番   北  野  一  郎          2番   南  田     健    3番   東  山     亨"
               "          4番   西  川  花  子    5番   森  本     進欠 席 議 員   6番   川  上     勉説明のため出席した者 "
               "市    長  大  野  一  夫 副  市  長  中  村  二  郎", "members_present=北野一郎、南田健、東山亨、西川花子、森本進"),
    # The record's own title on a line of its own under the site's menus, the sitting's date in its bracket; the
    # line that dates the record's making (…作成) dates no sitting.
    Convention("header-record-title-under-the-menus-names-the-body", "header",
               "現在位置:\n  1. トップページ >\n  2. 健康・福祉 >\n担当所属:\n  1.  福祉部  >\n\n保健・医療・福祉 総合情報\n\n"
               "みなみ市社会福祉審議会議事録(令和6年1月15日開催分)\n\n令和6年3月30日作成 福祉部企画チーム\n\n<目次>\n\n  1. 開会\n"
               "  2. 議題\n\n<開会>\n(司会)\n 本日はありがとうございます。", "council_name=みなみ市社会福祉審議会"),
    Convention("header-record-title-dated-in-brackets", "header",
               "現在位置:\n  1. トップページ >\n  2. 健康・福祉 >\n  3. 社会福祉審議会 >\n担当所属:\n  1.  福祉部  >\n\n"
               "保健・医療・福祉 総合情報\n\nみなみ市社会福祉審議会議事録(令和6年1月15日開催分)\n\n令和6年3月30日作成 福祉部企画チーム\n\n"
               "<目次>\n\n  1. 開会\n  2. 議題\n  3. 報告事項\n\n<開会>", "date=2024-01-15"),
    # 6 議題【以下、議長は北野委員長】: the order of business notes who presides over it, by surname and office.
    Convention("header-presiding-officer-noted-on-the-business", "header",
               "日時 令和5年5月15日(金)午後3時00分~\n場所 北山市役所601会議室\n出席者 北野一郎委員・南田健委員・東山亨委員\n"
               "5 委員長・副委員長の選出\n6 議題【以下、議長は北野委員長】\n(1)公民館事業について", "chair=北野一郎"),
    # Rows of three names, family and given name one space apart as between the names, each row closed by a note.
    Convention("roster-rows-of-spaced-names-closed-by-a-note", "roster",
               "\n【北山町】 【南野町】 【学識経験者】\n北野 一郎 南田 健 東山 亨(北山町)\n西川 清 森本 キチ子 川上 進(北山町)\n"
               "大野 伊佐夫(南野町)", "北野一郎、南田健、東山亨、西川清、森本キチ子、川上進、大野伊佐夫"),
    # 日時:令和6年11月16日 / 開会 / ○事務局(北野) / 午後2時00分: the word that opens the sitting under the date is no room.
    Convention("header-opening-word-under-the-date-is-no-room", "header",
               "平成27年度 第1回北山市子ども・子育て会議\n日時:令和6年11月16日\n開会\n○事務局(北野)\n午後2時00分\n"
               "定刻となりましたので、ただいまから会議を開催いたします。", "place=None"),
    # Rows of office and name (教育委員北野 由美子) whose last letters the PDF broke onto the next line (教育委員 南 / 健).
    Convention("roster-office-and-name-rows-broken-by-the-pdf", "roster",
               "\n(構成員)\n委員長山田和裕\n教育委員北野 由美子\n教育委員 南\n健\n教育委員 東山亨\n(事務局)\n総務課長 川上勉",
               "山田和裕、北野由美子、南健、東山亨"),
    # 区分 氏名 職名等 / 座長 北野 一郎 北山大学教授 / 委員 南田 健 … /   東山 亨 …: the roster table one row a line, the role
    # written once over its group's rows and blank under it; a group of another role (事務局) is no member's.
    Convention("header-roster-table-rows-role-written-once", "header",
               "1 日時  令和6年8月7日(水)午前10時から11時55分まで\n \n2 場所    北山県庁第3会議室\n \n3 出席者 \n\n"
               "(1)委員(五十音順。敬称略)\n\n区分 氏名 職名等\n座長 北野 一郎 北山大学教授\n委員 南田 健 司法書士\n  東山 亨 税理士\n"
               "  西川 清 北山商工会議所常務\n \n(2)事務局\n\n氏名 職名等\n森本 進 総務課長",
               "members_present=北野一郎、南田健、東山亨、西川清"),
    # 委員長 | 北野一郎 | 北山大学教授 | / 南田健 | 北山商工会議所 | |: the same table with its cells set off by bars, the
    # role cell dropped from the rows under the first; a 技術解説員 and the 事務局 are no members.
    Convention("header-roster-table-rows-barred-role-dropped", "header",
               "開催日時:令和6年6月25日(月曜日)10時00分から11時50分\n開催場所:北山市役所本庁舎地下1階会議室\n"
               "氏名 | 所属・職位 | |\n委員長 | 北野一郎 | 北山大学教授 |\n委員 | 南田健 | 北山商工会議所部会長 |\n"
               "東山亨 | 北山放送局部長 | |\n西川清 | 北山弁護士会委員 |\n|\n技術解説員 | 森本進 | 北山電機主事 |\n"
               "事務局 | 中村次郎 | 北山市地域振興部長 |\n※敬称・略",
               "members_present=北野一郎、南田健、東山亨、西川清"),
    # 開催日時:平成19年(2007年)6月25日: the era's year with the Western year in brackets after it.
    Convention("header-date-year-written-twice", "header",
               "北山市防犯カメラ運用検討委員会(第1回)議事概要\n開催日時:平成19年(2007年)6月25日(月曜日)10時00分から11時50分\n"
               "開催場所:北山市役所本庁舎地下1階会議室", "date=2007-06-25"),
    # 午後1時55分 開会、開議 / 午後3時16分 閉議、閉会: a session's day opened and its business begun at one clock.
    Convention("header-clock-lines-naming-session-and-sitting", "header",
               "平成21年2月北山県後期高齢者医療広域連合議会定例会会議録\n平成21年2月20日(金曜日)\n午後1時55分 開会、開議\n"
               "午後3時16分 閉議、閉会\n出席議員(3名)\n1番 北野一郎\n2番 南田健\n3番 東山亨", "end_time=15:16"),
    # 議 事 日 程 (第1日) / 平成18年7月28日 / 午前10時 開会 … 午前10時1分開会: the order of business states the clock the
    # sitting was called for, the record's own clock line when it opened.
    Convention("header-order-of-day-clock-then-the-clock-it-opened", "header",
               "平成18年第3回北山市議会臨時会\n議 事 日 程 (第1日)\n平成18年7月28日\n午前10時   開会\n1.開  会\n2.散  会\n\n"
               "午前10時1分開会\n◇出席議員 3名\n1番 北野一郎議員 2番 南田健議員 3番 東山亨議員", "start_time=10:01"),
    # …議事の状況は,次のとおりである。 議会開会時間:9時58分 議長 「…: an assembly's record names the clock its sitting opened
    # at by the assembly's word, inside a page flattened onto one line.
    Convention("header-assembly-opening-clock-field", "header",
               "平成27年 6 月 臨時会議事録 北山地区消防組合 平成27年6月3日北山地区消防組合議会臨時会を開会した。 1 出席議員は,"
               "次のとおりである。 1番 北野 一郎 2番 南田 健 3番 東山 亨 以上 2 3名 議事の状況は,次のとおりである。 "
               "議会開会時間:9時58分 議長 「それでは本日は御出席を賜り厚くお礼申し上げます。", "start_time=09:58"),
    # 1番 北野 一郎 … 16番 竹原 孝剛 以上 2 16名: the word that closes a seat list before its count, the number of the next
    # section stuck between them, is no part of the last name.
    Convention("header-seat-list-closed-by-its-word-before-a-stray-number", "header",
               "平成27年 6 月 臨時会議事録 北山地区消防組合 平成27年6月3日北山地区消防組合議会臨時会を開会した。 1 出席議員は,"
               "次のとおりである。 1番 北野 一郎 2番 南田 健 3番 東山 亨 以上 2 3名 地方自治法第121条により出席した者の職氏名は,"
               "次のとおりである。 北山市長 西川 清", "members_present=北野一郎、南田健、東山亨"),
    # 病院局トップ…開催状況>H26第2回議事概要 / 平成26年度 第2回 北山市…委員会議事概要: the page's breadcrumb, its crumbs run
    # together round one >, over the page's own title; the title names the body.
    Convention("header-title-under-a-breadcrumb-run-round-one-mark", "header",
               "病院局トップ病院事業評価委員会開催状況>H26第2回議事概要\n\n平成26年度 第2回 北山市病院事業評価委員会議事概要\n\n"
               "■日時:平成26年11月5日(水) 17:30~18:32\n■場所:市立北山病院 2階講堂", "council_name=北山市病院事業評価委員会"),
    # 平成21年2月北山県後期高齢者医療広域連合議会定例会会議録: the session's month before the body's name is no part of it.
    Convention("header-session-month-before-the-body", "header",
               "トップページ広域連合議会本会議情報 > 平成21年2月定例会議事録\n平成21年2月定例会会議録\n"
               "平成21年2月北山県後期高齢者医療広域連合議会定例会会議録\n平成21年2月20日(金曜日)\n午後1時55分 開会、開議",
               "council_name=北山県後期高齢者医療広域連合議会"),
    # 令和元年5月 定例教育委員会 / 会議録: a board that sits every month titles its record by the month and the kind of
    # sitting before its own word; the body is the municipality's board (its office names the city), the month the label.
    Convention("header-monthly-board-sitting-titled-by-month", "header",
               "令和元年5月 定例教育委員会\n\n会議録\n\n日時  令和元年5月8日(水曜日) 午後3時\n\n場所  北山市役所403会議室",
               "council_name=北山市教育委員会"),
    Convention("header-monthly-board-sitting-labelled-by-month", "header",
               "平成29年5月北山市定例教育委員会 会議録\n\n開催日時\n平成29年5月26日(金曜日) 午前9時30分\n開催場所\n北山市役所",
               "meeting_label=平成29年5月"),
    # 第3回評価委員会議事録 / 平成22年度第3回 地方独立行政法人北山市立病院評価委員会: the file's short title over the body's
    # full name, which ends in it; the full name is the body's, and the city after the kind of corporation its own.
    Convention("header-short-file-title-over-the-full-name", "header",
               "第3回評価委員会議事録\n\n平成22年度第3回 地方独立行政法人北山市立病院評価委員会\n議事要旨\n"
               "日時:平成22年12月1日(水)午後2時00分から午後3時50分まで\n場所:北山市勤労者家庭支援施設 第5講習室",
               "council_name=地方独立行政法人北山市立病院評価委員会"),
    Convention("header-city-after-the-kind-of-corporation", "header",
               "第3回評価委員会議事録\n\n平成22年度第3回 地方独立行政法人北山市立病院評価委員会\n議事要旨\n"
               "日時:平成22年12月1日(水)午後2時00分から午後3時50分まで\n場所:勤労者家庭支援施設 第5講習室",
               "municipality=北山市"),
    # 条例の規定により北野委員長が議長として議事を進行。: the record narrates who presides over the business.
    Convention("header-chair-narrated-presiding", "header",
               "北山市立病院評価委員会議事要旨\n日時:平成22年12月1日(水)午後2時00分から午後3時50分まで\n"
               "出席:北野委員、南田委員、東山委員\n司会より、会議成立の報告あり。\n1 確認事項\n"
               "条例の規定により北野委員長が議長として議事を進行。", "chair=北野"),
    # 出席委員の氏名 / …西川清委員(北山中学校長)、森本葉月教諭(南田小学校校長代理): one who stood in for a member's post
    # (a school's principal) is no member; 東山亨(会長代理) holds an office and stays one.
    Convention("roster-stand-in-for-a-members-post", "roster",
               "北野健一会長(百間小学校)、東山亨(会長代理)、南田 隆志委員(学校歯科医)、西川清委員(北山中学校長)、"
               "森本葉月教諭(南田小学校校長代理)", "北野健一、東山亨、南田隆志、西川清"),
    # 西はりま消防組合議会: a union of municipalities named with kana (a region's old name) is a local public body of its own.
    Convention("header-union-named-with-kana", "header",
               "平成27年第1回 きたやま消防組合議会定例会会議録\n平成27年3月\n自\n平成27年3月27日\n至\n平成27年3月27日\n"
               "平成27年3月27日(金)午後3時開議", "municipality=きたやま消防組合"),
    # 会議に出席した議員 / 1番 / 北 / 野 / 一 / 郎 / 2番 / …: an assembly's seat table extracted one cell (often one letter) a
    # line under the label of those present; the next group's label may run onto the last name.
    Convention("header-seat-table-one-cell-a-line", "header",
               "平成27年第1回 きたやま消防組合議会定例会会議録\n平成27年3月27日(金)午後3時開議\n日程第\n1\n会議録署名議員の指名(1番\n"
               "北野\n一郎議員)\n-1-\n会議に出席した議員\n1番\n北\n野\n一\n郎\n2番\n南\n田\n健\n3番\n東\n山\n亨\n"
               "会議に欠席した議員\nなし\n議事に関係した事務局職員\n主幹\n中矢\n建章",
               "members_present=北野一郎、南田健、東山亨"),
    # 【委員】 / 北野一郎、南田健、… / (欠席)森本進 / 5 出 席 者 名 / 【アドバイザー】 / (欠席)…: a form's attendance cell read
    # one line at a time, each group under its heading, those away after (欠席), the cell's label printed after the members.
    Convention("header-member-group-before-its-label", "header",
               "平成26年度 第4回北山町地域公共交通会議 会議録\n\n1 会議の名称\n平成 26 年度 第 4 回 北山町地域公共交通会議\n"
               "2 開 催 日 時\n平成 27 年 3 月 2 日(月) 午後 1 時 30 分~2 時 50 分\n3 開 催 場 所\n北山町文化会館 3 階 視聴覚室\n"
               "4 審議等事項\n1\n開会\n【委員】\n北野一郎、南田健、東山亨、\n西川清\n(欠席)森本進、中村次郎\n5 出 席 者 名\n"
               "【アドバイザー】\n(欠席)川上勉\n【事務局】\n大野春美、小林保", "members_present=北野一郎、南田健、東山亨、西川清"),
    # ○ 出席 / × 欠席 / … / 1 / 北 野 / 一 郎 / ○ / 4 / 南 田 / 健 / × / …: a board's seat table one cell a line, two columns of
    # seats read row by row, each row closed by the mark its 出欠 column holds; the legend says what the marks mean.
    Convention("header-seat-table-marks-one-cell-a-line", "header",
               "平成28年第2回定例総会議事録.\n平成 28 年\n第 2 回\n北山市農業委員会総会会議録\n召 集 年 月 日\n平成 28 年 2 月 25 日(木)\n"
               "召 集 の 場 所\n北山市松山支所2階会議室\n○ 出席\n× 欠席\n△ 不応招\n議 席\n番 号\n氏\n名\n"
               "1\n北 野\n一 郎\n○\n4\n南 田\n健\n×\n2\n東 山\n亨\n○\n5\n西 川\n清\n○\n3\n森 本\n進\n〇\n6\n中 村\n次 郎\n△",
               "members_present=北野一郎、東山亨、森本進、西川清"),
    # 出席 しろまる / 欠席 ×ばつ / 番 号 氏 名 出欠 番 号 氏 名 出欠 / 1番 北 野 一 郎 しろまる 4番 …: an assembly's seat table two seats a
    # row, its marks spelled out by a PDF read aloud (a stray mark alone above the rows, one run into a name by a dash);
    # the marks, not the 出席議員 / 欠席議員 labels over the table, say who came and who was away.
    Convention("header-seat-rows-marked-by-spelled-symbols", "header", _SPELLED_SEAT_MARKS,
               "members_present=北野一郎、南田健、東山亨、森本進、西川清"),
    Convention("header-seat-rows-marked-by-spelled-symbols-absent", "header", _SPELLED_SEAT_MARKS,
               "members_absent=中川花子"),
    # ○出席者 (委員)       北野会長,南田副会長,…       (事務局)       北山市福祉課 中川課長: a .txt flattened onto one line, the
    # roster's bracketed group heads and their rows set apart only by the wide gaps of the lost line breaks; (委員) is
    # a group's head there, not a speaker's label.
    Convention("record-fact-bracketed-groups-run-on-with-wide-gaps", "record-fact", _GAPPED_GROUPS,
               "members_present=['北野', '南田', '東山', '西川', '森本', '中野', '上田', '下川', '小山', 'おおの']"),
    Convention("record-fact-bracketed-groups-run-on-with-wide-gaps-chair", "record-fact", _GAPPED_GROUPS, "chair=北野"),
    # 出席者:12名(総委員数14名) / 議事内容 / ・委嘱状の交付 / ・意見交換: the attendance a count alone on its line; the lines under
    # it are the next field's, and two words read there as names fall far short of the count.
    Convention("header-attendance-a-count-alone-over-the-next-field", "header",
               "第1回北山市新図書館建設検討委員会\n\n日時:令和4年6月3日(金曜日)10時〜12時\n場所:北山市役所本館3階会議室\n"
               "出席者:12名(総委員数14名)\n議事内容\n ・委嘱状の交付\n ・基本構想の説明\n ・意見交換\n\n\n【議事内容】\n\n基本構想の説明\n\n"
               " 北山市の図書館の現状を説明しました。", "members_present="),
    # - (1)委員 / 12名中9名出席 / … / 各委員に諮ったところ異議はなく、北野委員が会長に選出され、以下の議事を進行した: the roster a
    # count; the member elected to the chair, named before the office, is the one member the record names.
    Convention("header-counted-roster-chair-elected-named-first", "header",
               "令和5年度北山市保健審議会議事概要\n1.日時\n令和5年6月2日(金曜日)午後2時から3時まで\n2.会場\n北山市役所3階会議室\n"
               "3.出席者\n- (1)委員\n12名中9名出席\n- (2)事務局\n保健課3名\n4.議題\n委員改選後初めての会議のため、会長選出を行った。"
               "各委員に諮ったところ異議はなく、北野委員が会長に選出され、以下の議事を進行した。\n(1)健康づくり計画について\n"
               "事務局より計画案の説明があり、事務局案が承認された。", "members_present=北野"),
    # 1 開会 / 略 / 2 挨拶 / 略 / 3 議事 / 第1号議案:…について: the record's note that a step's part is left out, alone under the
    # step, is no word of its title; the steps stay procedure and the one bill is the item.
    Convention("record-steps-left-out-with-a-note", "record",
               "本文\n令和5年度第1回北山市自然環境審議会 議事録\n1 開催日時\n令和5年7月20日(木曜日)午後1時~2時\n2 開催場所\n"
               "市役所7階 審議会室\n3 出席者\n委員:8名(定足数5名)\n4 会議\n1 開会\n略\n2 挨拶\n略\n3 議事\n"
               "第1号議案:北山緑地の保全地区の指定について\n事務局から、議案内容について説明した。\n[委員]\n指定の範囲はどこまでか。\n"
               "[事務局]\n緑地の全域である。", "その他:北山緑地の保全地区の指定について"),
    # 場所 … 会議名 令和5年度 第2回北山市…協議会 出席者 協議会委員(名簿のとおり) (欠席委員)北野(一)委員、… 会議要旨 …: a .txt
    # record's head on one line under a title without the city; the meeting's name is a field of its own (the city and
    # the body's full name are in it), and the bracketed 欠席委員 run on after the roster heads those away.
    Convention("record-fact-meeting-name-field-run-on-names-the-city", "record-fact", _NAME_FIELD_RUN_ON, "municipality=北山市"),
    Convention("record-fact-meeting-name-field-run-on-names-the-body", "record-fact", _NAME_FIELD_RUN_ON,
               "council_name=北山市地域見守りネットワーク協議会"),
    Convention("record-fact-meeting-name-field-run-on-ends-the-place", "record-fact", _NAME_FIELD_RUN_ON,
               "place=ふれあい福祉センター 多目的ホール"),
    Convention("record-fact-bracketed-absent-label-run-on-after-the-roster", "record-fact", _NAME_FIELD_RUN_ON,
               "members_absent=['北野(一)', '南田']"),
    # 北野委員長、南田委員長代理、東山委員 / 内閣府 / 西川参事官、… / 北山省自然局保全課 / 中川課長: the officials after the members,
    # each group under its ministry's or office's name alone on a line; no member is among them.
    Convention("roster-officials-under-their-ministries-after-the-members", "roster",
               "北野委員長、南田委員長代理、東山委員\n内閣府\n 西川参事官(環境担当)、森本主査\n北山省自然局保全課\n 中川課長補佐\n"
               "北山庁調整室\n 大野調整官", "北野、南田、東山"),
    # 委員長及び副委員長の互選 / 委員長:北野 一郎 / 副委員長:南田 健: the officers elected, role first, each name with a space
    # between family and given name after the colon.
    Convention("header-chair-elected-role-colon-spaced-name", "header",
               "第1回北山市新斎場建設検討委員会\n\n日時:令和4年2月3日(木曜日)10時〜12時\n場所:北山市役所東館4階会議室\n"
               "出席者:14名(総委員数15名)\n議事内容\n ・委員長及び副委員長の互選\n ・意見交換\n\n【議事内容】\n\n委員長及び副委員長の互選\n\n"
               " 委員長:北野 一郎\n 副委員長:南田 健\n\n意見交換\n\n次のような意見がでました。", "chair=北野一郎"),
    # ホーム> … > 北山局が実施する検討会等> …に関する検討会> 第2回… / 2023年5月10日 第2回…ガイドライン等に関する検討会: a ministry's study
    # group, its page titled without 議事録; the body's name ends in 検討会 (the site's list 検討会等 is none).
    Convention("record-fact-study-group-named-by-its-title", "record-fact",
               "ホーム> 政策について> 審議会・研究会等> 北山局が実施する検討会等> 北山地域交通計画ガイドライン等に関する検討会> "
               "第2回北山地域交通計画ガイドライン等に関する検討会(2023年5月10日)\n\n\n2023年5月10日 第2回北山地域交通計画ガイドライン等に関する検討会"
               "\n\n北山局\n\n○日時\n\n令和5年5月10日(水)10:00~12:00\n\n○場所\n\n北山省第1会議室\n\n○議事\n\n○北野計画課長 それでは、"
               "ただいまから第2回「北山地域交通計画ガイドライン等に関する検討会」を開会させていただきます。\n\n○南田座長 それでは、議事に移ります。\n",
               "council_name=北山地域交通計画ガイドライン等に関する検討会"),
    # 総務委員会会議記録 / 総務委員長 北野 一郎 … ○南田警務部長 …山形県の安全、安心の確保…: a prefectural assembly's committee,
    # its record naming no prefecture in its head, speaks of the one prefecture it serves (and of no city as often).
    Convention("header-prefectural-committee-speaks-of-its-prefecture", "header",
               "総務委員会会議記録\n\n総務委員長 北野 一郎\n1 日時\n  平成20年8月5日(火曜日)\n  午前10時1分開会、午前11時41分散会\n"
               "2 場所\n  第1委員会室\n3 出席委員\n  北野一郎委員長、南田健副委員長、東山亨委員\n9 議事の内容\n"
               "○北野一郎委員長 ただいまから総務委員会を開会いたします。\n"
               "○西川警務部長 山形県警察本部警務部長を拝命いたしました。微力ながら、山形県の安全、安心の確保に努めます。",
               "municipality=山形県"),
    # 北野一郎、南田健、東山亨、西川清(オブザーバー): one noted as sitting in as an observer is no member.
    Convention("roster-observer-noted-in-the-list", "roster",
               "北野一郎、南田健、東山亨、西川清(オブザーバー)", "北野一郎、南田健、東山亨"),
    # 平成21年2月20日(金) 北山会館6階大会議室 under the title: the sitting's date, then the room, on the line read as the place.
    Convention("header-date-before-the-room", "header",
               "平成21年2月北山県後期高齢者医療広域連合議会定例会会議録\n\n平成21年2月20日(金曜日)\n\n"
               "平成21年2月20日(金) 北山会館6階大会議室\n午後1時55分 開会、開議\n午後3時16分 閉議、閉会",
               "place=北山会館6階大会議室"),
    # 議事録 - 北海道北山総合振興局: the page's title names the site, a prefecture's regional office; the body is the
    # prefecture's.
    Convention("header-title-site-a-prefectures-regional-office", "header",
               "議事録 - 北海道北山総合振興局\n空き家対策検討会(第2回)議事録\n日時:令和5年10月14日(金)13:30~15:30",
               "municipality=北海道"),
    # The header's facts where the record prints them in ways round 40's sets showed (r40b). "record-fact" examples
    # are whole records, read as they are; "header" ones are read under a title and over two turns.
    # 令和5年第2回定例会会議録(3月22日) / ○議長(北野一郎) …北山町…条例…: a day's record of the session, dated in brackets
    # after the word, no body named and its 議長 honoured with no 君; the town's assembly in plenary.
    Convention("record-fact-plenary-day-dated-after-the-record-word", "record-fact",
               "令和5年第2回定例会会議録(3月22日)\n\n○議長(北野一郎) 日程第1、議案第9号、北山町個人情報の保護に関する法律施行条例の"
               "制定について、議案第10号、北山町情報公開審査会条例の制定について、以上2件を一括議題とします。\n\n"
               " 委員会報告書を朗読させます。事務局長。\n\n○事務局長(南田健) 朗読。\n",
               "council_name=北山町議会"),
    # 北山区議会 (the banner) / 令和 4年 11月 DX推進特別委員会: a committee whose subject opens with an acronym in capitals.
    Convention("record-fact-acronym-opening-a-committees-name", "record-fact",
               "  1. 北山区議会 2022-11-14\n    令和 4年 11月 DX推進特別委員会-11月14日-01号\n\n    取得元: 北山区議会公式サイト\n"
               "    令和 4年 11月 DX推進特別委員会-11月14日-01号令和 4年 11月 DX推進特別委員会 北山区議会DX推進特別委員会会議録"
               "第七号 令和四年十一月十四日(月曜日)\n場  所 大会議室\n○委員長 ただいまから委員会を開会いたします。\n○委員 承知しました。\n",
               "council_name=北山区議会DX推進特別委員会"),
    # 北 野 一 郎 決算特別委員長 南 田 健 副委員長 over the roster, letter-spaced and run onto the 開 議 line above once
    # closed up: the committee named by the office its chair holds, and that member chairs.
    Convention("header-officers-letter-spaced-over-the-roster", "header",
               "令和元年9月20日 午前10時00分 開 議\n北 野 一 郎 決算特別委員長 南 田 健 副委員長\n◎出席議員(3名)\n"
               "1番 北 野 一 郎 委員 2番 南 田 健 委員\n3番 東 山 亨 委員\n◎欠席委員(なし)", "council_name=決算特別委員会"),
    Convention("header-officers-letter-spaced-over-the-roster-chair", "header",
               "令和元年9月20日 午前10時00分 開 議\n北 野 一 郎 決算特別委員長 南 田 健 副委員長\n◎出席議員(3名)\n"
               "1番 北 野 一 郎 委員 2番 南 田 健 委員\n3番 東 山 亨 委員\n◎欠席委員(なし)", "chair=北野一郎"),
    # 山梨県都市計画審議会: 都市 (town planning) opens the prefecture's field; no city 山梨県都市.
    Convention("header-prefectures-town-planning-body", "header",
               "第218回山梨県都市計画審議会会議録について\n1 開催日時等:\n  平成24年11月16日 金曜日 10時30分から12時\n"
               "  山梨県北山合同庁舎", "municipality=山梨県"),
    # 1 開催日時等: / the date and clock / the building: the sitting's facts (等) under one label, the room last.
    Convention("header-sitting-facts-under-one-label", "header",
               "第218回山梨県都市計画審議会会議録について\n1 開催日時等:\n  平成24年11月16日 金曜日 10時30分から12時\n"
               "  山梨県北山合同庁舎", "place=山梨県北山合同庁舎"),
    # 場所 … 201会議室 / 《公開》 / 午前10時00分開会: the sitting's publicity mark closes the room's value.
    Convention("header-publicity-mark-after-the-room", "record-fact",
               "第145回\n北山県都市計画審議会議事録\n案件\n審議\n議第1298号\n北山都市計画道路の変更の件\n2\n審議会の日時及び場所\n"
               "日時 平成27年3月18日(水曜日)\n場所 北山市役所行政棟2階201会議室\n《公開》\n午前10時00分開会\n3\n"
               "出席した委員及び幹事の氏名\n○会長 ただいまから開会します。\n", "place=北山市役所行政棟2階201会議室"),
    # 山梨県後期高齢者 医療広域連合議会 (a PDF's gap inside the name) … 山梨県後期高齢者医療広域連合議会: the union whole.
    Convention("header-union-name-broken-by-a-gap", "header",
               "平成27年 第1回山梨県後期高齢者 医療広域連合議会定例会 会議録 平成27年2月3日 北山市 センタープラザ11階大会議室 "
               "平成27年第1回山梨県後期高齢者医療広域連合議会定例会 第1日(平成27年2月3日) 会議録",
               "municipality=山梨県後期高齢者医療広域連合"),
    # 令和6年北山市議会12月定例会会議録第3号: the assembly's name between the year and the session's month.
    Convention("header-assembly-named-between-the-year-and-the-month", "header",
               "令和6年北山市議会12月定例会会議録第3号\n\n公開日 2025年02月26日\n\n議事日程 第3号\n\n令和6年12月11日(水) 午前10時開議",
               "meeting_label=令和6年12月定例会"),
    # 日時:平成27年 / 場所:北山市役所 2月17日(火) 午後1時30分から 西棟8階中会議室: a two-column form read across its rows,
    # the 日時 field left the year and the rest of the date with the clock inside the room.
    Convention("header-date-split-across-the-room", "header",
               "第138回 北山市都市計画審議会 議事録\n日時:平成27年\n場所:北山市役所 2月17日(火) 午後1時30分から 西棟8階中会議室",
               "place=北山市役所 西棟8階中会議室"),
    Convention("header-date-split-across-the-room-clock", "header",
               "第138回 北山市都市計画審議会 議事録\n日時:平成27年\n場所:北山市役所 2月17日(火) 午後1時30分から 西棟8階中会議室",
               "start_time=13:30"),
    # 日 時 / 平成28年10月13日(木) 午前10時45分から12時まで 場 所 北山市青少年センター 2階会議室: the room after the clock.
    Convention("record-fact-room-field-after-the-clock", "record-fact", _FORM_ROSTER_RUN_ON, "place=北山市青少年センター 2階会議室"),
    # …中村 次郎 / 委員外出席者 北山警察署 … 欠席委員氏名 上田 実、下田 学: those from outside the body and the absent,
    # each list's label run on after the last member; no members.
    Convention("record-fact-others-and-absent-run-on-after-the-roster", "record-fact", _FORM_ROSTER_RUN_ON,
               "members_absent=['上田実', '下田学']"),
    # 西川 清、森本 進 川上 勉、大野 春美: an entry of four name parts in a list of surname-and-given-name pairs is two names.
    Convention("roster-two-spaced-names-one-comma-forgotten", "roster",
               "会長 北野 一郎、委員 南田 健、東山 亨、西川 清 森本 進、川上 勉、大野 春美",
               "北野一郎、南田健、東山亨、西川清、森本進、川上勉、大野春美"),
    # 開催日時平成221217日(曜日) 01:30 PM 03:40 PM開催場所北山会館 / 出席者名北野一郎会長代理; 南田健委員; …: a database
    # view sets each label against its value; its date lost 年 and 月 (two digits each for year, month and day) and
    # its clocks are the start and end fields side by side, 12-hour.
    Convention("header-view-labels-set-against-their-values-date", "header", _VIEW_WITH_GLUED_LABELS, "date=2010-12-17"),
    Convention("header-view-labels-set-against-their-values-start", "header", _VIEW_WITH_GLUED_LABELS, "start_time=13:30"),
    Convention("header-view-labels-set-against-their-values-end", "header", _VIEW_WITH_GLUED_LABELS, "end_time=15:40"),
    Convention("header-view-labels-set-against-their-values-place", "header", _VIEW_WITH_GLUED_LABELS, "place=北山会館"),
    Convention("header-view-labels-set-against-their-values-roster", "header", _VIEW_WITH_GLUED_LABELS,
               "members_present=北野一郎、南田健、東山亨、西川清"),
    # 山梨県人権尊重の社会づくり協議会: the prefecture's body named by a phrase with kana in it; no city.
    Convention("header-prefectures-body-named-by-a-phrase", "header", _VIEW_WITH_GLUED_LABELS, "municipality=山梨県"),
    # …に関する調査検討会 第1回会合議事録: the body before the sitting's count, the sitting called a 会合.
    Convention("record-fact-body-before-its-gathering", "record-fact", _STUDY_GROUP_GATHERING,
               "council_name=まちの暮らしを支えるICT利活用に関する調査検討会"),
    # 事務局から座長に…の北野一郎を選出したい旨提案があり、承認された。: the chair elected on the secretariat's proposal.
    Convention("record-fact-chair-proposed-and-approved-in-the-account", "record-fact", _STUDY_GROUP_GATHERING, "chair=北野一郎"),
    # …会議録 平成30年8月17日〇出席委員 〔◎委員長 〇副委員長〕 ◎ 北 野 一 郎 … 〇欠席委員 なし〇委員外出席者 …: the
    # attendance's fields run on after the title, each after a mark; the key's ◎ marks the chair.
    Convention("header-marked-fields-run-on-after-the-title", "header", _MARKED_FIELDS_AFTER_THE_TITLE,
               "members_present=北野一郎、南田健、東山亨、西川清"),
    Convention("header-marked-fields-run-on-after-the-title-chair", "header", _MARKED_FIELDS_AFTER_THE_TITLE, "chair=北野一郎"),
    # 議事概要 / 1.日 / 時 / 平成28年11月22日…: the record's kind over its form, the first label broken over two lines; the
    # fields are the sitting's (not the release's date above them).
    Convention("record-fact-record-kind-over-a-broken-label", "record-fact", _SUMMARY_ATTACHED_TO_A_RELEASE, "date=2016-11-22"),
    Convention("record-fact-record-kind-over-a-broken-label-room", "record-fact", _SUMMARY_ATTACHED_TO_A_RELEASE,
               "place=北山合同庁舎2号館 14階 第1会議室"),
    # [委員長] / 北野 一郎 / (北山大学教授) / [委員] / …: the chair's office a bracketed heading over its name.
    Convention("record-fact-chair-heading-in-brackets-over-the-name", "record-fact", _SUMMARY_ATTACHED_TO_A_RELEASE,
               "chair=北野一郎"),
    # 役員6名(6団体)、事務局: an association's officers only counted; no one named.
    Convention("roster-officers-counted-none-named", "roster", "役員6名(6団体)、事務局", ""),
    # 委員 東山 亨 (代理:西川 清): a member, surname and given name a space apart, who sent a stand-in; away.
    Convention("roster-stand-in-after-a-spaced-name", "roster",
               "会長 北野 一郎 委員 南田 健 委員 東山 亨 (代理:西川 清)", "北野一郎、南田健"),
    # 事務局より / 只今から…: the word "from the secretariat" alone over what it said.
    Convention("said-by-alone-over-its-speech", "speaker", "事務局より\n\n只今から、第2期第1回地域協議会を開催いたします。", "事務局"),
    # 本日の議題は「…」と「…」、それから「…」の3つです: the agenda named in one sentence of the first speech.
    Convention("proceedings-agenda-named-in-one-sentence", "proceedings",
               "(事務局)\nただいまから審議会を開会いたします。\n(北野会長)\nこんにちは。本日の議題は「平成21年4月組織改正について」と"
               "「民間との協働のその後の状況」、それから「県と市町村の業務の共同化について」の3つです。\n",
               "その他:平成21年4月組織改正について|その他:民間との協働のその後の状況|その他:県と市町村の業務の共同化について"),
    # ・議題 ⑴ …について 資料1 資料2 事務局から…説明を行った。 ・議題 ⑵ …: each case under its word, numbered in a circled
    # bracket, in a summary flattened onto few lines.
    Convention("record-cases-under-their-word-in-circled-brackets", "record",
               "平成 26 年度北山市防災会議 議事録(要旨)\n1\n日時 平成 27 年2月 20 日(金)13:30~14:15\n2\n会場 北山市教育研究所\n4\n"
               "傍聴者 5 内容 北野、南田 なし ・議題 ⑴ 北山市地域防災計画の改訂について 資料1 資料2 資料3 事務局から改訂案の説明を行った。\n"
               "【質疑・意見等】 質疑・意見等はなく、改定案について承認を得た。 ・議題 ⑵ 防災対策事業の取組状況等について 資料4 資料5 "
               "事務局から説明を行った。\n",
               "その他:北山市地域防災計画の改訂について|その他:防災対策事業の取組状況等について"),
    # 議題及び議事の内容 / - …について / …を報告。 / 報告等 / - …について / …について説明: a summary page's subjects as
    # hyphen bullets under bare group words, each followed by a line or two of what was done with it; a bullet in the
    # past tense (…について報告しました。) names its subject up to について.
    Convention("record-hyphen-bullets-under-group-words-with-narration", "record",
               "第3回北山市景観審議会の概要\n日時\n令和6年5月10日(金曜日)\n14時00分~15時30分\n場所\n北山市役所会議室\n"
               "出席委員\n北野委員、南田委員、東山委員、西川委員\n議題及び議事の内容\n- 北山市景観計画の改正(案)について\n"
               "北野委員(部会長)から、部会の検討結果を報告。\n改正案の説明後、議論が行われた。\n報告等\n- 北山市景観賞について\n"
               "今年度の選定結果について説明\n- 景観フォーラムについて\n「景観フォーラム」の内容について説明\n",
               # 議題及び議事の内容 ends the roster above it, so the first subject is read where it stands, first.
               "その他:北山市景観計画の改正(案)について|報告:北山市景観賞について|報告:景観フォーラムについて"),
    # ■付託事件 な し ■所管事務調査 (市民局 / 1 … (健康福祉局) 1 … 2 … (市民局・健康福祉局) 1 その他 ■出席委員: a
    # committee record's header flattened by an aggregator; each theme under the bureau in brackets that answers for it.
    Convention("record-investigations-under-bureaus-in-a-marked-run", "record", _MARKED_INVESTIGATIONS,
               "その他:施策研究テーマ「北山公園のあり方について」|その他:施策研究テーマ「地域の見守り活動について」|"
               "その他:施策研究テーマ「防犯協会のあり方について」"),
    Convention("record-hyphen-bullets-in-the-past-tense-under-two-group-words", "record",
               "令和6年度第1回北山市文化財保護審議会を開催しました。\n開催日時\n令和6年7月3日(水曜日) 午後1時30分から3時まで\n"
               "開催場所\n北山市役所会議室\n出席者\n委員(敬称略)\n北野一郎、南田健、東山亨\n議事\n"
               "- 北山市指定文化財の新規指定について答申されました。\n報告\n- 北山城跡の整備について報告しました。\n"
               "- 北山市の民俗芸能調査について報告しました。\n傍聴者数\n1人\n",
               "その他:北山市指定文化財の新規指定について|報告:北山城跡の整備について|報告:北山市の民俗芸能調査について"),
    # --- round 34 (agenda, turns) ---
    # 委員 / 了解: a role alone over a one-word answer to the chair, in minutes whose labels stand alone over the speech.
    # (kind "turns": the proceedings under a header, and the speakers of their turns in order, |-joined.)
    Convention("turns-role-alone-over-a-one-word-answer", "turns",
               "会長\n本日の署名委員をお願いします。\n\n委員\n了解\n\n会長\nそれでは始めます。\n", "会長|委員|会長"),
    # 4 委員外出席議員 なし / 5 執行部出席者 / (1)各局 (会計局) 会計管理者 …: the house's members sitting in, and the groups
    # the officials attending are listed by, under the section's word alone: no cases.
    Convention("record-officials-grouped-under-a-roster-section", "record",
               "県政経営委員会会議記録\n1 開会日時  令和2年9月30日(水)午前10時10分~午後0時03分\n2 場所  第4委員会室\n"
               "3 委員氏名   委員長   北 野 一 郎   副委員長   南 田   健   委  員   東山花子   西川進\n4 委員外出席議員  なし\n"
               "5 執行部出席者\n(1)各局    (会計局)    会計管理者会計局長      中村四郎\n"
               "(2)各部    (総務部)    総務部長      森一朗    人事課長    小林千代子\n",
               ""),
    # (1)審議事項 / • 1…について / ・… / ・… / • 2…について: the list's own bullet carries the entry's number run onto its
    # title; the points under an entry wear another bullet, the list's coming back after them.
    Convention("agenda-bullets-with-glued-numbers-and-points-under-another-mark", "agenda",
               "(1)審議事項\n\n  • 1第五次北山県障害者計画(案)について\n    ・北山県障害者計画イラスト募集結果について\n"
               "    ・パブリックコメント結果について\n  • 2第五次北山県障害者計画推進体制について\n\n(2)報告事項\n\n"
               "  • 1「北山ふれあいメッセ」について\n\n(3)その他",
               "その他:第五次北山県障害者計画(案)について|その他:第五次北山県障害者計画推進体制について|報告:「北山ふれあいメッセ」について"),
    # 議案第58号 / …要綱 / 議案第59号 / …要綱: each case's number over its title, a title that ends without について.
    Convention("agenda-case-numbers-over-titles-ending-without-about", "agenda",
               "報告第25号\n北山町総合計画実施計画の内示について\n議案第58号\n北山町中学生海外研修派遣事業要綱の一部を改正する要綱\n"
               "議案第59号\n北山町高校生海外研修派遣事業要綱の一部を改正する要綱",
               "報告:北山町総合計画実施計画の内示について|その他:北山町中学生海外研修派遣事業要綱の一部を改正する要綱|"
               "その他:北山町高校生海外研修派遣事業要綱の一部を改正する要綱"),
    # 1.本定例会会議事件は次のとおりである。 / 報告第1号 / …について / … / 1.本定例会に出席した事務局職員は…: a narrated record
    # announces its business in a sentence, each paragraph numbered 1.; 1.午後2時30分 / 事務局 tells when, no case.
    Convention("record-business-announced-in-a-narrated-paragraph", "record",
               "北山市農業委員会第31回定例会議事録\n1.平成26年1月28日午後2時30分北山市民センター研修会議室に招集した。\n"
               "1.出席委員は次のとおりである。\n1番\n北野一郎\n2番\n南田健\n3番\n東山花子\n"
               "1.本定例会会議事件は次のとおりである。\n報告第1号\n農地法第4条の規定による農地転用について\n議案第1号\n"
               "農地法第3条の規定による許可申請について\n1.本定例会に出席した事務局職員は次のとおりである。\n西川進 事務局長\n"
               "1.午後2時30分\n事務局\n",
               "報告:農地法第4条の規定による農地転用について|その他:農地法第3条の規定による許可申請について"),
    # (4)委員長、副委員長選任: the chair and vice-chair elected, the offices set apart by a comma, a step of the sitting.
    Convention("agenda-offices-elected-apart-by-a-comma", "agenda",
               "(1)開会\n(2)委嘱状交付\n(3)委員長、副委員長選任\n(4)北山町総合計画後期基本計画について\n(5)その他",
               "その他:北山町総合計画後期基本計画について"),
    # 欠 席 者 …委員 / 案 件 名 1.…について: a 会議録 form's field of the business after the absentees' cell, its own line;
    # (2) / 2 1 開 会: the next page's number before the proceedings' first step, no case.
    Convention("record-form-business-field-after-absentees", "record",
               "会 議 録\n\n会 議 の 名 称 令和3年度 第1回 北山市上下水道事業経営審議会\n\n開 催 日 時 令和3年10月13日(水) 10時00分から\n\n"
               "開 催 場 所 北山市上下水道局4階大会議室\n\n出 席 者 北野会長、南田委員、東山委員\n\n欠 席 者 西川委員、中村委員\n\n"
               "案 件 名 1.北山市水道ビジョン2022の策定について\n\n提 出 さ れ た 資 料 等 の\n\n名 称\n\n資料 1 北山市水道ビジョン 2022 (素案)\n\n"
               "(2)\n\n2 1 開 会\n\n北 野 会 長:\n\nただ今から、令和3年度第1回北山市上下水道事業経営審議会を開催いたします。\n\n"
               "事 務 局:\n\n資料1についてご説明いたします。\n",
               "その他:北山市水道ビジョン2022の策定について"),
    # 2.会長挨拶 本日は…: a numbered step naming who greets, the greeting run on after a blank on the step's own line.
    Convention("numbered-greeting-step-speech-on-its-line", "speaker",
               "2.会長挨拶 本日は大変お忙しい中お集まりいただきありがとうございます。", "会長"),
    # 北野(一)委員長) / ただ今から…: the close-bracket label of a name told apart by its initial, alone over the
    # sitting's first speech (the header's last line above it).
    Convention("close-bracket-label-with-initial-alone-over-first-speech", "speaker",
               "北野(一)委員長)\nただ今から,都市建設委員会を開会いたします。これより議事に入ります。", "北野(一)委員長"),
    # 本日の議題は,…といたしまして「…」。…といたしまして「…」。「…」。及び「その他」であります: the chair reads the agenda
    # out as quoted titles, each closed by a full stop of its own.
    Convention("proceedings-agenda-read-out-as-quoted-sentences", "proceedings",
               "北野(一)委員長)\nただ今から,委員会を開会いたします。\n これより議事に入ります。本日の議題は,付託された陳情と"
               "いたしまして,陳情第4「北山駅前の排水路の整備についての陳情」。所管事務の調査といたしまして「南田地区集落排水事業について」。"
               "「東山トンネル整備事業の進捗状況について」。及び「その他」であります。\n北野(一)委員長)資料の説明を求めます。\n",
               "その他:北山駅前の排水路の整備についての陳情|その他:南田地区集落排水事業について|その他:東山トンネル整備事業の進捗状況について"),
    # 5.議会職員 課長 … 6.説明のために出席した者の職氏名 なし 7.傍聴者 なし 8.審査事項 別紙…のとおり: an assembly committee's
    # numbered fields (the clerks, the officials summoned) name no case; the chair takes up the one matter.
    Convention("record-committee-clerks-and-summoned-fields-are-no-cases", "record",
               "北山市議会 民生常任委員会会議録\n1.日時   令和6年8月16日(木)午前9時00分〜午前10時58分\n2.場所   第3委員会室\n"
               "3.出席委員   委員長      北 野 一 郎   副委員長       南 田   健\n4.欠席委員   なし\n"
               "5.議会職員   課長       東 山 花 子   書記         西 川   進\n6.説明のために出席した者の職氏名   なし\n"
               "7.傍聴者   なし 8.審査事項\n      別紙委員会資料のとおり 9.会議の経過                開会 午前9時00分\n"
               "○委員長(北野一郎君) ただいまから、民生常任委員会を開催いたします。  日程第1、議会広報の評価についてを議題といたします。\n"
               "○副委員長(南田健君) 意見を申し上げます。\n",
               "その他:議会広報の評価について"),
    # 日程第2、議案第1号ないし議案第3号の3件を一括議題といたします。… まず、議案第1号…について。 / 次へ参ります。 議案第2号…に
    # ついて。: bills taken up together, then read out one by one by number and title (報告第1号 on the agenda is not 議案第1号).
    Convention("record-bills-read-out-one-by-one-after-a-bundle", "record",
               "北山市議会 令和6年第1回定例会\n議事日程\n第1 会議録署名議員の指名\n第2 議案第 1号~議案第3号\n第3 報告第 1号\n\n"
               "○議長(北野一郎 君) これより本日の会議を開きます。\n"
               "○議長(北野一郎 君) 日程第2、議案第1号ないし議案第3号の3件を一括議題といたします。\n まず、議案第1号北山市移住体験施設条例の制定について。\n"
               " 御質疑ありませんか。\n            〔「なし」と呼ぶ者あり〕\n○議長(北野一郎 君) 次へ参ります。\n"
               " 議案第2号北山市手数料条例の一部を改正する条例について。\n 御質疑ありませんか。\n",
               "その他:北山市移住体験施設条例の制定|その他:北山市手数料条例の一部を改正する条例"),
    # --- round 36 (agenda, turns) ---
    # 議席番号 氏 名 出欠 / 1   北野 一郎  出    9   南田花子   出: a town assembly's seat table, two seats a row, the names bare
    # and the 出 mark after each, is no list of cases; 日程第3 諸般報告 (諸般の報告 without its の) is the chair's account.
    Convention("record-seat-table-rows-with-bare-names", "record",
               "北山町議会 平成20年第2回臨時会 第1日\n出席 4名\n欠席 0名\n議席番号 氏 名 出欠 議席番号 氏 名 出欠\n"
               "    1   北野 一郎  出    3   東山孝則   出\n    2   南田 健  出    4   西川貞美   出\n"
               "議  事  日  程\n日程第1 会議録署名議員の指名\n日程第2 会期の決定\n日程第3 諸般報告\n"
               "日程第4 議案第41号 北山町税条例の一部改正について\n",
               "その他:北山町税条例の一部改正について"),
    # 3.欠席した議員 15番 北野 一郎 / 4.出席した事務局職員 局長 南田 健: an assembly's attendance fields phrased as clauses
    # (した between the word and whom it lists), the names run on after them: no cases.
    Convention("record-attendance-fields-phrased-as-clauses", "record",
               "北山市議会 平成23年第2回臨時会\n1.日時  平成23年5月16日 午前10時00分開会\n"
               "2.出席した議員    1番  東山孝則         2番  西川貞美\n3.欠席した議員    15番  北野 一郎\n"
               "4.出席した事務局職員    局長  南田 健\n",
               ""),
    # <目次> / 1. 開会 / 2. 議題 / 3. 報告事項 / <開会> / (司会) …: a contents list of the sitting's steps and group words,
    # then the steps as headings in angle brackets; none names a case.
    Convention("record-contents-of-steps-then-angle-bracketed-steps", "record",
               "北山県社会福祉審議会議事録(平成16年1月15日開催分)\n\n<目次>\n\n  1. 開会\n  2. 議題\n  3. 報告事項\n\n<開会>\n(司会)\n"
               " 本日は、委員の皆様方、大変ご多忙の中、ご出席を賜り、誠にありがとうございます。\n\n<定足数の報告>\n(司会)\n"
               " 本日は委員の過半数が出席しております。\n",
               ""),
    # (1)市長挨拶要旨 / 今回、…: a summary record titles the greeting's gist under the step that names who greets; the
    # greeting is that speaker's turn, the step no case.
    Convention("turns-greeting-step-titled-as-its-gist", "turns",
               "1 開会\n(1)市長挨拶要旨\n本日はお忙しいところお集まりいただき、ありがとうございます。外部評価も二年目となりました。\n",
               "市長"),
    # 〈資料確認〉 / 進行(北野事務局次長)より配付資料の確認がある。 / 1. …レジュメ / 2. …資料1: the papers checked are listed
    # under the sentence narrating the check; they name no case.
    Convention("record-papers-listed-under-the-narrated-check", "record",
               "北山県スポーツ振興基金運用委員会\n日時\n\n平成28年4月26日(火曜日)14時00分から15時30分\n\n場所\n\n北山県庁舎\n\n"
               "〈資料確認〉\n進行(北野事務局次長)より配付資料の確認がある。\n  1. 平成28年度北山県スポーツ振興基金運用委員会レジュメ(黄色の表紙)\n"
               "  2. 北山県スポーツ振興基金運用委員会の資料1(緑色の表紙)\n  3. 研究助成の報告書2部\n〈資格確認〉\n"
               "進行(北野事務局次長)から、出席委員が過半数であることの報告がある。\n",
               ""),
    # 議題 | / 第229号 …について(北山市決定) 第230号 …について(北山県決定) 協議事項 …審議会の傍聴について |: a table's cell
    # holding the numbered cases run together, the group word and the council's own 傍聴 rules after them; 傍聴者 | / なし |
    # and 事務局 | / …課 電話:… | are the form's fields, no one speaking. 事務局から議第229号について説明。…原案のとおり決定。:
    # the secretariat brought the body's own case; no 諮問 is said.
    Convention("record-numbered-cases-run-together-in-a-table-cell", "record",
               "第108回北山市都市計画審議会会議録概要\n会議名 |\n第108回北山市都市計画審議会 |\n---|---|\n開催日時 |\n"
               "平成25年2月6日(水曜)午後1時27分から午後2時58分 |\n議題 |\n"
               "第229号 北山都市計画用途地域の変更について(北山市決定) 第230号 北山都市計画臨港地区の変更について(北山県決定) "
               "協議事項 都市計画審議会の傍聴について |\n会議の公開区分 |\n■公開 □一部公開 □非公開 |\n(非公開理由) |\n|\n"
               "出席委員 |\n北野会長、南田委員、東山委員 |\n傍聴者 |\nなし |\n事務局 |\n"
               "北山市都市政策課 電話:012-345-6789 |\n議第229号の議題について審議を行った。 事務局から議第229号について説明。 委員の意見なし。 "
               "全員賛成により原案のとおり決定。 議第230号の議題について審議を行った。 事務局から議第230号について説明。 "
               "全員賛成により原案のとおり決定。\n",
               "その他:北山都市計画用途地域の変更について(北山市決定)|その他:北山都市計画臨港地区の変更について(北山県決定)"),
    # 4 議題 / 1. 会長、副会長の選出 / 2. 諮問 / 3. 議事録の作成方法及び公開、非公開の決定 / 4. 今後の進め方について / 5 会議資料 /
    # • 諮問「…について」 写し: the kind word alone between two entries is the referral made at the sitting, titled by the
    # subject the papers quote; how the record is made and published is a step of a first sitting.
    Convention("record-bare-referral-titled-by-the-papers", "record",
               "平成14年度第1回北山市廃棄物減量等推進審議会議事録\n1 開催日時\n\n平成14年10月3日(木曜日) 午前9時~午前10時\n\n"
               "4 議題\n\n  1. 会長、副会長の選出\n  2. 諮問\n  3. 議事録の作成方法及び公開、非公開の決定\n  4. 今後の進め方について\n"
               "  5. その他\n\n5 会議資料\n\n  • 議事録作成標準様式 写し\n  • 諮問「事業系ごみの減量方策について」 写し\n\n6 議事内容\n\n"
               "  1. 会長、副会長の選出について\n    【環境部長】\n     会長の選任について、事務局から説明願います。\n"
               "    【事務局】\n     委員の互選とありますので、皆様方でどなたかを推薦していただきたい。\n",
               "諮問:事業系ごみの減量方策について|その他:今後の進め方について"),
    # 議事 / (1)協議事項 / 協議第54号 … / 協議第55号 … / (2)その他 / (1) …について / (2) …について: one list that the header's end
    # cut in two, the numbered cases read as its agenda and the entries under その他 as the body's headings; both parts
    # are cases (the next sitting's dates are procedure); the header's part, found nowhere in the body, comes last.
    Convention("record-agenda-cut-in-two-by-the-header", "record",
               "第6回北山合併協議会 会議録\n○日時 平成16年10月29日(金) 午前9時から\n○場所 北山町町民センター 2階大会議室\n"
               "議事\n(1)協議事項\n協議第54号 協定項目に係る字句の変更について\n協議第55号 合併協定書について\n(2)その他\n"
               "(1) 新町建設計画について\n(2) 合併協定調印式について\n(3) 次回〈第7回〉協議会の開催日程について\n【事務局】\n"
               "おはようございます。本日の出席者は委員16名中16名の出席となっております。\n",
               "その他:新町建設計画について|その他:合併協定調印式について|その他:協定項目に係る字句の変更について|その他:合併協定書について"),
    # 事務局 / 北野副市長 / 南田都市計画部長 / 都市開発課 東山次長(課長) / 西川専門監(課長補佐) / …: officials listed one a line are
    # no speakers over one another; • …についての全体概要説明 / • (1)…について(報告) / • (2)… / • …の全体概要説明: a bulleted
    # entry is followed by the next bullet, never its own title's second line.
    Convention("record-officials-one-a-line-and-bulleted-groups", "record",
               "第1回北山市景観審議会\n日時\n\n2009年05月14日(木曜日)\n午後1時30分から午後3時30分\n\n場所\n\n市役所本館8階\n\n"
               "出席委員\n北野一郎、南田花子\n事務局\n北野副市長\n南田都市計画部長\n東山公園緑地部長\n都市開発課 東山次長(課長)\n"
               "西川専門監(課長補佐)\n北野景観推進グループ長\n南田屋外広告物グループ長\n\n議事内容\n\n"
               "  • 景観及び屋外広告物についての全体概要説明\n    • (1)景観整備機構の指定について(報告)\n"
               "    • (2)風力発電施設の建設計画について(報告)\n  • 緑の保全についての全体概要説明\n"
               "    • (1)保存樹林の指定について(諮問)\n  • その他\n",
               "報告:景観整備機構の指定について|報告:風力発電施設の建設計画について|諮問:保存樹林の指定について"),
    # 2 議題(公開・非公開の別) ・報告事項(公開) (1)…について ・協議事項(公開) / (1)…について / (3)…について ・その他(公開): the
    # first group's one entry run onto the line of the agenda's word, the next group's entries below it, the last group's
    # bullet run onto the last entry; 報告事項(1)…について、北野区総合事務所建設グループに説明を求める。: the unit the chair
    # hands the report to explains it. 2 / 16 8 発言の内容(要旨): a page counter over the record's section, no case.
    # (kind "record-any-order": the items a whole record yields, in whatever order they are read.)
    Convention("record-first-entry-run-onto-the-agenda-word", "record-any-order",
               "会議録\n1 会議名 第8回北山区地域協議会\n2\n議題(公開・非公開の別) ・報告事項(公開) (1)市道路線の廃止及び認定について ・協議事項(公開)\n"
               "(1)地域活動支援事業に係る課題及び改善策について\n(2)委員研修会について ・その他(公開)\n3\n"
               "開催日時 平成28年9月29日(木)午後6時30分から午後8時29分まで\n2 / 16 8 発言の内容(要旨)\n"
               "【東山次長】 ・会議の開会を宣言\n【北野会長】 ・挨拶 報告事項(1)市道路線の廃止及び認定について、南田区総合事務所建設グループに説 "
               "明を求める。\n",
               "その他:地域活動支援事業に係る課題及び改善策について|その他:委員研修会について|報告:市道路線の廃止及び認定について"),
    # 4 議題 / - 会長及び副会長の互選について / (北山県消費生活問題審議会、北山県消費者苦情処理委員会) - 消費者行政について / - …:
    # in a dashed list, the bracketed second line of one entry and the next entry's dash share a line.
    Convention("agenda-bracketed-second-line-and-next-dash-on-one-line", "agenda",
               "- 会長及び副会長の互選について\n(北山県消費生活問題審議会、北山県消費者苦情処理委員会) - 消費者行政について\n"
               "- 北山県消費者基本計画の進行管理について",
               "その他:消費者行政について|その他:北山県消費者基本計画の進行管理について"),
    # 1 開会 / 2 あいさつ / 委員長 / 北野一郎(当該地区から選出) / (1)…について / 資料により説明 / 事務局 / 南田 / 6 議題【以下、議長は
    # 北野委員長】 / (1)…について / 北野委員長:それでは…。: a step table's names and posts one a line (none over a sentence) beside
    # labels that open speeches with a colon: the colon is the house style; the case the table lists is the one the
    # proceedings take up under the same heading, and the group word keeps its note of who chairs.
    # (北野地域振興監) / ご紹介に預かりました…: a prefecture's post ending in 監 in a bracketed label alone over the speech.
    Convention("paren-post-ending-in-kan", "speaker", "(北野地域振興監)\nご紹介に預かりました地域振興監の北野でございます。", "北野地域振興監"),
    # 副議長北野一郎君) … 発言を許します。2番。 2番(南田健君) 今、… / 副議長北野一郎君) 総務課長総務課長東山 亨君) 条例は…: a record
    # run onto one line whose labels lost their mark and opening bracket, a member's seat and bracketed name among them,
    # the chair's one-word call run into the label of the official called (his name spaced).
    Convention("turns-marks-and-opening-brackets-lost-in-a-flattened-record", "turns",
               "▼最初のヒットへ(全 0 ヒット) 副議長北野一郎君) 皆様、おはようございます。  直ちに本日の会議を開きます。  発言を許します。"
               "2番。 2番(南田健君) 今、条例の改正が何項目か出ていますけれども、どういう方法で村民に告知するのか教えていただきたい。\n"
               "副議長北野一郎君) 総務課長総務課長東山 亨君) 条例規則の公表は、公告式条例に基づいて役場の掲示場に掲示いたしまして公表しております。\n",
               "副議長北野一郎君|2番(南田健君)|副議長北野一郎君|総務課長東山亨君"),
    # 【1.開催挨拶】 / …より開催の挨拶。 / 【2.第1回検討会のまとめについて】 / 事務局より / 資料1について説明。 / 南田氏: / 2つほど、…:
    # numbered headings in lenticular brackets over narration (one sentence the page broke after its subject), then an
    # honoured name closed by a colon alone on its line over the one speech.
    Convention("record-lenticular-numbered-headings-over-narration", "record",
               "議事録 - 北山振興局\n廃屋・空き家対策検討会(第2回)議事録\n日時:平成23年10月14日(金)13:30~15:30\n場所:北山合同庁舎\n"
               "3階 1 号会議室\n【1.開催挨拶】\n北山振興局建設管理部\n北野参事より開催の挨拶。\n【2.第1回検討会のまとめについて】\n"
               "事務局より\n資料1について説明。\nアドバイザーからの補足説明。\n南田氏:\n2つほど、前回の内容に補足をしたいと思います。\n"
               "資料1の1ページ目、「国への要望」の部分ですが、固定資産税に関する問題です。\n",
               "その他:第1回検討会のまとめについて"),
    # (2) …について検討がなされた。(○:委員、□:座長、△:事務局) / ○ … / △ …: a summary that names no speaker defines its marks
    # once in a legend; each statement then opens with its mark and a space, the mark standing for the side it names.
    Convention("turns-marks-defined-by-a-legend", "turns",
               "(1) 北山市総合計画の見直しについて、検討がなされた。(○:委員、□:座長、△:事務局)\n"
               "○ 見直しの範囲をもう少し広げるべきではないか。\n△ 次回までに範囲を広げた案を用意する。\n"
               "□ 引き続き検討することとしたい。\n",
               "委員|事務局|座長"),
    # 委):委員 市):事務局 alone on its line, then 委)… / 市)…: each side's label shortened to a letter closed by a bracket,
    # defined once by a legend; a statement opens with its shortening, the label kept as printed.
    Convention("turns-abbreviations-defined-by-a-legend", "turns",
               "北山市景観条例策定審議会議事録\n\n6.条例の名称についての議事\n\n委):委員 市):事務局\n\n名称について\n\n"
               "委)名称は市民に覚えやすいものにしてほしい。\n\n市)次回までに名称の案を三つ用意する。\n",
               "委|市"),
    # 目 1. 開 次 会 …… …1 2. 審議 事 項 (1 ) 景観 計画 の見 直し に つい て (諮 問第 1 2号 )… …3: a broken text's contents,
    # its heading split around the first entry, each entry ending in leader dots and its page; closed up one a line, the
    # 開会 heading set around the first label dropped.
    Convention("record-contents-of-a-text-broken-by-blanks", "record",
               "令和 5 年 10 月1 5日 於・ 30 0 2会 議室 (3 0 階) 第12回 北 山市 景観 審議 会 目 1. 開 次 会 …… …… … …1 "
               "2. 諮問 事 項( 都市 計画 課関 係 ) (1 ) 景観 計画 の見 直し に つい て (諮 問第 1 2号 )… …… …1 "
               "(2 ) 屋外 広告 物条 例の 改正 に つい て (諮 問第 1 3号 )… …… …6 3. 閉 会 …… … 12 開 ○北 野会 長 会 "
               "そ れで は、 た だい まか ら 審議 会を 開き ます 。 本日 は 景観 計画 の見 直し に つい て ご審 議を お願 いし ます 。 "
               "資料 につ いて は 事務 局か ら ご説 明を お願 いし ます 。 ○南 田都 市 計画 課長 それ では 、ご 説明 を申 し上 げま す。",
               "諮問:景観計画の見直しについて|諮問:屋外広告物条例の改正について"),
    # 開 ○北 野会 長 会 そ れで は、…: a PDF whose extraction let blanks fall inside every word, a label's too, and the
    # heading 開会 split around the first label; the label closes up into a name and an office.
    Convention("turns-labels-broken-by-blanks-inside-words", "turns",
               "第12回 北 山市 景観 審議 会 議 事録 目 次 1. 開 会 …… …… 1 2. 審 議事 項 …… …… 2 開 ○北 野会 長 会 "
               "そ れで は、 た だい まか ら 審議 会を 開き ます 。 本日 は 景観 計画 の見 直し に つい て ご審 議を お願 いし ます 。 "
               "○北 野会 長 最 初に 、 南田 都市 計画 課長 か らご 説明 をお 願 いい たし ます 。 ○南 田都 市 計画 課長 それ では 、"
               "ご 説明 を申 し上 げま す。 お手 元の 資料 1を ご覧 くだ さい 。\n",
               "北野会長|北野会長|南田都市計画課長"),
    Convention("turns-honoured-name-and-colon-alone-over-one-speech", "turns",
               "【2.第1回検討会のまとめについて】\n事務局より\n資料1について説明。\nアドバイザーからの補足説明。\n南田氏:\n"
               "2つほど、前回の内容に補足をしたいと思います。\n資料1の1ページ目、「国への要望」の部分ですが、固定資産税に関する問題です。\n",
               "南田氏"),
    # 司会(北野) / ただいまより…: who runs the sitting, the surname in brackets, alone on the line over the speech, among
    # 東山委員 labels alone; the bracketed name is part of the label (a post with a name, 企画課長(北野), is still no label).
    Convention("record-turns-runner-with-surname-alone-over-speech", "record-turns",
               "北山市景観審議会 令和5年度第1回 会議録\n\n日時\n\n令和5年5月15日(水曜)午前10時\n\n場所\n\n北山市役所大会議室\n\n"
               "会議録\n\n司会(北野)\n ただいまより、令和5年度第1回北山市景観審議会を開催いたします。\n 北山大学教授の東山委員でございます。\n\n"
               "東山委員\n 東山でございます。よろしくお願いします。\n\n司会(北野)\n 北山商工会議所の西川委員でございます。\n\n"
               "西川委員\n 西川です。どうぞよろしくお願いいたします。\n",
               "司会(北野)|東山委員|司会(北野)|西川委員"),
    # 【出席者氏名】 ⑴ 委員 :次頁… ⑵ 事務局 :都市整備部,北野副参事… ⑶傍聴者 :なし on one line: the roster's numbered groups,
    # each number before its group's word and colon, are no labels over speeches.
    Convention("record-turns-numbered-roster-groups-run-onto-one-line", "record-turns",
               "令和4年度 第3回北山市空き家等対策推進協議会議事録 会議名 第3回北山市空き家等対策推進協議会 日時 令和4年10月31日(月)10:00~11:30 "
               "場所 北山市役所201会議室 【出席者氏名】  ⑴ 委員  :次頁,委員出席簿参照  ⑵ 事務局 :都市整備部,北野副参事(空き家担当), "
               "南田住宅課長,東山住宅課長補佐(空き家施策担当)  ⑶傍聴者  :なし 【次第】  1 開会  2 会長挨拶  3 報告  ⑴ 空き家等対策の進捗状況について"
               "  4 議題  ⑴ 空き家等対策計画の改定について\n",
               ""),
    # 意 見 ・ 質 問 / 回 答 / 定例報告 …: the two columns' headings of a table of questions and answers, one under the other
    # (a PDF's table read a cell a line): 回答 there answers nothing.
    Convention("record-turns-question-and-answer-column-headings", "record-turns",
               "北山地方整備局 入札監視委員会(令和2年度第1回) 審議概要\n開催日及び場所\n令和2年6月15日(水) 北山合同庁舎 4階 会議室\n"
               "委員 委員長 北 野 一 郎\n委 員 南 田 花 子\n委員からの意見・質問、\nそれに対する回答等\n別紙のとおり\n(別 紙)\n"
               "意 見 ・ 質 問\n回 答\n定例報告\n1 入札・契約に関する状況等\n2 対象期間における指名停止の状況について報告を行ったもの。\n",
               ""),
    # ・議案第1号中、…の説明・・・・・・・・西川財政課長 / 議案第1号…について説明したい。: a committee's record titles what is
    # explained, then a leader, then who explains it, over the explanation; the speaker opens a turn even once.
    Convention("record-turns-topic-led-to-its-speaker", "record-turns",
               "北山市議会 総務常任委員会記録\n\n1.日時     令和2年12月20日(水)\n\n2.場所     第1委員会室\n\n"
               "3.出席委員(3名)\n\n         北野一郎委員長、南田花子副委員長、東山清委員\n\n4.議事の経過等 以下のとおり\n\n"
               " 本委員会に付託された議案1件について審査した結果、全会一致をもって原案のとおり可決すべきものと決した。\n\n"
               "△[議案の説明]\n\n・議案第1号中、本委員会所管についての説明・・・・・・・・・西川財政課長\n\n"
               " 議案第1号令和2年度北山市一般会計補正予算(第3号)のうち、当委員会所管分について説明したい。歳入は市税である。\n",
               "西川財政課長"),
    # ○事務局(北野) / 午後2時00分 / 定刻となりましたので、…: the label over the clock the sitting opened at (the header reads
    # the clock as its time), then the first speech. (kind "record-turns": a whole record, the speakers of its turns.)
    Convention("record-turns-label-over-the-opening-clock", "record-turns",
               "平成27年度 第1回北山市子ども・子育て会議\n日時:平成27年11月16日\n開会\n○事務局(北野)\n午後2時00分\n"
               "定刻となりましたので、ただいまから平成27年度第1回北山市子ども・子育て会議を開催いたします。\n"
               "本日は、東山委員と西川委員の御欠席を連絡していただいております。\n○南田福祉部長\n"
               "皆さん、こんにちは。今年度の4月より部長を務めております南田と申します。\n○事務局(北野)\n"
               "それでは、お手元の資料を確認させていただきます。\n",
               "事務局(北野)|南田福祉部長|事務局(北野)"),
    # Round 38, speaker labels a reader missed. (kind "record-turns": a whole record, the speakers of its turns.)
    # 【司会】 / 本日の資料は…。 / 【議長】 / …: a page that lost its field labels (the header's reader runs on to the
    # bracketed roles, which have a field's shape); each alone on its line over sentences opens a turn, the last one too
    # where the opening cuts its speech before a full stop.
    Convention("record-turns-bracketed-labels-below-unlabelled-fields", "record-turns",
               "更新日:2025年8月6日\n令和7年度第1回北山市男女共同参画審議会議事録(要旨)\n令和7年7月2日(水曜日)13時45分から15時15分\n"
               "北山市役所本庁舎6階大会議室\n北野委員、南田委員、東山委員\n西川委員\n北山市民部長、南田係長\n"
               "議題1 北山市男女共同参画プランの概要について\n議題2 その他\n【司会】\n"
               "本日の資料は、事前に送付している。委員4人中3人の出席であり、本会議が成立していることを報告する。\n"
               "【議長】\nこれより、議事に入る。議題1について、事務局より説明をお願いする。\n【事務局】\n"
               "「北山市男女共同参画プラン」の概要について説明。\n【議長】\n「北山市男女共同参画プラン」と\n",
               "司会|議長|事務局|議長"),
    # ■南田委員長 for the members, □北野次長 for the officials: the open twin of the filled mark labels too (not □資料に
    # 基づいて東山課長説明, a note of what was done).
    Convention("record-turns-open-twin-of-the-members-mark", "record-turns",
               "北山市病院事業評価委員会議事概要\n■日時:平成26年11月5日(水) 17:30~18:32\n■出席者:南田委員長,東山委員\n"
               "■事務局:北野次長,東山経理課長\n\n1.開会\n\n□北野次長\n本日はお忙しい中お集まりいただき誠にありがとうございます。\n\n"
               "2,議事\n\n■南田委員長\nこんばんは。まず、改革プランの実施状況について、事務局の方から説明をお願いいたします。\n\n"
               "□資料に基づいて東山課長説明\n\n■南田委員長\nありがとうございました。何かご質問等ございますか。\n",
               "北野次長|南田委員長|南田委員長"),
    # 6 発言の要旨 / 北野課長 / 北野課長 / 南田委員長 / … / 会議成立を報告した。 / …挨拶を求めた。 / あいさつ。: a 発言者 / 発言の
    # 要旨 table whose speaker column the PDF's text gave whole before the statements; the rows pair in order (a
    # statement ends at its full stop), and a label past the last statement, where the text is cut, still opens a turn.
    Convention("record-turns-speaker-column-before-the-statements", "record-turns",
               "第2回北山市消防委員会会議録\n開催日時\n平成23年2月15日(火曜日)10時00分から11時00分\n6\n発言の要旨\n"
               "北野課長\n北野課長\n南田委員長\n東山係長\n西川委員\n北野課長\n"
               "委員会条例第5条による会議成立を報告、傍聴の申し出がなかったことを報告した。\n"
               "委員長が議長を務める事を伝え、南田委員長に挨拶を求めた。\nあいさつ。\n"
               "平成23年度予算(案)の概要について説明した。\n救急に要する経費について質問した。\n",
               "北野課長|北野課長|南田委員長|東山係長|西川委員|北野課長"),
    # 発言者 / 発 / 事務局 / 1.開会 / 会長 / 2.開会あいさつ / 事務局 / 言内 / 容 / …報告: a 発言者 / 発言内容 table read one cell a
    # line, its header broken; a role alone on its line under it is a speaker's cell, whatever stands beside it.
    Convention("record-turns-speaker-cells-under-a-broken-table-header", "record-turns",
               "平成26年度 第4回北山町地域公共交通会議 会議録\n1 会議の名称\n北山町地域公共交通会議\n2 開催日時\n"
               "平成 27 年 3 月 2 日(月) 午後 1 時 30 分~2 時 50 分\n発言者\n発\n事務局\n1.開会\n会長\n2.開会あいさつ\n事務局\n"
               "言内 会議録\n容\n委員の過半数出席の報告、会議は公開とする報告\n3.協議事項\n事務局\n"
               "北山町地域公共交通計画(案)について、事務局が説明\n【質疑応答、意見交換】\n事務局\n"
               "事務局の方から委員の皆様に協議していただきたい事項があります。\n",
               "事務局|会長|事務局|事務局|事務局"),
    # 発言者 / ○事務局 / 発言内容 / ただ今から…: the first speaker's cell read before the header of the contents column.
    Convention("record-turns-first-cell-above-the-contents-header", "record-turns",
               "北山市選挙管理委員会会議録\n日時 平成28年3月2日 午前10時\n議題\n1 選挙人名簿定時登録について\n発言者\n○事務局\n"
               "発言内容\nただ今から第15回選挙管理委員会を開催します。委員長からあいさつをお願いします。\n○委員長\n(あいさつ)\n"
               "○事務局\nそれでは、委員長に議事の進行をお願いします。\n",
               "事務局|委員長|事務局"),
    # …開会させていただきます。 ◇南田委員長 皆さん、こんにちは。…: a form flattened onto one line, the labels marked
    # with the open diamond (elsewhere a topic's mark) before a blank and the speech.
    Convention("record-turns-diamond-labels-in-a-flattened-form", "record-turns",
               "平成 26 年度 北山市消防委員会 開催年月日 平成 27 年2月6日(金) 午前 10 時 00 分から午前 11 時 10 分まで 開催場所 "
               "北山市役所 401 会議室 出席委員 南田健委員長 東山正委員 西川清委員 事務局の職氏名 消防防災課長 北野一郎 "
               "会議次第 1 開会 2 委員長あいさつ ◇事務局(北野) 皆様こんにちは。定刻となりましたので、只今から北山市消防委員会を "
               "開会させていただきます。 ◇南田委員長 皆さん、こんにちは。本日はお忙しいなか、ご出席いただき、ありがとうございます。\n",
               "事務局(北野)|南田委員長"),
    # …議事の状況は,次のとおりである。 議会開会時間:9時58分 議長 「それでは…。: the speech in quotation marks after the role.
    Convention("record-turns-role-then-quoted-speech", "record-turns",
               "平成27年 6 月 臨時会議事録 北山地区消防組合 平成27年6月3日北山地区消防組合議会臨時会を開会した。 1 出席議員は,"
               "次のとおりである。 1番 北野 一郎 2番 南田 健 日程 第1 会期の決定について 第2 議長の選挙 議事の状況は,次のとおりである。 "
               "議会開会時間:9時58分 議長 「それでは本日は何かと御多忙のところ,御出席を賜り 厚くお礼申し上げます。 まず,御報告申し上げます。\n",
               "議長"),
    # 【2.会長のあいさつ】 / 〔会 / 長〕 / 今回の…。: a bracketed role broken over two lines by its cell, alone over the
    # speech; once is enough for 〔…〕 over a sentence.
    Convention("record-turns-tortoise-label-broken-over-two-lines", "record-turns",
               "北山市総合計画審議会 会議録\n日時 平成23年3月22日(火)午後1時30分から\n1.開会\n2.会長のあいさつ\n3.審議事項\n"
               "(1)総合計画基本計画(原案)について\n会議録\n【1.開会】\n【2.会長のあいさつ】\n〔会\n長〕\n"
               "今回の地震においては、皆様も早く駆け付けて何かしたいと思っておられることと思います。\n",
               "会長"),
    # …傍聴者 : 1名 - 1 - 1 開会 (司 会) ただいまより…。: a bracketed office of the council's own (letter-spaced or not)
    # before a blank and a sentence, in a record flattened onto one line, speaks even once.
    Convention("record-turns-bracketed-office-in-a-flattened-record", "record-turns",
               "平成27年度第2回北山市立図書館協議会 会議録 日時 : 平成28年3月18日(金) 午後2時 場所 : 北山市立中央図書館 "
               "出席委員 : 北野委員,南田委員,東山委員 傍聴者 : 1名 - 1 - 1 開会 (司 会) ただいまより,平成27年度第2回北山市立図書館協議会を"
               "始めさせていただきます。 本日は西川委員から,都合により欠席という連絡をいただいております。\n",
               "司会"),
    # (北山市都市計画審議会委員) 北野 一郎、南田 健 … (事務局) それでは、議事に入ります前に、…: the roster's bracketed group
    # has a label's shape but says nothing; the bracketed office over a sentence, in the text run together below it, speaks.
    Convention("record-turns-bracketed-office-below-a-bracketed-roster-group", "record-turns",
               "審議会等の会議結果報告 1.会議名 平成 26 年度 第1回 北山市都市計画審議会\n"
               "2.開催日時 平成 26 年 6 月 13 日(金) 午後 2 時 00 分から午後 3 時 30 分\n3.開催場所 北山市議会 第 3 委員会室\n"
               "(北山市都市計画審議会委員) 北野 一郎、南田 健、東山 正、西川 清\n6.傍聴者数 1名\n"
               "日時:平成 26 年 6 月 13 日(金)午後 2 時 00 分~\n場所:北山市議会 第 3 委員会室 (事務局) それでは、議事に入ります前に、"
               "本審議会は、会議の公開に関する指針に基づき、情報公開をしてまいりたいと思います。\n",
               "事務局"),
    # …活発な意見交換をお願いいたします。 事務局 続いて委員長のご挨拶の前に、…: in a record run together onto one line, an
    # office of the council's own between a sentence's end and the next sentence, set off by blanks, speaks.
    Convention("record-turns-office-between-sentences-in-a-flattened-record", "record-turns",
               "第1回北山市障害福祉計画等策定委員会 議事録要旨 日時:令和5年6月16日(金)午後3時~5時 場所:北山市役所 "
               "出席委員:北野委員長、南田委員、東山委員 皆様には活発な意見交換をお願いいたします。 事務局 続いて委員長のご挨拶の前に、"
               "北野委員長のプロフィールを紹介します。\n",
               "事務局"),
    # 【南田専門監】 / • 計画(案)の内容については、前回… (the extract's end): the bullet a web page draws before a speech
    # the opening cut is no heading's mark.
    Convention("record-turns-bulleted-speech-cut-under-the-last-label", "record-turns",
               "北山市環境審議会 会議録\n1.日時 平成22年10月29日(金)午後2時から\n2.場所 北山市役所\n4.次第\n(1)議事\n"
               "①北山市環境基本計画案について\n5.議事要旨\n【北野会長】\n• 議事に従い、議題の北山市環境基本計画(案)について事務局より説明お願いします。\n"
               "【南田専門監】\n• 北山市環境基本計画(案)の内容については、前回審議会から今回の審議会の間に資料を送付し意見\n",
               "北野会長|南田専門監"),
    # 司会 / 第12回北山市行政区画審議会を開会いたします。: the sitting opened by its ordinal, a sentence said.
    Convention("record-turns-label-over-the-sittings-ordinal-opening", "record-turns",
               "第12回北山市行政区画審議会会議録\n最終更新日:2012年6月1日\n平成18年1月20日\n司会\n"
               "第12回北山市行政区画審議会を開会いたします。\n本日は南田委員が所用によりご欠席でございます。\n北野会長\n"
               "新年あけましておめでとうございます。本日もよろしくお願いいたします。\n",
               "司会|北野会長"),
    # 【質疑・意見等】 北山海上保安部:…ではないのですか。 事務局:…: a colon label asking a question the council's office
    # answers next, in a record run together onto one line, speaks even once.
    Convention("record-turns-colon-label-answered-by-the-office", "record-turns",
               "平成26年度北山市防災会議 会議録 日時 平成27年2月20日 場所 北山市役所 ・議題 (1) 防災対策事業の取組状況等について "
               "事務局から津波避難困難地域の概況について説明を行った。 【質疑・意見等】 北山海上保安部:津波避難困難地域が5ヶ所という"
               "ことで説明があったが、資料を見る限り6ヶ所ではないのですか。 事務局:川の左岸をまとめて1ヶ所として数えているため、5ヶ所と"
               "しております。\n",
               "北山海上保安部|事務局"),
    # 事務局 / 第2回審議会の議事要旨については、…いかがか。 (a sentence opening with the sitting's ordinal); 教育長 / 議案第1号
    # についてお願いします。 (a short request closed by a polite predicate): said, not a heading.
    Convention("record-turns-speech-opening-with-an-ordinal-or-a-bill", "record-turns",
               "第3回北山市立病院評価委員会議事要旨\n日時:平成22年12月1日(水)午後2時00分から\n出席:南田委員、東山委員\n"
               "1 確認事項\n(1) 第2回評価委員会議事要旨(案)について\n事務局\n"
               "第2回評価委員会の議事要旨については、了承いただければホームページ等で公開するがいかがか。\n委員\n異議なし。\n"
               "教育長\n議案第1号についてお願いします。\n事務局\n公開させていただく。\n",
               "事務局|委員|教育長|事務局"),
    # 席番 22 番 / 北野主任主査 / 大野 委員会日程名 / … / 議案第12号 / …について / 議案第13号 / …: a form's officials one cell a
    # line, the business the sitting took up below them with no full stop: no speech.
    Convention("record-turns-business-list-under-an-officials-cell", "record-turns",
               "平成28年第2回定例総会議事録.\n北山市農業委員会\n召 集 年 月 日\n平成28年2月25日\n席番 22 番\n"
               "南田主任主査\n北野主任主査\n大野 委員会日程名\n別紙のとおり\n2\n会議に付した\n事件 議案第11号\n議席の決定について\n"
               "議案第12号\n農地法第3条の規定による許可申請について\n議案第13号\n買受適格証明願の承認について\n議案第14号\n非農地証明願の承認\n",
               ""),
    # …について (司会) 皆様、… (北野都市計画課長) 都市計画課長の北野でございます。: a page run onto one line, the one who runs the
    # meeting bracketed as the officials are; the host opens the turns, not the agenda's last entry.
    Convention("record-turns-bracketed-host-in-a-one-line-page", "record-turns",
               "第12回北山市都市計画審議会 議事録 平成27年 2月17日(火) 日 時:平成27年 2月17日(火) 午後1時30分"
               "から 場 所:北山市役所 8階中会議室 出席者:会長 北野 一郎 委員 南田 健 委員 東山 清 委員 西川 明 以上4"
               "名出席 案 件:議 事 議案第1号 北山都市計画道路の変更について (司会) 皆様、お疲れ様でございます。ご案内しており"
               "ましたお時間となりましたので、ただいまから、第12回北山市都市計画審議会を開会いたします。 開会に先だちまして、北山市都"
               "市計画課長の北野よりごあいさつ申し上げます。 (北野都市計画課長) 都市計画課長の北野でございます。 本日はお忙しい中、"
               "ご出席いただきまして誠にありがとうございます。 昨年9月に改選いたしましてから、本日が最初の審議会でございます。\n",
               "司会|北野都市計画課長"),
    # 発言者 / 発 言 内 容 等 / 幹事長 / それでは、… / 会 長 / …: a conference of heads (a 首長会, a 協議会) run by its 幹事長, whose
    # cell in the speaker column is a label as the 会長's is.
    Convention("record-turns-conference-secretary-in-a-speaker-column", "record-turns",
               "北山地域ごみ処理広域化会議\n\n平成29年3月29日(水)\n\n午後2時00分〜午後2時40分\n\n北山市役所 第2委員会室\n"
               "\n発言者\n\n発   言   内   容   等\n\n幹事長\n\nそれでは、定刻となりましたので、ただ今から北山地域ごみ処理広"
               "域化会議を開催させていただきます。\n\n始めに、会長であります、北野北山市長よりご挨拶を申し上げます。\n\n会 長\n\n皆さん"
               "、こんにちは。\n\n本日は、年度末という大変ご多忙の中、ご参集を賜りまして、誠にありがとうございます。\n\n",
               "幹事長|会長"),
    # 生涯学習部青少年課長 大野 春美 among the staff, then 青少年課長 本日は…: an unmarked label once, before a blank and the speech,
    # where the roster lists the post under its department (the label drops the department).
    Convention("record-turns-section-post-the-roster-prints-under-its-department", "record-turns",
               "会議録 北山市青少年センター運営審議会\n\n会 議 名 平成28年度 第1回北山市青少年センター運営審議会\n\n日 時\n\n平"
               "成28年10月13日(木) 午前10時45分から12時まで 場 所 北山市青少年センター 2階会議室\n\n出席委員氏名\n\n"
               "会長 北野 一郎、\n\n委員 南田 健、東山 清、西川 明\n\n事 務 局\n\n教育長 森本 正則\n\n生涯学習部長 川上 敬悟"
               "\n\n生涯学習部青少年課長 大野 春美 青少年センター所長 小林 保勝\n\n傍 聴 者 1名\n\n議 事\n\n青少年課長 本日は"
               "お忙しい中、御出席をいただきまして、誠にありがとうございます。司会を務めさせていただきます青少年課長の大野でございます。"
               "\n\n会議を始める前に、お手数でございますが、お配りした資料について確認をさせていただきます。\n\n",
               "青少年課長"),
    # 平成28年11月24日(木) / 北山地方整備局 / 記者発表資料: a letter's or a press release's sender under its date is no speaker,
    # though the page's title names the same office.
    Convention("record-turns-sender-under-a-press-release-date", "record-turns",
               "本文資料 - 北山地方整備局\n\n平成28年11月24日(木)\n北山地方整備局\n記者発表資料\n平成28年度第7回 北山地方"
               "整備局事業評価監視委員会の開催結果について\n北山地方整備局では、平成28年11月22日に、公共事業の効率性及びその実施過"
               "程の透明性の一層の向上を図るため、事業評価監視委員会を開催しましたので、審議結果をお知らせします。\n議事概要は、別紙1の"
               "とおりです。\n\n",
               ""),
    # @ 北山川下流 / … / A 全般に係る意見: a list's letters (circled numbers a Shift-JIS page lost) before headings, never before
    # a sentence, are no unmarked labels.
    Convention("record-turns-list-letters-over-headings", "record-turns",
               "平成15年度第4回\n北山地方整備局事業評価監視委員会 議事概要\n\n1.日時 平成16年2月9日(月) 13時30分〜15"
               "時30分\n2.場所 北山ホテル4F「大和の間」\n3.審議\n(1) 砂防事業の事後評価の審議\n4.審議結果\n(1) 砂防事"
               "業の事後評価の審議\n    以下の1事業について審議した結果、対応方針(案)は妥当である。\n@ 北山川下流\n○対応方針("
               "案)\n  • 今後の事後評価の実施は、必要なし\nA 全般に係る意見\n  • 費用対効果の評価手法について、より適切な表現"
               "ができるよう今後、工夫をかさねられたい。\n(2) 道路事業の事後評価の審議\n@ 一般国道17号 北山バイパス\n○対応方針"
               "(案)\n  • 改善措置の実施は、必要なし\nA 全般に係る意見\n  • 地域内の交流人口が増えるという良い効果を発揮して"
               "いることについて記述されたい。\n\n",
               ""),
    # … ◎傍聴者 なし 北野部長:本日は、…: in a record run onto one line, an official's surname and post closed by a colon
    # before a sentence opens a turn; the field before it keeps its value.
    Convention("record-turns-post-colon-label-in-a-one-line-record", "record-turns",
               "平成 30 年度 第 2 回 北山まちづくり協議会 会議録要旨 ◎日 時 平成 30 年 7 月 11 日(水)午後 6"
               " 時 30 分~午後 7 時 20 分 ◎場 所 北山市役所 3 階庁議室 ◎出席者 協議会:南田委員、東山委員、西川委"
               "員(3 名全員出席) 事務局:北野企画財政部長、森本地域振興課長 ◎傍聴者 なし 北野部長:本日は、何かとご多用の中ご出"
               "席をいただきまして、ありがとうございます。本日の進行を務めさせていただきます企画財政部の北野でございます。\n",
               "北野部長"),
    # … 発言者 会議の経過(議題・発言内容等) 事務局(秘書 企画課長) 1 開会 定刻の…: a 発言者 / 発言内容 table run onto one line, the
    # first speaker's cell (wrapped inside its bracket) after the header and the speech after it.
    Convention("record-turns-speaker-table-run-onto-one-line", "record-turns",
               "1 会議録 会議の名称 第1回北山市総合計画審議会 開催日時 平成29年8月25日(金) 開会:14時30分 閉会:15"
               "時55分 開催場所 北山市役所3階第4会議室 出席者:北野一郎(会長)、南田健(職務代理者)、東山清、西川明 欠席者:な"
               "し 事務局:市長、副市長、総務部長、秘書企画課職員3名 傍聴人:1名 会議内容 1開会 2市長あいさつ 3委員紹介 4そ"
               "の他 5閉会 会議資料 次第 委員名簿 発言者 会議の経過(議題・発言内容等) 事務局(秘書 企画課長) 1 開会 定刻"
               "の時間となりましたので、ただ今より第1回北山市総合計画審議会を開催させていただきます。 本日、司会を務めさせていただきま"
               "す秘書企画課長の森本です。\n",
               "事務局(秘書企画課長)"),
    # … 発言者 (事務局) 川上課長 (事務局) 発言内容 (…の紹介) (…の紹介) (…説明): the same table's speaker cells of a few rows
    # printed before the contents column's header, the contents after it; the rows pair in order.
    Convention("record-turns-speaker-cells-before-the-contents-header-on-one-line", "record-turns",
               "北山市生涯学習推進協議会会議録 1 日時 平成21年7月15日 午後2時 2 場所 北山市役所 3 出席委員 北野一郎、"
               "南田健、東山清 4 出席者 (事務局)森本教育長、川上生涯学習課長 5 公開 北山市生涯学習推進協議会会議録 発言者 ("
               "事務局) 川上課長 (事務局) 発言内容 (生涯学習推進協議会委員の紹介) (教育部職員の紹介) (会議の公開、会議録署"
               "名人について説明)\n",
               "事務局|川上課長|事務局"),
    # … 発 言 者 事務局(中) 議事の概要及び発言の要旨 ただいまから…。 <委嘱状交付> 事務局(中) それでは、…。 森本市長 本日は…: the
    # same table with the first cell between the two headers; the later rows' cells run on after the statements before them
    # (a cell already read, or an official the header lists).
    Convention("record-turns-speaker-cell-between-the-headers-on-one-line", "record-turns",
               "会 議 録 名 平成 26 年度 第1回北山市市庁舎等整備審議会 開 催 日 時 平成 27 年1月 26 日(月) 午"
               "後 1 時 00 分~午後 4 時 45 分 開 催 場 所 北山市役所 3階 出 席 委 員 北野 一郎、南田 健、東"
               "山 清 欠 席 委 員 なし 事 務 局 森本市長、川上総務部長、中川公共施設管理課長 議 題 (1)市庁舎等整備基本構"
               "想について 発 言 者 事務局(中) 議事の概要及び発言の要旨 ただいまから、第1回北山市市庁舎等整備審議会を開会させて"
               "いただきます。本日はお忙しい中、ご出席を賜り、誠にありがとうございます。 <委嘱状交付> 事務局(中) それでは、審議会"
               "の開会にあたりまして、森本市長よりごあいさつ申し上げます。 森本市長 本日は当審議会にご出席いただきありがとうございまし"
               "た。 市庁舎の整備事業は、北山市の最大のプロジェクトです。\n",
               "事務局(中)|事務局(中)|森本市長"),
    # 北 野 会 長: / 事 務 局: / 森本管理者: / 事 務 局: / ただ今から…。 / …: a speaker column given whole before the statements,
    # its cells keeping the colon of the house's labels.
    Convention("record-turns-colon-cells-before-the-statements", "record-turns",
               "令和3年度第1回北山市上下水道事業経営審議会 会議録\n開催日時 令和3年10月13日(水) 午前10時から正午まで\n開催"
               "場所 北山市役所 3階会議室\n出 席 者 北野会長、南田副会長、東山委員、西川委員\n傍聴者の数 2人\n2 1 開会\n北 "
               "野 会 長:\n事 務 局:\n森本管理者:\n事 務 局:\nただ今から、令和3年度第1回北山市上下水道事業経営審議会を開催い"
               "たします。まず、事務局から連絡・報告事項をお願いします。\n委員の皆様には、大変お忙しい中、ご出席をいただきまして、誠にあ"
               "りがとうございます。\n本日はお集まりいただきありがとうございます。よろしくお願いいたします。\nそれでは、資料の確認をさせ"
               "ていただきます。\n\n",
               "北野会長|事務局|森本管理者|事務局"),
    # 1.開 2.会長あいさつ 3.諸般の報告 4.議事 / 協議第3号 …について / 7.閉: a teaser of the 次第 whose spaced steps (開 会, 閉 会)
    # were cut at the blank; a step of one letter names no case.
    Convention("record-steps-cut-to-one-letter", "record",
               "第4回北山地区合併協議会会議次第\n日時 平成15年7月10日(木)午後1時30分から\n1.開\n2.会長あいさつ\n3.諸般の報告\n4.議事\n"
               "協議第3号 合併協定項目について\n5.その他\n6.閉\n",
               "その他:合併協定項目について"),
    # 5.地方自治法第105条の規定による出席者 / 議 長 森 本 進 / 6.理事者 / 別紙のとおり / 7.新 聞 / 北山新聞 …: an assembly
    # committee's numbered header goes on past the roster with who else sat in (the 議長, the executive, the press); the
    # fields are no business of the sitting.
    Convention("record-committee-fields-after-the-roster", "record",
               "北山市議会 北山病院経営調査特別委員会\n1.日 時 令和4年4月13日(水)\n2.場 所\n第1委員会室\n3.出席者\n"
               "委員長 北 野 一 郎 副委員長 南 田 健\n4.欠席者\nな し\n5.地方自治法第105条の規定による出席者\n議 長 森 本 進\n"
               "6.理事者\n別紙のとおり\n7.新 聞\n北山新聞 北山民報\n8.傍聴者\nな し\n"
               "○北野委員長 ただいまから北山病院経営調査特別委員会を開会いたします。\n",
               ""),
    # 4 概要(敬称略) / 事務局から資料について説明した後、…: the record's section, with a note on how names are written, over a
    # summary that names no case.
    Convention("record-summary-section-noted-no-case", "record",
               "令和5年度第2回北山県職員の給与に関する有識者会議の概要\n1 日時  令和5年8月7日(水)午前10時から11時55分まで\n"
               "2 場所    北山県庁第3会議室\n3 出席者\n(1)委員(五十音順。敬称略)\n座長 北野 一郎 北山大学教授\n"
               "委員 南田 健 司法書士\n(2)事務局\n東山 清 人事企画課長\n4 概要(敬称略)\n"
               "事務局から資料について説明した後、各委員から意見聞取及び質疑応答を行った。\n"
               "委員    議論の前に質問等はありませんか。\n事務局   資料のとおりです。\n",
               ""),
    # 3 議件 第1号議案 … 第2号議案 … 4 閉 会 配付資料 会議次第: a form's 次第 flattened onto one line, the group word run
    # into its first bill, the last step into the form's next field (the papers).
    Convention("record-flattened-form-bills-under-their-group-word", "record",
               "令和6年度 北山市消防委員会 開催年月日 令和7年2月6日(木) 午前 10 時 00 分から午前 11 時 10 分まで 開催場所 "
               "北山市役所 401 会議室 出席委員 北野一郎委員長 南田健副委員長 東山清委員 会議次第 1 開 会 2 委員長あいさつ "
               "3 議件 第1号議案 令和6年度消防団事業実施状況について 第2号議案 令和7年度消防団事業計画(案)について 4 閉 会 "
               "配付資料 会議次第 ◇事務局(西川) 皆様こんにちは。定刻となりましたので、只今から開会させていただきます。 "
               "◇北野委員長 皆さん、こんにちは。本日はよろしくお願いいたします。\n",
               "その他:令和6年度消防団事業実施状況について|その他:令和7年度消防団事業計画(案)について"),
    # 4.議事(公開審議) / 第1号議案 / …の改正について / 事務局から…説明が行われ、…承認された。: a summary's case number
    # alone on its line without brackets, its whole title on the next, the account of it below.
    Convention("record-bill-number-alone-over-its-title", "record",
               "第52回北山市開発審査会議事要旨\n1.開催日時場所\n令和6年5月14日(火曜日)午後1時30分開会\n会場:北山市役所第3会議室\n"
               "2.出席委員\n北野一郎委員(会長)、南田健委員、東山清委員\n3.傍聴者等\n2名\n4.議事(公開審議)\n第1号議案\n"
               "北山市開発審査会付議基準の見直しについて\n事務局から案件の概要説明が行われ、以下の質疑応答の後、原案のとおり承認された。\n"
               "(質疑応答)\n委員\n見直しの時期はいつですか。\n事務局\n来年度の初めを予定しています。\n",
               "その他:北山市開発審査会付議基準の見直しについて"),
    # 3.審議事項 / 第 5 号議案 …について 第 6 号議案 …について … / (2) / 第 8 号議案 …: a PDF's list of bills, one a line
    # on the page, flattened onto one line with spaced digits, the list going on over the page; each bill number after a
    # title's end opens an entry.
    Convention("record-bills-flattened-onto-one-line", "record",
               "全文\n\n(1)\n\n北山市農業委員会第2回定例総会議事録\n\n1.開会日時・場所\n\n日時   令和6年2月26日(月) 午後 2 時 00 分 "
               "場所   北山市役所 第 2 会議室 2.委員の出席状況\n\n出席委員 名 議席番号・氏名 次のとおり\n\n1 番 北野 一郎 2 番 南田 健 "
               "3 番 東山 清\n\n3.議事録署名 2\n\n南田 健 4.議事説明員・職・氏名\n\n事務局長 西川 三郎 係長 北村 寿夫 5.審議事項\n\n"
               "第 5 号議案 農地の転用届出の受理について 第 6 号議案 農用地の貸借の承認について 第 7 号議案 耕作証明の交付申請について\n\n"
               "(2)\n\n第 8 号議案 農用地利用集積計画の決定について\n",
               "その他:農地の転用届出の受理について|その他:農用地の貸借の承認について|その他:耕作証明の交付申請について|"
               "その他:農用地利用集積計画の決定について"),
    # 議題 / 〔報告事項〕 / 1 … / 2 … / 〔協議事項〕 / 1 …について / 会議録 / 1 開会: a group word in brackets over entries numbered
    # afresh, the last entry over the record's own section word alone; the list goes on past the bracketed word and
    # ends at its last entry.
    Convention("record-bracketed-group-word-numbers-afresh", "record",
               "議事概要(令和6年度第1回北山市地域教育連携協議会)\nとき\n令和6年8月9日(金)午前10時から午前11時30分まで\nところ\n"
               "北山市役所 7階 教育委員会室\n出席者\n委員 15名\n| 氏名 | 所属・職名 |\n|---|---|\n| 北野 一郎 | 北山大学教授 |\n"
               "| 南田 健 | 福祉部児童家庭課長 |\n| 東山 清 | 北山市立北小学校長 |\n| 西川 花子 | 北山市PTA連絡協議会副会長 |\n"
               "| 北村 寿夫 | 教育センター相談部長 |\n"
               "| 北原 一郎 | 北山市第一地区委員 |\n| 北原 二郎 | 北山市第二地区委員 |\n| 北原 三郎 | 北山市第三地区委員 |\n| 北原 四郎 | 北山市第四地区委員 |\n| 北原 五郎 | 北山市第五地区委員 |\n| 北原 六郎 | 北山市第六地区委員 |\n| 北原 七郎 | 北山市第七地区委員 |\n| 北原 八郎 | 北山市第八地区委員 |\n| 北原 九郎 | 北山市第九地区委員 |\n| 北原 十郎 | 北山市第十地区委員 |\n"
               "審議の概要\n議題\n〔報告事項〕\n1 令和6年度北山市地域教育連携協議会について\n2 令和5年度の取組の経緯等について\n"
               "〔協議事項〕\n1 令和6年度第1回地区連携協議会での課題等について\n会議録\n1 開会\n2 教育長あいさつ\n",
               "報告:令和6年度北山市地域教育連携協議会について|報告:令和5年度の取組の経緯等について|"
               "その他:令和6年度第1回地区連携協議会での課題等について"),
    # 4.議題 / (1)…について / … / 5.質疑、意見等の概要 / (1)…について / 認定の手続について / - 委員: …: the section of the
    # questions is the record's, no case; under the case's title again, the subject of the questions is a topic of
    # its own, no second line of the title.
    Convention("record-questions-section-and-their-subject", "record",
               "令和5年度北山市薬事審議会議事概要について\n1.日時\n令和6年3月22日(金曜日)午後2時から3時まで\n2.会場\n"
               "北山市役所51号室\n3.出席者\n- (1)委員\n12名中9名出席\n- (2)事務局\n薬務課3名\n4.議題\n"
               "(1)北山市薬局認定制度への対応について\n事務局より認定制度における審議会の位置づけについて説明があり、了承された。\n"
               "5.質疑、意見等の概要\n(1)北山市薬局認定制度への対応について\n認定の手続について\n- 委員:\n"
               "初年度の申請は何件程度か。\n- 事務局:\n数件程度と見込んでいる。\n",
               "その他:北山市薬局認定制度への対応について"),
    # ②…に基づく、…の公表について / 令和5年4月1日から令和6年3月31日までの請求数 12件: an entry's whole title, then the
    # figures reported under it, opening with their period; the period is no part of the title.
    Convention("record-entry-title-over-its-dated-figures", "record",
               "北山町 選挙管理委員会 会議録\n\n開催日 令和6年6月3日(月)午前9時30分〜午前10時30分\n場  所 北山町役場 4階 401会議室\n"
               "出席者\n(委 員)北野委員長、南田委員長職務代理、東山委員\n(事務局)西川書記長\n\n【会議の内容】\n"
               "①選挙人名簿の定時登録が行われ、登録者数が決定されました。\n\n"
               "②北山町選挙管理委員会規程第5条の規定に基づく、選挙人名簿抄本の閲覧状況の公表について\n"
               " 令和5年4月1日から令和6年3月31日までの請求数 8件\n",
               "その他:北山町選挙管理委員会規程第5条の規定に基づく、選挙人名簿抄本の閲覧状況の公表について"),
    # 第1回新北山市斎場建設検討委員会 … 場所:北山市役所 …: 新 before the city's name is the new building's (新斎場), not
    # the city's; the city is the one the page names without it.
    Convention("record-fact-new-before-the-city-is-the-buildings", "record-fact",
               "第1回新北山市斎場建設検討委員会\n\n日時:令和6年2月6日(火曜日)10時〜12時\n場所:北山市役所東館4階会議室\n"
               "出席者:14名(総委員数16名)\n議事内容\n ・委員長及び副委員長の互選\n ・新斎場にかかる経過の説明\n\n【議事内容】\n\n"
               "新斎場にかかる経過の説明\n\n 北山市の5箇所の斎場の中で、3箇所の斎場が建設から30年を経過しており、新たな斎場が必要であることを"
               "説明しました。\n",
               "municipality=北山市"),
    # 6.提出議案の上程、提案説明 / (1) 議案第59号 … / 7.提出議案に対する質疑 / 8.委員会付託, and • 議案第1号 … / 理事者説明 /
    # 質疑、討論、採決: an assembly's 議事日程 lists what is done with its bills (上程, 説明, 質疑, 討論, 採決, 付託) as steps
    # of their own or under each bill; 継続審査に対する委員長報告 / (1) …委員長 北 野 一 郎 議員 is a committee's report on
    # business it held over, by the member named. None of them is a case.
    Convention("record-assembly-steps-done-with-the-bills", "record",
               "令和6年第3回北山市議会臨時会\n               議 事 日 程 (第1日)\n                                 令和6年7月26日\n"
               "1.開  会\n2.開  議\n3.継続審査に対する委員長報告\n (1) 議会運営委員会委員長  北 野 一 郎 議員\n"
               "4.会議録署名議員の指名\n5.会期の決定\n6.提出議案の上程、提案説明\n"
               " (1) 議案第59号 北山市職員の給与に関する条例の一部を改正する条例\n (2) 議案第60号 令和6年度北山市一般会計補正予算(第2号)\n"
               "7.提出議案に対する質疑\n (1) 議案第59号〜議案第60号\n8.委員会付託\n9.散  会\n\n午前10時1分開会\n◇出席議員 2名\n"
               "  1番 南 田   健議員   2番 東 山   清議員\n",
               "その他:北山市職員の給与に関する条例の一部を改正する条例|その他:令和6年度北山市一般会計補正予算(第2号)"),
    Convention("record-bulleted-schedule-steps-under-each-bill", "record",
               "北山県後期高齢者医療広域連合議会 令和6年2月定例会 会議録\n令和6年2月20日\n出席議員(2名)\n1番 北野一郎\n2番 南田健\n"
               "議事日程\n\n  • 会期の決定\n  • 会議録署名議員の指名\n  • 議案第1号 令和6年度北山県後期高齢者医療広域連合一般会計予算\n"
               "     理事者説明\n     質疑、討論、採決\n  • 議案第2号 令和5年度北山県後期高齢者医療広域連合一般会計補正予算(第2号)\n"
               "    議案第3号 令和5年度北山県後期高齢者医療広域連合特別会計補正予算(第2号)\n     以上2件一括上程\n     理事者説明\n"
               "     質疑、討論、採決\n",
               "その他:令和6年度北山県後期高齢者医療広域連合一般会計予算|その他:令和5年度北山県後期高齢者医療広域連合一般会計補正予算(第2号)|"
               "その他:令和5年度北山県後期高齢者医療広域連合特別会計補正予算(第2号)"),
    # 日程第 / 3 / 議案第1号 / 令和5年度…補正予算(第 / 2号): an assembly's 議事日程 read from a PDF's table one cell a line, the
    # word, the number and the bill each in a cell of its own and a long title wrapped; the numbered steps above it (1 /
    # 開会あいさつ) are cells of the same table.
    Convention("record-schedule-read-one-cell-a-line", "record",
               "令和6年第1回 北山消防組合議会定例会会議録\n令和6年3月\n令和6年第1回北山消防組合議会定例会議事日程\n"
               "令和6年3月27日(水)午後3時開議\n1\n開会あいさつ(議長・管理者)\n2\n開会宣告\n3\n開議宣告\n日程第\n1\n"
               "会議録署名議員の指名(1番\n北野\n一郎議員、2番\n南田\n健議員)\n日程第\n2\n会期の決定(令和6年3月27日(水)の1日)\n"
               "日程第\n3\n議案第1号\n令和5年度北山消防組合一般会計補正予算(第\n2号)\n日程第\n4\n議案第2号\n"
               "北山消防組合個人情報保護条例の一部を改正する\n条例制定について\n日程第\n5\n議案第3号\n令和6年度北山消防組合一般会計予算\n"
               "4\n閉会宣告\n-1-\n会議に出席した議員\n1番\n北\n野\n一\n郎\n",
               "その他:令和5年度北山消防組合一般会計補正予算(第2号)|その他:北山消防組合個人情報保護条例の一部を改正する条例制定について|"
               "その他:令和6年度北山消防組合一般会計予算"),
    # 会議に付した / 事 / 件 / 議案第 11 号 / 議席の決定について / 議案第 12 号 / …: a form's list of the business read one
    # table cell a line, each bill's number over its title (the steps of the sitting among them left out); the text's
    # last line, a title without the について every other title ends in, was cut there.
    Convention("record-bill-number-cell-over-its-title", "record",
               "令和6年第2回定例総会議事録\n北山市農業委員会\n召 集 年 月 日\n令和6年2月25日\n1\n北\n野\n一 郎\n○\n2\n南\n田\n健\n○\n委員会日程名\n別紙のとおり\n2\n会議に付した\n"
               "事\n件\n議案第 11 号\n議席の決定について\n議案第 12 号\n農地法第 3 条の規定による許可申請について\n議案第 13 号\n買受適格証明願の承認について\n議案第 14 号\n"
               "農地法第 5 条の規定による許可申請について\n議案第 15 号\n非農地証明願の承認\n",
               "その他:農地法第3条の規定による許可申請について|その他:買受適格証明願の承認について|"
               "その他:農地法第5条の規定による許可申請について"),
    # 議題1 「…」の概要について / 議題2 … / 議題4 その他, among bare lines: a page that lost every field label still lists
    # its agenda as the word and number before each title.
    Convention("record-agenda-word-and-number-without-field-labels", "record",
               "更新日:2025年8月6日\nここから本文です。\n令和7年度第1回北山市男女共同参画審議会議事録(要旨)\n令和7年7月2日(水曜日)13時45分から15時15分\n"
               "北山市役所本庁舎6階大会議室\n北野委員、南田委員、東山委員\n西川委員\n森本市民部長、川上課長\nなし\n互選により「北野委員」を会長に選出\n"
               "会長職務代理は「南田委員」を会長が指名(会規則による)\n議題1 「北山市男女共同参画審議会」及び「きたやま男女共同参画プラン」の概要について\n"
               "議題2 令和6年度「第4次きたやま男女共同参画プラン」事業実施報告書について\n議題3 令和7年度「第4次きたやま男女共同参画プラン」事業実施計画書について\n議題4 その他\n"
               "【司会】\n本日の資料は、事前に送付し、委員の皆様から質問・意見を頂戴している。各議題において事務局から説明をさせていただく。\n"
               "議事進行にあたり本日、委員15人中13人の出席であり、審議会規則第3条により本会議が成立していることを報告する。\n"
               "なお、審議会規則第3条第1項により、会長が議長となると規定しており、北野会長に議事の進行をお願いする。\n【議長】\nこれより、議事に入る。\n"
               "議題1「北山市男女共同参画審議会」及び「きたやま男女共同参画プラン」の概要について、事務局より説明をお願いする。\n【事務局】\n「北山市男女共同参画審議会」の概要について説明。\n"
               "「きたやま男女共同参画プラン」の概要について説明。\n",
               "その他:「北山市男女共同参画審議会」及び「きたやま男女共同参画プラン」の概要について|"
               "その他:令和6年度「第4次きたやま男女共同参画プラン」事業実施報告書について|"
               "その他:令和7年度「第4次きたやま男女共同参画プラン」事業実施計画書について"),
    # 議題1 / 議題2 / 議題3 / (the record's title, a cell beside them) / …進捗状況 / …について / その他 / 2 / 開催日時: a form's
    # agenda field read a column at a time, the labels first, then as many values above the next numbered field.
    Convention("record-agenda-labels-column-then-values", "record",
               "第2回 令和7年2月15日\n\n令和6年度\n1\n議案\n議題1\n議題2\n議題3\n第2回北山市消防委員会会議録\n令和6年度事務事業進捗状況\n"
               "令和7年度予算(案)の概要及び事務事業について\nその他\n2\n開催日時\n令和7年2月15日(土曜日)10時00分から11時00分\n3\n開催場所\n北山市消防本部2階会議室\n4\n出席者\n"
               "(1)委員\n北野一郎委員(委員長)、南田健委員(副委員長)\n6\n発言の要旨\n西川課長\n北野委員長\n委員会条例第5条による会議成立を報告した。\nあいさつ。\n",
               "その他:令和6年度事務事業進捗状況|その他:令和7年度予算(案)の概要及び事務事業について"),
    # 8 会議に付した事件 / (1) 継続調査(地域振興部関係) / 「…について」: an assembly committee's investigation, its subject
    # quoted on the next line, the bureau's business in the bracket; and 総務部長から…について、総合政策部長から…について、
    # 発言を求められておりますので、これを許します: the reports the executive asked to make, each its unit's.
    Convention("record-committee-investigation-and-reports-asked-for", "record",
               "総務委員会会議記録\n\n総務委員長 北野 一郎\n1 日時\n  令和5年8月5日(土曜日)\n"
               "  午前10時1分開会、午前11時41分散会\n2 場所\n  第1委員会室\n3 出席委員\n"
               "  北野一郎委員長、南田健副委員長、東山清委員\n4 欠席委員\n  なし\n5 事務局職員\n  西川担当書記\n"
               "6 説明のために出席した者\n  森本地域振興部長\n7 一般傍聴者\n  なし\n8 会議に付した事件\n"
               " (1) 継続調査(地域振興部関係)\n  「文化芸術の振興に関する施策の方向について」\n9 議事の内容\n"
               "○北野一郎委員長 おはようございます。ただいまから総務委員会を開会いたします。\n"
               " 次に、総務部長から北山地震による被害状況と対応について、総合政策部長から「がんばろう!北山」運動について、発言を求められておりますので、これを許します。\n"
               "○川上総務部長 それでは、私のほうから、まず地震関係について御報告いたします。\n",
               "その他:文化芸術の振興に関する施策の方向について|報告:北山地震による被害状況と対応について|"
               "報告:「がんばろう!北山」運動について"),
    # (教育長) / 次に報告第1号地区公民館長の委嘱についてであります。: a board that numbers its business as an assembly does
    # names each case by its number and title in the proceedings, with no agenda read above them.
    Convention("record-board-business-named-by-number-in-the-proceedings", "record",
               "令和6年5月 定例教育委員会\n\n会議録\n\n日時  令和6年5月8日(水曜日) 午後3時\n\n"
               "場所  北山市役所403会議室\n\n出席者\n教育長 北野 一郎\n委員 南田 健\n委員 東山 清\n\n会議要旨\n\n"
               "・委員及び教育長の報告\n\n (南田委員) 4月15日の県教育行政説明会の報告\n\n・議事\n\n(教育長)\n\n"
               " 議案第1号についてお願いします。\n\n(社会教育課長)\n\n"
               " 議案第1号北山市文化財保護審議会委員の任命についてであります。任期満了となったので、新たに委員を任命しようとするものであります。\n"
               "\n(教育長)\n\n 次に報告第1号地区公民館長の委嘱についてであります。\n\n(社会教育課長)\n\n"
               "報告第1号地区公民館長の委嘱について、先般委嘱をしております。\n",
               "その他:北山市文化財保護審議会委員の任命|報告:地区公民館長の委嘱"),
    # 3 議題 / ○議事 / 議第1号 … / ○教育長報告事項 / (1) …について: the agenda's groups each under a marked group word; the
    # entries under the second are the reports the head gives.
    Convention("record-agenda-groups-under-marked-words", "record",
               "第98回北山県教育委員会定例会会議録 \n\n1 日時\n\n"
               " 令和6年2月12日(月曜日) 午後1時30分から午後4時20分まで\n\n2 場所\n\n 県教育委員会室\n\n3 議題\n\n"
               "○議事\n\n 議第1号 職員の処分について\n\n 議第2号 北山県宝の指定について\n\n \n\n ○教育長報告事項\n\n"
               " (1) 北山県特別支援教育連携協議会の検討結果について\n\n"
               " (2) 北山県立中学校入学者選抜適性検査問題の評価について\n\n \n\n4 出席者\n\n○委員\n\n 委員長  北野 一郎\n\n"
               " 委員  南田 健\n\n 教育長  東山 清\n\n会議録\n\n北野委員長\n ただいまから定例会を開会いたします。\n",
               "その他:職員の処分について|その他:北山県宝の指定について|報告:北山県特別支援教育連携協議会の検討結果について|"
               "報告:北山県立中学校入学者選抜適性検査問題の評価について"),
    # 4 審議等事項 / 1 / 開会 / 2 / あいさつ / 3 / 協議事項 / …計画(案)について / 4 / その他: a form's 次第 read one cell a line,
    # its numbers in a column of their own and a group word's entry in the cell under it, above the 発言者 table whose
    # step cells (1.開会 / 会長) name who leads each step.
    Convention("record-step-column-with-a-group-words-entry-under-it", "record",
               "令和6年度 第4回北山町地域公共交通会議 会議録\n\n会\n議\n開\n催\n結\n果\n1 会議の名称\n"
               "令和6年度 第4回 北山町地域公共交通会議\n2 開 催 日 時\n令和7年3月3日(月) 午後1時30分~2時50分\n"
               "3 開 催 場 所\n北山町文化会館 3階 視聴覚室\n4 審議等事項\n1\n開会\n2\nあいさつ\n3\n協議事項\n"
               "北山町地域公共交通計画(案)について\n4\nその他\n【委員】\n北野一郎、南田健、東山清\n発言者\n事務局\n1.開会\n会長\n"
               "2.開会あいさつ\n事務局\n委員の過半数出席の報告、会議は公開とする報告\n3.協議事項\n事務局\n"
               "北山町地域公共交通計画(案)について、事務局が説明\n",
               "その他:北山町地域公共交通計画(案)について"),
    # 議事 ①…について ②…について ③…について 配布書類 開催次第/配席図 資料1 …: a page flattened onto one line runs the next
    # field, the papers, onto the last entry.
    Convention("record-papers-field-run-onto-the-last-entry", "record",
               "- 1 - 令和6年度第2回北山市空家等対策協議会 議事録 開催日時 令和6年12月2日(月) 午後2時00分~午後4時20分 開催場所 北山市役所3階 第3会議室 出席者 (委員) 北野 一郎 南田"
               " 健 東山 清 欠席委員 西川 明 議事 ①北山市空家等対策計画(素案)について ②特定空家等の判定基準(案)について ③北山市空家等対策計画策定スケジュールについて 配布書類 開催次第/配席図 資料"
               "1 北山市空家等対策協議会委員名簿 資料2 北山市空家等対策計画(素案)\n",
               "その他:北山市空家等対策計画(素案)について|その他:特定空家等の判定基準(案)について|"
               "その他:北山市空家等対策計画策定スケジュールについて"),
    # ■委員長 / まず,最初に…について,事務局の方から説明をお願いいたします。 / □資料に基づいて森本課長説明 / ■委員長: a summary with
    # no agenda list; the case is the one the chair asks to be explained, the explanation narrated between the chair's turns.
    Convention("record-case-asked-for-then-explanation-narrated", "record",
               "北山市病院事業評価委員会 令和6年度第2回 議事概要\n■日時:令和6年11月5日(火)18:00~19:30\n"
               "■場所:北山市病院 会議室\n■出席者:北野委員長,南田委員,東山委員\n■事務局:西川次長,森本課長\n1.開 会\n"
               "□西川次長\n本日はお忙しい中お集まりいただき誠にありがとうございます。ただいまより委員会を開催いたします。\n"
               "それではさっそく議事の方に入らせていただきます。北野委員長,議事の進行をよろしくお願いいたします。\n2,議 事\n"
               "■北野委員長\nこんばんは。それでは,次第の議題に沿って進めていきたいと思います。\n"
               "まず,最初に病院改革プランの取組について,事務局の方から説明をお願いいたします。\n\n□資料に基づいて森本課長説明\n\n"
               "■北野委員長\nありがとうございました。何かご質問等ございますか。\n",
               "その他:病院改革プランの取組について"),
    Convention("record-step-table-then-colon-labels", "record",
               "件名\n平成27年度第1回 北山・南山地区公民館\n運営審議会\n日時 5月15日(金)午後3時00分~\n場所 北山市役所601会議室\n傍聴者\nなし\n出席者\n"
               "北野一郎委員・南田和子委員・東山正明委員・\n西川貢委員\n事務局\n東山康・南田智子・西川みゆき\n(北山公民館)\n司会進行 事務局南田\n1 開会\n2 あいさつ\n3\n4\n5\n6\n"
               "北山公民館長 東山\n自己紹介\n役員選出について\n事務局による説明\n委員長\n北野一郎(当該地区から選出 北山地区)\n副委員長 西川花子(南山地区)\n議題(議長は北野委員長)\n"
               "(1)平成27年度公民館事業及び予算について\n資料により説明\n北山・南田、西川\nその他\n事務局\n南田副館長\n閉会\n議事進行\n北野委員長\n6 議題【以下、議長は北野委員長】\n"
               "(1)平成27年度公民館事業及び予算について\n北野委員長:それではご指名ですので、議長をさせていただきます。\n"
               "それでは本日の議題ですが、資料にあります平成27年度公民館事業及び予算につきまして事務局からご説明をいただきます。\n南田副館長:それでは、資料1ページからご覧ください。\n"
               "北山地区の本年3月末人口は、8,613人ということで減少傾向にあります。\n",
               "その他:平成27年度公民館事業及び予算について"),
    # 2 議案: / (1) …の変更(北山市決定): a numbered field of the form naming the bills the council is asked about, the
    # word for a bill as its label (as 議題: or 案件: is); its entries are the cases.
    Convention("record-bills-under-a-numbered-field-word", "record",
               "第5回北山市都市計画審議会会議録について\n1 開催日時等:\n  令和6年11月16日 金曜日 10時30分から12時\n  北山市役所\n"
               "2 議案:\n (1) 北山都市計画道路の変更(北山市決定)\n (2) 南田都市計画公園の変更(北山市決定)\n3 出席委員(3名):\n"
               " 北野一郎、南田健、東山清\n4 審議内容:\n(西川補佐) 定刻となりました。本日はお忙しい中ありがとうございます。\n",
               "その他:北山都市計画道路の変更(北山市決定)|その他:南田都市計画公園の変更(北山市決定)"),
    # 議題(1)…について(報告事項) / (2)…(協議事項): a form's label cell run into its first entry (the enumerator sets it
    # off), and each entry's kind after it as the group word names it (報告事項 a report, 協議事項 no kind).
    Convention("record-label-run-into-its-first-entry-with-kind-words", "record",
               "北山市人権尊重協議会会議録\n開催日時令和6年12月17日(火) 午後1時30分から午後3時40分\n開催場所北山市役所 第3会議室\n"
               "議題(1)北山市人権施策基本方針の改訂について(報告事項)\n(2)北山市人権意識調査について(協議事項)\n(3)その他\n\n"
               "会議内容:\n(事務局)\n本日の会議は成立していることをご報告いたします。\n",
               "報告:北山市人権施策基本方針の改訂について|その他:北山市人権意識調査について"),
    # 6.議題 / (1)議案審議 (教議第4号)…について / (教議第5号)…について: a board of education numbers its bills in brackets
    # before their titles, the list run on from the group's heading; each line is a case, the number no part of its title.
    Convention("record-bracketed-case-numbers-run-on-from-the-group-heading", "record",
               "北山市教育委員会会議録\n1.日時 令和6年2月24日(水) 午後3時30分~午後5時00分\n2.場所 北山市役所 教育委員室\n"
               "3.出席者 教育長 北野 一郎\n一番委員 南田 健\n4.出席事務局職員\n教育部長 東山 清\n5.傍聴人 1名\n6.議題\n"
               "(1)議案審議 (教議第4号)令和5年度3月補正予算について\n(教議第5号)令和6年度当初予算について\n"
               "(教議第6号)北山市立幼稚園条例の一部改正について\n",
               "その他:令和5年度3月補正予算について|その他:令和6年度当初予算について|その他:北山市立幼稚園条例の一部改正について"),
    # 議題 / 本会の概要について / 事務局から、資料1に基づき…説明が行われ、…承認された。: a page whose headings lost their marks;
    # under the agenda's word alone, each case's title stands on its own line over the account of it, or runs on into it.
    Convention("record-unmarked-titles-over-their-accounts-under-the-agenda-word", "record",
               "北山市情報主管課長会 役員会 会議録\n日時\n令和6年6月20日 12:00~13:00\n場所\n北山市役所 会議室\n出席者\n"
               "役員6名、事務局\n開会\n事務局より開会を宣し、会議次第に従い、役員会が進められた。\n議題\n会長が議事を進めた。\n"
               "本会の概要について\n事務局から、資料1に基づき本会の概要について説明が行われ、以下の質疑応答ののち、本会の概要について"
               "原案のとおり承認された。\n(南山市)\n本会の会員は全市町村ではないのか。\n(事務局)\n本会の会員は、センター会員の市町村である。\n"
               "令和6年度 事業実施について事務局から、資料2に基づき令和6年度の事業計画について説明が行われた。\n",
               "その他:本会の概要について|その他:令和6年度 事業実施について"),
    # 1市立病院所管事項、(1)報告事項、アの…についてを議題といたします: the chair takes the case up by its place in the committee's
    # outline of business, section by section; the group word (報告事項) gives its kind.
    Convention("proceedings-chair-takes-up-by-its-place-in-the-outline", "proceedings",
               "委員長(北野君):委員会を再開いたします。(13:31)\n1市立病院所管事項、(1)報告事項、アの病院事業経営状況(6月分)"
               "についてを議題といたします。\n本件に対する報告を求めます。\n\n管理課長:それでは、私から、6月分の病院事業経営状況について"
               "御説明いたします。",
               "報告:病院事業経営状況(6月分)について"),
    # ◎本日審査した案件 / 議第62号 …決算認定について / 議第63号 …決算[end]: an opening saved to a length cuts the last entry;
    # where another entry goes on past the words it stops at (…決算 / …決算認定について), it is left out.
    # 【次第】 … 【配布資料名】 ⑴・【資料1-1】…: the papers' field named with 名 (or 【当日配付資料】 with the papers run on after
    # it on the line) ends the agenda; what follows names papers, no case.
    Convention("record-papers-field-named-after-the-agenda", "record",
               "第3回北山市空き家等対策推進協議会議事録 日時 令和4年10月31日(月)10:00~11:30 場所 北山市役所\n"
               "【次第】  1 開会  2 会長挨拶  3 議題  ⑴ 空き家等対策の進捗状況について  ⑵ 空き家等対策計画の改定について 【資料1】  ・改訂原案について  4 その他   "
               "【配布資料名】  ⑴・【資料1】第二期北山市空き家等対策計画(本編)  ⑵・【資料2】空き家等対策計画改定スケジュール   "
               "【委員出席】 役 職 / 氏 名 / 出 欠 会 長 /北野一郎/ 〇\n"
               "○北野会長 ただいまから会議を開きます。\n○南田委員 よろしくお願いします。\n",
               "その他:空き家等対策の進捗状況について|その他:空き家等対策計画の改定について"),
    # 次第 / 【議事資料1】北山まつり出展報告 / 【議事資料2】…報告書(案): the papers of the 議事, labelled as 【資料1】 is, under a
    # 次第 that lists nothing else; documents, no case.
    Convention("record-agenda-papers-labelled-under-the-order", "record",
               "北山市コミュニティバス運営推進懇談会\n令和7年1月23日(木曜日)午前10時から午前11時30分\n北山市役所203会議室\n"
               "次第\n【議事資料1】北山市民まつり2024出展報告\n【議事資料2】北山市コミュニティバス運営推進懇談会報告書(案)\n"
               "(北野座長)\nただいまから懇談会を開催いたします。\n(事務局)\n資料を説明いたします。\n",
               ""),
    # 1.委員委嘱 2.市長挨拶 … 6.議事 (1)…: the members' appointment is a step of the sitting, as 委嘱 alone is.
    Convention("record-members-appointed-as-a-step", "record",
               "令和3年度 第1回北山市障害者計画推進協議会会議録 ■日 時:令和3年7月16日(金)午後2時 ■場 所:北山市役所 第1会議室 "
               "■議 事: 1.委員委嘱 2.市長挨拶 3.会長の選出 4.議事 (1)北山市障害者計画の概要について 【資料2】 (2)その他\n"
               "■事務局 ただいまより会議を開会いたします。\n■委員 よろしくお願いします。\n",
               "その他:北山市障害者計画の概要について"),
    # 3 定数及び出席委員数 定員16名 現員16名 / 6 出席事務職員 4名 北野事務局長 …: a 農業委員会's form counts its seats and
    # names its clerks under numbered fields; no case.
    Convention("record-seat-count-and-clerks-fields", "record",
               "- 1 -\n\n第11回北山市農業委員会総会議事録\n\n1 開催日時 平成29年2月23日(木)午後3時00分\n\n2 開催場所 北山市役所2階第一会議室\n\n"
               "3 定数及び出席委員数 定員16名 現員16名\n\n4 出席委員 2名\n\n1番 北 野 一 郎 2番 南 田 健\n\n5 欠席委員 1名\n\n3番 東 山 清\n\n"
               "6 出席事務職員 2名\n\n西川事務局長 北野副主査\n",
               ""),
    # (3) 議事 / ア 委員長選任 / 委員長は、…選任された。 / イ 入札制度について / 建設課参事より説明。 / ウ 次回の日程: a results summary
    # narrates what was done under each lettered entry, above the first speech; the entry between two narrated lines is one of
    # the list (its next letter follows), not a list inside a speech.
    Convention("record-lettered-entries-with-results-narrated", "record",
               "平成18年度第1回北山県入札監視委員会結果【概要】\n1 日時 平成18年4月25日(火)10:00〜11:30\n2 場所 北山会館 301会議室\n"
               "3 出席者\n (委員)北野委員、南田委員、東山委員(委員全員出席)\n4 内容\n (1) 委嘱状交付\n (2) 議事\n"
               "  ア 委員長選任\n    委員長は、北山大学教授北野一郎氏が委員の互選により選任された。\n"
               "    委員長の職務代理は、弁護士南田健氏が委員長の指名により選任された。\n  イ 入札制度について\n    建設課参事より説明。\n"
               "  ウ 次回委員会開催の日程\n    平成18年5月24日(水)10:00〜12:00\n\n【質疑内容】\n\n"
               "(委員)一般競争入札を導入する考えはあるか。\n(回答)導入する方向で検討しています。\n",
               "その他:入札制度について"),
    # ■主な議事 ○審議 【再評価】 <ダム事業> ・…事業 (北山県) ○報告【再評価】 <河川事業> ・… ・… (北山県) (南山県): a bureau's press
    # release flattens its group words over bulleted projects; each project is a subject, 報告 under ○報告.
    Convention("record-projects-bulleted-under-marked-group-words", "record",
               "北山地方整備局 記者発表 発表日 平成28年6月27日 北山地方整備局事業評価監視委員会 (平成28年度第2回)の議事概要について(速報)\n"
               "■開催日時:平成28年6月27日(月) 14:00~16:10\n■開催場所:北山合同庁舎2階会議室 ■主な議事\n○審議\n【再評価】\n"
               "<ダム事業> ・北川水系ダム群連携事業 (北山県・南山県)\n<営繕事業> ・北山地方合同庁舎 (北山県)\n○報告【再評価】\n"
               "<河川事業> ・南川床上浸水対策特別緊急事業 ・東川ダム再開発事業 (南山県) (北山県) なお、詳細は別紙のとおりとなります。\n"
               "<問い合わせ先> 北山地方整備局 企画部\n",
               "その他:北川水系ダム群連携事業|その他:北山地方合同庁舎|報告:南川床上浸水対策特別緊急事業|報告:東川ダム再開発事業"),
    # 3 付議事件 / (1)承認第13号 … / (2)同意第1号 監査委員の選任の件: the 招集告示's business listed in its own numbering, each
    # bill's number before its title; an appointment put to the house for its consent is a case, as under 議案第31号.
    Convention("record-consents-listed-under-the-convocation", "record",
               "平成16年11月臨時会(第2回) 北山市議会会議録\n\n北山市告示第101号\n\n平成16年11月2日北山市議会臨時会を招集する。\n\n"
               "平成16年10月29日            北山市長  北 野 一 郎\n\n1 期日  平成16年11月2日(火)\n\n2 場所  北山市議会議場\n\n3 付議事件\n\n"
               " (1)承認第13号 北山広域行政事務組合規約の変更の協議の件\n\n (2)同意第1号 監査委員の選任の件\n\n"
               " (3)同意第2号 公平委員会委員の選任の件\n",
               "その他:北山広域行政事務組合規約の変更の協議の件|その他:同意第1号 監査委員の選任の件|"
               "その他:同意第2号 公平委員会委員の選任の件"),
    Convention("record-last-entry-cut-before-its-siblings-ending", "record",
               "北山市議会決算特別委員会記録\n令和6年9月20日 午前10時00分 開議\n◎本日審査した案件\n"
               "議第62号 令和5年度北山市一般会計歳入歳出決算認定について\n議第63号 令和5年度北山市国民健康保険特別会計歳入歳出決算\n",
               "その他:令和5年度北山市一般会計歳入歳出決算認定について"),
    # 議事 …について / 議案第1号 …(北山市決定)について (司会) 皆様、…: a flattened page runs the agenda's last entry into the
    # first speech, the speaker's bracketed label between them; the entry is the agenda's.
    Convention("record-last-entry-run-into-the-first-speech", "record",
               "第5回 北山市都市計画審議会 議事録\n"
               "日時:令和6年2月17日(火) 午後1時30分から\n"
               "場所:北山市役所 会議室\n"
               "出席者:会長 北野 一郎 委員 南田 健 以上2名出席\n"
               "議事 北山市都市再生整備計画の改正について\n"
               "議案第1号 北山都市計画道路の変更(北山市決定)について (司会) 皆様、お疲れ様でございます。ただいまから審議会を開会いたします。\n"
               "(西川都市計画課長) 都市計画課長の西川でございます。本日はよろしくお願いします。\n",
               "その他:北山市都市再生整備計画の改正について|その他:北山都市計画道路の変更(北山市決定)について"),
    # 4 議事等(公開・非公開の別) / 議事1 …について (公開) / 議事2 … (非公開): the form's group word carries a note of whether
    # its business was heard in public, and each case is numbered by the group's word (議事1, as 議題1); the note names no case.
    Convention("record-cases-numbered-by-the-word-under-a-disclosure-noted-heading", "record",
               "第3回北山市文書館運営委員会 議事要旨\n1 開催日時\n令和6年3月23日(水曜日) 午後3時から5時まで\n"
               "2 開催場所\n北山市文書館 会議室\n3 出席委員\n北野一郎(委員長)、南田健、東山亨\n"
               "4 議事等(公開・非公開の別)\n議事1 令和6年度予算について (公開)\n議事2 文書館の運営状況について (公開)\n"
               "議事3 所蔵資料の活用について (非公開)\n5 傍聴者\nなし\n6 会議の運営\n(1) 会長の選任\n"
               "委員の互選により北野一郎委員が会長に選任された。\n",
               "その他:令和6年度予算について|その他:文書館の運営状況について|その他:所蔵資料の活用について"),
    # A page that lost its field labels: the title, bare date and room lines, then the agenda as lines numbered 1. 2. …, each
    # a case's whole title, with no 議題 over them; the first is repeated as the heading over its discussion.
    Convention("record-numbered-titles-whose-label-was-lost", "record",
               "北山市総合計画審議会(第1回第2部会)\n令和6年10月1日(木曜日) 18時00分~20時00分\n北山市役所 第2会議室\n"
               "1. 総合戦略の進捗状況について\n2. 施策体系案について\n1 総合戦略の進捗状況について\n[担当課:説明]\n"
               "【委員】\n数値目標が後退しているのではないか。\n【部会長】\nどちらに対するご意見か。\n",
               "その他:総合戦略の進捗状況について|その他:施策体系案について"),
    # 6 議事 〔すべて公開〕 / 1)…建設について、北山福祉会、健康福祉部より説明を受けた。: the field's note of its disclosure stands
    # where its value would, and the one case is narrated as a sentence: its title, then who explained it (the city's
    # office among them is the department).
    Convention("record-narrated-entry-under-a-disclosure-note", "record",
               "第3回北山地域協議会議事録\n1 日 時 令和6年9月28日(金)18時∼20時\n2 場 所 北山支所 2階会議室\n"
               "3 出席者\n(1) 委 員(北野一郎会長、南田健副会長、東山亨委員)\n4 欠席者 (西川花子委員)\n5 傍聴人\n1名\n"
               "6 議事 〔すべて公開〕\n1)北山町特別養護老人ホーム建設について、北山福祉会、健康福祉部より説明を受けた。\n"
               "(会長)\n何かお聞きしたいことはありますか。\n(委員)\n今の建物はどうなるのでしょうか。\n",
               "その他:北山町特別養護老人ホーム建設について"),
    # 審議会開催結果(令和6年11月) / 北山市工業振興会議 / 開催日時 / … / 議題 / 1. … / 第2回北山市社会教育委員会議 / 開催日時 / …: a
    # page of the month's sittings, each body's name over its own fields; the record is the first body's, the next
    # body's name ends it.
    Convention("record-first-of-the-months-sittings", "record",
               "審議会開催結果(令和6年11月)\n\n北山市工業振興会議\n\n開催日時\n\n令和6年11月2日、15時から17時まで\n\n"
               "開催場所\n\n北山会館3階会議室\n\n議題\n\n  1. 工業振興計画の取組状況について\n  2. 産業用地整備計画について\n\n"
               "会議の要旨\n\n事務局から説明を行い、意見交換を行った。\n\n第2回北山市社会教育委員会議\n\n開催日時\n\n"
               "令和6年11月9日、13時30分から15時まで\n\n開催場所\n\n北山分庁舎大会議室\n\n議題\n\n"
               "  1. 社会教育関係団体への補助金について\n  2. 読書推進計画について\n",
               "その他:工業振興計画の取組状況について|その他:産業用地整備計画について"),
    # 日程第6 議案の上程、説明、質疑、討論、採決 / 議案第14号 …について / 議案第15号 …: an assembly's order of business whose last
    # entry names the steps the bills go through, the bills listed one a line under it; the bills are the cases.
    Convention("record-bills-listed-under-the-order-that-takes-them-up", "record",
               "北山広域連合議会\n令和6年3月臨時会議事日程\n\n令和6年3月23日\n\n日程第1 議席の指定\n日程第2 会議録署名議員の指名\n"
               "日程第3 会期の決定\n日程第4 議案の上程、説明、質疑、討論、採決\n議案第14号 副広域連合長の選任について\n"
               "議案第15号 工事請負契約の締結について\n\n\n本会議出席者名簿\n出席議員(2名)\n1番 北野一郎君 2番 南田健君\n",
               "その他:副広域連合長の選任について|その他:工事請負契約の締結について"),
    # …についてを議題とし、資料に基づき、理事者から説明を受けます: the chair puts the case on the floor in a clause, the
    # explanation asked for in the same sentence.
    Convention("proceedings-case-put-on-the-floor-in-a-clause", "proceedings",
               "○北野委員長　ただいまから委員会を開会いたします。それでは、議事に入ります。"
               "北山市ICT活用戦略策定方向性についてを議題とし、資料に基づき、理事者から説明を受けます。\n"
               "◎南田デジタル戦略課長　ご説明いたします。\n",
               "その他:北山市ICT活用戦略策定方向性について"),
    # 本日の協議事項は、「…の設立について」始め7件でございます: a council of heads names its matters to settle in the chair's
    # greeting, the first by its title and the rest by their count; the one named is a case.
    Convention("proceedings-matters-to-settle-named-in-the-greeting", "proceedings",
               "○会長　皆さん、こんにちは。本日の協議事項は、「北山南田環境組合の設立について」始め7件でございます。いずれも重要な"
               "案件でありますので、慎重なるご協議をお願いいたします。\n○幹事長　ありがとうございました。",
               "その他:北山南田環境組合の設立について"),
    # 本日の案件につきましては、来る9月2日から開会の…定例会議事運営について御協議をいただくものであります: a 議会運営委員会's chair
    # names its one matter unquoted, before the 協議 asked for; the session is named as it opens (…開会の).
    Convention("proceedings-matter-announced-unquoted-before-the-discussion", "proceedings",
               "○北野委員長　おはようございます。ただいまから議会運営委員会を開会いたします。本日の案件につきましては、来る9月2日から"
               "開会の令和2年第3回定例会議事運営について御協議をいただくものでありますので、よろしくお願いをいたします。\n"
               "○南田市長　おはようございます。一言御挨拶を申し上げます。",
               "その他:令和2年第3回定例会議事運営について"),
    # Items heard in closed session: the mark after the title on the agenda or the item's heading, or the record
    # saying so under the item. Each item's publicity, |-joined (公開 or 非公開).
    Convention(
        "closed-item-marked-on-the-agenda", "closed-item",
        "議題\n(1) 防犯カメラ映像の提供について(諮問)\n(2) 審査請求について(諮問)(非公開)\n\n会議の経過\n"
        "○会長 議題(1)について説明をお願いします。\n○市民課長 映像の提供について諮問します。\n"
        "(2) 審査請求について\n○会長 審査請求について審議します。\n○委員 承知しました。\n",
        "公開|非公開",
    ),
    Convention(
        "closed-item-narrated-under-its-heading", "closed-item",
        "議題\n(1) 防犯カメラ映像の提供について\n(2) 審査請求について\n\n会議の経過\n"
        "○会長 議題(1)について説明をお願いします。\n○市民課長 映像の提供について諮問します。\n"
        "(2) 審査請求について\n以下、みなみ市情報公開条例第25条により非公開で審議した。\n"
        "○会長 審査請求について審議します。\n○委員 承知しました。\n",
        "公開|非公開",
    ),
)

# A national study group's record: its members' row, a row of those sitting in, the ministry's; its 主査 speaks first.
_STUDY_GROUP_WITH_SITTING_IN = (
    "北山の学び支援に関する検討会(第3回) 議事録\n\n1.日時\n\n令和5年6月5日(月曜日)10時~12時\n\n2.場所\n\n"
    "北山省第1会議室\n\n3.議題\n\n  1. 支援制度について\n  2. その他\n\n4.出席者\n\n委員\n\n"
    "北野委員、南田委員、東山委員、西川委員\n\n山川理事長代理(北山支援機構)、川上理事(北山支援機構)\n\n北山省\n\n"
    "大野局長、久保課長\n\n5.議事録\n\n【北野主査】  それでは,ただいまから第3回を開催したいと思います。\n"
    "【久保課長】  資料を御説明いたします。\n"
)

_DASHED_GROUPS = (
    "令和5年度第1回北山市国民保護協議会議事録\n1 開催日時\n令和5年6月20日(火曜日)午後3時~午後4時\n2 開催場所\n"
    "北山市役所4階 第2委員会室\n3 出席者\n- 会長\n- 北山市長 北野 一郎\n- 委員\n- 北山警察署長 南田 健\n"
    "北山県北山保健所長 東山 花子\n北山市消防本部消防長 西川 三郎\n北山電力株式会社北山営業所長 山川 次郎\n- オブザーバー\n"
    "- 北山県危機管理課長 川上 四郎\n- 【事務局】\n- 総務部長 大野 五郎\n4 傍聴者\n2人\n5 議題\n"
    "北山市国民保護計画(骨子)について\n"
)

_NARRATED_NEWS = (
    "第2回平和都市宣言起草委員会\n- [2024年3月19日]\n- ID:1234\nソーシャルサイトへのリンクは別ウィンドウで開きます\n"
    "第2回平和都市宣言起草委員会を開催\n令和5年9月12日(火)午前10時から、市役所201会議室で、第2回平和都市宣言起草委員会が"
    "開催されました。\n宣言文の骨子について\n委員から出された意見をもとに、宣言文の骨子が協議されました。\n"
)

# Agendas with their cases unmarked (unmarked_agenda.py), kept apart from the list above.
CATALOGUE += (
    # 内容 / …(案)について / …について(報告): a report page's cases one a line under the heading word alone, no number or
    # bullet before them and no turn after; the blank line after the last ends the list.
    Convention("record-cases-unmarked-under-the-heading-word", "record",
               "【令和5年度】第3回北山市国際交流推進会議・開催報告\n- []\n- ページ番号 10234\n"
               "北山市の国際交流施策について意見を伺う「北山市国際交流推進会議」の令和5年度第3回会議を開催しました。\n"
               "今回の会議では、計画の素案について審議しました。\n\nとき\n令和6年1月20日(土) 午後2時から午後4時まで\n\n"
               "ところ\n北山市役所本庁舎2階・第1会議室\n\n内容\n北山市国際交流推進計画(案)について\n"
               "相談窓口の状況について(報告)\n\n出席\n委員9人\n会議資料\n会議録\n"
               "- PDFファイルを開くには閲覧用のソフトが必要です。お持ちでない場合は配布元から入手(無料)してください。\n",
               "その他:北山市国際交流推進計画(案)について|報告:相談窓口の状況について"),
    # 4 出席事務局職員 … 5 協議事項    …について 6 その他: a flattened header's case field, run on after the staff; the next
    # field's number ends the title.
    Convention("record-case-field-ended-by-the-next-fields-number", "record",
               "北山町議会議員協議会会議録 1 開催月日 令和4年6月1日 2 開催場所 委員会室 3 出席議員 議長 北野一郎 "
               "議員 南田健 4 出席事務局職員   事務局長  西川清 5 協議事項    北山町平和宣言の制定について 6 その他 "
               "△開会 午前10時\n"
               "○北野議長 ただいまより議員協議会を開会いたします。\n○南田議員 御説明いたします。\n",
               "その他:北山町平和宣言の制定について"),
    # 日程第1 議案第5号 …のうち総務常任委 / (indented further) 員会所管事項: an order of business whose title wrapped at the
    # page's edge; the indented rest belongs to the entry above and the count goes on.
    Convention("record-order-of-business-title-wrapped-indented", "record",
               "北山町議会 総務常任委員会\n\n               総務常任委員会日程\n                         令和5年3月6日\n"
               "                         第2委員会室\n開  会\n"
               "日程第1 議案第5号 令和4年度北山町一般会計補正予算(第6号)のうち総務常任委\n            員会所管事項\n"
               "日程第2 議案第6号 北山町職員定数条例の一部を改正する条例の制定について\n"
               "日程第3 議案第7号 令和5年度北山町一般会計予算\n閉  会\n\n出席委員(2名)\n"
               "    委 員   北 野 一 郎        委 員   南 田   健\n\n             開会  午前10時00分\n\n"
               "○北野一郎委員長 ただいまから委員会を開会します。\n",
               "その他:令和4年度北山町一般会計補正予算(第6号)のうち総務常任委員会所管事項|"
               "その他:北山町職員定数条例の一部を改正する条例の制定について|その他:令和5年度北山町一般会計予算"),
    # 〇議 事 日 程 … 〇本日の会議に付した事件 … 〇出   席   議   員 / 1番  北  野  一  郎 君: an assembly's roster after its
    # order of business, its label letter-spaced to fill the cell; the roster is found apart from the header all the same.
    Convention("record-fact-roster-apart-under-a-letter-spaced-label", "record-fact",
               "令和5年第1回北山市議会(臨時)会議録(第1号)\n\n 令和5年1月20日(金曜日)\n            〇議   事   日   程\n"
               "             午前10時開議\n第1 会議録署名議員の指名\n第2 会期の決定\n第3 議案の上程\n第4 採決\n"
               "            〜〜〜〜〜〜〜〜\n            〇本日の会議に付した事件\n日程第1 会議録署名議員の指名\n"
               "日程第2 会期の決定\n日程第3 議案の上程\n     議案第1号 北山市公民館条例の一部を改正する条例について\n日程第4 採決\n"
               "            〜〜〜〜〜〜〜〜\n            〇出   席   議   員\n"
               "1番  北  野  一  郎 君          2番  南  田     健 君\n3番  東  山  花  子 君          4番  西  川  三  郎 君\n",
               "members_present=['北野一郎', '南田健', '東山花子', '西川三郎']"),
    # 第4 議案質疑: a step of an assembly's order of business named with the word for the bills it takes; no case.
    Convention("record-bill-step-named-with-the-bills-word", "record",
               "令和5年第1回北山市議会(臨時)会議録(第1号)\n\n 令和5年1月20日(金曜日)\n            〇議事日程\n"
               "             午前10時開議\n第1 会議録署名議員の指名\n第2 会期の決定\n第3 議案の上程\n第4 議案質疑\n第5 採決\n"
               "            〇本日の会議に付した事件\n日程第1 会議録署名議員の指名\n日程第2 会期の決定\n日程第3 議案の上程\n"
               "     議案第1号 北山市公民館条例の一部を改正する条例について\n日程第4 議案質疑\n日程第5 採決\n"
               "            〇出席議員\n1番  北野一郎君          2番  南田健君\n",
               "その他:北山市公民館条例の一部を改正する条例について"),
    # 座長 北野一郎 委員 南田健、東山花子、西川三郎: the offices before their groups, set apart from the names by spaces.
    Convention("roster-offices-before-their-groups", "roster", "座長 北野一郎 委員 南田健、東山花子、西川三郎",
               "北野一郎、南田健、東山花子、西川三郎"),
    # 北山市国際交流会議委員 6名: the members only counted, the body named before their word; no one is named.
    Convention("roster-members-counted-after-the-bodys-name", "roster", "北山市国際交流会議委員 6名", ""),
    # 公益委員 :北野委員、南田委員  労働者代表 :東山委員、…: a council of three sides lists its members by side, each side's
    # word and a colon before its names; the words name no one (会長:北野一郎 stays the chair's office).
    Convention("roster-sides-each-before-a-colon", "roster",
               "公益委員  :北野委員、南田委員        労働者代表 :東山委員、西川委員        使用者代表 :山川委員、川上委員",
               "北野、南田、東山、西川、山川、川上"),
    # 委員 / 北野委員、南田委員、東山委員 / 西川理事長代理(北山支援機構)、山川理事(北山支援機構) / 北山省 / …: the members' row
    # closed entry by entry with 委員, then a row of those sitting in, each with the body they come from; the rows are
    # not one wrapped row, and those sitting in are no members.
    Convention("record-fact-sitting-in-row-under-the-members-row", "record-fact",
               _STUDY_GROUP_WITH_SITTING_IN,
               "members_present=['北野', '南田', '東山', '西川']"),
    # 【北野主査】: a national study group's chair is its 主査, the member of the roster by that surname.
    Convention("record-fact-chief-examiner-chairs-the-study-group", "record-fact", _STUDY_GROUP_WITH_SITTING_IN, "chair=北野"),
    # 3 出席者座長 北野一郎 委員 …: the label run into the chair's office (座長) as into 委員; the 座長 chairs.
    Convention("record-fact-roster-label-run-into-the-chairs-office", "record-fact",
               "第3回北山市防犯懇談会会議録\n1 日時令和5年11月9日(木曜日) 午後3時~午後5時\n2 場所北山市役所大会議室\n"
               "3 出席者座長 北野一郎 委員 南田健、東山花子、、西川三郎\n4 欠席者委員 山川次郎\n5 議題\n(1) 防犯灯の設置について\n"
               "6 傍聴者なし\n7 会議の内容\n\n(事務局) ただいまから開会します。\n\n(北野座長) よろしくお願いします。\n",
               "chair=北野一郎"),
    # 3 出席者 / - 会長 / - 北山市長 北野 一郎 / - 委員 / - 北山警察署長 南田 健 / 北山保健所長 東山 花子: a page's nested list
    # flattened into dashes, each group's word a bullet of its own and the group's first row a bullet too; the first
    # rows are members, and the 会長 group's one chairs.
    Convention("record-fact-dashed-group-words-over-their-rows", "record-fact", _DASHED_GROUPS,
               "members_present=['北野一郎', '南田健', '東山花子', '西川三郎', '山川次郎']"),
    Convention("record-fact-dashed-chairs-group-names-the-chair", "record-fact", _DASHED_GROUPS, "chair=北野一郎"),
    # 1 日時 / … / 3 出席者 / 北山市国際交流会議委員 6名: a page with no title, the body named only before its members' count.
    Convention("record-fact-body-named-by-its-members-count", "record-fact",
               "1 日時\n令和6年1月21日(日) 午後2時~午後4時\n2 場所\n北山市民センター 第1会議室\n3 出席者\n"
               "北山市国際交流会議委員 6名\n事務局(北山市市民協働課職員)4名\n4 内容\n(1)あいさつ\n"
               "(2)北山市国際交流推進計画(案)について\n5 公開、非公開の別\n会議は公開で行いました。\n",
               "council_name=北山市国際交流会議"),
    # トップ会議等一覧北山改革推進本部検討会北山防災検討会: a breadcrumb flattened with its separators lost; 会議等 there is a
    # site's section for bodies of a kind, never the body, whose own title names it below.
    Convention("record-fact-bodies-of-a-kind-in-a-run-on-breadcrumb", "record-fact",
               "北山府 北山府 トップページ\n北山府 文字なし\n トップ会議等一覧北山改革推進本部検討会北山防災検討会\n\n\n"
               "北山防災検討会(第3回)議事概要\n\n1 日時\n令和5年10月6日(金) 10:00~12:00\n\n2 場所\n北山改革推進本部第2会議室\n\n"
               "3 出席者\n(委員) 北野一郎座長、南田健、東山花子\n\n4 議題\n(1) 避難計画の見直しについて\n",
               "council_name=北山防災検討会"),
    # - [2024年3月19日] / - ID:1234 / …令和5年9月12日(火)午前10時から、市役所201会議室で、…が開催されました。: a city's news
    # page, posted later than the sitting; the narrated sentence gives the sitting's date, clock and room, the bracketed
    # date on its bullet only the posting's.
    Convention("record-fact-sitting-narrated-as-held-on", "record-fact", _NARRATED_NEWS, "date=2023-09-12"),
    Convention("record-fact-sitting-narrated-as-held-from", "record-fact", _NARRATED_NEWS, "start_time=10:00"),
    Convention("record-fact-sitting-narrated-as-held-in", "record-fact", _NARRATED_NEWS, "place=市役所201会議室"),
    # 【議件(諮問)】 / …修正案の概要 / 1 …に関する修正 / 2 …: a news page's bracketed group word with the kind of its case in
    # brackets, the case's title on the next line, then the points of that one case numbered from 1; the points are no
    # cases, and the group word ends the secretariat's field above it.
    Convention("record-case-over-its-numbered-points-under-a-bracketed-kind", "record",
               "令和5年度北山市防災会議の第1回会議は、5月10日(水)北山市役所において、関係機関の委員など12名が出席し、"
               "北山市地域防災計画修正案の諮問を受け開催されました。\n【開催日時】\n令和5年5月10日(水)午前10時〜\n【開催場所】\n"
               "北山市役所3階301会議室\n【出席者】\n北野会長(議長)、南田委員、東山委員、西川委員\n【事務局】\n"
               "北野防災課長(司会)、南田防災課主査(説明)\n【議件(諮問)】\n北山市地域防災計画修正案の概要\n"
               "1 避難所の運営に関する修正\n2 要配慮者の支援に関する修正\n3 情報伝達の手順に関する修正\n(修正理由)\n"
               "国の指針が改定されたことを踏まえて修正したもの。\n【今後の予定】\n6月に答申を受け、8月に公表する予定です。\n",
               "諮問:北山市地域防災計画修正案の概要"),
)

# What a chair declares once a bill is voted on, as real assemblies word it. Only the declaration
# decides: 御異議ありませんか, 御承認賜りますよう and 御了承願います decide nothing.
OUTCOME_CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        "outcome-passed-as-proposed", "outcome",
        "△日程第１　議案第７号　みなみ市手数料条例の一部を改正する条例\n"
        "○議長（北野一郎）　日程第１、議案第７号を議題といたします。\n"
        "○議長（北野一郎）　御異議なしと認めます。\n　よって、議案第７号は、原案どおり可決いたしました。\n"
        "△日程第２　議案第８号　みなみ市公園条例の一部を改正する条例\n"
        "○議長（北野一郎）　起立多数であります。よって、議案第８号は、原案のとおり可決されました。\n",
        "みなみ市手数料条例の一部を改正する条例=承認|みなみ市公園条例の一部を改正する条例=承認",
    ),
    Convention(
        "outcome-approved-certified-consented-by-decision", "outcome",
        "△日程第１　承認第２号　専決処分につき承認を求める件\n"
        "○議長（北野一郎）　御異議なしと認めます。\n　したがって、承認第２号は、承認することに決定いたしました。\n"
        "△日程第２　認定第１号　令和５年度みなみ市一般会計歳入歳出決算の認定について\n"
        "○議長（北野一郎）　起立全員であります。よって、認定第１号は、認定することに決定いたしました。\n"
        "△日程第３　同意第４号　みなみ市教育委員会委員の任命について\n"
        "○議長（北野一郎）　よって、同意第４号は、同意することに決定いたしました。\n",
        "専決処分につき承認を求める件=承認|令和５年度みなみ市一般会計歳入歳出決算の認定について=承認|"
        "みなみ市教育委員会委員の任命について=承認",
    ),
    Convention(
        "outcome-rejected-or-held-over", "outcome",
        "△日程第１　議案第９号　みなみ市税条例の一部を改正する条例\n"
        "○議長（北野一郎）　起立少数であります。よって、議案第９号は否決されました。\n"
        "△日程第２　陳情第３号　歩道の整備を求める陳情\n"
        "○議長（北野一郎）　陳情第３号は、継続審査とすることに決定いたしました。\n",
        "みなみ市税条例の一部を改正する条例=不承認|歩道の整備を求める陳情=継続審議",
    ),
    Convention(
        # 報告第１号 専決処分について: a report the assembly votes on is approved, not only heard.
        "outcome-report-approved-by-vote", "outcome",
        "△日程第１　報告第１号　専決処分について\n"
        "○議長（北野一郎）　本報告を承認することに御異議ありませんか。\n"
        "○議長（北野一郎）　御異議なしと認めます。\n　よって、報告第１号は、承認することに決定いたしました。\n"
        "△日程第２　報告第２号　みなみ土地開発公社の経営状況について\n"
        "○議長（北野一郎）　以上で報告を終わります。本件は、報告を受けたということで御了承願います。\n",
        "専決処分について=承認|みなみ土地開発公社の経営状況について=報告了承",
    ),
    Convention(
        # ●本日の会議に付議した事件 lists each bill before anyone speaks; the chair takes it up later by
        # its number alone, and its vote is declared there.
        "outcome-business-listed-then-taken-up-by-number", "outcome",
        "●本日の会議に付議した事件\n　日程第１　会期の決定\n　日程第２　報告第１号　専決処分について\n"
        "　日程第３　議案第１２号　令和６年度みなみ市一般会計補正予算（第３回）について\n"
        "　　　　──────────────\n"
        "○議長（北野一郎）　会期の決定を議題といたします。会期は本日１日と決定いたしました。\n"
        "○議長（北野一郎）　報告第１号を議題といたします。\n◎総務部長（南田二郎）　御承認賜りますよう、お願い申し上げます。\n"
        "○議長（北野一郎）　御異議なしと認めます。\n　よって、報告第１号は、承認することに決定いたしました。\n"
        "○議長（北野一郎）　議案第１２号を議題といたします。\n◎総務部長（南田二郎）　御説明申し上げます。\n"
        "○議長（北野一郎）　よって、議案第１２号は、原案どおり可決いたしました。\n",
        "専決処分について=承認|令和６年度みなみ市一般会計補正予算（第３回）について=承認",
    ),
    Convention(
        # Referred to committees, then taken up again under 追加日程: the vote is declared far from its heading.
        "outcome-referred-then-decided-under-an-added-order", "outcome",
        "△日程第１　議案第２号　令和６年度みなみ市一般会計補正予算（第１号）\n"
        "○議長（北野一郎）　日程第１、議案第２号を議題といたします。\n"
        "○議長（北野一郎）　議案第２号は、総務常任委員会に付託いたします。\n"
        "────────────────\n△追加日程第１　議案第２号　令和６年度みなみ市一般会計補正予算（第１号）\n"
        "○議長（北野一郎）　議案第２号を議題といたします。総務常任委員長の報告を求めます。\n"
        "◎総務常任委員長（南田二郎）　原案のとおり可決すべきものと決しました。\n"
        "○議長（北野一郎）　ご異議なしと認めます。議案第２号は、原案可決と決しました。\n",
        "令和６年度みなみ市一般会計補正予算（第１号）=承認",
    ),
    Convention(
        # △日程第３　承認第１号: the heading names the bill by number alone; the listing above gave its title.
        "outcome-business-listed-then-headed-by-number", "outcome",
        "◎本日の会議に付議した事件\n日程第　１　会期の決定\n"
        "日程第　２　承認第１号　専決処分につき承認を求める件（令和６年度みなみ市一般会計補正予算（第５号））\n\n"
        "○議長（北野一郎）　ただいまから臨時会を開会いたします。\n△日程第２　承認第１号\n"
        "○議長（北野一郎）　日程第２　承認第１号専決処分につき承認を求める件を議題といたします。\n"
        "◆３番（東山三郎）　質問いたします。\n"
        "◎総務部・危機管理担当部長・保健福祉部次長(感染症対策担当)(扱)（西川四郎）　お答えいたします。\n"
        "○議長（北野一郎）　したがって、承認第１号は、承認することに決定いたしました。\n",
        "専決処分につき承認を求める件（令和６年度みなみ市一般会計補正予算（第５号））=承認",
    ),
    Convention(
        # 陳情第５号を議題 … よって、本陳情は不採択と決定されました: the petition on the floor, named without its
        # number, is rejected; a member's 不採択とすべきとの立場 and the tail 採択 of 不採択 approve nothing.
        "outcome-petition-on-the-floor-rejected", "outcome",
        "△日程第１　陳情第５号　みなみ線の存続を求める陳情\n"
        "○議長（北野一郎）　日程第１、陳情第５号を議題といたします。\n"
        "◆２番（南田二郎）　私は、本陳情について不採択とすべきとの立場で討論いたします。\n"
        "○議長（北野一郎）　起立多数であります。よって、本陳情は不採択と決定されました。\n"
        "△日程第２　請願第１号　みなみ駅前の歩道整備を求める請願\n"
        "○議長（北野一郎）　請願第１号を議題といたします。\n"
        "○議長（北野一郎）　起立少数であります。したがって、本件は不採択とすることに決定いたしました。\n",
        "みなみ線の存続を求める陳情=不承認|みなみ駅前の歩道整備を求める請願=不承認",
    ),
    Convention(
        # 議案第１号から第２号までの以上２件を一括採決 … 各案は…原案可決と決しました: bills decided as a group.
        "outcome-group-counted-after-ijou", "outcome",
        "△日程第１　議案第１号　令和６年度みなみ市一般会計補正予算\n△日程第２　議案第２号　令和６年度みなみ市水道事業会計補正予算\n"
        "○議長（北野一郎）　議案第１号から第２号までの以上２件を一括採決いたします。\n"
        "○議長（北野一郎）　御異議なしと認めます。\n　よって、各案は委員長報告のとおり原案可決と決しました。\n",
        "令和６年度みなみ市一般会計補正予算=承認|令和６年度みなみ市水道事業会計補正予算=承認",
    ),
    Convention(
        # 議案第３号ないし議案第４号、以上２案件については、原案のとおり可決されました: the decision lists its bills
        # by ranges and numbers before its verb, a count after them; 意見書案第１号ないし第２号は…可決: no count.
        "outcome-bills-listed-in-their-decision", "outcome",
        "〇議事日程\n　日程１\n　　議案第３号　みなみ市手数料条例の一部改正について\n"
        "　　議案第４号　みなみ市介護保険条例の一部改正について\n　　議案第５号　令和６年度みなみ市一般会計予算について\n"
        "　日程２\n　　意見書案第１号　地域医療の充実について\n　　意見書案第２号　公共交通の確保について\n\n"
        "○議長（北野一郎君）　日程１、議案第３号ないし議案第５号、以上３案件を一括議題といたします。\n"
        "○議長（北野一郎君）　御異議なしと認め、議案第３号ないし議案第４号、以上２案件については、原案のとおり可決されました。\n"
        "○議長（北野一郎君）　起立少数であります。したがって、議案第５号については、否決されました。\n"
        "○議長（北野一郎君）　日程２、意見書案第１号及び意見書案第２号を一括議題といたします。\n"
        "○議長（北野一郎君）　御異議なしと認め、意見書案第１号ないし意見書案第２号は、原案のとおり可決されました。\n",
        "みなみ市手数料条例の一部改正について=承認|令和６年度みなみ市一般会計予算について=不承認|"
        "みなみ市介護保険条例の一部改正について=承認|地域医療の充実について=承認|公共交通の確保について=承認",
    ),
    Convention(
        # 日程第３　意見書案第15号: the order of business names the bills by number alone (two on one entry), and the
        # proposer reads each title out; the vote on 本案 (the bill on the floor) is 可決をいたしました.
        "outcome-bills-titled-where-they-are-read-out", "outcome",
        "〇議事日程\n　日程第１　意見書案第15号\n　日程第２　意見書案第16号及び意見書案第17号\n"
        "〇出席議員（２名）\n　　１番　　　議　　　長　　　北　野　一　郎\n　　２番　　　　　〃　　　　　南　田　　　健\n\n"
        "○議長（北野一郎）\n　日程第１、意見書案第15号の１件を議題といたします。\n"
        "○２番（南田健）\n　意見書案第15号地域医療の充実を求める意見書。\n"
        "○議長（北野一郎）\n　本案については原案のとおり可決をいたしました。\n"
        "○議長（北野一郎）\n　次に、日程第２、意見書案第16号及び意見書案第17号の合計２件を一括して議題といたします。\n"
        "○２番（南田健）\n　意見書案第16号公共交通の確保を求める意見書。\n　意見書案第17号鳥獣被害対策の拡充を求める意見書。\n"
        "○議長（北野一郎）\n　したがって、意見書案第16号は原案のとおり可決されました。\n"
        "○議長（北野一郎）\n　したがって、意見書案第17号は否決されました。\n",
        "地域医療の充実を求める意見書=承認|公共交通の確保を求める意見書=承認|鳥獣被害対策の拡充を求める意見書=不承認",
    ),
    Convention(
        # 本案は原案のとおり可決することに御異議ありませんか / …したがって、そのように決定いたしました: the outcome is put as
        # the question, and the decision only points back at it.
        "outcome-put-as-the-question-then-so-decided", "outcome",
        "△日程１　議案第２１号\n○議長（北野一郎君）　日程1、議案第21号　令和７年度みなみ市水道事業会計補正予算（第２号）を議題といたします。\n"
        "○議長（北野一郎君）　お諮りいたします。\n　本案は原案のとおり可決することに御異議ありませんか。\n　　〔「異議なし」と呼ぶ者あり〕\n"
        "○議長（北野一郎君）　御異議なしと認めます。\n　したがって、そのように決定いたしました。\n",
        "令和７年度みなみ市水道事業会計補正予算（第２号）=承認",
    ),
    Convention(
        # 日程第　１　… / 　　　（市長提出議案第１号）: the entry's number is in the note set right under its title;
        # the votes name the bills by that number.
        "outcome-number-in-the-proposer-note", "outcome",
        "〇議事日程\n日程第　１　専決処分の承認を求めることについて（令和６年度みなみ市一般会計補正予算（第３号））\n"
        "　　　　　　　　　　　　　　　　　（市長提出議案第１号）\n日程第　２　みなみ市手数料条例の一部を改正する条例\n"
        "　　　　　　　　　　　　　　　　　（市長提出議案第２号）\n日程第　３　例月出納検査の結果について\n"
        "　　　　　　　　　　　　　　　　　　　（監査報告）\n\n"
        "○議長（北野一郎）　日程第３、例月出納検査の結果についてを議題といたします。\n"
        "○議長（北野一郎）　日程第１、議案第１号及び日程第２、議案第２号を一括議題といたします。\n"
        "○議長（北野一郎）　異議ないものと認め、議案第１号については原案のとおり承認されました。\n"
        "○議長（北野一郎）　異議ないものと認め、議案第２号については原案のとおり可決されました。\n",
        "例月出納検査の結果について=不明|専決処分の承認を求めることについて（令和６年度みなみ市一般会計補正予算（第３号））=承認|"
        "みなみ市手数料条例の一部を改正する条例=承認",
    ),
)

# A prefecture's 議事要旨: the members only counted, the officers elected in narration with their names in quotes.
_COUNTED_MEMBERS_OFFICERS_ELECTED = (
    "北山県動物愛護推進協議会令和6年度議事要旨\n\n1.日時\n\n令和6年7月10日(水曜日)午前10時から正午まで\n\n"
    "2.場所\n\n北山県庁本庁舎5階会議室\n\n3.出席委員\n\n委員12名中10名出席\n\n4.議事要旨\n\n(1)役員の選出について\n\n"
    "会長に\"北野一郎\"委員が選出された。\n\n副会長に\"南田花子\"委員が選出された。\n\n(議長)\n\n"
    "会長を務めます北野です。よろしくお願いします。\n"
)

# Layouts of the round 47 blind set, each in our own words.
CATALOGUE += (
    # 北野 一郎 / 南田 健 / (1)議事録署名人指名 / 土地掘削許可について: a PDF's cells read past the roster into the agenda;
    # a case's wording names no one.
    Convention("roster-cells-run-into-the-agenda-wording", "roster",
               "北野一郎\n南田健\n東山花子\n議事録署名人指名\n土地掘削許可について", "北野一郎、南田健、東山花子"),
    # 第 / 6 / 回 / 北山市動物愛護検討委員会 / 議 / 事 / 録: a PDF's title extracted one cell a line; the count is the label.
    Convention("record-fact-count-of-the-title-a-cell-a-line", "record-fact",
               "会議録 - 北山市\n第\n6\n回\n北山市動物愛護検討委員会\n議\n事\n録\n日\n時:令和6年8月31日(土)午後7時開会\n"
               "場\n所:北山市動物管理センター\n1.開\n会\n○事務局(北野所長)\nそれでは、ただいまより開催いたします。\n",
               "meeting_label=第6回"),
    # 北山市ホーム > 防災施策 > 北山市防災施策推進会議等 > … / 地域の連携に関する検討会(第5回)議事録: the body the breadcrumb
    # names is the section the page is filed under; the page's own title names the body that sat.
    Convention("record-fact-own-title-over-the-section-in-the-breadcrumb", "record-fact",
               "-\n防災施策\n-\n\n北山市ホーム > 防災施策 > 北山市防災施策推進会議等 > 各検討会の開催状況 > "
               "地域の連携に関する検討会の開催状況 > 第5回議事録\n\n-\n\n地域の連携に関する検討会(第5回)議事録\n\n"
               "日時:令和6年8月7日(水)13:00~15:00\n場所:北山合同庁舎 第2会議室\n出席者:\n座長北野 一郎北山大学教授\n\n"
               "(議事次第)\n\n1.開会\n\n2.連携の仕組みについて\n\n3.閉会\n",
               "council_name=地域の連携に関する検討会"),
    # 会長に"北野一郎"委員が選出された。: the officer elected in narration, the name set in straight quotes.
    Convention("record-fact-chair-elected-with-the-name-in-quotes", "record-fact",
               _COUNTED_MEMBERS_OFFICERS_ELECTED,
               "chair=北野一郎"),
    # 委員12名中10名出席 / 会長に"北野一郎"委員が… / 副会長に"南田花子"委員が…: the roster only counts the members; the
    # officers elected are the members the record names.
    Convention("record-fact-officers-elected-where-the-roster-only-counts", "record-fact",
               _COUNTED_MEMBERS_OFFICERS_ELECTED, "members_present=['北野一郎', '南田花子']"),
    # 委員長に北野一郎委員(市議会議員)、副委員長に南田花子委員(市民公募)が選出されました。: a news page narrates the sitting
    # with no roster; the officers elected in one sentence, each with the seat they come from, are the members it names.
    Convention("record-fact-officers-elected-in-one-sentence-where-no-roster", "record-fact",
               "北山市平和宣言起草委員会\n第1回北山市平和宣言起草委員会を開催\n令和5年8月6日(日)午後1時30分から、市役所305会議室で、"
               "第1回北山市平和宣言起草委員会が開催されました。\n委員長および副委員長を選任\n委員の互選により、委員長に北野一郎委員(市議会議員)、"
               "副委員長に南田花子委員(市民公募)が選出されました。\n協議の内容\n起草方針について\n- 宣言の題名について協議しました。\n",
               "members_present=['北野一郎', '南田花子']"),
    # 北山県動物愛護推進協議会令和6年度議事要旨: a body meeting once a year labels the record by the fiscal year, run in
    # between its name and the record's word.
    Convention("record-fact-fiscal-year-between-the-name-and-the-record-word", "record-fact",
               _COUNTED_MEMBERS_OFFICERS_ELECTED, "meeting_label=令和6年度"),
    # 司会>> 定刻となりましたので… 司会>> … 北野会長>> …: a summary service's page runs the statements into one paragraph, each
    # after its speaker's label closed by >>; each is a turn, and the numbered heading above them is the case.
    Convention("record-turns-labels-closed-by-chevrons", "record-turns",
               "令和6年度第2回北山市環境審議会\n\n【ご利用にあたって】\nこのページは自動で作成した要約です。\n\n要約率を指定してください。\n%\n\n"
               "1. 北山市環境基本計画の改定について\n\n司会>> 定刻となりましたので、北山市環境審議会を始めます。 司会>> 本日の資料を"
               "確認します。 北野会長>> よろしくお願いします。まず事務局から説明をお願いします。 事務局>> 資料1により説明します。"
               " 南田委員>> 目標の年次について伺います。\n",
               "司会|司会|北野会長|事務局|南田委員"),
    Convention("record-case-over-labels-closed-by-chevrons", "record",
               "令和6年度第2回北山市環境審議会\n\n【ご利用にあたって】\nこのページは自動で作成した要約です。\n\n要約率を指定してください。\n%\n\n"
               "1. 北山市環境基本計画の改定について\n\n司会>> 定刻となりましたので、北山市環境審議会を始めます。 司会>> 本日の資料を"
               "確認します。 北野会長>> よろしくお願いします。まず事務局から説明をお願いします。 事務局>> 資料1により説明します。"
               " 南田委員>> 目標の年次について伺います。\n",
               "その他:北山市環境基本計画の改定について"),
    # 北野一郎委員長、南田副委員長、東山委員   オブザーバー 山川次郎議長、川上副議長: the observers' group after the members,
    # its word before their names; the assembly's presiding officers sit in, no members of the committee.
    Convention("roster-observers-group-after-the-members", "roster",
               "北野一郎委員長、南田副委員長、東山委員、西川委員         オブザーバー 山川次郎議長、川上副議長",
               "北野一郎、南田、東山、西川"),
    # 北野会長、南田副会長、東山構成員、…、 山川構成員代理: a study group's members named with 構成員 (a word of office, no part
    # of the name), and one who came in a member's stead named with 構成員代理: no member, the member away.
    Convention("roster-members-named-with-koseiin-and-a-stand-in", "roster",
               "北野会長、南田副会長、東山構成員、西川構成員、 山川構成員代理", "北野、南田、東山、西川"),
    # …10 議会事務局出席職員 北川事務局長 11 会議に付した事件 / 〇議案概要の説明(副市長) / 〇追加議案   〇議事運営について
    # ・一般質問について / 12 議事: an assembly committee's cases marked with the labels' round mark, several run onto one
    # line, bulleted points under the last; the numbered fields above them are the header's, no cases.
    Convention("record-cases-marked-under-the-cases-field", "record",
               "議会運営委員会会議録\n1 開催年月日 令和6年 9月2日(月曜日)       開会\n午前 9時30分       閉会 午前10時40分\n"
               "2 開催場所 北山市役所 3階 第1委員会室\n3 出席委員 北野一郎委員長、南田副委員長、東山委員、西川委員\n"
               "4 欠席委員 なし\n5 委員外議員 なし\n\n6 会議録署名委員 東山委員  7 参考人 なし\n"
               "8 説明のための出席者 山川市長、川上副市長\n9 議会事務局出席職員 北川議会事務局長 10 会議に付した事件\n"
               "〇9月定例会議案概要の説明(副市長)\n〇追加予定議案   〇議事運営について    ・請願の取り扱いについて    "
               "・一般質問について\n11 議事\n午前9時30分 開会\n"
               "○(北野一郎委員長) おはようございます。ただいまから議会運営委員会を開会いたします。\n",
               "その他:9月定例会議案概要の説明|その他:追加予定議案|その他:議事運営について"),
    # 出席委員 / (blank) / 北野一郎委員(北山大学)、南田健委員(北山医師会)、…以上14名: one line of the members, each with the
    # body the member comes from in brackets; the line is long with many members, but a list, no sentence.
    Convention("record-fact-long-line-of-members-with-their-bodies", "record-fact",
               "令和2年度第1回北山市健康づくり推進協議会会議録\n\n開催日時\n\n令和2年7月30日(木曜日)\n\n"
               "午後1時30分から午後2時20分まで\n\n開催場所\n\n北山市保健センター 2階 会議室\n\n出席委員\n\n"
               + "、".join(f"{n}委員({b})" for n, b in (
                   ("北野一郎", "北山大学看護学部"), ("南田健", "北山地区医師会"), ("東山花子", "北山地区歯科医師会"),
                   ("西川三郎", "北山地区薬剤師会"), ("山川次郎", "北山市社会福祉協議会"), ("川上葉子", "北山市民生委員協議会"),
                   ("北村四郎", "北山市商工会"), ("南野五郎", "北山保健所"), ("東田和子", "北山市立中学校長会"),
                   ("西野六郎", "北山市PTA連合会"), ("北原七子", "北山鉄道株式会社北山駅"),
                   ("南原八郎", "北山地区消防組合北山消防署"))) + "以上12名\n\n事務局職員\n\n保健センター 北川所長\n",
               "members_present=['北野一郎', '南田健', '東山花子', '西川三郎', '山川次郎', '川上葉子', '北村四郎', '南野五郎', "
               "'東田和子', '西野六郎', '北原七子', '南原八郎']"),
)

# 【非公開】, (非公開), （一部非公開審議）: the item was heard in closed session (all or in part), as the agenda or its heading
# marks after the title. A part heard closed keeps the whole item off the public pages until the secretariat decides.
CLOSED_MARK = re.compile(r"[（(【\[［](?:一部)?非公開(?:審議|案件|事項)?[）)】\]］]")
# 以下、…条例第25条により非公開で審議した / 非公開で審査を行った: the record says so under the item.
CLOSED_NARRATION = re.compile(r"非公開(?:で|にて|により|として)[^。\n]{0,6}?(?:審議|審査|議論|協議|調査審議|会議を行)")

# --- A decision written as the model records it (shingikai's own 会議録 is one such layout) --------------------------
# （2）…について（諮問） / 担当課：市民課: the department that brings the case, on its own line under the case's heading;
# never the second line of its title.
DEPARTMENT_LINE_WORDS = ("担当課", "所管課", "担当部署", "担当部局")
# 〈結論〉 / 承認（挙手全員）: the conclusion's first line is the outcome by its own label, the manner of the vote (挙手全員,
# 異議なし, 採決：賛成4、反対1) in brackets after it; the plain sentences under it are the decision's wording, which names
# no condition of its own.
VOTE_NOTE = r"[（(][^（）()\n]{1,40}[）)]"
# ・【条件】… / ・【附帯意見】… / ・【後日報告】…（対応：市民課、期限：令和8年1月31日） / ・【資料提出】…: each marked bullet under
# the conclusion is one condition or follow-up of the kind its bracket names, as the parse writes them ("" for a
# condition as such, 「意見: 」 …); what the bullet says of who answers and by when stays in its words.
FOLLOW_UP_MARKS = {"条件": "", "附帯意見": "意見: ", "意見": "意見: ", "後日報告": "後日報告: ", "資料提出": "資料提出: "}
FOLLOW_UP_BULLET = re.compile(
    rf"^[・･•\-][ \t\u3000]*【(?P<k>{'|'.join(FOLLOW_UP_MARKS)})】[ \t\u3000]*(?P<t>\S.*)$"
)

_OWN_HEAD = (
    "令和7年度第3回みなみ市情報公開・個人情報保護審議会\n会議録（要点記録）\n日時\t令和7年11月17日（月） 14時00分～15時40分\n"
    "場所\tみなみ市役所本庁舎 5階 大会議室\n出席委員\t北野一郎（会長）、南田健、東山清（計3人）\n内容及び要点\n"
)
# Items read whole (kind:title/departments=outcome, then each condition in brackets; |-joined) from a record in the
# layout above.
DECIDED_ITEM_CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        "department-line-under-the-heading", "decided-item",
        _OWN_HEAD + "（1）開会\n（2）防犯カメラの設置について（諮問）\n担当課：市民課\n〈説明〉\n〔担当課〕設置場所を説明します。\n"
        "（3）住民票の写しの交付に関する委託について（諮問）\n担当課：こども家庭課、市民課\n〈説明〉\n〔担当課〕委託先を説明します。\n"
        "（4）閉会\n",
        "諮問:防犯カメラの設置について/市民課=不明|諮問:住民票の写しの交付に関する委託について/こども家庭課、市民課=不明",
    ),
    Convention(
        "outcome-label-with-the-vote-then-the-wording", "decided-item",
        _OWN_HEAD + "（1）防犯カメラの設置について（諮問）\n担当課：市民課\n〈質疑応答〉\n〔委員〕保存期間は。\n"
        "〔担当課〕30日です。\n〈結論〉\n承認（挙手全員）\n評価書の内容は適当と認め、点検結果のとおり通知する。\n"
        "（2）窓口業務の委託について（諮問）\n〈結論〉\n継続審議（異議なし）\n次回に改めて審議する。\n"
        "（3）外部提供について（諮問）\n〈結論〉\n承認（採決：賛成4、反対1）\n",
        "諮問:防犯カメラの設置について/市民課=承認|諮問:窓口業務の委託について/=継続審議|諮問:外部提供について/=承認",
    ),
    Convention(
        "no-conclusion-recorded", "decided-item",
        _OWN_HEAD + "（1）防犯カメラの設置について（諮問）\n担当課：市民課\n〈説明〉\n〔担当課〕設置場所を説明します。\n〈結論〉\n"
        "結論の記録はありません。\n（2）閉会\n",
        "諮問:防犯カメラの設置について/市民課=不明",
    ),
    Convention(
        # A report marked so is a report, a yearly or audit report too, once the council states it noted it.
        "report-noted-by-its-label", "decided-item",
        _OWN_HEAD + "（1）特定個人情報の取扱いに関する監査結果について (2025年度 監査)（報告）\n担当課：市民課\n〈結論〉\n"
        "報告了承（異議なし）\n報告を了承する。\n（2）要配慮個人情報の取扱状況について (令和7年10月31日現在)（報告）\n〈結論〉\n"
        "報告了承\n",
        "報告:特定個人情報の取扱いに関する監査結果について (2025年度 監査)/市民課=報告了承|"
        "報告:要配慮個人情報の取扱状況について (令和7年10月31日現在)/=報告了承",
    ),
    Convention(
        "marked-conditions-and-follow-ups-under-the-outcome", "decided-item",
        _OWN_HEAD + "（1）防犯カメラの設置について（諮問）\n担当課：市民課\n〈結論〉\n条件付き承認（挙手全員）\n次の条件を付して承認する。\n"
        "・【条件】映像の保存期間を30日とすること\n・【附帯意見】設置場所を表示すること\n"
        "・【後日報告】運用開始後の利用状況を報告すること（対応：市民課、期限：令和8年1月31日）\n"
        "・【資料提出】委託契約書の写し\n",
        "諮問:防犯カメラの設置について/市民課=条件付き承認[映像の保存期間を30日とすること][意見: 設置場所を表示すること]"
        "[後日報告: 運用開始後の利用状況を報告すること（対応：市民課、期限：令和8年1月31日）][資料提出: 委託契約書の写し]",
    ),
    Convention(
        # 全文: every turn under the item's heading, then 決定事項 lists each decision under the same heading again.
        "decisions-listed-again-after-the-proceedings", "decided-item",
        _OWN_HEAD.replace("内容及び要点", "会議の経過") + "（1）防犯カメラの設置について（諮問）\n市民課長：設置場所を説明します。\n"
        "委員：保存期間は。\n（2）閉会\n会長：閉会します。\n決定事項\n（1）防犯カメラの設置について（諮問）\n承認（挙手全員）\n"
        "諮問のとおり承認する。\n・【後日報告】運用状況を報告すること（期限：令和8年3月31日）\n\n"
        "以上のとおり相違ないことを確認し、みなみ市情報公開・個人情報保護審議会の会議録としてここに署名する。\n",
        "諮問:防犯カメラの設置について/市民課=承認[後日報告: 運用状況を報告すること（期限：令和8年3月31日）]",
    ),
    Convention(
        # A PDF wraps a long heading at the page's edge: its kind mark alone on the next line.
        "kind-mark-wrapped-onto-its-own-line", "decided-item",
        _OWN_HEAD + "（1）住民票の写し等のコンビニエンスストアにおける交付に伴うオンライン結合について\n（諮問）\n担当課：市民課\n"
        "〈結論〉\n承認（挙手全員）\n（2）予防接種予診票の封入封緘業務の外部委託について\n（報告）\n担当課：健康づくり課\n"
        "〔健康づくり課長〕委託したことを報告します。\n",
        "諮問:住民票の写し等のコンビニエンスストアにおける交付に伴うオンライン結合について/市民課=承認|"
        "報告:予防接種予診票の封入封緘業務の外部委託について/健康づくり課=不明",
    ),
    Convention(
        # A PDF wraps a long title inside a word; the department's line follows the rest of it.
        "title-wrapped-inside-a-word-over-its-department-line", "decided-item",
        _OWN_HEAD + "（1）住民票の写し等のコンビニ交付サービスに係る業務の外部委託及びオンライン結合につ\nいて（諮問）\n"
        "担当課：市民課\n〈結論〉\n承認（挙手全員）\n",
        "諮問:住民票の写し等のコンビニ交付サービスに係る業務の外部委託及びオンライン結合について/市民課=承認",
    ),
    Convention(
        # 議題に属さない発言: the turns no item was given, after the last item; no part of its title, no item.
        "turns-of-no-item-after-the-last", "decided-item",
        _OWN_HEAD + "（1）防犯カメラの設置について（諮問）\n担当課：市民課\n〈結論〉\n承認（挙手全員）\n（2）閉会\n"
        "議題に属さない発言\n〔事務局〕ただいまから開会します。\n〔委員〕承知しました。\n",
        "諮問:防犯カメラの設置について/市民課=承認",
    ),
    Convention(
        # A PDF wraps a long bullet at the page's edge: the rest of its words are on the next line.
        "follow-up-wrapped-at-the-page-edge", "decided-item",
        _OWN_HEAD + "（1）監査結果について（報告）\n〈結論〉\n報告了承（異議なし）\n"
        "・【後日報告】退職者のアカウントが1件残っていた — 人事異動時にアカウントを棚卸しするこ\n"
        "と（対応：市民課、期限：令和8年1月31日）\n",
        "報告:監査結果について/=報告了承[後日報告: 退職者のアカウントが1件残っていた — 人事異動時にアカウントを棚卸しすること"
        "（対応：市民課、期限：令和8年1月31日）]",
    ),
)

# A 会議結果 page: 会議結果の概要 over each case as 第N号議案「title(諮問)」 with its 要旨 and 結果 lines, no roster; the
# answer that the body has no objection is its approval.
_RESULTS_PAGE_HEAD = (
    "第12回北山市緑地保全審議会会議結果のお知らせ\n開催日時\n令和6年5月20日(月曜日) 14時00分から15時10分まで\n"
    "開催場所\n北山市役所3階 第1会議室\n会議結果の概要\n"
    "第1号議案「北山緑地の保全計画の案について(答申)」\n要旨\n"
    "北山市緑地条例第8条の規定により諮問のあった保全計画の案について、当審議会の意見を述べようとするものである。\n"
    "結果\n異議ない旨を答申することに決定した。\n"
    "第2号議案「南田地区の樹林の指定について(諮問)」\n要旨\n"
    "北山市長から、南田地区の樹林を保全樹林に指定することについて、当審議会の意見を求められているものである。\n"
    "結果\n異議ない旨を答申することに決定した。\n"
)
# 1 開  会 / … / 5 閉  議 / 6 閉  会: an assembly's 議事日程 of procedure alone, the day's sitting closed before the session.
CATALOGUE += (
    Convention("proceedings-schedule-closing-the-sitting-then-the-session", "proceedings",
               " 1 開  会\n 2 開  議\n 3 会期の決定\n 4 管理者挨拶\n 5 閉  議\n 6 閉  会\n", ""),
    # 平成14年4月26日(金)1500~1700: the clock range as four digits each, no colon.
    Convention("header-clock-range-without-colons", "header", "日時：令和6年4月26日(金)1500~1700", "start_time=15:00"),
    Convention("header-clock-range-without-colons-closing", "header", "日時：令和6年4月26日(金)1500~1700", "end_time=17:00"),
    # 座長:北野 一郎(北山大学法学部教授) / 座長代理:南田 健(…): the office and a colon before each officer's name.
    Convention("header-offices-closed-by-colons-before-names", "header",
               "出席者\n委員\n座長:北野 一郎(北山大学法学部教授)\n座長代理:南田 健((財)北山振興財団理事長)\n東山 花子(北山商事顧問)",
               "members_present=北野一郎、南田健、東山花子"),
    Convention("header-chair-office-closed-by-a-colon", "header",
               "出席者\n委員\n座長:北野 一郎(北山大学法学部教授)\n座長代理:南田 健((財)北山振興財団理事長)\n東山 花子(北山商事顧問)",
               "chair=北野一郎"),
    # 4.議題 / • (1)…議事要旨(案)の確認 / • (2)現地視察の報告 / 5.議事の概要: what was seen on a visit, reported, is business.
    Convention("record-site-visit-reported", "record",
               "北山飛行場周辺の環境に関する懇談会 議事要旨(第3回会合)\n\n1.日時\n\n令和6年4月26日(金)1500~1700\n\n"
               "2.場所\n\n北山庁舎会議室\n\n3.出席者\n\n委員\n座長:北野 一郎(北山大学法学部教授)\n東山 花子(北山商事顧問)\n\n"
               "4.議題\n\n  • (1)北山飛行場の騒音対策について\n  • (2)現地視察の報告\n\n5.議事の概要\n\n"
               "(1)北山飛行場の騒音対策について\n事務局より説明があり、意見交換を行った。\n(2)現地視察の報告\n"
               "北山飛行場周辺の視察について、事務局より報告された。\n",
               "その他:北山飛行場の騒音対策について|報告:現地視察の報告"),
    # …会議の進行を東山会長さんにお願いいたします。: the one asked to preside named after what is asked (with さん).
    Convention("record-fact-chair-asked-after-the-business-is-named", "record-fact",
               "議  事  録\n\n会議名   第12回北山市中央卸売市場運営協議会\n\n開催日時  令和6年1月24日(水)13:30~14:50\n\n"
               "開催場所  北山市中央卸売市場管理事務所3階会議室\n\n出席者   委員(50音順)10名中8名\n\n"
               "       北野委員、南田委員、東山委員、西川委員、中村委員、川上委員、森本委員、大野委員\n\n"
               "議 事(1)北山市中央卸売市場業務条例一部改正について\n\n司   会\n\n(北川市場総括担当課長)\n\n"
               "ただいまから、第12回北山市中央卸売市場運営協議会を始めさせていただきます。それでは、会議の進行を東山会長さんに"
               "お願いいたします。\n\n東山会長\n\n会長の東山でございます。それでは議事に入ります。\n",
               "chair=東山"),
    # (1) / 令和5年度 / 第1回…審議会 / 会 議 録 / … (2) / 令和5年度 / …: a PDF's page numbers, each over the cover's year.
    Convention("record-page-numbers-over-the-year", "record",
               "(1)\n\n令和5年度\n\n第1回北山市南地区地域審議会\n\n会 議 録\n\nと き:令和5年8月2日(水)\n\n"
               "ところ:北山市南コミュニティセンター\n\n(2)\n\n令和5年度\n\n第1回北山市南地区地域審議会\n\n"
               "1 日時 令和5年8月2日(水) 14時00分開会・15時00分閉会 2 場所 北山市南コミュニティセンター 3出席委員 3人 "
               "会長 北野 一郎 委員 南田 健 委員 東山 花子", ""),
)
DECIDED_ITEM_CONVENTIONS += (
    Convention("results-page-quoted-cases-with-gist-and-result", "decided-item", _RESULTS_PAGE_HEAD,
               "諮問:北山緑地の保全計画の案について/=承認|諮問:南田地区の樹林の指定について/=承認"),
    # A case with no (諮問) note numbered as a bill: the page is read as an assembly's, whose answer is the same.
    Convention("results-page-with-a-case-of-no-kind", "decided-item",
               _RESULTS_PAGE_HEAD + "第3号議案「北山川の魚類の採捕の制限について」\n要旨\n"
               "北山川において放流する魚類の育成を図るため、採捕を制限しようとするものである。\n",
               "諮問:北山緑地の保全計画の案について/=承認|諮問:南田地区の樹林の指定について/=承認"
               "|その他:北山川の魚類の採捕の制限について/=不明"),
)

# A town assembly's PDF record whose 議事日程 page comes first: the sitting's title again at its head, each step of
# procedure with the rule it follows, the signers' seats under their step; then 会議録 over the title and the
# numbered form (１ 開催年月日 …, ５ 出席議員 with the seats several to a row, no 番), then 議事の経過.
_SCHEDULE_PAGE_FIRST = (
    "第２回北山町議会臨時会\n議事日程\n令和７年第２回北山町議会臨時会\n（令和７年６月３日 10時00分 開会・開議）\n"
    "開会・開議宣告（会議規則第８条）\n日程第１ 会議録署名議員の指名\n３ 川上 勉 ４ 森本みどり\n日程第２ 会期の決定\n"
    "日程第３ 議案第21号 北山町手数料条例の一部を改正する条例\n- 1 -\n\n"
    "会議録\n令和７年第２回北山町議会臨時会\n１ 開催年月日 令和７年６月３日\n２ 招集の場所 北山町役場２階議場\n"
    "３ 開会・開議 ６月３日 10時00分宣告\n４ 応集議員 全議員\n５ 出席議員 （６名）\n議 長 北野一郎\n副議長 西川 進\n"
    "１ 南田 健 ２ 東山花子\n３ 川上 勉 ４ 森本みどり\n６ 地方自治法第121条の規定による説明員\n"
    "町 長 北川和夫 総 務 課 長 南野一男\n７ 職務のため出席した議会事務局職員\n事務局長 中村次郎\n- 2 -\n\n"
    "議事の経過\n（令和７年６月３日 10:00 開会・開議）\n"
    "○議長（北野一郎） ただいまから令和７年第２回北山町議会臨時会を開会いたします。\n"
    "○議長（北野一郎） 日程第１、会議録署名議員の指名を行います。３番川上議員、４番森本議員を指名いたします。\n"
)
# An assembly's record numbered in sections: 日程 １ (no 第) entries with a title wrapped onto the next line, then
# ２ 本日の会議に付した事件, the seats, and the officials summoned in sections named by who delegated them
# (５ 本会議に説明のため出席したもの / ６ 町長の委任を受けて説明のため出席したもの).
_SECTIONS_BY_DELEGATION = (
    "令和７年（2025 年）第３回北山町議会臨時会会議録\n１ 議事日程 第１号\n"
    "日時 令和７年（2025年）９月９日（火曜日） 午前10時00分 開 議\n場所 北山町議会議場\n"
    "日程 １ 会議録署名議員の指名\n日程 ２ 議案第 41号 令和７年度（2025年度）北山町一般会計補正予算\n（第３号）について\n"
    "日程 ３ 議案第 42号 物品の購入について\n２ 本日の会議に付した事件\n議事日程のとおり\n３ 出席議員（４人）\n"
    "１番 北野 一郎議員 ２番 南田 健議員\n３番 東山 花子議員 ４番 西川 進議員\n４ 欠席議員（なし）\n"
    "５ 本会議に説明のため出席したもの\n町 長 北 川 和 夫\n６ 町長の委任を受けて説明のため出席したもの\n"
    "総 務 課 長 南 野 一 男\n７ 議会事務局職員出席者\n事 務 局 長 中 村 次 郎\n－1－\n\n"
    "令和７年（2025年）９月９日（火曜日） 午前10時00分 開議\n○議長（西川進）\nただいまから、第３回北山町議会臨時会を開会します。\n"
    "日程２ 議案第41号 令和７年度（2025年度）北山町一般会計補正予算（第３号）について\n○議長（西川進）\n"
    "日程２、議案第41号を議題とします。提案理由の説明を求めます。\n○町長（北川和夫）\nご説明申し上げます。\n"
    "○議長（西川進）\nこれから議案第41号を採決します。本案は原案のとおり可決されました。\n"
    "日程３ 議案第42号 物品の購入について\n○議長（西川進）\n日程３、議案第42号を議題とします。\n"
    "○議長（西川進）\nこれから議案第42号を採決します。本案は原案のとおり可決されました。\n")
# Round 51b. A national study group's 議事録: its 主査 named only as nominating the deputy, whose election is procedure.
_STUDY_GROUP_DEPUTY_NOMINATED = (
    "第二期北山市食文化委員会(第1回) 議事録\n\n1.日時\n\n令和6年4月10日(水曜日) 10時~12時\n\n2.場所\n\n北山市役所 第1会議室\n\n"
    "3.出席者\n\n委員\n\n 北野委員、南田委員、東山委員、西川委員\n\n事務局\n\n 森本課長 ほか\n\n4.議事録\n\n(1)主査代理の選任について\n\n"
    " 北野主査の指名により、南田委員が主査代理に選任された。\n\n(2)公開審議\n\n 以下のとおり。\n\n【委員】\n それでは始めます。\n"
)
# A ministry's 議事要旨: a bulleted 次第 whose groups carry notes (・事務局説明, ・諮問文手交、事務局説明, ・…に関連する質疑)
# over their numbered cases, and a 会議経過 whose bracketed heading points back at a group.
_BULLETED_ORDER_WITH_GROUP_NOTES = (
    "北山市防災会議議事要旨\n\n  1. 日時\n    令和6年10月7日(月)10時00分~12時00分\n  2. 場所\n    北山市役所会議室\n  3. 出席者\n"
    "    委員\n    北野会長、南田会長代理、東山委員、西川委員\n  4. 次第\n    • (1) 開会\n    • (2) 報告事項\n      ・事務局説明\n"
    "      1. 北山市防災訓練の結果について\n      ・報告事項に関連する質疑\n    • (3) 審議事項\n      ・諮問文手交、事務局説明\n"
    "      1. 北山市地域防災計画の修正について\n      2. 北山市水防計画の見直しについて\n      ・審議事項に関する質疑\n    • (4) 閉会\n"
    "  5. 会議経過\n    • 【審議事項に関連する説明事項】\n      1 審議事項について事務局が説明した。\n"
)
CATALOGUE += (
    # 北野主査の指名により、南田委員が主査代理に選任された: who nominates the deputy presides; 主査代理の選任 is the body's
    # own set-up, no case.
    Convention("record-fact-chair-named-nominating-the-deputy", "record-fact", _STUDY_GROUP_DEPUTY_NOMINATED, "chair=北野"),
    Convention("record-deputy-chief-examiners-election-is-no-item", "record", _STUDY_GROUP_DEPUTY_NOMINATED, ""),
    # ・諮問文手交、事務局説明 over a group's cases and 【審議事項に関連する説明事項】 in the account: notes, no cases.
    Convention("record-group-notes-of-a-bulleted-order-are-no-items", "record", _BULLETED_ORDER_WITH_GROUP_NOTES,
               "報告:北山市防災訓練の結果について|その他:北山市地域防災計画の修正について|その他:北山市水防計画の見直しについて"),
)
# A commission's 開催状況 page: 付議事項 / 審議結果 cells over rows each run into one line, number, title and result.
DECIDED_ITEM_CONVENTIONS += (
    # 第2号議案…制定の件継続審議: the title closes as titles do, the result is the results column's word; the last
    # minutes' approval is procedure, a 議案 the body's own decision (その他).
    Convention(
        "result-run-into-each-row-of-a-flattened-results-table", "decided-item",
        "令和6年度第5回北山市公平委員会開催状況\n\n開催日時\n\n令和6年9月12日(木曜日)午後2時から午後3時30分\n\n場所\n\n委員会室\n\n"
        "出席者\n\n委員長\n\n北野 一郎\n\n委員\n\n南田 健\n\n議事等\n\n付議事項\n\n審議結果\n\n"
        "第1号議案前回開催公平委員会の議事録の承認に関する件議事録を承認\n"
        "第2号議案職員の勤務時間に関する規則の一部を改正する規則制定の件継続審議\n"
        "第3号議案条例案に関する意見の件(北山市職員定数条例の一部を改正する条例案)意見を決定\n\n"
        "5 会議の概要\n\n前回の議事録を承認した。\n",
        "その他:職員の勤務時間に関する規則の一部を改正する規則制定の件/=継続審議|"
        "その他:条例案に関する意見の件(北山市職員定数条例の一部を改正する条例案)/=承認",
    ),
)
# A city page's 開催結果 of a citizens' 懇談会: 開催内容 as bullets, the topics numbered under some of them.
CATALOGUE += (
    # • 自由討議 / 1.…について / 2.ごみ集積所について(1): the numbered topics are the cases; the bullets with nothing
    # under them (あいさつ) are steps.
    Convention("record-topics-numbered-under-the-bullets-of-the-contents", "record",
               "第3回 北町地区まちづくり懇談会 開催結果\n\n開催日時 令和6年7月5日(金曜日)午後6時30分から午後8時\n開催場所 北町公民館\n"
               "参加人数 85人\n開催内容\n\n  • 地域代表あいさつ\n  • 市長あいさつ\n  • 地域代表者意見\n     1.北山駅西口の整備について\n"
               "     2.北町公園の遊具について\n  • 自由討議\n     1.通学路の安全対策について\n     2.ごみ集積所について(1)\n"
               "     3.ごみ集積所について(2)\n    (注意)内容は要約して掲載しています。\n\n地域代表者意見\n\n1 北山駅西口の整備について\n\n"
               "(意見)\n 西口の整備はどのようになる予定か伺いたい。",
               "その他:北山駅西口の整備について|その他:北町公園の遊具について|その他:通学路の安全対策について|"
               "その他:ごみ集積所について(1)|その他:ごみ集積所について(2)"),
)
CATALOGUE += (
    # 南谷地区まちづくり懇談会 / 第2次北山市総合計画: a neighbourhood (地区) before the body is no ward; the city is the one
    # the page names most, the plan's edition (2次) no letter of its name.
    Convention("record-fact-neighbourhood-before-the-body-is-no-ward", "record-fact",
               "第3回 南谷地区まちづくり懇談会 開催結果\n\n開催日時 令和6年7月5日(金曜日)午後6時30分から午後8時\n開催場所 南谷公民館\n"
               "参加人数 85人\n開催内容\n\n  • 地域代表者意見\n     1.第2次北山市総合計画の進捗について\n\n地域代表者意見\n\n"
               "1 第2次北山市総合計画の進捗について\n\n(意見)\n 第2次北山市総合計画の見直しの内容を北山市の広報紙に載せてほしい。\n",
               "municipality=北山市"),
)
# An aggregator's copy of a village assembly that meets the year round: the prefecture and village on a banner line,
# the title the month's sitting alone (令和5年定例会6月会議(第3日) 本文).
_YEAR_ROUND_SITTING_UNDER_BANNER = (
    "議事録検索\n\n\n北山県 北野村\n\n令和5年定例会6月会議(第3日) 本文\n\n\n\n\n2023.06.14 : 令和5年定例会6月会議(第3日) 本文\n\n\n"
    "◯議長【南田健君】 皆様、おはようございます。\n ただいまの出席議員数は12名であります。これより会議を開きます。\n\n\n"
    "◯議長【南田健君】 日程第1 議案第5号 令和5年度北野村一般会計補正予算(第2号)を議題といたします。\n 提案理由の説明を求めます。村長。\n"
    "             [村長 東山清君 登壇]\n\n\n◯村長【東山清君】 ただいま議題となりました補正予算について御説明申し上げます。\n"
)
CATALOGUE += (
    # 定例会6月会議 is the sitting, no body: the body is the village's assembly, the sitting its label.
    Convention("record-fact-year-round-sitting-is-no-body", "record-fact", _YEAR_ROUND_SITTING_UNDER_BANNER,
               "council_name=北野村議会"),
    Convention("record-fact-year-round-sitting-labels-the-assembly", "record-fact", _YEAR_ROUND_SITTING_UNDER_BANNER,
               "meeting_label=令和5年定例会6月会議"),
)
CATALOGUE += (
    # 出席者 / 委員長 / 北野 一郎 / 委員 / 南田  健 / … / 議事等: each role over one name, however wide its letters' gap; the
    # 議事等 field after the roster heads the business, no name.
    Convention("record-fact-spaced-name-under-its-role-then-the-business-field", "record-fact",
               "令和6年度第6回北山市公平委員会開催状況\n\n開催日時\n\n令和6年10月3日(木曜日)午後2時から午後3時\n\n場所\n\n委員会室\n\n"
               "出席者\n\n委員長\n\n北野 一郎\n\n委員\n\n南田  健\n\n委員\n\n東山 花子\n\n議事等\n\n \n\n付議事項\n\n審議結果\n\n"
               "第1号議案職員の旅費に関する規則の一部を改正する規則制定の件原案可決\n\n5 会議の概要\n\n審議の結果、原案のとおり可決した。\n",
               "members_present=['北野一郎', '南田健', '東山花子']"),
)
CATALOGUE += (
    # 会議録 / 令和7年第2回北山町議会臨時会 / １ 開催年月日 …: the record's kind over the title and the form is no heading of
    # the proceedings; the form's date and room are the sitting's.
    Convention("record-fact-record-kind-over-title-and-numbered-form", "record-fact", _SCHEDULE_PAGE_FIRST, "date=2025-06-03"),
    Convention("record-fact-room-in-numbered-form-after-schedule-page", "record-fact", _SCHEDULE_PAGE_FIRST,
               "place=北山町役場２階議場"),
    # １ 南田 健 ２ 東山花子: seats several to a row, each number before its name, under the officers' rows.
    Convention("record-fact-seats-several-to-a-row-without-their-word", "record-fact", _SCHEDULE_PAGE_FIRST,
               "members_present=['北野一郎', '西川進', '南田健', '東山花子', '川上勉', '森本みどり']"),
    # The schedule page's title, its rule-cited steps and the signers' seats are no business of the sitting.
    Convention("record-schedule-page-title-steps-and-signers-are-no-items", "record", _SCHEDULE_PAGE_FIRST,
               "その他:北山町手数料条例の一部を改正する条例"),
    # The sections of officials summoned are staff, no business; the next entry's 日程 and the next section are no part
    # of the title run onto them.
    Convention("record-officials-summoned-by-delegation-are-no-items", "record", _SECTIONS_BY_DELEGATION,
               "その他:令和７年度（2025年度）北山町一般会計補正予算（第３号）について|その他:物品の購入について"),
    # 議 長 １４番 北 野 一 郎 副 議 長 １３番 南 田 健, closed up: the next seat's office run onto the name before it.
    Convention("roster-office-run-onto-the-name-before-its-seat", "roster",
               "議長 １４番 北野一郎副議長 １３番 南田健\n１番 東山花子 ２番 西川 進",
               "北野一郎、南田健、東山花子、西川進"),
)

# A flattened page: the header and the agenda run into one line before the proceedings. The items
# (kind:title, |-joined) the whole line yields.
INLINE_AGENDA = Convention(
    "agenda-run-into-one-line", "inline-agenda",
    "日時:令和6年5月10日(金)17:00~18:00 場所:みなみ市役所第8会議室 1 開 会 2 新たな公文書館の建設地について "
    "3 「文書管理ガイドライン」見直しの方向性について 4 今後の進め方について 5 閉 会",
    "その他:新たな公文書館の建設地について|その他:「文書管理ガイドライン」見直しの方向性について|その他:今後の進め方について",
)

# A flattened page whose 議事日程 heading went with its line breaks: the order of business 日程第1, 日程第2 …
# stands before the roster alone. The items (kind:title, |-joined) it yields.
ORDER_OF_BUSINESS = Convention(
    "order-of-business-without-its-heading", "order-of-business",
    "日程第1 会議録署名議員の指名について 日程第2 会期の決定について 日程第3 報告第 1号 継続費繰越計算書について "
    "日程第4 諮問第 2号 人権擁護委員の推薦につき意見を求めることについて 日程第5 議案第 9号 みなみ市情報公開条例 "
    "日程第6 議案第10号 みなみ市手数料条例の一部を改正する条例 日程第7 議案第 11号 みなみ市立東小学校体育館改修工事請負契約について",
    "報告:継続費繰越計算書について|諮問:人権擁護委員の推薦につき意見を求めることについて|その他:みなみ市情報公開条例|"
    "その他:みなみ市手数料条例の一部を改正する条例|その他:みなみ市立東小学校体育館改修工事請負契約について",
)

# 議事要旨 / 4.主な議事 / [1] …について(審議) / ・北山港 (改 訂) / …「適当である。」旨の議決がなされた。 / [2] 「…」について、
# 事務局より報告された。: a ministry's summary numbers the business in square brackets; a subject told of in a sentence is
# titled up to its について, and the council's quoted finding that the plan is fit is its approval.
DECIDED_ITEM_CONVENTIONS += (
    Convention(
        "business-numbered-in-square-brackets", "decided-item",
        "第12回北山審議会 港湾部会 議事要旨\n\n1.日 時 :令和6年10月8日(火)10:00~12:00\n\n"
        "2.場 所 :北山合同庁舎 5階 第1会議室\n\n3.出席者\n  <委員>(敬称略)\n   北野 一郎、南田 健、東山 花子\n\n"
        "4.主な議事及び議事概要\n  [1] 港湾計画について(審議)\n      ・北山港  (改  訂)\n      ・南浜港  (一部変更)\n"
        "      提出された上記の2港の港湾計画について、審議の上、「適当である。」旨の議決がなされた。\n\n"
        "  [2] 「北山湾の浚渫計画」に係る検討状況について、事務局より報告された。\n\n"
        "  [3] 港湾統計の見直しについて、事務局より説明があった。\n\nお問い合わせ先\n",
        "諮問:港湾計画について/=承認|報告:「北山湾の浚渫計画」に係る検討状況について/=不明|その他:港湾統計の見直しについて/=不明",
    ),
)

# Round 48b: what a fresh blind set showed.
CATALOGUE += (
    # 公益委員 北野会長、南田委員 / 労働者委員 東山委員、… / 使用者委員 …: a council of three sides lists its members by side
    # with no colon after each side's word; the words name no one.
    Convention("roster-sides-each-before-its-names-without-a-colon", "roster",
               "公益委員 北野会長、南田委員\n労働者委員 東山委員、西川委員\n使用者委員 山川委員、川上委員",
               "北野、南田、東山、西川、山川、川上"),
    # 出席委員(五十音順): 北野委員、岡委員、朴会長: the label's note on the order of the names, then its colon; a surname of
    # one letter is a member's too.
    Convention("header-roster-note-before-the-labels-colon", "header",
               "出席委員(五十音順): 北野委員、岡委員、朴会長、南田副会長", "members_present=北野、岡、朴、南田"),
    # 第2次北山市観光振興計画策定委員会: the edition of the plan the body drafts comes before the city's name.
    Convention("record-fact-plan-edition-before-the-city", "record-fact",
               "第4回第2次北山市観光振興計画策定委員会\n\n日時\n\n令和5年3月16日(木曜日)午後3時~午後5時\n\n場所\n\n"
               "北山市民センター\n\n出席者\n\n北野委員長、南田委員\n\n(委員長)\nそれでは始めます。\n",
               "municipality=北山市"),
    # A 概略 flattened onto one line: 日 時:… 場 所:… 出席委員(五十音順): … 事務局: 北野部長、… ※… ▼ …。: the staff's field,
    # closed by its colon, ends the roster's (whose value would otherwise run into the summary's sentences).
    Convention("record-fact-staff-field-closes-a-flattened-roster", "record-fact",
               "平成23年度第3回北山市環境審議会 概略 日 時:平成23年7月26日(火) 19:00~21:00 場 所:北山市役所4階 研修室 "
               "出席委員(五十音順): 東山委員、岡委員、北野会長、南田副会長、西川委員 事務局: 川上環境部長、山川環境課長 "
               "※【】内は議事録の該当頁 ▼ 目標について(事務局説明)【2-6 頁】 ・ 資料について説明。 ● 目標値は削減目標である。 "
               "▼ ご意見について ・ 目標値について(ご意見)【9-11 頁】",
               "members_present=['東山', '岡', '北野', '南田', '西川']"),
    # 委員 3名 / | 氏名 | 所属・職名 | / |---|---| / | 北野 一郎 | 北山大学教授 | …: the roster as a Markdown table; the names are the
    # first column under its head, the posts (北山市知的障害者育成会副会長) no one's name.
    Convention("roster-markdown-table-of-names-and-posts", "roster",
               "委員 3名\n| 氏名 | 所属・職名 |\n|---|---|\n| 北野 一郎 | 北山大学教授 |\n| 南田 健 | 北山市福祉課長 |\n"
               "| 東山美智子 | 北山市知的障害者育成会副会長 |",
               "北野一郎、南田健、東山美智子"),
    # 〔報告事項〕 / 1 北山市福祉計画について / 2 …: the group word in tortoise-shell brackets gives its kind to the entries
    # under it, as 【報告事項】 does; the bracketed word itself is no item.
    Convention("agenda-group-word-in-tortoise-shell-brackets", "agenda",
               "〔報告事項〕\n1 北山市福祉計画について\n2 北山市福祉事業の経緯について",
               "報告:北山市福祉計画について|報告:北山市福祉事業の経緯について"),
    # ○庶務 / それでは定刻となりましたので… / ○○委員、○○委員が欠席…: the clerk who runs the sitting's business, labelled by
    # the part alone on its line (the names in the speech masked as ○○, no label among them).
    Convention("turns-clerk-labelled-by-the-part", "turns",
               "1.開    会\n○庶務\n それでは定刻となりましたので、ただいまより開催させていただきます。\n"
               " 本日は、○○委員、○○委員が欠席されております。\n それでは、これからの進行は○○委員長にお願いいたします。\n",
               "庶務"),
    # ○北野企画課長 …開催させていただきます。 / ○南田部長 …北野部会長はじめ委員の先生方にはご参集を…: a record with no roster
    # names its chair only in an official's greeting to the members, the chair first among those addressed.
    Convention("record-fact-chair-named-first-in-a-greeting", "record-fact",
               "第3回北山審議会施策部会 議事次第 日 時:平成28年2月22日(月)9:58~12:06 場 所:北山省第3会議室 "
               "1.開会 2.部長あいさつ 3.議事 (1)白書の検討について (2)その他 4.閉会\n"
               "○南田企画課長 おはようございます。ただいまから第3回北山審議会施策部会を開催させていただきます。\n"
               "○西川部長 先生方、おはようございます。東山部会長はじめ委員の先生方にはご参集をいただきまして"
               "ありがとうございます。\n",
               "chair=東山"),
    # …委員会会議録 平成28年9月6日(火曜日) 於 第5委員会室 出席委員 委員長 北野一郎 …: an assembly committee's title block
    # flattened onto one line, the sitting's date and the room after 於 mid-line, the roster run on after them.
    Convention("record-fact-room-after-the-date-mid-line", "record-fact",
               "北山県議会 2016-09-06\n平成28年第11回北山委員会会議録 平成28年9月6日(火曜日) 於 第5委員会室 出席委員  委員長   "
               "北野一郎  副委員長   南田健  委員   東山花子   西川三郎\n午後1時13分開議\n"
               "○(北野委員長) 開議を宣し、会議録署名委員を指名いたします。\n",
               "place=第5委員会室"),
    # … 議事課主査 北野一郎 △会議事件 1.…報告の件 1.…出席の件   午後1時13分開議 △開議 ○(北野委員長) …: an assembly
    # committee's record run onto one line; the sitting's business under its △ heading, every case after the same 1. (the
    # house's bullet), each case an item.
    Convention("record-business-under-triangle-heading-each-after-one", "record",
               "平成28年第11回北山委員会会議録 平成28年9月6日(火曜日) 於 第5委員会室 出席委員  委員長   北野一郎  委員   "
               "南田健   東山花子\n出席説明員  北山部   北山部長     西川三郎   議会事務局職員出席者   議事課主査      森本進 "
               "△会議事件 1.北山県の施策に関する要請実施報告の件 1.管内調査実施報告の件 1.「第40回北山大会」出席の件   "
               "午後1時13分開議 △開議 ○(北野委員長) 開議を宣し、会議録署名委員を指名いたします。\n",
               "報告:北山県の施策に関する要請実施報告の件|報告:管内調査実施報告の件|その他:「第40回北山大会」出席の件"),
    # 議事録 北野会長 / ただ今から…を開催いたします。 / 事務局 / …: the first speaker's label printed on the record's heading
    # line, the speech below it; the labels after it stand alone on their lines.
    Convention("turns-first-label-on-the-records-heading-line", "turns",
               "議事録 北野会長\nただ今から、第5回北山審議会を開催いたします。\n事務局\n本日は委員全員が御出席です。\n"
               "北野会長\nそれでは議題に入ります。\n",
               "北野会長|事務局|北野会長"),
    # 議事録<tab>北野会長 / 会議録　北野会長: the same, the label set off from the heading by a tab or an ideographic space.
    Convention("turns-first-label-on-the-records-heading-line-after-a-tab", "turns",
               "議事録\t北野会長\nただ今から、第5回北山審議会を開催いたします。\n事務局\n本日は委員全員が御出席です。\n"
               "北野会長\nそれでは議題に入ります。\n",
               "北野会長|事務局|北野会長"),
    Convention("turns-first-label-on-the-records-heading-line-after-an-ideographic-space", "turns",
               "会議録\u3000北野会長\nただ今から、第5回北山審議会を開催いたします。\n事務局\n本日は委員全員が御出席です。\n"
               "北野会長\nそれでは議題に入ります。\n",
               "北野会長|事務局|北野会長"),
    # 質問 / …について。 / 事務局の回答 / …: a summary of questions and answers labels each by what it is, the answer by
    # whose answer it is (事務局の回答, 県の回答), each label on a line of its own (round 57d).
    Convention("turns-answer-labelled-by-whose-answer", "turns",
               "(1)北山市福祉計画について\n質問\n相談窓口の設置に係る費用について。\n事務局の回答\n"
               "予算編成の過程において検討している。\n質問\n評価の方法については部会で協議するのか。\n",
               "質問|事務局の回答|質問"),
    # (委 員) / …か。 / ( 県 ) / …: the prefecture that answers labelled by its one letter in brackets, as 事務局 would be.
    Convention("turns-authority-letter-in-brackets", "turns",
               "【北山県の相談窓口について】\n(委 員)\n相談窓口の周知は市町村に任せているのか。\n( 県 )\n"
               "市町村とともに周知している。ただし、広報の方法は市町村ごとに異なる。\n",
               "委員|県"),
    # 事務局:… / 事務局 本日の署名委員は… / 議長 北野会長が議長に就任: a record that writes its labels with a colon, now
    # and then with a blank where the colon was left out (round 57d).
    Convention("turns-role-without-its-colon-among-colon-labels", "turns",
               "3.会長あいさつ\n事務局:11月1日付けで南田花子さんを委員に任命したことを報告した。\n"
               " 事務局 本日の議事録署名人に北野委員、東山委員を指名\n4.議事\n 議長 北野会長が議長に就任\n"
               "会議録の取りまとめ方について協議した。\n",
               "事務局|事務局|議長"),
    # …(2)質疑意見等北野一郎 委員  …: a committee summary run onto one line, the member's spaced name and title run onto
    # the step that opens the questions, two blanks before what was said (round 57d).
    Convention("turns-spaced-label-run-onto-the-question-step", "turns",
               "北山県議会 2019-03-14\n北山振興対策特別委員会 会議要録  開会 10時25分 1 開催日時  平成31年3月14日(木)  "
               "閉会 11時40分 2 開催場所  第四委員会室 3 出席した委員  北野委員長、南田副委員長  東山委員西川委員  "
               "議事の経過概要 開会宣告  10時25分 1 北山大会の開催準備状況について (1)当局説明  北山振興室長 "
               "(2)質疑意見等北野一郎 委員  大会には県外からたくさんの方がお越しになるということです。宿泊や交通の状況を"
               "今後しっかりと調査されるということですが、食事や買物の案内についてもよく聞かれますので、頭に置いていただければと"
               "思います。\n",
               "北野一郎委員"),
    # <主な発言> / ○事務局(事務局からの説明) / 現在、…: the first label, a note of what its speaker does in brackets after
    # it, alone on its line over the first speech, which the header read as one more of its sections (round 57d).
    Convention("turns-first-label-with-a-note-over-the-first-speech", "turns",
               "<主な発言>\n○事務局(事務局からの説明)\n現在、身寄りのない方の遺骨は、各区役所で引き取っております。\n"
               "○北野委員\n全てを区役所の方がやってくれるということですね。\n",
               "事務局|北野委員"),
    # 【北山課長より資料1の説明】 ○会長 それでは、…: a bracketed note of a step and a short marked statement run onto one
    # line under forty characters (round 57d).
    Convention("turns-short-marked-statement-run-onto-a-step-note", "turns",
               "○会長 それでは、議題に入る。\n【北山課長より資料1の説明】 ○会長 それでは、ご質問があればお願いする。\n"
               "○委員 大分前から示されていたことである。\n",
               "会長|会長|委員"),
    # 【委員からの質問・意見】 委員)当初予算を超える…: a part's heading in lenticular brackets run onto its first remark,
    # whose label a close bracket ends (round 57d).
    Convention("turns-bracketed-heading-run-onto-the-first-label", "turns",
               "【委員からの質問・意見】 委員)当初予算を超える規模の決算となっているが、物価高騰の影響が大きいのか。\n"
               "事務局)その通りです。\n委員)監査結果の報告に関して、署名の欄に役職を記載した方が良いのではないか。\n",
               "委員|事務局|委員"),
    # ◎南田花子議員 「北山図書館のあり方について」 / (1)…: a report's list of the members' general questions, each member's
    # name marked as a label is over the question's subjects in quotes; no one speaks there (round 57d).
    Convention("turns-member-named-over-the-subjects-of-a-question", "turns",
               "○北野委員長 ただいまから委員会を開会いたします。\n<一般質問>\n◎南田花子議員 「北山図書館のあり方について」\n"
               "(1)開館時間の延長について\n(2)蔵書の充実について\n◎東山三郎議員 「分館の運営費は上昇したか」 「文学館の展示は何回か」\n",
               "北野委員長"),
    # 7.会議の概要 事務局(南田) ただ今から総会を開会いたします。 … 会 長(北野) 本日は…: in a record run onto one line, a
    # role and who holds it in brackets, set between a blank and a sentence, opens a turn (run_on_role_labels.py, round 58d).
    Convention("record-turns-role-and-holder-run-on-in-a-flattened-record", "record-turns",
               "令和5年第6回北山町農業委員会総会議事録 1.開催日時 令和5年5月20日(月)午前9時30分から10時35分 "
               "2.開催場所 北山町役場 3階 第1委員会室 3.出席委員 北野 一郎 君 南田 健 君 東山 花子 君 "
               "4.会議の概要 事務局(西川) ただ今から令和5年第6回総会を開会いたします。 はじめに、会長より御挨拶をお願い致します。 "
               "会 長(北野) 本日は、大変お忙しいところ御参集下さいまして厚くお礼申し上げます。本日の議事日程はお手元のとおりです。",
               "事務局(西川)|会長(北野)"),
    # 司  会    それでは時間となりましたので、会議をはじめさせていただきます。: a role spaced out over its column opens the
    # line, no mark; closed up, it is read as 司会 (run_on_role_labels.py, round 58d).
    Convention("turns-letter-spaced-role-opening-the-sitting", "turns",
               "司  会    それでは時間となりましたので、会議をはじめさせていただきます。私は本日の司会を務めます北山市の南田です。\n"
               "まず、開会に先立ちましてご報告申しあげます。本日は、3名の方が傍聴者として入っておられます。\n",
               "司会"),
    # 開会 / 会長 定刻になりましたので、ただいまから第1回部会を開催いたします。: the opener's bare role, unmarked, once over
    # the sitting's first words, is the record's only label and a label still (run_on_role_labels.py, round 58d).
    Convention("turns-bare-role-once-over-the-opening-words", "turns",
               "開会\n会長 定刻になりましたので、ただいまから北山審議会第1回部会を開催いたします。\n"
               "本日ご出席の委員の皆様を、これから私から紹介させていただきたいと思います。\n北野委員でございます。\n",
               "会長"),
    # (会長) / 開会宣言, 座長: / (あいさつ): a label over only the note of what its speaker did is a turn of that speaker
    # (act_note_under_label.py, round 58d).
    Convention("turns-label-over-a-note-of-its-act", "turns",
               "(会長)\n開会宣言\n(会長)\n本日の議事に入る。事務局から報告をお願いしたい。\n(事務局)\n(資料の説明)\n"
               "(会長)\n質問があれば伺いたい。\n",
               "会長|会長|事務局|会長"),
    # ○ 北野日本銀行参事役 / 北野でございます。: a bank's or a corporation's officials are titled …役 (round 58d).
    Convention("turns-official-titled-yaku-alone-over-the-speech", "turns",
               "○ 南田部会長\n\nただいまから部会を開催いたします。幹事の交代がございます。\n\n○ 北野日本銀行参事役\n\n"
               "北野でございます。よろしくお願いいたします。\n\n○ 南田部会長\n\nそれでは議事に入ります。\n",
               "南田部会長|北野日本銀行参事役|南田部会長"),
    # …難しい。 (事務局) ・そういったことについては…: a bracketed role after a sentence's end, run on in a summary's line,
    # opens the next remark (run_on_role_labels.py, round 58d).
    Convention("turns-bracketed-role-run-on-after-a-sentence", "turns",
               "(北野委員) ・相談支援で個々に関わっていると、差別事例にも直面する。\n"
               "(南田委員) ・施設において、差別に関する相談を苦情ととるかの判断が難しい。 (事務局) ・そういったことについては、"
               "個別に相談を受けて対応していきたい。\n",
               "北野委員|南田委員|事務局"),
    # 委員長 | (省略): the statement left out of the summary, its speaker kept as a turn (act_note_under_label.py, round 58d).
    Convention("turns-statement-left-out-of-the-summary", "turns",
               "【開会】 |\n委員長 | (省略)\n【議題(1)事業の提案について】 |\n"
               "委員長 | 来年度の事業について、ご意見をいただきたいと思いますのでよろしくお願いします。\n"
               "委員 | 二つ提案したいと思います。一つ目は、ゆるキャラの製作です。\n",
               "委員長|委員長|委員"),
    # 審議結果 / 【議長】 / 本日の審議は、…。: a lenticular label just under the header's last field opens the body
    # (round 58d). The chair's request to explain the body's own aims and working names no business of the sitting.
    Convention("record-turns-lenticular-label-under-the-last-field", "record-turns",
               "北山市青少年問題協議会\n日時\n令和5年2月16日 10時00分~12時00分\n場所\n北山会館\n議題\n"
               "北山市の青少年施策について\n審議結果\n【議長】\n本日の審議を始めます。まず、協議会の目的及び進め方について、事務局より説明をお願いします。\n"
               "【事務局】\n資料をご覧ください。協議会は条例に基づいて設置されている。\n",
               "議長|事務局"),
    # 1 開会 (会長あいさつ) / みなさん、おはようございます。…: the opening step naming who greets, in brackets, over the
    # greeting, in minutes whose labels stand alone on their lines (round 58d).
    Convention("turns-opening-step-naming-who-greets-among-lone-labels", "turns",
               "1 開会 (会長あいさつ)\nみなさん、おはようございます。今日はお忙しいところお集まりいただきありがとうございます。\n"
               "2 議事\n会長\nそれでは議事に入ります。事務局から資料の説明をしていただきます。\n事務局\n"
               "資料の説明の前に、報告がございます。議員報酬の改定条例が可決されました。\n",
               "会長|会長|事務局"),
    # ※【】内は会議録の該当頁 / ▼ …について(事務局説明)【3-7 頁】 / ・ …(ご意見)【8-9 頁】: a summary's marked topics, each
    # closed by the pages of the verbatim record it sums up, are its business; a mark with no pages heads the remarks.
    Convention("proceedings-marked-topics-pointing-to-record-pages", "proceedings",
               "※【】内は会議録の該当頁\n▼ 北山市ごみ減量計画の進捗について(事務局説明)【3-7 頁】\n・ 資料1により説明した。\n"
               "● 目標は前年度比5%の削減である。\n▼ 委員の意見について\n・ 分別の周知について(ご意見)【8-9 頁】\n"
               "・ 収集日程について(ご意見)【10 頁】\n▼ 北山市環境基本計画の見直しについて【11-15 頁】\n・ 次回に諮る。\n",
               "その他:北山市ごみ減量計画の進捗について|その他:北山市環境基本計画の見直しについて"),
    # 4.報告事項 / 〈資料1へ〉(PDF:120KB) / (事務局) / 資料1「報告事項」について説明する。 / 5.議事要旨: a group word with no
    # case under it, over a link to its paper and what was said, is the business itself, of the word's kind.
    Convention("record-group-word-with-no-case-under-it", "record",
               "北山市動物愛護推進協議会 令和5年度議事要旨\n\n1.日時\n\n令和5年7月10日(月曜日)午前10時から正午まで\n\n"
               "2.場所\n\n北山市役所第3会議室\n\n3.内容\n\n(1)開会\n\n(2)報告事項\n\n(3)議事\n\n(4)閉会\n\n4.報告事項\n\n"
               "〈資料1へ〉(PDF:120KB)\n\n(事務局)\n\n資料1「報告事項」について説明する。\n\n5.議事要旨\n\n"
               "(1)北山市動物愛護推進計画の改定について\n\n(事務局)\n\n資料2により説明する。\n\n(議長)\n\n御意見はありますか。\n",
               "報告:報告事項|その他:北山市動物愛護推進計画の改定について"),
    # …審査会の概要と会議録 / … / 第2回審査会の開催結果について: a page on the body, its section on the sitting headed by the
    # sitting's count and the last word of the body's name.
    Convention("record-fact-count-in-the-heading-of-the-sittings-results", "record-fact",
               "北山町行政不服審査会の概要と会議録\n\n北山町行政不服審査会とは?\n\n町長の附属機関として設置された第三者機関です。\n\n"
               "審査請求があったときに、審査庁(町長)からの諮問を受けて、中立な立場から審査し、答申をします。\n\n"
               "審査会の委員\n\n○ 北野一郎 委員(北山弁護士会・推薦)\n\n○ 南田花子 委員(北山税理士会・推薦)\n\n"
               "○ 東山次郎 委員(北山行政書士会・推薦)\n\n"
               "第2回審査会の開催結果について\n\n第2回目の審査会を公開の会議で、次のとおり開催しました。\n\n"
               "○ 日 時  令和6年5月10日(金) 午後3時から\n\n○ 場 所  北山町役場会議室\n\n○ 議 題  1 審査請求について\n\n"
               "(会長)\n\nそれでは始めます。\n",
               "meeting_label=第2回"),
    # (1)…の改正諮問について: the consultation named by the change it asks for, after the subject's の.
    Convention("agenda-consultation-named-by-the-change-it-asks-for", "agenda",
               "(1)北山市最低賃金の改正諮問について\n(2)北山市最低賃金の発効日等について",
               "諮問:北山市最低賃金の改正諮問について|その他:北山市最低賃金の発効日等について"),
    # 議 / (開会) / (西山課長) / 事 / 18:30: the label column's characters around the first speaker's label are the form's,
    # the bracketed label opens the speech.
    Convention("record-turns-label-column-one-character-a-line", "record-turns", _LABEL_COLUMN_SPLIT, "西山課長|北野会長"),
    # …、北山 / 欠席委員 / 守: the given name the extraction pushed past the next row's label is the surname's.
    Convention("record-fact-given-name-pushed-past-the-next-roster-label", "record-fact", _LABEL_COLUMN_SPLIT,
               "members_present=['北野一郎', '南田健二', '東山花子', '西川正人', '北山守']"),
    Convention("record-fact-title-word-between-a-roster-label-and-its-names", "record-fact", _LABEL_COLUMN_SPLIT,
               "members_absent=['南野和夫', '東川里美']"),
    # (…について) [PDF文書ファイル]: the link text a copy opens with names the record's subject.
    Convention("record-subject-named-by-the-link-text", "record", _LABEL_COLUMN_SPLIT, "その他:北山村総合計画について"),
    # …について審議し、承認されました。: a page without labels reports its one subject in its result sentence.
    Convention("record-subject-of-the-result-sentence-on-a-page-without-labels", "record", _UNLABELLED_RESULT_PAGE,
               "その他:北山町水防計画(案)について"),
    # 「令和5年度北山町水防協議会」を開催しました: the sitting named in quotes labels it, and names the body.
    Convention("record-fact-sitting-named-in-quotes-by-the-sentence-reporting-it", "record-fact", _UNLABELLED_RESULT_PAGE,
               "meeting_label=令和5年度"),
    # しろまる北野部会長 …: the ○ before each label written as its reading by a PDF-to-text service (spelt_marks.py).
    Convention("mark-spelt-as-a-word", "speaker", "しろまる北野部会長 それでは、ただ今から開催いたします。", "北野部会長"),
    # 日 / 場 / 時:… / 所:…: a spaced-out label column whose first letters came out one a line, before the values
    # (split_header_labels.py).
    Convention("header-label-column-split-from-its-values", "header",
               "日\n場\n時:令和6年5月10日(金) 午後1時30分∼午後3時\n所:北山市役所第1会議室", "place=北山市役所第1会議室"),
    # 開催日及び場所 / (blank) / 令和6年5月10日(金) 北山市役所第6会議室: one label for two fields (paired_field_label.py).
    Convention("header-one-label-for-date-and-place", "header",
               "開催日及び場所\n\n令和6年5月10日(金) 北山市役所第6会議室", "place=北山市役所第6会議室"),
    # 【審議案件1】 / 審議案件名 :… / 発注部局名 :… / 契約金額 :…: a case's sheet of colon fields under its number; the name
    # is the item (case_sheets.py).
    Convention("proceedings-case-sheet-under-its-bracketed-number", "proceedings",
               "【審議案件1】\n\n審議案件名 :北山市庁舎清掃業務委託\n\n資格種別  :役務の提供等\n\n発注部局名 :総務部管財課\n\n"
               "契約金額  :1,200,000円\n\n清掃の範囲はどこまでですか。\n\n庁舎の共用部分です。",
               "その他:北山市庁舎清掃業務委託"),
    # 【諮問者】 / 北山市総務部統計課 among those present: the one matter deliberated is that office's 諮問
    # (consulting_party.py).
    Convention("record-consulting-office-listed-among-those-present", "record",
               "第3回 北山統計部会 議事録\n1 日 時 令和6年5月10日(金)14:00〜15:00\n2 場 所 北山市役所第1会議室\n3 出席者\n"
               "【委 員】\n北野 一郎(部会長)、南田 健\n【諮問者】\n北山市総務部統計課\n【事務局】\n東山室長\n4 議 事\n"
               "統計規則の改正について\n5 議事録\n○北野部会長 それでは、始めます。\n○東山室長 資料を確認します。",
               "諮問:統計規則の改正について"),
    # 1. 開会 / 2. …改正項目 / -… / -… / 3. 閉会: a group entry's cases as dashed lines under it (dashed_sub_entries.py).
    Convention("record-cases-dashed-under-a-group-of-the-numbered-order", "record", _MINISTRY_RECORD_PAGE,
               "その他:北山港使用料の見直し|その他:南田基準の適用期限の延長"),
    # 分科会長 北野 一郎 北山省 南田局長 / 委員 東山 花子 西川審議官 / 西山 次郎 …: members beside officials, row by row
    # (paired_roster_rows.py).
    Convention("record-fact-members-beside-officials-row-by-row", "record-fact", _MINISTRY_RECORD_PAGE,
               "members_present=['北野一郎', '東山花子', '西山次郎', '南野三郎', '北田四郎', '東野五郎', '中川六郎']"),
    Convention("record-fact-group-label-of-the-first-row-names-the-chair", "record-fact", _MINISTRY_RECORD_PAGE,
               "chair=北野一郎"),
    # 午前10時00分開会 / (blank) / 北野分科会長 皆様、…: an unmarked label under the opening clock, a blank line between.
    Convention("record-turns-unmarked-label-under-the-opening-clock-a-blank-between", "record-turns",
               _MINISTRY_RECORD_PAGE, "北野分科会長"),
    # 午 前 十 一 時 零 分 開 会: the opening clock in kanji numerals, the minutes written 零.
    Convention("record-fact-opening-clock-in-kanji-with-zero-minutes", "record-fact", _KANJI_NUMERAL_COMMITTEE,
               "start_time=11:00"),
    # 第四八号議案「…」を議題といたします: a bill named number first, in kanji numerals (number_first_bills.py).
    Convention("record-bill-named-number-first-in-kanji-numerals", "record", _KANJI_NUMERAL_COMMITTEE,
               "その他:平成三十年度北山県一般会計補正予算(第三号)"),
    # 議題 / …について / 今回の議題は、…。: the title kept apart from the sentence under it (agenda_value_apart.py).
    Convention("record-agenda-title-over-a-sentence-about-it", "record", _SUMMARY_TITLE_OVER_SENTENCE,
               "その他:北山白書の骨子(案)について"),
    # 日 場 時:… 所:… 事務局:…: the label column's first letters before the values, on one line (inline_split_labels.py).
    Convention("record-fact-label-letters-before-their-values-on-one-line", "record-fact", _ONE_LINE_SPLIT_LABELS,
               "place=北山市役所 2 号棟 301 会議室"),
    # 南田健二委 員(…): a wrap blank inside 委員 in a run of name委員(affiliation) (wrapped_member_word.py); 東山花子委員(…【代理:
    # …】): a stand-in in lenticular brackets inside the affiliation, the member away.
    Convention("record-fact-members-written-name-and-word-with-a-wrap-blank", "record-fact", _ONE_LINE_SPLIT_LABELS,
               "members_present=['北野一郎', '南田健二', '西山次郎']"),
    Convention("record-fact-stand-in-in-lenticular-brackets-inside-the-affiliation", "record-fact", _ONE_LINE_SPLIT_LABELS,
               "members_absent=['東山花子']"),
    # [開会 / 北野教育長 / 午後3時]: the opening's bracketed cell holds the first label and the clock (stage_note_label.py).
    Convention("record-turns-label-inside-the-bracketed-opening-note", "record-turns", _BOARD_TABLE_RECORD,
               "北野教育長|北野教育長|教育総務課長"),
    Convention("record-fact-clock-of-the-bracketed-opening-note", "record-fact", _BOARD_TABLE_RECORD, "start_time=15:00"),
    # 3 議案第2号 / …について: the bill's number in one cell of the order, its title on the line under it.
    Convention("record-bill-number-in-the-order-over-its-title", "record", _BOARD_TABLE_RECORD,
               "その他:北山市立学校の配置の考え方について"),
)
DECIDED_ITEM_CONVENTIONS += (
    # 教育推進部参事兼学務課長 alone above the proceedings: a staff roster's post in a label's shape says nothing, and names
    # no department of the case.
    Convention("decided-no-department-from-a-roster-post-above-the-proceedings", "decided",
               _BOARD_TABLE_RECORD.split("教育総務課長\n")[0],
               "その他:北山市立学校の配置の考え方について/=不明"),
    # (説明者) 北山局財務課 課長補佐 …: a summary of one case with no speech, the one unit named as 説明者 its department
    # (sole_explainer.py).
    Convention("decided-department-of-the-one-case-from-the-sole-explainer", "decided", _SUMMARY_TITLE_OVER_SENTENCE,
               "その他:北山白書の骨子(案)について/北山局財務課=不明"),
)

# Round 53b: examples showing more than one convention each.
_SEAT_TABLE_TWO_A_LINE = (
    "第3回北山市農業委員会総会議事録\n\n1.開催日時 令和6年5月10日(金) 午後2時00分から午後3時30分 2.開催場所 北山市役所 第1会議室\n"
    "\n3.在任委員数\n\n4名\n\n4.出席委員 4名\n\n役職名\n\n議席番号\n\n氏 名 役職名\n\n議席番号\n\n氏 名 会長 4 北野 一郎 委員 1 南田 健\n"
    "\n副会長(会長職務代理者)\n\n3 東山 花子 委員 2 西川 正人\n\n5.欠席委員 無\n\n6.議 長 議席4番 北野 一郎 会長 7.議事録署名委員\n"
    "\n議席 1番 南田 健 委員\n\n2 8.総会\n\n1)開会\n\n2)議事\n\n○議案第2号 北山市農地の証明について ○議案第3号 北山市農地の許可について\n"
)
_NAMES_BLANKED_OUT = (
    "令和6年度 第2回 北山県契約審議会議事録\n令和6年度 第2回 xx県契約審議会議事録\n日 時 令和6年5月10日(金) 13時30分~15時00分\n"
    "場 所 北山県庁 会議室\n1 x x\n○xx企画幹\nただいまから開会いたします。\n〇xx会長\nそれでは議事に入ります。\n"
)
_COMMITTEE_PAGE_UNDER_MENUS = (
    "• ホーム\n• サイトマップ\n• くらし・環境\n• 県政情報\n\nホーム > 北山県議会 > 委員会会議録\n\nここから本文です。\n"
    "\n委員会会議録\n\n開催別議員別委員会別検索用\n\n\n平成23年6月北山振興特別委員会\n協議の開始、協議の終了 【 協議 】 発言日: 06/29/2011 会派名:\n"
    "\n\n○北野(一)委員長 \n それでは協議に入りたいと思います。\n"
)
_DECISIONS_PER_AGENDA_NUMBER = (
    "1 第3回北山村地域振興委員会 議事録 日時 令和6年5月10日(金) 15時30分~17時00分 出席者 (委 員)北野一郎委員長、南田健委員、東山花子委員 (北山村)村長、副村長(以下事務局) 総務課長 議題 (1)北山村振興計画の実施状況について (2)北山村交付金事業の評価について (3)その他 決定事項・確認事項 (1)議題(1)について、事務局から実施状況を報告。 (2)議題(2)について、事務局から報告を受け評価を決定。 (3)その他について、事務局から報告。 発言者名、発言者ごとの発言内容 以下のとおり\n"
    "\n第3回北山村地域振興委員会 議事録€¦ · (1)北山村振興計画の実施状況について\n\nEmbed Size (px)\n"
)
CATALOGUE += (
    # 役職名 議席番号 氏 名 役職名 議席番号 氏 名 / 会長 4 北野 一郎 委員 1 南田 健: a seat table two members a line
    # (seat_pairs.py); 6.議 長 議席4番 … and 8.総会 over its steps are procedure; ○議案第2号 … ○議案第3号 … on one line
    # are two bills (marked_bills_apart.py).
    Convention("record-fact-seat-table-flattened-two-members-a-line", "record-fact", _SEAT_TABLE_TWO_A_LINE,
               "members_present=['北野一郎', '南田健', '東山花子', '西川正人']"),
    Convention("record-two-marked-bills-on-one-line", "record", _SEAT_TABLE_TWO_A_LINE,
               "その他:北山市農地の証明について|その他:北山市農地の許可について"),
    # ○xx会長: a copy that blanked out the names; the placeholder is no chair (masked_names.py).
    Convention("record-fact-name-blanked-out-is-no-chair", "record-fact", _NAMES_BLANKED_OUT, "chair=None"),
    # • ホーム … ここから本文です。 / 平成23年6月北山振興特別委員会 / 発言日: 06/29/2011: the menu dropped
    # (page_navigation.py), the session's month labelling the committee's sitting (session_month_title.py), the
    # slashed date read where its order is certain (slashed_dates.py).
    Convention("record-fact-slashed-date-with-the-year-last", "record-fact", _COMMITTEE_PAGE_UNDER_MENUS, "date=2011-06-29"),
    Convention("record-fact-committee-titled-by-the-session-month", "record-fact", _COMMITTEE_PAGE_UNDER_MENUS,
               "meeting_label=平成23年6月"),
    Convention("record-fact-index-by-committee-names-no-body", "record-fact", _COMMITTEE_PAGE_UNDER_MENUS,
               "council_name=北山振興特別委員会"),
    # 決定事項・確認事項 / (1)議題(1)について、…を報告。: each numbered entry's result stated (decision_summary.py); the
    # site's caption cut by €¦ is no business (teaser_caption.py).
    Convention("record-decisions-stated-per-agenda-number", "record", _DECISIONS_PER_AGENDA_NUMBER,
               "報告:北山村振興計画の実施状況について|その他:北山村交付金事業の評価について"),
    # (委 員)…、東山花子委員 (北山村)村長、…: the next group's heading after the last member (group_heading_after_list.py).
    Convention("record-fact-next-group-heading-after-the-last-member", "record-fact", _DECISIONS_PER_AGENDA_NUMBER,
               "members_present=['北野一郎', '南田健', '東山花子']"),
)

# A town board's record typed as a table (round 54a): the fiscal year alone over the body's name and the month's sitting,
# the date without a year and its clock on one line, the room on the next, each person's surname and given name on
# two lines with the room's second cell pushed between one pair, then (北野委員長) labels.
_TWO_LINE_NAMES_BOARD = (
    "平成 29 年度\n教育委員会6月定例会\n会議録\n6月20日(火)14:00~15:30\n北山町役場\n○出席委員\n北野\n一郎 委員長\n南田\n花子 委員(職務代理)\n東山\n健 委員\n"
    "西川\n2階会議室 B\n誠 委員(教育長)\n○欠席委員\nなし\n○事務局\n北山\n正人 学校教育課長\n1.委員長あいさつ\n2.教育長より報告事項\n<北山地区市町教育委員会連絡協議会>\n"
    "1.研修会について\n3.審議・協議事項\n(北野委員長)審議事項をお願いします。\n(西川教育長)審議事項の1番目、北山町読書推進計画について、課長説明をお願いします。\n"
    "(北山課長)読書推進の計画について説明いたします。昨年度から進めてまいりました。\n"
)
# A city programme's committee (round 54a): coordinators listed with the members, and 【…】 labels run into the words,
# one of them letter-spaced with its words.
_PROGRAMME_COMMITTEE = (
    "平成29年度第3回放課後子どもプラン運営委員会議事録\n日時 平成29年7月5日(水) 午前10:00から11:30\n場所 北山市役所第二庁舎801会議室\n出席者\n"
    "北野委員長、南田副委員長、東山委員、西川委員、北山委員、南山コーディネーター、東田コーディネーター代理、\n欠席者\n西田委員、\n傍聴者\nなし\n"
    "【事務局】これより第3回放課後子どもプラン運営委員会を始めます。\n【委員長】では各校区の報告から。\n議題1 各小学校区の事業の進捗状況等について報告\n"
    "【一小コーディネーター】予定通り開催した。参加者が増えている。\n【 二 小 コ ー デ ィ ネ ー タ ー 代 理 】計 画 通 り 開 催 。特 に 問 題 は な い 。\n"
)
# Round 58b: rosters whose layout hides the names, and chairs named by a proposal or a section's label.
_HEAD_58B = "北山市史編集審議会 令和6年度第2回 会議録\n開催日時\n令和7年1月27日(月曜日) 午後1時30分~午後3時\n開催場所\n北山市役所 第1会議室\n"
_SPEECH_58B = "\n会議の内容\n○会長　それでは始めます。\n○委員　承知しました。\n"
CATALOGUE += (
    # • 1番 北野 一郎 / • 2番 南田 健 …: a bullet before each numbered seat (bulleted_seats.py).
    Convention("record-fact-bullet-before-each-numbered-seat", "record-fact",
               "北山市議会 令和5年第1回(10月)臨時会会議録(第1号)\n令和5年10月31日 午前11時開議\n出席議員(4名)\n"
               "  • 1番 北野 一郎\n  • 2番 南田 健\n  • 12番 東山 花子\n  • 13番 西川 明\n欠席議員\nなし\n説明のための出席者\n"
               "  • 市長 森本 清\n○議長(北野一郎) ただいまから会議を開きます。\n",
               "members_present=['北野一郎', '南田健', '東山花子', '西川明']"),
    # 北野 / 一郎 / 北山大学教授 / …: a table's surname, given name and affiliation cells one a line
    # (name_cells_before_affiliation.py).
    Convention("record-fact-name-cells-before-each-affiliation", "record-fact",
               _HEAD_58B + "会議に出席した委員\n【委 員】\n北野\n一郎\n北山大学教授\n南田\n健\n北山商工会議所会頭\n"
               "東山\n花子\n北山市立高等学校校長西川\n明\n北山労働組合執行委員\n傍聴者数\n0名\n" + _SPEECH_58B,
               "members_present=['北野一郎', '南田健', '東山花子', '西川明']"),
    # 事務局案(北野会長・南田副会長)が承認される。: the officers proposed in a bracket, assented (chair.py).
    Convention("record-fact-chair-in-a-bracketed-proposal", "record-fact",
               _HEAD_58B + "出席者\n委員10名\n記 録\n●役員選出\n 事務局案(北野会長・南田副会長)が承認される。\n事務局 説明した。\n",
               "chair=北野"),
    # ○ 北野部会長: the 部会 whose record it is, chaired by the one speaking as its 部会長 (section_chair_spoken.py).
    Convention("record-fact-bukaichou-chairs-the-section-whose-record-it-is", "record-fact",
               "北山審議会北山分科会第二部会会合(第6回)議事録\n\n令和3年6月20日\n北山庁 総務企画局\n\n○ 北野部会長\n\n"
               "ただいまから第二部会を開催いたします。\n\n○ 南田参事役\n\n南田でございます。\n",
               "chair=北野"),
    # 北野委員でございます。 / 南田委員でございます。 / …: no roster, the members introduced in the chair's words
    # (spoken_introductions.py).
    Convention("record-fact-members-introduced-in-the-chairs-words", "record-fact",
               "北山審議会 第1回企画部会 議事録\n\n日時:令和3年2月28日(水曜日)\n場所:北山会館 扇の間\n開会\n"
               "会長 ただいまから第1回企画部会を開催いたします。\n本日ご出席の委員の皆様方を紹介させていただきます。\n"
               "北野委員でございます。\n南田委員でございます。\n東山専門委員でございます。\nそれでは議事に入ります。\n",
               "members_present=['北野', '南田', '東山']"),
    # (…委員) 北野 一郎、南田 健、 4.出席者氏名 東山 花子 (事務局) …: the label printed inside its list
    # (label_inside_roster.py).
    Convention("record-fact-attendance-label-inside-its-list", "record-fact",
               "審議会等の会議結果報告 1.会議名 令和6年度 第1回 北山市都市計画審議会 2.開催日時 令和6年6月13日(金) "
               "午後2時00分から午後3時30分 3.開催場所 北山市議会 第3委員会室 (北山市都市計画審議会委員) 北野 一郎、南田 健、"
               "4.出席者氏名 東山 花子、西川 明 (事務局) 都市整備部長 中村 茂 5.議題 都市計画の変更について\n",
               "members_present=['北野一郎', '南田健', '東山花子', '西川明']"),
)
# A joint council of three boards (round 54a): the roster as a column of places then a column of officials, the
# officers chosen with their full names, then ・委員 / ・事務局 questions and answers.
_JOINT_ADOPTION_COUNCIL = (
    "第1回\n北山・南山地区教科用図書採択協議会\n議事録\n平成29年5月8日(月)\n10:00~12:00\n北山市役所 第一会議室\n出席者\n南山\n東山\n北山\n北野教育長,南田教育委員長\n"
    "東田教育長,西川教育委員長\n西山教育長,北川教育長職務代理者\n1\n開会(西山教育長\nあいさつ)\n2\n役員の選出\n会 長:西山太郎(北山市教育長)\n"
    "副会長:北野次郎(南山市教育長),東田三郎(東山町教育長)\n3 協議\n(1)平成30年度使用教科書の採択について\n①北山・南山地区教科用図書採択協議会規約について\n"
    "・事務局より主な改訂(案)箇所を中心に説明\n・委員\n委員の定数を変えた理由は何か。\n・事務局 各委員会から2名出席することを想定している。\n・委員\n調査員の数はどうなるか。\n"
    "・事務局 教員数の減少に伴い減らしている。\n"
)
CATALOGUE += (
    # 北野 / 一郎 委員長: surname and given name on two lines, a room's cell between one pair (split_name_lines.py).
    Convention("record-fact-surname-and-given-name-on-two-lines", "record-fact", _TWO_LINE_NAMES_BOARD,
               "members_present=['北野一郎', '南田花子', '東山健', '西川誠']"),
    Convention("record-fact-chair-of-a-two-line-roster", "record-fact", _TWO_LINE_NAMES_BOARD, "chair=北野一郎"),
    # 平成 29 年度 / 教育委員会6月定例会: the month's sitting under its year's line (month_session_under_year.py).
    Convention("record-fact-month-sitting-under-the-year-line", "record-fact", _TWO_LINE_NAMES_BOARD,
               "meeting_label=平成29年度6月定例会"),
    # 6月20日(火)14:00~15:30 / 北山町役場: a date line without its year, the clock on it, the room under it.
    Convention("record-fact-clock-on-a-date-line-without-its-year", "record-fact", _TWO_LINE_NAMES_BOARD, "start_time=14:00"),
    Convention("record-fact-room-under-a-date-line-without-its-year", "record-fact", _TWO_LINE_NAMES_BOARD, "place=北山町役場"),
    # <北山地区市町教育委員会連絡協議会>: the district's towns together name no municipality of the body.
    Convention("record-fact-district-towns-name-no-municipality", "record-fact", _TWO_LINE_NAMES_BOARD, "municipality=北山町"),
    Convention("record-turns-bracketed-name-and-post-labels", "record-turns", _TWO_LINE_NAMES_BOARD,
               "北野委員長|西川教育長|北山課長"),
    # 南山コーディネーター among the 委員: who runs the programme at a school is no member of the committee.
    Convention("record-fact-coordinators-are-not-members", "record-fact", _PROGRAMME_COMMITTEE,
               "members_present=['北野', '南田', '東山', '西川', '北山']"),
    # 【一小コーディネーター】…, 【 二 小 コ ー デ ィ ネ ー タ ー 代 理 】…: a coordinator's label, its stand-in's too.
    Convention("record-turns-coordinator-labels-run-into-the-words", "record-turns", _PROGRAMME_COMMITTEE,
               "事務局|委員長|一小コーディネーター|二小コーディネーター代理"),
    Convention("record-agenda-heading-between-coordinator-turns", "record", _PROGRAMME_COMMITTEE,
               "報告:各小学校区の事業の進捗状況等について報告"),
    # 南山 / 東山 / 北山 / 北野教育長,南田教育委員長 / …: the place column dropped (place_column_roster.py); the officers'
    # full names take the surnames' places (surname_then_full_name.py); 役員の選出 is an act, no name.
    Convention("record-fact-roster-as-a-column-of-places-then-officials", "record-fact", _JOINT_ADOPTION_COUNCIL,
               "members_present=['南田', '西川', '北川', '西山太郎', '北野次郎', '東田三郎']"),
    # ・委員 / … / ・事務局 …: a bulleted side alone on its line or run into the answer (bulleted_role_labels.py).
    Convention("record-turns-bulleted-member-and-secretariat", "record-turns", _JOINT_ADOPTION_COUNCIL,
               "委員|事務局|委員|事務局"),
)

# Round 54b: a town's form with its labels one letter a line, a one-line assembly schedule in kanji numerals, a
# commission's tagged cases, a private schools council's numbered applications, a page's run-on spaced labels.
_TOWN_FORM_ONE_LETTER_A_LINE = (
    "審議結果 - 新みずほ町\n\n会\n議\n録\n標\n題 第3回新みずほ町まちづくり推進委員会の開催について\n日\n時 令和2年6月10日(水) 14:00 ~ 15:30\n"
    "場\n所 新みずほ町役場2階 第2会議室\n出\n席\n者 【委員】10名(詳細は別紙出席者名簿のとおり)\n【 町 】北野企画部長、南田主幹\n"
    "内\n容\n第3回新みずほ町まちづくり推進委員会を開催しましたので、下記のとおり報告します。\n記\n1.開\n会(司会:南田主幹)\n"
    "2.議\n事(進行:東山委員長)\n①新みずほ町人口ビジョンの決定について\n資料(新みずほ町人口ビジョン)を基に説明(説明:西川主査)\n"
    "新みずほ町人口ビジョンについて、承認\n②新みずほ町総合戦略の決定について\n資料(新みずほ町総合戦略)を基に説明(説明:西川主査)\n"
    "《質 疑》\n【北山副委員長】\n計画の期間は何年か?\n【事務局(南田主幹)】\n"
    "今後5ヵ年の中で取り組む施策を策定することとしているため、期間は5年間としている。\n新みずほ町総合戦略について、承認\n"
    "③地域交通計画の見直しについて\n資料(今後の日程)を基に説明。(説明:南田主幹)\n《質 疑》\n【西川委員】\n次回はいつか?\n"
)
_KANJI_SCHEDULE_ON_ONE_LINE = (
    "北山市議会 > 2010-03-01 >\n平成22年3月臨時会(第 1号3月 1日)\n\n"
    "平成22年3月臨時会(第 1号3月 1日)      平成二十二年三月一日 午前十時開会 第  一 会議録署名議員の指名 議事日程第一号の二 "
    "第  二 会期の決定 第  三 報告第 一号 専決処分した北山市税条例の一部改正の承認について 第  四 報告第 二号 専決処分の報告について "
    "第  五 報告第十 号 専決処分した平成二十一年度北山市一般会計予算の補正(第三号)の             承認について      "
    "本 日 の 会 議 に 付 し た 事 件    一 会議録署名議員の指名\n"
)
_COMMISSION_TAGGED_CASES = (
    "2024/05/16 公安委員会定例会議開催概要\n1 開催日時\n令和6年5月16日午後1時30分~午後3時00分\n2 開催状況\n"
    "⑴ 人事案件について(審議:警務部)\n警察本部から、人事案件について説明があった。\n"
    "⑵ 運転免許の行政処分について(審議:交通部)\n警察本部から、運転免許の行政処分について説明を受け、審議の上、行政処分を決定した。\n"
    "⑴ 春の交通安全運動の実施について(報告:交通部)\n警察本部から、期間中の行事等について報告があった。\n"
)
_PRIVATE_SCHOOLS_COUNCIL = (
    "第120回北山県私立学校審議会会議録\n\n1 日時\n\n令和5年7月18日(火曜日) 13時30分~15時00分\n\n2 場所\n\n北山県庁 3階 委員会室\n\n"
    "3 出席者\n\n(委員) 北野委員、南田委員、東山委員、西川委員(4名)\n(傍聴人) なし\n\n4 会議の状況\n\n(1)審議会の成立\n\n"
    "運営規程第6条の規定により、本審議会が有効に成立した旨の報告が行われた。\n\n(2)議長\n\n"
    "運営規程第5条の規定により、南田会長が議長となった。\n\n(3)諮問事項審議\n\n第1号議案 私立幼稚園の廃止認可(北山幼稚園)\n"
    " 事務局が議案資料に基づき説明を行った。\n 委員から特に異議はなく、採決したところ適当と認める旨決定した。\n"
    "第2号議案 私立専修学校の設置認可(北山情報専門学校)\n 事務局が議案資料に基づき説明を行った。\n"
)
_SPACED_LABELS_RUN_ON = (
    "第16回北山審議会基本政策部会\n日 時平成18年4月28日(金)10:00〜12:00\n場 所北山合同庁舎11階 特別会議室\n部 会 長\n北野 一郎\n"
)
CATALOGUE += (
    # 会\n議\n録\n標\n題 第3回…の開催について: the record's title field (the labels closed up, 会議録標題 a name field), the
    # town written half in kana (新みずほ町), the step 2.議\n事(進行:…委員長) joined (split_step_words.py) and its chair.
    Convention("record-fact-record-title-field-names-the-body", "record-fact", _TOWN_FORM_ONE_LETTER_A_LINE,
               "council_name=新みずほ町まちづくり推進委員会"),
    Convention("record-fact-town-named-half-in-kana", "record-fact", _TOWN_FORM_ONE_LETTER_A_LINE, "municipality=新みずほ町"),
    Convention("record-fact-business-step-names-who-runs-it", "record-fact", _TOWN_FORM_ONE_LETTER_A_LINE, "chair=東山"),
    # 第  一 … 第  五 報告第十 号 …: one line of kanji-numbered entries (kanji_numbered_agenda.py).
    Convention("record-kanji-numbered-schedule-on-one-line", "record", _KANJI_SCHEDULE_ON_ONE_LINE,
               "その他:専決処分した北山市税条例の一部改正の承認について|報告:専決処分の報告について"
               "|その他:専決処分した平成二十一年度北山市一般会計予算の補正(第三号)の承認について"),
    # (3)諮問事項審議 / 第1号議案 …: the chair made to preside by the rules (運営規程…により、…会長が議長となった).
    Convention("record-fact-chair-made-to-preside-by-the-rules", "record-fact", _PRIVATE_SCHOOLS_COUNCIL, "chair=南田"),
    # 場 所北山合同庁舎…: a letter-spaced label keeps its run-on value (spaced_label_run_on.py).
    Convention("record-fact-spaced-label-with-its-value-run-on", "record-fact", _SPACED_LABELS_RUN_ON,
               "place=北山合同庁舎11階 特別会議室"),
)
DECIDED_ITEM_CONVENTIONS += (
    # …について、承認 closes each case (stated_results.py); the next case opens outside the answer above it.
    Convention("decided-cases-closed-by-a-stated-result", "decided-item", _TOWN_FORM_ONE_LETTER_A_LINE,
               "諮問:新みずほ町人口ビジョンの決定について/=承認|諮問:新みずほ町総合戦略の決定について/=承認"
               "|その他:地域交通計画の見直しについて/=不明"),
    # ⑴ …について(審議:警務部): the tag's kind and department (business_tags.py); 審議の上、…を決定した approves.
    Convention("decided-cases-tagged-with-kind-and-department", "decided-item", _COMMISSION_TAGGED_CASES,
               "その他:人事案件について/警務部=不明|その他:運転免許の行政処分について/交通部=承認"
               "|報告:春の交通安全運動の実施について/交通部=不明"),
    # 第1号議案 …の廃止認可(北山幼稚園) under (3)諮問事項審議: a council's application, the school no department,
    # 適当と認める旨決定した its approval; the chair made to preside by the rules.
    Convention("decided-council-applications-numbered-as-bills", "decided-item", _PRIVATE_SCHOOLS_COUNCIL,
               "諮問:私立幼稚園の廃止認可(北山幼稚園)/=承認|諮問:私立専修学校の設置認可(北山情報専門学校)/=不明"),
)


# Round 55a: agenda items hidden by the shape of the line that holds them.
_STEP_NUMBER_CUT_FROM_ITS_WORD = (
    "令和2年度 北山町都市計画審議会議事録\n日時 令和2年7月22日(水)\n場所 北山町役場\n"
    "出席委員 北野一郎委員 南田二郎委員 東山三郎委員\n"
    "【事務局】 それでは、会長に北野委員にお願いします。\n5\n議題 検討事項 北山町都市計画マスタープランについて\n"
    "【北野会長】 それでは、議題に入ります。事務局から説明をお願いします。\n【事務局】 (資料に基づき説明。)\n"
    "【南田委員】 計画の期間は何年ですか。\n【事務局】 10年間です。\n"
)
_BILLS_RUN_ON_WITHOUT_BLANKS = (
    "第1回北山市 南山町合併協議会会議録\n日時 : 令和2年4月25日(月)午後3時から 場所 : 北山会館5階大会議室\n"
    "7 議事 報告事項\n"
    "報告第1号北山市 南山町合併協議会規約について報告第2号北山市 南山町合併協議会幹事会規程について"
    "報告第3号北山市 南山町合併協議会財務規程について 協議事項 協議第1号令和 2 年度北山市 南山町合併協議会事業計画について"
    "協議第2号合併協定項目について\n"
    "○北野会長 それでは、議事に入ります。事務局から説明をお願いします。\n○南田事務局長 (説明)\n"
    "○東山委員 質問はありません。\n"
)
_PROJECTS_UNDER_THEIR_EVALUATION = (
    "「北山地方整備局事業評価監視委員会」議事要旨\n件名 令和2年度 第1回北山地方整備局事業評価監視委員会\n"
    "日時 令和2年8月29日(月) 13:30〜16:40\n場所 北山合同庁舎 8階会議室\n出席者 ◆委員(敬称略、順不同)\n"
    "  北野 一郎(委員長)、南田 二郎、東山 三郎\n議事要旨\n1. 事業評価監視委員会について\n"
    "    委員長の改選を行ったところ、委員長に北野委員が選出された。\n\n2. 評価対象事業の審議\n"
    "    以下のとおり、事業評価対象3事業を審議した。\n\n  ◇港湾空港事業\n"
    "  事後評価対象事業 北山空港(きたやまくうこう) 滑走路延長事業\n  再評価対象事業 南田港 外港地区 防波堤整備事業\n\n"
    "◇道路事業\n  再評価対象事業 一般国道9号 \n"
)
_COUNTED_ROSTER_FIELDS = (
    "北山市議会 建設水道委員会\n\n令和2年6月17日(金)\n1.出 席 委 員(3名)\n                 1番  北野一郎 委員\n"
    "                 2番  南田二郎 委員\n                 3番  東山三郎 委員\n\n2.欠 席 委 員(0名)\n\n3.欠     員(0名)\n\n"
    "4.紹 介 議 員(0名)\n\n5.傍 聴 議 員(0名)\n\n6.説明のため出席した者(1名)\n           建設部長      西川四郎 君\n\n"
    "7.臨席者\n北山県 土木事務所長 北山花子\n"
)
CATALOGUE += (
    # 3.欠 員(0名) / 4.紹 介 議 員(0名) / 7.臨席者: a committee's numbered roster fields, no business (structure.PROCEDURAL).
    Convention("record-counted-roster-fields-are-no-business", "record", _COUNTED_ROSTER_FIELDS, ""),
    # 事後評価対象事業 … / 再評価対象事業 …: the projects an evaluation committee deliberates (evaluated_projects.py); a
    # row cut before its project's name ends (一般国道9号) is not claimed.
    Convention("record-projects-under-the-stage-of-their-evaluation", "record", _PROJECTS_UNDER_THEIR_EVALUATION,
               "その他:北山空港(きたやまくうこう) 滑走路延長事業|その他:南田港 外港地区 防波堤整備事業"),
    # 5 / 議題 検討事項 …について: the step's number cut from its word (lone_step_number.py), 検討事項 a group word.
    Convention("record-step-number-cut-from-its-agenda-word", "record", _STEP_NUMBER_CUT_FROM_ITS_WORD,
               "その他:北山町都市計画マスタープランについて"),
    # 報告第1号…について報告第2号…: a list of bills closed up into one run (gapless_bills.py).
    Convention("record-numbered-bills-run-on-without-blanks", "record", _BILLS_RUN_ON_WITHOUT_BLANKS,
               "報告:北山市 南山町合併協議会規約について|報告:北山市 南山町合併協議会幹事会規程について"
               "|報告:北山市 南山町合併協議会財務規程について|その他:令和2年度北山市 南山町合併協議会事業計画について"
               "|その他:合併協定項目について"),
)

# Round 55c: the municipality of a designated city's ward body (designated_wards.py), of a union's own committee, of a
# plan named for its century, and of a body that meets in a ministry (national_venue.py).
CATALOGUE += (
    # 宮前区役所 4階 …: a designated city's ward office; the ward is no municipality, its city is.
    Convention("header-designated-city-ward-office-names-its-city", "header",
               "北山まちづくり委員会\n日時：令和5年6月1日\n場所：宮前区役所 4階 第1会議室", "municipality=川崎市"),
    Convention("header-designated-city-ward-council-names-its-city", "header",
               "第2回宮前区まちづくり推進委員会\n日時：令和5年6月1日\n場所：区民会館 第1会議室", "municipality=川崎市"),
    # 南区: several designated cities have one; none named, no municipality (a null over a ward that is none).
    Convention("header-ward-several-cities-share-names-none", "header",
               "第2回南区まちづくり推進委員会\n日時：令和5年6月1日\n場所：南区役所 第2会議室", "municipality=None"),
    # 中央区: one of Tokyo's special wards as well; left as the ward.
    Convention("header-ward-that-is-also-a-special-ward-stays", "header",
               "第2回中央区まちづくり推進委員会\n日時：令和5年6月1日\n場所：中央区役所 第2会議室", "municipality=中央区"),
    # …施設組合ごみ処理検討委員会: the union's own committee; the union is the local public body, not the town it meets in.
    Convention("header-union-committee-names-the-union", "header",
               "第2回北山広域環境施設組合ごみ処理検討委員会\n日時：令和5年6月1日\n場所：南野町役場 2階 201会議室",
               "municipality=北山広域環境施設組合"),
    # 北山市 南野町合併協議会 in 北山市役所, …市町(組合)教育委員会協議会, …広域化…会議: a body of several municipalities
    # meets in one member's hall, which is its host, not its owner (joint_bodies.py).
    Convention("header-merger-council-of-two-towns-is-neither-towns", "header",
               "第1回北山市 南野町合併協議会\n日時：令和5年6月1日\n場所：北山市役所 第1会議室", "municipality=None"),
    Convention("header-district-boards-together-are-none-of-theirs", "header",
               "第1回北山・南野地区教科用図書採択市町(組合)教育委員会協議会\n日時：令和5年6月1日\n場所：北山市役所 第一会議室",
               "municipality=None"),
    # 於、北山省8階…: the room after 於 and a comma, on its own line or run onto the clock's.
    Convention("header-room-after-at-and-a-comma", "header",
               "北山審議会 第2回\n令和5年6月1日(木) 10時30分〜11時40分\n於、北山省8階第1特別会議室", "place=北山省8階第1特別会議室"),
    Convention("header-room-after-at-run-onto-the-clock", "header",
               "北山審議会 第2回\n令和5年6月1日(木) 10時30分〜11時40分於、北山省8階第1特別会議室", "place=北山省8階第1特別会議室"),
    # 北山市民会館: the hall of the city's own citizens is the city's.
    Convention("header-citizens-hall-names-its-city", "header",
               "北山まちづくり委員会 第2回\n日時：令和5年6月1日(木) 10時30分\n会場：北山市民会館 33号室", "municipality=北山市"),
    # 21世紀北山市…: the century the plan looks to is no letter of the city's name.
    Convention("header-century-before-the-city", "header",
               "第4回21世紀北山市図書館計画検討委員会\n日時：令和5年6月1日\n場所：中央図書館 3階 セミナー室",
               "municipality=北山市"),
)

# Round 56a: agendas the importer found only in part or not at all.
_STEPS_ALL_NUMBERED_ONE = ("平成20年北山町議会第4回定例会 第3日\n\n議事日程(第3号)\n\n平成20年12月12日(金)午前9時開議\n\n 1.開議\n\n 1.議事日程の報告\n\n"
    " 1.諸報告\n\n 1.議案第51号(北山町税条例の一部改正について)の委員長報告、質疑、討論、採決\n\n"
    " 1.議案第52号(平成20年度北山町一般会計補正予算(第2号))の委員長報告、質疑、討論、採決\n\n"
    " 1.請願第1号(南田橋の架け替えについて)の委員長報告、質疑、討論、採決\n\n 1.閉会中の特定事件の議決について\n\n 1.閉会\n\n"
    "出席議員(3名)\n 1番 北野一郎議員  2番 南田健議員  3番 東山亨議員\n\n"
    "○議長(北野一郎議員) おはようございます。ただいまから本日の会議を開きます。\n")
_MATTER_AS_THE_WHOLE_PREDICATE = ("北山市環境審議会 専門部会(第2回)議事録\n\n日時\n令和3年6月4日(金)10:00~11:30\n\n場所\n北山市役所 第1会議室\n\n"
    "出席委員:\n北野委員、南田委員、東山部会長\n\n1.開会\n\n事務局:第2回専門部会を開催いたします。議事進行を東山部会長にお願いします。\n\n"
    "東山部会長:おはようございます。本日の議題は北山市の公用車の購入に関する基本的事項についてということでありますけれども、資料1をご覧ください。\n\n"
    "事務局:資料1についてご説明いたします。\n")
_CIRCLED_ENTRIES_UNDER_A_LEAD = ("北山中学校だより\n\n【第1回学校運営協議会の報告】\n1開催日時 令和2年5月28日(木曜日)\n2開始時刻・場所 10:00〜 本校校長室\n"
    "3公開\n4出席者 10人\n5議題と審議の内容\n 以下の議題について承認されました。\n ○令和2年度学校運営協議会の規則について\n"
    " ○令和2年度会長・副会長の選出について\n ○令和2年度学校経営の方針について\n ○4月の教育活動の報告について\n\n"
    "【第2回学校運営協議会の案内】\n1開催日時 令和2年11月5日(木曜日)\n5議題\n ○5月から10月までの教育活動の報告\n ○その他\n")
_OUTCOME_NOTED_UNDER_EACH_ENTRY = ("本文\n令和2年度北山県森林審議会の開催結果\n第1回\n- 日時:令和2年12月10日(木曜日)\n- 場所:北山県庁2階第1会議室\n"
    "- 審議内容\n- 北川森林計画区の地域森林計画の樹立について\n諮問案について適当と認める、との答申がされました。"
    " - 南川、東川各森林計画区の地域森林計画の変更について\n諮問案について適当と認める、との答申がされました。\n"
    "- 北川森林計画区の地域森林計画の樹立について\n- 議事録:令和2年度第1回北山県森林審議会議事録こちらをご覧下さい。[PDFファイル/300KB]\n")
_FIRST_CASE_LEFT_IN_THE_FIELD = ("北山地区まちづくり協議会 令和2年度 第3回運営委員会 議事録\n1 日時・場所 令和2年9月14日(月)19時から21時まで\n"
    ". 北山地区コミュニティセンター 大会議室\n2 出席者数\n(出席者)北野一郎、南田健、東山亨、西川清(敬称略)\n"
    "(市より)北山支所南野支所長\n○議事\n(1)地区集会の実施について\n"
    "地区集会の進め方は昨年度と同じ方法で行うことが確認された。当日はいくつかのテーマを設定して話し合う予定である。\n"
    "集会に向けた意見としては、「協議会の活動紹介の時間を昨年度より短くするべき。」、「行政の回答に対するフォローをしていく必要がある」等の意見が挙がった。\n"
    "地域活動部会が事前に依頼した振り返り用紙を回収し、その意見を紹介した。今後は集会に向けた各意見と合わせて参考とすることが確認された。\n(2)各部会の活動状況について\n"
    "各部会長から、前回の運営委員会からの事業報告及び、今後の活動予定が")
_PAPERS_RUN_ON_AFTER_THE_AGENDA = (
    "平成 3 年度第 2 回北山市南浜地域審議会会議録\n\n開催日時 平成 3 年 10 月 30 日(水) 16 時 00 分~17 時 30 分 開催場所 北山市南浜支所 旧議場\n\n"
    "議 題 1 前回の意見等の集約結果と取組状況について 2 平成 4 年度地域別事業計画(案)について 3 地域振興全般に関する意見交換 4 その他\n\n"
    "添付資料 資料 1 前回の意見・要望等に対する取り組み状況 資料 2 平成 4 年度地域別事業計画(案)\n\n資料 3 南浜会館の現状について 資料 4 公共交通のあり方について\n\n"
    "出席委員 北野一郎委員 南田健委員 東山亨委員\n\n北野会長 ただいまから審議会を開会いたします。\n")
CATALOGUE += (
    # 議 題 1 前回の意見等の…について 2 平成 4 年度…について … 4 その他 / 添付資料 資料 1 …: the papers' field run on after
    # the agenda is no part of it (papers_run_on.py), the era's spaced year no entry's number, and the earlier
    # opinions with what was done about them a case.
    Convention("record-papers-field-run-on-after-the-agenda", "record", _PAPERS_RUN_ON_AFTER_THE_AGENDA,
               "その他:前回の意見等の集約結果と取組状況について|その他:平成4年度地域別事業計画(案)について|その他:地域振興全般に関する意見交換"),
    # 議事日程 / 1.開議 / 1.議案第51号(…について)の委員長報告、質疑、討論、採決: every step numbered 1.; the cases are the
    # bracketed titles of the numbered bills (repeated_step_number.py).
    Convention("record-steps-all-numbered-one", "record", _STEPS_ALL_NUMBERED_ONE,
               "その他:北山町税条例の一部改正について|その他:平成20年度北山町一般会計補正予算(第2号)|その他:南田橋の架け替えについて"),
    # 本日の議題は…についてということでありますけれども: the chair names the one matter unquoted, as the sentence's
    # whole predicate.
    Convention("record-matter-named-as-the-whole-predicate", "record", _MATTER_AS_THE_WHOLE_PREDICATE,
               "その他:北山市の公用車の購入に関する基本的事項について"),
    # 5議題と審議の内容 / 以下の議題について承認されました。 / ○…: ○ entries under a heading word, a sentence introducing
    # them; the year's officers chosen are procedure, the next sitting's announced agenda no business of this one.
    Convention("record-circled-entries-under-a-lead-sentence", "record", _CIRCLED_ENTRIES_UNDER_A_LEAD,
               "その他:令和2年度学校運営協議会の規則について|その他:令和2年度学校経営の方針について|報告:4月の教育活動の報告について"),
    # - 審議内容 / - …について / 諮問案について適当と認める、との答申がされました。 - …: each entry's outcome on the line
    # under it, the list going on; the first entry printed again after the list is had once.
    Convention("record-outcome-noted-under-each-entry", "record", _OUTCOME_NOTED_UNDER_EACH_ENTRY,
               "その他:北川森林計画区の地域森林計画の樹立について|その他:南川、東川各森林計画区の地域森林計画の変更について"),
    # ○議事 / (1)…について / (its summary) / (2)…について: the header's field holds the first case, the body's headings
    # the rest (agenda_before_headings.py); a sentence the text's end cut off is no second line of the last title.
    Convention("record-first-case-left-in-the-agenda-field", "record", _FIRST_CASE_LEFT_IN_THE_FIELD,
               "その他:各部会の活動状況について|その他:地区集会の実施について"),
)


# Round 57a: agendas the importer found only in part or not at all.
_TITLES_JOINED_IN_ONE_SENTENCE = (
    "平成24年 9月 決算特別委員会 10月05日−04号\n"
    "\n"
    "          平成24年北山市議会企業会計決算特別委員会記録\n"
    "\n"
    "2012年(平成24年)10月5日(金)\n"
    "\n"
    " ──────────────────\n"
    "\n"
    " 本日の会議に付した事件\n"
    "\n"
    "平成23年度北山市病院事業会計決算認定について,下水道事業会計利益処分及び決算認定について並びに工業用水道事業会計決算認定について\n"
    "\n"
    " ──────────────────\n"
    "\n"
    " 出席委員\n"
    "\n"
    "    委員    北 野 一 郎\n"
    "\n"
    "    委員    南 田   健\n"
    "\n"
    "    委員長   東 山   亨\n"
    "\n"
    " ──────────────────\n"
    "\n"
    "            午前10時開議\n"
    "\n"
    "○東山委員長 ただいまから委員会を開きます。\n")
_ENTRIES_NUMBERED_TWICE = (
    "北山市税務審議会(第1回)議事要旨\n"
    "\n"
    "1. 日時\n"
    "\n"
    "令和2年2月16日(金) 10時30分〜12時00分\n"
    "\n"
    "2. 場所\n"
    "\n"
    "北山市役所第一会議室\n"
    "\n"
    "3. 議題\n"
    "\n"
    "  1. (1)  北山市税務審議会の概要等\n"
    "  2. (2)  会長及び分科会長の選任\n"
    "  3. (3)  北山市税務審議会及び各分科会議事規則の策定\n"
    "  4. (4)  その他\n"
    "\n"
    "4. 議事経過\n"
    "\n"
    "  1. (1)  市長から挨拶があった。\n"
    "  2. (2)  審議会の概要について説明があった。\n")
_AGENDA_FIELD_POINTING_ON = (
    "北山審議会 第12回会議 議事録 第1 日 時  令和2年2月7日(金)   自 午後2時02分                        至 午後2時43分 第2 場 所  北山市役所大会議室 第3 議 題   1 北山市民法制の整備に関する諮問第8号について   2 北山市商事規則の改正に関する諮問第9号について 第4 議 事  (次のとおり) 議          事 ○北野課長 ただいまから北山審議会第12回会議を開催いたします。         本日は,委員20名のうち16名の委員に御出席いただいております。\n")
_SIGNATURE_FIELD_NUMBERED = (
    "令和2年度 第5回北山地域委員会議事録\n"
    "開催日時 令和2年12月14日(火) 午後7時から\n"
    "2.開催場所 北山支所 会議室\n"
    "3.出席委員 北野一郎、南田健、東山亨\n"
    "4.欠席委員 西川清\n"
    "5.事務局員 地域市民課長 北山花子\n"
    "6.議題 (1)令和3年度地域委員会予算について\n"
    "     (2)令和2年度地域委員会予算進捗状況について\n"
    "     (3)その他\n"
    "7.公開・非公開の別\n"
    "8.傍聴人数 1\n"
    "9.署 名\n"
    "公開\n"
    "非公開\n"
    "署名委員\n"
    "署名委員\n"
    "開会\n"
    "2、会長あいさつ\n"
    "3.支所長あいさつ\n"
    "事務局:11月1日の委員改選により、西川清さんを委員に任命\n"
    " 事務局 本日の議事録署名人 南田健委員、東山亨委員を指名\n"
    "4.議事\n"
    " 議長 北野会長議長に就任\n")
_STEPS_OF_THE_SITTING_AND_PAPERS_IN_BRACKETS = (
    "令和5年度北山市健康づくり推進協議会 (第1回全体会) 会議録 日 時:令和5年7月4日(火) 19:00〜20:30 場 所:北山市保健センター2階 出席者:委員:3人(北野,南田,東山) 議 事 1.開会 2.市長挨拶 3.新任委員の委嘱 4.委員自己紹介 5.事務局紹介  これより協議会議事へ 6.議事 (1) 令和5年度事業実施計画について  ア 母子保健事業について  イ 予防接種事業について  ウ 食育推進事業について (配付資料)\n"
    "【資料1】令和5年度母子保健事業実施計画 【資料1―1】北山っ子サポート事業について 【資料2】予防接種事業について\n"
    "1.開会 2.市長挨拶 6.議事 ア 母子保健事業について ○事務局  資料1について説明 <質疑応答> ○委員  資料1の見方を教えてください。\n")
_MARKED_ENTRIES_AFTER_A_GROUP_WORD = (
    "1 会議名 令和2年度 第1回北山区地域協議会 2 議題(公開・非公開の別) ⑴ 報告事項(公開) ○令和2年度北山区の主な事業について ○令和2年度北山区総合事務所の組織体制について ⑵ 協議事項(公開) ○次期地域協議会へ引き継ぐ協議事項について 3 開催日 令和2年4月26日(火) 4 開催時刻 午後6時30分から午後8時まで 5 開催場所 北山区総合事務所 6 出席した者 委員:北野一郎、南田健、東山亨\n"
    "【北野会長】 ・挨拶\n")
CATALOGUE += (
    # 本日の会議に付した事件 / …決算認定について,…決算認定について並びに…決算認定について: the cases taken up together named
    # in one sentence, the whole titles joined by a comma or 並びに (joined_titles.py); 及び inside a title joins none.
    Convention("record-whole-titles-joined-in-one-sentence", "record", _TITLES_JOINED_IN_ONE_SENTENCE,
               "その他:平成23年度北山市病院事業会計決算認定について|その他:下水道事業会計利益処分及び決算認定について"
               "|その他:工業用水道事業会計決算認定について"),
    # 3. 議題 / 1. (1) …の概要等 / 2. (2) 会長及び分科会長の選任: a page's list numbering over the text's own, the same
    # number twice (double_numbering.py); the chair and the sections' chairs chosen are procedure.
    Convention("record-entries-numbered-twice", "record", _ENTRIES_NUMBERED_TWICE,
               "その他:北山市税務審議会の概要等|その他:北山市税務審議会及び各分科会議事規則の策定"),
    # 第4 議 事 (次のとおり) 議 事 ○…: a field whose value sends the reader on names no case (referred_agenda.py).
    Convention("record-agenda-field-pointing-on", "record", _AGENDA_FIELD_POINTING_ON,
               "諮問:北山市民法制の整備に関する諮問第8号について|諮問:北山市商事規則の改正に関する諮問第9号について"),
    # 9.署 名 / 公開 / 非公開 / 署名委員: the numbered field for the minutes' signatories, its cells below it; no case.
    Convention("record-signature-field-numbered-among-the-header", "record", _SIGNATURE_FIELD_NUMBERED,
               "その他:令和3年度地域委員会予算について|その他:令和2年度地域委員会予算進捗状況について"),
    # ⑴ 報告事項(公開) ○…について ○…について ⑵ 協議事項(公開) ○…: a group word, its note and its ○ entries on one line
    # (marked_entries_after_group.py); the entries are the cases, reports under 報告事項.
    Convention("record-marked-entries-after-a-group-word", "record", _MARKED_ENTRIES_AFTER_A_GROUP_WORD,
               "報告:令和2年度北山区の主な事業について|報告:令和2年度北山区総合事務所の組織体制について"
               "|その他:次期地域協議会へ引き継ぐ協議事項について"),
    # 3.新任委員の委嘱 … 5.事務局紹介  これより協議会議事へ 6.議事 … (配付資料) / 【資料1】…: the sitting's own steps with
    # a note run on (sitting_steps.py), and the papers' word in brackets ending the agenda (papers_run_on.py).
    Convention("record-sitting-steps-and-papers-word-in-brackets", "record", _STEPS_OF_THE_SITTING_AND_PAPERS_IN_BRACKETS,
               "その他:母子保健事業について|その他:予防接種事業について|その他:食育推進事業について"),
)


# --- round 55b: who was present and who presided ---------------------------------------------------------------
_DEPUTY_OPENS_THE_SITTING = (
    "北山県議会 環境委員会記録\n"
    "令和4年3月7日(月曜日)\n"
    "午前10時1分開会\n"
    "場所 第3委員会室\n"
    "出席委員\n"
    "副委員長  北 野 一 郎 君\n"
    "委   員  南 田   健 君\n"
    "委   員  東 山 花 子 君\n"
    "欠席委員\n"
    "西 川   清 君\n"
    "\n"
    "○北野一郎副委員長 ただいまから、環境委員会を開会いたします。\n"
    " 本日は、議案1件を議題といたします。\n"
    "○南田健委員 質問いたします。\n"
)
_BOARD_SUPERINTENDENT_OVER_SEATS = (
    "令和2年 第3回北山市教育委員会会議録\n"
    "1.日 時 令和2年4月24日(金) 午後3時30分~午後5時00分\n"
    "2.場 所 北山市役所 教育委員室\n"
    "3.出 席 者 教育長 北野 一郎\n"
    "一番委員 南田 健\n"
    "二番委員 東山 花子\n"
    "三番委員 西川 清\n"
    "4.出席事務局職員\n"
    "教育部長 北山 次郎\n"
)
_ACTING_CHAIR_ALONE_IN_ROSTER = (
    "- 北山県人権協議会 -\n"
    "北山県人権協議会会議録\n"
    "開催日時令和2年12月17日(木) 01:30 PM 03:40 PM\n"
    "開催場所北山県民会館(北山文化センター)\n"
    "2階 第3会議室\n"
    "出席者名北野一郎会長代理; 南田健委員; 東山花子委員; 西川清委員\n"
    "議題(1)人権施策について(報告事項)\n"
    "(2)その他\n"
)
_COUNTED_SEATS_AFTER_TITLE = (
    "北山市議会 > 2020-06-29 >\n"
    "    令和2年第2回定例会−06月29日-05号令和2年第2回定例会  出 席 議 員 ( 4人)      1番  北 野 一 郎    3番  南 田   健      2番  東 山 花 子    4番  西 川   清\n"
    "───────────────\n"
    "事 務 局 職 員 出 席 者   事務局長    北 山 次 郎\n"
)
_COUNTED_SURNAMES_IN_BRACKET = (
    "令和5年度北山市健康づくり推進協議会 (第1回全体会) 会議録\n"
    "日 時:令和5年7月4日(火) 19:00〜20:59\n"
    "場 所:北山市保健センター 2階 会議室\n"
    "出席者:【推進協議会委員】 委員:4人(北野,南田,東,西川) 欠席:1人(北山) 傍聴:0人\n"
    "議事\n"
    "1.開会\n"
)
_OFFICE_AND_NAME_LINE_UNLABELLED = (
    "本文\n"
    "令和7年10月7日(火曜日)\n"
    "午前10時から午前11時56分まで\n"
    "庁議室\n"
    "委員長 北野一郎、副委員長 南田健、委員 東山花子、委員 西川清\n"
    "北山副市長、南野総合政策部長\n"
    "1 開会\n"
    "2 議事\n"
)
_BOX_SEAT_TABLE = (
    "北山県 北山市\n"
    "\n"
    "平成25年10月臨時会−11月01日-02号\n"
    "\n"
    "    平成25年11月1日(金)   午前10時00分   開議\n"
    "          出席議員\n"
    "┌───────┬───────┬───────┐\n"
    "│ 1.北野一郎 │ 2.南田 健 │ 3.東山花子 │\n"
    "│ 4.西川 清 │ 5.北山次郎 │ 6.南野春子 │\n"
    "│ 7.東川一夫 │ 8.西山和子 │ 9.北川三郎 │\n"
    "│10.南山 進 │11.東野秋子 │12.西野冬彦 │\n"
    "└───────┴───────┴───────┘\n"
    "\n"
    "○北野一郎 議長\n"
    " おはようございます。これより本日の会議を開きます。\n"
)
_LABEL_AFTER_FIRST_ROWS = (
    "北山県議会 > 2020-03-11 >\n"
    "    令和 2年第1回定例会総務常任委員会-03月11日-01号令和 2年第1回定例会総務常任委員会 委員会の名称 総務常任委員会 開催場所   401委員会室 開議年月日時 令和2年3月11日 午前 9時59分 散会年月日時 令和2年3月11日 午後 3時53分 会議の目的  付託議案等の審査        委員長 北野一郎   副委員長 南田 健   委員 東山 亨 出席委員   委員  西川花子   委員   北山次郎   委員 南野春子 欠席委員   なし 執行部等出席者       【総務部】        総務部長           西野冬彦\n"
)
CATALOGUE += (
    # ○北野一郎副委員長 ただいまから…開会いたします。 and no 委員長 label anywhere: the deputy presides (presiding_deputy.py).
    Convention("record-fact-deputy-who-opens-the-sitting-presides", "record-fact", _DEPUTY_OPENS_THE_SITTING, "chair=北野一郎"),
    # 3.出 席 者 教育長 北野 一郎 / 一番委員 南田 健 …: the board's 教育長 over its seat-numbered members presides.
    Convention("record-fact-superintendent-over-numbered-board-members", "record-fact", _BOARD_SUPERINTENDENT_OVER_SEATS,
               "chair=北野一郎"),
    # 出席者名北野一郎会長代理; 南田健委員; …: the acting chair listed and no chair: the acting chair presides.
    Convention("record-fact-acting-chair-alone-in-the-roster-presides", "record-fact", _ACTING_CHAIR_ALONE_IN_ROSTER,
               "chair=北野一郎"),
    # …定例会  出 席 議 員 ( 4人)  1番  北 野 一 郎 …: the seats run on after the title, as many as counted (counted_seat_run.py).
    Convention("record-fact-counted-seats-run-on-after-the-title", "record-fact", _COUNTED_SEATS_AFTER_TITLE,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清']"),
    # 委員:4人(北野,南田,東,西川) 欠席:1人(北山): surnames in a bracket after their count (counted_bracket_names.py).
    Convention("record-fact-counted-surnames-in-a-bracket", "record-fact", _COUNTED_SURNAMES_IN_BRACKET,
               "members_present=['北野', '南田', '東', '西川']"),
    Convention("record-fact-counted-surnames-in-a-bracket-away", "record-fact", _COUNTED_SURNAMES_IN_BRACKET,
               "members_absent=['北山']"),
    # 庁議室 / 委員長 北野一郎、副委員長 南田健、…: an unlabelled line of office-and-name entries (role_named_line.py).
    Convention("record-fact-office-and-name-line-without-its-label", "record-fact", _OFFICE_AND_NAME_LINE_UNLABELLED,
               "chair=北野一郎"),
    # 出席議員 / │ 1.北野一郎 │ 2.南田 健 │ …: the box-drawn seat table, read column after column (dotted_seat_roster.py).
    Convention("record-fact-box-drawn-seat-table-every-seat-once", "record-fact", _BOX_SEAT_TABLE,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清', '北山次郎', '南野春子', '東川一夫', '西山和子', "
               "'北川三郎', '南山進', '東野秋子', '西野冬彦']"),
    # 委員長 北野一郎   副委員長 南田 健   委員 東山 亨 出席委員   委員  西川花子 …: the label set after the first rows
    # (label_after_first_rows.py); the 委員長 among them presides.
    Convention("record-fact-roster-label-after-its-first-rows", "record-fact", _LABEL_AFTER_FIRST_ROWS,
               "members_present=['北野一郎', '南田健', '東山亨', '西川花子', '北山次郎', '南野春子']"),
    Convention("record-fact-roster-label-after-its-first-rows-chair", "record-fact", _LABEL_AFTER_FIRST_ROWS, "chair=北野一郎"),
)
# Round 56c: a city's district (地区) named before a community body, a copy's bullet before the room, one label for
# the clock and the room (clock_and_room_label.py), a page titled by the day it was held (…開催の), the chairs of a
# kind of body meeting together, and the owner a page's breadcrumb names (owner_in_crumbs.py).
CATALOGUE += (
    # 北山地区まちづくり協議会: the district of a city the body serves is no ward.
    Convention("header-district-before-a-community-body-is-no-ward", "header",
               "北山地区まちづくり協議会 令和元年度 第2回運営委員会 議事録\n1 日時・場所 令和元年8月19日(月)19時から~21時まで\n"
               "北山地区センター 大会議室\n○議事\n北山地区の将来について話し合う。北山地区の活動を紹介し、北山地区の課題を確認した。\n",
               "municipality=None"),
    # 1 日時・場所 … / . 北山地区センター 大会議室: a bullet the copy left before the room on its own line.
    Convention("header-bullet-before-the-room-under-date-and-place", "header",
               "北山地区まちづくり協議会 第2回運営委員会 議事録\n1 日時・場所 令和元年8月19日(月)19時から~21時まで\n"
               ". 北山地区センター 大会議室", "place=北山地区センター 大会議室"),
    # 2開始時刻・場所 10:00〜 本校校長室: the opening clock and the room under one label, on its line.
    Convention("header-clock-and-room-under-one-label", "header",
               "第1回学校運営協議会の報告\n1開催日時 平成30年5月31日(木曜日)\n2開始時刻・場所 10:00〜 本校校長室\n3公開\n",
               "place=本校校長室"),
    # 令和3年12月15日開催の北山警察署協議会会長連絡会議: the day the page titles the sitting by is no part of the name,
    # and the chairs of the 協議会 meeting together sit as their own 会議.
    Convention("header-title-held-on-a-day-chairs-meeting", "header",
               "令和3年12月15日開催の北山警察署協議会会長連絡会議\n開催日時\n令和3年12月15日(水曜)午後3時30分~午後5時30分\n",
               "council_name=北山警察署協議会会長連絡会議"),
    # トップ > … > 北山市教育委員会 > 学校運営協議会 > …: the body that sat is filed under the city's own body.
    Convention("header-owner-named-by-a-body-in-the-breadcrumb", "header",
               "トップ > くらし > 北山市教育委員会 > 学校運営協議会 > 令和3年12月15日開催の学校運営協議会会長連絡会議\n"
               "令和3年12月15日開催の学校運営協議会会長連絡会議\n開催日時\n令和3年12月15日(水曜)午後3時30分~午後5時30分\n",
               "municipality=北山市"),
    # 平成27年第4回北山村議会予算審査特別委員会会議録: the count before the assembly's name is its session's; the committee
    # sitting during the session takes no label from it.
    Convention("header-session-count-before-the-assembly-is-no-committee-label", "header",
               "平成27年第4回北山村議会予算審査特別委員会会議録\n招集年月日 平成27年3月30日\n招集場所 北山村議会議場\n",
               "meeting_label=None"),
    # 平成28年第11回北山委員会会議録 under 北山県議会's banner: the count's 回 is no letter of the committee's name.
    Convention("header-assembly-committee-without-the-counts-word", "header",
               "北山県議会 2016-09-06\n平成28年第11回水産林務委員会会議録\n平成28年9月6日(火曜日) 於 第5委員会室\n",
               "council_name=北山県議会水産林務委員会"),
    # 平成22年第6回定例会(第4号 9月24日) … 第3 北山対策特別委員会審査報告: the committee's report on the plenary's agenda.
    Convention("header-committee-report-on-the-agenda-is-no-committee", "header",
               "北山市議会 > 2010-09-24 >\n平成22年第6回定例会(第4号 9月24日) 平成22年9月24日(金)午前10時開議 開議 "
               "第1 各常任委員会審査報告 第2 北山対策特別委員会審査報告 閉会\n",
               "council_name=北山市議会"),
    # 石川県 北山市 / 平成13年 12月 旧北山市 定例会(第4回) / 第4回市議会定例会会議録: the assembly named by its kind alone.
    Convention("header-assembly-named-by-its-kind-alone-is-the-citys", "header",
               "石川県 北山市\n平成13年 12月 旧北山市 定例会(第4回)\n第4回市議会定例会会議録\n平成13年12月10日(月曜日)\n"
               "(午前10時02分開会)\n",
               "council_name=北山市議会"),
    # 1、附属機関等の会議の名称 北山市空き家等対策協議会: a form's label for the name of any of the city's bodies.
    Convention("header-name-of-any-attached-body-label", "header",
               "会 議 録 1、附属機関等の会議の名称 北山市空き家等対策協議会 2、開催日時 平成29年1月30日(月)10時00分から11時50分まで "
               "3、開催場所 北山市役所第2庁舎3階会議室\n",
               "council_name=北山市空き家等対策協議会"),
    # 1 日時 平成25年11月15日(金曜日) 2014-04-27 14:14:46 [編集/削除]: a post's timestamp is no clock of the sitting
    # (post_timestamps.py).
    Convention("header-post-timestamp-is-no-clock", "header",
               "第2回北山市自治基本条例審議会\n1 日時 平成25年11月15日(金曜日) 2014-04-27 14:14:46 [編集/削除]\n"
               "日時 平成25年11月15日(金曜日)午後3時から午後5時15分 場所 北山市役所7階 会議室7\n", "start_time=15:00"),
    # 場所 北山市役所7階 会議室7 議事 …について, 場 所 北山センター 会 長:北野: the next field run on after the room
    # (place_run_on.py).
    Convention("header-next-field-run-on-after-the-room", "header",
               "第2回北山市自治基本条例審議会\n日時 平成25年11月15日(金曜日)午後3時から午後5時15分 場所 北山市役所7階 会議室7 "
               "議事 北山市自治基本条例推進計画(案)について\n", "place=北山市役所7階 会議室7"),
    # 開催形式 / オンライン形式(WEB会議): how an online sitting was held stands for its room.
    Convention("header-online-sitting-held-in-a-form", "header",
               "北山市墓地協議会「第3回墓地部会」\n\n開催日時\n令和3年5月21日(金曜日) 14時00分~16時00分\n\n開催形式\n"
               "オンライン形式(WEB会議)\n\n議題等\n", "place=オンライン形式(WEB会議)"),
    # 北山県議会 2008-09-01 / 10月15日-08号: an aggregator files the day's record under the session's first day; the
    # record's own day is the sitting's (aggregator_day.py).
    Convention("header-aggregators-session-date-over-the-records-own-day", "header",
               "ツイート シェア\n  1. 北山県議会 2008-09-01\n    10月15日-08号\n\n\n    取得元: 北山県議会公式サイト\n"
               "    平成20年  9月 定例会本会議    第八号 十月十五日(水)◯議員出欠状況(出席二人 欠席〇人)\n"
               "○議長(北野一郎君) これより本日の会議を開きます。\n", "date=2008-10-15"),
)

# Round 56b: entries that name no member (entries_naming_no_one.py), a roster whose marks fell under its rows
# (marked_office_rows.py), a roster after a bracketed attendance word.
_COUNT_ALONE_UNDER_ATTENDANCE = (
    "第3回北山市開発審査会の結果\n1 日時 令和元年12月2日(月)13時30分から16時まで\n2 場所 北山市役所 2階 第2会議室\n"
    "3 議題\n(1)開発行為許可申請に関する議案\n4 出席委員\n委員数7名中5名(会長を含む)\n※会議成立の要件を充足\n5 審議概要\n承認\n"
)
_SIDES_AND_OFFICES_UNDER_ATTENDANCE = (
    "会 議 等 結 果 報 告 書\n名 称\n第5回 北山町行財政改革推進町民会議\n日 時\n平成16年9月27日(月)  18時00分〜20時02分\n"
    "場 所\n役場3階第2会議室\n出席者\n町側  町長、助役、総務課長、企画財政課長、\n    事務局:北野局長、南田主査\n"
    "委員の出席者は別紙名簿のとおり(25人中17人出席)\n内 容\n○開会\n○閉会\n"
)
_BOARD_OFFICE_AFTER_NAMES = (
    "北山県警察署協議会会長連絡会議\n開催日時\n令和3年12月15日(水曜)午後3時30分~午後5時30分\n開催場所\n北山県警察本部9階大会議室\n"
    "出席者\n公安委員会\n北野一郎公安委員長、南田花子公安委員、東山健公安委員\n警察本部\n"
    "警察本部長、警務部長、首席監察官、総務課長\n議事の概要\n公安委員長挨拶\n各協議会の皆様には、平素からご協力をいただいております。\n"
)
_MARKS_UNDER_OFFICE_ROWS = (
    "第9回北山市・南田町合併協議会\n会議の名称\n第9回北山市・南田町合併協議会\n開催日時\n平成17年5月12日(木)午後1時28分~午後2時57分\n"
    "開催場所\n北山市保健センター 2階 多目的ホール\n議長氏名\n北野 一郎 会長\n出\n席\n者\n出欠 南田町\n出欠\n"
    "副会長 南田健\n○\n会長 北野一郎\n○\n委員 東山花子\n○\n委員 西川 清\n○\n委員 北山次郎\n×\n事務局\n北川、南野\n1 議題\n"
)
_ATTENDANCE_WORD_IN_BRACKETS = (
    "北山地区まちづくり協議会 第2回運営委員会 議事録\n1 日時・場所 令和元年8月19日(月)19時から~21時20分まで\n"
    ". 北山地区センター 大会議室\n2 出席者数\n(出席者)北野一郎、南田健、東山花子、西川清、北山次郎(敬称略)\n"
    "(市より)北山支所長、木村課長補佐\n○議事\n(1)市民集会の実施について\n確認された。\n"
)
CATALOGUE += (
    # 出席委員 / 委員数7名中5名(会長を含む): a count alone names no one.
    Convention("record-fact-count-alone-under-attendance-names-no-one", "record-fact", _COUNT_ALONE_UNDER_ATTENDANCE,
               "members_present=[]"),
    # 出席者 / 町側 町長、助役、… / 委員の出席者は別紙名簿のとおり: a side's label and bare offices are no members.
    Convention("record-fact-side-label-and-bare-offices-are-no-members", "record-fact", _SIDES_AND_OFFICES_UNDER_ATTENDANCE,
               "members_present=[]"),
    # 北野一郎公安委員長、南田花子公安委員: the board's office is no part of the name; its head does not preside here.
    Convention("record-fact-board-office-after-names", "record-fact", _BOARD_OFFICE_AFTER_NAMES,
               "members_present=['北野一郎', '南田花子', '東山健']"),
    Convention("record-fact-board-office-after-names-no-chair", "record-fact", _BOARD_OFFICE_AFTER_NAMES, "chair=None"),
    # 副会長 南田健 / ○ / 会長 北野一郎 / ○ / …: each row's 出欠 mark on the line under it (marked_office_rows.py).
    Convention("record-fact-marks-under-office-rows", "record-fact", _MARKS_UNDER_OFFICE_ROWS,
               "members_present=['南田健', '北野一郎', '東山花子', '西川清']"),
    Convention("record-fact-marks-under-office-rows-chair", "record-fact", _MARKS_UNDER_OFFICE_ROWS, "chair=北野一郎"),
    # 2 出席者数 / (出席者)北野一郎、南田健、…: the attendance word in brackets before the first name.
    Convention("record-fact-attendance-word-in-brackets-before-the-names", "record-fact", _ATTENDANCE_WORD_IN_BRACKETS,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清', '北山次郎']"),
)
# Round 57b: who was present, read from rosters the readers above did not see or cut wrong.
_MARKS_AFTER_FLATTENED_ROWS = (
    "第2回北山市福祉計画策定小委員会 会議結果報告書 開 催 日 時 令和2年5月10日(日曜日)午前10時~正午 開 催 場 所 "
    "北山市役所 大会議室 委 員 の 出 欠 出席者 ○ 欠席者 − 委員長 (北山市議会議員) 北野一郎 ○ 副委員長 (南田町民生委 "
    "南田健 員協議会長) ○ 委 員 (北山大学教授) 東山花子 ○ 西川清 ○ 委 員 (北山医師会理事) 森本進 − 委 員 (北山薬剤師会 "
    "中川優子 会長) ○ 事 務 局 そ の 他 事務局長 北川次郎\n"
)
_OFFICE_COLUMN_GROUPS = (
    "第5回北山諸島振興審議会会議録\n\n日 時 令和3年5月13日(木) 午前10時\n\n場 所 北山合同庁舎 特別会議室\n\n"
    "出席者 会   長  北 野 一 郎\n    委   員  南 田   健\n           東 山 花 子\n           西 川 清 美\n"
    "    幹   事  森 本   進  北山省地域局長\n           中 川 優 子  北山県支庁長\n    北山省  北 川 次 郎  審議官\n\n"
    "議 題 (1) 振興計画について\n"
)
_GLUED_MEMBER_WORDS = (
    "北山県議会 地域振興対策特別委員会 会議要録 1 開催日時 令和元年6月14日(金) 2 開催場所 第四委員会室 "
    "3 出席した委員 北野委員長、南田副委員長 東山委員西川委員森本委員、 中川委員北川委員 "
    "4 出席した説明員 南野地域振興部長 5 事務局職員 東野主査 6 会議に付した事件 別紙次第書のとおり\n"
)
_NAMES_PARTED_BY_COUNT = (
    "令和2年度 第3回北山地域委員会議事録\n開催日時 令和2年12月14日(月)\n 午後7時00分開会〜午後9時00分閉会\n"
    "2.開催場所 北山会館 2階会議室\n3.出席委員 北野一郎 南田健、東山花子、西川清 森本進、中川優子6名\n"
    "4.欠席委員 北川次郎 1名\n5.議題 (1)予算について\n議長を北野会長に決定\n"
)
_OFFICER_NAMED_WITHOUT_ROSTER = (
    "1. 日時\n\n令和3年2月16日(火) 10時30分〜12時\n\n2. 場所\n\n北山庁第一会議室\n\n3. 議題\n\n(1) 会長の選任\n\n"
    "4. 議事経過\n\n(1) 委員の互選により、北野委員が会長に選任され、会長より南田委員が会長代理に指名された。\n"
)
CATALOGUE += (
    # 出席者 ○ 欠席者 − / 委員長 (…) 北野一郎 ○ …: a marked table flattened, each row closed by its mark
    # (marks_after_names.py).
    Convention("record-fact-marks-after-flattened-rows", "record-fact", _MARKS_AFTER_FLATTENED_ROWS,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清', '中川優子']"),
    Convention("record-fact-marks-after-flattened-rows-chair", "record-fact", _MARKS_AFTER_FLATTENED_ROWS, "chair=北野一郎"),
    # 会 長 … / 委 員 … / 幹 事 …: the officials' groups after the members' are none of them (office_column_groups.py).
    Convention("record-fact-office-column-groups-end-at-the-officials", "record-fact", _OFFICE_COLUMN_GROUPS,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清美']"),
    # 東山委員西川委員森本委員、: entries glued, each closed by its office word (glued_member_words.py).
    Convention("record-fact-entries-glued-by-office-words", "record-fact", _GLUED_MEMBER_WORDS,
               "members_present=['北野', '南田', '東山', '西川', '森本', '中川', '北川']"),
    # 北野一郎 南田健、東山花子 … 6名: the count says which blank parts two names (names_by_count.py).
    Convention("record-fact-names-parted-by-blanks-the-count-agrees", "record-fact", _NAMES_PARTED_BY_COUNT,
               "members_present=['北野一郎', '南田健', '東山花子', '西川清', '森本進', '中川優子']"),
    # 議長を北野会長に決定: the 議長 named by surname and office (presiding_officer_named.py).
    Convention("record-fact-presiding-officer-named-by-surname-and-office", "record-fact", _NAMES_PARTED_BY_COUNT,
               "chair=北野一郎"),
    # No roster and no count: the officer elected is the chair, and no claim on who attended (counted_attendance.py).
    Convention("record-fact-officer-elected-without-roster-or-count", "record-fact", _OFFICER_NAMED_WITHOUT_ROSTER,
               "members_present=[]"),
    Convention("record-fact-officer-elected-without-roster-or-count-chair", "record-fact", _OFFICER_NAMED_WITHOUT_ROSTER,
               "chair=北野"),
)
_NEXT_GROUP_RUN_ON = (
    "北山市消防委員会会議録 開催日時 令和3年2月6日(土)午前10時から正午まで 開催場所 北山市役所 第1会議室 "
    "出席委員 北野一郎委員長 南田健副委員長 東山清委員 西川明委員 事務局の職氏名 消防課長 森本進、主査 中川優子\n"
)
_OFFICE_DECIDED_BY_MEMBERS = (
    "北山県男女共同参画審議会 議事概要\n1 日時 令和元年6月9日(日)14時00分~16時00分\n2 場所 北山県庁 講堂\n"
    "3 出席者 北野委員、南田委員、東山委員、西川委員\n4 議事\n 委員間での話し合いにより、会長を南田委員、副会長を北野委員に決定\n"
)
CATALOGUE += (
    # … 西川明委員 事務局の職氏名 …: the next list's label run on ends the members after the last one
    # (next_group_run_on.py).
    Convention("record-fact-next-groups-label-run-onto-the-members", "record-fact", _NEXT_GROUP_RUN_ON,
               "members_present=['北野一郎', '南田健', '東山清', '西川明']"),
    # 会長を南田委員、副会長を北野委員に決定: the chair given its office by the members (presiding_officer_named.py).
    Convention("record-fact-office-decided-by-the-members-names-the-chair", "record-fact", _OFFICE_DECIDED_BY_MEMBERS,
               "chair=南田"),
)
_OFFICER_ACTING_NAMED = (
    "北山町住居表示審議会 会議録\n1.日時 令和元年10月21日(月)午後2時から\n2.場所 北山町役場 会議室\n"
    "3.出席委員 北野一郎,南田健,東﨑清,西川明\n4.議事\n    2.会長あいさつ\n答申案を了承した。\n"
    "    また、東崎会長から、後日、町長に答申書を渡す旨伝えられた。\n"
)
_LEGEND_AFTER_NOTE = (
    "第5回北山献血調査会 議事録\n○日時\n令和元年10月6日(月)10:00~12:00\n○場所\n北山省 専用第21会議室\n○出席者\n\n"
    "出席委員:(5名)敬称略、○委員長\n\n○北野 一郎 南田 健 東山 花子 西川 清 森本 進\n\n欠席委員:(1名)敬称略\n\n中川 優子\n"
)
CATALOGUE += (
    # また、東崎会長から…: the chair named acting by surname and office, the roster's one member of that surname, its
    # spelling (﨑 / 崎) aside (presiding_officer_named.py).
    Convention("record-fact-chair-named-acting-by-surname-and-office", "record-fact", _OFFICER_ACTING_NAMED, "chair=東﨑清"),
    # 出席委員:(5名)敬称略、○委員長 / ○北野 一郎 …: the legend after the note, no bracket round it.
    Convention("record-fact-legend-after-the-note-marks-the-chair", "record-fact", _LEGEND_AFTER_NOTE, "chair=北野一郎"),
)

# Round 57c: a body about what the city owns (北山市立…), a misprinted date read by its weekday
# (weekday_checked_dates.py), a count that lost its 第 (unmarked_count.py), the closing clock beside the date's row
# (closing_clock_in_date.py), a page without its title naming the body adopting its own rules (body_in_own_rules.py).
CATALOGUE += (
    # 第1回 北山市立小・中学校学区審議会: the city before 立 owns the body; the area a school serves is no ward.
    Convention("header-city-before-ritsu-owns-the-body", "header",
               "第1回 北山市立小・中学校学区審議会 会議録\n\n開催日時\n\n令和4年5月20日(金) 18時30分~20時\n\n開催場所\n\n南野センター 504会議室\n",
               "municipality=北山市"),
    # 令和5年度6月16日(金): the fiscal year's word in a calendar date, the weekday agreeing with May 2022.
    Convention("header-fiscal-years-word-in-a-calendar-date", "header",
               "第1回 北山市学区審議会 会議録\n\n開催日時\n\n令和5年度6月16日(金) 18時30分~20時\n\n開催場所\n\n南野センター 504会議室\n",
               "date=2023-06-16"),
    # 92回北山群島振興審議会会議録 / 日 時 平成1769日(木) 午前10: the copy lost 第, 年, 月 and 時.
    Convention("header-count-without-dai-is-the-sittings", "header",
               "92回北山群島振興審議会会議録\n\n日 時 平成1769日(木) 午前10\n\n場 所 南野合同庁舎4階 特別会議室\n",
               "meeting_label=92回"),
    Convention("header-date-whose-letters-the-copy-lost", "header",
               "92回北山群島振興審議会会議録\n\n日 時 平成1769日(木) 午前10\n\n場 所 南野合同庁舎4階 特別会議室\n",
               "date=2005-06-09"),
    # 開会 13時05分 1 開催日時 令和2年6月4日(木) 閉会 14時50分 2 開催場所 …: the clocks printed beside the date's row.
    Convention("header-closing-clock-beside-the-dates-row", "header",
               "北山県議会 2020-06-04\n北野対策特別委員会 会議要録                開会 13時05分 1 開催日時      令和2年6月4日(木)"
               "                閉会 14時50分 2 開催場所      第二委員会室 3 出席した委員    北野委員長、南田副委員長\n",
               "start_time=13:05"),
    # 平成29月11月7日(火曜日): the year's 年 mistyped as 月, the weekday agreeing.
    Convention("header-years-nen-mistyped-as-tsuki", "header",
               "第12回北山県公文書開示審査会(議事録)\n1.日時\n平成29月11月7日(火曜日)午前10時~午前11時30分\n2.場所\n県庁9号館932号室\n",
               "date=2017-11-07"),
    # 1 会議の名称 2 開催日時 3 開催場所 … 平成22年 8月4日 午後2時00分∼3時40分 …: the labels in a row, the values after them
    # (lone_dated_span.py).
    Convention("header-only-date-a-clock-range-follows", "header",
               "第1回北山市生涯学習推進協議会会議録\n北山市生涯学習推進協議会会議録 1 会議の名称 2 開催日時 3 開催場所 "
               "平成22年度第1回北山市生涯学習推進協議会 平成22年 8月4日 午後2時00分∼3時40分 北山市役所502会議室\n",
               "date=2010-08-04"),
    # 会議名称 / … / 平成29年度 第2回北山町行政改革推進委員会: the count just before the body's full name, away from the
    # title that names the body alone (count_before_body.py).
    Convention("header-count-just-before-the-bodys-full-name", "header",
               "北山町行政改革推進委員会会議録\n\n会\n会議名称\n開催日時\n開催場所\n議\n録(要点記録)\n"
               "平成29年度 第2回北山町行政改革推進委員会\n平成29年10月6日(金)\n13時30分から\n15時まで\n北山町役場3階1号会議室\n",
               "meeting_label=平成29年度第2回"),
    # …会議録 令和2年6月4日(木曜日)午前10時3分開議     議事堂第2委員会室協議事項】: the room across from the opening clock
    # on a flattened title block (opened_then_room.py).
    Convention("header-room-across-from-the-opening-clock", "header",
               "北山市議会 > 2020-06-04 >\n北山委員会会議録                 令和2年6月4日(木曜日)午前10時3分開議"
               "                            議事堂第2委員会室協議事項】 1.議第5号 北山市総合計画\n",
               "place=議事堂第2委員会室"),
    # 令和2年6月4日(木) 18時30分 開会 19時50分 閉会 北山プラザ 会議室2 北野委員、…: the room after the date and clocks
    # with no label (room_after_dated_clocks.py).
    Convention("header-room-after-the-date-and-clocks", "header",
               "様式第1号(第5条関係) 第2期北山町自治推進委員会(第1回) 令和2年6月4日(木) 18時30分 開会 19時50分 閉会 "
               "北山プラザ 会議室2 北野委員、南田委員、東山委員 事務局職員職氏名 西川副町長\n",
               "place=北山プラザ 会議室2"),
    # …を次のとおり招集する。 / 1 期日 …午前9時30分〜 / 開会 … 午前 9時34分: the notice's clock is when the sitting was
    # called for, the record's 開会 when it opened (convened_clock.py).
    Convention("header-opening-clock-over-the-notices", "header",
               "令和2年第1回(6月)北山町議会臨時会 会議録\n 令和2年第1回(6月)北山町議会臨時会を次のとおり招集する。\n"
               " 令和2年5月28日\n1 期  日  令和2年6月4日(木)午前9時30分〜\n2 場  所  北山町役場 議事室\n"
               " 開   会  令和2年6月4日(木曜日) 午前 9時34分\n 閉   会  令和2年6月4日(木曜日) 午後 4時49分\n",
               "start_time=09:34"),
    # 開催場所 401委員会室 開議年月日時 令和2年3月11日 午前 9時59分 散会年月日時 …: the opening and closing by day and clock.
    Convention("header-opening-and-closing-by-day-and-clock", "header",
               "北山県議会 2020-03-11\n令和 2年第1回定例会総務常任委員会-03月11日-01号\n令和 2年第1回定例会総務常任委員会 "
               "委員会の名称 総務常任委員会 開催場所   401委員会室 開議年月日時 令和2年3月11日 午前 9時59分 散会年月日時 "
               "令和2年3月11日 午後 3時53分 会議の目的  付託議案等の審査  委員長 北野一郎\n",
               "end_time=15:53"),
    # 場所 北山会館 3階大会議室(北山市南町四丁目1番1号) 出席者の氏名 北野 一郎 …: the street address and the next field
    # after the room (place_run_on.py).
    Convention("header-street-address-and-next-field-after-the-room", "header",
               "第2回北山市交通会議 会議録\n日時 令和2年6月4日(木曜日)午後2時から午後4時まで\n"
               "場所 北山会館 3階大会議室(北山市南町四丁目1番1号) 出席者の氏名 北野 一郎 南田 健\n",
               "place=北山会館 3階大会議室"),
    # 令和5年度北山市保健福祉審議会 障がい者専門分科会 (第1回)議事録: the sub-body after its parent (sub_body.py).
    Convention("header-sub-body-after-its-parent", "header",
               "令和5年度北山市保健福祉審議会 障がい者専門分科会 (第1回)議事録\n開催日時等\n日時 令和5年7月14日(金)15:00〜\n"
               "場所 北山ホール メインホールB\n",
               "council_name=北山市保健福祉審議会障がい者専門分科会"),
    # (3) 北山審議会議事規則の策定: the body named by the agenda of its first sitting, the page's title lost.
    Convention("header-body-adopting-its-own-rules", "header",
               "1. 日時\n平成14年3月8日(金) 10時00分〜11時45分\n2. 場所\n北山庁第一会議室\n3. 議題\n(1) 北山審議会の概要等\n"
               "(2) 会長の選任\n(3) 北山審議会及び各部会議事規則の策定\n",
               "council_name=北山審議会"),
)

# Round 58c: the closing field named as the opening one (閉会日時), the office that issued the record under its date
# (issuing_office.py), a sub-body numbered in kanji or called to a 会合 (sub_body.py), an entry of the order of business
# in the title block (business_entry_title.py), a prefecture's assembly named by an aggregator's breadcrumb, a title
# naming the sitting's kind (sitting_word_title.py), a prefecture's 公安委員会 (public_safety_commission.py), a ward's
# residents' federation (residents_federation.py), a room label mixed with the next column, box clock cells
# (box_clock_cells.py), the hall of a town merged away (merged_district.py), a close only planned (planned_span.py).
CATALOGUE += (
    # 1.開会日時 … 午後1時30分 / 2.閉会日時 … 午後3時39分: the closing field spelt as the opening one.
    Convention("header-closing-field-spelt-as-the-opening-one", "header",
               "第1回北山環境事務組合議会臨時会会議録\n\n1.開会日時 令和2年6月4日(木曜日)午後1時30分\n\n"
               "2.閉会日時 令和2年6月4日(木曜日)午後3時39分\n\n3.場  所 北山センター 2階多目的室\n",
               "end_time=15:39"),
    # 令和2年6月4日 / 北山庁 総務企画局: the bureau that issued the record, under its date, is no room.
    Convention("header-issuing-bureau-under-the-date", "header",
               "北山審議会南分科会第二部会会合(第6回)議事録\n\n令和2年6月4日\n北山庁 総務企画局\n\n○ 北野部会長\n\n"
               "ただいまから第6回目の会議を開催いたします。\n",
               "place=None"),
    # 北山審議会南分科会第二部会会合(第6回): the sub-body's 第 is its name's, its sitting a 会合.
    Convention("header-sub-body-numbered-in-kanji", "header",
               "北山審議会南分科会第二部会会合(第6回)議事録\n\n令和2年6月4日\n\n○ 北野部会長\n\n"
               "ただいまから第6回目の会議を開催いたします。\n",
               "council_name=北山審議会南分科会第二部会"),
    # 岐阜県 岐阜県 / 令和2年 第1回定例会(3月) / … 第二 特別委員会設置の件: the prefecture's assembly in plenary, the
    # committee it sets up business of the day.
    Convention("header-prefectures-assembly-under-the-aggregators-breadcrumb", "header",
               "会議録検索 -地方議会-\n\n岐阜県 岐阜県\n\n令和2年 第1回定例会(3月)\n\n令和二年三月十二日(木曜日)\n\n"
               " 議事日程第八号\n           午前十時開議\n第一 一般質問及び質疑、委員会付託\n第二 特別委員会設置の件\n\n"
               " 出席議員 四名\n  議長        北野一郎\n  副議長       南田健\n",
               "council_name=岐阜県議会"),
    # 定例会議の開催概要 / …公安委員会としての意思決定 / 当県警察職員を滋賀県警察に派遣: the body the page names most,
    # its prefecture the one left after the neighbours asking for help.
    Convention("header-commission-under-a-sitting-word-title", "header",
               "定例会議の開催概要(令和2年6月4日)\n令和2年6月4日(木曜日)\n定例会議では,警察本部から説明を受け,"
               "公安委員会としての意思決定を行いました。\n○岐阜県監査委員による監査の結果について\n説明を受け,了承した。\n"
               "○警察職員の援助要求について\n滋賀県公安委員会からの援助要求に基づき,当県警察職員を滋賀県警察に派遣する案を議決した。\n"
               "○公安委員会の行事予定について\n説明を受け,了承した。\n",
               "municipality=岐阜県"),
    # 宮前区町内自治会連絡協議会三役会理事会: a ward's residents' federation, its city never named.
    Convention("header-wards-residents-federation", "header",
               "令和2年度宮前区連協 報告書 会議名 令和2年度第2回宮前区町内自治会連絡協議会三役会理事会 日 時 2年6月4日(木)"
               "午後4時から5時5分まで 場 所 宮前区役所3-5会議室 出席者 北野会長、南田副会長\n",
               "municipality=None"),
    # 日 時:… 午後2時から 会 次 場:北山図書館3階 南野ホール 第 1 開 会 2 …: the room after its label's letters mixed
    # with the next column's, the order of business after it no room (room_after_dated_clocks.py).
    Convention("header-room-label-mixed-with-the-next-column", "header",
               "平成2年度 第2回 北山市立図書館協議会 日 時\n平成2年度 第2回 北山市立図書館協議会 日 時:令和2年6月4日(木) "
               "午後2時から 会 次 場:北山図書館3階 南野ホール 第 1 開 会 2 館長あいさつ 3 会長あいさつ 4 報 告 "
               "(1)事業計画について 5 議 事 (1)今後の方向性について 6 その他 7 閉 出席者 会 委 員 : 北野委員,南田委員\n",
               "place=北山図書館3階 南野ホール"),
    # │開閉会日時 │開 議│… 午前10時00分│ / │及び宣告 │閉 会│… 午前10時12分│: each clock after its own word (box_clock_cells.py).
    Convention("header-box-cells-of-the-opening-and-closing", "header",
               "令和2年北山村議会第4回定例会会議録\n\n┌──────────┬──────┐\n│招集年月日     │     令和2年12月20日    │\n"
               "├──────────┼──────┤\n│招集場所      │     北山村役場議場     │\n├──────────┼───┬──────┬───┤\n"
               "│開閉会日時     │開 議│令和2年12月20日 午前10時00分│議 長│\n│          ├───┼──────┼───┤\n"
               "│及び宣告      │閉 会│令和2年12月20日 午前10時12分│議 長│\n",
               "end_time=10:12"),
    # 場所 南野町民センター … 事務局 西川支所長 … 第2期第1回地域協議会: the hall of a town merged away (merged_district.py).
    Convention("header-hall-of-a-town-merged-away", "header",
               "日時\n令和2年8月17日(月)19時から20時50分\n場所\n南野町民センター第2会議室(1階)\n出席者\n北野一郎・南田健・東山花子\n"
               "事務局 西川支所長、北山主査\n事務局より\n\n只今から、第2期第1回地域協議会を開催いたします。\n",
               "municipality=None"),
    # 第1回北山市協議会次第 日時 … 午前10時から11時30分まで … 協議会報告 1 開催日時 … 午前10時から: the close only
    # planned (planned_span.py).
    Convention("header-close-only-planned-in-the-order-of-business", "header",
               "令和2年度第1回北山市青少年協議会次第 日時 令和2年7月4日(土) 午前10時から11時30分まで 場所 北山市役所5階会議室 "
               "1 開会 2 会長あいさつ 3 議事 令和2年度 第1回北山市青少年協議会報告 1 開催日時 令和2年7月4日(土) 午前10時から "
               "2 会  場 会議室 3 出  席 委員 11人\n",
               "end_time=None"),
)

# Round 58a: agenda items found only in part, or not at all.
_PLENARY_OWN_BUSINESS = (
    "北山県議会 令和6年第1回定例会 03月12日-08号\n\n令和六年三月十二日(水曜日)\n\n 議事日程第八号\n\n      令和六年三月十二日\n\n"
    "           午前十時開議\n\n第一 一般質問及び質疑、委員会付託\n\n第二 北山地域振興対策特別委員会設置の件\n\n"
    " 本日の会議に付した案件\n\n日程第一 一般質問及び質疑、委員会付託\n\n日程第二 北山地域振興対策特別委員会設置の件\n\n特別委員の選任\n\n"
    " 出席議員 三名\n  議長        北野一郎\n  副議長       南田健\n            東山花子\n")
_TOWN_OFFICIALS_FIELD = (
    "第1回北山環境事務組合議会臨時会会議録\n\n1.開会日時 令和6年9月10日(火曜日)午後1時30分\n\n"
    "2.閉会日時 令和6年9月10日(火曜日)午後3時10分\n\n3.場  所 北山会館 2階会議室\n\n4.出席議員(2名)\n\n"
    " 1番 北野一郎       2番 南田 健\n\n5.欠席議員(なし)\n\n6.出席説明員\n\n管理者  東山 清    副管理者 西川 誠\n\n"
    "7.出席事務局職員\n\n事務局長 中川 優\n\n8.関係町主管課長\n\n北町住民課長 山川 明         南町環境課長 川上 進\n")
_MARKED_CASES_WITH_RESULTS = (
    "定例会議の開催概要(令和6年3月27日)\n令和6年3月27日(水曜日)\n"
    "定例会議では,次の事項について警察本部から説明を受け,委員会としての意思決定を行いました。\n【議題】\n"
    "○北山県監査委員による監査の結果について\n北山県監査委員による監査の結果の説明を受け,決裁した。\n"
    "○委員会の行事予定(案)について\n今後3か月間における委員会の行事予定(案)について説明を受け,了承した。\n"
    "○運転免許の行政処分について\n運転免許の行政処分に関する意見聴取の結果等12件について説明を受け,案のとおり議決した。\n"
    "○苦情の受理について\n委員会に申し出られた\n")
_CASE_UNDER_ITS_WORD_AFTER_REPORTS = (
    "令和5年度北山県職業能力開発審議会会議録\n1\n開催日時\n令和6年2月13日(火)午後2時\n2\n開催場所\n北山会館\n3\n報告\n"
    "(1)令和4年度県立職業訓練校における訓練実施結果について\n(2)令和5年度県立職業訓練校における訓練進捗状況について\n4\n議題\n"
    "令和 6 年度県立職業訓練校訓練実施計画(案)について\n5\n会議に出席した委員\n北野\n一郎\n北山大学教授\n")

CATALOGUE += (
    # 第一 一般質問及び質疑、委員会付託 / 第二 …特別委員会設置の件 / 特別委員の選任: the plenary's questions and its own
    # committee set up and manned are its business, no case (house_own_business.py).
    Convention("record-plenary-questions-and-own-special-committee-are-no-case", "record", _PLENARY_OWN_BUSINESS, ""),
    # 8.関係町主管課長 / 北町住民課長 …: the member towns' officials present, a roster field (house_own_business.py).
    Convention("record-member-towns-officials-field-is-no-case", "record", _TOWN_OFFICIALS_FIELD, ""),
    # 3 / 報告 / (1)… (2)… / 4 / 議題 / …(案)について / 5: the case to decide, unnumbered under its word after the numbered
    # reports (case_word_after_list.py).
    Convention("record-case-under-its-word-after-the-numbered-reports", "record", _CASE_UNDER_ITS_WORD_AFTER_REPORTS,
               "報告:令和4年度県立職業訓練校における訓練実施結果について|報告:令和5年度県立職業訓練校における訓練進捗状況について"
               "|その他:令和 6 年度県立職業訓練校訓練実施計画(案)について"),
)

DECIDED_ITEM_CONVENTIONS += (
    # 【議題】 / ○…について / …説明を受け,案のとおり議決した。: each marked case with its result sentence under it
    # (marked_entries_with_results.py); 了承 of a proposal (案) approves it, a case cut before its sentence ends is 不明.
    Convention("marked-cases-each-with-its-result-sentence", "decided-item", _MARKED_CASES_WITH_RESULTS,
               "その他:北山県監査委員による監査の結果について/=承認|その他:委員会の行事予定(案)について/=承認"
               "|その他:運転免許の行政処分について/=承認|その他:苦情の受理について/=不明"),
)

CATALOGUE += (
    # (2)その他 ・…の推薦について ・…について: the cases the catch-all holds, bulleted on its own line (parse._agenda_entries);
    # a notice under その他 listed on lines of its own stays none.
    Convention("agenda-cases-bulleted-on-the-catch-alls-line", "agenda",
               "(1)北山地区要望事項の提出について\n(2)その他 ・北山地区福祉計画推進委員の推薦について ・理事会への代理出席について",
               "その他:北山地区要望事項の提出について|その他:北山地区福祉計画推進委員の推薦について|その他:理事会への代理出席について"),
    Convention("agenda-notices-on-lines-under-the-catch-all-are-no-cases", "agenda",
               "(1)北山地区要望事項の提出について\n(2)その他\n・北山地区連合会の総会について\n・南田地区の研修会の開催について",
               "その他:北山地区要望事項の提出について"),
)
