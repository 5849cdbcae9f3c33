"""The English msgids of the admin's third-party catalogs, read from the installed packages.

Wagtail ships an ``en`` catalog per module whose msgids are its English source strings;
they are what ``admin_vi``'s catalog translates and what ``english_check`` recognises as
English. django-filter has no ``en`` catalog, so another locale's msgids stand in.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

import polib

# (package, domain): every catalog whose strings can reach the admin's screens.
PACKAGES = ("wagtail", "wagtail_localize", "django_filters", "taggit", "django")
# Django's own catalogs that the admin uses (its forms, auth, humanized dates); the rest
# of Django (GIS, flatpages, the Django admin, which is not installed) never shows.
DJANGO_CATALOGS = ("conf", "contrib/auth", "contrib/contenttypes", "contrib/humanize")


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def source_catalogs(domain: str = "django") -> tuple[tuple[str, Path], ...]:
    """(module, path of a .po holding its English msgids) for each catalog of ``domain``."""
    found = []
    for package in PACKAGES:
        root = _package_dir(package)
        if root is None:
            continue
        if package == "django":
            dirs = [root / sub / "locale" for sub in DJANGO_CATALOGS]
        else:
            dirs = sorted(p for p in root.rglob("locale") if p.is_dir() and "tests" not in p.parts)
        for locale_dir in dirs:
            for lang in ("en", "fr"):
                po = locale_dir / lang / "LC_MESSAGES" / f"{domain}.po"
                if po.exists():
                    module = ".".join(locale_dir.relative_to(root.parent).parts[:-1])
                    found.append((module, po))
                    break
    return tuple(found)


@cache
def source_entries(domain: str = "django") -> tuple[tuple[str, polib.POEntry], ...]:
    """(module, entry) for every English source string of ``domain``."""
    return tuple(
        (module, entry)
        for module, po in source_catalogs(domain)
        for entry in polib.pofile(str(po))
        if entry.msgid and not entry.obsolete
    )


@lru_cache(maxsize=1)
def english_msgids() -> frozenset[str]:
    """Every English msgid (and plural msgid) of the server-side and JS catalogs."""
    ids = set()
    for domain in ("django", "djangojs"):
        for _module, entry in source_entries(domain):
            ids.add(entry.msgid)
            if entry.msgid_plural:
                ids.add(entry.msgid_plural)
    return frozenset(ids)


_FORMAT = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{\w*\}")


@lru_cache(maxsize=1)
def _msgid_patterns() -> tuple[tuple[re.Pattern, str, str], ...]:
    """A regex per msgid: placeholders match anything, HTML tags and spacing are loose."""
    patterns = []
    for domain in ("django", "djangojs"):
        for module, entry in source_entries(domain):
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                text = " ".join(re.sub(r"<[^>]+>", " ", msgid).split())
                if not re.search("[A-Za-z]{2}", _FORMAT.sub("", text)):
                    continue  # "%(label)s", "%(num)s min"... would match any text
                pieces = [re.escape(piece) for piece in _FORMAT.sub("\x00", text).split("\x00")]
                regex = ".+?".join(pieces).replace(r"\ ", r"\s*")
                patterns.append((re.compile(regex), msgid, module))
    return tuple(patterns)


def msgids_matching(text: str) -> list[tuple[str, str]]:
    """(msgid, module) of the English source strings ``text`` can be rendered from."""
    text = " ".join(text.split())
    return [(msgid, module) for regex, msgid, module in _msgid_patterns() if regex.fullmatch(text)]
