"""The search box in Chromium: suggestions used from the keyboard, and the page without JS.

Browser tests (``-m browser``, run last by ``make test``, after the database tests); the
Chromium fixtures are the ones of tests/browser/. Screenshots go to
test-artifacts/screenshots/.
"""

from django.utils import translation

import pytest

from tests.database_copies import built_once
from tests.public_site import build_site
from tests.search.searching import add_search_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def searchable_site(live_server):
    with translation.override("vi"):
        content = add_search_content(build_site())
    return live_server.url, content


def test_suggestions_open_as_you_type_and_follow_the_keyboard(searchable_site, page, screenshot):
    url, content = searchable_site
    page.goto(f"{url}/vi/")
    box = page.locator("#site-search-q")
    box.click()
    box.type("khuoi ph", delay=30)
    listbox = page.locator("[role=listbox]")
    listbox.locator("[role=option]").first.wait_for()

    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    options = listbox.locator("[role=option]")
    assert options.count() == 1
    assert "Đường bê tông thôn Khuổi Phầy" in options.first.inner_text()
    assert options.first.locator("mark").all_inner_texts() == ["Khuổi", "Phầy"]

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "true"
    screenshot("search-suggestions")

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert not listbox.is_visible()
    assert box.get_attribute("aria-activedescendant") is None

    box.press("ArrowDown")  # reopens on the same suggestions
    assert box.get_attribute("aria-expanded") == "true"
    with page.expect_navigation():
        box.press("Enter")
    assert page.url == f"{url}/vi/cong-trinh/{content.work_road.slug}/"


def test_enter_without_a_suggestion_chosen_shows_the_results(searchable_site, page, screenshot):
    url, _content = searchable_site
    page.goto(f"{url}/vi/")
    box = page.locator("#site-search-q")
    box.fill("dinh lap")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url == f"{url}/vi/tim-kiem/?q=dinh+lap"
    titles = page.locator(".search-result__title").all_inner_texts()
    assert "Sôi nổi phong trào thi đua ở Đình Lập" in titles
    assert page.locator(".search-result mark").first.inner_text() in ("Đình", "Lập")
    screenshot("search-results")

    page.goto(f"{url}/vi/tim-kiem/?q=xyzzy+khong+co")
    assert "Không tìm thấy kết quả nào" in page.locator(".search-summary").inner_text()
    screenshot("search-empty")


def test_the_search_works_without_javascript(searchable_site, chromium):
    url, _content = searchable_site
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    browser_page = context.new_page()
    try:
        browser_page.goto(f"{url}/vi/")
        box = browser_page.locator("#site-search-q")
        assert box.get_attribute("role") is None
        box.fill("Khuổi Phầy")
        with browser_page.expect_navigation():
            box.press("Enter")
        assert browser_page.locator(".search-result__title").all_inner_texts() == [
            "Đường bê tông thôn Khuổi Phầy"
        ]
        browser_page.select_option("select[name=district]", label="Huyện Tràng Định")
        with browser_page.expect_navigation():
            browser_page.get_by_role("button", name="Lọc").click()
        assert "Không tìm thấy kết quả nào" in browser_page.locator(".search-summary").inner_text()
    finally:
        context.close()
