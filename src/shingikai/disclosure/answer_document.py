"""The 答申書 of an appeal in the 審査会's form (第1 審査会の結論, 第2 審査請求の趣旨, 第3 審査請求人及び実施機関
の主張, 第4 審査会の判断, 第5 審査会の処理経過), as the documents app's blocks, so it is laid out as A4 PDF and
DOCX like every other official document.

The public version leaves out the names (appellant, requester, third parties: masked wherever they
appear in the text) and anything withheld (the withheld parts, notes of the インカメラ審理); it exists only
for a 答申 the secretariat has published.
"""
from __future__ import annotations

import re
import unicodedata

from shingikai.documents import context as doc
from shingikai.documents.errors import DocumentError, record_or_error
from shingikai.meetings.answer_corrections import corrections
from shingikai.meetings.models import Answer

from .models import Appeal

MASK = "○○"


def secret_strings(appeal: Appeal) -> list[str]:
    """Every name that must not appear in the public version, longest first (so a full name masks whole).
    Besides the people on record, what the register's 不開示とした部分 holds in brackets: a third party the
    department named there was withheld by the very decision under appeal, whether or not anyone entered
    them through 第三者意見照会."""
    request = appeal.request
    return name_variants([appeal.appellant_name, request.requester_name, request.requester_contact,
                          *request.third_parties.values_list("third_party", flat=True),
                          *withheld_names(request.withheld_summary)])


_BRACKETED = re.compile(r"[（(「『]([^）)」』]*)[）)」』]")
_SEPARATORS = r"[\s、，,・/／:：;；]+"
# Words that say what kind of thing or person was withheld (第三者 西山 医師): the rest is the thing itself.
_ROLE_WORDS = ("第三者", "医師", "職員", "担当者", "代表者", "氏", "様", "さん", "殿")
# Words of a 不開示とした部分 that describe what was withheld and are bound to be discussed in the 答申.
_DESCRIPTIVE = {"氏名", "住所", "部分", "情報", "個人", "法人", "第三者", "記載", "内容", "一部", "全部", "番号", "等"}


def _without_roles(word: str) -> str:
    for role in _ROLE_WORDS:
        word = word.removeprefix(role).removesuffix(role)
    return word


def withheld_names(summary: str) -> list[str]:
    """The withheld content the 不開示とした部分 writes in brackets (「接種医の氏名 (第三者 西山 医師)」 → 西山)."""
    words = (_without_roles(w) for inner in _BRACKETED.findall(summary or "") for w in re.split(_SEPARATORS, inner))
    return [w for w in words if len(w) >= 2]


def withheld_words(summary: str) -> list[str]:
    """The words of the 不開示とした部分 outside its brackets (事業者の見積単価 → 事業者, 見積単価), less the
    words that only say what kind of thing it is."""
    words = re.split(r"の|及び|並びに|又は|若しくは|[\s、，,・/／:：;；。]+", _BRACKETED.sub(" ", summary or ""))
    found = []
    for word in words:
        word = _without_roles(word.strip(" 　()（）「」『』"))
        if len(word) >= 2 and word not in _DESCRIPTIVE and word not in found:
            found.append(word)
    return found


def public_texts(appeal: Appeal) -> list[str]:
    """Every text of the public version, masked as it is published."""
    secrets = secret_strings(appeal)
    texts = [appeal.conclusion, appeal.purport, appeal.appellant_claims, appeal.agency_claims, appeal.judgment,
             *appeal.judgments.values_list("reason", flat=True)]
    texts += [t for c in corrections_of(appeal) for t in (c.reason, *(ch.text for ch in c.changes))]
    return [masked(t or "", secrets) for t in texts]


def withheld_words_left(appeal: Appeal) -> list[str]:
    """Words of the request's 不開示とした部分 still in the public version after masking: each may be a mere
    mention of what was withheld, or the withheld information itself, which only a person can tell."""
    texts = "\n".join(public_texts(appeal))
    # Matched as names are masked: however spaced, in whichever width.
    return [w for w in withheld_words(appeal.request.withheld_summary) if masked(texts, [w]) != texts]


def name_variants(names) -> list[str]:
    """The names with the forms they are also written in, longest first (so a full name masks whole)."""
    parts = set()
    for name in names:
        if name:
            parts.add(name)
            # A name written without its space (開示請子 for 開示 請子) is the same name.
            parts.add("".join(name.split()))
            parts.update(p for p in name.replace("\u3000", " ").split(" ") if len(p) >= 2)
    return sorted((p for p in parts if p.strip()), key=len, reverse=True)


# A name is the same whatever blanks a writer put between its letters (鈴木　次郎, 鈴木 次郎, 鈴木次郎).
_BLANKS = "[ \t\u3000]*"
_DASHES = "-‐‑–—―−－"


def _letter(c: str) -> str:
    """A letter of a secret as a class of the widths it is also typed in (9 ９, - －, A Ａ)."""
    forms = {c, unicodedata.normalize("NFKC", c)}
    for f in list(forms):
        if "!" <= f <= "~":
            forms.add(chr(ord(f) + 0xFEE0))
    if forms & set(_DASHES):
        forms |= set(_DASHES)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def masked(text: str, secrets: list[str]) -> str:
    """``text`` with each secret replaced by ○○, however it is spaced or in whichever width its letters are typed."""
    if not text:
        return text
    patterns = [_BLANKS.join(_letter(c) for c in secret if not c.isspace()) for secret in secrets if secret.strip()]
    if not patterns:
        return text
    # Longest first: a full name is masked whole before its family name alone.
    return re.sub("|".join(sorted(set(patterns), key=len, reverse=True)), MASK, text, flags=re.IGNORECASE)


def corrections_of(appeal: Appeal) -> list:
    """The 正誤 of the 答申 on this appeal: those of the council's issued 答申 (correct_issued_answer), the one
    record of the 答申 after issue, oldest first."""
    if appeal.case_id is None:
        return []
    answer = appeal.case.answers.filter(state=Answer.State.ISSUED).first()
    return corrections(answer) if answer is not None else []


def _chair(council, on):
    name = doc.chair_name(council, on) if council else ""
    return f"会長　{name}" if name else "会長"


def build(appeal: Appeal, *, public: bool, preview: bool = False) -> dict:
    """`preview`: the public version as it would be published, for the secretariat to read before 公表."""
    if not appeal.outcome:
        raise DocumentError("答申案がまだ作成されていません。", code="no-answer")
    if public and not appeal.answer_published and not preview:
        raise DocumentError("この答申は公表されていません。", code="not-public")
    request = appeal.request
    council = appeal.case.council if appeal.case else None
    secrets = secret_strings(appeal) if public else []

    def text(value):
        return masked(value or "", secrets)

    appellant = "審査請求人" if public or not appeal.appellant_name else f"審査請求人（{appeal.appellant_name}）"
    kind = request.get_kind_display().split(" ")[0]
    blocks = [
        doc.right(appeal.answer_number or "答申第　　号", doc.jdate(appeal.answered_on, blank=doc.BLANK_DATE)),
        doc.left(doc.honorific(doc.head_of(request.municipality))),
        doc.right(council.name if council else "", _chair(council, appeal.answered_on)),
        doc.title(f"{request.get_decision_display()}決定に係る審査請求について（答申）"),
        doc.para(
            f"{doc.jdate(appeal.referred_on, blank='')}付けで諮問のあった{kind}に係る{request.decision}決定"
            f"（{doc.jdate(request.decided_on, blank='')}付け）に対する審査請求について、次のとおり答申します。"
        ),
        doc.heading("第1　審査会の結論", level=2),
        doc.para(text(appeal.conclusion)),
        doc.heading("第2　審査請求の趣旨", level=2),
        doc.para(f"{appellant}の審査請求の趣旨は、{text(appeal.purport)}"),
        doc.heading("第3　審査請求人及び実施機関の主張", level=2),
        doc.heading("1　審査請求人の主張", level=3),
        doc.para(text(appeal.appellant_claims) or "（記載なし）"),
        doc.heading(f"2　実施機関（{request.department.name}）の主張", level=3),
        doc.para(text(appeal.agency_claims) or "（記載なし）"),
        doc.heading("第4　審査会の判断", level=2),
        doc.para(text(appeal.judgment)),
    ]
    judgments = list(appeal.judgments.select_related("ground"))
    if judgments:
        blocks.append(doc.table(
            ["不開示の理由", "類型", "判断", "判断理由"],
            [[j.ground.article, j.ground.category, j.finding, text(j.reason)] for j in judgments], [20, 18, 10, 52],
        ))
    if not public and request.withheld_summary:
        blocks += [doc.heading("（内部資料）不開示とした部分", level=3), doc.para(request.withheld_summary)]
    events = list(appeal.events.all())
    blocks += [
        doc.heading("第5　審査会の処理経過", level=2),
        doc.table(["年月日", "処理内容"],
                  [[doc.jdate(appeal.referred_on, blank=""), "諮問を受けた"]]
                  + [[doc.jdate(e.on, blank=""), f"{e.kind}" + (f"（{e.submitted_by}）" if e.submitted_by else "")]
                     for e in events if e.kind != "理由説明書"]
                  + [[doc.jdate(appeal.answered_on, blank=""), "答申"]] * bool(appeal.answered_on),
                  [30, 70]),
    ]
    corrected = corrections_of(appeal)
    if corrected:
        blocks += [doc.heading("第6　正誤", level=2), doc.para("この答申は発出後に次のとおり訂正した。"),
                   doc.table(["訂正日", "箇所", "訂正後", "理由"],
                             [[doc.jdate(c.on), change.label, text(change.text), text(c.reason)]
                              for c in corrected for change in c.changes], [18, 12, 50, 20])]
    name = f"答申_{appeal.answer_number or appeal.number}" + ("_公開版" if public else "")
    return doc.document("answer", f"{request.decision}決定に係る審査請求について（答申）", council, blocks,
                        draft=not appeal.answered_on, filename=name)


def document_of(obj_id, *, reading=None) -> dict:
    """The `appeal` kind of `shingikai document` and /documents/: the whole 答申書, or its public version
    for a reader access.document_reading gives only the public one."""
    appeal = record_or_error(Appeal.objects.select_related("request__department", "request__municipality", "case__council"),
                      obj_id, "審査請求")
    return build(appeal, public=reading is not None and not reading.full)
