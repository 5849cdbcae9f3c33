"""The news listing's RSS and Atom feeds: valid XML with the published articles, newest first."""

from datetime import date
from xml.etree import ElementTree

import pytest

from campaigns.factories import ArticlePageFactory
from campaigns.feeds import FEED_LENGTH
from tests.helpers import html

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def articles(site, django_db_blocker):
    with django_db_blocker.unblock():
        published = [
            ArticlePageFactory(
                parent=site.news, title=f"Tin đã đăng {n}", summary=f"Tóm tắt tin {n}.", date=date(2020, 3, n)
            )
            for n in (1, 2, 3)
        ]
        draft = ArticlePageFactory(
            parent=site.news, title="Tin còn nháp", date=date(2020, 3, 9), publish=False
        )
        site.translate(published[0], {published[0].title: "Published news 1"})
        return published, draft


def feed_url(page, route: str) -> str:
    return page.url + page.reverse_subpage(route)


def test_rss_feed_is_valid_xml_with_the_published_articles(site, articles, client):
    published, draft = articles
    response = client.get(feed_url(site.news, "rss"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert channel.findtext("title") == site.news.title
    assert [item.findtext("title") for item in items] == [article.title for article in reversed(published)]
    assert [item.findtext("link") for item in items] == [article.full_url for article in reversed(published)]
    assert items[0].findtext("description") == "Tóm tắt tin 3."
    assert items[0].findtext("pubDate").startswith("Tue, 03 Mar 2020")


def test_atom_feed_is_valid_xml_with_the_published_articles(site, articles, client):
    published, draft = articles
    response = client.get(feed_url(site.news, "atom"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        article.title for article in reversed(published)
    ]
    assert entries[0].find(f"{ATOM}link").get("href") == published[-1].full_url


@pytest.mark.parametrize("route", ["rss", "atom"])
def test_feeds_leave_out_drafts(site, articles, client, route):
    content = client.get(feed_url(site.news, route)).content.decode()

    assert "Tin còn nháp" not in content
    assert articles[1].url not in content


def test_english_feed_lists_the_english_articles(site, articles, client):
    english_news = site.english(site.news)
    channel = ElementTree.fromstring(client.get(feed_url(english_news, "rss")).content).find("channel")

    assert channel.findtext("title") == "News"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Published news 1"]


def test_feed_is_capped_to_the_latest_articles(site, articles, client):
    for n in range(FEED_LENGTH):
        ArticlePageFactory(parent=site.news, title=f"Tin bổ sung {n}", date=date(2020, 5, 1))

    channel = ElementTree.fromstring(client.get(feed_url(site.news, "rss")).content).find("channel")

    assert len(channel.findall("item")) == FEED_LENGTH
    assert "Tin đã đăng 1" not in [item.findtext("title") for item in channel.findall("item")]


def test_listing_advertises_both_feeds(site, articles, client):
    document = html(client.get(site.news.url))
    advertised = {link["type"]: link["href"] for link in document.select("head link[rel=alternate][type]")}

    assert advertised == {
        "application/rss+xml": feed_url(site.news, "rss"),
        "application/atom+xml": feed_url(site.news, "atom"),
    }
