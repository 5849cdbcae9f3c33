"""Browser tests drive Debian's Chromium through Playwright's Python API.

They need /usr/bin/chromium: on a laptop without it they are skipped with that reason;
in CI (CI=true) a missing browser is a failure, never a skip. Playwright's sync API runs
an event loop in the test thread, so Django's async-safety check is relaxed for them.
"""

import os
import threading
import time
from pathlib import Path

from django.core.management import call_command
from django.core.signals import request_finished, request_started

import pytest

from tests.database_copies import built_once

from .chain_scene import Scene, artifacts_folder, build_organisation, dossier_files

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
# A common phone and a common laptop: the widths the issues name.
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: /usr/bin/chromium is missing")
        pytest.skip("Debian's Chromium is not installed (/usr/bin/chromium); apt-get install chromium")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django.db import connections

    from playwright.sync_api import sync_playwright

    # Playwright's event loop makes Django open a fresh connection object, which lacks
    # the database snapshot that serialized rollback restores between browser tests.
    snapshot = getattr(connections["default"], "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        if snapshot is not None:
            connections["default"]._test_serialized_contents = snapshot
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Answering:
    """How many requests the live server is answering, and when one last began or ended."""

    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.last = time.monotonic()

    def started(self, **kwargs):
        with self.lock:
            self.count += 1
            self.last = time.monotonic()

    def finished(self, **kwargs):
        with self.lock:
            self.count = max(0, self.count - 1)
            self.last = time.monotonic()

    def wait_until_quiet(self, quiet: float = 0.2, longest: float = 10.0) -> None:
        deadline = time.monotonic() + longest
        while time.monotonic() < deadline:
            with self.lock:
                if not self.count and time.monotonic() - self.last >= quiet:
                    return
            time.sleep(0.05)


@pytest.fixture(autouse=True)
def _live_server_answers_before_the_flush(live_server):
    """After a browser test, wait until the live server has answered every request before
    Django empties the database.

    A page closed at the end of a journey sends Wagtail's editing-session release as a
    beacon; answered while the database was being flushed, it held a table lock, the flush
    failed, and every later journey of that worker found the last one's pages.
    """
    answering = Answering()
    request_started.connect(answering.started)
    request_finished.connect(answering.finished)
    try:
        yield
        answering.wait_until_quiet()
    finally:
        request_started.disconnect(answering.started)
        request_finished.disconnect(answering.finished)


@pytest.fixture(params=list(VIEWPORTS))
def page(request, chromium):
    """A fresh browser page at phone or desktop width."""
    context = chromium.new_context(viewport=VIEWPORTS[request.param], locale="vi-VN", reduced_motion="reduce")
    browser_page = context.new_page()
    browser_page.viewport_name = request.param
    yield browser_page
    context.close()


@pytest.fixture
def screenshot(page):
    """Saves a full-page screenshot as a test artifact and returns its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = ARTIFACTS / f"{name}-{page.viewport_name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="module")
def artifacts() -> Path:
    """Where the award chains' journeys put their screenshots and papers (``$ARTIFACTS_DIR/award-chains/``)."""
    return artifacts_folder()


@pytest.fixture
@built_once
def demo_site(live_server) -> str:
    """The demo content (``manage.py load_demo``) on the live server: the public journeys' site."""
    call_command("load_demo", verbosity=0)
    return live_server.url


@pytest.fixture
@built_once
def chain_members(live_server) -> None:
    """The award chains' rows (``chain_scene.build_organisation``) on the live server's database."""
    build_organisation()


@pytest.fixture
def organisation(live_server, chain_members, chromium, tmp_path) -> Scene:
    """The award chains' scene (``chain_scene``): the plan, a commune of Tràng Định, everyone in the chains."""
    return Scene(live_server.url, dossier_files(tmp_path), chromium)


def pytest_collection_modifyitems(items):
    """Everything under tests/browser/ is a browser test (``-m browser`` selects them)."""
    for item in items:
        if "/tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
