"""Template tags for the honor roll's detail view: the works an exemplar is honored for."""

from django import template

from core import public_cache
from core.templatetags.portal_tags import active_content_language
from exemplars.models import WorkGalleryPage
from exemplars.models.works import PUBLIC_WORK_STATUSES

register = template.Library()


@register.simple_tag
def linked_public_works(exemplar) -> list:
    """The exemplar's works that the public may see, in one query.

    No locale fallback here: the links go by slug, which a work shares with its
    translations, so the gallery shows the visitor's language either way.
    """
    if exemplar is None or exemplar.pk is None:
        return []
    return list(
        exemplar.works.filter(live=True, status__in=PUBLIC_WORK_STATUSES).select_related("unit", "main_image")
    )


@register.simple_tag
def work_gallery_page():
    """The live works gallery of the active language, which routes work details (kept until a page changes)."""
    language_code = active_content_language()
    return public_cache.remember(
        f"work-gallery:{language_code}",
        lambda: WorkGalleryPage.objects.live().filter(locale__language_code=language_code).first(),
    )
