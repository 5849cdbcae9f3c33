"""A browser test's world is built once per process and copied back (``tests.database_copies``)."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from tests.database_copies import built_once, can_copy

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_world_is_built_once_then_copied_back_after_the_database_is_emptied():
    if not can_copy():
        pytest.skip("only SQLite's in-memory test database is copied; elsewhere each world is built again")
    builds = []

    @built_once
    def world():
        builds.append("built")
        return get_user_model().objects.create(username="canbo.banSao", first_name="Bản sao")

    first = world()
    call_command("flush", interactive=False, verbosity=0)  # as Django does after a live-server test
    assert not get_user_model().objects.filter(username="canbo.banSao").exists()

    again = world()
    assert builds == ["built"], "the second test's world came from the copy, not a second build"
    assert get_user_model().objects.get(username="canbo.banSao").first_name == "Bản sao"
    assert again.pk == first.pk and again is not first, "each test gets its own copy of what was built"
