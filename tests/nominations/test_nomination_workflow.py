"""Returning, resubmitting, editing in review and the publish permission, along the award chains.

Who acts at each step of each award type's chain, the queue each step shows in and the
lock on the submitting officer are in ``test_award_chains``; these tests follow one
nomination through what happens between the steps: a return and a resubmission, an edit
that voids the approvals given so far, and the publishing that only a recorded decision
does (nobody holds the publish permission; the editor has no publish button).
"""

from wagtail.models import ModelLogEntry, TaskState, WorkflowState

import pytest

from tests.helpers import html
from tests.intranet.nominations import (
    COUNCIL,
    DISTRICT,
    DISTRICT_CONSIDERATION,
    OFFICE_CHECK,
    PROPOSING_BOARD,
    PROVINCE_DECISION,
    UNIT_ABOVE,
    act,
    decide,
    edit_url,
    nominate,
    step_of,
    submit,
    trail,
)

pytestmark = pytest.mark.django_db

APPROVED, REJECTED = TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED
# A commune's nomination for the provincial Front's Bằng khen, step by step up to the decision.
UP_TO_THE_DECISION = ["reviewer_a1", "reviewer_a", "province_office", "council"]


def test_returned_nomination_goes_back_to_the_officer_who_edits_and_resubmits(org):
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    nomination = act(nomination, org.users["province_office"], "reject", comment="Bổ sung biên bản họp xét.")

    state = nomination.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert nomination.current_workflow_task is None, "back with the officer, not locked"
    nomination.achievements += " Bổ sung theo ý kiến của Văn phòng tỉnh."
    nomination.save_revision(user=org.users["officer_a1"])
    state.resume(user=org.users["officer_a1"])

    assert step_of(nomination) == PROPOSING_BOARD, "a resubmission starts again from the first step"
    for user in UP_TO_THE_DECISION:
        nomination = act(nomination, org.users[user])
    nomination = decide(nomination, org.users["reviewer_province"])
    assert nomination.live
    assert trail(nomination) == [
        (PROPOSING_BOARD, APPROVED),
        (UNIT_ABOVE, APPROVED),
        (OFFICE_CHECK, REJECTED),
        (PROPOSING_BOARD, APPROVED),
        (UNIT_ABOVE, APPROVED),
        (OFFICE_CHECK, APPROVED),
        (COUNCIL, APPROVED),
        (PROVINCE_DECISION, APPROVED),
    ]
    returned = TaskState.objects.for_instance(nomination).get(status=REJECTED)
    assert returned.comment == "Bổ sung biên bản họp xét."


def test_history_keeps_every_step_in_the_audit_log(org):
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"], "reject", comment="Thiếu số liệu.")
    nomination.current_workflow_state.resume(user=org.users["officer_a1"])
    act(nomination, org.users["reviewer_a1"])
    logged = list(
        ModelLogEntry.objects.filter(object_id=str(nomination.pk), content_type__model="nomination")
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert logged[:1] == ["wagtail.workflow.start"]
    assert "wagtail.workflow.reject" in logged and "wagtail.workflow.resume" in logged
    assert logged.count("wagtail.workflow.approve") == 1
    rejection = ModelLogEntry.objects.get(object_id=str(nomination.pk), action="wagtail.workflow.reject")
    assert rejection.data["comment"] == "Thiếu số liệu." and rejection.user == org.users["reviewer_a1"]


def test_an_edit_after_an_approval_sends_the_nomination_back_through_review(org, settings):
    """``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``: the office edits; the boards look again."""
    assert settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    assert step_of(nomination) == OFFICE_CHECK
    editable = nomination.get_latest_revision_as_object()
    editable.achievements = "Văn phòng tỉnh sửa lại phần tóm tắt thành tích."
    editable.save_revision(user=org.users["province_office"])

    nomination = act(nomination, org.users["province_office"])
    assert step_of(nomination) == PROPOSING_BOARD, "the first approvals were of another revision"
    nomination = act(nomination, org.users["reviewer_a1"])
    assert step_of(nomination) == UNIT_ABOVE
    nomination = act(nomination, org.users["reviewer_a"])
    assert step_of(nomination) == OFFICE_CHECK, "and the office's too"
    nomination = act(nomination, org.users["province_office"])
    nomination = act(nomination, org.users["council"])
    nomination = decide(nomination, org.users["reviewer_province"])
    assert nomination.live
    assert nomination.achievements == "Văn phòng tỉnh sửa lại phần tóm tắt thành tích."


def test_a_decided_nomination_edited_by_its_officer_needs_the_whole_chain_again(org):
    nomination = nominate(org, "a1", DISTRICT)
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    nomination = decide(nomination, org.users["reviewer_a"])
    assert nomination.live
    editable = nomination.get_latest_revision().as_object()  # a copy: the live one is ``self``
    editable.position = "Phó Chủ tịch Ủy ban MTTQ thị trấn"
    editable.save_revision(user=org.users["officer_a1"])
    nomination.refresh_from_db()
    assert nomination.has_unpublished_changes and nomination.position != editable.position
    submit(nomination, org.users["officer_a1"])
    assert step_of(nomination) == PROPOSING_BOARD
    nomination = act(nomination, org.users["reviewer_a1"])
    assert step_of(nomination) == DISTRICT_CONSIDERATION
    assert nomination.position != "Phó Chủ tịch Ủy ban MTTQ thị trấn", "not before the new decision"
    nomination = act(nomination, org.users["reviewer_a"])
    nomination = decide(nomination, org.users["reviewer_a"], number="16/QĐ-MTTQ")
    assert nomination.position == "Phó Chủ tịch Ủy ban MTTQ thị trấn"


@pytest.mark.parametrize(
    "user", ["officer_a1", "reviewer_a1", "reviewer_a", "province_office", "council", "reviewer_province"]
)
def test_nobody_in_the_units_or_the_province_holds_publish_permission(org, user):
    assert not org.users[user].has_perm("nominations.publish_nomination")


@pytest.mark.parametrize("user", ["officer_a1", "reviewer_a1", "reviewer_a"])
def test_the_editor_offers_no_publish_button_and_refuses_a_crafted_publish(client, org, user):
    nomination = nominate(org, "a1", DISTRICT)
    client.force_login(org.users[user])
    page = client.get(edit_url(nomination)).content.decode()
    assert 'name="action-publish"' not in page
    form = {
        "campaign": org.site.campaign.pk,
        "unit": org.units["a1"].pk,
        "award_type": nomination.award_type_id,
        "kind": "individual",
        "name": nomination.name,
        "position": "x",
        "achievements": "y",
        "action-publish": "publish",
    }
    client.post(edit_url(nomination), form)
    nomination.refresh_from_db()
    assert not nomination.live


def editor_form(client, url) -> dict:
    """The editor's form as the browser would send it back unchanged."""
    form = html(client.get(url)).find("form", id="w-editor-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("file", "submit") or field.name == "button":
            continue
        if field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen["value"] if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    return data


def test_approving_from_the_editor_without_edits_moves_the_nomination_on(client, org):
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    client.force_login(org.users["reviewer_a1"])
    data = editor_form(client, edit_url(nomination))
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url(nomination), data)
    assert response.status_code == 302
    assert step_of(nomination) == UNIT_ABOVE
    assert trail(nomination) == [(PROPOSING_BOARD, APPROVED), (UNIT_ABOVE, TaskState.STATUS_IN_PROGRESS)]
