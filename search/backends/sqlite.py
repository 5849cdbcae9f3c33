"""The lean compilers on SQLite (see the package's docstring for what they rely on).

Imported on SQLite only: modelsearch's SQLite module looks up a model that exists there alone.
"""

from django.db.models import ExpressionWrapper, F, IntegerField

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

from . import LeanSearch, RowsMixin


class SearchCompiler(LeanSearch, SQLiteSearchQueryCompiler):
    def needs_stock_search(self) -> bool:
        return isinstance(normalize(self.query), (MatchAll, Not))

    def lean_matches(self, config):
        search_query = self.build_search_query(normalize(self.query), config=config)
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
        return self.queryset.filter(pk__in=object_ids)


class AutocompleteCompiler(SearchCompiler, SQLiteAutocompleteQueryCompiler):
    pass


class LeanSQLiteSearchBackend(RowsMixin, SQLiteSearchBackend):
    query_compiler_class = SearchCompiler
    autocomplete_query_compiler_class = AutocompleteCompiler
