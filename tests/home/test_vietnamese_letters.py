"""Every Vietnamese letter folds, slugs and spells as it did before anyascii took over.

The expected strings were produced by the hand-written NFD folding that anyascii replaced
(core/folding.py and core/slugs.py before issue 14), so a change of library or of its
version that moves a single letter fails here, in both cases and both normal forms.
"""

import unicodedata

import pytest

from core.folding import fold, has_diacritics, spell_marks, unmark
from core.slugs import slugify_vi

# The 67 lower-case letters carrying a mark (12 vowels x 5 tones + 6 shaped vowels + đ)...
LOWER = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
# ...and their 67 capitals: 134 letters.
UPPER = "ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴĐ"
BASES = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
TELEX = (
    "as af ar ax aj aw aws awf awr awx awj aa aas aaf aar aax aaj es ef er ex ej ee ees eef eer"
    " eex eej is if ir ix ij os of or ox oj oo oos oof oor oox ooj ow ows owf owr owx owj us uf"
    " ur ux uj uw uws uwf uwr uwx uwj ys yf yr yx yj dd"
).split()

LETTERS = [
    *zip(LOWER, BASES, TELEX, strict=True),
    *zip(UPPER, BASES, TELEX, strict=True),
]


def test_the_table_holds_all_134_distinct_vietnamese_letters():
    letters = [letter for letter, _, _ in LETTERS]
    assert len(set(letters)) == 134
    assert [letter.upper() for letter in LOWER] == list(UPPER)


@pytest.mark.parametrize(("letter", "base", "telex"), LETTERS)
def test_each_letter_folds_slugs_and_spells_as_before(letter, base, telex):
    decomposed = unicodedata.normalize("NFD", letter)
    assert fold(letter) == fold(decomposed) == base
    assert unmark(letter) == (base.upper() if letter.isupper() else base)
    assert slugify_vi(letter) == slugify_vi(decomposed) == base
    assert spell_marks(letter) == spell_marks(decomposed) == telex
    assert has_diacritics(letter) and has_diacritics(decomposed)


@pytest.mark.parametrize("letter", "aeiouydAEIOUYD")
def test_plain_letters_are_left_alone(letter):
    assert unmark(letter) == letter
    assert fold(letter) == slugify_vi(letter) == spell_marks(letter) == letter.lower()
    assert not has_diacritics(letter)


@pytest.mark.parametrize(
    ("text", "folded", "slug"),
    [
        # punctuation, symbols and digits stay as they were (anyascii alone would spell
        # "°" as "deg" and the dash as "-")
        (
            "Nhiệt độ 30°C – “thi đua” yêu nước!",
            "nhiet do 30°c – “thi dua” yeu nuoc!",
            "nhiet-do-30c-thi-dua-yeu-nuoc",
        ),
        (
            "Khuổi Phầy & Pò Mã (Tràng Định) — 50% hộ",
            "khuoi phay & po ma (trang dinh) — 50% ho",
            "khuoi-phay-po-ma-trang-dinh-50-ho",
        ),
        (
            "Quyết định số 12/QĐ-MTTQ ngày 01/02/2020",
            "quyet dinh so 12/qd-mttq ngay 01/02/2020",
            "quyet-dinh-so-12qd-mttq-ngay-01022020",
        ),
    ],
)
def test_sentences_fold_and_slug_as_before(text, folded, slug):
    assert fold(text) == fold(unicodedata.normalize("NFD", text)) == folded
    assert slugify_vi(text) == slug


def test_long_titles_are_cut_at_a_word_without_a_trailing_dash():
    title = "ĐẠI HỘI ĐẠI BIỂU MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN lần thứ XVI, nhiệm kỳ 2024–2029"
    assert slugify_vi(title, max_length=24) == "dai-hoi-dai-bieu-mat-tra"
    assert slugify_vi(title, max_length=16) == "dai-hoi-dai-bieu"
    assert slugify_vi("Đình -- Lập", max_length=5) == "dinh"
