"""What the deadline reminders sent: one row per unit, campaign, deadline and kind of reminder.

The unique constraint is what makes "each unit gets each reminder once" hold, whoever runs
the job and however often (``nominations.reminders``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Deadline(models.TextChoices):
    REGISTRATION = "registration_deadline", _("Hạn đăng ký thi đua")
    NOMINATION = "nomination_deadline", _("Hạn gửi hồ sơ đề nghị khen thưởng")
    REPORT = "report_deadline", _("Hạn gửi báo cáo tổng kết")


class ReminderStage(models.TextChoices):
    BEFORE = "before", _("Nhắc trước hạn")
    OVERDUE = "overdue", _("Báo đơn vị cấp trên: quá hạn")


class DeadlineReminder(models.Model):
    campaign = models.ForeignKey(
        "campaigns.CampaignPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("Đợt thi đua")
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("Đơn vị chưa gửi")
    )
    deadline = models.CharField(max_length=30, choices=Deadline.choices, verbose_name=_("Thời hạn"))
    stage = models.CharField(max_length=20, choices=ReminderStage.choices, verbose_name=_("Loại nhắc"))
    deadline_date = models.DateField(verbose_name=_("Hạn cuối"))
    recipients = models.TextField(blank=True, verbose_name=_("Gửi tới"))
    sent_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Thời điểm gửi"))

    class Meta:
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "unit", "deadline", "stage"], name="deadline_reminder_once_per_unit"
            ),
        ]
        verbose_name = _("thư nhắc thời hạn")
        verbose_name_plural = _("thư nhắc thời hạn")

    def __str__(self) -> str:
        return f"{self.get_deadline_display()} – {self.unit} – {self.get_stage_display()}"
