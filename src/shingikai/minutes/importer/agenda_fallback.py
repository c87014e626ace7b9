"""The last reader of an agenda: by its general shape, for a text where no other reader found a case.

An agenda is a heading word (議題, 案件名, ◇次第, 【協議事項】, 会 議 内 容 …) followed at once by a run
of enumerated entries, in any numbering ((1), 1., 1 , ①, ア, (ア), 第1, ・), each on its own line or all
flattened onto one; a group entry over sub-entries (1.…の見直しについて (1)… (2)…) gives the
sub-entries as the cases. Procedure steps among them (開会, 委嘱状の交付, 会長の選出) are read by the
importer's own heading classifier and dropped. A heading word inside a sentence (本日の議題は、…) opens
no agenda: the word must stand alone and the first entry must follow it directly.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .conventions import AGENDA_HEADING_WORDS, letter_spaced
from .structure import ASPECT_JOIN, Heading, classify_heading, parse_heading, split_title
from .speakers import compact

_SP = r"[ \t\u3000]*"


# ◇次第, 【協議事項】, 3 議題:, (2) 議題等, ■会議内容, 2 議題(公開・非公開の別) — the word alone (等 or a note in
# brackets after it), after a mark or a number, before the list.
# …委員会室協議事項】 1.…: a closing bracket marks the word as a heading even where the line before ran
# into it.
# 会 議 内 容, 案　件　名: a heading letter-spaced to fill its table cell.
_WORDS = "|".join(letter_spaced(w, _SP) for w in AGENDA_HEADING_WORDS)
_HEADING = re.compile(
    r"(?:(?:^|(?<=[\s◇◆●■□○〇◎・【〔［\[(（<＜《]))"
    r"(?:(?P<hn>[0-9０-９]{1,2})[.．、)）]?" + _SP + r")?"
    r"(?:議題(?:と|及び|および|・))?(?P<w>" + _WORDS + r")等?(?:[（(][^（）()\n]{1,12}[）)])?[ \t\u3000]*[】〕］\])）>＞》]?"
    r"|(?P<b>" + _WORDS + r")[ \t\u3000]*[】〕］\]>＞》])"
    r"[ \t\u3000]*[:：]?(?=\s)"
)

# The enumerators an entry opens with. All but the bracketed and circled numbers (distinctive
# anywhere) must stand after a space or a line's start: 第2次 or 議案第41号 is no entry.
_MARK = re.compile(
    r"(?P<pnum>[(（][ \t]?(?P<pn>[0-9０-９]{1,2})[ \t]?[)）])"
    r"|(?P<circ>[①-⑳])"
    r"|(?<!\S)(?P<dai>第(?P<dn>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}))(?:[.．、]|[ \t\u3000]+)"
    r"|(?<!\S)(?P<num>[0-9０-９]{1,2})(?P<np>[.．、)）]|[ \t\u3000]+|(?=[一-龥ぁ-んァ-ヶ「『]))"
    r"|(?<!\S)(?P<kana>[アイウエオカキクケコサシスセソ])(?:[.．、)）]|[ \t\u3000]+)"
    r"|(?P<pkana>[(（](?P<pk>[アイウエオカキクケコサシスセソ])[)）])"
    r"|(?<!\S)(?P<bul>[•・◦\-－◎])(?=[ \t\u3000]*[^\s\-－])"
)
# 2 階, 1 名, 10 時: a count or a clock, no entry's number.
_COUNTED = re.compile(r"[ \t\u3000]*[号年月日回名人時分階条件%％ヶか箇頁]")
_KANA = "アイウエオカキクケコサシスセソ"
_KANJI_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}

# 【資料1】, 〈資料2-1〉, (資料3), 【委員名簿・配席表】: the papers that go with an entry, no part of its title.
_PAPERS_REF = re.compile(
    r"[【〈<＜(（\[［〔][^【】〈〉<>＜＞()（）\n]{0,12}(?:資料|名簿|配席|別紙)[^【】〈〉<>＜＞()（）\n]{0,12}[】〉>＞)）\]］〕]"
    r"|(?<!\S)(?:参考)?資料[ \t\u3000]*[0-9０-９]+(?:[-‐－][0-9０-９]+)?(?!\S)"
)
# Where a flattened entry's title ends: the next field of the header run into it
# (…基本構想出席委員(7名)), a mark opening the next section (◇議事録), a dash rule around a group word
# (― 議事及び報告事項 ―), or a column gap.
_FIELD_RUN_IN = re.compile(
    r"[◇◆●■□〇◎※]|[―─━]|[ \t\u3000]{3,}"
    r"|(?:出席|欠席)(?:委員|者|議員)|説明のため|傍聴|会議資料|配[布付]資料|発言者|会議の経過|議事録|会議録"
)
# …について出席並びに…: a title's own ending, its (報告) mark kept, closes it where the line runs on.
_TITLE_CLOSE = re.compile(r"(?:について|に関して|に関すること|の件)(?:[ \t\u3000]*[（(][^（）()]{1,6}[）)])?(?![てのはもを、,])")
# 市長の諮問, 報告: a kind word with no subject names no case.
_BARE_KIND = re.compile(r"(?:[^、。]{0,6}の)?(?:諮問|報告|協議|審議|議事|議題|説明)(?:事項|案件)?")
_NUMBERED_CASE = re.compile(r"^[^\s第「」]{1,4}第[0-9０-９]{1,3}(?:[-‐－][0-9０-９]{1,3})?号[ \t\u3000]*(?=\S)")
_REPORT_MARK = re.compile(r"[（(]報告[）)]$")
# …について 報告事項 (before 1)…): a group word closing the text between two entries, on its line or run on.
_GROUP_TAIL = re.compile(r"(?:^|(?<=[\s】〕）)]))[【〔]?(?P<w>(?:審議|報告|協議|諮問|説明|承認)(?:事項|案件))[】〕]?[ \t\u3000:：]*$")

# 議題 / 以下の議題について承認されました。 / ○…: one sentence introducing the list, between its heading and its first
# entry.
_LEAD = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*(?:以下|次)の[^\n。]{0,30}。[ \t\u3000]*(?=\n)")
# - …について / 諮問案について適当と認める、との答申がされました。 - …: the outcome noted under an entry, one sentence on
# the line below it; the list goes on after it.
_NOTE_UNDER = re.compile(r"[^\n。]{4,80}(?:されました|しました|された|した|となりました)。[ \t\u3000]*")

_CIRCLE_BULLET = re.compile(r"((?:^|\n)[ \t\u3000]*)○(?=[ \t\u3000]*[^\s○])")

_MAX_TITLE = 80
_REACH = 2400   # characters after the heading that its list may take


@dataclass
class FallbackEntry:
    title: str
    kind: str | None
    style: str = ""
    number: int | None = None
    children: list["FallbackEntry"] = field(default_factory=list)


def _mark(m: re.Match[str]) -> tuple[str, int | None]:
    """The style and the ordinal of an enumerator: (1) → (pnum, 1), ③ → (circ, 3), イ → (kana, 2)."""
    if m.group("pnum"):
        return "pnum", int(unicodedata.normalize("NFKC", m.group("pn")))
    if m.group("circ"):
        return "circ", ord(m.group("circ")) - ord("①") + 1
    if m.group("dai"):
        n = m.group("dn")
        return "dai", (int(unicodedata.normalize("NFKC", n)) if n[0] not in _KANJI_DIGITS
                       else _KANJI_DIGITS[n[0]] if len(n) == 1 else 10 + _KANJI_DIGITS.get(n[1], 0))
    if m.group("num"):
        punct = m.group("np").strip(" \t\u3000")
        return "num" + unicodedata.normalize("NFKC", punct), int(unicodedata.normalize("NFKC", m.group("num")))
    if m.group("kana"):
        return "kana", _KANA.index(m.group("kana")) + 1
    if m.group("pkana"):
        return "pkana", _KANA.index(m.group("pk")) + 1
    return "bul" + m.group("bul"), None


def _without_refs(segment: str) -> str:
    """segment without the papers' references in it, save a bare label opening it (see _title_of)."""
    lead = len(segment) - len(segment.lstrip(" \t\u3000"))
    return _PAPERS_REF.sub(lambda m: m.group(0) if m.start() == lead and m.group(0)[0] == "資" else " ", segment)


_NUMBER_BEFORE_WORD = re.compile(r"第(?P<n>[0-9０-９]{1,3})号議案[ \t\u3000]*(?=\S)")
_QUOTED_ENTRY = re.compile(r"(?P<pre>(?:第[0-9０-９]{1,3}号議案|議案第[0-9０-９]{1,3}号)[ \t\u3000]*)?「(?P<t>[^「」]{2,80})」")


def _title_of(segment: str) -> str:
    """The title an entry's text gives: up to the next field run into it, or its own ending.

    A paper's reference goes (…について 資料1), save the bare label that opens the entry (・資料3 北野計画の概要):
    that entry names a paper handed out, and the label is kept for the classifier to say so.
    """
    text = _without_refs(segment).split("\n")[0]
    quoted = _QUOTED_ENTRY.fullmatch(text.strip(" \t\u3000"))
    if quoted:
        # (1)「…について」, (1)第13号議案「…について」: the title in quotes, its number before them.
        return ((quoted.group("pre") or "") + quoted.group("t")).strip(" \t\u3000")
    stop = _FIELD_RUN_IN.search(text)
    if stop and len(compact(text[:stop.start()])) >= 2:
        text = text[:stop.start()]
    close = _TITLE_CLOSE.search(text)
    if close:
        text = text[:close.end()]
    return text.strip(" \t\u3000:：、,")


def _title_like(title: str) -> bool:
    return 2 <= len(compact(title)) <= _MAX_TITLE and "。" not in title and not title.endswith(("ます", "です", "した"))


def _list_after(text: str, next_field: int | None = None) -> list[FallbackEntry]:
    """The enumerated run that opens text, as a tree: (style, number) siblings, a new style a level down.

    next_field: the number of the header's field after the agenda's own (2 議題 (1)… ② … 3 開催日時): a bare number
    that continues no run of the list is that field, and ends the list.
    """
    start = len(text) - len(text.lstrip())
    roots: list[FallbackEntry] = []
    stack: list[FallbackEntry] = []
    open_at: int | None = None
    group_kind: str | None = None
    for m in _MARK.finditer(text, start):
        if m.group("num") and _COUNTED.match(text, m.end()):
            continue
        style, number = _mark(m)
        if open_at is None:
            if m.start() != start or number not in (1, None):
                return []
            level = 0
        else:
            segment = _without_refs(text[open_at:m.start()])
            group = _GROUP_TAIL.search(segment) if number == 1 and stack and stack[0].style == style else None
            if group is not None:
                # 審議事項 1)… 報告事項 1)… 2)…: a second group word, its numbering restarting at 1, opens a second
                # group of the list; its entries are of the kind its word says.
                title = _title_of(segment[:group.start()])
                if not _title_like(title):
                    break
                stack[-1].title = title
                del stack[:]
                group_kind = "報告" if "報告" in group.group("w") else None
                entry = FallbackEntry(title="", kind=group_kind, style=style, number=number)
                roots.append(entry)
                stack.append(entry)
                open_at = m.end()
                continue
            first, _, rest = segment.partition("\n")
            if rest.strip() and _NOTE_UNDER.fullmatch(rest.strip()) and stack and stack[-1].style == style:
                segment = first
            if "\n" in segment and segment.split("\n", 1)[1].strip():
                # A line that opens with no enumerator ends the list (イ …に関すること / その他 / (3)施設案内): the entry
                # above it ends with its own line.
                title = _title_of(segment.split("\n", 1)[0])
                if stack and not stack[-1].title and _title_like(title):
                    stack[-1].title = title
                break
            level = next((k for k, e in enumerate(stack) if e.style == style), None)
            if level is not None:
                prev = stack[level].number
                if not (number is None and prev is None or number is not None and prev is not None and number == prev + 1):
                    continue  # 議案第41号, 2 階: a number out of sequence is part of the title
            elif number in (1, None) and compact(_title_of(segment)):
                level = len(stack)   # 1.…の見直しについて (1)…: the first entry a level down
            elif style.startswith("num") and number == next_field:
                text = text[:m.start()]
                break
            else:
                continue
            title = _title_of(segment)
            if not _title_like(title):
                break
            stack[-1].title = title
            del stack[level:]
        entry = FallbackEntry(title="", kind=group_kind if level == 0 else None, style=style, number=number)
        (stack[-1].children if stack else roots).append(entry)
        stack.append(entry)
        open_at = m.end()
    if open_at is None:
        return []
    if not stack[-1].title:
        title = _title_of(text[open_at:])
        if _title_like(title):
            stack[-1].title = title
        else:
            _drop(roots, stack[-1])
    return roots


def _drop(entries: list[FallbackEntry], gone: FallbackEntry) -> None:
    for e in entries:
        if e is gone:
            entries.remove(e)
            return
        _drop(e.children, gone)


def _names_a_bill(title: str) -> bool:
    case = parse_heading(title)
    return bool(case and case[0] == "case" or _NUMBERED_CASE.match(title))


def _names_a_case(title: str) -> bool:
    """決算特別委員会について is a case; その他, 付託案件, 報告事項 are the words of a group over cases."""
    heading = Heading(line=-1, style="plain", number=None, title=title)
    split_title(heading)
    classify_heading(heading)
    return heading.cls == "item"


def _leaves(entries: list[FallbackEntry], kind: str | None, whole_groups: bool = False) -> list[tuple[str, str | None]]:
    """The cases: each entry without sub-entries; a group's own word (報告) gives its sub-entries their kind.

    whole_groups (an assembly's committee): 4 決算特別委員会について / (1)運営要領(案) (2)審査日程(案): sub-entries that
    name no numbered bill are aspects of the group's one case; (1)議案第5号 … are cases of their own, and so are
    the entries under a group word (2. その他 / (1)…の進捗状況について).
    """
    out: list[tuple[str, str | None]] = []
    for e in entries:
        if (e.children and whole_groups and e.title and not any(_names_a_bill(c.title) for c in e.children)
                and _names_a_case(e.title)):
            out.append((e.title, kind))
        elif e.children:
            out.extend(_leaves(e.children, "報告" if "報告" in e.title and "諮問" not in e.title else e.kind or kind, whole_groups))
        elif e.title:
            out.append((e.title, e.kind or kind))
    return out


def fallback_agenda(lines: list[str], stop: int,
                    whole_groups: bool = False) -> list[tuple[str, str | None, int | None, str | None]]:
    """(title, kind, case number, its series) of the cases of the first agenda found above line stop (the first
    speaker's label: ○ opens a turn there, no entry), by its general shape.

    An entry under 報告 or 報告事項, or marked (報告), is a report; else its kind is left to its title.
    """
    text = "\n".join(lines[:stop])
    for h in _HEADING.finditer(text):
        after = text[h.end():h.end() + _REACH]
        lead = _LEAD.match(after)
        if lead:
            after = after[lead.end():]
        if after.lstrip(" \t\u3000\n").startswith("○"):
            # 議題 / ○…について / ○…について: a list that opens with ○ right under its heading word marks each entry
            # so, as ・ does (elsewhere ○ opens a turn or the next field: 5 閉会 / ○発言要旨).
            after = _CIRCLE_BULLET.sub(r"\1・", after)
        tree = _list_after(after,
                           int(unicodedata.normalize("NFKC", h.group("hn"))) + 1 if h.group("hn") else None)
        kind = "報告" if "報告" in compact(h.group("w") or h.group("b")) else None
        found = _cases(tree, kind, whole_groups)
        if found:
            # - …について / - …について / - …について (the first again): a flattened nested list repeats its first
            # entry; a case is had once.
            seen: set[str] = set()
            return [c for c in found if not (compact(c[0]) in seen or seen.add(compact(c[0])))]
    return []


_PAGE_NUMBER = re.compile(r"[0-9０-９]{1,3}")


def _contents_run(title: str) -> bool:
    """目次 会議次第 1 出欠席者名簿 3 開 会 4 あいさつ 4 …: a bound record's contents, each entry with its page number
    after it (the pages never going down), read as one entry's title; no case."""
    pages: list[int] = []
    words = 0
    for token in title.split():
        if _PAGE_NUMBER.fullmatch(token):
            if not words:
                return False  # 第 1 号, 平成 17 年: a number inside a name, no page
            pages.append(int(unicodedata.normalize("NFKC", token)))
            words = 0
        else:
            if pages and words == 0 and _COUNTED.match(token):
                return False
            words += 1
    return len(pages) >= 3 and pages == sorted(pages)


def _cases(tree: list[FallbackEntry], kind: str | None,
           whole_groups: bool = False) -> list[tuple[str, str | None, int | None, str | None]]:
    """(title, kind, case number, its series) of a list's cases; procedure steps and bare kind words dropped."""
    found: list[tuple[str, str | None, int | None, str | None]] = []
    for title, under in _leaves(tree, kind, whole_groups):
        # 議第51号 各務原…, 陳情第5-2号 「…」に関する陳情書: the case's number before its title.
        case = parse_heading(title)
        number, word = (int(case[1]), case[3]) if case and case[0] == "case" else (None, None)
        after = _NUMBER_BEFORE_WORD.match(title) if number is None else None
        if after:
            # 第13号議案「仮換地の指定について」: the number before the word, the title in quotes after them.
            number, word, title = int(unicodedata.normalize("NFKC", after.group("n"))), "議案", title[after.end():]
        title = case[2] if case and number is not None and not after else _NUMBERED_CASE.sub("", title)
        heading = Heading(line=-1, style="plain", number=None, title=title)
        split_title(heading)
        classify_heading(heading)
        t = compact(heading.title)
        if heading.cls != "item" or len(t) < 4 or _BARE_KIND.fullmatch(t) or _contents_run(heading.title):
            continue
        marked = "報告" if _REPORT_MARK.search(heading.title) or word == "報告" else None
        found.append((heading.title, heading.kind_hint or marked or under, number, word))
    return found


# The plausibility of what a reader took for a case's title. A reader that found SOMETHING may have
# found the wrong thing; these shapes tell a misread title from a case's.

# 議題, 議題等, 議事, 案件, その他: the word that heads an agenda, read as a title, names no case.
_HEADING_WORD_ONLY = re.compile(r"(?:" + "|".join(AGENDA_HEADING_WORDS) + r"|その他)等?")
# 北野計画(案)について資料1により事務局から説明した。: a sentence of what was done with a case; its
# subject, up to について, is the case.
_DONE_SENTENCE = re.compile(
    r"^(?P<t>.{4,}?(?:について|に関して))(?=[^。]*(?:説明(?:した|があった|され(?:た|ました))|報告(?:した|があった|され(?:た|ました))"
    r"|了承(?:した|された|されました)|承認(?:した|された|されました))。?$)"
)


def split_run(title: str, kind: str | None = None) -> list[tuple[str, str | None, int | None, str | None]] | None:
    """The cases of an enumerated run of two or more entries flattened into one title, or None.

    国分寺… 【報告事項】 1.「第4回…」実績報告 2.… 3.…: a reader that took the line's whole run for one title.
    Text before the run (…のあり方について 1.… 2.…) is the group's word over its entries and is no case; entries
    joined by commas ((ア)趣旨,(イ)構成) are the points of one case, no run.
    第2次計画の1年目の評価について holds a number but opens no run: 1年 is a count, and one entry is no run.
    """
    for m in _MARK.finditer(title):
        style, number = _mark(m)
        if number != 1 or style.startswith("bul"):
            continue
        if m.group("num") and _COUNTED.match(title, m.end()):
            continue
        run = title[m.start():]
        if ASPECT_JOIN.search(run):
            return None
        tree = _list_after(run)
        if sum(1 for _ in _leaves(tree, None)) < 2:
            continue
        return _cases(tree, kind)
    return None


def top_level_run(text: str) -> list[tuple[str, str | None, int | None, str | None]]:
    """The cases of the enumerated run that opens text, its top level only: 6 その他 ・【書類番号1】…, the list under
    an entry, is no part of the run."""
    roots = [FallbackEntry(e.title, e.kind, e.style, e.number) for e in _list_after(text)]
    return _cases(roots, None)


def done_subject(title: str) -> str:
    """北野計画(案)について資料1により説明した。 → 北野計画(案)について; any other title as it is."""
    m = _DONE_SENTENCE.match(title.strip())
    return m.group("t") if m else title


# 0 views / 0 download: a document site's counters read as a numbered list; a council's case is named in Japanese.
_JAPANESE = re.compile(r"[ぁ-んァ-ヶ一-龥々]")


# 山田市民生活部長、高木環境課長、山内課長補佐: who attended by surname and office, a form's cell read as the agenda's;
# 大会議室: the room.
_PEOPLE_OR_ROOM = re.compile(
    r"(?:[一-龥々]{1,12}?(?:部長|課長|局長|次長|室長|補佐|係長|主幹|主査|主事|主任)[、,，]){2,}[^、,，]*|[一-龥々0-9]{0,12}(?:会議室|委員会室)"
)


_QUOTATION = re.compile(r"「[^「」]*」")


def outside_quotes(text: str) -> str:
    """The text without what it quotes (nested quotations too): 「…の類。」の…に対する審査請求 quotes a sentence and is
    none."""
    while "「" in text:
        text, n = _QUOTATION.subn("", text)
        if not n:
            break
    return text


def prose_like(text: str) -> bool:
    """A sentence (its 。 outside what it quotes) or longer than a title runs: no agenda entry."""
    bare = outside_quotes(text)
    return "。" in bare or len(bare) > 120


def plausible_form(title: str) -> bool:
    """plausible_title short of the run: not a heading word, not a sentence, not who attended or the room (for a
    caller that has split_run's answer)."""
    t = compact(title)
    return not (_HEADING_WORD_ONLY.fullmatch(t) or "。" in outside_quotes(t) or t.endswith(("した", "ます", "です"))
                or _PEOPLE_OR_ROOM.fullmatch(t)) and bool(_JAPANESE.search(t))


def plausible_title(title: str) -> bool:
    """Whether a title read as a case's could be one: not a heading word, not a sentence, not a flattened run."""
    return plausible_form(title) and split_run(title) is None


# 第229号 …について(北野市決定) 第230号 …の変更について 第231号 … 協議事項 …の傍聴について: a numbered series of cases run onto one
# line (a table's cell), each opening with the number after the last; a group word (協議事項) set off by blanks opens a
# group of its own after them.
_NEXT_NUMBERED = r"[ \t\u3000]+(?:議|議案|諮問|報告)?第[ \t\u3000]*{n}[ \t\u3000]*号[ \t\u3000]+(?=\S)"
_WHOLE_TITLE = re.compile(r"(?:について|の件|[)）])$")
_GROUP_WORD_RUN_ON = re.compile(r"(?<=\S)[ \t\u3000]*(?P<w>(?:諮問|報告|審議|協議|説明)事項|その他)[ \t\u3000]+(?=\S)")


def case_number_run(title: str, number: int | None) -> list[tuple[str, str | None, int | None, str | None]] | None:
    """The cases of a run of numbered cases flattened after the first one's heading (its ``number`` read, or where the
    agenda's reader took the number off, the one before the next number found after a whole title), or None where the
    title holds no next number."""
    if number is None:
        m = re.search(_NEXT_NUMBERED.format(n="(?P<n>[0-9０-９]{1,4})"), title)
        if m is None or not _WHOLE_TITLE.search(title[:m.start()]):
            return None
        number = int(unicodedata.normalize("NFKC", m.group("n"))) - 1
    if not re.search(_NEXT_NUMBERED.format(n=number + 1), title):
        return None
    parts, n, rest = [], number, title
    while True:
        m = re.search(_NEXT_NUMBERED.format(n=n + 1), rest)
        if m is None:
            break
        parts.append((rest[:m.start()], n))
        rest, n = rest[m.end():], n + 1
    parts.append((rest, n))
    out = []
    last, n = parts[-1]
    group = _GROUP_WORD_RUN_ON.search(last)
    if group is not None:
        parts[-1] = (last[:group.start()], n)
    for text, n in parts:
        h = Heading(line=-1, style="dai", number=str(n), title=text.strip(" \t\u3000"))
        split_title(h)
        classify_heading(h)
        if h.cls == "item":
            out.append((h.title, h.kind_hint, None, None))
    if group is not None:
        word = group.group("w")
        h = Heading(line=-1, style="plain", number=None, title=title[len(title) - len(last) + group.end():].strip(" \t\u3000"))
        split_title(h)
        classify_heading(h)
        if h.cls == "item" and word != "その他":
            out.append((h.title, "報告" if word == "報告事項" else "諮問" if word == "諮問事項" else None, None, None))
    return out if len(out) >= 1 else None


# 議題 ・報告事項(公開) (1)市道路線の廃止及び認定について ・協議事項(公開) / (1)…について / (2)…: the first group's one entry run
# onto the line of the agenda's word, between its group word and the next group's; the list under the next group
# stands below as headings.
_GROUP_ENTRY_RUN_ON = re.compile(
    r"・?(?P<w>報告|諮問|協議|審議)事項(?:[(（][^()（）]{1,6}[)）])?[ \t\u3000]+(?P<e>[(（][1１][)）][ \t\u3000]*[^\s・].*?)"
    r"[ \t\u3000]+・?(?:報告|諮問|協議|審議)事項(?:[(（][^()（）]{1,6}[)）])?[ \t\u3000]*$"
)


def entry_run_onto_the_line_above(lines: list[str], first_heading: Heading | None) -> tuple[str, str | None] | None:
    """(title, kind) of the entry run onto the line just above the first heading, a list at (1), or None."""
    if first_heading is None or first_heading.style != "pnum" or unicodedata.normalize("NFKC", first_heading.number or "") != "1":
        return None
    above = next((lines[i] for i in range(first_heading.line - 1, max(-1, first_heading.line - 3), -1) if lines[i].strip()), "")
    m = _GROUP_ENTRY_RUN_ON.search(above) if "事項" in above else None
    if m is None:
        return None
    h = parse_heading(m.group("e"))
    if h is None:
        return None
    entry = Heading(line=-1, style=h[0], number=h[1], title=h[2])
    split_title(entry)
    classify_heading(entry)
    if entry.cls != "item":
        return None
    return entry.title, {"報告": "報告", "諮問": "諮問"}.get(m.group("w"))
