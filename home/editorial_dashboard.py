"""The editor's panel on the admin home: their drafts, what waits for approval, what came back.

An editor opens the admin to pick up where they left off: pages they wrote and have not
sent yet, pages sent and waiting for the leadership, and pages returned — with the
reason and the full name of who returned them, so the correction starts from the
dashboard. "Theirs" is what Wagtail's own workflow panel means: pages they own or sent.
The approver's list of what waits for them is Wagtail's "awaiting your review" panel,
fed by ``EditorialApprovalTask``.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy

ROWS = 10


@dataclass
class PageRow:
    title: str
    edit_url: str
    kind: str
    when: datetime | None
    reason: str = ""
    approver: str = ""


def writes_pages(user) -> bool:
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change"])


def full_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def page_states(user, status: str):
    """Workflow states of pages the user owns or sent, with ``status``, newest first."""
    return (
        WorkflowState.objects.filter(base_content_type=get_default_page_content_type(), status=status)
        .filter(Q(requested_by=user) | Q(page__owner=user))
        .select_related("current_task_state", "current_task_state__finished_by")
        .order_by("-current_task_state__started_at")
    )


def rows_for_states(states) -> list[PageRow]:
    states = list(states[:ROWS])
    pages = Page.objects.filter(pk__in=[int(state.object_id) for state in states]).specific().in_bulk()
    rows = []
    for state in states:
        page = pages.get(int(state.object_id))
        if page is None:
            continue
        step = state.current_task_state
        rows.append(
            PageRow(
                title=page.get_admin_display_title(),
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                kind=str(page.specific_class._meta.verbose_name),
                when=step.finished_at or step.started_at if step else state.created_at,
                reason=step.comment if step else "",
                approver=full_name(step.finished_by) if step else "",
            )
        )
    return rows


def draft_rows(user) -> list[PageRow]:
    """Pages the user owns or last saved, with changes not yet published and not sent for approval."""
    in_workflow = Page.objects.filter(
        _workflow_states__status__in=(WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)
    )
    drafts = (
        Page.objects.filter(has_unpublished_changes=True)
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        # By key, as ``campaigns.models.submissions.without_active_workflow`` says why.
        .exclude(pk__in=in_workflow.values("pk"))
        .order_by("-latest_revision_created_at")
        .specific()[:ROWS]
    )
    return [
        PageRow(
            title=page.get_admin_display_title(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            kind=str(page.specific_class._meta.verbose_name),
            when=page.latest_revision_created_at,
        )
        for page in drafts
    ]


@dataclass
class Section:
    """One list of the panel: returned pages, pages waiting for approval, or drafts."""

    key: str
    heading: str
    rows: list[PageRow]
    when_label: str  # what the row's time is: when it was returned, sent or saved
    empty: str


class EditorialWorkPanel(Component):
    """The admin home's first panel for whoever writes pages."""

    name = "editorial_work"
    order = 50
    template_name = "home/admin/editorial_work_panel.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        # Returned pages first: they need the editor now.
        sections = [
            Section(
                "returned",
                _("Bị trả lại, cần sửa"),
                rows_for_states(page_states(user, WorkflowState.STATUS_NEEDS_CHANGES)),
                _("trả lại lúc"),
                _("Không có tin bài nào bị trả lại."),
            ),
            Section(
                "waiting",
                _("Đang chờ lãnh đạo duyệt"),
                rows_for_states(page_states(user, WorkflowState.STATUS_IN_PROGRESS)),
                _("gửi lúc"),
                _("Không có tin bài nào đang chờ duyệt."),
            ),
            Section(
                "drafts",
                _("Bản nháp chưa gửi duyệt"),
                draft_rows(user),
                _("lưu lúc"),
                _("Không có bản nháp nào."),
            ),
        ]
        # Those who publish (the leadership) see the panel only when it lists something:
        # their own list is Wagtail's "awaiting your review", below.
        lists_something = any(section.rows for section in sections)
        shown = lists_something or not PagePermissionPolicy().user_has_permission(user, "publish")
        return {"sections": sections, "shown": shown}
