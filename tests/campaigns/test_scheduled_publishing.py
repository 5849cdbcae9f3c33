"""Scheduled and moderated articles stay off the public site until they are due or approved."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Workflow

import pytest
from freezegun import freeze_time

from campaigns.factories import ArticlePageFactory
from campaigns.models import ArticlePage
from tests.helpers import card_titles

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
GO_LIVE_AT = datetime(2020, 3, 10, 7, 0, tzinfo=VIETNAM)
TITLE = "Tin hẹn giờ đăng"


@pytest.fixture
def scheduled(site):
    """An article published by its editor on 01/03/2020 with "go live" set to 10/03/2020 07:00."""
    with freeze_time("2020-03-01 02:00:00"):
        article = ArticlePageFactory(parent=site.news, title=TITLE, date=date(2020, 3, 10), publish=False)
        article.go_live_at = GO_LIVE_AT
        article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def is_public(client, site, article) -> bool:
    shown = client.get(article.url).status_code == 200
    listed = article.title in card_titles(client.get(site.news.url))
    assert shown == listed
    return shown


def test_publishing_with_a_future_go_live_date_leaves_the_article_hidden(site, scheduled, client):
    assert not scheduled.live
    assert scheduled.scheduled_revision.approved_go_live_at == GO_LIVE_AT  # waiting for its time
    assert not is_public(client, site, scheduled)
    assert TITLE not in client.get(site.news.url + site.news.reverse_subpage("rss")).content.decode()
    assert scheduled.url not in client.get("/sitemap.xml").content.decode()


def test_scheduled_article_is_not_published_before_its_time(site, scheduled, client):
    with freeze_time("2020-03-09 23:00:00"):  # 10/03 06:00 in Lạng Sơn: an hour early
        call_command("publish_scheduled")

    assert not ArticlePage.objects.get(pk=scheduled.pk).live
    assert not is_public(client, site, scheduled)


def test_scheduled_article_goes_live_when_due(site, scheduled, client):
    with freeze_time("2020-03-10 00:30:00"):  # 07:30 in Lạng Sơn
        call_command("publish_scheduled")

    assert ArticlePage.objects.get(pk=scheduled.pk).live
    assert is_public(client, site, scheduled)


def test_article_awaiting_moderation_is_hidden_until_approved(site, client):
    editor = get_user_model().objects.get(username="admin")
    article = ArticlePageFactory(parent=site.news, title="Tin chờ duyệt", publish=False)
    workflow = article.get_workflow() or Workflow.objects.get(active=True)
    workflow_state = workflow.start(article, editor)

    assert not is_public(client, site, article)

    workflow_state.current_task_state.approve(user=editor)

    assert ArticlePage.objects.get(pk=article.pk).live
    assert is_public(client, site, article)
