"""Topic (題目) labels: URL slugs and suggestions for imported items."""
from collections import Counter
from importlib import import_module

from django.utils.text import slugify

from shingikai.search.precedents import normalise, terms_of

KEYWORDS_PER_TOPIC = 40


def topic_slug(label):
    """A URL-safe name for a topic: 「受診勧奨（SMS/Eメール）」 -> 「受診勧奨smseメール」, never containing 「/」."""
    return slugify(normalise(label), allow_unicode=True)


def seeded_labels():
    """The starting vocabulary every city shares (migration 0002): words of no one council."""
    return set(import_module("shingikai.precedents.migrations.0002_seed_topic_vocabulary").SEED)


def vocabulary(visible_cases=None):
    """[(label, keywords)]: the seeded topics and the labels given to `visible_cases` (a queryset of the cases the
    reader may see; None: every case). A label typed on a draft or on an unpublished import, and the topic its
    confirmation created, are that council's own words until the case they name is public."""
    from shingikai.cases.models import Case

    from .models import Topic

    cases = Case.objects.all() if visible_cases is None else visible_cases
    case_labels = set(cases.exclude(topic="").values_list("topic", flat=True).distinct())
    shared = seeded_labels()
    words = {t.label: [t.label, *t.keywords] for t in Topic.objects.all()
             if visible_cases is None or t.label in shared or t.label in case_labels}
    for label in sorted(case_labels):
        words.setdefault(label, [label, *terms_of(label)])
    return list(words.items())


def suggest(text, vocab, limit=3):
    """The labels whose words occur in `text`, best first: [(label, [words that explain it])]."""
    text = normalise(text)
    scored = []
    for label, keywords in vocab:
        matched = sorted({k for k in map(normalise, keywords) if len(k) >= 2 and k in text}, key=len, reverse=True)
        if matched:
            # Longer words are more specific; the label itself counts double.
            score = sum(len(k) for k in matched) + (len(normalise(label)) if normalise(label) in text else 0)
            scored.append((score, label, _explanation(label, matched)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [(label, words) for _, label, words in scored[:limit]]


def _explanation(label, matched):
    """The words shown as the reason for a suggestion: the label itself where the text has it, else the longest
    matched words. The two-letter chunks a long compound is cut into to score (前防, 口駅 of 駅前防犯) are pieces of a
    longer match, not words a reader recognises."""
    if normalise(label) in matched:
        return [label]
    whole = [k for k in matched if not any(k != longer and k in longer for longer in matched)]
    return whole[:3]


def learned_keywords(existing, text, limit=8):
    """`existing` keywords plus the most frequent subject terms of `text`, capped."""
    keywords = list(existing)
    for term, _ in Counter(terms_of(text)).most_common(limit):
        if term not in keywords:
            keywords.append(term)
    return keywords[-KEYWORDS_PER_TOPIC:]
