"""Topic (題目) labels: URL slugs and suggestions for imported items."""
from collections import Counter

from django.utils.text import slugify

from shingikai.search.precedents import normalise, terms_of

KEYWORDS_PER_TOPIC = 40


def topic_slug(label):
    """A URL-safe name for a topic: 「受診勧奨（SMS/Eメール）」 -> 「受診勧奨smseメール」, never containing 「/」."""
    return slugify(normalise(label), allow_unicode=True)


def vocabulary():
    """[(label, keywords)] from the Topic table plus every label people have given a case."""
    from shingikai.cases.models import Case

    from .models import Topic

    words = {t.label: [t.label, *t.keywords] for t in Topic.objects.all()}
    for label in Case.objects.exclude(topic="").values_list("topic", flat=True).distinct():
        words.setdefault(label, [label, *terms_of(label)])
    return list(words.items())


def suggest(text, vocab, limit=3):
    """The labels whose words occur in `text`, best first: [(label, [matched words])]."""
    text = normalise(text)
    scored = []
    for label, keywords in vocab:
        matched = sorted({k for k in map(normalise, keywords) if len(k) >= 2 and k in text}, key=len, reverse=True)
        if matched:
            # Longer words are more specific; the label itself counts double.
            score = sum(len(k) for k in matched) + (len(normalise(label)) if normalise(label) in text else 0)
            scored.append((score, label, matched))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [(label, matched) for _, label, matched in scored[:limit]]


def learned_keywords(existing, text, limit=8):
    """`existing` keywords plus the most frequent subject terms of `text`, capped."""
    keywords = list(existing)
    for term, _ in Counter(terms_of(text)).most_common(limit):
        if term not in keywords:
            keywords.append(term)
    return keywords[-KEYWORDS_PER_TOPIC:]
