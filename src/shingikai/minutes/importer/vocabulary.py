"""The words the importer may write into a parse: the domain's own category and outcome labels.

They come from the models (``Category``, ``Decision.Outcome``) so that a label renamed there is
renamed here, and the review screen can offer exactly what the importer produces.
"""
from __future__ import annotations

from shingikai.cases.models import Category
from shingikai.meetings.models import Decision

CATEGORY_LABELS: tuple[str, ...] = tuple(str(label) for _, label in Category.choices)
OUTCOMES: tuple[str, ...] = tuple(Decision.Outcome.values)

THIRD_PARTY_COLLECTION = Category.THIRD_PARTY_COLLECTION.label
PURPOSE_BEYOND = Category.PURPOSE_BEYOND.label
EXTERNAL_PROVISION = Category.EXTERNAL_PROVISION.label
ONLINE_LINKAGE = Category.ONLINE_LINKAGE.label
OUTSOURCING = Category.OUTSOURCING.label
INFORMATION_SYSTEM = Category.INFORMATION_SYSTEM.label
SENSITIVE_INFO = Category.SENSITIVE_INFO.label
CCTV = Category.CCTV.label
OTHER_CATEGORY = Category.OTHER.label

APPROVED = Decision.Outcome.APPROVED.value
CONSENTED = Decision.Outcome.CONSENTED.value
CONDITIONAL = Decision.Outcome.CONDITIONAL.value
CONTINUED = Decision.Outcome.CONTINUED.value
ANSWER_PENDING = Decision.Outcome.ANSWER_PENDING.value
REPORT_NOTED = Decision.Outcome.REPORT_NOTED.value
REJECTED = Decision.Outcome.REJECTED.value
UNKNOWN = Decision.Outcome.UNKNOWN.value
