"""On PostgreSQL the public search reads the titles of every type in one search, and asks
which candidates hold the words as typed in one more, with exactly the results of one
search per type.

Each type's title search read every title matching the words in the whole index (the
GIN index holds no type) and looked each one up: three times the same matches. Reading
them once, the newest few keys of each type, must find what the per-type searches find,
including when most of the newest matches may not be shown (then that type is searched
alone).
"""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.search.backends import get_search_backend

import pytest

from campaigns.factories import UnitFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import Exemplar, Work, WorkStatus
from search import engine
from search.query import clean_query

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="one search for all types is PostgreSQL's (SQLite searches each type); "
        "CI runs these in its PostgreSQL stage",
    ),
]

QUERIES = ["đường bê tông", "duong be", "nhà văn hóa", "Nà Pàn", "thi đua", "xyzzy"]


@pytest.fixture
def items():
    """Works and exemplars whose titles and texts share words, some not public."""
    unit = UnitFactory(name="Xã Chi Lăng")
    works, exemplars = [], []
    for number in range(24):
        village = "Nà Pàn" if number % 3 else "Bản Chu"
        kind = "Đường bê tông" if number % 2 else "Nhà văn hóa"
        works.append(
            WorkFactory(
                title=f"{kind} thôn {village} số {number}",
                summary="Công trình chào mừng đợt thi đua" if number % 4 else "Đường bê tong mới",
                unit=unit,
                status=WorkStatus.ACCEPTED if number % 5 else WorkStatus.IN_PROGRESS,
                live=number % 7 != 0,
            )
        )
    for number in range(12):
        exemplars.append(
            ExemplarFactory(
                name=f"Ban công tác Mặt trận thôn {'Nà Pàn' if number % 2 else 'Bản Chu'} {number}",
                summary="Vận động làm đường bê tông" if number % 3 else "Điển hình trong đợt thi đua",
                unit=unit,
                live=number % 5 != 0,
            )
        )
    return works, exemplars


def public_querysets():
    return [
        (Work.objects.filter(live=True, status__in=[WorkStatus.ACCEPTED]), ("title",)),
        (Exemplar.objects.filter(live=True), ("name",)),
    ]


def per_type(query, searches, limit):
    backend = get_search_backend()
    return [
        [row.pk for row in backend.search_rows(query, queryset, fields, limit=limit, autocomplete=True)]
        for queryset, fields in searches
    ]


@pytest.mark.parametrize("text", QUERIES)
def test_the_titles_of_all_types_in_one_search_are_those_of_one_search_per_type(items, text):
    query = clean_query(text).folded
    searches = public_querysets()
    with CaptureQueriesContext(connection) as queries:
        found = get_search_backend().title_rows(query, searches, limit=5)
    index_searches = [q for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]

    assert [[row.pk for row in rows] for rows in found] == per_type(query, searches, 5)
    assert len(index_searches) == 1, "one search of the index for both types"


def test_the_titles_keep_the_fields_asked_for(items):
    works, _exemplars = items
    (rows, _none) = get_search_backend().title_rows("nha van hoa", public_querysets(), limit=3)
    shown = {work.pk: work.title for work in works}
    assert rows and all(row.title == shown[row.pk] for row in rows)


def test_a_type_whose_newest_matches_are_hidden_is_searched_alone(items, monkeypatch):
    """Only the newest keys of each type are read: when too few of them may be shown, the
    answer for that type is left to its own search, which reads every match."""
    from search.backends import postgres

    works, _exemplars = items
    monkeypatch.setattr(postgres, "TITLE_KEYS", 1)
    newest_roads = [work for work in reversed(works) if work.title.startswith("Đường")][:3]
    Work.objects.filter(pk__in=[work.pk for work in newest_roads]).update(live=False)
    searches = public_querysets()

    found = get_search_backend().title_rows("duong be tong", searches, limit=3)

    assert found[0] is None, "three newest keys, all hidden: the works are searched alone"
    assert [row.pk for row in found[1]] == per_type("duong be tong", searches, 3)[1]


@pytest.mark.parametrize("spelled", ["dduwowngf bee", "nhaf vawn", "thi dduaf"])
def test_the_candidates_spelled_as_typed_are_found_in_one_search(items, spelled):
    works, exemplars = items
    backend = get_search_backend()
    candidates = [(Work, [work.pk for work in works]), (Exemplar, [item.pk for item in exemplars])]
    expected = [
        {row.pk for row in backend.search_rows(spelled, model.objects.all(), (), limit=len(keys), among=keys)}
        for model, keys in candidates
    ]
    with CaptureQueriesContext(connection) as queries:
        found = backend.matching_among(spelled, candidates)
    assert found == expected
    assert len([q for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]) == 1


@pytest.mark.parametrize("text", QUERIES)
def test_the_search_page_finds_the_same_either_way(site, items, text, monkeypatch):
    """The whole search (pages, works, exemplars; ranking, counts), with and without."""
    backend = get_search_backend()
    request = RequestFactory().get("/vi/tim-kiem/", HTTP_HOST="localhost")

    def outcome(together):
        monkeypatch.setattr(type(backend), "searches_types_together", together)
        with translation.override("vi"):
            found = engine.run_search(clean_query(text), engine.scope_for(request))
        return [(hit.kind.key, hit.pk, hit.exact) for hit in found.hits], found.counts, found.capped_kinds

    assert outcome(True) == outcome(False)
