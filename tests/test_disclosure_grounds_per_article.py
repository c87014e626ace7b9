"""A decision citing several 不開示 grounds: each article is entered in its own row with its own category,
two articles are never run together into one, and the yearly report counts each under its category."""
import datetime

import pytest
from disclosure_helpers import decided_request
from django.urls import reverse
from test_browser import browser, project_static_dir  # noqa: F401
from test_disclosure_request_corrections import seen_on
from test_web_support import web_world  # noqa: F401

from shingikai.disclosure import actions, report
from shingikai.errors import ActionRefused

D = datetime.date


def open_request(world):
    return actions.record_request(world.dept_a, kind="public_document", received_on=D(2024, 6, 3),
                                  documents="補助金交付決定文書", requester_category="市内", date_confirmed=True)


def decide_form(**rows):
    return {"decide-decision": "部分開示", "decide-decided_on": "令和6年6月20日", "decide-fee_yen": "0",
            "decide-withheld_summary": "申請者の氏名及び法人の口座番号", **{f"decide-{k}": v for k, v in rows.items()}}


def test_the_decide_form_offers_one_line_rows_each_with_its_own_category(client, world):
    req = open_request(world)
    client.force_login(world.dept_a_user)
    page = client.get(reverse("disclosure:request", args=[req.pk])).content.decode()
    form = page.split('id="step-decide"')[1].split("</form>")[0]
    for name in ("ground_article", "ground_article_2", "ground_article_5"):
        assert f'<input type="text" name="decide-{name}"' in form
    for name in ("ground_category", "ground_category_2", "ground_category_5"):
        assert f'<select name="decide-{name}"' in form
    assert "1 つにまとめます" in form and "1 行に 1 つ" not in form


def test_two_articles_of_different_kinds_are_recorded_each_under_its_category_and_counted_so(client, world):
    req = open_request(world)
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "decide"]), decide_form(
        ground_article="条例第7条第2号", ground_category="個人に関する情報",
        ground_article_2="条例第７条第３号", ground_category_2="法人等情報"))
    assert response.status_code == 302
    assert [(g.article, g.category) for g in req.grounds.all()] == [
        ("条例第7条第2号", "個人に関する情報"), ("条例第7条第3号", "法人等情報")]
    figures = report.operations_report(world.city, 2024)
    assert {row["category"]: row["count"] for row in figures["grounds"]} == {"個人に関する情報": 1, "法人等情報": 1}
    assert {row["article"]: row["count"] for row in figures["articles"]} == {"条例第7条第2号": 1, "条例第7条第3号": 1}


@pytest.mark.parametrize("typed", ["条例第7条第2号 条例第7条第3号", "条例第7条第2号条例第7条第3号", "法第78条第1項第2号、法第78条第1項第3号"])
def test_two_articles_run_together_in_one_row_are_refused_and_nothing_is_stored(client, world, typed):
    req = open_request(world)
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "decide"]), decide_form(
        ground_article=typed, ground_category="個人に関する情報"))
    assert response.status_code == 400 and "2つ以上続けて入力されています" in response.content.decode()
    req.refresh_from_db()
    assert req.decision == "" and not req.grounds.exists()
    with pytest.raises(ActionRefused, match="2つ以上続けて"):
        actions.decide_request(req, decision="部分開示", decided_on=D(2024, 6, 20), withheld_summary="氏名",
                               grounds=[(typed, "個人に関する情報")])


def test_two_lines_in_one_row_are_refused_rather_than_put_under_one_category(client, world):
    req = open_request(world)
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "decide"]), decide_form(
        ground_article="条例第7条第2号\n条例第7条第3号", ground_category="個人に関する情報"))
    assert response.status_code == 400 and "1つの欄には条項を1つだけ" in response.content.decode()
    assert not req.grounds.exists()


def test_an_article_without_its_category_is_named_next_to_its_row(client, world):
    req = open_request(world)
    client.force_login(world.dept_a_user)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "decide"]), decide_form(
        ground_article="条例第7条第2号", ground_category="個人に関する情報", ground_article_2="条例第7条第3号"))
    page = response.content.decode()
    assert response.status_code == 400 and "条例第7条第3号 の不開示情報の類型を選んでください" in page
    assert 'id="id_decide-ground_category_2_error"' in page
    assert not req.grounds.exists()


def test_a_decision_is_corrected_to_two_grounds_of_their_own_categories(client, world):
    req = decided_request(world, decided_on=D(2024, 6, 20), grounds=[("条例第7条第2号", "個人に関する情報")])
    client.force_login(world.secretariat)
    seen = seen_on(client, req)
    response = client.post(reverse("disclosure:request_step", args=[req.pk, "redecide"]), {
        "seen": seen, "redecide-decision": "部分開示", "redecide-decided_on": "令和6年6月20日", "redecide-fee_yen": "0",
        "redecide-ground_article": "条例第7条第2号", "redecide-ground_category": "個人に関する情報",
        "redecide-ground_article_2": "条例第7条第3号", "redecide-ground_category_2": "法人等情報"})
    assert response.status_code == 302
    assert {g.article: g.category for g in req.grounds.all()} == {
        "条例第7条第2号": "個人に関する情報", "条例第7条第3号": "法人等情報"}


@pytest.mark.browser
def test_two_articles_with_their_categories_are_entered_in_a_real_browser(browser, live_server, web_world):  # noqa: F811
    from test_browser import login

    req = open_request(web_world)
    page = login(browser, live_server, "shimin")
    page.goto(f"{live_server.url}/disclosure/register/{req.pk}/")
    page.locator("#id_decide-decision").select_option("部分開示")
    page.locator("#id_decide-decided_on").fill("令和6年6月20日")
    page.get_by_label("不開示の根拠条項 (1)").fill("条例第7条第2号")
    page.get_by_label("不開示情報の類型 (1)").select_option("個人に関する情報")
    page.get_by_label("不開示の根拠条項 (2)").fill("条例第7条第3号")
    page.get_by_label("不開示情報の類型 (2)").select_option("法人等情報")
    page.locator("#id_decide-withheld_summary").fill("申請者の氏名及び法人の口座番号")
    page.get_by_role("button", name="決定を記録").click()
    page.wait_for_load_state()
    assert "決定を記録しました" in page.inner_text("main")
    assert [(g.article, g.category) for g in req.grounds.all()] == [
        ("条例第7条第2号", "個人に関する情報"), ("条例第7条第3号", "法人等情報")]
