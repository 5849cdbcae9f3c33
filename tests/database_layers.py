"""The data the tests stand on, built once per run and committed to the test database.

Three layers, each on top of the one before: the database as the migrations left it, the
public site (``tests.public_site``), the intranet's organisation (``tests.intranet.conftest``).
``order`` sorts the tests so that each layer is built once: tests on the bare database,
then those on the site, then those on the organisation, then the transactional tests
(the browser tests last). Before the first transactional test the database goes back to
the migrations' state (flushed, then reloaded from the snapshot taken after migrating), as
Django's serialized rollback does, so that the browser tests see what they always saw. A
test run in another order still gets the layer it needs: going down a layer resets the
database and builds up again.
"""

import copy
import dataclasses

from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import translation

import pytest

CLEAN, SITE, ORG, TRANSACTIONAL = range(4)
RUN_LEVEL = pytest.StashKey[int | None]()


class _State:
    level = CLEAN
    snapshot: str | None = None
    site = None
    org = None


state = _State()


def clear_caches() -> None:
    """Empty every cache: the shared one, and each process's own (fragments, renditions)."""
    for cache in caches.all():
        cache.clear()


# -- ordering -------------------------------------------------------------------------


def _transactional(item) -> bool:
    from django.test import TestCase, TransactionTestCase

    test_cls = getattr(item, "cls", None)
    if test_cls and issubclass(test_cls, TransactionTestCase):
        return not issubclass(test_cls, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


def _item_level(item) -> int | None:
    if _transactional(item):
        return TRANSACTIONAL
    names = getattr(item, "fixturenames", ())
    if "org" in names:
        return ORG
    if "site" in names:
        return SITE
    from django.test import TestCase

    test_cls = getattr(item, "cls", None)
    if "db" in names or "module_db" in names or item.get_closest_marker("django_db"):
        return CLEAN
    if test_cls and issubclass(test_cls, TestCase):
        return CLEAN
    return None


def _group(item, level) -> int:
    if level is None:
        return CLEAN
    if level == TRANSACTIONAL and ("/tests/browser/" in str(item.path) or item.get_closest_marker("browser")):
        return TRANSACTIONAL + 1
    return level


def _module(item) -> str:
    return item.nodeid.split("::", 1)[0]


def order(items) -> None:
    """Sort ``items`` by the layer they stand on, keeping the file order within a layer."""
    levels = {item: _item_level(item) for item in items}
    groups: dict[int, list] = {}
    for item in items:
        groups.setdefault(_group(item, levels[item]), []).append(item)
    ordered = [groups[key] for key in sorted(groups)]
    # A module whose tests end one group and start the next would keep its module-scoped
    # fixtures across the change of layer: its tests in the later group go to that group's end.
    for before, after in zip(ordered, ordered[1:], strict=False):
        module = _module(before[-1])
        leading = [item for item in after if _module(item) == module]
        if leading and len(leading) < len(after) and _module(after[0]) == module:
            after[:] = [item for item in after if _module(item) != module] + leading
    items[:] = [item for group in ordered for item in group]
    # Each run of consecutive tests of one module is brought to the highest layer it needs
    # when it starts (module-scoped fixtures live as long as the run).
    start = 0
    while start < len(items):
        end = start
        while end < len(items) and _module(items[end]) == _module(items[start]):
            end += 1
        run = [levels[item] for item in items[start:end] if levels[item] is not None]
        run_level = max(run) if run else None
        for item in items[start:end]:
            item.stash[RUN_LEVEL] = run_level
        start = end


def level_for(item) -> int | None:
    return item.stash.get(RUN_LEVEL, None)


# -- building and resetting -------------------------------------------------------------


def take_snapshot() -> None:
    """The database as the migrations left it (Django's serialized rollback keeps the same)."""
    connection = connections[DEFAULT_DB_ALIAS]
    if getattr(connection, "_test_serialized_contents", None) is None:
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    state.snapshot = connection._test_serialized_contents


def _reset() -> None:
    from django.contrib.contenttypes.models import ContentType

    call_command(
        "flush",
        verbosity=0,
        interactive=False,
        database=DEFAULT_DB_ALIAS,
        reset_sequences=False,
        inhibit_post_migrate=True,
    )
    connections[DEFAULT_DB_ALIAS].creation.deserialize_db_from_string(state.snapshot)
    ContentType.objects.clear_cache()
    clear_caches()
    state.site = state.org = None
    state.level = CLEAN


def reach(level: int) -> None:
    """Bring the (committed) database to ``level``; see the module's docstring."""
    connection = connections[DEFAULT_DB_ALIAS]
    assert not connection.in_atomic_block, "the layers are built outside any transaction"
    if level == TRANSACTIONAL:
        if state.level in (SITE, ORG):
            _reset()
        # Django's transactional tests flush the database after each test from now on.
        state.level = TRANSACTIONAL
        return
    if state.level == TRANSACTIONAL or state.level > level:
        _reset()
    if level >= SITE and state.level < SITE:
        _build(SITE)
    if level >= ORG and state.level < ORG:
        _build(ORG)


def _build(level: int) -> None:
    from tests.public_site import build_site

    with translation.override("vi"), transaction.atomic():
        if level == SITE:
            state.site = build_site()
        else:
            from tests.intranet.conftest import build_organisation

            state.org = build_organisation(module_site())
    clear_caches()
    state.level = level


# -- each module's own copies -------------------------------------------------------------


def _reload(value):
    """``value`` as now stored: model instances are read again, containers copied."""
    from django.db.models import Model

    if isinstance(value, Model):
        return type(value)._base_manager.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: _reload(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_reload(item) for item in value]
    return copy.deepcopy(value)


def module_site():
    """The public site for one module: its pages read again, its own demo context."""
    assert state.level in (SITE, ORG), "the public site is built (tests.database_layers.reach)"
    built = state.site
    return dataclasses.replace(
        built,
        ctx=copy.deepcopy(built.ctx),
        **{
            field.name: _reload(getattr(built, field.name))
            for field in dataclasses.fields(built)
            if field.name != "ctx"
        },
    )


def module_org(site):
    """The organisation for one module, on that module's copy of the site."""
    assert state.level == ORG, "the organisation is built (tests.database_layers.reach)"
    built = state.org
    return dataclasses.replace(
        built,
        site=site,
        **{
            field.name: _reload(getattr(built, field.name))
            for field in dataclasses.fields(built)
            if field.name != "site"
        },
    )
