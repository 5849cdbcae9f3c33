"""The site's administrator gives a unit a new parent in the admin; the units below it follow.

(The province office's group may only view units; editing them is the administrator's.)

The fence reads the tree: once district A sits under district B, B's standing board sees
the records of A and of A's commune, and no longer once A is back under the province.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from campaigns.models import Unit
from tests.helpers import text_of

from .conftest import Organisation

pytestmark = pytest.mark.django_db

UNIT_EDIT = "wagtailsnippets_campaigns_unit:edit"
UNITS = "wagtailsnippets_campaigns_unit:list"
REGISTRATION_EDIT = "wagtailsnippets_campaigns_registration:edit"
REGISTRATIONS = "wagtailsnippets_campaigns_registration:list"
CYCLE_REFUSED = "Không thể đặt một đơn vị dưới chính nó hoặc dưới một đơn vị cấp dưới của nó."


def unit_form(unit: Unit, parent: Unit) -> dict:
    """The unit's edit form as the admin shows it, with another parent picked."""
    return {
        "name": unit.name,
        "name_en": unit.name_en,
        "committee_name": unit.committee_name,
        "code": unit.code,
        "level": unit.level_id,
        "parent": parent.pk,
        "valid_from": unit.valid_from or "",
        "valid_to": unit.valid_to or "",
    }


@pytest.fixture
def administrator():
    return get_user_model().objects.create_superuser("quantri", "quantri@example.com", "mat-khau-quan-tri")


def move(client, administrator, unit: Unit, parent: Unit):
    client.force_login(administrator)
    return client.post(reverse(UNIT_EDIT, args=[unit.pk]), unit_form(Unit.objects.get(pk=unit.pk), parent))


def assert_saved(response):
    assert response.status_code == 302
    assert response.url == reverse(UNITS)


def registrations_reached(client, org, user: str) -> set[str]:
    """The units whose registration ``user`` opens, by its edit page and in the listing."""
    client.force_login(org.users[user])
    listing = client.get(reverse(REGISTRATIONS)).content.decode()
    reached = set()
    for key, registration in org.registrations.items():
        url = reverse(REGISTRATION_EDIT, args=[registration.pk])
        opened = client.get(url)
        if opened.status_code == 200 and Organisation.marker(key) in opened.content.decode():
            assert url in listing, key
            reached.add(key)
    return reached


def test_a_district_moved_under_another_takes_its_commune_into_that_fence(client, org, administrator):
    assert registrations_reached(client, org, "reviewer_b") == {"b"}

    assert_saved(move(client, administrator, org.units["a"], parent=org.units["b"]))
    assert Unit.objects.get(code="06040").get_ancestors().filter(pk=org.units["b"].pk).exists()
    assert registrations_reached(client, org, "reviewer_b") == {"a", "a1", "b"}
    assert registrations_reached(client, org, "reviewer_a") == {"a", "a1"}

    assert_saved(move(client, administrator, org.units["a"], parent=org.site.province))
    assert registrations_reached(client, org, "reviewer_b") == {"b"}
    assert registrations_reached(client, org, "reviewer_a") == {"a", "a1"}


@pytest.mark.parametrize("below", ["a", "a1"])
def test_a_district_cannot_be_put_under_itself_or_its_commune(client, org, administrator, below):
    response = move(client, administrator, org.units["a"], parent=org.units[below])
    assert response.status_code == 200
    assert CYCLE_REFUSED in text_of(response)
    district = Unit.objects.get(pk=org.units["a"].pk)
    assert district.parent == org.site.province
    assert district.get_parent() == org.site.province
