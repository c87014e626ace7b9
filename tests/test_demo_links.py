"""Every link a page shows opens for the one who was shown it: in the demo city, each named user follows
the links of the pages they can reach, and none leads to a page that is refused, missing or broken."""
import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

from django.contrib.auth.models import User

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


def _walk(client):
    """The pages reached from the front page and the work home, with the status of each and where its link was."""
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
