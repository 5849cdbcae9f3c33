"""The admin's "Quyết định khen thưởng": the decisions recorded, their papers and certificates.

``/admin/quyet-dinh/`` lists the decisions the user may see (the deciding unit's standing
board sees its unit's and those below, the province office and the council all), with
the nominations waiting for the user's decision above the list. A decision's page lists
its honourees (each with its certificate and the public verification link), offers the
decision as DOCX and PDF, and takes the signed scan (a private file, validated). Decisions
are recorded from a nomination at its decision step ("Ghi quyết định và công bố",
``views.NominationDecisionView``), which lists the others waiting with it.
"""

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from core.private_files import PrivateFileValidator
from intranet import admin_shaping
from intranet.roles import Role
from intranet.scoping import membership_of, scope_queryset

from .decisions import decidable_nominations
from .documents import certificate_pdf, decision_docx, decision_pdf
from .models import Decision
from .register import verification_url

NAMESPACE = "nominations_decisions"
DECISION_DETAIL_URL = f"{NAMESPACE}:detail"
DECIDING_ROLES = (Role.REVIEWER, Role.PROVINCE_OFFICE, Role.COUNCIL)


def may_see_decisions(user) -> bool:
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    return membership is not None and membership.role in DECIDING_ROLES


def visible_decisions(user):
    if not may_see_decisions(user):
        return Decision.objects.none()
    return scope_queryset(user, Decision.objects.all(), "unit")


class ScanForm(forms.ModelForm):
    scan = forms.FileField(
        label=_("Bản scan quyết định đã ký"),
        validators=[PrivateFileValidator()],
        help_text=_("PDF hoặc ảnh của quyết định có chữ ký, đóng dấu; lưu kín trong hệ thống."),
        error_messages={"required": _("Chọn tệp bản scan.")},
    )

    class Meta:
        model = Decision
        fields = ["scan"]


class DecisionAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_see_decisions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_decision(self) -> Decision:
        queryset = visible_decisions(self.request.user).select_related(
            "issuing_body", "award_type", "campaign"
        )
        return get_object_or_404(queryset, pk=self.kwargs["pk"])


class DecisionIndexView(DecisionAccessMixin, TemplateView):
    template_name = "nominations/admin/decision_index.html"
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        decisions = (
            visible_decisions(self.request.user)
            .select_related("issuing_body", "award_type")
            .annotate(honouree_count=Count("awards"))
            .order_by("-date", "-sequence")  # Meta.ordering does not apply to a grouped query
        )
        page = Paginator(decisions, self.per_page).get_page(self.request.GET.get("p"))
        waiting = decidable_nominations(self.request.user)
        context.update(
            page_obj=page,
            decisions=page.object_list,
            waiting=[(nomination, decide_url(nomination)) for nomination in waiting[:30]],
            waiting_count=len(waiting),
            page_title=gettext("Quyết định khen thưởng"),
        )
        return context


class DecisionDetailView(DecisionAccessMixin, TemplateView):
    template_name = "nominations/admin/decision_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        decision = self.get_decision()
        records = decision.awards.select_related("unit", "exemplar").order_by("kind", "pk")
        context.update(
            decision=decision,
            records=[(record, verification_url(record)) for record in records],
            scan_form=kwargs.get("scan_form") or ScanForm(instance=decision),
            page_title=gettext("Quyết định số %(number)s") % {"number": decision.number},
        )
        return context

    def post(self, request, *args, **kwargs):
        decision = self.get_decision()
        form = ScanForm(request.POST, request.FILES, instance=decision)
        if not form.is_valid():
            messages.error(request, gettext("Chưa lưu bản scan: xem lỗi bên dưới."))
            return self.render_to_response(self.get_context_data(scan_form=form))
        form.save()
        messages.success(request, gettext("Đã lưu bản scan quyết định đã ký."))
        return redirect(reverse(DECISION_DETAIL_URL, args=[decision.pk]))


def attachment(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


def file_stem(decision: Decision) -> str:
    return f"quyet-dinh-{decision.sequence}-{decision.year}"


class DecisionDocumentView(DecisionAccessMixin, TemplateView):
    """The drafted decision with its annex list: ``docx`` to edit before signing, ``pdf`` to file."""

    format = "pdf"

    def get(self, request, *args, **kwargs):
        decision = self.get_decision()
        if self.format == "docx":
            return attachment(
                decision_docx(decision),
                f"{file_stem(decision)}.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        return attachment(decision_pdf(decision), f"{file_stem(decision)}.pdf", "application/pdf")


class CertificateView(DecisionAccessMixin, TemplateView):
    """One honouree's certificate as a PDF with its verification QR code."""

    def get(self, request, *args, **kwargs):
        decision = self.get_decision()
        record = decision.awards.filter(pk=self.kwargs["record"]).first()
        if record is None:
            raise Http404
        if record.is_revoked:
            messages.error(request, gettext("Khen thưởng này đã bị thu hồi: không in giấy chứng nhận."))
            return redirect(reverse(DECISION_DETAIL_URL, args=[decision.pk]))
        return attachment(
            certificate_pdf(record), f"{file_stem(decision)}-{record.pk}.pdf", "application/pdf"
        )


class DecisionsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_decisions(request.user)


class DecisionViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "quyet-dinh"
    icon = "doc-full"
    menu_label = _("Quyết định khen thưởng")
    menu_name = admin_shaping.DECISIONS_MENU_NAME
    menu_order = 160
    add_to_admin_menu = True

    def get_menu_item(self, order=None):
        return DecisionsMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
        )

    def get_urlpatterns(self):
        return [
            path("", DecisionIndexView.as_view(), name="index"),
            path("<int:pk>/", DecisionDetailView.as_view(), name="detail"),
            path("<int:pk>/quyet-dinh.docx", DecisionDocumentView.as_view(format="docx"), name="docx"),
            path("<int:pk>/quyet-dinh.pdf", DecisionDocumentView.as_view(format="pdf"), name="pdf"),
            path("<int:pk>/giay-chung-nhan/<int:record>.pdf", CertificateView.as_view(), name="certificate"),
        ]


def decide_url(nomination) -> str:
    return reverse("wagtailsnippets_nominations_nomination:decide", args=[quote(nomination.pk)])
