"""Officers and reviewers work in the admin in Vietnamese: no English on their screens.

The crawler (``admin_vi.crawl``) clicks through every screen the user can reach — login,
dashboard, listings with searches and filters, forms with their errors and success
messages, history, revisions, choosers, account, the JavaScript catalog — and reports
visible English text on each.
"""

import pytest

from admin_vi.crawl import crawl

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a"])
def test_no_english_on_the_screens_of_officers_and_reviewers(org, user):
    screens = crawl(org.users[user])
    assert len(screens) > 40, "the crawl reached the officer's screens"
    leftovers = {f"{screen}: {phrase}" for screen in screens for phrase in screen.english}
    assert not leftovers, "\n".join(sorted(leftovers))
