"""Units that have not sent their report are reminded on the right working day, once; the unit above after.

The 2020 plan's final reports are due here on Thursday 03/09/2020, the day after National
Day (Wednesday 02/09, a public holiday). District B has not sent its report. Three working
days before the deadline is Friday 28/08 (31/08, 01/09, 03/09): B's officers are written
to that day, not before and not again; on the first working day after the deadline the
standing board of the unit above (the province) is told. The other units sent theirs.
"""

import io
from datetime import date

from django.core import mail
from django.core.management import call_command

import pytest
from freezegun import freeze_time

from campaigns.models import CampaignPage, CampaignReport
from nominations.models import Deadline, DeadlineReminder, ReminderStage
from nominations.reminders import send_due_reminders

pytestmark = pytest.mark.django_db

DEADLINE = date(2020, 9, 3)


@pytest.fixture
def late_unit(org):
    CampaignPage.objects.filter(pk=org.site.campaign.pk).update(report_deadline=DEADLINE)
    assert CampaignReport.objects.filter(campaign=org.site.campaign, submitted_at__isnull=True).count() == 0
    unit = org.units["b"]
    CampaignReport.objects.filter(campaign=org.site.campaign, unit=unit).update(submitted_at=None)
    return unit


def test_the_unit_is_reminded_three_working_days_before_the_deadline_once(org, late_unit):
    with freeze_time("2020-08-27 07:30"):
        assert send_due_reminders() == 0
    with freeze_time("2020-08-28 07:30"):
        assert send_due_reminders() == 1
        assert send_due_reminders() == 0, "each unit gets each reminder once"
    with freeze_time("2020-08-31 07:30"):
        assert send_due_reminders() == 0
    [message] = mail.outbox
    assert message.to == ["canbo.b@example.com"]
    assert "03/09/2020" in message.subject and "báo cáo tổng kết" in message.subject
    assert late_unit.title in message.body
    assert "còn 3 ngày làm việc" in message.body
    assert "http://" in message.body and "/admin/snippets/campaigns/campaignreport/" in message.body
    reminder = DeadlineReminder.objects.get()
    assert (reminder.unit, reminder.deadline, reminder.stage) == (
        late_unit,
        Deadline.REPORT,
        ReminderStage.BEFORE,
    )


def test_nothing_is_sent_on_a_weekend_or_holiday(org, late_unit):
    with freeze_time("2020-08-29 07:30"):  # Saturday
        assert send_due_reminders() == 0
    with freeze_time("2020-09-02 07:30"):  # National Day
        assert send_due_reminders() == 0
    assert not mail.outbox


def test_a_missed_day_is_made_up_on_the_next_run(org, late_unit):
    with freeze_time("2020-09-03 07:30"):  # the deadline itself: still in the window
        assert send_due_reminders() == 1
    assert "hôm nay, ngày 03/09/2020, là hạn cuối" in mail.outbox[0].body


def test_the_unit_above_is_told_once_the_deadline_passed(org, late_unit):
    with freeze_time("2020-08-28 07:30"):
        send_due_reminders()
    with freeze_time("2020-09-04 07:30"):
        assert send_due_reminders() == 1
        assert send_due_reminders() == 0
    overdue = mail.outbox[-1]
    assert overdue.to == ["thuongtruc.tinh@example.com"]
    assert overdue.subject.startswith("Quá hạn:") and late_unit.title in overdue.subject
    assert "hạn cuối ngày 03/09/2020" in overdue.body
    with freeze_time("2020-10-30 07:30"):  # long after: nothing more
        assert send_due_reminders() == 0


def test_a_unit_that_sent_in_time_is_not_reminded(org, late_unit):
    CampaignReport.objects.filter(unit=late_unit).update(submitted_at="2020-08-27T09:00:00+07:00")
    with freeze_time("2020-08-28 07:30"):
        assert send_due_reminders() == 0
    assert not mail.outbox


def test_the_daily_command_sends_through_the_task(org, late_unit):
    with freeze_time("2020-08-28 07:30"):
        out = io.StringIO()
        call_command("send_deadline_reminders", stdout=out)
        call_command("send_deadline_reminders", stdout=out)
    assert "Đã gửi 1 thư nhắc thời hạn." in out.getvalue()
    assert "Đã gửi 0 thư nhắc thời hạn." in out.getvalue()
    assert len(mail.outbox) == 1
