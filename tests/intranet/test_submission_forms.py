"""Registration and final report: the same frame around their own fields.

Campaign and unit first, the record's own fields, the signed file last; both listings
show the unit, campaign, state in review, day sent and whether it was on time.
"""

import re

from django.urls import reverse

import pytest

from campaigns.models import CampaignReport, Registration

pytestmark = pytest.mark.django_db

OWN_FIELDS = {
    Registration: ["commitments", "works_committed"],
    CampaignReport: [
        "summary",
        "works_completed",
        "exemplars_honored",
        "works_value_vnd",
        "people_contribution_vnd",
    ],
}


@pytest.mark.parametrize("model", OWN_FIELDS, ids=["registration", "report"])
def test_the_form_frames_the_records_own_fields(model):
    form_class = model.snippet_viewset.get_edit_handler().get_form_class()
    assert list(form_class.base_fields) == ["campaign", "unit", *OWN_FIELDS[model], "file"]


@pytest.mark.parametrize("model", OWN_FIELDS, ids=["registration", "report"])
def test_the_add_form_shows_the_fields_in_that_order(client, org, model):
    model.objects.filter(unit=org.units["b"]).delete()  # one per unit and campaign
    client.force_login(org.users["officer_b"])
    response = client.get(reverse(model.snippet_viewset.get_url_name("add")))
    assert response.status_code == 200
    names = re.findall(
        r'name="(campaign|unit|file|' + "|".join(OWN_FIELDS[model]) + r')"', response.content.decode()
    )
    assert list(dict.fromkeys(names)) == ["campaign", "unit", *OWN_FIELDS[model], "file"]


@pytest.mark.parametrize("model", OWN_FIELDS, ids=["registration", "report"])
def test_the_listing_shows_state_day_and_timeliness(client, org, model):
    client.force_login(org.users["officer_b"])
    text = client.get(reverse(model.snippet_viewset.get_url_name("list"))).content.decode()
    for heading in ("Đơn vị", "Đợt thi đua", "Tình trạng duyệt", "Ngày gửi", "Thời hạn"):
        assert heading in text
    assert "Đúng hạn" in text or "Trễ hạn" in text
