"""``manage.py load_demo`` builds the demo site from code, and running it again changes nothing."""

from io import StringIO

from django.core.management import call_command
from django.db import connection

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision

import pytest

from campaigns.models import ArticlePage, Registration, Unit
from exemplars.models import Exemplar, HonorRollPage, Work, WorkGalleryPage, WorkPhoto
from tests.helpers import card_titles

pytestmark = pytest.mark.django_db

COUNTED = {
    "pages": Page.objects,
    "works": Work.objects,
    "work photos": WorkPhoto.objects,
    "exemplars": Exemplar.objects,
    "units": Unit.objects,
    "images": get_image_model().objects,
    "revisions": Revision.objects,
    "registrations": Registration.objects,
    "locales": Locale.objects,
}


def counts() -> dict[str, int]:
    return {name: manager.count() for name, manager in COUNTED.items()}


@pytest.fixture(scope="module")
def demo(module_db, django_db_blocker) -> dict:
    """Runs the command twice (the slow part of the suite, so once per run) and keeps the counts."""
    with django_db_blocker.unblock():
        forget_statistics()
        call_command("load_demo", stdout=StringIO())
        first = counts()
        statistics = has_statistics() if connection.vendor == "postgresql" else None
        output = StringIO()
        call_command("load_demo", stdout=output)
        return {"first": first, "second": counts(), "output": output.getvalue(), "statistics": statistics}


STATISTICS_OF = ("wagtailsearch_indexentry", "wagtailcore_page", "exemplars_work")


def forget_statistics() -> None:
    """The planner's statistics of a few tables dropped, as on a database just created."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for table in STATISTICS_OF:
                cursor.execute("DELETE FROM pg_statistic WHERE starelid = %s::regclass", [table])


def has_statistics() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(DISTINCT tablename) FROM pg_stats WHERE tablename = ANY(%s)", [list(STATISTICS_OF)]
        )
        return cursor.fetchone()[0] == len(STATISTICS_OF)


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="statistics for PostgreSQL's planner; CI runs this in its PostgreSQL stage",
)
def test_the_planner_has_statistics_of_the_demo_at_once(demo):
    """Without them PostgreSQL takes the new tables for empty until autovacuum comes by, and
    the search page matched every index entry once per page (76 ms a search, 51 with them)."""
    assert demo["statistics"]


def test_running_twice_creates_nothing_new(demo):
    assert demo["second"] == demo["first"]
    assert "không có gì mới" in demo["output"]


def test_demo_has_the_eleven_district_level_units(demo):
    assert Unit.objects.districts().count() == 11


def test_demo_has_enough_content_to_fill_the_listings(demo):
    assert ArticlePage.objects.live().filter(locale__language_code="vi").count() >= 12
    assert Work.objects.filter(locale__language_code="vi").count() >= 30
    assert Exemplar.objects.filter(locale__language_code="vi").count() >= 40


def test_demo_keeps_some_drafts_to_show_what_the_public_does_not_see(demo):
    assert ArticlePage.objects.filter(live=False).exists()
    assert Work.objects.filter(live=False).exists()
    assert Exemplar.objects.filter(live=False).exists()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_demo_site_serves_its_public_pages(demo, client, language):
    home = client.get(f"/{language}/")
    gallery = WorkGalleryPage.objects.live().get(locale__language_code=language)
    honor_roll = HonorRollPage.objects.live().get(locale__language_code=language)

    assert home.status_code == 200
    for page in Page.objects.live().public().filter(locale__language_code=language, depth__gt=1).specific():
        assert client.get(page.url).status_code == 200, page.url
    assert len(card_titles(client.get(gallery.url))) > 0
    assert len(card_titles(client.get(honor_roll.url))) > 0
    for item in (Work.objects.public().first(), Exemplar.objects.public().first()):
        listing = gallery if isinstance(item, Work) else honor_roll
        assert (
            client.get(listing.url + listing.reverse_subpage("detail", args=(item.slug,))).status_code == 200
        )


def test_demo_has_nominations_in_every_state_of_the_workflow(demo):
    """Drafted, waiting at each kind of step, returned, submitted upwards, decided: several units and awards.

    Every nomination waiting at a step has a demo member who may act on it.
    """
    from nominations.chain import Actor, StepKind
    from nominations.models import Nomination, current_step

    nominations = Nomination.objects.all()
    waiting = {nomination: current_step(nomination) for nomination in nominations.in_moderation()}
    waiting_at = {(step.actor, step.kind) for step in waiting.values()}
    assert waiting_at == {
        (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF),
        (Actor.UNIT_ABOVE, StepKind.SIGN_OFF),
        (Actor.COUNCIL, StepKind.CONSIDERATION),
        (Actor.PROVINCE_OFFICE, StepKind.DECISION),  # submitted to the People's Committee, awaiting it
    }, waiting_at
    for nomination, step in waiting.items():
        assert step.moderators(nomination).exists(), (nomination.name, step.describe())
    assert nominations.drafts().exists() and nominations.returned().exists()
    from nominations.demo import DEMO_SESSION
    from nominations.models import CouncilSession, PostedNominee

    session = CouncilSession.objects.get(number=DEMO_SESSION)
    assert session.is_preparing and session.members.count() >= 3, "a session ready to reach quorum"
    # At the council's step: one nominee is posted for public comment today (the public page
    # lists it), the others' comment period ended, so they are on the session's agenda.
    at_council = {nomination for nomination, step in waiting.items() if step.actor == Actor.COUNCIL}
    in_comment = {posting.nomination for posting in PostedNominee.objects.running()}
    assert in_comment and in_comment < at_council, "a nominee posted for public comment today"
    assert {item.nomination for item in session.items.all()} == at_council - in_comment
    # Past the council's step, each nominee got there through a held session's secret ballot.
    from intranet.demo_content import COUNCIL_BALLOT, NOMINATIONS

    held = CouncilSession.objects.exclude(number=DEMO_SESSION)
    assert held and all(one.is_closed and one.ballots_cast.count() >= 3 for one in held)
    passed = {item.nomination.name for one in held for item in one.items.filter(passed=True)}
    assert passed == {spec["name"] for spec in NOMINATIONS if COUNCIL_BALLOT in spec["steps"]}, passed
    decided = nominations.get(award__isnull=False)
    assert decided.award.exemplar.live
    assert nominations.values("unit").distinct().count() >= 3
    assert nominations.values("award_type").distinct().count() >= 3


def test_demo_makes_no_image_of_a_person_who_did_not_consent(demo):
    """Portraits exist only with consent, and only in the portraits' collection officers do not see."""
    from exemplars.image_collections import PORTRAITS
    from nominations.models import Nomination

    images = get_image_model().objects.select_related("collection")
    refused = set(
        Exemplar.objects.filter(photo_consent=False, kind="individual").values_list("name", flat=True)
    )
    refused |= set(
        Nomination.objects.filter(photo_consent=False, kind="individual").values_list("name", flat=True)
    )
    assert refused, "the demo has people who refused"
    assert not [image.title for image in images if any(name in image.title for name in refused)]
    assert not Exemplar.objects.filter(photo_consent=False).exclude(photo=None).exists()
    for nomination in Nomination.objects.filter(photo_consent=False, award__isnull=False):
        assert not images.filter(file__regex=rf"dien-hinh-{nomination.pk}(_\w+)?\.jpg$").exists()
    portraits = set(Exemplar.objects.exclude(photo=None).values_list("photo_id", flat=True))
    assert portraits and {image.collection.name for image in images.filter(pk__in=portraits)} == {PORTRAITS}
