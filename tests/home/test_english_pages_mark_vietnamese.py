"""English pages mark the text that has no English version yet as Vietnamese, and say so once.

Screen readers read text in the page's language unless told otherwise: Vietnamese read
with English sounds is not understandable, so it must carry ``lang="vi"``.
"""

from django.utils import translation

import pytest

from campaigns import seed_plan
from core.models import OrganisationSettings
from core.untranslated_notice import notice_html
from exemplars.factories import WorkFactory
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

NOTICE = "Some content on this page has no English version yet and is shown in Vietnamese."


def notices(document) -> list:
    return document.select(".untranslated-notice")


def test_the_english_plan_marks_its_vietnamese_body_and_says_so_once(site, client):
    document = html(client.get(site.english(site.campaign).url))

    purpose = document.select_one("#muc-dich-yeu-cau .rich-text")
    assert purpose.get("lang") == "vi"  # the purpose has no English version in the seed
    assert document.select_one(".plan__title").get("lang") is None  # the title is translated
    assert document.select_one(".plan__theme").get("lang") is None
    assert document.select_one("#muc-dich-yeu-cau h2").get("lang") is None  # English headings stay English
    assert [text_of(notice) for notice in notices(document)] == [NOTICE]
    assert document.select_one("main").find(True)["class"] == ["container", "untranslated-notice"]


def test_a_fully_translated_english_page_has_no_notice_and_no_marks(site, client):
    document = html(client.get(site.english(site.news).url))  # title and introduction translated

    assert notices(document) == []
    assert document.select("main [lang=vi]") == []


def test_vietnamese_pages_carry_neither_marks_nor_notice(site, client):
    document = html(client.get(site.campaign.url))

    assert notices(document) == []
    assert document.select("main [lang]") == []  # the whole page is lang="vi" already (<html>)


def test_an_untranslated_work_on_the_english_site_is_marked(site, client):
    work = WorkFactory(title="Cầu treo bản Khuổi Phầy", campaign=site.campaign, unit=site.province)
    gallery = site.english(site.gallery)

    document = html(client.get(gallery.url + gallery.reverse_subpage("detail", args=(work.slug,))))

    assert document.select_one("h1").get("lang") == "vi"
    assert len(notices(document)) == 1


def test_the_english_footer_and_window_title_are_english(site, client):
    settings = OrganisationSettings.objects.get()
    settings.footer_text = "<p>Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn.</p>"
    settings.footer_text_en = "<p>Managed by the VFF Committee of Lạng Sơn Province.</p>"
    settings.save()

    document = html(client.get(site.english(site.campaign).url))

    assert (
        text_of(document.select_one(".site-footer__text"))
        == "Managed by the VFF Committee of Lạng Sơn Province."
    )
    assert text_of(document.title).startswith(seed_plan.ENGLISH[seed_plan.FULL_TITLE])


def test_the_notice_is_translated():
    with translation.override("en"):
        assert NOTICE in notice_html()
