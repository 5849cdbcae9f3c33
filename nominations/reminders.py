"""Deadline reminders: the units that have not sent something yet are told before the deadline,
and the unit above once it passed.

For each live campaign and each of its deadlines (registration, nominations, final
report), each unit with an officer account that has not sent the record gets one e-mail
(to its officers) from ``REMINDER_WORKING_DAYS`` working days before the deadline up to
the deadline itself, and, once the deadline passed, one e-mail to the standing board of
the unit above, within ``OVERDUE_WORKING_DAYS`` working days after it (so a new install
does not write about campaigns long closed). For nominations the deadline is the unit's
own: the council's reopening for the unit (or a unit above it) moves it.

Working days are ``campaigns.working_days``'. Every reminder is recorded
(``DeadlineReminder``, unique per campaign, unit, deadline and kind) in the transaction
that sends it: a run that fails to send records nothing and the next run tries again; two
runs at once cannot both send. The job runs daily (``manage.py send_deadline_reminders``,
started by site/systemd/thidua-reminders.timer) as a django-tasks task.
"""

import logging
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from wagtail.models import Locale

from django_tasks import task

from campaigns.models import CampaignPage, CampaignReport, Registration, Unit
from campaigns.working_days import WorkingCalendar
from intranet.roles import Role

from .models import Deadline, DeadlineReminder, Nomination, ReminderStage

logger = logging.getLogger(__name__)

REMINDER_WORKING_DAYS = 3
OVERDUE_WORKING_DAYS = 10

# What each deadline asks the unit to send, and where in the intranet it is sent from.
RECORDS = {
    Deadline.REGISTRATION: (Registration, "wagtailsnippets_campaigns_registration:list"),
    Deadline.NOMINATION: (Nomination, "wagtailsnippets_nominations_nomination:list"),
    Deadline.REPORT: (CampaignReport, "wagtailsnippets_campaigns_campaignreport:list"),
}


@dataclass
class Due:
    campaign: CampaignPage
    unit: Unit
    deadline: str
    day: date
    stage: str
    working_days_left: int


def record_name(deadline: str) -> str:
    return {
        Deadline.REGISTRATION: gettext("đăng ký thi đua"),
        Deadline.NOMINATION: gettext("hồ sơ đề nghị khen thưởng"),
        Deadline.REPORT: gettext("báo cáo tổng kết"),
    }[deadline]


def units_with_officers() -> list[Unit]:
    return list(
        Unit.objects.filter(memberships__role=Role.OFFICER, memberships__user__is_active=True)
        .distinct()
        .select_related("parent", "level")
    )


def has_sent(campaign, unit, deadline) -> bool:
    model, _url = RECORDS[deadline]
    records = model.objects.filter(campaign=campaign, unit=unit)
    if model is Nomination:
        return records.exclude(pk__in=Nomination.objects.drafts().values("pk")).exists()
    return records.filter(submitted_at__isnull=False).exists()


def deadline_for(campaign, unit, deadline) -> date | None:
    if deadline == Deadline.NOMINATION:
        day, _extension = Nomination(campaign=campaign, unit=unit).submission_deadline()
        return day
    return getattr(campaign, deadline)


def due_reminders(today: date) -> list[Due]:
    """Every reminder due today and not yet sent."""
    calendar = WorkingCalendar()
    if not calendar.is_working_day(today):
        return []
    campaigns = CampaignPage.objects.live().filter(locale=Locale.get_default())
    units = units_with_officers()
    sent = set(DeadlineReminder.objects.values_list("campaign_id", "unit_id", "deadline", "stage"))
    due = []
    for campaign in campaigns:
        for deadline in Deadline:
            if getattr(campaign, deadline) is None:
                continue
            for unit in units:
                if not unit.is_valid_during(campaign.start_date or today, getattr(campaign, deadline)):
                    continue
                day = deadline_for(campaign, unit, deadline)
                if day is None:
                    continue
                if today <= day:
                    left = calendar.working_days_between(today, day)
                    stage = ReminderStage.BEFORE if left <= REMINDER_WORKING_DAYS else None
                else:
                    left = -calendar.working_days_between(day, today)
                    stage = ReminderStage.OVERDUE if -left <= OVERDUE_WORKING_DAYS else None
                if stage is None or (campaign.pk, unit.pk, deadline.value, stage.value) in sent:
                    continue
                if has_sent(campaign, unit, deadline):
                    continue
                due.append(Due(campaign, unit, deadline, day, stage, left))
    return due


def recipients(due: Due) -> list[str]:
    if due.stage == ReminderStage.BEFORE:
        unit, roles = due.unit, (Role.OFFICER,)
    else:
        unit, roles = due.unit.parent, (Role.REVIEWER,)
        if unit is None:
            return []
    users = (
        get_user_model()
        .objects.filter(is_active=True, membership__unit=unit, membership__role__in=roles)
        .exclude(email="")
    )
    return sorted(users.values_list("email", flat=True))


def message(due: Due) -> tuple[str, str]:
    """Subject and text of the e-mail, in Vietnamese."""
    _model, url_name = RECORDS[due.deadline]
    values = {
        "unit": due.unit.title,
        "parent": due.unit.parent.title if due.unit.parent_id else "",
        "campaign": due.campaign.short_title or due.campaign.title,
        "record": record_name(due.deadline),
        "day": date_format(due.day, "SHORT_DATE_FORMAT"),
        "left": due.working_days_left,
        "link": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(url_name),
    }
    if due.stage == ReminderStage.BEFORE:
        subject = gettext("Nhắc hạn gửi %(record)s: hạn cuối ngày %(day)s (%(campaign)s)") % values
        if due.working_days_left:
            when = gettext("hạn cuối là ngày %(day)s (còn %(left)s ngày làm việc)") % values
        else:
            when = gettext("hôm nay, ngày %(day)s, là hạn cuối") % values
        body = gettext(
            "Kính gửi %(unit)s,\n\n"
            "Theo kế hoạch %(campaign)s, %(when)s để gửi %(record)s. Đến nay Cổng thi đua chưa nhận được "
            "%(record)s của đơn vị.\n\n"
            "Đề nghị đơn vị hoàn thành và gửi trên Cổng thi đua tại:\n%(link)s\n\n"
            "Thư này được gửi tự động; đơn vị đã gửi thì không cần trả lời."
        ) % {**values, "when": when}
    else:
        subject = gettext("Quá hạn: %(unit)s chưa gửi %(record)s (%(campaign)s)") % values
        body = (
            gettext(
                "Kính gửi Thường trực %(parent)s,\n\n"
                "Đã quá hạn gửi %(record)s của %(campaign)s (hạn cuối ngày %(day)s) mà %(unit)s chưa gửi. "
                "Đề nghị Thường trực đôn đốc đơn vị.\n\n"
                "Xem tình hình trên Cổng thi đua tại:\n%(link)s\n\n"
                "Thư này được gửi tự động."
            )
            % values
        )
    return subject, body


def send(due: Due) -> bool:
    """Send one reminder and record it; False when it was already sent or nobody can receive it."""
    to = recipients(due)
    if not to:
        return False
    subject, body = message(due)
    try:
        with transaction.atomic():
            DeadlineReminder.objects.create(
                campaign=due.campaign,
                unit=due.unit,
                deadline=due.deadline,
                stage=due.stage,
                deadline_date=due.day,
                recipients=", ".join(to),
            )
            send_mail(subject, body, None, to)
    except IntegrityError:  # another run sent it a moment ago
        return False
    return True


def send_due_reminders(today: date | None = None) -> int:
    today = today or timezone.localdate()
    sent = 0
    with translation.override("vi"):
        for due in due_reminders(today):
            try:
                sent += send(due)
            except OSError:  # the mail server: logged, the next run tries again
                logger.exception("Không gửi được thư nhắc hạn cho %s", due.unit)
    return sent


@task()
def send_deadline_reminders() -> int:
    """The daily job: every reminder due today, each once."""
    return send_due_reminders()
