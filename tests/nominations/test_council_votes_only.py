"""The council passes a nominee only by its session's secret ballot, never by one member's click.

A Bằng khen UB MTTQ tỉnh nomination of district A waits at the council's consideration
step. The council member's screen offers no "Thông qua" and says where the council acts;
an approve posted to Wagtail's workflow action address anyway is refused and leaves the
nomination where it was; the ballot of a session still moves it on. The district's own
board still considers a Giấy khen with its one click.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

import pytest

from nominations.factories import act_on_nomination, pass_council
from nominations.models import Nomination, NominationRefused, current_step
from tests.helpers import html
from tests.intranet.nominations import (
    COUNCIL,
    DISTRICT,
    DISTRICT_CONSIDERATION,
    DISTRICT_DECISION,
    PROVINCE_DECISION,
    act,
    at_council,
    edit_url,
    nominate,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db


def action_url(nomination, action: str = "approve") -> str:
    return reverse(
        "wagtailsnippets_nominations_nomination:workflow_action",
        args=[nomination.pk, action, nomination.current_workflow_task_state.pk],
    )


@pytest.fixture
def nominee(org):
    return at_council(org)


@pytest.mark.parametrize("user", ["council", "superuser"])
def test_the_council_step_offers_no_approve(org, nominee, user, django_user_model):
    member = (
        django_user_model.objects.create_superuser("quantri", "qt@example.com", "x")
        if user == "superuser"
        else org.users[user]
    )
    names = [name for name, *_ in current_step(nominee).get_actions(nominee, member)]
    assert names == ["reject"], "returning an incomplete dossier stays; passing it is the ballot's"
    with pytest.raises(PermissionDenied):
        act_on_nomination(nominee, member)
    assert step_of(nominee) == COUNCIL


def test_the_council_members_screen_says_where_to_act(client, org, nominee):
    client.force_login(org.users["council"])
    response = client.get(edit_url(nominee))
    page = html(response)
    assert not page.select('button[data-workflow-action-name="approve"]'), "no Thông qua on the screen"
    assert page.select('button[data-workflow-action-name="reject"]'), "Trả lại để bổ sung stays"
    note = page.select_one("[data-council-step]")
    assert "biểu quyết kín trong Phiên họp Hội đồng" in note.get_text(" ", strip=True)
    assert note.select_one("a")["href"] == "/admin/snippets/nominations/councilsession/"


def test_an_approve_posted_anyway_is_refused_and_changes_nothing(client, org, nominee):
    state = nominee.current_workflow_task_state
    client.force_login(org.users["council"])
    response = client.post(action_url(nominee), {"comment": "Thông qua"})
    # Wagtail answers a refused action by sending the user to the dashboard with its message.
    assert (response.status_code, response.url) == (302, "/admin/")
    nomination = Nomination.objects.get(pk=nominee.pk)
    assert step_of(nomination) == COUNCIL
    assert nomination.current_workflow_task_state.pk == state.pk
    assert nomination.current_workflow_task_state.status == state.STATUS_IN_PROGRESS


def test_no_other_path_approves_the_council_step(org, nominee):
    """Calling the step's action directly (any screen or script) is refused too, but for the ballot."""
    step = current_step(nominee)
    for user in (org.users["council"], None):
        with pytest.raises(NominationRefused) as refused:
            step.on_action(nominee.current_workflow_task_state, user, "approve", comment="")
        assert "biểu quyết kín trong Phiên họp Hội đồng" in refused.value.message
    assert step_of(nominee) == COUNCIL


def test_the_sessions_ballot_moves_it_on(org, nominee):
    session = pass_council(nominee)
    nomination = Nomination.objects.get(pk=nominee.pk)
    assert step_of(nomination) == PROVINCE_DECISION
    council_state = nomination.current_workflow_state.task_states.get(task__awardsteptask__actor="council")
    assert council_state.finished_by is None, "approved in the council's name, no single member's"
    assert session.number in council_state.comment and "được thông qua" in council_state.comment


def test_a_ballot_that_does_not_pass_closes_the_chain(org, nominee):
    pass_council(nominee, agree=False)
    nomination = Nomination.objects.get(pk=nominee.pk)
    assert step_of(nomination) is None and nomination.current_workflow_state is None


def test_the_district_board_still_considers_by_click(client, org):
    nomination = nominate(org, "a1", DISTRICT, name="Lương Văn Bằng")
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"])
    assert step_of(nomination) == DISTRICT_CONSIDERATION
    client.force_login(org.users["reviewer_a"])
    page = html(client.get(edit_url(nomination)))
    assert page.select('button[data-workflow-action-name="approve"]')
    assert not page.select("[data-council-step]")
    response = client.post(action_url(Nomination.objects.get(pk=nomination.pk)), {"comment": ""})
    assert response.status_code == 302
    assert step_of(nomination) == DISTRICT_DECISION
