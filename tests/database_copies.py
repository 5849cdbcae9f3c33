"""A browser test's world built once per process, then copied back, on SQLite.

A browser test runs against a live server, so Django empties the database after it and
the next test builds its world again: loading the demo takes most of a minute on a CI
machine, a chain's organisation several seconds, and most modules run the same fixture at
two screen widths. The test database of the SQLite run lives in memory, and SQLite's
backup API copies all of it in milliseconds. So ``built_once`` builds a world the first
time a test asks for it, keeps a copy of the whole database beside it, and copies it back
for every later test that asks for the same world (a fixture decorated with it, under
``@pytest.fixture``). On PostgreSQL (and for a database on disk) it simply builds the world
again, as before.

What the build returns is kept and handed out again as a deep copy: a test may change its
instances without the next test seeing it. Files the build writes (images, letters) stay
in the test run's media folders, which nothing empties between tests.
"""

import copy
import functools
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from django.db import connection

from tests.conftest import clear_caches

T = TypeVar("T")

_copies: dict[str, tuple[sqlite3.Connection, object]] = {}


def can_copy() -> bool:
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


def built_once(build: Callable[..., T]) -> Callable[..., T]:
    """``build`` as a fixture whose database and result are made once, then copied back.

    Its arguments must be the same for every test (``live_server``, ``chromium``), not a
    test's own (``tmp_path``): the first test's are the ones used.
    """
    world = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def fixture(*args, **kwargs) -> T:
        if not can_copy():
            return build(*args, **kwargs)
        connection.ensure_connection()
        if world in _copies:
            saved, result = _copies[world]
            saved.backup(connection.connection)
            clear_caches()  # Wagtail's site root paths and the fragments were the last test's
            return copy.deepcopy(result)
        result = build(*args, **kwargs)
        saved = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(saved)
        _copies[world] = (saved, copy.deepcopy(result))
        return result

    return fixture
