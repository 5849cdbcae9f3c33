"""The honor roll's admin screen.

Works are unit-scoped and registered by the intranet app."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_listings import SnippetIndexView

from .models import Exemplar


class ExemplarViewSet(SnippetViewSet):
    model = Exemplar
    index_view_class = SnippetIndexView
    icon = "user"
    menu_label = _("Điển hình tiên tiến")
    list_display = ["name", "kind", "unit", "award_type", "locale"]
    list_filter = ["kind", "award_type", "campaign", "locale"]
    search_fields = ["name", "position"]
    list_per_page = 30
    add_to_admin_menu = True
    menu_order = 240


register_snippet(ExemplarViewSet)
