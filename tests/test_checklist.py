"""The review checklist: each rule fires on the case it describes and stays quiet on a sound one."""
import datetime

import pytest

from shingikai.cases.actions import with_retention
from shingikai.cases.checklist import RULE_CODES, evaluate, required_evaluation
from shingikai.cases.models import Case, Certification, Contractor, DataItem

TODAY = datetime.date(2025, 5, 20)

SOUND = dict(
    title="住民異動窓口受付システム", categories=["information_system"], purpose="窓口受付の電子化",
    transfer_methods=["lgwan"], storage_locations=["domestic_dc"], storage_note="国内 (東京都) のデータセンター",
    retention_period="2年", destruction_method="データ消去ソフトで消去", security_measures="権限管理",
    start_date=datetime.date(2025, 6, 1), end_date=datetime.date(2026, 3, 31),
)


def case(**fields):
    # As the actions store it: the retention structure read from the text.
    return Case(**with_retention({**SOUND, **fields}))


def codes(c, items=(), contractors=()):
    return {f.code for f in evaluate(c, data_items=list(items), contractors=list(contractors), answers={}, today=TODAY)}


def contractor(*certs, start=datetime.date(2025, 6, 1), end=datetime.date(2026, 3, 31)):
    return (Contractor(name="株式会社みなみ情報", work_start=start, work_end=end),
            [Certification(kind=k, valid_until=d) for k, d in certs])


def test_sound_case_has_no_findings():
    assert codes(case()) == set()


# 1. certification
def test_contractor_without_certificate_fires():
    findings = evaluate(case(subcontracting="なし"), data_items=[], contractors=[contractor()], answers={}, today=TODAY)
    assert [(f.code, f.severity) for f in findings] == [("certification", "high")]


def test_certificate_expiring_during_work_fires():
    found = evaluate(case(subcontracting="なし"), data_items=[],
                     contractors=[contractor((Certification.Kind.PMARK, datetime.date(2025, 12, 1)))],
                     answers={}, today=TODAY)
    assert found[0].code == "certification" and "作業期間中" in found[0].explanation


def test_certificate_valid_for_whole_work_is_quiet():
    ok = contractor((Certification.Kind.ISMS, datetime.date(2027, 1, 1)))
    assert "certification" not in codes(case(subcontracting="なし"), contractors=[ok])


def test_other_certificate_does_not_count():
    other = contractor((Certification.Kind.OTHER, datetime.date(2030, 1, 1)))
    assert "certification" in codes(case(subcontracting="なし"), contractors=[other])


# 2. retention and destruction
def test_missing_retention_or_destruction_fires():
    assert "retention" in codes(case(retention_period=""))
    assert "retention" in codes(case(destruction_method=""))


def test_retention_and_destruction_given_is_quiet():
    assert "retention" not in codes(case())


# 3. electronic media
def test_media_without_return_and_erasure_fires():
    c = case(transfer_methods=["media"], transfer_note="CD-R で委託先に渡す")
    assert "media_return" in codes(c)
    c = case(transfer_methods=["lgwan"], transfer_note="USBメモリで持参する", media_return="作業後に返却")
    assert "media_return" in codes(c)  # returned but never erased


def test_media_with_return_and_erasure_is_quiet():
    c = case(transfer_methods=["media"], media_return="作業後に CD-R を返却させ、委託先のデータを消去し消去証明書を提出させる")
    assert "media_return" not in codes(c)


# 4. storage location
def test_storage_abroad_or_unknown_fires():
    assert "storage_location" in codes(case(storage_locations=["abroad"]))
    assert "storage_location" in codes(case(storage_locations=["unknown"]))
    assert "storage_location" in codes(case(storage_locations=[]))
    assert "storage_location" in codes(case(storage_locations=["cloud"], storage_note="大手クラウド事業者"))


def test_storage_in_japan_is_quiet():
    assert "storage_location" not in codes(case(storage_locations=["cloud"], storage_note="国内リージョンのみ"))
    assert "storage_location" not in codes(case(storage_locations=["on_premises"], storage_note="施錠できる書庫"))


# 5. TLS
def test_internet_without_tls_fires():
    assert "transfer_tls" in codes(case(transfer_methods=["internet"]))
    assert "transfer_tls" in codes(case(transfer_methods=["internet_tls"], transfer_note="SSL で暗号化"))
    assert "transfer_tls" in codes(case(transfer_methods=["internet_tls"], transfer_note="TLS1.0 を使う"))


def test_tls12_or_lgwan_is_quiet():
    assert "transfer_tls" not in codes(case(transfer_methods=["internet_tls"], transfer_note="ＴＬＳ１．２以上で暗号化"))
    assert "transfer_tls" not in codes(case(transfer_methods=["leased_line", "lgwan"]))


# 6. subcontracting
def test_outsourcing_without_subcontracting_fires():
    assert "subcontracting" in codes(case(categories=["outsourcing"]))


def test_subcontracting_addressed_is_quiet():
    assert "subcontracting" not in codes(case(categories=["outsourcing"], subcontracting="再委託はしない"))
    assert "subcontracting" not in codes(case())


# 7. optional items
def test_optional_item_without_reason_fires():
    items = [DataItem(name="氏名"), DataItem(name="電話番号", required=True)]
    assert "optional_items" in codes(case(), items=items)
    assert "optional_items" in codes(case(), items=[DataItem(name="メールアドレス", required=False)])


def test_optional_item_with_reason_is_quiet():
    items = [DataItem(name="氏名"), DataItem(name="携帯電話番号", required=False, reason="任意。日程変更の連絡に使う")]
    assert "optional_items" not in codes(case(), items=items)


# 8. purpose beyond and notice
def test_purpose_beyond_without_notice_fires():
    assert "notice" in codes(case(categories=["purpose_beyond"]))
    told_some = "令和3年度参加者には申込時に通知。令和元年度・2年度の参加者には周知していない。"
    assert "notice" in codes(case(categories=["purpose_beyond"], notice_to_subjects=told_some))


def test_purpose_beyond_with_notice_is_quiet():
    told = "全参加者に令和3年4月の申込時に、受診勧奨に使うことを利用規約で知らせた。"
    assert "notice" not in codes(case(categories=["purpose_beyond"], notice_to_subjects=told))


# 9. sensitive information
def test_sensitive_without_reason_or_access_fires():
    assert "sensitive" in codes(case(categories=["sensitive_info"]))
    assert "sensitive" in codes(case(), items=[DataItem(name="病歴", sensitive=True, reason="必要")])
    weak = case(categories=["sensitive_info"], sensitive_reason="相談対応に必要", sensitive_access="担当職員のみ")
    found = [f for f in evaluate(weak, data_items=[], contractors=[], answers={}, today=TODAY) if f.code == "sensitive"]
    assert found and found[0].severity == "medium"


def test_sensitive_with_reason_and_authentication_is_quiet():
    c = case(categories=["sensitive_info"], sensitive_reason="相談対応に必要",
             sensitive_access="担当職員のみ。ID・パスワードと生体認証で本人確認する")
    assert "sensitive" not in codes(c)


# 10. offsite work
def test_offsite_without_supervision_fires():
    assert "offsite" in codes(case(offsite_work=True))
    assert "offsite" in codes(case(security_measures="封入封緘のため書類を委託先に持ち出す"))


def test_offsite_with_supervision_is_quiet():
    assert "offsite" not in codes(case(offsite_work=True, offsite_supervision="職員が立ち会い、作業日報を提出させる"))


# 11. My Number
@pytest.mark.parametrize("subjects, handlers, incident, level", [
    (999, None, False, None),
    (1000, None, False, "基礎項目評価"),
    (9999, 600, True, "基礎項目評価"),
    (10000, 499, False, "基礎項目評価"),
    (10000, 500, False, "重点項目評価"),
    (99999, 10, True, "重点項目評価"),
    (100000, 10, False, "重点項目評価"),
    (299999, 500, False, "全項目評価"),
    (150000, 10, True, "全項目評価"),
    (300000, 0, False, "全項目評価"),
])
def test_required_evaluation_levels(subjects, handlers, incident, level):
    assert required_evaluation(subjects, handlers, incident) == level


def test_my_number_fires_with_level():
    found = evaluate(case(uses_my_number=True, subject_count=120000, handler_count=600), data_items=[],
                     contractors=[], answers={}, today=TODAY)
    assert [(f.code, f.severity) for f in found] == [("my_number", "high")]
    assert "全項目評価" in found[0].explanation
    assert "my_number" in codes(case(uses_my_number=True, subject_count=None))


def test_my_number_small_or_absent_is_quiet():
    assert "my_number" not in codes(case(uses_my_number=True, subject_count=500))
    assert "my_number" not in codes(case(uses_my_number=False, subject_count=500000))


# 12. cameras
def test_camera_without_signs_retention_viewers_fires():
    found = [f for f in evaluate(case(categories=["cctv"], camera_signs="入口に掲示"), data_items=[], contractors=[],
                                 answers={}, today=TODAY) if f.code == "camera"]
    assert found and "録画の保存期間" in found[0].explanation and "入口" not in found[0].explanation


def test_camera_fully_described_is_quiet():
    c = case(categories=["cctv"], camera_signs="入口に「防犯カメラ作動中」と掲示", camera_retention="7日間で上書き",
             camera_viewers="施設長と指定職員のみ")
    assert "camera" not in codes(c)


def test_every_rule_has_a_title():
    assert len(RULE_CODES) == 12


@pytest.mark.django_db
def test_findings_carry_stored_answers_and_sort_by_severity(world):
    from shingikai.cases.actions import answer_checklist, create_case
    from shingikai.errors import ActionRefused

    c = create_case(world.council, world.dept_a, by=world.dept_a_user,
                    **{**SOUND, "retention_period": "", "categories": ["outsourcing"]})
    answer_checklist(c, "subcontracting", "再委託は行わない", world.dept_a_user)
    found = evaluate(c)
    assert [f.severity for f in found] == sorted([f.severity for f in found], key=["high", "medium", "low"].index)
    by_code = {f.code: f for f in found}
    assert by_code["subcontracting"].answer == "再委託は行わない"
    assert by_code["retention"].answer == ""
    with pytest.raises(ActionRefused):
        answer_checklist(c, "no_such_rule", "x", world.dept_a_user)
    with pytest.raises(ActionRefused):
        answer_checklist(c, "retention", "  ", world.dept_a_user)


# An appeal's case (審査請求) disputes a decision on a request: it describes no processing of personal data.
def _referred_appeal(world):
    from disclosure_helpers import decided_request
    from shingikai.disclosure import actions as disclosure

    appeal = disclosure.file_appeal(decided_request(world, decision="不開示"), filed_on=datetime.date(2024, 7, 10),
                                    appellant_name="開示 請子", purport="不開示決定の取消しを求める。")
    return disclosure.refer_appeal(appeal, council=world.council, referred_on=datetime.date(2024, 7, 24),
                                   notice_on=datetime.date(2024, 7, 25),
                                   examiner_exclusion="条例第19条", agency_claims="法人等情報に当たる。")


@pytest.mark.django_db
def test_an_appeal_case_has_no_processing_checklist(client, world):
    appeal = _referred_appeal(world)
    case = Case.objects.get(pk=appeal.case_id)
    assert not case.retention_period and evaluate(case) == []
    client.force_login(world.dept_a_user)
    response = client.get(f"/work/cases/{case.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "件の確認事項があります" not in page
    assert RULE_CODES["retention"] not in page and RULE_CODES["storage_location"] not in page


@pytest.mark.django_db
def test_a_consultation_missing_the_same_fields_keeps_its_checklist(world):
    from shingikai.cases.actions import create_case

    consultation = create_case(world.council, world.dept_a, title="窓口予約システムの導入")
    assert {"retention", "storage_location"} <= {f.code for f in evaluate(consultation)}
