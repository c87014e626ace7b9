"""Precedents: what other councils decided on the same question.

The question is the case's *subject*: what is done to which data by whom (the service or system, the
data items, the contractor's work), taken from the case's fields and, for imported items whose title
is generic (「個人情報を取り扱う業務の処理の外部委託」), from the department's explanation. Those subject
terms are matched against the redacted public text the search index already holds (each candidate's
case entry and its public department and member turns) and scored with BM25; categories only break
near-ties, since every council has dozens of 外部委託 cases on unrelated subjects.

Only public cases of other councils are offered. The secretariat can pin or dismiss a precedent
for a case (shingikai.precedents.actions); pinned ones come first, dismissed ones never show.

The work is a constant number of queries whatever the number of precedents: the case's own subject
text (one UNION), the index search, the candidates' public texts (one), their decisions and
conditions (one) and the secretariat's marks (one). For several cases at once (similar_cases_for,
the members' materials) each of these is read once for all of them, the index search included.
A case's list is kept in the cache under a key made of everything it is computed from, the search
index's generation included; a page then reads only the generation (similar_cases_for).
"""
import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import CharField, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models import Case as When_, When
from django.urls import reverse

from shingikai import publicity
from shingikai.cases.models import Case, Category, Contractor, DataItem
from shingikai.jp.text import KANJI_FOLD
from shingikai.meetings.models import Decision, Turn

from .engine import PUBLIC, match_many
from .generation import current as index_generation
from .models import SearchEntry

CANDIDATES = 60
QUERY_TERMS = 24
RETRIEVAL_TERMS = 12
# A kept list is never stale (its key changes with what it is computed from); this only frees memory.
KEPT_SECONDS = 24 * 3600
QUESTION_ENDINGS = ("か。", "か", "?", "？", "ますか。")

# A run of kanji, katakana or Latin letters/digits carries the subject of Japanese text; hiragana
# and punctuation are its grammar and split it.
_RUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fcA-Za-z0-9]{2,}")
_SCRIPT = re.compile(r"[\u4e00-\u9fff\u3005]{2,}|[\u30a1-\u30fa\u30fc]{2,}|[A-Za-z][A-Za-z0-9]+")
# Words that every council's cases use, whatever their subject: procedure, the law's categories
# (a secondary signal, scored separately) and the vocabulary of any explanation. They split a run
# (「封入封緘業務委託」 -> 「封入封緘」) and are never subject terms themselves.
_GENERIC = sorted({
    "個人情報", "特定個人情報", "情報", "業務", "事業", "委託", "外部委託", "受託", "処理", "取扱", "取扱い",
    "取り扱い", "導入", "運用", "変更", "実施", "提供", "利用", "収集", "目的外", "目的外利用", "本人以外",
    "外部提供", "オンライン結合", "結合", "情報システム", "要配慮個人情報", "審議会", "審査会", "諮問", "報告",
    "条例", "公益上", "必要性", "権利利益", "侵害", "有無", "本市", "当市", "市民", "対象", "対象者", "担当課",
    "説明", "委員", "会長", "事務局", "質問", "回答", "承認", "今回", "以上", "予定", "必要", "場合", "内容",
    "方法", "確認", "関係", "対応", "当該", "記載", "資料", "状況", "一部", "全部", "事務", "行う", "令和",
    "平成", "年度", "伴う", "係る", "関する", "及び", "並びに", "等", "第", "条", "項", "号", "部分", "ところ",
    "お願い", "思います", "考えています", "について", "ください", "いたします", "以外", "仮称", "今後", "現在",
    "ほか", "具体的", "氏名", "住所", "生年月日", "電話番号", "性別", "職員", "提出", "取得", "全国", "経由",
    "保守", "設置", "記録", "保管", "期間", "管理", "作成", "使用", "送付", "承知", "検討", "理解", "データ", "システム", "サービス", "市", "町", "村", "課", "係", "者", "用",
    # Where nearly every system's data is kept: split as 「データ」, it would leave 「センター」 to meet any
    # 「…センター」 (a library system offered the コンビニ交付's 証明書交付センター).
    "データセンター",
}, key=len, reverse=True)
_GENERIC_SET = set(_GENERIC)
_KANJI = re.compile(r"[\u4e00-\u9fff\u3005]+")
# Article numbers and dates (第10条第1項, 8月末) name no subject.
_REFERENCE = re.compile(r"[0-9][\u4e00-\u9fff]|[\u4e00-\u9fff][0-9]")
_SPLIT = re.compile("|".join(re.escape(w) for w in _GENERIC if len(w) >= 2))


def normalise(text):
    """Width folded (NFKC: ｺﾝﾋﾞﾆ is コンビニ) and variant kanji as their common form (髙 → 高, 﨑 → 崎), as the main
    search's index folds them (search.text.normalize): a case titled with 髙 meets the precedents printed with 高.
    Hiragana stay apart from katakana, unlike there: they are the grammar that splits a title into its terms."""
    return unicodedata.normalize("NFKC", text or "").translate(KANJI_FOLD)


def terms_of(text):
    """Subject terms in `text` with their weights: generic-word-free pieces of its kanji/katakana/Latin runs.

    A piece counts 1. Its one-script parts, when it mixes scripts (防犯カメラ -> 防犯, カメラ), and the
    two-character words of a long kanji compound (公共施設予約 -> 公共, 施設, 予約) count half, so that
    「施設予約システム」 still meets 「公共施設予約システム」 and 「健康ポイント事業」 meets 「いろは健康ポイント」.
    """
    counts = Counter()
    for run in _RUN.findall(normalise(text)):
        for piece in _SPLIT.split(run):
            if len(piece) < 2 or piece in _GENERIC_SET or _REFERENCE.search(piece):
                continue
            counts[piece] += 1
            parts = _SCRIPT.findall(piece)
            for part in parts if len(parts) > 1 else ():
                if part not in _GENERIC_SET:
                    counts[part] += 0.5
            for part in parts:
                if _KANJI.fullmatch(part) and len(part) >= 4:
                    for chunk in (part[i:i + 2] for i in range(0, len(part) - 1, 2)):
                        if chunk not in _GENERIC_SET:
                            counts[chunk] += 0.5
    return counts


def is_generic_title(title):
    """A title that names only the procedure (「個人情報の処理に係る情報システムの変更」)."""
    return not terms_of(title)


@dataclass
class Precedent:
    case_id: int
    title: str
    council: str
    municipality: str
    url: str
    score: float
    shared_terms: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    topic: str = ""
    outcome: str = ""
    date: object = None
    conditions: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    pinned: bool = False
    note: str = ""

    def as_dict(self):
        return {"case_id": self.case_id, "council": self.council, "title": self.title, "outcome": self.outcome,
                "score": self.score, "shared_terms": self.shared_terms}


# -- the case's own subject ---------------------------------------------------------------------

@dataclass(frozen=True)
class Dismissed:
    """A precedent the secretariat dismissed for a case."""

    precedent_id: int
    title: str
    council: str


def _text_row(queryset, source, column, case_id):
    return queryset.order_by().annotate(
        src=Value(source, output_field=CharField()), txt=F(column), cid=case_id).values_list("cid", "src", "txt")


def explanation_entries(case_ids):
    """Public (redacted) department turns about these cases, from the search index."""
    return SearchEntry.objects.filter(
        kind=SearchEntry.Kind.TURN, visibility=SearchEntry.Visibility.PUBLIC,
        speaker_role=SearchEntry.SpeakerRole.DEPARTMENT,
        object_id__in=Turn.objects.filter(agenda_item__case_id__in=case_ids).values("pk"))


def subjects_of(cases):
    """{case id: the case's subject terms, weighted ({term: weight})}. One query for any number of cases."""
    ids = [case.pk for case in cases]
    turn_case = Subquery(Turn.objects.filter(pk=OuterRef("object_id")).values("agenda_item__case_id")[:1],
                         output_field=IntegerField())
    rows = _text_row(DataItem.objects.filter(case_id__in=ids), "item", "name", F("case_id")).union(
        _text_row(Contractor.objects.filter(case_id__in=ids), "work", "work", F("case_id")),
        _text_row(explanation_entries(ids), "turn", "body", turn_case), all=True)
    texts = defaultdict(lambda: defaultdict(list))
    for case_id, source, text in rows:
        texts[case_id][source].append(text or "")
    return {case.pk: subject_terms(case.title, case.topic, case.purpose, texts[case.pk]["item"],
                                   texts[case.pk]["work"], texts[case.pk]["turn"]) for case in cases}


def subject_of(case):
    """The case's subject terms, weighted: {term: weight}. One query."""
    return subjects_of([case])[case.pk]


def subject_terms(title, topic="", purpose="", items=(), works=(), explanation=()):
    weights = Counter()

    def add(text, weight, cap=None):
        counts = terms_of(text)
        for term, n in (counts.most_common(cap) if cap else counts.items()):
            weights[term] += weight * min(n, 3.0)

    generic = is_generic_title(title)
    add(topic, 3.0)
    add(title, 2.0)
    add(" ".join(works), 1.0)
    add(" ".join(items), 0.5)
    add(purpose, 0.5)
    # The department's explanation says what a generic title leaves out; otherwise it only supports.
    add(" ".join(explanation), 1.0 if generic else 0.3, cap=30)
    return dict(weights.most_common(QUERY_TERMS))


# -- ranking ------------------------------------------------------------------------------------

@dataclass
class _Doc:
    case_id: int
    council_id: int = 0
    title: str = ""
    topic: str = ""
    council: str = ""
    municipality: str = ""
    categories: list = field(default_factory=list)
    date: object = None
    parts: list = field(default_factory=list)
    questions: list = field(default_factory=list)

    @property
    def text(self):
        # The title and topic weigh double: they name the subject where a turn may only mention it.
        return normalise("\n".join([self.title, self.topic, self.title, self.topic, *self.parts]))


def _candidate_docs(case_ids):
    """The public texts of these cases (those that are public), grouped by case. One query."""
    cases = publicity.cases().filter(pk__in=case_ids)
    turn_case = Turn.objects.filter(pk=OuterRef("object_id")).values("agenda_item__case_id")[:1]
    rows = SearchEntry.objects.filter(visibility=SearchEntry.Visibility.PUBLIC).filter(
        Q(kind=SearchEntry.Kind.CASE, object_id__in=cases.values("pk"))
        | Q(kind=SearchEntry.Kind.TURN, speaker_role__in=[SearchEntry.SpeakerRole.DEPARTMENT,
                                                           SearchEntry.SpeakerRole.MEMBER],
            object_id__in=Turn.objects.filter(agenda_item__case__in=cases.values("pk")).values("pk"))
    ).annotate(
        case_id=When_(When(kind=SearchEntry.Kind.CASE, then=F("object_id")), default=Subquery(turn_case),
                      output_field=IntegerField()),
        topic=Subquery(Case.objects.filter(pk=OuterRef("object_id")).values("topic")[:1]),
    ).order_by("date", "object_id").values_list(
        "case_id", "kind", "speaker_role", "title", "body", "topic", "council_id", "council_name", "municipality",
        "categories", "date")
    docs = {}
    for case_id, kind, role, title, body, topic, council_id, council, municipality, categories, date in rows:
        doc = docs.setdefault(case_id, _Doc(case_id))
        if kind == SearchEntry.Kind.CASE:
            doc.title, doc.topic, doc.council, doc.municipality = title, topic or "", council, municipality
            doc.council_id, doc.categories, doc.date = council_id, categories or [], date
        if body:
            doc.parts.append(body)
        if role == SearchEntry.SpeakerRole.MEMBER and body:
            doc.questions.append(body)
    # A case whose own entry is missing from the index is not shown: its title would be unknown.
    return {pk: doc for pk, doc in docs.items() if doc.title}


def _bm25(query, docs, k1=1.2, b=0.75):
    """{case_id: (score, [(term, contribution)])} of `query` ({term: weight}) over the candidates."""
    if not docs:
        return {}
    texts = {pk: doc.text for pk, doc in docs.items()}
    lengths = {pk: max(1, len(text)) for pk, text in texts.items()}
    avg = sum(lengths.values()) / len(lengths)
    tf = {pk: {t: text.count(t) for t in query} for pk, text in texts.items()}
    # The candidates all matched something, so their document frequencies overstate how common a
    # term is; counting at least CANDIDATES documents keeps a rare subject term's weight high.
    n = max(len(docs), CANDIDATES)
    df = {t: sum(1 for counts in tf.values() if counts[t]) for t in query}
    idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in query}
    scored = {}
    for pk, counts in tf.items():
        norm = k1 * (1 - b + b * lengths[pk] / avg)
        parts = [(t, w * idf[t] * counts[t] * (k1 + 1) / (counts[t] + norm)) for t, w in query.items() if counts[t]]
        scored[pk] = (sum(c for _, c in parts), sorted(parts, key=lambda p: -p[1]))
    return scored


def _category_overlap(a, b):
    a, b = set(a) - {"その他", "other"}, set(b) - {"その他", "other"}
    return len(a & b) / len(a | b) if a and b else 0.0


# What a council concluded; 継続審議, 答申予定 and 不明 tell a department nothing it can follow yet.
CONCLUSIVE = {Decision.Outcome.APPROVED, Decision.Outcome.CONSENTED, Decision.Outcome.CONDITIONAL,
              Decision.Outcome.REJECTED, Decision.Outcome.REPORT_NOTED}
CONCLUDED_WEIGHT = 0.1


def _on_subject(parts, same_topic):
    """Whether the shared terms name a subject rather than happen to meet: one two-character term alone
    (「会議」 inside 「臨時会議案」, 「自動」 of 「自動車」) is a coincidence, not a precedent."""
    return same_topic or len(parts) >= 2 or any(len(term) >= 3 for term, _ in parts)


def rank(case, query, docs, labels, outcomes=None):
    """[(score, shared_terms, doc)] best first: BM25 on subject terms, then shared topic and categories, then
    what the precedent gives a department to use (a conclusion, its conditions). `outcomes` is
    _outcomes() of the candidates."""
    scored = _bm25(query, docs)
    top = max((s for s, _ in scored.values()), default=0.0) or 1.0
    outcomes = outcomes or {}
    ranked = []
    for pk, (score, parts) in scored.items():
        doc = docs[pk]
        same_topic = bool(case.topic and doc.topic and normalise(case.topic) == normalise(doc.topic))
        if not _on_subject(parts, same_topic):
            continue
        if same_topic:
            score += 0.5 * top
        # Categories are worth less than one rare shared term: they only order near-ties.
        score += 0.1 * top * _category_overlap(labels, doc.categories)
        # Among precedents on the same subject, one that was concluded (with its conditions) is the one a
        # department can use; an import whose outcome the minutes did not state comes after it. The weight
        # also offsets BM25's length penalty on the conditions themselves, which the case entry carries.
        outcome, _, conditions = outcomes.get(pk, ("", None, []))
        if outcome in CONCLUSIVE:
            score += CONCLUDED_WEIGHT * top * (1.5 if conditions else 1.0)
        if score > 0:
            ranked.append((round(score, 4), [t for t, _ in parts[:6]], doc))
    ranked.sort(key=lambda r: (-r[0], -(r[2].date.toordinal() if r[2].date else 0), r[2].case_id))
    return ranked


def _outcomes(case_ids):
    """{case_id: (outcome, date, [conditions])} from each case's last public decision. One query."""
    rows = publicity.decisions().filter(case_id__in=case_ids).order_by("pk").values_list(
        "case_id", "pk", "outcome", "agenda_item__meeting__date", "follow_ups__text")
    result = {}
    for case_id, decision_id, outcome, date, condition in rows:
        current = result.get(case_id)
        if current is None or current[0] != decision_id:
            current = result[case_id] = (decision_id, outcome, date, [])
        if condition:
            current[3].append(condition)
    return {case_id: (outcome, date, conditions) for case_id, (_, outcome, date, conditions) in result.items()}


def _marks(cases):
    """({case id: {precedent id: (kind, note)}}, {case id: [Dismissed]}). One query: the dismissed ones
    carry what the case page lists so that the secretariat can undo a dismissal."""
    from shingikai.precedents.models import PrecedentMark

    marks, dismissed = defaultdict(dict), defaultdict(list)
    rows = PrecedentMark.objects.filter(case__in=[c.pk for c in cases]).order_by("pk").values_list(
        "case_id", "precedent_id", "kind", "note", "precedent__title", "precedent__council__name")
    for case_id, precedent_id, kind, note, title, council in rows:
        marks[case_id][precedent_id] = (kind, note)
        if kind == PrecedentMark.Kind.DISMISS:
            dismissed[case_id].append(Dismissed(precedent_id, title, council))
    return marks, dismissed


def _retrieval_query(query):
    """The index query for a case's subject terms ({term: weight}); "" when it has none."""
    # The strongest terms only: an OR of every term matches so much of a large corpus that the
    # engine would return the newest matches rather than the most relevant ones (EXACT_LIMIT).
    words = sorted(query, key=lambda t: -query[t])[:RETRIEVAL_TERMS]
    return " OR ".join(f'"{w}"' for w in words)


def _retrieve_all(cases, subjects):
    """{case id: (case ids, turn ids)} of other councils that the index finds for each case's strongest
    terms: one index statement for all the cases (match_many)."""
    matches = match_many([_retrieval_query(subjects[case.pk]) for case in cases], user_scope=PUBLIC,
                         filters={"kind": [SearchEntry.Kind.CASE, SearchEntry.Kind.TURN]}, limit=CANDIDATES)
    found = {}
    for case, hits in zip(cases, matches):
        hit_cases, hit_turns = found[case.pk] = ([], [])
        for hit in hits:
            if hit.council_id != case.council_id:
                (hit_cases if hit.kind == SearchEntry.Kind.CASE else hit_turns).append(hit.object_id)
    return found


def similar_cases(case, limit=5):
    """The precedents for `case`, best first; pinned ones first, dismissed ones left out."""
    return similar_cases_for([case], limit=limit)[case.pk]


def precedents_and_dismissed(case, limit=5):
    """(similar_cases(case), the precedents the secretariat dismissed for it): the case page's block,
    with the marks read once for both."""
    precedents, dismissed = _similar([case], limit)
    return precedents[case.pk], dismissed[case.pk]


def similar_cases_for(cases, limit=5):
    """{case id: its precedents} for several cases (the members' materials)."""
    return _similar(cases, limit)[0]


def _similar(cases, limit):
    """({case id: its precedents}, {case id: its dismissed precedents}).

    Each case's lists are kept in the cache under everything they are computed from: the case row (its
    version and save time, which moves with its data items and contractors, the rest of its subject,
    and with the secretariat's marks: precedents.actions touch the case) and the search index's
    generation, which changes with every index write and so with any change to another council's
    public case, decision or turn. A change anywhere is a new key at once, on every server; a stale list
    is never read back. A page that finds its lists kept reads only the generation. Only the cases not
    kept are computed: the marks, subjects, candidate texts and outcomes read once for all of them, the
    index searched in one statement.
    """
    cases = list(cases)
    keys = _cache_keys(cases, limit)
    kept = cache.get_many(list(keys.values()))
    missing = [case for case in cases if keys[case.pk] not in kept]
    if missing:
        marks, dismissed = _marks(missing)
        computed = _compute(missing, marks, limit)
        kept.update({keys[case.pk]: (computed[case.pk], dismissed[case.pk]) for case in missing})
        cache.set_many({keys[case.pk]: kept[keys[case.pk]] for case in missing}, KEPT_SECONDS)
    return ({case.pk: kept[keys[case.pk]][0] for case in cases}, {case.pk: kept[keys[case.pk]][1] for case in cases})


def _cache_keys(cases, limit):
    generation = index_generation()
    keys = {}
    for case in cases:
        # created_at tells a row apart from one that reuses its id (a restore, a rolled-back test);
        # updated_at moves with the case's data items, contractors and precedent marks too (cases.actions.touch).
        parts = (case.pk, str(case.created_at), case.version, str(case.updated_at), case.council_id, generation, limit)
        keys[case.pk] = "precedents:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    return keys


def _compute(cases, marks, limit):
    from shingikai.precedents.models import PrecedentMark

    subjects = subjects_of(cases)
    found = {}
    for case_pk, (hit_cases, hit_turns) in _retrieve_all(cases, subjects).items():
        pinned = [pk for pk, (kind, _) in marks[case_pk].items() if kind == PrecedentMark.Kind.PIN]
        found[case_pk] = (hit_cases, hit_turns, pinned)
    all_turns = {t for _, turns, _ in found.values() for t in turns}
    turn_cases = dict(Turn.objects.filter(pk__in=all_turns).values_list("pk", "agenda_item__case_id")) \
        if all_turns else {}
    candidates = {
        case_pk: {*hit_cases, *pinned, *(turn_cases[t] for t in hit_turns if turn_cases.get(t))}
        for case_pk, (hit_cases, hit_turns, pinned) in found.items()}
    every = set().union(*candidates.values())
    docs = _candidate_docs(every) if every else {}
    outcomes = _outcomes(set(docs)) if docs else {}
    chosen_by_case = {}
    for case in cases:
        mine = {pk: docs[pk] for pk in candidates[case.pk] if pk in docs and docs[pk].council_id != case.council_id}
        chosen_by_case[case.pk] = _choose(case, subjects[case.pk], mine, marks[case.pk], found[case.pk][2], limit,
                                          outcomes)
    url = reverse("portal:case", args=[0]).replace("/0/", "/{}/")
    category_names = dict(Category.choices)
    result = {}
    for case in cases:
        precedents = result[case.pk] = []
        for score, shared, doc in chosen_by_case[case.pk]:
            outcome, date, conditions = outcomes.get(doc.case_id, ("", doc.date, []))
            kind, note = marks[case.pk].get(doc.case_id, ("", ""))
            questions = [q for q in doc.questions if q.rstrip().endswith(QUESTION_ENDINGS)]
            precedents.append(Precedent(
                case_id=doc.case_id, title=doc.title, council=doc.council, municipality=doc.municipality,
                url=url.format(doc.case_id), score=score, shared_terms=shared, topic=doc.topic,
                categories=[category_names.get(c, c) for c in doc.categories], outcome=outcome,
                date=date or doc.date, conditions=conditions, questions=questions[:3],
                pinned=kind == PrecedentMark.Kind.PIN, note=note))
    return result


def _choose(case, query, docs, marks, pinned, limit, outcomes):
    """[(score, shared terms, doc)] shown for the case: pinned ones first, dismissed ones left out."""
    from shingikai.precedents.models import PrecedentMark

    ranked = [r for r in rank(case, query, docs, case.category_labels, outcomes)
              if marks.get(r[2].case_id, ("",))[0] != PrecedentMark.Kind.DISMISS]
    ranked_ids = {r[2].case_id for r in ranked}
    pins = [r for r in ranked if r[2].case_id in pinned]
    pins += [(0.0, [], docs[pk]) for pk in pinned if pk in docs and pk not in ranked_ids]
    others = [r for r in ranked if r[2].case_id not in pinned]
    return (pins + others)[:max(limit, len(pins))]


def topics(limit=50):
    """Topics shared by public cases across councils, most councils first: the precedent index."""
    from django.db.models import Count

    from shingikai.precedents.topics import topic_slug

    rows = (publicity.cases().exclude(topic="").values("topic")
            .annotate(councils=Count("council", distinct=True), cases=Count("id"))
            .order_by("-councils", "-cases", "topic")[:limit])
    return [{**row, "slug": topic_slug(row["topic"])} for row in rows if topic_slug(row["topic"])]
