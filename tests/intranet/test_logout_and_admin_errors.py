"""Logging out ends the session on the server; no admin URL crashes on purpose."""

import re

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

import pytest

from tests.helpers import html, text_of

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def logged_in_client(user) -> Client:
    client = Client()
    response = client.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def replay(cookie: str) -> Client:
    """A second browser holding a copy of the session cookie."""
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = cookie
    return client


def test_after_logging_out_the_old_session_cookie_opens_nothing(org):
    client = logged_in_client(org.users["officer_a"])
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert replay(cookie).get(reverse("wagtailadmin_home")).status_code == 200

    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=cookie).exists()
    assert replay(cookie).get(reverse("wagtailadmin_home")).status_code == 302  # to the login page


def test_a_get_to_logout_does_not_pretend_to_log_out(org):
    """A GET (a link, an image on another site) is refused, and the browser keeps its cookie.

    Wagtail used to delete the cookie on the refused GET while the session lived on.
    """
    client = logged_in_client(org.users["officer_a"])
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    response = client.get(reverse("wagtailadmin_logout"))
    assert response.status_code == 405
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert Session.objects.filter(session_key=cookie).exists()


@pytest.fixture
def staff_without_unit(org):
    """An admin user who is no unit's member (an IT technician, say)."""
    user = org.users["outsider"]
    user.is_staff = True
    user.save()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize("who", ["staff_without_unit", "editor", "province_office", "council", "officer_a"])
@pytest.mark.parametrize(
    "url", ["/admin/failwhale/", "/admin/khong-co-trang-nay/", "/admin/snippets/khong-co/"]
)
def test_unknown_admin_urls_answer_the_admins_not_found_page(client, org, staff_without_unit, who, url):
    """Answered where it was asked, as the admin's own page, for every role.

    Not sent on to ``/vi/admin/…`` (the public site's catch-all makes any address with a
    language prefix look valid) to meet the public site's 404 there; not the officers'
    "no access" either: there is nothing there to be refused.
    """
    user = staff_without_unit if who == "staff_without_unit" else org.users[who]
    client.force_login(user)
    response = client.get(url)

    assert response.status_code == 404
    document = html(response)
    assert text_of(document.find("h1")) == "Lỗi 404"
    assert document.find("a", href=reverse("wagtailadmin_home"), string=re.compile("Về trang quản trị"))
    assert document.select_one(".site-nav") is None  # not the public site's page
