"""Every app's admin forms: rich text that says when it cannot be read, dates kept as typed,
file inputs that say "Chọn tệp"."""

from django.db import models
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from .admin_fields import rich_text_form_field
from .dates import date_form_field

# Every admin form's rich text field says when the editor's content cannot be read.
register_form_field_override(RichTextField, override=rich_text_form_field)
# Every admin form's date is kept as typed, and refused in Vietnamese when it does not exist.
register_form_field_override(models.DateField, override=date_form_field)


@hooks.register("insert_global_admin_css")
def file_picker_css():
    """The file inputs' "Chọn tệp" button (core/widgets/file_picker.html)."""
    return format_html('<link rel="stylesheet" href="{}">', static("core/css/file-picker.css"))


@hooks.register("insert_global_admin_js")
def file_picker_js():
    """Writes the chosen file's name beside the button."""
    return format_html('<script src="{}" defer></script>', static("core/js/file-picker.js"))
