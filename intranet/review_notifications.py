"""E-mails to the board of the unit above when a registration, work or report reaches it.

Wagtail already writes to the officer who sent a record when it is returned or approved,
and to superusers on each submission; it tells a task's reviewers only for its own group
approval task. This tells the standing board of the unit directly above (the members
``UnitAboveReviewTask`` names for the record), with Wagtail's notification template,
in each recipient's language (Vietnamese for every member).
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from .unit_review import UnitAboveReviewTask


class UnitAboveSubmittedNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(instance.task.specific, UnitAboveReviewTask)

    def get_recipient_users(self, task_state, **kwargs):
        recipients = task_state.task.specific.moderators(task_state.workflow_state.content_object)
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return set(recipients)


submitted_notifier = UnitAboveSubmittedNotifier()


def connect() -> None:
    task_submitted.connect(submitted_notifier, dispatch_uid="unit_above_review_submitted_email")
