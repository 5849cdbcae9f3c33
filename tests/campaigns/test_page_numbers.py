"""A listing's ``?page=`` never ends on an error: odd numbers fall back to a real page."""

from django.test import RequestFactory

import pytest

from core.pagination import paginate

ITEMS = list(range(25))  # three pages of ten


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        (None, 1),
        ("2", 2),
        ("3", 3),
        ("", 1),
        ("abc", 1),
        ("2.5", 1),
        ("0", 3),
        ("-1", 3),
        ("99", 3),
    ],
)
def test_page_parameter_falls_back_to_first_or_last_page(asked, shown):
    query = {} if asked is None else {"page": asked}
    page = paginate(RequestFactory().get("/", query), ITEMS, 10)
    assert page.number == shown
    assert list(page) == ITEMS[(shown - 1) * 10 : shown * 10]


def test_an_empty_listing_has_one_empty_page():
    page = paginate(RequestFactory().get("/", {"page": "4"}), [], 10)
    assert page.number == 1
    assert list(page) == []
    assert not page.has_next()
