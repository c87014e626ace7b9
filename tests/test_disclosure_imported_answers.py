"""Other 審査会's published 答申 imported as precedents: stored not public, reviewed, corrected, published,
unpublished and deleted by the secretariat, with the public pages and the public search index following
each step; bad files are refused in Japanese and store nothing."""
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from test_disclosure_answer_import import ANSWER

from shingikai.councils.models import Council, Municipality
from shingikai.disclosure import actions
from shingikai.disclosure.models import ImportedAnswer
from shingikai.errors import ActionRefused
from shingikai.search.engine import PUBLIC, search

NAME = "東町 太郎"
WITH_NAME = ANSWER.replace("審査請求人は、単価は", f"審査請求人{NAME}は、単価は")


def public_hits(query, **filters):
    return [(h.kind, h.object_id) for h in search(query, user_scope=PUBLIC, filters=filters).hits]


def login(client, world, user=None):
    client.force_login(user or world.secretariat)
    return client


def test_the_import_lands_not_public_with_the_reading_and_a_new_council(world):
    answer, status = actions.import_answer(ANSWER.encode(), name="higashi-12.txt", by=world.secretariat)
    assert status == "imported" and not answer.published
    assert (answer.number, answer.answered_on.isoformat(), answer.outcome) == ("答申第12号", "2024-03-18", "一部取消")
    assert answer.articles == ["条例第7条第3号", "条例第7条第2号"]
    assert answer.council.name == "ひがし市情報公開・個人情報保護審査会" and answer.council.is_imported_only
    assert answer.council.municipality.name == "ひがし市"
    assert public_hits("見積単価") == []
    again, status = actions.import_answer(ANSWER.encode(), name="copy.txt")
    assert (again.pk, status) == (answer.pk, "unchanged")
    assert ImportedAnswer.objects.count() == 1


@pytest.mark.parametrize("data, name, words", [
    (b"", "empty.pdf", "空"),
    (b"not a pdf at all", "broken.pdf", "broken.pdf"),
    ("本日の会議を開会します。\n議題は二件です。".encode(), "minutes.txt", "答申ではない"),
])
def test_a_bad_file_is_refused_in_japanese_and_stores_nothing(world, data, name, words):
    with pytest.raises(ActionRefused) as refusal:
        actions.import_answer(data, name=name)
    assert words in refusal.value.message
    assert not ImportedAnswer.objects.exists()


def test_a_picture_is_refused_as_no_answer_rather_than_as_no_minutes(world):
    with pytest.raises(ActionRefused) as refusal:
        actions.import_answer(b"\x89PNG\r\n\x1a\n" + bytes(64), name="scan.png")
    assert "答申ではなく画像ファイル (PNG)" in refusal.value.message and "会議録" not in refusal.value.message
    assert not ImportedAnswer.objects.exists()


def test_the_same_answer_in_utf8_and_in_utf16_is_one_import(world):
    answer, status = actions.import_answer(ANSWER.encode("utf-8"), name="higashi-12.txt")
    again, again_status = actions.import_answer(ANSWER.encode("utf-16"), name="higashi-12-utf16.txt")
    assert status == "imported" and (again.pk, again_status) == (answer.pk, "unchanged")
    assert ImportedAnswer.objects.count() == 1


def test_an_answer_without_a_council_name_needs_a_council(world):
    text = ANSWER.replace("ひがし市情報公開・個人情報保護審査会\n", "")
    with pytest.raises(ActionRefused, match="審査会の名称"):
        actions.import_answer(text.encode(), name="a.txt")
    answer, _ = actions.import_answer(text.encode(), name="a.txt", council=world.other_council)
    assert answer.council == world.other_council


@pytest.mark.django_db(transaction=True)
def test_lifecycle_in_the_browser_with_the_public_index_following(client, world):
    login(client, world)
    upload = SimpleUploadedFile("higashi-12.txt", WITH_NAME.encode())
    response = client.post("/disclosure/imports/", {"file": upload})
    answer = ImportedAnswer.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/disclosure/imports/{answer.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "未公開" in page and NAME in page  # the source text beside the reading, for the secretariat
    assert client.get(f"/disclosure/answers/imported/{answer.pk}/").status_code == 404
    assert public_hits("見積単価") == []

    # Publishing needs a conclusion: a correction that empties it is kept, publishing is refused.
    form = {"number": "答申第12号", "answered_on": "令和6年3月18日", "outcome": "", "conclusion": "",
            "purport": answer.purport, "claims": answer.claims, "judgment": answer.judgment,
            "articles": "条例第7条第3号\n条例第7条第2号", "categories": ["法人等情報"], "masked_terms": NAME}
    assert client.post(f"/disclosure/imports/{answer.pk}/", form).status_code == 302
    client.post(f"/disclosure/imports/{answer.pk}/publish/")
    answer.refresh_from_db()
    assert not answer.published and answer.masked_terms == NAME and answer.categories == ["法人等情報"]

    form.update(outcome="一部取消", conclusion="見積単価は開示すべきである。")
    client.post(f"/disclosure/imports/{answer.pk}/", form)
    client.post(f"/disclosure/imports/{answer.pk}/publish/")
    answer.refresh_from_db()
    assert answer.published
    assert public_hits("見積単価") == [("imported_answer", answer.pk)]
    assert public_hits("見積単価", outcome="一部取消", category="法人等情報") == [("imported_answer", answer.pk)]
    assert public_hits("見積単価", outcome="妥当") == []
    assert public_hits("東町") == [] and public_hits("太郎") == []  # the masked name never reaches the index

    client.logout()
    public = client.get(f"/disclosure/answers/imported/{answer.pk}/").content.decode()
    assert "見積単価は開示すべきである" in public and "○○" in public and NAME not in public
    listing = client.get("/disclosure/answers/", {"category": "法人等情報", "article": "条例第７条第３号"})
    assert f"/disclosure/answers/imported/{answer.pk}/" in listing.content.decode()
    for query in ({"q": "東町"}, {"outcome": "取消"}, {"category": "公共安全情報"}, {"article": "第9条"}):
        assert f"/answers/imported/{answer.pk}/" not in client.get("/disclosure/answers/", query).content.decode()
    assert f"/answers/imported/{answer.pk}/" in client.get("/disclosure/answers/", {"q": "見積単価"}).content.decode()

    login(client, world)
    # A correction of the published 答申 reaches the index; unpublishing and deleting take it out.
    form.update(judgment="単価表は公表済みである。")
    client.post(f"/disclosure/imports/{answer.pk}/", form)
    assert public_hits("単価表") == [("imported_answer", answer.pk)]
    client.post(f"/disclosure/imports/{answer.pk}/unpublish/")
    assert public_hits("単価表") == []
    assert client.get(f"/disclosure/answers/imported/{answer.pk}/").status_code == 404
    client.post(f"/disclosure/imports/{answer.pk}/publish/")
    assert public_hits("単価表") == [("imported_answer", answer.pk)]
    assert client.post(f"/disclosure/imports/{answer.pk}/delete/")["Location"] == "/disclosure/imports/"
    assert not ImportedAnswer.objects.exists() and public_hits("単価表") == []
    # The council and municipality the import created held nothing else: they went with it.
    assert not Council.objects.filter(pk=answer.council_id).exists()
    assert not Municipality.objects.filter(name="ひがし市").exists()


def test_a_bad_upload_shows_the_refusal_and_stores_nothing(client, world):
    login(client, world)
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("x.pdf", b"%PDF-1.4 broken")})
    assert response.status_code == 400 and "x.pdf" in response.content.decode()
    assert not ImportedAnswer.objects.exists()


def test_only_the_secretariat_reaches_the_imports(client, world):
    ours, _ = actions.import_answer(ANSWER.encode(), name="a.txt", council=world.council)
    elsewhere, _ = actions.import_answer(ANSWER.replace("１２号", "１３号").encode(), name="b.txt")
    assert client.get("/disclosure/imports/").status_code == 302  # to the login
    for user in (world.dept_a_user, world.member_user, world.stranger):
        login(client, world, user)
        assert client.get("/disclosure/imports/").status_code == 403
        assert client.post(f"/disclosure/imports/{ours.pk}/publish/").status_code == 403
    # Another city's secretariat sees the operator's precedents of imported-only councils (read-only), not our
    # council's.
    login(client, world, world.other_secretariat)
    assert "答申第13号 <span class=\"muted\">(運用者が取り込んだ答申。閲覧のみ)" in client.get("/disclosure/imports/").content.decode()
    assert client.get(f"/disclosure/imports/{elsewhere.pk}/").status_code == 404
    assert client.get(f"/disclosure/imports/{ours.pk}/").status_code == 404
    assert client.post(f"/disclosure/imports/{ours.pk}/publish/").status_code == 404
    ours.refresh_from_db()
    assert not ours.published


def test_the_command_stores_with_a_council_and_dry_run_stores_nothing(world, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    call_command("import_answer", str(path), "--dry-run", "--json", stdout=(out := io.StringIO()))
    assert json.loads(out.getvalue())["outcome"] == "一部取消" and not ImportedAnswer.objects.exists()
    call_command("import_answer", str(path), "--council", world.other_council.slug, "--json",
                 stdout=(out := io.StringIO()))
    result = json.loads(out.getvalue())
    assert (result["status"], result["council"], result["published"]) == ("imported", "kita-shinsakai", False)
    assert ImportedAnswer.objects.get().council == world.other_council


def test_the_command_refuses_all_when_one_file_is_bad(world, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ANSWER, encoding="utf-8")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_answer", str(good), str(bad))
    assert exit_info.value.code == 2 and "bad.pdf" in capsys.readouterr().err
    assert not ImportedAnswer.objects.exists()
    with pytest.raises(SystemExit):
        call_command("import_answer", str(good), "--council", "no-such-council")


def test_published_imported_answers_in_the_api_masked(client, world):
    answer, _ = actions.import_answer(WITH_NAME.encode(), name="a.txt")
    hidden, _ = actions.import_answer(ANSWER.replace("１２号", "１３号").encode(), name="b.txt")
    assert client.get("/api/disclosure/imported-answers").json()["items"] == []
    actions.correct_imported_answer(answer, masked_terms=NAME)
    actions.publish_imported_answer(answer)
    rows = client.get("/api/disclosure/imported-answers", {"category": "法人等情報"}).json()["items"]
    assert [r["id"] for r in rows] == [answer.pk] and rows[0]["outcome"] == "一部取消"
    assert "○○" in rows[0]["claims"] and NAME not in str(rows)
    assert client.get("/api/disclosure/imported-answers", {"article": "条例第9条"}).json()["items"] == []
    assert client.get(f"/api/disclosure/imported-answers/{hidden.pk}").status_code == 404
    assert "/api/disclosure/imported-answers" in client.get("/api/openapi.json").json()["paths"]


def test_the_appeal_page_lists_published_answers_on_the_same_grounds(client, world):
    from disclosure_helpers import answered_appeal, decided_request

    appeal = answered_appeal(world, decided_request(world))  # cites 条例第7条第3号 (法人等情報)
    same_article, _ = actions.import_answer(ANSWER.encode(), name="a.txt")
    other = ANSWER.replace("１２号", "２０号").replace("条例第７条第３号の法人等に関する情報", "条例第７条第５号の公共の安全に関する情報")
    other_ground, _ = actions.import_answer(other.replace("担当者の氏名は、条例第７条第２号の個人に関する情報に当たる。", "").encode(),
                                            name="b.txt")
    unpublished, _ = actions.import_answer(ANSWER.replace("１２号", "３０号").encode(), name="c.txt")
    for answer in (same_article, other_ground):
        actions.publish_imported_answer(answer)
    client.force_login(world.secretariat)
    page = client.get(f"/disclosure/appeals/{appeal.pk}/").content.decode()
    section = page[page.index("precedents-heading"):]
    assert f"/disclosure/answers/imported/{same_article.pk}/" in section
    assert f"/disclosure/answers/imported/{other_ground.pk}/" not in section
    assert f"/answers/imported/{unpublished.pk}/" not in section
    client.force_login(world.dept_a_user)
    assert "precedents-heading" not in client.get(f"/disclosure/appeals/{appeal.pk}/").content.decode()


UNNAMED = ANSWER.replace("ひがし市情報公開・個人情報保護審査会\n", "")


def test_an_unreadable_council_is_typed_on_the_upload_screen(client, world):
    login(client, world)
    refused = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", UNNAMED.encode())})
    page = refused.content.decode()
    assert refused.status_code == 400 and "審査会の名称と自治体を入力してください" in page and "--council" not in page
    assert 'name="council_name"' in page and 'name="municipality"' in page
    assert not ImportedAnswer.objects.exists()

    typed = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", UNNAMED.encode()),
                                                 "council_name": "にし町情報公開審査会", "municipality": "にし町"})
    answer = ImportedAnswer.objects.get()
    assert typed.status_code == 302 and answer.number == "答申第12号"
    assert (answer.council.name, answer.council.municipality.name) == ("にし町情報公開審査会", "にし町")
    assert answer.council.is_imported_only and not answer.published


def test_a_typed_council_without_a_city_in_its_name_needs_the_municipality(client, world):
    login(client, world)
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", UNNAMED.encode()),
                                                    "council_name": "情報公開審査会"})
    assert response.status_code == 400 and "自治体を入力してください" in response.content.decode()
    both = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", UNNAMED.encode()),
                                                "council": world.council.pk, "council_name": "情報公開審査会"})
    assert both.status_code == 400 and "どちらか一方にしてください" in both.content.decode()
    assert not ImportedAnswer.objects.exists()


def test_a_council_named_with_its_chair_on_one_line_imports_from_the_screen(client, world):
    login(client, world)
    text = ANSWER.replace("ひがし市情報公開・個人情報保護審査会\n", "ひがし市情報公開・個人情報保護審査会　会長　北野　一\n")
    response = client.post("/disclosure/imports/", {"file": SimpleUploadedFile("a.txt", text.encode())})
    assert response.status_code == 302
    assert ImportedAnswer.objects.get().council.name == "ひがし市情報公開・個人情報保護審査会"


def test_the_command_names_its_option_when_the_council_cannot_be_read(world, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(UNNAMED, encoding="utf-8")
    with pytest.raises(SystemExit):
        call_command("import_answer", str(path))
    assert "--council" in capsys.readouterr().err and not ImportedAnswer.objects.exists()


def test_the_search_page_names_imported_answers_in_its_facet_and_its_hits(client, world, django_capture_on_commit_callbacks):
    answer, _ = actions.import_answer(ANSWER.encode(), name="a.txt")
    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_imported_answer(answer)
    page = client.get("/search/", {"q": "単価"}).content.decode()
    assert page.count("他の審査会の答申") >= 2  # the 対象 facet's value and the hit's kind
    assert ">imported_answer" not in page and "imported_answer " not in page


def test_a_published_import_names_its_source_with_a_link_and_how_to_cite_it(world, client):
    answer, _ = actions.import_answer(ANSWER.encode(), name="higashi-12.txt")
    with pytest.raises(ActionRefused, match="公表元のURL"):
        actions.correct_imported_answer(answer, source_url="javascript:alert(1)")
    answer = actions.correct_imported_answer(answer, source_publisher="ひがし市ホームページ",
                                             source_url="https://www.higashi.example.jp/toshin12.pdf")
    actions.publish_imported_answer(answer)
    page = client.get(f"/disclosure/answers/imported/{answer.pk}/").content.decode()
    assert "公表元" in page and "ひがし市ホームページ" in page
    assert 'href="https://www.higashi.example.jp/toshin12.pdf"' in page
    assert f"{answer.council.name} {answer.number}" in page and "引用するとき" in page
