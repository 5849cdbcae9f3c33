"""What officers and reviewers see of the Wagtail admin: only their job.

The fence (``middleware.py``) refuses every other screen; this module hides the doors
to them — menu items, home page summaries and panels, the search box's target — so an
officer never meets a link that answers 403.
"""

from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.search import SearchArea
from wagtail.admin.ui.components import Component

from .scoping import is_unit_scoped

UNIT_WORK_MENU_NAME = "thi-dua-cua-don-vi"
HELP_MENU_NAME = "help"  # Wagtail's help menu, which leads to the portal's guide (``admin_branding``)
DECISIONS_MENU_NAME = "quyet-dinh"  # decisions: shown (by the nominations app) to standing boards only


@hooks.register("insert_global_admin_css")
def admin_layout_css():
    """Rows, tables and the action bar laid out for phone and desktop (see the file)."""
    return format_html('<link rel="stylesheet" href="{}">', static("intranet/css/admin-layout.css"))


@hooks.register("insert_global_admin_js")
def admin_layout_js():
    """The phone's menu button placed below the messages, however many lines they take."""
    return format_html('<script src="{}" defer></script>', static("intranet/js/admin-layout.js"))


class UnitWorkSearchArea(SearchArea):
    """The sidebar's search box searches the unit's works, not the image library."""

    def is_shown(self, request):
        return is_unit_scoped(request.user)


@hooks.register("register_admin_search_area")
def register_unit_work_search_area():
    return UnitWorkSearchArea(
        _("Công trình, phần việc"),
        reverse_lazy("wagtailsnippets_exemplars_work:list"),
        name="unit-works",
        icon_name="home",
        order=0,
    )


@hooks.register("construct_main_menu", order=100)
def keep_only_the_unit_menu(request, menu_items):
    if is_unit_scoped(request.user):
        menu_items[:] = [
            item
            for item in menu_items
            if item.name in (UNIT_WORK_MENU_NAME, DECISIONS_MENU_NAME, HELP_MENU_NAME)
        ]


@hooks.register("construct_homepage_summary_items", order=100)  # after the apps add theirs
def no_site_wide_counts(request, summary_items):
    if is_unit_scoped(request.user):
        summary_items.clear()


class UnitTasksPanel(Component):
    """The admin home's only panel for officers: where their work is."""

    name = "unit_tasks"
    order = 10
    template_name = "intranet/admin/unit_tasks_panel.html"

    def get_context_data(self, parent_context):
        from .models import IntranetPage
        from .scoping import membership_of

        request = parent_context["request"]
        dashboard = IntranetPage.objects.live().filter(locale__language_code="vi").first()
        return {
            "membership": membership_of(request.user),
            "dashboard_url": dashboard.url if dashboard else None,
            "links": [
                (_("Đăng ký thi đua"), reverse("wagtailsnippets_campaigns_registration:list")),
                (_("Công trình, phần việc"), reverse("wagtailsnippets_exemplars_work:list")),
                (_("Báo cáo tổng kết"), reverse("wagtailsnippets_campaigns_campaignreport:list")),
                (_("Hồ sơ đề nghị khen thưởng"), reverse("wagtailsnippets_nominations_nomination:list")),
            ],
        }


# Wagtail's own workflow panels: the nominations awaiting this reviewer, and those this
# officer sent and that are still in review. Both list only what the task allows them.
WORKFLOW_PANELS = {"workflow_objects_to_moderate", "user_objects_in_workflow_moderation"}


@hooks.register("construct_homepage_panels", order=100)
def unit_tasks_panel_only(request, panels):
    if is_unit_scoped(request.user):
        panels[:] = [UnitTasksPanel()] + [
            panel for panel in panels if getattr(panel, "name", "") in WORKFLOW_PANELS
        ]
