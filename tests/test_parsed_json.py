"""The parsed-minutes JSON (DESIGN §3.1) loads into the model and exports back unchanged."""
import copy
import json

import pytest

from shingikai.errors import ActionRefused
from shingikai.meetings.models import Meeting
from shingikai.minutes.export import export_meeting
from shingikai.minutes.actions import import_meeting

CONTRACT_KEYS = (
    "municipality", "council_name", "meeting_label", "date", "start_time", "end_time", "place",
    "members_present", "members_absent", "chair", "observers", "items", "turns",
)

SAMPLE = {
    "municipality": "みなみ市",
    "council_name": "みなみ市情報公開・個人情報保護審議会",
    "meeting_label": "令和6年度第2回",
    "date": "2024-08-05",
    "start_time": "14:00",
    "end_time": "15:30",
    "place": "みなみ市役所 第2会議室",
    "members_present": ["青木一郎", "井上二葉", "上田三恵"],
    "members_absent": ["江口四郎"],
    "chair": "青木一郎",
    "observers": 2,
    "items": [
        {"kind": "諮問", "title": "窓口受付システムの導入", "departments": ["市民課", "情報政策課"],
         "legal_basis": ["条例第12条"], "categories": ["外部委託", "情報システム"], "outcome": "条件付き承認",
         "conditions": ["仕様書を事務局を通して提出すること", "意見: 再委託に注意すること"], "topic": "窓口システム"},
        {"kind": "報告", "title": "運用状況報告", "departments": ["事務局"], "legal_basis": [],
         "categories": ["その他"], "outcome": "報告了承", "conditions": [], "topic": None},
    ],
    "turns": [
        {"speaker": "会長", "role": "chair", "item": None, "text": "開会します。"},
        {"speaker": "委員", "role": "member", "item": 0, "text": "データセンターは国内か。"},
        {"speaker": "市民課", "role": "department", "item": 0, "text": "国内です。"},
    ],
}


def contract(data):
    return {key: data.get(key) for key in CONTRACT_KEYS}


@pytest.mark.django_db
def test_sample_round_trips_through_the_model():
    meeting, status = import_meeting(copy.deepcopy(SAMPLE), source_name="sample.json", sha256="a" * 64)
    assert status == "imported" and meeting.imported
    assert contract(export_meeting(meeting)) == contract(SAMPLE)


@pytest.mark.django_db
def test_same_file_again_changes_nothing_and_a_corrected_file_updates():
    meeting, _ = import_meeting(copy.deepcopy(SAMPLE), sha256="a" * 64)
    again, status = import_meeting(copy.deepcopy(SAMPLE), sha256="a" * 64)
    assert status == "unchanged" and again.pk == meeting.pk
    corrected = copy.deepcopy(SAMPLE)
    corrected["place"] = "みなみ市役所 第3会議室"
    corrected["turns"] = corrected["turns"][:2]
    updated, status = import_meeting(corrected, sha256="b" * 64, replace=True)
    assert status == "updated" and updated.pk == meeting.pk
    assert contract(export_meeting(updated)) == contract(corrected)
    assert Meeting.objects.count() == 1
    assert updated.import_records.count() == 2


@pytest.mark.django_db
def test_imported_record_says_what_the_text_did_not():
    silent = copy.deepcopy(SAMPLE)
    silent["members_absent"] = None
    meeting, _ = import_meeting(silent)
    assert "members_absent" in meeting.import_gaps and "quorum" in meeting.import_gaps
    assert export_meeting(meeting)["members_absent"] is None
    decision = meeting.items.first().decision
    assert decision.imported and decision.vote_method == "不明"


@pytest.mark.django_db
def test_import_never_overwrites_a_live_meeting(world):
    from shingikai.meetings.actions import plan_meeting
    import datetime
    plan_meeting(world.council, date=datetime.date(2024, 6, 1))
    plan_meeting(world.council, date=datetime.date(2024, 8, 5))
    with pytest.raises(ActionRefused):
        import_meeting(copy.deepcopy(SAMPLE))


@pytest.mark.django_db
@pytest.mark.parametrize("broken", [
    [], {"council_name": None, "municipality": None, "date": "2024-01-01"},
    dict(SAMPLE, date="2024-13-45"), dict(SAMPLE, items="not a list"), dict(SAMPLE, date=None, meeting_label=None),
])
def test_broken_json_is_refused_with_nothing_saved(broken):
    with pytest.raises(ActionRefused):
        import_meeting(copy.deepcopy(broken))
    assert not Meeting.objects.exists()


def seed_answers(shared_dir):
    return sorted((shared_dir / "seeds").glob("*.json"))


@pytest.mark.django_db
def test_every_seed_answer_round_trips(shared_dir):
    answers = seed_answers(shared_dir)
    assert len(answers) >= 5
    for path in answers:
        seed = json.loads(path.read_text(encoding="utf-8"))
        seed.setdefault("turns", [])
        meeting, _ = import_meeting(copy.deepcopy(seed), source_name=path.name)
        exported = export_meeting(meeting)
        assert contract(exported) == contract(seed), path.name
