"""The board's overview counts each child unit's works with those of the units below it."""

import pytest

from exemplars.factories import WorkFactory
from intranet.dashboard import unit_overview

pytestmark = pytest.mark.django_db


def test_works_of_a_commune_count_for_its_district(org):
    campaign = org.site.campaign
    district_a, commune_a1, district_b = org.units["a"], org.units["a1"], org.units["b"]
    WorkFactory(campaign=campaign, unit=commune_a1, title="Nhà văn hóa thôn Bản Hẩu")
    rows = {row.unit.pk: row for row in unit_overview(campaign, district_a.parent)}
    # The organisation has one work per unit; the commune now has two.
    assert rows[district_a.pk].works_total == 3
    assert rows[district_b.pk].works_total == 1
    assert commune_a1.pk not in rows, "only the direct children are listed"
    below_a = {row.unit.pk: row for row in unit_overview(campaign, district_a)}
    assert below_a[commune_a1.pk].works_total == 2
