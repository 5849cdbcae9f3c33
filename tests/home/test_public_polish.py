"""What a visitor reads once: the theme in the hero, a summary on a detail page, one name for the honor roll.

And the home page's chart rows lead to the works they count.
"""

import pytest

from campaigns import seed_plan
from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory, WorkFactory
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

SUMMARY = "Cầu treo dài 48 m giúp học sinh qua suối an toàn."
FURTHER = "Nhân dân góp 420 ngày công vận chuyển vật liệu."


@pytest.fixture(scope="module")
def items(site, django_db_blocker):
    with django_db_blocker.unblock():
        district = site.districts[seed_plan.DISTRICT_CODES[0]]
        other = site.districts[seed_plan.DISTRICT_CODES[1]]
        common = {"campaign": site.campaign}
        work = WorkFactory(
            title="Cầu treo bản Táo",
            unit=district,
            summary=SUMMARY,
            description=f"<p>{SUMMARY}</p><p>{FURTHER}</p>",
            **common,
        )
        elsewhere = WorkFactory(title="Nhà văn hóa thôn Nà Pàn", unit=other, **common)
        exemplar = ExemplarFactory(
            name="Hoàng Văn Sơn",
            kind=NomineeKind.INDIVIDUAL,
            unit=district,
            award_type=site.award_types["bang-khen-ubmttq-tinh"],
            summary=SUMMARY,
            achievements=f"<ul><li>{SUMMARY}</li><li>{FURTHER}</li></ul>",
            **common,
        )
        return {"work": work, "elsewhere": elsewhere, "exemplar": exemplar, "district": district}


def detail_url(listing, slug: str) -> str:
    return listing.url + listing.reverse_subpage("detail", args=(slug,))


def test_the_hero_states_the_theme_once(site, client):
    hero = text_of(html(client.get(site.home.url)).select_one(".hero"))

    assert hero.count(seed_plan.THEME_SHORT) == 1
    assert (
        hero.count("Ngày truyền thống Mặt trận Tổ quốc Việt Nam") == 1
    )  # in the theme, not again as the occasion
    assert "quyết tâm thi đua lập thành tích xuất sắc" in hero  # the rest of the theme is still there


def test_a_work_page_does_not_repeat_its_summary_under_the_description(site, items, client):
    main = html(client.get(detail_url(site.gallery, items["work"].slug))).select_one("main")

    assert text_of(main).count(SUMMARY) == 1
    assert FURTHER in text_of(main.select_one("[aria-labelledby=work-description-title]"))


def test_an_exemplar_page_does_not_repeat_its_summary_under_the_achievements(site, items, client):
    main = html(client.get(detail_url(site.honor_roll, items["exemplar"].slug))).select_one("main")

    assert text_of(main).count(SUMMARY) == 1
    assert FURTHER in text_of(main)


def test_the_honor_roll_has_one_name_on_every_public_page(site, items, client):
    name = site.honor_roll.title
    for url in (site.home.url, site.honor_roll.url, detail_url(site.honor_roll, items["exemplar"].slug)):
        text = text_of(html(client.get(url)).select_one("body"))
        assert "Bảng vàng" not in text, url
        assert name in text, url


def test_a_chart_row_links_to_the_gallery_filtered_to_its_district(site, items, client):
    document = html(client.get(site.home.url))
    district_name = items["district"].display_name
    link = next(
        row.select_one("th a")
        for row in document.select(".bar-chart tbody tr")
        if text_of(row.th) == district_name
    )

    listing = html(client.get(link["href"]))

    titles = [text_of(title) for title in listing.select(".card__title")]
    assert titles == [items["work"].title]
