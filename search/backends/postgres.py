"""The lean compilers on PostgreSQL (see the package's docstring for what they rely on)."""

from django.db.models import BigIntegerField, BooleanField, F, Func, IntegerField
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres.postgres import (
    Fuzzy,
    MatchAll,
    Not,
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

from . import LeanSearch, RowsMixin


class SearchCompiler(LeanSearch, PostgresSearchQueryCompiler):
    match_few_by_key = True
    """Match a search restricted to a few objects entry by entry (``matching_pks``);
    bench/search.py --compare turns it off to time the GIN plan beside it."""

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
        entries = self.queryset.model._meta.get_field("index_entries").related_model.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        )
        combined = None
        for vector, _boost in self.get_index_vectors(search_query):
            column = F(vector.name.removeprefix("index_entries__"))
            combined = column if combined is None else combined._combine(column, "||", False)
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
    pass


class LeanPostgresSearchBackend(RowsMixin, PostgresSearchBackend):
    query_compiler_class = SearchCompiler
    autocomplete_query_compiler_class = AutocompleteCompiler
