from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic.base import RedirectView

from shingikai import accounts, ids  # noqa: F401  (registers the <id:…> path converter the apps' URLs use)

admin.site.site_header = "shingikai 管理"
admin.site.site_title = "shingikai 管理"
admin.site.index_title = "管理メニュー"

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page links; answer instead of logging a 404 each time.
    path("favicon.ico", RedirectView.as_view(url=static_url("shingikai/favicon.svg"), permanent=True)),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("work/password/", accounts.password_change, name="password_change"),
    *accounts.reset_urls,
    path("work/", include("shingikai.councils.urls")),
    path("work/cases/", include("shingikai.cases.urls")),
    path("work/meetings/", include("shingikai.meetings.urls")),
    path("work/minutes/", include("shingikai.minutes.urls")),
    path("work/import/", include("shingikai.minutes.import_urls")),
    path("work/precedents/", include("shingikai.precedents.urls")),
    path("documents/", include("shingikai.documents.urls")),
    path("search/", include("shingikai.search.urls")),
    path("api/", include("shingikai.api.urls")),
    path("registers/", include("shingikai.registers.public_urls")),
    path("work/registers/", include("shingikai.registers.urls")),
    path("oparl/v1/", include("shingikai.api.oparl_urls")),
    path("disclosure/", include("shingikai.disclosure.urls")),
    path("", include("shingikai.portal.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
