"""A browser test's world is built once per process and copied back (``tests.database_copies``).

These tests are transactional with serialized rollback, as every browser test is: Django
empties the database after each one, and before the next it puts back the rows migrations
made (content types, permissions, Wagtail's root page and tasks) from a snapshot taken at
the start of the run. So the database is emptied here as Django's teardown empties it,
without ``post_migrate``. A flush that sends it writes the content types again under new
keys and empties ContentType's cache in this process; Django's flush after this test then
leaves an empty table and a cold cache, and the next test's snapshot cannot go back in:
Wagtail's ``Task``, rebuilt from it, asks for its content type before the snapshot's own
content types are in, misses the cache, creates one, and the snapshot's row for it fails
with "UNIQUE constraint failed: django_content_type". Without serialized rollback, Django's
own flush after the test sends ``post_migrate`` and breaks the next test the same way.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from wagtail.models import GroupApprovalTask

import pytest

from tests import database_copies
from tests.database_copies import built_once, can_copy

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

OFFICER = "canbo.banSao"


@pytest.fixture
def worlds_made_here():
    """The copies a test here keeps are dropped after it: no browser test asks for them,
    and a second run in the same process must build again."""
    before = set(database_copies._copies)
    yield
    for world in set(database_copies._copies) - before:
        saved, _result = database_copies._copies.pop(world)
        saved.close()


def empty_the_database() -> None:
    """As Django's ``TransactionTestCase`` does after a test with serialized rollback."""
    call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True)


def test_a_world_is_built_once_then_copied_back_after_the_database_is_emptied(worlds_made_here):
    if not can_copy():
        pytest.skip(
            "only SQLite's in-memory test database is copied, elsewhere each world is built again; "
            "CI runs this in README's test command (SQLite)"
        )
    users = get_user_model().objects
    builds = []

    @built_once
    def world():
        builds.append("built")
        return users.create(username=OFFICER, first_name="Bản sao")

    first = world()
    migrated = ContentType.objects.count()
    users.create(username="canbo.sauBanSao")  # after the build: not in the copy
    empty_the_database()
    assert not users.exists() and not ContentType.objects.exists()

    again = world()
    assert builds == ["built"], "the second test's world came from the copy, not a second build"
    assert users.get(username=OFFICER).first_name == "Bản sao"
    assert not users.filter(username="canbo.sauBanSao").exists(), "the copy is the database the build left"
    assert ContentType.objects.count() == migrated, "the whole database comes back, migrations' rows too"
    assert again.pk == first.pk and again is not first, "each test gets its own copy of what was built"


def test_the_next_transactional_test_finds_the_snapshot_not_the_copy():
    """Django put its snapshot back after the test above (its set-up would have failed
    otherwise): the world is gone, and the content types this process has cached are the
    rows in the database."""
    assert not get_user_model().objects.filter(username=OFFICER).exists()
    stored = ContentType.objects.get(app_label="wagtailcore", model="groupapprovaltask")
    assert ContentType.objects.get_for_model(GroupApprovalTask).pk == stored.pk
