"""The campaigns page lists every campaign, running, upcoming and ended, with its period."""

from datetime import timedelta

from django.utils import timezone

import pytest

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from campaigns.models.campaign_index import CAMPAIGNS_PER_PAGE
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


def items(response) -> list[dict]:
    return [
        {
            "title": text_of(item.select_one(".campaign-item__title")),
            "stage": text_of(item.select_one(".campaign-item__stage")),
            "period": text_of(item.select_one(".campaign-item__period")),
        }
        for item in html(response).select(".campaign-item")
    ]


def test_running_upcoming_and_ended_campaigns_are_listed_with_their_periods(site, client):
    today = timezone.localdate()
    CampaignPageFactory(
        parent=site.home,
        title="Đợt thi đua đang chạy",
        slug="dang-chay",
        start_date=today - timedelta(days=10),
        end_date=today + timedelta(days=100),
        closing_date=None,
    )
    upcoming_start = today + timedelta(days=300)
    CampaignPageFactory(
        parent=site.home,
        title="Đợt thi đua sắp tới",
        slug="sap-toi",
        start_date=upcoming_start,
        end_date=upcoming_start + timedelta(days=90),
        closing_date=None,
    )

    listed = items(client.get(site.campaigns.url))

    assert [(item["title"], item["stage"]) for item in listed] == [
        ("Đợt thi đua sắp tới", "Sắp diễn ra"),
        ("Đợt thi đua đang chạy", "Đang diễn ra"),
        (site.campaign.title, "Đã kết thúc"),
    ]
    assert listed[2]["period"] == "Thời gian: 01/02/2020 – 18/11/2020"


def test_the_list_is_paginated(site, client):
    for n in range(CAMPAIGNS_PER_PAGE + 1):
        CampaignPageFactory(parent=site.home, title=f"Đợt số {n}", slug=f"dot-so-{n}")

    first = client.get(site.campaigns.url)
    second = client.get(site.campaigns.url + "?page=2")

    assert len(items(first)) == CAMPAIGNS_PER_PAGE
    assert len(items(second)) == 2
    assert html(first).select_one(".pagination a[rel=next]") is not None


def test_without_any_published_campaign_the_list_says_so(site, client):
    CampaignPage.objects.update(live=False)

    response = client.get(site.campaigns.url)

    assert items(response) == []
    assert "Chưa có đợt thi đua nào được công bố." in text_of(html(response).select_one("main"))


def test_the_english_list_shows_english_plans(site, client):
    listed = items(client.get(site.english(site.campaigns).url))

    assert [item["title"] for item in listed] == [site.english(site.campaign).title]
