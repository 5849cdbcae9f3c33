"""Marking the words a query matched, in the original text.

Matching is done on folded words ("thi dua" matches "thi đua"), marking on the text as
written, so the visitor sees their words with the accents the editor typed. Everything
outside the ``<mark>`` tags is escaped; nothing from the text is trusted as HTML.
"""

import unicodedata
from html import escape as escape_html

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.folding import WORD_RE, fold

from .query import SearchQuery

EXCERPT_WORDS = 34
"""Words in an excerpt: two lines on a phone, one and a half on a desktop."""

LEAD_WORDS = 8
"""Words shown before the first match, so it does not start the excerpt cold."""

FALLBACK_CHARACTERS = 2000
"""The beginning of a text cut into words when no match is shown: far more than EXCERPT_WORDS."""


def _tokens(text: str):
    return list(WORD_RE.finditer(text))


def _nfc(text) -> str:
    return unicodedata.normalize("NFC", " ".join(str(text or "").split()))


def _mark(text: str, tokens, matched: set[int], start: int, stop: int) -> str:
    """HTML for ``text`` between tokens ``start`` and ``stop`` (exclusive), marks on ``matched``.

    Escaped with the standard library's ``html.escape``, as Django's ``escape`` does, without
    its lazy-string wrapper: an excerpt escapes a hundred pieces.
    """
    if start >= stop:
        return ""
    parts = []
    position = tokens[start].start()
    for index in range(start, stop):
        token = tokens[index]
        parts.append(escape_html(text[position : token.start()]))
        word = escape_html(token.group())
        parts.append(f"<mark>{word}</mark>" if index in matched else word)
        position = token.end()
    return "".join(parts)


def matched_positions(tokens, terms: set[str], prefix: str | None = None) -> set[int]:
    """Indexes of the tokens whose folded form is a query term (or starts with ``prefix``)."""
    found = set()
    for index, token in enumerate(tokens):
        folded = fold(token.group())
        if folded in terms or (prefix and folded.startswith(prefix)):
            found.add(index)
    return found


def _folded(text: str, tokens) -> list[str]:
    """The folded form of each token of ``text``.

    Folding the whole text at once is one pass in C; when it keeps every character's
    place (it does for NFC Vietnamese: one letter for one letter), each token's folded
    form is the same slice of it. Otherwise each distinct word is folded once.
    """
    whole = fold(text)
    if len(whole) == len(text):
        return [whole[token.start() : token.end()] for token in tokens]
    seen: dict[str, str] = {}
    folded = []
    for token in tokens:
        word = token.group()
        form = seen.get(word)
        if form is None:
            form = seen[word] = fold(word)
        folded.append(form)
    return folded


def highlight(text: str, query: SearchQuery) -> SafeString:
    """The whole of ``text`` (a title) escaped, with the matched words in ``<mark>``."""
    text = _nfc(text)
    tokens = _tokens(text)
    matched = matched_positions(tokens, set(query.folded_terms))
    if not tokens:
        return mark_safe(escape(text))  # noqa: S308 - escaped just now
    html = escape(text[: tokens[0].start()]) + _mark(text, tokens, matched, 0, len(tokens))
    html += escape(text[tokens[-1].end() :])
    return mark_safe(html)  # noqa: S308 - every piece escaped above


def excerpt(texts, query: SearchQuery, size: int = EXCERPT_WORDS) -> SafeString:
    """A window of about ``size`` words from the first of ``texts`` that matches the query.

    The window is placed where it holds the most distinct query words. When no text
    matches (the match was in the title or a related unit's name), the beginning of the
    first non-empty text is shown unmarked. Empty when every text is empty.
    """
    terms = set(query.folded_terms)
    phrase = list(query.folded_terms)
    best_possible = (len(terms), True)
    best = None  # (score, text, tokens, matched, start); the first text wins ties
    fallback = None  # the first text with a word in it
    for text in texts:
        if best is not None and best[0] == best_possible:
            break
        text = _nfc(text)
        if not any(term in fold(text) for term in terms):
            # No query word in it: no need to cut a long text (a plan's) into words.
            if fallback is None and WORD_RE.search(text):
                fallback = text
            continue
        tokens = _tokens(text)
        if not tokens:
            continue
        if fallback is None:
            fallback = text
        folded = _folded(text, tokens)
        matched = {index for index, word in enumerate(folded) if word in terms}
        if not matched:
            continue
        for position in sorted(matched):
            if best is not None and best[0] == best_possible:
                break  # every query word, the phrase too: no later window can do better
            start = max(0, min(position - LEAD_WORDS, len(tokens) - size))
            window = range(start, min(len(tokens), start + size))
            distinct = len({folded[i] for i in window if i in matched})
            has_phrase = any(folded[i : i + len(phrase)] == phrase for i in window)
            score = (distinct, has_phrase)
            if best is None or score > best[0]:
                best = (score, text, tokens, matched, start)
    if best is not None:
        _score, text, tokens, matched, start = best
        return _window(text, tokens, matched, start, size)
    if fallback is None:
        return mark_safe("")
    tokens = _tokens(fallback[:FALLBACK_CHARACTERS])
    if len(tokens) <= size:  # a short text, or very long words: the whole text
        tokens = _tokens(fallback)
    return _window(fallback, tokens, set(), 0, size)


def _window(text: str, tokens, matched: set[int], start: int, size: int) -> SafeString:
    stop = min(len(tokens), start + size)
    html = _mark(text, tokens, matched, start, stop)
    if start > 0:
        html = "… " + html
    else:
        html = escape(text[: tokens[0].start()]) + html
    if stop < len(tokens):
        html += " …"
    else:
        html += escape(text[tokens[-1].end() :])
    return mark_safe(html)  # noqa: S308 - every piece escaped in _mark


def mark_spans(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Character spans of ``text`` to mark for a suggestion: whole terms, and the last as a prefix.

    ``text`` must already be NFC (as ``suggest`` sends it), for the offsets to hold.
    """
    tokens = _tokens(text)
    terms = set(query.folded_terms[:-1])
    last = query.folded_terms[-1] if query.folded_terms else None
    return [
        (tokens[i].start(), tokens[i].end()) for i in sorted(matched_positions(tokens, terms, prefix=last))
    ]
