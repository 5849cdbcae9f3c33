"""A registration's or final report's form says, as it opens, that the plan's deadline for it has passed.

The officer learns it before filling the form in, not from the listing afterwards. A late
registration or report is still received (the unit above sees it marked "Trễ hạn"), so
the notice says so too. Once the record was sent its lateness is recorded and the notice
is no longer shown. ``UnitScopedSnippetViewSet`` puts the panel at the top of the forms
of the models that have a plan deadline (``UnitSubmission.deadline_field``).
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from campaigns.models import CampaignPage


class SubmissionDeadlinePanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Thời hạn"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "submission_deadline"

    class BoundPanel(Panel.BoundPanel):
        template_name = "intranet/admin/submission_deadline_notice.html"

        def is_shown(self):
            return bool(self.notice)

        def campaign(self) -> CampaignPage | None:
            """The record's campaign, or on a new form the one it opens with."""
            if self.instance.campaign_id:
                return self.instance.campaign
            chosen = self.form.initial.get("campaign") if self.form is not None else None
            return CampaignPage.objects.filter(pk=getattr(chosen, "pk", chosen)).first() if chosen else None

        @cached_property
        def notice(self) -> str:
            if self.instance.pk and self.instance.submitted_at is not None:
                return ""
            campaign = self.campaign()
            deadline = getattr(campaign, self.instance.deadline_field, None) if campaign is not None else None
            if deadline is None or timezone.localdate() <= deadline:
                return ""
            return gettext(
                "Đã quá hạn gửi %(record)s của đợt này (hạn cuối %(day)s). Bạn vẫn lưu và gửi được; cấp "
                "trên nhận bản gửi sau hạn với ghi chú trễ hạn."
            ) % {
                "record": str(self.instance._meta.verbose_name).lower(),
                "day": date_format(deadline, "SHORT_DATE_FORMAT"),
            }

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["notice"] = self.notice
            return context
