"""Cases in the browser, through Django's test client: permissions, forms, conflicts, queries."""
import datetime as dt
import re

import pytest
from django.urls import reverse

from shingikai.cases import actions
from shingikai.cases.models import Case, ChecklistAnswer, DataItem
from shingikai.councils.models import Council
from test_web_support import accepted_case, make_case, web_world  # noqa: F401

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def form_data(case=None, **overrides):
    """A full POST of the drafting form, as the browser sends it."""
    data = {
        "council": "", "kind": "諮問", "title": "証明書コンビニ交付", "topic": "", "categories": ["online_linkage"],
        "legal_bases": "個人情報の保護に関する法律第69条", "purpose": "証明書をコンビニで交付する。",
        "data_subjects": "", "subject_count": "", "subject_count_note": "", "data_source": "", "data_destination": "",
        "transfer_methods": ["lgwan"], "transfer_note": "", "media_return": "", "storage_locations": ["domestic_dc"],
        "storage_note": "国内", "retention_period": "1年", "destruction_method": "消去", "security_measures": "",
        "subcontracting": "", "offsite_supervision": "", "notice_to_subjects": "", "sensitive_reason": "",
        "sensitive_access": "", "handler_count": "", "camera_signs": "", "camera_retention": "",
        "camera_viewers": "", "start_date": "", "end_date": "", "budget_yen": "", "budget_note": "",
        "items-TOTAL_FORMS": "2", "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "0", "items-MAX_NUM_FORMS": "1000",
        "items-0-name": "氏名", "items-0-required": "on", "items-0-reason": "",
        "items-1-name": "", "items-1-reason": "",
        "contractors-TOTAL_FORMS": "1", "contractors-INITIAL_FORMS": "0", "contractors-MIN_NUM_FORMS": "0",
        "contractors-MAX_NUM_FORMS": "1000", "contractors-0-name": "", "contractors-0-role": "委託先",
    }
    if case is not None:
        data["version"] = str(case.version)
        data["case"] = str(case.pk)
    data.update(overrides)
    return data


def test_department_cannot_see_other_departments_cases(client, web_world):
    w = web_world
    case = make_case(w)
    login(client, w.dept_b_user)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.get(reverse("cases:edit", args=[case.pk])).status_code == 404
    listing = client.get(reverse("cases:list"))
    assert listing.status_code == 200
    assert case.title not in listing.content.decode()


def test_department_sees_own_case(client, web_world):
    w = web_world
    case = make_case(w)
    page = login(client, w.dept_a_user).get(reverse("cases:detail", args=[case.pk]))
    assert page.status_code == 200
    assert case.title in page.content.decode()
    assert "確認項目" in page.content.decode()


def test_other_council_secretariat_gets_404_for_case(client, web_world):
    w = web_world
    case = accepted_case(w)
    login(client, w.other_secretariat)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.post(reverse("cases:withdraw", args=[case.pk]), {"reason": "x"}).status_code == 404
    assert case.title not in client.get(reverse("cases:list")).content.decode()


def test_stranger_sees_no_cases_and_anonymous_is_sent_to_login(client, web_world):
    w = web_world
    case = accepted_case(w)
    response = client.get(reverse("cases:detail", args=[case.pk]))
    assert response.status_code == 302 and "/login/" in response["Location"]
    login(client, w.stranger)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert client.get(reverse("cases:new")).status_code == 403


def test_secretariat_does_not_see_drafts(client, web_world):
    w = web_world
    case = make_case(w)
    assert login(client, w.secretariat).get(reverse("cases:detail", args=[case.pk])).status_code == 404


def test_department_drafts_case_with_items_and_contractor(client, web_world):
    w = web_world
    login(client, w.dept_a_user)
    data = form_data(**{
        "council": str(w.council.pk), "items-1-name": "電話番号", "contractors-0-name": "株式会社みなみ情報",
        "contractors-0-work_start": "令和7年4月1日", "contractors-0-work_end": "2026-03-31",
        "contractors-0-pmark_number": "10820001", "contractors-0-pmark_valid_until": "2025-10-01",
    })
    response = client.post(reverse("cases:new"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    case = Case.objects.get(title="証明書コンビニ交付")
    assert case.department == w.dept_a and case.created_by == w.dept_a_user
    assert [i.name for i in case.data_items.all()] == ["氏名", "電話番号"]
    contractor = case.contractors.get()
    assert contractor.certifications.get().valid_until.isoformat() == "2025-10-01"
    page = client.get(response["Location"]).content.decode()
    # The certificate ends during the work and the phone number has no reason: both are pointed out.
    assert "委託先の認証" in page and "任意項目の扱い" in page


def test_bad_input_gets_message_beside_field(client, web_world):
    w = web_world
    login(client, w.dept_a_user)
    data = form_data(**{"council": str(w.council.pk), "title": "", "start_date": "そのうち",
                        "subject_count": "-5"})
    response = client.post(reverse("cases:new"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="field-title"' in html
    title_block = html.split('id="field-title"')[1].split("</div>")[0]
    assert "error-text" in title_block
    start_block = html.split('id="field-start_date"')[1].split("</div>")[0]
    assert "令和7年6月1日" in start_block and "error-text" in start_block
    assert 'aria-invalid="true"' in html
    assert not Case.objects.filter(department=w.dept_a).exists()


def test_department_b_cannot_post_to_department_a_case(client, web_world):
    w = web_world
    case = make_case(w)
    login(client, w.dept_b_user)
    assert client.post(reverse("cases:edit", args=[case.pk]), form_data(case)).status_code == 404
    assert client.post(reverse("cases:submit", args=[case.pk])).status_code == 404
    assert client.post(reverse("cases:checklist_answer", args=[case.pk, "retention"]), {"answer": "x"}).status_code == 404
    case.refresh_from_db()
    assert case.status == Case.Status.DRAFT and case.title == "転入届受付システムの導入"


def test_department_cannot_accept_own_case(client, web_world):
    w = web_world
    case = make_case(w)
    actions.submit_case(case, by=w.dept_a_user)
    login(client, w.dept_a_user)
    assert client.post(reverse("cases:accept", args=[case.pk])).status_code == 403
    case.refresh_from_db()
    assert case.status == Case.Status.SUBMITTED


def test_submit_accept_return_flow(client, web_world):
    w = web_world
    case = make_case(w)
    login(client, w.dept_a_user)
    assert client.post(reverse("cases:submit", args=[case.pk])).status_code == 302
    login(client, w.secretariat)
    response = client.post(reverse("cases:return", args=[case.pk]), {"comment": ""})
    assert response.status_code == 400 and "差戻しの理由を入力してください" in response.content.decode()
    assert client.post(reverse("cases:return", args=[case.pk]), {"comment": "保存期間を書いてください"}).status_code == 302
    case.refresh_from_db()
    assert case.status == Case.Status.RETURNED
    login(client, w.dept_a_user)
    client.post(reverse("cases:submit", args=[case.pk]))
    login(client, w.secretariat)
    client.post(reverse("cases:accept", args=[case.pk]))
    case.refresh_from_db()
    assert case.status == Case.Status.ACCEPTED and case.number.startswith("諮問第")
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "変更履歴" in page and "事務 花子" in page


def test_refused_action_is_400_with_message(client, web_world):
    w = web_world
    case = make_case(w, purpose="")
    login(client, w.dept_a_user)
    response = client.post(reverse("cases:submit", args=[case.pk]))
    assert response.status_code == 400
    assert "目的がありません" in response.content.decode()


def test_edit_conflict_keeps_both_inputs(client, web_world):
    w = web_world
    case = make_case(w)
    stale = form_data(case, title="私の件名", purpose="私が書いた目的")
    actions.update_case(case, by=w.dept_a_user, expected_version=case.version, purpose="先に保存された目的")
    response = login(client, w.dept_a_user).post(reverse("cases:edit", args=[case.pk]), stale)
    assert response.status_code == 409
    html = response.content.decode()
    assert "他の人が先に保存しました" in html and "目的" in html
    assert "私が書いた目的" in html and "先に保存された目的" in html
    case.refresh_from_db()
    assert case.purpose == "先に保存された目的" and case.title == "転入届受付システムの導入"
    # Saving again from the re-shown form (new version) is a deliberate overwrite and goes through.
    new_version = html.split('name="version" value="')[1].split('"')[0]
    assert int(new_version) == case.version
    again = client.post(reverse("cases:edit", args=[case.pk]), {**stale, "version": new_version})
    assert again.status_code == 302
    case.refresh_from_db()
    assert case.purpose == "私が書いた目的"


def test_checklist_answer_by_department_only(client, web_world):
    w = web_world
    case = make_case(w, retention_period="")
    login(client, w.member_user)
    assert client.post(reverse("cases:checklist_answer", args=[case.pk, "retention"]), {"answer": "x"}).status_code == 404
    login(client, w.dept_a_user)
    response = client.post(reverse("cases:checklist_answer", args=[case.pk, "retention"]), {"answer": ""})
    assert response.status_code == 400
    response = client.post(reverse("cases:checklist_answer", args=[case.pk, "retention"]),
                           {"answer": "文書管理規程により5年"})
    assert response.status_code == 302
    assert ChecklistAnswer.objects.get(case=case, code="retention").answered_by == w.dept_a_user
    assert "文書管理規程により5年" in client.get(reverse("cases:detail", args=[case.pk])).content.decode()


def test_checklist_preview_updates_from_form(client, web_world):
    w = web_world
    login(client, w.dept_a_user)
    data = form_data(retention_period="", transfer_methods=["internet"])
    html = client.post(reverse("cases:checklist_preview"), data).content.decode()
    assert "保存期間と廃棄方法" in html and "暗号化" in html
    data = form_data(transfer_methods=["internet_tls"], transfer_note="TLS1.3 で暗号化する")
    html = client.post(reverse("cases:checklist_preview"), data).content.decode()
    assert "保存期間と廃棄方法" not in html and "暗号化" not in html
    login(client, w.member_user)
    assert client.post(reverse("cases:checklist_preview"), data).status_code == 403


def test_member_sees_accepted_case_and_asks_question(client, web_world):
    w = web_world
    draft = make_case(w, title="下書きの案件")
    case = accepted_case(w)
    login(client, w.member_user)
    assert client.get(reverse("cases:detail", args=[draft.pk])).status_code == 404
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200
    assert client.post(reverse("cases:question_ask", args=[case.pk]), {"text": ""}).status_code == 400
    assert client.post(reverse("cases:question_ask", args=[case.pk]), {"text": "保存期間の根拠は"}).status_code == 302
    question = case.questions.get()
    login(client, w.dept_b_user)
    assert client.post(reverse("cases:question_answer", args=[case.pk, question.pk]), {"answer": "x"}).status_code == 404
    login(client, w.dept_a_user)
    assert client.post(reverse("cases:question_answer", args=[case.pk, question.pk]),
                       {"answer": "文書管理規程です"}).status_code == 302
    question.refresh_from_db()
    assert question.answer == "文書管理規程です"


def test_a_second_answer_to_a_question_is_refused_unless_it_is_a_correction_kept_with_the_first(client, web_world):
    """Members may have read or printed the first answer: a plain second answer was silently written over
    it; now it is refused, and a correction shows dated with the answer it replaced."""
    w = web_world
    case = accepted_case(w)
    question = actions.ask_question(case, text="保存期間の根拠は", by=w.member_user)
    url = reverse("cases:question_answer", args=[case.pk, question.pk])
    login(client, w.dept_a_user)
    assert client.post(url, {"answer": "文書管理規程による"}).status_code == 302
    refused = client.post(url, {"answer": "二度目の回答で上書き"})
    assert refused.status_code == 409 and "すでに回答があります" in refused.content.decode()
    question.refresh_from_db()
    assert question.answer == "文書管理規程による" and question.corrected_at is None
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "回答を訂正する" in page
    mark = question.answer_mark
    assert client.post(url, {"answer": "文書管理規程第12条による", "correction": "1", "seen": "2020"}).status_code == 409
    assert client.post(url, {"answer": "文書管理規程第12条による", "correction": "1", "seen": mark}).status_code == 302
    question.refresh_from_db()
    assert question.answer == "文書管理規程第12条による" and question.corrected_at is not None
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "訂正前の回答" in page and "文書管理規程による" in page and "訂正)" in page
    assert [h.answer for h in question.history.order_by("history_id")] == [
        "", "文書管理規程による", "文書管理規程第12条による"]
    login(client, w.member_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "訂正前の回答" in page and "回答を訂正する" not in page


def test_attachment_upload_and_download_is_guarded(client, web_world, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    w = web_world
    case = make_case(w)
    login(client, w.dept_a_user)
    upload = SimpleUploadedFile("shiyousho.txt", "仕様書".encode(), content_type="text/plain")
    assert client.post(reverse("cases:attachment_add", args=[case.pk]),
                       {"title": "仕様書", "file": upload}).status_code == 302
    attachment = case.attachments.get()
    response = client.get(reverse("cases:attachment", args=[case.pk, attachment.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).decode() == "仕様書"
    login(client, w.dept_b_user)
    assert client.get(reverse("cases:attachment", args=[case.pk, attachment.pk])).status_code == 404


def test_case_list_query_count_is_flat(client, web_world, django_assert_max_num_queries):
    w = web_world
    for n in range(30):
        case = make_case(w, title=f"案件{n}")
        DataItem.objects.create(case=case, name="氏名")
        actions.submit_case(case, by=w.dept_a_user)
    login(client, w.secretariat)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("cases:list"))
    assert response.status_code == 200 and "案件29" in response.content.decode()


def test_case_list_is_paginated(client, web_world):
    w = web_world
    for n in range(55):
        make_case(w, title=f"頁{n:02d}")
    login(client, w.dept_a_user)
    first = client.get(reverse("cases:list")).content.decode()
    assert "1 / 2 ページ" in first
    assert "頁54" in first and "頁00" not in first
    assert "頁00" in client.get(reverse("cases:list") + "?page=2").content.decode()


def test_consultation_document_has_checklist_appendix(client, web_world):
    w = web_world
    case = accepted_case(w, retention_period="")
    html = login(client, w.secretariat).get(reverse("cases:shimonsho", args=[case.pk])).content.decode()
    assert "諮問書" in html and "別紙 確認項目" in html and "保存期間と廃棄方法" in html


def test_a_reports_page_and_printed_form_call_it_a_report_not_a_consultation(client, web_world):
    """A department reporting after the fact reads 報告書 and 報告番号 on its case, as the PDF and Word say."""
    w = web_world
    case = make_case(w, kind="報告", title="市立図書館への防犯カメラの設置について")
    login(client, w.dept_a_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "報告書 (確認項目つき) を表示" in page and "<dt>報告番号</dt>" in page
    assert "諮問書" not in page and "諮問番号" not in page
    printed = client.get(reverse("cases:shimonsho", args=[case.pk])).content.decode()
    assert "報告第　号" in printed and "について報告します。" in printed and "諮問" not in printed


def test_case_list_links_every_row_to_its_own_case(client, web_world):
    cases = [accepted_case(web_world, title=f"転入届受付システム {n}") for n in range(3)]
    client.force_login(web_world.secretariat)
    html = client.get(reverse("cases:list")).content.decode()
    for case in cases:
        assert f'<a href="{reverse("cases:detail", args=[case.pk])}" title="{case.title}">{case.title}</a>' in html


def test_case_list_shows_each_rows_department_council_status_and_a_long_title_cut_at_80(client, web_world):
    """The list reads its columns as values, not case rows: what each row shows is still the case's own."""
    long_title = "住民基本台帳システムと税務システムの連携による" * 4
    short = accepted_case(web_world, title="転入届受付システムの導入")
    long = make_case(web_world, title=long_title)
    actions.submit_case(long, by=web_world.dept_a_user)
    client.force_login(web_world.secretariat)
    html = client.get(reverse("cases:list")).content.decode()
    row = html[html.index(f'href="{reverse("cases:detail", args=[long.pk])}"'):]
    row = row[:row.index("</tr>")]
    assert f'title="{long_title}">{long_title[:79]}…</a>' in row
    assert web_world.dept_a.name in row and web_world.council.name in row and "提出済" in row
    row = html[html.index(f'href="{reverse("cases:detail", args=[short.pk])}"'):]
    row = row[:row.index("</tr>")]
    assert ">転入届受付システムの導入</a>" in row and "受付済" in row


def test_an_answered_case_shows_its_answer_to_the_department_and_the_secretariat(client, web_world):
    from test_answer_corrections import issued_answer

    answer = issued_answer(web_world)
    case = answer.cases.get()
    client.force_login(web_world.dept_a_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "答申: 答申第1号" in page and "承認とする。" in page and "周知すること。" in page
    assert reverse("meetings:answer", args=[answer.pk]) not in page  # the council's screen is not theirs
    assert f"/documents/answer/{answer.pk}.pdf" in page
    assert client.get(f"/documents/answer/{answer.pk}.pdf").status_code == 200
    client.force_login(web_world.secretariat)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert reverse("meetings:answer", args=[answer.pk]) in page


def test_another_department_does_not_see_the_answer_on_a_case_it_cannot_open(client, web_world):
    from test_answer_corrections import issued_answer

    case = issued_answer(web_world, is_public=False).cases.get()
    client.force_login(web_world.dept_b_user)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code in (403, 404)


def test_the_change_history_names_the_categories_as_the_form_does(client, web_world):
    w = web_world
    case = make_case(w)
    actions.update_case(case, by=w.dept_a_user, categories=["cctv", "third_party_collection"])
    login(client, w.dept_a_user)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "類型 → 「防犯カメラ、本人以外からの収集」" in page
    assert "cctv" not in page.split("変更履歴", 1)[1]


def test_a_department_is_offered_the_citys_shingikai_not_its_appeals_board(client, web_world):
    w = web_world
    board = Council.objects.create(municipality=w.city, name="みなみ市情報公開・個人情報保護審査会",
                                   slug="minami-shinsakai", body_type=Council.BodyType.SHINSAKAI)
    login(client, w.dept_a_user)
    page = client.get(reverse("cases:new")).content.decode()
    select = re.search(r'<select name="council".*?</select>', page, re.S).group(0)
    assert w.council.name in select and board.name not in select
    # A forged choice of the 審査会 is a form error, and nothing is made.
    response = client.post(reverse("cases:new"), form_data(council=str(board.pk)))
    assert response.status_code == 400 and not Case.objects.filter(council=board).exists()


def test_among_several_councils_that_take_cases_none_is_chosen_for_the_department(client, web_world):
    w = web_world
    second = Council.objects.create(municipality=w.city, name="みなみ市防犯カメラ審議会", slug="minami-camera")
    login(client, w.dept_a_user)
    select = re.search(r'<select name="council".*?</select>',
                       client.get(reverse("cases:new")).content.decode(), re.S).group(0)
    assert '<option value="" selected>選んでください</option>' in select
    assert w.council.name in select and second.name in select
    response = client.post(reverse("cases:new"), form_data(council=""))
    assert response.status_code == 400 and not Case.objects.exists()


def test_a_city_whose_only_council_is_a_shinsakai_brings_its_cases_there(client, web_world):
    w = web_world
    Council.objects.filter(pk=w.council.pk).update(body_type=Council.BodyType.SHINSAKAI)
    login(client, w.dept_a_user)
    select = re.search(r'<select name="council".*?</select>',
                       client.get(reverse("cases:new")).content.decode(), re.S).group(0)
    assert f'<option value="{w.council.pk}" selected>' in select and "選んでください" not in select


def _listed(client, **params):
    """The titles the case list shows for a search."""
    html = client.get(reverse("cases:list"), params).content.decode()
    return re.findall(r'<a href="/work/cases/\d+/" title="[^"]*">([^<]*)</a>', html), html


def test_the_case_list_finds_a_title_however_its_letters_kana_and_kanji_are_typed(client, web_world):
    w = web_world
    make_case(w, title="ＡＩ議事録作成サービスの導入")
    make_case(w, title="コンビニ交付の委託")
    make_case(w, title="髙橋記念館の防犯カメラ設置 [第2期]（仮称）")
    login(client, w.dept_a_user)
    for typed, expected in (("ai", "ＡＩ議事録"), ("AI　議事録", "ＡＩ議事録"), ("こんびに", "コンビニ"),
                            ("(仮称)", "髙橋記念館"), ("[第２期]", "髙橋記念館"),
                            ("ｺﾝﾋﾞﾆ", "コンビニ"), ("高橋", "髙橋記念館"), ("防犯 設置", "髙橋記念館")):
        titles, _ = _listed(client, q=typed)
        assert len(titles) == 1 and expected in titles[0], (typed, titles)
    assert _listed(client, q="防犯 委託")[0] == []  # every word must be found


def test_the_case_list_finds_a_case_by_its_number_typed_in_either_width(client, web_world):
    w = web_world
    case = accepted_case(w, title="転入届受付システムの導入")
    accepted_case(w, title="窓口予約システムの導入")
    login(client, w.secretariat)
    number = case.number.split("第")[-1].rstrip("号")
    wide = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for typed in (case.number, f"第{number}号", f"第{wide}号"):
        titles, _ = _listed(client, q=typed)
        assert titles and all("転入届" in t for t in titles), (typed, titles)


def test_a_department_searching_the_case_list_never_finds_another_departments_case(client, web_world):
    w = web_world
    make_case(w, title="ＡＩ議事録作成サービスの導入")
    login(client, w.dept_b_user)
    for typed in ("ai", "ＡＩ", "議事録", "導入"):
        titles, html = _listed(client, q=typed)
        assert titles == [] and "議事録作成" not in html, typed


def test_a_mistyped_year_is_explained_and_the_words_typed_beside_it_still_narrow_the_list(client, web_world):
    w = web_world
    make_case(w, title="ＡＩ議事録作成サービスの導入")
    make_case(w, title="コンビニ交付の委託")
    login(client, w.dept_a_user)
    for year, message in (("昭和63年度", "平成元年度 (1989年度)より前の年度は扱えません"),
                          ("令和99年度", "令和99年度はまだ来ていない年度です"),
                          ("99999999999999999999", "より後の年度は扱えません"),
                          ("年度", f"年度は {this_year_label()} のように入力してください")):
        titles, html = _listed(client, q="ai", fiscal_year=year)
        assert message in html, year
        assert "この値は" not in html and "Ensure" not in html
        assert len(titles) == 1 and "議事録" in titles[0], year


def test_a_search_is_kept_on_every_page_of_the_case_list(client, web_world):
    w = web_world
    for n in range(55):
        make_case(w, title=f"ＡＩ頁{n:02d}")
    make_case(w, title="コンビニ交付の委託")
    login(client, w.dept_a_user)
    first = client.get(reverse("cases:list"), {"q": "ai"}).content.decode()
    assert "1 / 2 ページ" in first and "q=ai&amp;page=2" in first
    second, _ = _listed(client, q="ai", page=2)
    assert len(second) == 5 and all("ＡＩ頁" in t for t in second)


def this_year_label():
    from shingikai.formfields import current_fiscal_year
    from shingikai.jp.wareki import fiscal_year_label

    return fiscal_year_label(current_fiscal_year())


def test_the_year_boxes_give_this_years_example_whatever_year_it_is(client, web_world, monkeypatch):
    """A help text or a message written 「例: 令和7年度」 read as last year's once April 2026 came: the example is
    the 年度 of the day the page is shown, on the case list, the meeting list and the public register."""
    from django.utils import timezone

    login(client, web_world.dept_a_user)
    for day, label, western in ((dt.date(2026, 12, 7), "令和8年度", "2026"), (dt.date(2027, 4, 1), "令和9年度", "2027")):
        monkeypatch.setattr(timezone, "localdate", lambda *args, day=day, **kwargs: day)
        for page in (client.get(reverse("cases:list")), client.get(reverse("meetings:list"))):
            assert f"{label} のように入力します ({western} でも入力できます)" in page.content.decode()
        refused = client.get(reverse("cases:list"), {"fiscal_year": "年度"}).content.decode()
        assert f"年度は {label} のように入力してください" in refused
        assert f'placeholder="{label}"' in client.get("/cases/").content.decode()
    assert "令和7年度 のように" not in refused
