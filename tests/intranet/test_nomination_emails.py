"""Each step of review writes to the people concerned, in Vietnamese.

The reviewers of the step a nomination reaches, the officer when a step approves, when
it is returned (with the comment) and when the last step approves it.
"""

from django.core import mail

import pytest

from admin_vi.english_check import english_phrases

from .nominations import PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db


def sent_to(username_email: str):
    return [message for message in mail.outbox if username_email in message.to]


def english_in(message) -> list[str]:
    text = f"<p>{message.subject}</p>" + "".join(f"<p>{line}</p>" for line in message.body.splitlines())
    return english_phrases(text, allow=["example.com"])


def test_every_step_notifies_in_vietnamese(org):
    officer, reviewer = org.users["officer_a1"], org.users["reviewer_a"]
    office, council = org.users["province_office"], org.users["council"]
    nomination = nominate(org, "a1", PROVINCE_FRONT, name="Lương Thị Hoa")
    mail.outbox.clear()

    submit(nomination, officer)
    (to_reviewer,) = sent_to(reviewer.email)
    assert "Lương Thị Hoa" in to_reviewer.subject and "Thường trực cấp trên xét duyệt" in to_reviewer.subject
    assert "/admin/snippets/exemplars/nomination/edit/" in to_reviewer.body
    assert not sent_to(org.users["reviewer_b"].email), "only the unit above's reviewers"

    mail.outbox.clear()
    nomination = act(nomination, reviewer)
    assert len(sent_to(office.email)) == 1, "the next step's reviewers"
    (step_approved,) = sent_to(officer.email)
    assert "Thường trực cấp trên xét duyệt" in step_approved.body

    mail.outbox.clear()
    nomination = act(nomination, office, "reject", comment="Bổ sung biên bản họp xét.")
    (returned,) = sent_to(officer.email)
    assert "Bổ sung biên bản họp xét." in returned.body

    nomination.get_latest_revision().as_object().save_revision(user=officer)  # the officer's edit
    nomination.current_workflow_state.resume(user=officer)
    nomination = act(nomination, reviewer)
    nomination = act(nomination, office)
    mail.outbox.clear()
    act(nomination, council)
    (approved,) = sent_to(officer.email)
    assert "Quy trình xét khen thưởng" in approved.subject

    for message in [to_reviewer, step_approved, returned, approved]:
        assert not english_in(message), (message.subject, message.body, english_in(message))


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_the_approve_and_return_dialogs_are_in_vietnamese(client, org, action):
    """The modal asking for a comment (Wagtail's workflow action view) has no English."""
    import json

    from django.urls import reverse

    nomination = org.nominations["a1"]  # waiting for Tràng Định's standing board
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_exemplars_nomination:workflow_action",
        args=[nomination.pk, action, nomination.current_workflow_task_state.pk],
    )
    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    modal = json.loads(response.content)["html"]
    assert "Trả lại để bổ sung" in modal or "Duyệt" in modal
    assert not english_phrases(modal), english_phrases(modal)
