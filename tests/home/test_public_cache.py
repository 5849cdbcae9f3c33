"""What every page shows of the page tree and the settings is cached, yet never out of date.

The menu, breadcrumbs, language links, footer and the organisation's settings are kept in
the cache (core/public_cache.py); an editor's change must show on the very next request.
"""

from django.core.cache import cache

from wagtail.models import PageViewRestriction

import pytest

from core import public_cache
from core.models import OrganisationSettings
from home.factories import StandardPageFactory
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


def menu_titles(client, url="/vi/") -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return [text_of(link) for link in html(response).select(".site-nav__list a")]


def publish_title(page, title: str) -> None:
    page.title = title
    page.save_revision().publish()


def test_a_published_title_shows_in_the_menu_and_breadcrumbs_at_once(site, client):
    assert "Giới thiệu" in menu_titles(client)
    client.get(site.about.url)  # the about page's breadcrumbs are cached too

    publish_title(site.about, "Giới thiệu chung")

    assert "Giới thiệu chung" in menu_titles(client)
    assert "Giới thiệu" not in menu_titles(client)
    response = client.get(site.news.url)
    assert "Giới thiệu chung" in text_of(html(response).select_one(".site-nav"))


def test_a_page_added_or_unpublished_or_restricted_shows_in_the_menu_at_once(site, client):
    menu_titles(client)  # fills the cache

    page = StandardPageFactory(parent=site.home, title="Hỏi đáp", slug="hoi-dap", show_in_menus=True)
    assert "Hỏi đáp" in menu_titles(client)

    page.unpublish()
    assert "Hỏi đáp" not in menu_titles(client)

    PageViewRestriction.objects.create(page=site.about, restriction_type=PageViewRestriction.LOGIN)
    assert "Giới thiệu" not in menu_titles(client)


def test_a_page_moved_out_of_the_menu_leaves_it_at_once(site, client):
    menu_titles(client)

    site.about.move(site.news, pos="last-child")

    assert "Giới thiệu" not in menu_titles(client)


def test_saved_settings_show_in_the_footer_at_once(site, client):
    response = client.get("/vi/")
    assert "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn" in text_of(html(response).select_one(".site-footer"))

    settings = OrganisationSettings.for_site(site.home.get_site())
    settings.name = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn (thử)"
    settings.phone = "0205 3812 345"
    settings.save()

    footer = text_of(html(client.get("/vi/")).select_one(".site-footer"))
    assert "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn (thử)" in footer
    assert "0205 3812 345" in footer


def test_an_english_title_shows_in_the_english_menu_and_language_links_at_once(site, client):
    english_about = site.english(site.about)
    assert "About" in menu_titles(client, "/en/")

    publish_title(english_about, "About the portal")

    assert "About the portal" in menu_titles(client, "/en/")


def test_the_language_switcher_follows_a_translation_unpublished(site, client):
    def english_link(response):
        return html(response).select_one('.lang-switch a[hreflang="en"]')["href"]

    assert english_link(client.get(site.about.url)) == site.english(site.about).url

    site.english(site.about).unpublish()

    assert english_link(client.get(site.about.url)) == "/en/"


def test_a_renamed_district_shows_in_the_search_filter_at_once(site, client):
    def district_names():
        response = client.get("/vi/tim-kiem/", {"q": "thi đua"})
        return [text_of(option) for option in html(response).select("select[name=district] option")]

    district = next(iter(site.districts.values()))
    assert district.display_name in district_names()

    district.name = "Huyện Thử Nghiệm"
    district.save()

    assert any("Thử Nghiệm" in name for name in district_names())


def footer_text(client) -> str:
    return text_of(html(client.get("/vi/")).select_one(".site-footer"))


def test_a_change_made_by_another_process_shows_on_the_next_request(site, client):
    """Each process keeps its own copy of the fragments; the shared generation says when it is stale.

    Another web worker's change reaches this process only through the shared cache: the
    row changes (no signal here) and the generation moves on, as that worker's ``bump``
    does. The very next request must show it.
    """
    assert "(thử)" not in footer_text(client)  # this process now keeps the footer's settings

    OrganisationSettings.objects.update(name="Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn (thử)")
    assert "(thử)" not in footer_text(client)  # nothing said a change happened: the kept copy
    cache.set(public_cache.GENERATION_KEY, "another-process-bumped-it", None)

    assert "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn (thử)" in footer_text(client)


def test_a_page_reads_the_shared_cache_once_for_all_its_fragments(site, client):
    client.get("/vi/")  # fills the shared cache and this process's copy
    reads = []
    original_get = cache.get

    def counting_get(key, *args, **kwargs):
        reads.append(key)
        return original_get(key, *args, **kwargs)

    cache.get = counting_get
    try:
        client.get("/vi/")
    finally:
        del cache.get
    assert [key for key in reads if key.startswith("public-cache:")] == [public_cache.GENERATION_KEY]
