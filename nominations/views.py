"""The nominations' admin: the unit-fenced snippet, its rules made visible, exports, decisions.

- The edit form offers the officer's own units, works and the campaign's criteria, and
  refuses a second nomination of the same person in a campaign.
- Submitting, resubmitting, restarting and approving go through Wagtail's workflow; when
  the rules refuse (``NominationRefused``: missing files, deadline, quota), the whole
  step is rolled back and the message says why, with the numbers. The draft stays saved.
- The listing filters by workflow state; its XLSX and CSV exports follow the official
  column order (STT, name, position, unit, award type, summary of achievements) and each
  one is written to the audit log with the user and the filters.
- The council records the decision on an approved nomination and, in the same action,
  publishes an ``Exemplar`` built from public fields only (the photo only with consent,
  copied into a new public image without its metadata, in the portraits' collection
  that unit officers do not see; without consent no copy exists).
"""

import itertools
from collections import OrderedDict

from django import forms
from django.contrib.admin.utils import quote
from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.coreutils import multigetattr
from wagtail.log_actions import log
from wagtail.models import WorkflowState
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
)

import django_filters

from campaigns.models import AwardType, CampaignCriterion, CampaignPage, NomineeKind, Unit
from core.admin_listings import SnippetIndexView
from core.dates import BirthDateInput, DayFirstDateField, DayFirstDateInput
from core.private_files import PrivateFileValidator
from exemplars.models import Work
from intranet.scoping import can_see_unit, membership_of, scope_queryset
from intranet.viewsets import (
    FormulaSafeIndexView,
    ReadOnce,
    UnitScopedFilterSet,
    UnitScopedForm,
    UnitScopedSnippetViewSet,
)
from intranet.workflow_views import WorkflowActionView

from .chain import StepKind
from .decision_views import DECISION_DETAIL_URL
from .decisions import (
    can_record_decision,
    decidable_nominations,
    issuing_body_for,
    record_decision,
    upcoming_number,
)
from .honoring import photo_refusal
from .import_views import (
    ImportRoutesMixin,
    NomineeConfirmView,
    NomineeErrorsView,
    NomineeImportView,
    NomineeTemplateView,
    can_import,
    import_button,
)
from .models import (
    INDIVIDUAL_ONLY_FIELDS,
    Nomination,
    NominationDeadlineExtension,
    NominationRefused,
    current_step,
    next_step_message,
    returned_by,
)
from .models.nominations import already_awarded_message, last_day_for_nominations
from .quotas import GuidanceQuery, NominationGuidanceView

EXPORT_ACTION = "intranet.export"


# -- the edit form ---------------------------------------------------------------------------
class NominationForm(UnitScopedForm):
    """The officer's form: their units, works and criteria; one nomination per person.

    - A new nomination offers only the campaigns still taking nominations from the unit
      (``last_day_for_nominations``), the one under way first; the record's own campaign
      stays listed when it is edited. Only the list is narrowed: a form opened before
      the deadline and sent after it still saves its draft, and the submission says why
      it is refused.
    - The criteria and works offered are those of the campaign and unit chosen on the
      form (posted, else saved); the form's script swaps them when either changes.
    - Fields needed only to submit (``Nomination.required_for_submission``) carry the
      required mark (*), as Wagtail marks what a page needs to be published, but a draft
      is saved without them: the submission checks them and names what is missing.
    - A collective's form ignores a person's fields (``INDIVIDUAL_ONLY_FIELDS``), which
      its script hides: what was typed there before the kind was switched neither refuses
      the form (a half-typed phone number) nor is kept.
    """

    def __init__(self, *args, **kwargs):
        self._chosen = {}  # chosen_campaign's and chosen_unit's answers
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.read_only = self.is_under_review()
        self.required_at_submission: list[str] = []
        if self.is_bound and not self.read_only and self.current_value("kind") == NomineeKind.COLLECTIVE:
            self.drop_individual_fields()
        if "award_type" in self.fields:
            field = self.fields["award_type"]
            field.queryset = AwardType.objects.select_related("deciding_level")
            field.widget = forms.Select(choices=ReadOnce(field))
        if "campaign" in self.fields and not self.instance.pk:
            self.offer_open_campaigns()
        campaign, unit = self.chosen_campaign(), self.chosen_unit()
        if "works" in self.fields and user is not None:
            # The works of the nominating unit and the units below it, in this campaign.
            field = self.fields["works"]
            works = scope_queryset(user, Work.objects.filter(locale__language_code="vi"))
            if unit is not None:
                works = works.filter(unit.subtree_filter())
            if campaign is not None:
                works = works.filter(campaign_id=campaign.pk)
            field.queryset = works.order_by("title")
            field.widget = forms.CheckboxSelectMultiple(choices=ReadOnce(field))
        if "criteria" in self.fields:
            field = self.fields["criteria"]
            criteria = CampaignCriterion.objects.filter(page__locale__language_code="vi")
            field.queryset = criteria.filter(page_id=campaign.pk) if campaign is not None else criteria
            field.label_from_instance = lambda criterion: criterion.target_group
            field.widget = forms.CheckboxSelectMultiple(choices=ReadOnce(field))
        if "birth_date" in self.fields:
            self.fields["birth_date"].widget = BirthDateInput()
        if self.read_only:
            # Reviewers read the dossier; they approve or return it, they do not rewrite it.
            for field in self.fields.values():
                field.disabled = True
        else:
            self.mark_required_at_submission(campaign)

    # -- what the form holds now -----------------------------------------------------------
    def current_value(self, name: str):
        """The value of ``name`` the form shows: the one posted, else the record's or the default."""
        if self.is_bound and not self.read_only:
            return self.data.get(self.add_prefix(name))
        field = self.fields.get(name)
        return self.initial.get(name, field.initial if field is not None else None)

    def drop_individual_fields(self) -> None:
        """Forget what a collective's form posted in a person's fields: hidden on the screen,
        they would otherwise refuse the form with an error nobody sees; the model's ``clean``
        empties the saved values."""
        self.data, self.files = self.data.copy(), self.files.copy()
        for name in INDIVIDUAL_ONLY_FIELDS:
            key = self.add_prefix(name)
            for posted in (self.data, self.files):
                for suffix in ("", "-clear"):
                    posted.pop(key + suffix, None)

    @staticmethod
    def pick(queryset, value):
        try:
            return queryset.filter(pk=int(value)).first()
        except (TypeError, ValueError):  # nothing chosen, or not a number
            return None

    def chosen_campaign(self) -> CampaignPage | None:
        """The campaign chosen, read once: the form, its deadline warning and its panel ask for it.

        First asked once the form knows its default campaign (``offer_open_campaigns``).
        """
        if "campaign" not in self._chosen:
            if "campaign" not in self.fields:
                chosen = self.instance.campaign if self.instance.campaign_id else None
            else:
                chosen = self.pick(self.fields["campaign"].queryset, self.current_value("campaign"))
            self._chosen["campaign"] = chosen
        return self._chosen["campaign"]

    def chosen_unit(self) -> Unit | None:
        """The nominating unit chosen (among the user's), else the record's, else the user's own.

        Read once, as the campaign is.
        """
        if "unit" not in self._chosen:
            self._chosen["unit"] = self.find_unit()
        return self._chosen["unit"]

    def find_unit(self) -> Unit | None:
        if "unit" in self.fields:
            unit = self.pick(self.fields["unit"].queryset, self.current_value("unit"))
            if unit is not None:
                return unit
        if self.instance.unit_id:
            return self.instance.unit
        return getattr(membership_of(self.for_user), "unit", None) if self.for_user is not None else None

    # -- campaigns open for nominations ----------------------------------------------------
    def offer_open_campaigns(self) -> None:
        """List the published campaigns the unit may still nominate in; default to the one under way.

        The campaign posted stays listed (what was sent is shown again), and so does
        nothing else: a campaign past its deadline is not offered unless the council
        reopened it for the unit (``NominationDeadlineExtension``).
        """
        field = self.fields["campaign"]
        today = timezone.localdate()
        unit = self.chosen_unit()
        offered = [
            campaign
            for campaign in field.queryset.live()
            if today <= (last_day_for_nominations(campaign, unit) or today)
        ]
        self.open_campaigns = offered
        if not self.is_bound and not self.instance.campaign_id and self.campaign_for_units() not in offered:
            # The campaign under way may be past its deadline: the newest open one that has begun.
            under_way = [campaign for campaign in offered if campaign.start_date <= today]
            self.initial["campaign"] = under_way[0].pk if under_way else None
        chosen = self.campaign_for_units()
        if chosen is not None and chosen not in offered:
            offered = [chosen, *offered]
        blank = [] if field.empty_label is None else [("", field.empty_label)]
        field.widget.choices = blank + [
            (campaign.pk, field.label_from_instance(campaign)) for campaign in offered
        ]
        if "unit" in self.fields and self.for_user is not None:
            self.offer_units_in_force(chosen)

    # -- what a submission needs -----------------------------------------------------------
    def mark_required_at_submission(self, campaign) -> None:
        probe = Nomination(
            campaign=campaign,
            kind=self.current_value("kind") or NomineeKind.INDIVIDUAL,
            award_type=self.pick(AwardType.objects.all(), self.current_value("award_type")),
        )
        self.required_at_submission = [
            name
            for name in probe.required_for_submission()
            if name in self.fields and not self.fields[name].required
        ]
        for name in self.required_at_submission:
            self.fields[name].required = True

    def full_clean(self):
        """A draft is saved without what only a submission needs; ``check_submission`` asks for it."""
        deferred = [name for name in self.required_at_submission if self.fields[name].required]
        for name in deferred:
            self.fields[name].required = False
        try:
            super().full_clean()
        finally:
            for name in deferred:
                self.fields[name].required = True

    def is_under_review(self) -> bool:
        if self.instance.pk is None or getattr(self.for_user, "is_superuser", False):
            return False
        return self.under_review(self.instance)

    @staticmethod
    def under_review(nomination) -> bool:
        """In a chain's step or decided: the dossier is what was submitted, read-only."""
        state = nomination.current_workflow_state
        return nomination.live or (state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS)

    def clean(self):
        cleaned = super().clean()
        campaign, criteria = cleaned.get("campaign"), cleaned.get("criteria")
        if campaign is not None and criteria:
            if any(criterion.page_id != campaign.pk for criterion in criteria):
                self.add_error("criteria", gettext("Chỉ chọn tiêu chuẩn của đợt thi đua đã chọn."))
        probe = Nomination(
            pk=self.instance.pk,
            campaign=campaign,
            unit=cleaned.get("unit"),
            kind=cleaned.get("kind") or self.instance.kind,
            name=cleaned.get("name") or "",
            birth_date=cleaned.get("birth_date"),
            id_number=cleaned.get("id_number") or "",
        )
        if campaign is not None and probe.name and probe.unit_id and probe.same_nominee().exists():
            self.add_error(
                "name",
                gettext(
                    "Người (tập thể) này đã có hồ sơ đề nghị khen thưởng trong đợt thi đua này: một "
                    "thành tích chỉ đề nghị một hình thức khen thưởng."
                ),
            )
        elif campaign is not None and probe.name and probe.unit_id:
            awarded = probe.awarded_in_campaign()
            if awarded is not None:
                self.add_error("name", already_awarded_message(probe.name, awarded))
        return cleaned


def deadline_warning(form) -> str:
    """What the officer must know as the form opens: the unit's deadline has passed, or no
    campaign takes its nominations any more. Empty when neither (or for a reviewer)."""
    if form.read_only:
        return ""
    campaign, unit = form.chosen_campaign(), form.chosen_unit()
    if campaign is None:
        if not form.instance.pk and "campaign" in form.fields and not getattr(form, "open_campaigns", True):
            return gettext(
                "Không còn đợt thi đua nào nhận hồ sơ đề nghị khen thưởng của đơn vị: đã hết hạn gửi hồ "
                "sơ. Hội đồng thi đua – khen thưởng có thể mở lại hạn cho đơn vị."
            )
        return ""
    if unit is None:
        return ""
    deadline, _extension = Nomination(campaign=campaign, unit=unit).submission_deadline()
    if deadline is None or timezone.localdate() <= deadline:
        return ""
    day = {"day": date_format(deadline, "SHORT_DATE_FORMAT")}
    state = form.instance.current_workflow_state if form.instance.pk else None
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return (
            gettext(
                "Đã hết hạn gửi hồ sơ đề nghị khen thưởng của đợt này (hạn cuối %(day)s). Hồ sơ bị trả lại "
                "vẫn được sửa, bổ sung và gửi lại cho đúng tập thể, cá nhân đã đề nghị."
            )
            % day
        )
    return (
        gettext(
            "Đã hết hạn gửi hồ sơ đề nghị khen thưởng của đợt này (hạn cuối %(day)s). Bạn vẫn lưu nháp "
            "được; Hội đồng thi đua – khen thưởng có thể mở lại hạn cho đơn vị."
        )
        % day
    )


def action_done_message(action: str, nomination) -> str:
    """What the reviewer's click did, in words."""
    done = {
        "reject": gettext("Đã trả lại hồ sơ “%(name)s” cho đơn vị."),
        "refuse": gettext("Đã ghi việc cấp có thẩm quyền không khen thưởng “%(name)s”; hồ sơ khép lại."),
    }.get(action, gettext("Đã duyệt hồ sơ “%(name)s” ở bước này."))
    return done % {"name": nomination.name}


# -- the rules, surfaced in the views ------------------------------------------------------
class NominationRulesMixin:
    """Run a workflow step in one transaction; a refusal rolls it back and says why."""

    def guarded(self, step, kept: str = ""):
        try:
            with transaction.atomic():
                step()
        except NominationRefused as refusal:
            messages.error(self.request, " ".join(filter(None, [refusal.message, kept])))
            return redirect(reverse(self.edit_url_name, args=[quote(self.object.pk)]))
        return None

    def start_chain(self):
        """Into the chain of the award type as saved now (it may have changed in this edit)."""
        state = self.object.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(self.request.user)
        else:
            self.object.get_workflow().start(self.object, self.request.user)

    def restart_chain(self):
        self.object.current_workflow_state.cancel(user=self.request.user)
        self.object.get_workflow().start(self.object, self.request.user)

    def submit_action(self):
        # What was typed is saved before the submission is tried: say so.
        return self.guarded(self.start_chain, gettext("Hồ sơ đã được lưu nháp, chưa gửi."))

    def restart_workflow_action(self):
        return self.guarded(self.restart_chain)

    def workflow_action_action(self):
        return self.guarded(super().workflow_action_action)

    def get_context_data(self, **kwargs):
        """The form opens saying when the deadline has passed.

        Not under an error (a refused submission names the deadline itself, a form in error
        comes first); the panel at the top of the form shows the deadline anyway.
        """
        context = super().get_context_data(**kwargs)
        warning = deadline_warning(context["form"])
        if warning and not any(shown.level >= message_levels.ERROR for shown in get_messages(self.request)):
            messages.warning(self.request, warning)
        return context

    def form_invalid(self, form):
        """A browser never fills a file box again: name the files to choose again, at the box and on top.

        What was typed comes back in the form; the files chosen were received but, with the
        form in error, nothing was saved.
        """
        chosen = [name for name in self.request.FILES if name in form.fields and name not in form.errors]
        for name in chosen:
            form.add_error(
                name,
                gettext("Tệp “%(file)s” chưa được lưu vì hồ sơ còn lỗi: hãy chọn lại tệp này.")
                % {"file": self.request.FILES[name].name[:80]},
            )
        if chosen:
            messages.warning(
                self.request,
                gettext(
                    "Hãy chọn lại các tệp trước khi lưu: %(fields)s (tệp đã chọn chưa được lưu vì hồ sơ còn lỗi)."
                )
                % {"fields": ", ".join(str(form.fields[name].label) for name in chosen)},
            )
        return super().form_invalid(form)

    def get_success_message(self, instance=None):
        """After a submission or an action: what happened, then who acts next."""
        message = super().get_success_message(instance)
        if getattr(self, "action", "") == "workflow-action":
            message = action_done_message(self.workflow_action, self.object)
        if getattr(self, "action", "") in ("submit", "restart-workflow", "workflow-action"):
            message = " ".join(filter(None, [str(message or ""), next_step_message(self.object)]))
        return message


class NominationCreateView(NominationRulesMixin, CreateView):
    pass


class NominationEditView(NominationRulesMixin, EditView):
    decision_url_name = None

    def get_object(self, queryset=None):
        """The nomination, read once for the page, with its workflow state.

        Wagtail asks for the object twice (the permission check, then the setup), and its
        editor, action menu, lock and panels each read the current workflow state (a query
        each, 18 per page). The state is read once, with who sent it (the action menu asks
        whether the user may withdraw it), and kept in ``_current_workflow_states``, where
        Wagtail's own ``prefetch_workflow_states`` puts it for listings. A Save reads
        it as often before saving (actions offered, lock, read-only form); once saved, it is
        dropped (``save_instance``), as submitting or acting on the step moves the chain.
        """
        if getattr(self, "_shown_object", None) is None:
            obj = super().get_object(queryset)
            obj._current_workflow_states = list(
                obj.workflow_states.active().select_related("current_task_state__task", "requested_by")[:1]
            )
            self._shown_object = obj
        return self._shown_object

    def save_instance(self):
        """An approval or a return from the editor, with nothing edited, makes no new revision.

        Wagtail's page editor does the same. With reapproval on edit, a revision made by the
        approving click itself would void the approval and send the step round again.

        The workflow state read with the object is forgotten here, before the action runs:
        what follows (the chain started or moved, the message naming the next step) reads
        the state as the action leaves it.
        """
        self.object.__dict__.pop("_current_workflow_states", None)
        if self.action == "workflow-action" and not self.form.has_changed():
            self.new_revision = None
            return self.object
        return super().save_instance()

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_record_decision(self.object, self.request.user):
            buttons.append(
                Button(
                    _("Ghi quyết định và công bố"),
                    url=reverse(self.decision_url_name, args=[quote(self.object.pk)]),
                    icon_name="success",
                    priority=5,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        returned = returned_by(self.object)
        if returned is not None:
            messages.warning(self.request, returned)
        for earlier in self.object.earlier_awards()[:3]:
            messages.warning(
                self.request,
                gettext(
                    "Lưu ý: %(name)s đã được khen thưởng: %(award)s, năm %(year)s, quyết định số %(number)s."
                )
                % {
                    "name": earlier.name,
                    "award": earlier.award_name,
                    "year": earlier.year,
                    "number": earlier.decision_number,
                },
            )
        return context


class NominationWorkflowActionView(WorkflowActionView):
    """The approve/return modal: a refusal (quota) rolls back and reloads the editor."""

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                response = super().post(request, *args, **kwargs)
        except NominationRefused as refusal:
            messages.error(request, refusal.message)
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
            return redirect(self.redirect_url)
        messages.success(
            request,
            " ".join([action_done_message(self.action_name, self.object), next_step_message(self.object)]),
        )
        return response


# -- the listing and its exports -------------------------------------------------------------
class NominationState:
    DRAFT = "draft"
    PENDING = "pending"
    RETURNED = "returned"
    APPROVED = "approved"
    DECIDED = "decided"
    CHOICES = [
        (DRAFT, _("Bản nháp")),
        (PENDING, _("Đang xét duyệt")),
        (RETURNED, _("Trả lại để bổ sung")),
        (APPROVED, _("Đã duyệt")),
        (DECIDED, _("Đã có quyết định khen thưởng")),
    ]

    @classmethod
    def filter(cls, queryset, value):
        if value == cls.PENDING:
            return queryset.in_moderation()
        if value == cls.RETURNED:
            return queryset.returned()
        if value == cls.APPROVED:
            return queryset.approved()
        if value == cls.DECIDED:
            return queryset.filter(award__isnull=False)
        if value == cls.DRAFT:
            return queryset.drafts()
        return queryset


class NominationFilterSet(UnitScopedFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("Tình trạng"), choices=NominationState.CHOICES, method="filter_state", empty_label=_("Tất cả")
    )

    class Meta:
        model = Nomination
        fields = ["campaign", "award_type", "kind", "unit"]

    def filter_state(self, queryset, name, value):
        return NominationState.filter(queryset, value)


OFFICIAL_COLUMNS = OrderedDict(
    [
        ("stt", _("STT")),
        ("name", _("Họ và tên (tên tập thể)")),
        ("position", _("Chức vụ")),
        ("unit", _("Đơn vị")),
        ("award_type", _("Hình thức khen thưởng")),
        ("achievements", _("Tóm tắt thành tích")),
    ]
)


class NominationIndexView(FormulaSafeIndexView):
    """The listing; its exports follow the official column order, are audited and formula-safe.

    Beside "Thêm hồ sơ đề nghị", "Nhập danh sách từ Excel" (``import_views``).
    """

    import_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.import_url_name and can_import(self.request.user):
            buttons.append(import_button(_("Nhập danh sách từ Excel"), self.import_url_name))
        return buttons

    def to_row_dict(self, item):
        row = OrderedDict()
        for field in self.list_export:
            row[field] = next(self.row_numbers) if field == "stt" else multigetattr(item, field)
        return row

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self.row_numbers = itertools.count(1)
        ids = [item.pk for item in queryset]
        filters = {key: values for key, values in self.request.GET.lists() if key not in {"export", "p"}}
        log(
            instance=self.request.user,
            action=EXPORT_ACTION,
            user=self.request.user,
            data={
                "model": Nomination._meta.label_lower,
                "format": spreadsheet_format,
                "filters": filters,
                "count": len(ids),
                "ids": ids,
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


# -- the decision: one document for many honourees, which publishes them ---------------------------
class HonoureeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, nomination):
        return f"{nomination.name} – {nomination.unit.name} ({nomination.get_kind_display().lower()})"


class DecisionForm(forms.Form):
    """The decision as recorded: its honourees, number (outside bodies only), date, signer, scan."""

    honourees = HonoureeChoiceField(
        queryset=Nomination.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Tập thể, cá nhân được khen thưởng"),
        help_text=_("Các hồ sơ đang chờ quyết định của cùng cơ quan ban hành và hình thức khen thưởng."),
        error_messages={"required": _("Chọn ít nhất một tập thể, cá nhân được khen thưởng.")},
    )
    number = forms.CharField(label=_("Số quyết định"), max_length=100, required=False)
    date = DayFirstDateField(label=_("Ngày ký"), widget=DayFirstDateInput())
    signer = forms.CharField(label=_("Người ký"), max_length=255)
    signer_title = forms.CharField(
        label=_("Chức vụ người ký"),
        max_length=255,
        required=False,
        initial=_("Chủ tịch"),
        help_text=_("Ví dụ: Chủ tịch; KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."),
    )
    scan = forms.FileField(
        label=_("Bản scan quyết định đã ký"),
        required=False,
        validators=[PrivateFileValidator()],
        help_text=_("PDF hoặc ảnh, lưu kín; có thể tải lên sau khi ký."),
    )

    def __init__(self, *args, candidates=(), issuing_body=None, upcoming_number="", **kwargs):
        super().__init__(*args, **kwargs)
        self.issuing_body = issuing_body
        self.fields["honourees"].queryset = (
            Nomination.objects.filter(pk__in=[nomination.pk for nomination in candidates])
            .select_related("unit")
            .order_by("unit__path", "name")
        )
        number = self.fields["number"]
        if issuing_body is None:
            return
        if issuing_body.is_outside:
            number.required = True
            number.help_text = gettext(
                "Số và ký hiệu như trên văn bản của %(body)s, ví dụ 3125/%(symbol)s."
            ) % {
                "body": issuing_body.name,
                "symbol": issuing_body.symbol,
            }
            number.error_messages["required"] = gettext("Ghi số quyết định như trên văn bản.")
        else:
            number.disabled = True
            number.initial = gettext("Cấp tự động khi ghi")
            number.help_text = gettext(
                "Sổ đăng ký số của %(body)s cấp số tiếp theo của năm ký quyết định, không trùng, không bỏ số "
                "(năm nay: %(number)s)."
            ) % {"body": issuing_body.name, "number": upcoming_number}

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > timezone.localdate():
            raise forms.ValidationError(gettext("Ngày ký quyết định không được sau hôm nay."))
        return day


class NominationDecisionView(WagtailAdminTemplateMixin, BaseObjectMixin, FormView):
    """ "Ghi quyết định và công bố": one decision for this nomination and the others waiting with it.

    Opens only while the nomination waits at a decision step and only for that step's
    members (the district's or the province's standing board, or the province office
    recording an outside body's decision). The form lists every nomination the user may
    decide for the same issuing body and award type, this one ticked; recording closes
    their chains, numbers the decision and publishes them all, or saves nothing.
    """

    model = Nomination
    template_name = "wagtailadmin/generic/form.html"
    form_class = DecisionForm
    header_icon = "success"
    edit_url_name = None
    decision_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not can_see_unit(request.user, self.object.unit):
            raise PermissionDenied
        if not can_record_decision(self.object, request.user):
            step = current_step(self.object)
            if step is None or step.kind != StepKind.DECISION:
                messages.error(
                    request, gettext("Hồ sơ chưa đến bước quyết định nên chưa thể ghi quyết định.")
                )
                return redirect(self.edit_url)
            raise PermissionDenied
        self.issuing_body = issuing_body_for(self.object)
        self.candidates = [
            nomination
            for nomination in decidable_nominations(request.user, self.issuing_body)
            if nomination.award_type_id == self.object.award_type_id
        ]
        return super().dispatch(request, *args, **kwargs)

    @property
    def edit_url(self) -> str:
        return reverse(self.edit_url_name, args=[quote(self.object.pk)])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(
            candidates=self.candidates,
            issuing_body=self.issuing_body,
            upcoming_number=upcoming_number(self.issuing_body, timezone.localdate().year),
        )
        return kwargs

    def get_initial(self):
        return {"honourees": [self.object.pk]}

    def get_page_title(self):
        return gettext("Ghi quyết định và công bố")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {
                "url": reverse(self.edit_url_name.replace(":edit", ":list")),
                "label": capfirst(Nomination._meta.verbose_name_plural),
            },
            {"url": self.edit_url, "label": str(self.object)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_page_subtitle(self):
        return gettext("Quyết định của %(body)s: %(award)s") % {
            "body": self.issuing_body.name,
            "award": self.object.award_type.short_name,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.get_full_path(),
            submit_button_label=gettext("Ghi quyết định và công bố"),
            submit_button_active_label=gettext("Đang công bố…"),
            object=self.object,
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        honourees = list(data["honourees"])
        try:
            decision = record_decision(
                honourees,
                self.request.user,
                date=data["date"],
                signer=data["signer"],
                signer_title=data["signer_title"],
                scan=data["scan"],
                number=data["number"] if self.issuing_body.is_outside else "",
            )
        except NominationRefused as refusal:
            form.add_error(None, refusal.message)
            return self.form_invalid(form)
        for record in decision.awards.select_related("exemplar", "nomination"):
            if record.exemplar.photo_consent and record.exemplar.photo is None:
                messages.warning(
                    self.request,
                    gettext("Ảnh chân dung của %(name)s chưa được công bố: %(reason)s")
                    % {
                        "name": record.name,
                        "reason": photo_refusal(record.nomination) or gettext("không đọc được ảnh."),
                    },
                )
        names = "”, “".join(nomination.name for nomination in honourees)
        messages.success(
            self.request,
            gettext("Đã ghi quyết định số %(number)s và công bố “%(name)s” trên trang Điển hình tiên tiến.")
            % {"number": decision.number, "name": names},
        )
        return redirect(reverse(self.decision_url_name, args=[decision.pk]))


class NominationChoicesView(View):
    """The form's criteria and works for the campaign and unit picked on it, rendered by the form.

    ``static/js/nomination-guidance.js`` asks for them when the officer picks another
    campaign or unit and swaps the two lists in, keeping what was ticked and still
    offered. Through the same fence as the form: anything outside the user's units
    answers 404.
    """

    def get(self, request):
        if not Nomination.snippet_viewset.permission_policy.user_has_any_permission(
            request.user, ["add", "change", "view"]
        ):
            raise Http404
        query = GuidanceQuery(request.GET, request.user)
        if not query.is_valid():
            raise Http404
        nomination = query.cleaned_data["nomination"] or Nomination()
        for field_name in ("campaign", "unit"):
            value = query.cleaned_data[field_name]
            if value is not None:
                setattr(nomination, field_name, value)
        form_class = Nomination.get_edit_handler().get_form_class()
        form = form_class(instance=nomination, for_user=request.user)
        return HttpResponse("".join(str(form[name]) for name in ("criteria", "works") if name in form.fields))


class NominationViewSet(ImportRoutesMixin, UnitScopedSnippetViewSet):
    model = Nomination
    form_class = NominationForm
    icon = "clipboard-list"
    menu_label = _("Hồ sơ đề nghị khen thưởng")
    add_item_label = _("Thêm hồ sơ đề nghị")
    list_display = ["name", "unit", "award_type", "kind", UpdatedAtColumn(), LiveStatusTagColumn()]
    list_filter = ["campaign", "award_type", "kind", "unit"]
    list_export = list(OFFICIAL_COLUMNS)
    export_headings = dict(OFFICIAL_COLUMNS)
    export_filename = "danh-sach-de-nghi-khen-thuong"
    search_fields = ["name", "achievements", "unit__name"]
    copy_view_enabled = False
    list_per_page = 30
    index_view_class = NominationIndexView
    add_view_class = NominationCreateView
    edit_view_class = NominationEditView
    workflow_action_view_class = NominationWorkflowActionView

    filterset_class = NominationFilterSet

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("award_type", "campaign")

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(decision_url_name=self.get_url_name("decide"), **kwargs)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    @property
    def decision_view(self):
        return self.construct_view(
            NominationDecisionView,
            edit_url_name=self.get_url_name("edit"),
            decision_url_name=DECISION_DETAIL_URL,
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            self._fence(path("decide/<str:pk>/", self.decision_view, name="decide")),
            path("guidance/", NominationGuidanceView.as_view(), name="guidance"),
            path("choices/", NominationChoicesView.as_view(), name="choices"),
            *self.import_urlpatterns(
                NomineeImportView, NomineeTemplateView, NomineeConfirmView, NomineeErrorsView
            ),
        ]


class DeadlineExtensionFilterSet(UnitScopedFilterSet):
    class Meta:
        model = NominationDeadlineExtension
        fields = ["campaign"]


class DeadlineExtensionForm(WagtailAdminModelForm):
    """Plain drop-downs of the Vietnamese campaigns and the units; the officer who saves is the one who granted it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "campaign" in self.fields:
            field = self.fields["campaign"]
            field.queryset = field.queryset.filter(locale__language_code="vi")
            field.widget = forms.Select(choices=field.choices)
        if "unit" in self.fields:
            field = self.fields["unit"]
            field.widget = forms.Select(choices=field.choices)

    def save(self, commit=True):
        if self.instance.granted_by_id is None and self.for_user is not None:
            self.instance.granted_by = self.for_user
        return super().save(commit=commit)


class NominationDeadlineExtensionViewSet(SnippetViewSet):
    """The council reopens submissions for a unit after the deadline, with the reason kept."""

    model = NominationDeadlineExtension
    index_view_class = SnippetIndexView
    icon = "calendar-check"
    menu_label = _("Mở lại hạn gửi hồ sơ")
    add_item_label = _("Mở lại hạn cho một đơn vị")
    list_display = ["unit", "campaign", "until", "reason", "granted_by", "created_at"]
    list_filter = ["campaign"]
    search_fields = ["reason", "unit__name"]
    copy_view_enabled = False

    filterset_class = DeadlineExtensionFilterSet
    edit_handler = ObjectList(NominationDeadlineExtension.panels, base_form_class=DeadlineExtensionForm)
