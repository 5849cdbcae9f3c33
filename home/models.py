"""The site's root page, plain content pages and the organisation's contact settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.folding import accent_insensitive_search

from .editorial_review import EditorialApprovalTask  # noqa: F401 - the approval task is one of the app's models

HOME_CONTEXT_HOOK = "home_page_context"
"""Apps to the right of ``home`` add their sections to the home page through this hook.

``home`` may not import them (imports flow one way), so each registers a function
``(request, page) -> dict`` and the home page merges what they return.
"""

DEMO_DATA_HOOK = "load_demo_data"
"""Apps add their demo data to ``manage.py load_demo`` through this hook, for the same reason.

Each registers a function ``(ctx: home.demo.DemoContext) -> None`` with an ``order``:
home's site (0), campaigns (10), exemplars (20), home's about and contact pages (90).
"""


@accent_insensitive_search(title="title", text=("intro",))
class HomePage(Page):
    """The portal's front page: the featured campaign's theme, countdown and progress.

    Which campaign is featured is the campaigns app's choice (the running one by its
    dates, unless an editor pins another on the plan itself): ``campaigns.featured``.
    """

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for provide in hooks.get_hooks(HOME_CONTEXT_HOOK):
            context.update(provide(request, self))
        return context


@accent_insensitive_search(title="title", text=("intro", "body"))
class StandardPage(Page):
    """A plain page for the about, contact and guidance texts."""

    intro = models.TextField(blank=True, verbose_name=_("Tóm tắt"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Nội dung"))
    show_contact_details = models.BooleanField(
        default=False,
        verbose_name=_("Hiện thông tin liên hệ"),
        help_text=_("Thêm địa chỉ, điện thoại và thư điện tử của cơ quan dưới nội dung."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_contact_details"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")


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
