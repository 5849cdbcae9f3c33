"""Error pages still look like the portal and speak the visitor's language."""

from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

import pytest

from home.views import server_error
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


def test_unknown_url_under_vi_answers_404_in_vietnamese(site, client):
    response = client.get("/vi/trang-khong-ton-tai/")

    assert response.status_code == 404
    document = html(response)
    assert document.html["lang"] == "vi"
    assert text_of(document.find("h1")) == "Không tìm thấy trang"
    assert document.find("meta", attrs={"name": "robots", "content": "noindex"})
    # Still the portal: menu and a way back home.
    assert document.select_one(".site-nav a[href='/vi/']")
    assert site.news.title in text_of(document.select_one(".site-nav"))


def test_unknown_url_under_an_existing_page_answers_404(site, client):
    response = client.get(site.news.url + "khong-co-tin-nay/")

    assert response.status_code == 404
    assert text_of(html(response).find("h1")) == "Không tìm thấy trang"


def test_unknown_url_under_en_answers_404_on_the_english_site(site, client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    document = html(response)
    assert document.html["lang"] == "en"
    with translation.override("en"):
        assert text_of(document.find("h1")) == gettext("Không tìm thấy trang")
    assert document.select_one(".site-nav a[href='/en/']")


def test_an_address_without_its_language_still_leads_to_the_vietnamese_site(site, client):
    response = client.get(site.news.url.removeprefix("/vi"))

    assert response.status_code == 302
    assert response["Location"] == site.news.url


@pytest.mark.parametrize("url", ["/documents/999999/", "/static/khong-co/", "/media/khong-co/"])
def test_unknown_address_in_a_section_outside_the_languages_answers_404_where_asked(site, client, url):
    """Documents and files have no language: not sent on to ``/vi/…`` to a page that is not there."""
    response = client.get(url)

    assert response.status_code == 404


def test_server_error_handler_renders_a_standalone_page(django_assert_num_queries):
    """The 500 page needs no request context and no database: the error may come from either."""
    request = RequestFactory().get("/vi/")

    with translation.override("vi"), django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    document = html(response)
    assert document.html["lang"] == "vi"
    assert text_of(document.find("h1")) == "Xin lỗi, máy chủ đang gặp sự cố"
    assert document.find("a", href="/vi/")
    assert document.find("meta", attrs={"name": "robots", "content": "noindex"})
