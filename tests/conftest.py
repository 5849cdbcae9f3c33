"""Fixtures shared by the suite: the public site, built once per test module.

``site`` (see ``tests.public_site``) lives in a transaction opened for the module and
rolled back after its last test; every test runs in a savepoint inside it (the ``db``
fixture), so a test may add or change rows without disturbing the next one. Modules add
their own items through module-scoped fixtures that request ``site`` and use
``django_db_blocker``, as ``tests/home/test_query_counts.py`` does.
"""

from django.core.cache import caches
from django.db import transaction
from django.utils import translation

import pytest

from tests.public_site import PublicSite, build_site


def clear_caches() -> None:
    """Empty every cache: the shared one, and each process's own (fragments, renditions)."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction open for the whole module, rolled back after its last test."""
    with django_db_blocker.unblock():
        clear_caches()
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            clear_caches()


@pytest.fixture(scope="module")
def site(module_db, django_db_blocker) -> PublicSite:
    with django_db_blocker.unblock(), translation.override("vi"):
        return build_site()


@pytest.fixture(autouse=True)
def _fresh_request_state():
    """Each test starts in Vietnamese with an empty cache.

    Wagtail caches the site root paths and image renditions; rows made by an earlier test
    were rolled back, so what the cache remembers of them must go too.
    """
    clear_caches()
    translation.activate("vi")
    yield
    translation.activate("vi")
