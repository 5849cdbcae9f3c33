"""A workflow action acts only on the step of the object its URL names.

Wagtail's action URL is ``…/workflow/action/<pk>/<action>/<task_state_id>/``: it checked
that the user may act on object ``pk``, then acted on whatever task state the URL named.
A Tràng Định reviewer, with his own commune's nomination as ``pk`` and the task state of
a Bình Gia commune's nomination (at the same kind of step, Bình Gia's board), gave that
one its final approval. Now any task state other than the object's current step answers
404 and changes nothing (``intranet.workflow_views``).

The scene does not assume how the award chains are laid out: on top of the ``org``
nominations it adds a Bình Gia commune's nomination and a second one of Tràng Định's,
moves each on (approving as whoever may) until the user it is meant for may act on it,
then asks each task which user may act on which nomination. Each reviewer-like user uses
the pk of his own nomination with the task state of every nomination he may not act on.
"""

import json
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.admin.viewsets.pages import PageViewSet, page_viewset_registry
from wagtail.models import (
    AbstractGroupApprovalTask,
    GroupApprovalTask,
    GroupPagePermission,
    TaskState,
    Workflow,
    WorkflowMixin,
    WorkflowState,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

import pytest

from campaigns.factories import ArticlePageFactory, UnitFactory
from campaigns.models import NomineeKind
from intranet.roles import Role
from intranet.workflow_views import BoundTaskStateMixin
from nominations.models import Nomination

from .conftest import PASSWORD, make_member
from .nominations import DISTRICT, PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db

ACTION_URL = "wagtailsnippets_nominations_nomination:workflow_action"
COLLECT_URL = "wagtailsnippets_nominations_nomination:collect_workflow_action_data"
EDIT_URL = "wagtailsnippets_nominations_nomination:edit"
# Each reviewer-like user, and the nomination of the scene that is his to act on.
OWN = {"reviewer_a": "a1", "reviewer_b": "b1", "province_office": "a", "council": "c"}


@dataclass
class Scene:
    org: object
    nominations: dict
    targets: dict  # user → the keys of the nominations he may not act on

    def user(self, key):
        return self.org.users[key]


def fresh(nomination):
    return Nomination.objects.get(pk=nomination.pk)


def actions(nomination, user) -> list[str]:
    nomination = fresh(nomination)
    task = nomination.current_workflow_task
    return [] if task is None else [name for name, *_ in task.get_actions(nomination, user)]


def advance_until(nomination, user, deciders):
    """Approve step after step, as whoever may, until ``user`` may act on ``nomination``."""
    for _step in range(10):
        if actions(nomination, user):
            return fresh(nomination)
        approver = next(d for d in deciders if "approve" in actions(nomination, d))
        nomination = act(nomination, approver)
    raise AssertionError(f"{user} never gets to act on {nomination}")


@pytest.fixture(scope="module")
def scene(org, django_db_blocker) -> Scene:
    with django_db_blocker.unblock():
        commune_b1 = UnitFactory(code="06070", name="Xã Hoa Thám", parent=org.units["b"])
        b1 = nominate(org, "a1", DISTRICT, kind=NomineeKind.COLLECTIVE, name="Tập thể thôn Nà Pàn")
        b1.unit = commune_b1
        b1.save()
        b1.save_revision()
        submit(b1, make_member("canbo.b1", commune_b1, Role.OFFICER))
        c = nominate(org, "a", PROVINCE_FRONT, kind=NomineeKind.COLLECTIVE, name="Tập thể khối dân vận")
        submit(c, org.users["officer_a"])
        nominations = {**org.nominations, "b1": b1, "c": c}
        admin = get_user_model().objects.filter(is_superuser=True).first()
        deciders = [*org.users.values(), admin]
        for user, key in [*OWN.items(), ("province_office", "b")]:
            nominations[key] = advance_until(nominations[key], org.users[user], deciders)
        targets = {
            user: [key for key, nomination in nominations.items() if not actions(nomination, org.users[user])]
            for user in OWN
        }
    # The reported case is in the scene: both boards at the same step, each on his own.
    assert "b1" in targets["reviewer_a"] and "a1" in targets["reviewer_b"]
    return Scene(org=org, nominations=nominations, targets=targets)


def state_of(nomination):
    """What anyone would see change: approved or not, the review's status, its steps so far."""
    nomination = fresh(nomination)
    steps = TaskState.objects.for_instance(nomination).order_by("pk").values_list("pk", "status")
    workflow_state = nomination.workflow_states.order_by("-pk").first()
    return (nomination.live, workflow_state.status, workflow_state.current_task_state_id, list(steps))


def task_state_id(nomination) -> int:
    return fresh(nomination).current_workflow_task_state.pk


def send(client, method, url):
    if method == "GET":
        return client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    return client.post(url, {"comment": "Đồng ý."}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")


# -- nominations ---------------------------------------------------------------------------
@pytest.mark.parametrize("url_name", [ACTION_URL, COLLECT_URL])
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("action", ["approve", "reject"])
@pytest.mark.parametrize("user", list(OWN))
def test_another_nominations_step_cannot_be_acted_on_through_ones_own(
    client, scene, user, action, method, url_name
):
    own = scene.nominations[OWN[user]]
    assert scene.targets[user], user
    client.force_login(scene.user(user))
    wrong = []
    for target in scene.targets[user]:
        victim = scene.nominations[target]
        before = state_of(victim)
        url = reverse(url_name, args=[own.pk, action, task_state_id(victim)])

        response = send(client, method, url)

        changed = state_of(victim) != before
        if changed or response.status_code != 404:
            wrong.append((target, response.status_code, "CHANGED" if changed else "unchanged"))
    assert not wrong, wrong


def test_a_tràng_định_reviewer_cannot_approve_a_bình_gia_nomination(client, scene):
    """The report: same step, his own nomination's pk, the other's task state; a plain form post."""
    own, victim = scene.nominations["a1"], scene.nominations["b1"]
    reviewer = scene.user("reviewer_a")
    assert fresh(own).current_workflow_task == fresh(victim).current_workflow_task
    assert "approve" in actions(own, reviewer) and not actions(victim, reviewer)
    before = state_of(victim)
    client.force_login(reviewer)

    url = reverse(ACTION_URL, args=[own.pk, "approve", task_state_id(victim)])

    response = client.post(url, {"comment": ""})

    assert response.status_code == 404
    assert state_of(victim) == before
    assert not fresh(victim).live


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_a_step_one_may_take_is_still_taken_only_at_its_own_nominations_url(client, scene, action):
    """The province office may act on both, but one's step is not taken through the other's URL."""
    office = scene.user("province_office")
    first, second = scene.nominations["a"], scene.nominations["b"]
    assert actions(first, office) and actions(second, office)
    before = (state_of(first), state_of(second))
    client.force_login(office)

    url = reverse(ACTION_URL, args=[first.pk, action, task_state_id(second)])

    response = send(client, "POST", url)

    assert response.status_code == 404
    assert (state_of(first), state_of(second)) == before


def test_a_returned_step_of_the_same_nomination_is_refused(client, scene):
    """After a return and a resubmission, the returned step's task state acts on nothing."""
    reviewer, officer = scene.user("reviewer_a"), scene.user("officer_a1")
    nomination = scene.nominations["a1"]
    returned = task_state_id(nomination)
    act(nomination, reviewer, "reject", comment="Bổ sung minh chứng.")
    nomination = fresh(nomination)
    nomination.get_latest_revision().as_object().save_revision(user=officer)
    nomination.current_workflow_state.resume(user=officer)
    before = state_of(nomination)
    client.force_login(reviewer)

    url = reverse(ACTION_URL, args=[nomination.pk, "approve", returned])

    response = send(client, "POST", url)

    assert response.status_code == 404
    assert state_of(nomination) == before
    assert TaskState.objects.get(pk=returned).status == TaskState.STATUS_REJECTED


@pytest.mark.parametrize("user", list(OWN))
def test_each_reviewer_still_opens_the_dialog_of_his_own_nominations_step(client, scene, user):
    nomination = scene.nominations[OWN[user]]
    before = state_of(nomination)
    client.force_login(scene.user(user))
    for url_name in (ACTION_URL, COLLECT_URL):
        url = reverse(url_name, args=[nomination.pk, "reject", task_state_id(nomination)])
        response = send(client, "GET", url)
        assert response.status_code == 200, url_name
        assert json.loads(response.content)["step"] == "action"
    assert state_of(nomination) == before


def test_the_reviewer_still_approves_his_own_nominations_step(client, scene):
    nomination = scene.nominations["b1"]
    step = task_state_id(nomination)
    client.force_login(scene.user("reviewer_b"))

    response = send(client, "POST", reverse(ACTION_URL, args=[nomination.pk, "approve", step]))

    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "success"
    approved = TaskState.objects.get(pk=step)
    assert (approved.status, approved.finished_by) == (TaskState.STATUS_APPROVED, scene.user("reviewer_b"))


def test_the_return_dialog_still_hands_the_comment_to_the_editor(client, scene):
    nomination = scene.nominations["a1"]
    before = state_of(nomination)
    client.force_login(scene.user("reviewer_a"))
    url = reverse(COLLECT_URL, args=[nomination.pk, "reject", task_state_id(nomination)])

    response = send(client, "POST", url)

    assert response.status_code == 200
    assert json.loads(response.content) == {"step": "success", "cleaned_data": {"comment": "Đồng ý."}}
    assert state_of(nomination) == before


def test_a_nomination_out_of_review_still_says_so(client, scene):
    """Wagtail's own answer stays: back to the editor ("not awaiting moderation"), nothing done."""
    nomination = scene.nominations["a1"]
    stale = task_state_id(nomination)
    act(nomination, scene.user("reviewer_a"), "reject", comment="Bổ sung minh chứng.")
    before = state_of(nomination)
    client.force_login(scene.user("reviewer_a"))

    response = client.post(reverse(ACTION_URL, args=[nomination.pk, "approve", stale]), {"comment": ""})

    assert response.status_code == 302
    assert response.url == reverse(EDIT_URL, args=[nomination.pk])
    assert state_of(nomination) == before


# -- pages ---------------------------------------------------------------------------------
def page_state(page):
    workflow_state = WorkflowState.objects.for_instance(page).order_by("-pk").first()
    current = workflow_state.current_task_state
    return (type(page).objects.get(pk=page.pk).live, workflow_state.status, current.pk, current.status)


@pytest.fixture
def two_pages_in_review(site, monkeypatch):
    """Pages P and Q in review under one group approval task; the approver's rights cover P only.

    Wagtail's group approval task lets a member act on any page at the step; a task
    whose actions depend on the page (as our nominations' does) is stood in for by
    allowing the task's actions only to users who may publish the page.
    """
    group = Group.objects.create(name="Biên tập tin xã Thất Khê")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    approver = get_user_model().objects.create_user("duyet.p", "duyet.p@example.com", PASSWORD)
    approver.groups.add(group)
    author = get_user_model().objects.get(username="admin")
    page_p = ArticlePageFactory(parent=site.news, title="Tin P chờ duyệt", publish=False)
    page_q = ArticlePageFactory(parent=site.news, title="Tin Q chờ duyệt", publish=False)
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=page_p, permission=Permission.objects.get(codename=codename)
        )
    task = GroupApprovalTask.objects.create(name="Duyệt tin thử nghiệm")
    task.groups.add(group)
    workflow = Workflow.objects.create(name="Duyệt tin thử nghiệm")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(page_p, author)
    workflow.start(page_q, author)

    group_actions = AbstractGroupApprovalTask.get_actions

    def actions_on_pages_one_may_publish(self, obj, user):
        if not obj.permissions_for_user(user).can_publish():
            return []
        return group_actions(self, obj, user)

    monkeypatch.setattr(AbstractGroupApprovalTask, "get_actions", actions_on_pages_one_may_publish)
    return approver, page_p, page_q


def page_task_state_id(page) -> int:
    return type(page).objects.get(pk=page.pk).current_workflow_task_state.pk


@pytest.mark.parametrize(
    "url_name", ["wagtailadmin_pages:workflow_action", "wagtailadmin_pages:collect_workflow_action_data"]
)
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_another_pages_step_cannot_be_acted_on_through_ones_own(
    client, two_pages_in_review, action, method, url_name
):
    approver, page_p, page_q = two_pages_in_review
    before = page_state(page_q)
    client.force_login(approver)
    url = reverse(url_name, args=[page_p.pk, action, page_task_state_id(page_q)])

    response = send(client, method, url)

    assert response.status_code == 404, (response.status_code, response.content[:300])
    assert page_state(page_q) == before
    # And at Q's own URL the approver has no say.
    own_url = reverse(url_name, args=[page_q.pk, action, page_task_state_id(page_q)])
    assert send(client, method, own_url).status_code == 403
    assert page_state(page_q) == before


def test_the_approver_still_approves_his_own_page(client, two_pages_in_review):
    approver, page_p, page_q = two_pages_in_review
    before_q = page_state(page_q)
    client.force_login(approver)
    step = page_task_state_id(page_p)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page_p.pk, "approve", step])

    response = client.post(url, {"comment": ""})

    assert response.status_code == 302
    assert page_state(page_p)[:2] == (True, WorkflowState.STATUS_APPROVED)
    assert page_state(page_q) == before_q


# -- every viewset with workflows is bound ---------------------------------------------------
def test_every_workflow_action_view_of_the_admin_is_bound():
    """A snippet or page type given its own viewset later must keep the binding."""
    reverse("wagtailadmin_home")  # the admin's URLs, hence its viewsets, are loaded
    registry = page_viewset_registry
    page_viewsets = {*registry.values_by_class.values(), *registry.values_by_exact_class.values()}
    snippet_viewsets = [
        model.snippet_viewset for model in get_snippet_models() if issubclass(model, WorkflowMixin)
    ]
    assert page_viewsets and snippet_viewsets
    for viewset in [*page_viewsets, *snippet_viewsets]:
        if isinstance(viewset, PageViewSet) or getattr(viewset, "workflow_enabled", False):
            assert issubclass(viewset.workflow_action_view_class, BoundTaskStateMixin), viewset
            assert issubclass(viewset.collect_workflow_action_data_view_class, BoundTaskStateMixin), viewset
