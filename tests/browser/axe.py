"""axe-core in the browser tests: the serious and critical violations on a page.

axe-core comes from npm, pinned in tests/browser/package.json and its lock file;
``make install-test`` installs it with ``npm ci`` (nothing is fetched while the tests run).
A laptop without npm skips the accessibility checks with that reason; CI never skips them.
"""

import os
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def violations(browser_page) -> list[dict]:
    """axe's serious and critical violations on the page as it stands (five nodes each)."""
    if not AXE.exists():
        reason = "axe-core is not installed: run `npm ci --prefix tests/browser` (make install-test does)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    browser_page.add_script_tag(path=str(AXE))
    result = browser_page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": item["id"], "impact": item["impact"], "nodes": [node["target"] for node in item["nodes"]][:5]}
        for item in result["violations"]
        if item["impact"] in BLOCKING
    ]
