"""Publishing a work or an exemplar purges its detail pages and every listing from the front cache.

Works and exemplars are snippets shown on routed pages of the works gallery and the honor
roll (``/vi/cong-trinh/<slug>/``); Wagtail's front cache app purges pages only. Here the
snippet's detail URL under each live gallery or honor roll, in every language, is purged
with the listings (core/front_cache.py), when it is published, unpublished or deleted.
"""

from django.db.models.signals import post_delete

from wagtail.signals import published, unpublished

from core.front_cache import purge_with_listings

from .models import Exemplar, HonorRollPage, Work, WorkGalleryPage

LISTING_OF = {Work: WorkGalleryPage, Exemplar: HonorRollPage}


def detail_urls(item) -> set[str]:
    slugs = {item.slug}
    if item.pk is not None and hasattr(item, "get_translations"):
        slugs.update(item.get_translations().values_list("slug", flat=True))
    urls = set()
    for page in LISTING_OF[type(item)].objects.live():
        base = page.get_full_url()
        if base:
            urls.update(f"{base}{slug}/" for slug in slugs if slug)
    return urls


def item_changed(sender, instance, **kwargs):
    purge_with_listings(detail_urls(instance))


def connect_signals() -> None:
    for model in LISTING_OF:
        published.connect(
            item_changed, sender=model, dispatch_uid=f"exemplars.front_cache.published.{model.__name__}"
        )
        unpublished.connect(
            item_changed, sender=model, dispatch_uid=f"exemplars.front_cache.unpublished.{model.__name__}"
        )
        post_delete.connect(
            item_changed, sender=model, dispatch_uid=f"exemplars.front_cache.deleted.{model.__name__}"
        )
