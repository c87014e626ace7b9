"""Where the public portal shows a record and where its official documents download.

Both belong to other apps; their paths are agreed ones, written here once so the APIs link to them
without importing those apps' URL names.
"""


def council(council):
    return f"/councils/{council.slug}/"


def meeting(meeting_id):
    return f"/meetings/{meeting_id}/"


def case(case_id):
    return f"/cases/{case_id}/"


def minutes_pdf(meeting_id):
    return f"/documents/minutes/{meeting_id}.pdf"


def answer_pdf(answer_id):
    return f"/documents/answer/{answer_id}.pdf"


def absolute(request, path):
    return request.build_absolute_uri(path) if path else None
