"""The officer's "Nhập danh sách từ Excel": template, upload, preview, confirm.

1. The form offers the campaigns still taking the unit's nominations and the user's
   units; "Tải mẫu danh sách" downloads the template for the campaign chosen.
2. The upload is read at once (``nominations.nominee_import``): a file that is not the
   template is refused whole with the reason; otherwise the preview lists the valid
   rows and the mistakes by row and column (the first ``ERRORS_SHOWN``; the whole list
   downloads as an Excel file). The file waits in private storage, named in the
   session, and nothing else is saved.
3. "Xác nhận tạo hồ sơ nháp" reads the file again (rules may have changed meanwhile) and
   creates the valid rows' drafts in one transaction.

Only for users who may add nominations, only for their units (the viewset's fence).
"""

import io
from uuid import uuid4

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from openpyxl import Workbook

from campaigns.models import CampaignPage, Unit
from home.private_files import private_storage
from home.search_text import fold
from intranet.scoping import membership_of, visible_units
from intranet.viewsets import starts_like_formula

from .models import Nomination
from .models.nominations import last_day_for_nominations
from .nominee_import import create_drafts, nominee_sheet, read_nominees
from .spreadsheets import XLSX_CONTENT_TYPE, SheetRefused

ERRORS_SHOWN = 100
ROWS_SHOWN = 50
SESSION_KEY = "nominee_imports"


def open_campaigns(unit: Unit | None):
    """The campaigns ``unit`` may still nominate in (as the nomination form offers them)."""
    today = timezone.localdate()
    campaigns = CampaignPage.objects.live().filter(locale__language_code="vi").order_by("-start_date")
    return [
        campaign for campaign in campaigns if today <= (last_day_for_nominations(campaign, unit) or today)
    ]


class NomineeUploadForm(forms.Form):
    campaign = forms.ModelChoiceField(
        label=_("Đợt thi đua"),
        queryset=CampaignPage.objects.none(),
        empty_label=None,
    )
    unit = forms.ModelChoiceField(
        label=_("Đơn vị đề nghị"),
        queryset=Unit.objects.none(),
        empty_label=None,
        help_text=_("Các dòng hợp lệ trở thành hồ sơ nháp của đơn vị này."),
    )
    file = forms.FileField(
        label=_("Tệp danh sách (.xlsx)"),
        required=True,
        help_text=_("Tệp Excel theo mẫu danh sách, tối đa 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx," + XLSX_CONTENT_TYPE}),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        units = visible_units(user).select_related("level").order_by("path")
        self.fields["unit"].queryset = units
        self.fields["unit"].widget = forms.Select(choices=self.fields["unit"].choices)
        membership = membership_of(user)
        unit = membership.unit if membership is not None else None
        if membership is not None:
            self.initial.setdefault("unit", membership.unit_id)
        campaigns = open_campaigns(unit)
        self.fields["campaign"].queryset = CampaignPage.objects.filter(
            pk__in=[c.pk for c in campaigns]
        ).order_by("-start_date")
        self.fields["campaign"].widget = forms.Select(choices=self.fields["campaign"].choices)
        self.fields["campaign"].error_messages["invalid_choice"] = gettext(
            "Đợt thi đua này không còn nhận hồ sơ đề nghị của đơn vị."
        )
        self.fields["unit"].error_messages["invalid_choice"] = gettext(
            "Bạn chỉ được nhập cho đơn vị mình phụ trách."
        )
        self.fields["file"].error_messages["required"] = gettext("Hãy chọn tệp danh sách .xlsx.")

    def clean(self):
        cleaned = super().clean()
        campaign, unit = cleaned.get("campaign"), cleaned.get("unit")
        if campaign is not None and unit is not None:
            if campaign not in open_campaigns(unit):
                self.add_error(
                    "campaign", gettext("Đợt thi đua này không còn nhận hồ sơ đề nghị của đơn vị.")
                )
            elif not campaign.units_in_force(Unit.objects.filter(pk=unit.pk)).exists():
                self.add_error(
                    "unit",
                    gettext("%(unit)s không còn tồn tại trong thời gian của đợt thi đua này.")
                    % {"unit": unit.display_name},
                )
        return cleaned


def can_import(user) -> bool:
    return Nomination.snippet_viewset.permission_policy.user_has_permission(user, "add")


class ImportMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"
    list_url_name = ""
    import_url_name = ""
    template_url_name = ""
    confirm_url_name = ""
    errors_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Nhập danh sách đề nghị từ Excel")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {"url": reverse(self.list_url_name), "label": gettext("Hồ sơ đề nghị khen thưởng")},
            {"url": "", "label": self.get_page_title()},
        ]

    # -- the file waiting for confirmation ----------------------------------------------------
    def pending(self, token: str) -> dict:
        entry = self.request.session.get(SESSION_KEY, {}).get(token)
        if entry is None or not private_storage.exists(entry["name"]):
            raise Http404
        return entry

    def forget(self, token: str) -> None:
        entries = self.request.session.get(SESSION_KEY, {})
        entry = entries.pop(token, None)
        self.request.session[SESSION_KEY] = entries
        if entry is not None and private_storage.exists(entry["name"]):
            private_storage.delete(entry["name"])

    def read_pending(self, entry: dict):
        campaign = CampaignPage.objects.get(pk=entry["campaign"])
        unit = visible_units(self.request.user).get(pk=entry["unit"])
        with private_storage.open(entry["name"], "rb") as stored:
            uploaded = ContentFile(stored.read(), name=entry["file_name"])
        return campaign, unit, read_nominees(uploaded, campaign, unit)


class NomineeImportView(ImportMixin, TemplateView):
    """The upload form, and on upload the preview (nothing saved but the waiting file)."""

    template_name = "nominations/admin/nominee_import.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or NomineeUploadForm(user=self.request.user)
        context.update(
            form=form,
            template_url=reverse(self.template_url_name),
            action_url=reverse(self.import_url_name),
            no_campaign=not form.fields["campaign"].queryset.exists(),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = NomineeUploadForm(request.POST, request.FILES, user=request.user)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        campaign, unit, uploaded = (
            form.cleaned_data["campaign"],
            form.cleaned_data["unit"],
            form.cleaned_data["file"],
        )
        try:
            reading = read_nominees(uploaded, campaign, unit)
        except SheetRefused as refusal:
            form.add_error("file", refusal.message)
            return self.render_to_response(self.get_context_data(form=form))
        token = uuid4().hex
        uploaded.seek(0)
        name = private_storage.save(f"imports/{token}.xlsx", ContentFile(uploaded.read()))
        entries = request.session.get(SESSION_KEY, {})
        for old in list(entries)[:-4]:  # an officer keeps at most five uploads waiting
            self.forget(old)
            entries.pop(old, None)
        entries[token] = {
            "name": name,
            "campaign": campaign.pk,
            "unit": unit.pk,
            "file_name": uploaded.name[:100],
        }
        request.session[SESSION_KEY] = entries
        return self.render_preview(token, campaign, unit, reading, uploaded.name)

    def render_preview(self, token, campaign, unit, reading, file_name):
        context = self.get_context_data(form=NomineeUploadForm(user=self.request.user))
        context.update(
            preview=True,
            token=token,
            campaign=campaign,
            unit=unit,
            file_name=file_name,
            reading=reading,
            rows_shown=reading.rows[:ROWS_SHOWN],
            errors_shown=reading.errors[:ERRORS_SHOWN],
            errors_hidden=max(0, len(reading.errors) - ERRORS_SHOWN),
            rows_hidden=max(0, len(reading.rows) - ROWS_SHOWN),
            confirm_url=reverse(self.confirm_url_name),
            errors_url=reverse(self.errors_url_name, args=[token]),
        )
        return self.render_to_response(context)


class NomineeTemplateView(ImportMixin, TemplateView):
    """The template for the campaign chosen (its award types in the drop-down list)."""

    def get(self, request, *args, **kwargs):
        membership = membership_of(request.user)
        unit = membership.unit if membership is not None else None
        campaigns = open_campaigns(unit)
        campaign = next((c for c in campaigns if str(c.pk) == request.GET.get("campaign")), None)
        if campaign is None:
            campaign = campaigns[0] if campaigns else None
        if campaign is None:
            raise Http404
        response = HttpResponse(nominee_sheet(campaign).template(), content_type=XLSX_CONTENT_TYPE)
        name = slugify(fold(campaign.title))[:60] or "dot-thi-dua"
        response["Content-Disposition"] = f'attachment; filename="mau-danh-sach-de-nghi-{name}.xlsx"'
        return response


class NomineeConfirmView(ImportMixin, TemplateView):
    """Creates the drafts of the valid rows, all in one transaction, then forgets the file."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token", "")
        entry = self.pending(token)
        try:
            campaign, unit, reading = self.read_pending(entry)
        except (SheetRefused, Unit.DoesNotExist, CampaignPage.DoesNotExist):
            self.forget(token)
            messages.error(request, gettext("Không đọc lại được tệp đã tải lên: hãy tải lên lại."))
            return redirect(reverse(self.import_url_name))
        if not reading.rows:
            messages.error(request, gettext("Không có dòng hợp lệ nào để tạo hồ sơ; chưa có gì được lưu."))
            return redirect(reverse(self.import_url_name))
        created = create_drafts(reading, campaign, unit, request.user)
        self.forget(token)
        message = gettext("Đã tạo %(count)s hồ sơ nháp của %(unit)s từ danh sách.") % {
            "count": len(created),
            "unit": unit.display_name,
        }
        if reading.errors:
            message += " " + gettext(
                "%(rows)s dòng có lỗi không được tạo: sửa trong tệp và nhập lại các dòng đó."
            ) % {"rows": reading.rows_in_error}
        messages.success(request, message)
        return redirect(reverse(self.list_url_name) + f"?campaign={campaign.pk}&state=draft")


class NomineeErrorsView(ImportMixin, TemplateView):
    """Every mistake of the file waiting, as an Excel list (row, column, heading, message)."""

    def get(self, request, token, *args, **kwargs):
        entry = self.pending(token)
        try:
            _campaign, _unit, reading = self.read_pending(entry)
        except (SheetRefused, Unit.DoesNotExist, CampaignPage.DoesNotExist) as error:
            raise Http404 from error
        book = Workbook()
        sheet = book.active
        sheet.title = gettext("Lỗi")
        sheet.append([gettext("Dòng"), gettext("Cột"), gettext("Tiêu đề cột"), gettext("Lỗi")])
        for error in reading.errors:
            sheet.append([error.row, error.column, error.heading, str(error.message)])
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if starts_like_formula(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
        out = io.BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = 'attachment; filename="loi-danh-sach-de-nghi.xlsx"'
        return response
