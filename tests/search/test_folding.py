import pytest

from core.folding import fold, has_diacritics


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


@pytest.mark.parametrize(
    ("accented", "spelled"),
    [
        ("Lạng Sơn", "langj sown"),
        ("Lăng", "lawng"),
        ("Đình Lập", "ddinhf laapj"),
        ("Nông Lương Chấn", "noong luwowng chaans"),
        ("Kiểm tra", "kieemr tra"),
        ("Khuổi Phầy", "khuooir phaayf"),
        ("thi đua 2020", "thi ddua 2020"),
    ],
)
def test_telex_spelling_keeps_every_mark_in_ascii(accented, spelled):
    from core.folding import spell_marks

    assert spell_marks(accented) == spelled
    assert spell_marks(accented).isascii()


def test_both_tone_placements_spell_alike():
    """ "hòa" and "hoà" are the same word typed two ways; "lạng" and "lăng" are not."""
    from core.folding import spell_marks

    assert spell_marks("hòa") == spell_marks("hoà") == "hoaf"
    assert spell_marks("lạng") != spell_marks("lăng")


def test_folding_table_agrees_with_unicode_decomposition_for_vietnamese():
    import unicodedata

    letters = "aăâeêioôơuưyđ"
    tones = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    for letter in letters + letters.upper():
        for tone in tones:
            composed = unicodedata.normalize("NFC", letter + tone)
            assert fold(composed) == fold(unicodedata.normalize("NFD", composed))
            assert fold(composed).isascii(), composed
