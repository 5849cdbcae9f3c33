"""The admin screens of the records the unit above reviews: registrations, works, final reports.

Wagtail's snippet views run the workflow ("intranet.unit_review"); these subclasses say,
in plain words, what each action did and who acts next, and put the reason for a return,
with the reviewer's name, at the top of the officer's form. A reviewer's footer holds
the two review actions only (approve; return, which asks for the reason), and the form
is read-only (``intranet.forms``).

The listings can be narrowed to where records stand ("Tình trạng duyệt"), which is read
from the workflow, not from a field.
"""

from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.models import TaskState, WorkflowState
from wagtail.snippets.action_menu import WorkflowMenuItem
from wagtail.snippets.views.snippets import CreateView, EditView

import django_filters

from campaigns.models import ReviewState
from campaigns.models.submissions import (
    review_state_of,
    with_review_states,
    with_workflow_status,
    without_active_workflow,
)
from core.return_reasons import ReturnWithoutReason

from .submission_views import OnePerUnitCreateView
from .unit_review import UnitAboveReviewTask, return_note, what_happened
from .viewsets import UnitScopedFilterSet, UnitScopedSnippetViewSet
from .workflow_views import WorkflowActionView

# The editor's actions after which the officer or the reviewer is told where the record went.
REVIEW_ACTIONS = frozenset({"submit", "restart-workflow", "workflow-action"})


class ReviewMessagesMixin:
    """For the create and edit views: after a review action, say what happened and who acts next."""

    def get_success_message(self, *args, **kwargs):
        if self.action in REVIEW_ACTIONS and self.object is not None and self.object.pk:
            return what_happened(self.object)
        return super().get_success_message(*args, **kwargs)


class ReviewedEditView(ReviewMessagesMixin, EditView):
    """The edit view: the return's reason on top; in review, nothing is saved, only acted on."""

    def save_instance(self):
        """While the record is in review its form is read-only: an action saves no new revision.

        With reapproval on edit (``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``) a revision
        made by the approving click itself would void the approval; Wagtail's page editor
        skips it the same way.
        """
        if self.object.workflow_in_progress and self.action != "publish":
            self.new_revision = None
            return self.object
        return super().save_instance()

    def workflow_action_action(self):
        try:
            return super().workflow_action_action()
        except ReturnWithoutReason as refusal:
            messages.error(self.request, str(refusal))
            return redirect(reverse(self.edit_url_name, args=[quote(self.object.pk)]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.method == "GET":
            self.tell_where_it_stands()
        return context

    def tell_where_it_stands(self) -> None:
        state = self.object.current_workflow_state
        note = return_note(state)
        if note is not None:
            messages.warning(
                self.request,
                format_html(
                    "<strong>{}</strong> {}",
                    gettext("Cấp trên đã trả lại để bổ sung."),
                    gettext(
                        "%(reviewer)s, ngày %(day)s: “%(reason)s”. Sửa rồi bấm “Gửi lại” để gửi cấp trên duyệt."
                    )
                    % {
                        "reviewer": note.reviewer,
                        "day": date_format(localtime(note.returned_at), "d/m/Y") if note.returned_at else "",
                        "reason": note.reason,
                    },
                ),
            )
        elif state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            task_state = state.current_task_state
            task = task_state.task.specific if task_state else None
            if isinstance(task, UnitAboveReviewTask) and task.get_actions(self.object, self.request.user):
                messages.info(
                    self.request,
                    gettext(
                        "Đang chờ bạn duyệt. Hãy đọc nội dung và tệp đính kèm, rồi bấm “Duyệt”, hoặc "
                        "“Trả lại để bổ sung” kèm lý do."
                    ),
                )


class ReviewedCreateView(ReviewMessagesMixin, CreateView):
    pass


class OnePerUnitReviewedCreateView(ReviewMessagesMixin, OnePerUnitCreateView):
    """Registrations and reports: one per unit and campaign, and the message after sending."""


class ReviewedWorkflowActionView(WorkflowActionView):
    """Approve or return from the admin home's "waiting for me" panel: say what happened."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        if (
            TaskState.objects.filter(pk=self.task_state.pk)
            .exclude(status=TaskState.STATUS_IN_PROGRESS)
            .exists()
        ):
            messages.success(request, what_happened(self.object))
        return response


# -- the listing: where records stand ----------------------------------------------------------
def in_review_state(queryset, value: str):
    """``queryset`` narrowed to the records in ``value`` (a ``ReviewState``)."""
    if value == ReviewState.SUBMITTED:
        return with_workflow_status(queryset, WorkflowState.STATUS_IN_PROGRESS)
    if value == ReviewState.RETURNED:
        return with_workflow_status(queryset, WorkflowState.STATUS_NEEDS_CHANGES)
    if value == ReviewState.ACCEPTED:
        return queryset.filter(live=True)
    if value == ReviewState.DRAFT:
        return without_active_workflow(queryset)
    return queryset


class ReviewStateColumn(Column):
    """Where each record stands ("Đã gửi, chờ duyệt"...), read from the prefetched workflow state."""

    def __init__(self, name="review_state", **kwargs):
        super().__init__(name, label=_("Tình trạng duyệt"), **kwargs)

    def get_value(self, instance):
        return review_state_of(instance, instance.current_workflow_state).label


class ReviewStateFilterSet(UnitScopedFilterSet):
    review_state = django_filters.ChoiceFilter(
        label=_("Tình trạng duyệt"),
        choices=ReviewState.choices,
        method="filter_review_state",
        empty_label=_("Tất cả"),
    )

    def filter_review_state(self, queryset, name, value):
        return in_review_state(queryset, value)


class ReviewedSnippetViewSet(UnitScopedSnippetViewSet):
    """A fenced viewset for a record the unit above reviews through its workflow."""

    add_view_class = ReviewedCreateView
    edit_view_class = ReviewedEditView
    workflow_action_view_class = ReviewedWorkflowActionView

    def get_queryset(self, request):
        return with_review_states(super().get_queryset(request))


@hooks.register("construct_snippet_action_menu")
def review_actions_only(menu_items, request, context):
    """The reviewer's footer: approve, and return with a reason; nothing to save or cancel."""
    instance = context.get("instance")
    task = getattr(instance, "current_workflow_task", None) if instance is not None else None
    if isinstance(task, UnitAboveReviewTask) and task.get_actions(instance, request.user):
        menu_items[:] = [item for item in menu_items if isinstance(item, WorkflowMenuItem)]
