"""Wagtail's locale lookups read the cache (core/public_cache.py), yet see a locale added or deleted.

Its own module: the public site of other modules adds the English locale for the
whole module, and this one starts without it.
"""

from wagtail.models import Locale

import pytest

pytestmark = pytest.mark.django_db


def test_locale_lookups_take_no_query_once_cached(django_assert_num_queries):
    Locale.get_default()

    with django_assert_num_queries(0):
        assert Locale.get_active().language_code == "vi"
        assert Locale.get_default().language_code == "vi"


def test_a_locale_added_or_deleted_is_seen_at_once():
    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("en")  # no English locale outside the site fixture

    english = Locale.objects.create(language_code="en")
    assert Locale.objects.get_for_language("en").pk == english.pk  # now cached

    english.delete()
    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("en")
