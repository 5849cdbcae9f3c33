"""The English site shows translated works and exemplars in English, and the others in Vietnamese.

A work or exemplar that has no (published) English translation yet still appears on the
English site, in its Vietnamese original, so the English site never looks emptier.
"""

from dataclasses import dataclass

import pytest

from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import Work
from tests.helpers import card_titles, html, text_of

pytestmark = pytest.mark.django_db

WORK_EN = {
    "Đường bê tông thôn Khòn Khuyên": "Concrete road in Khòn Khuyên village",
    "Tuyến đường dài 2,6 km qua ba thôn.": "A 2.6 km road through three villages.",
}
EXEMPLAR_EN = {
    "Ủy ban MTTQ Việt Nam xã Hoàng Đồng": "VFF Committee of Hoàng Đồng Commune",
    "Vận động nhân dân hiến hơn 2.000 m² đất.": "Persuaded residents to give over 2,000 m² of land.",
}


@dataclass
class Items:
    translated_work: Work
    untranslated_work: Work
    translated_exemplar: object
    untranslated_exemplar: object


@pytest.fixture(scope="module")
def items(site, django_db_blocker) -> Items:
    with django_db_blocker.unblock():
        common = {"campaign": site.campaign, "unit": site.province}
        translated_work = WorkFactory(
            title="Đường bê tông thôn Khòn Khuyên", summary="Tuyến đường dài 2,6 km qua ba thôn.", **common
        )
        untranslated_work = WorkFactory(title="Cầu treo bản Pác Cáp", **common)
        site.translate(translated_work, WORK_EN)
        award = site.award_types["bang-khen-ubmttq-tinh"]
        translated_exemplar = ExemplarFactory(
            name="Ủy ban MTTQ Việt Nam xã Hoàng Đồng",
            summary="Vận động nhân dân hiến hơn 2.000 m² đất.",
            kind=NomineeKind.COLLECTIVE,
            award_type=award,
            **common,
        )
        untranslated_exemplar = ExemplarFactory(
            name="Hoàng Thị Diệp", kind=NomineeKind.INDIVIDUAL, award_type=award, **common
        )
        site.translate(translated_exemplar, EXEMPLAR_EN)
        return Items(translated_work, untranslated_work, translated_exemplar, untranslated_exemplar)


def detail(listing, item) -> str:
    return listing.url + listing.reverse_subpage("detail", args=(item.slug,))


def test_english_gallery_shows_each_work_once_in_english_or_vietnamese(site, items, client):
    titles = card_titles(client.get(site.english(site.gallery).url))

    assert sorted(titles) == sorted(["Concrete road in Khòn Khuyên village", "Cầu treo bản Pác Cáp"])


def test_vietnamese_gallery_keeps_the_vietnamese_titles(site, items, client):
    titles = card_titles(client.get(site.gallery.url))

    assert sorted(titles) == sorted([items.translated_work.title, items.untranslated_work.title])


def test_english_detail_of_a_translated_work_is_in_english(site, items, client):
    response = client.get(detail(site.english(site.gallery), items.translated_work))
    document = html(response)

    assert text_of(document.find("h1")) == "Concrete road in Khòn Khuyên village"
    assert text_of(document.select_one(".page-header .lead")) == "A 2.6 km road through three villages."


def test_english_detail_of_an_untranslated_work_falls_back_to_vietnamese(site, items, client):
    response = client.get(detail(site.english(site.gallery), items.untranslated_work))

    assert response.status_code == 200
    assert text_of(html(response).find("h1")) == items.untranslated_work.title


def test_english_honor_roll_shows_each_exemplar_once_in_english_or_vietnamese(site, items, client):
    english_roll = site.english(site.honor_roll)

    assert sorted(card_titles(client.get(english_roll.url))) == sorted(
        ["VFF Committee of Hoàng Đồng Commune", "Hoàng Thị Diệp"]
    )
    translated = html(client.get(detail(english_roll, items.translated_exemplar)))
    untranslated = html(client.get(detail(english_roll, items.untranslated_exemplar)))
    assert text_of(translated.find("h1")) == "VFF Committee of Hoàng Đồng Commune"
    assert "Persuaded residents to give over 2,000 m² of land." in text_of(translated)
    assert text_of(untranslated.find("h1")) == "Hoàng Thị Diệp"


def test_english_cards_link_to_english_detail_pages(site, items, client):
    english_gallery = site.english(site.gallery)
    hrefs = {a["href"] for a in html(client.get(english_gallery.url)).select(".card__link")}

    assert hrefs == {
        detail(english_gallery, items.translated_work),
        detail(english_gallery, items.untranslated_work),
    }
    assert all(href.startswith("/en/") for href in hrefs)


def test_an_unpublished_translation_falls_back_to_the_vietnamese_original(site, items, client):
    english = Work.objects.get(pk=items.translated_work.get_translation(site.ctx.english).pk)
    english.unpublish()

    titles = card_titles(client.get(site.english(site.gallery).url))
    response = client.get(detail(site.english(site.gallery), items.translated_work))

    assert sorted(titles) == sorted([items.translated_work.title, items.untranslated_work.title])
    assert text_of(html(response).find("h1")) == items.translated_work.title
