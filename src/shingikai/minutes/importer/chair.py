"""Who chairs the body, where its roster does not mark it.

The chair may be elected during the sitting and named only in a narrative line (委員の互選により
岡本委員が会長に選出され…, 会長に早川和宏委員、副会長に…を選出, 小澤隆委員が委員長に当選), or in a
list of officers under the election's heading (1 会長の選任 / 会長　内薗耕二委員(…学長)). A 部会's
chair is its 部会長, not the chair of the parent body listed beside it. A surname is completed
from the roster where exactly one member bears it.
"""
from __future__ import annotations

import re

_ROLE = r"(?P<r>分科会長|部会長|委員長|会長|座長)"
_NAME = r"[^\s、。,，「」『』（）()]{1,12}?"
# …岡本委員が会長に選出, 小澤隆委員が委員長に当選: the elected one before the office.
# 岡田委員が会長となることが決定: the office the elected one becomes.
_ELECTED = re.compile(rf"(?P<n>{_NAME})(?:委員|議員)?(?:が|を)[、]?{_ROLE}(?:に(?:選任|選出|互選|決定|就任|当選)|となることが決定)")
# 会長に早川和宏委員、副会長に小森貴浩委員を選出, 会長には北野委員…が選出された: the office before the elected one.
_ELECTED_TO = re.compile(rf"(?<!副){_ROLE}に(?:は[、]?)?(?P<n>{_NAME})(?:委員|議員)[、,]?[^。\n]{{0,40}}?(?:を|が)(?:選出|選任|互選|決定)")
# 事務局案として会長に堀内委員を提示し、了承された: the office, the one put forward for it, and the assent.
_PROPOSED_TO = re.compile(
    # 部会長に…, 連絡協議会の会長に…: a section's head or another body's is no chair of this one.
    rf"(?<![副の部科])(?P<r>委員長|会長|座長)に(?P<n>{_NAME})(?:委員|議員)を(?:提示|推薦|提案)[^。\n]{{0,20}}?(?:了承|承認|異議なく|決定)"
)
# 事務局案として、委員長に北山大学の北野先生を、副委員長には…南田様にお願いしたいと思います。 (異議なしの声あり): the
# secretariat's proposal for the office, the one proposed (先生, 様, 氏 or 委員; where from before の), and the assent
# recorded after it.
_PROPOSAL_ASSENTED = re.compile(
    r"事務局(?:案|から|より)[^。\n]{0,10}?(?<![副の部科])(?P<r>委員長|会長|座長)に(?:[^、。\n]{0,24}の)?"
    r"(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?:先生|委員|様|氏)を[^。\n]{0,80}?お願い[^。\n]{0,20}。[ \t\u3000]*"
    r"[(（〔][^()（）〔〕]{0,6}異議な"
)
# 事務局から座長に北山大学経済学部教授の北野一郎を選出したい旨提案があり、承認された。: the office, the one proposed
# (where from before の), the proposal to elect and its approval, narrated in one sentence.
_PROPOSED_ELECTION_APPROVED = re.compile(
    r"(?<![副の部科])(?P<r>委員長|会長|座長)に(?:[^、。\n]{0,30}の)?(?P<n>[一-龥々ヶ豈-﫿]{2,8}?)(?:委員|先生|氏)?を"
    r"(?:選出|選任)[^。\n]{0,12}?(?:提案|推薦)[^。\n]{0,10}?(?:承認|了承)"
)
# 会長　　内薗耕二委員(静岡県立大学学長), 委員長:北野委員: an officer on a line of its own, role first.
# 委員長:北野 一郎: family and given name a space apart after the colon.
_OFFICER = re.compile(
    rf"^[ \t\u3000]*{_ROLE}(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{2,10}}?"
    rf"|(?<=[:：])[ \t\u3000]*[一-龥々ヶ豈-﫿]{{1,5}}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,5}}"
    # 会長 北野 一郎 委員: the name's two halves a space apart, the post after it says where the name ends.
    rf"|[一-龥々ヶ豈-﫿]{{1,4}}[ \u3000][一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{{1,4}}(?=[ \t\u3000]*委員[ \t\u3000]*$))[ \t\u3000]*(?:委員)?[ \t\u3000]*(?:[(（][^)）\n]*[)）])?[ \t\u3000]*$"
)
# 2. あいさつ 北野会長: the greeting on the order of business is the chair's, named by surname and office.
_GREETING = re.compile(r"(?:あいさつ|挨拶)[ \t\u3000]+(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)[ \t\u3000]*$")
# …会長が議長となるため北野会長に議題の進行を依頼: the chair asked by name to lead the business.
_ASKED_TO_PRESIDE = re.compile(
    r"(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)に(?:議題|議事|会議)?の?(?:進行|進行役)を(?:依頼|お願い|お願いし|要請)"
    # 条例の規定により北野委員長が議長として議事を進行。: the record narrates who presides over the business.
    r"|(?P<p>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)が議長と(?:して|なり)[、,]?(?:議事|議題|会議)?[のを]?進行"
)
# それでは、会議の進行を北野会長さんにお願いいたします: the one asked named after what is asked of them.
_ASKED_TO_PRESIDE = re.compile(
    _ASKED_TO_PRESIDE.pattern + r"|(?:議題|議事|会議)?の?進行を[、,]?(?P<q>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])"
    r"(?:会長|委員長|座長)(?:さん|様)?に(?:依頼|お願い|要請)")
# 4 会長・副会長の選出 会長:北野委員、副会長:南田一郎委員: the election's step on the order of business, its result
# after it on the same line, each office and a colon before the one elected.
_ELECTED_AFTER_STEP = re.compile(
    rf"(?:選任|選出|互選|選挙)[ \t\u3000]+(?<![副の部科])(?P<r>委員長|会長|座長)[ \t\u3000]*[:：][ \t\u3000]*(?P<n>{_NAME})(?:委員|議員)(?:$|[、,，\s])"
)
# 委員長は、北山大学教授北野一郎氏が委員の互選により選任された。: the office first, then the one elected to it (where from
# before the name, honoured with 氏), and how.
_OFFICE_FILLED = re.compile(
    r"(?<![副の部科])(?P<r>委員長|会長|座長)は[、,]?[ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{2,30}?)(?:氏|委員|様)が"
    r"[^。\n]{0,20}?(?:選任|選出|互選)"
)
# 事務局案(北野会長・南田副会長)が承認される。: the officers proposed in a bracket after the proposal, the chair first,
# and the assent.
_BRACKETED_PROPOSAL = re.compile(
    r"(?:事務局|会長|座長)?案[(（](?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副部])(?P<r>委員長|会長|座長)"
    r"(?:[・、,][^()（）。\n]{1,30})?[)）](?:が|を|は)?[、]?[^。\n]{0,6}?(?:承認|了承|異議なく|決定)"
)
_ELECTION = re.compile(r"選任|選出|互選|指名|選挙")
# 委員の互選により岡本, 有効投票の最多数を得られました小澤隆: the words that lead up to the name.
_LEAD_IN = re.compile(r"^.*(?:により|によって|互選で|投票で|[ぁ-ん]{2,}(?=[一-龥]))")


def elected(lines: list[str], members: list[str]) -> str | None:
    """The chair elected in the text, completed from ``members``."""
    for line in lines:
        if "に" not in line and "と" not in line and "選" not in line and "案" not in line:
            continue
        for rx in (_ELECTED, _ELECTED_TO, _PROPOSED_TO, _ELECTED_AFTER_STEP, _PROPOSAL_ASSENTED, _PROPOSED_ELECTION_APPROVED,
                   _OFFICE_FILLED, _BRACKETED_PROPOSAL):
            m = rx.search(line)
            if m:
                # ・金田委員を会長に選出, 会長選出:木内委員が…: a bullet or a step's word and colon before the name is no
                # letter of it.
                name = re.split(r"[:：]", _LEAD_IN.sub("", m.group("n")))[-1].lstrip("・•-－")
                # 会長に"北野一郎"委員が選出された: the name set in quotes, the quotes no letters of it.
                name = name.strip("\"'“”‘’")
                if len(name) >= 2:
                    return full_name(name, members)
    return (_elected_under_heading(lines, members) or _officer_listed(lines, members) or _greeted(lines, members)
            or _asked_to_preside(lines, members) or _greeting_given_by(lines, members) or _elected_with_deputy(lines, members))


# 会長に"北野一郎"委員: an office and the member given it.
_OFFICE_TO_MEMBER = rf"(?:副?(?:分科会長|部会長|委員長|会長)|座長代理|座長)に(?:は[、]?)?[\"“]?(?P<n>{_NAME})[\"”]?(?:委員|議員)"
_ELECTION_VERB = r"(?:が|を)(?:選出|選任|互選)"
# 会長に"北野一郎"委員が選出された。 / 副会長に南田花子委員が選出された。: each officer elected, in narration.
_OFFICER_ELECTED = re.compile(_OFFICE_TO_MEMBER + _ELECTION_VERB)
# 委員長に北野一郎委員(市議会議員)、副委員長に南田花子委員(…)が選出: the officers in one sentence, each perhaps with the
# seat they come from in brackets, the election said once at its end.
_OFFICERS_ELECTED_TOGETHER = re.compile(
    _OFFICE_TO_MEMBER + rf"(?:[(（][^()（）。]{{1,20}}[)）])?(?:{_ELECTION_VERB}|、(?=[^。]{{1,80}}?{_ELECTION_VERB}))")


def officers_elected(lines: list[str], together: bool = False) -> list[str]:
    """The names of the officers the narration says were elected, in order, once each; ``together``: also those
    named in one sentence whose election is said once at its end."""
    rx = _OFFICERS_ELECTED_TOGETHER if together else _OFFICER_ELECTED
    return list(dict.fromkeys(m.group("n") for line in lines if "選" in line for m in rx.finditer(line)))


# 北野委員が会長に選出され、以下の議事を進行した。: the member named before the office given to it.
_MEMBER_ELECTED_TO_OFFICE = re.compile(
    r"(?:^|(?<=[、。\s「」]))(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,10}?)(?:委員|議員)が[、]?(?<![副の部科])(?:委員長|会長|座長)に(?:選出|選任|互選)")


def officers_named_first(lines: list[str]) -> list[str]:
    """The names of the members the narration says were elected to the chair, named before the office."""
    return list(dict.fromkeys(m.group("n") for line in lines if "選" in line for m in _MEMBER_ELECTED_TO_OFFICE.finditer(line)))


# ・会長互選 / 北野委員に決定: the election's step on the order of business, its result on the line below.
_ELECTION_STEP = re.compile(
    rf"^[ \t\u3000]*(?:[・•\-－][ \t\u3000]*|[(（]?[0-9０-９]{{1,2}}[)）.．]?[ \t\u3000]*)?(?<!副){_ROLE}の?(?:互選|選出|選任|選挙)(?:について)?[ \t\u3000]*$"
)
_RESULT_LINE = re.compile(
    r"^[ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,10}?)(?:委員|議員)?(?:に決定|が選出|が選任|に選出|に選任)"
    r"(?:され(?:た|ました)?|しました|した)?。?[ \t\u3000]*$"
)


def _elected_under_heading(lines: list[str], members: list[str]) -> str | None:
    for i, line in enumerate(lines[:300]):
        if "選" not in line and "互" not in line or not _ELECTION_STEP.match(line):
            continue
        below = next((ln for ln in lines[i + 1:i + 4] if ln.strip(" \t\u3000")), "")
        m = _RESULT_LINE.match(below)
        if m and len(m.group("n")) >= 1:
            return full_name(m.group("n"), members)
    return None


def _asked_to_preside(lines: list[str], members: list[str]) -> str | None:
    for line in lines:
        m = _ASKED_TO_PRESIDE.search(line) if "進行" in line else None
        if m:
            return full_name(_LEAD_IN.sub("", m.group("n") or m.group("p") or m.group("q")), members)
    for line in lines:
        m = _BUSINESS_RUN_BY.search(line) if "進行" in line else None
        if m:
            return full_name(m.group("n"), members)
    for line in lines:
        # 運営規程第5条の規定により、北野会長が議長となった。: the rules make the chair preside; named so, the chair.
        m = _BECAME_PRESIDING.search(line) if "議長と" in line else None
        if m:
            return full_name(m.group("n"), members)
    for line in lines:
        # 6 議題【以下、議長は北野委員長】: the note on the order of business names who presides over it.
        m = _PRESIDES_NOTE.search(line) if "議長は" in line else None
        if m and len([p for p in members if p.startswith(m.group("n"))]) == 1:
            return full_name(m.group("n"), members)
    return None


# 2.議事(進行:北野委員長): the step of business noted with who ran it; a chair's office only (開会(進行:北野係長) is the
# staff's moderator opening the sitting).
_BUSINESS_RUN_BY = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、][ \t\u3000]*)?(?:議事|審議|協議)[(（]進行[:：][ \t\u3000]*"
    r"(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)[)）]")
_BECAME_PRESIDING = re.compile(r"(?:^|[、,。 \u3000])(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)が議長と(?:なった|なり|なる)")
_PRESIDES_NOTE = re.compile(r"[(（【\[](?:以下[、,]?)?議長は[、,]?(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副会育部])(?:会長|委員長|座長)[)）】\]]")


# (3) 北野会長あいさつ (4) 議事(議長:会長): a step of the order of business, the chair's greeting after its number, the
# surname first; read only where one member bears it.
_STEP_GREETING = re.compile(
    r"[(（][0-9０-９]{1,2}[)）][ \t\u3000]*(?P<n>[一-龥々ヶ豈-﫿]{1,4}?)(?<![副会育部])(?:会長|委員長|座長)(?:あいさつ|挨拶)(?=[ \t\u3000]|$)"
)


def _greeted(lines: list[str], members: list[str]) -> str | None:
    for line in lines:
        m = _GREETING.search(line) if "さつ" in line or "挨拶" in line else None
        if m:
            return full_name(m.group("n"), members)
    for line in lines:
        m = _STEP_GREETING.search(line) if "さつ" in line or "挨拶" in line else None
        if m and len([p for p in members if p.startswith(m.group("n"))]) == 1:
            return full_name(m.group("n"), members)
    return None


# 2.委員長挨拶 遠藤委員長より挨拶: the chair's greeting noted by who gives it, the surname before the office, after a
# blank or at the line's start (北山市協議会会長より… is a body's office, not a surname's).
_GREETING_GIVEN_BY = re.compile(
    r"(?:^|[ \t\u3000])(?P<n>[一-龥々ヶ豈-﫿]{1,4}?)(?<![副会育部議協審局])(?:会長|委員長|座長)(?:より|から)(?:ご|御)?(?:あいさつ|挨拶)"
)


def _first_named(lines: list[str], members: list[str], pattern: re.Pattern[str], *words: str) -> str | None:
    """The name the first line holding one of ``words`` gives by ``pattern``, completed from ``members``."""
    text = "\n".join(lines)
    if not any(w in text for w in words):
        return None
    for line in lines:
        m = pattern.search(line) if any(w in line for w in words) else None
        if m:
            return full_name(m.group("n"), members)
    return None


def _greeting_given_by(lines: list[str], members: list[str]) -> str | None:
    return _first_named(lines, members, _GREETING_GIVEN_BY, "挨拶", "あいさつ")


# 本田委員が委員長に平野委員が副委員長に選出されました: both offices filled in one clause, one verb after the deputy's; the
# first named (not the deputy) is the chair.
_ELECTED_WITH_DEPUTY = re.compile(
    rf"(?P<n>[一-龥々ヶ豈-﫿]{{1,6}}?)(?:委員|議員)が(?<!副){_ROLE}に[、,]?[一-龥々ヶ豈-﫿]{{1,6}}?(?:委員|議員)が副(?:分科会長|部会長|委員長|会長|座長)に"
    r"(?:選任|選出|互選|決定|就任)"
)


def _elected_with_deputy(lines: list[str], members: list[str]) -> str | None:
    return _first_named(lines, members, _ELECTED_WITH_DEPUTY, "が副")


# →会 長:北野一郎氏 / 副会長:南田健氏: the result of the election under it, an arrow before the first office (its
# letters spaced to the width of 副会長) and the one elected honoured with 氏 or 様.
_RESULT_ARROW = re.compile(r"^[ \t\u3000]*[→⇒][ \t\u3000]*")
_SPACED_OFFICE = re.compile(r"^([ \t\u3000]*(?:副)?)(会|委[ \u3000]?員)[ \u3000](長)(?=[ \t\u3000]*[:：])")
_HONORIFIC_END = re.compile(r"(?<=[一-龥々ヶぁ-んァ-ヶー])(?:氏|様)[ \t\u3000]*$")


def _officer_listed(lines: list[str], members: list[str]) -> str | None:
    for i, line in enumerate(lines):
        if line[:3].lstrip(" \t\u3000")[:1] in "→⇒" and ("氏" in line or "様" in line):
            line = _HONORIFIC_END.sub("", _SPACED_OFFICE.sub(r"\1\2\3", _RESULT_ARROW.sub("", line)))
        m = _OFFICER.match(line) if len(line) < 60 else None
        if m and any(_ELECTION.search(p) for p in lines[max(0, i - 4):i]):
            return full_name(re.sub(r"[ \t\u3000]", "", m.group("n")), members)
    return None


def of_section(roster: str | None, council: str | None, members: list[str]) -> str | None:
    """A 部会's chair: the one the roster calls 部会長 (角田禮次郎部会長), beside the parent body's 委員長."""
    if not roster or not council or not council.endswith("部会"):
        return None
    m = re.search(r"(?P<n>[一-龥々ヶぁ-んァ-ヶー]{2,10}?)[ \t\u3000]*部会長(?!代理|職務)", roster) or _SECTION_HEAD_NOTED.search(roster)
    return full_name(re.sub(r"[ \t\u3000]", "", m.group("n")), members) if m else None


# 北村 行伸(部会長)、清原 慶子: the office in brackets after a full name spaced between surname and given name.
_SECTION_HEAD_NOTED = re.compile(r"(?P<n>[一-龥々ヶ]{1,4}[ \t\u3000]?[一-龥々ヶぁ-ん]{1,4})[(（]部会長[)）]")


def full_name(name: str, members: list[str]) -> str:
    """岡本 → 岡本博志 where one member of the roster has that surname."""
    matches = [p for p in members if p.startswith(name)]
    if not matches and len(name) > 4:
        # 委員長に北山大学北野一郎委員 with a roster of surnames (北野): the affiliation before the name; the name
        # starts at the one surname of the roster its end holds, a given name after it.
        ends = {name[name.rfind(p):] for p in members if len(p) >= 2 and 1 <= len(name) - name.rfind(p) - len(p) <= 4
                and name.rfind(p) > 0}
        return ends.pop() if len(ends) == 1 else name
    return matches[0] if len(matches) == 1 else name


# 議長(委員長・会長等)の氏名: a form's field for who chairs, its label and value often interleaved by the
# extraction (議長(委員長・ / 町長 北野一郎 / 会長等)の氏名 / 北野一郎 町長).
_FORM_LABEL = "議長(委員長・会長等)の氏名"
# 議長(会長)氏名: the same field without の.
_FORM_LABEL_RE = re.compile(r"議長[(（][^)）]{0,24}[)）]の?氏名")
_NAME_TOKEN = re.compile(r"[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,8}")


def named_in_form(lines: list[str], members: list[str]) -> str | None:
    """The chair a form's 議長…の氏名 field names, its role word (町長, 会長) before or after the name dropped."""
    for i, line in enumerate(lines):
        if "議長" not in line:
            continue
        window, label_end = "", None
        for j in range(i, min(i + 4, len(lines))):
            window += re.sub(r"[ \t\u3000]", "", lines[j]).replace("（", "(").replace("）", ")")
            m = _FORM_LABEL_RE.search(window)
            if m:
                label_end = j
                break
        if label_end is None:
            continue
        pieces = [lines[k] for k in range(i + 1, label_end) if not _piece_of_label(lines[k])]
        tail = _FORM_LABEL_RE.split(re.sub(r"[（]", "(", re.sub(r"[）]", ")", lines[label_end])))[-1]
        for value in pieces + [tail, lines[label_end + 1] if label_end + 1 < len(lines) else ""]:
            name = _name_beside_role(value)
            if name:
                return full_name(name, members)
        return None
    return None


def _piece_of_label(line: str) -> bool:
    k = re.sub(r"[ \t\u3000]", "", line).replace("（", "(").replace("）", ")")
    return bool(k) and k in _FORM_LABEL


def _name_beside_role(value: str) -> str | None:
    tokens = [t for t in re.split(r"[ \t\u3000]+", value.strip(" \t\u3000")) if t]
    names = [t for t in tokens if not (t.endswith("長") and len(t) <= 6)]
    if not names or len(names) > 2 or len(tokens) - len(names) > 1 or not all(_NAME_TOKEN.fullmatch(t) for t in names):
        return None
    name = "".join(names)
    return name if 2 <= len(name) <= 8 else None


# 出席者 委員長 北野花子 副委員長 南田一郎 委員 …: the chair's role before the name in a roster cell.
# 会長 北野 一郎: a table's cell keeps the space between surname and given name (no role word after it).
_ROLE_FIRST = re.compile(
    r"(?:^|(?<=[ \t\u3000|｜]))(?:委員長|会長|座長)[ \t\u3000]+(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{2,8}"
    r"|[一-龥々ヶ豈-﫿]{1,4} (?!副|委員|会長|議長|監事|幹事|理事)[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4})(?=[ \t\u3000、,，|｜]|$)"
)
# 会長 監事: the office a table's 備考 column prints beside the role, no one's name.
_OFFICE_WORD = re.compile(r"監事|幹事|理事|顧問|参与|代理出席|欠席|出席")


def role_first(roster: str | None, members: list[str]) -> str | None:
    """The one member a roster names after the chair's role (委員長 北野花子); two such, or none, name no one."""
    found = {m.group("n").replace(" ", "") for m in _ROLE_FIRST.finditer(roster or "")}
    found = {n for n in found if not _OFFICE_WORD.fullmatch(n)}
    return full_name(found.pop(), members) if len(found) == 1 else None


# ○ 会長 北野 一郎: a line of the form that holds only the chair's role and a name, its surname and given name
# a space apart as the table's cell prints them (a speaker's label has speech after it, not a name).
_ROLE_AND_NAME_LINE = re.compile(
    rf"^[ \t\u3000]*[○〇◯●◎・]?[ \t\u3000]*(?:委員長|会長|座長)[ \t\u3000]+"
    r"(?P<n>[一-龥々ヶ豈-﫿]{1,4}[ \u3000](?!副|委員|会長|議長|出席|欠席|代理)[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{1,4})[ \t\u3000]*$"
)


# 委員長 北野一郎委員: the chair's role, then the name closed by the member's role, on a line of its own above the roster.
_ROLE_AND_MEMBER_LINE = re.compile(r"^[ \t\u3000]*(?:委員長|会長|座長)[ \t\u3000]+(?P<n>[一-龥々ヶ豈-﫿ぁ-んァ-ヶー]{2,8}?)委員[ \t\u3000]*$")


def role_and_name_line(lines: list[str], members: list[str]) -> str | None:
    """The one name the form's lines of a role and a name give the chair (○ 会長 北野 一郎); two, or none, give none."""
    found = {re.sub(r"[ \u3000]", "", m.group("n")) for line in lines if (m := _ROLE_AND_NAME_LINE.match(line))}
    found |= {m.group("n") for line in lines if "委員" in line and (m := _ROLE_AND_MEMBER_LINE.match(line))
              and m.group("n") in members}
    return full_name(found.pop(), members) if len(found) == 1 else None


# 細 矢 俊 博  予算特別委員長      河 村   豊  副委員長: the committee's officers on a line of their own above its
# roster, each name (often letter-spaced) before the office it holds.
_OFFICER_AFTER_NAME = re.compile(
    r"(?:^|(?<=[ \t\u3000]{2}))(?P<n>[一-龥々ヶ豈-﫿](?:[ \u3000]{0,4}[一-龥々ヶ豈-﫿]){1,6})[ \t\u3000]{2,}"
    r"(?P<r>(?!副)[一-龥々]{0,12}?委員長)(?=[ \t\u3000]|$)"
)


def officer_line(lines: list[str], members: list[str]) -> tuple[str | None, str | None]:
    """The member an officers' line names before the 委員長's office, and that office (予算特別委員長)."""
    for line in lines:
        if "委員長" not in line or "。" in line:
            continue
        for m in _OFFICER_AFTER_NAME.finditer(line.strip(" \t\u3000")):
            name = re.sub(r"[ \t\u3000]", "", m.group("n"))
            if name in members:
                return name, m.group("r")
    for line in lines:
        if "委員長" not in line or "。" in line:
            continue
        # 開議北野一郎 決算特別委員長: the letter-spaced line closed up (and run onto the line above), the gap before the
        # office down to one space; a member of the roster named before it still holds it.
        for name in members:
            at = line.find(name)
            m = _OFFICE_AFTER_MEMBER.match(line, at + len(name)) if at >= 0 and len(name) >= 2 else None
            if m:
                return name, m.group("r")
    return None, None


_OFFICE_AFTER_MEMBER = re.compile(r"[ \t\u3000]+(?P<r>(?!副)[一-龥々]{1,12}?委員長)(?=[ \t\u3000]|$)")


# 会長 / 委員 / 委員 / 特別委員 / 北野 一郎 / 南田 健二 / …: a roster table copied column by column, its roles one a line
# and then its names one a line in the same order; the name in the 会長's place chairs. Where the table runs a
# present column and an absent one side by side, who attended is lost, but the chair's row is the first.
_ROLE_CELL = re.compile(r"^[ \t\u3000]*(?:(?:会長|委員長)(?:職務代理者?|代理)|副?会長|副?委員長|(?:[一-龥]{1,3})?委員)[ \t\u3000]*$")
# 会長 / 会長職務代理者 / 北野 一郎 / 南田 健 / …: only the officers' rows carry a role, the members' rows none; the
# chair and its deputy, two roles in the column, pair with the first two names.
_DEPUTY = re.compile(r"副(?:会長|委員長)|(?:会長|委員長)(?:職務代理者?|代理)")
_NAME_CELL = re.compile(r"^[ \t\u3000]*[一-龥々ヶ]{1,4}[ \t\u3000]?[一-龥々ヶぁ-んァ-ヶー]{1,5}[ \t\u3000]*$")


def role_column(lines: list[str], members: list[str]) -> str | None:
    """The name in the first row of such a column pair, where its role is 会長 or 委員長 and three rows at least
    pair up."""
    i, n = 0, len(lines)
    while i < n:
        # 出欠席席者者 会長: the first role run onto the table's labels (closed up from one letter a line).
        first = lines[i].split()[-1] if lines[i].split() else ""
        if not _ROLE_CELL.match(lines[i]) and not (first in ("会長", "委員長") and i + 1 < n and _ROLE_CELL.match(lines[i + 1])):
            i += 1
            continue
        j = i + 1
        while j < n and _ROLE_CELL.match(lines[j]):
            j += 1
        roles = [first] + [ln.strip(" \t\u3000") for ln in lines[i + 1:j]]
        names = lines[j:j + len(roles)]
        if (len(roles) >= 3 or len(roles) == 2 and _DEPUTY.fullmatch(roles[1])) and roles[0] in ("会長", "委員長") and len(names) == len(roles) \
                and all(_NAME_CELL.match(ln) and ln.strip(" \t\u3000") not in roles for ln in names):
            return full_name("".join(names[0].split()), members)
        i = j
    return None



# …先生方、おはようございます。土屋部会長はじめ委員の先生方には…, 北野会長をはじめ、委員の皆様: an official's greeting names the
# chair first among the members it addresses.
_ADDRESSED_FIRST = re.compile(
    r"(?<![一-龥々ヶ])(?P<n>[一-龥々ヶ]{1,4}?)(?<!副)(?:分科会長|部会長|委員長|会長|座長)(?:を)?はじめ(?:として|とする)?[、,]?"
    r"(?:各?委員|構成員)"
)


def addressed_first(lines: list[str], members: list[str]) -> str | None:
    for line in lines:
        m = _ADDRESSED_FIRST.search(line) if "はじめ" in line else None
        if m:
            return full_name(m.group("n"), members)
    return None


# 北野主査の指名により、南田委員が主査代理に選任された。: the officer who names the deputy is the one who presides; a
# surname on the roster before the office (主査 as a national study group's chair, 会長, 委員長, 座長) and the nomination.
_NOMINATED_BY = re.compile(
    r"(?:^|(?<=[、。\s「」]))(?P<n>[一-龥々ヶ豈-﫿]{1,6}?)(?<![副部])(?:主査|委員長|会長|座長)の指名(?:により|によって|で)"
)


def nominated_by(lines: list[str], members: list[str]) -> str | None:
    """The chair as the narration names them nominating someone, a member of the roster by that surname."""
    for line in lines:
        if "指名" not in line:
            continue
        m = _NOMINATED_BY.search(line)
        if m:
            matches = [p for p in members if p.startswith(m.group("n"))]
            if len(matches) == 1:
                return matches[0]
    return None
