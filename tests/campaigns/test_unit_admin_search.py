"""The admin's units list finds a unit by part of its name or by its code.

The list's search used to reach the search index with fields it does not hold (the
code), which answered a server error to anyone searching the units.
"""

from django.test import Client
from django.urls import reverse

import pytest

from campaigns.models import Unit
from intranet.roles import Role
from tests.helpers import text_of
from tests.intranet.conftest import make_member

pytestmark = pytest.mark.django_db

UNITS_LIST = "wagtailsnippets_campaigns_unit:list"


@pytest.fixture(params=[Role.PROVINCE_OFFICE, Role.COUNCIL])
def admin_client(request, site):
    user = make_member(f"tim-don-vi-{request.param}", site.province, request.param)
    client = Client(raise_request_exception=True)
    client.force_login(user)
    return client


def listed_units(client, query: str) -> str:
    response = client.get(reverse(UNITS_LIST), {"q": query})
    assert response.status_code == 200
    return text_of(response)


@pytest.mark.parametrize("query", ["180", "Tràng Định", "tràng"])
def test_search_by_code_or_name_finds_the_unit(admin_client, query):
    assert Unit.objects.get(code="180").name in listed_units(admin_client, query)


def test_search_by_code_leaves_other_units_out(admin_client):
    assert Unit.objects.get(code="181").name not in listed_units(admin_client, "180")
