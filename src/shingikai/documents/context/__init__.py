"""Official documents as plain data: each builder reads the stored record and returns a dict

    {"kind", "title", "filename", "footer", "draft", "blocks": [block, ...]}

where every block is a small dict ({"type": "para", "lines": [...]}, see `pdf.py` / `word.py` for the
renderers). Everything a document says is decided here, once, so the PDF and the DOCX cannot drift
apart; the renderers only lay it out.

One module per document: consultation (諮問書), agenda_sheet (会議次第), minutes_record (会議録),
answer_letter (答申書), followup_request (follow-up request); what they share is in
common.py, re-exported here for other documents built the same way (registers/documents.py).
"""
from .agenda_sheet import agenda
from .answer_letter import answer
from .common import *  # noqa: F401,F403  (the shared pieces, for documents built elsewhere)
from .consultation import shimonsho
from .convocation_notice import convocation
from .followup_request import followup
from .minutes_record import minutes
from .written_vote import written_vote

BUILDERS = {
    "shimonsho": shimonsho,
    "agenda": agenda,
    "minutes": minutes,
    "answer": answer,
    "followup": followup,
    "convocation": convocation,
    "writtenvote": written_vote,
}
