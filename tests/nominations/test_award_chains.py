"""Each award type walks its own chain, as the Front's rules set it, acted by the real roles.

One base class sets the scene (a nomination by ``unit`` for ``award``, submitted by its
officer); each subclass is one award type's chain, listing who acts at each step. At every
step only that step's members get actions; the decision step offers no bare "approve": the
decision is recorded (number, date, signer), which ends the chain and puts the honoree on
the honor roll. Nor does the council's consideration: it passes by its session's secret
ballot (``pass_council``), in the council's name. Steps with nobody to act are kept in the history as skipped, with why.
"""

from datetime import date

from django.core.exceptions import PermissionDenied

from wagtail.models import TaskState, WorkflowState

import pytest
from freezegun import freeze_time

from campaigns.models import AwardType, Quota
from exemplars.models import Exemplar
from intranet.models import Membership
from nominations.chain import Actor, StepKind
from nominations.decisions import can_record_decision, record_decision
from nominations.models import Nomination, current_step, next_step_message
from tests.intranet.nominations import (
    CENTRAL,
    DISTRICT,
    PEOPLES_COMMITTEE,
    PROVINCE_FRONT,
    act,
    nominate,
    outside_number,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db

APPROVED, SKIPPED, REJECTED = TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED, TaskState.STATUS_REJECTED
SIGN_OFF, CHECK, CONSIDER, DECIDE, SUBMIT = (
    StepKind.SIGN_OFF,
    StepKind.DOSSIER_CHECK,
    StepKind.CONSIDERATION,
    StepKind.DECISION,
    StepKind.SUBMISSION,
)
EVERYONE = [
    "officer_a1",
    "officer_a",
    "officer_b",
    "reviewer_a1",
    "reviewer_a",
    "reviewer_b",
    "reviewer_province",
    "province_office",
    "council",
    "editor",
    "outsider",
]


def trail(nomination) -> list[tuple[str, str, str, str]]:
    """(actor, kind, status, who) of each step taken, oldest first."""
    states = (
        TaskState.objects.for_instance(nomination).order_by("started_at", "pk").select_related("finished_by")
    )
    return [
        (
            state.task.specific.actor,
            state.task.specific.kind,
            state.status,
            state.finished_by.username if state.finished_by else "",
        )
        for state in states
    ]


class BaseChain:
    unit = "a1"
    officer = "officer_a1"
    award = PROVINCE_FRONT
    steps: list[tuple[str, str, str]] = []  # (actor, kind, member) per step that applies
    skipped: list[tuple[str, str]] = []  # (actor, kind) recorded as skipped
    decider = ""

    @pytest.fixture
    def nomination(self, org):
        nomination = nominate(org, self.unit, self.award)
        with freeze_time("2026-03-02 09:00"):
            submit(nomination, org.users[self.officer])
        return Nomination.objects.get(pk=nomination.pk)

    def walk_to_decision(self, org, nomination):
        for actor, kind, member in self.steps:
            step = current_step(nomination)
            assert (step.actor, step.kind) == (actor, kind)
            for other in EVERYONE:
                if other != member:
                    assert step.get_actions(nomination, org.users[other]) == [], (actor, kind, other)
            names = [name for name, *_ in step.get_actions(nomination, org.users[member])]
            if kind == DECIDE:
                assert "reject" in names and "approve" not in names, (
                    "a decision is recorded, never approved by a bare click"
                )
                return nomination
            if actor == Actor.COUNCIL:
                assert names == ["reject"], (
                    "the council passes a nominee by its session's ballot, not a click"
                )
            else:
                assert names == ["reject", "approve"]
            nomination = act(nomination, org.users[member])
        raise AssertionError("the chain has no decision step")

    def test_each_step_is_taken_by_its_members_and_the_decision_publishes(self, org, nomination):
        nomination = self.walk_to_decision(org, nomination)
        decider = org.users[self.steps[-1][2]]
        for other in EVERYONE:
            if org.users[other] != decider:
                assert not can_record_decision(nomination, org.users[other]), other
                with pytest.raises(PermissionDenied):
                    record_decision(
                        nomination, org.users[other], number="1/QĐ", date=date(2026, 4, 1), signer="X"
                    )
        decision = record_decision(
            nomination,
            decider,
            number=outside_number(nomination, "15/QĐ-MTTQ"),
            date=date(2026, 4, 1),
            signer="Nông Văn A",
        )
        nomination = Nomination.objects.get(pk=nomination.pk)
        assert nomination.live
        assert nomination.workflow_states.get().status == WorkflowState.STATUS_APPROVED
        exemplar = Exemplar.objects.get(pk=decision.awards.get().exemplar_id)
        # An outside body's number as typed; our own board's first number of the year.
        expected = "15/QĐ-MTTQ" if decision.issuing_body.is_outside else "1/QĐ-MTTQ-BTT"
        assert exemplar.live and exemplar.decision_number == decision.number == expected

    def test_the_history_keeps_every_step_and_skip_with_who(self, org, nomination):
        nomination = self.walk_to_decision(org, nomination)
        record_decision(
            nomination,
            org.users[self.steps[-1][2]],
            number=outside_number(nomination, "16/QĐ"),
            date=date(2026, 4, 2),
            signer="B",
        )
        expected = []
        taken = iter(self.steps)
        for actor, kind in self.chain_order():
            if (actor, kind) in self.skipped:
                expected.append((actor, kind, SKIPPED, ""))
            else:
                _actor, _kind, member = next(taken)
                # The council's ballot approves in the council's name, no single member's.
                who = "" if actor == Actor.COUNCIL else org.users[member].username
                expected.append((actor, kind, APPROVED, who))
        assert trail(nomination) == expected
        for state in TaskState.objects.for_instance(nomination).filter(status=SKIPPED):
            assert state.comment.startswith("Không áp dụng"), "a skip says why"

    def test_the_waiting_step_shows_in_its_members_queue_only(self, org, nomination):
        """Wagtail's "waiting for your review" list, step by step: its members', nobody else's."""
        for actor, kind, member in self.steps:
            waiting = Nomination.objects.get(pk=nomination.pk).current_workflow_task_state
            for user in EVERYONE:
                listed = TaskState.objects.reviewable_by(org.users[user]).filter(pk=waiting.pk).exists()
                assert listed == (user == member), (actor, kind, user)
            if kind == DECIDE:
                break
            nomination = act(nomination, org.users[member])

    def test_the_submitting_officer_cannot_edit_while_it_is_in_review(self, org, nomination):
        for actor, kind, member in self.steps:
            step = current_step(nomination)
            assert step.locked_for_user(nomination, org.users[self.officer]), (actor, kind)
            assert not step.locked_for_user(nomination, org.users[member]), (actor, kind)
            if kind == DECIDE:
                break
            nomination = act(nomination, org.users[member])

    def test_a_return_needs_a_reason_and_goes_back_to_the_officer(self, org, nomination):
        actor, kind, member = self.steps[0]
        step = current_step(nomination)
        form = step.get_form_for_action("reject")({"comment": ""})
        assert not form.is_valid(), "returning without a reason is refused"
        with pytest.raises(PermissionDenied):  # by the step itself, whichever screen sends it
            act(nomination, org.users[member], "reject", "  ")
        assert step_of(nomination) == (actor, kind), "a refused return leaves the nomination where it was"
        nomination = act(nomination, org.users[member], "reject", "Thiếu biên bản họp xét.")
        assert nomination.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
        assert "trả về đơn vị" in next_step_message(nomination)

    def chain_order(self) -> list[tuple[str, str]]:
        workflow = AwardType.objects.get(slug=self.award).chain.workflow
        return [(task.specific.actor, task.specific.kind) for task in workflow.tasks]


class TestDistrictCommendationFromACommune(BaseChain):
    """Giấy khen cấp huyện: the commune's board signs off, the district's considers and decides."""

    award = DISTRICT
    steps = [
        (Actor.PROPOSING_BOARD, SIGN_OFF, "reviewer_a1"),
        (Actor.DECIDING_BOARD, CONSIDER, "reviewer_a"),
        (Actor.DECIDING_BOARD, DECIDE, "reviewer_a"),
    ]


class TestDistrictCommendationOfTheDistrictsOwnStaff(BaseChain):
    unit, officer, award = "a", "officer_a", DISTRICT
    steps = [
        (Actor.PROPOSING_BOARD, SIGN_OFF, "reviewer_a"),
        (Actor.DECIDING_BOARD, CONSIDER, "reviewer_a"),
        (Actor.DECIDING_BOARD, DECIDE, "reviewer_a"),
    ]


class TestProvincialFrontCertificateFromACommune(BaseChain):
    """Bằng khen UB MTTQ tỉnh: commune and district sign off, office, council, provincial board."""

    steps = [
        (Actor.PROPOSING_BOARD, SIGN_OFF, "reviewer_a1"),
        (Actor.UNIT_ABOVE, SIGN_OFF, "reviewer_a"),
        (Actor.PROVINCE_OFFICE, CHECK, "province_office"),
        (Actor.COUNCIL, CONSIDER, "council"),
        (Actor.PROVINCE_BOARD, DECIDE, "reviewer_province"),
    ]


class TestProvincialFrontCertificateFromADistrict(BaseChain):
    """From a district the unit above is the province committee: that step is skipped, with why."""

    unit, officer = "a", "officer_a"
    steps = [
        (Actor.PROPOSING_BOARD, SIGN_OFF, "reviewer_a"),
        (Actor.PROVINCE_OFFICE, CHECK, "province_office"),
        (Actor.COUNCIL, CONSIDER, "council"),
        (Actor.PROVINCE_BOARD, DECIDE, "reviewer_province"),
    ]
    skipped = [(Actor.UNIT_ABOVE, SIGN_OFF)]


class TestPeoplesCommitteeCertificate(BaseChain):
    """Bằng khen UBND tỉnh: after the council, the provincial board submits; the office records."""

    award = PEOPLES_COMMITTEE
    steps = [
        (Actor.PROPOSING_BOARD, SIGN_OFF, "reviewer_a1"),
        (Actor.UNIT_ABOVE, SIGN_OFF, "reviewer_a"),
        (Actor.PROVINCE_OFFICE, CHECK, "province_office"),
        (Actor.COUNCIL, CONSIDER, "council"),
        (Actor.PROVINCE_BOARD, SUBMIT, "reviewer_province"),
        (Actor.PROVINCE_OFFICE, DECIDE, "province_office"),
    ]


class TestCentralCommitteeCertificate(TestPeoplesCommitteeCertificate):
    award = CENTRAL

    @pytest.fixture(autouse=True)
    def _numbers_set(self, org):
        """The plan leaves these numbers to later guidance; the province has now set them."""
        campaign = org.site.campaign
        campaign.awards.filter(award_type__slug=CENTRAL).update(numbers_to_follow=False)
        for unit in org.units.values():
            Quota.objects.update_or_create(
                page=campaign,
                award_type=AwardType.objects.get(slug=CENTRAL),
                unit=unit,
                defaults={"collectives": 5, "individuals": 5},
            )


def test_the_state_says_submitted_upwards_while_the_outside_body_decides(org):
    nomination = nominate(org, "a", PEOPLES_COMMITTEE)
    submit(nomination, org.users["officer_a"])
    for member in ("reviewer_a", "province_office", "council", "reviewer_province"):
        nomination = act(nomination, org.users[member])
    assert Nomination.objects.get(pk=nomination.pk).status_string == "đã trình cấp trên, chờ quyết định"
    assert "Văn phòng tỉnh" in next_step_message(nomination)


def test_a_member_moves_units_and_loses_the_step(org):
    nomination = nominate(org, "a1", DISTRICT)
    submit(nomination, org.users["officer_a1"])
    step = current_step(Nomination.objects.get(pk=nomination.pk))
    assert step.get_task_states_user_can_moderate(org.users["reviewer_a1"]).exists()
    Membership.objects.filter(user=org.users["reviewer_a1"]).update(unit=org.units["b"])
    user = type(org.users["reviewer_a1"]).objects.get(pk=org.users["reviewer_a1"].pk)
    assert (
        not step.get_task_states_user_can_moderate(user)
        .filter(workflow_state__object_id=str(nomination.pk))
        .exists()
    )


@pytest.mark.parametrize("award", [PEOPLES_COMMITTEE, CENTRAL])
def test_the_outside_bodys_refusal_closes_the_chain_and_frees_the_slot(org, award):
    campaign = org.site.campaign
    campaign.awards.filter(award_type__slug=award).update(numbers_to_follow=False)
    Quota.objects.update_or_create(
        page=campaign,
        award_type=AwardType.objects.get(slug=award),
        unit=org.units["a"],
        defaults={"collectives": 5, "individuals": 5},
    )
    nomination = nominate(org, "a", award)
    submit(nomination, org.users["officer_a"])
    for member in ("reviewer_a", "province_office", "council", "reviewer_province"):
        nomination = act(nomination, org.users[member])
    step = current_step(nomination)
    assert "refuse" not in [name for name, *_ in step.get_actions(nomination, org.users["council"])]
    assert not step.get_form_for_action("refuse")({"letter": "", "date": "", "reason": ""}).is_valid()
    nomination = Nomination.objects.get(pk=nomination.pk)
    step.on_action(
        nomination.current_workflow_task_state,
        org.users["province_office"],
        "refuse",
        letter="112/UBND-NC",
        date=date(2026, 5, 4),
        reason="Thành tích chưa tiêu biểu ở cấp tỉnh.",
    )
    nomination = Nomination.objects.get(pk=nomination.pk)
    assert not nomination.live
    assert nomination.current_workflow_state is None
    assert nomination.status_string == "không được khen thưởng"
    assert nomination.refusal.letter == "112/UBND-NC"
    assert not Exemplar.objects.filter(name=nomination.name).exists()
    assert not nomination.__class__.objects.holding_a_slot().filter(pk=nomination.pk).exists()
