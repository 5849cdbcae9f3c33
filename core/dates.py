"""Dates in the admin forms: typed day first (05/09/1985), kept as typed, refused when they do not exist.

Wagtail's date picker (the jQuery datetimepicker) "corrects" what was typed when the box
loses focus: 31/02/1990 became 03/03/1990 (JavaScript's ``Date`` rolls the days over),
"abc" became today's date, and the form then saved a date nobody typed. Here the picker
leaves the typed text alone (``validateOnBlur: false``) and the server says, in
Vietnamese and with the text still in the box, what is wrong with it:

- a date that does not exist (31/02/1990, 1990-02-31): "Ngày không tồn tại: …";
- text that is not a date (05/09/85, "abc"): "Không đọc được ngày: …";
- a year before 1900: nothing the Front records is older, so it is a typo (0190, 1099).

Accepted: dd/mm/yyyy as typed, and yyyy-mm-dd (what a browser or an older form sends);
the formats are the locale's ``DATE_INPUT_FORMATS`` (``config/formats``).

``core.wagtail_hooks`` gives the field and the picker to every admin form's
``DateField``. Birth dates use ``BirthDateInput``: its calendar opens some forty years
back and its year list runs from 1900 to this year, so a birth year is picked in two
clicks instead of forty "previous month" clicks.
"""

import re
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets import AdminDateInput

EARLIEST = date(1900, 1, 1)
# Typed in the shape of a date: day/month/year or year-month-day, numbers only.
DATE_SHAPE = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2})$")
SHOWN_LENGTH = 20  # of what was typed, in the message


class DayFirstDateField(forms.DateField):
    default_error_messages = {
        "nonexistent": _(
            "Ngày không tồn tại: %(value)s. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985."
        ),
        "invalid": _("Không đọc được ngày: %(value)s. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985."),
        "too_early": _("Ngày %(value)s trước năm 1900: hãy kiểm tra lại năm."),
    }

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            typed = str(value).strip()
            code = "nonexistent" if DATE_SHAPE.match(typed) else "invalid"
            shown = typed if len(typed) <= SHOWN_LENGTH else typed[:SHOWN_LENGTH] + "…"
            raise ValidationError(self.error_messages[code], code=code, params={"value": shown}) from None

    def validate(self, value):
        super().validate(value)
        if value is not None and value < EARLIEST:
            raise ValidationError(
                self.error_messages["too_early"],
                code="too_early",
                params={"value": value.strftime("%d/%m/%Y")},
            )


class DayFirstDateInput(AdminDateInput):
    """Wagtail's date picker (writing dd/mm/yyyy) that never rewrites what was typed."""

    def __init__(self, attrs=None, format=None):
        super().__init__(attrs={"placeholder": _("ngày/tháng/năm"), **(attrs or {})}, format=format)

    def get_config(self):
        return {
            **super().get_config(),
            "validateOnBlur": False,
            "yearStart": EARLIEST.year,
            "minDate": EARLIEST.strftime("%Y/%m/%d"),  # the picker's "formatDate"
        }


class BirthDateInput(DayFirstDateInput):
    """Opens on a plausible birth year; offers the years from 1900 to this one and no day after today."""

    age_shown_first = 40

    def get_config(self):
        today = timezone.localdate()
        return {
            **super().get_config(),
            "yearEnd": today.year,
            "maxDate": today.strftime("%Y/%m/%d"),
            # Read with the picker's own format (the widget's), only while the box is empty.
            "defaultDate": date(today.year - self.age_shown_first, 1, 1).strftime(self.format),
        }


def date_form_field(db_field) -> dict:
    """The admin's form field for a model's ``DateField`` (``register_form_field_override``).

    Without a hidden initial value: Django adds one to fields whose default is callable
    (an article's date defaults to today), but Wagtail's panels do not render it, so the
    field always counted as changed. An approver's "Duyệt và đăng" from the editor then
    saved a new revision, which (``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``) voided
    the approval it came with: the article stayed unpublished, waiting again.
    """
    return {"form_class": DayFirstDateField, "widget": DayFirstDateInput, "show_hidden_initial": False}
