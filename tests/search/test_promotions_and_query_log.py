"""Editors' promoted results, Wagtail's query log, and the admin's popular search terms."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from campaigns.factories import ArticlePageFactory
from home.factories import StandardPageFactory
from tests.helpers import html, text_of
from tests.search.searching import add_search_content, search

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    with django_db_blocker.unblock():
        return add_search_content(site)


def promote(term: str, **fields) -> SearchPromotion:
    return SearchPromotion.objects.create(query=Query.get(term), **fields)


def promoted_titles(response) -> list[str]:
    return [text_of(link) for link in html(response).select(".search-promoted a")]


def test_a_promoted_page_comes_first_however_the_term_is_typed(site, content, client):
    promote("thi đua", page=site.about, description="Giới thiệu cổng thông tin thi đua.", sort_order=0)
    for typed in ("thi đua", "Thi Dua", "  THI   đua "):
        response = search(client, typed)
        assert promoted_titles(response) == ["Giới thiệu"], typed
    assert "Giới thiệu cổng thông tin thi đua." in text_of(
        html(search(client, "thi dua")).select_one(".search-promoted")
    )


def test_promotions_are_shown_in_the_visitors_language(site, content, client):
    promote("gioi thieu", page=site.about)
    assert promoted_titles(search(client, "gioi thieu", "en")) == ["About"]


def test_external_links_can_be_promoted(content, client):
    promote(
        "mat tran",
        external_link_url="https://mattran.org.vn/",
        external_link_text="Cổng thông tin MTTQ Việt Nam",
    )
    link = html(search(client, "Mặt trận")).select_one(".search-promoted a")
    assert link["href"] == "https://mattran.org.vn/"


def test_unpublished_expired_and_restricted_pages_are_never_promoted(site, content, client):
    draft = ArticlePageFactory(parent=site.news, title="Tin nháp được đề xuất", publish=False)
    expired = ArticlePageFactory(parent=site.news, title="Tin hết hạn được đề xuất")
    type(expired).objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timezone.timedelta(days=1))
    private = StandardPageFactory(parent=site.home, title="Trang riêng được đề xuất")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for page in (draft, expired, private):
        promote("de xuat rieng", page=page)
    assert promoted_titles(search(client, "de xuat rieng")) == []


def test_each_search_is_counted_once_in_the_query_log(content, client):
    search(client, "Bằng khen")
    search(client, "bằng khen")
    search(client, "bằng khen", page=2)  # paging through is the same search
    assert Query.get("bằng khen").hits == 2
    assert Query.objects.filter(query_string="bằng khen").exists()


def test_terms_with_promoted_results_are_suggested_when_nothing_is_found(site, content, client):
    promote("nông thôn mới", page=site.about)
    empty = html(search(client, "xyzzy"))
    assert "nông thôn mới" in [text_of(tag) for tag in empty.select(".search-empty .tag")]
    # Raw query log entries are never shown to the public.
    search(client, "mot tu ai do go vao")
    assert "mot tu ai do go vao" not in [text_of(tag) for tag in html(search(client, "xyzzy")).select(".tag")]


@pytest.fixture
def editor(django_db_blocker):
    group = Group.objects.create(name="Biên tập kết quả tìm kiếm")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="wagtailsearchpromotions", codename__endswith="searchpromotion"
        ),
    )
    user = get_user_model().objects.create_user("bientap.timkiem", "bt@example.com", "mat-khau-dai-2020")
    user.groups.add(group)
    return user


def test_editors_see_the_popular_search_terms_in_the_admin(content, client, editor):
    for _ in range(3):
        search(client, "nhà văn hóa")
    search(client, "đường bê tông")
    client.force_login(editor)

    response = client.get(reverse("search_popular_terms"))
    assert response.status_code == 200
    rows = [[text_of(cell) for cell in row.select("td")] for row in html(response).select("tbody tr")]
    assert rows[0][:2] == ["nhà văn hóa", "3"]
    assert ["đường bê tông", "1"] in [row[:2] for row in rows]
    assert "Từ khóa được tìm nhiều" in response.content.decode()


def test_the_report_is_in_the_reports_menu_instead_of_wagtails_superuser_only_one(content, client, editor):
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("search_popular_terms") in dashboard
    assert reverse("wagtailsearchpromotions:search_terms") not in dashboard


def test_the_report_is_closed_to_everyone_else(content, client):
    assert client.get(reverse("search_popular_terms")).status_code == 302  # to the login page
    someone = get_user_model().objects.create_user("nguoi.khac", "nk@example.com", "mat-khau-dai-2020")
    someone.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(someone)
    assert client.get(reverse("search_popular_terms")).status_code in (302, 403)
