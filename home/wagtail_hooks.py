"""Wagtail hooks of the home app: the admin's form fields, the editorial workflow's labels and panel."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.forms.models import register_form_field_override
from wagtail.fields import RichTextField

from core.admin_fields import rich_text_form_field
from core.dates import date_form_field

from .editorial_dashboard import EditorialWorkPanel, writes_pages
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
    """The home page lists news, works and exemplars: purged with every change (core/front_cache.py)."""
    from .models import HomePage

    return [HomePage]


# -- the editorial workflow ----------------------------------------------------------------
class SubmitForApprovalMenuItem(SubmitForModerationMenuItem):
    """The editor's button reads "Gửi duyệt" (again: "Gửi duyệt lại"), not "Submit to <workflow name>"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page is not None and page.pk else None
        returned = state is not None and state.status == state.STATUS_NEEDS_CHANGES
        context["label"] = _("Gửi duyệt lại") if returned else _("Gửi duyệt")
        return context


@hooks.register("construct_page_action_menu")
def plain_submit_label(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitForApprovalMenuItem(order=item.order)


@hooks.register("construct_homepage_panels")
def editorial_work_panel(request, panels):
    """Whoever writes pages sees their drafts, what waits for approval and what came back.

    The panel lists the same pages as Wagtail's "your pages in a workflow" and more (the
    reason and who returned it), so that one goes.
    """
    if not writes_pages(request.user):
        return
    panels[:] = [
        panel for panel in panels if getattr(panel, "name", "") != "user_objects_in_workflow_moderation"
    ]
    panels.insert(0, EditorialWorkPanel())
