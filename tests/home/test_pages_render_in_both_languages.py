"""Every kind of public page opens under /vi/ and /en/ and shows its content in that language."""

from dataclasses import dataclass

import pytest

from campaigns import seed_plan
from campaigns.demo import CAMPAIGN_LIST_ENGLISH
from campaigns.factories import ArticlePageFactory, CampaignIndexPageFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from tests.helpers import html, text_of
from tests.public_site import ABOUT, ABOUT_EN, GALLERY, GALLERY_EN, HONOR_ROLL, HONOR_ROLL_EN, NEWS

CAMPAIGN_LIST_TITLE = CampaignIndexPageFactory.title

pytestmark = pytest.mark.django_db

ARTICLE = {
    "title": "Hoàng Đồng ra quân làm đường bê tông",
    "summary": "Bà con thôn Nà Pàn hiến đất làm đường.",
}
ARTICLE_EN = {
    ARTICLE["title"]: "Hoàng Đồng turns out to build a concrete road",
    ARTICLE["summary"]: "Nà Pàn villagers give land for the road.",
}
WORK = {"title": "Nhà văn hóa thôn Bản Chu", "summary": "Nhà văn hóa hai gian với sân thể thao."}
WORK_EN = {WORK["title"]: "Bản Chu village cultural house", WORK["summary"]: "A two-room cultural house."}
EXEMPLAR = {"name": "Ban công tác Mặt trận thôn Khòn Pổng", "summary": "Vận động nhân dân hiến đất."}
EXEMPLAR_EN = {
    EXEMPLAR["name"]: "Front work committee of Khòn Pổng village",
    EXEMPLAR["summary"]: "Persuaded residents to give land.",
}


@dataclass
class Content:
    article: object
    work: object
    exemplar: object


@pytest.fixture(scope="module")
def content(site, django_db_blocker) -> Content:
    with django_db_blocker.unblock():
        article = ArticlePageFactory(parent=site.news, **ARTICLE)
        site.translate(article, ARTICLE_EN)
        work = WorkFactory(campaign=site.campaign, unit=site.province, **WORK)
        site.translate(work, WORK_EN)
        exemplar = ExemplarFactory(
            campaign=site.campaign,
            unit=site.province,
            award_type=site.award_types["bang-khen-ubmttq-tinh"],
            **EXEMPLAR,
        )
        site.translate(exemplar, EXEMPLAR_EN)
        return Content(article, work, exemplar)


def page_url(site, content, name: str, language: str) -> str:
    """The URL of the named page in ``language``."""
    pages = {
        "home": site.home,
        "plan": site.campaign,
        "news": site.news,
        "article": content.article,
        "gallery": site.gallery,
        "honor roll": site.honor_roll,
        "standard page": site.about,
        "campaigns list": site.campaigns,
    }
    if name in pages:
        page = pages[name] if language == "vi" else site.english(pages[name])
        return page.url
    listing = site.gallery if name == "work" else site.honor_roll
    listing = listing if language == "vi" else site.english(listing)
    return listing.url + listing.reverse_subpage(
        "detail", args=(content.work.slug if name == "work" else content.exemplar.slug,)
    )


# The page's main heading (h1) in Vietnamese and in English.
EXPECTED = {
    "home": (seed_plan.THEME_SHORT, seed_plan.ENGLISH[seed_plan.THEME_SHORT]),
    "plan": (seed_plan.TITLE, seed_plan.TITLE_EN),
    "news": (NEWS["title"], "News"),
    "article": (ARTICLE["title"], ARTICLE_EN[ARTICLE["title"]]),
    "gallery": (GALLERY["title"], GALLERY_EN[GALLERY["title"]]),
    "work": (WORK["title"], WORK_EN[WORK["title"]]),
    "honor roll": (HONOR_ROLL["title"], HONOR_ROLL_EN[HONOR_ROLL["title"]]),
    "exemplar": (EXEMPLAR["name"], EXEMPLAR_EN[EXEMPLAR["name"]]),
    "standard page": (ABOUT["title"], ABOUT_EN[ABOUT["title"]]),
    "campaigns list": (CAMPAIGN_LIST_TITLE, CAMPAIGN_LIST_ENGLISH[CAMPAIGN_LIST_TITLE]),
}


# Beyond the heading, what each page exists to show: (CSS selector, Vietnamese, English).
KEY_CONTENT = {
    "home": (
        ".hero__theme",
        seed_plan.THEME.removeprefix(seed_plan.THEME_SHORT).strip(),  # the heading holds the opening
        seed_plan.ENGLISH[seed_plan.THEME],
    ),
    "plan": (".plan__theme", seed_plan.THEME, seed_plan.ENGLISH[seed_plan.THEME]),
    "news": (".card__title", ARTICLE["title"], ARTICLE_EN[ARTICLE["title"]]),
    "article": (".page-header .lead", ARTICLE["summary"], ARTICLE_EN[ARTICLE["summary"]]),
    "gallery": (".card__title", WORK["title"], WORK_EN[WORK["title"]]),
    "work": (".page-header .lead", WORK["summary"], WORK_EN[WORK["summary"]]),
    "honor roll": (".card__title", EXEMPLAR["name"], EXEMPLAR_EN[EXEMPLAR["name"]]),
    "exemplar": (".profile + .facts + .prose .lead", EXEMPLAR["summary"], EXEMPLAR_EN[EXEMPLAR["summary"]]),
    "standard page": (".page-header .lead", ABOUT["intro"], ABOUT_EN[ABOUT["intro"]]),
    "campaigns list": (".campaign-item__title", seed_plan.TITLE, seed_plan.TITLE_EN),
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_page_renders_in_vietnamese(site, content, client, name):
    url = page_url(site, content, name, "vi")
    assert url.startswith("/vi/")

    response = client.get(url)

    assert response.status_code == 200
    document = html(response)
    assert document.html["lang"] == "vi"
    assert text_of(document.find("h1")) == EXPECTED[name][0]
    selector, vietnamese, _ = KEY_CONTENT[name]
    assert text_of(document.select_one(f"main {selector}")) == vietnamese


@pytest.mark.parametrize("name", list(EXPECTED))
def test_page_renders_in_english(site, content, client, name):
    url = page_url(site, content, name, "en")
    assert url.startswith("/en/")

    response = client.get(url)

    assert response.status_code == 200
    document = html(response)
    assert document.html["lang"] == "en"
    assert text_of(document.find("h1")) == EXPECTED[name][1]
    selector, _, english = KEY_CONTENT[name]
    assert text_of(document.select_one(f"main {selector}")) == english


def test_every_page_type_of_the_site_is_covered():
    """A new page type must be added to the lists above, so that it is rendered in both languages."""
    from wagtail.models import get_page_models

    covered = {
        "HomePage",
        "CampaignPage",
        "ArticleIndexPage",
        "ArticlePage",
        "WorkGalleryPage",
        "HonorRollPage",
        "StandardPage",
        "CampaignIndexPage",
    }
    public = {
        model.__name__
        for model in get_page_models()
        if model._meta.app_label in {"home", "campaigns", "exemplars"}
    }
    assert public <= covered
