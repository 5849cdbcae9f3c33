"""Every app's admin forms: rich text that says when it cannot be read, dates kept as typed."""

from django.db import models

from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from .admin_fields import rich_text_form_field
from .dates import date_form_field

# Every admin form's rich text field says when the editor's content cannot be read.
register_form_field_override(RichTextField, override=rich_text_form_field)
# Every admin form's date is kept as typed, and refused in Vietnamese when it does not exist.
register_form_field_override(models.DateField, override=date_form_field)
