"""The public search: news, the plan, content pages, works and exemplars in one list.

How a query runs (the same on every backend):

1. Three **groups** are searched with the configured Wagtail backend: pages (news,
   plan, content pages), works, exemplars. Each search gets a queryset already limited
   to what the public may see in the visitor's language (live, public, not an intranet
   type, accepted works only...) and, when chosen, to a district.
2. Each group is searched with the **folded** query against the folded copy of the
   text and of the titles (every spelling matches) and, when the visitor typed
   diacritics, with the **spelled** query against the Telex copy (only exact accents
   match); see ``core.folding``. Up to ``CANDIDATES`` results per search are kept.
3. The candidates are checked once more with the ORM's own definition of public
   (``Page.objects.live().public()``, ``Work.objects.public()``...), which also applies the
   English site's fallback to Vietnamese originals and drops expired items: search
   backends cannot express everything those querysets do, so they are not trusted alone.
4. The site ranks the merged list itself (``Hit``): exact accents first, then the query
   in the title, then in the lead, then the newest. Every backend gives the same order.

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

from campaigns.models import ArticleIndexPage, ArticlePage, CampaignIndexPage, CampaignPage, Unit
from core import public_cache
from core.folding import field_text, fold, spelled_words, words
from exemplars.models import Exemplar, HonorRollPage, Work, WorkGalleryPage
from exemplars.models.works import PUBLIC_WORK_STATUSES
from home.models import HomePage, StandardPage

from .highlight import excerpt, highlight, mark_spans
from .query import SearchQuery

CANDIDATES = getattr(settings, "SEARCH_CANDIDATES", 50)
"""Results kept per search (three per group at most); more are reached by narrowing the query."""

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@dataclass(frozen=True, eq=False)
class Kind:
    """A type of result: its URL value, its label and its model (compared by ``key``:
    the label is a lazy translation, whose hash changes with the language)."""

    key: str
    label: str
    model: type

    def __eq__(self, other) -> bool:
        return isinstance(other, Kind) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

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
# Listing pages are found by their own title and introduction, as content pages ("Trang
# thông tin"): a visitor who searches a word read on them finds them.
LISTING_MODELS = (HomePage, ArticleIndexPage, CampaignIndexPage, WorkGalleryPage, HonorRollPage)


def district_choices() -> list[Unit]:
    """The districts, by name (kept until a unit changes: see campaigns/apps.py)."""
    return public_cache.remember("districts", lambda: list(Unit.objects.districts().order_by("name")))


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
        return list(self.district.get_descendants(include_self=True).values_list("pk", flat=True))

    @cached_property
    def districts(self) -> list[Unit]:
        return district_choices()

    def district_of(self, unit: Unit | None) -> Unit | None:
        """The district a unit lies in (itself if it is one), found by tree path, no query."""
        if unit is None:
            return None
        for district in self.districts:
            if unit.is_within(district):
                return district
        return None

    def public_pages(self, pages: QuerySet) -> QuerySet:
        """``pages.public()``, with the view restrictions read from the cache."""
        return public_cache.public_pages(pages)

    @cached_property
    def _listing_urls(self) -> dict:
        def find() -> dict:
            urls = {}
            for model in (WorkGalleryPage, HonorRollPage):
                page = self.public_pages(model.objects.live().filter(locale=self.locale)).first()
                urls[model] = page.url if page is not None else None
            return urls

        return public_cache.remember(f"search-listing-urls:{self.locale.pk}", find)

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
@dataclass
class Candidate:
    """A search result before ranking: what the ranking reads, loaded for every candidate."""

    pk: int
    kind: Kind
    title: str
    lead: str
    date: date | None
    model: type | None = None


class PageGroup:
    """News, the plan and content pages, searched together through ``Page``."""

    kinds = PAGE_KINDS
    # The short text under the title that ranking reads (the body is read for excerpts only),
    # and the date, by model (every listing model has an ``intro``).
    leads = {
        ArticlePage: ("summary", "date"),
        CampaignPage: ("theme", "start_date"),
        StandardPage: ("intro", None),
        **{model: ("intro", None) for model in LISTING_MODELS},
    }
    # What ranking reads of each match, and when it expires.
    row_fields = ("title", "content_type_id", "first_published_at", "last_published_at", "expire_at")

    @cached_property
    def model_by_content_type(self) -> dict[int, type]:
        return {ContentType.objects.get_for_model(model).pk: model for model in self.leads}

    @cached_property
    def kind_by_content_type(self) -> dict[int, Kind]:
        kind_of_model = {kind.model: kind for kind in self.kinds}
        return {pk: kind_of_model.get(model, PAGE) for pk, model in self.model_by_content_type.items()}

    def searchable(self, scope: Scope) -> QuerySet | None:
        if scope.district is not None:
            # Only news carries a unit; the plan and content pages belong to no district.
            pages = ArticlePage.objects.filter(author_unit__in=scope.unit_ids)
        else:
            pages = Page.objects.filter(content_type__in=list(self.kind_by_content_type))
        pages = scope.public_pages(pages.live()).filter(locale=scope.locale)
        if scope.root is not None:
            pages = pages.descendant_of(scope.root)
        # Newest first when the backend does not rank (tree order would sort every match);
        # only what ranking reads (the page shown loads the rest).
        return pages.order_by("-id").only(
            "id", "title", "content_type", "locale", "url_path", "first_published_at", "last_published_at"
        )

    def visible(self, scope: Scope, pks) -> set:
        return set(
            scope.public_pages(Page.objects.live())
            .filter(pk__in=pks, locale=scope.locale, content_type__in=list(self.kind_by_content_type))
            .exclude(expire_at__lte=_now())
            .values_list("pk", flat=True)
        )

    def visible_rows(self, scope: Scope, rows: dict) -> set:
        """``visible`` for rows the database just read through ``searchable``, without a query.

        ``searchable`` holds every condition of ``visible`` but the expiry, which the rows carry.
        """
        return _unexpired(rows)

    @staticmethod
    def listing_pages() -> dict[int, Page]:
        """Every listing page (a handful per language), kept in the public cache: matching
        one costs no query, so searching them does not lengthen the search."""
        return public_cache.remember(
            "search-listing-pages",
            lambda: {page.pk: page for model in LISTING_MODELS for page in model.objects.all()},
        )

    def candidates(self, items: dict) -> dict[int, Candidate]:
        by_model: dict[type, list[int]] = {}
        for pk, page in items.items():
            by_model.setdefault(self.model_by_content_type[page.content_type_id], []).append(pk)
        found = {}
        for model, pks in by_model.items():
            kind = self.kind_of(items[pks[0]])
            lead_field, date_field = self.leads[model]
            fields = [lead_field] + ([date_field] if date_field else [])
            if model in LISTING_MODELS:
                listings = self.listing_pages()
                rows = [(pk, listings[pk].intro) for pk in pks if pk in listings]
            else:
                rows = model.objects.filter(pk__in=pks).values_list("pk", *fields)
            for pk, lead, *day in rows:
                page = items[pk]
                if day:
                    when = day[0]
                else:
                    published = page.last_published_at or page.first_published_at
                    when = timezone.localtime(published).date() if published else None
                found[pk] = Candidate(pk, kind, page.title, lead or "", when, model)
        return found

    def title_of(self, page) -> str:
        return page.title

    def kind_of(self, page) -> Kind:
        return self.kind_by_content_type.get(page.content_type_id, NEWS)

    def load(self, pks, kinds=None) -> dict:
        loaded = {}
        wanted = set(kinds or self.kinds)
        kind_of_model = {kind.model: kind for kind in self.kinds}
        for model in self.leads:
            if kind_of_model.get(model, PAGE) not in wanted:
                continue
            if model in LISTING_MODELS:
                listings = self.listing_pages()
                loaded.update({pk: listings[pk] for pk in pks if pk in listings})
                continue
            rows = model.objects.filter(pk__in=pks)
            if model is ArticlePage:
                rows = rows.select_related("author_unit")
            loaded.update({row.pk: row for row in rows})
        return loaded

    def url_of(self, scope: Scope, page, request) -> str | None:
        return page.get_url(request)

    def unit_of(self, page) -> Unit | None:
        return getattr(page, "author_unit", None)


class SnippetGroup:
    """Works or exemplars: translatable snippets shown through their listing page."""

    def __init__(
        self, kind: Kind, title_field: str, lead_fields: tuple, date_field: str, public_filters: dict
    ):
        self.kind = kind
        self.kinds = (kind,)
        self.model = kind.model
        self.title_field = title_field
        self.lead_fields = lead_fields
        self.date_field = date_field
        self.public_filters = public_filters
        self.row_fields = ("slug", title_field, date_field, *lead_fields, "expire_at")

    def searchable(self, scope: Scope) -> QuerySet:
        items = self.model.objects.filter(live=True, locale__in=scope.locales, **self.public_filters)
        if scope.district is not None:
            items = items.filter(unit__in=scope.unit_ids)
        return items.only("id", "locale", "slug", self.title_field, self.date_field, *self.lead_fields)

    def visible(self, scope: Scope, pks) -> set:
        return set(
            self.model.objects.public(scope.locale)
            .filter(pk__in=pks)
            .exclude(expire_at__lte=_now())
            .values_list("pk", flat=True)
        )

    def visible_rows(self, scope: Scope, rows: dict) -> set:
        """``visible`` for rows the database just read through ``searchable``.

        In the default language ``searchable`` holds every condition of ``public`` and the
        rows carry their expiry: no query. Elsewhere an original is visible only while it
        has no live translation, which the rows do not tell: ``visible`` asks.
        """
        if scope.locale.pk != scope.default_locale.pk:
            return self.visible(scope, list(rows))
        return _unexpired(rows)

    def candidates(self, items: dict) -> dict[int, Candidate]:
        return {
            pk: Candidate(
                pk,
                self.kind,
                self.title_of(item),
                " ".join(getattr(item, name) or "" for name in self.lead_fields),
                getattr(item, self.date_field),
                self.model,
            )
            for pk, item in items.items()
        }

    def title_of(self, item) -> str:
        return getattr(item, self.title_field)

    def kind_of(self, item) -> Kind:
        return self.kind

    def load(self, pks, kinds=None) -> dict:
        return {item.pk: item for item in self.model.objects.filter(pk__in=pks).select_related("unit")}

    def url_of(self, scope: Scope, item, request) -> str | None:
        return scope.detail_url(item)

    def unit_of(self, item) -> Unit | None:
        return item.unit


GROUPS = (
    PageGroup(),
    SnippetGroup(
        WORK, "title", ("summary", "place"), "accepted_on", {"status__in": list(PUBLIC_WORK_STATUSES)}
    ),
    SnippetGroup(EXEMPLAR, "name", ("position", "summary"), "decision_date", {}),
)


def _unexpired(rows: dict) -> set:
    """The keys of ``rows`` (with an ``expire_at``) that have not expired."""
    now = _now()
    return {pk for pk, row in rows.items() if row.expire_at is None or row.expire_at > now}


# -- ranking ------------------------------------------------------------------------------------
def _has_phrase(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    first = needle[0]
    return any(
        word == first and haystack[start : start + size] == needle for start, word in enumerate(haystack)
    )


class ReadText:
    """A result's title and lead, cut into folded words once for the ranking and for the
    accents check: both read every candidate (150 a query, 240 at most)."""

    def __init__(self, title: str, lead: str):
        self.title = title
        self.lead = lead
        self.title_words = words(fold(title))
        self.lead_words = words(fold(lead))

    def relevance(self, query: SearchQuery) -> float:
        """How well the title and lead hold the query's words, accents ignored.

        Title: 4 for the words side by side, 3 for all of them, else up to 2 for a share;
        lead: 1.5, 1, else up to 0.5. The body counts only through being a match at all.
        """
        terms = list(query.folded_terms)
        if not terms:
            return 0.0
        score = 0.0
        for found, (phrase, every, share) in (
            (self.title_words, (4.0, 3.0, 2.0)),
            (self.lead_words, (1.5, 1.0, 0.5)),
        ):
            present = set(found)
            if _has_phrase(found, terms):
                score += phrase
            elif all(term in present for term in terms):
                score += every
            else:
                score += share * sum(term in present for term in terms) / len(terms)
        return score

    def spelled_as_typed(self, query: SearchQuery) -> bool:
        """The title or lead holds each accented query word with its accents, the others folded.

        The folded words are already read: the plain words are checked on them, and the text
        is spelled in Telex only when they are all there.
        """
        folded = set(self.title_words).union(self.lead_words)
        if not query.plain_terms <= folded:
            return False
        return query.accented_spellings <= set(spelled_words(f"{self.title} {self.lead}"))


# -- results ----------------------------------------------------------------------------------
@dataclass
class Hit:
    """One result. Results sort by:

    1. ``exact``: for a query typed with diacritics, results holding its accented words
       as typed (found by the spelled search, or seen in the title or lead);
    2. ``score``: the query in the title, then in the lead (``ReadText.relevance``);
    3. the newest first (``date``), then by type and id so the order is stable.

    The ranking is the site's own, the same on every backend: a backend's relevance
    differs from another's, and the database backends' costs too much to compute for
    every match of a common word (see ``run_search``).
    """

    group: object
    kind: Kind
    pk: int
    title: str
    exact: bool
    score: float
    date: "date | None" = None
    # Filled for the results on the page shown:
    url: str | None = None
    title_html: str = ""
    excerpt_html: str = ""
    district: Unit | None = None

    def sort_key(self):
        day = self.date.toordinal() if self.date else 0
        return (not self.exact, -self.score, -day, KINDS.index(self.kind), -self.pk)


@dataclass
class Outcome:
    query: SearchQuery
    scope: Scope
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    capped_kinds: set = field(default_factory=set)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def capped(self) -> bool:
        """Some matches were left out: only the ``CANDIDATES`` first of a search are kept."""
        return bool(self.capped_kinds)

    def of_kind(self, kind: Kind | None) -> list[Hit]:
        return [hit for hit in self.hits if kind is None or hit.kind is kind]


def ranks_cheaply(backend) -> bool:
    """Elasticsearch ranks every match at no extra cost; the database backends do not."""
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    return isinstance(backend, ElasticsearchBaseSearchBackend)


def _matches(backend, text: str, queryset, group, *, autocomplete: bool, by_relevance: bool) -> list:
    """Up to ``CANDIDATES`` matches, as objects with ``pk`` and the group's ``row_fields``."""
    if not by_relevance and hasattr(backend, "search_rows"):  # search.backends: no model objects
        return backend.search_rows(
            text, queryset, group.row_fields, limit=CANDIDATES, autocomplete=autocomplete
        )
    method = backend.autocomplete if autocomplete else backend.search
    return list(method(text, queryset, operator="and", order_by_relevance=by_relevance)[:CANDIDATES])


def run_search(query: SearchQuery, scope: Scope, backend=None) -> Outcome:
    """Every visible result for ``query`` in ``scope``, best first.

    Per group, up to ``CANDIDATES`` results of the folded query in the titles (the
    autocomplete index: small vectors), then, unless the titles alone filled that many,
    up to as many of the folded query in the whole text: ranking puts every title match
    above any text-only match, so when titles fill the list the text cannot reach it.
    For a query with diacritics, the spelled query then tells which candidates hold the
    words as typed (the search is restricted to the candidates, so it is cheap).

    On the database backends candidates are taken newest first, not by relevance:
    ranking every match of a common word ("thi đua" is in most documents) reads every
    matching index entry, about 0.5 s per search at 50,000 items on PostgreSQL, while
    newest-first stops after ``CANDIDATES`` matches.
    """
    outcome = Outcome(query=query, scope=scope, counts={kind.key: 0 for kind in KINDS})
    if not query:
        return outcome
    backend = backend or get_search_backend()
    by_relevance = ranks_cheaply(backend)
    # The database backends' rows come from the tables themselves through ``searchable``,
    # not from an index that may lag behind: what they say of a row is true now.
    rows_read_now = not by_relevance and hasattr(backend, "search_rows")
    searched = [(group, group.searchable(scope)) for group in GROUPS]
    searched = [(group, queryset) for group, queryset in searched if queryset is not None]
    # PostgreSQL reads the titles of every group in one search (``title_rows``).
    title_rows = [None] * len(searched)
    if rows_read_now and getattr(backend, "searches_types_together", False):
        title_rows = backend.title_rows(
            query.folded, [(queryset, group.row_fields) for group, queryset in searched], limit=CANDIDATES
        )
    groups = []
    for (group, queryset), titles in zip(searched, title_rows, strict=True):
        if titles is None:
            titles = _matches(
                backend, query.folded, queryset, group, autocomplete=True, by_relevance=by_relevance
            )
        found = {item.pk: item for item in titles}
        capped = len(found) == CANDIDATES
        if not capped:
            texts = _matches(
                backend, query.folded, queryset, group, autocomplete=False, by_relevance=by_relevance
            )
            capped = len(texts) == CANDIDATES
            for item in texts:
                found.setdefault(item.pk, item)
        if rows_read_now:
            visible = group.visible_rows(scope, found)
        else:
            visible = group.visible(scope, list(found))
        candidates = group.candidates({pk: item for pk, item in found.items() if pk in visible})
        groups.append((group, queryset, candidates, capped))
    spelled_keys = _spelled_as_typed(backend, query, groups, by_relevance) if query.accented else {}
    for group, _queryset, candidates, capped in groups:
        exact_pks = spelled_keys.get(group, set())
        for candidate in candidates.values():
            text = ReadText(candidate.title, candidate.lead)
            exact = query.accented and (candidate.pk in exact_pks or text.spelled_as_typed(query))
            outcome.hits.append(
                Hit(
                    group=group,
                    kind=candidate.kind,
                    pk=candidate.pk,
                    title=candidate.title,
                    exact=bool(exact),
                    score=text.relevance(query),
                    date=candidate.date,
                )
            )
            outcome.counts[candidate.kind.key] += 1
        if capped:
            outcome.capped_kinds.update(kind.key for kind in group.kinds if outcome.counts[kind.key])
    outcome.hits.sort(key=Hit.sort_key)
    return outcome


def _spelled_as_typed(backend, query: SearchQuery, groups: list, by_relevance: bool) -> dict:
    """Per group, the keys of the candidates whose text holds the words as typed (the
    spelled search, restricted to the candidates: cheap). PostgreSQL asks for every group
    at once, by each candidate's own type (``matching_among``)."""
    searched = [
        (group, queryset, candidates) for group, queryset, candidates, _capped in groups if candidates
    ]
    if not by_relevance and getattr(backend, "searches_types_together", False):
        by_model: dict[type, list[int]] = {}
        for _group, _queryset, candidates in searched:
            for candidate in candidates.values():
                by_model.setdefault(candidate.model, []).append(candidate.pk)
        matched = backend.matching_among(query.spelled, list(by_model.items()))
        if matched is not None:
            keys_of = dict(zip(by_model, matched, strict=True))
            return {
                group: {pk for pk, candidate in candidates.items() if pk in keys_of.get(candidate.model, ())}
                for group, _queryset, candidates in searched
            }
    exact = {}
    for group, queryset, candidates in searched:
        if hasattr(backend, "search_rows") and not by_relevance:
            rows = backend.search_rows(
                query.spelled, queryset, (), limit=len(candidates), among=list(candidates)
            )
        else:
            among = queryset.filter(pk__in=list(candidates))
            rows = backend.search(query.spelled, among, operator="and", order_by_relevance=by_relevance)[
                : len(candidates)
            ]
        exact[group] = {item.pk for item in rows}
    return exact


def _source_texts(item) -> list[str]:
    return [field_text(item, name) for name in type(item).search_text_sources if "." not in name]


def excerpt_sources(item) -> list[str]:
    """The texts an excerpt is cut from: a page's are kept until public content next changes.

    A plan's text is assembled from its awards, criteria, quota table and phases (a dozen
    queries); publishing any page bumps the cache's generation (core/public_cache.py), so
    the kept text is the published one. A work's or an exemplar's text is read from its
    own fields, at no cost.
    """
    if isinstance(item, Page):
        return public_cache.remember(f"search-excerpt-sources:{item.pk}", lambda: _source_texts(item))
    return _source_texts(item)


def fill(hits: list[Hit], query: SearchQuery, scope: Scope, request) -> list[Hit]:
    """Load what the page shows for ``hits``: URL, marked title and excerpt, district."""
    by_group: dict[object, list[Hit]] = {}
    for hit in hits:
        by_group.setdefault(hit.group, []).append(hit)
    for group, group_hits in by_group.items():
        kinds = [kind for kind in group.kinds if any(hit.kind is kind for hit in group_hits)]
        loaded = group.load([hit.pk for hit in group_hits], kinds=kinds)
        for hit in group_hits:
            item = loaded.get(hit.pk)
            if item is None:
                continue
            hit.url = group.url_of(scope, item, request)
            hit.title_html = highlight(hit.title, query)
            hit.excerpt_html = excerpt(excerpt_sources(item), query)
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


def suggest(
    query: SearchQuery, scope: Scope, request, limit: int = SUGGESTIONS, backend=None
) -> list[Suggestion]:
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
        # More than shown, so that titles starting with the query can be picked first.
        items = list(
            backend.autocomplete(folded, queryset, operator="and", order_by_relevance=ranks_cheaply(backend))[
                : limit * 3
            ]
        )
        visible = group.visible(scope, [item.pk for item in items])
        for position, item in enumerate(items):
            if item.pk in visible:
                found.append((group, item, position))

    def closeness(entry):
        group, item, position = entry
        title = " ".join(words(fold(group.title_of(item))))
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
