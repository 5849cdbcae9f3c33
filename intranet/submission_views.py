"""Create views of records a unit has one of per campaign: a second click opens the first.

Registrations and final reports are unique per unit and campaign (a database constraint).
Two clicks on "Lưu" send the form twice. When the second arrives after the first was
saved, the form's uniqueness check refuses it; when both arrive together, both pass the
check and the database refuses the second (``IntegrityError``), which answered 500.

Either way, if what was sent is what the saved record holds, the officer is taken to that
record with a message. A different record for the same unit and campaign keeps the form
with what was typed, says why, and offers a button to open the existing one.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist
from django.db import IntegrityError, models
from django.forms.forms import NON_FIELD_ERRORS
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext

from wagtail.admin import messages
from wagtail.snippets.views.snippets import CreateView

from .scoping import can_see_unit


class OnePerUnitCreateView(CreateView):
    @cached_property
    def twin_fields(self) -> tuple[str, ...]:
        """The fields of the model's one-per-unit constraint (empty if it has none)."""
        for constraint in self.model._meta.constraints:
            if isinstance(constraint, models.UniqueConstraint) and "unit" in constraint.fields:
                if constraint.condition is None:
                    return tuple(constraint.fields)
        return ()

    def twin_of(self, form):
        """The saved record with the same unit and campaign as the form, if the user may see it."""
        values = {name: form.cleaned_data.get(name) for name in self.twin_fields}
        if not values or any(value is None for value in values.values()):
            return None
        twin = self.model._default_manager.filter(**values).select_related("unit").first()
        return twin if twin is not None and can_see_unit(self.request.user, twin.unit) else None

    def holds_what_was_sent(self, twin, form) -> bool:
        for name in form.cleaned_data:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not field.concrete or isinstance(field, models.FileField):
                continue  # the same file sent twice is stored under two names
            if field.value_from_object(form.instance) != field.value_from_object(twin):
                return False
        return True

    def answer_twin(self, form, twin):
        edit_url = reverse(self.edit_url_name, args=[quote(twin.pk)])
        record = {"model": self.model._meta.verbose_name, "unit": twin.unit}
        only_the_twin_is_wrong = set(form.errors) <= {NON_FIELD_ERRORS}
        if only_the_twin_is_wrong and self.holds_what_was_sent(twin, form):
            messages.success(
                self.request,
                gettext("%(model)s của %(unit)s đã được lưu ở lần bấm trước; đây là bản đã lưu.")
                % {**record, "model": capfirst(record["model"])},
            )
            return redirect(edit_url)
        if only_the_twin_is_wrong and not form.errors:
            form.add_error(None, gettext("%(unit)s đã có %(model)s của đợt thi đua này.") % record)
        messages.error(
            self.request,
            gettext(
                "%(unit)s đã có %(model)s của đợt thi đua này: mỗi đơn vị một bản. Hãy mở bản đã có để sửa."
            )
            % record,
            buttons=[messages.button(edit_url, gettext("Mở bản đã có"))],
        )
        return super().form_invalid(form)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except IntegrityError:
            twin = self.twin_of(form)
            if twin is None:
                raise
            self.forget_files(form, twin)
            return self.answer_twin(form, twin)

    def form_invalid(self, form):
        twin = self.twin_of(form)
        if twin is None:
            return super().form_invalid(form)
        return self.answer_twin(form, twin)

    def forget_files(self, form, twin):
        """Remove files the refused save had already stored: no record points at them."""
        for field in self.model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                stored = getattr(form.instance, field.attname)
                if stored and stored.name != getattr(twin, field.attname).name:
                    stored.delete(save=False)
