"""Fixtures shared by the suite: the public site and the organisation, built once per run.

Building the bilingual public site takes about ten seconds and the intranet's organisation
a few more, so they are built once and committed to the test database, the first time a
test asks for them (``tests.database_layers``). Every test still runs in a transaction
rolled back afterwards (the ``db`` fixture), so a test may add or change rows without
disturbing the next one. ``site`` and ``org`` hand each module its own copies of the
objects, read back from the database, so what one module changes in memory stays there.

Modules add their own items through module-scoped fixtures that request ``site`` and use
``django_db_blocker``, as ``tests/home/test_query_counts.py`` does: ``module_db`` keeps
them in a transaction open for the module and rolled back after its last test.

The tests are ordered so that each layer is built once: tests on the bare database first,
then those on the site, then those on the organisation, then the transactional ones (the
browser tests last), which start from the database as the migrations left it.
"""

from django.db import transaction
from django.utils import translation

import pytest

from tests import database_layers
from tests.database_layers import clear_caches
from tests.public_site import PublicSite, build_site  # noqa: F401 - browser tests import it from here


def pytest_collection_modifyitems(config, items):
    database_layers.order(items)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, and a snapshot of it as the migrations left it."""
    with django_db_blocker.unblock():
        database_layers.take_snapshot()
    yield


@pytest.fixture(scope="module", autouse=True)
def _database_layer(request):
    """Brings the test database to the layer this module's next tests stand on."""
    level = database_layers.level_for(request._pyfuncitem)
    if level is None:
        return
    request.getfixturevalue("django_db_setup")
    blocker = request.getfixturevalue("django_db_blocker")
    with blocker.unblock():
        database_layers.reach(level)


@pytest.fixture(scope="module")
def module_db(_database_layer, django_db_setup, django_db_blocker):
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
        return database_layers.module_site()


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
