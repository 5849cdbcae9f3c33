"""Review by the unit above: the Wagtail task that registrations, works and final reports go through.

Each level sends its emulation registration, its works and its final report to the level
just above (the 2020 plan, section IV): the standing board of the unit directly above
the record's unit approves it or returns it with a reason — for a commune, its district's
board; for a district or a commune directly under the province, the province's board.
Units higher up follow along (they see the records) but do not act.

One ``UnitAboveReviewTask`` serves the three workflows "Duyệt đăng ký thi đua", "Duyệt
công trình, phần việc" and "Duyệt báo cáo tổng kết" (made by a data migration and
assigned to the models' content types), so history, notifications and the "waiting for
me" lists are Wagtail's, as for nominations. Approving ends the workflow, which
publishes the record (``WAGTAIL_FINISH_WORKFLOW_ACTION``, ``intranet.workflow_finish``):
nobody in the units holds "publish" on these models, so approval is the only way.

The reviewer reads the dossier as sent (the edit form is read-only while it is in
review, see ``intranet.forms``) and has two actions: approve, and return, which needs a
reason. The task itself refuses a return without one, whichever screen sends it.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState, WorkflowContentType, WorkflowState

from campaigns.models import Unit
from core.return_reasons import APPROVE, RETURN, ReturnNeedsReason, ReturnReasonForm

from .roles import Role
from .scoping import membership_of


class UnitReturnReasonForm(ReturnReasonForm):
    reason_required = _("Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.")


class UnitAboveReviewTask(ReturnNeedsReason, Task):
    """The standing board of the unit directly above the record's unit approves or returns it."""

    class Meta:
        verbose_name = _("thường trực cấp trên xét duyệt")
        verbose_name_plural = _("thường trực cấp trên xét duyệt")

    # -- who acts ---------------------------------------------------------------------------
    @staticmethod
    def reviewing_unit_id(obj) -> int | None:
        """The unit directly above the record's stored unit (the unit the fence reads), cached on ``obj``."""
        if not hasattr(obj, "_reviewing_unit_id"):
            if obj.pk is None:
                unit = obj.unit if obj.unit_id else None
                obj._reviewing_unit_id = unit.parent_id if unit is not None else None
            else:
                obj._reviewing_unit_id = (
                    type(obj)
                    ._default_manager.filter(pk=obj.pk)
                    .values_list("unit__parent_id", flat=True)
                    .first()
                )
        return obj._reviewing_unit_id

    def reviewing_unit(self, obj) -> Unit | None:
        unit_id = self.reviewing_unit_id(obj)
        return Unit.objects.filter(pk=unit_id).first() if unit_id else None

    def moderators(self, obj):
        """The members who act on ``obj`` (superusers aside): the board of the unit above."""
        unit_id = self.reviewing_unit_id(obj)
        if unit_id is None:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(
            is_active=True, membership__role=Role.REVIEWER, membership__unit_id=unit_id
        )

    def is_moderator(self, obj, user) -> bool:
        if not getattr(user, "is_authenticated", False):
            return False
        if user.is_superuser:
            return True
        membership = membership_of(user)
        if membership is None or membership.role != Role.REVIEWER:
            return False
        return self.reviewing_unit_id(obj) == membership.unit_id

    # -- Wagtail's Task API ---------------------------------------------------------------------
    def user_can_access_editor(self, obj, user):
        return self.is_moderator(obj, user)

    def locked_for_user(self, obj, user):
        """The unit waits while the unit above reviews; the reviewers read it (the form is read-only)."""
        return not self.is_moderator(obj, user)

    def user_can_lock(self, obj, user):
        return False

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.is_moderator(obj, user):
            return []
        return [(APPROVE, _("Duyệt"), False), (RETURN, _("Trả lại để bổ sung"), True)]

    def reviewed_content_types(self) -> list[ContentType]:
        """The content types of the models whose workflows include this task."""
        return [
            assignment.content_type
            for assignment in WorkflowContentType.objects.filter(
                workflow__workflow_tasks__task=self
            ).select_related("content_type")
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if getattr(user, "is_superuser", False):
            return states
        membership = membership_of(user)
        if membership is None or membership.role != Role.REVIEWER:
            return TaskState.objects.none()
        mine = Q(pk__in=[])
        for content_type in self.reviewed_content_types():
            model = content_type.model_class()
            if model is None:
                continue
            below = model._default_manager.filter(unit__parent_id=membership.unit_id)
            mine |= Q(workflow_state__in=below.values("_workflow_states"))
        return states.filter(mine)

    @classmethod
    def get_description(cls):
        return _(
            "Thường trực đơn vị cấp trên trực tiếp của đơn vị gửi duyệt hoặc trả lại (kèm lý do) "
            "đăng ký thi đua, công trình, phần việc và báo cáo tổng kết."
        )


# -- what the officer and the reviewer read -----------------------------------------------------
def person_name(user) -> str:
    if user is None:
        return gettext("(không rõ)")
    return user.get_full_name() or user.get_username()


@dataclass
class ReturnNote:
    """Why the unit above returned a record, who did, and when."""

    reason: str
    reviewer: str
    returned_at: datetime | None


def return_note(workflow_state: WorkflowState | None) -> ReturnNote | None:
    """The note of a returned record's workflow state (its rejecting step), or None."""
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None:
        return None
    return ReturnNote(
        reason=task_state.comment,
        reviewer=person_name(task_state.finished_by),
        returned_at=task_state.finished_at,
    )


def what_happened(obj) -> str:
    """After a submission or a review action: where the record stands now and who acts next."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    state = obj.current_workflow_state
    record = {"model": capfirst(obj._meta.verbose_name), "unit": obj.unit}  # opens each message
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        task = state.current_task_state.task.specific if state.current_task_state else None
        above = task.reviewing_unit(obj) if isinstance(task, UnitAboveReviewTask) else None
        if above is None:
            return gettext("%(model)s của %(unit)s đang chờ xét duyệt.") % record
        return gettext("%(model)s của %(unit)s đã gửi; bước tiếp theo: Thường trực %(above)s xét duyệt.") % {
            **record,
            "above": above.display_name,
        }
    note = return_note(state)
    if note is not None:
        return (
            gettext(
                "%(model)s của %(unit)s đã được trả lại kèm lý do; bước tiếp theo: cán bộ %(unit)s sửa và gửi lại."
            )
            % record
        )
    if obj.live:
        return gettext("%(model)s của %(unit)s đã được duyệt; không còn bước nào.") % record
    return gettext("%(model)s của %(unit)s đã lưu nháp, chưa gửi.") % record
