"""Nobody sees what is not theirs: another unit's records stay invisible at every URL.

Tested as an attacker would: every admin URL of every unit-scoped snippet, with GET and
POST, for officers and reviewers of other units, an editor and an account without a unit.
The answer must be 403 or 404 (or the login page), must not contain the victim's marker,
and a POST must change nothing. Positive controls prove the same URLs do work for the
people entitled to them.
"""

import io
import json
from datetime import date

from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from campaigns.models import AwardType
from core.private_files import private_storage
from nominations.models import AwardRecord, Decision, IssuingBody

from .access_matrix import (
    ALL_GRANTS,
    ATTACKS,
    AWARD_IMPORT_URLS,
    AWARD_IMPORTERS,
    TOKEN_URLS,
    decision_routes,
    grants_for,
    import_url,
    object_routes,
    officers_edit,
    record_of,
    scoped_viewsets,
)
from .conftest import DISTRICT_AWARD, Organisation

pytestmark = pytest.mark.django_db

ROUTES = object_routes()
DENIED = {403, 404, 405}


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def readable(response) -> str:
    """Chooser responses are HTML or JSON with escaped HTML inside; decode both."""
    if response["Content-Type"].startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def snapshot(obj):
    """What a successful attack could change."""
    fresh = type(obj)._default_manager.get(pk=obj.pk)
    return {
        field.attname: getattr(fresh, field.attname)
        for field in fresh._meta.concrete_fields
        if field.attname not in {"updated_at"}
    }


def assert_denied(response, marker: str):
    """403, 404, the login page or the dashboard; a 404 may first pass through the language redirect."""
    final = response.redirect_chain[-1][0] if response.redirect_chain else ""
    if "/admin/login/" in final or final == reverse("wagtailadmin_home"):
        # The login page, or Wagtail's "no permission" redirect to the dashboard (a screen
        # the user's role never opens, such as the decisions for an officer).
        assert response.status_code == 200
    else:
        assert response.status_code in DENIED, (response.status_code, response.redirect_chain)
    assert marker.encode() not in response.content


@pytest.mark.parametrize("route", ROUTES, ids=[route.id for route in ROUTES])
@pytest.mark.parametrize(("attacker", "victim"), ATTACKS, ids=[f"{a}->{v}" for a, v in ATTACKS])
def test_other_units_record_is_unreachable_at_every_object_url(client, org, route, attacker, victim):
    target = record_of(org, route.viewset, victim)
    marker = Organisation.marker(victim)
    before = snapshot(target)
    client.force_login(org.users[attacker])
    url = route.url(target)

    assert_denied(client.get(url, follow=True), marker)
    assert_denied(client.post(url, attack_data(org, victim), follow=True), marker)
    assert snapshot(target) == before


def attack_data(org, victim) -> dict:
    """What an attacker posts: a new title, state and unit, and a reason and name (revoking, correcting)."""
    return {
        "title": "bị sửa",
        "status": "accepted",
        "unit": org.units[victim].pk,
        "reason": "bị sửa",
        "name": "bị sửa",
    }


@pytest.mark.parametrize(("user", "unit"), ALL_GRANTS, ids=[f"{u}->{k}" for u, k in ALL_GRANTS])
def test_entitled_people_reach_the_same_urls(client, org, user, unit):
    client.force_login(org.users[user])
    for route in ROUTES:
        if route.name not in {"edit", "history", "usage"} or (user, unit) not in grants_for(route.viewset):
            continue
        target = record_of(org, route.viewset, unit)
        response = client.get(route.url(target))
        assert response.status_code == 200, (route.id, response.status_code)
        if route.name == "edit":
            assert Organisation.marker(unit).encode() in response.content


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
@pytest.mark.parametrize(
    "query",
    ["", "?q=DAU-VET", "?unit={victim_unit}", "?export=csv", "results/?q=DAU-VET"],
    ids=["listing", "search", "filter", "export-csv", "results"],
)
def test_listings_search_filters_and_exports_show_only_own_records(client, org, viewset, query):
    client.force_login(org.users["officer_b"])
    base = reverse(viewset.get_url_name("list"))
    response = client.get(base + query.format(victim_unit=org.units["a"].pk))
    assert response.status_code == 200
    body = body_of(response)

    def edit_link(unit_key):
        return reverse(viewset.get_url_name("edit"), args=[record_of(org, viewset, unit_key).pk]).encode()

    for victim in ("a", "a1"):
        assert Organisation.marker(victim).encode() not in body
        assert edit_link(victim) not in body
    if "export" in query:
        assert "Bình Gia".encode() in body
        assert "Tràng Định".encode() not in body and "Thất Khê".encode() not in body
    elif "unit=" not in query:
        # Officers who may only read a record (a unit's set numbers) see it without an edit link.
        assert (edit_link("b") if officers_edit(viewset) else Organisation.marker("b").encode()) in body


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
def test_xlsx_export_holds_only_own_records(client, org, viewset):
    client.force_login(org.users["officer_b"])
    response = client.get(reverse(viewset.get_url_name("list")) + "?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(body_of(response)))
    cells = " ".join(str(cell.value) for row in workbook.active.iter_rows() for cell in row)
    rows = workbook.active.max_row - 1
    assert rows == 1, "one record: unit B's own"
    assert "Bình Gia" in cells
    assert "Tràng Định" not in cells and "Thất Khê" not in cells


@pytest.mark.parametrize("viewset", scoped_viewsets(), ids=lambda v: v.model._meta.model_name)
def test_chooser_lists_and_returns_only_own_records(client, org, viewset):
    client.force_login(org.users["officer_b"])
    namespace = viewset.get_chooser_admin_url_namespace()
    victim = record_of(org, viewset, "a")
    for url in (
        reverse(f"{namespace}:choose"),
        reverse(f"{namespace}:choose_results") + "?q=DAU-VET",
        reverse(f"{namespace}:chosen_multiple") + f"?id={victim.pk}",
    ):
        shown = readable(client.get(url))
        assert Organisation.marker("a") not in shown, url
        assert "Tràng Định" not in shown and "Thất Khê" not in shown, url
    listing = readable(client.get(reverse(f"{namespace}:choose")))
    assert "Bình Gia" in listing or Organisation.marker("b") in listing


def test_the_matrix_covers_every_object_url_of_every_scoped_snippet():
    """Sanity of the data: the routes come from the viewsets, not from a hand-kept list."""
    names = {route.id for route in ROUTES}
    for expected in (
        "registration:edit",
        "registration:delete",
        "registration:history",
        "registration:usage",
        "registration:copy",
        "registration:chosen",
        "registration:workflow_action",
        "registration:collect_workflow_action_data",
        "registration:confirm_workflow_cancellation",
        "registration:workflow_history",
        "registration:workflow_history_detail",
        "registration:revisions_compare",
        "registration:lock",
        "campaignreport:edit",
        "campaignreport:workflow_action",
        "campaignreport:workflow_history",
        "work:edit",
        "work:history",
        "work:revisions_view",
        "work:revisions_compare",
        "work:revisions_revert",
        "work:unpublish",
        "work:lock",
        "work:unlock",
        "work:preview_on_edit",
        "work:delete",
        "work:usage",
        "work:chosen",
        "work:workflow_action",
        "work:collect_workflow_action_data",
        "work:workflow_history",
        "work:workflow_history_detail",
        "work:workflow_preview",
        "nomination:edit",
        "nomination:history",
        "nomination:workflow_action",
        "nomination:collect_workflow_action_data",
        "nomination:confirm_workflow_cancellation",
        "nomination:workflow_history",
        "nomination:workflow_history_detail",
        "nomination:decide",
        "nomination:lock",
        "nomination:revisions_compare",
        "nomination:chosen",
        "unitquota:edit",
        "unitquota:history",
        "unitquota:delete",
        "unitquota:usage",
        "unitquota:chosen",
        "awardrecord:inspect",
        "awardrecord:revoke",
        "awardrecord:correct",
        "awardrecord:certificate",
    ):
        assert expected in names
    assert {route.id for route in DECISION_ROUTES} == {
        "decision:detail",
        "decision:docx",
        "decision:pdf",
        "decision:certificate",
    }
    print(f"\naccess matrix: {len(ROUTES)} object URLs × {len(ATTACKS)} attackers × GET/POST")


# -- the decisions' screens, their papers and certificates ----------------------------------------------
DECISION_ROUTES = decision_routes()


@pytest.fixture
def decisions(org):
    """One decision of each unit's standing board, with one honouree: the victims' markers inside."""
    made = {}
    award = AwardType.objects.get(slug=DISTRICT_AWARD)
    for key, unit in org.units.items():
        marker = Organisation.marker(key)
        body, _created = IssuingBody.objects.get_or_create(
            unit=unit, defaults={"name": f"Ban Thường trực {unit.name}", "symbol": "QĐ-MTTQ-BTT"}
        )
        decision = Decision.objects.create(
            issuing_body=body,
            unit=unit,
            award_type=award,
            year=2020,
            sequence=1,
            symbol=body.symbol,
            date=date(2020, 11, 12),
            signer=f"Người ký {marker}",
        )
        AwardRecord.objects.create(
            decision=decision,
            decision_number=decision.number,
            decision_date=decision.date,
            issuing_body_name=body.name,
            award_type=award,
            award_name=award.name,
            year=2020,
            name=f"Được khen {marker}",
            unit=unit,
            unit_name=unit.name,
        )
        made[key] = decision
    return made


@pytest.mark.parametrize("route", DECISION_ROUTES, ids=[route.id for route in DECISION_ROUTES])
@pytest.mark.parametrize(("attacker", "victim"), ATTACKS, ids=[f"{a}->{v}" for a, v in ATTACKS])
def test_other_units_decisions_and_certificates_are_unreachable(
    client, org, decisions, route, attacker, victim
):
    decision = decisions[victim]
    before = snapshot(decision)
    client.force_login(org.users[attacker])
    url = route.url(decision)

    response = client.get(url, follow=True)
    assert_denied(response, Organisation.marker(victim))
    assert not response.content.startswith((b"%PDF", b"PK"))
    assert_denied(client.post(url, attack_data(org, victim), follow=True), Organisation.marker(victim))
    assert snapshot(decision) == before


def test_the_deciding_board_opens_its_decisions_papers(client, org, decisions):
    client.force_login(org.users["reviewer_a"])
    for key in ("a", "a1"):
        for route in DECISION_ROUTES:
            assert client.get(route.url(decisions[key])).status_code == 200, (key, route.id)


# -- the imports ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("user", sorted({user for user, _unit in ATTACKS + ALL_GRANTS} - AWARD_IMPORTERS))
def test_only_the_office_imports_earlier_awards(client, org, user):
    client.force_login(org.users[user])
    for name, takes_token in AWARD_IMPORT_URLS:
        url = import_url(name, "0" * 32 if takes_token else "")
        assert client.get(url).status_code in (302, 403), (user, name)
        assert client.post(url, {"token": "0" * 32}).status_code in (302, 403), (user, name)


@pytest.mark.parametrize(("confirm", "errors"), TOKEN_URLS, ids=[pair[0] for pair in TOKEN_URLS])
def test_a_file_waiting_for_confirmation_is_its_sessions_only(client, org, confirm, errors):
    """Another session (the same account elsewhere, or an attacker) guessing the token gets a 404."""
    name = private_storage.save("imports/matrix.xlsx", io.BytesIO(b"PK"))
    session = SessionStore()
    session["award_imports"] = session["nominee_imports"] = {
        "f" * 32: {
            "name": name,
            "file_name": "x.xlsx",
            "campaign": org.site.campaign.pk,
            "unit": org.units["a"].pk,
        }
    }
    session.save()
    try:
        for user in ("province_office", "officer_a", "officer_b"):
            client.force_login(org.users[user])
            assert_denied(client.post(reverse(confirm), {"token": "f" * 32}, follow=True), "x.xlsx")
            assert_denied(client.get(reverse(errors, args=["f" * 32]), follow=True), "x.xlsx")
    finally:
        private_storage.delete(name)
