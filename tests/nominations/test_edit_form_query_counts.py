"""The nomination editor takes a bounded number of queries, for the officer and the reviewer.

It was the heaviest request of the site (about 120 queries for the officer, 170 for a
reviewer): Wagtail's editor, action menu and lock each read the workflow state and the
nomination's latest revision again, and the quota panel asked for its rows per award
type. Counts are measured on a second visit, as in tests/home/test_query_counts.py.
"""

import pytest

from tests.intranet.nominations import edit_url, nominate, submit

pytestmark = pytest.mark.django_db

# Each cap is the count measured (before: 105, 173 and 155): Wagtail's own share (session,
# permissions, menu, editing session, workflow history, the revision read once) is about
# 40 of them, the panels (quota, deadline, earlier awards, council) about 15.
OFFICER_DRAFT = 64
REVIEWER = 87
OFFICER_IN_REVIEW = 81


def second_visit(client, url):
    client.get(url)
    return url


def test_the_officer_opens_a_draft_in_a_bounded_number_of_queries(org, client, django_assert_max_num_queries):
    nomination = nominate(org, "a1")
    client.force_login(org.users["officer_a1"])
    url = second_visit(client, edit_url(nomination))

    with django_assert_max_num_queries(OFFICER_DRAFT):
        response = client.get(url)

    assert response.status_code == 200
    assert 'name="name"' in response.content.decode(), "the officer edits the dossier"


def test_the_reviewer_and_the_officer_open_a_submitted_nomination_in_a_bounded_number_of_queries(
    org, client, django_assert_max_num_queries
):
    nomination = nominate(org, "a1")
    submit(nomination, org.users["officer_a1"])
    for user, cap in (("reviewer_a1", REVIEWER), ("officer_a1", OFFICER_IN_REVIEW)):
        client.force_login(org.users[user])
        url = second_visit(client, edit_url(nomination))

        with django_assert_max_num_queries(cap):
            response = client.get(url)

        assert response.status_code == 200, user
    assert "Ký duyệt, chuyển tiếp" not in response.content.decode(), "the officer has no approve button"
