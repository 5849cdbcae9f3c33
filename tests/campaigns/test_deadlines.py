"""The plan's deadlines, read once from the campaign: the timeline and the dashboard show the same ones."""

from datetime import date

import pytest

from campaigns.models import CampaignPage
from campaigns.templatetags.campaign_tags import timeline_rows

pytestmark = pytest.mark.django_db  # a page looks up its content type when made


def plan() -> CampaignPage:
    return CampaignPage(
        title="Phong trào thi đua",
        start_date=date(2020, 5, 1),
        end_date=date(2020, 12, 31),
        registration_deadline=date(2020, 6, 15),
        nomination_deadline=date(2020, 10, 1),
        report_deadline=date(2020, 10, 1),
        closing_date=date(2020, 6, 20),
    )


def test_deadlines_come_in_date_order_counted_from_today():
    deadlines = plan().deadlines(today=date(2020, 6, 15))
    assert [(str(row.label), row.day, row.days_left, row.state) for row in deadlines] == [
        ("Hạn đăng ký thi đua", date(2020, 6, 15), 0, "today"),
        ("Ngày tổng kết", date(2020, 6, 20), 5, "soon"),
        ("Hạn gửi hồ sơ đề nghị khen thưởng", date(2020, 10, 1), 108, "later"),
        ("Hạn gửi báo cáo tổng kết", date(2020, 10, 1), 108, "later"),
    ]
    later = plan().deadlines(today=date(2020, 6, 18))[0]
    assert later.is_past and later.days_overdue == 3 and later.state == "past"


def test_the_timeline_numbers_the_same_deadlines():
    campaign = plan()
    rows = [row for row in timeline_rows(campaign, today=date(2020, 6, 1)) if row.is_deadline]
    assert [(row.label, row.start, row.number) for row in rows] == [
        (str(deadline.label), deadline.day, number) for number, deadline in enumerate(campaign.deadlines(), 1)
    ]
    assert rows[2].bar_label == "3, 4" and not rows[3].on_bar
