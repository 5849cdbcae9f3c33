"""The plan as a PDF to download: generated from the page's fields with fpdf2.

A unit's office files the plan on paper; the page's print button prints the web page,
and this gives a document with the plan's own layout (state heading, numbered sections,
quota tables, signature), made from the same fields, so it never goes out of date.
The signed scan, when an editor uploads it, is the legal copy; this one is for reading.

fpdf2 is pure Python; the Vietnamese glyphs come from a TrueType font on the machine
(``core.pdf_fonts``), never fetched at run time.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language

from fpdf import FPDF

from core.pdf_fonts import add_font_family
from core.slugs import slugify_vi

FONT_FAMILY = "PlanSerif"
CACHE_SECONDS = 24 * 3600


def render_plan_pdf(campaign) -> bytes:
    """The PDF of ``campaign`` (a ``CampaignPage``) in the active language."""
    pdf = FPDF(format="A4")
    pdf.set_title(campaign.title)
    pdf.set_lang(get_language() or settings.LANGUAGE_CODE)
    pdf.set_creator(campaign.issuing_body or "")
    add_font_family(pdf, FONT_FAMILY)
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
