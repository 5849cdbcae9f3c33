"""The officer's fenced viewsets (grouped into the menu by ``nominations``), memberships, demo accounts."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from campaigns.models import CampaignReport, Registration
from exemplars.models import Work

from . import admin_branding, admin_shaping, localize_api  # noqa: F401 - register their hooks
from .forms import SubmissionForm, WorkForm
from .memberships import MembershipViewSet
from .review_views import (
    OnePerUnitReviewedCreateView,
    ReviewedSnippetViewSet,
    ReviewStateColumn,
    ReviewStateFilterSet,
)
from .workflow_views import BoundWorkflowPageViewSet


class RegistrationFilterSet(ReviewStateFilterSet):
    class Meta:
        model = Registration
        fields = ["campaign", "unit"]


class CampaignReportFilterSet(ReviewStateFilterSet):
    class Meta:
        model = CampaignReport
        fields = ["campaign", "unit"]


class WorkFilterSet(ReviewStateFilterSet):
    class Meta:
        model = Work
        fields = ["campaign", "status", "unit", "category"]


class SubmissionViewSet(ReviewedSnippetViewSet):
    """A record each unit sends once per campaign (registration, final report)."""

    form_class = SubmissionForm
    add_view_class = OnePerUnitReviewedCreateView
    list_display = ["unit", "campaign", ReviewStateColumn(), "submitted_at", "timeliness"]


class RegistrationViewSet(SubmissionViewSet):
    model = Registration
    filterset_class = RegistrationFilterSet
    icon = "form"
    menu_label = _("Đăng ký thi đua")
    list_export = ["unit", "campaign", "review_state_label", "submitted_at", "works_committed", "commitments"]
    search_fields = ["commitments", "unit__name"]
    export_filename = "dang-ky-thi-dua"


class CampaignReportViewSet(SubmissionViewSet):
    model = CampaignReport
    filterset_class = CampaignReportFilterSet
    icon = "doc-full"
    menu_label = _("Báo cáo tổng kết")
    list_export = [
        "unit",
        "campaign",
        "review_state_label",
        "submitted_at",
        "works_completed",
        "works_value_vnd",
        "people_contribution_vnd",
        "exemplars_honored",
    ]
    search_fields = ["summary", "unit__name"]
    export_filename = "bao-cao-tong-ket"


class WorkViewSet(ReviewedSnippetViewSet):
    model = Work
    form_class = WorkForm
    filterset_class = WorkFilterSet
    icon = "home"
    menu_label = _("Công trình, phần việc")
    list_display = ["title", "unit", "status", ReviewStateColumn(), "accepted_on"]
    list_export = ["title", "unit", "campaign", "category", "status", "place", "value_vnd", "accepted_on"]
    search_fields = ["title", "place"]
    export_filename = "cong-trinh-phan-viec"
    list_per_page = 30

    def get_queryset(self, request):
        # Officers register works in Vietnamese; translations are the editors' business.
        # Latest accepted first, works not yet accepted last, on every database (for a
        # plain "-accepted_on" PostgreSQL puts them first; see ``Work.Meta.ordering``).
        return (
            super()
            .get_queryset(request)
            .filter(locale__language_code="vi")
            .order_by(F("accepted_on").desc(nulls_last=True), "-pk")
        )


register_snippet(MembershipViewSet)


@hooks.register("register_admin_viewset")
def register_bound_workflow_page_viewset():
    """Pages' workflow actions act only on the page's own step (replaces Wagtail's default viewset)."""
    return BoundWorkflowPageViewSet()
