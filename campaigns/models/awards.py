"""Award types (hình thức khen thưởng) and who is nominated (tập thể / cá nhân)."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from core.localized import BilingualNameMixin


class NomineeKind(models.TextChoices):
    COLLECTIVE = "collective", _("Tập thể")
    INDIVIDUAL = "individual", _("Cá nhân")


class AwardType(BilingualNameMixin):
    """A certificate a body can award; its issuing and deciding levels drive routing.

    The deciding level tells where a nomination's review stops: a district committee's
    commendation certificate is decided by the district, the provincial certificates by
    the province's council.
    """

    short_name = models.CharField(max_length=100, verbose_name=_("Tên ngắn"))
    short_name_en = models.CharField(max_length=100, blank=True, verbose_name=_("Tên ngắn tiếng Anh"))
    slug = models.SlugField(max_length=100, unique=True, verbose_name=_("Mã"))
    issuer = models.CharField(max_length=255, verbose_name=_("Cơ quan ban hành"))
    issuing_level = models.ForeignKey(
        "campaigns.UnitLevel",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Cấp ban hành"),
    )
    deciding_level = models.ForeignKey(
        "campaigns.UnitLevel",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Cấp quyết định"),
        help_text=_("Hồ sơ đề nghị loại khen thưởng này được xét đến cấp này thì dừng."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("Thứ tự"))
    # The dossier a nomination for this award must carry before it can be submitted.
    requires_proposal_letter = models.BooleanField(
        default=True, verbose_name=_("Cần tờ trình đề nghị kèm danh sách")
    )
    requires_achievement_report = models.BooleanField(
        default=True, verbose_name=_("Cần báo cáo thành tích có xác nhận của đơn vị")
    )
    requires_review_minutes = models.BooleanField(
        default=True, verbose_name=_("Cần biên bản họp xét của đơn vị")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("short_name_en")]),
        FieldPanel("slug"),
        FieldPanel("issuer"),
        FieldRowPanel([FieldPanel("issuing_level"), FieldPanel("deciding_level")]),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("requires_proposal_letter"),
                FieldPanel("requires_achievement_report"),
                FieldPanel("requires_review_minutes"),
            ],
            heading=_("Hồ sơ đề nghị bắt buộc"),
        ),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("hình thức khen thưởng")
        verbose_name_plural = _("hình thức khen thưởng")

    @property
    def display_short_name(self) -> str:
        if (get_language() or "vi").startswith("en") and self.short_name_en:
            return self.short_name_en
        return self.short_name
