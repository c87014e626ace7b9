"""Saving through actions with the acting user recorded in django-simple-history."""

from django.db import models, transaction
from django.utils import timezone

from shingikai.errors import ActionRefused


def save_by(obj, by, update_fields=None):
    """Save `obj`, attributing the history row to `by` (a user, or None for the system)."""
    if by is not None and getattr(by, "is_authenticated", False):
        obj._history_user = by
    if update_fields is not None:
        obj.save(update_fields=update_fields)
    else:
        obj.save()
    return obj


def delete_by(obj, by):
    """Delete `obj`, attributing the history row of its deletion to `by` (a user, or None for the system)."""
    if by is not None and getattr(by, "is_authenticated", False):
        obj._history_user = by
    obj.delete()


#: history_change_reason holds 100 characters.
REASON_MAX = 100


def reason_note(what, reason, asked):
    """The history's note of an action taken for a reason the person must give (「公開を終了: 誤って公開したため」):
    refused in Japanese when empty or too long for the history to keep. `asked`: the action as the form names
    it (「公開をやめる」)."""
    reason = (reason or "").strip()
    if not reason:
        raise ActionRefused(f"{asked}理由を入力してください。")
    limit = REASON_MAX - len(what) - 2
    if len(reason) > limit:
        raise ActionRefused(f"{asked}理由は{limit}文字以内で入力してください。")
    return f"{what}: {reason}"


def changed_fields(obj, expected_version, new_values):
    """The fields someone else changed since `expected_version`, for an edit-conflict message."""
    history = getattr(obj, "history", None)
    if history is None:
        return []
    newer = history.filter(version__gt=expected_version).order_by("history_date")
    names = []
    previous = history.filter(version=expected_version).order_by("-history_date").first()
    for record in newer:
        if previous is not None:
            for change in record.diff_against(previous).changes:
                label = obj._meta.get_field(change.field).verbose_name
                if label not in names:
                    names.append(str(label))
        previous = record
    return names


def history_mark(obj):
    """The id of `obj`'s newest history row. An edit form carries it for records without a version
    number, so that a form opened before someone else's change cannot silently overwrite it."""
    return obj.history.order_by("-history_id").values_list("history_id", flat=True).first() or 0


STALE = "ほかの人がこの{what}を変更しました。最新の内容を確認してから、もう一度入力してください。"


def check_unchanged(obj, seen_mark):
    """Refuse an edit made on a screen opened before the record last changed (None: no check)."""
    if seen_mark is not None and history_mark(obj) != seen_mark:
        raise ActionRefused(STALE.format(what="記録"), code="conflict")


def check_version(obj, expected_version, what="記録"):
    """The same refusal for records that carry a version number (None: no check). `obj` must have been
    read under select_for_update, so that no save slips in between the check and the caller's own."""
    if expected_version is not None and expected_version != obj.version:
        raise ActionRefused(STALE.format(what=what), code="conflict")


def delete_with_history(queryset, by=None, batch_size=500):
    """Delete a queryset's rows in one statement and record each deletion in their history in bulk.

    Only for rows no other row refers to (turns, attendance), since no cascade runs: with receivers
    listening (history, search), QuerySet.delete() would fetch and signal the rows one by one, which
    takes minutes for an assembly's record. No signal is sent, so the caller re-indexes what it changed.
    """
    model = queryset.model
    history = model.history.model
    user = by if getattr(by, "is_authenticated", False) else None
    now = timezone.now()
    rows = [
        history(history_date=now, history_user=user, history_type="-",
                **{field.attname: getattr(obj, field.attname) for field in history.tracked_fields})
        for obj in queryset.iterator(chunk_size=batch_size)
    ]
    history.objects.bulk_create(rows, batch_size=batch_size)
    # The private _raw_delete is the single DELETE Django itself issues for a "fast delete".
    return queryset._raw_delete(queryset.db)



#: What a history lists a removed material as, once its title and file name were erased.
ERASED_MATERIAL = "削除した資料 (名前は消去済み)"

#: ErasureRecord.fields of a record removed with its whole history.
WHOLE_RECORD = "記録全体"


def erase(model, pk, *, by, reason, municipality_id, fields=None, deleted=False, values=()):
    """Erase what the history of `model` row `pk` holds of a person, for good: with `fields`, empty those
    fields in every history row, kept so the history still says who added, changed or removed the record and
    when (the caller empties or deletes the record itself: `deleted` says it deleted it); without, remove the
    rows themselves. An ErasureRecord keeps what an audit needs: the kind of record, its id, the items, the
    reason, who and when, never the values, and the row's and columns' names, so that a restore of an older
    backup erases them again (ops.backup). The names searched for in 本人の記録を探す that the erased values hold
    are emptied too (disclosure.actions.forget_searched_names), with those in `values`, the ones the caller
    took off the row itself, which its history may not hold. Call it inside the caller's transaction, so that
    both go together or not at all."""
    from shingikai.ops.models import ErasureRecord

    model = model._meta.concrete_model
    empty_history_and_searches(model, pk, fields, municipality_id, values)
    items = ("、".join(str(model._meta.get_field(field).verbose_name) for field in fields) if fields
             else WHOLE_RECORD)
    return ErasureRecord.objects.create(
        kind=str(model._meta.verbose_name), record_id=str(pk), fields=items, reason=reason,
        erased_by=by if getattr(by, "is_authenticated", False) else None, municipality_id=municipality_id,
        model_label=model._meta.label_lower, field_names=",".join(fields or ()), record_deleted=deleted)


def delete_with_file(obj, *, by, reason, municipality_id, fields=("title", "file")):
    """Delete a record that holds a stored file (a case's material, an 評価書's file), erasing its `fields` (the
    title and file name, which may name a person) from its history: the history keeps who added and removed it
    and when. The stored file goes once the deletion holds."""
    field = obj._meta.get_field("file")
    stored = getattr(obj, field.attname)
    storage, name, pk = stored.storage, stored.name, obj.pk
    delete_by(obj, by)
    erase(type(obj), pk, by=by, reason=reason, fields=fields, deleted=True, municipality_id=municipality_id)
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def held_values(model, pk, fields=None):
    """The texts the history of `model` row `pk` holds in `fields` (every text field without), each once."""
    history = model.history.model
    if not fields:
        texts = (models.CharField, models.TextField, models.FileField)
        fields = [f.attname for f in history._meta.concrete_fields
                  if isinstance(f, texts) and not f.name.startswith("history_")]
    rows = history.objects.filter(**{model._meta.pk.attname: pk}).values_list(*fields)
    return {str(value) for row in rows for value in row if value}


def empty_history_and_searches(model, pk, fields, municipality_id, values=()):
    """history.erase's work without recording it (a restore applying an erasure again uses it as it is): empty
    the history and forget the names searched for in 本人の記録を探す that the erased values hold, those the
    history held and those in `values`, taken off the row by the caller."""
    from shingikai.disclosure.actions import forget_searched_names

    erased = held_values(model, pk, fields) | {str(value) for value in values if value}
    empty_history(model, pk, fields)
    # 本人の記録を探す keeps the names searched for: one found in what was just erased is that person's, and
    # goes with it, whichever record held it (a requester, a removed appeal step, a material's file name).
    forget_searched_names(municipality_id, *erased)


def empty_history(model, pk, fields=None):
    """history.erase's own work on the history rows, without recording it again (a restore re-applying it)."""
    rows = model.history.model.objects.filter(**{model._meta.pk.attname: pk})
    if fields:
        rows.update(**{field: "" for field in fields})
    else:
        rows.delete()
