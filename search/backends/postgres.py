"""The lean compilers on PostgreSQL (see the package's docstring for what they rely on)."""

import time

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
)
from django.db.models.functions import Cast, Coalesce

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

TITLE_BODY_INDEX = "search_indexentry_title_body_gin"
"""The expression index of ``title || body`` (this app's migration 0001); ANALYZE keeps
statistics of the expression's most common words under the index's name."""


class WordShares:
    """Which words are common in the index, from PostgreSQL's own statistics (``pg_stats``).

    The planner estimates the matches of a word from the same figures, but chooses badly on
    them here: a word common in one type and absent from another made it walk a whole
    table (0.7 s). So the site chooses, and only between two plans that are never slow.
    Read once per process every ``WORD_SHARES_TTL`` seconds: one query, not one per search.
    """

    _shares: dict[str, float] = {}
    _entries = 0.0
    _read_at = None

    @classmethod
    def share(cls, words: list[str]) -> float:
        """The share of index entries holding every word, as the planner estimates it (the
        words taken as independent: an underestimate for words that go together, which
        errs towards the GIN plan); 0 when a word is not among the common ones."""
        cls._refresh()
        if cls._entries < getattr(settings, "SEARCH_WALK_MIN_ENTRIES", 5 * WALK_ROWS) or not words:
            return 0.0  # a small index: the GIN plan reads few rows anyway
        share = 1.0
        for word in set(words):
            share *= cls._shares.get(word, 0.0)
        return share

    @classmethod
    def _refresh(cls) -> None:
        if cls._read_at is not None and time.monotonic() - cls._read_at < WORD_SHARES_TTL:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
                " FROM pg_class c LEFT JOIN pg_stats s ON s.tablename = %s AND s.attname = 'expr'"
                " WHERE c.relname = 'wagtailsearch_indexentry'",
                [TITLE_BODY_INDEX],
            )
            row = cursor.fetchone()
        words, shares, entries = row if row else (None, None, 0)
        # The frequencies end with three summary figures (min, max, nulls): zip stops before them.
        cls._shares = dict(zip(words or [], shares or [], strict=False))
        cls._entries = max(entries or 0, 0)
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
        None when the walk does not apply (ranked, ordered, restricted or unusual searches).
        """
        query = self.query
        if not (
            self.walk_common_words
            and self.fields is None
            and getattr(self, "among", None) is None
            and not self.queryset.query.order_by
            and isinstance(query, PlainText)
            and query.operator == "and"
            and isinstance(self.queryset.model._meta.pk, IntegerField)
        ):
            return None
        words = [word.lower() for word in query.query_string.replace("-", " ").split()]
        if WordShares.share(words) < COMMON_SHARE:
            return None
        search_query = self.build_tsquery(query, config=config)
        newest = self.queryset.order_by("-pk").values("pk")[WALK_ROWS - 1 : WALK_ROWS]
        entry = (
            self.entries()
            .filter(
                object_id=Cast(OuterRef("pk"), CharField()),
            )
            .filter(
                Func(
                    self.indexed_vector(search_query),
                    search_query,
                    function="ts_match_vq",
                    output_field=BooleanField(),
                )
            )
        )
        return self.queryset.filter(pk__gte=Coalesce(Subquery(newest), 0)).filter(Exists(entry))

    def entries(self):
        """The index entries of the searched model and its subclasses."""
        return self.queryset.model._meta.get_field("index_entries").related_model.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        )

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
            entries = entries.filter(
                Func(combined, search_query, function="ts_match_vq", output_field=BooleanField())
            )
        else:
            entries = entries.alias(_vector_=combined).filter(_vector_=search_query)
        return entries.values_list(Cast("object_id", BigIntegerField()), flat=True)


class AutocompleteCompiler(SearchCompiler, PostgresAutocompleteQueryCompiler):
    walk_common_words = False  # titles' vectors are small: the GIN plan is cheap there


class LeanPostgresSearchBackend(RowsMixin, PostgresSearchBackend):
    query_compiler_class = SearchCompiler
    autocomplete_query_compiler_class = AutocompleteCompiler
