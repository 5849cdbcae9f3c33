"""A unit's line of parents, read from its materialised path in one place (``Unit``)."""

import pytest

from campaigns.factories import UnitFactory
from campaigns.models import Unit


def test_the_codes_of_a_path_come_top_first():
    assert Unit.codes_in_path("20/180/06040/") == ["20", "180", "06040"]
    assert Unit.codes_in_path("") == []


@pytest.mark.parametrize(
    ("depth", "expected"),
    [(1, "20/"), (2, "20/180/"), (3, "20/180/06040/"), (4, "20/180/06040/")],
)
def test_the_ancestor_path_at_each_depth(depth, expected):
    assert Unit.ancestor_path("20/180/06040/", depth) == expected


def test_ancestor_codes_with_and_without_the_unit_itself():
    commune = Unit(code="06040", path="20/180/06040/")
    assert commune.ancestor_codes() == ["20", "180", "06040"]
    assert commune.ancestor_codes(include_self=False) == ["20", "180"]
    assert commune.depth == 3


@pytest.mark.django_db
def test_a_saved_units_ancestors_follow_its_parents():
    province = UnitFactory(code="T-TINH", level__code="province")
    district = UnitFactory(code="T-HUYEN", level__code="district", parent=province)
    commune = UnitFactory(code="T-XA", parent=district)
    assert commune.ancestor_codes() == ["T-TINH", "T-HUYEN", "T-XA"]
    assert commune.ancestor_at_level("district") == district
    assert commune.ancestor_at_level("province") == province
    assert Unit.ancestor_path(commune.path, district.depth) == district.path
    assert set(province.descendants()) == {district, commune}
