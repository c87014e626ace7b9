"""Logging filters: what an operator needs from the request log, without noise."""
import logging


class ForbiddenWithoutTraceback(logging.Filter):
    """A refused request (403) is routine, not a fault: keep its one line, drop the traceback."""

    def filter(self, record):
        if getattr(record, "status_code", None) == 403:
            record.exc_info = None
            record.exc_text = None
        return True
