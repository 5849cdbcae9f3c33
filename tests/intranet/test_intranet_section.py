"""The intranet pages are for unit members only and never surface in public places."""

import pytest

from intranet.models import IntranetArticlePage, IntranetPage, restrict_to_members

from .conftest import Organisation

pytestmark = pytest.mark.django_db

SECRET = "NOI-BO-BI-MAT-4Z"


@pytest.fixture(scope="module")
def intranet(org, django_db_blocker):
    from datetime import date

    with django_db_blocker.unblock():
        home = org.site.home
        page = home.add_child(instance=IntranetPage(title="Mạng nội bộ", slug="noi-bo", intro=SECRET))
        page.save_revision().publish()
        restrict_to_members(page)
        article = page.add_child(
            instance=IntranetArticlePage(
                title=f"Hướng dẫn {SECRET}",
                slug="huong-dan",
                date=date(2020, 2, 1),
                summary=SECRET,
                body=[("paragraph", f"<p>{SECRET}</p>")],
            )
        )
        article.save_revision().publish()
        return page, article


def test_anonymous_visitors_get_the_login_page_not_the_content(client, intranet):
    page, article = intranet
    for target in (page, article):
        response = client.get(target.url, follow=True)
        assert "/admin/login/" in response.redirect_chain[-1][0]
        assert SECRET.encode() not in response.content


def test_members_see_their_dashboard(client, org, intranet):
    page, _ = intranet
    client.force_login(org.users["officer_a"])
    response = client.get(page.url)
    assert response.status_code == 200
    unit = org.units["a"]
    text = response.content.decode()
    assert unit.name in text or unit.title in text


def test_an_account_without_a_unit_is_refused(client, org, intranet):
    page, _ = intranet
    client.force_login(org.users["outsider"])
    response = client.get(page.url, follow=True)
    assert SECRET.encode() not in response.content


@pytest.mark.parametrize(
    "url_of",
    [
        lambda org: "/sitemap.xml",
        lambda org: org.site.home.url,
        lambda org: org.site.news.url,
        lambda org: org.site.news.url + "rss/",
        lambda org: org.site.news.url + "atom/",
    ],
    ids=["sitemap", "home-menu", "news", "rss", "atom"],
)
def test_intranet_never_appears_in_public_places(client, org, intranet, url_of):
    response = client.get(url_of(org))
    assert response.status_code == 200
    assert SECRET.encode() not in response.content
    assert b"/noi-bo/" not in response.content


def test_shared_passwords_are_off(settings):
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS["SHARED_PASSWORD"] is False


def test_organisation_marker_helper_is_unique_per_unit():
    assert Organisation.marker("a") != Organisation.marker("a1")
