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

from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask

from core.return_reasons import APPROVE, RETURN, ReturnNeedsReason, ReturnReasonForm
from intranet.roles import APPROVERS_GROUP  # noqa: F401 - the workflow's group, named with the roles

WORKFLOW_NAME = "Duyệt tin bài, trang thông tin"
TASK_NAME = "Lãnh đạo Ban duyệt"


class EditorReturnReasonForm(ReturnReasonForm):
    reason_required = _("Hãy ghi lý do trả lại để biên tập viên biết cần sửa gì.")


class EditorialApprovalTask(ReturnNeedsReason, AbstractGroupApprovalTask):
    """Members of the chosen groups (the leadership) publish a submitted page or return it with a reason."""

    return_reason_form = EditorReturnReasonForm

    class Meta:
        verbose_name = _("lãnh đạo duyệt tin bài")
        verbose_name_plural = _("lãnh đạo duyệt tin bài")

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [(RETURN, _("Trả lại kèm lý do"), True), (APPROVE, _("Duyệt và đăng"), False)]

    @classmethod
    def get_description(cls):
        return _(
            "Thành viên các nhóm được chọn duyệt và đăng tin bài, trang thông tin, hoặc trả lại kèm lý do."
        )
