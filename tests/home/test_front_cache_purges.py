"""Each kind of change purges the changed page and every page listing it, in both languages.

A fake Varnish records the PURGE requests Wagtail's front cache backend sends (the stack
test, tests/stack/, checks the same against the real Varnish). Purges are sent during the
editor's request once the change is committed, so a reader sees the change at once and no
reader can put the old page back in the cache meanwhile (``saved`` runs the commit hooks).
"""

import pytest

from campaigns.factories import ArticleIndexPageFactory, ArticlePageFactory
from core.models import OrganisationSettings
from exemplars.factories import ExemplarFactory, WorkFactory
from tests.home.front_cache_fake import FakeVarnish

pytestmark = pytest.mark.django_db

# Every page listing news, works or exemplars, in both languages, and the sitemap.
LISTINGS = {
    "/vi/",
    "/en/",
    "/vi/tin-tuc/",
    "/en/tin-tuc/",
    "/vi/tin-tuc/rss/",
    "/en/tin-tuc/rss/",
    "/vi/tin-tuc/atom/",
    "/en/tin-tuc/atom/",
    "/vi/cong-trinh/",
    "/en/cong-trinh/",
    "/vi/dien-hinh/",
    "/en/dien-hinh/",
    "/sitemap.xml",
}


@pytest.fixture
def saved(django_capture_on_commit_callbacks):
    """Commits the change made in the block, as the admin's request does when it ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def varnish(settings):
    with FakeVarnish() as fake:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {"BACKEND": "core.front_cache.VarnishBackend", "LOCATION": fake.url},
        }
        yield fake


def plan_path(site, language="vi"):
    return f"/{language}/{site.campaign.slug}/"


def new_article(site, slug="cau-ban-nam", publish=True):
    return ArticlePageFactory(parent=site.news, title="Khánh thành cầu Bản Nầm", slug=slug, publish=publish)


def test_publishing_an_article_purges_it_and_every_listing_in_both_languages(site, varnish, saved):
    article = new_article(site, publish=False)
    varnish.clear()

    with saved():
        article.save_revision().publish()

    assert {"/vi/tin-tuc/cau-ban-nam/", "/en/tin-tuc/cau-ban-nam/"} <= varnish.paths
    assert LISTINGS | {plan_path(site), plan_path(site, "en")} <= varnish.paths
    assert not varnish.purged_everything


def test_unpublishing_an_article_purges_it_and_the_listings(site, varnish, saved):
    article = new_article(site)
    varnish.clear()

    with saved():
        article.unpublish()

    assert {"/vi/tin-tuc/cau-ban-nam/", "/en/tin-tuc/cau-ban-nam/"} | LISTINGS <= varnish.paths


def test_deleting_an_article_purges_it_and_the_listings(site, varnish, saved):
    article = new_article(site)
    varnish.clear()

    with saved():
        article.delete()

    assert {"/vi/tin-tuc/cau-ban-nam/", "/en/tin-tuc/cau-ban-nam/"} | LISTINGS <= varnish.paths


def test_moving_an_article_purges_its_old_and_new_addresses(site, varnish, saved):
    article = new_article(site)
    other_index = ArticleIndexPageFactory(parent=site.campaign, title="Tin đợt thi đua", slug="tin-dot")
    varnish.clear()

    with saved():
        article.move(other_index, pos="last-child")

    old = {"/vi/tin-tuc/cau-ban-nam/", "/en/tin-tuc/cau-ban-nam/"}
    new = {f"/vi/{site.campaign.slug}/tin-dot/cau-ban-nam/", f"/vi/{site.campaign.slug}/tin-dot/"}
    assert old | new | LISTINGS <= varnish.paths


def test_renaming_an_articles_slug_purges_its_old_address(site, varnish, saved):
    article = new_article(site)
    varnish.clear()

    article.slug = "cau-ban-nam-moi"
    with saved():  # Wagtail signals the new slug on commit too
        article.save_revision().publish()

    assert {"/vi/tin-tuc/cau-ban-nam/", "/vi/tin-tuc/cau-ban-nam-moi/"} <= varnish.paths


def test_publishing_a_work_purges_its_detail_page_and_the_listings(site, varnish, saved):
    work = WorkFactory(campaign=site.campaign, unit=site.province, slug="duong-na-pan", publish=False)
    varnish.clear()

    with saved():
        work.save_revision().publish()

    assert {"/vi/cong-trinh/duong-na-pan/", "/en/cong-trinh/duong-na-pan/"} | LISTINGS <= varnish.paths


def test_unpublishing_and_deleting_a_work_purge_it(site, varnish, saved):
    work = WorkFactory(campaign=site.campaign, unit=site.province, slug="duong-na-pan")
    varnish.clear()
    with saved():
        work.unpublish()
    assert {"/vi/cong-trinh/duong-na-pan/", "/en/cong-trinh/duong-na-pan/"} | LISTINGS <= varnish.paths

    varnish.clear()
    with saved():
        work.delete()
    assert {"/vi/cong-trinh/duong-na-pan/", "/en/cong-trinh/duong-na-pan/"} | LISTINGS <= varnish.paths


def test_publishing_an_exemplar_purges_its_detail_page_and_the_listings(site, varnish, saved):
    exemplar = ExemplarFactory(
        campaign=site.campaign,
        unit=site.province,
        award_type=site.award_types["bang-khen-ubmttq-tinh"],
        slug="nong-van-a",
        publish=False,
    )
    varnish.clear()

    with saved():
        exemplar.save_revision().publish()

    assert {"/vi/dien-hinh/nong-van-a/", "/en/dien-hinh/nong-van-a/"} | LISTINGS <= varnish.paths


def test_a_page_in_the_main_menu_purges_every_page(site, varnish, saved):
    """Its title is in every page's menu."""
    site.about.title = "Giới thiệu chung"
    with saved():
        site.about.save_revision().publish()

    assert varnish.purged_everything


def test_changing_the_organisation_settings_purges_every_page(site, varnish, saved):
    """The organisation's name and address are in every page's footer."""
    organisation = OrganisationSettings.for_site(site.home.get_site())
    organisation.phone = "0205 3870 000"
    with saved():
        organisation.save()

    assert varnish.purged_everything


def test_without_a_front_cache_nothing_is_sent(site, settings, saved):
    with FakeVarnish() as fake:
        settings.WAGTAILFRONTENDCACHE = {}
        with saved():
            new_article(site)
    assert fake.requests == []


def test_nothing_is_purged_before_the_change_is_committed(site, varnish):
    """Else a reader's request could cache the old page again before the new one is saved."""
    article = new_article(site, publish=False)
    varnish.clear()
    article.save_revision().publish()  # still inside the (test's) transaction
    assert varnish.requests == []
