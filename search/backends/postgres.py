"""The lean compilers on PostgreSQL (see the package's docstring for what they rely on)."""

import functools
import math
import time
from types import SimpleNamespace

from django.conf import settings
from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    CharField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Subquery,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, RowNumber

from modelsearch.backends.database.postgres.postgres import (
    Fuzzy,
    MatchAll,
    Not,
    PlainText,
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

from . import LeanSearch, RowsMixin

WALK_ROWS = 250
"""How many of the newest rows a search for common words reads, entry by entry, before it
falls back to the GIN index (``SearchCompiler.newest_first``): 250 lookups take ~8 ms."""

COMMON_SHARE = 0.2
"""Words in at least this share of the index entries are common: about 50 of 250 rows hold
them, so the newest rows give the ``CANDIDATES`` matches before the walk ends."""

WORD_SHARES_TTL = 600
"""Seconds a process keeps the index's word statistics (ANALYZE refreshes them rarely)."""

TITLE_KEYS = 4
"""``LeanPostgresSearchBackend.title_rows`` reads this many times the wanted rows' keys per
type: room for the drafts, expired and unaccepted ones the querysets then leave out."""

BODY_INDEX_PREFIX = "search_body_gin_"
"""The GIN indexes of ``title || body``, one per type with its own group in the public
search and one for the others (this app's migration 0003); ANALYZE keeps statistics of each
index's most common words under its name."""

BODY_INDEX_OF_OTHERS = f"{BODY_INDEX_PREFIX}others"


def body_index_of(model) -> str:
    """The name of the index holding ``model``'s entries (see migration 0003)."""
    return f"{BODY_INDEX_PREFIX}{model._meta.app_label}_{model._meta.model_name}"


def match_by_row(vector, search_query) -> Func:
    """``vector @@ search_query`` as a function call, which the planner cannot answer from the
    GIN index: each row already chosen (by key, or walked newest first) is matched on its
    own, instead of intersecting every match of the words in the index with those rows."""
    return Func(vector, search_query, function="ts_match_vq", output_field=BooleanField())


class WordShares:
    """Which words are common in a type's entries, from PostgreSQL's own statistics of that
    type's index (``pg_stats``).

    The planner estimates the matches of a word from the same figures, but chooses badly on
    them here: a word common in one type and absent from another made it walk a whole
    table (0.7 s). So the site chooses, and only between two plans that are never slow.
    Read once per process every ``WORD_SHARES_TTL`` seconds: one query, not one per search.
    """

    _shares: dict[str, dict[str, float]] = {}
    _entries: dict[str, float] = {}
    _read_at = None
    together = True
    """Estimate between words taken as independent and words always found together (see
    ``share``); bench/search.py --compare turns it off to time the planner's estimate."""

    @classmethod
    def share(cls, words: list[str], model) -> float:
        """The share of ``model``'s index entries holding every word; 0 when a word is not
        among the common ones.

        The planner takes the words as independent (their shares multiplied), a hundredth
        of the truth for words that go together: "ngày hội đại đoàn kết" is in 77 % of the
        articles, its words' product says 16 %, and the GIN plan read and sorted 11,600
        entries (32 ms) three times, once per type. Words typed together mostly are
        written together, so the estimate is the geometric mean of that product and the
        rarest word's share (the most they can share). A wrong guess costs one bounded
        walk (``WALK_ROWS``), a right one saves the sort of every match.
        """
        cls._refresh()
        index = body_index_of(model)
        if index not in cls._entries:
            index = BODY_INDEX_OF_OTHERS  # pages and every type without an index of its own
        if (
            cls._entries.get(index, 0) < getattr(settings, "SEARCH_WALK_MIN_ENTRIES", 5 * WALK_ROWS)
            or not words
        ):
            return 0.0  # a small index: the GIN plan reads few rows anyway
        common = cls._shares.get(index, {})
        shares = [common.get(word, 0.0) for word in set(words)]
        product = math.prod(shares)
        return math.sqrt(product * min(shares)) if cls.together else product

    @classmethod
    def _refresh(cls) -> None:
        if cls._read_at is not None and time.monotonic() - cls._read_at < WORD_SHARES_TTL:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT c.relname, s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
                " FROM pg_class c LEFT JOIN pg_stats s ON s.tablename = c.relname AND s.attname = 'expr'"
                " WHERE c.relkind = 'i' AND starts_with(c.relname, %s)",
                [BODY_INDEX_PREFIX],
            )
            rows = cursor.fetchall()
        # The frequencies end with three summary figures (min, max, nulls): zip stops before them.
        cls._shares = {
            index: dict(zip(words or [], shares or [], strict=False)) for index, words, shares, _n in rows
        }
        cls._entries = {index: max(entries or 0, 0) for index, _words, _shares, entries in rows}
        cls._read_at = time.monotonic()

    @classmethod
    def forget(cls) -> None:
        """Read the statistics again at the next search (tests, after ANALYZE)."""
        cls._read_at = None


class SearchCompiler(LeanSearch, PostgresSearchQueryCompiler):
    match_few_by_key = True
    """Match a search restricted to a few objects entry by entry (``matching_pks``);
    bench/search.py --compare turns it off to time the GIN plan beside it."""

    walk_common_words = True
    """Take the newest matches of common words by walking the newest rows (``newest_first``);
    bench/search.py --compare turns it off to time the GIN plan beside it."""

    def newest_first(self, config):
        """The matches among the ``WALK_ROWS`` newest rows, newest first, for common words.

        For a word in most documents ("thi đua" is in 60 % of the works), the GIN index
        gives every match (12,000 entries of 20,000 works), which the database reads,
        sorts and cuts to the newest 50: 40 ms. Walking the model's rows newest first and
        matching each one's entry by key finds those 50 after about 80 rows: 4 ms. For a
        rarer word the walk would read far more rows than the index has matches, so it is
        bounded to the newest ``WALK_ROWS`` rows, taken only when the statistics say the
        words are common; the caller falls back to the index when the walk falls short.
        None when the walk does not apply (ranked searches, other orders than newest first,
        restricted or unusual searches).
        """
        query = self.query
        if not (
            self.walk_common_words
            and self.fields is None
            and getattr(self, "among", None) is None
            and newest_first_or_unordered(self.queryset)
            and isinstance(query, PlainText)
            and query.operator == "and"
            and isinstance(self.queryset.model._meta.pk, IntegerField)
        ):
            return None
        words = [word.lower() for word in query.query_string.replace("-", " ").split()]
        if WordShares.share(words, self.queryset.model) < COMMON_SHARE:
            return None
        search_query = self.build_tsquery(query, config=config)
        newest = self.queryset.order_by("-pk").values("pk")[WALK_ROWS - 1 : WALK_ROWS]
        entry = (
            self.entries()
            .filter(
                object_id=Cast(OuterRef("pk"), CharField()),
            )
            .filter(match_by_row(self.indexed_vector(search_query), search_query))
        )
        return self.queryset.filter(pk__gte=Coalesce(Subquery(newest), 0)).filter(Exists(entry))

    def entries(self):
        """The index entries of the searched model and its subclasses."""
        return index_entries(self.queryset.model)

    def indexed_vector(self, search_query):
        """``title || body`` (or the autocomplete column) of an index entry, as the GIN index has it."""
        combined = None
        for vector, _boost in self.get_index_vectors(search_query):
            column = F(vector.name.removeprefix("index_entries__"))
            combined = column if combined is None else combined._combine(column, "||", False)
        return combined

    def needs_stock_search(self) -> bool:
        query = self.query
        return isinstance(query, (MatchAll, Fuzzy)) or (
            isinstance(query, Not) and isinstance(query.subquery, MatchAll)
        )

    def lean_matches(self, config):
        search_query = self.build_tsquery(self.query, config=config)
        if self.fields is None and isinstance(self.queryset.model._meta.pk, IntegerField):
            return self.queryset.filter(pk__in=self.matching_pks(search_query))
        vectors = self.get_search_vectors(search_query)
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        # alias(), not annotate(): filter on the vector without selecting it.
        return self.queryset.alias(_vector_=combined).filter(_vector_=search_query)

    def matching_pks(self, search_query):
        """The keys of the matching objects, from the index table alone (a subquery).

        Joined through ``index_entries`` (``object_id = id::varchar``), the model's table
        has no usable index for the join and is read whole (20,000 works: 50 ms); as
        integer keys, the database walks the primary key from the newest and stops at
        the limit, or looks up the few matches of a rare word.
        """
        entries = self.entries()
        combined = self.indexed_vector(search_query)
        among = getattr(self, "among", None)
        if among is not None:  # a few known objects: read their entries by key, not every match
            entries = entries.filter(object_id__in=[str(pk) for pk in among])
        if among is not None and self.match_few_by_key:
            # The candidates of a search, asked which hold the words as typed: ``@@`` would
            # let the planner intersect every match of the words in the GIN index (12-17 ms
            # for a common word) with those few keys; the same match as a function call
            # cannot use that index, so the few entries are read by key and matched (1-2 ms).
            entries = entries.filter(match_by_row(combined, search_query))
        else:
            entries = entries.alias(_vector_=combined).filter(_vector_=search_query)
        return entries.values_list(Cast("object_id", BigIntegerField()), flat=True)


class AutocompleteCompiler(SearchCompiler, PostgresAutocompleteQueryCompiler):
    walk_common_words = False  # titles' vectors are small: the GIN plan is cheap there


@functools.cache
def content_types(model) -> list[int]:
    """The content types of ``model`` and its subclasses (fixed while the process runs)."""
    return get_descendants_content_types_pks(model)


def entries_by_key(entries, wanted: list[tuple[int, str]]) -> RawSQL:
    """The ids of the index entries of ``wanted`` (content type, object id) pairs, as a subquery.

    The same condition as ``content_type_id IN (…) AND object_id IN (…)`` per model, which the
    planner estimated key by key against the column's statistics of text keys: 3.5 ms of
    planning for 240 candidates, more than reading them. Joined from two arrays, the keys
    are one parameter each and the plan is the same lookup of the unique index (0.1 ms).
    """
    content_type_ids, object_ids = zip(*wanted, strict=True)
    return RawSQL(
        "SELECT entry.id FROM unnest(%s::integer[], %s::varchar[]) AS wanted (content_type_id, object_id)"
        f" JOIN {entries.model._meta.db_table} AS entry USING (content_type_id, object_id)",
        [list(content_type_ids), list(object_ids)],
    )


def newest_first_or_unordered(queryset) -> bool:
    """Whether ``queryset`` asks for no order, or newest first (the order of the plans here)."""
    return queryset.query.order_by in ((), ("-pk",), (f"-{queryset.model._meta.pk.name}",))


def index_entries(*models):
    """The index entries of ``models`` and their subclasses."""
    entry = models[0]._meta.get_field("index_entries").related_model
    return entry.objects.filter(
        content_type_id__in=sorted({pk for model in models for pk in content_types(model)})
    )


class LeanPostgresSearchBackend(RowsMixin, PostgresSearchBackend):
    query_compiler_class = SearchCompiler
    autocomplete_query_compiler_class = AutocompleteCompiler

    searches_types_together = True
    """The public search asks ``title_rows`` and ``matching_among`` for all its types at
    once (``search.engine.run_search``); bench/search.py --compare turns it off to time
    one search per type beside it."""

    def title_rows(self, query, searches, *, limit):
        """For each ``(queryset, fields)`` of ``searches``, ``search_rows(query, queryset,
        fields, limit=limit, autocomplete=True)``, with one search of the index for all.

        Each type's search read every title matching the words in the whole index (the
        GIN index of the autocomplete column holds no type), then looked up each match's
        row: "đường bê tông" is in 3,900 titles at 50,000 items, 2,100 of them works', so
        13 ms for the works and 6 ms for the exemplars, which have none. Here the matches
        are read once, numbered newest first by type, and only the newest ``TITLE_KEYS ×
        limit`` keys of each type are looked up in their querysets (which keep deciding
        what may be shown). None for a search those keys cannot answer (too many of them
        hidden, the queryset ordered or the query unusual): the caller searches it alone.
        """
        compilers = [
            self.autocomplete_query_compiler_class(queryset, query, operator="and", order_by_relevance=False)
            for queryset, _fields in searches
        ]
        for compiler in compilers:
            compiler.check()
        if not compilers or any(compiler.needs_stock_search() for compiler in compilers):
            return [None] * len(searches)
        config = compilers[0].get_config(self)
        search_query = compilers[0].build_tsquery(compilers[0].query, config=config)
        per_type = TITLE_KEYS * limit
        newest = Window(RowNumber(), partition_by=F("content_type_id"), order_by=F("key").desc())
        matches = (
            index_entries(*(queryset.model for queryset, _fields in searches))
            .alias(_vector_=compilers[0].indexed_vector(search_query))
            .filter(_vector_=search_query)
            .annotate(key=Cast("object_id", BigIntegerField()), newest=newest)
            .filter(newest__lte=per_type)
            .values_list("content_type_id", "key")
        )
        keys: dict[int, list[int]] = {}
        for content_type, key in matches:
            keys.setdefault(content_type, []).append(key)
        found = []
        for queryset, fields in searches:
            if not newest_first_or_unordered(queryset):
                found.append(None)  # an order of the caller's own: searched alone
                continue
            types = [keys.get(pk, []) for pk in content_types(queryset.model)]
            wanted = [key for of_type in types for key in of_type]
            rows = list(queryset.filter(pk__in=wanted).order_by("-pk").values("pk", *fields)[:limit])
            short = len(rows) < limit and any(len(of_type) == per_type for of_type in types)
            found.append(None if short else [SimpleNamespace(**row) for row in rows])
        return found

    def matching_among(self, query, candidates):
        """For each ``(model, keys)`` of ``candidates``, the keys whose text matches ``query``,
        in one statement: each entry read by key and matched, as ``search_rows(among=...)``
        does for one model (see ``SearchCompiler.matching_pks``)."""
        if not candidates:
            return []
        model = candidates[0][0]
        compiler = self.query_compiler_class(
            model.objects.all(), query, operator="and", order_by_relevance=False
        )
        compiler.check()
        if compiler.needs_stock_search():
            return None
        search_query = compiler.build_tsquery(compiler.query, config=compiler.get_config(self))
        wanted = [
            (content_type, str(key))
            for of_model, keys in candidates
            for content_type in content_types(of_model)
            for key in keys
        ]
        if not wanted:
            return [set() for _candidate in candidates]
        entries = index_entries(*(of_model for of_model, _keys in candidates))
        matched = set(
            entries.filter(pk__in=entries_by_key(entries, wanted))
            .filter(match_by_row(compiler.indexed_vector(search_query), search_query))
            .values_list("content_type_id", Cast("object_id", BigIntegerField()))
        )
        return [
            {key for key in keys if any((pk, key) in matched for pk in content_types(of_model))}
            for of_model, keys in candidates
        ]
