"""Vietnamese text as the search index sees it: folded, spelled out, and declared on models.

People often type Vietnamese without diacritics ("dinh lap" for "Đình Lập"), and the
search backends disagree about accents: SQLite's tokenizer strips one mark (ạ → a) but
keeps letters with two (ể, ộ), PostgreSQL's ``simple`` configuration keeps them all, and
Elasticsearch's ``asciifolding`` drops them all (including đ). So the site indexes two
extra copies of each searchable text, made here in Python and therefore the same on
every backend:

- **folded** (``fold``): lower case, no marks, đ → d. "Đình Lập" → "dinh lap".
  Matching a folded query against it finds every spelling.
- **spelled** (``spell_marks``): each word in Telex, the way Vietnamese type accents on
  a keyboard, with the tone last: "Đình Lập" → "ddinhf laapj", "hòa" and "hoà" → "hoaf".
  ASCII that keeps every mark, so no tokenizer or analyzer folds it away; a query typed
  with diacritics, spelled the same way, finds only the exact accented words. That is
  how results spelled as typed rank above accent-folded ones on every backend.

This module lives in ``core`` (the bottom layer) because the models of ``campaigns`` and
``exemplars`` declare these fields and ``search`` queries them.
"""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags

from wagtail.search import index

from anyascii import anyascii

WORD_RE = re.compile(r"[^\W_]+")

# Telex: tone marks go to the end of the word, vowel shapes stay on their letter.
_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {
    "\u0302": {"a": "aa", "e": "ee", "o": "oo"},  # â ê ô
    "\u0306": {"a": "aw"},  # ă
    "\u031b": {"o": "ow", "u": "uw"},  # ơ ư
}


def _latin_to_ascii(char: str) -> str:
    """A Latin letter in ASCII (ắ → a, Đ → D, ø → o), a combining mark dropped, else ``char``.

    anyascii knows every Latin letter, đ included, which Unicode does not decompose.
    Other scripts, digits, punctuation and symbols stay as typed: anyascii would turn
    "°" into "deg" and "中" into "Zhong", which is no longer folding.
    """
    if unicodedata.combining(char):
        return ""
    if unicodedata.name(char, "").startswith("LATIN "):
        return anyascii(char)
    return char


class _FoldingTable(dict):
    """Code point → the character without its marks (đ → d), filled as characters appear.

    Folding character by character gives the same result for composed (NFC) and
    decomposed (NFD) text, since a combining mark on its own folds to nothing.
    """

    def __missing__(self, code: int) -> str:
        folded = _latin_to_ascii(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldingTable()
for _code in [*range(0x00C0, 0x0250), *range(0x0300, 0x0370), *range(0x1E00, 0x1F00)]:
    _FOLD[_code]  # noqa: B018 - Vietnamese letters and marks, ready before the first request


def unmark(text: str) -> str:
    """``text`` without diacritics, case kept: "Đình Lập" → "Dinh Lap" (slugs start here)."""
    return text.translate(_FOLD) if text else ""


def fold(text: str) -> str:
    """Lower-case ``text`` without diacritics: "Nông Lương Chấn" → "nong luong chan"."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return unmark(text).lower()


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries a Vietnamese mark (or đ) that folding would remove."""
    return fold(text) != unicodedata.normalize("NFC", text or "").lower()


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits; marks composed first), in order."""
    return WORD_RE.findall(unicodedata.normalize("NFC", text or ""))


@lru_cache(maxsize=50_000)
def _spell_word(word: str) -> str:
    letters: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if char == "đ":
            letters.append("dd")
        elif not unicodedata.combining(char):
            letters.append(char)
        elif char in _TONES:
            tones.append(_TONES[char])
        elif char in _SHAPES and letters:
            letters[-1] = _SHAPES[char].get(letters[-1], letters[-1])
        # any other mark (rare outside Vietnamese) is dropped, as folding drops it
    return "".join(letters) + "".join(tones)


def spell_marks(text: str) -> str:
    """Each word of ``text`` in Telex, lower case: "Lạng Sơn" → "langj sown".

    A word without marks is spelled as itself, so it is also its folded form.
    """
    return " ".join(spelled_words(text))


def spelled_words(text: str) -> list[str]:
    """The words of ``text`` in Telex, lower case: "Lạng Sơn" → ["langj", "sown"]."""
    return [_spell_word(word) for word in words(text)]


def folded_words(text: str) -> str:
    """The folded words of ``text`` separated by single spaces (what gets indexed)."""
    return " ".join(words(fold(text)))


# -- reading model fields as plain text ---------------------------------------------------
def _flatten(value) -> Iterable[str]:
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    else:
        yield str(value)


def field_text(instance, path: str) -> str:
    """The plain text of ``instance``'s field ``path`` (``"summary"``, ``"unit.name"``).

    Rich text loses its tags, StreamFields give the text of their blocks (as Wagtail
    indexes them), related objects are followed along dotted paths.
    """
    *hops, name = path.split(".")
    obj = instance
    for hop in hops:
        obj = getattr(obj, hop, None)
        if obj is None:
            return ""
    value = getattr(obj, name, None)
    if value is None:
        return ""
    try:
        field = obj._meta.get_field(name)
    except (FieldDoesNotExist, AttributeError):
        field = None
    if field is not None and hasattr(field, "get_searchable_content"):
        return " ".join(_flatten(field.get_searchable_content(value)))
    if callable(value):
        value = value()
    return strip_tags(str(value))


class _IndexedText:
    """A read-only attribute giving the folded or spelled text of some fields.

    The search backends read a search field several times while indexing one object
    (PostgreSQL's indexer once per vector), so the plain text is kept on the instance
    for as long as the fields it came from are the same objects.
    """

    def __init__(self, sources: tuple[str, ...], transform):
        self.sources = sources
        self.transform = transform

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        key = tuple(self._fingerprint(instance, source) for source in self.sources)
        cache = instance.__dict__.setdefault("_search_text_cache", {})
        cached = cache.get(self.name)
        if cached is not None and cached[0] == key:
            return cached[1]
        text = " ".join(field_text(instance, source) for source in self.sources)
        result = self.transform(text)
        cache[self.name] = (key, result)
        return result

    @staticmethod
    def _fingerprint(instance, source: str):
        head = source.split(".", 1)[0]
        value = instance.__dict__.get(head, getattr(instance, f"{head}_id", None))
        return value if isinstance(value, (str, int, float, type(None))) else id(value)


TITLE_BOOST = 2.0


def accent_insensitive_search(title: str | tuple[str, ...], text: tuple[str, ...] = ()):
    """Class decorator: index the folded and spelled copies of a model's text.

    ``title`` names the field(s) shown as the result's title, ``text`` the other public
    text (dotted paths follow relations). The decorator adds four read-only attributes
    and their search fields, plus the folded title for autocompletion::

        @accent_insensitive_search(title="title", text=("summary", "body"))
        class ArticlePage(Page): ...

    Only public text may be named here: whatever is listed goes into the search index.
    """
    titles = (title,) if isinstance(title, str) else tuple(title)
    texts = tuple(text)

    def decorate(cls):
        attributes = {
            "search_title_folded": _IndexedText(titles, folded_words),
            "search_text_folded": _IndexedText(texts, folded_words),
            "search_title_spelled": _IndexedText(titles, spell_marks),
            "search_text_spelled": _IndexedText(texts, spell_marks),
        }
        for name, attribute in attributes.items():
            attribute.__set_name__(cls, name)
            setattr(cls, name, attribute)
        cls.search_fields = list(cls.search_fields) + [
            index.SearchField("search_title_folded", boost=TITLE_BOOST),
            index.SearchField("search_text_folded"),
            index.SearchField("search_title_spelled", boost=TITLE_BOOST),
            index.SearchField("search_text_spelled"),
            index.AutocompleteField("search_title_folded"),
        ]
        cls.search_title_sources = titles
        cls.search_text_sources = texts

        relations = sorted(
            {source.rsplit(".", 1)[0].replace(".", "__") for source in titles + texts if "." in source}
        )
        if relations:
            # Reindexing everything (update_index) reads the related names in one join.
            indexed_objects = cls.get_indexed_objects.__func__

            def get_indexed_objects(model):
                return indexed_objects(model).select_related(*relations)

            cls.get_indexed_objects = classmethod(get_indexed_objects)
        return cls

    return decorate
