"""The home page: the campaign's theme, the countdown to its closing, latest news, featured honors."""

from dataclasses import dataclass
from datetime import date

import pytest
from freezegun import freeze_time

from campaigns import seed_plan
from campaigns.factories import ArticlePageFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.home_sections import FEATURED_ITEMS, LATEST_NEWS
from exemplars.models import WorkStatus
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


@dataclass
class HomeContent:
    articles: list  # newest first
    featured_works: list
    featured_exemplars: list


@pytest.fixture(scope="module")
def content(site, django_db_blocker) -> HomeContent:
    with django_db_blocker.unblock():
        articles = [
            ArticlePageFactory(
                parent=site.news, title=f"Tin thi đua tháng {month}", date=date(2020, month, 10)
            )
            for month in range(3, 3 + LATEST_NEWS + 2)
        ]
        site.translate(articles[0], {articles[0].title: "Emulation news of March"})
        common = {"campaign": site.campaign, "unit": site.province}
        featured_works = [
            WorkFactory(featured=True, title=f"Công trình nổi bật {n}", **common) for n in (1, 2)
        ]
        WorkFactory(featured=False, title="Công trình không nổi bật", **common)
        featured_exemplars = [
            ExemplarFactory(
                featured=True,
                name=f"Điển hình nổi bật {n}",
                award_type=site.award_types["bang-khen-ubmttq-tinh"],
                **common,
            )
            for n in (1, 2)
        ]
        ExemplarFactory(
            featured=False,
            name="Điển hình không nổi bật",
            award_type=site.award_types["bang-khen-ubmttq-tinh"],
            **common,
        )
        return HomeContent(list(reversed(articles)), featured_works, featured_exemplars)


def section(document, title_id: str):
    """A home page section by the id of its heading."""
    return document.find(attrs={"aria-labelledby": title_id})


def card_titles_in(tag) -> list[str]:
    return [text_of(title) for title in tag.select(".card__title")]


def test_home_shows_the_campaign_theme(site, client):
    document = html(client.get(site.home.url))

    assert text_of(document.select_one(".hero__title")) == seed_plan.THEME_SHORT
    # The theme once: the heading is its opening, the line below the rest of the sentence.
    assert (
        text_of(document.select_one(".hero__theme"))
        == seed_plan.THEME.removeprefix(seed_plan.THEME_SHORT).strip()
    )
    assert document.select_one(".hero__actions a")["href"] == site.campaign.url


def test_english_home_shows_the_english_theme_and_links_the_english_plan(site, client):
    document = html(client.get(site.english(site.home).url))

    assert text_of(document.select_one(".hero__title")) == seed_plan.ENGLISH[seed_plan.THEME_SHORT]
    assert document.select_one(".hero__actions a")["href"] == site.english(site.campaign).url


@freeze_time("2020-11-08 03:00:00")  # 10:00 in Lạng Sơn
def test_countdown_shows_the_days_left_before_the_closing(site, client):
    document = html(client.get(site.home.url))
    countdown = document.select_one(".countdown")

    assert text_of(countdown.select_one("[data-countdown-days]")) == "10"
    assert "Còn 10 ngày" in text_of(countdown)
    assert "18/11/2020" in text_of(countdown)
    assert countdown["data-countdown"] == "2020-11-18"


@freeze_time("2020-11-17 20:00:00")  # already 18/11 03:00 in Lạng Sơn, still 17/11 in UTC
def test_countdown_counts_days_in_vietnam_time(site, client):
    countdown = html(client.get(site.home.url)).select_one(".countdown")

    assert text_of(countdown.select_one(".countdown__number")) == "Hôm nay"


@freeze_time("2020-12-01 03:00:00")
def test_after_the_closing_home_says_the_campaign_has_ended(site, client):
    countdown = html(client.get(site.home.url)).select_one(".countdown")

    assert text_of(countdown.select_one(".countdown__ended")) == "Đợt thi đua đã kết thúc"
    assert not countdown.select("[data-countdown-days]")
    assert "Tổng kết ngày 18/11/2020" in text_of(countdown)


@freeze_time("2020-06-29 03:00:00")
def test_progress_bar_shows_how_much_of_the_period_has_passed(site, client):
    progress = html(client.get(site.home.url)).select_one(".progress")
    campaign = site.campaign
    expected = round(
        100 * (date(2020, 6, 29) - campaign.start_date).days / (campaign.end_date - campaign.start_date).days
    )

    assert 0 < expected < 100
    assert progress["aria-valuenow"] == str(expected)


def test_home_lists_the_latest_articles_newest_first(site, content, client):
    news = section(html(client.get(site.home.url)), "news-title")
    titles = card_titles_in(news)

    assert titles == [article.title for article in content.articles[:LATEST_NEWS]]
    assert content.articles[-1].title not in titles


def test_a_draft_article_does_not_reach_the_home_page(site, content, client):
    ArticlePageFactory(parent=site.news, title="Tin nháp mới nhất", date=date(2020, 12, 1), publish=False)

    news = section(html(client.get(site.home.url)), "news-title")

    assert "Tin nháp mới nhất" not in card_titles_in(news)
    assert card_titles_in(news)[0] == content.articles[0].title


def test_english_home_lists_only_english_articles(site, content, client):
    news = section(html(client.get(site.english(site.home).url)), "news-title")

    assert card_titles_in(news) == ["Emulation news of March"]


def test_home_features_the_works_and_exemplars_marked_featured(site, content, client):
    document = html(client.get(site.home.url))
    works = card_titles_in(section(document, "works-title"))
    exemplars = card_titles_in(section(document, "exemplars-title"))

    assert sorted(works) == sorted(work.title for work in content.featured_works)
    assert sorted(exemplars) == sorted(exemplar.name for exemplar in content.featured_exemplars)


def test_featured_sections_hold_at_most_four_items_and_skip_unpublished_ones(site, content, client):
    common = {"campaign": site.campaign, "unit": site.province, "featured": True}
    for n in range(FEATURED_ITEMS):
        WorkFactory(title=f"Công trình nổi bật thêm {n}", **common)
    WorkFactory(title="Công trình nổi bật chưa đăng", publish=False, **common)
    WorkFactory(title="Công trình nổi bật đang làm", status=WorkStatus.IN_PROGRESS, **common)

    works = card_titles_in(section(html(client.get(site.home.url)), "works-title"))

    assert len(works) == FEATURED_ITEMS
    assert "Công trình nổi bật chưa đăng" not in works
    assert "Công trình nổi bật đang làm" not in works


def test_featured_cards_link_to_their_detail_pages(site, content, client):
    document = html(client.get(site.home.url))
    work_links = {a["href"] for a in section(document, "works-title").select(".card__link")}

    expected = {
        site.gallery.url + site.gallery.reverse_subpage("detail", args=(work.slug,))
        for work in content.featured_works
    }
    assert work_links == expected
    for href in work_links:
        assert client.get(href).status_code == 200
