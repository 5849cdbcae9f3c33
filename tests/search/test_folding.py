import pytest

from search.folding import fold, has_diacritics


@pytest.mark.parametrize(
    ("accented", "typed"),
    [
        ("thi đua", "thi dua"),
        ("Đình Lập", "dinh lap"),
        ("Lạng Sơn", "lang son"),
        ("Nông Lương Chấn", "nong luong chan"),
        ("Kiểm tra Tổ quốc", "kiem tra to quoc"),
        ("ĐẠI HỘI", "dai hoi"),
    ],
)
def test_accented_text_folds_to_what_people_type(accented, typed):
    assert fold(accented) == typed


def test_decomposed_input_folds_like_composed_input():
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Tràng Định")) == "trang dinh"


def test_only_accented_queries_count_as_accented():
    assert has_diacritics("thi đua")
    assert not has_diacritics("thi dua")
    assert fold("") == ""
