"""Every word a public page shows in its main content is found by the search.

For one page of each public type: the words of the text nodes of ``<main>`` (the page's
own content, not the header, menu or footer), less the interface's own wording (the
labels and headings of the templates, listed in the project's catalogs) and whatever is
hidden from readers, are each searched as a visitor would type them; the page itself, or
an item it shows (a card links to it), must be among the results. The plan's structured
parts (award types, criteria, quotas by unit, phases, duties) included.
"""

from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from django.test import RequestFactory
from django.utils import translation

import polib
import pytest

from campaigns.models import NomineeKind
from core.folding import fold, words
from exemplars.factories import ExemplarFactory, WorkFactory
from search.engine import fill, run_search, scope_for
from search.query import clean_query
from tests.helpers import html

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
# Elements whose text is not the page's content: navigation, forms, hidden parts, figures
# computed at each visit (days left, "today", counts), list numbers and the pagination.
NOT_CONTENT = ", ".join(
    (
        "nav",
        "form",
        "script",
        "style",
        "[aria-hidden=true]",
        ".visually-hidden",
        ".pagination",
        ".timeline-list__item--today",
        ".timeline-list__dates",
        ".countdown",
        ".progress-block",
        ".listing-results__count",
        ".feed-links",
        ".plan__tools",
        ".ordinal",
        ".figures",
        ".bar-chart__value",
    )
)


@cache
def interface_words() -> frozenset[str]:
    """The folded words of every string of the project's catalogs (labels, headings, notices)."""
    found = set()
    for po_path in LOCALE_DIR.glob("*/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(po_path)):
            for text in (entry.msgid, entry.msgid_plural, entry.msgstr, *entry.msgstr_plural.values()):
                found.update(words(fold(text or "")))
    return frozenset(found)


def content_words(document) -> set[str]:
    main = document.select_one("main")
    for element in main.select(NOT_CONTENT):
        element.decompose()
    folded = {fold(word) for word in words(main.get_text(" "))}
    return {word for word in folded if word not in interface_words()}


def paths(document) -> set[str]:
    return {urlsplit(link["href"]).path for link in document.select("main a[href]")}


def missing_words(client, url: str) -> list[str]:
    """The content words of ``url`` whose search finds neither the page nor an item it links to."""
    document = html(client.get(url))
    allowed = {urlsplit(url).path} | paths(document)
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    scope = scope_for(request)
    missing = []
    for word in sorted(content_words(document)):
        query = clean_query(word)
        hits = run_search(query, scope).hits
        found = {hit.url and urlsplit(hit.url).path for hit in fill(hits, query, scope, request)}
        if not found & allowed:
            missing.append(word)
    return missing


@pytest.fixture(scope="module")
def items(site, django_db_blocker):
    with django_db_blocker.unblock(), translation.override("vi"):
        common = {"campaign": site.campaign, "unit": site.province}
        work = WorkFactory(
            title="Nhà văn hóa thôn Khau Phạ",
            summary="Nhân dân góp đất và ngày công dựng nhà văn hóa.",
            place="Thôn Khau Phạ, xã Yên Khoái",
            **common,
        )
        exemplar = ExemplarFactory(
            name="Hoàng Thị Lụa",
            kind=NomineeKind.INDIVIDUAL,
            summary="Vận động 35 hộ hiến đất mở đường.",
            position="Trưởng ban công tác Mặt trận thôn Pò Mả",
            award_type=site.award_types["bang-khen-ubmttq-tinh"],
            **common,
        )
        return {"work": work, "exemplar": exemplar}


def detail_url(listing, item) -> str:
    return listing.url + listing.reverse_subpage("detail", args=(item.slug,))


PAGES = {
    "plan": lambda site, items: site.campaign.url,
    "content page": lambda site, items: site.about.url,
    "news listing": lambda site, items: site.news.url,
    "campaigns list": lambda site, items: site.campaigns.url,
    "works gallery": lambda site, items: site.gallery.url,
    "work": lambda site, items: detail_url(site.gallery, items["work"]),
    "honor roll": lambda site, items: site.honor_roll.url,
    "exemplar": lambda site, items: detail_url(site.honor_roll, items["exemplar"]),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_word_of_the_page_is_found(site, items, client, name):
    url = PAGES[name](site, items)

    assert missing_words(client, url) == []


def test_an_article_and_the_home_page_too(site, items, client):
    from campaigns.factories import ArticlePageFactory

    article = ArticlePageFactory(
        parent=site.news, title="Ra quân làm đường giao thông nông thôn ở Khuổi Khỉn"
    )

    assert missing_words(client, article.url) == []
    assert missing_words(client, site.home.url) == []
