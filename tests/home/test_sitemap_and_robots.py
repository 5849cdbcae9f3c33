"""Search engines find every public page in both languages, and nothing else."""

from xml.etree import ElementTree

import pytest

from campaigns.factories import ArticlePageFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import WorkStatus

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def content(site, django_db_blocker) -> dict:
    with django_db_blocker.unblock():
        common = {"campaign": site.campaign, "unit": site.province}
        award = {"award_type": site.award_types["bang-khen-ubmttq-tinh"]}
        article = ArticlePageFactory(parent=site.news, title="Tin đã đăng")
        site.translate(article, {"Tin đã đăng": "Published news"})
        return {
            "article": article,
            "draft article": ArticlePageFactory(parent=site.news, title="Tin nháp", publish=False),
            "work": WorkFactory(title="Công trình đã nghiệm thu", **common),
            "draft work": WorkFactory(title="Công trình nháp", publish=False, **common),
            "registered work": WorkFactory(
                title="Công trình mới đăng ký", status=WorkStatus.REGISTERED, **common
            ),
            "exemplar": ExemplarFactory(name="Điển hình đã đăng", **award, **common),
            "draft exemplar": ExemplarFactory(name="Điển hình nháp", publish=False, **award, **common),
        }


@pytest.fixture
def locations(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return [loc.text for loc in ElementTree.fromstring(response.content).iter(f"{SITEMAP}loc")]


def detail(listing, item) -> str:
    return listing.full_url + listing.reverse_subpage("detail", args=(item.slug,))


def test_sitemap_lists_every_page_in_both_languages(site, content, locations):
    pages = [
        site.home,
        site.campaign,
        site.news,
        site.gallery,
        site.honor_roll,
        site.about,
        content["article"],
    ]

    for page in pages:
        assert page.full_url in locations
        assert site.english(page).full_url in locations
    assert any("/vi/" in url for url in locations) and any("/en/" in url for url in locations)


def test_sitemap_lists_work_and_exemplar_pages_under_both_languages(site, content, locations):
    for listing in (site.gallery, site.english(site.gallery)):
        assert detail(listing, content["work"]) in locations
    for listing in (site.honor_roll, site.english(site.honor_roll)):
        assert detail(listing, content["exemplar"]) in locations


def test_sitemap_leaves_out_drafts_and_unfinished_works(site, content, locations):
    hidden = [content[name] for name in ("draft article", "draft work", "registered work", "draft exemplar")]

    for item in hidden:
        assert not [url for url in locations if url.rstrip("/").endswith("/" + item.slug)], item


def test_sitemap_lists_each_url_once(locations):
    assert len(locations) == len(set(locations))


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "User-agent: *" in lines
