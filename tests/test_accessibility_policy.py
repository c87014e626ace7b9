"""The public アクセシビリティ方針 states what the city set: by default a target and no claim of conformance,
which under JIS X 8341-3 needs published test results."""


def test_the_policy_claims_no_conformance_by_default(client, db):
    page = client.get("/accessibility/").content.decode()
    assert "準拠</dd>" not in page and "適合レベル AA に準拠" not in page
    assert "適合の状況は表明していません" in page and "適合レベル AA" in page


def test_the_city_states_its_own_conformance_and_date(client, db, settings):
    settings.SHINGIKAI_ACCESSIBILITY_CONFORMANCE = "適合レベル AA に一部準拠 (試験結果を公開しています)"
    settings.SHINGIKAI_ACCESSIBILITY_DATE = "2026-04-01"
    page = client.get("/accessibility/").content.decode()
    assert "適合レベル AA に一部準拠 (試験結果を公開しています)" in page and "令和8年4月1日" in page
