"""The unit tree: treebeard's materialised path follows the parent each unit is given."""

from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

import pytest

from campaigns.factories import UnitFactory
from campaigns.models import Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """A province with two districts (added out of code order), a commune and a hamlet."""
    province = UnitFactory(code="T-TINH", level__code="province")
    district_b = UnitFactory(code="T-HUYEN-B", level__code="district", parent=province)
    commune = UnitFactory(code="T-XA", parent=district_b)
    UnitFactory(code="T-THON", level__code="residential", parent=commune)
    UnitFactory(code="T-HUYEN-A", level__code="district", parent=province)
    return {unit.code: unit for unit in Unit.objects.filter(code__startswith="T-")}


def codes(units) -> list[str]:
    return [unit.code for unit in units]


def assert_tree_is_whole():
    """No wrong path, depth or child count anywhere (treebeard's own check)."""
    assert Unit.find_problems() == ([], [], [], [], [])
    for unit in Unit.objects.exclude(parent=None):
        assert unit.get_parent() == unit.parent, unit.code


def test_a_units_ancestors_follow_its_parents(tree):
    hamlet = tree["T-THON"]
    assert codes(hamlet.get_ancestors()) == ["T-TINH", "T-HUYEN-B", "T-XA"]
    assert codes(hamlet.ancestors_and_self()) == ["T-TINH", "T-HUYEN-B", "T-XA", "T-THON"]
    assert codes(tree["T-TINH"].ancestors_and_self()) == ["T-TINH"]
    assert hamlet.ancestor_at_level("district") == tree["T-HUYEN-B"]
    assert hamlet.ancestor_at_level("province") == tree["T-TINH"]
    assert tree["T-HUYEN-B"].ancestor_at_level("district") == tree["T-HUYEN-B"]
    assert tree["T-HUYEN-A"].ancestor_at_level("commune") is None
    assert hamlet.depth == 4


def test_units_below_and_within(tree):
    assert set(codes(tree["T-HUYEN-B"].get_descendants())) == {"T-XA", "T-THON"}
    assert tree["T-THON"].is_within(tree["T-HUYEN-B"])
    assert tree["T-HUYEN-B"].is_within(tree["T-HUYEN-B"])
    assert not tree["T-HUYEN-B"].is_within(tree["T-THON"])
    assert not tree["T-THON"].is_within(tree["T-HUYEN-A"])


def test_siblings_keep_code_order_whatever_order_they_were_added_in(tree):
    assert codes(Unit.objects.filter(code__startswith="T-")) == [
        "T-TINH",
        "T-HUYEN-A",
        "T-HUYEN-B",
        "T-XA",
        "T-THON",
    ]
    assert_tree_is_whole()


def test_a_new_parent_moves_the_unit_with_the_units_below_it(tree):
    commune = tree["T-XA"]
    commune.parent = tree["T-HUYEN-A"]
    commune.save()
    assert set(codes(Unit.objects.get(code="T-HUYEN-A").get_descendants())) == {"T-XA", "T-THON"}
    assert not Unit.objects.get(code="T-HUYEN-B").get_descendants().exists()
    assert codes(Unit.objects.get(code="T-THON").get_ancestors()) == ["T-TINH", "T-HUYEN-A", "T-XA"]
    assert_tree_is_whole()


def test_a_unit_without_parent_moves_to_the_top(tree):
    commune = tree["T-XA"]
    commune.parent = None
    commune.save()
    assert commune.is_root()
    assert codes(Unit.objects.get(code="T-THON").get_ancestors()) == ["T-XA"]
    assert_tree_is_whole()


def test_a_changed_code_takes_the_unit_to_its_place_among_its_siblings(tree):
    district_b = tree["T-HUYEN-B"]
    district_b.code = "T-HUYEN-0"
    district_b.save()
    assert codes(Unit.objects.get(code="T-TINH").get_children()) == ["T-HUYEN-0", "T-HUYEN-A"]
    assert codes(Unit.objects.get(code="T-THON").get_ancestors()) == ["T-TINH", "T-HUYEN-0", "T-XA"]
    assert_tree_is_whole()


@pytest.mark.parametrize("new_parent", ["T-HUYEN-B", "T-XA", "T-THON"])
def test_a_unit_cannot_be_put_under_itself_or_below_it(tree, new_parent):
    district_b = tree["T-HUYEN-B"]
    district_b.parent = tree[new_parent]
    with pytest.raises(ValidationError) as refusal:
        district_b.full_clean()
    assert refusal.value.message_dict["parent"] == [
        "Không thể đặt một đơn vị dưới chính nó hoặc dưới một đơn vị cấp dưới của nó."
    ]


def test_a_unit_with_units_below_it_is_not_deleted(tree):
    with pytest.raises(ProtectedError):
        tree["T-HUYEN-B"].delete()
    assert Unit.objects.filter(code__startswith="T-").count() == 5
    assert_tree_is_whole()
    tree["T-THON"].delete()
    assert Unit.objects.get(code="T-XA").is_leaf()
    assert_tree_is_whole()
