from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import AllLocalesSitemap
from intranet import admin_overrides
from intranet.downloads import private_file

urlpatterns = [
    # Before Wagtail's admin, whose own views these replace (see intranet/admin_overrides.py).
    path("admin/logout/", admin_overrides.logout, name="wagtailadmin_logout"),
    path("admin/failwhale/", admin_overrides.error_test, name="wagtailadmin_error_test"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLocalesSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("tep-rieng/<path:name>", private_file, name="private_file"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("tim-kiem/", include("search.urls")),  # search: before Wagtail's catch-all
    path("xac-minh/", include("nominations.urls")),  # the certificates' verification page
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = home_views.page_not_found
handler500 = home_views.server_error
