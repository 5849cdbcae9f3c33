"""Django tells the front cache what it may keep: public pages for anonymous visitors only.

Varnish (site/varnish/default.vcl.in) stores a response only when it says ``public`` and
sets no cookie; these tests pin the Django half. The stack test checks the real cache.
"""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

import pytest

from core.front_cache import FrontCacheHeadersMiddleware

pytestmark = pytest.mark.django_db


def shared(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return "public" in cache_control and "s-maxage" in cache_control


@pytest.mark.parametrize(
    "path", ["/vi/", "/en/", "/vi/tin-tuc/", "/vi/cong-trinh/", "/vi/dien-hinh/", "/robots.txt"]
)
def test_public_pages_are_shared_with_anonymous_visitors(site, client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert shared(response)
    assert "max-age=0" in response["Cache-Control"]  # browsers check again: a purge shows at once
    assert not response.cookies


def test_a_signed_in_users_page_is_private(site, client, django_user_model):
    user = django_user_model.objects.create_user("hoang.thi.lan", "lan@example.com", "mat-khau-dai-2020")
    client.force_login(user)
    response = client.get("/vi/")
    assert response.status_code == 200
    assert not shared(response)
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/vi/tim-kiem/?q=thi+dua", "/admin/login/"])
def test_search_results_and_the_admin_are_never_shared(site, client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not shared(response)


def test_a_page_with_a_csrf_form_is_private():
    """A CSRF token is tied to the visitor's cookie: such a page must not be shared."""

    def page_with_form(request):
        return HttpResponse(
            f'<form method="post"><input name="csrfmiddlewaretoken" value="{get_token(request)}">'
        )

    from django.middleware.csrf import CsrfViewMiddleware

    middleware = FrontCacheHeadersMiddleware(CsrfViewMiddleware(page_with_form))
    response = middleware(RequestFactory().get("/vi/lien-he/"))
    assert not shared(response)
    assert "private" in response["Cache-Control"]


def test_errors_and_redirects_are_not_shared(site, client):
    assert not shared(client.get("/vi/khong-co-trang-nay/"))
    assert not shared(client.get("/"))


def test_a_response_with_a_cookie_is_not_shared():
    def sets_cookie(request):
        response = HttpResponse("xin chào")
        response.set_cookie("django_language", "vi")
        return response

    response = FrontCacheHeadersMiddleware(sets_cookie)(RequestFactory().get("/vi/"))
    assert not shared(response)
