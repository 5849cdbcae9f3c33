"""Revoking, correcting and printing an award of the register, from its admin screens.

- "Thu hồi" and "Đính chính" are for the province office (and superusers) and for the
  standing board whose body issued the decision: each asks for a reason, goes through
  ``register.revoke_award`` / ``register.correct_award`` (history, honor roll,
  verification page, front cache) and, on bad input, says why in Vietnamese and changes
  nothing.
- "In giấy chứng nhận" prints the certificate of an award decided here for anyone who may
  read the record: the unit's officers and boards print their own units' certificates.

Every address names a record and passes the register's unit fence (``_fence``) first.
"""

from abc import ABC, abstractmethod

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns.models import NomineeKind
from core.dates import BirthDateInput, DayFirstDateField
from intranet.roles import Role
from intranet.scoping import membership_of

from .award_import import id_number_validators
from .decision_views import attachment, file_stem
from .documents import certificate_pdf
from .models import AwardRecord
from .register import correct_award, revoke_award


def may_amend(user, record: AwardRecord) -> bool:
    """The office keeps the register; the board that issued a decision may amend its awards."""
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    if membership is None:
        return False
    if membership.role == Role.PROVINCE_OFFICE:
        return True
    decision = record.decision
    return (
        membership.role == Role.REVIEWER
        and decision is not None
        and decision.issuing_body.unit_id == membership.unit_id
    )


def may_print(record: AwardRecord) -> bool:
    """A certificate is printed for a valid award decided here (imported ones had their paper)."""
    return record.decision_id is not None and not record.is_revoked


class ReasonField(forms.CharField):
    def __init__(self, label, required_message, **kwargs):
        super().__init__(
            label=label,
            max_length=2000,
            widget=forms.Textarea(attrs={"rows": 3}),
            error_messages={"required": required_message},
            **kwargs,
        )


class RevokeForm(forms.Form):
    reason = ReasonField(
        _("Lý do thu hồi"),
        _("Ghi lý do thu hồi khen thưởng."),
        help_text=_(
            "Ví dụ: số, ngày của quyết định thu hồi và căn cứ. Lý do được lưu trong lịch sử của khen thưởng."
        ),
    )


class CorrectForm(forms.ModelForm):
    """The correctable fields as they are now, and the reason; compared with the record on save."""

    reason = ReasonField(
        _("Lý do đính chính"),
        _("Ghi lý do đính chính."),
        help_text=_(
            "Ví dụ: sai chính tả họ tên so với quyết định. Lý do được lưu trong lịch sử của khen thưởng."
        ),
    )
    birth_date = DayFirstDateField(label=_("Ngày sinh"), required=False, widget=BirthDateInput)
    id_number = forms.CharField(
        label=_("Số CCCD/CMND"), max_length=12, required=False, validators=id_number_validators()
    )

    class Meta:
        model = AwardRecord
        fields = AwardRecord.CORRECTABLE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.kind == NomineeKind.COLLECTIVE:  # a collective has no personal data
            for name in ("gender", "ethnicity", "birth_date", "id_number"):
                del self.fields[name]
        self.fields["name"].error_messages["required"] = gettext("Ghi tên tập thể hoặc họ và tên.")


class RegisterActionView(WagtailAdminTemplateMixin, TemplateView, ABC):
    """One record's action: the record is already fenced to the user's units by the URL."""

    template_name = "nominations/admin/award_record_action.html"
    header_icon = "list-ul"
    index_url_name = ""
    inspect_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        self.record = get_object_or_404(
            AwardRecord.objects.select_related("decision__issuing_body", "award_type"), pk=kwargs["pk"]
        )
        if not may_amend(request.user, self.record):
            raise PermissionDenied
        if self.record.is_revoked:
            messages.error(
                request, gettext("Khen thưởng này đã bị thu hồi: không thu hồi, đính chính được nữa.")
            )
            return redirect(self.inspect_url)
        return super().dispatch(request, *args, **kwargs)

    @property
    def inspect_url(self) -> str:
        return reverse(self.inspect_url_name, args=[self.record.pk])

    def get_page_subtitle(self):
        return str(self.record)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {"url": reverse(self.index_url_name), "label": gettext("Sổ khen thưởng")},
            {"url": self.inspect_url, "label": self.record.name},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(record=self.record, cancel_url=self.inspect_url)
        return context

    @abstractmethod
    def make_form(self, data=None) -> forms.Form:
        """The action's form, bound to ``data`` when posted."""

    @abstractmethod
    def apply(self, form) -> str:
        """Change the record (raises ``ValidationError``); the message saying what was done."""

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.make_form()))

    def post(self, request, *args, **kwargs):
        form = self.make_form(request.POST)
        if form.is_valid():
            try:
                message = self.apply(form)
            except ValidationError as error:
                for field, errors in (
                    error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
                ).items():
                    for text in errors:
                        form.add_error(field if field in form.fields else None, text)
            else:
                messages.success(request, message)
                return redirect(self.inspect_url)
        messages.error(request, gettext("Chưa lưu: xem lỗi bên dưới."))
        return self.render_to_response(self.get_context_data(form=form))


class RevokeView(RegisterActionView):
    page_title = _("Thu hồi khen thưởng")
    submit_label = _("Thu hồi khen thưởng")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submit_label=self.submit_label,
            warning=gettext(
                "Khen thưởng bị thu hồi được gỡ khỏi trang vinh danh; trang xác minh báo không xác minh được mã "
                "in trên giấy chứng nhận. Việc thu hồi không hoàn tác được."
            ),
            danger=True,
        )
        return context

    def make_form(self, data=None):
        return RevokeForm(data)

    def apply(self, form):
        revoke_award(self.record, self.request.user, form.cleaned_data["reason"])
        return gettext("Đã thu hồi khen thưởng của %(name)s.") % {"name": self.record.name}


class CorrectView(RegisterActionView):
    page_title = _("Đính chính khen thưởng")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            submit_label=gettext("Lưu đính chính"),
            warning=gettext(
                "Trang vinh danh và trang xác minh hiện nội dung đã đính chính ngay khi lưu; nội dung cũ được "
                "giữ trong lịch sử của khen thưởng."
            ),
        )
        return context

    def make_form(self, data=None):
        # A copy: the form writes what was typed onto its instance while validating.
        return CorrectForm(data, instance=AwardRecord.objects.get(pk=self.record.pk))

    def apply(self, form):
        changes = {
            name: form.cleaned_data[name] for name in AwardRecord.CORRECTABLE_FIELDS if name in form.fields
        }
        changes = {
            name: "" if value is None and name != "birth_date" else value for name, value in changes.items()
        }
        correct_award(self.record, self.request.user, form.cleaned_data["reason"], **changes)
        return gettext("Đã lưu đính chính khen thưởng của %(name)s.") % {
            "name": changes.get("name", self.record.name)
        }


class RecordCertificateView(TemplateView):
    """The certificate of one award of the user's units (fenced by the URL), as a PDF."""

    inspect_url_name = ""

    def get(self, request, *args, **kwargs):
        if not AwardRecord.snippet_viewset.permission_policy.user_has_any_permission(
            request.user, ["view", "change"]
        ):
            raise PermissionDenied
        record = get_object_or_404(
            AwardRecord.objects.select_related("decision__issuing_body", "decision__campaign", "award_type"),
            pk=kwargs["pk"],
        )
        if record.decision_id is None:
            raise Http404
        if record.is_revoked:
            messages.error(request, gettext("Khen thưởng này đã bị thu hồi: không in giấy chứng nhận."))
            return redirect(reverse(self.inspect_url_name, args=[record.pk]))
        return attachment(
            certificate_pdf(record), f"{file_stem(record.decision)}-{record.pk}.pdf", "application/pdf"
        )
