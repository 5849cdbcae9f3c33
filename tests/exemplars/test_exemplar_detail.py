"""An exemplar's page: who they are, the award, the decision, and the public works they are honored for."""

from datetime import date

import pytest

from campaigns.models import NomineeKind
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import WorkStatus
from tests.helpers import html, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def exemplar(site, django_db_blocker):
    with django_db_blocker.unblock():
        district = next(iter(site.districts.values()))
        common = {"campaign": site.campaign, "unit": district}
        exemplar = ExemplarFactory(
            name="Hoàng Văn Lợi",
            kind=NomineeKind.INDIVIDUAL,
            position="Chủ tịch Ủy ban MTTQ Việt Nam xã Hoàng Đồng",
            award_type=site.award_types["bang-khen-ubnd-tinh"],
            decision_number="3125/QĐ-UBND",
            decision_date=date(2020, 11, 12),
            **common,
        )
        exemplar.works.set(
            [
                WorkFactory(title="Đường bê tông thôn Nà Pàn", **common),
                WorkFactory(title="Nhà văn hóa chưa nghiệm thu", status=WorkStatus.IN_PROGRESS, **common),
                WorkFactory(title="Công trình chưa đăng", publish=False, **common),
            ]
        )
        return exemplar


@pytest.fixture
def page(site, exemplar, client):
    response = client.get(
        site.honor_roll.url + site.honor_roll.reverse_subpage("detail", args=(exemplar.slug,))
    )
    assert response.status_code == 200
    return html(response)


def test_detail_names_the_person_their_position_unit_and_award(site, exemplar, page):
    assert text_of(page.find("h1")) == "Hoàng Văn Lợi"
    assert text_of(page.select_one(".profile__position")) == exemplar.position
    assert text_of(page.select_one(".profile__unit")) == exemplar.unit.title
    assert text_of(page.select_one(".page-kicker")) == f"Cá nhân · {exemplar.award_type.short_name}"


def test_detail_states_the_decision_with_a_dd_mm_yyyy_date(page):
    facts = {text_of(row.dt): text_of(row.dd) for row in page.select("dl.facts > div")}

    assert facts["Quyết định khen thưởng"] == "Số 3125/QĐ-UBND ngày 12/11/2020"
    assert facts["Hình thức khen thưởng"] == "Bằng khen của Ủy ban nhân dân tỉnh Lạng Sơn"


def test_detail_links_the_campaign_plan(site, page):
    """In the details list, by the plan's full title (the menu and breadcrumbs use its short one)."""
    link = page.select_one(f'main dd a[href="{site.campaign.url}"]')

    assert link is not None
    assert text_of(link) == site.campaign.title


def test_detail_lists_only_the_public_works_honored(page):
    works = [text_of(title) for title in page.select("#linked-works-title ~ ul .card__title")]

    assert works == ["Đường bê tông thôn Nà Pàn"]


def test_breadcrumbs_lead_back_through_the_honor_roll(site, exemplar, page):
    crumbs = page.select(".breadcrumbs li")

    assert [text_of(crumb) for crumb in crumbs] == ["Trang chủ", site.honor_roll.title, exemplar.name]
    assert crumbs[1].a["href"] == site.honor_roll.url
