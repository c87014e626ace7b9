"""The one exception the document renderers raise for records they cannot turn into a document."""


class DocumentError(Exception):
    """A document cannot be produced from the stored record. The message is Japanese and shown as is."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return self.message
