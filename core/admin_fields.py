"""The rich text field of the admin forms, for content that is not the editor's JSON.

The rich text editor (Draftail) posts its content as JSON, and Wagtail's widget converts
it while the form reads its data: text that is not the editor's JSON (a crafted POST, a
broken browser extension) raised there, before any field could validate it, and answered
500. Here the widget marks such content unreadable, the field refuses it with a Vietnamese
message, and the editor shows again the text as last saved.

``core.wagtail_hooks`` gives this field to every admin form's ``RichTextField`` (Wagtail's
``register_form_field_override``). For image ids that are not numbers see ``core.panels``.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.rich_text import DraftailRichTextArea


class Unreadable:
    """What the editor posted when it is not the editor's JSON."""

    def __repr__(self) -> str:
        return "<unreadable rich text>"


UNREADABLE = Unreadable()
# What the JSON parser and the converter raise on JSON of the wrong shape, or too deep.
CONVERSION_ERRORS = (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError)


class ReadableDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except CONVERSION_ERRORS:
            return UNREADABLE

    def format_value(self, value):
        return super().format_value(None if value is UNREADABLE else value)


class RichTextFormField(forms.CharField):
    default_error_messages = {
        "unreadable": _(
            "Không đọc được nội dung trong ô soạn thảo. Hãy tải lại trang, nhập lại nội dung rồi lưu."
        ),
    }

    def to_python(self, value):
        if value is UNREADABLE:
            raise ValidationError(self.error_messages["unreadable"], code="unreadable")
        return super().to_python(value)

    def bound_data(self, data, initial):
        """Show the text as last saved again, since what was posted could not be read."""
        return initial if data is UNREADABLE else data


def rich_text_form_field(db_field) -> dict:
    return {
        "form_class": RichTextFormField,
        "widget": ReadableDraftailRichTextArea(features=db_field.features),
    }
