"""Officers draft and send; only the unit above approves (which publishes) or returns.

No screen offers a unit a way to approve or publish its own records: nobody in the
units holds "publish" on them, so a crafted "publish" saves a draft, and the review
task gives actions only to the standing board of the unit directly above.
"""

from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

import pytest

from campaigns.models import Registration, ReviewState
from exemplars.models import Work, WorkStatus

pytestmark = pytest.mark.django_db


def registration_form(org, unit_key, **overrides):
    data = {
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "commitments": "Cam kết hoàn thành 02 công trình chào mừng.",
        "works_committed": 2,
    }
    data.update(overrides)
    return data


def add_url():
    return reverse("wagtailsnippets_campaigns_registration:add")


def edit_url(record):
    return reverse("wagtailsnippets_campaigns_registration:edit", args=[record.pk])


def withdrawn(record):
    """The record back with its unit, as a draft (the officer withdrew it)."""
    record = type(record).objects.get(pk=record.pk)
    record.current_workflow_state.cancel()
    return type(record).objects.get(pk=record.pk)


def test_officer_cannot_register_for_another_unit(client, org):
    Registration.objects.filter(unit=org.units["a1"]).delete()
    client.force_login(org.users["officer_b"])
    response = client.post(add_url(), registration_form(org, "a1"))
    assert response.status_code == 200
    assert not Registration.objects.filter(unit=org.units["a1"]).exists()
    assert "Bạn chỉ được khai báo cho đơn vị mình phụ trách." in response.content.decode()


def test_officer_cannot_accept_their_own_registration_with_a_crafted_post(client, org):
    record = withdrawn(org.registrations["b"])
    client.force_login(org.users["officer_b"])
    client.post(edit_url(record), registration_form(org, "b", **{"action-publish": "action-publish"}))
    record.refresh_from_db()
    assert not record.live
    assert record.review_state == ReviewState.DRAFT


def test_officer_submits_and_the_submission_time_is_recorded(client, org):
    record = withdrawn(org.registrations["b"])
    assert record.submitted_at is None
    client.force_login(org.users["officer_b"])
    response = client.post(
        edit_url(record), registration_form(org, "b", **{"action-submit": "action-submit"})
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.review_state == ReviewState.SUBMITTED
    assert record.submitted_at is not None


def test_reviewer_above_accepts(client, org):
    record = Registration.objects.get(pk=org.registrations["a1"].pk)
    task_state = record.current_workflow_task_state
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_campaigns_registration:workflow_action", args=[record.pk, "approve", task_state.pk]
    )
    response = client.post(url, {"comment": "Đạt yêu cầu."})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.review_state == ReviewState.ACCEPTED and record.live
    assert record.workflow_states.get().task_states.get().comment == "Đạt yêu cầu."


def test_reviewer_does_not_accept_their_own_units_registration(client, org):
    """The district's own registration is for the province to accept."""
    record = Registration.objects.get(pk=org.registrations["a"].pk)
    task_state = record.current_workflow_task_state
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_campaigns_registration:workflow_action", args=[record.pk, "approve", task_state.pk]
    )
    client.post(url, {"comment": ""})
    record.refresh_from_db()
    assert record.review_state == ReviewState.SUBMITTED and not record.live


def work_form(work, **overrides):
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


def unpublished(work):
    """The work back with its unit as an unpublished draft."""
    work = withdrawn(work)
    Work.objects.filter(pk=work.pk).update(live=False)
    return Work.objects.get(pk=work.pk)


@pytest.mark.parametrize("user", ["officer_a1", "reviewer_a", "province_office"])
def test_nobody_in_the_units_publishes_a_work_directly(client, org, user):
    work = unpublished(org.works["a1"])
    client.force_login(org.users[user])
    client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, **{"action-publish": "1"}),
    )
    work.refresh_from_db()
    assert not work.live


def test_reviewer_above_publishes_an_accepted_work_by_approving_it(client, org):
    work = Work.objects.get(pk=org.works["a1"].pk)
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_exemplars_work:workflow_action",
        args=[work.pk, "approve", work.current_workflow_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    work.refresh_from_db()
    assert work.live and work.title.endswith("(sửa)")


def test_reviewer_cannot_publish_their_own_units_work(client, org):
    work = Work.objects.get(pk=org.works["a"].pk)
    client.force_login(org.users["reviewer_a"])
    url = reverse(
        "wagtailsnippets_exemplars_work:workflow_action",
        args=[work.pk, "approve", work.current_workflow_task_state.pk],
    )
    client.post(url, {"comment": ""})
    work.refresh_from_db()
    assert work.workflow_in_progress and not work.title.endswith("(sửa)")


def test_an_officers_accepted_work_waits_for_the_unit_above_before_the_gallery_shows_it(client, org):
    """The lifecycle is the unit's to record; what the public sees is the unit above's to approve."""
    work = unpublished(org.works["b"])
    work.status = WorkStatus.IN_PROGRESS
    work.save()
    client.force_login(org.users["officer_b"])
    client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, status=WorkStatus.ACCEPTED, accepted_on="01/10/2020", **{"action-submit": "1"}),
    )
    work.refresh_from_db()
    assert work.get_latest_revision_as_object().status == WorkStatus.ACCEPTED
    assert work.workflow_in_progress
    assert not Work.objects.public().filter(pk=work.pk).exists()
