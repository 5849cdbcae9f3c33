"""Snippet viewsets fenced to the units a user may see.

Wagtail's snippet permissions are per model, and not every admin view consults a custom
permission policy for the object it shows, so the fence is laid at three places that
together cover every URL of a viewset:

1. the listing's queryset (listing, search, filters, export and their counts);
2. every URL that names an object (edit, history, revisions, compare, usage, delete,
   unpublish, lock, copy, preview, workflow...): the object must be in the user's scope
   before the view runs, else 404 — the same answer as for an object that does not exist;
3. the chooser's list and its "chosen" lookup.

The permission policy adds the same rule for per-object checks made elsewhere (bulk
actions, buttons), and the edit form only offers the user's own units.
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import ObjectList
from wagtail.models import WorkflowMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from campaigns.models import CampaignPage
from core.admin_listings import SnippetIndexView

from .dashboard import current_campaigns
from .deadline_notice import SubmissionDeadlinePanel
from .scoping import can_see_unit, membership_of, scope_queryset, visible_units
from .workflow_views import CollectWorkflowActionDataView, WorkflowActionView

OBJECT_URL_KWARG = "pk"
OWN_UNITS_ONLY = _("Bạn chỉ được khai báo cho đơn vị mình phụ trách.")


class UnitScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and on top the rule that the record's unit is in scope."""

    unit_field = "unit"

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action) or not can_see_unit(
            user, getattr(instance, self.unit_field, None)
        ):
            return False
        if action == "delete" and isinstance(instance, WorkflowMixin):
            return is_own_unsent_draft(user, instance, self.unit_field)
        return True

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scope_queryset(user, self.model._default_manager.all(), self.unit_field)


def is_own_unsent_draft(user, instance, unit_field: str = "unit") -> bool:
    """A record reviewed through a workflow is deleted only by its own unit, before it is ever sent.

    Once sent, the unit above has seen it and its history is kept (withdrawing it makes
    it a draft again, not a deletable one). Superusers may delete anything.
    """
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    if membership is None or membership.unit_id != getattr(instance, f"{unit_field}_id", None):
        return False
    return not instance.live and not instance.workflow_states.exists()


class ReadOnce(BaseChoiceIterator):
    """A model field's choices for its widget, read from the database the first time they are shown.

    A model field's choices are a fresh query at every reading, and Wagtail's editor renders
    each widget twice (the form, and the copy it packs for its script); a form only posted
    and saved never reads them.
    """

    def __init__(self, field: forms.ModelChoiceField):
        self.choices = field.choices
        self.read = None

    def __iter__(self):
        if self.read is None:
            self.read = list(iter(self.choices))  # not list(choices): its len() is a COUNT query
        return iter(self.read)

    def __len__(self) -> int:
        return len(list(self))


class UnitScopedForm(WagtailAdminModelForm):
    """Offers only the user's own units and the Vietnamese campaigns; refuses others."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        # Plain drop-downs instead of choosers: an officer picks among a handful of
        # units and campaigns, and a modal chooser would list what is not theirs.
        if "unit" in self.fields and user is not None:
            field = self.fields["unit"]
            field.queryset = visible_units(user).select_related("level")
            field.error_messages["invalid_choice"] = OWN_UNITS_ONLY
            field.widget = forms.Select(choices=field.choices)
            membership = membership_of(user)
            if not self.instance.pk and membership is not None and not self.initial.get("unit"):
                self.initial["unit"] = membership.unit_id
        if "campaign" in self.fields:
            field = self.fields["campaign"]
            field.queryset = CampaignPage.objects.filter(locale__language_code="vi").order_by("-start_date")
            field.widget = forms.Select(choices=ReadOnce(field))
            if not self.instance.pk and not self.initial.get("campaign"):
                # The campaign under way (the newest, if several), as on the officer's dashboard.
                running, under_way = current_campaigns(timezone.localdate())
                if under_way:
                    self.initial["campaign"] = running[0].pk
        if "unit" in self.fields and user is not None:
            self.offer_units_in_force(self.campaign_for_units())

    def campaign_for_units(self) -> CampaignPage | None:
        """The campaign the unit is chosen for: the one posted, else the record's or the default."""
        if self.is_bound:
            campaign_id = self.data.get(self.add_prefix("campaign"))
        else:
            campaign_id = self.initial.get("campaign") or getattr(self.instance, "campaign_id", None)
        try:
            return CampaignPage.objects.filter(pk=int(campaign_id)).first()
        except (TypeError, ValueError):  # none posted, not a number, or a number of 5,000 digits
            return None

    def offer_units_in_force(self, campaign: CampaignPage | None) -> None:
        """List only the units that exist during ``campaign`` (the 2025 reform ended the districts).

        The drop-down is narrowed, not the field's queryset: a unit of the user's that is
        not in force then reaches the model's ``clean``, which says why it is refused,
        instead of the generic "not your unit". The record's own unit stays listed, so an
        old record opens showing what it holds.
        """
        if campaign is None:
            return
        field = self.fields["unit"]
        offered = campaign.units_in_force(field.queryset)
        if getattr(self.instance, "unit_id", None):
            offered = offered | field.queryset.filter(pk=self.instance.unit_id)
        blank = [] if field.empty_label is None else [("", field.empty_label)]
        field.widget.choices = blank + [(unit.pk, field.label_from_instance(unit)) for unit in offered]

    def clean_unit(self):
        unit = self.cleaned_data.get("unit")
        if unit is not None and self.for_user is not None and not can_see_unit(self.for_user, unit):
            raise forms.ValidationError(OWN_UNITS_ONLY)
        return unit


# A cell starting with one of these is read as a formula by Excel, LibreOffice or Google
# Sheets (OWASP, "CSV injection"): a nominee named "=HYPERLINK(...)" must stay a name.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


class FormulaSafeExportMixin:
    """Spreadsheet exports whose text cells a spreadsheet never runs as formulas.

    The office opens the CSV and XLSX lists in a spreadsheet; the text in them is typed
    by officers of every unit. In CSV a leading apostrophe makes the cell text (the
    apostrophe is what Excel itself adds); in XLSX the cell stays a string with Excel's
    "quote prefix" style, so the text reads unchanged and does not become a formula when
    someone edits the cell. Numbers and dates are left as they are.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and starts_like_formula(value):
            return "'" + value
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if starts_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell


class UnitScopedFilterSet(WagtailFilterSet):
    """Listing filters that offer only the user's units and the Vietnamese campaigns.

    The results are fenced anyway; this keeps the drop-downs from listing every unit
    of the province to an officer, and every translation of every campaign.
    """

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.filters.pop("locale", None)
        if "unit" in self.filters and request is not None:
            self.filters["unit"].queryset = visible_units(request.user)
        if "campaign" in self.filters:
            self.filters["campaign"].queryset = CampaignPage.objects.filter(locale__language_code="vi")


class FormulaSafeIndexView(FormulaSafeExportMixin, SnippetIndexView):
    """The snippet listing of every fenced viewset, with formula-safe exports.

    A row offers "Delete" only when the user may delete that record (Wagtail asks the
    model permission only).
    """

    # A viewset giving only ``list_filter`` gets its drop-downs limited too.
    base_filterset_class = UnitScopedFilterSet

    def get_delete_url(self, instance):
        url = super().get_delete_url(instance)
        return url if url and self.user_has_permission_for_instance("delete", instance) else None


class UnitScopedDeleteView(DeleteView):
    """Deleting asks the permission for the record itself (Wagtail asks the model permission only)."""

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("delete", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DatabaseSearchFilterForm(BaseFilterForm):
    """A chooser's search box, searching the database, so the unit fence stays applied.

    ``search_fields`` are the snippet viewset's (the listing searches the same fields).
    """

    q = forms.CharField(
        label=_("Tìm kiếm"),
        widget=forms.TextInput(attrs={"placeholder": _("Tìm kiếm")}),
        required=False,
    )

    def __init__(self, *args, search_fields=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.search_fields = list(search_fields)

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            condition = Q()
            for field in self.search_fields:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = query
        return objects


class UnitScopedChooserMixin:
    """A chooser view reading its records through the snippet viewset's unit fence."""

    @property
    def snippet_viewset(self) -> "UnitScopedSnippetViewSet":
        return self.model_class.snippet_viewset

    def scoped_queryset(self):
        return self.snippet_viewset.scoped_queryset(self.request.user)


class UnitScopedListMixin(UnitScopedChooserMixin):
    filter_form_class = DatabaseSearchFilterForm

    def get_object_list(self):
        return self.scoped_queryset()

    def get_filter_form(self):
        search_fields = self.snippet_viewset.search_fields or []
        return self.get_filter_form_class()(self.request.GET, search_fields=search_fields)


class UnitScopedChooseView(UnitScopedListMixin, ChooseView):
    pass


class UnitScopedChooseResultsView(UnitScopedListMixin, ChooseResultsView):
    pass


class UnitScopedChosenView(UnitScopedChooserMixin, SnippetChosenView):
    def get_object(self, pk):
        return self.scoped_queryset().get(pk=pk)


class UnitScopedChosenMultipleView(UnitScopedChooserMixin, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.scoped_queryset().filter(pk__in=pks)


class UnitScopedChooserViewSet(SnippetChooserViewSet):
    """The chooser of a fenced snippet: lists, searches and returns only the user's units' records."""

    choose_view_class = UnitScopedChooseView
    choose_results_view_class = UnitScopedChooseResultsView
    chosen_view_class = UnitScopedChosenView
    chosen_multiple_view_class = UnitScopedChosenMultipleView


class UnitScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose every view shows only records of the user's units."""

    unit_field = "unit"
    form_class = UnitScopedForm
    index_view_class = FormulaSafeIndexView
    chooser_viewset_class = UnitScopedChooserViewSet
    delete_view_class = UnitScopedDeleteView
    # Search in the database, not the search index: the index cannot apply the unit
    # fence (a path prefix on a related model), and a listing must never bypass it.
    search_backend_name = None
    # The workflow action acts only on the object's own step in review (see workflow_views).
    workflow_action_view_class = WorkflowActionView
    collect_workflow_action_data_view_class = CollectWorkflowActionDataView

    def register_permissions(self):
        # Wagtail 8 looks policies up in its registry; register ours before the
        # viewset would register the plain model policy.
        if not isinstance(
            policy_registry.get_by_type(self.model, fallback=False), UnitScopedPermissionPolicy
        ):
            policy = UnitScopedPermissionPolicy(self.model)
            policy.unit_field = self.unit_field
            register_permission_policy(self.model, policy, exact_class=True)
        super().register_permissions()

    def get_edit_view_kwargs(self, **kwargs):
        # No "Nơi sử dụng" (usage) in the status panel: nothing links to a unit's records,
        # and "used 0 times" is the CMS speaking, not the officer's job.
        return super().get_edit_view_kwargs(usage_url_name=None, **kwargs)

    def scoped_queryset(self, user):
        return scope_queryset(user, self.model._default_manager.all(), self.unit_field)

    def get_queryset(self, request):
        return self.scoped_queryset(request.user).select_related(self.unit_field)

    def get_edit_handler(self):
        panels = list(self.model.panels)
        if getattr(self.model, "deadline_field", None):
            # Registrations and reports: the form opens saying the plan's deadline has passed.
            panels.insert(0, SubmissionDeadlinePanel())
        return ObjectList(panels, base_form_class=self.form_class).bind_to_model(self.model)

    def get_urlpatterns(self):
        return [self._fence(pattern) for pattern in super().get_urlpatterns()]

    def _fence(self, pattern):
        """Wrap a URL pattern whose route names an object with the scope check."""
        if OBJECT_URL_KWARG not in pattern.pattern.regex.groupindex:
            return pattern
        view = pattern.callback
        viewset = self

        @wraps(view)
        def fenced(request, *args, **kwargs):
            pk = unquote(str(kwargs[OBJECT_URL_KWARG]))
            if not viewset.scoped_queryset(request.user).filter(pk=pk).exists():
                raise Http404
            return view(request, *args, **kwargs)

        pattern.callback = fenced
        return pattern
