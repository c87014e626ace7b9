"""Precedents: what other councils decided on the same kind of question.

Candidates come from the full-text index (an OR of the case's salient words: katakana and kanji runs
of its title and topic), then are ranked by shared categories and by how much of the title's character
bigrams they share. Only public cases of other councils are offered, with their decision, conditions
and the questions members asked there.
"""
import re
import unicodedata
from dataclasses import dataclass, field

from shingikai import publicity
from shingikai.cases.models import Case
from shingikai.meetings.models import Turn

from .engine import PUBLIC, search

# Runs of kanji or katakana carry the subject of a Japanese title; hiragana are its grammar.
_SALIENT = re.compile(r"[\u4e00-\u9fff\u3005]{2,}|[\u30a0-\u30ff]{3,}|[A-Za-z0-9]{3,}")
# Words every council uses; they would make every case look alike.
_COMMON = {"個人情報", "について", "に係る", "の導入", "業務", "事業", "審議会", "本市", "実施", "提供", "利用"}
CANDIDATES = 60


@dataclass
class Precedent:
    case: Case
    score: float
    outcome: str = ""
    date: object = None
    conditions: list = field(default_factory=list)
    questions: list = field(default_factory=list)


def salient_words(text, limit=8):
    text = unicodedata.normalize("NFKC", text or "")
    words = []
    for word in _SALIENT.findall(text):
        if word not in _COMMON and word not in words:
            words.append(word)
    return words[:limit]


def _bigrams(text):
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _similarity(case, other):
    shared = set(case.categories) & set(other.categories)
    union = set(case.categories) | set(other.categories)
    categories = len(shared) / len(union) if union else 0.0
    a, b = _bigrams(f"{case.title} {case.topic}"), _bigrams(f"{other.title} {other.topic}")
    text = len(a & b) / len(a | b) if a and b else 0.0
    topic = 0.3 if case.topic and case.topic == other.topic else 0.0
    return round(0.5 * categories + text + topic, 4)


def similar_cases(case, limit=5):
    words = salient_words(f"{case.topic} {case.title}")
    if not words:
        return []
    result = search(" OR ".join(f'"{w}"' for w in words), user_scope=PUBLIC,
                    filters={"kind": "case"}, per_page=CANDIDATES)
    ids = [hit.object_id for hit in result.hits if hit.council_id != case.council_id]
    candidates = publicity.cases().filter(pk__in=ids).exclude(council_id=case.council_id).select_related(
        "council__municipality", "department")
    ranked = sorted((Precedent(case=other, score=_similarity(case, other)) for other in candidates),
                    key=lambda p: -p.score)[:limit]
    for precedent in ranked:
        _fill(precedent)
    return ranked


def _fill(precedent):
    decision = publicity.decisions().filter(case=precedent.case).select_related("agenda_item__meeting").last()
    if decision is not None:
        meeting = decision.agenda_item.meeting
        precedent.outcome, precedent.date = decision.outcome, meeting.date
        precedent.conditions = list(publicity.conditions().filter(decision=decision).values_list("text", flat=True))
        questions = publicity.turns().filter(agenda_item__case=precedent.case, role=Turn.Role.MEMBER)
        texts = [t for _, _, t in publicity.published_turns(meeting, questions.filter(meeting=meeting)[:50])]
        precedent.questions = [t for t in texts if t.endswith(("か。", "か", "?", "？", "ますか。"))][:3] or texts[:3]


def topics(limit=50):
    """Topics shared by public cases across councils, most councils first: the precedent index."""
    from django.db.models import Count

    return (publicity.cases().exclude(topic="").values("topic")
            .annotate(councils=Count("council", distinct=True), cases=Count("id"))
            .order_by("-councils", "-cases", "topic")[:limit])
