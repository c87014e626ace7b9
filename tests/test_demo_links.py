"""Every link a page shows opens for the one who was shown it, and every form a page shows answers any
input without a server error: in the demo city, each named user follows the links of the pages they can
reach (none leads to a page that is refused, missing or broken), and posts each form they are shown with
its own values and with forged ones."""
import html
import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

from django.contrib.auth.models import User

from shingikai.councils.actions import password_changed
from shingikai.demo.loader import load_demo

# Downloads and feeds are checked by their own tests; logging out ends the walk; the admin is Django's.
NOT_FOLLOWED = re.compile(r"^/(admin|static|media)/|logout|\.(pdf|docx|xlsx|csv|ics|json|xml)$|/download/|/feed")
PAGES_PER_USER = 500
SAME_SHAPE = 4  # pages of one URL shape (digits aside) visited per user: the shapes, not every row


def _links(page_url, html):
    for href in re.findall(r'href="([^"#]+)', html):
        parts = urlsplit(urljoin("http://testserver" + page_url, href.replace("&amp;", "&")))
        if parts.netloc != "testserver":
            continue
        url = parts.path + (f"?{parts.query}" if parts.query else "")
        if not NOT_FOLLOWED.search(parts.path):
            yield url


def _walk(client, pages=None):
    """The pages reached from the front page and the work home, with the status of each and where its link was.
    `pages`, when given, collects each page's HTML by its URL."""
    seen, found_on, broken = set(), {}, []
    shapes = Counter()
    queue = deque(["/", "/work/"])
    while queue and len(seen) < PAGES_PER_USER:
        url = queue.popleft()
        shape = re.sub(r"\d+", "N", url)
        if url in seen or shapes[shape] >= SAME_SHAPE:
            continue
        seen.add(url)
        shapes[shape] += 1
        response = client.get(url)
        if url not in ("/", "/work/") and response.status_code not in (200, 302):
            broken.append((response.status_code, url, found_on.get(url)))
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        if pages is not None:
            pages[url] = response.content.decode()
        for link in _links(url, response.content.decode()):
            if link not in seen:
                found_on.setdefault(link, url)
                queue.append(link)
    return seen, broken


def test_every_link_shown_to_each_demo_user_opens_for_them(db, client):
    load_demo()
    # The front page's links for the public, then each role of the demo city.
    seen, broken = _walk(client)
    assert len(seen) > 20 and not broken, broken
    for username in ("jimukyoku", "shimin", "kodomo", "iin"):
        client.force_login(User.objects.get(username=username))
        seen, broken = _walk(client)
        assert len(seen) > 40 and not broken, (username, broken)
        client.logout()


# What a forged request may carry in any field: nothing, too much, numbers no record has, dates no calendar has,
# markup and a NUL byte.
FORGED = ["", "x" * 5000, "-1", "9" * 30, "0", "令和99年99月99日", "2025-02-30", "<script>alert(1)</script>",
          "' OR 1=1 --", "\x00", "1.5", "abc"]
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_FIELD = re.compile(r"<(?:input|select|textarea)\b([^>]*)>")


def _attr(tag, name):
    m = re.search(rf'\b{name}="([^"]*)"', tag)
    return html.unescape(m.group(1)) if m else None


def _post_forms(page_url, page):
    """(action, fields) of each POST form on the page: the fields as the page fills them in, files left out."""
    for form in _FORM.finditer(page):
        if (_attr(form.group(1), "method") or "").lower() != "post":
            continue
        action = urljoin(page_url, _attr(form.group(1), "action") or page_url)
        fields = [(_attr(tag, "name"), _attr(tag, "value") or "", _attr(tag, "type"))
                  for tag in _FIELD.findall(form.group(2)) if _attr(tag, "name")]
        yield action, [(name, value) for name, value, kind in fields if kind != "file"]


def test_every_form_shown_to_each_demo_user_answers_forged_input_without_a_server_error(db, client):
    load_demo()
    posts = {}
    for username in ("jimukyoku", "shimin", "iin"):
        client.force_login(User.objects.get(username=username))
        pages = {}
        _walk(client, pages)
        failures = []
        for url, page in pages.items():
            for action, fields in _post_forms(url, page):
                if re.search(r"logout|/login/", action):
                    continue
                # The form as shown, then each forged value in every field but the CSRF token.
                for forged in [None, *FORGED[:: max(1, len(FORGED) // 4)]]:
                    data = {name: (value if forged is None or name == "csrfmiddlewaretoken" else forged)
                            for name, value in fields}
                    response = client.post(action, data)
                    posts[username] = posts.get(username, 0) + 1
                    if response.status_code >= 500:
                        failures.append((response.status_code, action, forged))
        assert not failures, (username, failures)
        client.logout()
        # The secretariat's forms issued temporary passwords to the other demo users, which would keep them on
        # the password change page, and stopped the departments' logins: they have chosen their own since, and
        # their logins were given back.
        User.objects.update(is_active=True)
        for user in User.objects.all():
            password_changed(user)
    # The secretariat and a department have forms on most of their pages; a member has next to none.
    assert posts["jimukyoku"] > 100 and posts["shimin"] > 20, posts
