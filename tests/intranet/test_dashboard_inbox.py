"""Every member's dashboard lists what waits for them in the workflows, from Wagtail's records.

One list covers registrations, works, final reports and award nominations: what the
member acts on now (with the actions the step offers them), what they sent and was
returned (with the reason and the reviewer's full name), and what they sent and is still
in review (with the step it is at). Officers, standing boards, the province office and the
council each see their own; an empty list says so in Vietnamese. The number of queries
does not grow with the number of records.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from campaigns.factories import review
from campaigns.models import ReviewState
from exemplars.factories import WorkFactory
from tests.helpers import html, text_of

from .conftest import Organisation
from .nominations import DISTRICT, act, nominate, submit

pytestmark = pytest.mark.django_db

# The board's whole dashboard (deadlines, quotas, the units below, the inbox) on SQLite:
# 115 queries measured on 30/11/2026, of which the inbox takes 46 (mostly the actions of
# the five rows shown, each read from the step's rules).
MAX_BOARD_QUERIES = 125
REASON = "Bổ sung biên bản họp xét của Ban Thường trực."


def inbox_list(client, dashboard, user, name: str):
    client.force_login(user)
    page = html(client.get(dashboard.url))
    return page.select_one(f"[data-inbox-list={name}]")


def nominee(key: str) -> str:
    return f"Người được đề nghị {Organisation.marker(key)}"


def test_a_board_sees_every_kind_of_record_it_acts_on(client, org, dashboard):
    waiting = inbox_list(client, dashboard, org.users["reviewer_a"], "waiting")
    text = text_of(waiting)
    # A's board signs off its own unit's nomination and reviews what the commune A1 sent up.
    assert nominee("a") in text
    assert "Hồ sơ đề nghị khen thưởng" in text
    assert f"Công trình {Organisation.marker('a1')}" in text
    assert waiting.select_one(".dash-count").get_text() == "4"  # nomination, registration, work, report
    assert "Trả lại để bổ sung" in text  # the actions the step offers
    assert nominee("b") not in text and nominee("a1") not in text


def test_the_officer_reads_the_reason_and_the_reviewers_full_name(client, org, dashboard):
    reviewer = org.users["reviewer_a1"]
    reviewer.first_name, reviewer.last_name = "Nông Thị", "Hoa"
    reviewer.save()
    act(org.nominations["a1"], reviewer, "reject", REASON)
    returned = inbox_list(client, dashboard, org.users["officer_a1"], "returned")
    text = text_of(returned)
    assert nominee("a1") in text
    assert REASON in text and "Nông Thị Hoa" in text
    sent = text_of(inbox_list(client, dashboard, org.users["officer_a1"], "sent"))
    assert nominee("a1") not in sent  # no longer in review
    assert f"Công trình {Organisation.marker('a1')}" in sent  # still with A's board


def test_the_officer_sees_what_they_sent_and_where_it_stands(client, org, dashboard):
    text = text_of(inbox_list(client, dashboard, org.users["officer_b"], "sent"))
    assert nominee("b") in text
    assert "Đang ở bước" in text
    assert nominee("a") not in text


def test_the_province_office_and_the_council_see_their_steps(client, org, dashboard):
    assert "Không có hồ sơ nào chờ bạn xử lý." in text_of(
        inbox_list(client, dashboard, org.users["province_office"], "waiting")
    )
    act(org.nominations["a"], org.users["reviewer_a"])  # A's board signs off; the province office checks next
    text = text_of(inbox_list(client, dashboard, org.users["province_office"], "waiting"))
    assert nominee("a") in text
    council = text_of(inbox_list(client, dashboard, org.users["council"], "waiting"))
    assert "Không có hồ sơ nào chờ bạn xử lý." in council
    for name, empty in (
        ("returned", "Không có hồ sơ nào bị trả lại cho bạn."),
        ("sent", "Bạn không có hồ sơ nào đang chờ xét duyệt."),
    ):
        assert empty in text_of(inbox_list(client, dashboard, org.users["council"], name))


def dashboard_queries(client, dashboard, user) -> int:
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(dashboard.url).status_code == 200
    return len(queries)


def add_records(org, numbers):
    """Nominations of A sent by its officer (every other one returned by A's board) and works of A1 in review."""
    board, officer = org.users["reviewer_a"], org.users["officer_a"]
    for number in numbers:
        nomination = nominate(
            org, "a", DISTRICT, name=f"Người thứ {number}", id_number=f"0010900{number:05d}"
        )
        submit(nomination, officer)
        if number % 2:
            act(nomination, board, "reject", REASON)
        work = WorkFactory(campaign=org.site.campaign, unit=org.units["a1"], title=f"Công trình thứ {number}")
        review(work, ReviewState.SUBMITTED, by=org.users["officer_a1"])


def test_the_number_of_queries_does_not_grow_with_the_records(
    client, org, dashboard, django_assert_max_num_queries
):
    users = [org.users["reviewer_a"], org.users["officer_a"], org.users["province_office"]]
    add_records(org, range(6))  # more than each list shows
    for user in users:
        dashboard_queries(client, dashboard, user)  # caches warm
    before = [dashboard_queries(client, dashboard, user) for user in users]
    add_records(org, range(6, 18))
    after = [dashboard_queries(client, dashboard, user) for user in users]
    assert after == before
    client.force_login(org.users["reviewer_a"])
    with django_assert_max_num_queries(MAX_BOARD_QUERIES):
        client.get(dashboard.url)
    counts = {
        name: inbox_list(client, dashboard, user, name).select_one(".dash-count").get_text()
        for name, user in (
            ("waiting", org.users["reviewer_a"]),
            ("returned", org.users["officer_a"]),
            ("sent", org.users["officer_a"]),
        )
    }
    # A's board: the 4 records it had, 9 nominations of A still in review, 18 works of A1.
    assert counts == {"waiting": "31", "returned": "9", "sent": "13"}
