"""Compile the project's .po catalogs to .mo with polib, without GNU gettext.

The compiled catalogs are committed so that a fresh machine without gettext serves the
translated interface; ``make messages`` and a test keep them in step with the .po files.
Two places hold catalogs: ``locale/`` (the project's own strings) and
``admin_vi/locale/`` (Vietnamese for Wagtail's admin strings, written by hand: never
re-extracted by ``makemessages``).
"""

from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
LOCALE_DIR = BASE_DIR / "locale"
# Every catalog directory ``compile_all`` compiles: the project's, then admin_vi's.
LOCALE_DIRS = (LOCALE_DIR, BASE_DIR / "admin_vi" / "locale")


def catalogs(*locale_dirs: Path) -> list[Path]:
    """The .po files under ``locale_dirs``; the project's ``locale/`` when none is given."""
    return sorted(
        po for locale_dir in locale_dirs or (LOCALE_DIR,) for po in locale_dir.glob("*/LC_MESSAGES/*.po")
    )


def compile_all() -> list[Path]:
    written = []
    for po_path in catalogs(*LOCALE_DIRS):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        written.append(po_path.with_suffix(".mo"))
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(BASE_DIR)}")
