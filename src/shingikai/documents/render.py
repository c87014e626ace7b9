"""The one entry point: `render(kind, obj_id, fmt) -> bytes`.

KIND        ID             document
shimonsho   case id        諮問書 (報告書 for a report), with the case's details and the review checklist
agenda      meeting id     会議次第
minutes     meeting id     会議録 in the council's style (要点記録, 要録, 全文, 会議結果報告書)
answer      answer id      答申書
followup    follow-up id   依頼文 to the department for a condition / follow-up
convocation meeting id     招集通知 as it last went out (a draft until it has)
writtenvote meeting id     書面表決書 of a 書面開催, for a member to fill in on paper and send back

Other apps add their documents with `register_kind` (the disclosure side's 答申書 on an appeal, the
registers' 点検結果 and 要配慮 report); who may read them is decided in access.document_reading as for the rest.
"""
from __future__ import annotations

import re

from .context import BUILDERS
from .errors import DocumentError

KINDS = {
    "shimonsho": "諮問書",
    "agenda": "会議次第",
    "minutes": "会議録",
    "answer": "答申書",
    "followup": "依頼文",
    "convocation": "招集通知",
    "writtenvote": "書面表決書",
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
             "convocation": Meeting, "writtenvote": Meeting}[kind]
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


# Characters no file system takes in a name (Windows refuses \\ / : * ? " < > |), and runs of spacing, which a
# saved file's name is better without.
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
SPACING = re.compile(r"\s+")  # 全角 spaces included
# Windows takes 255 characters a name, and a whole path of 260 where long paths are off: a name of 100 leaves room
# for the folders a clerk files it in.
STEM_LIMIT = 100


def safe_file_stem(text, limit=STEM_LIMIT) -> str:
    """`text` as a name any computer saves a file under: what Windows refuses and spacing become 「_」, and no
    dot or 「_」 at either end (Windows drops a trailing dot, a leading one hides the file)."""
    return SPACING.sub("_", UNSAFE_IN_NAMES.sub("_", text or "")).strip("_.")[:limit].rstrip("_.")


def filename(doc: dict, fmt) -> str:
    """The name the document is saved under: council, kind, number and date, as the builder names it (a number
    and a council's name are typed by people: a 「/」 in them would not save)."""
    return f"{safe_file_stem(doc['filename']) or doc['kind']}.{fmt}"
