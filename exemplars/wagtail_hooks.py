"""Admin screens for works and exemplars, and the home page's campaign sections."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import DEMO_DATA_HOOK, HOME_CONTEXT_HOOK

from .home_sections import home_page_sections
from .models import Exemplar, Work


class WorkViewSet(SnippetViewSet):
    model = Work
    icon = "home"
    menu_label = _("Công trình, phần việc")
    list_display = ["title", "unit", "status", "accepted_on", "locale"]
    list_filter = ["status", "category", "campaign", "locale"]
    search_fields = ["title", "place"]
    list_per_page = 30


class ExemplarViewSet(SnippetViewSet):
    model = Exemplar
    icon = "user"
    menu_label = _("Điển hình tiên tiến")
    list_display = ["name", "kind", "unit", "award_type", "locale"]
    list_filter = ["kind", "award_type", "campaign", "locale"]
    search_fields = ["name", "position"]
    list_per_page = 30


class HonorsGroup(SnippetViewSetGroup):
    menu_label = _("Công trình và điển hình")
    menu_icon = "trophy"
    menu_order = 240
    items = (WorkViewSet, ExemplarViewSet)


register_snippet(HonorsGroup)
hooks.register(HOME_CONTEXT_HOOK, home_page_sections)


@hooks.register(DEMO_DATA_HOOK, order=20)
def load_demo_exemplars(ctx):
    """The works gallery, honor roll, works and exemplars (``manage.py load_demo``)."""
    from .demo import load

    load(ctx)
