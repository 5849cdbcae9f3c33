"""A listing offers its rows for selection, and "Xóa" for the selection, to those who may delete.

Wagtail's one bulk action on a snippet listing is "Xóa"; it showed on every listing, to
the register's readers and to the province office on the units' records alike, and led
to a page saying they may delete none of them.
"""

from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

import pytest

from campaigns.models import AwardType, Registration, Unit, UnitQuota
from core.admin_listings import SnippetIndexView
from intranet.models import Membership
from nominations.models import AwardRecord, CouncilSession, Nomination
from tests.helpers import html

pytestmark = pytest.mark.django_db


def offered_for_deletion(client, model) -> tuple[int, list[str]]:
    """How many row checkboxes the model's listing shows, and its bulk actions' buttons."""
    response = client.get(reverse(model.snippet_viewset.get_url_name("list")))
    assert response.status_code == 200
    document = html(response)
    checkboxes = document.select("input[data-bulk-action-checkbox]")
    buttons = [button.get_text(" ", strip=True) for button in document.select(".bulk-actions-buttons a")]
    return len(checkboxes), buttons


@pytest.mark.parametrize(
    ("who", "listing"),
    [
        ("officer_a", AwardRecord),
        ("reviewer_a", AwardRecord),
        ("province_office", AwardRecord),
        ("officer_a", UnitQuota),
        ("province_office", Registration),
        ("council", Nomination),
        ("province_office", Unit),
        ("province_office", AwardType),
        ("province_office", Membership),
        ("council", CouncilSession),
    ],
)
def test_no_selection_nor_delete_for_those_who_may_not_delete(client, org, who, listing):
    client.force_login(org.users[who])

    checkboxes, buttons = offered_for_deletion(client, listing)

    assert (checkboxes, buttons) == (0, [])


def test_an_officer_who_may_delete_a_draft_can_still_select_and_delete(client, org):
    client.force_login(org.users["officer_a"])

    checkboxes, buttons = offered_for_deletion(client, Nomination)

    assert checkboxes >= 1
    assert buttons == ["Xóa"]


def test_every_snippet_listing_decides_who_is_offered_the_selection():
    """The bar of bulk actions shows only on a ``SnippetIndexView``: a listing of another
    class would keep its selection boxes and lose the bar they act through."""
    others = [
        model.__name__
        for model in get_snippet_models()
        if not issubclass(model.snippet_viewset.index_view_class, SnippetIndexView)
    ]

    assert others == []
