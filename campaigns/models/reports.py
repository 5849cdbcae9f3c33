"""A unit's final report (báo cáo tổng kết) on the campaign, with its figures."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .submissions import UnitSubmission, submission_panels


class CampaignReport(UnitSubmission):
    """One per unit and campaign; late after the plan's report deadline (02/11 in 2020)."""

    summary = models.TextField(verbose_name=_("Tóm tắt kết quả"))
    works_completed = models.PositiveIntegerField(
        default=0, verbose_name=_("Số công trình, phần việc hoàn thành")
    )
    works_value_vnd = models.BigIntegerField(
        default=0, validators=[MinValueValidator(0)], verbose_name=_("Tổng giá trị công trình (đồng)")
    )
    people_contribution_vnd = models.BigIntegerField(
        default=0, validators=[MinValueValidator(0)], verbose_name=_("Nhân dân đóng góp (đồng)")
    )
    exemplars_honored = models.PositiveIntegerField(
        default=0, verbose_name=_("Số tập thể, cá nhân được biểu dương")
    )

    deadline_field = "report_deadline"

    panels = submission_panels(
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("works_completed"), FieldPanel("exemplars_honored")], heading=_("Số liệu")),
        FieldRowPanel([FieldPanel("works_value_vnd"), FieldPanel("people_contribution_vnd")]),
    )

    class Meta:
        ordering = ["-submitted_at", "unit__path"]
        verbose_name = _("báo cáo tổng kết")
        verbose_name_plural = _("báo cáo tổng kết")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "unit"], name="one_report_per_unit_and_campaign")
        ]
