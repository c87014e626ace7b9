"""Step 3a of the pipeline: the header block (title, 日時, 場所, 出席者, 傍聴人, 会議次第 …).

Headers come as ``label：value`` lines, tab-separated table rows, numbered lists with
nested sub-lists, or bracketed sub-headings (【事務局】). They are read into named fields
whose values keep the text as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from shingikai.jp.wareki import kanji_to_int, parse_date

from .clean import BREADCRUMB, PAGE_STAMP_WORDS, RULE_RUN, TOP_CRUMBS
from .conventions import CLOCK, FIELD_WORDS, ROSTER_LABELS, SPEAKER_MARKS, TITLE_SPAN, is_clock_line, letter_spaced
from .conventions import DATE, ERA, ERA_DATE, ERA_NUMBER, ERA_YEAR, MONTH_DAY
from .municipality import municipality_from_prefix, union_in_full
from .issuing_office import is_issuing_office
from .roster import ABSENCE_NOTE, COUNT_NOTE, NAMED_SECTION, absence_notes_dropped, marked_entries
from .roster import seat_row
from .roster import slashed_table_in as roster_slashed_table_in
from .roster import table_in as roster_table_in
from .speakers import candidate_families, compact, match_label, nfkc, opens_statement

# Label as written → field. Longer labels first so 出席委員 wins over 出席.
_FIELD_LABELS: tuple[tuple[str, str], ...] = (
    ("次回開催予定日", "next"), ("次回開催予定", "next"), ("審議(会議)結果", "result"),
    # 8 会議概要作成年月日 / 平成27年8月: when the form was written up, no date of the sitting's.
    ("会議概要作成年月日", "made"), ("会議録作成年月日", "made"), ("議事録作成年月日", "made"), ("作成年月日", "made"),
    ("附属機関等の会議の名称", "name"), ("会議の名称", "name"), ("審議会等名称", "name"), ("名称", "name"), ("会議名称", "name"), ("会議名", "name"), ("審議会名", "name"),
    # 会議録標題 第6回北山町…委員会の開催について: a town's form titles the record by the sitting it reports.
    ("会議録標題", "name"),
    ("日時及び場所", "date"), ("開催日及び場所", "date"), ("日時・場所", "date"), ("日時及び会場", "date"),
    # 開催日時及び場所: the same field under the 開催 of 開催日時 and 開催場所.
    # 1、開催年月日時刻及び場所 令和5年1月11日 自 午前10時0分 至 午前11時24分 於 委員会室: an assembly committee's record
    # names the whole field, date, clocks (自 … 至 …) and room (於 …) in one.
    ("開催年月日時刻及び場所", "date"), ("開催年月日時刻", "date"),
    # 1 開催日時等: / 平成24年11月16日 … / 北山合同庁舎: the sitting's date and the rest of its facts (等), the room.
    ("開催日時等", "date"),
    ("開催日時及び場所", "date"), ("開催日時・場所", "date"), ("開催日時及び会場", "date"), ("開催日時", "date"), ("開催月日", "date"), ("会議日時", "date"), ("開催年月日", "date"), ("開催期日", "date"),
    ("開催日", "date"), ("招集日時", "date"), ("招集年月日", "date"), ("招集場所", "place"), ("招集の場所", "place"), ("開会の場所", "place"), ("開催の場所", "place"), ("会議の場所", "place"), ("会議開閉日時", "date"), ("出席した議員の番号氏名", "present"), ("欠席・遅参・早退した議員の番号氏名", "absent"), ("職務のため議場に出席した議会事務局職員", "secretariat"), ("開会日時", "date"), ("開会場所", "place"), ("開会並びに散会", "time"),
    # 召集年月日 / 召集の場所: the older spelling of 招集.
    ("召集日時", "date"), ("召集年月日", "date"), ("召集場所", "place"), ("召集の場所", "place"),
    # 会議年月日 / 会議の場所 / 開会延会日時及び宣告 / 開会(開議) … 午前10時00分 / 延会 … / 宣告者 開会 議長 北野一郎: an
    # assembly's record that names the sitting a 会議, its clocks and who declared them.
    ("会議年月日", "date"), ("開会延会日時及び宣告", "time"), ("開会散会日時及び宣告", "time"), ("開会閉会日時及び宣告", "time"),
    ("宣告者", "declared"),
    ("議会局職員", "secretariat"), ("区議会事務局", "secretariat"), ("市議会事務局", "secretariat"),
    ("町議会事務局", "secretariat"), ("村議会事務局", "secretariat"), ("議会事務局", "secretariat"), ("日時", "date"), ("期日", "date"), ("とき", "date"),
    # 開会の日時 / 閉会の日時, each a date and a clock: a board of education's record.
    ("開会の日時", "date"), ("閉会の日時", "closed"), ("招集の場所", "place"),
    # 1.開会日時 … 午後1時30分 / 2.閉会日時 … 午後3時39分: the closing field named as its opening one is, each a date
    # and a clock.
    ("閉会日時", "closed"), ("散会日時", "closed"),
    ("開会日", "date"), ("開会", "time"), ("開議", "time"), ("閉会", "closed"), ("散会", "closed"),
    ("開催時間", "time"), ("会議時間", "time"), ("開会時間", "time"), ("開会時刻", "time"), ("時間", "time"),
    # 開会時間 / 午前10時01分 … 閉会時間 / 午後2時22分: the closing clock under a label of its own.
    ("閉会時間", "closed"), ("閉会時刻", "closed"), ("散会時間", "closed"),
    ("開催場所", "place"), ("会議場所", "place"), ("開催会場", "place"), ("場所", "place"),
    # 開催形式 / オンライン形式(WEB会議): a sitting held online names how in the room's stead.
    ("開催形式", "place"),
    ("会場", "place"), ("ところ", "place"),
    ("出席委員氏名", "present"), ("委員氏名", "present"), ("出席委員等", "present"), ("出席委員", "present"), ("出席した委員", "present"), ("委員出席者", "present"),
    ("会議の議題", "agenda"), ("欠席委員氏名", "absent"), ("説明員等", "staff"), ("関係者", "staff"), ("説明者", "staff"),
    ("出席者", "attendees"), ("出席", "attendees"),
    ("欠席委員", "absent"), ("欠席者", "absent"), ("欠席", "absent"),
    ("事務局職員", "secretariat"), ("事務局等", "secretariat"), ("事務局", "secretariat"),
    ("説明員職氏名", "staff"), ("説明のため出席した者", "staff"), ("説明のため出席した者の職氏名", "staff"), ("職務のため出席した者の職氏名", "secretariat"), ("説明のために出席した職員", "staff"),
    ("説明のため出席した職員", "staff"), ("事務局等出席者", "secretariat"), ("事務局職員出席者", "secretariat"), ("事務局出席者", "secretariat"), ("説明員", "staff"),
    ("出席職員", "staff"), ("出席職員等", "staff"), ("出席説明員", "staff"), ("出席議会事務局職員", "secretariat"), ("議会事務局出席者", "secretariat"), ("市側出席者", "staff"), ("県側出席者", "staff"), ("県出席者", "staff"), ("関係課", "staff"), ("関係部署", "staff"), ("実施機関", "staff"),
    ("担当課", "staff"), ("所管課", "staff"), ("オブザーバー", "other"), ("委員外出席者", "other"), ("幹事会", "staff"),
    # 会議の開催日 / 会議の開催時間 / 会議の開催場所 …  問い合わせ: a city's 会議結果 form; the contact for the
    # page is a field of its own, never a line of the roster above it.
    ("会議の開催日時", "date"), ("会議の開催日", "date"), ("会議の開催時間", "time"), ("会議の開催場所", "place"),
    ("会議の公開・非公開", "public"), ("お問い合わせ先", "contact"), ("お問い合わせ", "contact"), ("問い合わせ先", "contact"), ("問い合わせ", "contact"),
    ("問合せ先", "contact"),
    ("傍聴人数", "observers"), ("傍聴者数", "observers"), ("傍聴人", "observers"),
    ("傍聴者", "observers"), ("傍聴", "observers"),
    # 会議日程 / 1 開会 / 2 町長あいさつ …: a 審議会's order of business under the word an assembly uses (議事日程).
    ("会議日程", "agenda"),
    # 会議場所 / 記録者 / 北山町民センター研修室1 / 企画課: who wrote the record up, a cell of the form beside the room's.
    ("記録者", "recorder"),
    ("会議次第", "agenda"), ("議事次第", "agenda"), ("議事日程", "agenda"), ("会次第", "agenda"), ("次第", "agenda"),
    ("議題他", "agenda"), ("議題", "agenda"), ("議事", "agenda"), ("審議事項", "agenda"), ("審議項目", "agenda"),
    # 出席者 / 委員 / 北野 一郎 / 議事等 / 付議事項 …: a commission's page heads its business so, after the roster.
    ("議事等", "agenda"),
    ("会議事項", "agenda"), ("案件", "agenda"), ("議案", "agenda"),
    ("公開または非公開の別", "public"), ("公開又は非公開", "public"), ("非公開の理由", "public"),
    ("傍聴人の数", "observers"), ("傍聴者の数", "observers"), ("会議資料", "papers"), ("配布資料", "papers"), ("資料一覧", "papers"), ("配付資料", "papers"),
    ("公開・非公開の別", "public"), ("公開又は非公開の別", "public"), ("公開・非公開", "public"),
    ("会議の公開", "public"), ("会議の公開の可否", "public"), ("公開の可否", "public"),
    ("会議の公開の可否及び非公開の場合の理由", "public"), ("非公開の場合の理由", "public"), ("公開の状況", "public"),
    # 出席委員数 | 10名(5名欠席): how many came, a field of its own after the agenda, no business of it.
    ("出席委員数", "count"), ("出席者数", "count"),
    ("議題・協議事項", "agenda"), ("議題及び協議事項", "agenda"), ("議題等", "agenda"), ("会議結果", "result"), ("審議結果", "result"), ("結果", "result"),
    # 議事内容 / 別添議事録のとおり: where the account of the business is, no business.
    ("議事内容", "result"),
    ("委員", "members"),
    # 会議録署名議員 / 7番 南田健: the members who sign the record, after the roster and no part of it.
    ("会議録署名議員", "signers"), ("会議録署名議員の氏名", "signers"),
    # 3.欠員2名(8番、26番): the seats no one holds, no absence.
    ("欠員", "vacant"),
    # 議員提出議案の題目 / 発議第 2号 …, 町長提出議案の題目 / 議案第 3号 …: the bills of the day under who brought them.
    ("議員提出議案の題目", "agenda"), ("町長提出議案の題目", "agenda"), ("市長提出議案の題目", "agenda"),
    ("村長提出議案の題目", "agenda"), ("区長提出議案の題目", "agenda"),
) + tuple(ROSTER_LABELS.items())
_LABEL_ALT = "|".join(re.escape(label) for label, _ in sorted(_FIELD_LABELS, key=lambda x: -len(x[0])))
_FIELD_OF = dict(_FIELD_LABELS)
_NUMBERING = (
    # | 開催日時 | 平成30年…: a table row copied with its cell bars.
    r"(?:[|｜][ \t\u3000]*)?"
    r"(?:[-*+•■□◆◇●▼▽▶►◎○〇◯・][ \t\u3000]*)?"
    # 一　日時: assembly records set each header field after 一 as a bullet.
    rf"(?:一[ \t\u3000]*(?=(?:{_LABEL_ALT})))?"
    r"(?:[0-9０-９]{1,2}(?:[ \t\u3000]+|[.．、)）][ \t\u3000]*)|[(（][0-9０-９]{1,2}[)）][ \t\u3000]*|[①-⑳⑴-⒇][ \t\u3000]*"
    # 1日時, 2場所: the number set against the label.
    rf"|[0-9０-９]{{1,2}}(?=(?:{_LABEL_ALT})))?"
)
_FIELD_RE = re.compile(
    # 《 次第 》, < 事務局 >: a label in brackets, set a space inside them.
    rf"^[ \t\u3000]*{_NUMBERING}(?:[【\[［〈<＜《][ \u3000]?)?(?P<label>{_LABEL_ALT})(?:[ \u3000]?[】\]］〉>＞》])?"
    # 出席議員（３４名）: a count to check the roster against.
    # 出席議員18名: the count set against the label, without brackets.
    r"(?:(?P<open>[ \t\u3000]*[（(][ \t\u3000]*)?(?P<count>[0-9０-９]{1,3})[ \t\u3000]*[名人](?(open)[ \t\u3000]*[）)]))?"
    r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+[/|｜][ \t\u3000]+|[ \t\u3000]+|\t+|$|(?=[（(]))(?P<value>.*?)(?:[ \t\u3000]+[|｜])?$"
)
# 1 日時平成18年…, 2 場所市役所5階委員会室, 3 出席者会長 北野一郎: a numbered list whose labels lost the gap
# before their values. Read only where the value has the field's own shape, so 2 場所の確保について stays a line.
_GLUED_FIELD = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}(?:[ \t\u3000]+|[.．、)）][ \t\u3000]*)|[(（][0-9０-９]{1,2}[)）][ \t\u3000]*)"
    r"(?P<label>開催日時|日時|開催場所|場所|会場|出席委員|出席者|欠席委員|欠席者|傍聴者数?|傍聴人数?)(?P<value>[^ \t\u3000:：].*)$"
)
_GLUED_SHAPES = {
    "date": re.compile(rf"{ERA_YEAR}|[0-9０-９]{{4}}[ \t\u3000]*年"),
    # 3 出席者座長 北野一郎 委員 …: a study group's chair is its 座長.
    "present": re.compile(r"(?:副?会長|副?委員長|副?座長|委員|議長|議員)(?:[ \t\u3000]|[0-9０-９]{1,2}[ \t\u3000]*番)"),
    "observers": re.compile(r"[0-9０-９]{1,4}[ \t\u3000]*[人名]|なし|無し"),
}
_GLUED_SHAPES["attendees"] = _GLUED_SHAPES["absent"] = _GLUED_SHAPES["present"]


# 開催日時開催場所 北山会館 2階: two cells of a form's label column, each label one letter a line, run together
# once the letters are joined; the value printed beside them is the last label's.
_SITTING_FIELDS = ("date", "time", "place", "closed")
_SITTING_LABEL_ALT = "|".join(re.escape(label) for label, name in sorted(_FIELD_LABELS, key=lambda x: -len(x[0]))
                              if name in _SITTING_FIELDS)
_STACKED_LABELS = re.compile(rf"^[ \t\u3000]*(?:{_SITTING_LABEL_ALT})(?=(?:{_SITTING_LABEL_ALT})[ \t\u3000:：])")


def _stacked_labels(line: str) -> tuple[str, str] | None:
    m = _STACKED_LABELS.match(line)
    found = match_field(line[m.end():]) if m else None
    return found if found and found[0] in _SITTING_FIELDS and found[1] else None


def _glued_field(line: str) -> tuple[str, str] | None:
    m = _GLUED_FIELD.match(line)
    if not m:
        return _stacked_labels(line)
    name, value = _FIELD_OF[m.group("label")], m.group("value").strip(" \t\u3000")
    if name == "place":
        ok = len(value) <= 40 and "。" not in value and _BARE_PLACE.search(value) is not None and value[0] not in "のはをがにでと"
    else:
        ok = _GLUED_SHAPES[name].match(value) is not None
    return (name, value) if ok else None


# 1.召集年月日 令和3年3月2日, 2.議会の場所 北野町役場議場: a numbered field whose word the catalogue does not hold,
# read by the word it ends in where the value has that field's shape (1 開催  平成17年1月28日 13時30分~: when it sat).
_NUMBERED_FACT = re.compile(
    r"^[ \t\u3000]*[0-9０-９]{1,2}[.．、]?[ \t\u3000]*(?P<label>[一-龥ぁ-ん]{0,8}(?P<end>年月日|日時|場所|会場|開催))"
    r"[ \t\u3000]+(?P<value>\S.*)$"
)


def _numbered_fact(line: str) -> tuple[str, str] | None:
    m = _NUMBERED_FACT.match(line)
    if not m:
        return None
    value = m.group("value").strip(" \t\u3000")
    if m.group("end") in ("年月日", "日時", "開催"):
        return ("date", value) if _GLUED_SHAPES["date"].match(value) else None
    ok = len(value) <= 40 and "。" not in value and _BARE_PLACE.search(value) is not None
    return ("place", value) if ok else None


_CLOCK_LABELS = {"開会", "開議", "閉会", "散会"}
# 開会     10月10日 午前10時 議長開会宣言: the day before the clock (開会 平成27年3月30日 午後1時30分, 開議 令和2年3月2日 10時50分: the full date).
# 開議 平成12年12月21日木曜日 午前10時 2分: the weekday between them.
_CLOCK_VALUE = re.compile(
    rf"(?:{ERA_YEAR}[ \t\u3000]*)?(?:{MONTH_DAY}[ \t\u3000]*(?:[(（]?[月火水木金土日](?:曜日?)?[)）]?[ \t\u3000]*)?)?(?:{CLOCK})"
)
# 2 議案: / (1) …: the word for a bill labels the form's list of them only with its colon; alone on a line it heads a
# column of cells (議案 / 議題1 / 議題2) or a roster's group, and before a number it is a bill (議案第1号).
_NEEDS_COLON = {"議案"}
# 議題(1)北山市…について(報告事項) / (2)…: a form's label cell run into its value, the list's first entry; the
# enumerator sets the label off as a separator would (議題(案) or 議事録 stays a word).
_GLUED_FIRST_ENTRY = re.compile(r"(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳⑴-⒇])[ \t\u3000]*[^\s)）]")
# Fields whose value may be a bare word only with a separator (議事 alone is a heading too).
_NEEDS_SEPARATOR = {"名称", "議事", "議題", "案件", "委員", "結果", "出席", "欠席", "傍聴", "時間", "とき", "ところ", "会場"}

_BODY_MARKERS = re.compile(
    r"^(?:会議の内容|会議内容|議事の概要|議事概要|議事の経過|議事経過|会議の経過|会議経過|審議内容|審議の内容|"
    r"審議経過|審議の経過|内容及び要点|内容\(要録\)|内容\(要点\)|議事内容|議事の内容|議事の要旨|会議の概要|"
    r"審議の概要|発言要旨|質疑応答の要旨|会議録本文|審議概要|会議の要旨|議事要旨|審議状況|議事録$|会議録$|記録$|内容$|要旨$|会議経過の概要"
    # 議事録(概要): the record below the form, named with what kind it is.
    r"|(?:議事録|会議録)[(（](?:概要|要旨|要約|抄)[)）]$"
    # 会議結果の概要 / 第1号議案「…」 / 要旨 / 結果: a results page's heading over its cases.
    r"|会議結果の概要$)"
)
# 記 録 / ●役員選出 …: the record's heading under the form, alone on a line.
_MARKER_INITIALS = set("会議審内発質要記")
# A letter that NFKC folds into a marker's first letter: the one letter is ㍿ (株式会社). A line with
# none of them is no marker, and is not folded (most lines are not NFKC: full-width brackets).
_MARKER_SOURCE = re.compile("[" + "".join(sorted(_MARKER_INITIALS)) + "㍿]")
_HEADING_PREFIX = re.compile(
    r"^[ \t\u3000]*(?:[-*+#•■□◆◇●▼▽▶►◎○〇・][ \t\u3000]*)*(?:[0-9]{1,2}(?:[ .、)]+)|\([0-9]{1,2}\)|[①-⑳⑴-⒇])?[ \t\u3000]*[【〔\[]?"
)

_MEETING_LABEL = re.compile(
    r"(?:(?:令和|平成|昭和)[ \t\u3000]*(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})[ \t\u3000]*年度?[ \t\u3000]*)?"
    r"第[ \t\u3000]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[ \t\u3000]*回"
)
_NUMBERED_SITTING = re.compile(_MEETING_LABEL.pattern + r"[ \t\u3000]*会議")
# Bounded: an unbounded lazy run before the suffix made a long line without spaces quadratic (a 40,000-
# character line took 100 s); no body's name is longer than 60 characters.
_COUNCIL_PRIMARY = re.compile(r"[^\s、。「」『』（）()【】\[\]:：#*]{0,60}?(?:審議会|審査会)")
# みなみ市議会定例会会議録: an assembly named in the title by its municipality.
_ASSEMBLY = re.compile(
    r"[^\s、。「」『』（）()【】\[\]:：#*第回年]{1,12}?(?:[都道府県市区町村]|組合|広域連合)議会(?:[^\s、。「」『』（）()第回年]{1,15}?委員会)?"
)
_COUNCIL_SECONDARY = re.compile(r"[^\s、。「」『』（）()【】\[\]:：#*]{0,60}?(?:委員会|協議会|懇話会|懇談会|調査会|部会|分科会|会議|委員の会)")
# 第4回…ガイドライン等に関する検討会: a ministry's study group, named so where no line names a body of another kind; a
# site's list of such groups (検討会等一覧) names none.
_STUDY_GROUP = re.compile(
    r"(?<![^\s、。「」『』（）()【】\[\]:：#*>＞])(?:[^\s、。「」『』（）()【】\[\]:：#*>＞等]|等(?!一覧)){2,60}?検討会(?!等)")


@dataclass
class Header:
    title_lines: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    agenda_blocks: list[list[str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)   # 出席議員（３４名）: the stated count
    labels: dict[str, str] = field(default_factory=dict)   # the label a field was first read under, compacted
    end: int = 0

    def first(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None


# 1 出席議員は、13名で次のとおりである。 1番 北野一郎 …, 2 欠席議員は、10番 南田健: an assembly's roster
# introduced by a sentence; the seats follow it on the line or below.
_ROSTER_SENTENCE = re.compile(
    rf"^[ \t\u3000]*{_NUMBERING}(?:地方自治法[^\s。、]{{0,20}}により)?(?P<label>出席議員|欠席議員|出席委員|欠席委員|説明のため(?:会議に)?出席した者"
    # 4、地方自治法第121条第1項の規定による説明員は / 3、本会議に出席従事した職員は: the officials summoned, the staff.
    r"|(?:地方自治法[^\s。、]{0,20}の規定による)?説明員|(?:本会議に)?(?:出席)?従事した職員|本会議の事務に従事する職員"
    r"|(?:本会議|会議)の書記)は[、,]?[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]*名で)?[ \t\u3000]*"
    r"(?P<listed>次のとおり(?:である|です)?。?)?[ \t\u3000]*(?P<value>.*)$"
)
# 議題及び議事の内容 / - 北山市景観計画について: a heading that joins the business to its account (及び, 並びに) is the
# business's heading too.
_AGENDA_HEADING = re.compile(
    r"[ \t\u3000]*[一-龥]{0,4}(?:議題|協議事項|審議事項|報告事項|案件|次第)(?:(?:及び|および|並びに)[一-龥の]{1,8})?[ \t\u3000]*")
_BULLETED_FIELD = re.compile(
    r"^[□■◆◇][ \t\u3000]*[一-龥ァ-ヶー・]{2,16}[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]*[名人])?$"
    # ・出席者 / 委員 :北野委員、… / ・委員会内容 / 1.開会: a notice's 開催概要 bullets each field with ・; a bulleted
    # heading of the business under the roster is the next field, none of its names.
    r"|^・[ \t\u3000]*[一-龥]{0,8}(?:内容|概要|結果|次第|議題|日程)$"
)
_BARE_COUNT = re.compile(r"[0-9０-９]{1,3}[ \t\u3000]*[名人]")
_LAW_PREFIX = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、]?[ \t\u3000]*)?地方自治法第[0-9０-９一二三四五六七八九十百]{1,4}条(?:第[0-9０-９一二三]項)?の規定により[、,]?"
    r"(?=[^ \t\u3000]{2,30}(?:[ \t\u3000]|$))"
)
# (開会)午後 1時30分 / (閉会)午後 3時20分: the clock's label in brackets, the clock set against it.
_BRACKETED_CLOCK = re.compile(rf"^[ \t\u3000]*[(（](?P<label>開会|閉会|開議|散会)[)）][ \t\u3000]*(?P<value>(?:{CLOCK}).*)$")
_SEAT_FIRST = re.compile(r"[0-9０-９]{1,2}[ \t\u3000]*番")


def match_field(line: str) -> tuple[str, str] | None:
    """``(field, value)`` when ``line`` is a header field such as 日時：令和3年5月10日."""
    sentence = _ROSTER_SENTENCE.match(line) if "員は" in line or "者は" in line or "記は" in line else None
    if sentence and (sentence.group("listed") or _SEAT_FIRST.match(sentence.group("value"))):
        label = sentence.group("label")
        field = "secretariat" if label.endswith(("書記", "職員")) else "staff" if label.endswith("説明員") else _FIELD_OF[label]
        return field, sentence.group("value").strip(" \t\u3000")
    law = _LAW_PREFIX.match(line) if "地方自治法" in line[:12] else None
    if law:
        # 地方自治法第121条の規定により説明のため出席した者の職氏名 町長 北野一郎: the law that summons them prefixes the label.
        return match_field(line[law.end():])
    m = _BRACKETED_CLOCK.match(line) if "会" in line or "議" in line else None
    if m:
        return _FIELD_OF[m.group("label")], m.group("value")
    summoned = _SUMMONED_LABEL.match(line) if "説明のため" in line else None
    if summoned:
        return "staff", (summoned.group("value") or "").strip(" \t\u3000")
    m = _FIELD_RE.match(line)
    if not m:
        owned = _OWNED_LABEL.match(line) if "会" in line else None
        if owned:
            # 北山・南野合併協議会出席者 / …協議会欠席者 な　し / …協議会幹事会: the body's name before each list's label.
            return match_field(line[owned.end():])
        return _glued_field(line) or _numbered_fact(line)
    label, value = m.group("label"), m.group("value").strip(" \t\u3000")
    if _FIELD_OF[label] == "members" and line.lstrip(" \t\u3000")[:1] in "<＜":
        return None   # <委員> / 登録簿の閲覧者はいるのか。: a speaker's label, the members' side of a summary record
    rest = line[m.end("count") + 1:] if m.group("count") else line[m.start("label") + len(label):]
    note = _LABEL_NOTE.match(rest) if rest[:1] in "(（" else None
    if note and rest[note.end():].strip(" \t\u3000"):
        # 2 議題(公開・非公開の別) ・報告事項(公開) …: the label's own note on what its cell states, the cell run on
        # after it (a label alone on its line with its note stays as it was read).
        rest = rest[note.end():]
        value = rest.strip(" \t\u3000")
    if label in _NEEDS_COLON and not re.match(r"[ \t\u3000]*[:：]", rest):
        return None
    if label in _NEEDS_SEPARATOR and value and not re.match(r"[】\]］]?[ \t\u3000]*[:：\t]|[】\]］]?[ \t\u3000]+", rest) and not (
            _FIELD_OF[label] == "agenda" and _GLUED_FIRST_ENTRY.match(rest)):
        return None
    if rest[:1] in tuple("のはをがにでと、。"):
        # 出席者の皆様… is a sentence, not a field; にし市役所 after a separator is a value.
        return None
    if "。" in value and _FIELD_OF[label] not in ("result", "agenda", "name") and not (
            _FIELD_OF[label] in _ROSTER_FIELDS and _closed_roster_line(value)):
        return None
    if label in _CLOCK_LABELS and not _CLOCK_VALUE.match(value):
        # ○開会 午後1時50分 is a field; 1 開会 in an agenda is an item's line.
        return None
    return _FIELD_OF[label], value


# ５ 本会議に説明のため出席したもの / ６ 町長の委任を受けて説明のため出席したもの: an assembly's numbered sections of the
# officials summoned, each group by who delegated it; every one of them lists staff, whatever the delegation.
_SUMMONED_LABEL = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000.．、]*)?[^\s。、「」]{0,30}?説明のため(?:本?会議に)?出席した(?:者|もの)"
    r"(?:の職氏名|の職・氏名)?(?:[ \t\u3000]+(?P<value>[^。]*))?$"
)
_LABEL_NOTE = re.compile(r"[（(](?:公開・非公開の別|公開・非公開|公開又は非公開の別)[)）]")
_OWNED_LABEL = re.compile(
    r"^[ \t\u3000]*[^\s、。「」:：]{2,30}?(?:協議会|審議会|審査会|委員会)(?=(?:出席者|出席委員|欠席者|欠席委員|幹事会|事務局)"
    r"(?:[ \t\u3000]|$))"
)


def find_body_start(lines: list[str]) -> int | None:
    """Line index of the heading that opens the proceedings (会議の内容, 議事の概要 …), if any."""
    first_field = None
    for i, line in enumerate(lines[:400]):
        if first_field is None and match_field(line):
            first_field = i
        if first_field is not None and i > first_field and is_body_marker(line):
            following = [ln.strip(" \t\u3000") for ln in lines[i + 1:i + 5] if ln.strip()]
            below = following[0] if following else ""
            if len(following) > 1 and _LABEL_HALF.fullmatch(below):
                # 議事概要 / 1.日 / 時 / 平成28年…: the first field's label broken over two lines.
                below = below + following[1]
            if _SEE_ATTACHED.match(below) or (match_field(below) or ("",))[0] in ("date", "time", "place", "name"):
                # 議事内容 / 別添議事録のとおり: a form's field that points to the record, which is yet to come;
                # 会議録(要旨) / 日時 令和5年…: the record's kind over the fields of its form.
                continue
            if _kind_over_titled_form(following):
                continue
            return i
    return None


_SEE_ATTACHED = re.compile(r"^(?:別添|別紙|添付)[^。]{0,10}(?:のとおり|の通り|参照)。?$")


def _kind_over_titled_form(following: list[str]) -> bool:
    """会議録 / 令和6年第3回北山町議会臨時会 / １ 開催年月日 令和6年…: the record's kind over the sitting's title and
    then the fields of its form (a PDF whose 議事日程 page comes first): the form, not the proceedings, follows."""
    if len(following) < 2 or match_field(following[0]) or len(following[0]) > 40 or "。" in following[0]:
        return False
    return (match_field(following[1]) or ("",))[0] in ("date", "place")


def is_body_marker(line: str) -> bool:
    """会議の内容, ６．議事内容, 【審議経過】: the heading that opens the proceedings."""
    if len(line) > 60 or not _MARKER_SOURCE.search(line):
        return False
    # Full-width numbering (６．議事内容) is folded before the numbering is taken off.
    s = _HEADING_PREFIX.sub("", nfkc(line)).strip()
    if not s or len(s) > 30 or s[0] not in _MARKER_INITIALS:
        return False
    return bool(_BODY_MARKERS.match("".join(s.split()).rstrip("】〕]")))


# (1)北山市公民館連絡協議会第1回会議について: an agenda entry about another body's meeting (its date and room follow).
_ANOTHER_MEETING = re.compile(
    r"^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]?)[ \t\u3000]*[^\n]*(?:会議|協議会|審議会|委員会|研修会|大会)"
    r"(?:第[0-9０-９]{1,2}回(?:会議)?)?(?:の開催)?について$|^(?:日時|会場|場所)[ \t\u3000]"
)


def _speaks(line: str) -> bool:
    """Whether a marked line is a statement: a label, then a sentence said."""
    m = match_label(line, "circle")
    return m is not None and "。" in m.text


def _count(value: str) -> int:
    """11名, １４人: a bare count's number."""
    return int(unicodedata.normalize("NFKC", value.strip(" \t\u3000名人")))


def parse_header(lines: list[str], limit: int | None, apart: bool = True) -> Header:
    """Read header fields from ``lines[:limit]``; without a limit, stop where fields end, and look
    further for a roster set apart from them (``apart``)."""
    header = Header()
    current: list[str] | None = None
    current_field = None
    seen_field = False
    last_field_line = -1
    stop = len(lines) if limit is None else limit
    scan_limit = stop if limit is not None else min(len(lines), 200)
    joined: int | None = None
    contents = False
    officers = None
    bare_labels: list[tuple[int, str]] = []   # (line, field) of each label read with no value beside it
    for i, line in _segments(lines, scan_limit):
        if i == joined:
            continue
        if line.startswith(_RUN_ON_TITLE):
            header.title_lines.append(line[len(_RUN_ON_TITLE):])
            continue
        s = _closed_label(line.strip(" \t\u3000"))
        if not s or s in (":", "："):
            # 日 / 時 / : / 平成15年…: the separator of a form's label column, a cell a line, is no value.
            continue
        if len(s) <= 4 and i + 1 < scan_limit and _LABEL_HALF.fullmatch(s) and match_field(s + lines[i + 1].strip(" \t\u3000")):
            # 名 / 称 平成27年度…: a table's label column one character wide, broken over two lines.
            s, joined = s + lines[i + 1].strip(" \t\u3000"), i + 1
        if current_field == "papers" and _LIST_LINE.match(s) and _continues_field("papers", s, current):
            # (1)次第 in a list of papers names a paper, not the agenda.
            current.append(s)
            _store(header, current_field, current)
            last_field_line = i
            continue
        if _OFFICERS_LINE.fullmatch(s) and seen_field:
            # 会長:吉川委員 副会長:下村委員 / 出席者 委員:…: a form's officers printed above the roster's label.
            officers = s
            continue
        found = match_field(s) if seen_field or not _SEARCH_HIT.search(s) else None
        if found and officers and found[0] in ("present", "attendees"):
            found = (found[0], officers + ("\n" + found[1] if found[1] else ""))
        officers = None
        if found and found[0] in ("date", "time", "place") and current_field == "agenda" and current \
                and _ANOTHER_MEETING.match(current[-1]):
            # その他 / (1)北山市公民館連絡協議会第1回会議について / 日時 5月24日(火)10時より / 会場 体育館会議室: the
            # day and room of another body's meeting announced under the agenda, not this sitting's.
            current.append(s)
            _store(header, current_field, current)
            last_field_line = i
            continue
        if found and found[0] == "public" and not found[1] and current_field == "agenda" and current and s[:1] in "[［【《<＜〈":
            # 議第12号 / …の件 / [公開・非公開] / 《非公開》 / 議第13号: the head of the agenda table's publicity column, printed
            # among its entries; the list goes on.
            current.append(s)
            _store(header, current_field, current)
            last_field_line = i
            continue
        if found and found[0] == "members" and s[:1] == "【" and _speech_under_bracketed_label(lines, i):
            # 【市長】 / …思っている。 / 【委員】 / …: labels alone on their line over speeches; 【委員】 is a speaker.
            found = None
        if found and found[0] == "contact" and not seen_field:
            # ご意見募集 / お問い合わせ先 / トップ: a site's menu before the minutes, no field of theirs.
            found = None
        if found and found[0] == "count" and _BARE_COUNT.fullmatch(found[1]) and "present" not in header.fields:
            # □ 出席委員数 11名 / 北野 一郎、南田 健、…: the count heads the roster written under it.
            header.counts["present"] = _count(found[1])
            found = ("present", "")
        if found and current_field in _ROSTER_FIELDS and not current and found[0] in (*_ROSTER_FIELDS, "vacant") \
                and _BARE_COUNT.fullmatch(found[1]):
            # 出席、欠席議員及び欠員 / 出席 20名 / 欠席 0名 / 欠員 1名 / 凡例 … / 議席番号 氏名 出席等の別 / …: the counts
            # under the roster's label, its table after them.
            header.counts.setdefault(found[0], _count(found[1]))
            last_field_line = i
            continue
        if found:
            name, value = found
            nested = match_field(value) if value else None
            if nested and nested[0] != name and not (name in _ROSTER_FIELDS and nested[0] == "members"):
                # 欠席委員　委員　石井聡: the role before a name is not a field of its own.
                name, value = nested
            if name == "members" and current_field in ("present", "attendees", "absent"):
                # 委員　高橋　伸治 inside an attendance list is a line of that list, its role cell kept
                # (委　　員　　渡部　謙太郎　　　委　　員　　北原偉男: the role cells tell the names apart).
                current.append(_before_run_on_sentence(s) if "欠席" in s else s)
                _store(header, current_field, current)
                last_field_line = i
                continue
            if name == "members" and not seen_field:
                found = None
            else:
                seen_field = True
                last_field_line = i
                counted = _FIELD_RE.match(s)
                if counted and counted.group("count"):
                    header.counts[name] = _count(counted.group("count"))
                if counted:
                    header.labels.setdefault(name, compact(counted.group("label")))
                current = [value] if value else []
                if not value:
                    bare_labels.append((i, name))
                slots = header.fields.setdefault(name, [])
                if not slots or slots[-1]:
                    # 出席並びに欠席委員 / 出席2名 欠席1名 / 出席並びに欠席委員の詳細 / 役職 氏名 出欠 / …: a label that came
                    # again over a field still empty takes the empty one's place.
                    slots.append("")
                current_field = name
                _store(header, name, current)
                continue
        if not seen_field:
            if limit is None and s[:1] in SPEAKER_MARKS and _speaks(s):
                # ○議長（北野一郎）　ただいまから…: the proceedings began before any field; a list of officials the clerk
                # reads out later (〇説明員) is part of them.
                break
            if "".join(s.split()) == "目次":
                # 目次 / 管理者行政報告 / 決算審査特別委員会審査報告: the day's business listed, no title.
                contents = True
            if not contents and not _SITE_NOTE.match(s) and _JAPANESE_LETTER.search(s):
                header.title_lines.append(s)
            continue
        if limit is None and opens_statement(lines, i):
            # (事務局)資料に基づき説明, 伊藤調整幹 / お待たせ致しました。: the proceedings have begun under a list.
            break
        if _BARE_NUMBER.fullmatch(s) and _field_follows(lines, i + 1, scan_limit):
            # 1 / 開会の日時 / … / 2 / 閉会の日時: a PDF's numbering column, one number a line between the fields.
            current, current_field = None, None
            continue
        if current_field in _ROSTER_FIELDS and "欠席" in s:
            s = _before_run_on_sentence(s)
        if current is not None and _continues_field(current_field, s, current):
            current.append(s)
            _store(header, current_field, current)
            last_field_line = i
            continue
        if is_clock_line(s):
            # 午後1時30分　開会 between the fields of a header: read later as the sitting's clock.
            current, current_field = None, None
            continue
        if limit is None and not ((_HEADER_NOTE.fullmatch(s) or RULE_RUN.fullmatch(s)) and _field_follows(lines, i + 1, scan_limit)):
            break
        # (所在:川口市青木2-1-1) under 開催場所, or a rule (────) that parts the fields: a note between fields does not
        # end the header.
        current, current_field = None, None
    header.end = stop if limit is not None else last_field_line + 1
    if len(bare_labels) >= 2:
        _values_after_labels(header, lines, bare_labels, scan_limit)
    unlabelled = _unlabelled_facts(lines, min(scan_limit, 80))
    if unlabelled:
        facts, last = unlabelled
        for name, value in facts.items():
            labelled = header.first(name)
            if name == "place" and labelled and value != labelled and value.startswith(labelled.split("\n")[0]):
                # 場所 / : / 北山県庁 / 出席者 / … / 本館3階: the field's cell cut by the form's other cells; the room's own
                # line under the date holds it whole.
                header.fields[name] = [value]
            header.fields.setdefault(name, [value])
        if limit is None and header.end <= last and not any(opens_statement(lines, k) for k in range(header.end, last)):
            # A fact found past the first statement (a list of officials read out by the clerk) is the proceedings'.
            header.end = last + 1
        header.title_lines = [t for t in header.title_lines if t not in facts.values()]
    if not _has_clock(header.first("time")) and not _has_clock(header.first("date")) and \
            (meridiem := _meridiem_cells(lines, min(len(lines), 60))):
        header.fields["time"] = [meridiem]
    if not header.first("time") and not _has_clock(header.first("date")):
        scattered = _scattered_clocks(lines, min(len(lines), 120))
        if scattered:
            header.fields["time"] = [scattered]
    if apart and limit is None and not header.first("place") and not header.first("time"):
        _notice_apart(header, lines, header.end, 200)
    if apart and limit is None and not any(header.first(name) for name in (*_ROSTER_FIELDS, "members")):
        _roster_apart(header, lines, header.end, 300)
    if limit is not None and not any(header.first(name) for name in (*_ROSTER_FIELDS, "members")):
        # 議事の概要 … 出席委員名 / 星山晋也会長、…: a form that lists the members after its account of the business.
        _roster_apart(header, lines, limit, limit + 120, alone=True)
    if not header.first("present") and all("参照" in (header.first(name) or "参照") for name in (*_ROSTER_FIELDS, "members")):
        # ⑴ 委員 :次頁,委員出席簿参照 … 【委員出席】 役 職 / 氏 名 / 出 欠 / …: the roster a field points to, a table
        # flattened with slashes further down.
        slashed = roster_slashed_table_in(lines, min(len(lines), 200))
        if slashed:
            header.fields["present"] = [slashed]
    if not any(header.first(name) for name in (*_ROSTER_FIELDS, "members")):
        table = roster_table_in(lines, 200 if limit is None else limit)
        if table:
            header.fields["present"] = [table]
        else:
            headed = _members_under_heading(lines, min(len(lines), 60))
            if headed:
                header.fields["present"] = [headed]
    # ホーム > 市政情報 > 審議会 > 会議録: a site's breadcrumb may name the body, but it takes no place of the title's
    # own lines among the six kept; it goes after them.
    crumbs = [t for t in header.title_lines if BREADCRUMB.search(t)]
    own = [t for t in header.title_lines if not BREADCRUMB.search(t)]
    last_title = own[-1] if own else ""
    if len(own) > 6 and seen_field and len(last_title) <= 80 and "。" not in last_title:
        # 北山町交通会議 会議録 / 交通会議とは / (an account of the body) … / 令和5年度第2回北山町交通会議 会議録 / 日時: a
        # page that explains its body first; the line just above the first field is the sitting's own title.
        own = own[:5] + own[-1:]
    header.title_lines = (own[:6] + crumbs)[:6]
    return header


# 【審議会委員】, 【北山市在り方検討会議委員】: a heading over the members' names, where no field labels them.
_MEMBERS_HEADING = re.compile(r"[【\[［](?P<s>[^】\]］\s]{0,24}委員)[】\]］]")
_CELL_BAR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*$")


_BRACKETED_LABEL_LINE = re.compile(r"【[^】\s]{1,10}】")


def _speech_under_bracketed_label(lines: list[str], i: int) -> bool:
    """Whether a bracketed label alone on its line above ``i`` has a sentence under it (【市長】 / …思っている。)."""
    for j in range(i):
        if _BRACKETED_LABEL_LINE.fullmatch(lines[j].strip(" \t\u3000")):
            after = next((s.strip(" \t\u3000") for s in lines[j + 1:j + 4] if s.strip(" \t\u3000")), "")
            if after.endswith("。") and not _BRACKETED_LABEL_LINE.match(after):
                return True
    return False


def _members_under_heading(lines: list[str], stop: int) -> str | None:
    """The lines under a heading that names the body's members, to the next heading or sentence; each note in
    brackets on a line of its own (a table's second column: 北野一郎 | / (座長・北山大学教授) |) kept with its name."""
    for i in range(stop):
        m = _MEMBERS_HEADING.fullmatch(lines[i].strip(" \t\u3000"))
        if not m or re.search(r"事務局|説明|幹事", m.group("s")):
            continue
        if _speech_under_bracketed_label(lines, i):
            # 【市長】 / …思っている。 / 【委員長】 / … / 【委員】 / …: labels alone on their line over speeches; the
            # members' 【委員】 among them is a speaker, not a heading over the roster.
            return None
        rows: list[str] = []
        for line in lines[i + 1:i + 40]:
            s = _CELL_BAR.sub("", line.strip(" \t\u3000"))
            if not s:
                if rows:
                    continue
                continue
            if "。" in s or s[0] in "【[［" or match_field(s):
                break
            if rows and _HEADER_NOTE.fullmatch(s) and not _HEADER_NOTE.search(rows[-1]):
                rows[-1] += s
            else:
                rows.append(s)
        return "\n".join(rows) or None
    return None


def _roster_apart(header: Header, lines: list[str], start: int, stop: int, alone: bool = False) -> None:
    """〇議事日程 … 〇本日の会議に付した事件 … 〇出席議員（68人）: an assembly's record lists the agenda first and the
    roster after it, the two apart; the roster's fields (those absent too) are read where they stand. ``alone``:
    only a label on a line of its own, the names below it (past the proceedings' heading, a speech may say 出席委員)."""
    for i in range(start, min(stop, len(lines))):
        s = lines[i]
        if ("席" in s or "応招" in s) and "。" not in s:
            found = match_field(s.strip(" \t\u3000")) or _spaced_roster_label(s)
            if found and found[0] in ("present", "attendees") and not (alone and found[1] and not _COLON_ROLL.match(s)):
                # A letter-spaced label is handed over closed up, as the field reader knows it.
                sub = parse_header([s if found[1] or match_field(s.strip(" \t\u3000")) else compact(s)] + lines[i + 1:i + 200],
                                   None, apart=False)
                officers = next((lines[j] for j in range(i - 1, max(start, i - 3) - 1, -1) if lines[j].strip()), "")
                for name in ("present", "attendees", "absent"):
                    if name in sub.fields:
                        if name != "absent" and name == found[0] and _OFFICERS_LINE.fullmatch(officers.strip(" \t\u3000")):
                            # 会長:吉川委員 副会長:下村委員 / 出席者 委員:藤本委員、…: a form's officers printed above the label.
                            sub.fields[name][0] = officers.strip(" \t\u3000") + "\n" + sub.fields[name][0]
                        elif name != "absent" and name == found[0] and not found[1]:
                            above = _cells_above_label(header, lines, start, i)
                            if above:
                                sub.fields[name][0] = above + "\n" + sub.fields[name][0]
                        header.fields.setdefault(name, sub.fields[name])
                        if name in sub.counts:
                            header.counts.setdefault(name, sub.counts[name])
                if sum(1 for line in lines[header.end:i] if line.strip(" \t\u3000")) <= 3 and "agenda" not in sub.fields:
                    # ○応招・不応招議員 just above the roster: a heading of the header, not the first statement.
                    header.end = max(header.end, i + sub.end)
                return


# 〇出   席   議   員: a label alone on its line, letter-spaced to fill its cell (a mark before it); read closed up.
_SPACED_MARK = "〇○◯"


def _spaced_roster_label(s: str) -> tuple[str, str] | None:
    parts = s.split()
    if parts and parts[0][:1] in _SPACED_MARK and len(parts[0]) == 2:
        parts = [parts[0][1:]] + parts[1:]
    if len(parts) < 3 or any(len(p) != 1 for p in parts):
        return None
    found = match_field("".join(parts))
    return found if found and not found[1] else None


# 出席者:(委員)北野議長、南田委員、東委員…: a roll written as a label, a colon and a list, not a word in a speech.
_COLON_ROLL = re.compile(r"^[ \t\u3000]*(?:出席者|出席委員|出席議員)[:：][^。]*、[^。]*、")
_OFFICERS_LINE = re.compile(r"(?:副?(?:会長|委員長)[:：][^\s:：、]{1,10}委員[ \t\u3000]*)+")
_ROLE_CELL = re.compile(r"副?(?:会長|委員長)|委員")
_NAME_CELL = re.compile(r"[一-龥々ヶ豈-﫿]{1,4}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶ]{1,4}")


def _cells_above_label(header: Header, lines: list[str], start: int, i: int) -> str | None:
    """場所 / 北山公民館 2階 / 会長 / 北野 一郎 / 委員 / 南田 健 / 学習室2 / 出席者氏名 / 西川 花子: a PDF read cell by cell
    puts the roster's first rows above its label, the room's second line among them. The role and name cells
    (surname and given name a space apart) up to the header's last field, the names first; the room's line
    goes back to the place."""
    cells, room = [], None
    for j in range(i - 1, start - 1, -1):
        s = lines[j].strip(" \t\u3000")
        if not s:
            continue
        if _ROLE_CELL.fullmatch(s) or _NAME_CELL.fullmatch(s):
            cells.append(s)
        elif room is None and len(s) <= 12 and _BARE_PLACE.search(s) and not match_field(s):
            room = s
        else:
            break
    if not any(_NAME_CELL.fullmatch(c) for c in cells):
        return None
    place = header.first("place")
    if room and place and "\n" not in place and place.endswith("階"):
        header.fields["place"][0] = place + " " + room
    return "\n".join(reversed(cells))
_CLOCK_WORD_CELL = re.compile(r"開会|閉会|開議|散会")
_CLOCK_PIECE = re.compile(r"[0-9０-９]{1,2}[ \t\u3000]*[時分][ \t\u3000]*[~〜～]?")
_PIECE_CLOCK = re.compile(r"(?P<h>[0-9]{1,2})時(?P<m>[0-9]{1,2})分(?P<from>[~〜～])?")


def _scattered_clocks(lines: list[str], stop: int) -> str | None:
    """閉会 / 14 時 / 42 分 / 13 時 / 16 分 ~: a table's 開会・閉会 cells extracted a piece a line and out of order.
    The clock the range mark (~) follows is the opening; the other the closing. As 13時16分~14時42分, or None."""
    for i in range(stop):
        if len(lines[i]) > 8 or not _CLOCK_WORD_CELL.fullmatch("".join(lines[i].split())):
            continue
        pieces, j = [], i + 1
        while j < stop and _CLOCK_PIECE.fullmatch(lines[j].strip(" \t\u3000")):
            pieces.append(lines[j])
            j += 1
        clocks = list(_PIECE_CLOCK.finditer("".join(unicodedata.normalize("NFKC", "".join(pieces)).split())))
        if len(clocks) == 2 and sum(bool(c.group("from")) for c in clocks) == 1:
            opening, closing = sorted(clocks, key=lambda c: not c.group("from"))
            return f"{opening.group('h')}時{opening.group('m')}分~{closing.group('h')}時{closing.group('m')}分"
    return None


# 会議時間 / 開会 / 閉会 / PM / PM / 2:00 / 4:15: a form's clock row extracted a cell a line, column by column: the
# words, then each clock's half of the day (AM / PM, 午前 / 午後), then the clocks, in the same order.
_MERIDIEM_CELL = re.compile(r"(?i)AM|PM|A\.M\.|P\.M\.|午前|午後")
_COLON_CLOCK_CELL = re.compile(r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})")


def _meridiem_cells(lines: list[str], stop: int) -> str | None:
    """The span of a clock row read as above (午後2時00分~午後4時15分), or None."""
    cells = [(i, "".join(unicodedata.normalize("NFKC", lines[i]).split())) for i in range(min(stop, len(lines)))]
    cells = [(i, c) for i, c in cells if c]
    for k in range(len(cells) - 5):
        if cells[k][1] not in ("開会", "開議") or cells[k + 1][1] not in ("閉会", "散会"):
            continue
        halves, clocks = [c for _, c in cells[k + 2:k + 4]], [c for _, c in cells[k + 4:k + 6]]
        if all(_MERIDIEM_CELL.fullmatch(h) for h in halves) and all(_COLON_CLOCK_CELL.fullmatch(c) for c in clocks):
            words = ["午後" if h.upper().startswith("P") or h == "午後" else "午前" for h in halves]
            pieces = [_COLON_CLOCK_CELL.fullmatch(c) for c in clocks]
            return "~".join(f"{w}{int(p.group('h'))}時{p.group('m')}分" for w, p in zip(words, pieces))
    return None


def _notice_apart(header: Header, lines: list[str], start: int, stop: int) -> None:
    """○招集告示 / … / 1 日時 平成17年12月26日(月)午前10時 / 2 場所 組合会議室: an assembly's record that opens with
    its table of contents prints the convening notice after it; the notice's 日時 and 場所 are the sitting's."""
    for i in range(start, min(stop, len(lines))):
        if "告" in lines[i] and "".join(lines[i].split()).lstrip("".join(SPEAKER_MARKS)) == "招集告示":
            sub = parse_header(lines[i + 1:i + 40], None, apart=False)
            if sub.first("date") or sub.first("place"):
                header.end = max(header.end, i + 1 + sub.end)
            # The labelled 日時 wins over the notice's own date (平成17年12月1日, when it was issued).
            for name in ("date", "time", "place"):
                if sub.first(name) and (name != "date" or not _has_clock(header.first("date"))):
                    header.fields[name] = sub.fields[name][:1] + header.fields.get(name, [])
            return


def _has_clock(value: str | None) -> bool:
    """Whether ``value`` holds a clock (午前10時): a date field that already gives the sitting's time."""
    return bool(value and _CLOCK_VALUE.search(value))


_MARKED_ATTENDANCE_RUN_ON = re.compile(r"(?<=\S)[ \t\u3000]*(?=[◯○〇](?:議員|委員)出欠状況)")
# 場  所  第3委員会室出席委員(8名): a page that lost its line breaks runs the roster's label onto the room.
_GLUED_ROSTER = re.compile(
    r"(?<=[^\s:：])(?=(?:出席委員|出席議員|出席者|欠席委員|欠席議員|欠席者)"
    r"(?:[（(][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*[）)]|[ \t\u3000:：]|$))"
)
# 12月9日午前10時00分開議          出席議員18名: the roster's counted heading in a second column of the clock's line.
_ROSTER_COLUMN = re.compile(
    r"(?:[ \t]{3,}|\u3000{2,})(?=(?:出席|欠席)(?:委員|議員|者)[（(]?[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][）)]?$)"
)


_RUN_TOGETHER_LABEL = re.compile(r"会議の名称|開催日時|開催場所|出席者")


# ◎日 時, ○場   所:, ◎出席者: a mark, then a field's label, its letters perhaps spaced out.
_MARKED_LABEL = re.compile(
    r"(?:^|(?<=[ \t\u3000]))[◎○][ \t\u3000]*(?P<label>" + "|".join(
        letter_spaced(w, r"[ \t\u3000]*") for w in ("日時", "場所", "会場", "出席者", "出席委員", "欠席委員", "欠席者", "傍聴者", "次第", "議題"))
    + r")(?!数|等|名簿|者数)[ \t\u3000]*[:：]?[ \t\u3000]*"
)


def _marked_fields(line: str) -> list[str] | None:
    """The fields of a line that a marked label opens and on which another follows (◎日 時 … ◎場 所 …), each label
    closed up before its value; None for any other line."""
    found = list(_MARKED_LABEL.finditer(line))
    if len(found) < 2 or line[:found[0].start()].strip(" \t\u3000"):
        return None
    pieces = []
    for m, nxt in zip(found, found[1:] + [None]):
        value = line[m.end():nxt.start() if nxt else len(line)].strip(" \t\u3000")
        pieces.append(re.sub(r"[ \t\u3000]+", "", m.group("label")) + " " + value)
    return pieces


_SYSTEM_LABEL = re.compile(
    r"会議開閉日時|会議の場所|出席した議員の番号氏名|欠席・遅参・早退した議員の番号氏名|説明のため出席した者の職氏名"
    r"|職務のため議場に出席した議会事務局職員"
)


def _system_run_together(line: str) -> list[str] | None:
    """The title, then each field of a minutes system's header run onto one line (see above); None for a line with
    fewer than three of its labels."""
    found = list(_SYSTEM_LABEL.finditer(line))
    if len(found) < 3:
        return None
    pieces = [line[:found[0].start()]] if line[:found[0].start()].strip(" \t\u3000") else []
    for m, nxt in zip(found, found[1:] + [None]):
        pieces.append(m.group(0) + " " + line[m.end():nxt.start() if nxt else len(line)].strip(" \t\u3000"))
    return pieces


def _run_together(line: str) -> list[str] | None:
    """The pieces of a line on which three or more of a form's labels each run on from the value before."""
    found: dict[str, int] = {}
    if "。" in line:
        return None
    for m in _RUN_TOGETHER_LABEL.finditer(line):
        if line[m.end():m.end() + 1] in tuple("のはをがにでと、"):
            return None  # 開催日時と開催場所は…: the words in a sentence, not a form's labels
        found.setdefault(m.group(0), m.start())
    glued = [k for k in found.values() if k and line[k - 1] not in " \t\u3000|｜"]
    if len(found) < 3 or len(glued) < 2:
        return None
    starts = sorted(found.values())
    pieces = [line[:starts[0]]] if starts[0] else []
    for a, b in zip(starts, starts[1:] + [len(line)]):
        label = next(lb for lb in found if found[lb] == a)
        pieces.append(label + " " + line[a + len(label):b].strip(" \t\u3000"))
    return pieces


_VIEW_DATE = re.compile(rf"^[ \t\u3000]*(?P<l>開催日時)(?P<v>{ERA_DATE}.*?)(?:(?<=\S)(?P<p>開催場所)(?P<pv>[^\s:：].*))?$")
# Only the attendance's fields: the business listed before them stays with the title, where it was read before.
_ATTENDANCE_LABEL_ALT = "|".join(re.escape(label) for label, name in sorted(_FIELD_LABELS, key=lambda x: -len(x[0]))
                                 if name in ("present", "absent", "attendees", "staff", "secretariat", "other"))
_MARK_BEFORE_LABEL = re.compile(rf"[〇○](?=(?:{_ATTENDANCE_LABEL_ALT})(?:[ \t\u3000]|[（(〔]))")


def _marked_run_on(line: str) -> list[str] | None:
    """The title, then each field of a line on which three or more fields run on after it, each label after a mark;
    None for any other line."""
    found = [m.start() for m in _MARK_BEFORE_LABEL.finditer(line)]
    if len(found) < 3 or "。" in line[:found[0]] or not line[:found[0]].strip(" \t\u3000"):
        return None
    return [line[:found[0]]] + [line[a + 1:b].strip(" \t\u3000") for a, b in zip(found, found[1:] + [len(line)])]


_VIEW_AGENDA = re.compile(r"^[ \t\u3000]*議題(?P<v>[(（][0-9０-９]{1,2}[)）]\S.*)$")
_VIEW_PLACE = re.compile(r"^[ \t\u3000]*(?P<l>開催場所)(?P<v>[^\s:：].*)$")
# 出席者名北野一郎会長代理; 南田健委員; …: names each closed by a role, parted by semicolons.
_VIEW_ROSTER = re.compile(r"^[ \t\u3000]*出席者名(?P<v>[^\s:：;；][^;；]{1,20}[;；][ \t\u3000]*[^;；]{1,20}[;；].*)$")


def _view_fields(line: str, in_view: bool) -> list[str] | None:
    """The fields of a line a database view printed with each label set against its value (開催日時平成…開催場所…,
    出席者名…; …), each label and value a gap apart; None for any other line. The view is known by its date's line
    (開催日時 set against an era's date); the other labels are read so only after it (``in_view``)."""
    m = _VIEW_DATE.match(line)
    if m:
        pieces = [m.group("l") + " " + m.group("v").strip(" \t\u3000")]
        return pieces + ([m.group("p") + " " + m.group("pv").strip(" \t\u3000")] if m.group("p") else [])
    m = (_VIEW_PLACE.match(line) or _VIEW_ROSTER.match(line)) if in_view else None
    if m is None:
        return None
    return [(m.groupdict().get("l") or "出席者") + " " + m.group("v").strip(" \t\u3000")]


_GLUED_PLACE = re.compile(r"(?<=[分時)）])(?=(?:場[ \t\u3000]*所|会[ \t\u3000]*場|開催場所|会議場所)[ \t\u3000]*[:：]|(?:場[ \t\u3000]+所|会[ \t\u3000]+場|開催場所|会議場所)[ \t\u3000])")
_ROSTER_AFTER_ROOM = re.compile(r"[ \t\u3000]+(?P<label>出席委員|出席者)(?=[一-龥々]{2,}[^\n。]*?(?:委員長|会長|委員)[、,，])")
_NEXT_SECTION = re.compile(r"[ \t\u3000]+[0-9０-９]{1,2}[.．](?=[^\s0-9０-９])\S*$")
_ABSENT_RUN_ON = re.compile(
    r"(?<=[ \t\u3000])(?=(?:欠席委員氏名|欠席委員|欠席議員|欠席者)(?:[（(][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][ \t\u3000]*[）)]|[ \t\u3000:：]|$))"
)


_OTHERS_RUN_ON = re.compile(r"(?<=[一-龥々ぁ-んァ-ヶ])[ \t\u3000]*(?=委員外出席者[ \t\u3000:：])")


# Marks a title found after the fields on their line (no line of text starts with a NUL).
_RUN_ON_TITLE = "\0"
_WIDE_GAP_RUN = re.compile(r"[ \t]{2,}|\u3000{2,}")
_INLINE_PLACE = re.compile(r"(?<=[ \t\u3000])(?:(?:開催場所|会議場所|ところ)(?=[ \t\u3000]*[:：]|[ \t\u3000])|(?:場所|会場)(?=[ \t\u3000]*[:：]|[ \t\u3000]{2,}[^\s0-9０-９]))")
# A date spaced out (平成 28 年 5 月) is a PDF's text as a site shows it before the page itself: not read here.
_INLINE_DATE = re.compile(
    # …特別委員会1、開催年月日時刻及び場所 令和5年…: an assembly record's first numbered field (1、) set against the title.
    r"(?:(?<=[ \t\u3000])[0-9０-９]{1,2}[ \t\u3000.．]+|[ \t\u3000]{2,}|(?<=[^\s0-9０-９])[0-9０-９]{1,2}、[ \t\u3000]*)"
    r"(?:開催年月日時刻及び場所|開催年月日時刻|日時及び場所|開催日時|開催月日|日時)"
    rf"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)(?={ERA}{ERA_NUMBER}年)"
)
_PLACE_END = re.compile(
    rf"[ \t\u3000]{{2,}}|[ \t\u3000]+(?={ERA}|[0-9０-９]{{1,2}}[ \t\u3000.．、]+(?![階号FＦ])[^\s0-9０-９])"
)


# ところ 東部公民館 学習室 令和6年北山市公民館運営審議会 第6回定例会速記録: the page's title run on after the room.
_TITLE_AFTER_ROOM = re.compile(rf"{ERA}{ERA_NUMBER}年度?[^\s。]{{0,30}}?(?:審議会|審査会|委員会|協議会|会議)")
_CLOCK_FIELD_AFTER = re.compile(rf"[ \t\u3000]+(?=(?:開会時間|開会時刻|開会|開議|閉会時間|閉会)[ \t\u3000]+(?:{CLOCK}))")
_TITLE_GAP = re.compile(r"[ \t]{3,}|\u3000{2,}")


def _title_cells(line: str) -> list[str] | None:
    """The cells of a title line that runs on into the sitting's date and room, each as a field of its own; None
    where the line is not one (no bare date among its cells)."""
    parts = [p for p in _TITLE_GAP.split(_CLOCK_FIELD_AFTER.sub("   ", line.strip(" \t\u3000"))) if p]
    if len(parts) < 3 or not any(_BARE_DATE.match(p) for p in parts[1:3]) or match_field(parts[0]) or parts[0] in _FIELD_OF:
        return None   # 日時   平成26年…: a field, its value a wide gap after the label
    out, dated = [parts[0]], False
    for k, part in enumerate(parts[1:], 1):
        if not dated and _BARE_DATE.match(part):
            out.append("開催日時 " + part)
            dated = True
        elif dated and len(out) == k and _bare_kind(part) == "place" and not match_field(part):
            out.append("開催場所 " + part)
        else:
            # The rest is fields of their own (開会時間 午後3時6分) or a list after them: kept as one line, gaps and all.
            out.append("   ".join(parts[k:]))
            break
    return out if dated else None


# 審議会名 / 日時会場出席者 / 市側出席者: a form's label column, one letter a line, closed up into one line of labels.
# Three labels at least: two may be one label the catalogue lacks (事務局職員出席者: the staff who attended).
_LABEL_RUN = re.compile(rf"(?:{_LABEL_ALT}){{3,6}}")
_ONE_LABEL = re.compile(_LABEL_ALT)


def _labels_run_together(line: str) -> list[str] | None:
    s = line.strip(" \t\u3000")
    if len(s) > 24 or not _LABEL_RUN.fullmatch(s) or match_field(s):
        return None
    labels = _ONE_LABEL.findall(s)
    # The run is read label by label, longest first; it must come out whole and every piece be a field of its own.
    # One of them names the sitting: 出席委員欠席委員傍聴者 / 15名 2名 3名 is the head of a table of counts.
    if "".join(labels) != s or not all(match_field(label) for label in labels) \
            or not any(_FIELD_OF[label] in ("name", "date", "time", "place") for label in labels):
        return None
    return labels


_TRAILING_LABEL = re.compile(rf"[ \t\u3000]+(?P<label>{_LABEL_ALT})[ \t\u3000]*$")
# Fields whose label heads a block below it and never closes a line of another field's value (an 議題 or a 事務局
# heading); 委員 or 出席 at a line's end is a role or a word of the value.
_OWN_LINE_FIELDS = ("agenda", "secretariat", "staff", "observers", "papers")


def _segments(lines: list[str], stop: int):
    """``(index, text)`` of each line up to ``stop``, a field run onto the one before it set apart on its own."""
    in_view = False
    for i in range(stop):
        line = lines[i]
        if in_view and (agenda := _VIEW_AGENDA.match(line)):
            # 議題(1)…について(報告事項): the view's agenda label set against its first entry.
            yield i, "議題 " + agenda.group("v")
            continue
        labels = _labels_run_together(line)
        if labels:
            yield from ((i, label) for label in labels)
            continue
        tail = _TRAILING_LABEL.search(line) if len(line) > 12 else None
        head = match_field(line[:tail.start()].strip(" \t\u3000")) if tail and _FIELD_OF[tail.group("label")] in _OWN_LINE_FIELDS else None
        if head and head[0] in (*_ROSTER_FIELDS, "members"):
            # 出席委員 … 古川泰三 委員 議題・協議事項 / (1)送付された陳情: the next field's label run onto the last line
            # of this one, its value on the lines below.
            yield i, line[:tail.start()]
            yield i, tail.group("label")
            continue
        m = _MARKED_ATTENDANCE_RUN_ON.search(line) if "出欠状況" in line else None
        if m:
            # 平成20年 9月 定例会本会議 第八号 十月十五日(水)◯議員出欠状況(出席百十人 欠席二人) 一番 …: the title and the
            # day, then the attendance after its mark, on one line.
            yield i, line[:m.start()]
            line = line[m.start():]
        m = _GLUED_ROSTER.search(line) if "席" in line else None
        found = match_field(_closed_label(line[:m.start()].strip(" \t\u3000"))) if m else None
        if found and found[0] in ("place", "date", "time", "closed"):
            yield i, line[:m.start()]
            yield i, line[m.start():]
            continue
        m = _ROSTER_COLUMN.search(line) if "席" in line else None
        if m and _has_clock(line[:m.start()]):
            yield i, line[:m.start()]
            yield i, line[m.end():]
            continue
        marked = _marked_fields(line) if i < 40 and ("◎" in line or "○" in line) else None
        if marked:
            # ◎日 時 平成30年…◎場 所 北2条庁舎 3階庁議室 ◎出席者 …: a page flattened onto one line, each field's label
            # letter-spaced after the mark that opened its line.
            yield from ((i, piece) for piece in marked)
            continue
        marked = _marked_run_on(line) if i < 40 and len(line) > 80 and ("〇" in line or "○" in line) else None
        if marked:
            # 総務委員会会議録 平成30年8月17日〇出席委員 … 〇欠席委員 なし〇委員外出席者 …: an assembly record flattened
            # onto one line after its title, each field opened by a mark before its label.
            yield from ((i, piece) for piece in marked)
            continue
        glued = _view_fields(line, in_view) if i < 40 and ("開催" in line or "出席者名" in line) else None
        if glued:
            # 開催日時平成22年12月17日(曜日) 13:30~15:40開催場所北山会館 / 出席者名北野一郎会長; 南田健委員; …: a database
            # view's label cells set against their values with no gap.
            yield from ((i, piece) for piece in glued)
            in_view = True
            continue
        cut = _system_run_together(line) if i < 40 and "会議開閉日時" in line else None
        if cut:
            # 第4回定例会会議録 (第6号)会議開閉日時 令和元年…会議の場所 北山市役所議場出席した議員の番号氏名 1番 …: a
            # minutes system's header flattened onto one line, each label run on after the value before it.
            yield from ((i, piece) for piece in cut)
            continue
        cut = _run_together(line) if i < 40 and "開催" in line else None
        if cut:
            # 会議の名称第1回北山市…協議会開催日時平成21年…開催場所北山市役所…出席者…: a form that lost every gap
            # and break, each label set against the value before it and the one after it.
            yield from ((i, piece) for piece in cut)
            continue
        m = _GLUED_PLACE.search(line) if "所" in line or "場" in line else None
        found = match_field(line[:m.start()].strip(" \t\u3000")) if m else None
        if found and found[0] in ("date", "time") and _has_clock(found[1]):
            # 開催日 令和元年6月3日(月)午前9時57分〜午前10時44分場  所 内灘町役場: the room's line joined to the clock's.
            yield i, line[:m.start()]
            line = line[m.start():]
        m = _ROSTER_AFTER_ROOM.search(line) if "出席" in line else None
        if m and (match_field(_closed_label(line[:m.start()].strip(" \t\u3000"))) or ("",))[0] == "place":
            # 場所:601会議室 出席委員田村伸一郎委員長、…: the roster's label run onto the room, its names onto the label.
            yield i, line[:m.start()]
            line = m.group("label") + " " + line[m.end():]
        m = _OTHERS_RUN_ON.search(line) if "委員外出席者" in line and "。" not in line else None
        if m and not match_field(line.strip(" \t\u3000")):
            # …西川 清委員外出席者 北山警察署 森本生活安全課長: those attending from outside the body, their label
            # run onto the last member's name; no members.
            yield i, line[:m.start()]
            line = line[m.start():]
        m = _ABSENT_RUN_ON.search(line) if "欠席" in line and "。" not in line else None
        if m and (not match_field(line.strip(" \t\u3000")) or match_field(line[:m.start()].strip(" \t\u3000"))):
            # 38 / 北野 恒輔 欠席委員 名 議席番号・氏名: the absent list's heading run on after the last name present.
            yield i, line[:m.start()]
            line = line[m.start():]
        cells = _title_cells(line) if i < 10 and "日" in line and "。" not in line else None
        if cells:
            # 第 10 回 農業委員会議事録   令和元年12月19日(木)   文化会館 1001学習室 開会時間  午後3時6分: the title, the
            # date and the room a wide gap apart on one line, the fields after them.
            for cell in cells:
                yield i, cell
            continue
        dated = _INLINE_DATE.search(line) if "日" in line and i < 40 else None
        if dated and not match_field(line.strip(" \t\u3000")):
            # 第6回北山部会議事録 1 日時及び場所 平成15年…: the sitting's fields run on after the title.
            yield i, line[:dated.start()]
            line = line[dated.start():]
        m = _INLINE_PLACE.search(line) if "所" in line or "会場" in line or "ところ" in line else None
        found = match_field(_closed_label(line[:m.start()].strip(" \t\u3000"))) if m else None
        if found and found[0] in ("date", "time"):
            # 日時 : 平成29年7月7日(金)17:00~18:00 場所 : 中央合同庁舎…: the room's field run onto the sitting's;
            # what runs on after the room (1 開会 …, the title, the first speech) is no part of it.
            yield i, line[:m.start()]
            rest = line[m.start():]
            end = _PLACE_END.search(rest, m.end() - m.start() + 1)
            after = rest[end.end():] if end else ""
            # 場所   北山浄水場 第 4 会議室 2.委員の出席状況: the next section's numbered heading is no part of the room.
            titled = end and ("。" in after or _TITLE_AFTER_ROOM.match(after))
            yield i, rest[:end.start()] if titled else _NEXT_SECTION.sub("", rest)
            if titled:
                # 開催場所 教育会館3階 令和7年度第1回北山市環境保全審議会議事録 事務局 それでは…。: the page's
                # title run on after the fields still names the body; the speech after it is no room.
                title = _WIDE_GAP_RUN.split(after.strip(" \t\u3000"), 1)[0]
                if title and "。" not in title and len(title) <= 80:
                    yield i, _RUN_ON_TITLE + title
        else:
            yield i, line


# An unlabelled header: the sitting's facts one to a line under the title, known by their shape alone
# (令和4年7月25日(月曜) / 午前10時から午前11時10分まで / 県庁7号館735号室 / 北野会長、南田委員、…).
_BARE_DATE = re.compile(
    rf"^{DATE}[ \t\u3000]*(?:[（(][^（）()]{{1,4}}[)）])?"
    rf"[ \t\u3000]*(?P<clock>(?:{CLOCK}).*)?$"
)
# 5月27日(水)13:55~15:02 under 平成 27 年度: a form's date line without the year the title gives, its clock on it.
_BARE_MONTH_DAY_AND_CLOCK = re.compile(
    rf"^[0-9０-９]{{1,2}}[ \t\u3000]*月[ \t\u3000]*[0-9０-９]{{1,2}}[ \t\u3000]*日[ \t\u3000]*(?:[（(][^（）()]{{1,4}}[)）])?"
    rf"[ \t\u3000]*(?:{CLOCK})"
)
_BARE_TIME = re.compile(
    rf"^(?:{CLOCK})[ \t\u3000]*(?:から|[~〜～\-－―ー])[ \t\u3000]*(?:(?:午前|午後)[ \t\u3000]*)?(?:{CLOCK})[ \t\u3000]*(?:まで)?$"
)
# ルビノ京都堀川 加茂の間: a hotel's hall named 〜の間.
_BARE_PLACE = re.compile(r"(?:室|議場|ホール|会館|庁舎|役所|役場|庁|号館|センター|会場|[0-9０-９]階|[一-龥]の間$)")
_NOTE = re.compile(r"[（(][^（）()]{1,20}[)）]")
_BARE_ROSTER_ENTRY = re.compile(r"^[一-龥々豈-﫿ヶぁ-んァ-ヶー]{1,10}?(?:教育長|会長|副会長|委員長|副委員長|委員|会長職務代理者?|職務代理者?|部会長|座長)$")


_ROOM_AFTER_CLOCK = re.compile(r"まで[ \t\u3000]*(?P<room>[^\s0-9０-９、。][^、。]{1,60})$")
# 京都府公館 1階 ホール(京都市上京区烏丸通一条下ル龍前町): the venue's address in brackets is no part of the room.
_ADDRESS_NOTE = re.compile(r"[（(][^（）()]{0,40}(?:[都道府県市区町村]|丁目|番地|通)[^（）()]{0,40}[）)]$")


def _unlabelled_facts(lines: list[str], stop: int) -> tuple[dict[str, str], int] | None:
    """The date, time, place and roster of an unlabelled header, and the index of its last line.

    The date alone on a line opens the block near the top; the clock, the room and the roster each
    take the next line in that order, every one optional, every one known by its shape, so a date in a
    sentence or a room named in a speech is never taken for the header's.
    """
    seen = 0
    for i in range(stop):
        s = lines[i].strip(" \t\u3000")
        if not s:
            continue
        # by user / on / 15 / views: an aggregator's banner without a Japanese letter is no line of the record's.
        seen += 1 if _JAPANESE_LETTER.search(s) else 0
        if seen > 12:
            return None
        if _BARE_DATE.match(s) or _BARE_MONTH_DAY_AND_CLOCK.match(s):
            break
        if s[:1] in "令平昭" and _BARE_DATE.match(closed := re.sub(r"[ \t\u3000]+", "", s)):
            # 平 成1 5 年 7月 2 8 日( 月)午後 1 時 30 分から: a PDF's date line with its letters spaced apart.
            s = closed
            break
    else:
        return None
    facts, last = {"date": s}, i
    expect = ("time", "place", "attendees")
    room = _ROOM_AFTER_CLOCK.search(s)
    if room and _bare_kind(_ADDRESS_NOTE.sub("", room.group("room"))) == "place":
        # 平成27年2月16日(月曜) 午前10時30分から11時30分まで京都府公館 1階 ホール: the room's line joined to the date's.
        facts = {"date": s[:room.start("room")], "place": _ADDRESS_NOTE.sub("", room.group("room"))}
        expect = ("attendees",)
    roles: list[str] = []
    for j in range(i + 1, min(len(lines), i + 12)):
        t = lines[j].strip(" \t\u3000")
        if not t:
            continue
        role = _ROLE_COLON_LINE.match(t)
        if role and ("attendees" in expect or roles):
            # 会長:北野一郎 / 委員:南田健、… 会長含め計25名 / 委員:西川明、森本進 計2名: the roster's lines by role. A role
            # come again after a list its count closed opens the next list, in the form's order those absent.
            if roles and role.group("r") in roles and _COUNT_CLOSED.search(facts["attendees"]):
                facts["absent"], last = t, j
                break
            roles.append(role.group("r"))
            facts["attendees"] = facts["attendees"] + "\n" + t if "attendees" in facts else t
            expect, last = (), j
            continue
        if "attendees" in expect and _ROSTER_GROUP_HEADING.fullmatch(t):
            # (1)委員 / 生嶋委員、加藤委員、…: the list's own heading above it.
            continue
        kind = _bare_kind(t)
        if kind is None and "place" in facts and _BARE_NAME_ROW.fullmatch(t):
            # 令和7年…午前10時から / 市役所2階会議室 / 北野一郎、南田健、東山明 / 西川誠、森本進: a form that lost its
            # labels; under the room, the names of those present, then (a row again) of those absent.
            if "attendees" in expect:
                expect, kind = ("absent",), "attendees"
            elif "absent" in expect:
                expect, kind = (), "absent"
            if kind:
                facts[kind], last = t, j
                continue
        if kind is None or kind not in expect:
            break
        expect = expect[expect.index(kind) + 1:]
        facts[kind], last = t, j
    return (facts, last) if len(facts) > 1 else None


_BARE_NAME_ROW = re.compile(r"[一-龥々ヶ豈-﫿]{2,6}(?:、[一-龥々ヶ豈-﫿]{2,6})+")


_ROSTER_GROUP_HEADING = re.compile(
    r"(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]?)?[ \t\u3000]*[【\[［<〈]?(?:出席)?(?:委員|構成員)[】\]］>〉]?"
)
# 会長:北野一郎, 委員:南田健、東山清: a roster line opened by the role of those it lists, no field label above it.
_ROLE_COLON_LINE = re.compile(r"^(?P<r>副?(?:会長|委員長)|(?:会長|委員長)?職務代理者?|委員|座長)[ \t\u3000]*[:：][ \t\u3000]*(?=[一-龥々ぁ-んァ-ヶ])")
_COUNT_CLOSED = re.compile(r"(?:計|合計|以上)[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[名人][)）]?$")


def _values_after_labels(header: Header, lines: list[str], bare: list[tuple[int, str]], stop: int) -> None:
    """●日 時 / ●場 所 / ●出席者 / 第2回北山市…審議会会議録 / 平成16年12月10日(金) 午後2時… / 市役所 7階 会議室: a form
    extracted column by column, two labels or more with no value first and their values after in the same order.
    The body's name, the date, clock, room and roster are known by their shape (the form's title between them is
    skipped); each takes the first label of its kind still empty. The last label, which read every value as its
    own, keeps only what no other took (審議会名 / 日時 / 会場 / 出席者 / 市側出席者: the city's staff)."""
    run: list[str] = []
    i = -1
    for k, (line, name) in enumerate(bare):
        if run and any(lines[j].strip(" \t\u3000") for j in range(bare[k - 1][0] + 1, line)):
            if len(run) >= 2:
                break
            run = []
        run.append(name)
        i = line + 1   # the values start after the run's last label
    if len(run) < 2 or i >= stop:
        return
    wanted = [name for name in run[:-1] if name in _SHAPED_VALUES and not header.first(name)] + \
        [name for name in run[-1:] if name in ("date", "time", "place") and not header.first(name)]
    if not wanted:
        return
    taken: dict[str, str] = {}   # value line: the field it went to
    for j in range(i, min(stop, i + 8)):
        t = lines[j].strip(" \t\u3000")
        if not t:
            continue
        if not wanted or match_field(t):
            break
        kind = "date" if _BARE_DATE.match(t) else "name" if _BODY_NAME.fullmatch(t) else _bare_kind(t)
        if kind == "name" and _BODY_NAME.fullmatch(next((ln.strip(" \t\u3000") for ln in lines[j + 1:stop] if ln.strip()), "")):
            # 北山市教育委員会 / 北山市いじめ問題対策連絡協議会: the organ that holds the body, then the body.
            continue
        kind = next((w for w in wanted if kind == w or kind == "attendees" and w in _ROSTER_FIELDS), None)
        if kind:
            header.fields[kind] = [t]
            taken[t] = kind
            wanted = wanted[wanted.index(kind) + 1:]
    for name in {*run[-1:], *(n for n in run if n in _ROSTER_FIELDS)}:
        if header.first(name) and taken:
            header.fields[name][0] = "\n".join(b for b in header.first(name).split("\n") if taken.get(b, name) == name)


# 上田市公文書館整備検討懇話会: a body's name alone in a form's cell.
_BODY_NAME = re.compile(r"[^\s、。「」『』（）()【】:：0-9０-９]{2,40}(?:審議会|審査会|委員会|協議会|懇話会|懇談会|調査会|部会|分科会|会議)")
_SHAPED_VALUES = ("name", "date", "time", "place", "present", "attendees", "members")


# 平成25年10月22日(火曜日)、第11回教育委員会議を教育委員室において開催した: the record opens by narrating the sitting.
_NARRATED_SITTING = re.compile(
    rf"(?P<date>{ERA_DATE})[^。]{{0,80}}?を(?P<place>[^、。をに]{{2,30}}?)(?:において|にて|で)(?:開催|開会)"
)


# 令和4年7月25日第5回北野町議会臨時会は、北野町議場に招集された。: an assembly's record names where it was convened.
_CONVENED = re.compile(
    rf"(?P<date>{ERA_DATE})?[^。]{{0,40}}?(?:定例会|臨時会|委員会)は[、,]?[ \t\u3000]*"
    r"(?P<place>[^\s、。をに]{2,30}?)に(?:招集|召集)された"
)


# 令和6年7月16日(火)午後1時00分より議事堂内第1委員会室において標記委員会を下記のとおり開催した: the clock, then
# the room, then what was held.
_NARRATED_FROM = re.compile(
    rf"(?P<date>{ERA_DATE})[^。]{{0,30}}?より(?P<place>[^\s、。をに]{{2,30}}?)において[^。]{{0,40}}?を[^。]{{0,20}}?(?:開催|開会)"
)


# 第31回北山市農業委員会定例会を平成26年1月28日午後2時30分北山市民センター / 研修会議室に招集した。: a board's record
# narrates the sitting it convened, its date and clock, and the room (the sentence wrapped over two lines).
_CONVENED_AT = re.compile(
    rf"(?:定例会|臨時会|総会|委員会|会議)を(?P<date>{ERA_DATE}(?:[（(][^()（）]{{1,4}}[)）])?[ \t\u3000]*(?:{CLOCK})?)"
    r"[ \t\u3000]*(?P<place>[^\s、。をに0-9０-９][^\s、。をに]{1,40}?)に(?:招集|召集)した"
)


# 平成22年8月6日(金)午後1時30分から、市役所305会議室で、第1回…委員会が開催されました。: a news page narrates the sitting
# in the passive, the clock it began and the room before the body.
_NARRATED_HELD = re.compile(
    rf"(?P<date>{ERA_DATE}(?:[（(][^()（）]{{1,4}}[)）])?[ \t\u3000]*(?:{CLOCK})?)(?:から|より)[、,]?[ \t\u3000]*"
    r"(?P<place>[^\s、。をに]{2,30}?)(?:で|において|にて)[、,][^。]{0,60}?が(?:開催|開会)され"
)


def narrated_sitting(lines: list[str]) -> tuple[str | None, str | None]:
    """The date and the room of a record that opens by narrating its sitting, in its first lines (a centred
    preamble may wrap the sentence over two or three lines)."""
    for line in lines[:60]:
        if "開" in line:
            # A page's banner may run into the sentence: it is searched for, not anchored.
            m = _NARRATED_SITTING.search(line) or _NARRATED_HELD.search(line)
            if m:
                return m.group("date"), m.group("place").strip(" \t\u3000")
        if "集され" in line:
            m = _CONVENED.search(line)
            if m:
                return m.group("date"), m.group("place")
    # The sentence wrapped over the lines around the one that holds its verb.
    return _narrated_across(lines, "において", _NARRATED_FROM, 2) or _narrated_across(lines, "集した", _CONVENED_AT, 1) or (None, None)


def _narrated_across(lines: list[str], word: str, pattern: re.Pattern[str], after: int) -> tuple[str, str] | None:
    for k, line in enumerate(lines[:60]):
        if word not in line or len(line) > 200:
            continue
        m = pattern.search("".join(ln.strip(" \t\u3000") for ln in lines[max(k - 1, 0):k + after]))
        if m:
            return m.group("date"), m.group("place")
    return None


def _bare_kind(line: str) -> str | None:
    if len(line) <= 40 and _BARE_TIME.match(line):
        return "time"
    if match_field(line) or "。" in line:
        return None
    # 南田委員(北野委員代理), 西川委員(名簿順): a note after an entry is no part of its shape.
    entries = [_NOTE.sub("", e).strip(" \t\u3000") for e in re.split(r"[、,，]", line)]
    if len(entries) >= 3 and all(_BARE_ROSTER_ENTRY.match(e) for e in entries if e):
        return "attendees"
    if len(line) <= 40 and "、" not in line and _BARE_PLACE.search(line) and not _LIST_LINE.match(line) \
            and not is_issuing_office(line):
        return "place"
    return None


_ROSTER_FIELDS = {"present", "attendees", "absent"}
# ・場  所  北山市役所: the spaced label may follow a bullet, as the fields of a notice's 開催概要 do.
_WIDE_LABEL = re.compile(r"^(?P<n>[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000.．、]*|[・○〇◯●■□◆◇][ \t\u3000]*)?)(?P<a>[一-龥])[ \u3000]{2,6}(?P<b>[一-龥])(?=[ \t\u3000:：]|$)")


def _closed_label(s: str) -> str:
    """２　場　　所　　議場 → ２　場所　　議場: a two-letter label spaced to the width of a four-letter one, closed up."""
    if ("\u3000\u3000" in s[:12] or "  " in s[:12]) and _WIDE_LABEL.match(s):
        return _WIDE_LABEL.sub(_close_wide_label, s, count=1)
    if len(s) > 6 and s[1:2] in (" ", "\u3000") and s[3:4] in (" ", "\u3000"):
        return _letter_spaced_label(s)
    half = _HALF_SPACED_LABEL.match(s) if s[1:2] in (" ", "\u3000") else None
    if half and half.group("a") + half.group("b") in _FIELD_OF:
        # 欠 席議員 29番 …: a letter-spaced label whose last letters were closed up with the name run on before it.
        return half.group("a") + s[half.start("b"):]
    return s


_HALF_SPACED_LABEL = re.compile(r"(?P<a>[一-龥])[ \u3000](?P<b>[一-龥]{2,5})(?=[ \t\u3000:：]|$)")


_SPACED_LETTERS = re.compile(r"[一-龥](?:[ \u3000][一-龥]){2,5}(?=[ \t\u3000:：]|$)")


def _letter_spaced_label(s: str) -> str:
    """出 席 者 白井会長 宮城副会長 …: a label of three letters or more spaced one letter apart, closed up."""
    m = _SPACED_LETTERS.match(s)
    if not m:
        return s
    letters = m.group(0)[::2]
    for n in range(len(letters), 2, -1):
        if letters[:n] in _FIELD_OF:
            return letters[:n] + s[2 * n - 1:]
    return s


def _close_wide_label(m: re.Match[str]) -> str:
    label = m.group("a") + m.group("b")
    return m.group("n") + label if label in _FIELD_OF else m.group(0)
# 更新日：2024年3月1日, > 市政情報: the web page's date and a step of its breadcrumb, not the meeting's title.
# An aggregator's own lines: where it got the page (取得元, 最終取得日), the search term that found it (• "観光"(/)),
# its viewer (読み込み中, 全文, 検索結果がありません).
_SITE_NOTE = re.compile(
    rf"{PAGE_STAMP_WORDS}|作成日|ページ番号|ページID|[>＞»›]|取得元|最終取得日|[•・]\s*[\"“]|検索結果|読み込み中|全文$"
)
# • 欠席議員(/), • "備考欄"(1/1): an aggregator's search term and its hit counter above the page, no field
# of the minutes however it reads.
_SEARCH_HIT = re.compile(r"^[•・][ \t\u3000]*[^\s]{1,30}[(（][0-9]*/[0-9]*[)）]$")
# N/A, Protected, Copied!, 14, (1): a line without a Japanese letter titles nothing.
_JAPANESE_LETTER = re.compile(r"[ぁ-んァ-ヶ一-龥]")
_LABEL_HALF = re.compile(r"(?:[0-9０-９]{1,2}[.．、 \u3000]?)?[一-龥]")
_BARE_NUMBER = re.compile(r"[0-9０-９]{1,2}[.．]?")
_HEADER_NOTE = re.compile(r"[(（［\[〔][^。]{1,60}[)）］\]〕]")


def _field_follows(lines: list[str], start: int, stop: int) -> bool:
    """Whether one of the next two non-blank lines is a header field."""
    seen = 0
    for j in range(start, stop):
        s = lines[j].strip(" \t\u3000")
        if not s:
            continue
        if s[0] in SPEAKER_MARKS:
            # 〇事務局　資料で説明: a marked line after the header is a speech, not a field.
            return False
        if match_field(s):
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _store(header: Header, name: str, block: list[str]) -> None:
    header.fields[name][-1] = "\n".join(block)
    if name == "agenda" and not any(b is block for b in header.agenda_blocks):
        header.agenda_blocks.append(block)


# …より挨拶がありました。 / …を紹介しました。 / …承認されました。: a sentence in the past that tells what was done.
_NARRATED = re.compile(r"(?:ありました|しました|されました|行いました|受けました)。$")
_LIST_LINE = re.compile(
    r"^(?:[-*+•・][ \t\u3000]*|[0-9０-９]{1,2}(?:[ \t\u3000.．、)）])|[(（][0-9０-９]{1,2}[)）]|[①-⑳⑴-⒇]|[ア-ン][ \t\u3000.．、]|[(（][ア-ン][)）]|【|〔|[(（])"
)


def _continues_field(name: str | None, line: str, block: list[str]) -> bool:
    if name is None:
        return False
    if is_clock_line(line):
        # 午前10時　開議: the sitting has begun.
        return False
    if line[0] in SPEAKER_MARKS and not (name in _ROSTER_FIELDS and marked_entries(line)):
        # A marked line is a new heading or a speech, unless it is a roster's names set apart by marks (◎北野〇南田).
        return False
    if name in ("agenda", "papers"):
        # 会議資料 / 1. 当日配布資料 / (1)次第: papers are listed as agendas are.
        if not _LIST_LINE.match(line) and (len(line) > 120 or len(line) > 60 and "。" in line) or is_body_marker(line):
            return False
        if "。" in line and any("。" in m.text for m in candidate_families(line)):
            # 【岡本会長】それでは…。: the proceedings have begun without a heading of their own.
            return False
        if not _LIST_LINE.match(line) and _NARRATED.search(line):
            # (1)会長あいさつ / 会長より挨拶がありました。: an account of what was done, no entry of a list.
            return False
        return not _restarts_numbering(block, line)
    if name == "date" and _DATE_PIECE.fullmatch(line) and all(_DATE_PIECE.fullmatch(b) for b in block):
        # 平成 / 28 年 / 3 月 24 / 日( 木 ): a PDF's table cell extracted a piece a line.
        return True
    if name == "name" and not block and len(line) <= 200 and "。" not in line and not match_field(line):
        # 会議の名称 / 第5回北山市介護保険運営審議会第5回北山市地域包括支援センター運営協議会…: the label alone, under it
        # the names of the bodies sitting together, however long.
        return True
    if name == "place" and _ROLE_CELL.fullmatch(line):
        # 鶴嶺公民館 2階 / 会長 / 北野 一郎: a roster's role cell is no second line of the room.
        return False
    if name in ("date", "time", "closed", "place", "observers", "name", "public"):
        # One wrapped line (午前10時から正午まで) at most; never the next field's label run into its value, nor the
        # rule (──────) that parts the record's sections.
        return (len(block) <= 1 and len(line) <= 60 and not _LIST_LINE.match(line) and not _BARE_NUMBER.fullmatch(line)
                and not _LONG_LABEL_START.match(line) and not RULE_RUN.fullmatch(line))
    # Attendance lists wrap onto further lines of names and units, never sentences; a list closed by 。 and its
    # note of absence (…各委員。(計6名。…各委員は所用のため欠席。)) is still the list.
    if "。" in line and not (name in _ROSTER_FIELDS and _closed_roster_line(line)):
        return False
    if name in _ROSTER_FIELDS and _AGENDA_HEADING.fullmatch(line):
        # 欠席者:南田委員、東委員 / 臨時議題 / 1.…: the business's heading under the roster is none of its names.
        return False
    if _BULLETED_FIELD.match(line):
        # □ 出席委員数 11名 / 北野 一郎、… / □ オブザーバー出席 2名: the form's bullet opens its next field, whatever
        # the field's word.
        return False
    if len(line) > 200 and not (name in _ROSTER_FIELDS and _long_list_of_names(line)) or _BODY_MARKERS.match(compact(line)):
        return False
    if name in _ROSTER_FIELDS and NAMED_SECTION.match(line):
        return True
    if name in _ROSTER_FIELDS and seat_row(line):
        return True
    return not _SECTION_HEADING.match(line) or name in _ROSTER_FIELDS and (
        _own_numbering(block, line) or _MARKED_SEAT_ROW.match(line) is not None)


# 2   南部登志子      ◯, 1   (欠員): a roster table's row, the seat, the name and the attendance mark (or the seat empty).
_MARKED_SEAT_ROW = re.compile(r"^[0-9０-９]{1,3}[ \t\u3000]+(?:[(（][^()（）]{1,6}[)）]|\S.{0,20}?[ \t\u3000]+[〇○◯×✕▲])[ \t\u3000]*$")


# 北野一郎委員(北山大学)、南田健委員(北山医師会)、…以上14名: one entry for each member, closed by 委員 and the body the
# member comes from; a long line of such entries is the roster, no sentence, however many the members.
_MEMBER_WITH_AFFILIATION = re.compile(r"[^、,，。\s()（）]{2,12}委員[(（][^()（）、。]{2,30}[)）]")


def _long_list_of_names(line: str) -> bool:
    entries = [e for e in re.split(r"[、,，]", line.strip(" \t\u3000")) if e]
    return len(entries) >= 6 and "。" not in line and sum(
        bool(_MEMBER_WITH_AFFILIATION.match(e.strip(" \t\u3000"))) for e in entries) >= len(entries) - 1


def _closed_roster_line(line: str) -> bool:
    """…湯浅隆各委員。(計6名。…各委員は所用のため欠席。): names closed by 。 and a note of absence, no sentence."""
    rest = absence_notes_dropped(line).rstrip("、 \t\u3000")
    return rest != line.rstrip("、 \t\u3000") and rest.endswith("委員。") and "。" not in rest[:-1]


def _own_numbering(block: list[str], line: str) -> bool:
    """3.出席者 / 1.会長山田和子 / 2.副会長有田伸弘: the roster numbers its own entries from 1 under its label."""
    if not re.match(r"[ \t\u3000]*[0-9０-９]{1,2}[.．]", line):
        return False   # 1 庁議構成員: a number and a gap open the record's own sections
    now = _number_of(line)
    numbers = [_number_of(b) for b in block]
    return bool(now) and all(numbers) and [n[1] for n in numbers] == list(range(1, now[1])) and all(
        n[0] == now[0] for n in numbers)


def _before_run_on_sentence(line: str) -> str:
    """…各委員。(計6名。…は所用のため欠席。)その他の事項…が出席。: a roster line closed by its note of absence, the
    page's next section run on after it."""
    notes = list(ABSENCE_NOTE.finditer(line))
    if notes and "。" in line[notes[-1].end():]:
        return line[:notes[-1].end()]
    # …伊藤圓子君 欠席委員なし委員外議員なし): the absentees' field, stating none, run on after the last name.
    return _NO_ABSENTEES_RUN_ON.sub("", line)


_NO_ABSENTEES_RUN_ON = re.compile(r"(?<=\S)[ \t\u3000]+欠席(?:委員|議員|者)[ \t\u3000]*(?:なし|無し)(?:[^\s、。]{0,20})$")


_DATE_PIECE = re.compile(r"(?:令和|平成|昭和|[0-9０-９]{1,4}[ \t\u3000]*[年月日]?|[ \t\u3000年月日()（）曜火水木金土]){1,8}")
# 会議の公開の可否及び非公開の場合の理由議案の概要…: a label of four letters or more opening a line starts a field, even
# where the page ran its value (or the next heading) into it.
_LONG_LABEL_START = re.compile("(?:" + "|".join(re.escape(lb) for lb, _ in sorted(_FIELD_LABELS, key=lambda x: -len(x[0])) if len(lb) >= 6) + ")")


# １１ 番 梅 森 敬 仁: a seat number continues a roster, it does not open a section.
# 【議件(諮問)】: the group word with the kind of its case in brackets heads a section as 【議題】 does.
_SECTION_HEADING = re.compile(r"^(?:[0-9０-９]{1,2}(?![ \t\u3000]*番)[ \t\u3000.．]|第[0-9０-９]+|【[^】]*(?:案件|事項|議題|議件|諮問)|[ア-ン][ \t\u3000])")


def _number_of(line: str) -> tuple[str, int] | None:
    s = unicodedata.normalize("NFKC", line).lstrip("-*+• \t")
    m = re.match(r"(\d{1,2})(?:[ .、)]|$)", s)
    if m:
        return "n", int(m.group(1))
    m = re.match(r"\((\d{1,2})\)", s)
    if m:
        return "p", int(m.group(1))
    return None


# 2. 報告案件 / 1. …について: a group word over the entries numbered afresh beneath it.
_GROUP_WORD = re.compile(r"(?:報告|諮問|審議|協議|付議)(?:事項|案件)|議事|議題|案件")
# 2 報告 / (1)…: a bare group word under a plain number heads the bracketed entries after it.
_NUMBERED_BARE_GROUP = re.compile(r"^[ \t\u3000]*[0-9０-９]{1,2}[.．]?[ \t\u3000]*(?:報告|諮問|審議|協議)[ \t\u3000]*$")
_BRACKETED_FIRST = re.compile(r"^[ \t\u3000]*[(（][1１][)）]")


def _restarts_numbering(block: list[str], line: str) -> bool:
    # An agenda list ends where the same numbering starts again at 1 (the body's own headings), unless
    # the line above is a group word whose entries are numbered from 1 under it (a nested list flattened).
    now = _number_of(line)
    if not now or now[1] != 1:
        return False
    # 〔協議事項〕 / 1. …: the word in brackets as much as after a number.
    if block and _GROUP_WORD.fullmatch(compact(re.sub(r"^[^一-龥ぁ-んァ-ヶ]*|[^一-龥ぁ-んァ-ヶ]*$", "", block[-1]))):
        return False
    if block and _NUMBERED_BARE_GROUP.match(block[-1]) and _BRACKETED_FIRST.match(line):
        return False
    same = [k for k, prev in enumerate(block) if _number_of(prev) and _number_of(prev)[0] == now[0]]
    other = [k for k, prev in enumerate(block) if _OTHER_ENTRY.match(prev)]
    if same and other and other[-1] > same[-1]:
        # 日程第2 報告第40号 / …について / 1. … 2. … / 日程第6 報告第44号 / …について / 1. …: the points under each
        # entry of another numbering, each list from 1.
        return False
    return any(_number_of(prev) == now for prev in block)


# 日程第6, 報告第44号, 第3, ①, ア.: an entry numbered in another style than 1. or (1).
_OTHER_ENTRY = re.compile(r"^[ \t\u3000]*(?:(?:追加)?日程第|[一-龥]{1,8}第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号|第[0-9０-９]{1,3}[ \t\u3000.．]|[①-⑳])")


# --- values ---------------------------------------------------------------

def meeting_label(texts: list[str], assembly_committee: bool = False, plenary: bool = False) -> str | None:
    """第3回 or 令和6年度第1回. A count before 定例会 or 臨時会 that a committee's name follows (令和4年第1回定例会
    補正予算特別委員会), or any such count in the minutes of an assembly's committee, numbers the assembly's
    session the committee meets during, not the committee's meetings; a board's own 第12回定例会 is its own.
    第204回国会 numbers the Diet's session: the sitting is its 第4号. Without a count, a record's number
    (委員会記録(令和5年第14号)) labels the sitting. An assembly in plenary (``plenary``) is labelled by its session
    with the session's word (令和6年第1回定例会), or, where it sits the year round, by the sitting the record names
    (令和2年北野町議会2月第1回会議 → 令和2年2月第1回会議)."""
    if plenary:
        for text in texts:
            m = _YEAR_ROUND_SITTING.search(text or "")
            if m:
                return re.sub(r"[ \t\u3000]+", "", m.group("y") + m.group("s"))
    session_skipped = False
    for text in texts:
        if not text:
            continue
        for m in _MEETING_LABEL.finditer(text):
            session = _SESSION.match(text, m.end())
            # 平成27年第4回北山村議会予算審査特別委員会: the count before the assembly's own name is the assembly's (its
            # session's); the committee meeting during it has none of its own.
            session = session or (_ASSEMBLY_AFTER_COUNT.match(text, m.end()) if assembly_committee else None)
            if session and (assembly_committee or session.group("committee")):
                session_skipped = True
                continue
            if _DIET.match(text, m.end()):
                continue
            if not _ERA_START.match(m.group(0)):
                # 令和 元年 9月定例会(第3回): the session named by its month, the count only in brackets after it.
                month = _month_session(texts, assembly_committee)
                if month:
                    # 令和７年 １２月 定例会（第４回） over the title block's 令和７年 第４回定例: the year and count win.
                    return _era_count(texts) or month
                # 第2回会議録 平成24年度北野地域協議会: the fiscal year the body's name after the count carries is the
                # count's (平成26年度北野市教育委員会第12回定例会 keeps 第12回, as the corpus's board records are labelled).
                # A year just after the count, or before the very body the count names (第7回北山市…審議会 議事録概要 会議名称
                # 平成29年度北山市…審議会(第7回)); one in an agenda run on far after it (平成29年度 審議会等の…) is that item's.
                after = re.sub(r"[ \t\u3000]+", "", text[m.end():m.end() + 60])
                year = {re.sub(r"[ \t\u3000]+", "", y.group("y")) for y in _FISCAL_YEAR_BODY.finditer(text, m.end())
                        if y.start() < m.end() + 40 or after.startswith(re.sub(r"[ \t\u3000]+", "", y.group(0)[len(y.group("y")):]))}
                if len(year) == 1:
                    return year.pop() + re.sub(r"[ \t\u3000]+", "", m.group(0))
            named = _NAMED_SESSION.match(text, m.end()) if plenary and not session else None
            if plenary and (session or named):
                # 令和 6年第 1回定例会, 平成29年第3回北山町議会臨時会: the assembly's session is its sitting, named with its
                # word (the assembly's own name between them is no part of the label).
                return re.sub(r"[ \t\u3000]+", "", m.group(0) + (session.group(0) if session else named.group("w")))
            return re.sub(r"[ \t\u3000]+", "", m.group(0))
    if session_skipped:
        return None
    month = _month_session(texts, assembly_committee, plenary)
    if month:
        return month
    for text in texts:
        for m in _RECORD_NUMBER.finditer(text or ""):
            # 12月定例会(第1号…), 定例会会議録 第1号: the day of an assembly's session, not a sitting of the body.
            if not _SESSION_WORD.search(text, max(0, m.start() - 12), m.start()):
                return re.sub(r"[ \t\u3000]+", "", m.group("label"))
    if not (assembly_committee or plenary):
        return _fiscal_year_alone(texts)
    return None


# 平成30年度北野市防災会議議事録, 北野市防災会議 議事録 平成24年度 議事録: a body that meets once a year (or whose
# record gives no count) is labelled by the fiscal year its title names, before the body's name or as a word of
# its own. An assembly's committee is left alone (令和2年度北野常任委員会議事録): its 年度 is the assembly's, not
# a count of its sittings.
_ASSEMBLY_BODY = re.compile(r"常任委員会|特別委員会|議会運営委員会")
_FISCAL_YEAR_WORD = re.compile(
    rf"(?:^|(?<=[\s(（]))(?P<y>{ERA_YEAR}度)(?=$|[\s)）])"
)


def _fiscal_year_alone(texts: list[str]) -> str | None:
    for text in texts:
        if not text or _ASSEMBLY_BODY.search(text):
            continue
        m = _FISCAL_YEAR_BODY.match(text) or (
            _FISCAL_YEAR_WORD.search(text) if _COUNCIL_WORD.search(text) else None)
        if m:
            return re.sub(r"[ \t\u3000]+", "", m.group("y"))
    for text in texts:
        m = _FISCAL_YEAR_BEFORE_RECORD_WORD.search(text or "")
        if m and not _ASSEMBLY_BODY.search(text):
            return re.sub(r"[ \t\u3000]+", "", m.group("y"))
    return None


# 北野県動物愛護推進協議会平成24年度議事要旨: the fiscal year run in between the body's name and the record's word.
_FISCAL_YEAR_BEFORE_RECORD_WORD = re.compile(
    rf"(?:審議会|審査会|委員会|協議会|懇話会|懇談会|検討会|部会|会議)(?P<y>{ERA_YEAR}度)(?=議事要旨|議事録|会議録|議事概要)"
)


# ただいまから平成9年第5回北野町議会定例会を開会します。: the chair declares the session open by its year, count and
# word; that is the record's own name for it, over an aggregator's title that orders it by month (平成 9年 12月
# 定例会(第5回)).
_SESSION_OPENED = re.compile(
    rf"(?P<y>{ERA_YEAR})[ \t\u3000]*(?P<n>第[ \t\u3000]*[0-9０-９一二三四五六七八九十]{{1,3}}[ \t\u3000]*回)"
    # 平成29年第2回北野町議会臨時会を次のとおり招集する: the convocation notice names the session it convenes.
    r"[^\s、。「」]{0,15}?(?P<w>定例会|臨時会)を?(?:開会|開き|(?:次のとおり)?招集す)"
)


# 平成18年北野市議会第2回臨時会 alone on its line: the record's own title names the session the same way, the
# assembly's name between the year and the count (or after it).
_SESSION_TITLE = re.compile(
    rf"^[ \t\u3000]*(?P<y>{ERA_YEAR})[ \t\u3000]*(?:[^\s、。「」()（）第回年]{{1,12}}?議会[ \t\u3000]*)?"
    r"(?P<n>第[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]*回)[ \t\u3000]*"
    r"(?:[^\s、。「」()（）第回年]{1,12}?議会[ \t\u3000]*)?(?P<w>定例会|臨時会)[ \t\u3000]*$"
)


def session_opened(lines: list[str]) -> str | None:
    """平成9年第5回定例会: the plenary session the chair declares open, if the opening says so, or the record's
    own title line."""
    for line in lines:
        m = _SESSION_OPENED.search(line) if "開" in line or "招集" in line else None
        if m is None and "会" in line and len(line) <= 60:
            m = _SESSION_TITLE.match(line)
        if m:
            return re.sub(r"[ \t\u3000]+", "", m.group("y") + m.group("n") + m.group("w"))
    return None


_DIET = re.compile(r"[ \t\u3000]*国会")
# 令和2年北野町議会2月第1回会議会議録, 令和3年北野町議会定例会6月会議: an assembly that sits the year round (通年会期)
# names each sitting 会議 inside its one session; the assembly's own name is no part of the label.
_YEAR_ROUND_SITTING = re.compile(
    r"(?P<y>(?:令和|平成)[ \t\u3000]*(?:[0-9０-９]{1,2}|元)[ \t\u3000]*年)[ \t\u3000]*"
    r"(?:[^\s、。「」()（）第回年]{1,12}?議会)?[ \t\u3000]*"
    r"(?P<s>(?:定例会)?[ \t\u3000]*(?:[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*(?:第[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*回)?"
    r"|第[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*回)[ \t\u3000]*会議"
    # 令和７年１２月定例月議会: the month's sitting of an assembly whose one session runs the year round.
    r"|[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*定例月議会)(?![録室所員場事])"
)
_BODY_WORDS = "審議会|審査会|委員会|協議会|懇話会|懇談会|会議|部会"
_COUNCIL_WORD = re.compile(_BODY_WORDS)
_FISCAL_YEAR_BODY = re.compile(
    rf"(?P<y>{ERA_YEAR}度)[ \t\u3000]*"
    rf"[^\s、。「」()（）第]{{1,20}}?(?:{_BODY_WORDS})"
)
_ERA_START = re.compile(ERA)
# 平成28年  9月 定例会, 令和 元年 9月定例会(第3回), 平成29年10月(第23期)総会: a session named by its year and month;
# (第23期) is the body's term, not the sitting, and a 総会 is the body's sitting itself, labelled by the month.
_MONTH_SESSION = re.compile(
    rf"(?P<y>{ERA_YEAR})[ \t\u3000]*"
    # 令和6年北山市議会12月定例会: the assembly's own name between the year and the session's month.
    r"(?:[^\s、。「」()（）第回年]{1,12}?議会)?[ \t\u3000]*"
    r"(?P<mo>[0-9０-９]{1,2}[ \t\u3000]*月)"
    r"[ \t\u3000]*(?:[（(][ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*期[ \t\u3000]*[）)][ \t\u3000]*)?"
    r"(?P<s>定例会|臨時会|総会)"
    # 平成28年 6月定例会(第4回): the session's count as printed after it; (第1号12月11日) numbers its day instead.
    r"(?:[ \t\u3000]*(?P<n>[（(][ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*回[ \t\u3000]*[）)])|(?P<day>[ \t\u3000]*[（(][ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号))?"
)


def _era_count(texts: list[str]) -> str | None:
    for text in texts:
        for m in _MEETING_LABEL.finditer(text or ""):
            if _ERA_START.match(m.group(0)) and not _SESSION.match(text, m.end()) and not _DIET.match(text, m.end()):
                return re.sub(r"[ \t\u3000]+", "", m.group(0))
    return None


def _month_session(texts: list[str], assembly_committee: bool = False, plenary: bool = False) -> str | None:
    for text in texts:
        m = _MONTH_SESSION.search(text or "")
        # 平成29年12月定例会(第1号12月11日): in plenary the day's record is of that session, which labels the sitting
        # (as a count-named session's day, 平成14年第2回定例会(第1号), is labelled by its session); a committee's or
        # another body's record that names the day of the assembly's session sits apart from it.
        if m and not (assembly_committee and m.group("s") != "総会") and not (m.group("day") and not plenary):
            # An assembly committee meets during the plenary's 定例会: that session is not its sitting.
            ym = m.group("y") + m.group("mo")
            label = ym + ("" if m.group("s") == "総会" else m.group("s")) + (m.group("n") or "")
            if m.group("n") and m.group("s") != "総会" and re.search(r"月[ \t\u3000]+$", text[:m.start("s")]):
                # 平成20年 6月 定例会(第9回): a minutes system's title, the month in a column of its own before the
                # session, which is named by its count (平成20年第9回定例会).
                count = re.sub(r"[（(）)]", "", m.group("n"))
                label = ym[:ym.index("年") + 1] + count + m.group("s")
            return re.sub(r"[ \t\u3000]+", "", label)
    return None
_SESSION_WORD = re.compile(r"定例会|臨時会")
# 情報監視審査会 第4号, 委員会記録(令和5年第14号): the record's number after the body's name or the word for the
# record, never a bill's (議案第1号, 第86号議案) or a budget's (補正予算(第1号)).
_RECORD_NUMBER = re.compile(
    rf"(?:記録|会議録|議事録|審査会|審議会|調査会|委員会|協議会|部会)[ \t\u3000]*[(（]?[ \t\u3000]*"
    rf"(?P<label>(?:{ERA_YEAR}[ \t\u3000]*)?第[ \t\u3000]*[0-9０-９一二三四五六七八九十]{{1,3}}[ \t\u3000]*号)"
    r"(?![ \t\u3000]*(?:議案|議|報告|諮問|請願|陳情|認定|承認|同意|発議|意見))"
)


_NAMED_SESSION = re.compile(r"[ \t\u3000]*[^\s、。「」()（）第回年]{1,12}?議会[ \t\u3000]*(?P<w>定例会|臨時会)")
_ASSEMBLY_AFTER_COUNT = re.compile(r"[ \t\u3000]*[^\s、。第回年]{1,10}?[都道府県市区町村]議会(?P<committee>)[^\s、。]{0,20}委員会")
_SESSION = re.compile(r"[ \t\u3000]*(?:定例会|臨時会)(?P<committee>[^\s(（「」、。]{0,20}委員会)?")


def council_name(texts: list[str]) -> str | None:
    # A page's own title before the sections of the site it is filed under (its breadcrumb).
    # トップページ広域連合議会本会議情報 > 平成21年2月定例会議事録: a breadcrumb of two crumbs, the top page's run into the next.
    texts = sorted(texts, key=lambda t: bool(t and (BREADCRUMB.search(t) or TOP_CRUMBS.search(t))))
    # [北山県生涯学習審議会]: a post's board on a bulletin-board site, in square brackets, names the body only
    # where no other line does.
    boards = [t for t in texts if t and _FILED_UNDER.fullmatch(t)]
    name = (boards and _council_name([t for t in texts if t not in boards])) or _council_name(texts)
    own = [t for t in texts if t and t not in boards and not BREADCRUMB.search(t) and not TOP_CRUMBS.search(t)]
    if name and not (name.endswith("議会") and not name.endswith(("審議会", "協議会"))) and not any(name in t for t in own):
        # ホーム> … > 厚生科学審議会(水道事業の…専門委員会)> 第7回…専門委員会 議事録: the breadcrumb names the parent body, the
        # title the one that sat (an assembly named only in the breadcrumb still takes its committee, below).
        name = _council_name(own) or name
    if name and len(name) <= 8:
        # 第3回評価委員会議事録 / 平成22年度第3回 地方独立行政法人北山市立病院評価委員会: the file's short title over the
        # body's full name, which ends in it.
        longer = [n for t in texts if t and not BREADCRUMB.search(t) and not TOP_CRUMBS.search(t)
                  for n in [_council_name([t])] if n and len(n) > len(name) and n.endswith(name)
                  and _CJK_FIRST.match(n)]
        name = longer[0] if longer else name
    # 審議会, 協議会 end in 議会 but are no assembly: only an assembly's name takes its committee after it.
    if name and name.endswith("議会") and not name.endswith(("審議会", "協議会")):
        # 三鷹市議会 in the page's banner, 令和4年総務委員会 in its title: the assembly's committee.
        # 令和5年9月15日区民文教常任委員会: the date the title runs into the committee's name is no part of it.
        # 令和 5年 2月議会運営委員会: the month the title runs into the name is no part of it either.
        # 第3 北山対策特別委員会審査報告 in an agenda run onto the title: the committee's report is business of the plenary.
        found = [m.group(0).lstrip("年度月") for t in texts if t and "。" not in t for tt in [_TITLE_DATE.sub(" ", t)]
                 for m in _COMMITTEE.finditer(tt) if not _COMMITTEE_REPORTED.match(tt, m.end())]
        # 令和5年北山市議会子育て支援定住人口増加対策特別委員会会議録: the record's own title names the assembly first.
        found = [_ASSEMBLY_WORD.split(c)[-1] for c in found]
        # 令和元年議会運営委員会( 5月14日): the year the title runs into the committee's name is no part of it.
        found = [_ERA_YEAR_FIRST.sub("", c) for c in found]
        # 平成28年第11回水産林務委員会, 令和2年第1回定例会総務企画常任委員会: the count's 回 and the session's word run onto the
        # committee's name are no part of it.
        found = [_COUNT_AND_SESSION_FIRST.sub("", c) for c in found]
        found = [c for c in found if len(c) > 3 and not c.startswith(("各", "同", "本", "当"))]
        if found:
            # The most named; of names named as often, the first (a set's order would change from run to run).
            return name + max(dict.fromkeys(found), key=found.count)
    return name


# 総合まちづくり特別委員会: kana inside a committee's name, never the particle that joins two words (本日の委員会);
# but 議会改革に関する特別委員会, 新庁舎建設に係る調査特別委員会: the phrase that names a special committee's subject.
_NAME_LETTER = r"(?:[一-龥ァ-ヴー・]|に関する|に係る|(?![のはをがにでともへや])[ぁ-ん])"
# 予算特別委員会小委員会, 予算特別委員会総務分科会: the committee's own sub-committee sits as itself.
# DX推進・公共施設整備等特別委員会, ICT推進特別委員会: an acronym in capitals opens the subject's words.
_COMMITTEE = re.compile(rf"(?:[A-ZＡ-Ｚ]{{2,5}}(?=[一-龥ァ-ヴー]))?[一-龥ァ-ヴー・]{_NAME_LETTER}{{1,17}}?委員会(?:小委員会|[一-龥]{{0,6}}分科会)?")
# 三鷹市議会総務委員会 read as one word: the assembly's name, not a committee found apart from it (議会運営委員会
# holds 議会 as a word of its own and is a committee).
_COUNT_AND_SESSION_FIRST = re.compile(r"^回?(?:(?:定例|臨時)会)?")
_COMMITTEE_REPORTED = re.compile(r"(?:の)?(?:審査|調査)?(?:報告|経過|結果)|委員長報告")
_ASSEMBLY_WORD = re.compile(r"[都道府県市区町村]議会|^議会$")
_ERA_YEAR_FIRST = re.compile(r"^(?:令和|平成|昭和)[元0-9０-９一二三四五六七八九十]{1,3}年度?")
_TITLE_DATE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \t\u3000]*日")


_WORD_AFTER_KAIGI = set("事録室所員場")
_PAGE_NUMBER_FIRST = re.compile(r"[0-9０-９]{1,3}[ \t\u3000]*(?=[一-龥])(?![年月日回号度期次条項名人])")
_LIST_NUMBER = re.compile(r"^[0-9０-９]{1,2}[.．、)）](?=\S{2})")
_DIGIT_BEFORE = re.compile(r"[0-9０-９元][ \t\u3000]*$")
_LEADING_YEAR = re.compile(
    rf"^(?:{ERA_YEAR}度?[ \t\u3000]*)?"
    r"(?:[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*日[ \t\u3000]*)?"
)


_CJK_FIRST = re.compile(r"[一-龥々ヶァ-ヶ]")
_LEADING_MONTH = re.compile(r"[0-9０-９]{1,2}[ \t\u3000]*月[ \t\u3000]*")
_MONTH_SITTING = re.compile(r"(?:(?:令和|平成|昭和)[0-9０-９元]{1,2}年度?)?[0-9０-９]{1,2}月(?:定例)?会議")
MONTH_SITTING_LABEL = re.compile(r"(?:令和|平成|昭和)[0-9０-９元]{1,2}年[ \t\u3000]*[0-9０-９]{1,2}月会議(?!録)")


def assembly_titled(texts: list[str]) -> str | None:
    """The assembly a title names (平成23年北山町議会5月会議会議録 → 北山町議会), by that shape alone."""
    return _council_name(texts, patterns=(_ASSEMBLY,))


# 第2回目の保護林管理委員会を開催しました: the sitting's count read as an ordinal (目), joined to the body by の.
_COUNT_OF_SITTING = re.compile(_MEETING_LABEL.pattern + r"(?:目の?)?")


def _council_name(texts: list[str], patterns=(_COUNCIL_PRIMARY, _ASSEMBLY, _COUNCIL_SECONDARY, _STUDY_GROUP)) -> str | None:
    for pattern in patterns:
        for text in texts:
            if not text:
                continue
            # A page run onto one line (megabytes) is no title: its first stretch holds any name the title would.
            t = _COUNT_OF_SITTING.sub(" ", text[:TITLE_SPAN])
            t = re.sub(r"^[#*\s]+", "", t)
            for m in pattern.finditer(t):
                if m.group(0).endswith("会議") and t[m.end():m.end() + 1] in _WORD_AFTER_KAIGI:
                    continue  # 地方議会議事録, 第1会議室: 会議 inside another word
                if t[m.end():m.end() + 1] in ("等", "別"):
                    # 会議等一覧, 保険局が実施する検討会等: a site's section for bodies of a kind, no body's name;
                    # 開催別議員別委員会別検索用: an index by committee (委員会別) names none either.
                    continue
                # 令和2年度地域づくり…委員会: the year the page is filed under is no part of the body's name.
                name = _LEADING_YEAR.sub("", m.group(0)).strip("・-－‐")
                month = _LEADING_MONTH.match(name)
                if month and (municipality_from_prefix(name[month.end():]) or name != m.group(0).strip("・-－‐")):
                    # 平成23年6月観光…特別委員会: after the year, the month names the session, as it does before a place.
                    # 平成21年2月北山県後期高齢者医療広域連合議会定例会会議録: the session's month before the body's name.
                    name = name[month.end():]
                # 開催結果概要(…分)|北山県文化財保護審議会, 基本計画(資料編)/北山市基本構想等審議会: the bar or slash a
                # page's title or path sets between its parts is no letter of the name.
                name = name.lstrip("|｜/／")
                # 令和3年12月15日開催の北山協議会: the page titles the sitting by its day (開催の, "held on"); the body follows.
                name = _HELD_ON.sub("", name)
                # 1.北野市議会 (a list's number run onto it), 平成 22 年北野市…協議会 (the year's last word after a gap).
                name = _LIST_NUMBER.sub("", name)
                page = _PAGE_NUMBER_FIRST.match(name)
                if page and municipality_from_prefix(name[page.end():]) and not municipality_from_prefix(name):
                    # 1 北 山 県 後 期 … 広 域 連 合 議 会: a PDF page's number run onto the title, the place after it.
                    name = name[page.end():]
                if name.startswith("年度"):
                    # 平成平成28 2828年度北山市地域年度北山市地域…委員会: an overprinted title, its fiscal year's word left
                    # before the body's name away from its digits; no body's name opens with 年度.
                    name = name[2:]
                elif name.startswith("年") and _DIGIT_BEFORE.search(t, 0, m.start()):
                    name = name[1:]
                if name.endswith("委員会") and t[m.end():m.end() + 1] == "議" and t[m.end() + 1:m.end() + 2] not in ("事", "録"):
                    # 社会教育委員会議: a body of 委員 that sits as a 会議 (not 委員会議事録, the committee's record).
                    name += "議"
                # 北山区地域包括支援センター 運営協議会: a title broken by a gap, the city before it.
                cut = _BEFORE_GAP.search(t, 0, m.start()) if m.start() and t[m.start() - 1] in " \u3000" else None
                if cut and municipality_from_prefix(cut.group("w") + name) and not municipality_from_prefix(name):
                    # 北山市市民参加推進フォーラム第11回会議: "its 11th 会議" after the sitting's number, the body before it.
                    after_label = name == "会議" and _NUMBERED_SITTING.search(text)
                    name = _LIST_NUMBER.sub("", cut.group("w") + ("" if after_label else name))
                # 附属機関などの会議, 行政委員会・審議会: a site's section for many bodies (kinds of body listed), not one
                # body's name.
                if _MONTH_SITTING.fullmatch(name):
                    continue  # 5月会議: a sitting of an assembly that meets the year round, no body's name
                if len(name) >= 4 and not re.fullmatch(r"(?:本|当|同|この|その|次回の?|本日の)?(?:審議会|審査会|委員会|協議会|会議)", name) \
                        and "など" not in name and not name.endswith("等の会議") and not _KINDS_OF_BODY.fullmatch(name):
                    # 北山評価委員会南山資源…部会: a 委員会's 部会 or 小委員会 named straight after it sits as well.
                    sub = _SUB_BODY.match(t, m.end()) if pattern is _COUNCIL_PRIMARY or name.endswith("委員会") else None
                    # 北山警察署協議会会長連絡会議: the chairs of a kind of body meeting together sit as that meeting.
                    sub = sub or _CHAIRS_MEETING.match(t, m.end())
                    # 第1回北山県後期高齢者 医療広域連合議会 … 北山県後期高齢者医療広域連合議会: the union's name whole.
                    name = union_in_full(name, t) or name
                    return name + sub.group(0) if sub else name
    return None


_CHAIRS_MEETING = re.compile(r"(?:会長|委員長)(?:連絡)?会議(?![室録事場所員])")
_HELD_ON = re.compile(r"^(?:[0-9０-９]{1,2}日)?開催の(?=\S{3})")
_FILED_UNDER = re.compile(r"[ \t\u3000]*[\[［][^\[\]［］]{2,40}[\]］][ \t\u3000]*")
_KINDS_OF_BODY = re.compile(r"(?:[一-龥]{0,2}(?:審議会|審査会|委員会|協議会|会議)・)+[一-龥]{0,2}(?:審議会|審査会|委員会|協議会|会議)")


# 北山市社会福祉審議会児童福祉専門分科会(子ども・子育て会議): the 審議会's section that sits, with the name it goes
# by in brackets.
_SUB_BODY = re.compile(
    # 食品安全委員会企画等専門調査会: a commission's 専門調査会 named straight after it.
    r"[^\s、。「」『』（）()【】\[\]:：#*]{0,20}?(?:専門分科会|分科会|専門部会|部会|小委員会|専門調査会)"
    r"(?:[（(][^（）()\s、。]{2,20}(?:会議|協議会|委員会)[）)])?"
)
_BEFORE_GAP = re.compile(r"(?P<w>[^\s、。「」『』（）()【】\[\]:：#*]{2,30})[ \u3000]$")


_ASSEMBLY_SESSION = re.compile(
    r"(?:(?:令和|平成|昭和)[^\s。、]{1,3}年[ \t\u3000]*(?:第[^\s。、]{1,3}回)?|第[^\s。、]{1,3}回)[ \t\u3000]*"
    r"(?P<n>[^\s。、「」『』（）()第回年]{1,10}?(?:[都道府県市区町村]|組合|広域連合)議会)"
    # 平成17年志木地区衛生組合議会第4回定例会を…招集する: the count may follow the assembly's name.
    r"(?=(?:第[^\s。、]{1,3}回)?(?:定例会|臨時会))"
)


def assembly_in_speech(lines: list[str]) -> str | None:
    """品川区議会 from the chair's 令和５年第１回品川区議会臨時会を開会いたします (or 閉会)."""
    for line in lines[:400] + lines[-200:]:
        if "議会" not in line:
            continue
        m = _ASSEMBLY_SESSION.search(line)
        if m and municipality_from_prefix(m.group("n")):
            return m.group("n")
    return None




_PM_TWELVE = re.compile(r"午後[ \t\u3000]*(?:12|１２|十二)[ \t\u3000]*時")


# 開催日時 27年2月3日(火): a date whose era the page gives only elsewhere (平成26年度第10回…).
_ERALESS_DATE = re.compile(r"(?<![0-9])(?P<y>[0-9]{1,2})[ \t\u3000]*年[ \t\u3000]*(?P<m>[0-9]{1,2})[ \t\u3000]*月[ \t\u3000]*(?P<d>[0-9]{1,2})[ \t\u3000]*日")
_ERA_YEAR = re.compile(r"(?P<era>令和|平成|昭和)[ \t\u3000]*(?P<y>[0-9]{1,2}|元)[ \t\u3000]*年")


def eraless_date(value: str | None, texts: list[str]):
    """The date in ``value`` written without its era, dated by the one era that ``texts`` name for that year
    or the year before (a 年度 runs into the next calendar year); two eras, or none near it, date nothing."""
    v = nfkc(value or "")
    m = _ERALESS_DATE.search(v)
    if m is None or _ERA_YEAR.search(v):
        return None
    year = int(m.group("y"))
    eras = {e.group("era") for t in texts for e in _ERA_YEAR.finditer(nfkc(t or ""))
            if 0 <= year - (1 if e.group("y") == "元" else int(e.group("y"))) <= 1}
    if len(eras) != 1:
        return None
    return parse_date(f"{eras.pop()}{year}年{m.group('m')}月{m.group('d')}日")


# 広島市中区基町10-52 県庁北館2階: the building's street address before the room, no part of where the body met.
_ADDRESS = (
    r"(?:[一-龥]{2,3}[都道府県])?[一-龥々ヶ]{1,6}[市町村](?:[一-龥々ヶ]{1,4}区)?[一-龥々ヶ]{1,8}"
    # 札幌市中央区北1条西6丁目: a city laid out in 条 and 丁目, a quarter's letter before each number.
    r"[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|号|条|[-－‐−の])(?:[東西南北]?[0-9０-９]+(?:丁目|番地?|号|条|[-－‐−の])?)*"
)
_STREET_ADDRESS = re.compile(rf"^{_ADDRESS}[ \t\u3000]+(?=[^\s0-9０-９])")
_ADDRESS_LINE = re.compile(rf"[ \t\u3000]*{_ADDRESS}[ \t\u3000]*")


def without_street_address(place: str) -> str:
    """The room without the street address written before it; a place that is only an address is kept."""
    m = _STREET_ADDRESS.match(place)
    return place[m.end():] if m and len(place) - m.end() >= 2 else place


def room_line(place: str) -> str:
    """The place field's line that names the room: its first, unless that is the building's address alone and
    the room follows (場所 広島市中区上八丁堀6−30 / 北山合同庁舎2号館 8階会議室)."""
    lines = place.split("\n")
    if len(lines) > 1 and _ADDRESS_LINE.fullmatch(lines[0]) and _BARE_PLACE.search(lines[1]) and not match_field(lines[1]):
        return lines[1]
    return lines[0]


# 1.開催日時 / 2.開催場所 / 3.出席委員 会長 3 番 … 平成27年5月20日(月)午前9時30分から10時35分 北山町役場 3階 第1委員会室
# (22人) …: a two-column table extracted label column first, the sitting's values stranded in a later field.
_STRANDED_SITTING = re.compile(
    rf"(?P<date>{ERA}{ERA_NUMBER}年[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日(?:[(（][^()（）]{{1,4}}[)）])?[ \t\u3000]*"
    rf"(?:{CLOCK})[^ \t\u3000]{{0,20}}?(?:{CLOCK})(?:まで)?)"
    r"(?:[ \t\u3000]+(?P<place>[^\s0-9０-９(（][^()（）]{1,40}?)(?=[ \t\u3000]*[(（][0-9０-９]{1,3}[人名][)）]))?"
)


def stranded_sitting(header: Header, date: str | None, place: str | None) -> tuple[str | None, str | None]:
    """The date (with its clocks) and room of a header whose 日時 and 場所 labels came out empty, found in a later
    field's value; labels that hold values keep them."""
    if date != "":
        return date, place
    for name in ("present", "attendees", "members"):
        m = _STRANDED_SITTING.search(header.first(name) or "")
        if m:
            room = m.group("place")
            if not place and room and _BARE_PLACE.search(room):
                place = room
            return m.group("date"), place
    return date, place


def date_split_across_the_place(date: str | None, place: str | None) -> tuple[str | None, str | None]:
    """日時:平成27年 / 場所:北山県庁 2月17日(火) 午後1時30分から 西棟8階中会議室: a two-column form read across its
    rows leaves the 日時 field the year alone and sets the rest of the date (and the clock) inside the 場所 value,
    between the room's two lines. The date made whole again and the room without it; other fields as they were."""
    if not date or not place or not _YEAR_ALONE.fullmatch(date.strip(" \t\u3000")):
        return date, place
    m = _DAY_IN_PLACE.search(place)
    if m is None:
        return date, place
    room = re.sub(r"[ \t\u3000]+", " ", place[:m.start()] + " " + place[m.end():]).strip()
    if not room:
        return date, place
    return date.strip(" \t\u3000") + m.group(0).strip(" \t\u3000"), room


_YEAR_ALONE = re.compile(ERA_YEAR)
_DAY_IN_PLACE = re.compile(
    rf"(?:^|(?<=[ \t\u3000])){MONTH_DAY}(?:[ \t\u3000]*[(（][^()（）\s]{{1,4}}[)）])?"
    rf"(?:[ \t\u3000]*(?:{CLOCK})[ \t\u3000]*(?:から|[~〜～])?(?:[ \t\u3000]*(?:{CLOCK})[ \t\u3000]*(?:まで)?)?)?(?=[ \t\u3000]|$)"
)


# 午前10時03分      開会第2委員会室: the clock and, across the gap, 開会 run onto the room.
_CLOCK_OPENING_ROOM = re.compile(
    rf"^[ \t\u3000]*(?P<clock>{CLOCK})[ \t\u3000]+(?:開会|開議)[ \t\u3000]*"
    r"(?P<room>[^\s○〇◎◆■、。]{0,16}?(?:委員会室|会議室|議場|室|ホール))[ \t\u3000]*$"
)


def clock_opening_room(lines: list[str]) -> tuple[str | None, str | None]:
    """The opening clock and the room of a record that gives them on one line before its first speech."""
    for line in lines:
        m = _CLOCK_OPENING_ROOM.match(line) if "開" in line else None
        if m:
            return m.group("clock"), m.group("room")
    return None, None


def noon_closing(start: str | None, end: str | None, text: str) -> str | None:
    """午前10時から午後12時まで (or 午後12時20分): a closing 午後12時 after a morning start is noon, not midnight.

    The 1872 decree reads 午後12時 as midnight, and jp.wareki keeps that reading; but a sitting
    opened in the morning that would close before it opened was written by someone who meant noon.
    A start after noon (午後1時から午後12時) keeps the decree's midnight.
    """
    if start and end and start < "12:00" and end < start and end.startswith("00:") and _PM_TWELVE.search(text):
        # 午後12時20分 → 12:20, not 00:20.
        return "12:" + end[3:]
    return end


def is_none_value(value: str | None) -> bool:
    k = compact(value or "").strip("()（）")
    if _BARE_COUNT.fullmatch(k) and k.strip("0０名人"):
        # 欠席委員 / 6人: so many away, their names not given; unknown, not none.
        return False
    k = COUNT_NOTE.sub("", k)
    return k in ("なし", "無し", "無", "ナシ", "ゼロ", "0", "0人", "0名", "-", "ー", "－", "")


_OBSERVER_COUNT = re.compile(r"([0-9]{1,4})\s*(?:人|名)")
_OBSERVER_TEXT = re.compile(
    r"傍聴(?:人|者)(?:数)?[ \t\u3000:：]*(?:は|が)?[ \t\u3000]*(?:(?P<none>なし|無し|いなかった|いません|ありません|おりません)|(?P<n>[0-9０-９]{1,4})[ \t\u3000]*[人名])"
)


def observers(header: Header, text: str) -> int | None:
    value = header.first("observers")
    if value is not None:
        k = compact(value)
        m = _OBSERVER_COUNT.search(k)
        if m:
            return int(m.group(1))
        if is_none_value(value) or k.startswith(("なし", "無し", "0")):
            return 0
    m = _OBSERVER_TEXT.search(unicodedata.normalize("NFKC", text))
    if m:
        return 0 if m.group("none") else int(m.group("n"))
    return None


# （通算第41回）, 第12回（通算第120回）: the count of every meeting the body has held, printed beside the 年度's 回.
_CUMULATIVE = re.compile(
    r"通[ \t\u3000]*算[ \t\u3000]*第[ \t\u3000]*(?P<n>[0-9０-９]{1,5}|[一二三四五六七八九十百千〇零]{1,8})[ \t\u3000]*回")


def cumulative_number(texts: list[str]) -> int | None:
    """The 通算第N回 the record's title block prints, or None. Read from the title lines only: a speech may cite
    another meeting's count (「通算第40回の会議で…」)."""
    for text in texts:
        m = _CUMULATIVE.search(text or "")
        if m:
            number = kanji_to_int(m.group("n"))
            if number:
                return number
    return None


def as_printed(value: str | None) -> str | None:
    """A header field's value as printed, one entry a line, runs of blanks closed to one space."""
    lines = [re.sub(r"[ \t\u3000]+", " ", line).strip() for line in (value or "").split("\n")]
    return "\n".join(line for line in lines if line) or None


# --- fields by their words, when the header reader found none ------------------------------------

# A last reading of the sitting's clock and room, for headers the readers above do not take apart: a
# flattened page (◇開催日時 … ◇開催場所 … ◇出席委員 …), a table read one cell a line (開会時間 / 午後1時30分),
# letter-spaced field words (開 催 場 所). Each value runs from its field word up to the next field word
# of any kind (conventions.FIELD_WORDS names the fields that end a value as well as those read).


# 開 催 場 所: one blank may stand between the letters of a field word.
FIELD_GAP = "[ \u3000]?"
_ANY_FIELD = "|".join(letter_spaced(w, FIELD_GAP) for words in FIELD_WORDS.values() for w in sorted(words, key=len, reverse=True))
# A field word opens the text or follows a blank, a mark or a closing bracket (◇開催場所, (火曜日)開会時間), and a separator or a blank follows it.
_FIELD_AT = re.compile(rf"(?:^|(?<=[ \t\u3000◇◆■□●・【】)）]))(?P<word>{_ANY_FIELD})(?:[ \t\u3000]*[:：】][ \t\u3000]*|[ \t\u3000]+)")
_NEXT_FIELD_NUMBER = re.compile(r"[ \t\u3000]+[0-9０-９]{1,2}[.．]?$")
# Where a value ends besides the next field word: a mark that opens the next field.
# 場所 北山県庁…201会議室 《公開》 午前10時00分開会: a double-angle mark (the sitting's 公開 / 非公開) closes the value too.
_VALUE_END = re.compile(r"[◇◆■□●【《]")


def field_values(text: str) -> dict[str, list[str]]:
    """Each catalogued field's values in ``text`` (the header's lines joined by blanks), by field."""
    found = list(_FIELD_AT.finditer(text))
    out: dict[str, list[str]] = {}
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        value = text[m.end():end]
        cut = _VALUE_END.search(value)
        value = (value[:cut.start()] if cut else value).strip(" \t\u3000")
        if k + 1 < len(found):
            # 4 開催場所 北野市役所 3階会議室 5 傍聴人の数: a numbered form's next number closes the value.
            value = _NEXT_FIELD_NUMBER.sub("", value)
        word = re.sub(r"[ \u3000]", "", m.group("word"))
        kind = next(kind for kind, words in FIELD_WORDS.items() if word in words)
        if value:
            out.setdefault(kind, []).append(value)
    return out


def clock_by_field_words(values: dict[str, list[str]], parse_range) -> tuple[str | None, str | None]:
    """The sitting's opening and closing clock from 開催日時 / 開会時間 / 閉会 … values (field_values of the header)."""
    start = end = None
    for kind in ("when", "opened"):
        for v in values.get(kind, []):
            s, e = parse_range(v[:40])
            if s:
                start, end = start or s, end or e
                break
    for v in values.get("closed", []):
        if end is None and start:
            end = parse_range(v[:40])[0]
    return start, end


def place_by_field_words(values: dict[str, list[str]]) -> str | None:
    """The room from 開催場所 / 会場 / 場所 (field_values of the header): short, no sentence and no date in it."""
    for v in values.get("place", []):
        if len(v) <= 40 and "。" not in v and not re.search(r"[0-9０-９]+[ \u3000]*[年月]", v):
            return v
    return None


# 午後3時00分~午後4時00分, 10時から11時45分まで: a clock range, the sitting's span wherever the header puts it.
CLOCK_RANGE = re.compile(
    rf"(?:{CLOCK})[ \t\u3000]*(?:[~〜～∼\-－―ー]|から)[ \t\u3000]*(?:{CLOCK})(?:[ \t\u3000]*まで)?"
)


def clock_range_in_place(place: str | None) -> tuple[str | None, str]:
    """場所:北野市立中央館 午後3時00分~午後4時00分 3階会議室: a two-column form flattened puts the clock of the
    日時 row inside the room of the 場所 row. Returns the clock range and the room without it."""
    m = CLOCK_RANGE.search(place or "")
    if m is None:
        return None, place or ""
    rest = re.sub(r"[ \t\u3000]+", " ", f"{place[:m.start()]} {place[m.end():]}").strip()
    return m.group(0), rest


# 平成30年8月27日(月)午前10時~午前11時34分(9階909会議室): the record's own line of date, span and room, with no
# field word, inside a header flattened onto one line.
# 平成13年1月30日(火)13:00〜 北野省省議室(中央合同庁舎5号館9階): the span open-ended, the room after a blank
# (its building in brackets after it).
_DATED_SPAN = re.compile(
    rf"(?P<date>{DATE})[ \t\u3000]*(?:[(（][^()（）]{{1,4}}[)）])?[ \t\u3000]*(?P<span>{CLOCK_RANGE.pattern}|(?:{CLOCK})[~〜～∼](?=[ \t\u3000]))"
    r"(?:[ \t\u3000]*[(（](?P<room>[^()（）、。]{1,30}(?:室|ホール|会館|庁舎|議場|会場|センター))[)）]"
    r"|[ \t\u3000]+(?P<named>[^\s()（）、。0-9０-９][^\s()（）、。]{1,29}(?:室|ホール|会館|議場|会場)(?:[(（][^()（）\s、。]{1,30}[)）])?)(?=[ \t\u3000]|$))?"
)


def dated_span(text: str, date) -> tuple[str | None, str | None]:
    """The clock range (and the room in brackets after it) that follows the sitting's own date in ``text``."""
    for m in _DATED_SPAN.finditer(text):
        if parse_date(m.group("date")) == date:
            return m.group("span"), m.group("room") or m.group("named")
    return None, None


# 平成19年(2007年)6月25日: the era's year with the Western year in brackets after it (or the other way round,
# 2007年(平成19年)6月25日), before the month; the date is read with the bracket left out.
_YEAR_TWICE = re.compile(
    rf"(?P<y>{ERA_YEAR}|[0-9０-９]{{4}}[ \t\u3000]*年)[ \t\u3000]*[(（][ \t\u3000]*(?:{ERA_YEAR}|[0-9０-９]{{4}}[ \t\u3000]*年?)[ \t\u3000]*[)）]"
    rf"(?=[ \t\u3000]*[0-9０-９]{{1,2}}[ \t\u3000]*月)"
)


def date_with_year_once(value: str | None) -> str | None:
    """``value`` with a year written twice (平成19年(2007年)6月25日) written once (平成19年6月25日)."""
    return _YEAR_TWICE.sub(r"\g<y>", value) if value and ("(" in value or "（" in value) else value
