"""Propaganda articles (tin bài tuyên truyền) and their listing with feeds."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.folding import accent_insensitive_search
from core.pagination import paginate

ARTICLES_PER_PAGE = 9


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "campaigns.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


@accent_insensitive_search(title="title", text=("intro",))
class ArticleIndexPage(RoutablePageMixin, Page):
    """The news listing, filterable by tag, with RSS and Atom feeds."""

    front_cache_listing = True  # lists other content: purged with every change (core/front_cache.py)

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "campaigns.CampaignPage"]
    subpage_types = ["campaigns.ArticlePage"]

    class Meta:
        verbose_name = _("danh sách tin bài")
        verbose_name_plural = _("danh sách tin bài")

    def articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("featured_image", "author_unit")
            .prefetch_related("featured_image__renditions")
            .order_by("-date", "-pk")
        )

    def get_cached_paths(self):
        """The listing and its feeds, purged from the front cache together (core/front_cache.py)."""
        return ["/", "rss/", "atom/"]

    @path("")
    def listing(self, request):
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if tag:
            articles = articles.filter(tags__slug=tag).distinct()
        page_of_articles = paginate(request, articles, ARTICLES_PER_PAGE)
        tags = (
            ArticleTag.tag_model()
            .objects.filter(campaigns_articletag_items__content_object__in=self.articles())
            .distinct()
            .order_by("name")
        )
        return self.render(
            request,
            context_overrides={"articles": page_of_articles, "current_tag": tag, "tags": tags},
        )

    @path("rss/", name="rss")
    def rss(self, request):
        from campaigns.feeds import ArticleRssFeed

        return ArticleRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        from campaigns.feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)


@accent_insensitive_search(
    title="title",
    text=("summary", "body", "date_text", "author_name", "author_unit.name", "author_unit.committee_name"),
)
class ArticlePage(Page):
    """A propaganda article with a StreamField body."""

    date = models.DateField(default=timezone.localdate, verbose_name=_("Ngày đăng"))
    summary = models.TextField(
        blank=True,
        verbose_name=_("Tóm tắt"),
        help_text=_("Hiện ở danh sách tin và khi chia sẻ lên mạng xã hội."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Ảnh đại diện"),
    )
    author_unit = models.ForeignKey(
        "campaigns.Unit",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Đơn vị đưa tin"),
    )
    author_name = models.CharField(max_length=255, blank=True, verbose_name=_("Tác giả"))
    related_campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Đợt thi đua liên quan"),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("Thẻ"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("author_name")]),
        FieldPanel("summary"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author_unit"), FieldPanel("related_campaign"), FieldPanel("tags")],
            heading=_("Phân loại"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("author_unit"),  # the search page's district filter
    ]

    parent_page_types = ["campaigns.ArticleIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")

    @property
    def date_text(self) -> str:
        """The date as the page shows it (dd/mm/yyyy), for the search index."""
        return self.date.strftime("%d/%m/%Y") if self.date else ""
