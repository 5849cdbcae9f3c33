"""The home page and the menu feature the running campaign by its dates, unless an editor pins another."""

from datetime import date, timedelta

from django.utils import timezone

import pytest

from campaigns.factories import CampaignPageFactory
from campaigns.featured import choose_featured
from campaigns.models import CampaignPage
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 30)


def plan(pk: int, start: date, end: date, pinned: bool = False) -> CampaignPage:
    """An unsaved plan (the choice reads only its dates and pin)."""
    return CampaignPage(pk=pk, title=f"Kế hoạch {pk}", start_date=start, end_date=end, pinned=pinned)


@pytest.fixture
def plans(db) -> dict[str, CampaignPage]:
    return {
        "ended": plan(1, date(2020, 2, 1), date(2020, 11, 18)),
        "running": plan(2, date(2026, 11, 1), date(2027, 8, 28)),
        "soon": plan(3, date(2027, 1, 1), date(2027, 12, 31)),
        "later": plan(4, date(2028, 1, 1), date(2028, 12, 31)),
    }


def test_the_running_campaign_is_featured_over_ended_and_upcoming_ones(plans):
    assert (
        choose_featured([plans["ended"], plans["later"], plans["running"], plans["soon"]], TODAY)
        is plans["running"]
    )


def test_a_pinned_campaign_is_featured_even_when_another_runs(plans):
    pinned_old = plan(5, date(2020, 2, 1), date(2020, 11, 18), pinned=True)
    assert choose_featured([plans["running"], pinned_old], TODAY) is pinned_old


def test_without_a_running_campaign_the_next_to_start_is_featured(plans):
    assert choose_featured([plans["ended"], plans["later"], plans["soon"]], TODAY) is plans["soon"]


def test_without_running_or_upcoming_campaigns_the_last_ended_is_featured(plans):
    older = plan(6, date(2018, 1, 1), date(2018, 12, 31))
    assert choose_featured([older, plans["ended"]], TODAY) is plans["ended"]
    assert choose_featured([], TODAY) is None


def test_a_campaign_runs_until_its_closing_day(plans):
    closing_later = plan(7, date(2026, 1, 1), date(2026, 11, 1))
    closing_later.closing_date = date(2026, 12, 15)
    assert closing_later.stage(TODAY) == "running"
    assert choose_featured([plans["ended"], closing_later], TODAY) is closing_later


@pytest.fixture
def running_campaign(site):
    today = timezone.localdate()
    return CampaignPageFactory(
        parent=site.home,
        title="Kế hoạch thi đua năm nay",
        short_title="Thi đua năm nay",
        slug="thi-dua-nam-nay",
        theme="Đoàn kết sáng tạo vì quê hương Xứ Lạng",
        theme_short="Đoàn kết sáng tạo",
        start_date=today - timedelta(days=20),
        end_date=today + timedelta(days=200),
        closing_date=today + timedelta(days=200),
    )


def menu_links(response) -> list[tuple[str, str]]:
    return [(text_of(link), link["href"]) for link in html(response).select(".site-nav__list a")]


def test_home_and_menu_feature_the_running_campaign_by_its_short_title(site, client, running_campaign):
    response = client.get(site.home.url)

    assert text_of(html(response).select_one(".hero__title")) == "Đoàn kết sáng tạo"
    links = menu_links(response)
    assert links[1] == ("Thi đua năm nay", running_campaign.url)
    assert site.campaign.url not in [href for _, href in links]  # the ended plan is on the campaigns list


def test_an_editor_pins_the_ended_campaign_back_on_the_home_page(site, client, running_campaign):
    page = CampaignPage.objects.get(pk=site.campaign.pk)
    page.pinned = True
    page.save_revision().publish()

    response = client.get(site.home.url)

    assert site.campaign.theme_short in text_of(html(response).select_one(".hero__title"))
    assert menu_links(response)[1] == (site.campaign.short_title, site.campaign.url)


def test_the_english_home_features_the_english_plan_with_its_short_title(site, client):
    english_plan = site.english(site.campaign)

    response = client.get(site.english(site.home).url)

    assert menu_links(response)[1] == ("Special campaign 2020", english_plan.url)


def test_breadcrumbs_name_the_plan_by_its_short_title(site, client):
    from campaigns.factories import ArticleIndexPageFactory

    news = ArticleIndexPageFactory(parent=site.campaign, title="Tin của đợt", slug="tin-cua-dot")

    response = client.get(news.url)

    crumbs = [text_of(item) for item in html(response).select(".breadcrumbs li")]
    assert crumbs == ["Trang chủ", site.campaign.short_title, "Tin của đợt"]
