"""Edit forms of the records the unit above reviews: registrations, works, final reports.

Review is Wagtail's workflow (``intranet.unit_review``): no status here for anyone to
set. While a record is in review its form is read-only — the reviewer reads the dossier
as it was sent (fields and files) and approves or returns it; the unit waits (the
workflow's lock keeps it out). A crafted POST cannot change a disabled field: Django
keeps the saved value.
"""

from .scoping import reviews_unit
from .viewsets import UnitScopedForm


class ReviewedRecordForm(UnitScopedForm):
    """Read-only while the record is in review; otherwise the unit's own form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_review = bool(self.instance.pk and self.instance.workflow_in_progress)
        if self.in_review:
            self.make_read_only()

    def make_read_only(self) -> None:
        for field in self.fields.values():
            field.disabled = True
        for formset in getattr(self, "formsets", {}).values():
            for form in [*formset.forms, formset.empty_form]:
                for field in form.fields.values():
                    field.disabled = True


class SubmissionForm(ReviewedRecordForm):
    """A registration or a final report."""


class WorkForm(ReviewedRecordForm):
    """A work: the unit records its life; featuring it on the home page is for the units above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.instance.unit if self.instance.unit_id else None
        if "featured" in self.fields and not (
            self.for_user is not None and unit is not None and reviews_unit(self.for_user, unit)
        ):
            self.fields["featured"].disabled = True
