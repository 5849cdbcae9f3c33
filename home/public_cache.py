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

Wagtail looks up the active ``Locale`` by its language code several times per request,
one query each time; ``cache_locale_lookups`` keeps the answer in the same cache, dropped
when a locale is saved or deleted.
"""

import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

GENERATION_KEY = "public-cache:generation"
LOCALE_KEY = "public-cache:locale:{}"
TIMEOUT = 24 * 60 * 60
"""Fragments unused for a day are recomputed: a bound on what a missed signal could cost."""


def generation() -> str:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    return value


def bump(**kwargs) -> None:
    """Forget every fragment (a signal receiver: the arguments are the signal's)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def remember(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept under ``key`` until the next change of public content (``None`` too)."""
    full_key = f"public-cache:{generation()}:{key}"
    kept = cache.get(full_key)
    if kept is None:
        kept = (compute(),)
        cache.set(full_key, kept, TIMEOUT)
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


def _forget_locales(sender, instance, **kwargs) -> None:
    from wagtail.coreutils import get_content_languages

    codes = {*get_content_languages(), instance.language_code}
    cache.delete_many([LOCALE_KEY.format(code) for code in codes])
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

        key = LOCALE_KEY.format(get_supported_content_language_variant(language_code))
        locale = cache.get(key)
        if locale is None:
            locale = uncached(self, language_code)
            cache.set(key, locale, TIMEOUT)
        return locale

    get_for_language.reads_cache = True
    get_for_language.__doc__ = uncached.__doc__
    LocaleManager.get_for_language = get_for_language


def connect_signals() -> None:
    """Bump the generation on every change that a cached fragment could show."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    # Any page saved (a draft, a publication, a translation) or deleted, in any subclass.
    post_save.connect(_bump_for_pages, dispatch_uid="public_cache.page_saved")
    post_delete.connect(_bump_for_pages, dispatch_uid="public_cache.page_deleted")
    page_published.connect(bump, dispatch_uid="public_cache.page_published")
    page_unpublished.connect(bump, dispatch_uid="public_cache.page_unpublished")
    post_page_move.connect(bump, dispatch_uid="public_cache.page_moved")
    for model in (PageViewRestriction, Site):
        post_save.connect(bump, sender=model, dispatch_uid=f"public_cache.{model.__name__}_saved")
        post_delete.connect(bump, sender=model, dispatch_uid=f"public_cache.{model.__name__}_deleted")
    post_save.connect(_forget_locales, sender=Locale, dispatch_uid="public_cache.locale_saved")
    post_delete.connect(_forget_locales, sender=Locale, dispatch_uid="public_cache.locale_deleted")
    for setting in _subclasses(BaseSiteSetting):
        post_save.connect(bump, sender=setting, dispatch_uid=f"public_cache.{setting._meta.label}_saved")


def _subclasses(cls) -> list:
    found = []
    for subclass in cls.__subclasses__():
        if not subclass._meta.abstract:
            found.append(subclass)
        found.extend(_subclasses(subclass))
    return found
