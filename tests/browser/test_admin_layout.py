"""The officer's and the reviewer's admin screens fit a phone (390 px) and a desktop (1366 px).

In Chromium, at both widths: the admin home's title is not under the menu button and the
unit's panel lines up with it; on a new nomination the campaign and unit share the form's
width (nothing runs off the screen or under the minimap) and the quota table scrolls in
its own box; the listing's last column can be scrolled to; the reviewer's approve and
return buttons are on screen when the dossier opens, not after the whole form; a file
already sent shows its name, not its storage path. axe-core finds no serious or critical
violation on these screens. Every screen is saved as a test artifact
(test-artifacts/screenshots/admin-*.png).
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

import pytest

from campaigns.factories import RegistrationFactory, create_seed_plan_campaign, review
from campaigns.models import ReviewState, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.models import NominationDeadlineExtension
from tests.database_copies import built_once
from tests.files import PDF_BYTES as PDF

from .axe import violations
from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def unit_records(live_server):
    """A district officer of the 2020 plan (reopened for nominations) whose registration,
    with its letter, waits for the province's standing board."""
    ctx = DemoContext()
    load_site(ctx)
    plan = create_seed_plan_campaign(parent=ctx.home_page())
    district = Unit.objects.get(code="181")  # Huyện Bình Gia
    province = Unit.objects.get(code="20")
    officer = member("canbo.binhgia", district, Role.OFFICER)
    officer.first_name, officer.last_name = "Lương Thị", "Hạnh"
    officer.save()
    member("thuongtruc.tinh", province, Role.REVIEWER)
    # Reopened for the district, so the plan (and its long title) is offered on the form.
    NominationDeadlineExtension.objects.create(
        campaign=plan, unit=district, until=timezone.localdate() + timedelta(days=30), reason="Bổ sung hồ sơ."
    )
    registration = RegistrationFactory(
        campaign=plan, unit=district, commitments="Cam kết của huyện", state=ReviewState.DRAFT
    )
    registration.file.save("dang-ky-thi-dua.pdf", ContentFile(PDF))
    registration = review(registration, ReviewState.SUBMITTED, by=officer)
    return live_server.url, registration


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def fits_the_width(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_officer_screens_fit_phone_and_desktop(unit_records, page, screenshot):
    base, _registration = unit_records
    log_in(page, base, "canbo.binhgia")
    width = page.viewport_size["width"]

    # The admin home: the title clear of the menu button, the unit's panel in line with it.
    page.goto(f"{base}/admin/")
    title = box(page, ".w-dashboard h1")
    panel = box(page, ".unit-tasks")
    toggle = (
        page.locator(".sidebar-nav-toggle--mobile").bounding_box() if page.viewport_name == "phone" else None
    )
    assert abs(panel["x"] - title["x"]) <= 2, "the unit's panel starts where the title does"
    assert panel["x"] + panel["width"] <= width, "the panel is not clipped"
    if toggle is not None:
        assert title["y"] >= toggle["y"] + toggle["height"], "the menu button does not cover the title"
    screenshot("admin-home")
    assert violations(page) == []

    # A new nomination: campaign and unit side by side within the form, quota table in its box.
    page.goto(f"{base}/admin/snippets/nominations/nomination/add/")
    if page.viewport_name == "desktop":
        page.click("#w-minimap-toggle")  # the minimap opened beside the form
        page.wait_for_timeout(500)
    unit = box(page, "select[name=unit]")
    campaign = box(page, "select[name=campaign]")
    assert unit["x"] + unit["width"] <= width
    assert campaign["x"] + campaign["width"] <= width
    if page.locator(".w-minimap").is_visible():
        minimap = box(page, ".w-minimap")
        assert unit["x"] + unit["width"] <= minimap["x"], "the unit does not run under the minimap"
        assert campaign["x"] + campaign["width"] <= minimap["x"], "nor does the campaign"
    assert fits_the_width(page), "nothing runs off the right edge"
    assert page.locator("select[name=unit] option").first.inner_text() != "---------"
    screenshot("admin-nomination-add")
    assert violations(page) == []

    # The registrations: the status column can be scrolled to on a phone.
    page.goto(f"{base}/admin/snippets/campaigns/registration/")
    assert fits_the_width(page)
    last_header = page.locator("#listing-results table.listing thead th").last
    last_header.scroll_into_view_if_needed()
    header = last_header.bounding_box()
    assert header["x"] >= 0 and header["x"] + header["width"] <= width + 1, "the last column is reachable"
    screenshot("admin-registration-list")
    assert violations(page) == []


def test_reviewer_reads_the_dossier_with_its_actions_on_screen(unit_records, page, screenshot):
    base, registration = unit_records
    log_in(page, base, "thuongtruc.tinh")
    page.goto(f"{base}/admin/snippets/campaigns/registration/edit/{registration.pk}/")
    height = page.viewport_size["height"]

    actions = box(page, "footer .actions, .footer .actions")
    assert actions is not None and actions["y"] + actions["height"] <= height, (
        "the approve and return buttons are on the first screen"
    )
    link = page.locator(".file-current a").first
    assert link.inner_text() == "dang-ky-thi-dua.pdf", "the file's name, not its storage path"
    assert fits_the_width(page)
    screenshot("admin-reviewer-registration")
    page.wait_for_timeout(1500)  # Wagtail's message banner fades in: axe reads colours mid-fade
    assert violations(page) == []
