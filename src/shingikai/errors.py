"""The one exception every action raises when a rule forbids what was asked."""


class ActionRefused(Exception):
    """A domain rule refused a state change. The message is shown to the user as is (Japanese)."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self):
        return self.message
