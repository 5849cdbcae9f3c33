"""The plan page shows every fact of the 2020 plan, with quota totals computed from its rows."""

import re

import pytest

from campaigns import seed_plan
from campaigns.models import CampaignPage
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db

AWARD_NAMES = {spec["slug"]: spec["name"] for spec in seed_plan.AWARD_TYPES}
AWARD_NAMES_EN = {spec["slug"]: spec["name_en"] for spec in seed_plan.AWARD_TYPES}


@pytest.fixture
def plan(site, client):
    response = client.get(site.campaign.url)
    assert response.status_code == 200
    return html(response)


def quota_totals(document) -> dict[str, tuple[int, int]]:
    """Each quota table's caption → (collectives, individuals) of its "Tổng cộng" row."""
    totals = {}
    for table in document.select("table.quota-table"):
        cells = [int(cell.get_text()) for cell in table.select("tfoot td")]
        totals[text_of(table.caption)] = tuple(cells)
    return totals


def test_quota_totals_match_the_plan(plan):
    """23 tập thể / 24 cá nhân for the People's Committee's certificate, 24 / 24 for the Front's."""
    assert quota_totals(plan) == {
        AWARD_NAMES["bang-khen-ubnd-tinh"]: (23, 24),
        AWARD_NAMES["bang-khen-ubmttq-tinh"]: (24, 24),
    }
    assert {AWARD_NAMES[slug]: totals for slug, totals in seed_plan.STATED_TOTALS.items()} == quota_totals(
        plan
    )


def test_quota_tables_list_the_province_and_the_eleven_districts(site, plan):
    for table in plan.select("table.quota-table"):
        units = [text_of(row.th) for row in table.select("tbody tr")]
        assert len(units) == 1 + len(seed_plan.DISTRICT_CODES)
        assert {district.title for district in site.districts.values()} <= set(units)


def test_quota_totals_follow_the_rows(site, client):
    """An editor raises one district's quota and publishes: the total grows by as much."""
    page = CampaignPage.objects.get(pk=site.campaign.pk)
    rows = list(page.quotas.all())
    district_row = next(
        row
        for row in rows
        if row.award_type.slug == "bang-khen-ubnd-tinh" and row.unit.code == seed_plan.DISTRICT_CODES[0]
    )
    district_row.collectives += 3
    district_row.individuals += 1
    page.quotas = rows
    page.save_revision().publish()

    totals = quota_totals(html(client.get(site.campaign.url)))
    english_totals = quota_totals(html(client.get(site.english(site.campaign).url)))

    assert totals[AWARD_NAMES["bang-khen-ubnd-tinh"]] == (23 + 3, 24 + 1)
    assert totals[AWARD_NAMES["bang-khen-ubmttq-tinh"]] == (24, 24)
    # The English plan shows the same numbers at once, without waiting for a translator.
    assert english_totals[AWARD_NAMES_EN["bang-khen-ubnd-tinh"]] == (23 + 3, 24 + 1)


def test_english_plan_shows_the_same_totals_under_english_award_names(site, client):
    document = html(client.get(site.english(site.campaign).url))

    assert quota_totals(document) == {
        AWARD_NAMES_EN["bang-khen-ubnd-tinh"]: (23, 24),
        AWARD_NAMES_EN["bang-khen-ubmttq-tinh"]: (24, 24),
    }


def test_both_phases_show_their_dates_and_activities(plan):
    phases = plan.select("section.phase")

    assert [text_of(phase.select_one(".phase__dates")) for phase in phases] == [
        "01/02/2020 – 31/05/2020",
        "01/06/2020 – 18/11/2020",
    ]
    for phase, spec in zip(phases, seed_plan.PHASES, strict=True):
        assert spec["title"] in text_of(phase.h3)
        assert [text_of(item) for item in phase.select("li")] == spec["activities"]


def test_timeline_lists_every_deadline_with_its_date(plan):
    timeline = {
        text_of(item.select_one(".timeline-list__label")).removeprefix("Mốc: "): text_of(
            item.select_one("time")
        )
        for item in plan.select(".timeline-list__item--deadline")
    }

    assert timeline == {
        "Hạn đăng ký thi đua": "28/02/2020",
        "Hạn gửi hồ sơ đề nghị khen thưởng": "02/11/2020",
        "Hạn gửi báo cáo tổng kết": "02/11/2020",
        "Ngày tổng kết": "18/11/2020",
    }


def test_theme_and_period_are_shown(plan):
    assert text_of(plan.select_one(".plan__theme")) == seed_plan.THEME
    period = text_of(plan.select_one("#thoi-gian-chu-de"))
    assert seed_plan.PERIOD_TEXT in period
    assert "từ 01/02/2020 đến 18/11/2020" in period


def test_the_four_award_types_are_listed_in_the_plans_order(plan):
    awards = [text_of(item) for item in plan.select(".plan__awards > li")]

    assert len(awards) == 4
    for shown, spec in zip(awards, seed_plan.AWARD_TYPES, strict=True):
        assert shown.startswith(spec["name"])


def test_signatory_and_recipients_close_the_plan(plan):
    assert text_of(plan.select_one(".plan__signatory-name")) == "Nông Lương Chấn"
    assert text_of(plan.select_one(".plan__signatory-title")) == seed_plan.SIGNATORY_TITLE
    assert [text_of(item) for item in plan.select(".plan__recipients li")] == seed_plan.RECIPIENTS


def test_criteria_are_grouped_for_collectives_then_individuals(plan):
    groups = [text_of(group.h4) for group in plan.select(".criteria-group")]
    targets = [text_of(target) for target in plan.select(".criterion__target")]

    assert groups == ["Tập thể", "Cá nhân"]
    assert targets == [group for group, *_ in seed_plan.CRITERIA]


def test_every_date_on_the_plan_reads_dd_mm_yyyy(plan):
    """Dates the page renders from fields read 01/02/2020, never 2020-02-01 or "Feb. 1, 2020"."""
    times = plan.find("main").find_all("time")
    phase_dates = [text_of(span) for span in plan.select(".phase__dates")]

    assert len(times) >= 2 * len(seed_plan.PHASES) + 4
    for time in times:
        year, month, day = time["datetime"].split("-")
        assert text_of(time) == f"{day}/{month}/{year}"
    for dates in phase_dates:
        assert re.fullmatch(r"\d{2}/\d{2}/\d{4} – \d{2}/\d{2}/\d{4}", dates)
