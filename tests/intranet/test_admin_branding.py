"""The intranet is the Front's own: a way in from the public site, its name and guide in the admin.

A signed-out visitor finds "Đăng nhập cán bộ" on every public page; the sign-in page
carries the committee's name and emblem, not Wagtail's; every admin tab ends with the
portal's name; the help menu leads to the portal's Vietnamese guide, not to Wagtail's
English guide and release notes — for officers as for editors.
"""

import json
import re
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from core.demo import publish
from intranet.admin_branding import USER_GUIDE_SLUG
from intranet.factories import member as make_member
from intranet.models import IntranetArticlePage, IntranetPage, restrict_to_members
from intranet.roles import Role
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-thu-nghiem-2020"
PORTAL = settings.WAGTAIL_SITE_NAME
COMMITTEE = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"


def member(username, unit, role):
    return make_member(username, unit, role, PASSWORD, first_name="Hà Minh", last_name="Tuấn")


@pytest.fixture
def guide(site):
    intranet = IntranetPage(title="Mạng nội bộ", slug="noi-bo")
    site.home.add_child(instance=intranet)
    publish(intranet)
    restrict_to_members(intranet)
    article = IntranetArticlePage(
        title="Hướng dẫn sử dụng cổng thi đua", slug=USER_GUIDE_SLUG, date=date(2026, 1, 5), body=[]
    )
    intranet.add_child(instance=article)
    publish(article)
    return article


def help_items(client) -> list[tuple[str, str]]:
    """(label, url) of the help menu's items, from the sidebar's props (telepath-packed menu items)."""
    raw = html(client.get(reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props").string
    found = []

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args")
            if (
                isinstance(args, list)
                and args
                and isinstance(args[0], dict)
                and args[0].get("name") == "help"
            ):
                for item in args[1]:
                    found.append((item["_args"][0].get("label"), item["_args"][0].get("url")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(raw))
    assert found, "the sidebar has a help menu"
    return found


@pytest.mark.parametrize("page", ["home", "news", "about"])
def test_signed_out_visitors_find_the_officers_sign_in_on_public_pages(site, client, page):
    response = client.get(getattr(site, page).url)

    sign_in = [a for a in html(response).find_all("a") if text_of(a) == "Đăng nhập cán bộ"]
    assert [a["href"] for a in sign_in] == [reverse("wagtailadmin_login")]


def test_sign_in_page_carries_the_committee_not_wagtail(site, client):
    response = client.get(reverse("wagtailadmin_login"))
    page = html(response)

    assert "wagtail" not in text_of(response).lower()
    assert "wagtail" not in page.title.string.lower()
    heading = text_of(page.select_one("h1"))
    assert COMMITTEE in heading and "Đăng nhập cán bộ" in heading
    assert page.select_one("h1 svg.brand__emblem") is not None  # the committee's emblem, not the bird
    assert page.title.string.strip() == f"Đăng nhập cán bộ - {PORTAL}"


@pytest.mark.parametrize(
    "url_name",
    ["wagtailadmin_home", "wagtailadmin_explore_root", "wagtailadmin_account", "wagtailimages:index"],
)
def test_admin_tabs_end_with_the_portals_name(site, client, url_name):
    client.force_login(get_user_model().objects.get(username="admin"))
    page = html(client.get(reverse(url_name)))

    title = " ".join(page.title.string.split())
    assert title.endswith(f" - {PORTAL}")
    assert "Wagtail" not in title


def test_sidebar_shows_the_emblem(site, client):
    client.force_login(get_user_model().objects.get(username="admin"))
    page = html(client.get(reverse("wagtailadmin_home")))

    logo = page.select_one("template[data-wagtail-sidebar-branding-logo]")
    assert "brand__emblem" in logo.decode_contents()


@pytest.mark.parametrize("role", [Role.EDITOR, Role.APPROVER, Role.OFFICER])
def test_help_menu_leads_to_the_portals_guide_not_wagtails(site, guide, client, role):
    client.force_login(
        member(f"thu.{role}", site.province if role != Role.OFFICER else site.districts["180"], role)
    )

    items = help_items(client)

    assert ("Hướng dẫn sử dụng", guide.url) in items
    urls = " ".join(url or "" for _label, url in items)
    assert "wagtail.org" not in urls
    assert not any(re.search(r"wagtail", label or "", re.IGNORECASE) for label, _url in items)


def test_guide_is_readable_by_every_role(site, guide, client):
    for role in Role:
        client.force_login(member(f"doc.{role}", site.province, role))
        assert client.get(guide.url).status_code == 200, role


def test_the_account_box_on_the_admin_home_speaks_vietnamese(site, guide, client):
    client.force_login(member("thu.officer", site.districts["180"], Role.OFFICER))

    links = [text_of(link) for link in html(client.get(reverse("wagtailadmin_home"))).select("main ul a")]

    assert "Tài khoản" in links and "Hướng dẫn sử dụng" in links
    assert "Account" not in links
