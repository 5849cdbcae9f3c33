"""Officers, reviewers, the office, the council and editors work in the admin in plain Vietnamese.

The crawler (``admin_vi.crawl``) clicks through every screen the user can reach — login,
dashboard, listings with searches and filters, forms with their errors and success
messages, history, revisions, choosers, account, the JavaScript catalog, the e-mails the
clicks send — and reports, on each, visible English text and wording that reads wrong in
any language (``admin_vi.wording_check``): a name cut to the family and middle name,
Django's "---------", a doubled phrase, a file's storage path, "Uỷ".
"""

import pytest

from admin_vi.crawl import crawl

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ROLES = ["officer_a", "reviewer_a"]


@pytest.mark.parametrize("user", ROLES)
def test_plain_vietnamese_on_every_screen_of_each_role(org, user):
    person = org.users[user]
    # Family and middle name, given name: the project's order (admin_vi/names.py).
    person.first_name, person.last_name = "Hoàng Thị", "Mai"
    person.save()
    screens = crawl(person)
    assert len(screens) > 40, "the crawl reached the user's screens"
    english = {f"{screen}: {phrase}" for screen in screens for phrase in screen.english}
    assert not english, "\n".join(sorted(english))
    wording = {f"{screen}: {problem}" for screen in screens for problem in screen.wording}
    assert not wording, "\n".join(sorted(wording))
