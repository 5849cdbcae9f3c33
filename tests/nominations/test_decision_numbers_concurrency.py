"""Two people record a decision of the same board at the same moment: two numbers, no gap.

Each recording runs in its own thread with its own database connection, as two requests
would, and numbers its decision as ``record_decision`` does: the body's counter row for
the year is locked (``SELECT … FOR UPDATE``), raised by one, and the decision saved, in
one transaction. The second recording waits for the first to commit, then reads the
counter the first left. A recording that fails after taking its number rolls the counter
back with it, so the number is given to the next one: no gap.

PostgreSQL only: SQLite has no row locks (it serialises every write to the whole file),
so the race cannot be staged there. CI runs the suite again on PostgreSQL.
"""

import threading
import time
from datetime import date

from django.db import connection, transaction

from wagtail.models import Page

import pytest

from campaigns.factories import create_seed_plan_campaign
from campaigns.models import AwardType, Unit
from nominations import decisions as numbering
from nominations.models import Decision, DecisionNumberCounter, IssuingBody

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HOLD_LOCK_SECONDS = 0.5


@pytest.fixture
def board():
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL's row locks (SQLite locks the whole database); CI runs it on PostgreSQL"
        )
    create_seed_plan_campaign(parent=Page.get_first_root_node(), nomination_deadline=None)
    province = Unit.objects.filter(parent__isnull=True).first()
    body = IssuingBody.objects.create(
        name="Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", unit=province, symbol="QĐ-MTTQ-BTT"
    )
    return body, AwardType.objects.get(slug="bang-khen-ubmttq-tinh")


def record(body, award, results, key, fail=False):
    """One recording: number the decision and save it, in one transaction (its own connection)."""
    try:
        with transaction.atomic():
            sequence = numbering.next_number(body, 2026)
            Decision.objects.create(
                issuing_body=body,
                unit=body.unit,
                award_type=award,
                year=2026,
                sequence=sequence,
                symbol=body.symbol,
                date=date(2026, 11, 12),
                signer="Nông Lương Chấn",
            )
            if fail:
                raise RuntimeError("the recording fails after taking its number")
        results[key] = sequence
    except RuntimeError as error:
        results[key] = str(error)
    finally:
        connection.close()


def run_at_once(*jobs):
    threads = [threading.Thread(target=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)


def test_two_recordings_at_once_get_two_numbers_and_no_gap(board, monkeypatch):
    body, award = board
    original_save = DecisionNumberCounter.save

    def slow_save(counter, *args, **kwargs):
        time.sleep(HOLD_LOCK_SECONDS)  # between reading the counter and writing it: the race window
        return original_save(counter, *args, **kwargs)

    monkeypatch.setattr(DecisionNumberCounter, "save", slow_save)
    # The year's counter exists (the board's earlier decisions): the first decision of a year
    # would serialise on inserting the counter row anyway, and hide a missing lock.
    DecisionNumberCounter.objects.create(issuing_body=body, year=2026, last_number=0)
    results = {}
    run_at_once(lambda: record(body, award, results, "first"), lambda: record(body, award, results, "second"))

    assert sorted(results.values()) == [1, 2], results
    assert sorted(Decision.objects.values_list("sequence", flat=True)) == [1, 2]
    assert DecisionNumberCounter.objects.get(issuing_body=body, year=2026).last_number == 2


def test_a_failed_recording_gives_its_number_back(board):
    body, award = board
    results = {}
    record(body, award, results, "failed", fail=True)
    record(body, award, results, "next")
    assert results == {"failed": "the recording fails after taking its number", "next": 1}
    assert list(Decision.objects.values_list("sequence", flat=True)) == [1]
