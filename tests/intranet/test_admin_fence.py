"""Officers and reviewers reach only the admin screens of their job."""

import json

from django.urls import reverse

import pytest

from tests.helpers import html

pytestmark = pytest.mark.django_db

CLOSED_TO_UNITS = [
    "/admin/reports/site-history/",
    "/admin/reports/locked/",
    "/admin/reports/workflow/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/pages/",
    "/admin/snippets/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/snippets/exemplars/exemplar/",
    "/admin/snippets/intranet/membership/",
    "/admin/snippets/campaigns/unit/",
    "/admin/bulk/campaigns/registration/delete/?id=1",
    "/admin/settings/",
    "/admin/workflows/list/",
]


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a"])
@pytest.mark.parametrize("url", CLOSED_TO_UNITS)
def test_site_wide_screens_are_closed_to_unit_officers(client, org, user, url):
    client.force_login(org.users[user])
    response = client.get(url, follow=True)
    assert response.status_code in {403, 404}


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a"])
def test_their_own_screens_stay_open(client, org, user):
    client.force_login(org.users[user])
    for name in (
        "wagtailadmin_home",
        "wagtailadmin_account",
        "wagtailsnippets_campaigns_registration:list",
        "wagtailsnippets_exemplars_work:list",
        "wagtailsnippets_campaigns_campaignreport:list",
        "wagtailsnippets_campaigns_registration:add",
    ):
        assert client.get(reverse(name)).status_code == 200, name


def test_province_office_is_not_fenced(client, org):
    client.force_login(org.users["province_office"])
    assert client.get("/admin/snippets/intranet/membership/").status_code == 200


def sidebar_menu(response) -> str:
    """The admin sidebar is drawn by JavaScript from a JSON island; read the JSON."""
    island = html(response).find("script", id="wagtail-sidebar-props")
    return json.dumps(json.loads(island.string), ensure_ascii=False)


def test_officers_menu_reads_like_their_job(client, org):
    client.force_login(org.users["officer_a"])
    page = sidebar_menu(client.get(reverse("wagtailadmin_home")))
    for label in ("Thi đua của đơn vị", "Đăng ký thi đua", "Công trình, phần việc", "Báo cáo tổng kết"):
        assert label in page


def test_officers_meet_no_door_that_answers_403(client, org):
    """Menu items, summaries and the sidebar search all lead somewhere they may go."""
    client.force_login(org.users["officer_a"])
    response = client.get(reverse("wagtailadmin_home"))
    menu = json.loads(html(response).find("script", id="wagtail-sidebar-props").string)
    urls = [
        url
        for url in json.dumps(menu).split('"')
        if url.startswith("/admin/") and url not in {"/admin/", "/admin/logout/"}
    ]
    assert urls, "the sidebar links somewhere"
    for url in urls:
        assert client.get(url, follow=True).status_code == 200, url
    home = html(response)
    for link in home.select("main a[href^='/admin/']"):
        assert client.get(link["href"], follow=True).status_code == 200, link["href"]
