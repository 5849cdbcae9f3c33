"""A draft article is nowhere on the public site: not listed, not in feeds or the sitemap, and its URL 404s."""

from datetime import date

import pytest

from campaigns.factories import ArticlePageFactory
from tests.helpers import card_titles, links

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Tin nháp chưa duyệt"


@pytest.fixture(scope="module")
def articles(site, django_db_blocker):
    """A published article and a newer draft, both tagged alike."""
    with django_db_blocker.unblock():
        published = ArticlePageFactory(
            parent=site.news, title="Tin đã duyệt", date=date(2020, 4, 1), tags=["thi-dua"]
        )
        draft = ArticlePageFactory(
            parent=site.news, title=DRAFT_TITLE, date=date(2020, 4, 2), tags=["thi-dua"], publish=False
        )
        return published, draft


def test_draft_is_not_in_the_listing(site, articles, client):
    published, draft = articles

    for query in ({}, {"tag": "thi-dua"}):
        titles = card_titles(client.get(site.news.url, query))
        assert published.title in titles
        assert DRAFT_TITLE not in titles


def test_draft_url_answers_404(site, articles, client):
    published, draft = articles

    assert client.get(published.url).status_code == 200
    assert draft.url.startswith(site.news.url)
    assert client.get(draft.url).status_code == 404


def test_draft_is_not_in_the_feeds(site, articles, client):
    for route in ("rss", "atom"):
        content = client.get(site.news.url + site.news.reverse_subpage(route)).content.decode()
        assert "Tin đã duyệt" in content
        assert DRAFT_TITLE not in content


def test_draft_is_not_in_the_sitemap(site, articles, client):
    published, draft = articles
    content = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{published.full_url}</loc>" in content
    assert draft.url not in content


def test_draft_is_not_linked_from_the_home_page(site, articles, client):
    assert articles[1].url not in links(client.get(site.home.url))


def test_unpublishing_an_article_hides_it_again(site, articles, client):
    published, _ = articles
    published.unpublish()

    assert client.get(published.url).status_code == 404
    assert "Tin đã duyệt" not in card_titles(client.get(site.news.url))
