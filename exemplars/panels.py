"""The panel at the top of a nomination's form: quota left, deadline, what is still missing.

An officer drafting a nomination sees, before submitting, how many slots of each award
type their unit has left, until when they may submit (and whether the council reopened
submissions for them), what the dossier still lacks, and earlier awards of the same
person: a warning, never a bar.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel
from wagtail.models import Locale

from campaigns.models import CampaignPage, NomineeKind, Quota, Unit


class NominationGuidancePanel(Panel):
    """Read-only guidance computed from the nomination (or, on the add form, the user's unit)."""

    @property
    def clean_name(self):
        return super().clean_name or "nomination_guidance"

    class BoundPanel(Panel.BoundPanel):
        template_name = "exemplars/admin/nomination_guidance_panel.html"

        def _initial(self, field_name, model):
            value = getattr(self.instance, f"{field_name}_id", None)
            if value is None and self.form is not None:
                value = self.form.initial.get(field_name)
            if hasattr(value, "pk"):
                value = value.pk
            return model.objects.filter(pk=value).first() if value else None

        def get_context_data(self, parent_context=None):
            from .models.nominations import Nomination, quota_usage_for

            context = super().get_context_data(parent_context)
            campaign = self._initial("campaign", CampaignPage) or (
                # No campaign under way: the latest one, as the form's first choice.
                CampaignPage.objects.filter(locale=Locale.get_default()).order_by("-start_date").first()
            )
            unit = self._initial("unit", Unit)
            nomination = self.instance if self.instance.pk else Nomination(campaign=campaign, unit=unit)
            if campaign is None or unit is None:
                context.update(quotas=[], deadline=None)
                return context
            codes = unit.path.split(Unit.PATH_SEPARATOR)[:-1]
            award_types = []
            for quota in (
                Quota.objects.filter(page=campaign.source, unit__code__in=codes)
                .select_related("award_type")
                .order_by("award_type__sort_order")
            ):
                if quota.award_type not in award_types:
                    award_types.append(quota.award_type)
            quotas = [
                quota_usage_for(campaign, award_type, unit, kind)
                for award_type in award_types
                for kind in (NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL)
            ]
            deadline, extension = nomination.submission_deadline()
            context.update(
                unit=unit,
                campaign=campaign,
                quotas=[usage for usage in quotas if usage is not None and usage.limit],
                deadline=deadline,
                extension=extension,
                deadline_passed=deadline is not None and timezone.localdate() > deadline,
                missing=nomination.missing_for_submission() if self.instance.pk else [],
                earlier_awards=list(nomination.earlier_awards()[:5]) if self.instance.pk else [],
                decision=getattr(self.instance, "decision", None) if self.instance.pk else None,
                no_quota_note=_("Hình thức khen thưởng không có dòng chỉ tiêu cho đơn vị thì không giới hạn số lượng."),
            )
            return context
