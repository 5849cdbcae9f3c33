"""Lists imported from Excel: template, upload, preview, confirm; two lists share the screens.

1. The form names what the list is for; "Tải mẫu danh sách" downloads the template.
2. The upload is read at once (``nominations.spreadsheets``): a file that is not the
   template is refused whole with the reason; otherwise the preview lists the valid
   rows, the rows left out as already recorded, and the mistakes by row and column (the
   first ``ERRORS_SHOWN``; the whole list downloads as an Excel file). The file waits in
   private storage, named in the session, and nothing else is saved.
3. The confirm button reads the file again (rules and records may have changed
   meanwhile) and saves the valid rows in one transaction.

The two lists:

- the officer's nominee list ("Nhập danh sách từ Excel"): draft nominations, for users
  who may add nominations, only for their units (``nominations.nominee_import``);
- the province office's earlier awards ("Nhập khen thưởng trước đây"): register records,
  for the office and superusers only (``nominations.award_import``).
"""

import io
from abc import ABC, abstractmethod
from uuid import uuid4

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from openpyxl import Workbook

from campaigns.models import CampaignPage, Unit
from core.folding import fold
from core.private_files import private_storage
from intranet.scoping import membership_of, visible_units
from intranet.viewsets import starts_like_formula

from .award_import import award_sheet, may_import_awards, read_awards, record_awards
from .models import Nomination
from .models.nominations import last_day_for_nominations
from .nominee_import import create_drafts, nominee_sheet, read_nominees
from .spreadsheets import XLSX_CONTENT_TYPE, SheetRefused

ERRORS_SHOWN = 100
ROWS_SHOWN = 50


def open_campaigns(unit: Unit | None):
    """The campaigns ``unit`` may still nominate in (as the nomination form offers them)."""
    today = timezone.localdate()
    campaigns = CampaignPage.objects.live().filter(locale__language_code="vi").order_by("-start_date")
    return [
        campaign for campaign in campaigns if today <= (last_day_for_nominations(campaign, unit) or today)
    ]


class SheetFileField(forms.FileField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Tệp danh sách (.xlsx)"),
            help_text=_("Tệp Excel theo mẫu danh sách, tối đa 5 MB."),
            widget=forms.ClearableFileInput(attrs={"accept": ".xlsx," + XLSX_CONTENT_TYPE}),
            error_messages={"required": _("Hãy chọn tệp danh sách .xlsx.")},
            **kwargs,
        )


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
    file = SheetFileField()

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


class AwardUploadForm(forms.Form):
    file = SheetFileField()

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)


def can_import(user) -> bool:
    return Nomination.snippet_viewset.permission_policy.user_has_permission(user, "add")


# -- the shared machinery ---------------------------------------------------------------------------
class SheetImportMixin(WagtailAdminTemplateMixin, ABC):
    """What every step of one kind of import shares: who may, where the file waits, how it is read."""

    header_icon = "upload"
    template_name = "nominations/admin/sheet_import.html"
    session_key = ""
    page_title = ""
    list_label = ""
    errors_file_name = "loi-danh-sach.xlsx"
    list_url_name = ""
    import_url_name = ""
    template_url_name = ""
    confirm_url_name = ""
    errors_url_name = ""
    # Raised by ``read_pending`` when the waiting file no longer fits (a unit gone, a campaign closed).
    stale = (SheetRefused,)

    @abstractmethod
    def may_import(self, user) -> bool:
        """Whether ``user`` may import this kind of list."""

    def dispatch(self, request, *args, **kwargs):
        if not self.may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.page_title)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {"url": reverse(self.list_url_name), "label": str(self.list_label)},
            {"url": "", "label": self.get_page_title()},
        ]

    # -- the file waiting for confirmation ----------------------------------------------------
    def pending(self, token: str) -> dict:
        entry = self.request.session.get(self.session_key, {}).get(token)
        if entry is None or not private_storage.exists(entry["name"]):
            raise Http404
        return entry

    def forget(self, token: str) -> None:
        entries = self.request.session.get(self.session_key, {})
        entry = entries.pop(token, None)
        self.request.session[self.session_key] = entries
        if entry is not None and private_storage.exists(entry["name"]):
            private_storage.delete(entry["name"])

    def keep(self, uploaded, **scope) -> str:
        """The uploaded file waits in private storage until confirmed; its token names it in the session."""
        token = uuid4().hex
        uploaded.seek(0)
        name = private_storage.save(f"imports/{token}.xlsx", ContentFile(uploaded.read()))
        entries = self.request.session.get(self.session_key, {})
        for old in list(entries)[:-4]:  # a user keeps at most five uploads waiting
            self.forget(old)
            entries.pop(old, None)
        entries[token] = {"name": name, "file_name": uploaded.name[:100], **scope}
        self.request.session[self.session_key] = entries
        return token

    def read_pending(self, entry: dict) -> tuple[dict, object]:
        with private_storage.open(entry["name"], "rb") as stored:
            uploaded = ContentFile(stored.read(), name=entry["file_name"])
        return self.read(uploaded, entry)

    @abstractmethod
    def read(self, uploaded, entry: dict) -> tuple[dict, object]:
        """(what the list is for, the reading) of ``uploaded``; ``entry`` holds the form's choices as pks."""


class SheetUploadView(SheetImportMixin, TemplateView):
    """The upload form, and on upload the preview (nothing saved but the waiting file)."""

    form_class: type[forms.Form]

    def make_form(self, *args):
        return self.form_class(*args, user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or self.make_form()
        context.update(
            form=form, template_url=reverse(self.template_url_name), action_url=reverse(self.import_url_name)
        )
        return context

    def scope_of(self, cleaned: dict) -> dict:
        """The form's choices as the session keeps them (pks)."""
        return {}

    def post(self, request, *args, **kwargs):
        form = self.make_form(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        uploaded = form.cleaned_data["file"]
        scope = self.scope_of(form.cleaned_data)
        try:
            context, reading = self.read(uploaded, scope)
        except SheetRefused as refusal:
            form.add_error("file", refusal.message)
            return self.render_to_response(self.get_context_data(form=form))
        token = self.keep(uploaded, **scope)
        context = {**self.get_context_data(form=self.make_form()), **context}
        context.update(
            preview=True,
            token=token,
            file_name=uploaded.name,
            reading=reading,
            rows_shown=reading.rows[:ROWS_SHOWN],
            errors_shown=reading.errors[:ERRORS_SHOWN],
            errors_hidden=max(0, len(reading.errors) - ERRORS_SHOWN),
            rows_hidden=max(0, len(reading.rows) - ROWS_SHOWN),
            skipped_shown=reading.skipped[:ERRORS_SHOWN],
            skipped_hidden=max(0, len(reading.skipped) - ERRORS_SHOWN),
            confirm_url=reverse(self.confirm_url_name),
            errors_url=reverse(self.errors_url_name, args=[token]),
        )
        return self.render_to_response(context)


class SheetConfirmView(SheetImportMixin, TemplateView):
    """Saves the valid rows, all in one transaction, then forgets the file."""

    http_method_names = ["post"]

    @abstractmethod
    def save(self, context: dict, reading) -> tuple[str, str]:
        """Save the rows; (the message saying what was saved, where to go next)."""

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token", "")
        entry = self.pending(token)
        try:
            context, reading = self.read_pending(entry)
        except self.stale:
            self.forget(token)
            messages.error(request, gettext("Không đọc lại được tệp đã tải lên: hãy tải lên lại."))
            return redirect(reverse(self.import_url_name))
        if not reading.rows:
            messages.error(request, gettext("Không có dòng hợp lệ nào để lưu; chưa có gì được lưu."))
            return redirect(reverse(self.import_url_name))
        message, next_url = self.save(context, reading)
        self.forget(token)
        if reading.skipped:
            message += " " + gettext("Bỏ qua %(rows)s dòng đã có (dòng %(numbers)s).") % {
                "rows": len(reading.skipped),
                "numbers": row_numbers(reading.skipped),
            }
        if reading.errors:
            message += " " + gettext(
                "%(rows)s dòng có lỗi không được lưu: sửa trong tệp và nhập lại các dòng đó."
            ) % {"rows": reading.rows_in_error}
        messages.success(request, message)
        return redirect(next_url)


def row_numbers(problems, most: int = 20) -> str:
    numbers = sorted({problem.row for problem in problems})
    shown = ", ".join(str(number) for number in numbers[:most])
    return shown + ("…" if len(numbers) > most else "")


class SheetErrorsView(SheetImportMixin, TemplateView):
    """Every mistake (and every row left out) of the file waiting, as an Excel list."""

    def get(self, request, token, *args, **kwargs):
        entry = self.pending(token)
        try:
            _context, reading = self.read_pending(entry)
        except self.stale as error:
            raise Http404 from error
        book = Workbook()
        sheet = book.active
        sheet.title = gettext("Lỗi")
        sheet.append([gettext("Dòng"), gettext("Cột"), gettext("Tiêu đề cột"), gettext("Lỗi")])
        for error in sorted(reading.errors + reading.skipped, key=lambda error: (error.row, error.column)):
            sheet.append([error.row, error.column, error.heading, str(error.message)])
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if starts_like_formula(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
        out = io.BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.errors_file_name}"'
        return response


class ImportRoutesMixin:
    """A viewset's import addresses: the upload (and preview), the template, confirm, errors."""

    def import_view(self, view_class):
        return view_class.as_view(
            list_url_name=self.get_url_name("list"),
            import_url_name=self.get_url_name("import"),
            template_url_name=self.get_url_name("import_template"),
            confirm_url_name=self.get_url_name("import_confirm"),
            errors_url_name=self.get_url_name("import_errors"),
        )

    def import_urlpatterns(self, upload, template, confirm, errors) -> list:
        return [
            path("import/", self.import_view(upload), name="import"),
            path("import/template/", self.import_view(template), name="import_template"),
            path("import/confirm/", self.import_view(confirm), name="import_confirm"),
            path("import/errors/<str:token>/", self.import_view(errors), name="import_errors"),
        ]


def import_button(label, url_name: str) -> HeaderButton:
    """The listing's header button that opens an import."""
    return HeaderButton(label, url=reverse(url_name), icon_name="upload")


def xlsx_download(content: bytes, file_name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response


# -- the officer's nominee list -----------------------------------------------------------------------
class NomineeImport(SheetImportMixin):
    template_name = "nominations/admin/nominee_import.html"
    session_key = "nominee_imports"
    page_title = _("Nhập danh sách đề nghị từ Excel")
    list_label = _("Hồ sơ đề nghị khen thưởng")
    errors_file_name = "loi-danh-sach-de-nghi.xlsx"
    stale = (SheetRefused, Unit.DoesNotExist, CampaignPage.DoesNotExist)

    def may_import(self, user) -> bool:
        return can_import(user)

    def read(self, uploaded, entry):
        campaign = CampaignPage.objects.get(pk=entry["campaign"])
        unit = visible_units(self.request.user).get(pk=entry["unit"])
        return {"campaign": campaign, "unit": unit}, read_nominees(uploaded, campaign, unit)


class NomineeImportView(NomineeImport, SheetUploadView):
    form_class = NomineeUploadForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["no_campaign"] = not context["form"].fields["campaign"].queryset.exists()
        return context

    def scope_of(self, cleaned):
        return {"campaign": cleaned["campaign"].pk, "unit": cleaned["unit"].pk}


class NomineeTemplateView(NomineeImport, TemplateView):
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
        name = slugify(fold(campaign.title))[:60] or "dot-thi-dua"
        return xlsx_download(nominee_sheet(campaign).template(), f"mau-danh-sach-de-nghi-{name}.xlsx")


class NomineeConfirmView(NomineeImport, SheetConfirmView):
    def save(self, context, reading):
        campaign, unit = context["campaign"], context["unit"]
        created = create_drafts(reading, campaign, unit, self.request.user)
        message = gettext("Đã tạo %(count)s hồ sơ nháp của %(unit)s từ danh sách.") % {
            "count": len(created),
            "unit": unit.display_name,
        }
        return message, reverse(self.list_url_name) + f"?campaign={campaign.pk}&state=draft"


class NomineeErrorsView(NomineeImport, SheetErrorsView):
    pass


# -- the office's earlier awards -------------------------------------------------------------------------
class AwardImport(SheetImportMixin):
    template_name = "nominations/admin/award_import.html"
    session_key = "award_imports"
    page_title = _("Nhập khen thưởng trước đây từ Excel")
    list_label = _("Sổ khen thưởng")
    errors_file_name = "loi-danh-sach-khen-thuong.xlsx"

    def may_import(self, user) -> bool:
        return may_import_awards(user)

    def read(self, uploaded, entry):
        return {}, read_awards(uploaded)


class AwardImportView(AwardImport, SheetUploadView):
    form_class = AwardUploadForm


class AwardTemplateView(AwardImport, TemplateView):
    def get(self, request, *args, **kwargs):
        return xlsx_download(award_sheet().template(), "mau-danh-sach-khen-thuong-truoc-day.xlsx")


class AwardConfirmView(AwardImport, SheetConfirmView):
    def save(self, context, reading):
        created = record_awards(reading, self.request.user)
        message = gettext("Đã ghi %(count)s khen thưởng vào sổ khen thưởng.") % {"count": len(created)}
        return message, reverse(self.list_url_name)


class AwardErrorsView(AwardImport, SheetErrorsView):
    pass
