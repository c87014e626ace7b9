"""The secretariat's import: upload a minutes file, check the extraction beside the source text page by
page, correct it, import it (not yet public), then publish, unpublish, correct again or delete it.

The upload is read and parsed once into a PendingImport; the review pages correct that stored parse,
so a review survives logging out and long minutes are reviewed in pages that each stay far below
Django's limit on the number of form fields.
"""
import hashlib
import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from shingikai import access
from shingikai.councils.models import Council, Staff
from shingikai.errors import ActionRefused
from shingikai.viewhelpers import history_rows, posted_mark, posted_text, refused
from shingikai.submissions import one_submission

from . import actions
from .import_forms import HeaderForm, ItemFormSet, MinutesUploadForm, ReReadForm, TurnFormSet
from .models import Minutes, PendingImport
from .source_lines import turn_lines

PAGE_SIZES = {"items": 50, "turns": 100}
# The source text shown beside the review; a longer text is cut (the parse itself is complete).
SOURCE_SHOWN = 200_000
# Files chosen together are read one after the other in the request: past this, the rest are named for choosing
# again rather than the request running into the server's worker timeout (30 s) and losing every file.
READ_SECONDS = 15
STATUS_WORDS = {"imported": "取り込みました", "updated": "更新しました", "unchanged": "取込済みのため変更はありません"}


def _councils(user):
    return Council.objects.filter(pk__in=access.secretariat_council_ids(user))


def _require_secretariat(user):
    if not access.secretariat_council_ids(user):
        raise PermissionDenied


def _pending_for(user):
    # A review without a target council is shared by the uploader's own secretariat; the correction of an
    # import by those who may change that import (another city's minutes stored by this secretariat).
    own = access.secretariat_council_ids(user)
    return PendingImport.objects.filter(
        Q(council_id__in=own)
        | Q(council__isnull=True) & (Q(created_by=user) | Q(created_by__staff__in=Staff.objects.secretariat_of_councils(own)))
        | Q(meeting__in=actions.imports_changed_by(user).values("pk"))
    )


def imported_for(user):
    """The imports the user's screens list: those the user may change, and for a secretariat the operator's
    imports into precedent-only councils (read-only, `changeable` False). Another city's secretariat's imports
    stay out: it must not read an unpublished import of ours."""
    return actions.imports_shown_to(user)


def _get_pending(user, pk):
    pending = _pending_for(user).select_related("council", "meeting").filter(pk=pk).first()
    if pending is None:
        raise Http404
    return pending


def _get_imported(user, pk):
    # Only an import the user may change opens: one shown read-only has no page of buttons.
    meeting = actions.imports_changed_by(user).select_related("council", "minutes").filter(pk=pk).first()
    if meeting is None:
        raise Http404
    return meeting


@login_required
def upload(request):
    """The upload form, the pending reviews and every imported meeting."""
    _require_secretariat(request.user)
    councils = _councils(request.user)
    initial = {"council": request.GET.get("council")} if request.GET.get("council", "").isdigit() else None
    form = MinutesUploadForm(request.POST or None, request.FILES or None, councils=councils, initial=initial)
    if request.method == "POST" and form.is_valid():
        # Every file is read and parsed before anything is kept, outside any transaction: a long file takes seconds
        # to parse, and on SQLite an open transaction holds the one write lock, so every other user's save waited
        # for it and failed as "database is locked".
        read, unread = [], []
        started = time.monotonic()
        for uploaded in form.cleaned_data["file"]:
            name, data = actions.upload_name(uploaded.name), b"".join(uploaded.chunks())
            if read and time.monotonic() - started > READ_SECONDS:
                unread.append(f"{name}: 一度に読み取れる時間を超えたため、読み取っていません。このファイルをもう一度選んで読み取ってください。")
                continue
            try:
                read.append((name, data, actions.read_import_file(data, name)))
            except ActionRefused as error:
                unread.append(str(error))
        if read:
            return _keep_uploads(request, read=read, unread=unread, council=form.cleaned_data["council"])
        for reason in unread:
            form.add_error("file", reason)
    context = {
        "form": form,
        "pending": _pending_for(request.user).select_related("council", "meeting", "created_by").defer("text"),
        # Two imports printing one 通算 are warned of here as on the review: the secretariat decides which is wrong.
        "imported": actions.listed_cumulative_clashes(list(
            imported_for(request.user).select_related("council", "minutes").order_by("-date", "-pk"))),
    }
    return render(request, "minutes/import_upload.html", context, status=400 if form.errors else 200)


@one_submission
def _keep_uploads(request, *, read, unread, council):
    """Keep each file read for review: one file opens its review; several are listed among 確認待ち, with the files
    that could not be read named (nothing of those is kept, and the others do not wait on them). A file already
    waiting for review (the same content, for the same council) is not kept twice: its review, with the corrections
    already saved on it, is the one to go on with."""
    kept, waiting = [], []
    for name, data, parsed in read:
        earlier = _pending_for(request.user).filter(
            sha256=hashlib.sha256(data).hexdigest(), council=council, meeting__isnull=True).order_by("pk").first()
        if earlier is not None:
            waiting.append(earlier)
        else:
            kept.append(actions.keep_import_file(data, name=name, read=parsed, council=council, by=request.user))
    for earlier in waiting:
        messages.info(request, f"{earlier.source_name} と同じ内容のファイルが確認待ちにあるため、新しくは読み取りませんでした。"
                               "確認待ちの取込から続けてください (保存した訂正はそのまま残っています)。")
    if len(kept) + len(waiting) == 1 and not unread:
        return redirect("minutes_import:review", pk=(kept or waiting)[0].pk)
    if kept:
        names = "、".join(p.source_name for p in kept)
        messages.success(request, f"{len(kept)} 件を読み取りました ({names})。確認待ちの一覧から1件ずつ確認して取り込んでください。")
    for reason in unread:
        messages.error(request, f"読み取れなかったファイル: {reason}")
    return redirect("minutes_import:upload")


def _pages(parsed):
    """The review's pages: the header with the first items, further items, then the turns."""
    pages = []
    items, turns = len(parsed.get("items") or []), len(parsed.get("turns") or [])
    for start in range(0, max(items, 1), PAGE_SIZES["items"]):
        pages.append(("items", start, min(start + PAGE_SIZES["items"], items)))
    for start in range(0, turns, PAGE_SIZES["turns"]):
        pages.append(("turns", start, min(start + PAGE_SIZES["turns"], turns)))
    return pages


def _page_number(request, pages):
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        raise Http404
    if not 1 <= number <= len(pages):
        raise Http404
    return number


def _page_forms(parsed, kind, start, end, data=None):
    items = parsed.get("items") or []
    header = HeaderForm(data, initial=HeaderForm.initial_from(parsed), prefix="h") if start == 0 and kind == "items" \
        else None
    if kind == "items":
        formset = ItemFormSet(data, initial=[ItemFormSet.form.initial_from(i) for i in items[start:end]],
                              prefix="items")
    else:
        formset = TurnFormSet(data, initial=[TurnFormSet.form.initial_from(t) for t in parsed["turns"][start:end]],
                              prefix="turns", form_kwargs={"item_count": len(items)})
        if formset.forms and start == 0:
            # The first turn has none before it. A later page's first turn goes into the last turn of the page
            # before: the merge acts on the stored turns, not on this page's alone.
            del formset.forms[0].fields["merge"]
    return header, formset


def _is_kept(form):
    return bool(form.cleaned_data) and not form.cleaned_data.get("DELETE")


def _kept(formset):
    return [f for f in formset.forms if _is_kept(f)]


def _changes(parsed, kind, start, end, header, formset):
    """The corrections of one page, as whole top-level values of the parse."""
    changes = header.as_parsed() if header is not None else {}
    if kind == "items":
        items = list(parsed.get("items") or [])
        kept = _kept(formset)
        # Turns keep pointing at the same items after deletions on this page: renumber their references.
        renumber = {i: i for i in range(start)}
        for new, form in enumerate(kept, start=start):
            renumber[start + formset.forms.index(form)] = new
        shift = len(kept) - (end - start)
        for old in range(end, len(items)):
            renumber[old] = old + shift
        changes["items"] = items[:start] + [f.as_parsed() for f in kept] + items[end:]
        changes["turns"] = [{**t, "item": renumber.get(t.get("item")) if isinstance(t.get("item"), int) else None}
                            for t in parsed.get("turns") or []]
    else:
        turns = list(parsed.get("turns") or [])
        kept = _kept(formset)
        marked = [start + k for k, form in enumerate(kept) if form.cleaned_data.get("merge")]
        changes["turns"] = actions.merged_turns(turns[:start] + [f.as_parsed() for f in kept] + turns[end:], marked)
    return changes


def _posted_item(request, formset, start):
    """The 0-based position on this page of the item whose 「番号で分割」 was pressed; None when none was;
    ValueError when the posted number names no item of the page (forged)."""
    value = request.POST.get("split")
    if value is None:
        return None
    position = int(value) - 1 - start
    if not 0 <= position < len(formset.forms):
        raise ValueError(value)
    return position


def _after_save(request, pending, formset, start, split_at):
    """The page's own step after its corrections are saved: split an item or add one. Returns where to go."""
    review_url = reverse("minutes_import:review", args=[pending.pk])
    if "add_item" in request.POST:
        pending = actions.add_pending_item(pending, by=request.user, expected_version=pending.version)
        count = len(pending.parsed["items"])
        messages.success(request, f"議題 {count} を追加しました。件名などを入力して保存してください。")
        return f"{review_url}?page={_page_of_item(count - 1)}#item-{count}"
    kept = _kept(formset)
    target = formset.forms[split_at]
    if target not in kept:
        raise ActionRefused("削除に印を付けた議題は分割できません。削除の印を外すか、分割をやめてください。")
    index = start + kept.index(target)
    before = len(pending.parsed["items"])
    pending = actions.split_pending_item(pending, index=index, by=request.user, expected_version=pending.version)
    parts = len(pending.parsed["items"]) - before + 1
    messages.success(request, f"議題 {index + 1} を {parts} 件に分割しました。各議題の種別と結論を確認してください。")
    return f"{review_url}?page={_page_of_item(index)}#item-{index + 1}"


def _split_turn(request, pending, formset, start):
    """この発言を分ける, after the page's corrections are saved: the turn whose button was pressed, at the words typed
    beside it, the rest a turn of the speaker typed. Returns where to go."""
    try:
        position = int(request.POST["split_turn"]) - 1 - start
    except ValueError:
        position = -1
    if not 0 <= position < len(formset.forms):
        raise ActionRefused("分ける発言の番号が正しくありません。ページを開き直してください。")
    form = formset.forms[position]
    if not _is_kept(form) or form.cleaned_data.get("merge"):
        raise ActionRefused("削除や「前の発言に続ける」の印を付けた発言は分けられません。印を外すか、分けるのをやめてください。")
    # Its place in the saved turns: the turns kept before it on the page, less those merged into the turn before.
    index = start + sum(1 for f in formset.forms[:position] if _is_kept(f) and not f.cleaned_data.get("merge"))
    pending = actions.split_pending_turn(pending, index=index, words=form.cleaned_data["split_words"],
                                         speaker=form.cleaned_data["split_speaker"], by=request.user,
                                         expected_version=pending.version)
    messages.success(request, f"発言 {index + 1} を分けました。発言 {index + 2} が「{form.cleaned_data['split_speaker']}」"
                              "の発言です。区分と議題番号を確かめてください。")
    page = next(n for n, (kind, first, end) in enumerate(_pages(pending.parsed), start=1)
                if kind == "turns" and first <= index + 1 < end)
    return f"{reverse('minutes_import:review', args=[pending.pk])}?page={page}#turn-{index + 2}"


def _refuse_unused_split_words(formset, start):
    """Words typed to split a turn, then the page saved (or imported) instead of 「この発言を分ける」: the secretariat
    meant a split, and saving without it would drop the words silently."""
    for position, form in enumerate(formset.forms):
        if _is_kept(form) and form.cleaned_data.get("split_words"):
            raise ActionRefused(f"発言 {start + position + 1} に「分ける位置の言葉」が入力されています。分けるときはその発言の"
                                "「この発言を分ける」を、分けないときは言葉を消してから保存を押してください。")


def _reread(request, pending, form):
    """原文の N 行目から M 行目を [議題 / 出席委員 / 欠席委員 / 発言] として読み直す, after the page's corrections are saved
    (so that what was typed on the page is not lost). Returns where to go."""
    d = form.cleaned_data
    field = d["field"]
    if field == "turns":
        return _reread_turns(request, pending, d)
    referenced = sum(isinstance(t.get("item"), int) for t in pending.parsed.get("turns") or [])
    pending = actions.reread_pending_block(pending, field=field, first_line=d["first_line"], last_line=d["last_line"],
                                           by=request.user, expected_version=pending.version)
    note = (f"発言 {referenced} 件の議題番号を消しました (前の議題を指していたため)。発言のページで付け直してください。"
            if field == "items" and referenced else "")
    messages.success(request, f"{d['first_line']}〜{d['last_line']} 行目を{actions.REREAD_FIELDS[field]}として"
                              f"読み直しました ({len(pending.parsed[field])} 件)。{note}")
    return f"{reverse('minutes_import:review', args=[pending.pk])}?page=1"


def _reread_turns(request, pending, d):
    """原文の N 行目から M 行目を発言として読み直す, with the speaker labels listed; to the first page of the turns."""
    pending = actions.reread_pending_turns(pending, first_line=d["first_line"], last_line=d["last_line"],
                                           labels=d["labels"], by=request.user, expected_version=pending.version)
    turns = pending.parsed["turns"]
    messages.success(request, f"{d['first_line']}〜{d['last_line']} 行目を発言として読み直しました ({len(turns)} 件、"
                              f"話者 {len({t['speaker'] for t in turns})} 人)。発言の議題番号は消えています。"
                              "発言のページで付け直してください。")
    first_turns = next(n for n, p in enumerate(_pages(pending.parsed), start=1) if p[0] == "turns")
    return f"{reverse('minutes_import:review', args=[pending.pk])}?page={first_turns}"


def _rows_forged(request, pending, formset, rows):
    """A page posted with another number of rows than it holds: the rows past the posted count would be dropped
    on save. A page opened before someone else's save may differ rightly; the version check refuses that one."""
    mark = posted_mark(request)
    return (mark is None or mark == pending.version) and formset.total_form_count() != rows


def _existing_choice(request, found):
    """(the meeting to replace, import as a new meeting) as chosen on the review beside 取り込む; a meeting the user
    may not change is never offered, and a forged number chooses nothing (the import then refuses and says why)."""
    value = request.POST.get("existing", "")
    if value == "new":
        return None, True
    chosen = next((f["meeting"] for f in found if f["changeable"] and value == f"replace-{f['meeting'].pk}"), None)
    return chosen, False


def _turn_places(parsed, lines, start, end):
    """For each turn of a page, its item's title (the number alone says nothing beside the source) and its line in
    the source shown, for the 原文 box to jump to; None where the line is not found or cut off."""
    items = parsed.get("items") or []
    found = turn_lines(lines, parsed.get("turns") or [])
    places = []
    for turn, line in zip((parsed.get("turns") or [])[start:end], found[start:end]):
        item = turn.get("item")
        known = isinstance(item, int) and 0 <= item < len(items)
        places.append({"line": line, "item": item + 1 if known else None,
                       "title": items[item].get("title") if known else None})
    return places


def _page_of_item(index):
    return index // PAGE_SIZES["items"] + 1


@login_required
@one_submission
def review(request, pk):
    _require_secretariat(request.user)
    pending = _get_pending(request.user, pk)
    pages = _pages(pending.parsed)
    number = _page_number(request, pages)
    kind, start, end = pages[number - 1]
    status = 200
    if request.method == "POST":
        header, formset = _page_forms(pending.parsed, kind, start, end, request.POST)
        if kind != "items" and ("split" in request.POST or "add_item" in request.POST):
            return HttpResponseBadRequest("議題の分割や追加は、議題のページで行ってください。")
        if kind != "turns" and "split_turn" in request.POST:
            return HttpResponseBadRequest("発言を分けるのは、発言のページで行ってください。")
        reread = ReReadForm(request.POST, prefix="reread") if "reread" in request.POST else None
        if reread is not None and header is None:
            return HttpResponseBadRequest("行を指定した読み直しは、最初のページで行ってください。")
        if _rows_forged(request, pending, formset, end - start):
            return HttpResponseBadRequest("このページの行の数が、開いたときの内容と合いません。ページを開き直してください。")
        try:
            split_at = _posted_item(request, formset, start) if kind == "items" else None
        except ValueError:
            return HttpResponseBadRequest("分割する議題の番号が正しくありません。")
        if (header is None or header.is_valid()) and formset.is_valid() and (reread is None or reread.is_valid()):
            try:
                # The page's save and the step pressed with it (import, re-read, split, add) stand or fall together.
                with transaction.atomic():
                    changes = _changes(pending.parsed, kind, start, end, header, formset)
                    pending = actions.correct_pending_import(pending, changes=changes, by=request.user,
                                                             expected_version=posted_mark(request))
                    if kind == "turns" and "split_turn" not in request.POST:
                        _refuse_unused_split_words(formset, start)
                    if "import" in request.POST:
                        replace, as_new = _existing_choice(request, actions.already_imported(pending, request.user))
                        meeting, result = actions.import_pending(pending, by=request.user, replace=replace,
                                                                 as_new=as_new)
                        messages.success(request, f"{pending.source_name}: {meeting} を{STATUS_WORDS[result]}。"
                                                  "公開するまで市民には表示されません。")
                        return redirect("minutes_import:meeting", meeting_id=meeting.pk)
                    if reread is not None:
                        return redirect(_reread(request, pending, reread))
                    if "split_turn" in request.POST:
                        return redirect(_split_turn(request, pending, formset, start))
                    if split_at is not None or "add_item" in request.POST:
                        return redirect(_after_save(request, pending, formset, start, split_at))
            except ActionRefused as error:
                if not PendingImport.objects.filter(pk=pending.pk).exists():  # stored by a first click
                    messages.error(request, str(error))
                    return redirect("minutes_import:upload")
                # Nothing was saved (someone else saved a page meanwhile, or the step was refused): show this
                # user's input again over the current version, so that saving again keeps it knowingly.
                status = refused(request, error)
                pending.refresh_from_db()
                if error.code == "no_council" and header is not None:
                    for name in ("municipality", "council_name"):
                        if not header.cleaned_data.get(name):
                            header.add_error(name, "会議録に書かれている名称を入力してください。")
            else:
                messages.success(request, "訂正を保存しました。")
                following = min(number + 1, len(_pages(pending.parsed)))
                return redirect(f"{reverse('minutes_import:review', args=[pending.pk])}?page={following}")
        else:
            status = 400
    else:
        header, formset = _page_forms(pending.parsed, kind, start, end)
        reread = None
    lines = pending.text[:SOURCE_SHOWN].splitlines()
    existing = actions.already_imported(pending, request.user)
    clashing, clash = actions.pending_cumulative_clash(pending, existing)
    changeable = set(actions.imports_changed_by(request.user).filter(pk__in=[m.pk for m in clashing])
                     .values_list("pk", flat=True))
    places = _turn_places(pending.parsed, lines, start, end) if kind == "turns" else []
    context = {
        "pending": pending, "header": header, "formset": formset, "kind": kind, "offset": start,
        # One element a line, numbered by CSS: the numbers the block re-read takes, never read aloud.
        "source_lines": lines, "source_cut": len(pending.text) > SOURCE_SHOWN,
        # Each turn beside its item's title and a jump to its source line; the box opens at the page's first turn.
        # (A page shown again as typed over a newer version may hold more rows than the stored page: none is lost.)
        "turn_rows": list(zip(formset.forms, places + [{}] * (len(formset.forms) - len(places)))),
        "source_start": next((place["line"] for place in places if place["line"]), None),
        "pages": [(i, p) for i, p in enumerate(pages, start=1)], "page": number, "last_page": len(pages),
        # What the importer left blank rather than guess, shown where the meeting and items are checked.
        "warnings": (pending.parsed.get("warnings") or []) if header is not None else [],
        # The meeting, or one on the same day, already imported: said before any review work, chosen at 取り込む.
        "existing": existing,
        # The same meeting is replaced or not imported; only another meeting of the same day may be a new one.
        "existing_same": any(found["same"] for found in existing),
        # Another meeting of the council printing the same 通算第N回: warned of, the import not refused.
        "cumulative_clash": clash, "clashing": [(m, m.pk in changeable) for m in clashing],
        "reread": reread or (ReReadForm(prefix="reread", initial={"labels": ReReadForm.labels_of(pending.parsed)})
                             if header is not None and lines else None),
    }
    return render(request, "minutes/import_review.html", context, status=status)


@login_required
@require_POST
def discard(request, pk):
    _require_secretariat(request.user)
    pending = _get_pending(request.user, pk)
    actions.discard_pending_import(pending, by=request.user)
    messages.success(request, f"{pending.source_name} の取込をやめました。")
    return redirect("minutes_import:upload")


@login_required
def meeting(request, meeting_id):
    _require_secretariat(request.user)
    from shingikai.portal.views import meeting_record

    meeting = _get_imported(request.user, meeting_id)
    return render(request, "minutes/import_done.html", {
        # The record as its public page will show it: 「内容を確認してから公開してください」 needs something to check.
        **meeting_record(meeting, preview=True),
        "meeting": meeting, "records": meeting.import_records.select_related("imported_by"),
        "is_public": getattr(getattr(meeting, "minutes", None), "state", None) == "published",
        "can_reimport": meeting.council_id in access.secretariat_council_ids(request.user),
        "unread_facts": actions.unread_facts(meeting),
        # Publishing and taking back (with its reason) are recorded on the meeting's 会議録.
        "history": history_rows(Minutes.history.filter(meeting_id=meeting.pk), request=request),
    })


LIFECYCLE = {
    "publish": (actions.publish_import, "公開しました"),
    "unpublish": (actions.unpublish_import, "非公開に戻しました"),
}


@login_required
def delete(request, meeting_id):
    """この取込記録を削除する: a page saying what goes with the import, whose box must be ticked; the delete is refused
    while another council's precedent marks point at its cases."""
    _require_secretariat(request.user)
    meeting = _get_imported(request.user, meeting_id)
    status, error = 200, None
    if request.method == "POST":
        if request.POST.get("confirm") != "1":
            status, error = 400, "削除するときは「この取込記録と、上に書いたものをすべて削除する」にチェックしてください。"
        else:
            try:
                removed = actions.delete_import(meeting, by=request.user)
            except ActionRefused as refusal:
                status, error = 409, str(refusal)
            else:
                marks = f"この会議の案件に付いていた先例の固定・除外の記録 {removed} 件も削除しました。" if removed else ""
                messages.success(request, f"{meeting} を削除しました。{marks}")
                return redirect("minutes_import:upload")
    return render(request, "minutes/import_delete.html", {
        "meeting": meeting, "gone": actions.import_deletion(meeting, request.user), "error": error,
    }, status=status)


@login_required
@require_POST
def change(request, meeting_id, step):
    _require_secretariat(request.user)
    meeting = _get_imported(request.user, meeting_id)
    if step == "correct":
        try:
            pending = actions.reopen_import(meeting, by=request.user)
        except ActionRefused as error:
            messages.error(request, str(error))
            return redirect("minutes_import:meeting", meeting_id=meeting.pk)
        return redirect("minutes_import:review", pk=pending.pk)
    if step == "refresh":
        return _refresh(request, meeting)
    if step not in LIFECYCLE:
        raise Http404
    action, word = LIFECYCLE[step]
    try:
        reason = {"reason": posted_text(request, "reason")} if step == "unpublish" else {}
        action(meeting, by=request.user, **reason)
    except ActionRefused as error:
        messages.error(request, str(error))
        return redirect("minutes_import:meeting", meeting_id=meeting.pk)
    messages.success(request, f"{meeting} を{word}。")
    return redirect("minutes_import:meeting", meeting_id=meeting.pk)


def _refresh(request, meeting):
    """通算回・事務局・説明員を補う: the file the meeting was imported from, given again (its text is not kept)."""
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ActionRefused("取り込んだときの会議録ファイルを選んでください。")
        result = actions.refresh_import(meeting, data=b"".join(upload.chunks()), name=upload.name, by=request.user)
    except ActionRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"{meeting.short_label}: {actions.refresh_summary(result)}")
    return redirect("minutes_import:meeting", meeting_id=meeting.pk)
