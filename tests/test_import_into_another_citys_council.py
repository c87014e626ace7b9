"""An import without a chosen council goes where the text says; a council this system runs, found so by its
name, is written only by its own secretariat (or by the operator's command), never by another city's."""
import pytest
from test_disclosure_answer_import import ANSWER
from test_import_web import MINUTES, media, review_post_data, upload  # noqa: F401

from conftest import PASSWORD
from shingikai.disclosure import actions as disclosure
from shingikai.disclosure.models import ImportedAnswer
from shingikai.errors import ActionRefused
from shingikai.meetings.models import Meeting

KITA_ANSWER = ANSWER.replace("ひがし市情報公開・個人情報保護審査会", "きた町個人情報保護審査会")


def test_another_citys_secretariat_cannot_import_minutes_into_a_council_by_its_name(client, world, media):
    client.login(username="kita", password=PASSWORD)
    review_url = upload(client)["Location"]  # the text names みなみ市's own council
    response = client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""}, follow=True)
    assert "その事務局のほかは取り込めません" in response.content.decode()
    assert not Meeting.objects.filter(council=world.council).exists()
    client.login(username="jimukyoku", password=PASSWORD)  # its own secretariat still can
    review_url = upload(client)["Location"]
    client.post(review_url, {**review_post_data(client.get(review_url)), "import": ""})
    assert Meeting.objects.filter(council=world.council, imported=True).count() == 1


def test_another_citys_secretariat_cannot_file_an_answer_under_a_council_by_its_name(world):
    assert "きた町個人情報保護審査会" in KITA_ANSWER
    with pytest.raises(ActionRefused, match="その事務局のほかは取り込めません"):
        disclosure.import_answer(KITA_ANSWER.encode(), name="kita.txt", by=world.secretariat)
    assert not ImportedAnswer.objects.exists()
    answer, status = disclosure.import_answer(KITA_ANSWER.encode(), name="kita.txt", by=world.other_secretariat)
    assert status == "imported" and answer.council == world.other_council
