"""The secretariat's contact (事務局の連絡先) on the council's papers: the sender block and 問い合わせ先 of the 依頼文
to a department and of the 招集通知, and the 問い合わせ先 of the 会議録 and 次第 put before the public (without the
担当, often a person's name). A field left blank is left out, never printed as an empty label."""
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from helpers import document_text

from shingikai.access import DocumentReading
from shingikai.councils.actions import update_council_settings
from shingikai.councils.models import Council
from shingikai.documents.render import build
from shingikai.documents.sampledata import build_record
from shingikai.meetings.convocation import body
from shingikai.meetings.models import Meeting

pytestmark = pytest.mark.django_db

CONTACT = {"secretariat_section": "総務部 総務課 情報公開係", "secretariat_contact": "北野",
           "secretariat_phone": "0000-11-2222 (内線 315)", "secretariat_email": "johokokai@aobadai.example.jp",
           "secretariat_address": "青葉台市本町1-1 市役所本庁舎3階"}
PUBLIC = DocumentReading(AnonymousUser(), full=False)


def _text(document):
    return json.dumps(document["blocks"], ensure_ascii=False)


def _record(**contact):
    r = build_record()
    update_council_settings(r.council, by=None, **contact)
    return r


def test_the_request_to_a_department_is_sent_by_the_secretariats_office_with_its_contact():
    r = _record(**CONTACT)
    text = _text(build("followup", r.follow_condition.pk))
    assert '"事務局（総務部 総務課 情報公開係）"' in text
    for line in ("（問い合わせ先）", "青葉台市情報公開・個人情報保護審議会事務局（総務部 総務課 情報公開係）", "担当：北野",
                 "電話：0000-11-2222 (内線 315)", "電子メール：johokokai@aobadai.example.jp",
                 "所在地：青葉台市本町1-1 市役所本庁舎3階"):
        assert f'"{line}"' in text, line


def test_blank_contact_fields_are_left_out_and_no_contact_prints_no_block():
    r = _record(secretariat_phone="0000-11-2222")
    text = _text(build("followup", r.follow_condition.pk))
    assert '"電話：0000-11-2222"' in text and '"青葉台市情報公開・個人情報保護審議会事務局"' in text
    assert not any(label in text for label in ("担当：", "電子メール：", "所在地：", "事務局（"))
    update_council_settings(r.council, by=None, secretariat_phone="")
    text = _text(build("followup", r.follow_condition.pk))
    assert "問い合わせ先" not in text and '"事務局"' in text


def test_the_convocation_gives_the_secretariats_contact_in_the_mail_and_on_paper():
    r = _record(**CONTACT)
    mail = body(Meeting.objects.get(pk=r.meeting.pk))
    assert "（問い合わせ先）\n青葉台市情報公開・個人情報保護審議会事務局（総務部 総務課 情報公開係）\n担当：北野\n" in mail
    text = _text(build("convocation", r.meeting.pk))
    assert '"担当：北野"' in text and '"電話：0000-11-2222 (内線 315)"' in text


@pytest.mark.parametrize("style", list(Council.MinutesStyle))
def test_the_public_minutes_and_agenda_name_the_office_to_ask_but_not_the_person(style):
    r = _record(**CONTACT, minutes_style=style)
    r.minutes.style = style
    r.minutes.save(update_fields=["style"])
    for kind in ("minutes", "agenda"):
        public = _text(build(kind, r.meeting.pk, reading=PUBLIC))
        assert "問い合わせ先" in public and "電話：0000-11-2222 (内線 315)" in public, kind
        assert "北野" not in public, kind
    response = Client().get(f"/documents/minutes/{r.meeting.pk}.docx")
    assert "電子メール：johokokai@aobadai.example.jp" in document_text(response.content)
