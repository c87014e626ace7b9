"""Published 答申 on appeals as search entries (kind "appeal_answer"), registered with search.indexing.

Only published 答申 are indexed, and only their public version: names masked, the withheld parts and
the インカメラ notes never included. Facets: outcome (妥当 / 一部取消 / 取消), the 不開示 grounds'
categories, the 実施機関; the body carries the articles, so `条例第7条第2号` finds them too.
"""
from shingikai.search.models import SearchEntry

from .answer_document import masked, secret_strings
from .models import Appeal

KIND = "appeal_answer"


def entries_for(pk):
    appeal = (Appeal.objects.filter(pk=pk, answer_published=True)
              .select_related("request__department", "request__municipality", "case__council__municipality").first())
    if appeal is None or appeal.case is None:
        return []
    secrets = secret_strings(appeal)
    request = appeal.request
    judgments = list(appeal.judgments.select_related("ground"))
    grounds = list(request.grounds.all())
    articles = " ".join(g.article for g in grounds)
    body = "\n".join(filter(None, [
        masked(appeal.conclusion, secrets), masked(appeal.judgment, secrets), articles,
        *(f"{j.ground.article} {j.ground.category} {j.finding} {masked(j.reason, secrets)}" for j in judgments),
    ]))
    council = appeal.case.council
    return [SearchEntry(
        kind=KIND, object_id=appeal.pk, visibility=SearchEntry.Visibility.PUBLIC,
        url=f"/disclosure/answers/{appeal.pk}/",
        title=f"{appeal.answer_number} {request.decision}決定に係る審査請求 ({articles})"[:500],
        body=body, council_id=council.pk, council_slug=council.slug, council_name=council.name,
        municipality=council.municipality.name, fiscal_year=None, date=appeal.answered_on,
        case_kind="諮問", categories=sorted({g.category for g in grounds}), department=request.department.name,
        outcome=appeal.outcome,
    )]


def all_ids():
    return list(Appeal.objects.filter(answer_published=True).values_list("pk", flat=True))


def connect():
    from django.db.models.signals import post_save

    from shingikai.search import indexing

    indexing.register_source(KIND, entries_for, all_ids)

    def changed(sender, instance, **kwargs):
        indexing.schedule(KIND, instance.pk)

    post_save.connect(changed, sender=Appeal, dispatch_uid="search-Appeal-save", weak=False)
