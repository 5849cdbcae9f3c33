"""Exemplars (điển hình tiên tiến): the public honor roll's entries."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.models import NomineeKind
from core.folding import accent_insensitive_search
from core.panels import ReadableImageChooser
from core.slugs import SlugFromNameMixin

from .public import PublicTranslatableQuerySet


class ExemplarQuerySet(PublicTranslatableQuerySet):
    def public(self, locale=None):
        return self.filter(live=True).in_locale_with_fallback(locale)


@accent_insensitive_search(
    title="name",
    text=(
        "position",
        "summary",
        "achievements",
        "unit.name",
        "unit.committee_name",
        "award_type.name",
        "award_type.short_name",
        "award_type.name_en",
        "award_type.short_name_en",
        "decision_number",
        "decision_text",
    ),
)
class Exemplar(
    SlugFromNameMixin,
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A collective or individual honored in a campaign, with public fields only.

    Created from an approved nomination (personal data stays on the nomination) or
    entered by editors. The photo is shown only when the person consented.
    """

    slug_source = "name"

    name = models.CharField(max_length=255, verbose_name=_("Tên tập thể, cá nhân"))
    slug = models.SlugField(
        max_length=255,
        blank=True,
        verbose_name=_("Đường dẫn"),
        help_text=_("Để trống: tạo tự động từ tên."),
    )
    kind = models.CharField(max_length=20, choices=NomineeKind.choices, verbose_name=_("Tập thể hay cá nhân"))
    position = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Chức vụ"),
        help_text=_("Chỉ với cá nhân, ví dụ: Chủ tịch Ủy ban MTTQ xã."),
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="exemplars",
        verbose_name=_("Đơn vị"),
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.PROTECT,
        related_name="exemplars",
        verbose_name=_("Đợt thi đua"),
    )
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="exemplars",
        verbose_name=_("Hình thức khen thưởng"),
    )
    summary = models.TextField(verbose_name=_("Tóm tắt thành tích"))
    achievements = RichTextField(
        blank=True, features=["bold", "italic", "ol", "ul", "link"], verbose_name=_("Thành tích")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Ảnh"),
    )
    photo_consent = models.BooleanField(
        default=False,
        verbose_name=_("Đã đồng ý công khai ảnh"),
        help_text=_("Ảnh chỉ hiện trên trang công khai khi người được khen đã đồng ý."),
    )
    decision_number = models.CharField(max_length=100, blank=True, verbose_name=_("Số quyết định"))
    decision_date = models.DateField(null=True, blank=True, verbose_name=_("Ngày quyết định"))
    featured = models.BooleanField(default=False, verbose_name=_("Nổi bật trên trang chủ"))
    works = models.ManyToManyField(
        "exemplars.Work",
        blank=True,
        related_name="exemplars",
        verbose_name=_("Công trình gắn với thành tích"),
    )

    objects = ExemplarQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        TranslatableField("position"),
        SynchronizedField("unit"),
        SynchronizedField("campaign"),
        SynchronizedField("award_type"),
        TranslatableField("summary"),
        TranslatableField("achievements"),
        SynchronizedField("photo"),
        SynchronizedField("photo_consent"),
        SynchronizedField("decision_number"),
        SynchronizedField("decision_date"),
        SynchronizedField("featured"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("campaign")]),
        FieldPanel("award_type"),
        FieldPanel("summary"),
        FieldPanel("achievements"),
        MultiFieldPanel(
            [FieldPanel("photo", widget=ReadableImageChooser), FieldPanel("photo_consent")], heading=_("Ảnh")
        ),
        FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
        FieldPanel("works"),
        FieldPanel("featured"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("position"),
        index.SearchField("summary"),
        index.FilterField("live"),
        index.FilterField("locale"),
        index.FilterField("kind"),
        index.FilterField("unit"),  # the search page's district filter
        index.FilterField("id"),  # the search page checks its candidates for exact accents
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["award_type__sort_order", "name"]
        verbose_name = _("điển hình tiên tiến")
        verbose_name_plural = _("điển hình tiên tiến")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_exemplar_slug_per_locale")
        ]

    @property
    def decision_text(self) -> str:
        """The decision's date as the page shows it, for the search index."""
        return self.decision_date.strftime("%d/%m/%Y") if self.decision_date else ""

    def __str__(self) -> str:
        return self.name

    @property
    def public_photo(self):
        """The photo, only when consent was given."""
        return self.photo if self.photo_consent else None

    def get_url(self, request=None) -> str | None:
        from .pages import HonorRollPage

        return HonorRollPage.detail_url_for(self, request)

    def get_preview_template(self, request, mode_name):
        return "exemplars/exemplar_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"exemplar": self, "is_preview": True}
