"""An officer sends their unit's registration and a work up; the unit above approves the work.

In Chromium, through the real Wagtail admin: the commune officer of Thị trấn Thất Khê
logs in, sends the emulation registration and an accepted work to the unit above; the
standing board of Tràng Định (the unit above) reads the work, read-only, and approves
it, which publishes it; the public gallery shows it; an officer of another district
cannot reach it in the admin.
"""

from datetime import timedelta

from django.utils import timezone

import pytest

from campaigns.factories import UnitFactory, create_seed_plan_campaign
from campaigns.models import Registration, ReviewState, Unit
from exemplars.factories import WorkGalleryPageFactory
from exemplars.models import Work, WorkStatus
from home.demo import DemoContext, load_site
from intranet.roles import Role
from tests.database_copies import built_once

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WORK_TITLE = "Nhà văn hóa khối 3 thị trấn Thất Khê"


@pytest.fixture
@built_once
def organisation(live_server):
    ctx = DemoContext()
    load_site(ctx)
    home = ctx.home_page()
    today = timezone.localdate()
    create_seed_plan_campaign(
        parent=home,
        title="Kế hoạch thi đua năm nay",
        slug="ke-hoach-nam-nay",
        start_date=today - timedelta(days=20),
        registration_deadline=today + timedelta(days=7),
        end_date=today + timedelta(days=270),
        closing_date=today + timedelta(days=270),
    )
    WorkGalleryPageFactory(parent=home, title="Công trình chào mừng", slug="cong-trinh")
    district = Unit.objects.get(code="180")
    commune = UnitFactory(code="06040", name="Thị trấn Thất Khê", parent=district)
    member("canbo.thatkhe", commune, Role.OFFICER)
    member("thuongtruc.trangdinh", district, Role.REVIEWER)
    member("canbo.binhgia", Unit.objects.get(code="181"), Role.OFFICER)
    return live_server.url


def submit_form(page):
    """The editor footer's main button (Save draft)."""
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()


def send_for_review(page):
    """ "Gửi …" sits in the footer's drop-down menu; press it as the menu item would."""
    with page.expect_navigation():
        page.evaluate("document.querySelector('button[name=action-submit]').click()")


def test_officer_registers_reviewer_publishes_public_sees_others_cannot(organisation, page, screenshot):
    base = organisation

    log_in(page, base, "canbo.thatkhe")
    screenshot("11-officer-admin-home")
    page.goto(f"{base}/admin/snippets/campaigns/registration/add/")
    assert page.locator("#id_unit option:checked").inner_text() == "Thị trấn Thất Khê"
    page.fill("#id_commitments", "Hoàn thành 01 nhà văn hóa chào mừng Đại hội.")
    page.fill("#id_works_committed", "1")
    screenshot("12-officer-registration-form")
    send_for_review(page)
    registration = Registration.objects.get(unit__code="06040")
    assert registration.review_state == ReviewState.SUBMITTED and registration.submitted_at is not None

    page.goto(f"{base}/admin/snippets/exemplars/work/add/")
    page.fill("#id_title", WORK_TITLE)
    page.fill("#id_summary", "Nhà văn hóa 120 chỗ ngồi do nhân dân góp công xây dựng.")
    page.fill("#id_place", "Khối 3, thị trấn Thất Khê")
    page.fill("#id_value_vnd", "850000000")
    page.select_option("#id_status", "accepted")
    page.fill("#id_accepted_on", timezone.localdate().strftime("%d/%m/%Y"))
    send_for_review(page)
    work = Work.objects.get(title=WORK_TITLE)
    assert not work.live and work.workflow_in_progress
    screenshot("13-officer-work-sent")

    log_in(page, base, "thuongtruc.trangdinh")
    page.goto(f"{base}/admin/snippets/exemplars/work/edit/{work.pk}/")
    assert page.locator("#id_title").is_disabled(), "the reviewer reads the dossier as sent"
    screenshot("14-reviewer-reads")
    with page.expect_navigation():
        page.locator(
            "footer [data-workflow-action-name=approve]"
        ).click()  # "Duyệt", the footer's main button
    work.refresh_from_db()
    assert work.live and work.status == WorkStatus.ACCEPTED
    assert "không còn bước nào" in page.locator(".messages").inner_text()

    page.context.clear_cookies()
    page.goto(f"{base}/vi/cong-trinh/")
    assert WORK_TITLE in page.locator("main").inner_text()
    with page.expect_navigation():
        page.locator(".card__title a", has_text=WORK_TITLE).click()
    assert "850.000.000 đ" in page.locator("main").inner_text()
    screenshot("15-public-work")

    log_in(page, base, "canbo.binhgia")
    response = page.goto(f"{base}/admin/snippets/exemplars/work/edit/{work.pk}/")
    assert response.status in (403, 404)
    assert WORK_TITLE not in page.content()
    page.goto(f"{base}/admin/snippets/exemplars/work/")
    assert WORK_TITLE not in page.content()
    screenshot("16-other-officer-listing")
