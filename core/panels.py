"""Panel pieces of the admin forms for input no browser sends.

- ``ReadableImageChooser``: Wagtail's image chooser looks the chosen image up again to
  show the form; given ``main_image=abc`` (refused by the field) it raised there instead
  of showing the error. Set on the panels that pick images: Wagtail registers its own
  chooser for every image field when ``wagtail.images`` is ready, after this project's
  apps, so a registration made here would be replaced.
- ``InlinePanel``: a formset told it has more child forms than were sent (``photos-
  TOTAL_FORMS=2`` and nothing else) counts the missing ones as empty extra forms. Django
  leaves those without an order; Wagtail's inline panel sorts the child forms by it to show
  the form again, and raised. Here every child form has an order, empty ones last. And a
  count no person sends (``photos-TOTAL_FORMS=9999``) is refused with Django's "at most
  N forms" error after ``MAX_CHILD_FORMS`` instead of Django's thousand: the server
  would otherwise build and render a thousand empty forms for one request.
"""

from django.core.exceptions import ValidationError
from django.forms.formsets import ORDERING_FIELD_NAME
from django.utils.translation import gettext_lazy as _

from modelcluster.forms import BaseChildFormSet
from wagtail.admin import panels
from wagtail.images.widgets import AdminImageChooser


class ReadableImageChooser(AdminImageChooser):
    def get_instance(self, value):
        """An id that is not a number chooses nothing (the field has already said so)."""
        try:
            return super().get_instance(value)
        except (ValueError, TypeError, ValidationError):
            return None


MAX_CHILD_FORMS = 100


class EveryChildOrderedFormSet(BaseChildFormSet):
    default_error_messages = {
        **BaseChildFormSet.default_error_messages,
        "too_many_forms": _("Chỉ gửi được tối đa %(num)d mục trong một lần lưu."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_num = min(self.max_num, MAX_CHILD_FORMS)
        self.absolute_max = min(self.absolute_max, MAX_CHILD_FORMS)

    def full_clean(self):
        super().full_clean()
        if self.can_order:
            for form in self.forms:
                if hasattr(form, "cleaned_data"):
                    form.cleaned_data.setdefault(ORDERING_FIELD_NAME, None)


class InlinePanel(panels.InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = EveryChildOrderedFormSet
        return options
