"""The honor roll's admin screen, and the home page's campaign sections.

Works are unit-scoped and registered by the intranet app."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import DEMO_DATA_HOOK, HOME_CONTEXT_HOOK

from .home_sections import home_page_sections
from .models import Exemplar


class ExemplarViewSet(SnippetViewSet):
    model = Exemplar
    icon = "user"
    menu_label = _("Điển hình tiên tiến")
    list_display = ["name", "kind", "unit", "award_type", "locale"]
    list_filter = ["kind", "award_type", "campaign", "locale"]
    search_fields = ["name", "position"]
    list_per_page = 30
    add_to_admin_menu = True
    menu_order = 240


register_snippet(ExemplarViewSet)
hooks.register(HOME_CONTEXT_HOOK, home_page_sections)


@hooks.register(DEMO_DATA_HOOK, order=20)
def load_demo_exemplars(ctx):
    """The works gallery, honor roll, works and exemplars (``manage.py load_demo``)."""
    from .demo import load

    load(ctx)


@hooks.register("front_cache_listing_pages")
def collection_listing_pages():
    """The works gallery and the honor roll list their snippets (core/front_cache.py)."""
    from .models import HonorRollPage, WorkGalleryPage

    return [WorkGalleryPage, HonorRollPage]
