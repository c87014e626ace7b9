"""The one exception the minutes importer raises for input it cannot use."""


class MinutesImportError(Exception):
    """A file or text the importer refuses; ``reason`` is one line fit to show to a user."""

    def __init__(self, reason):
        # Callers print the reason after the file name on a single line.
        reason = " ".join(str(reason).split()) or "unreadable input"
        super().__init__(reason)
        self.reason = reason

    def __str__(self):
        return self.reason
