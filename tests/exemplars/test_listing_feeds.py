"""The works gallery and the honor roll have RSS feeds of public fields only, linked from their pages."""

from xml.etree import ElementTree

import pytest

from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import WorkStatus
from tests.helpers import html

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def items(site, django_db_blocker):
    with django_db_blocker.unblock():
        common = {"campaign": site.campaign, "unit": site.province}
        work = WorkFactory(title="Đường bê tông thôn Nà Lầm", summary="Dài 1,2 km.", **common)
        WorkFactory(title="Công trình còn nháp", publish=False, **common)
        WorkFactory(title="Công trình đang thi công", status=WorkStatus.IN_PROGRESS, **common)
        exemplar = ExemplarFactory(
            name="Lộc Thị Mai",
            kind=NomineeKind.INDIVIDUAL,
            summary="Vận động 40 hộ hiến đất.",
            position="Trưởng ban công tác Mặt trận",
            award_type=site.award_types["bang-khen-ubmttq-tinh"],
            **common,
        )
        ExemplarFactory(name="Điển hình còn nháp", publish=False, award_type=exemplar.award_type, **common)
        return work, exemplar


def feed(client, listing) -> ElementTree.Element:
    response = client.get(listing.url + listing.reverse_subpage("rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ElementTree.fromstring(response.content)


def test_the_gallery_feed_lists_public_works_only(site, items, client):
    work, _ = items
    channel = feed(client, site.gallery).find("channel")

    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [work.title]
    item = channel.find("item")
    assert item.findtext("description") == work.summary
    assert item.findtext("link").endswith(f"/cong-trinh/{work.slug}/")


def test_the_honor_roll_feed_carries_public_fields_only(site, items, client):
    _, exemplar = items
    channel = feed(client, site.honor_roll).find("channel")

    entries = channel.findall("item")
    assert [entry.findtext("title") for entry in entries] == [exemplar.name]
    text = ElementTree.tostring(channel, encoding="unicode")
    assert exemplar.summary in text
    assert exemplar.award_type.name in text
    # Fields the detail page may show but a feed has no need of, and nominees' personal data.
    assert exemplar.position not in text
    for personal in ("birth", "phone", "ngày sinh", "điện thoại", "CCCD"):
        assert personal not in text


@pytest.mark.parametrize("listing", ["gallery", "honor_roll"])
def test_the_listing_page_announces_its_feed(site, client, listing):
    page = getattr(site, listing)
    document = html(client.get(page.url))

    alternate = document.select_one('link[rel=alternate][type="application/rss+xml"]')
    assert alternate is not None
    assert alternate["href"] == page.url + page.reverse_subpage("rss")
