"""search/backends/ leans on modelsearch internals: an upgrade that changes one fails here.

The lean backend (two query-plan fixes that keep search at 50,000 items under 50 ms on
PostgreSQL, bench/search.py) overrides modelsearch's compilers' ``search()`` and calls
internals no public API offers. Each is pinned by a digest of its source: when an upgrade
changes one, re-read ``LeanSearch`` and the compilers in search/backends/ against the new code, run
bench/search.py, and record the new digest here.
"""

import hashlib
import importlib
import inspect

from django.db import connection

import pytest
from modelsearch.backends.database.postgres import postgres
from modelsearch.utils import get_descendants_content_types_pks

from exemplars.models import Work
from search.backends.postgres import LeanPostgresSearchBackend

RELIED_ON = {
    "postgres.PostgresSearchQueryCompiler.search": "8a732f3f3c613105",
    "postgres.PostgresSearchQueryCompiler.build_tsquery": "45b6829a12b74b06",
    "postgres.PostgresSearchQueryCompiler.get_search_vectors": "e14a8cefaf6f7271",
    "postgres.PostgresSearchQueryCompiler.get_index_vectors": "a225255fec0b0fd1",
    "postgres.PostgresAutocompleteQueryCompiler.get_index_vectors": "4c1fa0abc8d45458",
    "sqlite.SQLiteSearchQueryCompiler.search": "4b214294f3627b59",
    "sqlite.SQLiteSearchQueryCompiler.build_search_query": "9f50a4f72e404f3e",
    "query.MatchExpression": "67f930485d349d55",
    "query.normalize": "056b49d66fcb45d5",
}
"""modelsearch's SQLite modules can be imported only on SQLite (they look up a model that
exists there alone): their entries are checked when the suite runs on SQLite, as CI's
first run does; the PostgreSQL ones on every database."""


def resolve(name: str):
    module_name, *attributes = name.split(".")
    package = "postgres" if module_name == "postgres" else "sqlite"
    thing = importlib.import_module(f"modelsearch.backends.database.{package}.{module_name}")
    for attribute in attributes:
        thing = getattr(thing, attribute)
    return thing


def digest(thing) -> str:
    return hashlib.sha256(inspect.getsource(thing).encode()).hexdigest()[:16]


@pytest.mark.parametrize("name", RELIED_ON)
def test_the_internals_the_lean_backend_relies_on_are_as_it_was_written_against(name):
    if not name.startswith("postgres.") and connection.vendor != "sqlite":
        pytest.skip("modelsearch's SQLite modules load on SQLite only; CI checks them in its SQLite stage")
    thing, recorded = resolve(name), RELIED_ON[name]
    assert digest(thing) == recorded, (
        f"modelsearch's {name} changed: re-read search/backends/ (LeanSearch) against it, "
        f"run bench/search.py, then record {digest(thing)!r} here"
    )
    assert digest(get_descendants_content_types_pks) == "27fc5724dde6fabb"


def test_the_names_and_fields_it_reads_are_there():
    assert Work._meta.get_field("index_entries").related_model._meta.get_field("object_id")
    for compiler in (postgres.PostgresSearchQueryCompiler, postgres.PostgresAutocompleteQueryCompiler):
        assert callable(compiler.check) and callable(compiler.get_config)
    # The stock class the lean one replaces is the one Wagtail's loader picks.
    assert postgres.PostgresSearchBackend in LeanPostgresSearchBackend.__bases__
    if connection.vendor == "sqlite":
        sqlite = resolve("sqlite")
        assert set(sqlite.SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS) == {"title", "body"}
        assert hasattr(sqlite, "SQLiteFTSIndexEntry")  # its index_entry is joined
        lean_sqlite = importlib.import_module("search.backends.sqlite").LeanSQLiteSearchBackend
        assert sqlite.SQLiteSearchBackend in lean_sqlite.__bases__
