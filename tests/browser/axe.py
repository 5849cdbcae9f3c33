"""axe-core in the browser tests: the serious and critical violations on a page.

axe-core is vendored under tests/browser/vendor/axe-core/ (its minified build and
MPL-2.0 licence, from npm's ``axe-core``): nothing is fetched while the tests run.
"""

from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def violations(browser_page) -> list[dict]:
    """axe's serious and critical violations on the page as it stands (five nodes each)."""
    browser_page.add_script_tag(path=str(AXE))
    result = browser_page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": item["id"], "impact": item["impact"], "nodes": [node["target"] for node in item["nodes"]][:5]}
        for item in result["violations"]
        if item["impact"] in BLOCKING
    ]
