"""Only the unit above publishes a unit's work, by approving it: at creation as on edit.

Nobody in the units holds "publish" on works: a "publish" sent with a new or edited
work saves a draft. The work is sent to the workflow; the standing board of the unit
directly above the work's stored unit approves it, which publishes it.
"""

from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

import pytest

from campaigns.models import ReviewState
from campaigns.models.submissions import review_state_of
from exemplars.models import Work, WorkCategory, WorkStatus

pytestmark = pytest.mark.django_db

TITLE = "Nhà văn hóa thôn Bản Piằng"


def new_work_form(org, unit_key, **overrides):
    data = {
        "title": TITLE,
        "slug": "",
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "category": WorkCategory.ROADS,
        "status": WorkStatus.IN_PROGRESS,  # a new work is not accepted yet
        "summary": "Nhà văn hóa 120 chỗ ngồi do nhân dân góp công xây dựng.",
        "description": rich_text("<p>Mô tả công trình.</p>"),
        "place": "Thôn Bản Piằng",
        "value_vnd": "850000000",
        "people_contribution": "",
        "people_contribution_vnd": "",
        "started_on": "",
        "accepted_on": "",
        "plaque_mounted_on": "",
        "photos-TOTAL_FORMS": 0,
        "photos-INITIAL_FORMS": 0,
        "photos-MIN_NUM_FORMS": 0,
        "photos-MAX_NUM_FORMS": 1000,
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return data


def edit_form(work, **overrides):
    data = {
        "title": work.title,
        "slug": work.slug,
        "campaign": work.campaign_id,
        "unit": work.unit_id,
        "category": work.category,
        "status": work.status,
        "summary": work.summary,
        "description": rich_text("<p>Mô tả công trình.</p>"),
        "place": work.place,
        "value_vnd": work.value_vnd or "",
        "people_contribution": "",
        "people_contribution_vnd": "",
        "started_on": "",
        "accepted_on": work.accepted_on.strftime("%d/%m/%Y") if work.accepted_on else "",
        "plaque_mounted_on": "",
        "photos-TOTAL_FORMS": 0,
        "photos-INITIAL_FORMS": 0,
        "photos-MIN_NUM_FORMS": 0,
        "photos-MAX_NUM_FORMS": 1000,
    }
    data.update(overrides)
    return data


def actions_of(work, user) -> list[str]:
    work = Work.objects.get(pk=work.pk)
    return [name for name, *_ in work.current_workflow_task.get_actions(work, user)]


def withdrawn_draft(work):
    work = Work.objects.get(pk=work.pk)
    work.current_workflow_state.cancel()
    Work.objects.filter(pk=work.pk).update(live=False)
    return Work.objects.get(pk=work.pk)


@pytest.mark.parametrize(
    ("user", "unit_key"),
    [("reviewer_a", "a"), ("reviewer_a", "a1"), ("officer_a1", "a1"), ("province_office", "b")],
)
def test_a_publish_sent_with_a_new_work_saves_a_draft(client, org, user, unit_key):
    client.force_login(org.users[user])
    response = client.post(reverse("wagtailsnippets_exemplars_work:add"), new_work_form(org, unit_key))
    assert response.status_code == 302
    work = Work.objects.get(title=TITLE)
    assert review_state_of(work, work.current_workflow_state) == ReviewState.DRAFT


def test_a_new_work_sent_at_creation_waits_for_the_unit_above(client, org):
    client.force_login(org.users["officer_a1"])
    data = {**new_work_form(org, "a1"), "action-submit": "action-submit"}
    del data["action-publish"]
    assert client.post(reverse("wagtailsnippets_exemplars_work:add"), data).status_code == 302
    work = Work.objects.get(title=TITLE)
    assert work.workflow_in_progress and not work.live
    assert actions_of(work, org.users["reviewer_a"]) == ["approve", "reject"]
    assert actions_of(work, org.users["officer_a1"]) == []


def test_a_publish_sent_with_an_edit_saves_a_draft(client, org):
    work = withdrawn_draft(org.works["a1"])
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        edit_form(work, **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    assert not Work.objects.get(pk=work.pk).live


def test_a_reviewer_cannot_move_its_own_units_work_below_to_judge_it(client, org):
    """The judge is the board above the stored unit: a draft naming a unit below changes nothing."""
    work = Work.objects.get(pk=org.works["a"].pk)
    work.current_workflow_state.cancel()
    client.force_login(org.users["reviewer_a"])
    client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        edit_form(work, unit=org.units["a1"].pk, **{"action-submit": "action-submit"}),
    )
    work = Work.objects.get(pk=work.pk)
    assert work.workflow_in_progress and work.unit == org.units["a"]
    assert actions_of(work, org.users["reviewer_a"]) == []


def test_the_unit_above_publishes_by_approving(client, org):
    work = Work.objects.get(pk=org.works["a1"].pk)
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_exemplars_work:workflow_action",
        args=[work.pk, "approve", work.current_workflow_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    work = Work.objects.get(pk=work.pk)
    assert review_state_of(work, work.current_workflow_state) == ReviewState.ACCEPTED
    assert Work.objects.public().filter(pk=work.pk).exists()
