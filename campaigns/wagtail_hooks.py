"""Admin screens for the organisation and award reference data.

Registrations and reports are unit-scoped and registered by the intranet app.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_listings import SnippetIndexView

from .models import AwardType, CalendarDay, Unit, UnitLevel


class UnitViewSet(SnippetViewSet):
    model = Unit
    index_view_class = SnippetIndexView
    icon = "group"
    menu_label = _("Đơn vị")
    list_display = ["name", "code", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["level"]
    # A few hundred units: the list searches the columns directly (part of a name, a
    # whole or partial code), not the search index, which holds only the name and whose
    # database backend cannot restrict a search to given fields.
    search_fields = ["name", "name_en", "code", "committee_name"]
    search_backend_name = None
    ordering = ["path"]
    list_per_page = 50


class UnitLevelViewSet(SnippetViewSet):
    model = UnitLevel
    index_view_class = SnippetIndexView
    icon = "list-ol"
    menu_label = _("Cấp đơn vị")
    list_display = ["name", "code", "rank"]


class AwardTypeViewSet(SnippetViewSet):
    model = AwardType
    index_view_class = SnippetIndexView
    icon = "trophy"
    menu_label = _("Hình thức khen thưởng")
    list_display = ["name", "short_name", "issuing_level", "deciding_level"]


class CalendarDayViewSet(SnippetViewSet):
    """The days off the government adds for one year, and the Saturdays worked to make up.

    Every count of working days (comment periods, deadline reminders) reads them
    (``campaigns.working_days``), on top of the public holidays the law fixes.
    """

    model = CalendarDay
    index_view_class = SnippetIndexView
    icon = "date"
    menu_label = _("Ngày nghỉ bổ sung")
    list_display = ["date", "kind", "reason"]
    list_filter = ["kind"]
    ordering = ["-date"]


class OrganisationGroup(SnippetViewSetGroup):
    menu_label = _("Tổ chức và khen thưởng")
    menu_icon = "group"
    menu_order = 250
    items = (UnitViewSet, UnitLevelViewSet, AwardTypeViewSet, CalendarDayViewSet)


register_snippet(OrganisationGroup)
