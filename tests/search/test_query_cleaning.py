"""What a visitor types is reduced to words before any backend sees it."""

import unicodedata

from search.query import MAX_QUERY_LENGTH, MAX_WORDS, clean_query


def test_words_keep_their_accents_and_case_as_typed():
    query = clean_query("  Thi   Đua\tLạng Sơn ")
    assert query.text == "Thi Đua Lạng Sơn"
    assert query.words == ("Thi", "Đua", "Lạng", "Sơn")
    assert query.folded == "thi dua lang son"
    assert query.accented


def test_a_query_without_marks_is_not_accented():
    query = clean_query("thi dua")
    assert not query.accented
    assert query.spelled == query.folded == "thi dua"


def test_the_spelled_form_keeps_every_mark_in_ascii():
    assert clean_query("Lạng Sơn").spelled == "langj sown"
    assert clean_query("Đình Lập").spelled == "ddinhf laapj"
    assert clean_query("hòa hoà").spelled == "hoaf hoaf"  # both tone placements


def test_search_syntax_is_only_words():
    for raw in [
        '"thi đua"',
        "thi* dua",
        "title:thi dua",
        "(thi OR dua) AND NOT x",
        "thi & dua | !x",
        "thi:* dua",
    ]:
        query = clean_query(raw)
        assert all(word.isalnum() for word in query.words), raw


def test_control_and_invisible_characters_are_dropped():
    query = clean_query("thi\x00\x1f đua\u200b\u200d\u202e")
    assert query.words == ("thi", "đua")
    assert "\x00" not in query.text


def test_decomposed_input_is_composed():
    query = clean_query(unicodedata.normalize("NFD", "Tràng Định"))
    assert query.text == "Tràng Định"
    assert query.folded == "trang dinh"


def test_long_input_is_cut_at_a_word_boundary():
    query = clean_query("thi đua " * 1000)
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.text.endswith("đua") or query.text.endswith("thi")
    assert len(query.words) == MAX_WORDS
    assert query.truncated


def test_one_very_long_word_is_cut_too():
    query = clean_query("a" * 4000)
    assert query.text == "a" * MAX_QUERY_LENGTH
    assert query.truncated


def test_nothing_searchable_is_an_empty_query():
    for raw in (None, "", "   ", "😀🎉", "'\"", "***", "\x00"):
        assert not clean_query(raw), raw
