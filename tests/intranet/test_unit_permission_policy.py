"""The permission policy of the fenced snippets, asked directly.

Buttons, bulk actions and the delete view ask it about one record: the model permission
is not enough, the record's unit must be the user's (or below it), and a record reviewed
through a workflow is deleted only by its own unit before it was ever sent.
"""

from django.contrib.auth import get_user_model

from wagtail.permissions import policy_registry

import pytest

from campaigns.models import Registration
from exemplars.factories import WorkFactory
from exemplars.models import Work
from intranet.viewsets import UnitScopedPermissionPolicy

pytestmark = pytest.mark.django_db


@pytest.fixture
def policy():
    return policy_registry.get_by_type(Work)


def test_the_fenced_snippets_use_the_unit_policy():
    for model in (Work, Registration):
        assert isinstance(policy_registry.get_by_type(model), UnitScopedPermissionPolicy)


def test_an_officer_may_change_their_units_records_only(org, policy):
    officer = org.users["officer_b"]
    assert policy.user_has_permission_for_instance(officer, "change", org.works["b"])
    assert not policy.user_has_permission_for_instance(officer, "change", org.works["a"])
    assert not policy.user_has_permission_for_instance(officer, "change", org.works["a1"])
    assert policy.user_has_any_permission_for_instance(officer, ["view", "change"], org.works["b"])
    assert not policy.user_has_any_permission_for_instance(officer, ["view", "change"], org.works["a"])


def test_a_district_board_reaches_its_communes_records(org, policy):
    board = org.users["reviewer_a"]
    assert policy.user_has_permission_for_instance(board, "change", org.works["a1"])
    assert not policy.user_has_permission_for_instance(board, "change", org.works["b"])


def test_the_listing_of_records_is_fenced(org, policy):
    shown = set(policy.instances_user_has_any_permission_for(org.users["officer_b"], ["change"]))
    assert org.works["b"] in shown
    assert org.works["a"] not in shown and org.works["a1"] not in shown
    assert not policy.instances_user_has_any_permission_for(org.users["outsider"], ["change"]).exists()


def test_only_an_unsent_draft_of_ones_own_unit_may_be_deleted(org, policy):
    officer_b = org.users["officer_b"]
    draft = WorkFactory(
        campaign=org.site.campaign, unit=org.units["b"], title="Bản nháp chưa gửi", publish=False
    )
    assert policy.user_has_permission_for_instance(officer_b, "delete", draft)
    assert not policy.user_has_permission_for_instance(org.users["officer_a"], "delete", draft)
    # B's work has been sent to the unit above: its history is kept.
    assert not policy.user_has_permission_for_instance(officer_b, "delete", org.works["b"])
    # The board above sees the draft but does not delete another unit's draft.
    assert not policy.user_has_permission_for_instance(org.users["reviewer_province"], "delete", draft)


def test_a_superuser_may_delete_a_sent_record(org, policy):
    admin = get_user_model().objects.create_superuser("quantri-policy", "qt@example.com", "x")
    assert policy.user_has_permission_for_instance(admin, "delete", org.works["b"])
