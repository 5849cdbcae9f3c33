"""On PostgreSQL, common words are searched by walking the newest rows, rare ones through
the GIN index, and both give exactly what Wagtail's own backend gives.

A word in most documents matches thousands of index entries at 50,000 items; the GIN plan
reads and sorts them all to keep the newest 50 (40 ms), the walk stops after about 80 rows
(4 ms). The walk is bounded, so a search that the statistics misjudge falls back to the index.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.search.backends import database, get_search_backend

import pytest

from campaigns.factories import UnitFactory
from exemplars.factories import WorkFactory
from exemplars.models import Exemplar, Work

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the walk is PostgreSQL's plan (SQLite keeps FTS5's); CI runs these in its PostgreSQL stage",
    ),
]

WORKS = 60
COMMON = "thi dua"  # in every work but one in six
RARE = "khuoi phay"  # in one work in twenty
TOGETHER = "ngay hoi"  # in two works in five, the two words always side by side


@pytest.fixture
def works(settings, monkeypatch):
    """Sixty works, their statistics taken (ANALYZE, as autovacuum does after a bulk load)."""
    from search.backends import postgres

    settings.SEARCH_WALK_MIN_ENTRIES = 0  # a test-sized index: walk all the same
    unit = UnitFactory(name="Xã Chi Lăng")
    created = []
    for number in range(WORKS):
        words = []
        if number % 6:
            words.append("thi đua")
        if number % 20 == 0:
            words.append("Khuổi Phầy")
        if number % 5 < 2:
            words.append("ngày hội")
        created.append(
            WorkFactory(
                title=f"Công trình số {number}",
                summary=" ".join(words) or "Nhà văn hóa thôn",
                unit=unit,
            )
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    postgres.WordShares.forget()
    yield created
    postgres.WordShares.forget()


def stock_rows(query: str, queryset, limit: int) -> list[int]:
    stock = database.SearchBackend({"SEARCH_CONFIG": "simple"})
    return [
        item.pk for item in stock.search(query, queryset, operator="and", order_by_relevance=False)[:limit]
    ]


def searched(query: str, queryset, limit: int):
    """The keys the site's backend finds, and the SQL of the searches it ran."""
    with CaptureQueriesContext(connection) as queries:
        rows = get_search_backend().search_rows(query, queryset, (), limit=limit)
    searches = [
        q["sql"]
        for q in queries.captured_queries
        if "wagtailsearch_indexentry" in q["sql"] and "pg_stats" not in q["sql"]
    ]
    return [row.pk for row in rows], searches


def test_a_common_word_is_found_by_walking_the_newest_rows(works):
    queryset = Work.objects.filter(live=True)
    found, searches = searched(COMMON, queryset, limit=10)

    assert found == stock_rows(COMMON, queryset, 10)
    assert len(found) == 10
    assert len(searches) == 1, "the walk found them all: no second search"
    assert "ts_match_vq" in searches[0] and "@@" not in searches[0]


def test_a_rare_word_is_found_through_the_index(works):
    queryset = Work.objects.filter(live=True)
    found, searches = searched(RARE, queryset, limit=10)

    assert found == stock_rows(RARE, queryset, 10)
    assert len(found) == WORKS // 20
    assert len(searches) == 1 and "@@" in searches[0], "a rare word goes straight to the GIN index"


def test_a_walk_that_falls_short_falls_back_to_the_index(works, monkeypatch):
    """The newest rows hold too few matches (the words are rarer among the newest than in
    the type's statistics): the index gives the rest."""
    from search.backends import postgres

    monkeypatch.setattr(postgres, "WALK_ROWS", 6)  # the six newest works hold five matches
    queryset = Work.objects.filter(live=True)
    found, searches = searched(COMMON, queryset, limit=10)

    assert found == stock_rows(COMMON, queryset, 10)
    assert len(searches) == 2
    assert "ts_match_vq" in searches[0] and "@@" in searches[1]


def test_a_type_without_the_common_word_finds_nothing_either_way(works):
    """Common in the works, absent from the exemplars: each type is judged on its own
    entries' statistics, so the exemplars go straight to their index, which has none."""
    from search.backends import postgres

    assert postgres.WordShares.share(["thi", "dua"], Work) >= postgres.COMMON_SHARE
    assert postgres.WordShares.share(["thi", "dua"], Exemplar) == 0
    queryset = Exemplar.objects.filter(live=True)
    found, searches = searched(COMMON, queryset, limit=10)
    assert found == stock_rows(COMMON, queryset, 10) == []
    assert len(searches) == 1 and "@@" in searches[0], "no walk through exemplars for a word they lack"


def test_a_search_asking_for_the_newest_first_is_walked_too(works):
    """The public search orders pages newest first itself (``-id``): the walk gives that order."""
    queryset = Work.objects.filter(live=True).order_by("-id")
    found, searches = searched(COMMON, queryset, limit=10)

    assert found == stock_rows(COMMON, queryset, 10)
    assert len(searches) == 1 and "ts_match_vq" in searches[0] and "@@" not in searches[0]


def test_a_search_in_another_order_is_left_to_the_index(works):
    queryset = Work.objects.filter(live=True).order_by("id")  # the oldest first
    found, searches = searched(COMMON, queryset, limit=10)

    assert found == stock_rows(COMMON, queryset, 10)
    assert len(searches) == 1 and "@@" in searches[0]


def test_the_walk_keeps_the_querysets_own_filters(works):
    """Unpublished works are not walked into the results."""
    newest = works[-1] if (WORKS - 1) % 6 else works[-2]
    Work.objects.filter(pk=newest.pk).update(live=False)
    queryset = Work.objects.filter(live=True)
    found, _searches = searched(COMMON, queryset, limit=10)

    assert newest.pk not in found
    assert found == stock_rows(COMMON, queryset, 10)


def test_a_small_index_is_left_to_the_gin_plan(works, settings):
    """Below a few thousand entries the GIN plan reads few rows: no walk, no statistics needed."""
    from search.backends import postgres

    settings.SEARCH_WALK_MIN_ENTRIES = 10_000
    postgres.WordShares.forget()
    _found, searches = searched(COMMON, Work.objects.filter(live=True), limit=10)
    assert len(searches) == 1 and "@@" in searches[0]


def test_words_that_go_together_are_walked_when_together_they_are_common(works):
    """Each word is in 40 % of the works, and always with the other: taken as independent
    (16 %) they would go to the index; their estimate (the mean of independent and
    together, 25 %) walks, and finds them."""
    from search.backends import postgres

    assert postgres.WordShares.share(["ngay", "hoi"], Work) >= postgres.COMMON_SHARE
    queryset = Work.objects.filter(live=True)
    found, searches = searched(TOGETHER, queryset, limit=10)

    assert found == stock_rows(TOGETHER, queryset, 10)
    assert len(searches) == 1 and "ts_match_vq" in searches[0] and "@@" not in searches[0]
