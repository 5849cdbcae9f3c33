"""Wagtail hooks of the home app: the editorial workflow's labels and panel."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem

from .editorial_dashboard import EditorialWorkPanel, writes_pages


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
