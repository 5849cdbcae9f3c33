"""The nomination form's quota panel, served again alone when the officer changes the form.

The panel (``nominations.panels``) is fetched for the campaign and unit the officer picks,
and the award type and kind, which set the fields a submission needs
(``static/js/nomination-guidance.js`` asks for it), through the same fence as the form:
only the user's units, only nominations the user may open.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views import View

from campaigns.models import AwardType, CampaignPage, NomineeKind, Unit
from core.dates import DayFirstDateField
from intranet.scoping import scope_queryset, visible_units

from .models import Nomination
from .panels import NominationGuidancePanel


class GuidanceQuery(forms.Form):
    """What the form's script sends: the campaign, unit, award type and kind picked, the nomination being edited."""

    campaign = forms.ModelChoiceField(queryset=CampaignPage.objects.none(), required=False)
    unit = forms.ModelChoiceField(queryset=Unit.objects.none(), required=False)
    award_type = forms.ModelChoiceField(queryset=AwardType.objects.all(), required=False)
    kind = forms.ChoiceField(choices=NomineeKind.choices, required=False)
    nomination = forms.ModelChoiceField(queryset=Nomination.objects.none(), required=False)
    # Who is nominated, as typed so far: the panel lists the register's earlier awards.
    name = forms.CharField(max_length=255, required=False)
    birth_date = forms.CharField(max_length=20, required=False)
    id_number = forms.CharField(max_length=12, required=False)

    def clean_birth_date(self):
        """A date typed halfway is no date yet, not an error: the panel just lists nothing for it."""
        try:
            return DayFirstDateField(required=False).clean(self.cleaned_data["birth_date"])
        except ValidationError:
            return None

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
        for field_name in ("name", "birth_date", "id_number"):
            if field_name in query.data:
                setattr(
                    nomination,
                    field_name,
                    query.cleaned_data[field_name] or ("" if field_name != "birth_date" else None),
                )
        bound = self.panel.get_bound_panel(instance=nomination, request=request, form=None)
        return HttpResponse(bound.render_html())
