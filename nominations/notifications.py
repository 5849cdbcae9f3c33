"""E-mails at each step of an award chain, in each recipient's language (Vietnamese).

Wagtail already writes to the officer who submitted when the workflow is returned or
finally approved, and to superusers on each submission. It tells a step's reviewers
only for its own group approval task, so this module does the same for
``AwardStepTask`` (the reviewers are found from the nomination), and also tells
the officer when a step approves and the nomination moves on. The texts are Wagtail's
notification templates, translated by ``admin_vi``; each recipient's preferred language
(Vietnamese for every member, see ``Membership.prefer_vietnamese``) is used.
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_approved, task_submitted

from .models import AwardStepTask


class NominationTaskNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(instance.task.specific, AwardStepTask)


class NominationTaskSubmittedNotifier(NominationTaskNotifier):
    """To the reviewers of the step the nomination has just reached."""

    notification = "submitted"

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        recipients = task.moderators(task_state.revision.as_object())
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return set(recipients)


class NominationTaskApprovedNotifier(NominationTaskNotifier):
    """To the officer who submitted, when a step approves and review goes on.

    The last approval is Wagtail's "approved in workflow" e-mail instead.
    """

    notification = "approved"

    def get_recipient_users(self, task_state, **kwargs):
        workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
        requested_by = workflow_state.requested_by
        if workflow_state.status != WorkflowState.STATUS_IN_PROGRESS or requested_by is None:
            return set()
        if requested_by == kwargs.get("user"):
            return set()
        return {requested_by}


submitted_notifier = NominationTaskSubmittedNotifier()
approved_notifier = NominationTaskApprovedNotifier()


def connect() -> None:
    task_submitted.connect(submitted_notifier, dispatch_uid="nomination_task_submitted_email")
    task_approved.connect(approved_notifier, dispatch_uid="nomination_task_approved_email")
