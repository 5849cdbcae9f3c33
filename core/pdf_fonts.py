"""The TrueType fonts with Vietnamese glyphs that generated PDFs are set in.

fpdf2 embeds a font file it is given; the files come from the machine (Debian's
``fonts-noto-core``, else DejaVu), never fetched at run time. ``PDF_FONTS`` in settings
may name other (regular, bold, italic, bold italic) files, tried first.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from fpdf import FPDF

NOTO = "/usr/share/fonts/truetype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
# (regular, bold, italic, bold italic) tried in order.
DEFAULT_FONTS = (
    (
        NOTO + "NotoSerif-Regular.ttf",
        NOTO + "NotoSerif-Bold.ttf",
        NOTO + "NotoSerif-Italic.ttf",
        NOTO + "NotoSerif-BoldItalic.ttf",
    ),
    (
        DEJAVU + "DejaVuSerif.ttf",
        DEJAVU + "DejaVuSerif-Bold.ttf",
        DEJAVU + "DejaVuSerif-Italic.ttf",
        DEJAVU + "DejaVuSerif-BoldItalic.ttf",
    ),
)


@dataclass(frozen=True)
class FontFaces:
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


def font_faces() -> FontFaces:
    """The first complete set of faces found on the machine."""
    for faces in (*getattr(settings, "PDF_FONTS", ()), *DEFAULT_FONTS):
        paths = [Path(face) for face in faces]
        if len(paths) == 4 and all(path.is_file() for path in paths):
            return FontFaces(*paths)
    raise ImproperlyConfigured(
        "No font with Vietnamese glyphs for generated PDFs: install Debian's fonts-noto-core "
        "or set PDF_FONTS to (regular, bold, italic, bold italic) TrueType files."
    )


def add_font_family(pdf: FPDF, family: str) -> None:
    """Register the four faces of ``family`` on ``pdf`` (styles "", "B", "I", "BI")."""
    faces = font_faces()
    pdf.add_font(family, "", str(faces.regular))
    pdf.add_font(family, "B", str(faces.bold))
    pdf.add_font(family, "I", str(faces.italic))
    pdf.add_font(family, "BI", str(faces.bold_italic))
