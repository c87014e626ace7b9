"""The change history answers 「誰が、いつ、何から何に変えたか」 for the secretariat and the auditors: each change with
the value before and after in full, every entry reachable page by page, the whole history as CSV and as a page to
print; a member's contact details, a case's 添付資料, a member's login, a chair's election, an appeal's events and
deadlines, and the taking back of a published case or meeting (with its reason) each recorded when they happen."""
import csv
import datetime
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from helpers import import_published, second_secretary
from test_disclosure_appeal_web import referred_appeal
from test_web_support import accepted_case, make_case, scheduled_meeting, web_world  # noqa: F401

from shingikai.cases import actions as case_actions
from shingikai.councils.actions import add_department_staff, elect_officer, end_membership, set_member_email
from shingikai.councils.models import Membership
from shingikai.history import save_by
from shingikai.minutes.models import Minutes
from shingikai.viewhelpers import history_rows

FIRST_TITLE = "転入届受付システムの導入"


def _case_url(case):
    return reverse("cases:detail", args=[case.pk])


def _retitled(world, times):
    case = make_case(world)
    for n in range(times):
        case.title = f"改めた件名{n:02d}"
        save_by(case, world.dept_a_user)
    return case


def test_a_change_shows_the_value_before_and_after_in_full(client, web_world):
    case = make_case(web_world)
    long_title = "市民課窓口における" + "防犯カメラ映像の保存期間と第三者への提供の取扱い" * 4
    case.title = long_title
    save_by(case, web_world.dept_a_user)
    client.force_login(web_world.dept_a_user)
    page = client.get(_case_url(case)).content.decode()
    assert f"件名 → 「{long_title}」" in page  # not cut at 60 characters
    assert f"(変更前 「{FIRST_TITLE}」)" in page


def test_a_cases_transfer_methods_and_storage_read_in_its_history_as_the_form_words_them(client, web_world):
    """A department ticking 受渡方法 and 保管場所 reads them in the history as on the form, not as the codes kept."""
    case = make_case(web_world, transfer_methods=["media"], storage_locations=["on_premises"])
    case.transfer_methods = ["lgwan", "internet_tls"]
    case.storage_locations = ["cloud", "domestic_dc"]
    save_by(case, web_world.dept_a_user)
    client.force_login(web_world.dept_a_user)
    page = client.get(_case_url(case)).content.decode()
    assert "受渡方法 → 「LGWAN、インターネット (TLS)」" in page
    assert "保管場所 → 「クラウド、国内データセンター」" in page
    assert "lgwan" not in page and "domestic_dc" not in page


def test_a_long_history_says_how_many_entries_it_has_and_pages_through_all_of_them(client, web_world):
    case = _retitled(web_world, 35)
    total = case.history.count()
    client.force_login(web_world.dept_a_user)
    first = client.get(_case_url(case)).content.decode()
    assert f"全{total}件のうち、新しい順に1〜30件目を表示しています" in first
    assert "件名 → 「改めた件名00」" not in first and "?history_page=2" in first and "さらに前の履歴" in first
    older = client.get(_case_url(case), {"history_page": 2}).content.decode()
    assert f"全{total}件のうち、新しい順に31〜{total}件目を表示しています" in older
    # The oldest change compares with the version before it, although that one is not on the page.
    assert f"件名 → 「改めた件名00」 <span class=\"muted\">(変更前 「{FIRST_TITLE}」)" in older
    assert "件名 → 「改めた件名34」" not in older and "新しい履歴" in older


def test_the_secretariat_exports_a_records_history_as_csv_and_prints_it(client, web_world):
    case = accepted_case(web_world)
    for n in range(34):
        case.title = f"改めた件名{n:02d}"
        save_by(case, web_world.secretariat)
    client.force_login(web_world.secretariat)
    response = client.get(_case_url(case), {"history_csv": "main"})
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:])))
    assert rows[0] == ["日時 (和暦)", "日時", "変更した人", "対象", "内容", "項目", "変更前", "変更後", "理由"]
    changes = [r for r in rows[1:] if r[5] == "件名"]
    assert len(changes) == 34 and re.match(r"令和\d+年\d+月\d+日 \d+時\d+分", changes[0][0])
    assert ["事務 花子", "", "変更", "件名", FIRST_TITLE, "改めた件名00"] == changes[-1][2:8]
    printed = client.get(_case_url(case), {"history_print": "main"}).content.decode()
    assert f"全{case.history.count()}件" in printed and "件名 → 「改めた件名00」" in printed
    assert "件名 → 「改めた件名33」" in printed


def test_a_history_export_is_only_for_those_who_see_the_record(client, web_world):
    case = make_case(web_world)
    client.force_login(web_world.dept_b_user)
    response = client.get(_case_url(case), {"history_csv": "main"})
    assert response.status_code in (403, 404) and FIRST_TITLE not in response.content.decode()


def test_a_chair_election_is_its_own_entry_by_the_person_who_recorded_it(web_world):
    w = web_world
    colleague = second_secretary(w)
    vice = Membership.objects.get(council=w.council, person=w.people[3])
    elect_officer(w.council, w.people[3], role=Membership.Role.VICE_CHAIR, on=datetime.date(2025, 7, 10),
                  by=w.secretariat)
    end_membership(vice, on=datetime.date(2025, 9, 30), reason="辞職", by=colleague)
    resigned, elected = history_rows(Membership.history.filter(id=vice.pk))[:2]
    assert resigned["user"] == "事務 二郎"
    assert {c["label"] for c in resigned["changes"]} == {"退任日", "退任の事由"}
    assert elected["user"] == "事務 花子"
    assert {"役職": "副会長", "役職の決め方": "指名"}.items() <= {c["label"]: c["value"] for c in elected["changes"]}.items()


def test_a_members_contact_details_and_login_are_recorded(client, web_world):
    w = web_world
    member = Membership.objects.get(council=w.council, person=w.people[2])
    set_member_email(member.person, "ueda@example.jp", by=w.secretariat)
    client.force_login(w.secretariat)
    url = reverse("councils:members", args=[w.council.pk])
    response = client.post(url, {"what": "email", "membership": member.pk,
                                 f"e{member.pk}-email": "ueda@home.example.jp"}, follow=True)
    assert response.status_code == 200
    client.post(url, {"what": "login", "person": member.person.pk, "username": "ueda"})
    page = client.get(url).content.decode()
    assert "委員の氏名・連絡先・ログインの変更履歴" in page
    assert "電子メール → 「ueda@home.example.jp」 <span class=\"muted\">(変更前 「ueda@example.jp」)" in page
    assert "ログインユーザー → 「ueda」" in page and "(理由: ログインを発行)" in page
    person_history = page[page.index("委員の氏名・連絡先・ログインの変更履歴"):]
    assert person_history.count("事務 花子") >= 3


def test_a_department_officials_login_is_recorded_as_issued_by_the_secretariat(web_world):
    staff, _ = add_department_staff(web_world.dept_a, name="南田 花子", username="minamida", by=web_world.secretariat)
    record = staff.history.get()
    assert record.history_user == web_world.secretariat
    assert record.history_change_reason == "ログインを発行 (minamida)"


def test_a_cases_attachments_added_and_removed_stay_in_its_history_without_their_names(client, web_world):
    case = make_case(web_world)
    kept = case_actions.add_attachment(
        case, title="業務フロー図", by=web_world.dept_a_user,
        file=SimpleUploadedFile("flow.txt", "業務フロー".encode(), content_type="text/plain"))
    attachment = case_actions.add_attachment(
        case, title="北野 一郎 さんの申出書", by=web_world.dept_a_user,
        file=SimpleUploadedFile("moushide.txt", "申出".encode(), content_type="text/plain"))
    case_actions.remove_attachment(attachment, by=web_world.dept_a_user)
    client.force_login(web_world.dept_a_user)
    page = client.get(_case_url(case)).content.decode()
    section = page[page.index("添付資料の追加・削除の履歴"):]
    assert re.search(rf"{kept.title} \(flow[^)]*\.txt\): 作成", section)
    # A removed material may have named a person: who removed it and when stay, its names do not.
    assert "削除した資料 (名前は消去済み): 削除" in section and "削除した資料 (名前は消去済み): 作成" in section
    assert "北野" not in section and "moushide" not in section
    assert section.count("市民 太郎") == 3


def test_the_appeal_page_shows_its_history_to_the_secretariat(client, world):
    appeal = referred_appeal(world)
    client.force_login(world.secretariat)
    client.post(reverse("disclosure:appeal_step", args=[appeal.pk, "event"]), {
        "event-kind": "口頭意見陳述", "event-on": "令和6年9月2日", "event-submitted_by": "審査請求人"})
    event = appeal.events.get(kind="口頭意見陳述")
    client.post(reverse("disclosure:appeal_event_remove", args=[appeal.pk, event.pk]))
    page = client.get(reverse("disclosure:appeal", args=[appeal.pk])).content.decode()
    events = page[page.index("審査の経過の変更履歴"):page.index("提出期限の変更履歴")]
    assert "口頭意見陳述" in events and "削除" in events and "事務 花子" in events
    assert "法人等情報に当たる。" in page[page.index('id="history-heading-main"'):]  # the appeal's own history


def test_unpublishing_a_case_asks_a_reason_and_its_history_keeps_it(client, web_world):
    case = accepted_case(web_world)
    case_actions.publish_case(case, by=web_world.secretariat)
    client.force_login(web_world.secretariat)
    url = reverse("cases:unpublish", args=[case.pk])
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 400 and "公開をやめる理由を入力してください。" in response.content.decode()
    case.refresh_from_db()
    assert case.published_at is not None
    page = client.post(url, {"reason": "誤って公開したため"}, follow=True).content.decode()
    assert "公開をやめました" in page and "(理由: 公開を終了: 誤って公開したため)" in page
    case.refresh_from_db()
    assert case.published_at is None


def test_taking_an_imported_meeting_back_asks_a_reason_shown_on_its_page(client, world):
    meeting, _ = import_published({
        "municipality": "ひだり市", "council_name": "ひだり市個人情報保護審議会", "meeting_label": "令和5年度第1回",
        "date": "2023-07-10", "members_present": ["甲"], "chair": "甲",
        "items": [{"kind": "諮問", "title": "取込の案件", "departments": ["担当課"], "categories": [],
                   "outcome": "承認", "conditions": []}],
        "turns": [{"speaker": "委員", "role": "member", "item": 0, "text": "発言"}]},
        source_name="hidari.txt", by=world.secretariat)
    client.force_login(world.secretariat)
    url = f"/work/import/m/{meeting.pk}/unpublish/"
    page = client.post(url, {"reason": ""}, follow=True).content.decode()
    assert "非公開に戻す理由を入力してください。" in page
    assert Minutes.objects.get(meeting=meeting).state == Minutes.State.PUBLISHED
    page = client.post(url, {"reason": "議題名の読み取りを訂正するため"}, follow=True).content.decode()
    assert Minutes.objects.get(meeting=meeting).state == Minutes.State.DRAFT
    assert "(理由: 公開を終了: 議題名の読み取りを訂正するため)" in page and "事務 花子" in page


def test_days_kept_as_a_list_read_in_wareki_in_the_history_not_as_iso_text():
    from shingikai.registers.models import PersonalInfoFile
    from shingikai.viewhelpers import history_value

    field = PersonalInfoFile._meta.get_field("change_dates")
    assert history_value(field, ["2025-04-01", "2026-01-15"]) == "令和7年4月1日、令和8年1月15日"
    # Other lists of text are not days: a case's 類型 still read as their labels.
    from shingikai.cases.models import Case, Category

    value, label = Category.choices[0]
    assert history_value(Case._meta.get_field("categories"), [value]) == label


def test_a_convocation_sent_reads_in_the_meetings_history_without_the_notices_internal_keys(client, web_world):
    """The copy of the last notice a re-sent one is compared with is bookkeeping, not a field a person set: the
    history shows the 送付日, 回数 and 文書番号, never that copy's keys (sent_on, facts, replaces …)."""
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.secretariat)
    client.post(reverse("meetings:convene", args=[meeting.pk]), {"convocation_number": "北情第12号", "by_post": "1"})
    page = client.get(reverse("meetings:edit", args=[meeting.pk])).content.decode()
    assert "招集通知の文書番号 → 「北情第12号」" in page
    assert "前回送付した招集通知の内容" not in page
    assert not re.search(r"sent_on|facts|replaces|answer_by", page)


def test_a_json_value_in_the_history_names_only_the_fields_it_holds():
    """A 組織改正 waiting for its day keeps its 施行日 under a key that is no field: the history does not print it."""
    from shingikai.councils.models import Department
    from shingikai.viewhelpers import history_value

    field = Department._meta.get_field("renamed_ahead")
    shown = history_value(field, {"name": "市民生活課", "division": "市民部", "from": "2027-04-01"})
    assert "from" not in shown and "課名" in shown
