"""What the public may see of the registers: only the published 個人情報ファイル簿 (法第75条).

Drafts, files awaiting review, retired files and files of fewer than 1,000 people are kept off every
public output; 評価書, incidents and audits reach the public only as the titles of public agenda items
(shingikai.publicity.agenda_items). The portal page, the CSV, the JSON API and the search index all
take their files from here.
"""
from shingikai import publicity

from .models import PUBLICATION_THRESHOLD, PersonalInfoFile


def files():
    return PersonalInfoFile.objects.filter(
        state=PersonalInfoFile.State.REGISTERED, subject_count__gte=PUBLICATION_THRESHOLD,
    ).select_related("department__municipality")


def changing_cases(record):
    """The public cases that changed this file once the council decided them."""
    from shingikai.cases.models import Case

    return publicity.cases().filter(
        personal_info_files=record, status__in=(Case.Status.DECIDED, Case.Status.ANSWERED),
    ).order_by("-id")
