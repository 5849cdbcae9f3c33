"""The works gallery filters by district, status and category, and pages through the results."""

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from campaigns.factories import UnitFactory
from exemplars.factories import WorkFactory
from exemplars.models import WorkCategory, WorkStatus
from exemplars.models.pages import ITEMS_PER_PAGE
from tests.helpers import card_titles, html, text_of

pytestmark = pytest.mark.django_db

HOUSES = ITEMS_PER_PAGE + 3  # enough houses for two pages


@dataclass
class Gallery:
    district: object  # with a commune below it
    other_district: object
    commune_work: object
    district_work: object
    other_work: object
    houses: list
    all_works: list


@pytest.fixture(scope="module")
def gallery(site, django_db_blocker) -> Gallery:
    with django_db_blocker.unblock():
        district, other_district = list(site.districts.values())[:2]
        commune = UnitFactory(parent=district, name="Xã Hoàng Đồng")
        common = {"campaign": site.campaign}
        day = date(2020, 10, 31)
        commune_work = WorkFactory(
            title="Đường thôn Nà Pàn",
            unit=commune,
            category=WorkCategory.ROADS,
            status=WorkStatus.ACCEPTED,
            accepted_on=day,
            **common,
        )
        district_work = WorkFactory(
            title="Nhà văn hóa huyện",
            unit=district,
            category=WorkCategory.CULTURE,
            status=WorkStatus.PLAQUE_MOUNTED,
            accepted_on=day - timedelta(days=1),
            **common,
        )
        other_work = WorkFactory(
            title="Đường liên xã huyện bên",
            unit=other_district,
            category=WorkCategory.ROADS,
            status=WorkStatus.PLAQUE_MOUNTED,
            accepted_on=day - timedelta(days=2),
            **common,
        )
        houses = [
            WorkFactory(
                title=f"Nhà Đại đoàn kết số {n + 1:02d}",
                unit=other_district,
                category=WorkCategory.HOUSING,
                status=WorkStatus.ACCEPTED,
                accepted_on=day - timedelta(days=10 + n),
                **common,
            )
            for n in range(HOUSES)
        ]
        return Gallery(
            district,
            other_district,
            commune_work,
            district_work,
            other_work,
            houses,
            [commune_work, district_work, other_work, *houses],
        )


def newest_first(works) -> list[str]:
    """Titles in the gallery's order: latest acceptance first."""
    return [work.title for work in sorted(works, key=lambda work: (work.accepted_on, work.pk), reverse=True)]


def result_count(response) -> int:
    return int(text_of(html(response).select_one(".listing-results__count")).split()[0])


def test_unfiltered_gallery_shows_every_public_work_twelve_per_page(site, gallery, client):
    response = client.get(site.gallery.url)

    assert result_count(response) == len(gallery.all_works)
    assert card_titles(response) == newest_first(gallery.all_works)[:ITEMS_PER_PAGE]


def test_district_filter_finds_the_works_of_its_communes(site, gallery, client):
    response = client.get(site.gallery.url, {"district": gallery.district.pk})

    assert card_titles(response) == [gallery.commune_work.title, gallery.district_work.title]


def test_status_filter(site, gallery, client):
    response = client.get(site.gallery.url, {"status": WorkStatus.PLAQUE_MOUNTED})

    assert card_titles(response) == [gallery.district_work.title, gallery.other_work.title]


def test_category_filter(site, gallery, client):
    response = client.get(site.gallery.url, {"category": WorkCategory.ROADS})

    assert card_titles(response) == [gallery.commune_work.title, gallery.other_work.title]


def test_filters_combine(site, gallery, client):
    response = client.get(
        site.gallery.url, {"district": gallery.other_district.pk, "category": WorkCategory.ROADS}
    )

    assert card_titles(response) == [gallery.other_work.title]


def test_filter_without_matches_says_so_and_offers_a_reset(site, gallery, client):
    response = client.get(
        site.gallery.url, {"district": gallery.district.pk, "category": WorkCategory.HOUSING}
    )

    assert card_titles(response) == []
    assert "Không có công trình nào phù hợp với bộ lọc." in text_of(response)
    assert html(response).select_one(".empty-state a")["href"] == site.gallery.url


def test_page_two_shows_the_next_works(site, gallery, client):
    response = client.get(site.gallery.url, {"page": 2})

    assert card_titles(response) == newest_first(gallery.all_works)[ITEMS_PER_PAGE:]


def test_out_of_range_page_falls_back_to_the_last_page(site, gallery, client):
    response = client.get(site.gallery.url, {"page": 40})

    assert response.status_code == 200
    assert card_titles(response) == newest_first(gallery.all_works)[ITEMS_PER_PAGE:]


def test_filter_keeps_working_with_pagination(site, gallery, client):
    first = client.get(site.gallery.url, {"category": WorkCategory.HOUSING})
    next_link = html(first).select_one(".pagination a[rel=next]")["href"]

    assert card_titles(first) == newest_first(gallery.houses)[:ITEMS_PER_PAGE]
    assert parse_qs(urlsplit(next_link).query) == {"category": [WorkCategory.HOUSING], "page": ["2"]}
    second = client.get(site.gallery.url + next_link)
    assert card_titles(second) == newest_first(gallery.houses)[ITEMS_PER_PAGE:]
    assert result_count(second) == HOUSES


def test_status_filter_offers_only_public_statuses(site, gallery, client):
    options = [
        option["value"] for option in html(client.get(site.gallery.url)).select("select[name=status] option")
    ]

    assert options == ["", WorkStatus.ACCEPTED, WorkStatus.PLAQUE_MOUNTED]


def test_asking_for_unfinished_works_shows_none_of_them(site, gallery, client):
    hidden = WorkFactory(campaign=site.campaign, unit=gallery.district, status=WorkStatus.REGISTERED)

    response = client.get(site.gallery.url, {"status": WorkStatus.REGISTERED})

    assert response.status_code == 200
    assert hidden.title not in text_of(response)


def test_district_filter_offers_the_eleven_districts(site, gallery, client):
    options = html(client.get(site.gallery.url)).select("select[name=district] option[value!='']")

    assert sorted(option.get_text() for option in options) == sorted(
        unit.name for unit in site.districts.values()
    )


def test_selected_filters_stay_selected(site, gallery, client):
    document = html(
        client.get(site.gallery.url, {"district": gallery.district.pk, "category": WorkCategory.ROADS})
    )

    assert document.select_one("select[name=district] option[selected]")["value"] == str(gallery.district.pk)
    assert document.select_one("select[name=category] option[selected]")["value"] == WorkCategory.ROADS
