"""Saving through actions with the acting user recorded in django-simple-history."""


def save_by(obj, by, update_fields=None):
    """Save `obj`, attributing the history row to `by` (a user, or None for the system)."""
    if by is not None and getattr(by, "is_authenticated", False):
        obj._history_user = by
    if update_fields is not None:
        obj.save(update_fields=update_fields)
    else:
        obj.save()
    return obj


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
