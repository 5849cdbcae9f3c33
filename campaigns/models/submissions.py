"""What a unit sends up to the unit above: registrations and final reports share a life.

Both are drafted by the unit's officer, submitted (the submission time is what makes
them on time or late against the plan's deadline), then accepted or returned with a
comment by the reviewers of the unit above.
"""

from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.private_files import PrivateFileValidator, get_private_storage, private_upload_path


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    SUBMITTED = "submitted", _("Đã gửi, chờ duyệt")
    ACCEPTED = "accepted", _("Đã duyệt")
    RETURNED = "returned", _("Trả lại để bổ sung")


COUNTED_SUBMISSION_STATUSES = (SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED)
OFFICER_STATUSES = (SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED)
REVIEWER_STATUSES = (SubmissionStatus.ACCEPTED, SubmissionStatus.RETURNED)


class UnitSubmission(models.Model):
    campaign = models.ForeignKey(
        "campaigns.CampaignPage", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("Đợt thi đua"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("Đơn vị")
    )
    status = models.CharField(
        max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.DRAFT,
        verbose_name=_("Trạng thái"), db_index=True,
    )
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("Ngày gửi"))
    review_comment = models.TextField(blank=True, verbose_name=_("Ý kiến của cấp trên"))
    file = models.FileField(
        upload_to=private_upload_path, storage=get_private_storage, blank=True,
        validators=[PrivateFileValidator()], verbose_name=_("Tệp văn bản"),
        help_text=_("Văn bản có chữ ký, đóng dấu (PDF, Word, Excel hoặc ảnh chụp; tối đa 20 MB)."),
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Cập nhật"))

    deadline_field: str

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.unit} – {self.campaign}"

    def clean(self):
        super().clean()
        if self.campaign_id and self.unit_id:
            self.campaign.check_unit_in_force(self.unit)

    def save(self, *args, **kwargs):
        if self.status in COUNTED_SUBMISSION_STATUSES and self.submitted_at is None:
            self.submitted_at = timezone.now()
        if self.status == SubmissionStatus.DRAFT:
            self.submitted_at = None
        super().save(*args, **kwargs)

    @property
    def deadline(self) -> date | None:
        return getattr(self.campaign, self.deadline_field)

    @property
    def is_late(self) -> bool:
        """Submitted after the plan's deadline, or still not submitted once it passed."""
        if not self.deadline:
            return False
        if self.submitted_at is None:
            return timezone.localdate() > self.deadline
        return timezone.localtime(self.submitted_at).date() > self.deadline

    @property
    def timeliness(self) -> str:
        """"Trễ hạn" or "Đúng hạn", for listings and exports (a word, not True/False)."""
        return str(_("Trễ hạn") if self.is_late else _("Đúng hạn"))

    timeliness.fget.short_description = _("Thời hạn")
