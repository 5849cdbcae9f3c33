"""The award register's own screens read on a phone (390 px) and a desktop (1366 px).

The province office opens an award corrected twice: the history's rows (a long reason,
three fields corrected) stay within the screen, stacked on a phone, nothing scrolled
sideways. The statistics page's charts draw their labels at 12 px or more at both widths
(a chart drawn for a desktop and shrunk to a phone drew them at 7 px). Screenshots go to
test-artifacts/screenshots/register-*.png. The register's listing reads down a phone's
screen, one block of named values per award, instead of nine columns scrolled sideways,
under its header's buttons, all on the screen.
"""

from datetime import date

import pytest
from playwright.sync_api import expect

from campaigns.factories import create_seed_plan_campaign
from campaigns.models import AwardType, NomineeKind, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.register import correct_award, record_earlier_award
from tests.database_copies import built_once

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REGISTER = "/admin/snippets/nominations/awardrecord"
LONG_REASON = (
    "Sai chính tả họ tên so với Quyết định số 100/QĐ-UBND ngày 10/11/2015 của Ủy ban nhân dân "
    "tỉnh Lạng Sơn; đã đối chiếu với bản gốc lưu tại Văn phòng."
)


@pytest.fixture
@built_once
def register(live_server):
    """Four earlier awards of Bình Gia, one of them corrected twice by the office."""
    ctx = DemoContext()
    load_site(ctx)
    create_seed_plan_campaign(parent=ctx.home_page())  # the plan's award types and units
    district = Unit.objects.get(code="181")
    office = member("vanphong", district.parent, Role.PROVINCE_OFFICE)
    records = [
        record_earlier_award(
            kind=NomineeKind.INDIVIDUAL,
            name=name,
            unit=district,
            award_type=AwardType.objects.get(slug=slug),
            gender=gender,
            ethnicity="Tày",
            decision_number=f"{year}/QĐ-UBND",
            decision_date=date(year, 11, 10),
            issuing_body_name="Ủy ban nhân dân tỉnh Lạng Sơn",
        )
        for year, name, gender, slug in [
            (2015, "Hoàng Thị Mai", "female", "bang-khen-ubmttq-tinh"),
            (2016, "Nông Văn Sáng", "male", "bang-khen-ubnd-tinh"),
            (2017, "Lộc Thị Hoa", "female", "bang-khen-ubnd-tinh"),
            (2018, "Vi Văn Đức", "male", "bang-khen-ubmttq-tinh"),
        ]
    ]
    corrected = records[0]
    correct_award(corrected, office, "Bổ sung đối tượng.", target_group="Cán bộ, công chức, viên chức")
    corrected.refresh_from_db()
    correct_award(
        corrected,
        office,
        LONG_REASON,
        name="Hoàng Thị Mai Anh",
        position="Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bình Gia",
        ethnicity="Nùng",
    )
    return live_server.url, corrected


def fits_the_width(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_the_office_reads_a_records_history_and_the_statistics_on_phone_and_desktop(
    register, page, screenshot
):
    base, record = register
    width = page.viewport_size["width"]
    log_in(page, base, "vanphong")

    page.goto(f"{base}{REGISTER}/inspect/{record.pk}/")
    history = page.locator("[data-record-history]")
    expect(history).to_contain_text("Hoàng Thị Mai → Hoàng Thị Mai Anh")
    table = history.bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= width, (
        "the history is not wider than the screen"
    )
    for cell in history.locator("tbody td").all():
        cell.scroll_into_view_if_needed()
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, cell.inner_text()
    assert fits_the_width(page)
    if page.viewport_name == "phone":
        reason = history.locator("tbody tr").first.locator("td").nth(2)  # the latest first
        expect(reason).to_contain_text("đã đối chiếu với bản gốc")
        assert reason.bounding_box()["width"] >= width * 0.75, "a long reason reads across the screen"
        named = reason.evaluate("td => getComputedStyle(td, '::before').content")
        assert named == '"Lý do: "', "each line names its column"
    screenshot("register-record-history")

    page.goto(f"{base}{REGISTER}/statistics/")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('.award-stats__chart svg')]
            .filter(svg => svg.getBoundingClientRect().width > 0)
            .map(svg => {
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const label = svg.querySelector('.axis text');
                return {
                    px: parseFloat(getComputedStyle(label).fontSize) * scale,
                    right: svg.getBoundingClientRect().right,
                };
            })"""
    )
    assert len(sizes) == 8, "one chart shown for each of the eight breakdowns"
    for size in sizes:
        assert size["px"] >= 12, f"labels drawn at {size['px']:.1f} px"
        assert size["right"] <= width
    assert fits_the_width(page)
    screenshot("register-statistics")


def test_the_register_listing_reads_on_a_phone_without_scrolling_sideways(register, page, screenshot):
    """Nine columns scrolled sideways on a phone: each award now reads down the screen,
    every value named by its column; a desktop keeps the table with its headings."""
    base, _record = register
    width = page.viewport_size["width"]
    log_in(page, base, "vanphong")
    page.goto(f"{base}{REGISTER}/")
    rows = page.locator("#listing-results tbody tr")
    expect(rows).to_have_count(4)
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    number = rows.filter(has_text="Nông Văn Sáng").locator("td[data-label='Số quyết định']")
    expect(number).to_contain_text("2016/QĐ-UBND")
    if page.viewport_name == "phone":
        for cell in page.locator("#listing-results tbody td").all():
            cell.scroll_into_view_if_needed()
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, cell.inner_text()
        named = number.evaluate("td => getComputedStyle(td, '::before').content")
        assert named == '"Số quyết định: "', "each line names its column"
    else:
        assert number.bounding_box()["y"] == pytest.approx(
            rows.filter(has_text="Nông Văn Sáng").locator("td.title").bounding_box()["y"], abs=1
        ), "one line per award on a desktop"
    screenshot("register-listing")


def test_a_long_message_on_a_phone_is_not_under_the_menu_button(register, page, screenshot):
    """Wagtail moves the phone's menu button 82 px down, below a one-line message; the
    message after a correction of a long name takes three lines."""
    base, record = register
    log_in(page, base, "vanphong")
    page.goto(f"{base}{REGISTER}/correct/{record.pk}/")
    page.fill(
        "[name=name]", "Ban công tác Mặt trận khu dân cư số 2, thôn Nà Pàn, xã Hoàng Đồng, tỉnh Lạng Sơn"
    )
    page.fill("[name=reason]", "Ghi đủ tên theo quyết định.")
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu đính chính").click()
    message = page.locator(".messages")
    expect(message).to_contain_text("Đã lưu đính chính khen thưởng của Ban công tác Mặt trận")
    screenshot("register-long-message")
    if page.viewport_name == "phone":
        button = page.locator(".sidebar-nav-toggle--mobile").bounding_box()
        assert message.bounding_box()["height"] > 82, "the message takes more than one line"
        assert button["y"] >= message.bounding_box()["y"] + message.bounding_box()["height"] - 1


def test_the_offices_forms_keep_their_selects_on_a_phone(register, page):
    """A select is as wide as its longest choice: the council's ballot kind ran off the screen."""
    base, _record = register
    log_in(page, base, "vanphong")
    page.goto(f"{base}/admin/snippets/nominations/councilsession/add/")
    rights = page.evaluate(
        "() => [...document.querySelectorAll('main select')].map(s => s.getBoundingClientRect().right)"
    )
    assert len(rights) == 3 and max(rights) <= page.viewport_size["width"], "chair, secretary, ballot"
    assert fits_the_width(page)


def test_the_register_listings_header_buttons_stay_on_a_phones_screen(register, page, screenshot):
    """Import, statistics and the download ran past the right edge of a phone, reached only by
    scrolling the header sideways: they wrap onto the lines the header needs."""
    base, _record = register
    width = page.viewport_size["width"]
    log_in(page, base, "vanphong")
    page.goto(f"{base}{REGISTER}/")
    buttons = page.locator("#w-slim-header-buttons > *")
    labels = [button.inner_text().strip() for button in buttons.all()]
    assert "Thống kê" in labels and "Nhập khen thưởng trước đây" in labels, labels
    for button in buttons.all():
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, button.inner_text()
    screenshot("register-listing-header")
