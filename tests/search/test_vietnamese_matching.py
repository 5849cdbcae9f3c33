"""Vietnamese typed with or without diacritics finds the accented text.

The same table of queries and expected results holds on SQLite and on PostgreSQL (CI
runs this module on both), because the text is folded and spelled the same way in Python
before any backend sees it.
"""

import unicodedata

import pytest

from tests.search.searching import add_search_content, titles_found

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    with django_db_blocker.unblock():
        return add_search_content(site)


PLAN = "Đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ các cấp và 90 năm Ngày truyền thống MTTQ Việt Nam"

EXPECTED = {
    # query: the titles found (exactly, in order), whatever the database
    "Khuổi Phầy": ["Đường bê tông thôn Khuổi Phầy"],
    "khuoi phay": ["Đường bê tông thôn Khuổi Phầy"],
    # The plan holds "nông", "thị" and "hòa" far apart: found, after the name itself.
    "Nong Thi Hoa": ["Nông Thị Hoa", PLAN],
    "NÔNG THỊ HOA": ["Nông Thị Hoa", PLAN],
    "ban chu": ["Nhà văn hóa thôn Bản Chu", PLAN],  # "ban" and "chủ" are common words
    "kien moc": ["Đường bê tông thôn Khuổi Phầy"],
    "kiem tra cong trinh": ["Đoàn công tác kiểm tra công trình chào mừng"],
    "giữ lửa": ["Nông Thị Hoa"],
    "nong thon moi": ["Nông thôn mới ở Lạng Sơn", PLAN],
}


@pytest.mark.parametrize(("query", "expected"), EXPECTED.items())
def test_the_same_queries_find_the_same_results_on_every_database(content, client, query, expected):
    assert titles_found(client, query) == expected


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("thi dua", "Sôi nổi phong trào thi đua ở Đình Lập"),
        ("dinh lap", "Sôi nổi phong trào thi đua ở Đình Lập"),
        ("Dinh Lap", "Đường bê tông thôn Khuổi Phầy"),
        ("Lang Son", "Nhà văn hóa thôn Bản Chu"),
        ("lang son", "Nông thôn mới ở Lạng Sơn"),
        ("Nong Luong Chan", PLAN),  # the plan's signatory
        ("kiem tra", "Đoàn công tác kiểm tra công trình chào mừng"),
    ],
)
def test_text_typed_without_diacritics_finds_accented_text(content, client, typed, title):
    assert title in titles_found(client, typed)


def test_letters_with_two_marks_match_with_and_without_them(content, client):
    """ể, ộ and ầ carry two marks: SQLite's tokenizer keeps them, the folded copy does not."""
    for query in ("kiểm tra", "kiem tra", "Khuổi Phầy", "khuoi phay", "Sôi nổi", "soi noi"):
        assert titles_found(client, query), query


def test_d_with_stroke_folds_to_d(content, client):
    """Đ/đ is a letter of its own in Unicode (no combining mark to drop)."""
    assert "Sôi nổi phong trào thi đua ở Đình Lập" in titles_found(client, "DINH LAP")
    assert "Sôi nổi phong trào thi đua ở Đình Lập" in titles_found(client, "đình lập")


def test_decomposed_input_matches_like_composed_input(content, client):
    decomposed = unicodedata.normalize("NFD", "Khuổi Phầy")
    assert titles_found(client, decomposed) == ["Đường bê tông thôn Khuổi Phầy"]


def test_every_word_must_match(content, client):
    assert titles_found(client, "Khuổi Phầy Bản Chu") == []


def test_a_query_typed_with_diacritics_ranks_exact_accents_first(content, client):
    """ "Lạng" and "Lăng" fold to the same "lang": the spelling typed decides the order."""
    lang_son, chi_lang = "Nông thôn mới ở Lạng Sơn", "Chi Lăng đón nhận Bằng khen"

    typed_lang = titles_found(client, "Lạng", type="news")
    assert typed_lang.index(lang_son) < typed_lang.index(chi_lang)

    typed_lang_breve = titles_found(client, "Lăng", type="news")
    assert typed_lang_breve.index(chi_lang) < typed_lang_breve.index(lang_son)


def test_without_diacritics_the_query_in_a_title_ranks_first(content, client):
    titles = titles_found(client, "nong thon moi")
    assert titles[0] == "Nông thôn mới ở Lạng Sơn"


def test_results_are_marked_exact_in_the_order_they_were_typed(content, client):
    """A mixed query: accented words must match their accents, unaccented ones anything."""
    titles = titles_found(client, "Lạng son", type="news")
    assert titles[0] == "Nông thôn mới ở Lạng Sơn"


def test_the_query_in_a_title_ranks_above_the_query_in_the_text(content, client):
    titles = titles_found(client, "dinh lap")
    in_title = titles.index("Sôi nổi phong trào thi đua ở Đình Lập")
    in_place_only = titles.index("Đường bê tông thôn Khuổi Phầy")
    assert in_title < in_place_only
