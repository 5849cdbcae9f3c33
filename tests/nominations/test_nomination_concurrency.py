"""Two officers submit for their district's last slot at the same moment: exactly one succeeds.

Each submission runs in its own thread with its own database connection, as two requests
would. The quota row is locked (``SELECT … FOR UPDATE``) before the slots are counted, so
the second submission waits for the first to commit, then counts it. Without the lock
both would count the same single slot taken and both would pass.

PostgreSQL only: SQLite has no row locks (it serialises every write to the whole file),
so the race cannot be staged there. CI runs the suite again on PostgreSQL.
"""

import threading
import time

from django.db import connection

from wagtail.models import Page

import pytest

from campaigns.factories import create_seed_plan_campaign
from campaigns.models import AwardType, NomineeKind, Unit
from intranet.factories import member
from intranet.roles import Role
from nominations.factories import NominationFactory, submit_nomination
from nominations.models import Nomination, NominationRefused
from nominations.models import nominations as nomination_rules

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HOLD_LOCK_SECONDS = 0.5


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL's row locks (SQLite locks the whole database); CI runs it on PostgreSQL"
        )


@pytest.fixture
def last_slot(postgres_only):
    """Bình Gia holds one of its two collective slots; two officers each have a nomination ready."""
    campaign = create_seed_plan_campaign(parent=Page.get_first_root_node(), nomination_deadline=None)
    district = Unit.objects.get(code="181")
    award = AwardType.objects.get(slug="bang-khen-ubnd-tinh")
    officers = []
    for username in ("canbo.binhgia.1", "canbo.binhgia.2"):
        officers.append(member(username, district, Role.OFFICER))

    def collective(name):
        return NominationFactory(
            campaign=campaign, unit=district, award_type=award, kind=NomineeKind.COLLECTIVE, name=name
        )

    submit_nomination(collective("Ban công tác Mặt trận thôn Nà Cà"), officers[0])
    contenders = [
        collective("Ban công tác Mặt trận thôn Khuổi Tục"),
        collective("Ủy ban MTTQ xã Hoàng Văn Thụ"),
    ]
    return list(zip(contenders, officers, strict=True))


def test_two_officers_racing_for_the_last_slot_exactly_one_succeeds(last_slot, monkeypatch):
    locked_row = nomination_rules.quota_row_for

    def slow_quota_row(*args, **kwargs):
        row = locked_row(*args, **kwargs)
        if kwargs.get("lock"):
            time.sleep(HOLD_LOCK_SECONDS)  # widen the window in which the other one runs
        return row

    monkeypatch.setattr(nomination_rules, "quota_row_for", slow_quota_row)
    start = threading.Barrier(len(last_slot))
    results: dict[int, str] = {}

    def submit_as(nomination_pk, user):
        try:
            nomination = Nomination.objects.get(pk=nomination_pk)
            start.wait()
            submit_nomination(nomination, user)
            results[nomination_pk] = "submitted"
        except NominationRefused as refusal:
            results[nomination_pk] = refusal.message
        finally:
            connection.close()

    threads = [
        threading.Thread(target=submit_as, args=(nomination.pk, officer)) for nomination, officer in last_slot
    ]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    elapsed = time.monotonic() - began

    outcomes = list(results.values())
    assert len(outcomes) == 2 and outcomes.count("submitted") == 1, outcomes
    (refused,) = [outcome for outcome in outcomes if outcome != "submitted"]
    assert refused.startswith("Đơn vị đã dùng 2/2 chỉ tiêu Bằng khen UBND tỉnh cho tập thể")
    assert elapsed >= 2 * HOLD_LOCK_SECONDS, "the second waited for the first one's lock"
    assert Nomination.objects.in_moderation().count() == 2
