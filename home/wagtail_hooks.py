"""Wagtail hooks of the home app, and the admin's form field for rich text."""

from django.db import models

from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from .admin_fields import rich_text_form_field
from .dates import date_form_field
from .models import DEMO_DATA_HOOK

# Every admin form's rich text field says when the editor's content cannot be read.
register_form_field_override(RichTextField, override=rich_text_form_field)
# Every admin form's date is kept as typed, and refused in Vietnamese when it does not exist.
register_form_field_override(models.DateField, override=date_form_field)


@hooks.register(DEMO_DATA_HOOK, order=0)
def load_demo_site(ctx):
    """Locales, home page, site settings and the demo admin (``manage.py load_demo``)."""
    from .demo import load_site

    load_site(ctx)


@hooks.register(DEMO_DATA_HOOK, order=90)
def load_demo_standard_pages(ctx):
    """About and contact pages, after the other apps' pages so the menu ends with them."""
    from .demo import load_standard_pages

    load_standard_pages(ctx)


@hooks.register("front_cache_listing_pages")
def home_listing_pages():
    """The home page lists news, works and exemplars: purged with every change (home/front_cache.py)."""
    from .models import HomePage

    return [HomePage]
