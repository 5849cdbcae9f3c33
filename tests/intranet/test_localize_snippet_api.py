"""wagtail-localize's snippet API shows nobody a record they do not see in the snippet listings.

The translation editor asks ``/admin/localize/api/snippets/<app>/<model>/[<pk>/]`` for
the title of a chosen snippet. Every member of the ``org`` fixture asks it for every
snippet model and every record of the units: nothing of a unit they may not see comes
back, no nominee, registration, report or member at all (none is translatable), while an
editor still translates the honor roll and the province office still reads the works.
"""

from django.urls import resolve, reverse

from wagtail.snippets.models import get_snippet_models

import pytest

from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory
from exemplars.models import Exemplar, Work
from intranet.localize_api import FencedSnippetApiViewSet
from intranet.models import Membership

from .conftest import Organisation

pytestmark = pytest.mark.django_db

ALL_UNITS = {"a", "a1", "b"}
# What each member sees in the snippet listings (README, "Who sees what").
VISIBLE_UNITS = {
    "officer_a": {"a"},
    "officer_a1": {"a1"},
    "reviewer_a": {"a", "a1"},
    "officer_b": {"b"},
    "reviewer_b": {"b"},
    "province_office": ALL_UNITS,
    "council": ALL_UNITS,
    "editor": set(),
    "outsider": set(),
}
NOT_TRANSLATABLE = ["registration", "campaignreport", "nomination", "membership"]


def listing_url(model) -> str:
    return reverse(
        "wagtail_localize:snippets_api_listing",
        kwargs={"app_label": model._meta.app_label, "model_name": model._meta.model_name},
    )


def detail_url(instance) -> str:
    return reverse(
        "wagtail_localize:snippets_api_detail",
        kwargs={
            "app_label": instance._meta.app_label,
            "model_name": instance._meta.model_name,
            "pk": instance.pk,
        },
    )


def unit_records(org):
    """Every record of the fixture's units, of every snippet model that has them."""
    records = []
    for records_by_unit in (org.registrations, org.reports, org.works, org.nominations):
        records += list(records_by_unit.values())
    records += list(Membership.objects.filter(unit__in=org.units.values()))
    return records


def test_the_package_paths_answer_with_the_fenced_view(org):
    """The translation editor's JavaScript calls these paths literally."""
    work = org.works["a"]
    assert resolve(listing_url(Work)).func.cls is FencedSnippetApiViewSet
    assert resolve(detail_url(work)).func.cls is FencedSnippetApiViewSet


@pytest.mark.parametrize("user", sorted(VISIBLE_UNITS))
def test_nobody_reads_another_units_records_through_the_snippet_api(client, org, user):
    client.force_login(org.users[user])
    urls = [listing_url(model) for model in get_snippet_models()]
    urls += [detail_url(record) for record in unit_records(org)]
    hidden = ALL_UNITS - VISIBLE_UNITS[user]
    for url in urls:
        response = client.get(url)
        text = response.content.decode()
        for unit_key in hidden:
            assert Organisation.marker(unit_key) not in text, (user, url)
        assert "Người được đề nghị" not in text, (user, url)  # nominees' names
        for member in org.users.values():
            assert f'"{member}' not in text, (user, url)  # members' names as titles


@pytest.mark.parametrize("user", ["editor", "province_office", "council", "reviewer_a", "officer_a"])
@pytest.mark.parametrize("model_name", NOT_TRANSLATABLE)
def test_records_that_are_not_translated_are_not_served_at_all(client, org, user, model_name):
    client.force_login(org.users[user])
    model = next(model for model in get_snippet_models() if model._meta.model_name == model_name)
    # (A 404 under /admin/ is first redirected to the language-prefixed path, which is not found either.)
    assert client.get(listing_url(model), follow=True).status_code in (403, 404)
    record = model.objects.filter(**({"user": org.users[user]} if model is Membership else {})).first()
    if record is not None:
        assert client.get(detail_url(record), follow=True).status_code in (403, 404)


def test_the_editor_reads_no_work_of_any_unit(client, org):
    client.force_login(org.users["editor"])
    response = client.get(listing_url(Work))
    assert response.status_code == 200 and response.json() == []
    assert client.get(detail_url(org.works["a"]), follow=True).status_code == 404


def test_a_reviewer_reads_the_works_of_its_units_when_the_api_is_asked(org, rf):
    """Officers and reviewers are kept out of wagtail-localize's screens; the view fences anyway."""
    request = rf.get(listing_url(Work))
    request.user = org.users["reviewer_a"]
    view = FencedSnippetApiViewSet.as_view({"get": "list"})
    titles = " ".join(row["title"] for row in view(request, app_label="exemplars", model_name="work").data)
    assert Organisation.marker("a") in titles and Organisation.marker("a1") in titles
    assert Organisation.marker("b") not in titles


def test_the_province_office_reads_every_units_work(client, org):
    client.force_login(org.users["province_office"])
    response = client.get(detail_url(org.works["b"]))
    assert response.status_code == 200
    assert Organisation.marker("b") in response.json()["title"]


def test_the_editor_still_translates_an_exemplar(client, org):
    exemplar = ExemplarFactory(
        campaign=org.site.campaign,
        unit=org.units["a"],
        award_type=org.nominations["a"].award_type,
        kind=NomineeKind.COLLECTIVE,
        name="Ban công tác Mặt trận thôn Nà Pàn",
    )
    english = org.site.translate(exemplar, {exemplar.name: "Front work committee of Na Pan village"})
    client.force_login(org.users["editor"])

    response = client.get(reverse("wagtailsnippets_exemplars_exemplar:edit", args=[english.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]

    listed = client.get(listing_url(Exemplar)).json()
    assert {row["id"] for row in listed} >= {exemplar.pk, english.pk}
    chosen = client.get(detail_url(english)).json()
    assert chosen["title"] == "Front work committee of Na Pan village"
    assert chosen["edit_url"] == reverse("wagtailsnippets_exemplars_exemplar:edit", args=[english.pk])
