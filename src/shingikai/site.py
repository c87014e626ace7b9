"""What the public site says about itself: its name (the city's, not the software's), its host for identifiers
that must not change with the address a visitor used, and the terms on which its content may be reused."""
from django.conf import settings
from django.utils.functional import SimpleLazyObject

from shingikai.councils.models import Municipality

DEFAULT_LICENCE = ("このサイトの会議録・答申・案件の情報は、クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0) の下で"
                   "利用できます (政府標準利用規約 第2.0版に準拠)。出典として自治体名と審議会名を記載してください。")
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.ja"


def site_name():
    """SHINGIKAI_SITE_NAME, else the name of the one city the site runs (「みなみ市 審議会等の公開情報」)."""
    configured = getattr(settings, "SHINGIKAI_SITE_NAME", "")
    if configured:
        return configured
    cities = list(Municipality.objects.filter(councils__is_imported_only=False).distinct().values_list("name", flat=True)[:2])
    return f"{cities[0]} 審議会等の公開情報" if len(cities) == 1 else "審議会等の公開情報"


def site_host():
    """The host that names this site in calendar UIDs: SHINGIKAI_SITE_HOST, else the first host the site answers
    to by name; never the Host header of a request, so two addresses of one site give one event."""
    configured = getattr(settings, "SHINGIKAI_SITE_HOST", "")
    if configured:
        return configured
    for host in settings.ALLOWED_HOSTS:
        host = host.strip().lstrip(".")
        if host and host != "*":
            return host
    return "shingikai.invalid"


def licence():
    return (getattr(settings, "SHINGIKAI_LICENCE", "") or DEFAULT_LICENCE,
            getattr(settings, "SHINGIKAI_LICENCE_URL", DEFAULT_LICENCE_URL))


def public_site(request):
    """Context processor: the site's name and reuse terms for every page's header, title and footer."""
    text, url = licence()
    # The page's address without its query: a link preview must not repeat what a visitor typed (a search).
    # Read once per page, when the page prints it (every template that names it would otherwise ask again).
    return {"site_name": SimpleLazyObject(site_name), "licence_text": text, "licence_url": url,
            "page_url": request.build_absolute_uri(request.path) if request is not None else ""}
