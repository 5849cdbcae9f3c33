"""The list of every campaign (đợt thi đua), running, upcoming and ended, with its period."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.folding import accent_insensitive_search

from .plan import CampaignPage

CAMPAIGNS_PER_PAGE = 10


@accent_insensitive_search(title="title", text=("intro",))
class CampaignIndexPage(Page):
    """Lists the campaigns of the page's language, newest first, each with its stage.

    The plans stay children of the home page (their addresses do not change); this page
    lists them wherever they are, so a visitor finds past and coming plans, not only the
    one the home page features.
    """

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("danh sách đợt thi đua")
        verbose_name_plural = _("danh sách đợt thi đua")

    def campaigns(self):
        return (
            CampaignPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-start_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = Paginator(self.campaigns(), CAMPAIGNS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        return context
