"""Editors can only build the site tree the portal expects."""

from wagtail.models import Page

import pytest

from campaigns.models import ArticleIndexPage, ArticlePage, CampaignPage
from exemplars.models import HonorRollPage, WorkGalleryPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def allowed_children(model):
    return set(model.allowed_subpage_models())


def test_home_page_only_under_the_tree_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_home_page_offers_the_public_sections():
    children = allowed_children(HomePage)
    for model in (CampaignPage, ArticleIndexPage, WorkGalleryPage, HonorRollPage, StandardPage):
        assert model in children


def test_articles_only_live_under_a_news_listing():
    assert ArticlePage.allowed_parent_page_models() == [ArticleIndexPage]
    assert allowed_children(ArticlePage) == set()


def test_listings_of_works_and_exemplars_have_no_children():
    assert allowed_children(WorkGalleryPage) == set()
    assert allowed_children(HonorRollPage) == set()


def test_plan_page_hosts_only_its_news():
    assert allowed_children(CampaignPage) == {ArticleIndexPage}
    assert CampaignPage.allowed_parent_page_models() == [HomePage]
