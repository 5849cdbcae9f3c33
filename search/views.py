"""The search page (/vi/tim-kiem/) and its suggestions endpoint (/vi/tim-kiem/goi-y/)."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from campaigns.models import ArticleIndexPage, Unit
from core.pagination import paginate
from core.templatetags.portal_tags import Crumb
from exemplars.models import HonorRollPage, WorkGalleryPage

from . import engine
from .promotions import curated_terms, log_query, promoted_results
from .query import clean_query

MIN_SUGGESTION_LENGTH = 2


def _district(value, choices) -> Unit | None:
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    return next((unit for unit in choices if unit.pk == pk), None)


def _query_string(**params) -> str:
    return "?" + urlencode({key: value for key, value in params.items() if value})


def _alternate_urls(query_string: str) -> dict[str, str]:
    """The same search in each site language, for the language switcher."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("site_search") + (query_string if query_string != "?" else "")
    return urls


def _listing_pages(scope) -> list:
    """The news listing, works gallery and honor roll: where to browse when nothing is found."""
    if scope.root is None:
        return []
    pages = []
    for model in (ArticleIndexPage, WorkGalleryPage, HonorRollPage):
        page = model.objects.live().public().child_of(scope.root).first()
        if page is not None:
            pages.append(page)
    return pages


@require_GET
def search(request):
    query = clean_query(request.GET.get("q"))
    districts = engine.district_choices()
    district = _district(request.GET.get("district"), districts)
    kind = engine.KINDS_BY_KEY.get(request.GET.get("type", ""))
    scope = engine.scope_for(request, district=district)
    scope.districts = districts

    outcome = engine.run_search(query, scope)
    results = paginate(request, outcome.of_kind(kind), engine.RESULTS_PER_PAGE)
    engine.fill(results.object_list, query, scope, request)
    if results.number == 1 and not request.GET.get("page"):
        log_query(query)

    district_pk = district.pk if district else ""
    kind_links = [
        {
            "kind": item,
            "count": outcome.counts.get(item.key, 0) if item else outcome.total,
            "more": item.key in outcome.capped_kinds if item else outcome.capped,
            "url": _query_string(q=query.text, type=item.key if item else "", district=district_pk),
            "is_current": item is kind,
        }
        for item in (None, *engine.KINDS)
    ]
    found_nothing = not results.object_list
    context = {
        "query": query,
        "outcome": outcome,
        "results": results,
        "kind": kind,
        "kind_links": kind_links,
        "district": district,
        "districts": districts,
        "is_filtered": bool(kind or district),
        "unfiltered_url": _query_string(q=query.text),
        "promoted": promoted_results(query, scope, request) if results.number == 1 else [],
        "curated_terms": curated_terms() if found_nothing else [],
        "listing_pages": _listing_pages(scope) if found_nothing else [],
        "crumbs": [Crumb(_("Trang chủ"), reverse("wagtail_serve", args=("",))), Crumb(_("Tìm kiếm"), None)],
        "alternate_urls": _alternate_urls(
            _query_string(q=query.text, type=kind.key if kind else "", district=district_pk)
        ),
    }
    response = render(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def suggestions(request):
    """JSON for the search box: ``{"query": ..., "suggestions": [{title, url, type, marks}]}``."""
    query = clean_query(request.GET.get("q"))
    found = []
    if len(query.text) >= MIN_SUGGESTION_LENGTH:
        found = engine.suggest(query, engine.scope_for(request), request)
    response = JsonResponse({"query": query.text, "suggestions": [item.as_json() for item in found]})
    response["Cache-Control"] = "public, max-age=60"
    response["X-Robots-Tag"] = "noindex"
    return response
