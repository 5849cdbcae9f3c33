"""The public search: news, the plan, content pages, works and exemplars in one list.

How a query runs (the same on every backend):

1. Three **groups** are searched with the configured Wagtail backend: pages (news,
   plan, content pages), works, exemplars. Each search gets a queryset already limited
   to what the public may see in the visitor's language (live, public, not an intranet
   type, accepted works only...) and, when chosen, to a district.
2. Each group is searched with the **folded** query against the folded copy of the
   text (every spelling matches) and, when the visitor typed diacritics, with the
   **spelled** query against the Telex copy (only exact accents match); see
   ``home.search_text``. At most ``CANDIDATES`` best results per group and query are kept.
3. The candidates are checked once more with the ORM's own definition of public
   (``Page.objects.live().public()``, ``Work.objects.public()``...), which also applies the
   English site's fallback to Vietnamese originals and drops expired items: search
   backends cannot express everything those querysets do, so they are not trusted alone.
4. The groups are merged: exact accented matches first, then titles holding the query
   and texts holding it as a phrase (a third search, for queries of several words), then
   each group's own relevance order.

Nothing else is searched: registrations, reports, nominations and intranet pages are
not in any group, and their models are either not indexed or filtered out by type and
by view restriction.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Phrase

from campaigns.models import ArticlePage, CampaignPage, Unit
from exemplars.models import Exemplar, HonorRollPage, Work, WorkGalleryPage
from exemplars.models.works import PUBLIC_WORK_STATUSES
from home.models import StandardPage
from home.search_text import field_text

from .folding import fold, words
from .highlight import excerpt, highlight, mark_spans
from .query import SearchQuery

CANDIDATES = getattr(settings, "SEARCH_CANDIDATES", 100)
"""Results kept per group and per query variant; the list shows at most this many of each."""

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@dataclass(frozen=True)
class Kind:
    """A type of result: its URL value, its label and its model."""

    key: str
    label: str
    model: type

    def __str__(self) -> str:
        return str(self.label)


NEWS = Kind("news", _("Tin bài"), ArticlePage)
PLAN = Kind("plan", _("Kế hoạch thi đua"), CampaignPage)
PAGE = Kind("page", _("Trang thông tin"), StandardPage)
WORK = Kind("work", _("Công trình, phần việc"), Work)
EXEMPLAR = Kind("exemplar", _("Điển hình tiên tiến"), Exemplar)
KINDS = (NEWS, PLAN, PAGE, WORK, EXEMPLAR)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
PAGE_KINDS = (NEWS, PLAN, PAGE)


def district_choices() -> list[Unit]:
    return list(Unit.objects.districts().order_by("name"))


@dataclass
class Scope:
    """Where a search looks: the visitor's language and site, and an optional district."""

    locale: Locale
    root: Page | None
    district: Unit | None = None

    @cached_property
    def default_locale(self) -> Locale:
        return Locale.get_default()

    @cached_property
    def locales(self) -> list[Locale]:
        """The visitor's locale, then the Vietnamese originals that snippets fall back to."""
        if self.locale.pk == self.default_locale.pk:
            return [self.locale]
        return [self.locale, self.default_locale]

    @cached_property
    def unit_ids(self) -> list[int]:
        return list(self.district.descendants(include_self=True).values_list("pk", flat=True))

    @cached_property
    def districts(self) -> list[Unit]:
        return district_choices()

    def district_of(self, unit: Unit | None) -> Unit | None:
        """The district a unit lies in (itself if it is one), found by tree path, no query."""
        if unit is None:
            return None
        for district in self.districts:
            if unit.path.startswith(district.path):
                return district
        return None

    @cached_property
    def _listing_urls(self) -> dict:
        urls = {}
        for model in (WorkGalleryPage, HonorRollPage):
            page = model.objects.live().public().filter(locale=self.locale).first()
            urls[model] = page.url if page is not None else None
        return urls

    def detail_url(self, item) -> str | None:
        listing = WorkGalleryPage if isinstance(item, Work) else HonorRollPage
        base = self._listing_urls[listing]
        return f"{base}{item.slug}/" if base else None


def scope_for(request, district: Unit | None = None) -> Scope:
    locale = Locale.get_active()
    site = Site.find_for_request(request)
    root = None
    if site is not None:
        root = site.root_page
        if root.locale_id != locale.pk:
            root = root.get_translation_or_none(locale)
    return Scope(locale=locale, root=root, district=district)


def _now() -> datetime:
    return timezone.now()


# -- groups ---------------------------------------------------------------------------------
class PageGroup:
    """News, the plan and content pages, searched together through ``Page``."""

    kinds = PAGE_KINDS

    @cached_property
    def kind_by_content_type(self) -> dict[int, Kind]:
        return {ContentType.objects.get_for_model(kind.model).pk: kind for kind in self.kinds}

    def searchable(self, scope: Scope) -> QuerySet | None:
        if scope.district is not None:
            # Only news carries a unit; the plan and content pages belong to no district.
            pages = ArticlePage.objects.filter(author_unit__in=scope.unit_ids)
        else:
            pages = Page.objects.filter(content_type__in=list(self.kind_by_content_type))
        pages = pages.live().public().filter(locale=scope.locale)
        if scope.root is not None:
            pages = pages.descendant_of(scope.root)
        return pages

    def visible(self, scope: Scope, pks) -> set:
        return set(
            Page.objects.live()
            .public()
            .filter(pk__in=pks, locale=scope.locale, content_type__in=list(self.kind_by_content_type))
            .exclude(expire_at__lte=_now())
            .values_list("pk", flat=True)
        )

    def kind_of(self, page) -> Kind:
        return self.kind_by_content_type.get(page.content_type_id, NEWS)

    def title_of(self, page) -> str:
        return page.title

    def load(self, pks) -> dict:
        loaded = {}
        for kind in self.kinds:
            rows = kind.model.objects.filter(pk__in=pks)
            if kind is NEWS:
                rows = rows.select_related("author_unit")
            loaded.update({row.pk: row for row in rows})
        return loaded

    def url_of(self, scope: Scope, page, request) -> str | None:
        return page.get_url(request)

    def date_of(self, page) -> date | None:
        if isinstance(page, ArticlePage):
            return page.date
        if isinstance(page, CampaignPage):
            return page.issued_on or page.start_date
        published = page.last_published_at or page.first_published_at
        return timezone.localtime(published).date() if published else None

    def unit_of(self, page) -> Unit | None:
        return getattr(page, "author_unit", None)


class SnippetGroup:
    """Works or exemplars: translatable snippets shown through their listing page."""

    def __init__(self, kind: Kind, title_field: str, date_field: str, public_filters: dict):
        self.kind = kind
        self.kinds = (kind,)
        self.model = kind.model
        self.title_field = title_field
        self.date_field = date_field
        self.public_filters = public_filters

    def searchable(self, scope: Scope) -> QuerySet:
        items = self.model.objects.filter(live=True, locale__in=scope.locales, **self.public_filters)
        if scope.district is not None:
            items = items.filter(unit__in=scope.unit_ids)
        return items

    def visible(self, scope: Scope, pks) -> set:
        return set(
            self.model.objects.public(scope.locale)
            .filter(pk__in=pks)
            .exclude(expire_at__lte=_now())
            .values_list("pk", flat=True)
        )

    def kind_of(self, item) -> Kind:
        return self.kind

    def title_of(self, item) -> str:
        return getattr(item, self.title_field)

    def load(self, pks) -> dict:
        return {item.pk: item for item in self.model.objects.filter(pk__in=pks).select_related("unit")}

    def url_of(self, scope: Scope, item, request) -> str | None:
        return scope.detail_url(item)

    def date_of(self, item) -> date | None:
        return getattr(item, self.date_field)

    def unit_of(self, item) -> Unit | None:
        return item.unit


GROUPS = (
    PageGroup(),
    SnippetGroup(WORK, "title", "accepted_on", {"status__in": list(PUBLIC_WORK_STATUSES)}),
    SnippetGroup(EXEMPLAR, "name", "decision_date", {}),
)


# -- results ----------------------------------------------------------------------------------
@dataclass
class Hit:
    """One result; ``exact`` when it holds the query's accented words as typed.

    Results sort by: exact accents first (only for queries typed with diacritics), then
    ``score`` (the query in the title, as a phrase or as words; the query as a phrase in
    the text), then ``rank``, the position the backend gave it within its group.
    """

    group: object
    kind: Kind
    pk: int
    title: str
    exact: bool
    rank: float
    score: float
    # Filled for the results on the page shown:
    url: str | None = None
    title_html: str = ""
    excerpt_html: str = ""
    date: "date | None" = None
    district: Unit | None = None

    def sort_key(self):
        return (not self.exact, -self.score, self.rank, KINDS.index(self.kind), -self.pk)


PHRASE_BONUS = 1.5
"""Added to the title score when the text holds the query's words side by side."""


def title_score(title: str, query: SearchQuery) -> float:
    """3 when the title holds the query as a phrase, 2 all its words, else the share it holds."""
    terms = list(query.folded_terms)
    if not terms:
        return 0.0
    title_words = words(fold(title))
    count = len(terms)
    for start in range(len(title_words) - count + 1):
        if title_words[start : start + count] == terms:
            return 3.0
    present = set(title_words)
    if all(term in present for term in terms):
        return 2.0
    return sum(term in present for term in terms) / count


@dataclass
class Outcome:
    query: SearchQuery
    scope: Scope
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    capped: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def of_kind(self, kind: Kind | None) -> list[Hit]:
        return [hit for hit in self.hits if kind is None or hit.kind is kind]


def _search(backend, text: str, queryset, limit: int) -> list:
    return list(backend.search(text, queryset, operator="and")[:limit])


def run_search(query: SearchQuery, scope: Scope, backend=None) -> Outcome:
    """Every visible result for ``query`` in ``scope``, best first (at most ``CANDIDATES`` per group)."""
    outcome = Outcome(query=query, scope=scope, counts={kind.key: 0 for kind in KINDS})
    if not query:
        return outcome
    backend = backend or get_search_backend()
    for group in GROUPS:
        queryset = group.searchable(scope)
        if queryset is None:
            continue
        found = _search(backend, query.folded, queryset, CANDIDATES)
        exact = _search(backend, query.spelled, queryset, CANDIDATES) if query.accented else []
        phrase = _search(backend, Phrase(query.folded), queryset, CANDIDATES) if len(query.words) > 1 else []
        exact_pks = {item.pk for item in exact}
        phrase_pks = {item.pk for item in phrase}
        seen = {}
        for item in exact + phrase + found:
            seen.setdefault(item.pk, item)
        visible = group.visible(scope, list(seen))
        order = [pk for pk in seen if pk in visible]
        for position, pk in enumerate(order):
            item = seen[pk]
            outcome.hits.append(
                Hit(
                    group=group,
                    kind=group.kind_of(item),
                    pk=pk,
                    title=group.title_of(item),
                    exact=pk in exact_pks,
                    rank=position / max(len(order), 1),
                    score=title_score(group.title_of(item), query) + (PHRASE_BONUS if pk in phrase_pks else 0),
                )
            )
        if len(found) < CANDIDATES:
            for pk in order:
                outcome.counts[group.kind_of(seen[pk]).key] += 1
        else:
            outcome.capped = True
            outcome.counts.update(_backend_counts(backend, query.folded, queryset, group))
    outcome.hits.sort(key=Hit.sort_key)
    return outcome


def _backend_counts(backend, text: str, queryset, group) -> dict[str, int]:
    """Matches per kind as the backend counts them (before the ORM's last check)."""
    results = backend.search(text, queryset, operator="and", order_by_relevance=False)
    if isinstance(group, PageGroup) and queryset.model is Page:
        return {
            group.kind_by_content_type[content_type].key: count
            for content_type, count in results.facet("content_type_id").items()
            if content_type in group.kind_by_content_type
        }
    return {group.kinds[0].key: results.count()}


def fill(hits: list[Hit], query: SearchQuery, scope: Scope, request) -> list[Hit]:
    """Load what the page shows for ``hits``: URL, marked title and excerpt, date, district."""
    by_group: dict[object, list[Hit]] = {}
    for hit in hits:
        by_group.setdefault(hit.group, []).append(hit)
    for group, group_hits in by_group.items():
        loaded = group.load([hit.pk for hit in group_hits])
        for hit in group_hits:
            item = loaded.get(hit.pk)
            if item is None:
                continue
            hit.url = group.url_of(scope, item, request)
            hit.title_html = highlight(hit.title, query)
            sources = [name for name in type(item).search_text_sources if "." not in name]
            hit.excerpt_html = excerpt([field_text(item, name) for name in sources], query)
            hit.date = group.date_of(item)
            hit.district = scope.district_of(group.unit_of(item))
    return [hit for hit in hits if hit.url]


# -- suggestions ----------------------------------------------------------------------------------
@dataclass
class Suggestion:
    title: str
    url: str
    kind: Kind
    marks: list

    def as_json(self) -> dict:
        return {"title": self.title, "url": self.url, "type": str(self.kind.label), "marks": self.marks}


def suggest(query: SearchQuery, scope: Scope, request, limit: int = SUGGESTIONS, backend=None) -> list[Suggestion]:
    """Up to ``limit`` titles of pages, works and exemplars starting like the query (accents ignored)."""
    if not query:
        return []
    backend = backend or get_search_backend()
    folded = query.folded
    found = []
    for group in GROUPS:
        queryset = group.searchable(scope)
        if queryset is None:
            continue
        items = list(backend.autocomplete(folded, queryset, operator="and")[:limit])
        visible = group.visible(scope, [item.pk for item in items])
        for position, item in enumerate(items):
            if item.pk in visible:
                found.append((group, item, position))

    def closeness(entry):
        group, item, position = entry
        title = fold(group.title_of(item))
        starts = 0 if title.startswith(folded) else 1
        return (starts, position, len(title))

    suggestions = []
    for group, item, _position in sorted(found, key=closeness):
        url = group.url_of(scope, item, request)
        if not url:
            continue
        title = unicodedata.normalize("NFC", " ".join(group.title_of(item).split()))
        suggestions.append(Suggestion(title, url, group.kind_of(item), mark_spans(title, query)))
        if len(suggestions) == limit:
            break
    return suggestions
