"""Returning something in a review needs a reason, for every workflow of the site.

Editors' pages, units' registrations, works and reports, and nominations are all returned
the same way: the reviewer writes why, and the author reads it with the reviewer's name.
The tasks refuse a return without a reason themselves, so a crafted request that skips
the dialog's form changes nothing. Each task says in its own words whom the reason is for.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

APPROVE, RETURN = "approve", "reject"


class ReturnWithoutReason(PermissionDenied):
    """A return sent without a reason (a crafted request: the screens ask for one)."""


class ReturnReasonForm(forms.Form):
    """The reviewer's reason for returning; a subclass names whom it is for in ``reason_required``."""

    reason_required = _("Hãy ghi lý do trả lại.")

    comment = forms.CharField(label=_("Lý do trả lại"), required=True, widget=forms.Textarea({"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["comment"].error_messages["required"] = self.reason_required


class ReturnNeedsReason:
    """Mixin for a Wagtail ``Task``: the return action asks for a reason and is refused without one."""

    return_reason_form = ReturnReasonForm

    def get_form_for_action(self, action):
        return self.return_reason_form if action == RETURN else super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == RETURN and not str(kwargs.get("comment") or "").strip():
            raise ReturnWithoutReason(str(self.return_reason_form.reason_required))
        return super().on_action(task_state, user, action_name, **kwargs)
