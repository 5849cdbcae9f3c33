"""One running stack (site/stack.sh) for every test of this folder; see running_stack.py."""

import shutil

import pytest

from tests.stack.running_stack import RunningStack, alive, own_database_and_redis


def missing_services() -> list[str]:
    needed = ("nginx", "varnishd", "varnishadm", "pg_isready", "pg_dump", "psql", "redis-cli", "openssl")
    return [name for name in needed if shutil.which(name) is None]


def pytest_collection_modifyitems(items):
    missing = missing_services()
    if missing:
        skip = pytest.mark.skip(
            reason=f"the stack needs {', '.join(missing)} (apt-get install nginx varnish)"
        )
        for item in items:
            if "stack" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def stack():
    """Started once; stopping it must leave none of its processes running."""
    running = RunningStack("test", extra_env=own_database_and_redis()).start()
    pids = {}
    try:
        pids = running.pids()
        yield running
    finally:
        pids.update(running.pids())
        running.stop()
    left = {name: pid for name, pid in pids.items() if alive(pid)}
    assert not left, f"still running after the stack stopped: {left}"
