"""Which 答申 the public reads: the council's public page lists its published appeal 答申 beside the others,
and a 答申's own page tells the secretariat whether it is public, where, and if not why."""
import pytest
from disclosure_helpers import answered_appeal, decided_request
from django.urls import reverse
from test_answer_corrections import issued_answer

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


def test_answer_page_says_an_answer_on_a_closed_item_is_not_published_and_why(client, world):
    answer = issued_answer(world, is_public=False)
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "非公開の議題で審議した案件の答申のため、公開されません。" in page
    assert "公開の答申と答申書に正誤として示され" not in page  # the 正誤 goes into the 答申書 only


def test_answer_page_links_a_public_answer_to_its_public_page(client, world):
    answer = issued_answer(world)
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "公開ページに掲載しています。" in page and reverse("portal:answer", args=[answer.pk]) in page
    assert "公開の答申と答申書に正誤として示され" in page


def test_answer_page_of_an_appeal_points_to_the_appeal_until_published(client, world):
    appeal = answered_appeal(world, decided_request(world))
    answer = appeal.case.answers.get()
    client.force_login(world.secretariat)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "審査請求のページで公表すると" in page and reverse("disclosure:appeal", args=[appeal.pk]) in page
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    page = client.get(reverse("meetings:answer", args=[answer.pk])).content.decode()
    assert "公開版 (氏名と不開示とした部分を伏せたもの) を公表しています。" in page
    assert reverse("disclosure:answer", args=[appeal.pk]) in page
