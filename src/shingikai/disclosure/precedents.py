"""Published 答申 as precedents: ours (public version) and those imported from other 審査会, as one list for
the public answers page, and ranked for an appeal by the 不開示 grounds they share with it."""
import datetime

from shingikai.jp.text import compact

from . import indexing
from .models import Appeal, ImportedAnswer


def answer_rows(appeals, imported):
    """Our own and imported published 答申 as one list, newest first: only their public fields."""
    rows = [{"url": f"/disclosure/answers/{a.pk}/", "number": a.answer_number, "date": a.answered_on,
             "council": a.case.council.name, "subject": f"{a.request.get_kind_display()} {a.decision_title}",
             "outcome": a.outcome, "articles": [g.article for g in a.request.grounds.all()],
             "categories": sorted({g.category for g in a.request.grounds.all()}), "kind": indexing.KIND,
             "pk": a.pk}
            for a in appeals]
    rows += [{"url": f"/disclosure/answers/imported/{a.pk}/", "number": a.number, "date": a.answered_on,
              "council": a.council.name, "subject": "他の審査会の答申", "outcome": a.outcome, "articles": a.articles,
              "categories": a.categories, "kind": indexing.IMPORTED_KIND, "pk": a.pk}
             for a in imported]
    return sorted(rows, key=lambda r: (r["date"] or datetime.date.min, r["pk"]), reverse=True)


def published_rows(exclude_appeal=None):
    appeals = (Appeal.objects.filter(answer_published=True).exclude(pk=getattr(exclude_appeal, "pk", None))
               .select_related("request__municipality", "case__council").prefetch_related("request__grounds"))
    imported = ImportedAnswer.objects.filter(published=True).select_related("council").defer("source_text")
    return answer_rows(appeals, imported)


def similar_answers(appeal, limit=8):
    """Published 答申 on the same grounds as this appeal's decision: a shared article counts twice a shared
    category (the article is the narrower match); the newest first among equals."""
    grounds = list(appeal.request.grounds.all())
    articles = {compact(g.article) for g in grounds}
    categories = {g.category for g in grounds}
    scored = []
    for row in published_rows(exclude_appeal=appeal):
        shared_articles = articles & {compact(a) for a in row["articles"]}
        shared_categories = categories & set(row["categories"])
        score = 2 * len(shared_articles) + len(shared_categories)
        if score:
            scored.append((score, row["date"] or datetime.date.min, {**row, "shared": sorted(shared_categories)}))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [row for _, _, row in scored[:limit]]
