"""The 答申書 of an appeal in the form 審査会 use (第1 審査会の結論, 第2 審査請求の趣旨, 第3 審査請求人及び実施機関
の主張, 第4 審査会の判断, 第5 審査会の処理経過), as the documents app's blocks, so it is laid out as A4 PDF and
DOCX like every other official document.

The public version leaves out the names (appellant, requester, third parties: masked wherever they
appear in the text) and anything withheld (the withheld parts, notes of the インカメラ審理); it exists only
for a 答申 the secretariat has published.
"""
from __future__ import annotations

import re

from django.utils import timezone

from shingikai.documents import context as doc
from shingikai.documents.context.answer_letter import addressed_to
from shingikai.documents.errors import DocumentError, record_or_error
from shingikai.jp.text import loose_pattern
from shingikai.meetings.answer_corrections import corrections
from shingikai.meetings.models import Answer

from .meeting_steps import party_of
from .models import Appeal

MASK = "○○"


def secret_strings(appeal: Appeal) -> list[str]:
    """Every name that must not appear in the public version, longest first (so a full name masks whole).
    Besides the people on record, what the register's 不開示とした部分 holds in brackets: a third party the
    department named there was withheld by the very decision under appeal, whether or not anyone entered
    them through 第三者意見照会; and what the secretariat listed on the appeal to mask (`masked_terms`: a
    name or a number the parties quoted in their words, which no field on record holds)."""
    joined = answered_with(appeal)
    terms = [line for other in joined for line in term_lines(other.masked_terms)]
    return sorted({*name_variants(recorded_names(appeal, joined)), *terms,
                   *contact_parts(appeal.request.requester_contact)}, key=len, reverse=True)


def answered_with(appeal: Appeal) -> list[Appeal]:
    """The appeal and those joined with it in one 答申 (併合, one draft for their cases): the 答申's one text may
    name any of their appellants or quote what any of them asked to mask."""
    if not appeal.case_id:
        return [appeal]
    return [appeal, *Appeal.objects.filter(case__answers__cases=appeal.case_id).exclude(pk=appeal.pk).distinct()]


def recorded_names(appeal: Appeal, joined: list[Appeal] | None = None) -> list[str]:
    """The names the record itself holds, as entered: the appellant and those of the appeals answered with it
    (`joined`, answered_with, when the caller has it already), the requester, the third parties and what the
    不開示とした部分 writes in brackets."""
    request = appeal.request
    names = [*(other.appellant_name for other in (joined or answered_with(appeal))), request.requester_name,
             *request.third_parties.values_list("third_party", flat=True), *withheld_names(request.withheld_summary)]
    return list(dict.fromkeys(name.strip() for name in names if name and name.strip()))


def term_lines(text: str) -> list[str]:
    """What a 「公開版で伏せる語句」 field masks: each line, however spaced; a name also by its parts (松本 和夫:
    松本, 和夫), a line with a digit only whole (みどり信用金庫 普通 1234567 would otherwise mask every 普通)."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    numbers = [line for line in lines if any(c.isdigit() for c in line)]
    return name_variants(line for line in lines if line not in numbers) + numbers


def contact_parts(contact: str) -> list[str]:
    """An address or a telephone number is masked whole (however spaced), each of several listed apart:
    a part of an address (北山市) is no secret on its own."""
    return [part.strip() for part in re.split(r"[\n,，、/／;；]+", contact or "") if len(part.strip()) >= 2]


_BRACKETED = re.compile(r"[（(「『]([^）)」』]*)[）)」』]")
_SEPARATORS = r"[\s、，,・/／:：;；]+"
# Words that say what kind of person or body someone is, not who (第三者 西山 医師, 社会福祉法人みどり会 理事長 西川
# 大介, as a 照会 is addressed): no secret on their own, and masked they would hide what the 審査会 decided about
# (「理事長の印影は開示すべきである」 read 「○○の印影は…」).
_TITLES = frozenset((
    "第三者", "本人", "代理人", "法定代理人", "任意代理人", "審査請求人", "請求者", "医師", "歯科医師", "薬剤師", "看護師",
    "保健師", "助産師", "職員", "担当者", "担当", "代表者", "代表", "代表理事", "代表取締役", "取締役", "社長", "副社長",
    "専務", "常務", "会長", "副会長", "理事長", "副理事長", "理事", "監事", "評議員", "院長", "副院長", "園長", "校長",
    "教頭", "教諭", "所長", "施設長", "管理者", "事業主", "組合長", "店長", "支店長", "事務長", "事務局長", "局長", "部長",
    "次長", "課長", "課長補佐", "係長", "主任", "主査", "主事", "室長", "館長", "センター長", "委員", "委員長", "議員",
    "弁護士", "司法書士", "行政書士", "税理士", "社会保険労務士", "公認会計士", "氏", "様", "さん", "殿", "君",
))
# An office's head written with the office (市民課長, 総務部長): a title too.
_TITLE_ENDINGS = ("課長", "部長", "係長", "室長", "所長", "局長", "支店長", "館長", "園長", "院長", "校長", "事務長", "センター長")
_LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "社会福祉法人", "医療法人社団", "医療法人財団", "医療法人",
    "学校法人", "宗教法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "特定非営利活動法人", "NPO法人",
    "独立行政法人", "地方独立行政法人", "社団法人", "財団法人", "協同組合", "(株)", "（株）", "(有)", "（有）",
)
_HONORIFICS = ("氏", "様", "さん", "殿", "君")
# Words of a 不開示とした部分 that say what kind of thing or person was withheld (第三者 西山 医師): the rest is the
# thing itself.
_ROLE_WORDS = ("第三者", "医師", "職員", "担当者", "代表者", "氏", "様", "さん", "殿")
# Words of a 不開示とした部分 that describe what was withheld and are bound to be discussed in the 答申.
_DESCRIPTIVE = {"氏名", "住所", "部分", "情報", "個人", "法人", "第三者", "記載", "内容", "一部", "全部", "番号", "等"}


def is_title(word: str, *, offices: bool = True) -> bool:
    """A word that says what someone is (理事長, 株式会社, and with `offices` 市民課長), not who. 市民課長 and
    北野課長 read alike: an office's head is a title only beside a name (市民課長 北野 一郎)."""
    word = word.strip()
    return (word in _TITLES or word in _LEGAL_FORMS or word.removeprefix("副") in _TITLES
            or (offices and word.endswith(_TITLE_ENDINGS) and not word.startswith(_LEGAL_FORMS)))


def _without_roles(word: str) -> str:
    if is_title(word):
        return ""
    for role in _ROLE_WORDS:
        word = word.removeprefix(role).removesuffix(role)
    return word


def _bare_name(word: str) -> str:
    """A person's name written with a title or an honorific (理事長西川, 西川大介理事長, 西川氏 → 西川, 西川大介). A
    corporation keeps its legal form: 株式会社みなみ bare would mask every みなみ市."""
    for title in sorted((t for t in _TITLES if len(t) >= 2), key=len, reverse=True):
        if word.startswith(title) and len(word) - len(title) >= 2:
            word = word[len(title):]
        if word.endswith(title) and len(word) - len(title) >= 2:
            word = word[:-len(title)]
    for honorific in _HONORIFICS:
        if word.endswith(honorific) and len(word) - len(honorific) >= 2:
            word = word[:-len(honorific)]
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


def _name_runs(words, *, offices):
    """The runs of words between titles (社会福祉法人みどり会 | 理事長 | 西川 大介 → [社会福祉法人みどり会], [西川, 大介])."""
    runs, run = [], []
    for word in words:
        if is_title(word, offices=offices):
            runs, run = runs + [run] * bool(run), []
        else:
            run.append(word)
    return runs + [run] * bool(run)


def name_variants(names) -> list[str]:
    """The names with the forms they are also written in, longest first (so a full name masks whole). A name
    entered with titles (社会福祉法人みどり会 理事長 西川 大介) masks the names beside the titles, never a title
    (理事長) or a legal form (社会福祉法人) on its own."""
    parts = set()
    for name in names:
        if not name or not name.strip():
            continue
        words = name.replace("\u3000", " ").split()
        runs = _name_runs(words, offices=True) or _name_runs(words, offices=False)
        if runs == [words]:
            parts.add(name)
        for run in runs:
            # A name written without its space (開示請子 for 開示 請子) is the same name.
            whole = "".join(run)
            if len(whole) >= 2 or runs == [words]:
                parts.update((" ".join(run), whole))
            for word in run:
                parts.update(w for w in (word, _bare_name(word)) if len(w) >= 2)
    return sorted((p for p in parts if p.strip()), key=len, reverse=True)


def masked(text: str, secrets: list[str]) -> str:
    """``text`` with each secret replaced by ○○, however it is spaced or in whichever width its letters are typed."""
    if not text:
        return text
    patterns = [loose_pattern(secret) for secret in secrets if secret.strip()]
    if not patterns:
        return text
    # Longest first: a full name is masked whole before its family name alone.
    return re.sub("|".join(sorted(set(patterns), key=len, reverse=True)), MASK, text, flags=re.IGNORECASE)


#: How the 答申書 names a decision on a special extension's 相当の部分, the part decided within the extended period.
PORTION_NOTE = "。特例延長（法第84条）により相当の部分について先に行った決定"


def council_answer_of(appeal: Appeal):
    """The council's issued 答申 on the appeal's case, the one record of the 答申 after issue, or None."""
    if appeal.case_id is None:
        return None
    return appeal.case.answers.filter(state=Answer.State.ISSUED).first()


def corrections_of(appeal: Appeal) -> list:
    """The 正誤 of the 答申 on this appeal: those of the council's issued 答申 (correct_issued_answer), oldest
    first."""
    answer = council_answer_of(appeal)
    return corrections(answer) if answer is not None else []


def _chair(council, on, case):
    """The appeal's 答申書 is signed as the council's other 答申書 are (answer_signature): not by a 会長 recused
    from the case."""
    from shingikai.meetings.actions import answer_signature

    return (answer_signature(council, on or timezone.localdate(), [case] if case else []) or "会長") if council else "会長"


def build(appeal: Appeal, *, public: bool, preview: bool = False, internal: bool = True) -> dict:
    """`preview`: the public version as it would be published, for the secretariat to read before 公表.
    `internal`: the whole 答申書 with what only the secretariat reads (the appellant's name, the 不開示とした部分);
    without it, the 答申 as issued, as the 審査会's members read it."""
    if not appeal.outcome:
        raise DocumentError("答申案がまだ作成されていません。", code="no-answer")
    if public and not appeal.answer_published and not preview:
        raise DocumentError("この答申は公表されていません。", code="not-public")
    request = appeal.request
    council = appeal.case.council if appeal.case else None
    secrets = secret_strings(appeal) if public else []

    def text(value):
        return masked(value or "", secrets)

    internal = internal and not public
    issued = council_answer_of(appeal)
    body = doc.body_word(council)
    appellant = "審査請求人" if not internal or not appeal.appellant_name else f"審査請求人（{appeal.appellant_name}）"
    kind = request.get_kind_display().split(" ")[0]
    # The 諮問 as the 市長 made it: its day and its number (the case's), not the first meeting that heard it.
    consulted = "".join(p for p in (doc.jdate(appeal.referred_on, blank=""), "付け",
                                    appeal.case.number if appeal.case and appeal.case.number else "") if p)
    blocks = [
        doc.right(appeal.answer_number or "答申第　　号", doc.jdate(appeal.answered_on, blank=doc.BLANK_DATE)),
        doc.left(doc.honorific(addressed_to(request.municipality, issued.addressee if issued else "",
                                                appeal.answered_on))),
        doc.right(council.name if council else "", _chair(council, appeal.answered_on, appeal.case)),
        doc.title(f"{appeal.decision_title}に係る審査請求について（答申）"),
        doc.para(
            f"{consulted}で諮問のあった{kind}に係る{appeal.decision_title}"
            f"（{doc.jdate(appeal.decided_on_appealed, blank='')}付け{PORTION_NOTE * appeal.against_portion}）"
            "に対する審査請求について、次のとおり答申します。"
        ),
        doc.heading(f"第1　{body}の結論", level=2),
        doc.para(text(appeal.conclusion)),
        doc.heading("第2　審査請求の趣旨", level=2),
        doc.para(f"{appellant}の審査請求の趣旨は、{text(appeal.purport)}"),
        doc.heading("第3　審査請求人及び実施機関の主張", level=2),
        doc.heading("1　審査請求人の主張", level=3),
        doc.para(text(appeal.appellant_claims) or "（記載なし）"),
        doc.heading(f"2　実施機関（{doc.department_name(request.department, appeal.answered_on, request)}）の主張", level=3),
        doc.para(text(appeal.agency_claims) or "（記載なし）"),
        doc.heading(f"第4　{body}の判断", level=2),
        doc.para(text(appeal.judgment)),
    ]
    judgments = list(appeal.judgments.select_related("ground"))
    if judgments:
        blocks.append(doc.table(
            ["不開示の理由", "類型", "判断", "判断理由"],
            [[j.ground.article, j.ground.category, j.finding, text(j.reason)] for j in judgments], [20, 18, 10, 52],
        ))
    if internal and request.withheld_summary:
        blocks += [doc.heading("（内部資料）不開示とした部分", level=3), doc.para(request.withheld_summary)]
    events = list(appeal.events.all())

    def step(e):
        # Who submitted a step is free text where a name slips in (審査請求人 北野 一郎): only the secretariat's
        # copy prints it as typed, the others a party's role or nothing, as the minutes do.
        party = e.submitted_by if internal else party_of(e)
        return f"{e.kind}（{party}）" if party else e.kind

    blocks += [
        doc.heading(f"第5　{body}の処理経過", level=2),
        doc.table(["年月日", "処理内容"],
                  [[doc.jdate(appeal.referred_on, blank=""), "諮問を受けた"]]
                  + [[doc.jdate(e.on, blank=""), step(e)] for e in events if e.kind != "理由説明書"]
                  + [[doc.jdate(appeal.answered_on, blank=""), "答申"]] * bool(appeal.answered_on),
                  [30, 70]),
    ]
    corrected = corrections_of(appeal)
    if corrected:
        blocks += [doc.heading("第6　正誤", level=2), doc.para("この答申は発出後に次のとおり訂正した。"),
                   doc.table(["訂正日", "箇所", "訂正後", "理由"],
                             [[doc.jdate(c.on), change.label, text(change.text), text(c.reason)]
                              for c in corrected for change in c.changes], [18, 12, 50, 20])]
    # Named as the council's 答申書 of any other 答申 (答申書_答申第2号), whichever page it is downloaded from.
    name = (f"答申書_{appeal.answer_number or appeal.number}{doc.file_date(appeal.answered_on)}"
            + ("_公開版" if public else ""))
    return doc.document("answer", f"{appeal.decision_title}に係る審査請求について（答申）", council, blocks,
                        draft=not appeal.answered_on, filename=name)


def council_answer_document(answer, reading):
    """The council's 答申 on an appeal's case printed as the appeal's 答申書 (documents' `answer` kind, the
    council's 答申 screen): one 答申, one 答申書, whichever page it is downloaded from. None for any other 答申.
    The secretariat (and the command line) reads it whole, the 審査会's members as issued, anyone else only
    its public version once published."""
    from .access import can_run_appeal

    appeal = (Appeal.objects.filter(case__in=answer.cases.all())
              .select_related("request__department", "request__municipality", "case__council").first())
    if appeal is None or not appeal.outcome:
        # No 答申案 on the appeal yet: a council draft typed beforehand prints as the council's letter.
        return None
    if reading is not None and not reading.full:
        return build(appeal, public=True)
    return build(appeal, public=False, internal=reading is None or can_run_appeal(reading.user, appeal))


def document_of(obj_id, *, reading=None) -> dict:
    """The `appeal` kind of `shingikai document` and /documents/: the whole 答申書, or its public version
    for a reader access.document_reading gives only the public one."""
    appeal = record_or_error(Appeal.objects.select_related("request__department", "request__municipality", "case__council"),
                      obj_id, "審査請求")
    return build(appeal, public=reading is not None and not reading.full)
