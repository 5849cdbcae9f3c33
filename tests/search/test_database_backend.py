"""search.backends: Wagtail's database backend, with leaner queries for unranked searches.

The lean queries must return exactly what Wagtail's own backend returns, and be lean:
on PostgreSQL the matched vector is not selected, and a GIN index covers the expression
Wagtail filters on.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail.search.backends import database, get_search_backend

import pytest

from campaigns.models import ArticlePage
from exemplars.models import Exemplar, Work
from tests.search.searching import add_search_content

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL's query plans and GIN indexes (SQLite searches through FTS5); "
    "CI runs these in its PostgreSQL stage",
)

QUERIES = ["thi dua", "dinh lap", "lang son", "khuoi phay", "kiem tra cong trinh", "nong", "xyzzy"]


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    with django_db_blocker.unblock():
        return add_search_content(site)


def stock_backend():
    return database.SearchBackend({"SEARCH_CONFIG": "simple"})


def test_the_configured_backend_is_the_lean_one_for_this_database():
    backend = get_search_backend()
    stock = stock_backend()
    assert isinstance(backend, type(stock))
    assert type(backend).__name__ == f"Lean{type(stock).__name__}"


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(
    "queryset",
    [
        lambda: Page.objects.live().public().order_by("-id"),
        lambda: ArticlePage.objects.live(),
        lambda: Work.objects.filter(live=True, status__in=["accepted", "plaque_mounted"]),
        lambda: Exemplar.objects.filter(live=True),
    ],
    ids=["pages", "articles", "works", "exemplars"],
)
@pytest.mark.parametrize("method", ["search", "autocomplete"])
def test_unranked_searches_return_what_wagtails_backend_returns(content, query, queryset, method):
    lean, stock = get_search_backend(), stock_backend()
    expected = [
        item.pk
        for item in getattr(stock, method)(query, queryset(), operator="and", order_by_relevance=False)
    ]
    found = [
        item.pk for item in getattr(lean, method)(query, queryset(), operator="and", order_by_relevance=False)
    ]
    assert found == expected
    assert [
        item.pk
        for item in getattr(lean, method)(query, queryset(), operator="and", order_by_relevance=False)[:2]
    ] == expected[:2]


@pytest.mark.parametrize("query", QUERIES)
def test_ranked_searches_are_wagtails_own(content, query):
    lean, stock = get_search_backend(), stock_backend()
    expected = [item.pk for item in stock.search(query, Page.objects.live())]
    assert [item.pk for item in lean.search(query, Page.objects.live())] == expected


@ON_POSTGRESQL
def test_on_postgresql_the_matched_vector_is_filtered_on_not_selected_nor_joined(content):
    """The matching keys come from a subquery on the index table: no join on ``id::varchar``
    (which forces a read of the whole model table), no vector in the selected columns."""
    with CaptureQueriesContext(connection) as queries:
        list(get_search_backend().search("thi dua", Work.objects.all(), order_by_relevance=False)[:10])
    sql = queries.captured_queries[-1]["sql"]
    select_list = sql[: sql.index(" FROM ")]
    assert "_vector_" not in select_list
    assert re.search(r'\(U\d+\."title" \|\| U\d+\."body"\) @@', sql)
    assert "JOIN" not in sql


@pytest.fixture
def crowded_index(content):
    """Three thousand more index entries of each searched type, none holding the searched
    words, and the table's statistics: at a test's few dozen entries the planner reads the
    entries of a type through its content type, as it should; at a real site's size it
    goes to the words' postings. Rolled back with the test."""
    with connection.cursor() as cursor:
        for model in (Work, Exemplar, ArticlePage):
            cursor.execute(
                "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title_norm, title,"
                " autocomplete, body, title_text, body_text)"
                " SELECT %s, 'filler-' || n, 1, to_tsvector('simple', 'loai khac'),"
                " to_tsvector('simple', 'loai khac'), to_tsvector('simple', 'van ban so ' || n), '', ''"
                " FROM generate_series(1, 3000) AS n",
                [ContentType.objects.get_for_model(model).pk],
            )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


@ON_POSTGRESQL
@pytest.mark.parametrize(
    ("model", "query", "index"),
    [
        (Work, "duong be tong", "search_body_gin_exemplars_work"),
        (Exemplar, "duong be tong", "search_body_gin_exemplars_exemplar"),
        (Page, "thi dua", "search_body_gin_others"),
    ],
)
def test_on_postgresql_each_type_is_searched_through_the_gin_index_of_its_own_entries(
    crowded_index, model, query, index
):
    """A search reads the postings of its own type's entries only (migration 0003): the
    planner must be able to prove that the search's content types fall under the index's
    condition, or it falls back to reading every entry of the type. (Pages are searched
    with the content types of every page type, the others' index holds them all.)"""
    with CaptureQueriesContext(connection) as queries:
        found = list(get_search_backend().search(query, model.objects.all(), order_by_relevance=False)[:10])
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + queries.captured_queries[-1]["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert found, "the test content holds the words in every type"
    assert f"Bitmap Index Scan on {index}" in plan, plan


@ON_POSTGRESQL
def test_on_postgresql_the_planner_keeps_word_statistics_of_the_indexed_text():
    """Without the whole-table index the planner would have no figures for ``title || body``
    (it reads none from partial indexes): it took 8,000 matches for one and looked each up."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        cursor.execute(
            "SELECT count(*) FROM pg_stats_ext_exprs WHERE statistics_name = 'search_title_body_words'"
            " AND expr LIKE '%title || body%'"
        )
        (expressions,) = cursor.fetchone()
    assert expressions == 1


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("autocomplete", [False, True])
def test_rows_are_the_unranked_matches_without_model_objects(content, query, autocomplete):
    backend = get_search_backend()
    queryset = Work.objects.filter(live=True)
    method = backend.autocomplete if autocomplete else backend.search
    expected = list(method(query, queryset, operator="and", order_by_relevance=False)[:5])
    rows = backend.search_rows(query, queryset, ("title", "slug"), limit=5, autocomplete=autocomplete)
    assert [(row.pk, row.title, row.slug) for row in rows] == [
        (item.pk, item.title, item.slug) for item in expected
    ]
