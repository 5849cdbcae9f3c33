"""The approval step that news and pages go through before the public sees them.

Editors (biên tập viên) write and submit; the committee's leadership ("Lãnh đạo Ban")
reads the page as sent and either publishes it or returns it with a reason, which the
editor reads on the admin home with the approver's name. One workflow, "Duyệt tin bài,
trang thông tin", holds this one task; a data migration makes both, assigns the workflow
to the page tree's root and removes Wagtail's default "Moderators approval", whose group
nobody belongs to.

The task is Wagtail's group approval with two differences: its actions speak the
editor's language (publish, or return with a reason — no "approve with comment"), and
a return needs a reason, refused by the task itself whichever screen sends it.
Approving ends the workflow, which publishes the page as the approver (the group holds
"publish"), or schedules it when the page has a go-live date in the future.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask

APPROVERS_GROUP = "Lãnh đạo Ban"
WORKFLOW_NAME = "Duyệt tin bài, trang thông tin"
TASK_NAME = "Lãnh đạo Ban duyệt"

APPROVE, RETURN = "approve", "reject"
REASON_REQUIRED = _("Hãy ghi lý do trả lại để biên tập viên biết cần sửa gì.")


class ReturnReasonForm(forms.Form):
    """The approver's reason for returning a page: the editor reads it on the admin home."""

    comment = forms.CharField(
        label=_("Lý do trả lại"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": REASON_REQUIRED},
    )


class ReturnWithoutReason(PermissionDenied):
    """A return sent without a reason (a crafted request: the screen asks for one)."""


class EditorialApprovalTask(AbstractGroupApprovalTask):
    """Members of the chosen groups (the leadership) publish a submitted page or return it with a reason."""

    class Meta:
        verbose_name = _("lãnh đạo duyệt tin bài")
        verbose_name_plural = _("lãnh đạo duyệt tin bài")

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [(RETURN, _("Trả lại kèm lý do"), True), (APPROVE, _("Duyệt và đăng"), False)]

    def get_form_for_action(self, action):
        return ReturnReasonForm if action == RETURN else super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == RETURN and not str(kwargs.get("comment") or "").strip():
            raise ReturnWithoutReason(str(REASON_REQUIRED))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Thành viên các nhóm được chọn duyệt và đăng tin bài, trang thông tin, hoặc trả lại kèm lý do.")
