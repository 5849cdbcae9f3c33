"""Input no browser sends gets a Vietnamese form error in the officer's forms, never a 500.

A rich text field whose content is not the editor's JSON, an image id that is not a
number, ids beyond 64 bits in drop-downs and check boxes (SQLite cannot even look them
up), and NUL characters (PostgreSQL cannot store them).
"""

import json

from django.urls import reverse

import pytest

from exemplars.factories import WorkFactory
from exemplars.models import Work, WorkStatus
from tests.helpers import html, text_of

from .admin_forms import browser_data
from .nominations import edit_url, nominate

pytestmark = pytest.mark.django_db

INVALID_CHOICE = "Hãy chọn một lựa chọn hợp lệ"
UNREADABLE_TEXT = "Không đọc được nội dung trong ô soạn thảo"


def work_edit_url(work) -> str:
    return reverse("wagtailsnippets_exemplars_work:edit", args=[work.pk])


@pytest.fixture
def own_work(org):
    return WorkFactory(
        campaign=org.site.campaign,
        unit=org.units["a"],
        status=WorkStatus.IN_PROGRESS,
        description="<p>Đường bê tông dài 1,2 km.</p>",
    )


@pytest.mark.parametrize(
    "description",
    ['{"blocks": [{"text": "thi đua"', "[1, 2]", '{"blocks": 1}', "[" * 3000, "không phải JSON"],
    ids=["cut-short", "a-list", "wrong-shape", "too-deep", "plain-text"],
)
def test_rich_text_that_is_not_the_editors_json_gets_a_form_error(client, org, own_work, description):
    client.force_login(org.users["officer_a"])
    data = {**browser_data(client.get(work_edit_url(own_work))), "description": description}

    response = client.post(work_edit_url(own_work), data)

    assert response.status_code == 200
    assert UNREADABLE_TEXT in text_of(response)
    assert Work.objects.get(pk=own_work.pk).description == "<p>Đường bê tông dài 1,2 km.</p>"
    # The editor shows the text as last saved, to be edited again.
    shown = json.loads(html(response).select_one("input[name=description]")["value"])
    assert [block["text"] for block in shown["blocks"]] == ["Đường bê tông dài 1,2 km."]


@pytest.mark.parametrize("image", ["abc", "1.5", str(2**64)])
def test_an_image_id_that_is_not_an_image_gets_a_form_error(client, org, own_work, image):
    client.force_login(org.users["officer_a"])
    data = {**browser_data(client.get(work_edit_url(own_work))), "main_image": image}

    response = client.post(work_edit_url(own_work), data)

    assert response.status_code == 200
    assert INVALID_CHOICE in text_of(response)


@pytest.mark.parametrize("number", [2**63, 2**64, -(2**63) - 1])
def test_a_campaign_id_beyond_64_bits_gets_a_form_error(client, org, own_work, number):
    client.force_login(org.users["officer_a"])
    data = {**browser_data(client.get(work_edit_url(own_work))), "campaign": str(number)}

    response = client.post(work_edit_url(own_work), data)

    assert response.status_code == 200
    assert INVALID_CHOICE in text_of(response)
    assert Work.objects.get(pk=own_work.pk).campaign_id == org.site.campaign.pk


def test_criteria_and_works_ids_beyond_64_bits_get_a_form_error(client, org):
    nomination = nominate(org, "a", name="Hoàng Thị Thử")
    client.force_login(org.users["officer_a"])
    data = {**browser_data(client.get(edit_url(nomination))), "criteria": [str(2**64)], "works": [str(2**63)]}

    response = client.post(edit_url(nomination), data)

    assert response.status_code == 200
    assert text_of(response).count(INVALID_CHOICE) >= 2


def test_a_nul_character_in_a_posted_field_answers_the_invalid_request_page(client, org, own_work):
    client.force_login(org.users["officer_a"])
    data = {**browser_data(client.get(work_edit_url(own_work))), "place": "Thôn Nà\x00Pàn"}

    response = client.post(work_edit_url(own_work), data)

    assert response.status_code == 400
    assert text_of(html(response).find("h1")) == "Yêu cầu không hợp lệ"
    assert Work.objects.get(pk=own_work.pk).place == own_work.place
