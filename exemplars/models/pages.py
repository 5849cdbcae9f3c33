"""The public works gallery and honor roll: listing pages with routed detail views."""

from django.core import checks
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page

from core.folding import accent_insensitive_search
from core.pagination import paginate

from ..feeds import ExemplarFeed, WorkFeed
from .honors import Exemplar
from .works import Work

ITEMS_PER_PAGE = 12


@accent_insensitive_search(title="title", text=("intro",))
class CollectionPage(RoutablePageMixin, Page):
    """A filterable, paginated listing of a translatable snippet, with a detail route.

    Subclasses say which model, filter set and templates; the listing and detail views,
    locale fallback and draft hiding are shared here.
    """

    front_cache_listing = True  # lists other content: purged with every change (core/front_cache.py)

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    # What a subclass must give (``check`` below says when one is missing).
    detail_template: str
    context_object_name: str
    feed_class: type
    HOOKS = ("public_items", "filter_set")

    class Meta:
        abstract = True

    @classmethod
    def check(cls, **kwargs):
        """A concrete listing that leaves out one of its parts fails ``manage.py check``.

        The abstract hooks are not ``abc.abstractmethod``s: a page type's metaclass is
        Wagtail's ``PageBase`` (a Django ``ModelBase``), which ``ABCMeta`` conflicts with.
        The system check tells at start-up, as ``abc`` would at instantiation.
        """
        errors = super().check(**kwargs)
        if cls._meta.abstract:
            return errors
        missing = [name for name in cls.HOOKS if getattr(cls, name) is getattr(CollectionPage, name)]
        missing += [name for name in CollectionPage.__annotations__ if getattr(cls, name, None) is None]
        if missing:
            errors.append(
                checks.Error(
                    f"{cls.__name__} lists items without {', '.join(missing)}.",
                    hint="A CollectionPage subclass defines public_items(), filter_set() and the attributes "
                    "annotated on CollectionPage.",
                    obj=cls,
                    id="exemplars.E001",
                )
            )
        return errors

    def public_items(self):
        """The items the public sees, in this page's locale: a queryset of the listed model."""
        raise NotImplementedError

    def filter_set(self, request):
        """The listing's filter set over ``public_items()``, bound to ``request.GET``."""
        raise NotImplementedError

    @path("")
    def listing(self, request):
        filters = self.filter_set(request)
        items = paginate(request, filters.qs, ITEMS_PER_PAGE)
        query = request.GET.copy()
        query.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "items": items,
                "filters": filters,
                "filter_query": query.urlencode(),
                "is_filtered": any(value for key, value in request.GET.items() if key != "page"),
            },
        )

    @path("rss/", name="rss")
    def rss(self, request):
        """The newest public items as RSS (declared before the detail route, which it shadows for the slug "rss")."""
        return self.feed_class(self)(request)

    @path("<slug:slug>/", name="detail")
    def detail(self, request, slug):
        item = get_object_or_404(self.public_items(), slug=slug)
        context = {self.context_object_name: item, "listing_page": self}
        context.update(self.detail_context(item))
        return self.render(request, template=self.detail_template, context_overrides=context)

    def detail_context(self, item) -> dict:
        return {}

    def get_sitemap_urls(self, request=None):
        """The listing, then one entry per public item's detail page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for slug, changed in self.public_items().values_list("slug", "last_published_at"):
            urls.append({"location": f"{base}{slug}/", "lastmod": changed})
        return urls

    @classmethod
    def detail_url_for(cls, item, request=None) -> str | None:
        page = cls.objects.live().filter(locale=Locale.get_active()).first()
        if page is None:
            return None
        url = page.get_url(request)
        return f"{url}{item.slug}/" if url else None


class WorkGalleryPage(CollectionPage):
    """The gallery of accepted works (công trình chào mừng)."""

    detail_template = "exemplars/work_detail.html"
    context_object_name = "work"
    feed_class = WorkFeed

    class Meta:
        verbose_name = _("thư viện công trình")
        verbose_name_plural = _("thư viện công trình")

    def public_items(self):
        return (
            Work.objects.public(self.locale)
            .select_related("unit", "main_image", "campaign")
            .prefetch_related("main_image__renditions")
        )

    def filter_set(self, request):
        from exemplars.filters import WorkFilter

        return WorkFilter(request.GET or None, queryset=self.public_items())

    def detail_context(self, work) -> dict:
        return {"photos": work.photos.select_related("image").prefetch_related("image__renditions")}


class HonorRollPage(CollectionPage):
    """The honor roll of exemplary collectives and individuals (điển hình tiên tiến)."""

    detail_template = "exemplars/exemplar_detail.html"
    context_object_name = "exemplar"
    feed_class = ExemplarFeed

    class Meta:
        verbose_name = _("danh sách điển hình tiên tiến")
        verbose_name_plural = _("danh sách điển hình tiên tiến")

    def public_items(self):
        return (
            Exemplar.objects.public(self.locale)
            .select_related("unit", "award_type", "photo", "campaign")
            .prefetch_related("photo__renditions")
        )

    def filter_set(self, request):
        from exemplars.filters import ExemplarFilter

        return ExemplarFilter(request.GET or None, queryset=self.public_items())
