"""A council imports its own minutes of a past year while a meeting it entered by hand (another day) holds the same
年度・回: the review does not call that meeting 「同じ会議」, offers to store the import as another meeting (as the
command's --new), and says that the two 回次 clash."""
import datetime

import pytest
from helpers import review_form

from shingikai.meetings.models import Meeting
from shingikai.minutes.actions import already_imported, receive_import_file

pytestmark = pytest.mark.django_db

MINUTES = """平成31年度第1回みなみ市情報公開・個人情報保護審議会 会議録
日時：平成31年4月25日（木）午前10時00分～午前11時00分
○会長　ただいまから会議を開きます。
○委員　承知しました。
"""


def test_a_past_years_minutes_beside_a_hand_made_meeting_of_the_same_number_is_imported_as_another(client, world):
    w = world
    by_hand = Meeting.objects.create(council=w.council, date=datetime.date(2019, 4, 30), fiscal_year=2019, number=1)
    pending = receive_import_file(MINUTES.encode(), name="h31.txt", by=w.secretariat)
    pending.parsed = {**pending.parsed, "municipality": "みなみ市", "council_name": w.council.name,
                      "meeting_label": "平成31年度第1回", "date": "2019-04-25"}
    pending.save()
    found = already_imported(pending, w.secretariat)
    assert [(f["meeting"], f["same"], f["same_number"]) for f in found] == [(by_hand, False, True)]
    client.force_login(w.secretariat)
    page = client.get(f"/work/import/p/{pending.pk}/").content.decode()
    assert "同じ会議として取込済み" not in page and "回次が同じ、別の日の会議です" in page
    assert 'value="new"' in page
    refused = client.post(f"/work/import/p/{pending.pk}/?page=1", {**review_form(page), "import": ""})
    assert refused.status_code == 400 and "同じ回次の別の日の会議" in refused.content.decode()
    done = client.post(f"/work/import/p/{pending.pk}/?page=1",
                       {**review_form(refused.content.decode()), "import": "", "existing": "new"})
    assert done.status_code == 302
    imported = Meeting.objects.get(council=w.council, imported=True)
    assert imported.date == datetime.date(2019, 4, 25) and imported.short_label == "平成31年度第1回"
    by_hand.refresh_from_db()
    assert (by_hand.fiscal_year, by_hand.number, by_hand.imported) == (2019, 1, False)
