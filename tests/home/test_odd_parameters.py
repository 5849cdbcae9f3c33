"""Whatever a link's query string carries, a public page answers without a server error.

The parameters each page reads are found by asking the page itself: a first visit records
every name the request's query string is asked for (a filter set's fields, ``page``,
``tag``, ``q``…), so a parameter added to a page joins. Each one is then given, in turn,
values no form sends: NUL characters (answered 400 with the portal's page), numbers beyond
64 bits (no match: the unfiltered or empty listing), JSON, lists, very long strings.
"""

from django.http import QueryDict
from django.urls import reverse

import pytest

from campaigns.factories import ArticlePageFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.filters import ExemplarFilter, WorkFilter
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

ODD_VALUES = {
    "nul": "thi\x00dua",
    "only-nul": "\x00",
    "2**64": str(2**64),
    "2**63": str(2**63),
    "-2**63-1": str(-(2**63) - 1),
    "-1": "-1",
    "not-a-number": "abc",
    "json": '{"id": [1, {"',
    "list": ["1", "2"],
    "huge-string": "Lạng Sơn " * 600,
    "huge-number": "9" * 5000,
    "float": "1e309",
    "percent": "%",
}
NOT_READ = "tham_so_la"  # a parameter no page reads: ignored everywhere
READ: set[str] = set()


class RecordingQueryDict(QueryDict):
    """A query string that notes each parameter name it is asked for."""

    def __getitem__(self, key):
        READ.add(key)
        return super().__getitem__(key)

    def getlist(self, key, default=None):
        READ.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        READ.add(key)
        return super().__contains__(key)


class RecordParametersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = RecordingQueryDict(request.META.get("QUERY_STRING", ""))
        return self.get_response(request)


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    """A tagged article, a public work and a public exemplar: every detail page type."""
    with django_db_blocker.unblock():
        district = site.districts["180"]
        return {
            "article": ArticlePageFactory(
                parent=site.news, title="Tin thi đua có thẻ", tags=["nong-thon-moi"]
            ),
            "work": WorkFactory(campaign=site.campaign, unit=district),
            "exemplar": ExemplarFactory(
                campaign=site.campaign, unit=district, award_type=site.award_types["bang-khen-ubmttq-tinh"]
            ),
        }


PAGES = [
    "home",
    "home-en",
    "news",
    "news-rss",
    "news-atom",
    "article",
    "plan",
    "gallery",
    "work",
    "honor-roll",
    "exemplar",
    "about",
    "search",
    "search-en",
    "suggestions",
    "sitemap",
    "robots",
]


def url_of(key, site, content) -> str:
    detail = {
        "work": (site.gallery, content["work"].slug),
        "exemplar": (site.honor_roll, content["exemplar"].slug),
    }
    if key in detail:
        listing, slug = detail[key]
        return listing.url + listing.reverse_subpage("detail", args=(slug,))
    return {
        "home": lambda: site.home.url,
        "home-en": lambda: site.english(site.home).url,
        "news": lambda: site.news.url,
        "news-rss": lambda: site.news.url + site.news.reverse_subpage("rss"),
        "news-atom": lambda: site.news.url + site.news.reverse_subpage("atom"),
        "article": lambda: content["article"].url,
        "plan": lambda: site.campaign.url,
        "gallery": lambda: site.gallery.url,
        "honor-roll": lambda: site.honor_roll.url,
        "about": lambda: site.about.url,
        "search": lambda: reverse("site_search"),
        "search-en": lambda: "/en" + reverse("site_search").removeprefix("/vi"),
        "suggestions": lambda: reverse("site_search_suggestions"),
        "sitemap": lambda: "/sitemap.xml",
        "robots": lambda: "/robots.txt",
    }[key]()


def parameters_read_by(client, settings, url) -> set[str]:
    settings.MIDDLEWARE = ["tests.home.test_odd_parameters.RecordParametersMiddleware", *settings.MIDDLEWARE]
    READ.clear()
    # A parameter present: filter sets read their fields only when the query string is not empty.
    assert client.get(url, {NOT_READ: "1"}).status_code == 200
    read = READ - {NOT_READ}
    settings.MIDDLEWARE = settings.MIDDLEWARE[1:]
    return read


def test_the_listings_are_found_to_read_their_filters(site, content, client, settings):
    """The recording sees what the pages read, so the test below goes through every parameter."""
    assert set(WorkFilter.base_filters) | {"page"} <= parameters_read_by(client, settings, site.gallery.url)
    assert set(ExemplarFilter.base_filters) | {"page"} <= parameters_read_by(
        client, settings, site.honor_roll.url
    )
    assert {"tag", "page"} <= parameters_read_by(client, settings, site.news.url)
    assert {"q", "type", "district", "page"} <= parameters_read_by(client, settings, reverse("site_search"))


@pytest.mark.parametrize("key", PAGES)
def test_odd_values_of_any_parameter_never_answer_a_server_error(site, content, client, settings, key):
    url = url_of(key, site, content)
    names = parameters_read_by(client, settings, url) | {NOT_READ}
    client.raise_request_exception = False  # count every 5xx, then show them all

    server_errors = []
    for name in sorted(names):
        for label, value in ODD_VALUES.items():
            status = client.get(url, {name: value}).status_code
            if status >= 500:
                server_errors.append(f"?{name}={label}: {status}")
    assert not server_errors, f"{url} {sorted(names)}"


def test_a_nul_character_in_the_news_tag_answers_the_invalid_request_page(site, client):
    response = client.get(site.news.url + "?tag=%00")

    assert response.status_code == 400
    assert text_of(html(response).find("h1")) == "Yêu cầu không hợp lệ"
    assert html(response).html["lang"] == "vi"


def test_a_nul_character_in_a_parameter_name_answers_400(site, client):
    assert client.get(site.gallery.url + "?district%00=1").status_code == 400


def test_a_nul_character_in_the_address_answers_404(site, client):
    assert client.get(site.news.url + "tin%00/").status_code == 404


@pytest.mark.parametrize("number", [2**63, 2**64, -(2**63) - 1])
def test_an_id_beyond_64_bits_filters_nothing_out_of_the_honor_roll(site, content, client, number):
    response = client.get(site.honor_roll.url, {"campaign": str(number)})

    assert response.status_code == 200
    assert content["exemplar"].name in text_of(response)


@pytest.mark.parametrize("parameter", ["district", "award_type"])
def test_ids_beyond_64_bits_in_the_listing_filters_are_ignored(site, content, client, parameter):
    for listing in (site.gallery, site.honor_roll):
        assert client.get(listing.url, {parameter: str(2**64)}).status_code == 200
