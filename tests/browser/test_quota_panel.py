"""The nomination form's quota panel follows the campaign the officer picks, in Chromium.

The officer of Bình Gia opens a new nomination and picks a campaign in the form's
drop-down: the panel names that campaign and brings its numbers (its script asks for the
panel again), without a reload: what was typed stays, and the refresh adds no
Content-Security-Policy violation.
"""

from datetime import date, timedelta

from django.utils import timezone

import pytest

from campaigns.factories import CampaignPageFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Quota, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.models import NominationDeadlineExtension
from tests.database_copies import built_once

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def campaigns(live_server):
    """The 2020 plan and the next year's, when Bình Gia (before the 2025 reform) still existed."""
    ctx = DemoContext()
    load_site(ctx)
    home = ctx.home_page()
    plan_2020 = create_seed_plan_campaign(parent=home)
    district = Unit.objects.get(code="181")
    plan_2021 = CampaignPageFactory(
        parent=home,
        title="Kế hoạch thi đua năm 2021",
        slug="ke-hoach-2021",
        start_date=date(2021, 2, 1),
        end_date=date(2021, 11, 18),
    )
    Quota.objects.create(
        page=plan_2021,
        award_type=AwardType.objects.get(slug="bang-khen-ubnd-tinh"),
        unit=district,
        collectives=5,
        individuals=3,
    )
    member("canbo.binhgia", district, Role.OFFICER)
    # Both deadlines are long past: the council reopened them for Bình Gia, so a new
    # nomination may still be made in either.
    for plan in (plan_2020, plan_2021):
        NominationDeadlineExtension.objects.create(
            campaign=plan,
            unit=district,
            until=timezone.localdate() + timedelta(days=30),
            reason="Bổ sung hồ sơ.",
        )
    return live_server.url, plan_2020, plan_2021


def test_the_quota_panel_follows_the_campaign_picked_on_the_form(campaigns, page, screenshot):
    base, plan_2020, plan_2021 = campaigns
    violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and violations.append(message.text),
    )

    log_in(page, base, "canbo.binhgia")
    page.goto(f"{base}/admin/snippets/nominations/nomination/add/")
    # The admin's report-only policy already logs Wagtail's own inline script on load.
    on_load = len(violations)
    page.fill("#id_name", "Ủy ban MTTQ Việt Nam xã Hồng Phong")

    page.select_option("#id_campaign", str(plan_2020.pk))
    page.get_by_text(f"trong đợt thi đua “{plan_2020.title}”").wait_for()
    text = page.locator("[data-nomination-guidance]").inner_text()
    assert "Chỉ tiêu của Huyện Bình Gia" in text and "0/2" in text
    assert "Bằng khen UBTW MTTQ Việt Nam: số lượng có văn bản hướng dẫn sau" in text

    page.select_option("#id_campaign", str(plan_2021.pk))
    page.get_by_text(f"trong đợt thi đua “{plan_2021.title}”").wait_for()
    text = page.locator("[data-nomination-guidance]").inner_text()
    assert "0/5" in text and "0/3" in text
    assert "số lượng có văn bản hướng dẫn sau" not in text, "that was the 2020 plan"
    assert page.input_value("#id_name") == "Ủy ban MTTQ Việt Nam xã Hồng Phong", "what was typed stays"
    screenshot("quota-panel-follows-campaign")
    assert len(violations) == on_load, "refreshing the panel runs no inline script"
