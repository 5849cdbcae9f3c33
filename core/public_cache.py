"""What every public page shows and editors rarely change, computed once and kept in the cache.

The menu, the breadcrumbs, the language links, the footer's news listing and the
organisation's settings take about ten queries on every page, yet change only when an
editor saves or publishes a page, moves or deletes one, restricts who may see it, or
edits a site, a locale or a setting. Each such change bumps one *generation* number;
every fragment's cache key holds the generation it was computed in, so the next request
after a change computes the fragment afresh (the old entries expire on their own).

The cache is Django's default one: Redis when ``REDIS_URL`` is set, which every process
of a deployment shares; local memory otherwise, which is right for one process (the
laptop's runserver) but not for several, whose caches would not see each other's changes.

Each process also keeps what it read in its own memory (``LOCAL``, a local-memory cache
under the same generation keys), and reads the generation once per request: a page then
costs one Redis round trip for all its fragments instead of two per fragment, and a change
made by any process is still seen by every other on its next request. A change bumps the
generation at once (the editor's own request sees it) and again when its transaction
commits, so that no process keeps a fragment computed from the rows as they were before.

Wagtail looks up the active ``Locale`` by its language code several times per request,
one query each time; ``cache_locale_lookups`` keeps the answer in the same caches, dropped
when a locale is saved or deleted.
"""

import threading
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache, caches
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

GENERATION_KEY = "public-cache:generation"
LOCALE_KEY = "locale:{}"
TIMEOUT = 24 * 60 * 60
"""Fragments unused for a day are recomputed: a bound on what a missed signal could cost."""


LOCAL_ALIAS = "public-fragments"
"""The alias of this process's own cache (``CACHES`` in the settings: local memory)."""


class _RequestState(threading.local):
    in_request = False
    generation: str | None = None


_request = _RequestState()


def _local():
    return caches[LOCAL_ALIAS]


def _request_started(**kwargs) -> None:
    _request.in_request, _request.generation = True, None


def _request_finished(**kwargs) -> None:
    _request.in_request, _request.generation = False, None


def generation() -> str:
    """The current generation: read from the shared cache once per request (every time outside one)."""
    if _request.in_request and _request.generation is not None:
        return _request.generation
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    if _request.in_request:
        _request.generation = value
    return value


def _new_generation() -> None:
    value = uuid.uuid4().hex
    cache.set(GENERATION_KEY, value, None)
    if _request.in_request:
        _request.generation = value


def bump(**kwargs) -> None:
    """Forget every fragment (a signal receiver: the arguments are the signal's).

    Now, for the rest of this request, and again once the transaction commits: between
    the two, another process may have computed a fragment from the rows not yet committed.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


def _get(key: str):
    kept = _local().get(key)
    if kept is None:
        kept = cache.get(key)
        if kept is not None:
            _local().set(key, kept, TIMEOUT)
    return kept


def _set(key: str, kept) -> None:
    cache.set(key, kept, TIMEOUT)
    _local().set(key, kept, TIMEOUT)


def remember(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept under ``key`` until the next change of public content (``None`` too)."""
    full_key = f"public-cache:{generation()}:{key}"
    kept = _get(full_key)
    if kept is None:
        kept = (compute(),)
        _set(full_key, kept)
    return kept[0]


def public_pages(pages):
    """``pages.public()`` (Wagtail's ``PageQuerySet``), with the view restrictions read from the cache.

    ``public()`` reads every view restriction, one query each time; they change only when
    an editor restricts or opens a page, which bumps the generation.
    """
    from wagtail.models import Page

    return pages.exclude(remember("private-pages", lambda: Page.objects.all().private_q()))


def _bump_for_pages(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump()


def cache_locale_lookups() -> None:
    """Make ``Locale.objects.get_for_language`` (and so ``Locale.get_active``) read the cache.

    Wagtail calls it while routing, localizing pages and filtering snippets; a locale's
    row never changes in practice, so one query per language per cache lifetime is enough.
    """
    from wagtail.models.i18n import LocaleManager

    if getattr(LocaleManager.get_for_language, "reads_cache", False):
        return
    uncached = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        from wagtail.coreutils import get_supported_content_language_variant

        code = get_supported_content_language_variant(language_code)
        return remember(LOCALE_KEY.format(code), lambda: uncached(self, language_code))

    get_for_language.reads_cache = True
    get_for_language.__doc__ = uncached.__doc__
    LocaleManager.get_for_language = get_for_language


def _restricted_paths() -> tuple[list[str], bool]:
    from wagtail.models import Page, PageViewRestriction

    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
    return paths, Page.objects.filter(alias_of__isnull=False).exists()


def skip_view_restriction_queries() -> None:
    """Make ``Page.get_view_restrictions`` answer without a query for a page nothing restricts.

    Wagtail's ``check_view_restrictions`` hook asks on every page served: two queries (the
    ancestors, then their restrictions). The tree paths of the restricted pages are kept
    in the cache (saving or deleting a restriction, or a page, bumps the generation); a page
    under none of them has no restriction. Wagtail's own method answers for a page under
    one, and for every page while the site has aliases (whose restrictions are their
    source's, elsewhere in the tree).
    """
    from wagtail.models import Page, PageViewRestriction

    if getattr(Page.get_view_restrictions, "reads_cache", False):
        return
    uncached = Page.get_view_restrictions

    def get_view_restrictions(self):
        paths, has_aliases = remember("view-restriction-paths", _restricted_paths)
        if not has_aliases and self.path and not any(self.path.startswith(path) for path in paths):
            return PageViewRestriction.objects.none()
        return uncached(self)

    get_view_restrictions.reads_cache = True
    get_view_restrictions.__doc__ = uncached.__doc__
    Page.get_view_restrictions = get_view_restrictions


def connect_signals() -> None:
    """Bump the generation on every change that a cached fragment could show."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    request_started.connect(_request_started, dispatch_uid="public_cache.request_started")
    request_finished.connect(_request_finished, dispatch_uid="public_cache.request_finished")

    # Any page saved (a draft, a publication, a translation) or deleted, in any subclass.
    post_save.connect(_bump_for_pages, dispatch_uid="public_cache.page_saved")
    post_delete.connect(_bump_for_pages, dispatch_uid="public_cache.page_deleted")
    page_published.connect(bump, dispatch_uid="public_cache.page_published")
    page_unpublished.connect(bump, dispatch_uid="public_cache.page_unpublished")
    post_page_move.connect(bump, dispatch_uid="public_cache.page_moved")
    for model in (PageViewRestriction, Site):
        post_save.connect(bump, sender=model, dispatch_uid=f"public_cache.{model.__name__}_saved")
        post_delete.connect(bump, sender=model, dispatch_uid=f"public_cache.{model.__name__}_deleted")
    post_save.connect(bump, sender=Locale, dispatch_uid="public_cache.locale_saved")
    post_delete.connect(bump, sender=Locale, dispatch_uid="public_cache.locale_deleted")
    for setting in _subclasses(BaseSiteSetting):
        post_save.connect(bump, sender=setting, dispatch_uid=f"public_cache.{setting._meta.label}_saved")


def _subclasses(cls) -> list:
    found = []
    for subclass in cls.__subclasses__():
        if not subclass._meta.abstract:
            found.append(subclass)
        found.extend(_subclasses(subclass))
    return found
