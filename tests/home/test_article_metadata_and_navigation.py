"""An article tells search engines and social networks about itself and its translation,
and lets the visitor switch language or go back up the site."""

from datetime import date

import pytest

from campaigns.factories import ArticlePageFactory
from core.factories import ImageFactory
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

TITLE = "Hoàng Đồng ra quân làm đường bê tông"
TITLE_EN = "Hoàng Đồng turns out to build a concrete road"
SUMMARY = "Bà con thôn Nà Pàn hiến đất, góp ngày công làm đường."


@pytest.fixture(scope="module")
def article(site, django_db_blocker):
    with django_db_blocker.unblock():
        article = ArticlePageFactory(
            parent=site.news,
            title=TITLE,
            summary=SUMMARY,
            date=date(2020, 3, 15),
            featured_image=ImageFactory(title="Ra quân làm đường", motif="road"),
        )
        site.translate(article, {TITLE: TITLE_EN, SUMMARY: "Villagers gave land and labour for the road."})
        return article


@pytest.fixture
def document(article, client):
    response = client.get(article.url)
    assert response.status_code == 200
    return html(response)


def meta(document, prop: str) -> str:
    tag = document.find("meta", property=prop)
    assert tag is not None, prop
    return tag["content"]


def test_open_graph_describes_the_article(article, document):
    assert meta(document, "og:title") == TITLE
    assert meta(document, "og:description") == SUMMARY
    assert meta(document, "og:type") == "article"
    assert meta(document, "og:url") == f"http://testserver{article.url}"
    assert meta(document, "og:locale") == "vi_VN"
    assert meta(document, "og:locale:alternate") == "en_GB"
    assert meta(document, "article:published_time") == "2020-03-15"


def test_open_graph_image_is_an_absolute_link_to_a_share_sized_crop(article, document):
    """Cropped to the 1200×630 shape social networks use (never upscaled past the original)."""
    image = meta(document, "og:image")
    width, height = int(meta(document, "og:image:width")), int(meta(document, "og:image:height"))

    assert image.startswith("http://testserver/media/images/")
    assert ".fill-1200x630" in image
    assert width <= 1200
    assert abs(width / height - 1200 / 630) < 0.01


def test_hreflang_alternates_point_to_both_languages(site, article, document):
    alternates = {link["hreflang"]: link["href"] for link in document.select("link[rel=alternate][hreflang]")}
    english = site.english(article)

    assert alternates == {
        "vi": f"http://testserver{article.url}",
        "x-default": f"http://testserver{article.url}",
        "en": f"http://testserver{english.url}",
    }
    assert document.find("link", rel="canonical")["href"] == f"http://testserver{article.url}"


def test_english_article_describes_itself_in_english(site, article, client):
    english = html(client.get(site.english(article).url))

    assert meta(english, "og:title") == TITLE_EN
    assert meta(english, "og:locale") == "en_GB"
    assert english.find("link", rel="canonical")["href"].endswith(site.english(article).url)


def test_language_switcher_links_to_the_translation(site, article, document, client):
    switcher = document.select_one(".lang-switch")
    english_link = switcher.select_one("a[hreflang=en]")

    assert english_link["href"] == site.english(article).url
    assert text_of(switcher.select_one("[aria-current]")) == "Tiếng Việt"
    assert TITLE_EN in text_of(html(client.get(english_link["href"])).find("h1"))


def test_language_switcher_on_the_english_article_links_back(site, article, client):
    switcher = html(client.get(site.english(article).url)).select_one(".lang-switch")

    assert switcher.select_one("a[hreflang=vi]")["href"] == article.url


def test_untranslated_article_switches_to_the_english_home_page(site, client):
    untranslated = ArticlePageFactory(parent=site.news, title="Tin chưa dịch")
    document = html(client.get(untranslated.url))

    assert document.select_one(".lang-switch a[hreflang=en]")["href"] == site.english(site.home).url
    assert not document.select("link[rel=alternate][hreflang=en]")


def test_breadcrumbs_show_the_way_home(site, article, document):
    crumbs = document.select("nav.breadcrumbs li")

    assert [text_of(crumb) for crumb in crumbs] == ["Trang chủ", site.news.title, TITLE]
    assert [crumb.a["href"] for crumb in crumbs[:2]] == [site.home.url, site.news.url]
    assert crumbs[-1].find(attrs={"aria-current": "page"}) is not None


def test_english_breadcrumbs_use_the_english_pages(site, article, client):
    crumbs = html(client.get(site.english(article).url)).select("nav.breadcrumbs li")

    assert [crumb.a["href"] for crumb in crumbs[:2]] == [
        site.english(site.home).url,
        site.english(site.news).url,
    ]
    assert text_of(crumbs[1]) == "News"
