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

PUBLISH_ACTION = "action-publish"
UNIT_ABOVE_PUBLISHES = _(
    "Công trình của đơn vị do Thường trực cấp trên nghiệm thu và công bố; hãy lưu bản nháp "
    "hoặc gửi để cấp trên xét."
)


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

    def clean(self):
        """Publishing a unit's work is the decision of the unit above, never its own.

        Checked here, on the unit the form is about to save, so that creating a work and
        editing one meet the same rule (Wagtail's "publish" permission is per model, and a
        new work has no unit until the form is read). Wagtail's edit views publish when
        the POST carries ``action-publish``; the form is bound to that same POST.
        """
        cleaned_data = super().clean()
        if not self.data.get(PUBLISH_ACTION) or self.for_user is None:
            return cleaned_data
        # The unit saved so far and the unit chosen now: moving one's own work to a unit
        # below and publishing it in the same step is publishing one's own work.
        units = {cleaned_data.get("unit"), self.instance.unit if self.instance.unit_id else None} - {None}
        if not units or not all(reviews_unit(self.for_user, unit) for unit in units):
            raise forms.ValidationError(UNIT_ABOVE_PUBLISHES, code="unit_above_publishes")
        return cleaned_data
