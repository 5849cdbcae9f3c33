"""Officers draft and submit; only the unit above accepts, returns or publishes."""

from django.urls import reverse

from wagtail.test.utils.form_data import rich_text

import pytest

from campaigns.models import Registration, SubmissionStatus
from exemplars.models import Work, WorkStatus

pytestmark = pytest.mark.django_db


def registration_form(org, unit_key, **overrides):
    data = {
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "commitments": "Cam kết hoàn thành 02 công trình chào mừng.",
        "works_committed": 2,
        "status": SubmissionStatus.SUBMITTED,
        "review_comment": "",
    }
    data.update(overrides)
    return data


def add_url():
    return reverse("wagtailsnippets_campaigns_registration:add")


def edit_url(record):
    return reverse("wagtailsnippets_campaigns_registration:edit", args=[record.pk])


def test_officer_cannot_register_for_another_unit(client, org):
    Registration.objects.filter(unit=org.units["a1"]).delete()
    client.force_login(org.users["officer_b"])
    response = client.post(add_url(), registration_form(org, "a1"))
    assert response.status_code == 200
    assert not Registration.objects.filter(unit=org.units["a1"]).exists()
    assert "Bạn chỉ được khai báo cho đơn vị mình phụ trách." in response.content.decode()


def test_officer_cannot_accept_their_own_registration_with_a_crafted_post(client, org):
    record = org.registrations["b"]
    record.status = SubmissionStatus.DRAFT
    record.save()
    client.force_login(org.users["officer_b"])
    client.post(edit_url(record), registration_form(org, "b", status=SubmissionStatus.ACCEPTED))
    record.refresh_from_db()
    assert record.status != SubmissionStatus.ACCEPTED


def test_officer_submits_and_the_submission_time_is_recorded(client, org):
    record = org.registrations["b"]
    record.status = SubmissionStatus.DRAFT
    record.save()
    assert record.submitted_at is None
    client.force_login(org.users["officer_b"])
    response = client.post(edit_url(record), registration_form(org, "b"))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == SubmissionStatus.SUBMITTED
    assert record.submitted_at is not None


def test_reviewer_above_accepts_with_a_comment(client, org):
    record = org.registrations["a1"]
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        edit_url(record),
        registration_form(org, "a1", status=SubmissionStatus.ACCEPTED, review_comment="Đạt yêu cầu."),
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == SubmissionStatus.ACCEPTED
    assert record.review_comment == "Đạt yêu cầu."


def test_reviewer_does_not_accept_their_own_units_registration(client, org):
    """The district's own registration is for the province to accept."""
    record = org.registrations["a"]
    client.force_login(org.users["reviewer_a"])
    client.post(edit_url(record), registration_form(org, "a", status=SubmissionStatus.ACCEPTED))
    record.refresh_from_db()
    assert record.status != SubmissionStatus.ACCEPTED


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


def test_officer_cannot_publish_works(client, org):
    work = Work.objects.get(pk=org.works["a1"].pk)
    work.live = False
    work.save()
    client.force_login(org.users["officer_a1"])
    client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, **{"action-publish": "1"}),
    )
    work.refresh_from_db()
    assert not work.live


def test_reviewer_above_publishes_an_accepted_work(client, org):
    work = Work.objects.get(pk=org.works["a1"].pk)
    work.live = False
    work.save()
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, status=WorkStatus.ACCEPTED, **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    work.refresh_from_db()
    assert work.live


def test_reviewer_cannot_publish_their_own_units_work(client, org):
    work = Work.objects.get(pk=org.works["a"].pk)
    work.live = False
    work.save()
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, **{"action-publish": "1"}),
    )
    assert "do Thường trực cấp trên nghiệm thu và công bố" in response.content.decode()
    work.refresh_from_db()
    assert not work.live


def test_officer_cannot_mark_a_work_accepted(client, org):
    work = Work.objects.get(pk=org.works["b"].pk)
    work.status = WorkStatus.IN_PROGRESS
    work.save()
    client.force_login(org.users["officer_b"])
    client.post(
        reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk]),
        work_form(work, status=WorkStatus.ACCEPTED, accepted_on="01/10/2020"),
    )
    work.refresh_from_db()
    assert work.status == WorkStatus.IN_PROGRESS
