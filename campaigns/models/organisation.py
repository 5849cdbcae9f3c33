"""The Front's organisation: a tree of units whose levels are data.

Levels are rows, never code, because the 2025 reform removed the district level: a 2020
award stays attached to its 2020 district (valid_to set) while new campaigns use the new
communes. The tree is kept as a parent link plus a materialised ``path`` so that "every
unit below this one" is a single indexed ``startswith`` query.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from core.localized import BilingualNameMixin


class UnitLevel(BilingualNameMixin):
    """Province, department, district, commune, residential committee..."""

    code = models.SlugField(max_length=50, unique=True, verbose_name=_("Mã cấp"))
    rank = models.PositiveSmallIntegerField(
        verbose_name=_("Thứ bậc"), help_text=_("Số nhỏ là cấp cao hơn (tỉnh = 1).")
    )

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("code"), FieldPanel("rank")]

    class Meta:
        ordering = ["rank", "name"]
        verbose_name = _("cấp đơn vị")
        verbose_name_plural = _("cấp đơn vị")


class UnitQuerySet(models.QuerySet):
    def valid_on(self, day: date) -> "UnitQuerySet":
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gte=day),
        )

    def valid_during(self, start: date, end: date) -> "UnitQuerySet":
        """Units that existed on at least one day from ``start`` to ``end`` (a campaign's period)."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=end),
            Q(valid_to__isnull=True) | Q(valid_to__gte=start),
        )

    def at_level(self, level_code: str) -> "UnitQuerySet":
        return self.filter(level__code=level_code)

    def districts(self) -> "UnitQuerySet":
        return self.at_level(Unit.DISTRICT_LEVEL)


class Unit(BilingualNameMixin, index.Indexed):
    """A Front committee or one of its departments, at any level of the tree."""

    DISTRICT_LEVEL = "district"
    PATH_SEPARATOR = "/"

    code = models.CharField(
        max_length=30,
        unique=True,
        verbose_name=_("Mã đơn vị"),
        help_text=_("Mã theo danh mục hành chính, hoặc mã tự đặt cho các ban."),
    )
    level = models.ForeignKey(
        UnitLevel, on_delete=models.PROTECT, related_name="units", verbose_name=_("Cấp")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("Đơn vị cấp trên"),
    )
    committee_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Tên Ủy ban MTTQ"),
        help_text=_("Ví dụ: Ủy ban MTTQ Việt Nam huyện Tràng Định."),
    )
    valid_from = models.DateField(null=True, blank=True, verbose_name=_("Hiệu lực từ"))
    valid_to = models.DateField(null=True, blank=True, verbose_name=_("Hiệu lực đến"))
    path = models.CharField(max_length=500, editable=False, db_index=True, default="")

    objects = UnitQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("committee_name"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("level")]),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("level"),
    ]

    class Meta:
        ordering = ["path"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("Một đơn vị không thể nằm dưới chính nó.")})
            ancestor = ancestor.parent
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("Ngày hết hiệu lực phải sau ngày bắt đầu.")})

    def is_valid_during(self, start: date, end: date) -> bool:
        """The in-memory twin of ``UnitQuerySet.valid_during``, for one unit."""
        return (self.valid_from is None or self.valid_from <= end) and (
            self.valid_to is None or self.valid_to >= start
        )

    def compute_path(self) -> str:
        prefix = self.parent.path if self.parent_id else ""
        return f"{prefix}{self.code}{self.PATH_SEPARATOR}"

    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = self.compute_path()
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()

    def descendants(self, include_self: bool = False) -> UnitQuerySet:
        units = Unit.objects.filter(path__startswith=self.path)
        return units if include_self else units.exclude(pk=self.pk)

    def is_within(self, other: "Unit") -> bool:
        """True when this unit is ``other`` or lies below it."""
        return self.path.startswith(other.path)

    @property
    def depth(self) -> int:
        return self.path.count(self.PATH_SEPARATOR)

    @classmethod
    def codes_in_path(cls, path: str) -> list[str]:
        """The unit codes a materialised ``path`` holds, top first.

        With ``ancestor_path``, the one place that knows how the path is written.
        """
        return path.split(cls.PATH_SEPARATOR)[:-1]

    @classmethod
    def ancestor_path(cls, path: str, depth: int) -> str:
        """The path of the unit at ``depth`` (1 = the top) on the line of the unit at ``path``.

        For rows read as values (``unit__path``), where no unit is at hand: the dashboard
        folds each unit's figures onto the child of the unit it shows.
        """
        return "".join(f"{code}{cls.PATH_SEPARATOR}" for code in cls.codes_in_path(path)[:depth])

    def ancestor_codes(self, include_self: bool = True) -> list[str]:
        """The codes on the unit's line of parents, top first (its own code last).

        Read from the materialised path, without a query. Rules that apply to a unit
        "and the units below it" (quotas, reopened deadlines) find the rows covering a
        unit by these codes.
        """
        codes = self.codes_in_path(self.path)
        return codes if include_self else codes[:-1]

    def ancestor_at_level(self, level_code: str) -> "Unit | None":
        if self.level.code == level_code:
            return self
        return Unit.objects.filter(code__in=self.ancestor_codes(), level__code=level_code).first()

    @property
    def title(self) -> str:
        """The committee's name where set, else the locality's name."""
        return self.committee_name or self.display_name
