"""A visitor's journey through the public site in Chromium, at phone and desktop widths.

Home → the list of campaigns → the 2020 plan → the honor roll filtered by a district → an exemplar's page → the same
page in English. Screenshots of every step are saved under test-artifacts/screenshots/.
"""

import re

import pytest

from campaigns.models import Unit
from exemplars.models import Exemplar

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def open_menu_if_folded(page):
    """On phones the main menu is folded into a <details> element."""
    toggle = page.locator(".site-nav__toggle")
    if toggle.is_visible():
        nav = page.locator("[data-site-nav]")
        if nav.get_attribute("open") is None:
            toggle.click()


def open_filters_if_folded(page):
    """On phones the listing's filter box is folded, so that the first screen shows results."""
    box = page.locator("[data-filter-box]")
    folded = box.get_attribute("open") is None
    assert folded == (page.viewport_name == "phone")
    if folded:
        page.locator(".filter-box__toggle").click()


def test_visitor_reads_plan_filters_honor_roll_and_switches_language(demo_site, page, screenshot):
    page.goto(f"{demo_site}/vi/")
    assert "Cán bộ Mặt trận Đoàn kết" in page.locator("main").inner_text()
    screenshot("01-home")

    open_menu_if_folded(page)
    with page.expect_navigation():
        page.locator(".site-nav__list a", has_text="Các đợt thi đua").click()
    assert page.locator(".campaign-item").count() == 2  # the running campaign and the 2020 plan
    screenshot("02-campaigns")
    with page.expect_navigation():
        page.locator(".campaign-item--ended .campaign-item__title a").click()
    plan_text = page.locator("main").inner_text()
    assert "Nông Lương Chấn" in plan_text
    assert "28/02/2020" in plan_text and "02/11/2020" in plan_text
    screenshot("02-plan")

    open_menu_if_folded(page)
    with page.expect_navigation():
        page.locator(".site-nav__list a", has_text="Điển hình tiên tiến").first.click()
    district = Unit.objects.districts().get(name="Huyện Tràng Định")
    expected = set(
        Exemplar.objects.filter(district.subtree_filter(), live=True, locale__language_code="vi").values_list(
            "name", flat=True
        )
    )
    assert expected, "the demo content has exemplars in Tràng Định"
    open_filters_if_folded(page)
    page.select_option("select[name=district]", label="Huyện Tràng Định")
    with page.expect_navigation():
        page.get_by_role("button", name="Lọc").click()
    assert f"district={district.pk}" in page.url
    shown = set(page.locator(".card--exemplar .card__title").all_inner_texts())
    assert shown and shown <= expected
    screenshot("03-honor-roll-filtered")

    first_card = page.locator(".card--exemplar .card__title a").first
    name = first_card.inner_text()
    with page.expect_navigation():
        first_card.click()
    assert page.locator("h1").inner_text().strip() == name.strip()
    assert re.search(r"/vi/[^/]+/[^/]+/$", page.url)
    screenshot("04-exemplar")

    slug = page.url.rstrip("/").rsplit("/", 1)[-1]
    with page.expect_navigation():
        page.locator(".lang-switch a[hreflang=en]").click()
    assert page.url.startswith(f"{demo_site}/en/") and page.url.rstrip("/").endswith(slug)
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot("05-exemplar-english")


def test_keyboard_user_reaches_main_content_through_the_skip_link(demo_site, page):
    page.goto(f"{demo_site}/vi/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
