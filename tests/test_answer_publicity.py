"""Which 答申 the public reads: the council's public page lists its published appeal 答申 beside the others,
and a 答申's own page tells the secretariat whether it is public, where, and if not why."""
import pytest
from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse

from shingikai.disclosure import actions as disclosure

pytestmark = pytest.mark.django_db


def test_council_page_lists_the_published_appeal_answers(client, world):
    appeal = answered_appeal(world, decided_request(world))
    council_page = reverse("portal:council", args=[world.council.slug])
    link = reverse("disclosure:answer", args=[appeal.pk])
    assert link not in client.get(council_page).content.decode()  # not yet published
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    page = client.get(council_page).content.decode()
    assert f'href="{link}"' in page and appeal.answer_number in page
    assert "審査請求に対する答申" in page and "開示 請子" not in page
