"""Wagtail's database search backend, with two query-plan fixes for a large index.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", ...}}`` gives the
backend ``wagtail.search.backends.database`` would give (PostgreSQL full text, SQLite
FTS5, or the fallback), indexing and querying exactly as it does, except for searches
that do not order by relevance (the ones the public search makes, see
``search.engine.run_search``):

- **PostgreSQL**: Wagtail annotates each row with ``title || body`` to filter on it, so
  the concatenated vector is also *selected*, for every matching row, before the sort
  and limit: 220 ms for a common word at 50,000 items. An alias filters without
  selecting it: 20 ms. (The matching GIN index is added by this app's migration.)
- **SQLite**: Wagtail's subquery joins the FTS table to the index entries filtered by
  content type; SQLite then walks every entry of that type and probes the FTS table
  once per entry (one full-text match each: 0.3 s for 800 works). Filtering the
  content type without its index makes SQLite run the match once and join by row id.

Everything else (ranked searches, autocomplete with relevance, facets, indexing) is
Wagtail's code unchanged.
"""

from functools import cache
from types import SimpleNamespace

from django.db.models import ExpressionWrapper, F, IntegerField

from wagtail.search.backends import database


class RowsMixin:
    """``search_rows``: an unranked search giving a few fields per match, no model objects.

    The public search reads a title, a date and a short lead of up to a few hundred
    matches per query; building model objects for them (``ClusterableModel`` ones at
    that) would cost more than the query itself.
    """

    def search_rows(self, query, queryset, fields, *, limit, autocomplete=False, operator="and"):
        compiler_class = self.autocomplete_query_compiler_class if autocomplete else self.query_compiler_class
        compiler = compiler_class(queryset, query, operator=operator, order_by_relevance=False)
        compiler.check()
        matches = compiler.search(compiler.get_config(self), None, None)
        return [SimpleNamespace(**row) for row in matches.values("pk", *fields)[:limit]]


@cache
def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        Fuzzy,
        MatchAll,
        Not,
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LeanSearch:
        def search(self, config, start, stop, score_field=None, backend=None):
            query = self.query
            if (
                self.order_by_relevance
                or score_field is not None
                or isinstance(query, (MatchAll, Fuzzy))
                or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
            ):
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            search_query = self.build_tsquery(query, config=config)
            vectors = self.get_search_vectors(search_query)
            combined = vectors[0][0]
            for vector, _boost in vectors[1:]:
                combined = combined._combine(vector, "||", False)
            # alias(), not annotate(): filter on the vector without selecting it.
            queryset = self.queryset.alias(_vector_=combined).filter(_vector_=search_query)
            if not queryset.query.order_by:
                queryset = queryset.order_by("-pk")
            return queryset[start:stop]

    class SearchCompiler(LeanSearch, PostgresSearchQueryCompiler):
        pass

    class AutocompleteCompiler(LeanSearch, PostgresAutocompleteQueryCompiler):
        pass

    class LeanPostgresSearchBackend(RowsMixin, PostgresSearchBackend):
        query_compiler_class = SearchCompiler
        autocomplete_query_compiler_class = AutocompleteCompiler

    return PostgresSearchBackend, LeanPostgresSearchBackend


@cache
def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        MatchAll,
        Not,
        SQLiteAutocompleteQueryCompiler,
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        get_descendants_content_types_pks,
    )

    class LeanSearch:
        def search(self, config, start, stop, score_field=None):
            query = normalize(self.query)
            if (
                self.order_by_relevance
                or score_field is not None
                or isinstance(query, (MatchAll, Not))
            ):
                return super().search(config, start, stop, score_field=score_field)
            search_query = self.build_search_query(query, config=config)
            match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
            object_ids = (
                SQLiteFTSIndexEntry.objects.filter(match)
                # "+ 0" keeps SQLite from driving the join with the content type index.
                .alias(
                    _content_type=ExpressionWrapper(
                        F("index_entry__content_type_id") + 0, output_field=IntegerField()
                    )
                )
                .filter(_content_type__in=get_descendants_content_types_pks(self.queryset.model))
                .values_list("index_entry__object_id", flat=True)
            )
            queryset = self.queryset.filter(pk__in=object_ids)
            if not queryset.query.order_by:
                queryset = queryset.order_by("-pk")
            return queryset[start:stop]

    class SearchCompiler(LeanSearch, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteCompiler(LeanSearch, SQLiteAutocompleteQueryCompiler):
        pass

    class LeanSQLiteSearchBackend(RowsMixin, SQLiteSearchBackend):
        query_compiler_class = SearchCompiler
        autocomplete_query_compiler_class = AutocompleteCompiler

    return SQLiteSearchBackend, LeanSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail's loader looks for
    """The backend Wagtail's ``database`` module picks for this database, made lean."""
    backend = database.SearchBackend(params)
    vendor = backend.__class__.__module__
    if vendor.endswith(".postgres.postgres"):
        stock, lean = _postgres_backend_class()
    elif vendor.endswith(".sqlite.sqlite"):
        stock, lean = _sqlite_backend_class()
    else:
        return backend  # the fallback backend scans the tables itself: nothing to fix
    return lean(params) if type(backend) is stock else backend
