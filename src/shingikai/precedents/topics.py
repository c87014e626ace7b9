"""Topic (題目) labels: URL slugs and suggestions for imported items."""
import re
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


# A word ending in kanji and followed by one of these is part of a body's name, another word than its business:
# 審査 of 審査会, 審議 of 審議会, 委員 of 委員会.
BODY_SUFFIXES = "会"
# Letters after a two-kanji word that leave its sense (防犯上, 審査等, 委託者); any other single kanji closing the
# run makes another word (防犯灯, 審査員).
LIGHT_SUFFIXES = "等上中内外後時人者用別毎案"


_KANJI = re.compile(r"[\u4e00-\u9fff\u3005]")


def _is_kanji(letter):
    return bool(_KANJI.fullmatch(letter))


def _fragment(text, word, at):
    """Whether `word` found at `at` in `text` is a piece of a longer word rather than the word itself."""
    end = at + len(word)
    if not _is_kanji(word[-1]) or end >= len(text) or not _is_kanji(text[end]):
        return False
    if text[end] in BODY_SUFFIXES:
        return True
    closes_run = end + 1 >= len(text) or not _is_kanji(text[end + 1])
    return len(word) == 2 and closes_run and text[end] not in LIGHT_SUFFIXES


def _occurs(word, text):
    """`word` stands in `text` as a word at least once, not only inside a longer one."""
    at = text.find(word)
    while at >= 0:
        if not _fragment(text, word, at):
            return True
        at = text.find(word, at + 1)
    return False


def suggest(text, vocab, limit=3, names=()):
    """The labels whose words occur in `text`, best first: [(label, [words that explain it])]. `names` (the
    council's and its municipality's) are taken out first: a body's own name says nothing of the item's subject."""
    text = normalise(text)
    for name in sorted(filter(None, map(normalise, names)), key=len, reverse=True):
        text = text.replace(name, "\n")
    scored = []
    for label, keywords in vocab:
        matched = sorted({k for k in map(normalise, keywords) if len(k) >= 2 and _occurs(k, text)}, key=len,
                         reverse=True)
        if matched:
            # Longer words are more specific; the label itself counts double.
            score = sum(len(k) for k in matched) + (len(normalise(label)) if _occurs(normalise(label), text) else 0)
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
