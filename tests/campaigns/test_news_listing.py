"""The news listing filters by tag and pages through articles, newest first."""

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from campaigns.factories import ArticlePageFactory
from campaigns.models.news import ARTICLES_PER_PAGE
from tests.helpers import card_titles, html, text_of

pytestmark = pytest.mark.django_db

TAG = "nong-thon-moi"
OTHER_TAG = "dai-hoi-dang"
TAGGED = ARTICLES_PER_PAGE + 3  # a tag's results need two pages
UNTAGGED = ARTICLES_PER_PAGE


@pytest.fixture(scope="module")
def newest_first(site, django_db_blocker) -> list[str]:
    """Titles of the published articles, newest first; every other one (and the last few) carry the tag."""
    with django_db_blocker.unblock():
        first_day = date(2020, 2, 1)
        articles = []
        tagged = untagged = 0
        for n in range(TAGGED + UNTAGGED):
            with_tag = (n % 2 == 0 and tagged < TAGGED) or untagged >= UNTAGGED
            tagged, untagged = tagged + with_tag, untagged + (not with_tag)
            articles.append(
                ArticlePageFactory(
                    parent=site.news,
                    title=f"Tin số {n + 1:02d}{' (nông thôn mới)' if with_tag else ''}",
                    date=first_day + timedelta(days=n),
                    tags=[TAG] if with_tag else [OTHER_TAG],
                )
            )
        return [article.title for article in reversed(articles)]


def tagged(titles: list[str]) -> list[str]:
    return [title for title in titles if "nông thôn mới" in title]


def test_first_page_shows_the_newest_articles(site, newest_first, client):
    assert card_titles(client.get(site.news.url)) == newest_first[:ARTICLES_PER_PAGE]


def test_page_two_shows_the_next_articles(site, newest_first, client):
    response = client.get(site.news.url, {"page": 2})

    assert card_titles(response) == newest_first[ARTICLES_PER_PAGE : 2 * ARTICLES_PER_PAGE]
    assert "Trang 2 / 3" in text_of(html(response).select_one(".pagination"))


@pytest.mark.parametrize("page", ["99", "-1"])
def test_a_page_past_the_end_falls_back_to_the_last_page(site, newest_first, client, page):
    response = client.get(site.news.url, {"page": page})

    assert response.status_code == 200
    assert card_titles(response) == newest_first[2 * ARTICLES_PER_PAGE :]


@pytest.mark.parametrize("page", ["abc", ""])
def test_a_page_that_is_not_a_number_falls_back_to_the_first_page(site, newest_first, client, page):
    response = client.get(site.news.url, {"page": page})

    assert response.status_code == 200
    assert card_titles(response) == newest_first[:ARTICLES_PER_PAGE]


def test_tag_filter_shows_only_tagged_articles(site, newest_first, client):
    response = client.get(site.news.url, {"tag": TAG})

    assert card_titles(response) == tagged(newest_first)[:ARTICLES_PER_PAGE]
    assert f"{TAGGED} tin bài có thẻ đã chọn" in text_of(html(response).select_one(".filter-status"))


def test_tag_filter_keeps_working_on_page_two(site, newest_first, client):
    first_page = client.get(site.news.url, {"tag": TAG})
    next_link = html(first_page).select_one(".pagination a[rel=next]")["href"]

    assert parse_qs(urlsplit(next_link).query) == {"tag": [TAG], "page": ["2"]}
    second_page = client.get(site.news.url + next_link if next_link.startswith("?") else next_link)
    assert card_titles(second_page) == tagged(newest_first)[ARTICLES_PER_PAGE:]


def test_tag_links_list_the_tags_in_use(site, newest_first, client):
    document = html(client.get(site.news.url))
    hrefs = {a["href"] for a in document.select(".tag-filter a")}

    assert {f"{site.news.url}?tag={TAG}", f"{site.news.url}?tag={OTHER_TAG}", site.news.url} <= hrefs


def test_unknown_tag_shows_an_empty_state(site, newest_first, client):
    response = client.get(site.news.url, {"tag": "khong-co-the-nay"})

    assert response.status_code == 200
    assert card_titles(response) == []
    assert "Không có tin bài nào với thẻ này." in text_of(response)


def test_english_listing_shows_english_articles_only(site, newest_first, client):
    article = ArticlePageFactory(parent=site.news, title="Tin được dịch", date=date(2019, 1, 1))
    site.translate(article, {"Tin được dịch": "A translated article"})

    response = client.get(site.english(site.news).url)

    assert card_titles(response) == ["A translated article"]
