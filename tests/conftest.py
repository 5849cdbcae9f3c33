"""Fixtures shared by the suite: the public site and the organisation, built once per run.

``site`` (see ``tests.public_site``) and ``org`` (``tests.intranet.conftest``) are
committed the first time a module asks for them (``tests.scene``) and read again for each
module, inside a transaction opened for the module and rolled back after its last test;
every test runs in a savepoint inside it (the ``db`` fixture), so a test may add or change
rows without disturbing the next one. Modules add their own items through module-scoped
fixtures that request ``site`` and use ``django_db_blocker``, as
``tests/home/test_query_counts.py`` does.
"""

from django.core.cache import caches
from django.db import transaction
from django.utils import translation

import pytest

from tests import scene
from tests.public_site import PublicSite


def clear_caches() -> None:
    """Empty every cache: the shared one, and each process's own (fragments, renditions)."""
    for cache in caches.all():
        cache.clear()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Modules run in the order the shared scene grows (``tests.scene``).

    Django's order first, as pytest-django sorts (plain database tests, then the
    transactional ones, then those without a database); within each, the modules that
    build their own world on an empty database come first, then those on the public site,
    then those on the organisation.
    """
    _refuse_transactional_tests_without_serialized_rollback(items)
    tiers = {}
    for item in items:
        module = item.getparent(pytest.Module)
        tiers[module] = max(tiers.get(module, scene.NOTHING), scene.tier_of(item.fixturenames))
    for module, tier in tiers.items():
        module.stash[scene.TIER] = tier
    position = {id(item): index for index, item in enumerate(items)}
    items.sort(
        key=lambda item: (_django_order(item), tiers[item.getparent(pytest.Module)], position[id(item)])
    )


def _refuse_transactional_tests_without_serialized_rollback(items) -> None:
    """Every transactional test must ask for serialized rollback, or the next one breaks.

    Django empties the database after a transactional test. Without serialized rollback
    it then sends ``post_migrate``, which writes the content types again under new keys
    and empties this process's cache of them; the next test that puts Django's snapshot
    back (every browser test does) fails on "UNIQUE constraint failed:
    django_content_type", far from the test that caused it (tests/test_database_copies.py).
    """
    wrong = [
        item.nodeid
        for item in items
        if _is_transactional(item)
        and not getattr(item.get_closest_marker("django_db"), "kwargs", {}).get("serialized_rollback")
    ]
    if wrong:
        raise pytest.UsageError(
            "Transactional tests must be marked django_db(transaction=True, serialized_rollback=True): "
            + ", ".join(wrong)
        )


def _django_order(item) -> int:
    if _is_transactional(item):
        return 1
    return 0 if item.get_closest_marker("django_db") is not None or "db" in item.fixturenames else 2


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.fixture(autouse=True)
def _transactional_tests_start_empty(request, django_db_blocker):
    """A transactional test finds the database as migrations left it, as Django promises."""
    if _is_transactional(request.node) and scene.committed.tier:
        with django_db_blocker.unblock():
            scene.drop()
    yield
    if _is_transactional(request.node):
        scene.forget()  # Django flushed the database after it


@pytest.fixture(scope="module")
def module_db(request, django_db_setup, django_db_blocker):
    """A transaction open for the whole module, rolled back after its last test."""
    with django_db_blocker.unblock():
        clear_caches()
        scene.ensure(request.node.stash.get(scene.TIER, scene.SITE))
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
        return scene.reload_site()


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
