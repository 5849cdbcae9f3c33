"""The officer's admin menu, fenced viewsets, login auditing and demo accounts."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from campaigns.models import CampaignReport, Registration
from exemplars.models import Work
from home.models import DEMO_DATA_HOOK

from . import admin_shaping, localize_api  # noqa: F401 - register the admin shaping and localize API hooks
from .forms import SubmissionForm, WorkForm
from .memberships import MembershipViewSet
from .middleware import SCOPED_VIEWSET_NAMESPACES
from .nominations import DECISION_ACTION, EXPORT_ACTION, NominationDeadlineExtensionViewSet, NominationViewSet
from .quotas import UnitQuotaViewSet
from .viewsets import UnitScopedSnippetViewSet
from .workflow_views import BoundWorkflowPageViewSet


class RegistrationViewSet(UnitScopedSnippetViewSet):
    model = Registration
    form_class = SubmissionForm
    icon = "form"
    menu_label = _("Đăng ký thi đua")
    list_display = ["unit", "campaign", "status", "submitted_at", "timeliness"]
    list_filter = ["campaign", "status", "unit"]
    list_export = ["unit", "campaign", "status", "submitted_at", "works_committed", "commitments"]
    search_fields = ["commitments", "unit__name"]
    export_filename = "dang-ky-thi-dua"


class CampaignReportViewSet(UnitScopedSnippetViewSet):
    model = CampaignReport
    form_class = SubmissionForm
    icon = "doc-full"
    menu_label = _("Báo cáo tổng kết")
    list_display = ["unit", "campaign", "status", "submitted_at", "timeliness"]
    list_filter = ["campaign", "status", "unit"]
    list_export = [
        "unit", "campaign", "status", "submitted_at", "works_completed",
        "works_value_vnd", "people_contribution_vnd", "exemplars_honored",
    ]
    search_fields = ["summary", "unit__name"]
    export_filename = "bao-cao-tong-ket"


class WorkViewSet(UnitScopedSnippetViewSet):
    model = Work
    form_class = WorkForm
    icon = "home"
    menu_label = _("Công trình, phần việc")
    list_display = ["title", "unit", "status", "accepted_on"]
    list_filter = ["campaign", "status", "unit", "category"]
    list_export = ["title", "unit", "campaign", "category", "status", "place", "value_vnd", "accepted_on"]
    search_fields = ["title", "place"]
    export_filename = "cong-trinh-phan-viec"
    list_per_page = 30

    def get_queryset(self, request):
        # Officers register works in Vietnamese; translations are the editors' business.
        return super().get_queryset(request).filter(locale__language_code="vi")


class UnitWorkGroup(SnippetViewSetGroup):
    """Everything an officer does for the campaign, under one menu."""

    menu_label = _("Thi đua của đơn vị")
    menu_name = admin_shaping.UNIT_WORK_MENU_NAME
    menu_icon = "tasks"
    menu_order = 150
    items = (RegistrationViewSet, WorkViewSet, CampaignReportViewSet, NominationViewSet, UnitQuotaViewSet)


unit_work = UnitWorkGroup()
register_snippet(unit_work)
register_snippet(MembershipViewSet)
register_snippet(NominationDeadlineExtensionViewSet)
for viewset in unit_work.registerables:
    SCOPED_VIEWSET_NAMESPACES.add(viewset.get_admin_url_namespace())
    SCOPED_VIEWSET_NAMESPACES.add(viewset.get_chooser_admin_url_namespace())


@hooks.register("register_admin_viewset")
def register_bound_workflow_page_viewset():
    """Pages' workflow actions act only on the page's own step (replaces Wagtail's default viewset)."""
    return BoundWorkflowPageViewSet()


@hooks.register("register_log_actions")
def register_nomination_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Xuất danh sách"), _("Xuất danh sách có dữ liệu cá nhân"))
    actions.register_action(
        DECISION_ACTION, _("Ghi quyết định khen thưởng"), _("Ghi quyết định khen thưởng và công bố điển hình")
    )


@hooks.register(DEMO_DATA_HOOK, order=30)
def load_demo_intranet(ctx):
    """Groups' members, demo accounts, the intranet pages, a current campaign's records."""
    from .demo import load

    load(ctx)
