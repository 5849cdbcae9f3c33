"""The nomination form in Chromium: a birth year is picked, a typed date stays, the lists follow the campaign.

The officer of Bình Gia opens a new nomination. The birth date's calendar opens some forty
years back and its year list reaches 1975; 31/02/1990 typed in the box stays as typed when
the box loses focus (Wagtail's picker made it 03/03/1990). Picking another campaign brings
that campaign's criteria, keeps what was typed, and a collective loses the individual's
required marks. A collective's form hides the person's fields (position, gender, birth date,
ethnicity, ID number, phone, portrait and consent), when the kind is switched and when a
saved collective opens; switching back shows them as typed.
"""

from datetime import date, timedelta

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from campaigns.factories import CampaignPageFactory, create_seed_plan_campaign
from campaigns.models import AwardType, CampaignCriterion, NomineeKind, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.factories import NominationFactory
from nominations.models import NominationDeadlineExtension
from tests.database_copies import built_once
from tests.intranet.nominations import PERSON_FIELDS

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW_CRITERION = "Tổ hòa giải thôn tiêu biểu"
PICKER = ".xdsoft_datetimepicker:visible"


@pytest.fixture
@built_once
def campaigns(live_server):
    """The 2020 plan and the next year's (with its own criterion), both reopened for Bình Gia."""
    ctx = DemoContext()
    load_site(ctx)
    home = ctx.home_page()
    plan_2020 = create_seed_plan_campaign(parent=home)
    plan_2021 = CampaignPageFactory(
        parent=home,
        title="Kế hoạch thi đua năm 2021",
        slug="ke-hoach-2021",
        start_date=date(2021, 2, 1),
        end_date=date(2021, 11, 18),
        criteria=[
            CampaignCriterion(
                target_group=NEW_CRITERION,
                nominee_kind=NomineeKind.INDIVIDUAL,
                body="<p>Hòa giải thành 100% vụ việc.</p>",
            )
        ],
    )
    district = Unit.objects.get(code="181")
    for plan in (plan_2020, plan_2021):
        NominationDeadlineExtension.objects.create(
            campaign=plan,
            unit=district,
            until=timezone.localdate() + timedelta(days=30),
            reason="Bổ sung hồ sơ.",
        )
    member("canbo.binhgia", district, Role.OFFICER)
    return live_server.url, plan_2020, plan_2021


def pick_year(page, year: int) -> None:
    """Open the calendar's year list, scroll it with the wheel to ``year`` and click it."""
    page.locator(f"{PICKER} .xdsoft_year").first.click()
    years = page.locator(f"{PICKER} .xdsoft_year .xdsoft_select").first
    option = years.locator(f".xdsoft_option[data-value='{year}']")
    box = years.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(60):
        shown = option.bounding_box()
        if box["y"] <= shown["y"] and shown["y"] + shown["height"] <= box["y"] + box["height"]:
            break
        page.mouse.wheel(0, -100 if shown["y"] < box["y"] else 100)
        page.wait_for_timeout(50)
    option.click()


def required_marked(page, field_id: str) -> bool:
    return page.locator(f"label[for='{field_id}'] .w-required-mark").count() == 1


def test_a_birth_year_is_picked_and_the_criteria_follow_the_campaign(campaigns, page, screenshot):
    base, plan_2020, plan_2021 = campaigns
    log_in(page, base, "canbo.binhgia")
    page.goto(f"{base}/admin/snippets/nominations/nomination/add/")
    page.fill("#id_name", "Hoàng Thị Mai")

    page.fill("#id_birth_date", "31/02/1990")
    page.click("#id_name")
    assert page.input_value("#id_birth_date") == "31/02/1990", "not turned into 03/03/1990"

    page.fill("#id_birth_date", "")
    page.click("#id_name")  # a click on the box while its calendar is open would close it
    page.click("#id_birth_date")
    page.locator(PICKER).wait_for()
    shown_year = page.locator(f"{PICKER} .xdsoft_year > span").first.inner_text()
    assert shown_year == str(timezone.localdate().year - 40), "opens on a plausible birth year"
    pick_year(page, 1975)
    page.locator(f"{PICKER} td.xdsoft_date[data-date='5'][data-month='0'][data-year='1975']").click()
    assert page.input_value("#id_birth_date") == "05/01/1975"
    screenshot("birth-year-picked")

    page.select_option("#id_campaign", str(plan_2020.pk))
    page.get_by_text(f"trong đợt thi đua “{plan_2020.title}”").wait_for()
    assert page.locator("#id_criteria").get_by_text(NEW_CRITERION).count() == 0
    page.select_option("#id_campaign", str(plan_2021.pk))
    page.locator("#id_criteria").get_by_text(NEW_CRITERION).wait_for()
    assert page.locator("#id_criteria input").count() == 1, "only the 2021 plan's criterion"
    assert (
        page.input_value("#id_name") == "Hoàng Thị Mai" and page.input_value("#id_birth_date") == "05/01/1975"
    )

    assert required_marked(page, "id_position")
    page.select_option("#id_kind", NomineeKind.COLLECTIVE)
    page.wait_for_function("!document.querySelector(\"label[for='id_position'] .w-required-mark\")")
    assert not required_marked(page, "id_birth_date"), "a collective has no birth date"
    screenshot("criteria-follow-campaign")


def test_a_collective_s_form_hides_a_person_s_fields(campaigns, page, screenshot):
    """Switching the kind hides the person's fields at once and shows them again, as typed."""
    base, _plan_2020, _plan_2021 = campaigns
    log_in(page, base, "canbo.binhgia")
    page.goto(f"{base}/admin/snippets/nominations/nomination/add/")
    page.fill("#id_position", "Trưởng ban công tác Mặt trận thôn Nà Pàn")
    for name in PERSON_FIELDS:
        expect(page.locator(f"#id_{name}")).to_be_visible()

    page.select_option("#id_kind", NomineeKind.COLLECTIVE)
    for name in PERSON_FIELDS:
        expect(page.locator(f"#id_{name}")).to_be_hidden()
    for name in ("name", "achievements"):
        expect(page.locator(f"#id_{name}")).to_be_visible()
    page.locator("#id_name").scroll_into_view_if_needed()
    screenshot("nomination-collective-fields")

    page.select_option("#id_kind", NomineeKind.INDIVIDUAL)
    for name in PERSON_FIELDS:
        expect(page.locator(f"#id_{name}")).to_be_visible()
    assert page.input_value("#id_position") == "Trưởng ban công tác Mặt trận thôn Nà Pàn", (
        "nothing typed is lost"
    )


def test_a_saved_collective_opens_without_a_person_s_fields(campaigns, page):
    base, plan_2020, _plan_2021 = campaigns
    collective = NominationFactory(
        campaign=plan_2020,
        unit=Unit.objects.get(code="181"),
        award_type=AwardType.objects.order_by("pk").first(),
        kind=NomineeKind.COLLECTIVE,
        name="Ban công tác Mặt trận thôn Nà Pàn",
    )
    log_in(page, base, "canbo.binhgia")
    page.goto(f"{base}/admin/snippets/nominations/nomination/edit/{collective.pk}/")
    expect(page.locator("#id_name")).to_have_value(collective.name)
    for name in PERSON_FIELDS:
        expect(page.locator(f"#id_{name}")).to_be_hidden()
