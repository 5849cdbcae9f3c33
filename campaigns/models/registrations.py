"""A unit's emulation registration (đăng ký thi đua) for a campaign."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from .submissions import UnitSubmission, submission_panels


class Registration(UnitSubmission):
    """One per unit and campaign: the unit's commitments, reviewed by the unit above.

    Late when submitted after the plan's registration deadline (28/02 in the 2020 plan).
    """

    commitments = models.TextField(
        verbose_name=_("Nội dung đăng ký, cam kết"),
        help_text=_("Các chỉ tiêu, công trình, phần việc đơn vị cam kết thực hiện."),
    )
    works_committed = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("Số công trình, phần việc đăng ký")
    )

    deadline_field = "registration_deadline"

    panels = submission_panels(FieldPanel("commitments"), FieldPanel("works_committed"))

    class Meta:
        ordering = ["-submitted_at", "unit__path"]
        verbose_name = _("đăng ký thi đua")
        verbose_name_plural = _("đăng ký thi đua")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "unit"], name="one_registration_per_unit_and_campaign"
            )
        ]
