"""The dashboard's registration and final-report cards read alike (one shared card).

The unit's own cards say where its record stands, when it was sent and what to do next;
the board's review cards list what its units sent, with a link to all of them.
"""

import pytest

from campaigns.models import CampaignReport, Registration
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


def card(page, title: str):
    """The dashboard card whose heading starts with ``title``."""
    for heading in page.select(".dash-card__title"):
        if text_of(heading).startswith(title):
            return heading.find_parent("article")
    raise AssertionError(f"no card {title!r}")


def dashboard_of(client, dashboard, user):
    client.force_login(user)
    return html(client.get(dashboard.url))


@pytest.mark.parametrize(
    ("title", "view_label"),
    [("Đăng ký thi đua", "Xem bản đăng ký"), ("Báo cáo tổng kết", "Xem báo cáo")],
)
def test_the_units_sent_record_shows_its_state_day_and_a_link(client, org, dashboard, title, view_label):
    page = dashboard_of(client, dashboard, org.users["officer_b"])
    shown = card(page, title)
    assert shown.select_one(".dash-badge")  # its state in review
    button = shown.select_one(".dash-card__actions a.button")
    assert text_of(button) == view_label
    assert "button--plain" in button["class"]  # nothing to do: it was sent
    if title == "Đăng ký thi đua":
        assert "Gửi ngày 20/02/2020" in text_of(shown)


@pytest.mark.parametrize(
    ("model", "title", "empty", "action", "plain"),
    [
        (Registration, "Đăng ký thi đua", "Đơn vị chưa đăng ký thi đua", "Đăng ký thi đua", False),
        (CampaignReport, "Báo cáo tổng kết", "Đơn vị chưa có báo cáo tổng kết", "Soạn báo cáo", True),
    ],
)
def test_a_missing_record_says_so_and_offers_to_start_it(
    client, org, dashboard, model, title, empty, action, plain
):
    model.objects.filter(unit=org.units["b"]).delete()
    page = dashboard_of(client, dashboard, org.users["officer_b"])
    shown = card(page, title)
    assert text_of(shown.select_one(".empty-state")) == empty
    button = shown.select_one(".dash-card__actions a.button")
    assert text_of(button) == action
    assert ("button--plain" in button["class"]) is plain
    assert "/add/" in button["href"]


@pytest.mark.parametrize(
    ("title", "key"),
    [("Đăng ký thi đua chờ duyệt", "registration"), ("Báo cáo tổng kết chờ duyệt", "campaignreport")],
)
def test_the_board_lists_what_its_units_sent(client, org, dashboard, title, key):
    page = dashboard_of(client, dashboard, org.users["reviewer_province"])
    shown = card(page, title)
    text = text_of(shown)
    assert "Tràng Định" in text and "Bình Gia" in text
    assert "Thất Khê" not in text  # A1 sent to A's board, not the province's
    assert text_of(shown.select_one(".dash-count")) == "2"
    assert "gửi ngày" in text
    assert f"/{key}/" in shown.select_one(".dash-card__more a")["href"]


@pytest.mark.parametrize(
    ("model", "title", "empty"),
    [
        (Registration, "Đăng ký thi đua chờ duyệt", "Không có bản đăng ký nào chờ duyệt."),
        (CampaignReport, "Báo cáo tổng kết chờ duyệt", "Không có báo cáo nào chờ duyệt."),
    ],
)
def test_the_board_reads_when_nothing_waits(client, org, dashboard, model, title, empty):
    model.objects.filter(unit__in=[org.units["a"], org.units["b"]]).delete()
    shown = card(dashboard_of(client, dashboard, org.users["reviewer_province"]), title)
    assert text_of(shown.select_one(".muted")) == empty
    assert text_of(shown.select_one(".dash-count")) == "0"
    assert not shown.select(".dash-list")
