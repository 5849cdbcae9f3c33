"""A person's photo appears on the public site only when they consented to it.

The check looks for the image's file name in the HTML: every rendition Wagtail makes of
an image keeps the original's name, so no size or crop of the photo can slip through.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest

from campaigns.models import NomineeKind
from core.factories import ImageFactory
from exemplars.factories import ExemplarFactory

pytestmark = pytest.mark.django_db


@dataclass
class People:
    consented: object
    refused: object


@pytest.fixture(scope="module")
def people(site, django_db_blocker) -> People:
    with django_db_blocker.unblock():
        common = {
            "campaign": site.campaign,
            "unit": site.province,
            "award_type": site.award_types["bang-khen-ubmttq-tinh"],
            "kind": NomineeKind.INDIVIDUAL,
            "featured": True,
        }
        consented = ExemplarFactory(
            name="Nông Thị Hoa",
            photo=ImageFactory(title="Ảnh Nông Thị Hoa", motif="portrait"),
            photo_consent=True,
            **common,
        )
        refused = ExemplarFactory(
            name="Lương Văn Sáu",
            photo=ImageFactory(title="Ảnh Lương Văn Sáu", motif="portrait"),
            photo_consent=False,
            **common,
        )
        site.translate(refused, {refused.position or refused.summary: "Mobilised the village."})
        return People(consented, refused)


def photo_name(exemplar) -> str:
    """The stem every rendition of the exemplar's photo carries in its URL."""
    return Path(exemplar.photo.file.name).stem


def pages_showing(site, person, language: str = "vi") -> list[str]:
    """Every public page where ``person`` appears: the home page, the honor roll, their own page."""
    home = site.home if language == "vi" else site.english(site.home)
    roll = site.honor_roll if language == "vi" else site.english(site.honor_roll)
    return [home.url, roll.url, roll.url + roll.reverse_subpage("detail", args=(person.slug,))]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_photo_without_consent_never_appears(site, people, client, language):
    for url in pages_showing(site, people.refused, language) + pages_showing(
        site, people.consented, language
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert photo_name(people.refused) not in response.content.decode(), url


@pytest.mark.parametrize("language", ["vi", "en"])
def test_consented_photo_appears_on_home_listing_and_detail(site, people, client, language):
    for url in pages_showing(site, people.consented, language):
        content = client.get(url).content.decode()
        assert photo_name(people.consented) in content, url


def test_the_person_without_consent_is_still_honored_without_a_photo(site, people, client):
    for url in pages_showing(site, people.refused):
        assert people.refused.name in client.get(url).content.decode(), url


def test_detail_without_consent_shares_no_photo_on_social_networks(site, people, client):
    consented_url = pages_showing(site, people.consented)[-1]
    refused_url = pages_showing(site, people.refused)[-1]

    assert 'property="og:image"' in client.get(consented_url).content.decode()
    assert 'property="og:image"' not in client.get(refused_url).content.decode()


def test_withdrawing_consent_removes_the_photo(site, people, client):
    exemplar = type(people.consented).objects.get(pk=people.consented.pk)
    exemplar.photo_consent = False
    exemplar.save_revision().publish()

    for url in pages_showing(site, people.consented):
        assert photo_name(people.consented) not in client.get(url).content.decode(), url
