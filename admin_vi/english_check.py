"""Find English left on a rendered admin screen.

``english_phrases(html)`` returns the pieces of text a person sees or hears on the page
that look English: text nodes, the attributes that are shown or read aloud (placeholder,
title, aria-label, alt, tooltips, the "Saving…" text of buttons...), the labels of the
sidebar menu and the strings Wagtail passes to its scripts as JSON. Code (``<script>``,
``<style>``) and other attribute values (URLs, CSS classes, ids) are ignored.

A piece of text is English when it is exactly one of Wagtail's (or Django's) English
msgids or Python's "True"/"False"/"None", or when it contains a word of their English
vocabulary that cannot be read as a Vietnamese syllable written without diacritics
("Edit", "revisions", "Choose"). Words that can ("to", "in", "an", "can", "not", "them")
count only when several of them make up a piece of text without any Vietnamese letter.
The vocabulary is read from the installed catalogs, so it follows Wagtail upgrades.
Never English: acronyms and codes in capitals (URL, CSV, PDF), placeholders, e-mail
addresses, file names, time zone names ("Asia/Ho_Chi_Minh") and the loanwords Vietnamese
writes as they are ("trang web", "menu").

User content and proper nouns are let through with ``allow``: strings removed from the
text before it is checked (brands such as "Wagtail", "Word", "Excel" and key names such
as "Ctrl" are always allowed, see ``DEFAULT_ALLOW``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

from .catalogs import english_msgids

# Attributes whose value a person sees (placeholder, tooltip, alt text, progress text of
# a button) or hears (aria-label...). Everything else is code: URLs, classes, ids.
VISIBLE_ATTRIBUTES = frozenset(
    {
        "placeholder",
        "title",
        "alt",
        "aria-label",
        "aria-description",
        "aria-placeholder",
        "aria-roledescription",
        "aria-valuetext",
        "data-w-tooltip-content-value",
        "data-w-progress-active-value",
        "data-w-dialog-title-value",
        "data-w-confirm-message-value",
        "data-focal-input-label",
    }
)
# Keys of JSON payloads (sidebar menu, editor widgets' options) whose values are shown.
JSON_TEXT_KEYS = frozenset(
    {
        "label",
        "footer_text",
        "description",
        "title",
        "heading",
        "help_text",
        "helpText",
        "placeholder",
        "text",
        "ariaLabel",
        "verbose_name",
        "verbose_name_plural",
    }
)
# Subtrees of JSON payloads where every string is shown (wagtail-config's STRINGS).
JSON_TEXT_SUBTREES = frozenset({"STRINGS"})
CODE_TAGS = frozenset({"script", "style"})
BUTTON_INPUT_TYPES = frozenset({"submit", "button", "reset"})

# Proper nouns that are not English prose: brands, file formats, the names of keys.
DEFAULT_ALLOW = (
    "Wagtail",
    "Gravatar",
    "JavaScript",
    "Microsoft",
    "Word",
    "Excel",
    "Unicode",
    "Embedly",
    "Ctrl",
    "Alt",
    "Shift",
    "Cmd",
    "Enter",
    "Esc",
)
# What Python prints for a value no one formatted: a cell showing "True" is English.
PYTHON_LITERALS = frozenset({"True", "False", "None"})
# English words that Vietnamese has borrowed and writes as they are ("trang web", "menu").
LOANWORDS = frozenset({"web", "menu", "email", "cookie"})

# Written Vietnamese without diacritics: the onsets and rhymes of its syllables. A word
# that spells one of these ("can", "not", "them", "to") is weak evidence of English.
_ONSETS = (
    "",
    "b",
    "c",
    "ch",
    "d",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "ngh",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
)
_RHYMES = (
    "a",
    "ac",
    "ach",
    "ai",
    "am",
    "an",
    "ang",
    "anh",
    "ao",
    "ap",
    "at",
    "au",
    "ay",
    "e",
    "ec",
    "em",
    "en",
    "eng",
    "eo",
    "ep",
    "et",
    "eu",
    "i",
    "ia",
    "ich",
    "iec",
    "iem",
    "ien",
    "iep",
    "iet",
    "ieu",
    "im",
    "in",
    "inh",
    "ip",
    "it",
    "iu",
    "o",
    "oa",
    "oac",
    "oach",
    "oai",
    "oam",
    "oan",
    "oang",
    "oanh",
    "oao",
    "oap",
    "oat",
    "oay",
    "oc",
    "oe",
    "oem",
    "oen",
    "oeo",
    "oet",
    "oi",
    "om",
    "on",
    "ong",
    "ooc",
    "oong",
    "op",
    "ot",
    "u",
    "ua",
    "uan",
    "uang",
    "uat",
    "uay",
    "uc",
    "ue",
    "uech",
    "uen",
    "uenh",
    "uet",
    "ui",
    "um",
    "un",
    "ung",
    "uo",
    "uoc",
    "uoi",
    "uom",
    "uon",
    "uong",
    "uop",
    "uot",
    "up",
    "ut",
    "uu",
    "uy",
    "uya",
    "uych",
    "uyen",
    "uyet",
    "uynh",
    "uyt",
    "uyu",
    "y",
    "yen",
    "yet",
    "yeu",
)
VIETNAMESE_ASCII_SYLLABLES = frozenset(o + r for o in _ONSETS for r in _RHYMES)

# A file extension on its own (".xlsx") is a code too, like a URL.
_EMAIL_OR_URL = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\S+\.(?:[a-z]{2,4})\b|(?<!\S)\.[a-z0-9]{2,4}\b")
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}|<[^>]+>|&\w+;")
_WORD = re.compile(r"[^\W\d_]+")
_VIETNAMESE_LETTER = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)


def english_phrases(html: str | bytes, allow: Iterable[str] = ()) -> list[str]:
    """The visible or audible pieces of text of ``html`` that look English, in page order."""
    allowed = sorted({*DEFAULT_ALLOW, *allow}, key=len, reverse=True)
    found: list[str] = []
    for text in visible_texts(html):
        if text not in found and is_english(text, allowed):
            found.append(text)
    return found


def visible_texts(html: str | bytes) -> Iterator[str]:
    """Every piece of text a person sees or hears on the page, whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    for node in soup.find_all(string=True):
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        parent = node.parent
        if parent is not None and parent.name in CODE_TAGS:
            if parent.name == "script" and (parent.get("type") or "").endswith("json"):
                yield from _json_texts(str(node))
            continue
        text = _collapse(str(node))
        if text:
            yield text
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if isinstance(value, list):
                value = " ".join(value)
            if (
                name in VISIBLE_ATTRIBUTES
                or (
                    name == "value"
                    and tag.name == "input"
                    and (tag.get("type") or "").lower() in BUTTON_INPUT_TYPES
                )
                or (name == "label" and tag.name in ("option", "optgroup"))
            ):
                text = _collapse(value)
                if text:
                    yield text
            elif name.startswith("data-") and value[:1] in "{[":
                yield from _json_texts(value)


def is_english(text: str, allow: Iterable[str] = DEFAULT_ALLOW) -> bool:
    """Whether ``text`` reads as English once the ``allow``-ed strings are taken out."""
    for allowed in allow:
        text = re.sub(rf"(?<!\w){re.escape(allowed)}(?!\w)", " ", text)
    text = _collapse(text)
    if not text:
        return False
    if text in _exact_msgids() or text in PYTHON_LITERALS:
        return True
    if text in _time_zone_names():
        return False  # "Asia/Ho_Chi_Minh": an identifier, the same in every language
    vocabulary = english_vocabulary()
    weak = 0
    words = [w for w in _WORD.findall(_EMAIL_OR_URL.sub(" ", _PLACEHOLDER.sub(" ", text))) if len(w) > 1]
    for word in words:
        lower = word.lower()
        if not lower.isascii() or lower not in vocabulary or lower in LOANWORDS or word.isupper():
            continue  # Vietnamese, user content, a loanword, an acronym or a code (URL, CSV)
        if lower not in VIETNAMESE_ASCII_SYLLABLES:
            return True
        weak += 1
    return weak >= 2 and weak * 2 >= len(words) and not _VIETNAMESE_LETTER.search(text)


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Lower-case words of the English msgids of Wagtail's and Django's catalogs."""
    words = set()
    for msgid in english_msgids():
        words.update(w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", msgid)) if w.isascii())
    return frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=1)
def _time_zone_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


@lru_cache(maxsize=1)
def _exact_msgids() -> frozenset[str]:
    """Whole msgids a text node can equal, e.g. "Live", "No", "Status"."""
    return frozenset(
        _collapse(m)
        for m in english_msgids()
        if not _PLACEHOLDER.search(m) and re.search("[a-z]", m)  # not "URL", "ID", "OK"
    ) - frozenset(DEFAULT_ALLOW)


def _json_texts(payload: str) -> Iterator[str]:
    try:
        data = json.loads(payload)
    except ValueError:
        return
    yield from _walk_json(data, everything=False)


def _walk_json(data, everything: bool) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str):
                if everything or key in JSON_TEXT_KEYS:
                    text = _collapse(value)
                    if text:
                        yield text
            else:
                yield from _walk_json(value, everything or key in JSON_TEXT_SUBTREES)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, str):
                if everything:
                    text = _collapse(item)
                    if text:
                        yield text
            else:
                yield from _walk_json(item, everything)


def _collapse(text: str) -> str:
    return " ".join(text.split())
