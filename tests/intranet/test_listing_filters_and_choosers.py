"""The fenced listings' filters and choosers offer the officer's own units only.

The records are fenced anyway (test_unit_isolation); these check the declared filter sets
and chooser views themselves: a unit drop-down listing every district of the province, or
a chooser search that finds nothing, would pass the fence tests and still be wrong.
"""

import re

from django.urls import reverse

import pytest

from .access_matrix import scoped_viewsets
from .conftest import Organisation

pytestmark = pytest.mark.django_db

UNIT_SELECT = re.compile(r'<select name="unit"[^>]*>(.*?)</select>', re.S)


def unit_options(html: str) -> str:
    found = UNIT_SELECT.search(html)
    assert found, "the listing offers a unit filter"
    return found.group(1)


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
def test_the_unit_filter_lists_only_the_officers_units(client, org, viewset):
    client.force_login(org.users["officer_b"])
    options = unit_options(client.get(reverse(viewset.get_url_name("list"))).content.decode())
    assert f'value="{org.units["b"].pk}"' in options
    assert f'value="{org.units["a"].pk}"' not in options
    assert f'value="{org.units["a1"].pk}"' not in options


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
def test_the_chooser_search_finds_the_officers_own_record(client, org, viewset):
    client.force_login(org.users["officer_b"])
    namespace = viewset.get_chooser_admin_url_namespace()
    own = Organisation.marker("b")
    results = reverse(f"{namespace}:choose_results")
    found = client.get(results + f"?q={own}").content.decode()
    missing = client.get(results + "?q=KHONG-CO-GI").content.decode()
    assert own in found or "Bình Gia" in found
    assert own not in missing and "Bình Gia" not in missing


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
def test_choosing_the_officers_own_record_returns_it(client, org, viewset):
    client.force_login(org.users["officer_b"])
    namespace = viewset.get_chooser_admin_url_namespace()
    own = {
        "registration": org.registrations,
        "campaignreport": org.reports,
        "work": org.works,
        "nomination": org.nominations,
        "unitquota": org.unit_quotas,
        "awardrecord": org.awards,
    }[viewset.model._meta.model_name]["b"]
    response = client.get(reverse(f"{namespace}:chosen", args=[own.pk]))
    assert response.status_code == 200
    assert response.json()["result"]["id"] == str(own.pk)
