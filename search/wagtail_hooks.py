"""The admin's report of popular search terms, for the editors who promote results.

Wagtail's own "Search terms" report (wagtail.contrib.search_promotions) is open to
superusers only; editors who manage promoted results need to see what people look for,
so this report replaces it in the Reports menu, for anyone who may manage promotions.
It reads Wagtail's query log, which the public search page fills (search/promotions.py).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

PROMOTION_PERMISSIONS = (
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
)


def may_promote(user) -> bool:
    return user.is_active and any(user.has_perm(permission) for permission in PROMOTION_PERMISSIONS)


class PopularSearchTermsView(SearchTermsReportView):
    page_title = _("Từ khóa được tìm nhiều")
    index_url_name = "search_popular_terms"
    index_results_url_name = "search_popular_terms_results"
    columns = [
        Column("query_string", label=_("Từ khóa"), sort_key="query_string"),
        NumberColumn("_hits", label=_("Số lượt tìm"), sort_key="_hits"),
    ]
    export_headings = {"query_string": _("Từ khóa"), "_hits": _("Số lượt tìm")}

    def dispatch(self, request, *args, **kwargs):
        if not may_promote(request.user):
            return permission_denied(request)
        # Skip the parent's superuser-only check; ReportView's own handling continues.
        return ReportView.dispatch(self, request, *args, **kwargs)


class PromotersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_promote(request.user)


@hooks.register("register_admin_urls")
def register_popular_terms_urls():
    return [
        path("bao-cao/tu-khoa-tim-kiem/", PopularSearchTermsView.as_view(), name="search_popular_terms"),
        path(
            "bao-cao/tu-khoa-tim-kiem/ket-qua/",
            PopularSearchTermsView.as_view(results_only=True),
            name="search_popular_terms_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_popular_terms_menu_item():
    return PromotersMenuItem(
        _("Từ khóa được tìm nhiều"),
        reverse("search_popular_terms"),
        name="popular-search-terms",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_superuser_only_search_terms(request, menu_items):
    """The report above shows the same terms to everyone who may act on them."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
