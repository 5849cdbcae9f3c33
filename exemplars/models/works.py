"""Works (công trình, phần việc) registered by units to greet the campaign's occasions."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.folding import accent_insensitive_search
from core.panels import InlinePanel, ReadableImageChooser
from core.slugs import SlugFromNameMixin
from core.templatetags.portal_tags import vnd

from .public import PublicTranslatableQuerySet

# A work's photos are chosen and shown on its form, with no "Sửa ảnh này" to the image
# library: the units' officers and standing boards never reach it (the admin fence lets
# them choose and upload only), and the province office and the council may not edit
# images, so the link answered "no access" to everyone who opens a work's form.
WORK_PHOTO_CHOOSER = ReadableImageChooser(show_edit_link=False)


class WorkStatus(models.TextChoices):
    REGISTERED = "registered", _("Đã đăng ký")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    ACCEPTED = "accepted", _("Đã nghiệm thu")
    PLAQUE_MOUNTED = "plaque_mounted", _("Đã gắn biển")


PUBLIC_WORK_STATUSES = (WorkStatus.ACCEPTED, WorkStatus.PLAQUE_MOUNTED)


class WorkCategory(models.TextChoices):
    ROADS = "roads", _("Giao thông nông thôn")
    HOUSING = "housing", _("Nhà Đại đoàn kết")
    CULTURE = "culture", _("Nhà văn hóa, thiết chế văn hóa")
    ENVIRONMENT = "environment", _("Vệ sinh môi trường, cảnh quan")
    LIVELIHOOD = "livelihood", _("Sinh kế, giảm nghèo")
    SOCIAL = "social", _("An sinh xã hội")
    OTHER = "other", _("Phần việc khác")


class WorkQuerySet(PublicTranslatableQuerySet):
    def public(self, locale=None):
        """Accepted works that the unit above has published, in the visitor's language."""
        return self.filter(live=True, status__in=PUBLIC_WORK_STATUSES).in_locale_with_fallback(locale)


@accent_insensitive_search(
    title="title",
    text=("summary", "description", "place", "unit.name", "unit.committee_name", "shown_facts_text"),
)
class Work(
    SlugFromNameMixin,
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A work registered by a unit; shown in the public gallery once accepted and published.

    ``status`` is the work's own life (registered, in progress, accepted on site, plaque
    mounted): facts the unit records. Publishing is the unit above's approval: the unit
    sends the work through the workflow "Duyệt công trình, phần việc", whose end publishes
    the approved version; an accepted work that is live appears in the gallery.
    """

    title = models.CharField(max_length=255, verbose_name=_("Tên công trình, phần việc"))
    slug = models.SlugField(
        max_length=255,
        blank=True,
        verbose_name=_("Đường dẫn"),
        help_text=_("Để trống: tạo tự động từ tên công trình."),
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.PROTECT,
        related_name="works",
        verbose_name=_("Đợt thi đua"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="works",
        verbose_name=_("Đơn vị đăng ký"),
    )
    category = models.CharField(
        max_length=20,
        choices=WorkCategory.choices,
        default=WorkCategory.OTHER,
        verbose_name=_("Lĩnh vực"),
    )
    status = models.CharField(
        max_length=20,
        choices=WorkStatus.choices,
        default=WorkStatus.REGISTERED,
        verbose_name=_("Tình trạng"),
        db_index=True,
    )
    summary = models.TextField(verbose_name=_("Tóm tắt"))
    description = RichTextField(
        blank=True, features=["bold", "italic", "link", "ol", "ul"], verbose_name=_("Mô tả")
    )
    place = models.CharField(max_length=255, verbose_name=_("Địa điểm"))
    value_vnd = models.BigIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        verbose_name=_("Giá trị (đồng)"),
    )
    people_contribution = models.TextField(
        blank=True,
        verbose_name=_("Nhân dân đóng góp"),
        help_text=_("Tiền, ngày công, đất, vật liệu nhân dân đóng góp."),
    )
    people_contribution_vnd = models.BigIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        verbose_name=_("Nhân dân đóng góp (quy ra đồng)"),
    )
    started_on = models.DateField(null=True, blank=True, verbose_name=_("Ngày khởi công"))
    accepted_on = models.DateField(null=True, blank=True, verbose_name=_("Ngày nghiệm thu"))
    plaque_mounted_on = models.DateField(null=True, blank=True, verbose_name=_("Ngày gắn biển"))
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Ảnh chính"),
    )
    featured = models.BooleanField(default=False, verbose_name=_("Nổi bật trên trang chủ"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày tạo"))

    objects = WorkQuerySet.as_manager()

    # Approval by the unit above (the workflow's end) publishes, though nobody in the
    # units holds "publish" on works (see ``intranet.workflow_finish``).
    published_by_workflow = True

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("slug"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("place"),
        TranslatableField("people_contribution"),
        SynchronizedField("campaign"),
        SynchronizedField("unit"),
        SynchronizedField("category"),
        SynchronizedField("status"),
        SynchronizedField("value_vnd"),
        SynchronizedField("people_contribution_vnd"),
        SynchronizedField("started_on"),
        SynchronizedField("accepted_on"),
        SynchronizedField("plaque_mounted_on"),
        SynchronizedField("main_image"),
        SynchronizedField("featured"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("category"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("place"),
        MultiFieldPanel(
            [
                FieldPanel("value_vnd"),
                FieldPanel("people_contribution_vnd"),
                FieldPanel("people_contribution"),
            ],
            heading=_("Giá trị"),
        ),
        FieldRowPanel(
            [FieldPanel("started_on"), FieldPanel("accepted_on"), FieldPanel("plaque_mounted_on")],
            heading=_("Các mốc"),
        ),
        FieldPanel("main_image", widget=WORK_PHOTO_CHOOSER),
        InlinePanel("photos", label=_("Ảnh công trình")),
        FieldPanel("featured"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("place"),
        index.FilterField("status"),
        index.FilterField("live"),
        index.FilterField("locale"),
        index.FilterField("category"),
        index.FilterField("unit"),  # the search page's district filter
        index.FilterField("id"),  # the search page checks its candidates for exact accents
    ]

    class Meta(TranslatableMixin.Meta):
        # Field names only, no expressions: django-modelcluster sorts the works chosen on
        # a nomination (a ParentalManyToManyField) in Python by this ordering, and cannot
        # read an ``OrderBy``. Python puts works without a date last, as SQLite does;
        # the admin listing asks PostgreSQL for the same (``WorkViewSet.get_queryset``).
        ordering = ["-accepted_on", "-pk"]
        verbose_name = _("công trình, phần việc")
        verbose_name_plural = _("công trình, phần việc")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_work_slug_per_locale")]

    def shown_facts_text(self) -> str:
        """The facts the work's page shows besides its text, for the search index: what the
        people contributed, the dates and the money (written as on the page, "1.250.000 đ")."""
        days = [
            each.strftime("%d/%m/%Y")
            for each in (self.started_on, self.accepted_on, self.plaque_mounted_on)
            if each
        ]
        money = [
            vnd(amount) for amount in (self.value_vnd, self.people_contribution_vnd) if amount is not None
        ]
        return "\n".join([self.people_contribution or "", *days, *money])

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.campaign_id and self.unit_id:
            self.campaign.check_unit_in_force(self.unit)
        errors = {}
        if self.status in PUBLIC_WORK_STATUSES and not self.accepted_on:
            errors["accepted_on"] = _("Công trình đã nghiệm thu cần có ngày nghiệm thu.")
        if self.status == WorkStatus.PLAQUE_MOUNTED and not self.plaque_mounted_on:
            errors["plaque_mounted_on"] = _("Công trình đã gắn biển cần có ngày gắn biển.")
        if self.accepted_on and self.started_on and self.accepted_on < self.started_on:
            errors["accepted_on"] = _("Ngày nghiệm thu phải sau ngày khởi công.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self) -> bool:
        return self.live and self.status in PUBLIC_WORK_STATUSES

    def get_url(self, request=None) -> str | None:
        """The detail URL on the works gallery of the active language, if there is one."""
        from .pages import WorkGalleryPage

        return WorkGalleryPage.detail_url_for(self, request)

    def get_preview_template(self, request, mode_name):
        return "exemplars/work_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"work": self, "photos": self.photos.all(), "is_preview": True}


class WorkPhoto(Orderable):
    work = ParentalKey(Work, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("Ảnh")
    )
    caption = models.CharField(max_length=255, blank=True, verbose_name=_("Chú thích"))

    panels = [FieldPanel("image", widget=WORK_PHOTO_CHOOSER), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("ảnh công trình")
        verbose_name_plural = _("ảnh công trình")
