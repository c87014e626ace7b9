"""The secretariat's import: upload a minutes file, check the extraction beside the source text,
correct it, and only then save it as an imported meeting."""
import hashlib
import re
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render

from shingikai import access
from shingikai.councils.models import Council
from shingikai.errors import ActionRefused

from .import_forms import HeaderForm, ItemFormSet, TurnFormSet, UploadForm
from .importer import IMPORTER_VERSION, MinutesImportError, parse_text, read_minutes_file
from .store import store_parsed

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
SUFFIX_RE = re.compile(r"^\.[a-z0-9]{1,8}$")


def _upload_dir():
    return Path(settings.MEDIA_ROOT) / "imports"


def _councils(user):
    return Council.objects.filter(pk__in=access.secretariat_council_ids(user))


def _require_secretariat(user):
    if not access.secretariat_council_ids(user):
        raise PermissionDenied


def _pending(request, sha):
    """The upload this user started; another user's or a forged digest is simply not found."""
    if not SHA_RE.match(sha):
        raise Http404
    pending = request.session.get("imports", {}).get(sha)
    if pending is None:
        raise Http404
    path = _upload_dir() / f"{sha}{pending['suffix']}"
    if not path.is_file():
        raise Http404
    return pending, path


@login_required
def upload(request):
    _require_secretariat(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, councils=_councils(request.user))
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        data = b"".join(uploaded.chunks())
        sha = hashlib.sha256(data).hexdigest()
        suffix = Path(uploaded.name).suffix.lower()
        suffix = suffix if SUFFIX_RE.match(suffix) else ".txt"
        _upload_dir().mkdir(parents=True, exist_ok=True)
        path = _upload_dir() / f"{sha}{suffix}"
        path.write_bytes(data)
        try:
            read_minutes_file(path, max_bytes=settings.SHINGIKAI_IMPORT_MAX_BYTES)
        except MinutesImportError as error:
            path.unlink(missing_ok=True)
            form.add_error("file", f"{uploaded.name}: {error.reason}")
        else:
            council = form.cleaned_data["council"]
            imports = request.session.get("imports", {})
            imports[sha] = {"name": Path(uploaded.name).name[:300], "suffix": suffix,
                            "council": council.slug if council else None}
            request.session["imports"] = imports
            return redirect("minutes_import:review", sha=sha)
    return render(request, "minutes/import_upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def review(request, sha):
    _require_secretariat(request.user)
    pending, path = _pending(request, sha)
    try:
        source = read_minutes_file(path, max_bytes=settings.SHINGIKAI_IMPORT_MAX_BYTES)
        parsed = parse_text(source, filename=pending["name"])
    except MinutesImportError as error:
        messages.error(request, f"{pending['name']}: {error.reason}")
        return redirect("minutes_import:upload")
    if request.method == "POST":
        header = HeaderForm(request.POST, prefix="h")
        items = ItemFormSet(request.POST, prefix="items")
        turns = TurnFormSet(request.POST, prefix="turns")
        if header.is_valid() and items.is_valid() and turns.is_valid():
            corrected = _corrected(header, items, turns)
            try:
                meeting, status = store_parsed(
                    corrected, council_slug=pending["council"], source_name=pending["name"], sha256=sha,
                    importer_version=IMPORTER_VERSION, by=request.user,
                )
            except ActionRefused as error:
                messages.error(request, str(error))
            else:
                request.session["imports"].pop(sha, None)
                request.session.modified = True
                word = {"imported": "取り込みました", "updated": "更新しました", "unchanged": "取込済みのため変更はありません"}
                messages.success(request, f"{pending['name']}: {meeting} を{word[status]}。")
                return redirect("minutes_import:done", meeting_id=meeting.pk)
        status = 400
    else:
        header = HeaderForm(initial=HeaderForm.initial_from(parsed), prefix="h")
        items = ItemFormSet(initial=[ItemFormSet.form.initial_from(i) for i in parsed["items"]], prefix="items")
        turns = TurnFormSet(initial=[TurnFormSet.form.initial_from(t) for t in parsed["turns"]], prefix="turns")
        status = 200
    context = {"pending": pending, "source": source, "header": header, "items": items, "turns": turns, "sha": sha}
    return render(request, "minutes/import_review.html", context, status=status)


def _corrected(header, items, turns):
    kept_items = [f for f in items.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
    # Renumber the turns' item references after deletions so they keep pointing at the same items.
    renumber = {items.forms.index(f): new for new, f in enumerate(kept_items)}
    parsed = header.as_parsed()
    parsed["items"] = [f.as_parsed() for f in kept_items]
    parsed["turns"] = []
    for form in turns.forms:
        if not form.cleaned_data or form.cleaned_data.get("DELETE"):
            continue
        turn = form.as_parsed()
        turn["item"] = renumber.get(turn["item"]) if turn["item"] is not None else None
        parsed["turns"].append(turn)
    return parsed


@login_required
def done(request, meeting_id):
    _require_secretariat(request.user)
    from shingikai.meetings.models import Meeting

    meeting = Meeting.objects.filter(pk=meeting_id, imported=True).select_related("council").first()
    if meeting is None:
        raise Http404
    return render(request, "minutes/import_done.html", {"meeting": meeting,
                                                        "records": meeting.import_records.all()})
