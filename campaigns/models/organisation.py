"""The Front's organisation: a tree of units whose levels are data.

Levels are rows, never code, because the 2025 reform removed the district level: a 2020
award stays attached to its 2020 district (valid_to set) while new campaigns use the new
communes. The tree is a treebeard materialised path (``MP_Node``): "every unit below this
one" is a single indexed ``path__startswith`` query, and a unit's ancestors are read from
its own path. The administrator picks a unit's ``parent`` in the admin; saving places or
moves the unit, with everything below it, in the tree (``Unit.save``).
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from treebeard.mp_tree import MP_Node, MP_NodeManager, MP_NodeQuerySet

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


class UnitQuerySet(MP_NodeQuerySet):
    def delete(self, *args, **kwargs):
        """Treebeard's delete in one transaction.

        It lowers the parents' child counts before deleting; a unit with units below it is
        protected by their ``parent`` link, and the refusal must leave those counts as they were.
        """
        with transaction.atomic(using=self.db):
            return super().delete(*args, **kwargs)

    delete.alters_data = True
    delete.queryset_only = True

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


class UnitManager(MP_NodeManager.from_queryset(UnitQuerySet)):
    """Treebeard's manager (units in tree order, a delete that keeps the tree whole) with the unit queries."""

    def get_queryset(self) -> UnitQuerySet:
        return UnitQuerySet(self.model, using=self._db).order_by("path")


class Unit(MP_Node, BilingualNameMixin, index.Indexed):
    """A Front committee or one of its departments, at any level of the tree.

    ``parent`` is what the administrator picks; ``path``, ``depth`` and ``numchild`` are
    treebeard's and follow it in ``save``. The link is kept beside the path because screens
    and rules ask "the unit directly above" often (joined in one query, compared by id),
    and because it stops a unit with units below it from being deleted.
    """

    DISTRICT_LEVEL = "district"

    # Siblings in code order: the order every list of units has always shown.
    node_order_by = ["code"]

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
        help_text=_("Đổi đơn vị cấp trên thì các đơn vị cấp dưới của đơn vị này chuyển theo."),
    )
    committee_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Tên Ủy ban MTTQ"),
        help_text=_("Ví dụ: Ủy ban MTTQ Việt Nam huyện Tràng Định."),
    )
    valid_from = models.DateField(null=True, blank=True, verbose_name=_("Hiệu lực từ"))
    valid_to = models.DateField(null=True, blank=True, verbose_name=_("Hiệu lực đến"))

    objects = UnitManager()

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
        if self.parent_id is not None and not self._state.adding:
            if self.parent_id == self.pk or self.parent.is_descendant_of(self):
                raise ValidationError(
                    {
                        "parent": _(
                            "Không thể đặt một đơn vị dưới chính nó hoặc dưới một đơn vị cấp dưới của nó."
                        )
                    }
                )
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("Ngày hết hiệu lực phải sau ngày bắt đầu.")})

    def is_valid_during(self, start: date, end: date) -> bool:
        """The in-memory twin of ``UnitQuerySet.valid_during``, for one unit."""
        return (self.valid_from is None or self.valid_from <= end) and (
            self.valid_to is None or self.valid_to >= start
        )

    @transaction.atomic
    def save(self, *args, **kwargs):
        """Save the unit where its ``parent`` puts it in the tree.

        A new unit is added under its parent (treebeard sets its path, then saves it through
        here again). A unit whose parent or code changed is moved, with every unit below it,
        to its place among its new siblings.
        """
        if self._state.adding and not self.path:
            if self.parent_id is None:
                Unit.add_root(instance=self)
            else:
                self.parent.add_child(instance=self)
            return
        stored = None
        if not self._state.adding:
            stored = Unit.objects.filter(pk=self.pk).values_list("parent_id", "code").first()
        super().save(*args, **kwargs)
        if stored is not None and stored != (self.parent_id, self.code):
            self.refresh_from_db(fields=["path", "depth", "numchild"])
            if self.parent_id is None:
                self.move(Unit.get_first_root_node(), "sorted-sibling")
            else:
                self.move(Unit.objects.get(pk=self.parent_id), "sorted-child")

    def is_within(self, other: "Unit") -> bool:
        """True when this unit is ``other`` or lies below it."""
        return self.pk == other.pk or self.is_descendant_of(other)

    def subtree_filter(self, unit_field: str = "unit") -> Q:
        """Rows whose ``unit_field`` is this unit or a unit below it (the fence, figures per unit).

        One indexed prefix match on the tree path, joined from the rows' own table.
        """
        return Q(**{f"{unit_field}__path__startswith": self.path})

    def ancestors_and_self(self) -> UnitQuerySet:
        """The unit and the units above it, top first.

        Rules set for a unit "and the units below it" (quotas, reopened deadlines) cover a
        unit when they are set on one of these.
        """
        return self.get_ancestors() | Unit.objects.filter(pk=self.pk)

    def ancestor_at_level(self, level_code: str) -> "Unit | None":
        """The unit itself, or the unit above it, at the level ``level_code``."""
        if self.level.code == level_code:
            return self
        return self.get_ancestors().filter(level__code=level_code).first()

    def child_path_of(self, path_field: str) -> Substr:
        """For rows at or below this unit, the path of the child of this unit they lie in.

        An expression over the unit path ``path_field`` (e.g. ``"unit__path"``), so figures
        of the whole subtree can be grouped per child in the database.
        """
        return Substr(path_field, 1, len(self.path) + self.steplen)

    @property
    def title(self) -> str:
        """The committee's name where set, else the locality's name."""
        return self.committee_name or self.display_name
