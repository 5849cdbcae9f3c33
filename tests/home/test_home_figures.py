"""The home page's figures are counted from the data, never typed, and count only what is public.

The collectives and individuals honored are the award register's valid awards of the
featured campaign, counted by the statistics page's own function.
"""

from datetime import date

import pytest

from campaigns.factories import RegistrationFactory, UnitFactory
from campaigns.models import NomineeKind, ReviewState
from exemplars.factories import WorkFactory
from exemplars.models import WorkStatus
from nominations.register import record_earlier_award, revoke_award
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

WORKS = "Công trình đã nghiệm thu"
REGISTERED = "Đơn vị đăng ký thi đua"
COLLECTIVES = "Tập thể được khen thưởng"
INDIVIDUALS = "Cá nhân được khen thưởng"


@pytest.fixture(scope="module")
def data(site, django_db_blocker):
    """Three public works, one of each kind of hidden work, two registrations, three exemplars."""
    with django_db_blocker.unblock():
        common = {"campaign": site.campaign, "unit": site.province}
        WorkFactory(status=WorkStatus.ACCEPTED, **common)
        WorkFactory(status=WorkStatus.PLAQUE_MOUNTED, **common)
        translated = WorkFactory(status=WorkStatus.ACCEPTED, **common)
        site.translate(translated, {translated.title: "A translated work"})
        WorkFactory(status=WorkStatus.ACCEPTED, publish=False, **common)
        WorkFactory(status=WorkStatus.IN_PROGRESS, **common)
        WorkFactory(status=WorkStatus.REGISTERED, **common)
        for code in list(site.districts)[:2]:
            RegistrationFactory(
                campaign=site.campaign, unit=site.districts[code], state=ReviewState.SUBMITTED
            )
        award = site.award_types["bang-khen-ubmttq-tinh"]
        honour(site, award, NomineeKind.COLLECTIVE)
        honour(site, award, NomineeKind.INDIVIDUAL)
        honour(site, award, NomineeKind.INDIVIDUAL)
        revoke_award(honour(site, award, NomineeKind.INDIVIDUAL), None, "Thu hồi do kê khai sai thành tích.")
        # Another campaign's award is not this campaign's figure.
        record_earlier_award(
            kind=NomineeKind.INDIVIDUAL,
            name="Lương Văn Cũ",
            award_type=award,
            decision_number="9/QĐ-MTTQ",
            decision_date=date(2015, 5, 1),
            issuing_body_name="Ban Thường trực Ủy ban MTTQ tỉnh",
        )


def honour(site, award, kind):
    """An award of the campaign in the register (as a recorded decision or the office's import makes it)."""
    return record_earlier_award(
        campaign=site.campaign,
        kind=kind,
        name=f"Được khen {kind}",
        award_type=award,
        decision_number="15/QĐ-MTTQ",
        decision_date=date(2020, 11, 10),
        issuing_body_name="Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn",
    )


def figures(client, url) -> dict[str, int]:
    document = html(client.get(url))
    return {
        text_of(item.dt): int(text_of(item.dd).replace(".", ""))
        for item in document.select("dl.figures .figure")
    }


def test_figures_count_only_public_items(site, data, client):
    assert figures(client, site.home.url) == {
        REGISTERED: 2,
        WORKS: 3,
        COLLECTIVES: 1,
        INDIVIDUALS: 2,
    }


def test_one_more_accepted_published_work_adds_one(site, data, client):
    before = figures(client, site.home.url)[WORKS]

    WorkFactory(campaign=site.campaign, unit=site.province, status=WorkStatus.ACCEPTED)

    assert figures(client, site.home.url)[WORKS] == before + 1


def test_draft_or_unfinished_works_do_not_count(site, data, client):
    before = figures(client, site.home.url)[WORKS]

    WorkFactory(campaign=site.campaign, unit=site.province, status=WorkStatus.ACCEPTED, publish=False)
    WorkFactory(campaign=site.campaign, unit=site.province, status=WorkStatus.IN_PROGRESS)

    assert figures(client, site.home.url)[WORKS] == before


def test_submitted_registrations_count_and_drafts_and_returned_ones_do_not(site, data, client):
    before = figures(client, site.home.url)[REGISTERED]
    districts = list(site.districts.values())

    RegistrationFactory(campaign=site.campaign, unit=districts[5], state=ReviewState.SUBMITTED)
    RegistrationFactory(campaign=site.campaign, unit=districts[6], state=ReviewState.ACCEPTED)
    RegistrationFactory(campaign=site.campaign, unit=districts[7], state=ReviewState.DRAFT)
    RegistrationFactory(
        campaign=site.campaign, unit=districts[8], state=ReviewState.RETURNED, reason="Bổ sung."
    )

    assert figures(client, site.home.url)[REGISTERED] == before + 2


def test_honored_people_are_counted_by_kind(site, data, client):
    before = figures(client, site.home.url)
    award = site.award_types["bang-khen-ubnd-tinh"]

    honour(site, award, NomineeKind.COLLECTIVE)

    after = figures(client, site.home.url)
    assert after[COLLECTIVES] == before[COLLECTIVES] + 1
    assert after[INDIVIDUALS] == before[INDIVIDUALS]


def test_english_home_shows_the_same_figures(site, data, client):
    """Translated works are not counted twice: the figures count the Vietnamese originals."""
    english, vietnamese = figures(client, site.english(site.home).url), figures(client, site.home.url)

    assert list(english.values()) == list(vietnamese.values())


def test_chart_counts_a_communes_work_under_its_district(site, data, client):
    district = next(iter(site.districts.values()))
    commune = UnitFactory(parent=district, name="Xã Biên Giới")
    WorkFactory(campaign=site.campaign, unit=commune, status=WorkStatus.ACCEPTED)
    WorkFactory(campaign=site.campaign, unit=district, status=WorkStatus.PLAQUE_MOUNTED)

    rows = html(client.get(site.home.url)).select("table.bar-chart tbody tr")
    chart = {text_of(row.th): int(text_of(row.select_one(".bar-chart__value"))) for row in rows}

    assert len(chart) == len(site.districts)
    assert chart[district.name] == 2
    assert sum(chart.values()) == 2  # the province's own works belong to no district
