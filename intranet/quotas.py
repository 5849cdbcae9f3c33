"""Quotas in the admin: the numbers a district sets for its own award.

A district's standing board sets the numbers of the award its level decides (the
district's commendation certificate: "số lượng do Ban Thường trực Ủy ban MTTQ Việt Nam
cấp huyện quy định"), for the district as a whole or for one of its communes. The screen
is a unit-fenced snippet like the registrations: the board sees and sets its own units'
numbers, officers read theirs, the province office and the council read all. What the
nominations use of them is counted in ``nominations``.
"""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.models import AwardType, UnitQuota

from .scoping import membership_of, sees_every_unit
from .viewsets import UnitScopedFilterSet, UnitScopedForm, UnitScopedSnippetViewSet


class UnitQuotaForm(UnitScopedForm):
    """Offers the awards the user's standing board decides; refuses numbers for another's award."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "award_type" in self.fields:
            field = self.fields["award_type"]
            field.queryset = self.awards_decided_by_user().select_related("deciding_level")
            field.widget = forms.Select(choices=field.choices)
            if not self.instance.pk and field.queryset.count() == 1:
                self.initial.setdefault("award_type", field.queryset.get().pk)

    def awards_decided_by_user(self):
        """Award types decided at the level of the user's unit (every one, province-wide)."""
        if self.for_user is None or sees_every_unit(self.for_user):
            return AwardType.objects.all()
        membership = membership_of(self.for_user)
        if membership is None:
            return AwardType.objects.none()
        return AwardType.objects.filter(deciding_level_id=membership.unit.level_id)

    def clean(self):
        cleaned = super().clean()
        award_type, unit = cleaned.get("award_type"), cleaned.get("unit")
        if award_type is None or unit is None or self.for_user is None or sees_every_unit(self.for_user):
            return cleaned
        membership = membership_of(self.for_user)
        deciding = unit.ancestor_at_level(award_type.deciding_level.code)
        if membership is None or deciding is None or deciding.pk != membership.unit_id:
            self.add_error(
                "unit",
                gettext(
                    "Chỉ Ban Thường trực của đơn vị quyết định %(award)s mới quy định số lượng cho %(unit)s."
                )
                % {"award": award_type.short_name, "unit": unit.display_name},
            )
        return cleaned

    def save(self, commit=True):
        if self.for_user is not None:
            self.instance.set_by = self.for_user
        return super().save(commit=commit)


class UnitQuotaFilterSet(UnitScopedFilterSet):
    class Meta:
        model = UnitQuota
        fields = ["campaign", "award_type", "unit"]


class UnitQuotaViewSet(UnitScopedSnippetViewSet):
    model = UnitQuota
    form_class = UnitQuotaForm
    filterset_class = UnitQuotaFilterSet
    icon = "list-ol"
    menu_label = _("Số lượng khen thưởng của đơn vị")
    add_item_label = _("Quy định số lượng")
    list_display = ["award_type", "unit", "campaign", "collectives", "individuals", "basis"]
    list_export = ["unit", "campaign", "award_type", "collectives", "individuals", "basis"]
    search_fields = ["basis", "unit__name"]
    export_filename = "so-luong-khen-thuong-cua-don-vi"
    copy_view_enabled = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("award_type", "campaign")
