"""The plan as a PDF to download: generated from the page's fields with fpdf2.

A unit's office files the plan on paper; the page's print button prints the web page,
and this gives a document with the plan's own layout (state heading, numbered sections,
quota tables, signature), made from the same fields, so it never goes out of date.
The signed scan, when an editor uploads it, is the legal copy; this one is for reading.

fpdf2 is pure Python; the Vietnamese glyphs come from a TrueType font on the machine
(Debian's ``fonts-noto-core``, else DejaVu), never fetched at run time.
"""

from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language

from fpdf import FPDF

from home.slugs import slugify_vi

FONT_FAMILY = "PlanSerif"
# (regular, bold) pairs tried in order; PLAN_PDF_FONTS in settings may name others.
DEFAULT_FONTS = (
    ("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
)
CACHE_SECONDS = 24 * 3600


def plan_fonts() -> tuple[Path, Path]:
    for regular, bold in getattr(settings, "PLAN_PDF_FONTS", DEFAULT_FONTS):
        if Path(regular).is_file() and Path(bold).is_file():
            return Path(regular), Path(bold)
    raise ImproperlyConfigured(
        "No font with Vietnamese glyphs for the plan's PDF: install Debian's fonts-noto-core "
        "or set PLAN_PDF_FONTS to (regular, bold) TrueType files."
    )


def render_plan_pdf(campaign) -> bytes:
    """The PDF of ``campaign`` (a ``CampaignPage``) in the active language."""
    regular, bold = plan_fonts()
    pdf = FPDF(format="A4")
    pdf.set_title(campaign.title)
    pdf.set_lang(get_language() or settings.LANGUAGE_CODE)
    pdf.set_creator(campaign.issuing_body or "")
    pdf.add_font(FONT_FAMILY, "", str(regular))
    pdf.add_font(FONT_FAMILY, "B", str(bold))
    # No italic face is loaded: the HTML renderer's <i> falls back to the regular one.
    pdf.add_font(FONT_FAMILY, "I", str(regular))
    pdf.add_font(FONT_FAMILY, "BI", str(bold))
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(FONT_FAMILY, size=11)
    html = render_to_string("campaigns/plan_pdf.html", {"page": campaign})
    pdf.write_html(html, font_family=FONT_FAMILY, ul_bullet_char="–", li_prefix_color=(0, 0, 0))
    return bytes(pdf.output())


def plan_pdf_response(campaign) -> HttpResponse:
    """The PDF as a download, cached until the plan is published again."""
    published = campaign.last_published_at.timestamp() if campaign.last_published_at else 0
    key = f"plan-pdf:{campaign.pk}:{published}:{get_language()}"
    content = cache.get(key)
    if content is None:
        content = render_plan_pdf(campaign)
        cache.set(key, content, CACHE_SECONDS)
    name = slugify_vi(campaign.short_title or campaign.title, 60) or slugify(campaign.slug)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="ke-hoach-{name}.pdf"'
    return response
