"""Vietnamese accent folding: "Đình Lập" and "dinh lap" must meet.

People often type Vietnamese without diacritics. Decomposing to NFD and dropping the
combining marks turns "thi đua" into "thi đua" minus tones, but đ/Đ are letters of their
own (not d plus a mark) and need an explicit mapping. Folding the indexed text and the
query the same way works on every search backend, including SQLite's, which takes no
analyzer configuration and whose tokenizer strips one mark from a letter but keeps
letters carrying two (ể, ộ).

The functions live in ``home.search_text`` because the models of ``campaigns`` and
``exemplars`` index folded text and may not import this app; this module is the
search app's name for them.
"""

from home.search_text import WORD_RE, fold, folded_words, has_diacritics, spell_marks, words

__all__ = ["WORD_RE", "fold", "folded_words", "has_diacritics", "spell_marks", "words"]
