"""Editors' picks (wagtail.contrib.search_promotions) and the query log.

Editors promote a page or an external link for a search term in the admin (Cài đặt →
Kết quả tìm kiếm được đề xuất). A promotion applies to the term however it is typed:
"thi đua", "Thi Dua" and "thi dua" share one, because terms are compared folded. A
promoted page is shown only while it is live and public, in the visitor's language.
"""

from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core import public_cache
from core.folding import folded_words

from .personal_data import looks_personal
from .query import SearchQuery

CURATED_TERMS = 6


@dataclass
class Promoted:
    title: str
    url: str
    description: str
    external: bool = False


def _key(text: str) -> str:
    return folded_words(text)


def _promoted_terms() -> list[tuple[int, str]]:
    """(query id, term) of every term with a promotion: read once until promotions change."""
    return public_cache.remember(
        "search-promoted-terms",
        lambda: list(SearchPromotion.objects.values_list("query_id", "query__query_string").distinct()),
    )


def promoted_results(query: SearchQuery, scope, request) -> list[Promoted]:
    if not query:
        return []
    key = _key(query.text)
    query_ids = {query_id for query_id, query_string in _promoted_terms() if _key(query_string) == key}
    if not query_ids:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = {promotion.page.translation_key for promotion in promotions if promotion.page_id}
    pages = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale=scope.locale)
        .exclude(expire_at__lte=timezone.now())
        .specific()
    }
    results, seen = [], set()
    for promotion in promotions:
        if promotion.page_id:
            page = pages.get(promotion.page.translation_key)
            url = page.get_url(request) if page is not None else None
            if not url or url in seen:
                continue
            results.append(
                Promoted(page.title, url, promotion.description or getattr(page, "search_description", ""))
            )
        elif promotion.external_link_url and promotion.external_link_url not in seen:
            url = promotion.external_link_url
            results.append(
                Promoted(promotion.external_link_text or url, url, promotion.description, external=True)
            )
        else:
            continue
        seen.add(url)
    return results


def log_query(query: SearchQuery) -> None:
    """Count the search in Wagtail's query log (admin: Báo cáo → Từ khóa được tìm nhiều).

    Editors read the log; a term that looks like someone's phone number, ID number or
    e-mail address is not written to it (see ``search.personal_data``).
    """
    if not query or looks_personal(query.text):
        return
    # One statement for a term already searched today; Wagtail's two lookups otherwise.
    today = timezone.now().date()  # the day Query.add_hit counts in
    term = normalise_query_string(query.text)
    if not QueryDailyHits.objects.filter(query__query_string=term, date=today).update(hits=F("hits") + 1):
        Query.get(query.text).add_hit(date=today)


def curated_terms() -> list[str]:
    """Terms editors have promoted results for: safe to suggest publicly, unlike raw logs."""
    return list(
        Query.objects.filter(editors_picks__isnull=False)
        .order_by("query_string")
        .values_list("query_string", flat=True)
        .distinct()[:CURATED_TERMS]
    )
