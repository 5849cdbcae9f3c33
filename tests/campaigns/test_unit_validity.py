"""A campaign offers only the units that exist during its period.

Since 1 July 2025 Lạng Sơn has 65 communes and wards directly under the province, with no
district level. They come from the ``vietnam-provinces`` catalogue with their official
codes; the 2020 districts and their communes end on 30 June 2025 and stay for the 2020 plan.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from freezegun import freeze_time
from vietnam_provinces import ProvinceCode, Ward

from campaigns import seed_plan
from campaigns.factories import CampaignPageFactory, RegistrationFactory
from campaigns.models import CampaignReport, Registration, Unit
from campaigns.reference_data import current_code, load_current_units, load_units
from exemplars.home_sections import works_by_district
from exemplars.models import Work
from intranet.factories import member as make_member
from intranet.roles import Role
from nominations.models import Nomination

pytestmark = pytest.mark.django_db

TODAY = "2026-03-02 09:00"
ADD_URLS = {
    "registration": "wagtailsnippets_campaigns_registration:add",
    "work": "wagtailsnippets_exemplars_work:add",
    "report": "wagtailsnippets_campaigns_campaignreport:add",
    "nomination": "wagtailsnippets_nominations_nomination:add",
}
ABOLISHED = "chỉ có hiệu lực đến ngày 30/06/2025"


@pytest.fixture(scope="module")
def units(site, django_db_blocker):
    """Both trees: the 2020 districts with all their communes, and today's communes."""
    with django_db_blocker.unblock():
        old = load_units()
        current = load_current_units()
        campaign_2026 = CampaignPageFactory(
            parent=site.home,
            title="Kế hoạch thi đua năm 2026",
            slug="ke-hoach-thi-dua-2026",
            start_date=date(2026, 2, 1),
            end_date=date(2026, 11, 30),
            registration_deadline=date(2026, 2, 28),
            nomination_deadline=date(2026, 11, 1),
            report_deadline=date(2026, 11, 1),
            closing_date=date(2026, 11, 30),
        )
    return {"old": old, "current": current, "campaign_2026": campaign_2026}


def member(username: str, unit: Unit, role: str):
    return make_member(username, unit, role, "mat-khau-thu")


def unit_choices(response) -> set[str]:
    """The unit codes the form's drop-down offers."""
    select = BeautifulSoup(response.content, "html.parser").find("select", attrs={"name": "unit"})
    assert select is not None, "the form has no unit drop-down"
    pks = [option["value"] for option in select.find_all("option") if option.get("value")]
    return set(Unit.objects.filter(pk__in=pks).values_list("code", flat=True))


def abolished_codes() -> set[str]:
    return set(Unit.objects.filter(valid_to__lt=date(2026, 2, 1)).values_list("code", flat=True))


# -- today's units ------------------------------------------------------------------------
def test_the_65_current_communes_and_wards_load_with_their_official_codes(units, site):
    catalogue = {current_code(ward.code): ward.name for ward in Ward.iter_by_province(ProvinceCode.P_20)}
    loaded = Unit.objects.filter(valid_from=date(2025, 7, 1), level__code="commune")

    assert len(catalogue) == 65
    assert {unit.code: unit.name for unit in loaded} == catalogue
    assert {unit.parent_id for unit in loaded} == {site.province.pk}
    assert not loaded.filter(valid_to__isnull=False).exists()
    ward = Unit.objects.get(code="2025-05983")
    assert (ward.name, ward.committee_name) == (
        "Phường Lương Văn Tri",
        "Ủy ban MTTQ Việt Nam phường Lương Văn Tri",
    )
    # The old ward that gave it its code keeps its place under its district, until the reform.
    old_ward = Unit.objects.get(code="05983")
    assert (old_ward.name, old_ward.parent.code, old_ward.valid_to) == (
        "Phường Chi Lăng",
        "178",
        date(2025, 6, 30),
    )
    before = Unit.objects.count()
    load_current_units()
    assert Unit.objects.count() == before


# -- what the forms offer -----------------------------------------------------------------
@pytest.mark.parametrize("form", list(ADD_URLS))
def test_a_2026_campaign_offers_no_abolished_unit_in_the_officers_forms(client, units, site, form):
    reviewer = member("thuongtruc.tinh", site.province, Role.REVIEWER)
    client.force_login(reviewer)

    with freeze_time(TODAY):
        offered = unit_choices(client.get(reverse(ADD_URLS[form])))

    assert offered, "the province's standing board is offered no unit at all"
    assert not offered & abolished_codes()
    assert {"2025-06040", "2025-05983"} <= offered  # Xã Thất Khê, Phường Lương Văn Tri
    assert not offered & set(seed_plan.DISTRICT_CODES)


def test_an_officer_of_an_abolished_district_is_offered_nothing_for_2026(client, units):
    officer = member("canbo.trangdinh.cu", Unit.objects.get(code="180"), Role.OFFICER)
    client.force_login(officer)

    with freeze_time(TODAY):
        offered = unit_choices(client.get(reverse(ADD_URLS["registration"])))

    assert offered == set()


def test_a_2020_record_still_offers_the_districts_of_its_time(client, units, site):
    registration = RegistrationFactory(campaign=site.campaign, unit=Unit.objects.get(code="180"))
    client.force_login(member("vanphong", site.province, Role.PROVINCE_OFFICE))

    with freeze_time(TODAY):
        offered = unit_choices(
            client.get(reverse("wagtailsnippets_campaigns_registration:edit", args=[registration.pk]))
        )

    assert set(seed_plan.DISTRICT_CODES) <= offered
    assert not offered & set(units["current"])


# -- refusing a record --------------------------------------------------------------------
@pytest.mark.parametrize("model", [Registration, CampaignReport, Work, Nomination])
def test_a_record_for_an_abolished_unit_in_a_2026_campaign_is_refused(units, model):
    record = model(campaign=units["campaign_2026"], unit=Unit.objects.get(code="180"))

    with pytest.raises(ValidationError) as refusal:
        record.clean()

    message = refusal.value.message_dict["unit"][0]
    assert "Huyện Tràng Định" in message and ABOLISHED in message
    model(campaign=units["campaign_2026"], unit=Unit.objects.get(code="2025-06040")).clean()


def test_the_officers_form_says_why_an_abolished_unit_is_refused(client, units, site):
    client.force_login(member("vanphong", site.province, Role.PROVINCE_OFFICE))
    data = {
        "campaign": units["campaign_2026"].pk,
        "unit": Unit.objects.get(code="06040").pk,  # Thị trấn Thất Khê, merged into Xã Thất Khê
        "commitments": "Mỗi khu có 01 phần việc chào mừng.",
        "works_committed": 1,
        "status": "draft",
    }

    with freeze_time(TODAY):
        response = client.post(reverse(ADD_URLS["registration"]), data)

    assert response.status_code == 200
    assert ABOLISHED in response.content.decode()
    assert not Registration.objects.filter(campaign=units["campaign_2026"]).exists()


# -- the 2020 plan keeps its districts ----------------------------------------------------
def test_the_2020_plan_still_shows_its_districts(client, units, site):
    """Its quota table and, once an editor pins it on the home page, the home page's chart."""
    site.campaign.pinned = True  # by its dates the home page would feature the running 2026 campaign
    site.campaign.save()
    plan = BeautifulSoup(client.get(site.campaign.url).content, "html.parser")
    home = BeautifulSoup(client.get("/vi/").content, "html.parser")
    quota_rows = {row.get_text(strip=True) for row in plan.select("table.quota-table tbody th[scope=row]")}
    chart = [row.get_text(strip=True) for row in home.select("table.bar-chart th[scope=row]")]
    districts = Unit.objects.filter(code__in=seed_plan.DISTRICT_CODES)

    assert quota_rows == {site.province.title} | {district.title for district in districts}
    assert "Ủy ban MTTQ Việt Nam huyện Tràng Định" in quota_rows
    assert sorted(chart) == sorted(district.display_name for district in districts)
    assert works_by_district(Work.objects.none(), units["campaign_2026"]) == []
