"""The honor roll filters by district, award type, kind and campaign, and pages through the results."""

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest

from campaigns.factories import CampaignPageFactory, UnitFactory
from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory
from exemplars.models.pages import ITEMS_PER_PAGE
from tests.helpers import card_titles, html

pytestmark = pytest.mark.django_db

MANY = ITEMS_PER_PAGE + 2


@dataclass
class Roll:
    district: object
    other_district: object
    later_campaign: object
    commune_collective: object
    district_individual: object
    later_individual: object
    many: list
    everyone: list


@pytest.fixture(scope="module")
def roll(site, django_db_blocker) -> Roll:
    with django_db_blocker.unblock():
        district, other_district = list(site.districts.values())[:2]
        commune = UnitFactory(parent=district, name="Xã Hoàng Đồng")
        later_campaign = CampaignPageFactory(
            parent=site.home, title="Đợt thi đua năm 2021", slug="thi-dua-2021"
        )
        province_award = site.award_types["bang-khen-ubnd-tinh"]
        front_award = site.award_types["bang-khen-ubmttq-tinh"]
        district_award = site.award_types["giay-khen-ubmttq-huyen"]
        commune_collective = ExemplarFactory(
            name="Ban công tác Mặt trận thôn Nà Pàn",
            kind=NomineeKind.COLLECTIVE,
            unit=commune,
            award_type=province_award,
            campaign=site.campaign,
        )
        district_individual = ExemplarFactory(
            name="Hoàng Văn Lợi",
            kind=NomineeKind.INDIVIDUAL,
            position="Chủ tịch Ủy ban MTTQ xã",
            unit=district,
            award_type=front_award,
            campaign=site.campaign,
        )
        later_individual = ExemplarFactory(
            name="Lý Thị Mai",
            kind=NomineeKind.INDIVIDUAL,
            unit=other_district,
            award_type=province_award,
            campaign=later_campaign,
        )
        many = [
            ExemplarFactory(
                name=f"Tổ dân phố số {n + 1:02d}",
                kind=NomineeKind.COLLECTIVE,
                unit=other_district,
                award_type=district_award,
                campaign=site.campaign,
            )
            for n in range(MANY)
        ]
        return Roll(
            district,
            other_district,
            later_campaign,
            commune_collective,
            district_individual,
            later_individual,
            many,
            [commune_collective, district_individual, later_individual, *many],
        )


def in_roll_order(exemplars) -> list[str]:
    """Names in the honor roll's order: by award type as the plan lists them, then by name."""
    return [item.name for item in sorted(exemplars, key=lambda item: (item.award_type.sort_order, item.name))]


def test_unfiltered_roll_shows_everyone_twelve_per_page(site, roll, client):
    assert card_titles(client.get(site.honor_roll.url)) == in_roll_order(roll.everyone)[:ITEMS_PER_PAGE]


def test_district_filter_finds_the_exemplars_of_its_communes(site, roll, client):
    response = client.get(site.honor_roll.url, {"district": roll.district.pk})

    assert card_titles(response) == in_roll_order([roll.commune_collective, roll.district_individual])


def test_award_type_filter(site, roll, client):
    award = site.award_types["bang-khen-ubnd-tinh"]

    response = client.get(site.honor_roll.url, {"award_type": award.pk})

    assert card_titles(response) == in_roll_order([roll.commune_collective, roll.later_individual])


def test_kind_filter_separates_collectives_and_individuals(site, roll, client):
    individuals = client.get(site.honor_roll.url, {"kind": NomineeKind.INDIVIDUAL})
    collectives = client.get(site.honor_roll.url, {"kind": NomineeKind.COLLECTIVE, "page": 2})

    assert card_titles(individuals) == in_roll_order([roll.district_individual, roll.later_individual])
    assert card_titles(collectives) == in_roll_order([roll.commune_collective, *roll.many])[ITEMS_PER_PAGE:]


def test_campaign_filter(site, roll, client):
    later = client.get(site.honor_roll.url, {"campaign": roll.later_campaign.pk})
    first = client.get(site.honor_roll.url, {"campaign": site.campaign.pk, "kind": NomineeKind.INDIVIDUAL})

    assert card_titles(later) == [roll.later_individual.name]
    assert card_titles(first) == [roll.district_individual.name]


def test_campaign_filter_works_on_the_english_roll(site, roll, client):
    """The filter offers the Vietnamese campaigns; the English roll matches their translations too."""
    english_roll = site.english(site.honor_roll)

    response = client.get(english_roll.url, {"campaign": roll.later_campaign.pk})

    assert card_titles(response) == [roll.later_individual.name]


def test_filters_combine(site, roll, client):
    response = client.get(
        site.honor_roll.url,
        {
            "district": roll.other_district.pk,
            "kind": NomineeKind.INDIVIDUAL,
            "award_type": site.award_types["bang-khen-ubnd-tinh"].pk,
        },
    )

    assert card_titles(response) == [roll.later_individual.name]


def test_page_two_and_out_of_range_pages(site, roll, client):
    second = card_titles(client.get(site.honor_roll.url, {"page": 2}))
    beyond = card_titles(client.get(site.honor_roll.url, {"page": 9}))

    assert second == in_roll_order(roll.everyone)[ITEMS_PER_PAGE:]
    assert beyond == second


def test_filter_keeps_working_with_pagination(site, roll, client):
    award = site.award_types["giay-khen-ubmttq-huyen"]
    first = client.get(site.honor_roll.url, {"award_type": award.pk})
    next_link = html(first).select_one(".pagination a[rel=next]")["href"]

    assert parse_qs(urlsplit(next_link).query) == {"award_type": [str(award.pk)], "page": ["2"]}
    assert (
        card_titles(client.get(site.honor_roll.url + next_link)) == in_roll_order(roll.many)[ITEMS_PER_PAGE:]
    )


def test_campaign_filter_offers_published_campaigns(site, roll, client):
    options = html(client.get(site.honor_roll.url)).select("select[name=campaign] option[value!='']")

    assert {option["value"] for option in options} == {str(site.campaign.pk), str(roll.later_campaign.pk)}
