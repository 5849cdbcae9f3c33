"""Models every app's pages need: the organisation's contact settings (the site's footer and header)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the portal: shown in the footer, the contact page and Open Graph tags."""

    name = models.CharField(
        max_length=255,
        default="Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        verbose_name=_("Tên cơ quan"),
    )
    name_en = models.CharField(
        max_length=255,
        blank=True,
        default="Vietnam Fatherland Front Committee of Lạng Sơn Province",
        verbose_name=_("Tên cơ quan (tiếng Anh)"),
    )
    address = models.CharField(max_length=255, blank=True, verbose_name=_("Địa chỉ"))
    phone = models.CharField(max_length=50, blank=True, verbose_name=_("Điện thoại"))
    email = models.EmailField(blank=True, verbose_name=_("Thư điện tử"))
    footer_text = RichTextField(blank=True, features=["bold", "italic", "link"], verbose_name=_("Chân trang"))
    footer_text_en = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        verbose_name=_("Chân trang (tiếng Anh)"),
        help_text=_("Để trống thì trang tiếng Anh hiện chân trang tiếng Việt."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("address")],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("footer_text"),
                FieldPanel("footer_text_en"),
            ],
            heading=_("Liên hệ"),
        ),
    ]

    class Meta:
        db_table = "home_organisationsettings"  # made by home before it moved here
        verbose_name = _("thông tin cơ quan")
        verbose_name_plural = _("thông tin cơ quan")  # Django would append an English "s"

    def display_name(self, language_code: str) -> str:
        if language_code == "en" and self.name_en:
            return self.name_en
        return self.name

    def display_footer_text(self, language_code: str) -> str:
        if language_code == "en" and self.footer_text_en:
            return self.footer_text_en
        return self.footer_text
