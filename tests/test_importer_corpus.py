"""The development corpus answers (tests/corpus) are well-formed and use the domain's labels.

The texts they answer live outside the repository; this checks the answers themselves, so that
a slip in one does not silently skew the importer's measured score.
"""
import json
from pathlib import Path

import pytest

from shingikai.cases.models import Category
from shingikai.meetings.models import Decision

CORPUS = Path(__file__).parent / "corpus"
# Openings at the top, full-length records under full/: the same shape and the same README.
ANSWERS = sorted(CORPUS.glob("*.json")) + sorted(CORPUS.glob("full/*.json"))
FIELDS = {"municipality", "council_name", "meeting_label", "date", "start_time", "end_time", "place",
          "members_present", "members_absent", "chair", "observers", "items", "speaker_turns", "speaker_labels",
          "truncated"}


def test_every_answer_names_its_source_in_the_readme():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert ANSWERS
    for path in ANSWERS:
        assert f"| {path.stem} |" in readme


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.stem)
def test_answer_has_the_parsed_minutes_shape(path):
    answer = json.loads(path.read_text(encoding="utf-8"))
    assert set(answer) == FIELDS
    assert answer["speaker_turns"] >= len(answer["speaker_labels"])
    categories = {label for _, label in Category.choices}
    for item in answer["items"]:
        assert item["kind"] in ("諮問", "報告", "その他")
        assert item["outcome"] in Decision.Outcome.values
        assert set(item["categories"]) <= categories
        assert item["title"]
    for name in answer["members_present"]:
        assert " " not in name and "\u3000" not in name
