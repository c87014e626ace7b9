"""What every CSV the app writes for Excel needs of a cell written by a person."""

# A cell starting with one of these is a formula to Excel; department-written titles must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value):
    """`value` as the text of a CSV cell that Excel shows as written, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
