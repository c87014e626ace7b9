"""The menu's links ({% fixed_url %}) are reversed once per process, and still follow the script prefix
a server is mounted under."""
from django.template import Context, Template
from django.urls import clear_script_prefix, reverse, set_script_prefix


def _render(name):
    return Template(f"{{% fixed_url '{name}' %}}").render(Context())


def test_a_menu_link_is_the_reversed_url():
    assert _render("cases:list") == reverse("cases:list") == "/work/cases/"


def test_a_menu_link_follows_the_script_prefix():
    assert _render("cases:list") == "/work/cases/"
    set_script_prefix("/shingikai/")
    try:
        assert _render("cases:list") == "/shingikai/work/cases/"
    finally:
        clear_script_prefix()
    assert _render("cases:list") == "/work/cases/"


def test_the_signed_in_menu_links_where_url_would(world, client):
    client.force_login(world.secretariat)
    page = client.get("/work/").content.decode()
    for name in ("cases:list", "meetings:list", "meetings:followups", "minutes:list", "search:search"):
        assert f'href="{reverse(name)}"' in page
