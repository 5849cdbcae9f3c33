"""A unit's emulation registration (đăng ký thi đua) for a campaign."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel


class RegistrationStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    SUBMITTED = "submitted", _("Đã gửi")
    ACCEPTED = "accepted", _("Đã duyệt")
    RETURNED = "returned", _("Trả lại để bổ sung")


COUNTED_REGISTRATION_STATUSES = (RegistrationStatus.SUBMITTED, RegistrationStatus.ACCEPTED)


class Registration(models.Model):
    """One per unit and campaign: the unit's commitments, reviewed by the unit above."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage", on_delete=models.PROTECT, related_name="registrations",
        verbose_name=_("Đợt thi đua"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="registrations",
        verbose_name=_("Đơn vị"),
    )
    commitments = models.TextField(verbose_name=_("Nội dung đăng ký, cam kết"))
    status = models.CharField(
        max_length=20, choices=RegistrationStatus.choices, default=RegistrationStatus.DRAFT,
        verbose_name=_("Trạng thái"),
    )
    submitted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Ngày gửi"))
    review_comment = models.TextField(blank=True, verbose_name=_("Ý kiến của cấp trên"))

    panels = [
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]),
        FieldPanel("commitments"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("submitted_at")]),
        FieldPanel("review_comment"),
    ]

    class Meta:
        ordering = ["-submitted_at", "unit__path"]
        verbose_name = _("Đăng ký thi đua")
        verbose_name_plural = _("Đăng ký thi đua")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "unit"], name="one_registration_per_unit_and_campaign")
        ]

    def __str__(self) -> str:
        return f"{self.unit} – {self.campaign}"

    @property
    def is_late(self) -> bool:
        deadline = self.campaign.registration_deadline
        if not deadline or not self.submitted_at:
            return False
        return timezone.localtime(self.submitted_at).date() > deadline
