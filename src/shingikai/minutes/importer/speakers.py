"""Speaker labels: the many ways Japanese minutes mark who is speaking, and who that is.

Each council's secretariat keeps one house style (○委員, 【会長】, (委員), 〔税務〕,
**会長**, 委員), 大森会長：, a name alone on a line …). A document is read with the one
style that explains most of its body, so that a colon in 諮問機関：… or a bracket in
(仮称) is not mistaken for a speaker in a document whose speakers are written otherwise.
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .act_note_under_label import act_note
from .answer_of_unit import answer_of_unit
from .run_on_role_labels import SPACED_ROLE_FIRST as _SPACED_ROLE_FIRST, role_labels_apart, spaced_role_closed
from .conventions import CLOCK, DATE, NOT_SPEAKER_WORDS, OPENING_WORDS, ROLE_SUFFIXES, SPEAKER_MARKS, STAGE_WORDS

# A bullet (• 北野会長), a statement number before a mark (1: ◯委員長 …) or a page number that a
# flattened PDF left before it (1 ○宇賀委員長 …) opens the line.
# - 委員:, • 北野会長, 1: ◯委員長 …, and →事務局: (the arrow marking the answer to the question above).
_LIST_MARKER = re.compile(
    rf"^[ \t\u3000]*(?:[-*+•][ \t\u3000]+|[•→⇒][ \t\u3000]*|[0-9０-９]{{1,4}}(?:[:：][ \t\u3000]*|[ \t\u3000]+)(?=[{SPEAKER_MARKS}]))?"
)
NUMBERED_STATEMENT = re.compile(rf"^[ \t\u3000]*[0-9０-９]{{1,4}}[:：][ \t\u3000]*[{SPEAKER_MARKS}]")
# ２０番（森下ゆうき議員）: a seat number with the member's name and role in brackets; or the role
# after the number and the name alone in them, １８番議員（山下富美子）.
_SEAT = re.compile(r"[0-9]{1,3}番(?P<role>議員|委員)?[（(](?P<inner>[^）)]{1,20})[）)]")
# 5番瀧川勉議員 (printed ◯ 5番 瀧川 勉議員): the seat's number before the member's name and title, unbracketed.
_SEAT_BEFORE_NAME = re.compile(r"[0-9０-９]{1,3}番(?P<inner>[一-龥々ぁ-んァ-ヶー]{2,8}(?:議員|委員))")

ROLE_WORDS = (
    "会長|副会長|委員長|副委員長|議長|副議長|座長|部会長|会長職務代理者?|職務代理者?|委員|議員|"
    "委員全員|全委員|各委員|委員一同|一同|出席委員全員|委員各位|全員|"
    "事務局|事務局長|事務局次長|事務局員|事務局職員|説明員|実施機関|諮問機関|利用機関|担当課|所管課|"
    "関係課|担当部局|担当者|担当|回答|質問|答弁|質疑|意見|傍聴人|傍聴者|オブザーバー|"
    # ◆問 / ◆答: a summary record marks the question and the answer instead of who spoke.
    "問|答|"
    "市長|町長|村長|区長|知事|副市長|副町長|副村長|副区長|助役|収入役|教育長|参考人|職員|幹事|"
    # 幹事長: who runs a conference of heads (a 首長会, a 協議会) for its members, speaking as the 会長 does.
    "幹事長|副幹事長|司会進行|司会者|司会|進行|"
    "諮問庁|実施機関職員|所管課長|担当課長|"
    # ○庶務 / それでは定刻となりましたので…: the clerk a consultancy or the office sends to run the sitting's business.
    "庶務|"
    # A title alone (課長・・・・・, 主任・・・・・) where the minutes name no unit.
    "課長|課長補佐|係長|主査|主幹|主任|主事|参事|室長|所長|部長|次長|局長|館長"
)
_ROLE_FULL = re.compile(rf"(?:{ROLE_WORDS})")
_LETTER_MEMBER = re.compile(r"(?:[A-Za-z]{1,2}|[0-9]{1,2})委員|委員[A-Za-z0-9]{1,2}|[A-Za-z]")
# A national ministry's officials are titled …官 (政務官, 参事官, 企画官, 審議官) or …大臣.
# 角田委員長職務代理者, 北野会長代理: who presides in the chair's absence.
# A prefecture's staff posts named …幹 (建築管理課調整幹, 景観形成推進幹).
_KAN_POSTS = "調整幹|推進幹|企画幹|総括幹|専門幹"
# 北野日本銀行参事役, 南田調査役: a bank's or a public corporation's officials are titled …役.
_YAKU_POSTS = "参事役|調査役|審議役|企画役|検査役|考査役|相談役|監査役|取締役"
# 一小コーディネーター: who runs a school's programme for a committee that oversees it (代理 for the one standing in).
_TITLE_SUFFIX = ROLE_SUFFIXES + f"|課|室|係|部|局|センター長|センター|機関|事務局|担当|グループ|チーム|支援室|推進室|官|大臣|職務代理者?|長代理|コーディネーター(?:代理)?|{_KAN_POSTS}|{_YAKU_POSTS}"
_NAME_ROLE = re.compile(rf".{{1,14}}?(?:{_TITLE_SUFFIX})")
# Bracketed or labelled words that are sections, markers or notes, never speakers.
_NOT_SPEAKER = re.compile(
    # 第2号委員: members grouped by the clause of the statute that seats them, a roster's heading.
    r"(?:案件|事項|諮問第|報告第|議案|議題|議事|条例|規則|第[0-9]+条|第[0-9]+号委員|規定|について|年度|[0-9]+年|[0-9]+月|[0-9]+日|"
    r"第[0-9]+回|結論|結果|説明|質疑応答|要旨|概要|仮称|資料|別紙|別添|参考|注意|備考|定例会|臨時会|要録|要点|"
    r"全文|会議録|議事録|その他|以上|以下|計[0-9]|株式会社|有限会社|声|拍手|挙手|異議|休憩|再開|閉会|開会|"
    rf"{NOT_SPEAKER_WORDS})"
)
_STOP_LABELS = {
    "場所", "住所", "日時", "期間", "理由", "目的", "内容", "対象", "方法", "件名", "趣旨", "根拠", "期限", "時期",
    "件数", "名称", "出席者", "欠席者", "出席委員", "欠席委員", "出席", "欠席", "傍聴", "傍聴人数", "傍聴者数",
    "公開", "非公開", "場", "時", "株", "有", "財", "社", "注", "例", "図", "表", "URL", "TEL", "FAX", "Email",
    "E-mail", "電話", "問合せ", "問い合わせ", "所属", "氏名", "役職", "会場", "議長席", "開催日", "開催日時",
    "開催場所", "会議名", "会議の名称", "次第", "会議次第", "議題他", "審議事項", "説明員職氏名", "事務局職員",
}
_FIELD_SUFFIX = re.compile(r"(?:日時|場所|期間|目的|理由|方法|件数|対象|内容|概要|結果|備考|名称|件名|根拠|期限|時期|時間|人数|予定|番号|住所)$")
_ATTENDANCE_TEXT = re.compile(
    r"(?:のみ出席|出席[)）]|以上[0-9０-９]+[名人]|計[0-9０-９]+[名人]|[0-9０-９]+[名人][)）]?$|^なし$|^無し$|^[0-9０-９]+[名人]$)"
)
_STAFF_TITLE = re.compile(
    r"(?:課長補佐|課長|係長|主査|主幹|主任主事|主任|主事|参事|室長|所長|部長|次長|局長|館長|園長|補佐|技師|専門員|保健師|"
    r"委員|会長|副会長|委員長)$"
)
_SEPARATORS = re.compile(r"[、,，]")

SPACE_CHARS = " \t\u3000"


# Full-width ASCII and the ideographic space are most of what NFKC changes in Japanese minutes;
# a translation table folds them several times faster than normalising every line. A list indexed by
# code point, every other character mapped to itself, translates twice as fast as a dict: a dict
# raises and clears a KeyError for each character it does not hold.
_FULL_WIDTH = list(range(0xFF5F))
for _c in range(0xFF01, 0xFF5F):
    _FULL_WIDTH[_c] = _c - 0xFEE0
_FULL_WIDTH[0x3000] = 0x20
# translate() looks every character up in the table, ten times slower than a search for the
# few characters it would change; whitespace (the ideographic space most of all) goes first.
_HAS_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on minutes.

    The ideographic space and full-width ASCII decompose to one character each that NFKC leaves
    alone, so folding them first by table changes nothing in the result; what is left is then
    most often normal already, and the full normalisation is skipped.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    t = text.replace("\u3000", " ").replace("（", "(").replace("）", ")")
    if _HAS_FULL_WIDTH.search(t):
        t = t.translate(_FULL_WIDTH)
    return t if unicodedata.is_normalized("NFKC", t) else unicodedata.normalize("NFKC", t)


def compact(text: str) -> str:
    """NFKC without whitespace; most lines are NFKC once full-width ASCII is folded."""
    if text and len(text) <= _KEPT_LENGTH:
        return _compact_kept(text)
    return _compact(text)


# The same few hundred titles, labels and lines are compacted again by each convention that reads them (a case's
# title some twenty times in one parse): folded once, then looked up. A long text (a whole statement, a page run onto
# one line) is folded as it comes, not kept in the server process's cache after its import.
_KEPT_LENGTH = 500


def _compact(text: str) -> str:
    # split() and \s agree on what whitespace is; split and join is three times faster than sub.
    t = "".join((text or "").split())
    if unicodedata.is_normalized("NFKC", t):
        return t  # no full-width letters either: NFKC changes them
    if _HAS_FULL_WIDTH.search(t):
        # Brackets are most of the full-width letters in minutes: replaced, they often leave none.
        t = t.replace("（", "(").replace("）", ")")
        if _HAS_FULL_WIDTH.search(t):
            t = t.translate(_FULL_WIDTH)
    if not unicodedata.is_normalized("NFKC", t):
        t = "".join(unicodedata.normalize("NFKC", t).split())
    return t


_compact_kept = lru_cache(maxsize=4096)(_compact)


def label_key(label: str) -> str:
    """A speaker label compacted: a body has a few speakers who speak many times (compact keeps short texts)."""
    return compact(label)


def strip_list_marker(line: str) -> str:
    s = line.lstrip(SPACE_CHARS)
    # Every line of the body passes here several times; few start with a bullet or a number.
    if s and (s[0] in "-*+•→⇒" or s[0].isdigit()):
        s = _LIST_MARKER.sub("", s, count=1)
    return s.strip(SPACE_CHARS)


@lru_cache(maxsize=4096)
def strict_role(label: str) -> bool:
    """A label that is unmistakably a speaker: a role word, or a name or unit with a title."""
    if " " in label or "\u3000" in label:
        if _OFFICE_THEN_NAME.fullmatch(label.strip(" \u3000")):
            return True
    seat = _SEAT.fullmatch(compact(label))
    if seat and seat.group("role"):
        inner = seat.group("inner")
        return len(inner) <= 10 and not _NOT_SPEAKER.search(inner) and not re.search(r"[0-9]", inner)
    if seat:
        inner = seat.group("inner")
        # ２０番（南田次郎）: a seat in the chamber and a person's name in its bracket.
        return strict_role(inner) or (_SEATED_NAME.fullmatch(inner) is not None and not _NOT_SPEAKER.search(inner))
    seated = _SEAT_BEFORE_NAME.fullmatch(compact(label))
    if seated:
        return strict_role(seated.group("inner"))
    k = _base(label)
    if not k or len(k) > 20 or k in _STOP_LABELS or k.isdigit() or not k[0].isalnum():
        return False
    if _ROLE_FULL.fullmatch(k) or _LETTER_MEMBER.fullmatch(k):
        return True
    if answer_of_unit(k, strict_role):
        return True
    if _NOT_SPEAKER.search(k):
        return False
    if re.search(r"[0-9]", k) and not re.search(r"委員", k):
        return False
    return bool(_NAME_ROLE.fullmatch(k))


@lru_cache(maxsize=4096)
def lenient_label(label: str) -> bool:
    """A label in a bracket style used only for speakers (〔…〕, **…**, …：)."""
    k = _base(label)
    if not k or len(k) > 16 or k in _STOP_LABELS or not k[0].isalnum():
        return False
    if strict_role(label):
        return True
    if _NOT_SPEAKER.search(k) or re.search(r"[。、「」『』]", k):
        return False
    if re.fullmatch(r"[0-9.\-/:_#%]+", k) or re.search(r"[0-9]{2,}", k):
        return False
    if "http" in k or "@" in k:
        return False
    return bool(re.search(rf"[A-Za-z{_CJK_RANGE}]", k))


_SEATED_NAME = re.compile(r"[一-龥々ぁ-んァ-ヶー]{2,8}")
_CJK_RANGE = "\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々"
_SPACED_NAME_ROLES = "副委員長|委員長|副議長|議長|副会長|会長|委員|議員"
# ◎今井 病院局長: an official's surname, a space, then the unit and the post (a minutes system's name-space-role
# label for the executive's side).
_SPACED_OFFICIAL = "局長|部長|課長|室長|所長|館長|次長|参事|理事|市長|区長|町長|村長|教育長|管理者"


# (北野市長 南田一郎): a bracketed label giving the official's office first, a space, then the name.
_OFFICE_THEN_NAME = re.compile(rf"[^\s()（）、。]{{0,10}}?(?:{_SPACED_OFFICIAL})[ \u3000]+[一-龥々ヶ豈-﫿]{{2,6}}")


_LOST_BRACKET_ROLE = re.compile(rf"(?P<r>{ROLE_WORDS})(?!長)[一-龥々ぁ-んァ-ヶ]{{2,8}}?(?:君|さん)")


@lru_cache(maxsize=4096)
def _base(label: str) -> str:
    # 事務局（田中主査） is judged by 事務局.
    k = compact(label)
    seat = _SEAT.fullmatch(k)
    if seat:
        # １８番議員（山下） is judged as 山下議員.
        k = seat.group("inner") + (seat.group("role") or "")
        if not re.search(f"(?:{ROLE_SUFFIXES})$", k):
            # ２０番（日下部勝義）: a seat in the chamber is a member's.
            k += "議員"
    # ◯議長【北野一郎君】: the name in lenticular brackets, as one assembly's minutes print it.
    k = re.sub(r"[（(][^）)]*[）)]$|【[^】]*】$", "", k) or k
    # 【 】, ( ): a bracket with nothing in it leaves no label to judge.
    lost = _LOST_BRACKET_ROLE.fullmatch(k) if k.endswith(("君", "ん")) else None
    if lost:
        # 委員長北原誠君 (◯委員長(北原誠君) that lost its opening bracket) is judged by 委員長.
        k = lost.group("r")
    return k.strip("・:：")


def attendance_like(text: str) -> bool:
    """Whether a labelled line lists attendees (事務局：山田課長、佐藤主査) rather than speaks."""
    t = compact(text)
    if not t:
        return True
    if "。" in t:
        return False
    if _ATTENDANCE_TEXT.search(t):
        return True
    parts = [p for p in _SEPARATORS.split(re.sub(r"[（(][^）)]*[）)]", "", t)) if p]
    if len(parts) >= 2 and sum(1 for p in parts if _STAFF_TITLE.search(p) and len(p) <= 16) >= 0.6 * len(parts):
        return True
    return False


class LabelMatch(NamedTuple):
    # A tuple rather than a dataclass: one is built for every candidate label of every body line.
    label: str   # as written, brackets removed
    text: str    # what follows the label on the same line
    family: str
    # A heading that names its speaker (○堺市市民生活部長あいさつ, <総務課の説明>): a turn only
    # where a speech follows it, otherwise the name of an event (◆部長挨拶 ◆議題1).
    needs_speech: bool = False


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_FAMILIES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # ○委員, ◎副市長（東山清）, ○（西田議長）, ○２０番（森下議員）, ○髙橋（清）委員.
    # The Latin letter O typed for the mark before a bracketed label: O(委員).
    ("circle", _rx(
        rf"^(?:[{SPEAKER_MARKS}]|O(?=[（(]))(?:[ \u3000]?)(?:[（(](?P<blabel>[^）)\n]{{1,20}})[）)]"
        # 〇関 三郎委員長: a space between surname and given name inside the label.
        # ○成田祐樹 委員長: the full name, a space, then the role (as some minutes systems print it).
        # ◯ 5番 瀧川 勉議員: the seat's number before the spaced name.
        rf"|(?!(?:{ROLE_WORDS})[ \u3000])(?P<slabel>(?:[0-9０-９]{{1,3}}番[ \u3000]?)?[一-龥々]{{1,4}}[ \u3000][一-龥々ぁ-んァ-ヶ]{{1,5}}?(?:{_SPACED_NAME_ROLES})"
        rf"|[一-龥々ぁ-んァ-ヶ]{{2,8}}[ \u3000](?:{_SPACED_NAME_ROLES})"
        # ◎石櫃紳一郎 環境局長: the official's full name, a space, then the post. A unit may be named in kana
        # (◎北野 デジタル戦略推進局長, ◎南田 こども未来部長): a mark set before them, so no sentence is read so.
        rf"|[一-龥々]{{1,6}}[ \u3000][一-龥々ぁ-んァ-ヶー・]{{0,14}}?(?:{_SPACED_OFFICIAL}))(?=[ \t\u3000：:]|$)"
        # 〇議 長 ただいまより…, 〇副　市　長 …: a role letter-spaced to fill its column, one space between letters.
        r"|(?P<rlabel>[一-龥々](?:[ \u3000][一-龥々]){1,5})(?=[ \u3000])"
        r"|(?P<label>[^\s：:。、「」（）()]{1,16}?"
        # ◯委員長北原 誠君): the lost bracket's name spaced between surname and given name.
        r"(?:[ \u3000][一-龥々ぁ-んァ-ヶ]{1,4}(?:君|さん)(?=[）)]))?"
        r"(?:[（(][^）)\n]{1,16}[）)](?:(?!登壇)[^\s：:。、「」（）()]{1,6}(?=[ \t\u3000：:]|$))?)?)(?P<lost>[）)])?)"
        # ◯市長(北野一郎君)登壇  …: the note that the speaker went up to the rostrum, after the label.
        r"(?:登壇)?(?:[ \t\u3000：:]+(?P<text>.*)|$)"
    ), "strict"),
    ("lenticular", _rx(r"^【(?P<label>[^】\n]{1,20})】[ \t\u3000：:]*(?P<text>.*)$"), "strict"),
    # [議長] 皆様おはようございます。: the label in square brackets.
    ("square", _rx(r"^[\[［](?P<label>[^\]］\n]{1,20})[\]］][ \t\u3000：:]*(?P<text>.*)$"), "strict"),
    ("tortoise", _rx(r"^〔(?P<label>[^〕\n]{1,20})〕[ \t\u3000：:]*(?P<text>.*)$"), "lenient"),
    # ○(委員) and O(委員) beside (事務局) in one document: the mark adds nothing to the bracket.
    ("paren", _rx(rf"^(?:[{SPEAKER_MARKS}O][ \u3000]?)?[（(](?P<label>[^）)\n]{{1,20}})[）)][ \t\u3000：:]*(?P<text>.*)$"), "strict"),
    ("angle", _rx(r"^[<＜〈《‹](?P<label>[^>＞〉》›\n]{1,20})[>＞〉》›][ \t\u3000：:]*(?P<text>.*)$"), "strict"),
    # 前島(孝)委員長)ただいまから…: a surname told apart by the bracketed initial of the given name, then the post.
    ("close", _rx(r"^(?P<label>[^\s()（）:：。、「」<>〈〉【】〔〕]{1,16}"
                  r"|[一-龥々]{1,4}[(（][一-龥々]{1,2}[)）][^\s()（）:：。、「」<>〈〉【】〔〕]{1,8})[)）][ \t\u3000]*(?P<text>.*)$"), "strict"),
    ("bold", _rx(r"^\*\*(?P<label>[^*\n]{1,20})\*\*[ \t\u3000：:]*(?P<text>.*)$"), "lenient"),
    ("colon", _rx(r"^(?P<label>[^\s：:。、「」（）()【】〔〕<>*]{1,12}(?:[ \u3000][^\s：:。、「」（）()【】〔〕<>*]{1,6})?(?:[（(][^）)\n]{1,14}[）)])?)[ \t\u3000]*[：:;；][ \t\u3000]*(?P<text>.*)$"), "colon"),
    # 田中一郎 委員長  ただいまから…: a full name, a blank, the title, the speech, and no mark (the
    # unmarked form of ○田中一郎 委員長). Only the blank sets it apart from a sentence that opens with
    # a name, so choose_family takes it only where the roster names its speakers.
    ("spaced", _rx(
        rf"^(?P<label>[一-龥々ぁ-んァ-ヶ]{{2,8}}[ \u3000][一-龥々ぁ-んァ-ヶ]{{0,10}}?(?:{ROLE_SUFFIXES}))"
        r"(?:[ \t\u3000]+|[ \t\u3000]*[：:][ \t\u3000]*)(?P<text>\S.*)$"
    ), "strict"),
    # 大森会長　ただいまから…, or 大森会長<TAB>ただいまから… where a 発言者 / 発言 table was copied as text.
    # 委員(永田好道君) 永田と申します。: the role, the name in brackets, no mark.
    ("space", _rx(r"^(?P<label>[^\s：:。、「」（）()【】〔〕<>*]{1,12}(?:[（(][^（）()\s]{2,12}[）)])?)[ \t\u3000]+(?P<text>\S.*)$"), "strict"),
    # 開会(田辺次長), 事務局長挨拶(北野局長): a part of the proceedings titled, who speaks in brackets.
    ("headed", _rx(r"^(?P<head>[^\s()（）。、「」]{2,16})[（(](?P<label>[^）)\n]{1,14})[）)]$"), "strict"),
    # 総務部長(資料1に沿って説明), 事務局 (資料に基づき説明。): a note of what the speaker does may follow the label.
    ("alone", _rx(r"^(?P<label>[^\s：:。、「」（）()【】〔〕<>*]{1,12})(?:[ \t\u3000]?[（(](?P<note>[^）)\n]{1,24})[）)])?$"), "strict"),
)
# A person's name after a title: the surname and the given name apart (川添 泰宏, 大島 やよい), or
# three to six kanji (大塚俊介); a short answer (了解です, 異議なし) has kana.
_PERSON_NAME = re.compile(r"[一-龥々]{1,4}[ \u3000]+[一-龥々ぁ-んァ-ヶ]{1,5}|[一-龥々]{3,6}")
# A body's name alone, as a signature block or a letterhead prints it (委員 / 福知山市教育委員会).
BODY_ALONE = re.compile(r"[一-龥々ぁ-んァ-ヶー]{1,16}(?:委員会|審議会|審査会|協議会|議会|市役所|役場)(?:会議録調製者|会議録|議事録)?")
# 館長 塩見: a surname of two kanji alone after a title (what is said has more to it, or is a word
# such as 異議 or 賛成).
_SURNAME = re.compile(r"[一-龥々]{2}")
# The parts of a sitting that a title over a speech names: opening, greeting, closing.
_PROCEEDING = re.compile(r"開会|閉会|開議|散会|挨拶|あいさつ|紹介|進行|講評|総括")
_ACT_NOTE = re.compile(r"説明|報告|朗読|補足|答弁|資料|あいさつ|挨拶")
_NAMES_AND_TITLES = re.compile(rf"(?:[一-龥々ぁ-んァ-ヶ]{{1,8}}[ \t\u3000]*(?:{ROLE_SUFFIXES})[ \t\u3000]*)+")
FAMILY_NAMES = tuple(name for name, _, _ in _FAMILIES)
# Families whose brackets alone make a line a turn even when nothing follows on it (事務局) over its speech, too).
_LABEL_ALONE_OK = {"circle", "lenticular", "square", "tortoise", "paren", "angle", "bold", "alone", "headed", "close"}


_BY_NAME = {name: (rx, rule) for name, rx, rule in _FAMILIES}
# ○堺市市民生活部長あいさつ, <総務課の説明>: a heading that names a speaker and what they do.
_ACT_HEADING = re.compile(r"(?P<who>.{2,20}?)(?:の|から|より|による)?(?:ご|御)?(?:あいさつ|挨拶|説明|報告)")
# 【会長よりあいさつ】 over the greeting itself; (会長あいさつ), [市長挨拶] as well, but only in minutes whose labels are
# bracketed so ((会長) / (事務局)): among ○ labels, ( 委員長挨拶) is a note inside the chair's turn that the greeting
# was given.
_ACT_FAMILIES = {"circle", "angle", "lenticular", "paren", "square"}
HOUSE_ONLY_ACT_FAMILIES = ("paren", "square")
# A match's groupdict() costs more than the pattern; the groups each family has are known up front.
_GROUPS = {name: frozenset(rx.groupindex) for name, rx, _ in _FAMILIES}
# 開会宣告議長北野一郎君) おはようございます。, △開議の宣告議長北野一郎君) …, 委員長あいさつ委員長南田健君) …: a page
# that lost the statement's mark and the opening bracket of its name (○議長(北野一郎君)) runs the heading over the
# statement onto the label. The honoured name closed by a bracket that was never opened marks the label, wherever
# on the line it stands: the role and the name are the label, and what comes before them is the heading.
_NAME_LETTER = rf"(?:(?!{_SPACED_NAME_ROLES}|あいさつ|挨拶|宣告)[一-龥々ぁ-んァ-ヶー])"
_LOST_BRACKET_LABEL = re.compile(
    r"^(?P<head>[^\s。、「」()（）]{0,20}?)"
    # 総務課長南田 健君): the name may keep the blank between surname and given name.
    rf"(?P<label>(?:{ROLE_WORDS})(?:{_NAME_LETTER}{{2,8}}?|{_NAME_LETTER}{{1,4}}[ \u3000]{_NAME_LETTER}{{1,4}}?)(?:君|さん))"
    r"[)）][ \t\u3000]+(?P<text>\S.*)$"
)
# The heading's last word (開会宣告, 委員長あいさつ, 日程第1の報告について) or its first mark (△開議の宣告).
_HEADING_BEFORE_LABEL = re.compile(
    r"(?:^[△▲◇◆□■☆★◎]|(?:宣告|あいさつ|挨拶|報告|説明|紹介|指名|選挙|質問|質疑|討論|採決|休憩|再開|開会|閉会|開議|散会|延会|"
    r"について|の件|提案理由)$)"
)


# 2番(北野一郎君) 今、…: a member's seat and honoured name in brackets, the statement's mark lost with the others'
# opening brackets (副議長南田健君) …).
_SEAT_LABEL_MARK_LOST = re.compile(r"^(?P<label>[0-9０-９]{1,3}番[(（][^\s()（）。、]{2,10}(?:君|さん)[)）])[ \t\u3000]+(?P<text>\S.*)$")


def _lost_bracket_label(s: str) -> LabelMatch | None:
    m = _LOST_BRACKET_LABEL.match(s)
    if m is None:
        seat = _SEAT_LABEL_MARK_LOST.match(s) if s[0].isdigit() else None
        if seat is not None:
            return LabelMatch(label=seat.group("label"), text=seat.group("text").strip(SPACE_CHARS), family="circle")
        return None
    head, label = m.group("head"), m.group("label")
    if head and not _HEADING_BEFORE_LABEL.search(head):
        # 予算特別委員長北野一郎君): a unit before the role is the title's own.
        label = head + label
        if not _ROLE_THEN_NAME.fullmatch(compact(label)):
            return None
    return LabelMatch(label=label, text=m.group("text").strip(SPACE_CHARS), family="circle")


_LOST_BRACKET_ENDS = ("君)", "君）", "さん)")


def _may_be_lost_bracket(s: str) -> bool:
    return any(s.find(end, 3, 40) > 0 for end in _LOST_BRACKET_ENDS)


def _bracketed_then_space(s: str) -> bool:
    # 都市計画課係長(水野剛史君) 本日は…: the label's bracket pushes the blank past the first 13 characters.
    k = s.find(")", 2, 28)
    if k < 0:
        k = s.find("）", 2, 28)
    return k > 0 and s[k + 1:k + 2] in (" ", "\u3000", "\t")


def _space_after_label(s: str) -> bool:
    return " " in s[:13] or "\u3000" in s[:13] or "\t" in s[:13] or _bracketed_then_space(s)


# Cheap tests that rule a family out before its regular expression runs.
_MAY_MATCH = {
    "circle": lambda s: s[0] in SPEAKER_MARKS or s[:2] in ("O(", "O（") or _may_be_lost_bracket(s),
    "lenticular": lambda s: s[0] == "【",
    "square": lambda s: s[0] in "[［",
    "tortoise": lambda s: s[0] == "〔",
    "paren": lambda s: s[0] in "（(" or s[0] in SPEAKER_MARKS + "O" and s[1:3].lstrip(" \u3000")[:1] in ("(", "（"),
    "angle": lambda s: s[0] in "<＜〈《‹",
    "close": lambda s: ")" in s[:17] or "）" in s[:17],
    "bold": lambda s: s[:2] == "**",
    "colon": lambda s: "：" in s[:34] or ":" in s[:34] or ";" in s[:34] or "；" in s[:34],
    "spaced": lambda s: " " in s[2:10] or "\u3000" in s[2:10],
    "space": lambda s: _space_after_label(s),
    "headed": lambda s: len(s) <= 34 and s[-1] in ")）",
    "alone": lambda s: len(s) <= 12 or len(s) <= 38 and s[-1] in ")）",
}


# The family a line's first character alone admits: at most one, as the first characters differ.
_FIRST_CHAR_FAMILY = (
    {c: "circle" for c in SPEAKER_MARKS} | {"【": "lenticular", "[": "square", "［": "square", "〔": "tortoise", "（": "paren", "(": "paren"}
    | {c: "angle" for c in "<＜〈《‹"}
)


# Marks that are no letter or digit (〇, the ideographic zero, is a digit to isalnum). A line that opens
# with one is read by the circle family (and paren where a bracket follows): the other families that
# take the line's start as the label's (close, colon, space, alone) want a role or a name, which starts
# with a letter or digit.
MARKS_NOT_LETTERS = frozenset(c for c in SPEAKER_MARKS if not c.isalnum())


def _possible_families(s: str) -> list[str]:
    """The families that may read ``s``, in FAMILY_NAMES order, tested in one pass: those ``_MAY_MATCH``
    admits, less those a line that opens with a mark cannot satisfy (only circle, and paren where a
    bracket follows the mark)."""
    names = []
    first = _FIRST_CHAR_FAMILY.get(s[0])
    if first is not None:
        names.append(first)
    elif s[:2] in ("O(", "O（") or _may_be_lost_bracket(s):
        names.append("circle")
    # ○(委員), O (委員): a mark before a bracketed label.
    if (first == "circle" or s[0] == "O") and s[1:3].lstrip(" \u3000")[:1] in ("(", "（"):
        names.append("paren")
    if first is not None and s[0] in MARKS_NOT_LETTERS:
        return names
    head = s[:17]
    if ")" in head or "）" in head:
        names.append("close")
    if s.startswith("**"):
        names.append("bold")
    head = s[:34]
    if "：" in head or ":" in head or ";" in head or "；" in head:
        names.append("colon")
    head = s[:13]
    if " " in head or "\u3000" in head or "\t" in head:
        if " " in head[2:10] or "\u3000" in head[2:10]:
            names.append("spaced")
        names.append("space")
    elif _bracketed_then_space(s):
        names.append("space")
    if len(s) <= 34 and s[-1] in ")）":
        names.append("headed")
    if len(s) <= 12 or len(s) <= 38 and s[-1] in ")）":
        names.append("alone")
    return names


def match_label(line: str, family: str, stripped: str | None = None) -> LabelMatch | None:
    s = strip_list_marker(line) if stripped is None else stripped
    if not s or family not in _BY_NAME or not _MAY_MATCH[family](s):
        return None
    return _match_family(s, family)


def _match_family(s: str, name: str) -> LabelMatch | None:
    # candidate_families has already ruled the family in on ``s``; only its pattern is left to run.
    rx, rule = _BY_NAME[name]
    m = rx.match(s)
    if not m:
        return _lost_bracket_label(s) if name == "circle" and s[0] not in SPEAKER_MARKS else None
    groups = _GROUPS[name]
    label = (
        (m.group("blabel") if "blabel" in groups else None)
        or (m.group("slabel") if "slabel" in groups else None)
        or ("".join(m.group("rlabel").split()) if "rlabel" in groups and m.group("rlabel") else None)
        or m.group("label")
    ).strip(SPACE_CHARS)
    if "rlabel" in groups and m.group("rlabel") and not _ROLE_ONLY.fullmatch(label):
        # 〇日 程 第１: letters closed up are a label only where they make an office; the headings among those
        # (〇出 席 議 員) are refused below as every label is.
        return None
    text = (m.group("text") or "").strip(SPACE_CHARS) if "text" in groups else ""
    if not text and name not in _LABEL_ALONE_OK and name != "colon":
        return None
    if "lost" in groups and m.group("lost"):
        # ○委員長日色健人) ただいまから…: the role and the name, the name's opening bracket lost on the way.
        return LabelMatch(label=label, text=text, family=name) if _ROLE_THEN_NAME.fullmatch(compact(label)) else None
    if rule == "strict" and not strict_role(label):
        act = _ACT_HEADING.fullmatch(compact(label)) if name in _ACT_FAMILIES and not text else None
        if act and strict_role(act.group("who")):
            return LabelMatch(label=act.group("who"), text="", family=name, needs_speech=True)
        act = _ACT_AFTER_TITLE.fullmatch(compact(label)) if name == "alone" and not m.group("note") else None
        if act and _PERSON_TITLE.search(act.group("who")) and strict_role(act.group("who")):
            # 中村住宅部長あいさつ alone over what he said: a turn of 中村住宅部長.
            return LabelMatch(label=act.group("who"), text="", family=name, needs_speech=True)
        said_by = _SAID_BY.fullmatch(compact(label)) if name == "alone" and not m.group("note") else None
        if said_by and strict_role(said_by.group("who")):
            # 事務局より alone over what was said: a turn of 事務局.
            return LabelMatch(label=said_by.group("who"), text="", family=name, needs_speech=True)
        return None
    if rule == "lenient" and not lenient_label(label):
        return None
    if rule != "colon" and text and "。" not in text and attendance_like(text) and _looks_like_name_list(text):
        # 【事務局】北野部長、南田課長、東山主査: a roster's group and who is in it, whatever the brackets.
        return None
    if rule == "colon":
        k = _base(label)
        if not lenient_label(label) or _FIELD_SUFFIX.search(k):
            return None
        if attendance_like(text) and not strict_role(label):
            return None
        if text and attendance_like(text) and _looks_like_name_list(text):
            return None
    if text and rule != "colon" and _role_first_row(text):
        # 〇議長   議長   北野一郎: a roster's heading over its row of office and name, no speech.
        return None
    if name == "headed":
        if strict_role(m.group("head")) or not _PROCEEDING.search(m.group("head")):
            # 東山参事官(社会保障担当): a title and its post, not a part of the proceedings.
            return None
    elif name == "alone" and m.group("note") and not _ACT_NOTE.search(m.group("note")):
        if _RUNNER_WITH_NAME.fullmatch(compact(label)) and _SURNAME_NOTE.fullmatch(compact(m.group("note"))):
            # 司会(北野) alone over the speech: who runs the sitting, named in brackets, part of the label.
            return LabelMatch(label=s.strip(SPACE_CHARS), text=text, family=name)
        if not _POST_NOTE.search(compact(m.group("note"))):
            # 企画課長(山田): a bracket after a lone label is only read as a note of what is done, or as a post.
            return None
        # 会長(市長), 南田委員(北野市町内会連合会会長): the post the speaker holds besides, part of the label.
        label = s.strip(SPACE_CHARS)
    if name == "space" and (len(text) < 2 or text[0] in "、。）)" or _PERSON_NAME.fullmatch(text)
                            or _SURNAME.fullmatch(text) and not STAGE_WORD.search(text) or BODY_ALONE.fullmatch(text)):
        # 教育次長 川添 泰宏: a title and a name, a row of the list of who attended.
        return None
    if name == "spaced" and _NAMES_AND_TITLES.fullmatch(text):
        # 北野一郎 委員長    南田花子 副委員長: a roster's row, not a speech.
        return None
    return LabelMatch(label=label, text=text.replace("**", "") if name == "bold" else text, family=name)


# 司会(北野), 事務局(南田): the one who runs the sitting (or the office) with the surname in brackets; a post with a
# name (企画課長(北野)) stays a roster's line.
_RUNNER_WITH_NAME = re.compile(r"司会|司会者|進行|司会進行|事務局")
_SURNAME_NOTE = re.compile(r"[一-龥々]{1,4}")


# 議長, 副市長, 市民生活部長: a spaced label closed up is a turn only where it is an office alone.
_ROLE_ONLY = re.compile(rf"[一-龥々]{{0,8}}?(?:{ROLE_WORDS})")
# 総務分科会長南田健君: a title may open with the unit whose chair or officer it is.
_ROLE_THEN_NAME = re.compile(rf"[一-龥々]{{0,8}}?(?:{ROLE_WORDS})[一-龥々ぁ-んァ-ヶ]{{2,8}}")


# (西村): a surname alone in brackets, in minutes whose labels are bracketed roles and names.
# 議長   北野一郎 / 副委員長 南田 健   委員 東山花子: offices each followed by a blank and a full name.
# One entry of the row; the row is read entry by entry (_role_first_row), never as one repeated group, which
# backtracks exponentially over a long line of names (北野委員 南田委員 … with no full stop).
_ROLE_FIRST_ENTRY = re.compile(
    rf"[一-龥々]{{0,8}}?(?:{ROLE_WORDS})[ \t\u3000]+[一-龥々]{{1,4}}[ \u3000]?[一-龥々ぁ-んァ-ヶ]{{1,5}}[ \t\u3000]*"
)
# Blanks closed up to one character each: a single space (which may also part a name's two halves) or a tab (any
# longer run, which may not); an entry then spans at most this many characters.
_BLANK_RUN = re.compile(r"[ \t\u3000]+")
_ENTRY_END = re.compile(r"[一-龥々ぁ-んァ-ヶ \t]")
_ROLE_FIRST_ENTRY_MAX = 8 + max(len(w) for w in ROLE_WORDS.split("|")) + 1 + 4 + 1 + 5 + 1


def _role_first_row(text: str) -> bool:
    """Whether ``text`` is wholly a row of offices each followed by a name: the entries are chained left to right
    over the positions an entry can end at, in time linear in the line's length."""
    if not text or text[-1] not in " \t\u3000" and not _ENTRY_END.match(text[-1]):
        # A speech ends with 。: its last letter rules the row out before the blanks are closed up (they become
        # a space or a tab, both entry ends).
        return False
    t = _BLANK_RUN.sub(lambda m: " " if m.group() in (" ", "\u3000") else "\t", text)
    if not _ROLE_FIRST_ENTRY.match(t) or not _ENTRY_END.match(t[-1]):
        return False
    n = len(t)
    reach = [False] * (n + 1)
    reach[0] = True
    for p in range(n):
        if not reach[p]:
            continue
        for e in range(p + 1, min(n, p + _ROLE_FIRST_ENTRY_MAX) + 1):
            if not reach[e] and _ROLE_FIRST_ENTRY.fullmatch(t, p, e):
                reach[e] = True
    return reach[n]
_BARE_SURNAME = re.compile(r"^[（(](?P<label>[一-龥々]{1,4})[）)]$")
STAGE_WORD = re.compile(rf"{STAGE_WORDS}|挨拶|朗読|紹介|説明|報告|質疑|答弁")


def bare_surname_label(s: str) -> LabelMatch | None:
    """A bracketed surname alone on its line, read as a label of the paren family.

    No title says it is a person, so it counts only in a document whose labels are bracketed
    (the caller's house style) and over a speech (the caller checks the next line).
    """
    m = _BARE_SURNAME.match(s)
    if m is None or _NOT_SPEAKER.search(m.group("label")) or m.group("label") in _STOP_LABELS:
        return None
    if STAGE_WORD.search(m.group("label")):
        # (挨拶), (朗読): what happened, over the words that were said.
        return None
    return LabelMatch(label=m.group("label"), text="", family="paren")


# A mark after a blank inside a line: where a flattened page ran its statements together.
# A lenticular label (…報告。 【南田会長】 ・会議録の確認) is cut there as well.
_MARK_AFTER_BLANK = re.compile(rf"[ \t\u3000]+(?=[{SPEAKER_MARKS}【])")
# 【課長より資料1の説明】 ○会長 それでは、ご質問があればお願いする。: a bracketed step and a short speech run on are
# about this long; a shorter line holds no two statements.
_SHORTEST_RUN = 24
# A label and the start of its speech fit in this many characters; the rest of a long line is not read.
_LABEL_WINDOW = 80


def split_statements(line: str) -> list[str]:
    """``line`` cut before every label that opens a statement (…ます。 ○長坂政務官 公文書管理担当の…).

    A page flattened onto one line keeps its statements' marks; only a mark whose label names a
    speaker by the strict rule, with words after it, opens a piece, so that a mark used as a bullet
    inside a sentence (…、○保存期間について) stays where it is. A long line is cut as well before
    an unmarked title set off by two blanks on each side (…開会  吉田政策企画官  定刻に…).
    """
    if len(line) < _SHORTEST_RUN or _MARK_AFTER_BLANK.search(line, 1) is None:
        return _split_at_spaced_labels(line)
    pieces = []
    last = 0
    # 1: ◯委員長（北野実）　…: a statement's number before its mark opens no statement of its own.
    numbered = NUMBERED_STATEMENT.match(line)
    for m in _MARK_AFTER_BLANK.finditer(line, 1):
        if not line[:m.start()].strip(SPACE_CHARS) or numbered and m.end() <= numbered.end():
            continue
        lenticular = line[m.end()] == "【"
        lm = _match_family(line[m.end():m.end() + _LABEL_WINDOW], "lenticular" if lenticular else "circle")
        # …8 発言の内容 【南田係長】 closing the line: a bracketed label over the speech on the lines below.
        if lm is None or not (lm.text or lenticular and line.endswith("】")) or lm.needs_speech:
            continue
        pieces.append(line[last:m.start()])
        last = m.end()
    if not pieces:
        return _split_at_spaced_labels(line)
    pieces.append(line[last:])
    return [p for piece in pieces for p in _split_at_spaced_labels(piece)]


# …開会  吉田政策企画官  定刻になりましたので…: in a record run onto one line, a label with no mark
# is set off by two blanks on each side.
# …御挨拶申しあげます。 市長  皆さん,…: after a full stop or a title's closing bracket one blank is enough.
_SPACED_LABEL = re.compile(
    r"(?:(?<=\S)[ \u3000]{2,}|(?<=[。)）])[ \u3000])(?=(?P<label>[^\s、。「」『』()（）:：]{2,16})[ \u3000]{2,}\S)"
)
# Only a person's title makes such a label: a unit (第3委員会室) or a heading is set off the same way.
_PERSON_TITLE = re.compile(rf"(?:{ROLE_SUFFIXES}|官|大臣|{_KAN_POSTS})$")
# (市長), (北野市町内会連合会会長): a bracket naming the post its holder speaks from; a bare name (君, 氏) is none.
_POST_NOTE = re.compile(rf"(?:{ROLE_SUFFIXES}|{_KAN_POSTS})(?<![君氏])$")
# A flattened record is long; a line of a table or a heading is not.
_FLATTENED_LINE = 200


# …(平成25年6月28日) 午前10時00分開会 北野委員長 おはようございます。…: in a record run onto one line,
# the sitting's opening clock is followed by the chair's first words under an unmarked label.
_OPENED_THEN_LABEL = re.compile(
    rf"(?:{CLOCK})[ \t\u3000]*(?:{OPENING_WORDS})[ \t\u3000]+(?=(?P<label>[^\s、。「」『』()（）:：]{{2,16}})[ \t\u3000]+\S)"
)


_OPENING = tuple(OPENING_WORDS.split("|"))


def _split_after_opening(line: str) -> list[str]:
    # The clock, the label and a sentence make the sign; the line need not be as long as a whole record.
    if len(line) < 40 or "時" not in line or not any(word in line for word in _OPENING):
        return [line]
    for m in _OPENED_THEN_LABEL.finditer(line):
        label = m.group("label")
        speech = line[m.end("label"):m.end("label") + _LABEL_WINDOW]
        if _PERSON_TITLE.search(label) and strict_role(label) and "。" in speech:
            return [line[:m.end()].rstrip(SPACE_CHARS), line[m.end():]]
    return [line]


# … ◎傍聴者 なし 北野部長:本日は、何かとご多用の中…: in a record run onto one line, an official's surname and post closed
# by a colon, after a blank and before a sentence, opens a turn.
_POST_COLON_LABEL = re.compile(
    r"(?<=\S)[ \u3000]+(?=[一-龥々]{1,4}(?:部長|課長|局長|室長|次長|所長)[:：][^\s、。:：]{1,8}、[^\s、。]{2,})"
)


def _split_at_spaced_labels(line: str) -> list[str]:
    if line and line[0] in _SPACED_ROLE_FIRST:
        line = spaced_role_closed(line)
    if len(line) >= 40 and (apart := role_labels_apart(line, strict_role)) is not None:
        return [p for piece in apart for p in _split_at_spaced_labels(piece)]
    pieces = _split_after_opening(line)
    if len(pieces) > 1:
        return [pieces[0], *_split_at_spaced_labels(pieces[1])]
    # A post's label ends 長 and its colon (_POST_COLON_LABEL): a line without one is not searched.
    if len(line) >= 40 and ("長:" in line or "長：" in line):
        cut = _POST_COLON_LABEL.search(line)
        if cut is not None:
            return [line[:cut.start()], *_split_at_spaced_labels(line[cut.end():])]
    if len(line) < _FLATTENED_LINE or "  " not in line and "\u3000\u3000" not in line and " \u3000" not in line:
        return [line]
    pieces = []
    last = 0
    for m in _SPACED_LABEL.finditer(line):
        label = m.group("label")
        if not (_PERSON_TITLE.search(label) or label == "事務局") or not strict_role(label):
            continue
        speech = line[m.end("label"):m.end("label") + _LABEL_WINDOW].lstrip(SPACE_CHARS)
        if "。" not in speech:
            continue
        pieces.append(line[last:m.start()])
        last = m.end()
    if not pieces:
        return [line]
    pieces.append(line[last:])
    return pieces


def _looks_like_name_list(text: str) -> bool:
    t = compact(text)
    return "。" not in t and len(_SEPARATORS.split(t)) >= 2


def candidate_families(line: str, stripped: str | None = None) -> list[LabelMatch]:
    """Every family's label on the line; ``stripped``: the line through strip_list_marker, if at hand."""
    s = strip_list_marker(line) if stripped is None else stripped
    out = []
    if not s:
        return out
    for name in _possible_families(s):
        m = _match_family(s, name)
        if m is not None:
            out.append(m)
    return out


# 事務局(説明・省略), 委員長挨拶: what the speaker did, noted beside the label; not part of who speaks.
_ACT_NOTE_IN_BRACKETS = r"[(（][^()（）]*(?:説明|報告|朗読|答弁|あいさつ|挨拶|省略)[^()（）]*[)）]$"
_NOTED_ACT = re.compile(rf"{_ACT_NOTE_IN_BRACKETS}|(?:の)?(?:あいさつ|挨拶)$")


# 契約管財局(以下「契管」): the label's first use defines the short name the later labels use; it is no part of the name.
_SHORT_NAME_NOTE = re.compile(r"[（(]以下[、,]?[「『](?P<short>[^」』]{1,12})[」』](?:という。?)?[）)]$")


def short_name_defined(label: str) -> tuple[str, str] | None:
    """``(short name, speaker)`` where the label defines the short name later labels use for the speaker."""
    name = "".join(label.split())
    m = _SHORT_NAME_NOTE.search(name)
    return (m.group("short"), speaker_name(label)) if m and m.start() > 0 else None


def speaker_name(label: str) -> str:
    """The speaker as written, without brackets' inner spacing (委 員 A → 委員A), a note of the act or the short name
    it defines."""
    name = "".join(label.split())
    note = _SHORT_NAME_NOTE.search(name)
    if note and note.start() > 0:
        name = name[:note.start()]
    bare = _NOTED_ACT.sub("", name)
    return bare if bare != name and strict_role(bare) else name


@dataclass
class RoleContext:
    chair: str | None = None
    members: frozenset = frozenset()
    secretariat_units: frozenset = frozenset()
    departments: frozenset = frozenset()


_CHAIR = re.compile(r"(?:会長|委員長|議長|座長|部会長)$")
_NOT_CHAIR = re.compile(r"(?:副会長|副委員長|副議長|職務代理者?|会長代理|委員長代理)$")
_MEMBER = re.compile(r"(?:委員|議員|副会長|副委員長|副議長|職務代理者?|会長代理|質問|一同|全員|各位)|^問$")
_SECRETARIAT = re.compile(r"^事務局|事務局(?:長|次長|員|職員)$")
_DEPARTMENT = re.compile(
    r"(?:実施機関|諮問機関|利用機関|諮問庁|担当課|所管課|関係課|担当部局|説明員|回答|答弁|担当者?|"
    r"課長補佐|課長|係長|主査|主幹|主任|主事|参事|室長|所長|部長|次長|局長|館長|園長|補佐|技師|専門員|保健師|"
    r"課|室|係|部|局|センター|機関|グループ|チーム|市長|区長|町長|村長|知事|教育長|管理者|官|大臣)$|課|センター|^答$"
)


def role_of(label: str, ctx: RoleContext) -> str:
    # Each speaker speaks many times; the role is worked out once per label and context.
    return _role(label, ctx.chair, frozenset(ctx.members), frozenset(ctx.secretariat_units), frozenset(ctx.departments))


@lru_cache(maxsize=4096)
def _role(label: str, chair: str | None, members: frozenset, secretariat_units: frozenset, departments: frozenset) -> str:
    k = _base(label)
    if not k:
        return "other"
    if chair and (k == chair or k == chair + "会長" or k.startswith(chair) and _CHAIR.search(k)):
        if not _NOT_CHAIR.search(k):
            return "chair"
    if chair and len(k) > len(chair) and k.endswith(chair) and _CHAIR.search(k[:-len(chair)]) \
            and not _NOT_CHAIR.search(k[:-len(chair)]):
        return "chair"  # 委員長北野拓治: the chair's office, then the chair's name bare after it
    if _CHAIR.search(k) and not _NOT_CHAIR.search(k):
        return "chair"
    if _SECRETARIAT.match(k):
        return "secretariat"
    if _MEMBER.search(k) or _LETTER_MEMBER.fullmatch(k) or k in members:
        return "member"
    if any(unit and unit in k for unit in secretariat_units):
        return "secretariat"
    if _DEPARTMENT.search(k):
        return "department"
    if any(d.startswith(k) or k.startswith(d) for d in departments if len(k) >= 2):
        return "department"
    return "other"


# ○教育長 / 笹山忠則君: a PDF that set the label's role and name in two rows of its cell; one label, joined as printed.
_ROLE_ALONE = re.compile(rf"^[ \t\u3000]*[{SPEAKER_MARKS}][^\s。、「」()（）{SPEAKER_MARKS}]{{0,14}}(?:{ROLE_SUFFIXES})$")
_NAME_WITH_KUN = re.compile(r"^[ \t\u3000]*[一-龥々ぁ-んァ-ヶー]{2,8}君$")


# 大門 / 委員 / 要領どおりでよいと思うが、…: a PDF that broke a surname and its role over two lines above the speech.
_SURNAME_ALONE = re.compile(r"^[ \t\u3000]*[一-龥々]{1,4}[ \t\u3000]*$")
_MEMBER_ROLE_ALONE = re.compile(rf"^[ \t\u3000]*(?:{_SPACED_NAME_ROLES})[ \t\u3000]*$")


def _role_broken_off(lines: list[str], k: int) -> bool:
    if k + 2 >= len(lines) or not _SURNAME_ALONE.match(lines[k]) or not _MEMBER_ROLE_ALONE.match(lines[k + 1]):
        return False
    word = lines[k].strip(SPACE_CHARS)
    # The broken label follows a paragraph said or narrated; a word of assent under a label (委員 / 賛成 / 会長 /
    # では決定します。) or a table's column heading (発言者 / 内容 / 会長 / それでは始めます。) follows a short line.
    before = lines[k - 1].strip(SPACE_CHARS) if k > 0 else ""
    return (len(before) >= 20 and not strict_role(word) and not STAGE_WORD.search(word)
            and bool(_SAID_OR_CUT.match(lines[k + 2].strip(SPACE_CHARS))))


_CLOSING = {"<": ">", "＜": "＞", "〈": "〉", "【": "】", "(": ")", "（": "）", "[": "]", "［": "］", "〔": "〕"}
_LABEL_CUT_OPEN = re.compile(r"^[ \t\u3000]*(?P<o>[<＜〈【(（\[［〔])[一-龥々ぁ-んァ-ヶー]{1,4}[ \t\u3000]*$")
# 〔会 / 長〕 / 今回の…: the label's close alone at the line's end, the speech on the lines below.
_LABEL_CUT_CLOSE = re.compile(r"^[ \t\u3000]*[一-龥々ぁ-んァ-ヶー]{1,4}(?P<c>[>＞〉】)）\]］〕])(?:(?=\S)|(?P<alone>[ \t\u3000]*$))")


def _cut_role_over_speech(lines: list[str], k: int) -> bool:
    """〔会 / 長〕 / 今回の…。: the two halves make a role, and a sentence is said under them."""
    inner = compact(lines[k])[1:] + compact(lines[k + 1])[:-1]
    return bool(_ROLE_FULL.fullmatch(inner)) and _said_next(lines, k + 1)


def join_two_line_labels(lines: list[str]) -> list[str]:
    """Each role label alone on its line with the honoured name alone on the next, joined into one line; likewise a
    surname with its role broken onto the next line above a speech."""
    out: list[str] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if _role_broken_off(lines, k):
            out.append(line.strip(SPACE_CHARS) + lines[k + 1].strip(SPACE_CHARS))
            skip = True
            continue
        if k + 1 < len(lines) and (cut := _LABEL_CUT_OPEN.match(line)) is not None:
            rest = _LABEL_CUT_CLOSE.match(lines[k + 1])
            if rest and rest.group("c") == _CLOSING[cut.group("o")] and (not rest.group("alone") or _cut_role_over_speech(lines, k)):
                # <座 / 長>北山市の計画…: a bracketed label broken over two lines by the cell it was set in.
                out.append(cut.group(0).strip(SPACE_CHARS) + lines[k + 1].lstrip(SPACE_CHARS))
                skip = True
                continue
        if (k + 1 < len(lines) and len(line) <= 20 and _ROLE_ALONE.match(line)
                and _NAME_WITH_KUN.match(lines[k + 1]) and not line.rstrip().endswith("君")):
            out.append(line.rstrip(" \t\u3000") + lines[k + 1].strip(" \t\u3000"))
            skip = True
            continue
        out.append(line)
    return out


# お待たせ致しました。 under a label: a sentence said, not a list line or a field.
_SAID = re.compile(r"^[^0-9０-９(（\[［【<＜〈・•\-*※■□◆◇○〇●◎].*。")
# …or one the opening cut off before its first full stop, running on past a comma.
_SAID_OR_CUT = re.compile(r"^[^0-9０-９(（\[［【<＜〈・•\-*※■□◆◇○〇●◎](?:.*。|.{4,}[、,，].{8,})")
_SAID_BY = re.compile(r"(?P<who>.{2,12}?)(?:より|から)")
_ACT_AFTER_TITLE = re.compile(r"^(?P<who>.{2,20}?)(?:の|より|から)?(?:ご|御)?(?:あいさつ|挨拶)$")


# A paragraph break is one blank line or several, as the page was converted: the line of text under a label is
# looked for past up to this many.
BLANKS_BETWEEN = 6


def next_text_index(lines: list[str], i: int) -> int | None:
    """The index of the first line with text after ``lines[i]``, past blank lines only."""
    for j in range(i + 1, min(len(lines), i + 2 + BLANKS_BETWEEN)):
        if lines[j].strip(SPACE_CHARS):
            return j
    return None


def _said_next(lines: list[str], i: int) -> bool:
    j = next_text_index(lines, i)
    return j is not None and bool(_SAID.match(lines[j].strip(SPACE_CHARS)))


def opens_statement(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` opens a statement over what is said, so that a header's list (議題, 配布資料) ends
    before it: a bracketed role ((事務局)), a person's title (伊藤調整幹) or a heading naming the speaker and the act
    (中村住宅部長あいさつ), alone on the line over a spoken sentence."""
    s = lines[i].strip(SPACE_CHARS)
    if not s or len(s) > 40 or "。" in s or not _said_next(lines, i):
        return False
    m = _BY_NAME["paren"][0].match(s) if s[0] in "(（" else None
    if m:
        return not m.group("text") and strict_role(m.group("label"))
    m = _BY_NAME["headed"][0].match(s) if s[-1] in ")）" else None
    if m and _PROCEEDING.search(m.group("head")) and not strict_role(m.group("head")) and strict_role(m.group("label")):
        # 開会(課長補佐) / ただいまから…: a step of the proceedings and who speaks for it.
        return True
    act = _ACT_AFTER_TITLE.match(s)
    who = act.group("who") if act else s
    return len(who) <= 16 and bool(_PERSON_TITLE.search(compact(who))) and strict_role(who)


def directed_statement(line: str) -> bool:
    """(事務局)資料に基づき説明: a bracketed role and what it does, a statement with no words of its own that a
    header's agenda list may hold."""
    s = line.strip(SPACE_CHARS)
    m = _BY_NAME["paren"][0].match(s) if s[:1] in ("(", "（") and len(s) <= 40 and "。" not in s else None
    if m is None or not strict_role(m.group("label")):
        return False
    text = m.group("text").strip(SPACE_CHARS)
    return bool(text) and len(text) <= 24 and bool(_ACT_NOTE.search(text))


# --- what a turn says -------------------------------------------------------------------------------

# A speech says something: a sentence's end (。？), a predicate (…ます, …です, 異議なし, …したい) or a note of what was
# done (資料に基づき説明). A roster's row or a heading that a label's shape took in has none: 事務局 福祉課長(北野)
# 南田係長, 委員長:北野委員, 審議会委員 北野一郎 南田健, 「駅前広場の整備について」.
_SPOKEN = re.compile(
    r"[。？?！!]"
    r"|(?:ます|です|ました|ません|でした|ください|下さい|しょう|たい|ない|なし|いる|ある|した|する|思う|ので|が)"
    r"(?=[、，,」』）)～〜 \t\u3000\n]|$)"
    r"|(?:説明|報告|朗読|答弁|あいさつ|挨拶|紹介|了承|承認|賛成|異議)[^\n]{0,4}$"
    r"|[かは]$"
    # 次に、… / 続きまして、…: a clause's kana before a comma, where a roster's comma follows a name or a title.
    r"|^[^、，,\n]{0,20}[ぁ-ん][、，,]"
)
_KANA = re.compile(r"[ぁ-ん]")


# 事務局(説明・省略): a label that notes what its speaker did.
_ACT_IN_LABEL = re.compile(_ACT_NOTE_IN_BRACKETS)


def spoken(label: str, text: str) -> bool:
    """The text a label opens reads as something said or done, not as a roster's row or a heading."""
    # A full stop is the pattern's first alternative; the search would try the others at every letter before it.
    if "。" in text or _SPOKEN.search(text) or _ACT_IN_LABEL.search(label):
        return True
    # Speech is written mostly in kana (同一の者から, ありがとう); names, titles and units are written in kanji.
    s = compact(text)
    return len(s) >= 5 and len(_KANA.findall(s)) >= 0.3 * len(s)


# 議案第12号 / 農地法第3条の規定による許可申請について: an entry of the business the sitting takes up.
_BUSINESS_ENTRY = re.compile(r"^(?:議案|報告|諮問|承認|同意|認定|請願|陳情)[ \t\u3000]*第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*号")


def _business_listed(text: str) -> bool:
    """会議に付した事件 / 議案第11号 / …について / 議案第12号 / …: the list of business under a cell a label's shape took
    in (a form's officials one cell a line), no full stop in it: no speech."""
    if "。" in text:
        return False
    rows = text.split("\n")
    return len(rows) >= 4 and sum(1 for r in rows if _BUSINESS_ENTRY.match(r.strip(SPACE_CHARS))) >= 2


def speeches_from(turns: list[tuple[str, str]], last_line: str) -> int:
    """Where the speeches begin among ``(label, text)`` turns: the first that is ``spoken``; len(turns) when none is.

    The turns before it are a roster or a heading the label's shape took in (【事務局】 福祉課長(北野) over the
    agenda, 委員長:北野委員 in a record of an election): a page with no speech in it yet has no turn. A last turn of
    a few words that the page ends in (【委員】 / 駅前の / end of the extract) is a speech cut off, and stays."""
    first = next((k for k, (label, text) in enumerate(turns) if spoken(label, text) and not _business_listed(text)), len(turns))
    while 0 < first < len(turns) and (not turns[first - 1][1].strip(SPACE_CHARS)
                                       or act_note(turns[first - 1][1].strip(SPACE_CHARS).split("\n", 1)[0])):
        # ○事務局 / 1.開会 / ○会長 / 2.開会あいさつ / ○事務局 …報告: speaker cells over the steps of a table read one cell a
        # line, nothing said beside them but the step's heading, open the speeches they run straight into;
        # so does (会長) / 開会宣言, the note of what the chair did.
        first -= 1
    if first == len(turns) and turns:
        text = turns[-1][1].strip(SPACE_CHARS)
        if text and "\n" not in text and len(text) <= 30 and text == last_line.strip(SPACE_CHARS):
            return len(turns) - 1
    return first


# --- labels found in the document itself, when no house style explained the body ------------------

# A label the document writes its own way: a short prefix with a role or a name and title in it, closed by a
# separator (事務局(北野課長):…, 南田副市長：…, 東 山 委 員:…, 会長・・・…) where it opens a line or follows a
# sentence's end or a blank; or alone on its line over the speech (委員長(南田健君)). A role in brackets needs
# no separator: its bracket closes it, a blank follows (… について (委員) 資料の3ページですが、…) or the speech
# runs straight on (… お願いします。 (事務局)資料1により説明): a bracket closed before a comma is a roster's.
_FOUND_LABEL = re.compile(
    r"(?:^|(?<=[。」』)）])|(?<=[ \t\u3000]))"
    # (司 会) ただいまより…: the bracketed role may be letter-spaced.
    r"(?:[(（](?P<bracketed>[^()（）\s。、:：]{1,12}|[^()（）\s。、:：](?:[ \u3000][^()（）\s。、:：]){1,5})[)）](?=[ \t\u3000]+[^ \t\u3000(（])"
    # ◇鈴木委員長 皆さん、こんにちは。: the open diamond (elsewhere a topic's mark) before a label and a blank.
    r"|◇(?P<diamond>[^\s。、「」『』:：()（）【】・◇]{1,14}(?:[(（][^()（）。、\s]{1,14}[)）])?)(?=[ \t\u3000]+[^ \t\u3000])"
    r"|[(（](?P<closed>[^()（）\s。、:：]{1,12})[)）](?=[^ \t\u3000(（)）、,，。:：])"
    # …お願いいたします。 事務局 続いて…: an office of the council's own between two sentences, set off by blanks.
    r"|(?<=。[ \t\u3000])(?P<between>事務局|会長|委員長|議長|座長|部会長|司会)(?=[ \t\u3000][^\s、。ぁ-ん])"
    r"|(?P<label>(?:[一-龥々ぁ-んァ-ヶー][ \u3000]){1,9}[一-龥々ぁ-んァ-ヶー]"
    r"|[^\s。、「」『』:：()（）【】・]{1,14}(?:[(（][^()（）。、\n]{1,14}[)）])?)"
    # 議長 「それでは…: the speech in quotation marks after the label and a blank.
    r"(?:[ \t\u3000]*(?::|：|・・・|$)|(?P<leader>\u3000)|[ \t\u3000]+(?P<quoted>(?=「))))"
)
_HONOURED = re.compile(r"(?:君|さん|様|氏)$")
# 3. 会長あいさつ / (2) 市長挨拶: a numbered step of the proceedings that names who greets; 2 会長(市長)あいさつ with the
# other post the greeter holds in brackets, part of the label. (1)市長挨拶要旨: a summary record titles the greeting's gist so.
_GREETING_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、)）]?|[(（][0-9０-９]{1,2}[)）])?[ \t\u3000]*"
    # 1 開会 (会長あいさつ): the opening step with who greets in brackets after it.
    r"(?:(?P<step>開会|開式)[ \t\u3000]*[(（])?"
    # 2.会長挨拶 本日は…: the greeting itself may run on after a blank, on the step's own line.
    r"(?P<who>[^\s。、()（）]{2,16}?(?:[(（][^\s。、()（）]{1,10}[)）])?)(?:の|より|から)?(?:ご|御)?(?:あいさつ|挨拶)(?:要旨|概要)?"
    r"(?(step)[)）])(?:[ \t\u3000]*$|[ \t\u3000]+(?=\S))"
)
_POST_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


def _greeting_step(line: str) -> re.Match[str] | None:
    greeting = _GREETING_HEADING.match(line) if len(line) <= 40 or "挨拶" in line[:40] or "あいさつ" in line[:40] else None
    if greeting is not None and greeting.end() > 40:
        return None
    if greeting and strict_role(greeting.group("who")) and _PERSON_TITLE.search(_POST_BRACKET.sub("", greeting.group("who"))):
        return greeting
    return None


def _greeting_said(said: str) -> bool:
    """What follows a greeting step is the greeting itself, not an account of it (…より挨拶がありました。)."""
    return "。" in said and not _ACT_NOTE.search(said[:said.find("。")])


def greeting_step_label(lines: list[str], i: int) -> LabelMatch | None:
    """2 会長(市長)あいさつ: a numbered step of the proceedings naming who greets, a label over the greeting."""
    greeting = _greeting_step(lines[i])
    if greeting is None or not _greeting_said(_said_after(lines, i, greeting.end())):
        return None
    rest = lines[i][greeting.end():].strip(SPACE_CHARS)
    return LabelMatch(label=greeting.group("who"), text=rest, family="alone", needs_speech=not rest)


_OFFICE = re.compile(r"事務局|会長|委員長|議長|座長|部会長|司会")
# 委員:北野委員、南田委員、…: a roster's group and its members, two names with their titles in a row.
_TITLED_NAMES = re.compile(rf"^[^\s、。]{{1,8}}(?:{ROLE_SUFFIXES})[、,，][ \t\u3000]*[^\s、。]{{1,8}}(?:{ROLE_SUFFIXES})")


def _said_after(lines: list[str], i: int, end: int) -> str:
    """What follows a label: the rest of its line, or the next lines when it stands alone."""
    rest = lines[i][end:].strip(SPACE_CHARS)
    if rest:
        return rest[:160]
    return " ".join(ln.strip(SPACE_CHARS) for ln in lines[i + 1:i + 4] if ln.strip())[:160]


def _header_names(label: str, header: str) -> bool:
    """The header before the speeches lists the label's speaker: the label, its role or office, or the name in its
    bracket (事務局(北野課長) under ◇事務局 北野市 福祉課長 北野太郎; 南田副町長 over 2. 副町長挨拶)."""
    if label in header or _base(label) in header:
        return True
    inner = re.search(r"[(（]([^()（）]+)[)）]$", label)
    if inner and _HONOURED.sub("", inner.group(1))[:2] in header and len(_HONOURED.sub("", inner.group(1))) >= 2:
        return True
    office = re.search(rf"(?:{ROLE_SUFFIXES})$", _base(label))
    # An office held by one person (副町長, 会長) names its holder; 委員 and 議員 name any member.
    return bool(office and office.group(0) not in ("委員", "議員", "君", "氏") and office.group(0) in header)


# 都市開発課 鈴木次長(課長), 大村景観推進グループ長: an official's row, a post or a name and post, no sentence.
_POST_ROW = re.compile(r"[^。、,，:：]{2,22}?(?:長|監|参事|主幹|主査|主任|係|[(（][^()（）]{1,10}[)）])")


_DATE_ALONE = re.compile(rf"{DATE}[ \t\u3000]*(?:[(（][^()（）]{{1,4}}[)）])?")


# ⑵ 事務局 :…, (2) 事務局:…: a group of a numbered list, its number before it; another after it on the same line.
_NUMBERED = r"(?:[\u2474-\u2487\u2460-\u2473]|[(（][0-9０-９]{1,2}[)）])"
_NUMBERED_FIELD_BEFORE = re.compile(rf"{_NUMBERED}[ \t\u3000]*$")
_NUMBERED_FIELD = re.compile(rf"{_NUMBERED}[ \t\u3000]*[^\s:：。、]{{1,10}}[ \t\u3000]*[:：]")
_ANSWER_COLUMN = frozenset({"回答", "答", "答弁", "回答等"})
_QUESTION_COLUMN = re.compile(r"(?:主な)?(?:意見・質問|質問・意見|意見|質問|問|質疑|意見等|質問等|意見・質問等)")


# ・議案第1号中、所管分の説明・・・・・・・・北野財政課長: a line naming what is explained, a leader, the speaker last.
_TOPIC_LED_TO_SPEAKER = re.compile(
    r"(?<=[^\s・…‥.])[ \t\u3000]*(?:[・…‥]{4,}|\.{6,})[ \t\u3000]*(?P<who>[^\s・…‥.()（）。、]{2,14})[ \t\u3000]*$")


def _line_above_text(lines: list[str], i: int) -> str:
    return next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip(SPACE_CHARS)), "")


def _dated_above(lines: list[str], i: int) -> bool:
    above = next((ln.strip(SPACE_CHARS) for ln in reversed(lines[max(0, i - 3):i]) if ln.strip()), "")
    return bool(above) and _DATE_ALONE.fullmatch(above) is not None


def _next_line_text(lines: list[str], i: int) -> str:
    return next((ln.strip(SPACE_CHARS) for ln in lines[i + 1:i + 3] if ln.strip()), "")


def labels_found_in_text(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """``lines`` with each label the document shows by its own shape put on a line of its own as 【label】, and
    the index of the first such line; None where there is none.

    Only for a body no house style explained. A candidate needs a role or a name and title (strict_role), a
    speech after it (a sentence, not a list of names), and either to recur or to be listed by the header above
    it; a roster's row (会長 北野一郎) has no separator and a speech that mentions a 委員 has no label shape.
    """
    spots: list[tuple[int, re.Match[str], str]] = []
    greeted: set[str] = set()
    for i in range(start, len(lines)):
        line = lines[i]
        if len(line) > 20000:
            continue
        for m in _FOUND_LABEL.finditer(line):
            raw = m.group("label") or m.group("bracketed") or m.group("closed") or m.group("diamond") or m.group("between")
            if m.group("leader") and m.start() > 0:
                # 事務局・・・ (a leader the cleaner made a wide blank) separates only a label that opens its line.
                continue
            alone = m.end() == len(line.rstrip(SPACE_CHARS))
            if alone and m.start() > 0 and line[:m.start()].strip(SPACE_CHARS):
                continue
            key = compact(raw)  # 東 山 委 員 → 東山委員; 事務局 (北野 課長) → 事務局(北野課長)
            if len(key) > 16 or not strict_role(key) or key in _STOP_LABELS:
                continue
            said = _said_after(lines, i, m.end())
            if _NUMBERED_FIELD_BEFORE.search(line[:m.start()]) and _NUMBERED_FIELD.search(said.split("。", 1)[0]):
                # 【出席者】 ⑴ 委員 :… ⑵ 事務局 :… ⑶傍聴者 :なし: the numbered groups of a roster run onto one line.
                continue
            if alone and key in _ANSWER_COLUMN and _QUESTION_COLUMN.fullmatch(compact(_line_above_text(lines, i))):
                # 意見・質問 / 回答 / 定例報告 …: the two columns' headings of a table of questions and answers.
                continue
            if alone and _dated_above(lines, i):
                # 平成28年11月24日(木) / 国土交通省関東地方整備局 / 記者発表資料: a letter's or a press release's sender
                # under its date, not a speaker.
                continue
            if alone and _POST_ROW.fullmatch(_next_line_text(lines, i)):
                # 水野公園緑地部長 / 都市開発課 鈴木次長(課長) / …: a list of officials one a line, each under the other.
                continue
            sentence = said[:said.find("。")] if "。" in said[:120] else said if len(said) >= 30 else ""
            if not sentence or attendance_like(sentence) and _looks_like_name_list(sentence) or _TITLED_NAMES.match(said):
                # A speech, or a long run of words where the opening ends mid-sentence; never a list of names.
                continue
            spots.append((i, m, key))
        led = _TOPIC_LED_TO_SPEAKER.search(line) if len(line) <= 120 else None
        if led and strict_role(led.group("who")) and _PERSON_TITLE.search(led.group("who")) \
                and "。" in _said_after(lines, i, len(line))[:200]:
            # ・議案第1号の説明・・・・・・北野財政課長 over the explanation: the topic, a leader, then who gives it.
            spots.append((i, led, led.group("who")))
            greeted.add(led.group("who"))
        greeting = _greeting_step(line)
        if greeting:
            if _greeting_said(_said_after(lines, i, greeting.end())):
                # 3. 会長あいさつ over what was said: a turn of 会長, even once (not …より挨拶がありました。).
                spots.append((i, greeting, greeting.group("who")))
                greeted.add(greeting.group("who"))
    if not spots:
        return None
    counts = Counter(key for _, _, key in spots)
    # 事務局:皆さんこんにちは。…: the council's own offices, closed by a colon and followed by a sentence, speak
    # even once; every council has them, so no roster needs to list them.
    # (事務局) それでは、…。: so do they in brackets before a blank and the sentence.
    colon_roles = {key for _, m, key in spots if _OFFICE.fullmatch(key) and (re.search("[:：]", m.group(0)) or m.groupdict().get("bracketed") or m.groupdict().get("between"))}
    # The text above a label's first place: a roster there names its speaker (総合相談担当課長 listed among the
    # staff, then 総合相談担当課長:それでは…), though other label shapes came before it in the roster itself.
    above = {}
    for i, m, key in spots:
        above.setdefault(key, (i, m.start()))
    accepted = {key for key in counts if counts[key] >= 2 or key in colon_roles or key in greeted or _header_names(
        key, compact(" ".join(lines[:above[key][0]]) + " " + lines[above[key][0]][:above[key][1]]))}
    # 北山海上保安部:…ではないのですか。 事務局:…: a colon label whose question the council's office answers next is asked
    # by a speaker, even once.
    ordered = sorted(spots, key=lambda spot: (spot[0], spot[1].start()))
    for (i, m, key), (_, m_next, key_next) in zip(ordered, ordered[1:]):
        if key in accepted or key_next not in colon_roles or not re.search("[:：]", m.group(0)) or not re.search("[:：]", m_next.group(0)):
            continue
        said = _said_after(lines, i, m.end())
        if "。" in said and said[:said.find("。")].endswith("か"):
            accepted.add(key)
    if not accepted:
        return None
    cuts: dict[int, list[tuple[int, int, str]]] = {}
    for i, m, key in spots:
        if key in accepted:
            cuts.setdefault(i, []).append((m.start(), m.end(), key))
    out = list(lines[:start])
    first_label = None
    for i in range(start, len(lines)):
        if i not in cuts:
            out.append(lines[i])
            continue
        line, last = lines[i], 0
        for s, e, key in cuts[i]:
            before = line[last:s].strip(SPACE_CHARS)
            if before and last:
                out[-1] += " " + before
            elif before:
                out.append(line[:s].rstrip(SPACE_CHARS))
            out.append(f"【{key}】")
            first_label = len(out) - 1 if first_label is None else first_label
            last = e
        rest = line[last:].strip(SPACE_CHARS)
        if rest:
            out[-1] += " " + rest
    return out, first_label


# --- labels a header's reader ran over -------------------------------------------------------------

_BRACKET_OPENERS = "【(（<＜〈[［"


def bracketed_labels_above(lines: list[str], start: int) -> int | None:
    """【司会】 / 本日の資料は…。 / 【議長】 / これより、議事に入る。: roles in brackets, each alone on its line over a
    sentence, that a header's reader took for bracketed fields of its own (【日時】 has the same shape). Where two or
    more stand above ``start``, the first opens the body; None where fewer do."""
    hits = []
    for i in range(max(0, start - 80), start):
        s = lines[i].strip(SPACE_CHARS)
        if not s or len(s) > 22 or s[0] not in _BRACKET_OPENERS:
            continue
        m = match_label(s, _FIRST_CHAR_FAMILY[s[0]], s)
        if m is None or m.text or not compact(m.label) or _base(m.label) in _STOP_LABELS or not strict_role(m.label) or not _said_next(lines, i):
            continue
        hits.append(i)
    return hits[0] if len(hits) >= 2 else None


# --- a speaker column read apart from the statements ---------------------------------------------

# A cell of the speaker column: a role, or a name and title, alone and short.
_COLUMN_CELL = re.compile(r"[^\s。、「」:：()（）【】]{2,12}")
SPEAKER_COLUMN_MIN = 4


def _column_cell(line: str) -> bool:
    # 真山会長: / 事務局: / 伊藤管理者: / 事務局: / ただ今から…: the cells may keep the colon of the house's labels.
    s = line.strip(SPACE_CHARS).rstrip(":：")
    return bool(_COLUMN_CELL.fullmatch(s)) and strict_role(s) and s not in _STOP_LABELS and not _NOT_SPEAKER.search(s)


def speaker_column_apart(lines: list[str]) -> list[str] | None:
    """皆川課長 / 皆川課長 / 鈴木委員長 / … / 会議成立を報告した。 / …挨拶を求めた。 / あいさつ。 / …: a 発言者 / 発言の要旨
    table whose columns a PDF's text gave one after the other, the whole speaker column first and the statements
    after it. Each label then opens the statement of its row (statements end at a full stop; a label past the last
    statement, where the text was cut, opens a turn with nothing said), as ○label statement on one line.

    A column is four labels or more one a line, a speaker among them twice (a list of officials one a line names
    each once), and sentences right under it; None where the text has none."""
    n = len(lines)
    i = 0
    while i < n:
        if not _column_cell(lines[i]):
            i += 1
            continue
        j = i
        while j < n and _column_cell(lines[j]):
            j += 1
        cells = [compact(ln).rstrip(":：") for ln in lines[i:j]]
        if len(cells) >= SPEAKER_COLUMN_MIN and len(set(cells)) < len(cells) and j < n and _SAID.match(lines[j].strip(SPACE_CHARS)):
            statements: list[str] = []
            k, current = j, ""
            while k < n and len(statements) < len(cells):
                s = lines[k].strip(SPACE_CHARS)
                if not s:
                    k += 1
                    continue
                if _column_cell(s) or (not current and not _SAID_OR_CUT.match(s) and k + 1 < n):
                    break
                current += s
                k += 1
                if current.endswith("。"):
                    statements.append(current)
                    current = ""
            if current:
                statements.append(current)
            if len(statements) >= 2:
                out = [f"○{cell} {statements[m]}" if m < len(statements) else f"○{cell}" for m, cell in enumerate(cells)]
                return lines[:i] + out + lines[k:]
        i = j
    return None


# 発言者 (letter-spaced or not, 発言者名): the header of a table's speaker column.
_SPEAKER_COLUMN_HEADER = re.compile(r"発[ \t\u3000]*言[ \t\u3000]*者[ \t\u3000]*(?:名|氏名)?[ \t\u3000|｜]*")


def speaker_cells_under_header(lines: list[str]) -> list[str] | None:
    """発言者 / 発 / 言 / 内 / 容 / 事務局 / 1.開会 / 会長 / …: a 発言者 / 発言内容 table read one cell a line, its header
    broken, the speaker cells among the contents' headings and statements. Under the header, a role or a name and
    title alone on its line is the speaker's cell, whatever stands beside it (a heading, a summary of what was
    said): it is marked ○ as a label. None where no such header stands, or where marked labels already do."""
    head = next((k for k, ln in enumerate(lines) if _SPEAKER_COLUMN_HEADER.fullmatch(ln.strip(SPACE_CHARS))), None)
    if head is None:
        return speaker_rows_in_line(lines)
    if any(ln.strip(SPACE_CHARS) and ln.lstrip(SPACE_CHARS)[0] in SPEAKER_MARKS for ln in lines[head:]):
        return None
    out = list(lines)
    cells = 0
    for k in range(head + 1, len(lines)):
        s = lines[k].strip(SPACE_CHARS)
        if _column_cell(s):
            out[k] = "○" + s
            cells += 1
    return out if cells else None


# A 発言者 / 発言内容 table run onto one line: its header (発言者, 発 言 者, then the contents column's: 発言内容, 発言要旨,
# 会議の経過(議題・発言内容等), 議事の概要及び発言の要旨), and the cells after it.
_INLINE_SPEAKER_HEAD = re.compile(r"(?:^|(?<=[ \t\u3000]))発[ \u3000]?言[ \u3000]?者[ \t\u3000]+")
_CONTENTS_HEAD = re.compile(
    r"[^\s。、]{0,12}?(?:発言内容|発言要旨|発言の要旨)(?:等|[(（][^()（）\s]{0,10}[)）])?[)）]?(?=[ \t\u3000]|$)"
)
# 事務局, 春木課長, (事務局), 事務局(秘書 企画課長) (a PDF's wrap inside the bracket): a speaker's cell.
_ROW_CELL = re.compile(r"[(（][^()（）\s。、]{1,12}[)）]|[^\s()（）。、「」:：]{1,12}(?:[(（][^()（）。、]{1,16}[)）])?")
_BLANK = re.compile(r"[ \t\u3000]+")
_BRACKETED_ACT = re.compile(r"[(（][^()（）]+(?:[)）]|$)")
# …お願いいたします。 梶市長 本日は…: a later row's speaker cell, run on after the statement before it.
# <委嘱状交付> 事務局(中) それでは、…: or after a stage direction in brackets.
_CELL_AFTER_STATEMENT = re.compile(r"(?<=[。>＞〉)）])[ \t\u3000]+(?=[^\s。、「」:：])")


def _row_cell(text: str, pos: int) -> tuple[str, int] | None:
    m = _ROW_CELL.match(text, pos)
    if m is None or m.end() < len(text) and text[m.end()] not in SPACE_CHARS:
        return None
    cell = compact(m.group(0))
    label = cell[1:-1] if cell[0] in "(（" and cell[-1] in ")）" else cell
    if not strict_role(label) or label in _STOP_LABELS or _NOT_SPEAKER.search(_base(label)):
        return None
    return label, m.end()


def _after_blank(text: str, pos: int) -> int:
    blank = _BLANK.match(text, pos)
    return blank.end() if blank else -1


def _statements(text: str, count: int) -> list[str]:
    """The contents column's first ``count`` cells: bracketed notes of what was done ((委員の紹介)), or sentences."""
    if text.startswith(("(", "（")):
        return [m.group(0) for m in _BRACKETED_ACT.finditer(text)][:count]
    out: list[str] = []
    for piece in re.split(r"(?<=。)[ \t\u3000]*", text):
        if piece and len(out) < count:
            out.append(piece)
        elif piece:
            out[-1] += piece
    return out


def _later_rows(label: str | None, said: str, known: set[str], above: str) -> list[str]:
    """○label said, cut again before each later row's speaker cell: a label already read, or one the header above lists.
    ``label`` None: a line further down the table, whose words before its first cell stay a line of their own."""
    rows, current, last = [], label, 0
    first = _row_cell(said, 0) if label is None else None
    if first is not None and first[0] in known and _after_blank(said, first[1]) > 0:
        # 事務局(南田) それでは、…: a row the cleaning already set at the start of its line.
        current, last = first[0], _after_blank(said, first[1])
    for m in _CELL_AFTER_STATEMENT.finditer(said):
        cell = _row_cell(said, m.end())
        if cell is None or cell[0] not in known and not (_PERSON_TITLE.search(cell[0]) and cell[0] in above):
            continue
        if not _SAID.match(said[cell[1]:].strip(SPACE_CHARS)):
            continue
        rows.append(said[last:m.start()] if current is None else f"○{current} {said[last:m.start()]}")
        current, last = cell[0], _after_blank(said, cell[1])
        known.add(cell[0])
    rows.append(said[last:] if current is None else f"○{current} {said[last:]}")
    return rows


def speaker_rows_in_line(lines: list[str]) -> list[str] | None:
    """A 発言者 / 発言内容 table run onto one line, its speaker cells marked ○ as labels, each at the start of a line of
    its own; None where no line holds such a table. Three arrangements are read:

    - 発言者 会議の経過(議題・発言内容等) 事務局(秘書 企画課長) 1 開会 定刻の…: the first speaker's cell after both headers;
    - 発 言 者 事務局(中) 議事の概要及び発言の要旨 ただいまから…: the cell between the two headers;
    - 発言者 (事務局) 春木課長 (事務局) 発言内容 (…の紹介) …: the speaker cells of a few rows before the contents column's
      header and the contents after it, paired in order.

    In the first two, a later row's cell runs on after the statement before it (…ます。 梶市長 本日は…): it opens a row
    where it repeats a cell read or the header above lists it."""
    for k, line in enumerate(lines):
        if "者" not in line:
            continue
        head = _INLINE_SPEAKER_HEAD.search(line)
        if head is None:
            continue
        pos = head.end()
        contents = _CONTENTS_HEAD.match(line, pos)
        labels: list[str] = []
        if contents is not None:
            cell = _row_cell(line, _after_blank(line, contents.end())) if _after_blank(line, contents.end()) > 0 else None
            if cell is None:
                continue
            labels, pos = [cell[0]], cell[1]
        else:
            while len(labels) < 8:
                cell = _row_cell(line, pos)
                if cell is None:
                    break
                labels.append(cell[0])
                pos = _after_blank(line, cell[1])
                if pos < 0:
                    break
            contents = _CONTENTS_HEAD.match(line, pos) if labels and pos > 0 else None
            if contents is None:
                continue
            pos = contents.end()
        rest = line[pos:].strip(SPACE_CHARS)
        if len(labels) == 1:
            if "。" not in rest[:160]:
                continue
            above = compact(" ".join(lines[:k]) + line[:head.start()])
            known = set(labels)
            rows = _later_rows(labels[0], rest, known, above)
            # The table goes on over the lines below (a stage direction in brackets broke the line).
            rows += [row for ln in lines[k + 1:] for row in _later_rows(None, ln, known, above)]
        else:
            said = _statements(rest, len(labels))
            if not said:
                continue
            rows = [f"○{label} {said[m]}" if m < len(said) else f"○{label}" for m, label in enumerate(labels)]
            rows += lines[k + 1:]
        before = line[:head.start()].rstrip(SPACE_CHARS)
        return lines[:k] + ([before] if before else []) + rows
    return None
