"""The committed .mo catalogs are in step with the .po files they are compiled from.

A .po edited without ``make messages`` (which compiles with polib) would leave the site
serving the old translations; this compares what the .mo holds with what compiling the
.po gives: the translated, non-fuzzy entries and the plural rule.
"""

from pathlib import Path

import polib
import pytest

from core.i18n_compile import LOCALE_DIR, catalogs

CATALOGS = catalogs()
NO_CATALOGS = pytest.param(
    None, marks=pytest.mark.skip(reason=f"{LOCALE_DIR} has no .po catalogs yet (make messages creates them)")
)


def messages(entries) -> dict:
    """(context, message, plural message) → translation(s), without the header entry."""
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr
        )
        for entry in entries
        if entry.msgid
    }


@pytest.fixture(
    params=CATALOGS or [NO_CATALOGS], ids=lambda path: str(path.relative_to(LOCALE_DIR)) if path else "none"
)
def po_path(request) -> Path:
    return request.param


def test_every_catalog_is_compiled(po_path):
    assert po_path.with_suffix(".mo").exists(), f"run `make messages` to compile {po_path}"


def test_compiled_catalog_holds_the_translated_messages_of_the_po(po_path):
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(po_path.with_suffix(".mo")))

    compiled, source = messages(mo), messages(po.translated_entries())

    assert source, f"{po_path} translates nothing"
    missing = sorted(str(key[1]) for key in source.keys() - compiled.keys())
    stale = sorted(str(key[1]) for key in compiled.keys() - source.keys())
    changed = sorted(str(key[1]) for key in source.keys() & compiled.keys() if source[key] != compiled[key])
    assert (missing, stale, changed) == ([], [], []), "the .mo is out of date: run `make messages`"


def test_compiled_catalog_has_the_po_plural_rule(po_path):
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(po_path.with_suffix(".mo")))

    assert mo.metadata.get("Plural-Forms") == po.metadata.get("Plural-Forms")
    assert "charset=UTF-8" in mo.metadata.get("Content-Type", "")
