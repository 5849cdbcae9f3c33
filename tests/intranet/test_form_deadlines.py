"""A registration's or final report's form opens on the campaign under way and says when its deadline passed.

The officer learns it before filling the form in: a late registration or report is still
received, marked late, and the notice says so. A record already sent no longer shows it.
"""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from campaigns.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db

LATE = "Đã quá hạn gửi %s của đợt này (hạn cuối %s). Bạn vẫn lưu và gửi được"


@pytest.fixture
def running(org):
    """A campaign under way: registrations were due yesterday, reports in a month."""
    today = timezone.localdate()
    return CampaignPageFactory(
        parent=org.site.home,
        title="Đợt thi đua đang diễn ra",
        slug="dot-dang-dien-ra",
        start_date=today - timedelta(days=30),
        end_date=today + timedelta(days=200),
        registration_deadline=today - timedelta(days=1),
        nomination_deadline=today + timedelta(days=100),
        report_deadline=today + timedelta(days=30),
        closing_date=today + timedelta(days=200),
    )


def add_form(client, model_name: str) -> str:
    return client.get(reverse(f"wagtailsnippets_campaigns_{model_name}:add")).content.decode()


def test_the_registration_form_opens_on_the_running_campaign_saying_its_deadline_passed(client, org, running):
    client.force_login(org.users["officer_a"])
    page = add_form(client, "registration")
    assert f'<option value="{running.pk}" selected>' in page
    yesterday = timezone.localdate() - timedelta(days=1)
    assert LATE % ("đăng ký thi đua", f"{yesterday:%d/%m/%Y}") in page


def test_the_report_form_says_nothing_before_its_deadline(client, org, running):
    client.force_login(org.users["officer_a"])
    page = add_form(client, "campaignreport")
    assert f'<option value="{running.pk}" selected>' in page
    assert "Đã quá hạn" not in page


def test_a_registration_already_sent_shows_no_notice(client, org):
    """The 2020 plan's deadline is long past, but A's registration was sent on time."""
    client.force_login(org.users["officer_a"])
    registration = org.registrations["a"]
    page = client.get(reverse("wagtailsnippets_campaigns_registration:edit", args=[registration.pk])).content
    assert "Đã quá hạn" not in page.decode()
