"""The development corpus answers (tests/corpus) are well-formed and use the domain's labels.

The texts they answer live outside the repository; this checks the answers themselves, so that
a slip in one does not silently skew the importer's measured score.
"""
import importlib.util
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


def _render_schedule():
    spec = importlib.util.spec_from_file_location("render_schedule", CORPUS / "render_schedule.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_chunks(folder, source, size):
    folder.mkdir()
    for offset in range(0, len(source), size):
        (folder / f"{offset:07d}.json").write_text(json.dumps(source[offset:offset + size], ensure_ascii=False),
                                                   encoding="utf-8")


def test_a_full_record_is_rendered_from_its_schedule_in_the_copied_chunks(tmp_path):
    source = json.dumps({"schedules": [
        {"schedule_id": 1, "name": "06月03日－01号", "minutes": [{"text": "○議長（甲野一郎君）　開会します。"}]},
        {"schedule_id": 2, "name": "06月04日－02号", "minutes": [
            {"text": "〇議事日程\n第１　議案第１号"}, {"text": "○議長（甲野一郎君）　「異議なし」\n　〔起立全員〕"}]},
    ]}, ensure_ascii=False, indent=2)
    _write_chunks(tmp_path / "chunks", source, 40)
    out = tmp_path / "record.txt"
    assert _render_schedule().main([str(tmp_path / "chunks"), "2", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == "〇議事日程\n第１　議案第１号\n\n○議長（甲野一郎君）　「異議なし」\n　〔起立全員〕"


def test_a_chunk_that_lost_a_character_in_copying_is_refused(tmp_path, capsys):
    source = json.dumps({"schedules": [{"schedule_id": 1, "minutes": [{"text": "○議長　開会します。" * 20}]}]},
                        ensure_ascii=False)
    _write_chunks(tmp_path / "chunks", source, 50)
    slipped = tmp_path / "chunks" / "0000050.json"
    slipped.write_text(json.dumps(json.loads(slipped.read_text(encoding="utf-8"))[1:], ensure_ascii=False),
                       encoding="utf-8")
    out = tmp_path / "record.txt"
    assert _render_schedule().main([str(tmp_path / "chunks"), "1", str(out)]) == 1
    assert "0000050.json: 49 characters" in capsys.readouterr().err
    assert not out.exists()
