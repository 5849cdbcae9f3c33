"""What a visitor typed, made safe for every backend.

Backends each have their own query syntax (SQLite FTS5: quotes, ``*``, ``:``, ``AND``/
``OR``/``NOT``, parentheses; PostgreSQL ``to_tsquery``: ``&``, ``|``, ``!``, ``:*``;
Elasticsearch: none in a ``match`` query, but analyzers of their own). Rather than
escaping for each, the query is reduced to its words: runs of letters and digits. What
is left cannot mean anything but words, so a quote, an emoji, a control character or a
4,000-character paste gives results or an empty page, never an error.
"""

import unicodedata
from dataclasses import dataclass
from functools import cached_property

from core.folding import fold, has_diacritics, spell_marks, words

MAX_QUERY_LENGTH = 200
"""Characters kept of what was typed (Wagtail's query log stores up to 255)."""

MAX_WORDS = 12
"""Words passed to the backends; results must contain all of them, so more rarely help."""

MAX_INPUT = 4 * MAX_QUERY_LENGTH
"""Characters looked at at all: a longer paste is cut before any other work."""


@dataclass(frozen=True)
class SearchQuery:
    text: str
    """The query as typed, cleaned: control characters gone, spaces collapsed, capped."""
    words: tuple[str, ...]
    """Its words (letters and digits), at most ``MAX_WORDS``."""
    truncated: bool = False
    """True when the input was longer than ``MAX_QUERY_LENGTH`` or had too many words."""

    def __bool__(self) -> bool:
        return bool(self.words)

    @cached_property
    def folded_terms(self) -> tuple[str, ...]:
        return tuple(fold(word) for word in self.words)

    @property
    def folded(self) -> str:
        """The words without diacritics, lower case: what the folded index is searched with."""
        return " ".join(self.folded_terms)

    @property
    def spelled(self) -> str:
        """The words in Telex: what the spelled index is searched with (exact accents)."""
        return " ".join(spell_marks(word) for word in self.words)

    @cached_property
    def accented(self) -> bool:
        """Typed with diacritics: results spelled exactly so rank first."""
        return any(has_diacritics(word) for word in self.words)

    @cached_property
    def accented_spellings(self) -> frozenset[str]:
        """The words typed with diacritics, in Telex: a text spelled as typed holds each."""
        return frozenset(spell_marks(word) for word in self.words if has_diacritics(word))

    @cached_property
    def plain_terms(self) -> frozenset[str]:
        """The words typed without diacritics, folded: any accents match them."""
        return frozenset(fold(word) for word in self.words if not has_diacritics(word))


def _visible(char: str) -> bool:
    # Control, format (zero-width joiners, direction marks), surrogate, private-use and
    # unassigned characters carry no words and upset some tokenizers.
    return unicodedata.category(char)[0] != "C"


def clean_query(raw) -> SearchQuery:
    """The ``SearchQuery`` for whatever came in the ``q`` parameter (``None`` included)."""
    text = str(raw or "")
    truncated = len(text) > MAX_INPUT
    text = unicodedata.normalize("NFC", text[:MAX_INPUT])
    text = " ".join("".join(char if _visible(char) else " " for char in text).split())
    if len(text) > MAX_QUERY_LENGTH:
        truncated = True
        cut = text[:MAX_QUERY_LENGTH]
        # Do not keep half a word: a truncated word would match nothing.
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    found = words(text)
    if len(found) > MAX_WORDS:
        truncated = True
    return SearchQuery(text=text, words=tuple(found[:MAX_WORDS]), truncated=truncated)
