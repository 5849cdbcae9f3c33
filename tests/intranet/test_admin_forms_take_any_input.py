"""Whatever is posted in any field of an officer's form, the answer is never a server error.

Every field of every form of the officer's menu (registrations, works, final reports,
nominations and whatever joins the menu), on the add and the edit screen, as officer_a:
the form as the browser sends it, with one field at a time replaced by input no browser
sends. The answer is the form again with an error, a saved record, or the "invalid
request" page for a NUL character — never 5xx. Field names come from the form classes
(``admin_forms.form_field_names``), so a new field joins.

The award register's forms join as the province office uses them: revoking and
correcting a record (every field), and the import of earlier awards (whatever is posted
in place of the file; odd files themselves: ``tests/nominations/test_award_import.py``).
"""

from django.urls import reverse

import pytest

from campaigns.models import CampaignReport, Registration, UnitQuota
from exemplars.models import WorkStatus
from nominations.wagtail_hooks import unit_work
from tests.intranet.admin_forms import browser_data, form_field_names, formset_prefix_of

from .nominations import nominate

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ODD_VALUES = {
    "nul": "Thôn\x00Bản",
    "2**64": str(2**64),
    "2**63": str(2**63),
    "-2**63-1": str(-(2**63) - 1),
    "-1": "-1",
    "not-json": '{"blocks": [{"text": "thi đua"',
    "json-of-another-shape": '[1, {"entityMap": null}]',
    "deep-json": "[" * 5000,
    "list": ["1", "2"],
    "huge-string": "Lạng Sơn " * 20_000,
    "huge-number": "9" * 5000,
}

CASES = [
    pytest.param(viewset, mode, name, id=f"{viewset.model._meta.model_name}-{mode}-{name}")
    for viewset in unit_work.registerables
    for mode in ("add", "edit")
    for name in form_field_names(viewset)
]


def record_to_edit(org, model):
    """A record of unit A that officer_a may still change in every field."""
    from exemplars.factories import WorkFactory
    from exemplars.models import Work
    from nominations.models import Nomination

    if model is Registration:
        return org.registrations["a"]
    if model is CampaignReport:
        return org.reports["a"]
    if model is Work:
        return WorkFactory(campaign=org.site.campaign, unit=org.units["a"], status=WorkStatus.REGISTERED)
    if model is Nomination:
        return nominate(org, "a", name="Hoàng Thị Thử")
    return model._default_manager.filter(unit=org.units["a"]).first()


def form_url(org, viewset, mode):
    if mode == "add":
        if viewset.model in (Registration, CampaignReport):
            # One per unit and campaign: make room for the one being added.
            viewset.model.objects.filter(unit=org.units["a"], campaign=org.site.campaign).delete()
        return reverse(viewset.get_url_name("add"))
    record = record_to_edit(org, viewset.model)
    assert record is not None, f"unit A has no {viewset.model._meta.verbose_name} to edit"
    return reverse(viewset.get_url_name("edit"), args=[record.pk])


@pytest.mark.parametrize("viewset, mode, name", CASES)
def test_odd_input_in_any_field_never_answers_a_server_error(client, org, viewset, mode, name):
    # A district's own quota numbers are set by its standing board, every other form by its officer.
    client.force_login(org.users["reviewer_a" if viewset.model is UnitQuota else "officer_a"])
    client.raise_request_exception = False  # count every 5xx, then show them all
    url = form_url(org, viewset, mode)
    page = client.get(url)
    assert page.status_code == 200, f"no {mode} form for {viewset.model._meta.verbose_name}"
    baseline = browser_data(page)
    prefix = formset_prefix_of(name, viewset)

    server_errors = {}
    for label, value in ODD_VALUES.items():
        data = {**baseline, name: value}
        if prefix is not None:
            data[f"{prefix}-TOTAL_FORMS"] = "1"
        response = client.post(url, data)
        if response.status_code >= 500:
            server_errors[label] = response.status_code
    assert not server_errors, f"{name}: {server_errors}"


REGISTER = "wagtailsnippets_nominations_awardrecord"


@pytest.mark.parametrize("action", ["revoke", "correct"])
def test_odd_input_in_the_register_actions_never_answers_a_server_error(client, org, action):
    client.force_login(org.users["province_office"])
    client.raise_request_exception = False
    url = reverse(f"{REGISTER}:{action}", args=[org.awards["a"].pk])
    baseline = browser_data(client.get(url), "form.award-record__form")
    assert "reason" in baseline

    server_errors = {}
    for name in baseline.keys() - {"csrfmiddlewaretoken"}:
        for label, value in ODD_VALUES.items():
            response = client.post(url, {**baseline, name: value})
            if response.status_code >= 500:
                server_errors[f"{name}-{label}"] = response.status_code
    assert not server_errors, server_errors


def test_odd_input_in_place_of_the_award_list_never_answers_a_server_error(client, org):
    client.force_login(org.users["province_office"])
    client.raise_request_exception = False
    url = reverse(f"{REGISTER}:import")
    server_errors = {}
    for label, value in ODD_VALUES.items():
        for data in ({"file": value}, {"token": value}):
            response = client.post(url, data)
            if response.status_code >= 500:
                server_errors[label] = response.status_code
        response = client.post(reverse(f"{REGISTER}:import_confirm"), {"token": value})
        if response.status_code >= 500:
            server_errors[f"confirm-{label}"] = response.status_code
    assert not server_errors, server_errors
