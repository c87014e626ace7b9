"""Correcting an imported meeting's 自治体 or 審議会の名称 on the review moves the meeting to that council (found among
the councils this secretariat may import into, or created as an imported-only one as on a first import); the old
imported-only council goes when it holds nothing, and the precedent marks on the meeting's cases stay."""
from test_import_web import _pinned_and_dismissed_import, media, review_post_data, upload  # noqa: F401 (media: a fixture)

from shingikai.councils.models import Council, Municipality
from shingikai.meetings.models import Meeting

OLD, NEW = "ひがし市個人情報保護審議会", "ひがし市個人情報保護審査会"


def imported(client, world, municipality="ひがし市", council=OLD):
    client.force_login(world.secretariat)
    review_url = upload(client, name="s.txt")["Location"]
    data = {**review_post_data(client.get(review_url)), "h-municipality": municipality, "h-council_name": council}
    assert client.post(review_url, {**data, "import": ""}).status_code == 302
    return Meeting.objects.get()


def correct(client, meeting, **fields):
    review_url = client.post(f"/work/import/m/{meeting.pk}/correct/")["Location"]
    data = review_post_data(client.get(review_url))
    data.update({f"h-{name}": value for name, value in fields.items()})
    return client.post(review_url, {**data, "import": ""}, follow=True)


def test_a_corrected_council_name_moves_the_meeting_and_the_old_council_goes(client, world, media):
    meeting = imported(client, world)
    old = meeting.council
    response = correct(client, meeting, council_name=NEW)
    assert response.status_code == 200 and f"{NEW} 令和6年度第3回 を更新しました" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.council.name == NEW and meeting.council.is_imported_only
    assert meeting.council.municipality == old.municipality  # the city still holds the new council
    assert not Council.objects.filter(pk=old.pk).exists()
    assert {item.case.council for item in meeting.items.all()} == {meeting.council}
    page = client.get(f"/work/import/m/{meeting.pk}/").content.decode()
    assert NEW in page and OLD not in page
    # A second correction shows the name as applied.
    review = client.get(client.post(f"/work/import/m/{meeting.pk}/correct/")["Location"]).content.decode()
    assert NEW in review


def test_a_corrected_municipality_moves_the_meeting_to_that_citys_council(client, world, media):
    meeting = imported(client, world, municipality="山田 太郎", council="佐藤花子の会")
    wrong_city = meeting.council.municipality
    correct(client, meeting, municipality="ひがし市", council_name=OLD)
    meeting.refresh_from_db()
    assert (meeting.council.municipality.name, meeting.council.name) == ("ひがし市", OLD)
    assert not Municipality.objects.filter(pk=wrong_city.pk).exists()
    assert not Council.objects.filter(name="佐藤花子の会").exists()
    # The departments the import named moved with it.
    assert {d.municipality.name for item in meeting.items.all() for d in item.departments.all()} <= {"ひがし市"}


def test_a_correction_onto_our_own_council_finds_it(client, world, media):
    meeting = imported(client, world)
    correct(client, meeting, municipality=world.city.name, council_name=world.council.name)
    meeting.refresh_from_db()
    assert meeting.council == world.council
    assert not Council.objects.filter(name=OLD).exists()


def test_another_citys_council_run_here_is_refused_and_nothing_moves(client, world, media):
    meeting = imported(client, world)
    response = correct(client, meeting, municipality=world.other_city.name, council_name=world.other_council.name)
    assert "その事務局のほかは取り込めません" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.council.name == OLD and not world.other_council.meetings.exists()


def test_an_emptied_name_is_refused_rather_than_ignored(client, world, media):
    meeting = imported(client, world)
    response = correct(client, meeting, council_name="")
    assert "自治体と審議会の名称の両方を入力してください" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.council.name == OLD


def test_an_unchanged_name_keeps_the_council_chosen_at_upload(client, world, media):
    """Imported into our council chosen on the upload, whatever the text calls it: a correction of anything else
    keeps it there."""
    client.force_login(world.secretariat)
    review_url = upload(client, council=world.council.pk)["Location"]
    data = {**review_post_data(client.get(review_url)), "h-council_name": "個人情報保護審議会"}
    client.post(review_url, {**data, "import": ""})
    meeting = Meeting.objects.get()
    correct(client, meeting, place="本庁舎 第2会議室")
    meeting.refresh_from_db()
    assert meeting.council == world.council and meeting.place == "本庁舎 第2会議室"


def test_precedent_marks_on_the_meetings_cases_stay_when_it_moves(world):
    from shingikai.minutes.actions import import_pending, reopen_import
    from shingikai.precedents.models import PrecedentMark

    meeting, ours = _pinned_and_dismissed_import(world)
    old = meeting.council
    pending = reopen_import(meeting, by=world.secretariat)
    pending.parsed = dict(pending.parsed, council_name="ひだり市個人情報保護審査会")
    pending.save()
    import_pending(pending, by=world.secretariat)
    meeting.refresh_from_db()
    assert meeting.council.name == "ひだり市個人情報保護審査会" and not Council.objects.filter(pk=old.pk).exists()
    marks = {(m.precedent.title, m.kind, m.note) for m in PrecedentMark.objects.filter(case=ours)}
    assert marks == {("窓口予約システムの導入", "pin", "参考"), ("防犯カメラの設置", "dismiss", "")}
    assert {m.precedent.council for m in PrecedentMark.objects.all()} == {meeting.council}
