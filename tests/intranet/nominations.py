"""Helpers shared by the nomination tests: make, submit, act, read the workflow's trail."""

from datetime import date

from django.urls import reverse

from wagtail.models import TaskState

from campaigns.models import AwardType, NomineeKind
from nominations.chain import Actor, StepKind
from nominations.council import is_council_member
from nominations.decisions import issuing_body_for, record_decision
from nominations.factories import NominationFactory, act_on_nomination, pass_council, submit_nomination
from nominations.models import Nomination

# The 2020 plan's award types.
CENTRAL = "bang-khen-ubtw-mttq"
PEOPLES_COMMITTEE = "bang-khen-ubnd-tinh"  # quotas: 2 collectives + 2 individuals per district
PROVINCE_FRONT = "bang-khen-ubmttq-tinh"  # likewise
DISTRICT = "giay-khen-ubmttq-huyen"  # decided by the district, no quota rows

# Steps of the award chains, as ``step_of`` and ``trail`` name them: (who acts, what they do).
PROPOSING_BOARD = (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF)
UNIT_ABOVE = (Actor.UNIT_ABOVE, StepKind.SIGN_OFF)
OFFICE_CHECK = (Actor.PROVINCE_OFFICE, StepKind.DOSSIER_CHECK)
COUNCIL = (Actor.COUNCIL, StepKind.CONSIDERATION)
PROVINCE_DECISION = (Actor.PROVINCE_BOARD, StepKind.DECISION)
PROVINCE_SUBMISSION = (Actor.PROVINCE_BOARD, StepKind.SUBMISSION)
OFFICE_RECORDS_DECISION = (Actor.PROVINCE_OFFICE, StepKind.DECISION)
DISTRICT_CONSIDERATION = (Actor.DECIDING_BOARD, StepKind.CONSIDERATION)
DISTRICT_DECISION = (Actor.DECIDING_BOARD, StepKind.DECISION)

# A person's fields on the nomination form: a collective's form hides them and keeps none.
PERSON_FIELDS = (
    "position",
    "gender",
    "birth_date",
    "ethnicity",
    "id_number",
    "phone",
    "photo",
    "photo_consent",
)


def nominate(org, unit_key: str, award: str = PROVINCE_FRONT, kind: str = NomineeKind.INDIVIDUAL, **fields):
    return NominationFactory(
        campaign=org.site.campaign,
        unit=org.units[unit_key],
        award_type=AwardType.objects.get(slug=award),
        kind=kind,
        **fields,
    )


def submit(nomination, user):
    return submit_nomination(nomination, user)


def act(nomination, user, action: str = "approve", comment: str = "") -> Nomination:
    """Act at the step ``nomination`` waits at, as ``user``.

    A council member approves the council's step the only way it is approved: by voting
    agree, with every council member, in a session whose chair closes the ballot.
    """
    if action == "approve" and step_of(nomination) == COUNCIL and is_council_member(user):
        pass_council(nomination)
        return Nomination.objects.get(pk=nomination.pk)
    return act_on_nomination(nomination, user, action, comment)


def at_council(org, award: str = PROVINCE_FRONT, name: str = "Hoàng Thị Thu Hà") -> Nomination:
    """A nomination of district A submitted, signed off and checked: waiting at the council's step."""
    nomination = nominate(org, "a", award, name=name)
    submit(nomination, org.users["officer_a"])
    for member in ("reviewer_a", "province_office"):
        nomination = act(nomination, org.users[member])
    assert step_of(nomination) == COUNCIL
    return Nomination.objects.get(pk=nomination.pk)


def outside_number(nomination, number: str) -> str:
    """``number`` when an outside body decides ``nomination`` (the office types its number), else ""
    (our own boards' numbers come from the number register)."""
    return number if issuing_body_for(Nomination.objects.get(pk=nomination.pk)).is_outside else ""


def decide(
    nomination, user, number: str = "15/QĐ-MTTQ", on: date = date(2026, 4, 1), signer: str = "Nông Văn A"
):
    """Record the decision at the chain's decision step as ``user``: the chain ends, the nomination is live.

    ``number`` is used for an outside body's decision only; our boards' numbers are given.
    """
    nomination = Nomination.objects.get(pk=nomination.pk)
    record_decision(nomination, user, number=outside_number(nomination, number), date=on, signer=signer)
    return Nomination.objects.get(pk=nomination.pk)


def step_of(nomination) -> tuple[str, str] | None:
    """(actor, kind) of the chain's step the nomination waits at, or None when not in review."""
    task = Nomination.objects.get(pk=nomination.pk).current_workflow_task
    return (task.specific.actor, task.specific.kind) if task is not None else None


def trail(nomination) -> list[tuple[tuple[str, str], str]]:
    """((actor, kind), status) of every step taken, oldest first: the workflow history."""
    states = TaskState.objects.for_instance(nomination).order_by("started_at", "pk").select_related("task")
    return [((state.task.specific.actor, state.task.specific.kind), state.status) for state in states]


def edit_url(nomination) -> str:
    return reverse("wagtailsnippets_nominations_nomination:edit", args=[nomination.pk])


def add_url() -> str:
    return reverse("wagtailsnippets_nominations_nomination:add")
