"""After the deadline, a returned nomination may be corrected and resubmitted, not given to someone else.

A return asks the unit to complete or correct its dossier; resubmitting it is not a new
submission, so the deadline does not apply. Rewriting the returned nomination for a
different person is a new proposal, and after the deadline it is refused like any other.
"""

from datetime import date, timedelta

from django.contrib.messages import get_messages
from django.db import transaction
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest
from freezegun import freeze_time

from campaigns.models import NomineeKind
from nominations.models import Nomination, NominationRefused
from tests.intranet.nominations import (
    DISTRICT,
    PEOPLES_COMMITTEE,
    PROPOSING_BOARD,
    act,
    edit_url,
    nominate,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db

# The fixture reopened submissions for a year; this is past that reopening too.
AFTER_THE_DEADLINE = timezone.localdate() + timedelta(days=400)
SWAPPED = "đã đổi người được đề nghị"


def returned_nomination(org, **fields):
    """Lương Thị Hoa, nominated by Thất Khê in time, returned by Thất Khê's standing board."""
    nomination = nominate(
        org,
        "a1",
        DISTRICT,
        name="Lương Thị Hoa",
        id_number="020179001234",
        birth_date=date(1979, 3, 14),
        **fields,
    )
    submit(nomination, org.users["officer_a1"])
    return act(nomination, org.users["reviewer_a1"], "reject", comment="Sửa lại thông tin cá nhân.")


def edit_and_resubmit(org, nomination, **changes):
    """The officer edits the returned nomination and sends it again, after the deadline."""
    nomination = nomination.get_latest_revision_as_object()  # as the edit form shows it
    for name, value in changes.items():
        setattr(nomination, name, value)
    nomination.save_revision(user=org.users["officer_a1"])
    with freeze_time(AFTER_THE_DEADLINE), transaction.atomic():
        nomination.current_workflow_state.resume(user=org.users["officer_a1"])
    return Nomination.objects.get(pk=nomination.pk)


def test_a_returned_nomination_rewritten_for_another_person_is_refused_after_the_deadline(org):
    nomination = returned_nomination(org)
    with pytest.raises(NominationRefused, match=SWAPPED) as refusal:
        edit_and_resubmit(
            org, nomination, name="Nông Văn Bình", id_number="020182009876", birth_date=date(1982, 7, 2)
        )
    assert "lần gửi đầu: Lương Thị Hoa" in refusal.value.message
    assert "hạn cuối" in refusal.value.message
    nomination = Nomination.objects.get(pk=nomination.pk)
    assert nomination.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES, (
        "still with the unit"
    )
    assert step_of(nomination) is None


def test_swapping_the_person_one_field_per_return_is_refused_too(org):
    """Each resubmission is compared with what was first submitted, not with the last one."""
    nomination = returned_nomination(org)
    nomination = edit_and_resubmit(org, nomination, name="Nông Văn Bình")  # a "typo" in the name
    nomination = act(nomination, org.users["reviewer_a1"], "reject", comment="Sửa tiếp.")
    with pytest.raises(NominationRefused, match=SWAPPED):
        edit_and_resubmit(org, nomination, id_number="020182009876")


@pytest.mark.parametrize(
    "correction",
    [
        {"name": "Lương Thị Hoà"},  # the name's typo (another spelling of the mark)
        {"birth_date": date(1979, 4, 14)},
        {"id_number": "020179001243"},
        {"position": "Trưởng ban công tác Mặt trận thôn Bản Piằng", "achievements": "Bổ sung số liệu."},
    ],
)
def test_a_returned_nomination_corrected_for_the_same_person_is_accepted_after_the_deadline(org, correction):
    nomination = returned_nomination(org)
    nomination = edit_and_resubmit(org, nomination, **correction)
    assert step_of(nomination) == PROPOSING_BOARD


def test_a_returned_collective_nomination_given_to_another_collective_is_refused_after_the_deadline(org):
    nomination = nominate(
        org, "b", PEOPLES_COMMITTEE, NomineeKind.COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà"
    )
    submit(nomination, org.users["officer_b"])
    nomination = act(nomination, org.users["reviewer_b"])
    nomination = act(nomination, org.users["province_office"], "reject", comment="Bổ sung biên bản.")
    nomination.name = "Ban công tác Mặt trận thôn Khuổi Tục"
    nomination.save_revision(user=org.users["officer_b"])
    with freeze_time(AFTER_THE_DEADLINE), pytest.raises(NominationRefused, match=SWAPPED):
        with transaction.atomic():
            nomination.current_workflow_state.resume(user=org.users["officer_b"])


def resubmission_form(nomination, **changes):
    """The edit form of the returned nomination as the officer sends it again."""
    data = {
        "campaign": nomination.campaign_id,
        "unit": nomination.unit_id,
        "award_type": nomination.award_type_id,
        "kind": nomination.kind,
        "name": nomination.name,
        "position": nomination.position,
        "gender": nomination.gender,
        "birth_date": nomination.birth_date.strftime("%d/%m/%Y"),
        "ethnicity": nomination.ethnicity,
        "id_number": nomination.id_number,
        "phone": nomination.phone,
        "achievements": nomination.achievements,
        "criteria": list(nomination.criteria.values_list("pk", flat=True)),
        "action-submit": "submit",
    }
    data.update(changes)
    return data


def test_the_admin_says_why_a_swapped_nominee_is_not_resubmitted(client, org):
    nomination = returned_nomination(org)
    data = resubmission_form(
        nomination, name="Nông Văn Bình", birth_date="02/07/1982", id_number="020182009876"
    )
    with freeze_time(AFTER_THE_DEADLINE):
        client.force_login(org.users["officer_a1"])  # sessions last a working day
        response = client.post(edit_url(nomination), data, follow=True)
    shown = " ".join(str(message) for message in get_messages(response.wsgi_request))
    assert SWAPPED in shown, shown
    nomination = Nomination.objects.get(pk=nomination.pk)
    assert nomination.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_the_admin_resubmits_a_corrected_name_and_the_step_reviews_the_correction(client, org):
    nomination = returned_nomination(org)
    with freeze_time(AFTER_THE_DEADLINE):
        client.force_login(org.users["officer_a1"])
        client.post(edit_url(nomination), resubmission_form(nomination, name="Lương Thị Hoà"))
    nomination = Nomination.objects.get(pk=nomination.pk)
    assert step_of(nomination) == PROPOSING_BOARD
    assert nomination.current_workflow_task_state.revision.as_object().name == "Lương Thị Hoà"
