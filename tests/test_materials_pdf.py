"""The meeting's materials as one PDF: everything for members, no closed item for observers."""
import io
import re

import hostile_files as hostile
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfReader, PdfWriter
from test_web_support import accepted_case, held_meeting, scheduled_meeting, web_world  # noqa: F401

from shingikai.cases.actions import add_attachment
from shingikai.meetings import actions


def _blank_pdf(pages):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text(response):
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content))
    return reader, "".join(page.extract_text() or "" for page in reader.pages)


def test_members_get_every_item_and_attachment_observers_only_public_ones(client, web_world):
    w = web_world
    meeting, public_item, public_case = scheduled_meeting(w)
    closed_case = accepted_case(w, title="児童相談記録の外部委託")
    actions.schedule_case(closed_case, meeting, is_public=False, closed_reason="個人が特定されるおそれ")
    add_attachment(public_case, title="仕様書", file=ContentFile(_blank_pdf(3), name="spec.pdf"), is_public=False,
                   by=w.dept_a_user)
    client.force_login(w.member_user)
    url = reverse("meetings:materials_pdf", args=[meeting.pk])
    members, members_text = _text(client.get(url))
    observers, observers_text = _text(client.get(url + "?for=observers"))
    assert "次\u3000第" in members_text and "児童相談記録" in members_text
    # The observers' copy reads as the public does: the closed item only counted, its 諮問書 left out.
    assert "児童相談記録" not in observers_text and "非公開案件" in observers_text
    assert members_text.count("児童相談記録") > 2
    assert "転入届受付システム" in observers_text
    assert len(members.pages) >= len(observers.pages) + 3  # the closed 諮問書 and the 3-page internal attachment
    titles = [o.title for o in members.outline if not isinstance(o, list)]
    assert titles[0] == "会議次第" and "児童相談記録の外部委託" in titles


def test_the_materials_pdf_is_for_the_councils_people_only(client, web_world):
    meeting, _, _ = scheduled_meeting(web_world)
    client.force_login(web_world.dept_b_user)
    assert client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).status_code == 302


def test_a_stored_pdf_the_materials_cannot_bind_is_named_on_a_page_after_the_agenda(client, web_world):
    """Files kept from before uploads were checked: the members are told which documents the 次第 lists but the
    materials do not hold, instead of finding them silently missing."""
    from shingikai.cases.models import Attachment

    w = web_world
    meeting, _, case = scheduled_meeting(w)
    add_attachment(case, title="仕様書", file=ContentFile(_blank_pdf(2), name="spec.pdf"), by=w.dept_a_user)
    # Stored as an earlier upload was, without the check add_attachment now makes.
    Attachment.objects.create(case=case, title="委託契約書",
                              file=ContentFile(hostile.pdf_pages(1, password="secret"), name="contract.pdf"))
    Attachment.objects.create(case=case, title="運用手順",
                              file=ContentFile(hostile.DAMAGED_PDF, name="manual.pdf"))
    client.force_login(w.member_user)
    reader, text = _text(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])))
    notice = reader.pages[1].extract_text()
    assert "次の資料は読み込めなかったため含まれていません" in notice
    assert "委託契約書" in notice and "パスワード付き" in notice and "運用手順" in notice
    assert "仕様書" not in notice
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:2] == ["会議次第", "含まれていない資料"]
    assert any(t.endswith("仕様書") for t in titles)


def test_materials_whose_files_all_bind_have_no_page_of_files_left_out(client, web_world):
    w = web_world
    meeting, _, case = scheduled_meeting(w)
    add_attachment(case, title="仕様書", file=ContentFile(_blank_pdf(1), name="spec.pdf"), by=w.dept_a_user)
    client.force_login(w.member_user)
    _, text = _text(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])))
    assert "読み込めなかった" not in text


def _two_cases_bound(client, w):
    """The members' materials of a meeting of two cases, the first with a 2-page PDF of the department's; the
    second case and the reader."""
    meeting, _, first = scheduled_meeting(w)
    second = accepted_case(w, title="児童相談記録の外部委託")
    actions.schedule_case(second, meeting)
    add_attachment(first, title="仕様書", file=ContentFile(_blank_pdf(2), name="spec.pdf"), by=w.dept_a_user)
    client.force_login(w.member_user)
    return second, PdfReader(io.BytesIO(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).content))


def test_the_bound_materials_number_their_pages_through_and_each_document_has_its_number(client, web_world):
    _, reader = _two_cases_bound(client, web_world)
    pages = [page.extract_text() or "" for page in reader.pages]
    for n, text in enumerate(pages, 1):
        if text.strip():  # the department's blank attachment pages are counted but not stamped
            assert re.findall(r"-\s*(\d+)\s*-", text) == [str(n)], (n, text[-80:])
    text = "".join(pages)
    assert "資料1" in text and "資料2" in text and "資料3" not in text
    starts = [n for n, page in enumerate(pages, 1) if page.lstrip().startswith(("資料1", "資料2"))]
    assert len(starts) == 2 and starts[0] == 2  # the 次第 is page 1, 資料1 starts on page 2


def test_the_bound_agenda_lists_each_paper_with_its_number_and_the_page_it_starts_on(client, web_world):
    """「資料1 … （2ページ）」 under 配布資料: the chair can say 「資料2の5ページ」 and every member finds it, and the
    outline leads to the same pages."""
    second, reader = _two_cases_bound(client, web_world)
    pages = [page.extract_text() or "" for page in reader.pages]
    agenda = re.sub(r"\s+", "", pages[0])
    listed = {m.group(1): int(m.group(2)) for m in re.finditer(r"(資料\d)[^（]+（諮問書）（(\d+)ページ）", agenda)}
    assert set(listed) == {"資料1", "資料2"} and "配布資料なし" not in agenda
    for number, page in listed.items():
        assert pages[page - 1].lstrip().startswith(number), (number, page)
    spec = re.search(r"仕様書（資料1の添付資料）（(\d+)ページ）", agenda)
    # The department's 2 blank pages, bound right before 資料2.
    assert spec and int(spec.group(1)) == listed["資料2"] - 2 and not pages[listed["資料2"] - 3].strip()
    outline = {o.title: reader.get_destination_page_number(o) + 1 for o in reader.outline if not isinstance(o, list)}
    assert outline["会議次第"] == 1
    assert outline[second.title] == listed["資料2"]


def _papers(text, pages=False):
    """[(資料N, the start of its title)] under 配布資料 of a 次第's text; with ``pages``, {資料N: the page it starts
    on} as a bound copy's 次第 lists them."""
    listed = re.split(r"(資料\d+)(?!の添付)", re.sub(r"\s+", "", text).split("配布資料", 1)[1])
    if pages:
        return {number: int(re.search(r"（(\d+)ページ）", title).group(1))
                for number, title in zip(listed[1::2], listed[2::2])}
    return [(number, title[:10]) for number, title in zip(listed[1::2], listed[2::2])]


def test_the_agenda_printed_alone_numbers_the_papers_as_the_bound_copy_binds_them(client, web_world):
    """A meeting of a 前回議事録の確定, a 諮問 and a 報告 with the department's files, and register reports: the
    次第 downloaded alone gives each paper the 資料N it carries in the members' bound materials."""
    import datetime

    from shingikai.meetings.models import AgendaItem
    from shingikai.registers import actions as registers

    w = web_world
    held, _, _ = held_meeting(w)
    actions.close_meeting(held, end_time=datetime.time(15, 0))
    meeting, _, consultation = scheduled_meeting(w)
    actions.add_procedural_item(meeting, AgendaItem.Procedure.PREVIOUS_MINUTES)
    report = accepted_case(w, title="窓口受付記録の保存期間の変更", kind="報告")
    actions.schedule_case(report, meeting)
    leak = registers.record_incident(w.dept_a, title="通知書の誤送付", discovered_on=datetime.date(2025, 6, 2),
                                     what_leaked="氏名、住所", whose="通知書の宛先の市民", people_count=1500)
    registers.report_incident(leak, meeting)
    registers.report_sensitive_files(meeting, as_of=datetime.date(2025, 4, 1))
    add_attachment(consultation, title="仕様書", file=ContentFile(_blank_pdf(2), name="spec.pdf"), by=w.dept_a_user)
    add_attachment(report, title="運用手順", file=ContentFile(_blank_pdf(1), name="manual.pdf"), by=w.dept_a_user)
    client.force_login(w.member_user)
    alone = PdfReader(io.BytesIO(client.get(reverse("documents:download", args=["agenda", meeting.pk, "pdf"]))
                                 .content))
    bound = PdfReader(io.BytesIO(client.get(reverse("meetings:materials_pdf", args=[meeting.pk])).content))
    listed = _papers("".join(page.extract_text() for page in alone.pages))
    assert [number for number, _ in listed] == [f"資料{n}" for n in range(1, 6)]
    assert [title for _, title in listed] == ["転入届受付システムの", f"{held.short_label}会議"[:10], "窓口受付記録の保存期",
                                              "個人情報の漏えい等事", "要配慮個人情報の取扱"]
    assert listed == _papers(bound.pages[0].extract_text())
    for number, page in _papers(bound.pages[0].extract_text(), pages=True).items():
        assert re.search(r"資料\d+", bound.pages[page - 1].extract_text()).group() == number
