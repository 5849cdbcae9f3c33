"""The plan page offers a print button, a generated PDF of the plan and the signed scan."""

import io

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest
from pypdf import PdfReader

from campaigns.models import CampaignPage
from tests.files import PDF_BYTES
from tests.helpers import html

pytestmark = pytest.mark.django_db

SCAN = PDF_BYTES


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def pdf_url(page) -> str:
    return page.url + page.reverse_subpage("pdf")


def test_the_plan_page_has_a_print_button_and_a_pdf_link(site, client):
    document = html(client.get(site.campaign.url))

    assert document.select_one("button[data-print]") is not None
    assert document.select_one(f'a[href="{pdf_url(site.campaign)}"]') is not None


def test_the_pdf_carries_the_plans_vietnamese_title_and_facts(site, client):
    response = client.get(pdf_url(site.campaign))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    text = " ".join(pdf_text(response.content).split())  # the title wraps over two lines
    assert site.campaign.title in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert site.campaign.signatory_name in text  # Nông Lương Chấn
    assert "Tổng cộng" in text  # the quota tables


def test_the_english_pdf_has_the_english_title(site, client):
    english = site.english(site.campaign)

    text = " ".join(pdf_text(client.get(pdf_url(english)).content).split())

    assert english.title in text


def test_the_signed_scan_is_offered_as_a_download_once_uploaded(site, client):
    assert "Bản scan có chữ ký" not in html(client.get(site.campaign.url)).get_text()
    scan = get_document_model()(title="Kế hoạch đã ký")
    scan.file.save("ke-hoach-da-ky.pdf", ContentFile(SCAN))
    page = CampaignPage.objects.get(pk=site.campaign.pk)
    page.signed_scan = scan
    page.save_revision().publish()

    link = next(
        link
        for link in html(client.get(site.campaign.url)).select(".plan__tools a")
        if "Bản scan có chữ ký" in link.get_text()
    )

    assert link["href"] == scan.url
    assert client.get(scan.url).status_code == 200
