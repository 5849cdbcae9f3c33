"""Edit forms of the unit-scoped snippets: who may set which status.

An officer drafts and submits; only the reviewers of the unit above (or the province
office and council) accept, return, or mark a work as accepted. The form enforces it
field by field, so a crafted POST cannot set a status the user may not set.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models.submissions import OFFICER_STATUSES
from exemplars.models.works import WorkStatus

from .scoping import reviews_unit
from .viewsets import UnitScopedForm


class ReviewedRecordForm(UnitScopedForm):
    """A form whose status and review comment belong to the unit above."""

    officer_statuses: tuple = ()
    reviewer_only_fields: tuple = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        self.can_review = bool(
            self.for_user is not None
            and instance.pk
            and instance.unit_id
            and reviews_unit(self.for_user, instance.unit)
        )
        if self.can_review or "status" not in self.fields:
            return
        for name in self.reviewer_only_fields:
            if name in self.fields:
                self.fields[name].disabled = True
        status = self.fields["status"]
        current = instance.status if instance.pk else None
        if current and current not in self.officer_statuses:
            status.disabled = True
            status.help_text = _("Cấp trên đã xét; đơn vị không tự thay đổi trạng thái này.")
        else:
            status.choices = [(v, label) for v, label in status.choices if v in self.officer_statuses]

    def clean_status(self):
        status = self.cleaned_data.get("status")
        if self.can_review or self.fields["status"].disabled:
            return status
        if status not in self.officer_statuses:
            raise forms.ValidationError(_("Trạng thái này do cấp trên xác nhận."))
        return status


class SubmissionForm(ReviewedRecordForm):
    officer_statuses = tuple(OFFICER_STATUSES)
    reviewer_only_fields = ("review_comment",)


class WorkForm(ReviewedRecordForm):
    officer_statuses = (WorkStatus.REGISTERED, WorkStatus.IN_PROGRESS)
    reviewer_only_fields = ("featured",)
