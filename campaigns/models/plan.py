"""The campaign plan (kế hoạch) as structured, field-by-field editable content.

Every fact of a plan that the software acts on (dates, deadlines, award types, quotas,
criteria, phases) is a field or a row, so that registrations can be marked late and
nominations checked against quotas; prose parts are rich text or StreamField.
"""

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from core.fields import user_stamp
from core.folding import accent_insensitive_search, words

from ..plan_pdf import plan_pdf_response
from .awards import NomineeKind

PLAN_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CampaignStage(models.TextChoices):
    RUNNING = "running", _("Đang diễn ra")
    UPCOMING = "upcoming", _("Sắp diễn ra")
    ENDED = "ended", _("Đã kết thúc")


class DutyBlock(blocks.StructBlock):
    party = blocks.CharBlock(label=_("Đơn vị thực hiện"))
    tasks = blocks.ListBlock(blocks.TextBlock(label=_("Nhiệm vụ")), label=_("Nhiệm vụ"))

    class Meta:
        icon = "group"
        label = _("Trách nhiệm")


@accent_insensitive_search(
    title="title",
    text=(
        "theme",
        "occasion",
        "preamble",
        "purpose",
        "requirements",
        "contents",
        "award_subjects",
        "closing_note",
        "issuing_body",
        "signatory_name",
        "structured_text",
    ),
)
class CampaignPage(RoutablePageMixin, Page):
    """The plan of one emulation campaign, published as the campaign's page.

    Routes: the page itself, and ``pdf/`` (the plan as a generated PDF to download).
    """

    front_cache_listing = True  # lists other content: purged with every change (core/front_cache.py)

    short_title = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("Tên ngắn"),
        help_text=_("Hiện trong danh mục và đường dẫn vị trí trang, ví dụ: Thi đua năm 2026–2027."),
    )
    pinned = models.BooleanField(
        default=False,
        verbose_name=_("Ghim lên trang chủ"),
        help_text=_(
            "Trang chủ và danh mục giới thiệu đợt thi đua đang diễn ra theo ngày bắt đầu, kết thúc. "
            "Đánh dấu ô này để giới thiệu đợt này thay thế."
        ),
    )
    signed_scan = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Bản scan kế hoạch đã ký"),
        help_text=_("Tệp PDF của văn bản có chữ ký và con dấu, để người xem tải về."),
    )

    # The plan's heading
    document_number = models.CharField(
        max_length=100, blank=True, verbose_name=_("Số kế hoạch"), help_text=_("Ví dụ: 12/KH-MTTQ-BTT")
    )
    issued_on = models.DateField(null=True, blank=True, verbose_name=_("Ngày ban hành"))
    issuing_body = models.CharField(
        max_length=255,
        default="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        verbose_name=_("Cơ quan ban hành"),
    )
    occasion = models.TextField(
        blank=True,
        verbose_name=_("Dịp chào mừng"),
        help_text=_("Dòng dưới tên kế hoạch: các sự kiện mà đợt thi đua chào mừng."),
    )
    preamble = RichTextField(features=PLAN_TEXT_FEATURES, blank=True, verbose_name=_("Lời mở đầu"))

    # I. Purpose and requirements
    purpose = RichTextField(features=PLAN_TEXT_FEATURES, blank=True, verbose_name=_("Mục đích"))
    requirements = RichTextField(features=PLAN_TEXT_FEATURES, blank=True, verbose_name=_("Yêu cầu"))

    # II. Period and theme
    start_date = models.DateField(verbose_name=_("Ngày bắt đầu"))
    end_date = models.DateField(verbose_name=_("Ngày kết thúc"))
    period_text = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Thời gian (như ghi trong kế hoạch)"),
        help_text=_("Ví dụ: Từ tháng 02/2020 đến hết ngày 18/11/2020."),
    )
    theme = models.TextField(verbose_name=_("Chủ đề thi đua"))
    theme_short = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Khẩu hiệu ngắn"),
        help_text=_("Phần đầu của chủ đề, in lớn trên trang chủ."),
    )

    # III. Contents
    contents = StreamField(
        [("item", blocks.RichTextBlock(features=PLAN_TEXT_FEATURES, label=_("Nội dung")))],
        blank=True,
        verbose_name=_("Nội dung thi đua"),
    )

    # IV. Awards
    award_subjects = RichTextField(
        features=PLAN_TEXT_FEATURES, blank=True, verbose_name=_("Đối tượng khen thưởng")
    )

    # V. Deadlines the software acts on
    registration_deadline = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Hạn đăng ký thi đua"),
        help_text=_("Đăng ký thi đua và đăng ký công trình gửi sau ngày này bị đánh dấu trễ hạn."),
    )
    nomination_deadline = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Hạn gửi hồ sơ đề nghị khen thưởng"),
    )
    report_deadline = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Hạn gửi báo cáo tổng kết"),
    )
    closing_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("Ngày tổng kết"),
        help_text=_("Trang chủ đếm ngược đến ngày này."),
    )

    # VI. Implementation, signature and recipients
    implementation = StreamField([("duty", DutyBlock())], blank=True, verbose_name=_("Tổ chức thực hiện"))
    closing_note = models.TextField(blank=True, verbose_name=_("Đoạn kết"))
    signatory_title = models.CharField(
        max_length=255,
        blank=True,
        default="TM. BAN THƯỜNG TRỰC — CHỦ TỊCH",
        verbose_name=_("Chức danh người ký"),
    )
    signatory_name = models.CharField(max_length=255, blank=True, verbose_name=_("Người ký"))
    recipients = StreamField(
        [("recipient", blocks.CharBlock(label=_("Nơi nhận")))],
        blank=True,
        verbose_name=_("Nơi nhận"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("short_title"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("issued_on")]),
                FieldPanel("issuing_body"),
                FieldPanel("occasion"),
                FieldPanel("preamble"),
            ],
            heading=_("Đầu kế hoạch"),
        ),
        MultiFieldPanel(
            [FieldPanel("purpose"), FieldPanel("requirements")],
            heading=_("I. Mục đích, yêu cầu"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("period_text"),
                FieldPanel("theme_short"),
                FieldPanel("theme"),
            ],
            heading=_("II. Thời gian, chủ đề"),
        ),
        FieldPanel("contents", heading=_("III. Nội dung thi đua")),
        MultiFieldPanel(
            [
                FieldPanel("award_subjects"),
                InlinePanel("awards", label=_("Hình thức khen thưởng")),
                InlinePanel("criteria", label=_("Tiêu chuẩn")),
                InlinePanel("quotas", label=_("Số lượng (chỉ tiêu)")),
            ],
            heading=_("IV. Công tác khen thưởng"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("phases", label=_("Giai đoạn")),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("nomination_deadline")]),
                FieldRowPanel([FieldPanel("report_deadline"), FieldPanel("closing_date")]),
            ],
            heading=_("V. Tiến độ thực hiện"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("implementation"),
                FieldPanel("closing_note"),
                FieldRowPanel([FieldPanel("signatory_title"), FieldPanel("signatory_name")]),
                FieldPanel("recipients"),
                FieldPanel("signed_scan"),
            ],
            heading=_("VI. Tổ chức thực hiện"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("pinned")]

    search_fields = Page.search_fields + [
        index.SearchField("theme"),
        index.SearchField("occasion"),
        index.SearchField("purpose"),
        index.SearchField("contents"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.ArticleIndexPage"]

    class Meta:
        verbose_name = _("kế hoạch thi đua")
        verbose_name_plural = _("kế hoạch thi đua")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})

    # -- the campaign as data -------------------------------------------------
    @cached_property
    def source(self) -> "CampaignPage":
        """The Vietnamese original: registrations, quotas and nominations hang off it."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def units_in_force(self, units=None):
        """``units`` (default: every unit) narrowed to those that exist during the campaign.

        Overlap, not containment: a unit counts when it existed on at least one day of the
        period, so a campaign spanning the reform of 1 July 2025 offers both old and new units.
        """
        from .organisation import Unit

        units = Unit.objects.all() if units is None else units
        return units.valid_during(self.start_date, self.end_date)

    def check_unit_in_force(self, unit, field_name: str = "unit") -> None:
        """Refuse (``ValidationError`` on ``field_name``) a unit that does not exist during the campaign."""
        if unit is None or not (self.start_date and self.end_date):
            return
        if unit.is_valid_during(self.start_date, self.end_date):
            return
        values = {
            "unit": unit.display_name,
            "start": date_format(self.start_date, "SHORT_DATE_FORMAT"),
            "end": date_format(self.end_date, "SHORT_DATE_FORMAT"),
        }
        if unit.valid_to and unit.valid_to < self.start_date:
            values["day"] = date_format(unit.valid_to, "SHORT_DATE_FORMAT")
            message = gettext(
                "%(unit)s chỉ có hiệu lực đến ngày %(day)s, trước khi đợt thi đua bắt đầu (%(start)s – "
                "%(end)s): đơn vị này đã giải thể hoặc sáp nhập. Hãy chọn đơn vị hiện hành."
            )
        else:
            values["day"] = date_format(unit.valid_from, "SHORT_DATE_FORMAT")
            message = gettext(
                "%(unit)s có hiệu lực từ ngày %(day)s, sau khi đợt thi đua kết thúc (%(start)s – "
                "%(end)s). Hãy chọn đơn vị có trong thời gian của đợt thi đua."
            )
        raise ValidationError({field_name: message % values})

    def quota_table(self) -> list["QuotaGroup"]:
        """Quota rows grouped by award type, each group with its computed totals.

        Read from the Vietnamese original, which the quotas hang off: a translation's own
        copy of the rows is only refreshed when a translator syncs it, and would show
        stale totals after an editor changes the plan's numbers.
        """
        groups: OrderedDict[int, QuotaGroup] = OrderedDict()
        rows = self.source.quotas.select_related("award_type", "unit").order_by(
            "award_type__sort_order", "sort_order", "pk"
        )
        for quota in rows:
            group = groups.setdefault(quota.award_type_id, QuotaGroup(quota.award_type, []))
            group.rows.append(quota)
        return list(groups.values())

    def awaits_numbers(self, award_type) -> bool:
        """True while the plan leaves the numbers of ``award_type`` to a later guidance.

        No nomination for it is accepted until the province sets them: an award with no
        quota row is otherwise unlimited, which is not what "to follow" means.
        """
        return self.source.awards.filter(award_type=award_type, numbers_to_follow=True).exists()

    def deadlines(self, today: date | None = None) -> list["Deadline"]:
        """The plan's deadlines in date order: the timeline, the dashboard and the countdowns read these."""
        today = today or timezone.localdate()
        rows = [
            Deadline(
                field_name=name,
                label=self._meta.get_field(name).verbose_name,
                day=day,
                days_left=(day - today).days,
            )
            for name in DEADLINE_FIELDS
            if (day := getattr(self, name))
        ]
        return sorted(rows, key=lambda row: row.day)

    def days_until_closing(self, today: date | None = None) -> int | None:
        if not self.closing_date:
            return None
        today = today or timezone.localdate()
        return (self.closing_date - today).days

    def structured_text(self) -> str:
        """The text the plan page shows from its rows and short fields, for the search index.

        Award types with their remarks, criteria, the quota table (units and numbers,
        totals included), phases and their activities, duties, recipients, the heading's
        number and dates: a visitor who searches a word read on the plan page finds the plan.
        """
        day = "%d/%m/%Y"
        parts = [
            self.short_title,
            self.theme_short,
            self.document_number,
            self.period_text,
            self.signatory_title,
        ]
        parts += [each.strftime(day) for each in (self.issued_on, self.start_date, self.end_date) if each]
        for award in self.awards.select_related("award_type"):
            parts += [award.award_type.name, award.award_type.name_en, award.note]
        for criterion in self.criteria.all():
            parts += [criterion.target_group, strip_tags(criterion.body)]
        for group in self.quota_table():
            parts.append(group.award_type.name)
            for row in group.rows:
                unit = row.unit
                parts += [
                    unit.committee_name,
                    unit.name,
                    unit.name_en,
                    str(row.collectives),
                    str(row.individuals),
                ]
            parts += [str(group.total_collectives), str(group.total_individuals)]
        for phase in self.phases.all():
            parts += [phase.title, phase.start_date.strftime(day), phase.end_date.strftime(day)]
            parts += [str(activity.value) for activity in phase.activities]
        parts += [deadline.day.strftime(day) for deadline in self.deadlines()]
        for duty in self.implementation:
            parts.append(duty.value["party"])
            parts += [str(task) for task in duty.value["tasks"]]
        parts += [str(recipient.value) for recipient in self.recipients]
        return "\n".join(part for part in parts if part)

    @property
    def theme_rest(self) -> str:
        """The theme after its short form, for a hero that prints the short form large.

        "Cán bộ Mặt trận Đoàn kết, … Sáng tạo quyết tâm thi đua …" under the heading "Cán bộ
        Mặt trận Đoàn kết, … Sáng tạo" reads "quyết tâm thi đua …": the sentence once.
        A short form that is not the theme's opening leaves the whole theme.
        """
        theme, short = self.theme.strip(), self.theme_short.strip()
        if short and theme.startswith(short):
            return theme[len(short) :].lstrip(" ,:;–-")
        return "" if theme == short else theme

    @property
    def occasion_is_in_theme(self) -> bool:
        """True when the theme already names the occasion: most of its words are the theme's.

        The 2020 plan's theme ends with what it greets ("… chào mừng Đại hội Đảng bộ các cấp,
        … kỷ niệm 90 năm Ngày truyền thống …"), which the occasion repeats in other order.
        """
        occasion = {word.lower() for word in words(self.occasion)}
        theme = {word.lower() for word in words(self.theme)}
        return bool(occasion) and len(occasion & theme) >= 0.8 * len(occasion)

    @property
    def menu_title(self) -> str:
        """The short title for menus and breadcrumbs, else the full title."""
        return self.short_title or self.title

    @property
    def last_day(self) -> date:
        """The campaign's last day: its closing (tổng kết) if set, else the end of its period."""
        return self.closing_date or self.end_date

    def stage(self, today: date | None = None) -> str:
        """``"running"``, ``"upcoming"`` or ``"ended"`` on ``today``."""
        today = today or timezone.localdate()
        if today < self.start_date:
            return CampaignStage.UPCOMING
        if today > self.last_day:
            return CampaignStage.ENDED
        return CampaignStage.RUNNING

    def stage_label(self) -> str:
        return CampaignStage(self.stage()).label

    @path("")
    def plan(self, request):
        return self.render(request)

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The plan as a PDF generated from its fields, to download or print."""
        return plan_pdf_response(self)

    def progress_ratio(self, today: date | None = None) -> float:
        """How far through the campaign period today lies, from 0 to 1."""
        today = today or timezone.localdate()
        total = (self.end_date - self.start_date).days or 1
        return min(1.0, max(0.0, (today - self.start_date).days / total))


@dataclass
class QuotaGroup:
    award_type: "AwardType"  # noqa: F821
    rows: list

    @property
    def total_collectives(self) -> int:
        return sum(row.collectives for row in self.rows)

    @property
    def total_individuals(self) -> int:
        return sum(row.individuals for row in self.rows)


DEADLINE_FIELDS = ("registration_deadline", "nomination_deadline", "report_deadline", "closing_date")
SOON_DAYS = 7


@dataclass
class Deadline:
    """A day of the plan by which something is due, counted from today."""

    field_name: str
    label: str
    day: date
    days_left: int
    done: bool = False  # the unit has already sent what this deadline asks for (the dashboard sets it)

    @property
    def is_past(self) -> bool:
        return self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return -self.days_left

    @property
    def state(self) -> str:
        """A CSS modifier: done, past, today, soon (within a week) or later."""
        if self.done:
            return "done"
        if self.days_left < 0:
            return "past"
        if self.days_left == 0:
            return "today"
        return "soon" if self.days_left <= SOON_DAYS else "later"


class CampaignPhase(Orderable):
    """A phase of the campaign (Giai đoạn I, II) with its activities."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="phases")
    title = models.CharField(max_length=255, verbose_name=_("Tên giai đoạn"))
    start_date = models.DateField(verbose_name=_("Từ ngày"))
    end_date = models.DateField(verbose_name=_("Đến ngày"))
    activities = StreamField(
        [("activity", blocks.TextBlock(label=_("Hoạt động")))],
        blank=True,
        verbose_name=_("Các hoạt động"),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("activities"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("giai đoạn")
        verbose_name_plural = _("giai đoạn")

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})

    def __str__(self) -> str:
        return self.title


class CampaignAward(Orderable):
    """An award type the campaign offers, with the plan's remark on it."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="awards")
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Hình thức khen thưởng"),
    )
    note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Ghi chú"),
        help_text=_("Ví dụ: có văn bản hướng dẫn sau."),
    )

    numbers_to_follow = models.BooleanField(
        default=False,
        verbose_name=_("Số lượng có văn bản hướng dẫn sau"),
        help_text=_(
            "Kế hoạch chưa quy định số lượng: chưa nhận hồ sơ đề nghị hình thức này cho đến khi "
            "tỉnh nhập chỉ tiêu và bỏ đánh dấu ô này."
        ),
    )

    panels = [FieldPanel("award_type"), FieldPanel("note"), FieldPanel("numbers_to_follow")]

    class Meta(Orderable.Meta):
        verbose_name = _("hình thức khen thưởng của đợt")
        verbose_name_plural = _("hình thức khen thưởng của đợt")  # Django would append an English "s"


class CampaignCriterion(Orderable):
    """The criteria (tiêu chuẩn) one target group must meet."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="criteria")
    target_group = models.CharField(max_length=255, verbose_name=_("Đối tượng"))
    nominee_kind = models.CharField(
        max_length=20,
        choices=NomineeKind.choices,
        default=NomineeKind.COLLECTIVE,
        verbose_name=_("Áp dụng cho"),
    )
    body = RichTextField(features=PLAN_TEXT_FEATURES, verbose_name=_("Tiêu chuẩn"))

    panels = [FieldPanel("target_group"), FieldPanel("nominee_kind"), FieldPanel("body")]

    class Meta(Orderable.Meta):
        verbose_name = _("tiêu chuẩn")
        verbose_name_plural = _("tiêu chuẩn")

    def __str__(self) -> str:
        return self.target_group


class QuotaQuerySet(models.QuerySet):
    """Quota rows of one campaign and award type, seen from a unit's place in the tree.

    A nomination counts against the nearest row on its unit's line of parents: the
    province's row covers the provincial agency's own departments, a district's row the
    district and its communes, unless a unit between has a row of its own.
    """

    campaign_field = "page"

    def of(self, campaign, award_type=None) -> "QuotaQuerySet":
        rows = self.filter(**{self.campaign_field: campaign.source})
        return rows if award_type is None else rows.filter(award_type=award_type)

    def covering(self, unit, campaign, award_type=None) -> "QuotaQuerySet":
        """The rows of ``unit`` and of the units above it, nearest first."""
        return (
            self.of(campaign, award_type)
            .filter(unit__in=unit.ancestors_and_self())
            .select_related("unit", "award_type")
            .order_by("-unit__path", "pk")
        )


class Quota(Orderable):
    """How many collectives and individuals a unit may propose for one award type.

    Totals shown anywhere are summed from these rows, never typed.
    """

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="quotas")
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="quotas",
        verbose_name=_("Hình thức khen thưởng"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="quotas", verbose_name=_("Đơn vị")
    )
    collectives = models.PositiveSmallIntegerField(default=0, verbose_name=_("Số tập thể"))
    individuals = models.PositiveSmallIntegerField(default=0, verbose_name=_("Số cá nhân"))

    objects = QuotaQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("award_type"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("collectives"), FieldPanel("individuals")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "award_type", "unit"], name="unique_quota_per_campaign_award_unit"
            )
        ]

    def __str__(self) -> str:
        return f"{self.award_type} – {self.unit}"

    def limit_for(self, kind: str) -> int:
        return self.collectives if kind == NomineeKind.COLLECTIVE else self.individuals


class UnitQuotaQuerySet(QuotaQuerySet):
    campaign_field = "campaign"


class UnitQuota(models.Model):
    """The numbers a unit's standing board sets for an award it decides itself.

    The plan leaves the district's commendation certificate to the district: "theo tiêu
    chuẩn và số lượng do Ban Thường trực Ủy ban MTTQ Việt Nam cấp huyện quy định". The
    district's standing board sets them here, for the district as a whole or for one of
    its communes, and they count like the plan's rows (the nearest row on the line wins).

    A model of its own rather than a ``Quota`` row, because ``Quota`` rows are part of the
    plan's page: they live in its revisions, and publishing the page rewrites them from
    the revision, so a row added from outside the page editor would vanish at the
    province's next publication; and a district would need rights to edit the province's
    plan to set its own numbers. Here the numbers are the district's record, fenced to
    its unit like its registration and works.
    """

    campaign = models.ForeignKey(
        CampaignPage, on_delete=models.PROTECT, related_name="unit_quotas", verbose_name=_("Đợt thi đua")
    )
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Hình thức khen thưởng"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Đơn vị"),
        help_text=_("Đơn vị của mình (tính chung cho cả các đơn vị trực thuộc), hoặc một đơn vị trực thuộc."),
    )
    collectives = models.PositiveSmallIntegerField(default=0, verbose_name=_("Số tập thể"))
    individuals = models.PositiveSmallIntegerField(default=0, verbose_name=_("Số cá nhân"))
    basis = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Căn cứ"),
        help_text=_(
            "Văn bản của Ban Thường trực quy định số lượng, ví dụ: Thông báo số 05/TB-MTTQ ngày 02/3/2020."
        ),
    )
    set_by = user_stamp(_("Người nhập"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Cập nhật"))

    objects = UnitQuotaQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]),
        FieldPanel("award_type"),
        FieldRowPanel([FieldPanel("collectives"), FieldPanel("individuals")]),
        FieldPanel("basis"),
    ]

    class Meta:
        ordering = ["campaign", "unit__path", "award_type__sort_order"]
        verbose_name = _("số lượng khen thưởng do đơn vị quy định")
        verbose_name_plural = _("số lượng khen thưởng do đơn vị quy định")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "award_type", "unit"], name="unique_unit_quota_per_campaign_award_unit"
            )
        ]

    def __str__(self) -> str:
        return f"{self.award_type} – {self.unit}"

    def limit_for(self, kind: str) -> int:
        return self.collectives if kind == NomineeKind.COLLECTIVE else self.individuals

    @property
    def deciding_unit(self):
        """The unit whose standing board decides the award for this unit (and so sets its numbers)."""
        if not (self.award_type_id and self.unit_id):
            return None
        return self.unit.ancestor_at_level(self.award_type.deciding_level.code)

    def clean(self):
        super().clean()
        if not (self.award_type_id and self.unit_id and self.campaign_id):
            return
        deciding = self.deciding_unit
        if deciding is None or deciding.parent_id is None:
            raise ValidationError(
                {
                    "award_type": gettext(
                        "Số lượng %(award)s do kế hoạch của tỉnh quy định; đơn vị chỉ quy định số lượng "
                        "hình thức khen thưởng do cấp mình quyết định."
                    )
                    % {"award": self.award_type.short_name}
                }
            )
        if Quota.objects.of(self.campaign, self.award_type).filter(unit=self.unit).exists():
            raise ValidationError(
                {
                    "unit": gettext("Kế hoạch của đợt đã quy định chỉ tiêu %(award)s cho %(unit)s.")
                    % {"award": self.award_type.short_name, "unit": self.unit.display_name}
                }
            )
