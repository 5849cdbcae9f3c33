"""The award register's screens (sổ khen thưởng) and the statistics page (thống kê khen thưởng).

- "Sổ khen thưởng" lists every award of the register the member may see, through the
  unit fence (an officer: their unit; a standing board: their unit and the units below;
  the province office and the council: the province), 30 to a page, searched without
  regard to accents by name or unit, filtered by year, award type, kind and unit, and
  exported to Excel (formula-safe). Read-only: decisions add records, the office imports
  earlier ones, and corrections and revocations have their own screens.
- "Thống kê khen thưởng" (``statistics/``) counts the same records by award type,
  deciding level, unit, target group, kind, gender, ethnicity and year
  (``nominations.statistics``): a chart (pygal, drawn on the server as SVG, no script)
  beside an accessible table for each, and the whole as an Excel workbook.
"""

import io
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import InspectView

import django_filters
import pygal
from openpyxl import Workbook
from openpyxl.styles import Font
from pygal.style import Style

from campaigns.models import AwardType
from core.folding import fold
from intranet.scoping import is_unit_scoped, sees_every_unit
from intranet.viewsets import (
    OBJECT_URL_KWARG,
    FormulaSafeIndexView,
    UnitScopedFilterSet,
    UnitScopedSnippetViewSet,
    starts_like_formula,
)

from .award_import import may_import_awards
from .import_views import (
    AwardConfirmView,
    AwardErrorsView,
    AwardImportView,
    AwardTemplateView,
    ImportRoutesMixin,
    import_button,
)
from .models.register import AwardRecord
from .register_actions import CorrectView, RecordCertificateView, RevokeView, may_amend, may_print
from .spreadsheets import XLSX_CONTENT_TYPE
from .statistics import award_counts, records_for, total_label

CHART_STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="#1d2733",
    foreground_strong="#1d2733",
    foreground_subtle="#5b6673",
    colors=("#b3261e",),
    font_family="system-ui, sans-serif",
    label_font_size=14,
    major_label_font_size=14,
    value_font_size=14,
    title_font_size=15,
)


@dataclass(frozen=True)
class ChartSize:
    """A width a chart is drawn at, and how much of a label fits beside its bars.

    An SVG's text shrinks with the SVG: the desktop's 640-unit chart shown in a phone's
    350 px drew its 13 px labels at 7 px. So each chart is drawn twice, each at about the
    width it is shown at, and statistics.css shows the one that fits its box.
    """

    name: str
    width: int
    label_length: int
    short_names: bool = False  # an award type by its short name ("Bằng khen UBND tỉnh")


CHART_SIZES = (ChartSize("wide", 640, 60), ChartSize("narrow", 360, 28, short_names=True))


def chart_label(label: str, size: ChartSize, short_names: dict[str, str]) -> str:
    """``label`` as it fits beside the bars: shortened, then cut with "…" (pygal cuts no
    label of a horizontal chart: a long one pushed the bars off a phone's chart)."""
    if size.short_names:
        label = short_names.get(label, label)
    return label if len(label) <= size.label_length else label[: size.label_length - 1].rstrip() + "…"


class RegisterFilterSet(UnitScopedFilterSet):
    year = django_filters.NumberFilter(label=_("Năm khen thưởng"))

    class Meta:
        model = AwardRecord
        fields = ["year", "award_type", "kind", "unit"]


class LabelledColumn(Column):
    """A cell that names its column (``data-label``): on a phone the register's rows stack
    as "column: value" lines (``table.stacked-rows``, intranet/css/admin-layout.css)."""

    cell_template_name = "nominations/admin/labelled_cell.html"


class StatusColumn(LabelledColumn):
    """ "Đã thu hồi" on a revoked award, else "Còn hiệu lực"."""

    def get_value(self, instance):
        return gettext("Đã thu hồi") if instance.revoked_at else gettext("Còn hiệu lực")


def record_actions(viewset, user, record) -> list[dict]:
    """What ``user`` may do with ``record`` beyond reading it: print, correct, revoke."""
    actions = []
    if may_print(record):
        actions.append(
            {
                "label": gettext("In giấy chứng nhận"),
                "url": reverse(viewset.get_url_name("certificate"), args=[record.pk]),
                "icon": "doc-full",
            }
        )
    if not record.is_revoked and may_amend(user, record):
        actions.append(
            {
                "label": gettext("Đính chính"),
                "url": reverse(viewset.get_url_name("correct"), args=[record.pk]),
                "icon": "edit",
                "secondary": True,
            }
        )
        actions.append(
            {
                "label": gettext("Thu hồi"),
                "url": reverse(viewset.get_url_name("revoke"), args=[record.pk]),
                "icon": "cross",
                "secondary": True,
                "danger": True,
            }
        )
    return actions


class AwardCountPaginator(WagtailPaginator):
    """Counts awards, "7 khen thưởng": the model's plural name is the register's own (its
    title, menu and breadcrumbs), and "7 sổ khen thưởng" would count registers."""

    verbose_name = _("khen thưởng")
    verbose_name_plural = pgettext_lazy("số nhiều", "khen thưởng")  # one word in Vietnamese, two in English


class RegisterIndexView(FormulaSafeIndexView):
    """The register's listing: searched by folded name and unit, with "Thống kê" beside it;
    the office also finds "Nhập khen thưởng trước đây" there."""

    statistics_url_name = None
    import_url_name = None
    paginator_class = AwardCountPaginator
    # "Không có khen thưởng nào khớp với tìm kiếm của bạn.", counted as the paginator counts.
    verbose_name_plural = AwardCountPaginator.verbose_name_plural
    # Nine columns do not fit a phone: each row stacks there, its cells named (LabelledColumn).
    table_classname = "listing stacked-rows"

    def _get_custom_column(self, field_name, column_class=LabelledColumn, **kwargs):
        return super()._get_custom_column(field_name, column_class, **kwargs)

    def search_queryset(self, queryset):
        query = (self.search_query or "").strip()
        if not query:
            return queryset
        self.is_searching = True
        key = " ".join(fold(query).split())
        return queryset.filter(
            Q(name_key__contains=key) | Q(unit_name__icontains=query) | Q(unit__name__icontains=query)
        )

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.statistics_url_name:
            buttons.append(
                HeaderButton(_("Thống kê"), url=reverse(self.statistics_url_name), icon_name="table")
            )
        if self.import_url_name and may_import_awards(self.request.user):
            buttons.append(import_button(_("Nhập khen thưởng trước đây"), self.import_url_name))
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        for priority, action in enumerate(
            record_actions(AwardRecord.snippet_viewset, self.request.user, instance)
        ):
            buttons.append(
                MenuItem(action["label"], url=action["url"], icon_name=action["icon"], priority=40 + priority)
            )
        return buttons


class AwardRecordInspectView(InspectView):
    """A record's details (an empty value reads as a dash, never as Python's "None"), the
    actions the user may take, and the history of its revocation and corrections."""

    template_name = "nominations/admin/award_record_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = self.object
        labels = {
            name: AwardRecord._meta.get_field(name).verbose_name for name in AwardRecord.CORRECTABLE_FIELDS
        }
        changes = record.changes.select_related("changed_by")
        context.update(
            record_actions=record_actions(AwardRecord.snippet_viewset, self.request.user, record),
            record_changes=[
                (
                    change,
                    [
                        (labels.get(name, name), old, new)
                        for name, (old, new) in (change.changes or {}).items()
                    ],
                )
                for change in changes
            ],
        )
        return context

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):  # the revocation's moment in Vietnam's time, as the history shows it
            return date_format(timezone.localtime(value), "d/m/Y H:i")
        return "—" if value in (None, "") else value


# A record as its inspect screen and read-only form show it: the honouree and the award, then personal data.
AWARD_FIELDS = (
    "name",
    "kind",
    "position",
    "unit_name",
    "target_group",
    "award_name",
    "year",
    "decision_number",
    "decision_date",
    "issuing_body_name",
)
PERSONAL_FIELDS = ("gender", "ethnicity", "birth_date", "id_number")


class AwardRecordViewSet(ImportRoutesMixin, UnitScopedSnippetViewSet):
    model = AwardRecord
    icon = "list-ul"
    menu_label = _("Sổ khen thưởng")
    index_view_class = RegisterIndexView
    list_display = [
        "name",
        "kind",
        "award_name",
        "year",
        "unit_name",
        "decision_number",
        StatusColumn("status", label=_("Tình trạng")),
    ]
    list_export = [
        "name",
        "kind",
        "position",
        "unit_name",
        "award_name",
        "year",
        "decision_number",
        "decision_date",
        "issuing_body_name",
    ]
    export_filename = "so-khen-thuong"
    search_fields = ["name"]
    list_per_page = 30
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = AwardRecordInspectView
    inspect_view_fields = [*AWARD_FIELDS, "source", *PERSONAL_FIELDS, "revoked_at", "revoke_reason"]

    filterset_class = RegisterFilterSet

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("award_type", "decision__issuing_body")

    def get_edit_handler(self):
        """What the record holds, read-only: it is changed by correction or revocation only."""
        fields = [*AWARD_FIELDS, *PERSONAL_FIELDS]
        return ObjectList([FieldPanel(name, read_only=True) for name in fields]).bind_to_model(self.model)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            statistics_url_name=self.get_url_name("statistics"),
            import_url_name=self.get_url_name("import"),
            **kwargs,
        )

    def _fence(self, pattern):
        """A record's address opened by someone outside the register answers in the admin.

        The unit fence answers 404 for a record the user may not see. An officer or a
        standing board keeps the 404 (another unit's award is not theirs to know of); anyone
        else who may not read the register (an editor handed the address by the office) is
        led to the screen of the award's honor-roll entry they look after, when it has one,
        else told in the admin that the register is not open to them.
        """
        pattern = super()._fence(pattern)
        if OBJECT_URL_KWARG not in pattern.pattern.regex.groupindex:
            return pattern
        fenced = pattern.callback
        opens_the_record = pattern.name in ("inspect", "edit")

        @wraps(fenced)
        def answered_in_the_admin(request, *args, **kwargs):
            try:
                return fenced(request, *args, **kwargs)
            except Http404:
                user = request.user
                if is_unit_scoped(user) or may_read_register(user):
                    raise
                entry_url = honor_roll_entry_url(user, kwargs[OBJECT_URL_KWARG])
                if opens_the_record and request.method == "GET" and entry_url:
                    messages.info(
                        request,
                        gettext(
                            "Sổ khen thưởng chỉ dành cho các đơn vị, Văn phòng và Hội đồng thi đua – "
                            "khen thưởng; đây là điển hình tiên tiến được công bố từ khen thưởng này."
                        ),
                    )
                    return redirect(entry_url)
                return permission_denied(request)

        pattern.callback = answered_in_the_admin
        return pattern

    def action_view(self, view_class):
        return view_class.as_view(
            index_url_name=self.get_url_name("list"), inspect_url_name=self.get_url_name("inspect")
        )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            self._fence(path("revoke/<str:pk>/", self.action_view(RevokeView), name="revoke")),
            self._fence(path("correct/<str:pk>/", self.action_view(CorrectView), name="correct")),
            self._fence(
                path(
                    "certificate/<str:pk>/",
                    RecordCertificateView.as_view(inspect_url_name=self.get_url_name("inspect")),
                    name="certificate",
                )
            ),
            path(
                "statistics/",
                StatisticsView.as_view(
                    list_url_name=self.get_url_name("list"),
                    export_url_name=self.get_url_name("statistics_xlsx"),
                ),
                name="statistics",
            ),
            path("statistics/xlsx/", StatisticsExportView.as_view(), name="statistics_xlsx"),
            *self.import_urlpatterns(AwardImportView, AwardTemplateView, AwardConfirmView, AwardErrorsView),
        ]


def bar_chart(breakdown, size: ChartSize = CHART_SIZES[0], short_names: dict[str, str] | None = None) -> str:
    """The breakdown as an SVG bar chart (pygal; no script, no inline style the CSP refuses)."""
    chart = pygal.HorizontalBar(
        style=CHART_STYLE,
        show_legend=False,
        disable_xml_declaration=True,
        js=[],
        width=size.width,
        height=max(160, 36 * len(breakdown.rows) + 60),
        print_values=True,
        explicit_size=False,
        margin=8,
        classes=["pygal-chart", f"award-stats__svg--{size.name}"],
    )
    rows = list(reversed(breakdown.rows))  # largest on top
    chart.x_labels = [chart_label(row.label, size, short_names or {}) for row in rows]
    chart.y_labels = whole_number_ticks(max((row.count for row in rows), default=0))
    chart.add(str(breakdown.dimension.label), [row.count for row in rows])
    return chart.render(is_unicode=True)


def bar_charts(breakdown, short_names: dict[str, str]) -> str:
    """The breakdown's chart at each size (see ``ChartSize``)."""
    return mark_safe("".join(bar_chart(breakdown, size, short_names) for size in CHART_SIZES))


def whole_number_ticks(top: int, most: int = 6) -> list[int]:
    """Scale marks for counts: whole numbers only (pygal would mark 0.1, 0.2… up to 1 award)."""
    step = max(1, -(-top // (most - 1)))
    return list(range(0, top + step, step))


def may_read_register(user) -> bool:
    return AwardRecord.snippet_viewset.permission_policy.user_has_any_permission(user, ["view", "change"])


def honor_roll_entry_url(user, pk) -> str | None:
    """The admin screen of the exemplar published from the record ``pk``, if ``user`` may edit it."""
    pk = unquote(str(pk))
    record = AwardRecord.objects.filter(pk=pk).select_related("exemplar").first() if pk.isdigit() else None
    exemplar = record.exemplar if record is not None else None
    if exemplar is None:
        return None
    viewset = type(exemplar).snippet_viewset
    if not viewset.permission_policy.user_has_permission_for_instance(user, "change", exemplar):
        return None
    return reverse(viewset.get_url_name("edit"), args=[quote(exemplar.pk)])


class StatisticsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "nominations/admin/statistics.html"
    header_icon = "table"
    list_url_name = ""
    export_url_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not may_read_register(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Thống kê khen thưởng")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {"url": reverse(self.list_url_name), "label": gettext("Sổ khen thưởng")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        records = records_for(self.request.user)
        breakdowns = award_counts(records)
        short_names = {award.name: award.display_short_name for award in AwardType.objects.all()}
        total = records.filter(revoked_at__isnull=True).count()
        context.update(
            total=total,
            scope=gettext("Toàn tỉnh")
            if sees_every_unit(self.request.user)
            else gettext("Các đơn vị bạn phụ trách"),
            sections=[
                {
                    "breakdown": breakdown,
                    "chart": bar_charts(breakdown, short_names) if breakdown.rows else "",
                }
                for breakdown in breakdowns
            ],
            export_url=reverse(self.export_url_name),
            list_url=reverse(self.list_url_name),
        )
        return context


def statistics_workbook(user) -> bytes:
    """One sheet per breakdown (label, count, total), formula-safe: labels come from officers' typing."""
    book = Workbook()
    book.remove(book.active)
    for breakdown in award_counts(records_for(user)):
        sheet = book.create_sheet(str(breakdown.dimension.label)[:31])
        sheet.append([str(breakdown.dimension.label), gettext("Số lượng")])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in breakdown.rows:
            sheet.append([row.label, row.count])
        sheet.append([total_label(), breakdown.total])
        sheet.column_dimensions["A"].width = 50
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if starts_like_formula(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class StatisticsExportView(TemplateView):
    def get(self, request, *args, **kwargs):
        if not may_read_register(request.user):
            raise PermissionDenied
        response = HttpResponse(statistics_workbook(request.user), content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = 'attachment; filename="thong-ke-khen-thuong.xlsx"'
        return response
