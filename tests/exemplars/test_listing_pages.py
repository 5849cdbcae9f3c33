"""The works gallery and the honor roll list their items the same way (one shared template).

Each shows its title and intro, an RSS link, the filters, how many items were found, the
cards and, when nothing is found, a sentence saying so: with a link back to everything
when filters emptied the list.
"""

import pytest

from exemplars.factories import ExemplarFactory, WorkFactory
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

LISTINGS = {
    "gallery": {
        "body_class": "page-gallery",
        "grid": "ul.card-grid",
        "count": "{} công trình",
        "nothing": "Chưa có công trình nào được nghiệm thu.",
        "nothing_filtered": "Không có công trình nào phù hợp với bộ lọc.",
        "show_all": "Xem tất cả công trình",
    },
    "honor_roll": {
        "body_class": "page-honor-roll",
        "grid": "ul.card-grid.card-grid--people",
        "count": "{} tập thể, cá nhân",
        "nothing": "Chưa có tập thể, cá nhân điển hình nào.",
        "nothing_filtered": "Không có tập thể, cá nhân nào phù hợp với bộ lọc.",
        "show_all": "Xem tất cả",
    },
}


def add_item(site, listing: str, district):
    if listing == "gallery":
        return WorkFactory(campaign=site.campaign, unit=district, title="Nhà văn hóa thôn Nà Phái").title
    award = site.award_types["bang-khen-ubmttq-tinh"]
    return ExemplarFactory(
        campaign=site.campaign, unit=district, award_type=award, name="Chi hội Nà Phái"
    ).name


@pytest.mark.parametrize("listing", LISTINGS)
def test_the_listing_shows_its_header_count_and_cards(site, client, listing):
    expected = LISTINGS[listing]
    page = getattr(site, listing)
    district, _other = list(site.districts.values())[:2]
    title = add_item(site, listing, district)
    response = client.get(page.url)
    doc = html(response)
    assert expected["body_class"] in doc.body["class"]
    assert text_of(doc.select_one("h1.page-title")) == page.title
    assert doc.select_one('link[rel="alternate"][type="application/rss+xml"]')["href"] == page.url + "rss/"
    assert doc.select_one(".feed-links a")["href"] == page.url + "rss/"
    assert doc.select_one("form")  # the filters
    count = len(doc.select(f"{expected['grid']} > li"))
    assert count >= 1
    assert text_of(doc.select_one("#results-title")) == expected["count"].format(count)
    assert title in text_of(doc.select_one(expected["grid"]))
    assert not doc.select(".empty-state")


@pytest.mark.parametrize("listing", LISTINGS)
def test_an_empty_listing_says_so_with_a_way_back_when_filtered(site, client, listing):
    expected = LISTINGS[listing]
    page = getattr(site, listing)
    district, other = list(site.districts.values())[:2]
    add_item(site, listing, district)
    filtered = html(client.get(page.url + f"?district={other.pk}"))
    assert text_of(filtered.select_one("#results-title")) == expected["count"].format(0)
    empty = filtered.select_one(".empty-state")
    assert text_of(empty) == f"{expected['nothing_filtered']} {expected['show_all']}"
    assert empty.a["href"] == page.url
    assert not filtered.select(expected["grid"])


@pytest.mark.parametrize("listing", LISTINGS)
def test_an_empty_listing_without_filters_says_nothing_is_there_yet(site, client, listing):
    page = getattr(site, listing)
    doc = html(client.get(page.url))
    assert not doc.select(LISTINGS[listing]["grid"])
    assert text_of(doc.select_one(".empty-state")) == LISTINGS[listing]["nothing"]
    assert not doc.select_one(".empty-state a")
