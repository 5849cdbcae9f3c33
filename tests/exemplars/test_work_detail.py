"""A work's page: its facts, money written the Vietnamese way, photos, and the way back."""

from datetime import date

import pytest

from core.factories import ImageFactory
from exemplars.factories import WorkFactory, WorkPhotoFactory
from exemplars.models import WorkCategory, WorkStatus
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def work(site, django_db_blocker):
    with django_db_blocker.unblock():
        district = next(iter(site.districts.values()))
        work = WorkFactory(
            title="Đường bê tông thôn Nà Pàn",
            campaign=site.campaign,
            unit=district,
            category=WorkCategory.ROADS,
            status=WorkStatus.PLAQUE_MOUNTED,
            value_vnd=1_250_000_000,
            people_contribution_vnd=310_000_000,
            started_on=date(2020, 3, 2),
            accepted_on=date(2020, 7, 20),
            plaque_mounted_on=date(2020, 8, 5),
            place="Thôn Nà Pàn, xã Hoàng Đồng",
            main_image=ImageFactory(title="Ảnh đường Nà Pàn", motif="road"),
        )
        for caption in ("Mặt đường sau khi hoàn thành", "Lễ gắn biển công trình"):
            WorkPhotoFactory(work=work, caption=caption, image=ImageFactory(title=caption, motif="road"))
        return work


def detail_url(listing, work) -> str:
    return listing.url + listing.reverse_subpage("detail", args=(work.slug,))


def facts(document) -> dict[str, str]:
    return {text_of(row.dt): text_of(row.dd) for row in document.select("dl.facts > div")}


def test_value_is_written_with_dots_and_dong(site, work, client):
    shown = facts(html(client.get(detail_url(site.gallery, work))))

    assert shown["Giá trị công trình"] == "1.250.000.000 đ"
    assert shown["Nhân dân đóng góp (quy ra tiền)"] == "310.000.000 đ"


def test_english_site_keeps_the_vietnamese_money_format(site, work, client):
    content = text_of(client.get(detail_url(site.english(site.gallery), work)))

    assert "1.250.000.000 đ" in content
    assert "1,250,000,000" not in content


def test_gallery_card_shows_the_value_too(site, work, client):
    card = html(client.get(site.gallery.url)).select_one(".card--work")

    assert "1.250.000.000 đ" in text_of(card)


def test_unknown_value_shows_a_dash(site, work, client):
    unpriced = WorkFactory(
        campaign=site.campaign, unit=site.province, value_vnd=None, people_contribution_vnd=None
    )

    shown = facts(html(client.get(detail_url(site.gallery, unpriced))))

    assert shown["Giá trị công trình"] == "—"


def test_detail_shows_the_works_facts_with_dd_mm_yyyy_dates(site, work, client):
    shown = facts(html(client.get(detail_url(site.gallery, work))))

    assert shown["Đơn vị thực hiện"] == work.unit.title
    assert shown["Địa điểm"] == "Thôn Nà Pàn, xã Hoàng Đồng"
    assert shown["Lĩnh vực"] == WorkCategory.ROADS.label
    assert shown["Tình trạng"] == WorkStatus.PLAQUE_MOUNTED.label
    assert shown["Ngày khởi công"] == "02/03/2020"
    assert shown["Ngày nghiệm thu"] == "20/07/2020"
    assert shown["Ngày gắn biển"] == "05/08/2020"


def test_detail_shows_the_photos_with_their_captions(site, work, client):
    document = html(client.get(detail_url(site.gallery, work)))

    assert [text_of(caption) for caption in document.select(".gallery-grid figcaption")] == [
        "Mặt đường sau khi hoàn thành",
        "Lễ gắn biển công trình",
    ]
    assert len(document.select(".gallery-grid img")) == 2
    assert document.select_one(".detail__hero img")["src"].endswith(".jpg")


def test_breadcrumbs_lead_back_through_the_gallery(site, work, client):
    crumbs = html(client.get(detail_url(site.gallery, work))).select(".breadcrumbs li")

    assert [text_of(crumb) for crumb in crumbs] == ["Trang chủ", site.gallery.title, work.title]
    assert crumbs[0].a["href"] == site.home.url
    assert crumbs[1].a["href"] == site.gallery.url
    assert crumbs[2].find(attrs={"aria-current": "page"})


def test_language_switcher_links_to_the_same_work_in_english(site, work, client):
    document = html(client.get(detail_url(site.gallery, work)))
    english_link = document.select_one(".lang-switch a[hreflang=en]")["href"]

    assert english_link == detail_url(site.english(site.gallery), work)
    assert client.get(english_link).status_code == 200


def test_menu_marks_the_gallery_as_the_section_not_the_current_page(site, work, client):
    menu_link = html(client.get(detail_url(site.gallery, work))).select_one(
        f".site-nav a[href='{site.gallery.url}']"
    )

    assert "is-ancestor" in menu_link.get("class", [])
    assert not menu_link.get("aria-current")
