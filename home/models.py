"""The site's root page and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.folding import accent_insensitive_search
from exemplars.home_sections import home_page_sections
from nominations.home_sections import honored_figures, public_comment_link

from .editorial_review import EditorialApprovalTask  # noqa: F401 - the approval task is one of the app's models


@accent_insensitive_search(title="title", text=("intro",))
class HomePage(Page):
    """The portal's front page: the featured campaign's theme, countdown and progress.

    Which campaign is featured is the campaigns app's choice (the running one by its
    dates, unless an editor pins another on the plan itself): ``campaigns.featured``.
    This app is the top layer: it imports the apps whose sections the page shows.
    """

    front_cache_listing = True  # lists other content: purged with every change (core/front_cache.py)

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
        for section in (home_page_sections, honored_figures, public_comment_link):
            context.update(section(request, self))
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
