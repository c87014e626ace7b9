"""The one exception the document renderers raise for records they cannot turn into a document."""


class DocumentError(Exception):
    """A document cannot be produced from the stored record. The message is Japanese and shown as is."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return self.message


def record_or_error(queryset, obj_id, what):
    """The record a document of another app is about (see render.register_kind), or a not-found DocumentError."""
    record = queryset.filter(pk=obj_id).first()
    if record is None:
        raise DocumentError(f"{what} (ID {obj_id}) が見つかりません。", code="not-found")
    return record
