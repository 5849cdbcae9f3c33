"""What the public types as a phone number, ID number or e-mail never reaches the editors.

Editors read Wagtail's query log in two places: the popular terms report and the chooser
of terms for a promoted result. Such terms are not logged at all; those logged before
are removed by a migration.
"""

from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

import pytest

from tests.search.searching import search

pytestmark = pytest.mark.django_db

PERSONAL = [
    "0912345678",
    "0912 345 678",
    "+84 912.345.678",
    "Nguyễn Văn A 0912-345-678",
    "001234567890",  # a citizen ID card
    "nguyen.van.a@gmail.com",
]
ORDINARY = ["nhà văn hóa", "kế hoạch 2021-2025", "Quyết định 123/QĐ-UBND"]


@pytest.fixture
def promoter():
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


def what_editors_see(client, promoter) -> str:
    client.force_login(promoter)
    pages = [
        client.get(reverse("search_popular_terms")),
        client.get(reverse("wagtailsearchpromotions:chooser")),
        client.get(reverse("wagtailsearchpromotions:chooserresults")),
    ]
    assert all(page.status_code == 200 for page in pages)
    return "\n".join(page.content.decode() for page in pages)


def test_personal_data_typed_in_the_search_box_is_never_shown_to_editors(site, client, promoter):
    for typed in PERSONAL + ORDINARY:
        assert search(client, typed).status_code == 200  # the search itself still runs
    logged = set(Query.objects.values_list("query_string", flat=True))
    seen = what_editors_see(client, promoter)
    for typed in PERSONAL:
        assert not any(digits_or_mail(typed) in digits_or_mail(term) for term in logged), typed
        assert digits_or_mail(typed) not in digits_or_mail(seen), typed
    for typed in ORDINARY:
        assert Query.get(typed).hits == 1, typed
        assert normalise_query_string(typed) in seen, typed


def digits_or_mail(text: str) -> str:
    """The part that identifies someone: the digits, or the address."""
    if "@" in text:
        return text.lower()
    return "".join(char for char in text if char.isdigit())


def test_terms_logged_before_are_forgotten(site):
    kept, promoted = Query.get("bằng khen"), Query.get("0987654321")
    SearchPromotion.objects.create(query=promoted, page=site.about)  # the editor's own term
    for text in PERSONAL:
        Query.get(text).add_hit()
    migration = import_module("search.migrations.0002_forget_personal_search_terms")
    migration.forget_personal_terms(apps, None)
    assert set(Query.objects.values_list("pk", flat=True)) >= {kept.pk, promoted.pk}
    assert not Query.objects.filter(query_string__in=[normalise_query_string(t) for t in PERSONAL]).exists()
