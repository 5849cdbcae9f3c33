"""A nomination goes up through the workflow and stops at the level that decides its award.

Like Wagtail's own workflow tests (``wagtail/snippets/tests/test_workflows.py``): one
base class sets the scene, subclasses vary the route (a commune's nomination for a
provincial award, a district's, a district's own commendation certificate), and each
checks who may act at each step, that the last approval makes the nomination approved
(``live``, the workflow approved) and what the history keeps.
"""

from wagtail.models import TaskState, WorkflowState

import pytest
from freezegun import freeze_time

from intranet.models import NominationReviewTask

from .nominations import DISTRICT, PROVINCE_FRONT, act, nominate, step_of, submit, trail

pytestmark = pytest.mark.django_db

UNIT_ABOVE = NominationReviewTask.Stage.UNIT_ABOVE
OFFICE = NominationReviewTask.Stage.PROVINCE_OFFICE
COUNCIL = NominationReviewTask.Stage.COUNCIL
APPROVED, SKIPPED, REJECTED = TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED, TaskState.STATUS_REJECTED


class BaseRoute:
    """A nomination by ``unit`` for ``award``; ``route`` is who approves, in order."""

    unit = "a1"
    officer = "officer_a1"
    award = PROVINCE_FRONT
    route: list[tuple[str, str]] = []  # (stage, user) per step that applies
    skipped: list[str] = []
    bystanders = ["officer_a1", "officer_a", "reviewer_b", "officer_b", "editor", "outsider"]

    @pytest.fixture
    def nomination(self, org):
        nomination = nominate(org, self.unit, self.award)
        with freeze_time("2026-03-02 09:00"):
            submit(nomination, org.users[self.officer])
        return nomination

    def test_each_step_is_taken_by_its_reviewers_and_the_last_approval_decides(self, org, nomination):
        for number, (stage, user) in enumerate(self.route):
            assert step_of(nomination) == stage
            task = nomination.current_workflow_task
            others = [name for name, _ in self.route if name != user]
            for outsider in self.bystanders + [u for _, u in self.route if u != user] + others:
                if outsider in org.users:
                    assert task.get_actions(nomination, org.users[outsider]) == [], (stage, outsider)
            assert [name for name, *_ in task.get_actions(nomination, org.users[user])] == [
                "reject", "approve", "approve"
            ]
            with freeze_time(f"2026-03-{3 + number:02d} 10:00"):
                nomination = act(nomination, org.users[user])
        assert nomination.live, "the last approval approves the nomination"
        assert nomination.current_workflow_state is None
        assert nomination.workflow_states.get().status == WorkflowState.STATUS_APPROVED

    def test_steps_that_do_not_apply_are_skipped_with_the_reason(self, org, nomination):
        for _stage, user in self.route:
            nomination = act(nomination, org.users[user])
        steps = trail(nomination)
        assert [stage for stage, status in steps if status == SKIPPED] == self.skipped
        assert [stage for stage, status in steps if status == APPROVED] == [s for s, _ in self.route]
        for state in TaskState.objects.for_instance(nomination).filter(status=SKIPPED):
            assert state.comment.startswith("Không áp dụng")

    def test_the_step_waiting_shows_in_its_reviewers_queue_only(self, org, nomination):
        stage, user = self.route[0]
        waiting = TaskState.objects.reviewable_by(org.users[user])
        assert nomination.current_workflow_task_state in waiting
        for bystander in ("reviewer_b", "officer_a1", "editor"):
            assert nomination.current_workflow_task_state not in TaskState.objects.reviewable_by(
                org.users[bystander]
            )

    def test_the_submitting_officer_cannot_edit_while_it_is_in_review(self, org, nomination):
        task = nomination.current_workflow_task
        assert task.locked_for_user(nomination, org.users[self.officer])
        assert not task.locked_for_user(nomination, org.users[self.route[0][1]])


class TestCommuneNominationForAProvincialAward(BaseRoute):
    """Thất Khê (a commune of Tràng Định) → Tràng Định's standing board → office → council."""

    route = [(UNIT_ABOVE, "reviewer_a"), (OFFICE, "province_office"), (COUNCIL, "council")]


class TestDistrictNominationForAProvincialAward(BaseRoute):
    """Tràng Định's own: the unit above is the province committee, whose office takes it."""

    unit, officer = "a", "officer_a"
    route = [(OFFICE, "province_office"), (COUNCIL, "council")]
    skipped = [UNIT_ABOVE]
    bystanders = ["reviewer_a", "officer_a", "reviewer_b", "officer_b", "editor", "outsider"]


class TestDistrictCommendationIsDecidedByTheDistrict(BaseRoute):
    """A district's commendation certificate stops with the district's standing board."""

    award = DISTRICT
    route = [(UNIT_ABOVE, "reviewer_a")]
    skipped = [OFFICE, COUNCIL]
    bystanders = ["officer_a1", "officer_a", "reviewer_b", "province_office", "council", "editor"]


class TestDistrictCommendationForTheDistrictsOwnStaff(BaseRoute):
    """The district's officer nominates its own staff: its standing board decides."""

    unit, officer = "a", "officer_a"
    award = DISTRICT
    route = [(UNIT_ABOVE, "reviewer_a")]
    skipped = [OFFICE, COUNCIL]
    bystanders = ["officer_a", "reviewer_b", "province_office", "council", "editor"]


def test_returned_nomination_goes_back_to_the_officer_who_edits_and_resubmits(org):
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    nomination = act(nomination, org.users["province_office"], "reject", comment="Bổ sung biên bản họp xét.")

    state = nomination.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert nomination.current_workflow_task is None, "back with the officer, not locked"
    nomination.achievements += " Bổ sung theo ý kiến của Văn phòng tỉnh."
    nomination.save_revision(user=org.users["officer_a1"])
    state.resume(user=org.users["officer_a1"])

    assert step_of(nomination) == UNIT_ABOVE, "a resubmission starts again from the first step"
    nomination = act(nomination, org.users["reviewer_a"])
    nomination = act(nomination, org.users["province_office"])
    nomination = act(nomination, org.users["council"])
    assert nomination.live
    assert trail(nomination) == [
        (UNIT_ABOVE, APPROVED), (OFFICE, REJECTED),
        (UNIT_ABOVE, APPROVED), (OFFICE, APPROVED), (COUNCIL, APPROVED),
    ]
    returned = TaskState.objects.for_instance(nomination).get(status=REJECTED)
    assert returned.comment == "Bổ sung biên bản họp xét."


def test_history_keeps_every_step_in_the_audit_log(org):
    from wagtail.models import ModelLogEntry

    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a"], "reject", comment="Thiếu số liệu.")
    nomination.current_workflow_state.resume(user=org.users["officer_a1"])
    act(nomination, org.users["reviewer_a"])
    logged = list(
        ModelLogEntry.objects.filter(object_id=str(nomination.pk), content_type__model="nomination")
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert logged[:1] == ["wagtail.workflow.start"]
    assert "wagtail.workflow.reject" in logged and "wagtail.workflow.resume" in logged
    assert logged.count("wagtail.workflow.approve") == 1
    rejection = ModelLogEntry.objects.get(object_id=str(nomination.pk), action="wagtail.workflow.reject")
    assert rejection.data["comment"] == "Thiếu số liệu." and rejection.user == org.users["reviewer_a"]


def test_an_edit_after_an_approval_sends_the_nomination_back_through_review(org, settings):
    """``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``: the office edits; the unit above looks again."""
    assert settings.WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    assert step_of(nomination) == OFFICE
    editable = nomination.get_latest_revision_as_object()
    editable.achievements = "Văn phòng tỉnh sửa lại phần tóm tắt thành tích."
    editable.save_revision(user=org.users["province_office"])

    nomination = act(nomination, org.users["province_office"])
    assert step_of(nomination) == UNIT_ABOVE, "the first approval was of another revision"
    nomination = act(nomination, org.users["reviewer_a"])
    assert step_of(nomination) == OFFICE, "and the office's too"
    nomination = act(nomination, org.users["province_office"])
    nomination = act(nomination, org.users["council"])
    assert nomination.live
    assert nomination.achievements == "Văn phòng tỉnh sửa lại phần tóm tắt thành tích."


def test_an_approved_nomination_edited_by_its_officer_needs_the_whole_review_again(org):
    nomination = nominate(org, "a1", DISTRICT)
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    assert nomination.live
    editable = nomination.get_latest_revision().as_object()  # a copy: the live one is ``self``
    editable.position = "Phó Chủ tịch Ủy ban MTTQ thị trấn"
    editable.save_revision(user=org.users["officer_a1"])
    nomination.refresh_from_db()
    assert nomination.has_unpublished_changes and nomination.position != editable.position
    submit(nomination, org.users["officer_a1"])
    assert step_of(nomination) == UNIT_ABOVE
    nomination = act(nomination, org.users["reviewer_a"])
    assert nomination.position == "Phó Chủ tịch Ủy ban MTTQ thị trấn"


@pytest.mark.parametrize("user", ["officer_a1", "reviewer_a", "province_office", "council"])
def test_nobody_in_the_units_or_the_province_holds_publish_permission(org, user):
    assert not org.users[user].has_perm("exemplars.publish_nomination")


@pytest.mark.parametrize("user", ["officer_a1", "reviewer_a"])
def test_the_editor_offers_no_publish_button_and_refuses_a_crafted_publish(client, org, user):
    nomination = nominate(org, "a1", DISTRICT)
    client.force_login(org.users[user])
    from .nominations import edit_url

    page = client.get(edit_url(nomination)).content.decode()
    assert 'name="action-publish"' not in page
    form = {
        "campaign": org.site.campaign.pk, "unit": org.units["a1"].pk,
        "award_type": nomination.award_type_id, "kind": "individual", "name": nomination.name,
        "position": "x", "achievements": "y", "action-publish": "publish",
    }
    client.post(edit_url(nomination), form)
    nomination.refresh_from_db()
    assert not nomination.live


def editor_form(client, url) -> dict:
    """The editor's form as the browser would send it back unchanged."""
    from tests.helpers import html

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
    from .nominations import edit_url

    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    client.force_login(org.users["reviewer_a"])
    data = editor_form(client, edit_url(nomination))
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(edit_url(nomination), data)
    assert response.status_code == 302
    assert step_of(nomination) == OFFICE
    assert trail(nomination) == [(UNIT_ABOVE, APPROVED), (OFFICE, TaskState.STATUS_IN_PROGRESS)]
