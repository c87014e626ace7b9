"""Every page the demo links keeps the machine-checkable rules of JIS X 8341-3:2016 (WCAG 2.1) level AA, for the
public and for each named user: the language, a title, one h1 and headings in order, a label for every form
control, radio groups in a fieldset with a legend, header cells in tables, alt text on images, link text that
says something. A new page, or a changed template, that breaks one of them fails here; docs/accessibility.md
says what else was checked by hand."""
import re
from collections import defaultdict

import lxml.html
from django.contrib.auth.models import User
from test_demo_links import _post_forms, _walk

from shingikai.demo.loader import load_demo

# Controls a person fills in or picks; buttons name themselves by their text or value.
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}
# Link texts that do not say where they go (WCAG 2.4.4).
VAGUE_LINK_TEXT = {"こちら", "ここ", "ここをクリック", "詳細", "click here", "here", "more"}


def _text(element):
    """The text a screen reader reads for an element: its text, and the alt of images in it."""
    alts = " ".join(img.get("alt", "") for img in element.iter("img"))
    return " ".join((element.text_content() + " " + alts).split())


def _named(element, labelled_ids):
    return bool((element.get("aria-label") or "").strip() or element.get("aria-labelledby")
                or (element.get("title") or "").strip() or element.get("id") in labelled_ids
                or any(parent.tag == "label" for parent in element.iterancestors()))


def problems(page):
    """What breaks the rules on one page's HTML, as short Japanese-free descriptions for the failure message."""
    found = []
    doc = lxml.html.document_fromstring(page)
    if doc.get("lang") != "ja":
        found.append("html lang is not ja")
    title = doc.findtext(".//title") or ""
    if not title.strip() or title.strip().startswith("|"):
        found.append("empty title")
    ids = [element.get("id") for element in doc.iter() if isinstance(element.tag, str) and element.get("id")]
    duplicated = {i for i in ids if ids.count(i) > 1}
    if duplicated:
        found.append(f"duplicate ids {sorted(duplicated)}")
    if not doc.xpath("//a[@href='#main']") or not doc.xpath("//*[@id='main']"):
        found.append("no skip link to #main")
    headings = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    if headings.count(1) != 1:
        found.append(f"{headings.count(1)} h1")
    for before, after in zip(headings, headings[1:]):
        if after > before + 1:
            found.append(f"heading h{before} followed by h{after}")
            break
    labelled_ids = {label.get("for") for label in doc.iter("label")}
    for label in labelled_ids - set(ids) - {None}:
        found.append(f"label for a missing control {label}")
    for element in doc.xpath("//*[@aria-describedby or @aria-labelledby]"):
        for ref in (element.get("aria-describedby") or "").split() + (element.get("aria-labelledby") or "").split():
            if ref not in ids:
                found.append(f"{element.tag} name={element.get('name')} refers to a missing id {ref}")
    for control in doc.iter("input", "select", "textarea"):
        if control.tag == "input" and (control.get("type") or "text").lower() in UNLABELLED_TYPES:
            continue
        if not _named(control, labelled_ids):
            found.append(f"unlabelled {control.tag} name={control.get('name')}")
    radios = defaultdict(list)
    for radio in doc.xpath("//input[@type='radio']"):
        form = radio.xpath("ancestor::form[1]")
        radios[(form[0] if form else None, radio.get("name"))].append(radio)
    for (_, name), group in radios.items():
        fieldsets = [radio.xpath("ancestor::fieldset[1]") for radio in group]
        if len(group) > 1 and not all(f and f[0].find("legend") is not None for f in fieldsets):
            found.append(f"radio group {name} not in a fieldset with a legend")
    for table in doc.iter("table"):
        if table.get("role") == "presentation":
            continue
        if not table.xpath(".//th"):
            found.append(f"table without th (class={table.get('class')})")
        elif table.xpath(".//th[not(@scope)]"):
            found.append(f"th without scope (class={table.get('class')})")
    for img in doc.iter("img"):
        if img.get("alt") is None:
            found.append(f"img without alt {img.get('src')}")
    for link in doc.xpath("//a[@href]"):
        text = _text(link) or (link.get("aria-label") or "").strip()
        if not text:
            found.append(f"empty link {link.get('href')}")
        elif text.lower() in VAGUE_LINK_TEXT and not link.get("aria-label"):
            found.append(f"link says only {text!r}: {link.get('href')}")
    return found


def _failures(pages):
    """One line a page that breaks a rule, to be read in full in the failure message."""
    return "\n".join(f"{url}: {'; '.join(found)}" for url, page in pages.items() if (found := problems(page)))


def _feed_pages(client):
    """The feed's HTML pages, which the crawl leaves to their own tests."""
    pages = {}
    for url in re.findall(r'href="(/[^"]*feed[^"]*)"', client.get("/").content.decode()):
        response = client.get(url.replace("&amp;", "&"))
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            pages[url] = response.content.decode()
    return pages


def test_every_page_the_public_reaches_keeps_the_accessibility_rules(db, client):
    load_demo()
    pages = {}
    _walk(client, pages)
    pages.update(_feed_pages(client))
    assert len(pages) > 20
    failures = _failures(pages)
    assert not failures, failures


def test_every_page_each_demo_user_reaches_keeps_the_accessibility_rules(db, client):
    load_demo()
    failures = []
    for username in ("jimukyoku", "shimin", "kodomo", "iin"):
        client.force_login(User.objects.get(username=username))
        pages = {}
        _walk(client, pages)
        assert len(pages) > 40, username
        if found := _failures(pages):
            failures.append(f"{username}:\n{found}")
        client.logout()
    assert not failures, "\n".join(failures)


def test_each_kind_of_page_has_a_title_of_its_own(db, client):
    """Pages of different kinds are told apart by their title alone (WCAG 2.4.2): two URL shapes of one side (the
    public's pages, the work pages) never share one. A case's public page and its work page name the same case."""
    load_demo()
    client.force_login(User.objects.get(username="jimukyoku"))
    pages = {}
    _walk(client, pages)
    shapes_by_title = defaultdict(set)
    for url, page in pages.items():
        title = " ".join((lxml.html.document_fromstring(page).findtext(".//title") or "").split())
        shapes_by_title[url.startswith("/work/"), title].add(re.sub(r"\?.*", "", re.sub(r"\d+", "N", url)))
    shared = {title: shapes for title, shapes in shapes_by_title.items() if len(shapes) > 1}
    assert not shared, shared


def test_the_checks_catch_what_they_are_for():
    page = """<html lang="en"><head><title> | x</title></head><body><main id="m"><h2>a</h2><h4>b</h4>
    <form><input name="q"><input type="radio" name="r" id="r1"><label for="r1">1</label>
    <input type="radio" name="r" id="r2"><label for="r2">2</label></form>
    <table><tr><td>1</td></tr></table><img src="x.png"><a href="/x"></a><a href="/y">こちら</a></main></body></html>"""
    found = " / ".join(problems(page))
    for expected in ("lang", "empty title", "skip link", "0 h1", "h2 followed by h4", "unlabelled input name=q",
                     "radio group r", "table without th", "img without alt", "empty link /x", "'こちら'"):
        assert expected in found, (expected, found)


def test_a_form_sent_back_names_each_error_beside_its_field_and_ties_it_to_the_field(world, client):
    """An error is read with its field (aria-invalid, aria-describedby to the message beside it), listed in a
    summary at the top, and the page keeps the rules above; the script puts the focus on the first field in error."""
    client.force_login(world.dept_a_user)
    url = "/work/cases/new/"
    shown = client.get(url).content.decode()
    (_, fields), = [form for form in _post_forms(url, shown) if "title" in dict(form[1])]
    page = client.post(url, {**dict(fields), "title": ""}).content.decode()
    doc = lxml.html.document_fromstring(page)
    title = doc.get_element_by_id("id_title")
    assert title.get("aria-invalid") == "true"
    described = [doc.get_element_by_id(ref) for ref in title.get("aria-describedby").split()]
    assert any("必須" in element.text_content() for element in described)
    # The message sits in the title's own field, and the summary links to the field.
    assert doc.get_element_by_id("field-title").find(".//span[@class='error-text']") is not None
    assert doc.xpath("//*[@role='alert']//a[@href='#id_title']")
    assert problems(page) == []
    assert "shingikai/focus_error.js" in page
