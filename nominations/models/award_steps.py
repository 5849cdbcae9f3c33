"""The award chain as data: a Wagtail workflow per award type, made of award steps.

The province office keeps the chains in the admin (Cài đặt → Quy trình): each award
type points to a workflow (``AwardChain``), and each of the workflow's tasks is an
``AwardStepTask`` naming who acts (``Actor``) and what the step is (``StepKind``). So
the chain of a district's Giấy khen and that of the provincial People's Committee's
Bằng khen differ by data, not by code, and Wagtail keeps each step's history, its
"waiting for me" lists and its e-mails.

A step with nobody to act for a nomination (the unit above, when that is the province
committee itself) is recorded as skipped, with the reason, so no step disappears from
the history. A decision step is taken only through the decision screen, which records
the decision (number, date, signer, scan) and then approves the step: only a recorded
decision publishes. Likewise the council's consideration is taken only by its session's
secret ballot (``nominations.council``): when the chair closes the ballot, a passed
nominee's step is approved in the council's name, never by one member's click.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import LockableMixin, Task, TaskState, Workflow, WorkflowState

from core.dates import DayFirstDateField
from core.return_reasons import RETURN, ReturnNeedsReason
from intranet.scoping import membership_of
from intranet.unit_review import UnitReturnReasonForm, return_note

from ..chain import (
    ACTOR_ROLES,
    APPROVE_LABELS,
    UNIT_BOUND_ACTORS,
    Actor,
    StepKind,
    acting_unit,
    skip_reason,
)
from .council import AgendaItem, PassBase
from .nominations import Nomination, NominationRefused
from .public_comments import consideration_refusal

COUNCIL_BALLOT_ONLY = _(
    "Hồ sơ này được Hội đồng thi đua – khen thưởng xét tại phiên họp: biểu quyết kín trong Phiên họp Hội đồng. "
    "Kết quả biểu quyết chuyển hồ sơ sang bước tiếp theo khi chủ tọa đóng biểu quyết."
)


def passed_by_ballot(item, nomination) -> bool:
    """``item`` is this nomination's agenda item, passed by its session's ballot (as recorded)."""
    return (
        item is not None
        and AgendaItem.objects.filter(pk=item.pk, nomination_id=nomination.pk, passed=True).exists()
    )


class AwardChain(models.Model):
    """Which chain of steps (a Wagtail workflow) an award type's nominations go through."""

    award_type = models.OneToOneField(
        "campaigns.AwardType",
        on_delete=models.CASCADE,
        related_name="chain",
        verbose_name=_("Hình thức khen thưởng"),
    )
    workflow = models.ForeignKey(
        Workflow,
        on_delete=models.PROTECT,
        related_name="award_chains",
        verbose_name=_("Quy trình xét"),
        help_text=_("Các bước từ đề nghị đến quyết định; sửa các bước tại Cài đặt → Quy trình."),
    )
    # The council's rules for this award type (its session and secret ballot).
    quorum_percent = models.PositiveSmallIntegerField(
        default=50,
        validators=[MaxValueValidator(100)],
        verbose_name=_("Tỷ lệ có mặt tối thiểu (%)"),
        help_text=_(
            "Phiên họp xét hình thức này hợp lệ khi số thành viên có mặt vượt quá tỷ lệ này của tổng số "
            "thành viên Hội đồng (mặc định 50: quá nửa)."
        ),
    )
    pass_percent = models.PositiveSmallIntegerField(
        default=50,
        validators=[MaxValueValidator(100)],
        verbose_name=_("Tỷ lệ đồng ý để thông qua (%)"),
        help_text=_("Được thông qua khi số phiếu đồng ý vượt quá tỷ lệ này (mặc định 50: quá nửa)."),
    )
    pass_base = models.CharField(
        max_length=10,
        choices=PassBase.choices,
        default=PassBase.ALL_MEMBERS,
        verbose_name=_("Tỷ lệ đồng ý tính trên"),
    )
    comment_days = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("Số ngày làm việc lấy ý kiến nhân dân"),
        help_text=_(
            "Thời gian công khai danh sách đề nghị trên cổng thông tin để lấy ý kiến nhân dân trước khi "
            "Hội đồng xét; 0: hình thức này không đưa ra lấy ý kiến."
        ),
    )

    class Meta:
        verbose_name = _("quy trình xét khen thưởng theo hình thức")
        verbose_name_plural = _("quy trình xét khen thưởng theo hình thức")

    def __str__(self) -> str:
        return f"{self.award_type} – {self.workflow}"

    def has_quorum(self, present: int, council_size: int) -> bool:
        """More than ``quorum_percent`` of all the council's members are present."""
        return council_size > 0 and present * 100 > self.quorum_percent * council_size

    def passes(self, agree: int, present: int, council_size: int) -> bool:
        """More than ``pass_percent`` of the base (all members, or those present) agree."""
        base = council_size if self.pass_base == PassBase.ALL_MEMBERS else present
        return base > 0 and agree * 100 > self.pass_percent * base


class NominationRefusal(models.Model):
    """The outside body (UBND tỉnh, UB TW MTTQ) answered that it does not award this nominee.

    Recorded by the province office at the decision step of a chain that submits
    upwards; the chain ends there, the nomination is closed and frees its quota slot.
    """

    nomination = models.OneToOneField(
        "nominations.Nomination", on_delete=models.CASCADE, related_name="refusal", verbose_name=_("Hồ sơ")
    )
    letter = models.CharField(max_length=100, verbose_name=_("Số văn bản trả lời"))
    date = models.DateField(verbose_name=_("Ngày văn bản"))
    reason = models.TextField(verbose_name=_("Lý do không khen thưởng"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Người ghi"),
    )
    recorded_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày ghi"))

    class Meta:
        verbose_name = _("cấp có thẩm quyền không khen thưởng")
        verbose_name_plural = _("cấp có thẩm quyền không khen thưởng")

    def __str__(self) -> str:
        return self.letter


class RefusalForm(forms.Form):
    letter = forms.CharField(label=_("Số văn bản trả lời"), max_length=100)
    date = DayFirstDateField(
        label=_("Ngày văn bản"), widget=forms.DateInput(attrs={"placeholder": _("ngày/tháng/năm")})
    )
    reason = forms.CharField(label=_("Lý do không khen thưởng"), widget=forms.Textarea({"rows": 3}))


class StepCommentForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea({"rows": 2}))


class AwardStepTask(ReturnNeedsReason, Task):
    """One step of an award chain: who acts on a nomination, and what they do."""

    actor = models.CharField(max_length=30, choices=Actor.choices, verbose_name=_("Ai thực hiện"))
    kind = models.CharField(max_length=30, choices=StepKind.choices, verbose_name=_("Việc ở bước này"))

    admin_form_fields = Task.admin_form_fields + ["actor", "kind"]
    return_reason_form = UnitReturnReasonForm

    class Meta:
        verbose_name = _("bước xét khen thưởng")
        verbose_name_plural = _("bước xét khen thưởng")

    # -- who acts ---------------------------------------------------------------------------
    @staticmethod
    def nomination_of(obj):
        """The nomination as last edited (a step judges what was submitted).

        Kept on ``obj`` for its latest revision: the editor asks each step about the lock,
        the actions and access half a dozen times per page, and each revision read
        rebuilds the nomination with a query per related row. A new revision is read anew.
        """
        if not getattr(obj, "pk", None):
            return obj
        kept = getattr(obj, "_nomination_as_last_edited", None)
        if kept is None or kept[0] != obj.latest_revision_id:
            kept = (obj.latest_revision_id, obj.get_latest_revision_as_object())
            obj._nomination_as_last_edited = kept
        return kept[1]

    def applies_to(self, nomination) -> bool:
        return self.actor not in UNIT_BOUND_ACTORS or acting_unit(self.actor, nomination) is not None

    def moderators(self, nomination):
        """The members who act on ``nomination`` at this step (superusers aside)."""
        members = get_user_model().objects.filter(is_active=True, membership__role=ACTOR_ROLES[self.actor])
        if self.actor in UNIT_BOUND_ACTORS:
            unit = acting_unit(self.actor, nomination)
            if unit is None:
                return members.none()
            members = members.filter(membership__unit=unit)
        return members

    def is_moderator(self, nomination, user) -> bool:
        if not getattr(user, "is_authenticated", False):
            return False
        if user.is_superuser:
            return True
        membership = membership_of(user)
        if membership is None or membership.role != ACTOR_ROLES[self.actor]:
            return False
        if self.actor in UNIT_BOUND_ACTORS:
            unit = acting_unit(self.actor, nomination)
            return unit is not None and membership.unit_id == unit.pk
        return True

    def describe(self) -> str:
        """ "Văn phòng tỉnh – Kiểm tra hồ sơ": who acts next, for messages and the dashboard."""
        return f"{self.get_actor_display()} – {self.get_kind_display().lower()}"

    # -- Wagtail's Task API ---------------------------------------------------------------------
    def start(self, workflow_state, user=None):
        obj = workflow_state.content_object
        if isinstance(obj, Nomination) and workflow_state.current_task_state_id is None:
            # Entering review. Wagtail's edit view resumes a returned nomination through a
            # workflow state whose object it loaded before saving the edit being sent:
            # reload it, so the rules and the step's recorded revision see that edit.
            obj.refresh_from_db()
        nomination = self.nomination_of(obj)
        if isinstance(nomination, Nomination) and workflow_state.current_task_state_id is None:
            # Entering review. After a return, start again from the first step that has
            # not approved the latest revision (every step, since an edit needs
            # reapproval), rather than at the step that returned it.
            first = workflow_state.get_next_task()
            if first is not None and first.pk != self.pk:
                return first.specific.start(workflow_state, user=user)
            nomination.check_submission(workflow_state=workflow_state)
        if isinstance(nomination, Nomination) and not self.applies_to(nomination):
            return self.skip(workflow_state, nomination)
        if (
            isinstance(obj, LockableMixin)
            and obj.locked_by_id
            and not self.is_moderator(nomination, obj.locked_by)
        ):
            obj.locked, obj.locked_by, obj.locked_at = False, None, None
            obj.save(update_fields=["locked", "locked_by", "locked_at"])
        return super().start(workflow_state, user=user)

    def skip(self, workflow_state, nomination):
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            task=self,
            revision=workflow_state.content_object.get_latest_revision(),
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
            comment=skip_reason(self.actor, nomination),
        )
        task_state.save()
        return task_state

    @transaction.atomic
    def on_action(self, task_state, user, action_name, ballot=None, **kwargs):
        """``ballot``: the agenda item whose passed result approves the council's step."""
        if action_name == "refuse" and self.decided_outside:
            return self.refuse(task_state, user, **kwargs)
        if action_name == "approve":
            nomination = self.nomination_of(task_state.workflow_state.content_object)
            if self.decided_by_ballot and not passed_by_ballot(ballot, nomination):
                raise NominationRefused(str(COUNCIL_BALLOT_ONLY))
            if self.kind == StepKind.CONSIDERATION:
                # Nominees posted for public comment are considered only once it ended.
                refusal = consideration_refusal(nomination)
                if refusal:
                    raise NominationRefused(refusal)
            nomination.check_approval()
        return super().on_action(task_state, user, action_name, **kwargs)

    def refuse(self, task_state, user, letter, date, reason, **kwargs):
        """Close the chain with the outside body's refusal, kept with the nomination."""
        workflow_state = task_state.workflow_state
        NominationRefusal.objects.create(
            nomination_id=int(workflow_state.object_id),
            letter=letter,
            date=date,
            reason=reason,
            recorded_by=user,
        )
        task_state.comment = gettext("Không được khen thưởng (văn bản số %(letter)s): %(reason)s") % {
            "letter": letter,
            "reason": reason,
        }
        task_state.save(update_fields=["comment"])
        workflow_state.cancel(user=user)

    def user_can_access_editor(self, obj, user):
        return self.is_moderator(self.nomination_of(obj), user)

    def locked_for_user(self, obj, user):
        return not self.is_moderator(self.nomination_of(obj), user)

    def user_can_lock(self, obj, user):
        return self.is_moderator(self.nomination_of(obj), user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        """Approve and return; a decision is recorded on its own screen and the council votes
        in its session, never by a bare click."""
        if not self.is_moderator(self.nomination_of(obj), user):
            return []
        actions = [("reject", _("Trả lại để bổ sung"), True)]
        if self.decided_outside:
            actions.append(("refuse", _("Ghi việc cấp có thẩm quyền không khen thưởng"), True))
        if self.kind != StepKind.DECISION and not self.decided_by_ballot:
            # A submission records what was sent up (the letter's number); the other
            # steps approve in one click.
            actions.append(("approve", APPROVE_LABELS[self.kind], self.kind == StepKind.SUBMISSION))
        return actions

    @property
    def decided_by_ballot(self) -> bool:
        """The council considers in its session's secret ballot (a district board's consideration is a click)."""
        return self.kind == StepKind.CONSIDERATION and self.actor == Actor.COUNCIL

    @property
    def decided_outside(self) -> bool:
        """The office records here what an outside body decided (after a submission upwards)."""
        return self.kind == StepKind.DECISION and self.actor == Actor.PROVINCE_OFFICE

    def get_form_for_action(self, action):
        if action == RETURN:
            return super().get_form_for_action(action)
        return RefusalForm if action == "refuse" else StepCommentForm

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if getattr(user, "is_superuser", False):
            return states
        membership = membership_of(user)
        if membership is None or membership.role != ACTOR_ROLES[self.actor]:
            return TaskState.objects.none()
        if self.actor not in UNIT_BOUND_ACTORS:
            return states
        candidates = Nomination.objects.filter(
            pk__in=[int(pk) for pk in states.values_list("workflow_state__object_id", flat=True)]
        ).select_related("unit__level", "unit__parent__level", "award_type__deciding_level")
        mine = [
            str(nomination.pk)
            for nomination in candidates
            if (unit := acting_unit(self.actor, nomination)) is not None and unit.pk == membership.unit_id
        ]
        return states.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Nomination),
            workflow_state__object_id__in=mine,
        )

    @classmethod
    def get_description(cls):
        return _(
            "Một bước trong quy trình xét khen thưởng: thường trực đơn vị đề nghị, đơn vị cấp trên, "
            "Văn phòng tỉnh, Hội đồng thi đua – khen thưởng hoặc Ban Thường trực ký duyệt, kiểm tra, "
            "xét, trình hoặc quyết định; bước không có ai thực hiện được ghi là bỏ qua, kèm lý do."
        )


def current_step(nomination) -> "AwardStepTask | None":
    """The step a nomination in review is waiting at."""
    state = nomination.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or state.current_task_state is None:
        return None
    task = state.current_task_state.task.specific
    return task if isinstance(task, AwardStepTask) else None


def next_step_message(nomination) -> str:
    """After an action: who acts next (or that the chain is over), in one sentence."""
    nomination = type(nomination).objects.get(pk=nomination.pk)
    step = current_step(nomination)
    if step is not None:
        return gettext("Bước tiếp theo: %(step)s.") % {"step": step.describe()}
    state = nomination.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return gettext("Hồ sơ đã trả về đơn vị để bổ sung.")
    return ""


def returned_by(nomination) -> str | None:
    """ "Trả lại bởi … ngày …: <lý do>" while a returned nomination waits for its officer.

    Read from the step that returned it, as for the units' records (``intranet.unit_review``).
    """
    state = nomination.current_workflow_state
    note = return_note(state)
    if note is None:
        return None
    step = state.current_task_state.task.specific
    return gettext("Hồ sơ bị trả lại bởi %(who)s (%(step)s) ngày %(day)s. Lý do: %(reason)s") % {
        "who": note.reviewer,
        "step": step.describe() if hasattr(step, "describe") else step.name,
        "day": timezone.localtime(note.returned_at).strftime("%d/%m/%Y") if note.returned_at else "",
        "reason": note.reason or gettext("không ghi lý do"),
    }
