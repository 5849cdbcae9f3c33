"""Two clicks on "Lưu" when adding a registration or a final report open the record the first made.

One of each per unit and campaign. The second click arrives either after the first was
saved (the form's check sees it) or at the same time (both pass the check; the database
refuses the second). Either way the officer lands on the saved record, with a message;
a different record for the same unit and campaign keeps what was typed and says why.
"""

from unittest import mock

from django.contrib.messages import get_messages
from django.urls import reverse

import pytest

from campaigns.models import CampaignReport, Registration

from .admin_forms import browser_data

pytestmark = pytest.mark.django_db

MODELS = [
    pytest.param(CampaignReport, {"summary": "Hoàn thành 12 công trình chào mừng."}, id="report"),
    pytest.param(Registration, {"commitments": "Đăng ký 12 công trình chào mừng."}, id="registration"),
]


def add_url(model) -> str:
    return reverse(f"wagtailsnippets_campaigns_{model._meta.model_name}:add")


def edit_url(record) -> str:
    return reverse(f"wagtailsnippets_campaigns_{record._meta.model_name}:edit", args=[record.pk])


def filled_add_form(client, org, model, typed) -> dict:
    model.objects.filter(unit=org.units["a"], campaign=org.site.campaign).delete()
    client.force_login(org.users["officer_a"])
    data = browser_data(client.get(add_url(model)))
    data.update(campaign=str(org.site.campaign.pk), unit=str(org.units["a"].pk), **typed)
    return data


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def saved(org, model):
    return model.objects.get(unit=org.units["a"], campaign=org.site.campaign)


@pytest.mark.parametrize("model, typed", MODELS)
def test_a_second_click_after_the_first_was_saved_opens_the_saved_record(client, org, model, typed):
    data = filled_add_form(client, org, model, typed)
    assert client.post(add_url(model), data).status_code == 302

    response = client.post(add_url(model), data)

    record = saved(org, model)
    assert response.status_code == 302
    assert response["Location"] == edit_url(record)
    assert any("đã được lưu ở lần bấm trước" in message for message in messages_of(response))


@pytest.mark.parametrize("model, typed", MODELS)
def test_two_clicks_at_the_same_time_open_the_record_the_first_made(client, org, model, typed):
    data = filled_add_form(client, org, model, typed)
    check_constraints = model.validate_constraints

    def first_click_saves_meanwhile(instance, exclude=None):
        check_constraints(instance, exclude=exclude)  # nothing saved yet: the check passes
        model.objects.create(campaign=org.site.campaign, unit=org.units["a"], **typed)

    with mock.patch.object(model, "validate_constraints", first_click_saves_meanwhile):
        response = client.post(add_url(model), data)

    record = saved(org, model)
    assert response.status_code == 302
    assert response["Location"] == edit_url(record)
    assert any("đã được lưu ở lần bấm trước" in message for message in messages_of(response))


@pytest.mark.parametrize("model, typed", MODELS)
def test_a_different_record_for_the_same_unit_keeps_what_was_typed(client, org, model, typed):
    data = filled_add_form(client, org, model, typed)
    assert client.post(add_url(model), data).status_code == 302
    other = {name: "Một nội dung khác hẳn." for name in typed}

    response = client.post(add_url(model), {**data, **other})

    assert response.status_code == 200
    assert "Một nội dung khác hẳn." in response.content.decode()
    assert any("mỗi đơn vị một bản" in message for message in messages_of(response))
    assert edit_url(saved(org, model)) in response.content.decode()
