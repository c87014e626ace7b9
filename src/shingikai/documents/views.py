"""Download an official document as PDF or DOCX, as access.document_reading lets the reader see it.

A document the reader may not see answers as one that does not exist, so the answer never tells that a record
is there: an anonymous reader is sent to the login page for both (a staff member's link in a mail still
works once signed in), a signed-in one gets the same 404."""
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from shingikai import access, access_record

from .render import FORMATS, KINDS, DocumentError, build, filename, lay_out, record_of

ERROR_STATUS = {"not-found": 404, "not-public": 404}


def _not_there(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404("この文書はありません。")


@require_GET
def download(request, kind, obj_id, fmt):
    if kind not in KINDS or fmt not in FORMATS:
        raise Http404("この文書はありません。")
    obj = record_of(kind, obj_id)
    reading = access.document_reading(request.user, kind, obj) if obj is not None else None
    if reading is None:
        return _not_there(request)
    try:
        doc = build(kind, obj_id, reading=reading)
        data = lay_out(doc, fmt)
    except DocumentError as error:
        status = ERROR_STATUS.get(error.code, 422)
        if status == 404 and not request.user.is_authenticated:
            return _not_there(request)  # its message would say the record is there
        return HttpResponse(error.message, status=status, content_type="text/plain; charset=utf-8")
    if reading.full:  # the whole record (a closed item, a draft, the council's own copy), not the public form
        access_record.record(request, access_record.DOWNLOAD, KINDS[kind],
                             filename(doc, fmt), obj)
    response = HttpResponse(data, content_type=FORMATS[fmt])
    inline = fmt == "pdf" and request.GET.get("inline") == "1"
    response["Content-Disposition"] = content_disposition_header(not inline, filename(doc, fmt))
    # Only what anyone may read may sit in shared caches.
    shared = not request.user.is_authenticated and not reading.full
    response["Cache-Control"] = "public, max-age=300" if shared else "private, no-store"
    return response
