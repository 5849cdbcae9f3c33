"""Helpers shared by the nomination tests: make, submit, act, read the workflow's trail."""

from django.urls import reverse

from wagtail.models import TaskState

from campaigns.models import AwardType, NomineeKind
from exemplars.factories import NominationFactory, act_on_nomination, submit_nomination
from exemplars.models import Nomination

# The 2020 plan's award types.
CENTRAL = "bang-khen-ubtw-mttq"
PEOPLES_COMMITTEE = "bang-khen-ubnd-tinh"  # quotas: 2 collectives + 2 individuals per district
PROVINCE_FRONT = "bang-khen-ubmttq-tinh"  # likewise
DISTRICT = "giay-khen-ubmttq-huyen"  # decided by the district, no quota rows


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
    return act_on_nomination(nomination, user, action, comment)


def step_of(nomination) -> str | None:
    """The stage of the step the nomination waits at, or None when not in review."""
    task = Nomination.objects.get(pk=nomination.pk).current_workflow_task
    return task.stage if task is not None else None


def trail(nomination) -> list[tuple[str, str]]:
    """(stage, status) of every step taken, oldest first: the workflow history."""
    states = TaskState.objects.for_instance(nomination).order_by("started_at", "pk").select_related("task")
    return [(state.task.specific.stage, state.status) for state in states]


def edit_url(nomination) -> str:
    return reverse("wagtailsnippets_exemplars_nomination:edit", args=[nomination.pk])


def add_url() -> str:
    return reverse("wagtailsnippets_exemplars_nomination:add")
