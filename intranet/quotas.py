"""Quotas in the admin: the numbers a district sets for its own award, and the form's quota panel.

- A district's standing board sets the numbers of the award its level decides (the
  district's commendation certificate: "số lượng do Ban Thường trực Ủy ban MTTQ Việt Nam
  cấp huyện quy định"), for the district as a whole or for one of its communes. The screen
  is a unit-fenced snippet like the registrations: the board sees and sets its own units'
  numbers, officers read theirs, the province office and the council read all.
- The nomination form's quota panel is served again, alone, for the campaign and unit the
  officer picks, and the award type and kind, which set the fields a submission needs
  (``static/js/nomination-guidance.js`` asks for it), through the same fence as the form:
  only the user's units, only nominations the user may open.
"""

from django import forms
from django.http import Http404, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from campaigns.models import AwardType, CampaignPage, NomineeKind, Unit, UnitQuota
from exemplars.models import Nomination
from exemplars.panels import NominationGuidancePanel

from .scoping import membership_of, scope_queryset, sees_every_unit, visible_units
from .viewsets import UnitScopedForm, UnitScopedSnippetViewSet


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
                gettext("Chỉ Ban Thường trực của đơn vị quyết định %(award)s mới quy định số lượng cho %(unit)s.")
                % {"award": award_type.short_name, "unit": unit.display_name},
            )
        return cleaned

    def save(self, commit=True):
        if self.for_user is not None:
            self.instance.set_by = self.for_user
        return super().save(commit=commit)


class UnitQuotaViewSet(UnitScopedSnippetViewSet):
    model = UnitQuota
    form_class = UnitQuotaForm
    icon = "list-ol"
    menu_label = _("Số lượng khen thưởng của đơn vị")
    add_item_label = _("Quy định số lượng")
    list_display = ["award_type", "unit", "campaign", "collectives", "individuals", "basis"]
    list_filter = ["campaign", "award_type", "unit"]
    list_export = ["unit", "campaign", "award_type", "collectives", "individuals", "basis"]
    search_fields = ["basis", "unit__name"]
    export_filename = "so-luong-khen-thuong-cua-don-vi"
    copy_view_enabled = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("award_type", "campaign")


class GuidanceQuery(forms.Form):
    """What the form's script sends: the campaign, unit, award type and kind picked, the nomination being edited."""

    campaign = forms.ModelChoiceField(queryset=CampaignPage.objects.none(), required=False)
    unit = forms.ModelChoiceField(queryset=Unit.objects.none(), required=False)
    award_type = forms.ModelChoiceField(queryset=AwardType.objects.all(), required=False)
    kind = forms.ChoiceField(choices=NomineeKind.choices, required=False)
    nomination = forms.ModelChoiceField(queryset=Nomination.objects.none(), required=False)

    def __init__(self, data, user):
        super().__init__(data)
        self.fields["campaign"].queryset = CampaignPage.objects.filter(locale__language_code="vi")
        self.fields["unit"].queryset = visible_units(user)
        self.fields["nomination"].queryset = scope_queryset(user, Nomination.objects.all())


class NominationGuidanceView(View):
    """The nomination form's quota panel alone, for the campaign and unit picked on the form.

    Anything outside the user's units (a unit, a nomination) answers 404, as the fenced
    screens do.
    """

    panel = NominationGuidancePanel(heading=_("Chỉ tiêu, thời hạn và hồ sơ")).bind_to_model(Nomination)

    def get(self, request):
        policy = Nomination.snippet_viewset.permission_policy
        if not policy.user_has_any_permission(request.user, ["add", "change", "view"]):
            raise Http404
        query = GuidanceQuery(request.GET, request.user)
        if not query.is_valid():
            raise Http404
        nomination = query.cleaned_data["nomination"] or Nomination()
        for field_name in ("campaign", "unit", "award_type", "kind"):
            value = query.cleaned_data[field_name]
            if value not in (None, ""):
                setattr(nomination, field_name, value)
        bound = self.panel.get_bound_panel(instance=nomination, request=request, form=None)
        return HttpResponse(bound.render_html())
