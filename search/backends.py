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

**What this module leans on that modelsearch does not promise** (it is the only module of
the project that does; the rest calls Wagtail's public search API and ``search_rows``).
modelsearch offers no public hook for either fix, so this module subclasses its query
compilers and calls their internals: ``search()`` (overridden, falling back to it),
``build_tsquery``, ``get_search_vectors``, ``get_index_vectors`` and the ``index_entries``
relation (PostgreSQL); ``build_search_query``, ``FTS_TABLE_FIELDS``, ``MatchExpression``,
``normalize`` and ``SQLiteFTSIndexEntry`` (SQLite); ``check()`` and ``get_config()``;
``get_descendants_content_types_pks``; and Django's ``_combine`` (``||`` between two
tsvector expressions keeps the search vector type, which ``+`` on columns would not).
tests/search/test_backend_upstream.py keeps a
digest of the source of each and fails when an upgrade changes one: then re-read it
against ``LeanSearch`` here, run bench/search.py, and record the new digest.
"""

from functools import cache
from types import SimpleNamespace

from django.db.models import BigIntegerField, ExpressionWrapper, F, IntegerField
from django.db.models.functions import Cast

from wagtail.search.backends import database


class RowsMixin:
    """``search_rows``: an unranked search giving a few fields per match, no model objects.

    The public search reads a title, a date and a short lead of up to a few hundred
    matches per query; building model objects for them (``ClusterableModel`` ones at
    that) would cost more than the query itself.
    """

    def search_rows(self, query, queryset, fields, *, limit, autocomplete=False, operator="and", among=None):
        """Up to ``limit`` matches as namespaces of ``pk`` and ``fields``; ``among``: only these keys."""
        if among is not None:
            queryset = queryset.filter(pk__in=among)
        compiler_class = self.autocomplete_query_compiler_class if autocomplete else self.query_compiler_class
        compiler = compiler_class(queryset, query, operator=operator, order_by_relevance=False)
        compiler.among = among
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
    from modelsearch.utils import get_descendants_content_types_pks

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
            if self.fields is None and isinstance(self.queryset.model._meta.pk, IntegerField):
                queryset = self.queryset.filter(pk__in=self.matching_pks(search_query))
            else:
                vectors = self.get_search_vectors(search_query)
                combined = vectors[0][0]
                for vector, _boost in vectors[1:]:
                    combined = combined._combine(vector, "||", False)
                # alias(), not annotate(): filter on the vector without selecting it.
                queryset = self.queryset.alias(_vector_=combined).filter(_vector_=search_query)
            if not queryset.query.order_by:
                queryset = queryset.order_by("-pk")
            return queryset[start:stop]

        def matching_pks(self, search_query):
            """The keys of the matching objects, from the index table alone (a subquery).

            Joined through ``index_entries`` (``object_id = id::varchar``), the model's table
            has no usable index for the join and is read whole (20,000 works: 50 ms); as
            integer keys, the database walks the primary key from the newest and stops at
            the limit, or looks up the few matches of a rare word.
            """
            entries = self.queryset.model._meta.get_field("index_entries").related_model.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            among = getattr(self, "among", None)
            if among is not None:  # a few known objects: read their entries by key, not every match
                entries = entries.filter(object_id__in=[str(pk) for pk in among])
            combined = None
            for vector, _boost in self.get_index_vectors(search_query):
                column = F(vector.name.removeprefix("index_entries__"))
                combined = column if combined is None else combined._combine(column, "||", False)
            return (
                entries.alias(_vector_=combined)
                .filter(_vector_=search_query)
                .values_list(Cast("object_id", BigIntegerField()), flat=True)
            )

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
            if self.order_by_relevance or score_field is not None or isinstance(query, (MatchAll, Not)):
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
