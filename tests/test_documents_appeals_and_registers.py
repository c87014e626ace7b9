"""The 答申書 on an appeal and the registers' 点検結果 and 要配慮 report as `shingikai document` kinds (PDF and
DOCX) and at /documents/KIND/ID, read through access.document_reading like the other documents."""
import datetime

import pytest
from disclosure_helpers import answered_appeal, decided_request, deliberate
from django.core.management import call_command
from helpers import document_text
from test_register_actions import full_assessment, held_inspection, registered_file

from shingikai.cases.actions import create_case
from shingikai.disclosure import actions as disclosure
from shingikai.meetings.actions import plan_meeting
from shingikai.registers import actions

D = datetime.date


def command(tmp_path, *args):
    out = tmp_path / "out.bin"
    call_command("document", *map(str, args), "-o", str(out))
    return document_text(out.read_bytes())


@pytest.fixture
def inspection(world):
    record = full_assessment(world)
    actions.open_comment_period(record, start=D(2025, 7, 1), end=D(2025, 7, 31))
    held = held_inspection(world, record)
    actions.conclude_inspection(held, findings="リスク対策は適切である。\n委託先の監督が記載されている。",
                                requests="再委託の承認手続を評価書に記載すること。", on=D(2025, 9, 20))
    return record


@pytest.fixture
def sensitive_report(world):
    registered_file(world, contains_sensitive=True, sensitive_note="病歴")
    return actions.report_sensitive_files(plan_meeting(world.council, date=D(2025, 10, 1)), as_of=D(2025, 9, 30))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_inspection_result_is_a_document_in_both_formats(world, inspection, tmp_path, fmt):
    text = command(tmp_path, "inspection", inspection.pk, "--format", fmt)
    for fact in ("第三者点検の結果について（通知）", "住民記録システム", "1点検の対象", "2点検の結果",
                 "リスク対策は適切である。", "3実施機関への要請事項", "再委託の承認手続を評価書に記載すること。"):
        assert fact in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_inspection_result_prints_the_comments_as_the_department_recorded_them(world, inspection, tmp_path, fmt):
    text = command(tmp_path, "inspection", inspection.pk, "--format", fmt)
    assert "（記録されていない）" in text and "意見はなかった" not in text
    actions.record_comments(inspection, count=2, summary="保存期間の根拠を問う意見",
                            response="評価書に保存期間の根拠規定を追記した。", by=world.dept_a_user)
    text = command(tmp_path, "inspection", inspection.pk, "--format", fmt)
    for fact in ("2件", "保存期間の根拠を問う意見", "評価書に保存期間の根拠規定を追記した。"):
        assert fact in text
    assert "意見はなかった" not in text
    actions.record_comments(inspection, count=0, by=world.dept_a_user)
    assert "意見はなかった" in command(tmp_path, "inspection", inspection.pk, "--format", fmt)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_sensitive_report_is_a_document_in_both_formats(world, sensitive_report, tmp_path, fmt):
    text = command(tmp_path, "sensitive", sensitive_report.pk, "--format", fmt)
    for fact in ("要配慮個人情報の取扱状況について（報告）", "住民基本台帳ファイル", "病歴", "該当ファイル数", "1件（1課）"):
        assert fact in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_sensitive_report_is_addressed_signed_and_dated_as_a_report(world, sensitive_report, tmp_path, fmt):
    text = command(tmp_path, "sensitive", sensitive_report.pk, "--format", fmt)
    for fact in ("令和7年10月1日", world.council.name, "会長", "様", "みなみ市長", "要配慮個人情報の取扱状況について（報告）",
                 "令和7年9月30日現在"):
        assert fact.replace(" ", "") in text, fact
    assert text.index("令和7年10月1日") < text.index("みなみ市長") < text.rindex("（報告）")


def test_register_documents_are_never_public(world, inspection, sensitive_report, client, tmp_path, capsys):
    for kind, pk in (("inspection", inspection.pk), ("sensitive", sensitive_report.pk)):
        with pytest.raises(SystemExit):
            call_command("document", kind, str(pk), "--public", "-o", str(tmp_path / "x"))
        assert "公開されていません" in capsys.readouterr().err
        url = f"/documents/{kind}/{pk}.docx"
        assert client.get(url).status_code == 302  # to the login
        client.force_login(world.dept_b_user)
        assert client.get(url).status_code == 404  # as a missing one: nothing tells that it is there
        client.force_login(world.secretariat)
        response = client.get(url)
        assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
        client.logout()
    # The 評価書's own department reads its 点検結果.
    client.force_login(world.dept_a_user)
    assert "再委託の承認手続" in document_text(client.get(f"/documents/inspection/{inspection.pk}.docx").content)


def test_an_assessment_without_inspection_is_a_one_line_refusal(world, tmp_path, capsys):
    record = full_assessment(world)
    with pytest.raises(SystemExit) as exit_info:
        call_command("document", "inspection", str(record.pk), "-o", str(tmp_path / "x"))
    assert exit_info.value.code == 2 and "第三者点検に付されていません" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_appeal_answer_whole_and_public(world, client, tmp_path, capsys, fmt):
    appeal = answered_appeal(world, decided_request(world))
    whole = command(tmp_path, "appeal", appeal.pk, "--format", fmt)
    for fact in ("第1審議会の結論", "第2審査請求の趣旨", "第4審議会の判断", "開示請子", "事業者の見積単価"):
        assert fact in whole
    with pytest.raises(SystemExit):
        call_command("document", "appeal", str(appeal.pk), "--public", "-o", str(tmp_path / "x"))
    assert "公開されていません" in capsys.readouterr().err
    assert client.get(f"/documents/appeal/{appeal.pk}.{fmt}").status_code == 302
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    public = command(tmp_path, "appeal", appeal.pk, "--format", fmt, "--public")
    assert "第4審議会の判断" in public and "○○" in public
    assert "開示請子" not in public and "事業者の見積単価及び担当者の氏名" not in public
    anonymous = document_text(client.get(f"/documents/appeal/{appeal.pk}.{fmt}").content)
    assert anonymous == public
    client.force_login(world.secretariat)
    assert "開示請子" in document_text(client.get(f"/documents/appeal/{appeal.pk}.{fmt}").content)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_appeals_consultation_gives_members_the_appeal_record_not_a_checklist(world, tmp_path, fmt):
    appeal = answered_appeal(world, decided_request(world))
    text = command(tmp_path, "shimonsho", appeal.case_id, "--format", fmt)
    for fact in ("審査請求の概要と審査の経過", "令和5年度市民課窓口業務委託の仕様書", "部分開示", "条例第7条第3号（法人等情報）",
                 "本件処分のうち不開示とした部分を取り消し", "見積単価は公表されている情報であり",
                 "見積単価は事業者の競争上の地位を害するおそれがある。", "理由説明書", "意見書", "審査請求人",
                 "インカメラ審理", "審議"):
        assert fact in text, fact
    # The register keeps what only the secretariat reads; a new use's checklist does not apply.
    for absent in ("開示請子", "事業者の見積単価及び担当者の氏名", "審査チェックリスト", "個人情報の項目"):
        assert absent not in text, absent


def test_an_ordinary_consultation_keeps_its_checklist(world, tmp_path):
    case = create_case(world.council, world.dept_a, title="窓口業務の委託について", by=world.dept_a_user)
    text = command(tmp_path, "shimonsho", case.pk)
    assert "審査チェックリスト" in text and "審査請求の概要" not in text


def test_a_name_typed_as_who_submitted_a_step_stays_in_the_secretariats_answer_only(world, tmp_path):
    request = decided_request(world)
    appeal = disclosure.file_appeal(request, filed_on=D(2024, 7, 10), purport="不開示とした部分の開示を求める。")
    appeal = disclosure.refer_appeal(appeal, council=world.council, referred_on=D(2024, 7, 24),
                                     notice_on=D(2024, 7, 25), examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")
    # The form asks for a role; the secretariat typed the agent's name as the letter was signed.
    disclosure.record_appeal_event(appeal, kind="意見書", on=D(2024, 8, 20), submitted_by="代理人 東山 太郎")
    disclosure.record_appeal_event(appeal, kind="資料", on=D(2024, 8, 21), submitted_by="実施機関")
    members = command(tmp_path, "shimonsho", appeal.case_id)
    assert "東山" not in members and "実施機関" in members
    meeting = deliberate(world, appeal, D(2024, 9, 20), "答申予定")
    disclosure.draft_appeal_answer(appeal, outcome="妥当", conclusion="妥当である。", judgment="法人等情報に当たる。",
                                   findings=[(request.grounds.get(), "妥当", "競争上の地位を害する。")])
    appeal = disclosure.issue_appeal_answer(appeal, answered_on=meeting.date, meeting=meeting)
    assert "意見書（代理人東山太郎）" in command(tmp_path, "appeal", appeal.pk)
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    public = command(tmp_path, "appeal", appeal.pk, "--public")
    assert "東山" not in public and "資料（実施機関）" in public


def test_the_appeals_answer_is_named_as_the_councils_answer_letters_are(world, client):
    from urllib.parse import unquote

    appeal = answered_appeal(world, decided_request(world))
    client.force_login(world.secretariat)
    for url in (f"/documents/appeal/{appeal.pk}.pdf", f"/disclosure/appeals/{appeal.pk}/answer.docx"):
        disposition = unquote(client.get(url)["Content-Disposition"])
        assert "filename*=utf-8''みなみ市情報公開・個人情報保護審議会_答申書_答申第1号_20240918." in disposition, disposition
    disclosure.publish_appeal_answer(appeal, checked_withheld=True)
    disposition = unquote(client.get(f"/disclosure/appeals/{appeal.pk}/answer.pdf?public=1")["Content-Disposition"])
    assert "審議会_答申書_答申第1号_20240918_公開版.pdf" in disposition
