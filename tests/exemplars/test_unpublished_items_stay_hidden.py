"""Works and exemplars reach the public only once published, and works only once accepted."""

from dataclasses import dataclass

import pytest

from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import Exemplar, Work, WorkStatus
from tests.helpers import card_titles

pytestmark = pytest.mark.django_db


@dataclass
class Items:
    public_work: object
    draft_work: object
    registered_work: object
    in_progress_work: object
    public_exemplar: object
    draft_exemplar: object


@pytest.fixture(scope="module")
def items(site, django_db_blocker) -> Items:
    with django_db_blocker.unblock():
        common = {"campaign": site.campaign, "unit": site.province}
        award = {"award_type": site.award_types["bang-khen-ubmttq-tinh"]}
        return Items(
            public_work=WorkFactory(title="Công trình đã nghiệm thu", status=WorkStatus.ACCEPTED, **common),
            draft_work=WorkFactory(
                title="Công trình chưa đăng", status=WorkStatus.ACCEPTED, publish=False, **common
            ),
            registered_work=WorkFactory(
                title="Công trình mới đăng ký", status=WorkStatus.REGISTERED, **common
            ),
            in_progress_work=WorkFactory(
                title="Công trình đang làm", status=WorkStatus.IN_PROGRESS, **common
            ),
            public_exemplar=ExemplarFactory(name="Điển hình đã đăng", **award, **common),
            draft_exemplar=ExemplarFactory(name="Điển hình chưa đăng", publish=False, **award, **common),
        )


def detail_url(listing, item) -> str:
    return listing.url + listing.reverse_subpage("detail", args=(item.slug,))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_gallery_lists_only_published_accepted_works(site, items, client, language):
    gallery = site.gallery if language == "vi" else site.english(site.gallery)

    assert card_titles(client.get(gallery.url)) == [items.public_work.title]


@pytest.mark.parametrize("hidden", ["draft_work", "registered_work", "in_progress_work"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_hidden_works_detail_answers_404(site, items, client, hidden, language):
    gallery = site.gallery if language == "vi" else site.english(site.gallery)

    assert client.get(detail_url(gallery, items.public_work)).status_code == 200
    assert client.get(detail_url(gallery, getattr(items, hidden))).status_code == 404


def test_live_unfinished_works_are_live_but_still_hidden(items):
    """Registered and in-progress works are published snippets: only their status keeps them off the site."""
    assert items.registered_work.live and items.in_progress_work.live


@pytest.mark.parametrize("language", ["vi", "en"])
def test_honor_roll_lists_only_published_exemplars(site, items, client, language):
    roll = site.honor_roll if language == "vi" else site.english(site.honor_roll)

    assert card_titles(client.get(roll.url)) == [items.public_exemplar.name]
    assert client.get(detail_url(roll, items.public_exemplar)).status_code == 200
    assert client.get(detail_url(roll, items.draft_exemplar)).status_code == 404


def test_unpublishing_hides_a_work_and_an_exemplar_again(site, items, client):
    Work.objects.get(pk=items.public_work.pk).unpublish()
    Exemplar.objects.get(pk=items.public_exemplar.pk).unpublish()

    assert card_titles(client.get(site.gallery.url)) == []
    assert card_titles(client.get(site.honor_roll.url)) == []
    assert client.get(detail_url(site.gallery, items.public_work)).status_code == 404
    assert client.get(detail_url(site.honor_roll, items.public_exemplar)).status_code == 404


def test_hidden_items_are_not_in_the_sitemap(site, items, client):
    content = client.get("/sitemap.xml").content.decode()

    assert detail_url(site.gallery, items.public_work) in content
    assert detail_url(site.honor_roll, items.public_exemplar) in content
    for hidden in (items.draft_work, items.registered_work, items.in_progress_work):
        assert f"/{hidden.slug}/" not in content
    assert f"/{items.draft_exemplar.slug}/" not in content


def test_a_draft_edit_of_a_published_work_is_not_shown(site, items, client):
    """Editors' unpublished changes stay in a revision; the public keeps seeing the published text."""
    work = Work.objects.get(pk=items.public_work.pk)
    work.title = "Tên mới chưa duyệt"
    work.save_revision()

    response = client.get(detail_url(site.gallery, work))

    assert "Tên mới chưa duyệt" not in response.content.decode()
    assert items.public_work.title in response.content.decode()
