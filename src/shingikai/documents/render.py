"""The one entry point: `render(kind, obj_id, fmt) -> bytes`.

KIND        ID             document
shimonsho   case id        諮問書 (報告書 for a report), with the case's details and the review checklist
agenda      meeting id     会議次第
minutes     meeting id     会議録 in the council's style (要点記録, 要録, 全文, 会議結果報告書)
answer      answer id      答申書
followup    follow-up id   依頼文 to the department for a condition / follow-up
convocation meeting id     招集通知 as it last went out (a draft until it has)

Other apps add their documents with `register_kind` (the disclosure side's 答申書 on an appeal, the
registers' 点検結果 and 要配慮 report); who may read them is decided in access.document_reading as for the rest.
"""
from __future__ import annotations

from .context import BUILDERS
from .errors import DocumentError

KINDS = {
    "shimonsho": "諮問書",
    "agenda": "会議次第",
    "minutes": "会議録",
    "answer": "答申書",
    "followup": "依頼文",
    "convocation": "招集通知",
}
FORMATS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

# kind -> (model of the record the ID names, builder(obj_id, reading=...)); see register_kind.
REGISTERED = {}

__all__ = ["DocumentError", "FORMATS", "KINDS", "build", "filename", "lay_out", "record_of", "register_kind", "render"]


def register_kind(kind, label, model, builder):
    """A document of another app: `shingikai document KIND ID`, /documents/KIND/ID.pdf and .docx."""
    KINDS[kind] = label
    REGISTERED[kind] = (model, builder)


def check(kind, fmt=None):
    if kind not in KINDS:
        known = "、".join(f"{k} ({v})" for k, v in KINDS.items())
        raise DocumentError(f"文書の種類「{kind}」はありません。使える種類: {known}", code="bad-kind")
    if fmt is not None and fmt not in FORMATS:
        raise DocumentError(f"形式「{fmt}」には対応していません。pdf または docx を指定してください。", code="bad-format")


def record_of(kind, obj_id):
    """The record a document is about (a case, a meeting, an answer, a follow-up), or None."""
    from shingikai.cases.models import Case
    from shingikai.meetings.models import Answer, FollowUp, Meeting

    if kind in REGISTERED:
        return REGISTERED[kind][0].objects.filter(pk=obj_id).first()
    model = {"shimonsho": Case, "agenda": Meeting, "minutes": Meeting, "answer": Answer, "followup": FollowUp,
             "convocation": Meeting}[kind]
    return model.objects.filter(pk=obj_id).first()


def build(kind, obj_id, *, reading=None) -> dict:
    """The document as plain data (see context/), before layout, as `reading` (from
    `access.document_reading`) lets its reader see it; None is the whole record."""
    check(kind)
    builder = REGISTERED[kind][1] if kind in REGISTERED else BUILDERS[kind]
    return builder(obj_id, reading=reading)


def render(kind, obj_id, fmt, *, reading=None) -> bytes:
    """The document as PDF or DOCX bytes (see `build`)."""
    check(kind, fmt)
    return lay_out(build(kind, obj_id, reading=reading), fmt)


def lay_out(doc: dict, fmt) -> bytes:
    """A built document (see `build`) as PDF or DOCX bytes."""
    check(doc["kind"], fmt)
    if fmt == "pdf":
        from .pdf import to_pdf

        return to_pdf(doc)
    from .word import to_docx

    return to_docx(doc)


def filename(doc: dict, fmt) -> str:
    return f"{doc['filename']}.{fmt}"
