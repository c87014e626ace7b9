"""A case closed by a line of its name and the bare word of its result (北山町人口ビジョンについて、承認).

A town's form reports each case under its circled number: the papers it was explained from, the questions, then a line
that names the case again and states the result in one word, without a verb. That line decides the case, and it closes
the case: what follows it (the next case's number and title) is no longer anyone's speech, even where the last
question's answer stood just above it.
"""
from __future__ import annotations

import re

# The result words that decide a case; 報告 or 説明 after the name would say only what was done with it.
RESULT_WORDS = r"(?:承認|了承|可決|決定)"
# Within a paragraph (the outcome reader's): the name's について, a comma, the word, then the line's end. A sentence
# closed by 。 (…について、了承。) is a summary's, which may speak of several cases at once: the other readers judge it.
STATED_RESULT = re.compile(rf"について[、,][ \t\u3000]*{RESULT_WORDS}(?=\n|$)")
# A whole line so (the structure reader's): nothing after the word.
STATED_RESULT_LINE = re.compile(rf"^[ \t\u3000]*[^。\n]{{2,80}}について[、,][ \t\u3000]*{RESULT_WORDS}[ \t\u3000]*$")


def closes_a_case(line: str) -> bool:
    """Whether ``line`` is a case's stated result, after which a new case may open outside any speech."""
    return "について" in line and STATED_RESULT_LINE.match(line) is not None


# 警察本部から…説明を受け、審議の上、行政処分を決定した。: a commission's summary narrates each case put to it as
# deliberated then decided; what it decided is the case's own measure, its approval. A decision to defer or to refuse
# (継続審議とすることを決定) is none.
DELIBERATED_DECIDED = re.compile(
    r"審議(?:の上|のうえ|した上で|の結果)[、,][^。、]{1,30}?(?<!継続審議とすること)(?<!保留とすること)(?<!否決すること)"
    r"を決定(?:した|しました|された|いたしました)")
# 委員から特に異議はなく、採決したところ適当と認める旨決定した。: a council on private schools finds the application
# before it fit, its approval (as 適当と認める旨の答申 is).
FOUND_FIT = re.compile(r"適当(?:である|と認める)旨(?:を)?(?:決定|議決)(?:した|しました|された)")
