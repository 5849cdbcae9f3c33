"""Days the office adds to the public-holiday calendar for one year.

The holidays the law fixes (Tết, 30/4, 1/5, 2/9...) come from the PyPI package
``holidays``; each year the government also moves days (a Monday off between a holiday
and a weekend, made up by working a Saturday). The office records those here, so every
count of working days (comment periods, reminders before a deadline) follows them.
"""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class CalendarDayKind(models.TextChoices):
    DAY_OFF = "day_off", _("Ngày nghỉ bổ sung")
    WORKING_DAY = "working_day", _("Ngày làm việc bù")


class CalendarDay(models.Model):
    """A day off decreed for one year, or a Saturday worked to make up for one."""

    date = models.DateField(unique=True, verbose_name=_("Ngày"))
    kind = models.CharField(
        max_length=20,
        choices=CalendarDayKind.choices,
        default=CalendarDayKind.DAY_OFF,
        verbose_name=_("Loại ngày"),
        help_text=_(
            "Ngày nghỉ bổ sung: ngày làm việc được nghỉ theo thông báo của Chính phủ. Ngày làm "
            "việc bù: thứ Bảy, Chủ nhật phải đi làm để bù."
        ),
    )
    reason = models.CharField(
        max_length=255,
        verbose_name=_("Lý do, căn cứ"),
        help_text=_("Ví dụ: Nghỉ bù dịp Quốc khánh theo Thông báo của Bộ Nội vụ."),
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("ngày nghỉ bổ sung, ngày làm bù")
        verbose_name_plural = _("ngày nghỉ bổ sung, ngày làm bù")

    def __str__(self) -> str:
        return f"{date_format(self.date, 'SHORT_DATE_FORMAT')} – {self.get_kind_display()}"
