"""The scene the tests share: built once per pytest process, committed, reloaded per module.

Building the bilingual public site takes seconds and the organisation (units, members and
their records) a few more; about a hundred modules use them. Each is built the first time
a module asks for it and committed, so every later module starts from the same rows, in
the module-wide transaction of ``tests.conftest.module_db``, which rolls back whatever
the module adds or changes.

The scene only grows: none → the public site → the site and the organisation. The modules
run in that order (``tier_of`` and ``tests.conftest.pytest_collection_modifyitems``), so a
module that never asked for the organisation never sees its rows, and one that builds its
own world on an empty database runs before anything is committed. A transactional test
(threads or a live server) empties the database when it ends, as Django does; it starts
from the empty database too (``drop``), and the next module that asks rebuilds the scene.
"""

from dataclasses import dataclass, fields

from django.core.management import call_command
from django.db import connection
from django.utils import translation

from wagtail.models import Page

import pytest

from tests.public_site import PublicSite, build_site

NOTHING, SITE, ORGANISATION = 0, 1, 2
# The fixtures that need each level of the scene.
TIER_FIXTURES = {"org": ORGANISATION, "site": SITE}
TIER = pytest.StashKey[int]()


@dataclass
class Committed:
    """What this process has committed to its test database."""

    tier: int = NOTHING
    site: PublicSite | None = None
    organisation: object = None


committed = Committed()


def tier_of(fixturenames) -> int:
    return max((TIER_FIXTURES.get(name, NOTHING) for name in fixturenames), default=NOTHING)


def still_there() -> bool:
    return committed.site is not None and Page.objects.filter(pk=committed.site.home.pk).exists()


def ensure(tier: int) -> None:
    """Commit the scene up to ``tier`` (outside any transaction: the caller holds none)."""
    if committed.tier and not still_there():
        forget()
    if committed.tier > tier:
        raise RuntimeError(
            "a module that needs less of the shared scene runs after one that needed more: "
            "the modules must run in the order tests.conftest sorts them (with pytest-xdist, "
            "--no-loadscope-reorder keeps it)"
        )
    if tier >= SITE and committed.tier < SITE:
        with translation.override("vi"):
            committed.site = build_site()
        committed.tier = SITE
    if tier >= ORGANISATION and committed.tier < ORGANISATION:
        from tests.intranet.conftest import build_organisation

        with translation.override("vi"):
            committed.organisation = build_organisation(reload_site())
        committed.tier = ORGANISATION


def forget() -> None:
    committed.tier, committed.site, committed.organisation = NOTHING, None, None


def drop() -> None:
    """Empty the database as a transactional test's end does, keeping what migrations made."""
    if committed.tier == NOTHING:
        return
    contents = getattr(connection, "_test_serialized_contents", None)
    # As Django's TransactionTestCase: with a snapshot to restore, post_migrate's rows
    # (content types, permissions) come back from it, with their own keys.
    # Sequences are left where they are, as Django's own flush between tests does: the
    # snapshot's rows come back with their keys, and a sequence reset to 1 would hand
    # those keys out again (PostgreSQL; SQLite takes the highest key plus one).
    call_command(
        "flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=bool(contents)
    )
    if contents:
        connection.creation.deserialize_db_from_string(contents)
    forget()


def fresh(instance):
    """``instance`` as now stored: a module may have changed its copy, never the rows."""
    if instance is None:
        return None
    if isinstance(instance, Page):
        return type(instance).objects.get(pk=instance.pk)
    return type(instance)._default_manager.get(pk=instance.pk)


def reload_site() -> PublicSite:
    site = committed.site
    reloaded = {
        "ctx": type(site.ctx)(),
        "award_types": {slug: fresh(award) for slug, award in site.award_types.items()},
        "districts": {code: fresh(unit) for code, unit in site.districts.items()},
    }
    for item in fields(PublicSite):
        if item.name not in reloaded:
            reloaded[item.name] = fresh(getattr(site, item.name))
    return PublicSite(**reloaded)


def reload_organisation(site: PublicSite):
    """The organisation's records, each read again, under the module's own ``site``."""
    organisation = committed.organisation
    copies = {
        item.name: {key: fresh(value) for key, value in getattr(organisation, item.name).items()}
        for item in fields(organisation)
        if item.name != "site"
    }
    return type(organisation)(site=site, **copies)
