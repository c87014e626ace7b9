"""Download an official document as PDF or DOCX, as access.document_reading lets the reader see it."""
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from shingikai import access, access_record

from .render import FORMATS, KINDS, DocumentError, build, filename, lay_out, record_of

ERROR_STATUS = {"not-found": 404, "not-public": 404}
KIND_NAMES = {"shimonsho": "諮問書", "agenda": "会議次第", "minutes": "会議録", "answer": "答申書", "followup": "フォローアップの依頼",
              "convocation": "招集通知", "appeal": "審査請求の答申書", "inspection": "第三者点検の結果",
              "sensitive": "要配慮個人情報の報告"}


@require_GET
def download(request, kind, obj_id, fmt):
    if kind not in KINDS or fmt not in FORMATS:
        raise Http404("この文書はありません。")
    obj = record_of(kind, obj_id)
    if obj is None:
        raise Http404("この文書はありません。")
    reading = access.document_reading(request.user, kind, obj)
    if reading is None:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied("この文書を取得する権限がありません。")
    try:
        doc = build(kind, obj_id, reading=reading)
        data = lay_out(doc, fmt)
    except DocumentError as error:
        return HttpResponse(error.message, status=ERROR_STATUS.get(error.code, 422),
                            content_type="text/plain; charset=utf-8")
    if reading.full:  # the whole record (a closed item, a draft, the council's own copy), not the public form
        access_record.record(request, access_record.DOWNLOAD, KIND_NAMES.get(kind, kind),
                             filename(doc, fmt), obj)
    response = HttpResponse(data, content_type=FORMATS[fmt])
    inline = fmt == "pdf" and request.GET.get("inline") == "1"
    response["Content-Disposition"] = content_disposition_header(not inline, filename(doc, fmt))
    # Only what anyone may read may sit in shared caches.
    shared = not request.user.is_authenticated and not reading.full
    response["Cache-Control"] = "public, max-age=300" if shared else "private, no-store"
    return response
