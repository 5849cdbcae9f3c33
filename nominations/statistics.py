"""Counting awards: the figures of the statistics page, its Excel export and the public home page.

Every count is made here, by ``award_counts``, from the award register (``AwardRecord``,
revoked awards left out): by award type, deciding level, unit, target group, gender,
ethnicity, year and kind. The intranet's statistics page shows them for the records the
member may see (the province office and council: the whole province; a unit's members:
their units, through the unit fence); the public home page shows the collectives and
individuals honored in the featured campaign, counted by the same function
(``honored_in``), never typed and never read from the honor roll's pages.
"""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.models import NomineeKind
from intranet.scoping import scope_queryset

from .models.nominations import Gender
from .models.register import AwardRecord


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    field: str  # what the records are grouped by
    labels: dict | None = None  # stored value -> label (choices)


DIMENSIONS = (
    Dimension("award_type", _("Hình thức khen thưởng"), "award_name"),
    Dimension("deciding_level", _("Cấp quyết định"), "award_type__deciding_level__name"),
    Dimension("unit", _("Đơn vị"), "unit_name"),
    Dimension("target_group", _("Đối tượng"), "target_group"),
    Dimension("kind", _("Tập thể, cá nhân"), "kind", dict(NomineeKind.choices)),
    Dimension("gender", _("Giới tính"), "gender", dict(Gender.choices)),
    Dimension("ethnicity", _("Dân tộc"), "ethnicity"),
    Dimension("year", _("Năm"), "year"),
)
UNKNOWN = _("Chưa ghi")


@dataclass
class AwardCount:
    label: str
    count: int


@dataclass
class Breakdown:
    dimension: Dimension
    rows: list[AwardCount]

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)


def award_counts(records: QuerySet, dimensions=DIMENSIONS) -> list[Breakdown]:
    """``records`` (not revoked) counted along each dimension: one query per dimension.

    Rows are ordered by count, then label; the years in order. An empty value (an imported
    award without ethnicity) is counted as "Chưa ghi", so every breakdown adds up to the
    total.
    """
    records = records.filter(revoked_at__isnull=True)
    breakdowns = []
    for dimension in dimensions:
        counted = records.values_list(dimension.field).annotate(n=Count("pk")).order_by()
        merged: dict[str, int] = {}
        for value, n in counted:
            if value in (None, ""):
                label = str(UNKNOWN)
            elif dimension.labels:
                label = str(dimension.labels.get(value, value))
            else:
                label = str(value)
            merged[label] = merged.get(label, 0) + n
        if dimension.key == "year":
            rows = sorted(merged.items(), key=lambda item: item[0])
        else:
            rows = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
        breakdowns.append(Breakdown(dimension, [AwardCount(label, n) for label, n in rows]))
    return breakdowns


def records_for(user) -> QuerySet:
    """The register as ``user`` may count it: the whole province, or the member's units."""
    return scope_queryset(user, AwardRecord.objects.all())


def honored_in(campaign) -> dict[str, int]:
    """Collectives and individuals honored in ``campaign``: the home page's two figures."""
    kind = next(dimension for dimension in DIMENSIONS if dimension.key == "kind")
    counts = {
        row.label: row.count
        for row in award_counts(
            # By translation key: the records hang off the Vietnamese original, and the English
            # home page needs no query to find it.
            AwardRecord.objects.filter(campaign__translation_key=campaign.translation_key),
            [kind],
        )[0].rows
    }
    return {
        "collectives": counts.get(str(NomineeKind.COLLECTIVE.label), 0),
        "individuals": counts.get(str(NomineeKind.INDIVIDUAL.label), 0),
    }


def total_label() -> str:
    return gettext("Tổng số")
