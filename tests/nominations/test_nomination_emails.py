"""Each step of an award chain writes to the people concerned, in Vietnamese.

The members of the step a nomination reaches, the officer when a step approves, when
it is returned (with the comment) and when the recorded decision ends the chain.
"""

import json
from datetime import date

from django.core import mail
from django.urls import reverse

import pytest

from admin_vi.english_check import english_phrases
from nominations.decisions import record_decision
from tests.intranet.nominations import PEOPLES_COMMITTEE, PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db


def sent_to(username_email: str):
    return [message for message in mail.outbox if username_email in message.to]


def english_in(message) -> list[str]:
    text = f"<p>{message.subject}</p>" + "".join(f"<p>{line}</p>" for line in message.body.splitlines())
    return english_phrases(text, allow=["example.com"])


def test_every_step_notifies_in_vietnamese(org):
    officer, reviewer, above = org.users["officer_a1"], org.users["reviewer_a1"], org.users["reviewer_a"]
    office, council = org.users["province_office"], org.users["council"]
    nomination = nominate(org, "a1", PROVINCE_FRONT, name="Lương Thị Hoa")
    mail.outbox.clear()

    submit(nomination, officer)
    (to_reviewer,) = sent_to(reviewer.email)
    assert (
        "Lương Thị Hoa" in to_reviewer.subject
        and "Thường trực đơn vị đề nghị ký duyệt" in to_reviewer.subject
    )
    assert "/admin/snippets/nominations/nomination/edit/" in to_reviewer.body
    for bystander in ("reviewer_a", "reviewer_b", "province_office"):
        assert not sent_to(org.users[bystander].email), f"only the step's members, not {bystander}"

    mail.outbox.clear()
    nomination = act(nomination, reviewer)
    assert len(sent_to(above.email)) == 1, "the next step's members"
    (step_approved,) = sent_to(officer.email)
    assert "Thường trực đơn vị đề nghị ký duyệt" in step_approved.body

    mail.outbox.clear()
    nomination = act(nomination, above)
    assert len(sent_to(office.email)) == 1

    mail.outbox.clear()
    nomination = act(nomination, office, "reject", comment="Bổ sung biên bản họp xét.")
    (returned,) = sent_to(officer.email)
    assert "Bổ sung biên bản họp xét." in returned.body

    nomination.get_latest_revision().as_object().save_revision(user=officer)  # the officer's edit
    nomination.current_workflow_state.resume(user=officer)
    for member in (reviewer, above, office, council):
        nomination = act(nomination, member)
    mail.outbox.clear()
    record_decision(nomination, org.users["reviewer_province"], date=date(2026, 4, 1), signer="A")
    (approved,) = sent_to(officer.email)
    assert "Xét Bằng khen của Ủy ban MTTQ tỉnh" in approved.subject

    for message in [to_reviewer, step_approved, returned, approved]:
        assert not english_in(message), (message.subject, message.body, english_in(message))


@pytest.mark.parametrize(
    "action, label",
    [
        ("reject", "Trả lại để bổ sung"),  # a return asks for its reason
        ("approve", "Đã trình cấp trên"),  # a submission upwards asks for what was sent
    ],
)
def test_the_approve_and_return_dialogs_are_in_vietnamese(client, org, action, label):
    """The modals asking for a comment (Wagtail's workflow action view) have no English.

    A step's other approvals take one click and open no modal.
    """
    nomination = nominate(org, "a", PEOPLES_COMMITTEE, name="Hoàng Thị Mai")
    submit(nomination, org.users["officer_a"])
    for member in ("reviewer_a", "province_office", "council"):
        nomination = act(nomination, org.users[member])
    member = "reviewer_province"  # at the submission to the provincial People's Committee
    if action == "reject":
        nomination, member = org.nominations["a1"], "reviewer_a1"  # waiting for Thất Khê's board to sign off
    client.force_login(org.users[member])
    url = reverse(
        "wagtailsnippets_nominations_nomination:workflow_action",
        args=[nomination.pk, action, nomination.current_workflow_task_state.pk],
    )
    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    modal = json.loads(response.content)["html"]
    assert label in modal
    assert not english_phrases(modal), english_phrases(modal)


def test_links_in_mails_sent_before_the_move_still_open_the_nomination(client, org):
    """Mails sent while nominations lived in the exemplars app link to its old admin address."""
    officer = org.users["officer_a1"]
    nomination = nominate(org, "a1", PROVINCE_FRONT, name="Lương Thị Hoa")
    client.force_login(officer)

    response = client.get(f"/admin/snippets/exemplars/nomination/edit/{nomination.pk}/?tab=files")

    assert response.status_code == 302
    assert response["Location"] == f"/admin/snippets/nominations/nomination/edit/{nomination.pk}/?tab=files"
    assert "Lương Thị Hoa" in client.get(response["Location"]).content.decode()
