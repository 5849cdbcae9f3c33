"""Wagtail's database search backend, with two query-plan fixes for a large index.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends", ...}}`` gives the
backend ``wagtail.search.backends.database`` would give (PostgreSQL full text, SQLite
FTS5, or the fallback), indexing and querying exactly as it does, except for searches
that do not order by relevance (the ones the public search makes, see
``search.engine.run_search``):

- **PostgreSQL**: Wagtail annotates each row with ``title || body`` to filter on it, so
  the concatenated vector is also *selected*, for every matching row, before the sort
  and limit: 220 ms for a common word at 50,000 items. An alias filters without
  selecting it: 20 ms. (The matching GIN indexes, one per searched type, are added by
  this app's migrations.)
- **SQLite**: Wagtail's subquery joins the FTS table to the index entries filtered by
  content type; SQLite then walks every entry of that type and probes the FTS table
  once per entry (one full-text match each: 0.3 s for 800 works). Filtering the
  content type without its index makes SQLite run the match once and join by row id.

Everything else (ranked searches, autocomplete with relevance, facets, indexing) is
Wagtail's code unchanged.

**What this package leans on that modelsearch does not promise** (it is the only place in
the project that does, and tests/test_code_shape.py keeps it so; the rest calls Wagtail's
public search API and ``search_rows``). modelsearch offers no public hook for either fix, so
``postgres.py`` and ``sqlite.py`` subclass its query compilers and call their internals: ``search()`` (overridden, falling back to it),
``build_tsquery``, ``get_search_vectors``, ``get_index_vectors`` and the ``index_entries``
relation (PostgreSQL); ``build_search_query``, ``FTS_TABLE_FIELDS``, ``MatchExpression``,
``normalize`` and ``SQLiteFTSIndexEntry`` (SQLite); ``check()`` and ``get_config()``;
``get_descendants_content_types_pks``; and Django's ``_combine`` (``||`` between two
tsvector expressions keeps the search vector type, which ``+`` on columns would not).
tests/search/test_backend_upstream.py keeps a
digest of the source of each and fails when an upgrade changes one: then re-read it
against ``LeanSearch`` and the compilers here, run bench/search.py, and record the new digest.
"""

from abc import ABC, abstractmethod
from types import SimpleNamespace

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
        config = compiler.get_config(self)
        newest = compiler.newest_first(config) if hasattr(compiler, "newest_first") else None
        if newest is not None:  # common words: the newest rows hold enough matches, usually
            rows = list(newest.order_by("-pk").values("pk", *fields)[:limit])
            if len(rows) == limit:
                return [SimpleNamespace(**row) for row in rows]
        matches = compiler.search(config, None, None)
        return [SimpleNamespace(**row) for row in matches.values("pk", *fields)[:limit]]


class LeanSearch(ABC):
    """A query compiler's ``search()`` for unranked searches, the one both fixes share.

    A ranked search, or a query the lean path cannot express (match all, fuzzy, a lone
    negation), goes to modelsearch's own ``search()``; otherwise the compiler's
    ``lean_matches()`` gives the matching objects, newest first unless the caller ordered them.
    """

    def search(self, config, start, stop, score_field=None, **kwargs):
        if self.order_by_relevance or score_field is not None or self.needs_stock_search():
            return super().search(config, start, stop, score_field=score_field, **kwargs)
        queryset = self.lean_matches(config)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]

    @abstractmethod
    def needs_stock_search(self) -> bool:
        """Whether the query is one the lean path cannot express, left to modelsearch's ``search()``."""

    @abstractmethod
    def lean_matches(self, config):
        """The queryset of matching objects, unranked."""


def SearchBackend(params):  # noqa: N802 - the name Wagtail's loader looks for
    """The backend Wagtail's ``database`` module picks for this database, made lean.

    Each vendor's module is imported only on its database, as modelsearch does: its SQLite
    module looks up a model that exists on SQLite alone.
    """
    backend = database.SearchBackend(params)
    vendor = backend.__class__.__module__
    if vendor.endswith(".postgres.postgres"):
        from .postgres import LeanPostgresSearchBackend as lean
    elif vendor.endswith(".sqlite.sqlite"):
        from .sqlite import LeanSQLiteSearchBackend as lean
    else:
        return backend  # the fallback backend scans the tables itself: nothing to fix
    return lean(params) if type(backend) in lean.__bases__ else backend
