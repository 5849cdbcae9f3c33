"""Django's ``LocaleMiddleware``, except that it sends no address outside the languages to one.

Given a 404 on an address without a language prefix, Django tries the same address under
``/vi/`` and redirects there if it resolves; the public site's catch-all page route (inside
``i18n_patterns`` in ``config/urls.py``) resolves any address ending in a slash, so every
unknown admin address went on to ``/vi/admin/…`` and the public site's "page not found".
The sections mounted outside ``i18n_patterns`` (the admin, documents, private files, the
language switch) and the static and media files have no language version: a 404 there is
the answer, the admin's own page in the admin (Wagtail's catch-all renders it).
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

# The prefixes of config/urls.py's sections outside i18n_patterns, and of the files.
SECTIONS_WITHOUT_LANGUAGE = (
    "/admin/",
    "/documents/",
    "/tep-rieng/",
    "/i18n/",
    settings.STATIC_URL,
    settings.MEDIA_URL,
)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(SECTIONS_WITHOUT_LANGUAGE):
            # What Django does to a response it does not redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
