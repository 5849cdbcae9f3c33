"""Vietnamese accent folding: "Đình Lập" and "dinh lap" must meet.

People often type Vietnamese without diacritics. Decomposing to NFD and dropping the
combining marks turns "thi đua" into "thi đua" minus tones, but đ/Đ are letters of their
own (not d plus a mark) and need an explicit mapping. Folding the indexed text and the
query the same way works on every search backend, including SQLite's, which takes no
analyzer configuration and whose tokenizer splits words at letters carrying two marks.
"""

import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """Lower-case ``text`` without diacritics: "Nông Lương Chấn" → "nong luong chan"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped).lower()


def has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()
