"""Under the enforced Content-Security-Policy, the public pages still draw and their JS still runs.

Chromium reports every blocked script, style or request in the console; none may appear
on the home page, the plan page (timeline bars) or while the search box suggests.
"""

from django.utils import translation

import pytest

from tests.database_copies import built_once
from tests.public_site import build_site
from tests.search.searching import add_search_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def public_site(live_server):
    with translation.override("vi"):
        site = build_site()
        add_search_content(site)
    return live_server.url, site


def test_no_policy_violation_and_the_scripts_still_work(public_site, page):
    url, site = public_site
    violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations.append(message.text),
    )

    page.goto(f"{url}/vi/")
    response = page.request.get(f"{url}/vi/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    bar = page.locator(".progress__bar")
    assert bar.evaluate("element => element.getBoundingClientRect().width") > 0  # width from its class

    box = page.locator("#site-search-q")
    box.click()
    box.type("khuoi ph", delay=30)
    page.locator("[role=listbox] [role=option]").first.wait_for()  # search.js fetched suggestions
    assert box.get_attribute("aria-expanded") == "true"

    page.goto(f"{url}{site.campaign.url}")
    phases = page.locator(".timeline-bar__phase")
    if page.locator(".timeline-bar").is_visible():
        lefts = [phases.nth(i).evaluate("element => element.offsetLeft") for i in range(phases.count())]
        assert lefts == sorted(lefts) and lefts[-1] > 0  # positioned by their classes

    assert violations == []
