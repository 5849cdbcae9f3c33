"""The front cache (Varnish, see site/): what it may keep, and purging it when content changes.

Two halves, both needed for a cache that never shows a visitor someone else's page or a
stale one:

- ``FrontCacheHeadersMiddleware`` decides, in Django, which responses a shared cache may
  keep: an anonymous GET of a public page that answers 200, sets no cookie and used no
  CSRF token. Those get ``Cache-Control: public, max-age=0, s-maxage=…`` (browsers check
  again, Varnish keeps them); every other response without its own Cache-Control gets
  ``private, no-cache``. Varnish (site/varnish/default.vcl.in) caches only ``public``.
- Purging: publishing, unpublishing, moving or deleting a page purges the page (all its
  translations and routed paths: feeds) and every listing page (home, plans, news
  indexes, works gallery, honor roll, each in both languages) and the sitemap. A page type
  that lists other content says so with ``front_cache_listing = True``; apps purge
  snippets' own URLs through ``purge_with_listings``. A page in the main menu, or the
  organisation settings, appear on every page: changing them purges everything. Purges run
  in the editor's request (not as a task) as soon as the change is committed, so the
  change is visible at once.

Varnish bans by path, whatever the query string: purging ``/vi/tin-tuc/`` also purges
``/vi/tin-tuc/?page=2&tag=…``.
"""

import http.client
import logging
from copy import copy
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.cache import patch_cache_control

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page, get_page_models

logger = logging.getLogger(__name__)

SITEMAP_PATH = "/sitemap.xml"
# Never shared, whoever asks: the admin, the intranet's files, documents (their collection
# may be restricted), the language switch, search and its suggestions.
PRIVATE_PATH_PREFIXES = ("/admin/", "/documents/", "/tep-rieng/", "/i18n/", "/django-admin/")
PRIVATE_PATH_PARTS = ("/tim-kiem/",)


# ---------------------------------------------------------------------------
# Which responses a shared cache may keep
# ---------------------------------------------------------------------------
def is_shareable(request, response) -> bool:
    """True when any anonymous visitor would get exactly this response."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.has_header("Cache-Control") or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):  # the page carries a form with a CSRF token
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    path = request.path
    if path.startswith(PRIVATE_PATH_PREFIXES) or any(part in path for part in PRIVATE_PATH_PARTS):
        return False
    return True


class FrontCacheHeadersMiddleware:
    """Marks each response shareable by the front cache, or private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.FRONT_CACHE_SECONDS)
        elif not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response


# ---------------------------------------------------------------------------
# Wagtail's frontend_cache backend for Varnish
# ---------------------------------------------------------------------------
class VarnishBackend(BaseBackend):
    """Sends PURGE requests to Varnish over one kept-alive connection, with a timeout.

    Wagtail's HTTPBackend opens a connection per URL and waits without a limit; an editor's
    publish should neither wait on a hung cache nor fail because of one (errors are logged).
    ``ban_everything`` sends ``X-Purge-All``, which the VCL turns into a ban of every object.
    """

    TIMEOUT = 2

    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.host, self.port = location.hostname, location.port or 80

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        self._send([(urlsplit(url), {}) for url in urls])

    def ban_everything(self) -> None:
        self._send([(urlsplit("/"), {"X-Purge-All": "1"})])

    def _send(self, requests) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.TIMEOUT)
        try:
            for url, headers in requests:
                path = url.path or "/"
                connection.request(
                    "PURGE",
                    f"{path}?{url.query}" if url.query else path,
                    headers={"Host": url.netloc or "localhost", **headers},
                )
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    logger.error("Varnish refused to purge %s: %s", path, response.status)
        except OSError as error:
            logger.error("Could not purge the front cache: %s", error)
        finally:
            connection.close()


# ---------------------------------------------------------------------------
# What to purge when content changes
# ---------------------------------------------------------------------------
def listing_page_models() -> list[type]:
    """Page types declaring ``front_cache_listing = True``: they show other pages or snippets.

    A declaration on the page type rather than a list here: this app is below every page
    type and may not name them.
    """
    return [model for model in get_page_models() if getattr(model, "front_cache_listing", False)]


def page_urls(page, cache_object=None) -> set[str]:
    """The page's full URLs in every language, with its routed paths (feeds)."""
    urls = set()
    for translation in page.get_translations(inclusive=True).live().specific(defer=True):
        base = translation.get_full_url(cache_object)
        if base:
            urls.update(base + path.lstrip("/") for path in translation.get_cached_paths())
    return urls


def listing_urls(cache_object=None) -> set[str]:
    """Every live listing page's URLs in every language, and the sitemap."""
    urls = set()
    for model in listing_page_models():
        for page in model.objects.live().public():
            base = page.get_full_url(cache_object)
            if base:
                urls.update(base + path.lstrip("/") for path in page.get_cached_paths())
    return urls | {sitemap_url(cache_object)}


def sitemap_url(cache_object=None) -> str:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + SITEMAP_PATH


def purge_urls(urls) -> None:
    """Purge both languages of each URL (Wagtail's task, called inline) once the change is saved.

    On commit: purged earlier, a reader's request could put the old page back in the cache
    before the transaction ends. Outside a transaction it runs at once.
    """
    if urls and get_backends():
        transaction.on_commit(partial(purge_urls_from_cache_task.call, sorted(urls)))


def purge_everything() -> None:
    def ban():
        for backend in get_backends().values():
            if hasattr(backend, "ban_everything"):
                backend.ban_everything()

    transaction.on_commit(ban)


def purge_with_listings(urls=()) -> None:
    """Purge ``urls`` and every listing page: how apps purge a published snippet."""
    if get_backends():
        purge_urls(set(urls) | listing_urls(cache_object=_Cache()))


class _Cache:
    """Holds the site root paths Wagtail computes once per purge (``cache_object``)."""


def appears_on_every_page(page) -> bool:
    """A page in the main menu (a home page's child shown in menus) or a home page itself."""
    return page.show_in_menus and page.depth <= 3


# ---------------------------------------------------------------------------
# Signal handlers (connected in CoreConfig.ready)
# ---------------------------------------------------------------------------
def page_changed(sender, instance, **kwargs):
    if not get_backends():
        return
    if appears_on_every_page(instance):
        purge_everything()
        return
    cache_object = _Cache()
    purge_urls(
        page_urls(instance, cache_object) | _own_urls(instance, cache_object) | listing_urls(cache_object)
    )


def _own_urls(page, cache_object) -> set[str]:
    """The page's own URL even when it is no longer live (unpublished, being deleted)."""
    base = page.get_full_url(cache_object)
    if not base:
        return set()
    return {base + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()}


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """Purge the page and its descendants at their old addresses, then as published."""
    if not get_backends() or url_path_before == url_path_after:
        return
    cache_object = _Cache()
    urls = set()
    for page in Page.objects.descendant_of(instance, inclusive=True).live():
        before = copy(page)
        before.url_path = url_path_before + page.url_path[len(url_path_after) :]
        urls |= _own_urls(before, cache_object)
    if appears_on_every_page(instance):
        purge_everything()
    purge_urls(urls | page_urls(instance, cache_object) | listing_urls(cache_object))


def slug_changed(sender, instance, instance_before, **kwargs):
    if get_backends():
        purge_urls(_own_urls(instance_before, _Cache()))


def settings_changed(sender, instance, **kwargs):
    """Organisation settings show in every page's footer."""
    if get_backends():
        purge_everything()


def connect_signals() -> None:
    from django.db.models.signals import post_save

    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    from .models import OrganisationSettings

    page_published.connect(page_changed, dispatch_uid="core.front_cache.published")
    # Deleting a live page sends page_unpublished first (Wagtail's pre_delete handler).
    page_unpublished.connect(page_changed, dispatch_uid="core.front_cache.unpublished")
    post_page_move.connect(page_moved, dispatch_uid="core.front_cache.moved")
    page_slug_changed.connect(slug_changed, dispatch_uid="core.front_cache.slug")
    post_save.connect(settings_changed, sender=OrganisationSettings, dispatch_uid="core.front_cache.settings")
