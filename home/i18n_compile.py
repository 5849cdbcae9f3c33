"""Compile the project's .po catalogs to .mo with polib, without GNU gettext.

The compiled catalogs are committed so that a fresh machine without gettext serves the
translated interface; ``make messages`` and a test keep them in step with the .po files.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogs() -> list[Path]:
    return sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))


def compile_all() -> list[Path]:
    written = []
    for po_path in catalogs():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        written.append(po_path.with_suffix(".mo"))
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")
