"""In Chromium: an officer imports the unit's nominee list from Excel; the office reads the statistics.

The officer of Bình Gia downloads the template from the import screen, fills three rows
(one valid, one with a date that does not exist, one with an award the campaign does not
offer), uploads it, reads the two mistakes named by row and column, confirms, and finds
the one draft created. The province office opens "Thống kê khen thưởng" and sees charts
beside their tables. Screenshots at 390 and 1366 px.
"""

from datetime import date, timedelta

from django.utils import timezone

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from campaigns.factories import create_seed_plan_campaign
from campaigns.models import AwardType, NomineeKind, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.models import Nomination, NominationDeadlineExtension
from nominations.register import record_earlier_award
from tests.database_copies import built_once

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def plan(live_server):
    ctx = DemoContext()
    load_site(ctx)
    plan_2020 = create_seed_plan_campaign(parent=ctx.home_page())
    district = Unit.objects.get(code="181")
    province = district.parent
    member("canbo.binhgia", district, Role.OFFICER)
    member("vanphong", province, Role.PROVINCE_OFFICE)
    NominationDeadlineExtension.objects.create(
        campaign=plan_2020,
        unit=district,
        until=timezone.localdate() + timedelta(days=30),
        reason="Bổ sung hồ sơ.",
    )
    award = AwardType.objects.get(slug="bang-khen-ubmttq-tinh")
    for year, name, gender, ethnicity in [
        (2018, "Hoàng Thị Mai", "female", "Tày"),
        (2019, "Nông Văn Sáng", "male", "Nùng"),
        (2020, "Lộc Thị Hoa", "female", "Tày"),
        (2020, "Vi Văn Đức", "male", "Dao"),
    ]:
        record_earlier_award(
            kind=NomineeKind.INDIVIDUAL,
            name=name,
            unit=district,
            award_type=award,
            gender=gender,
            ethnicity=ethnicity,
            decision_number=f"{year}/QĐ-MTTQ",
            decision_date=date(year, 11, 10),
            issuing_body_name="Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn",
        )
    return live_server.url, plan_2020


def test_an_officer_imports_a_nominee_list_and_the_office_reads_the_statistics(
    plan, page, screenshot, tmp_path
):
    base, plan_2020 = plan
    log_in(page, base, "canbo.binhgia")
    page.goto(f"{base}/admin/snippets/nominations/nomination/")
    page.get_by_role("link", name="Nhập danh sách từ Excel").click()
    expect(page.get_by_role("heading", name="Nhập danh sách đề nghị từ Excel")).to_be_visible()
    screenshot("import-form")

    with page.expect_download() as download:
        page.get_by_role("button", name="Tải mẫu danh sách (.xlsx)").click()
    template = tmp_path / "mau.xlsx"
    download.value.save_as(template)
    book = load_workbook(template)
    sheet = book.worksheets[0]
    award = AwardType.objects.get(slug="bang-khen-ubmttq-tinh").short_name
    sheet.append(
        [
            1,
            "Hoàng Văn Nhập",
            "Cá nhân",
            award,
            "Ủy viên",
            "Nam",
            "05/09/1985",
            "Tày",
            "020185001234",
            "0912345678",
            "Vận động nhân dân làm đường.",
        ]
    )
    sheet.append(
        [
            2,
            "Lương Thị Sai Ngày",
            "Cá nhân",
            award,
            "Ủy viên",
            "Nữ",
            "31/02/1990",
            "Tày",
            "020190001234",
            "",
            "Vận động nhân dân.",
        ]
    )
    sheet.append(
        [
            3,
            "Ban công tác Mặt trận thôn Nà Cà",
            "Tập thể",
            "Huân chương Lao động",
            "",
            "",
            "",
            "",
            "",
            "",
            "Khu dân cư văn hóa.",
        ]
    )
    filled = tmp_path / "danh-sach.xlsx"
    book.save(filled)

    page.set_input_files("#id_file", str(filled))
    page.get_by_role("button", name="Tải lên và xem trước").click()
    errors = page.locator("[data-import-errors] tbody tr")
    expect(errors).to_have_count(2)
    expect(errors.nth(0)).to_contain_text("G (Ngày sinh)")
    expect(errors.nth(0)).to_contain_text("Ngày không tồn tại: 31/02/1990")
    expect(errors.nth(1)).to_contain_text("D (Hình thức khen thưởng)")
    expect(page.locator("[data-valid-rows]")).to_contain_text("1 dòng hợp lệ")
    assert not Nomination.objects.filter(name="Hoàng Văn Nhập").exists(), "the preview saves nothing"
    screenshot("import-preview")

    page.get_by_role("button", name="Xác nhận tạo 1 hồ sơ nháp").click()
    expect(page.locator(".messages")).to_contain_text("Đã tạo 1 hồ sơ nháp")
    assert Nomination.objects.drafts().filter(name="Hoàng Văn Nhập", campaign=plan_2020).count() == 1
    screenshot("import-done")

    log_in(page, base, "vanphong")
    page.goto(f"{base}/admin/snippets/nominations/awardrecord/")
    expect(page.locator("table.listing tbody tr")).to_have_count(4)
    page.get_by_role("link", name="Thống kê").click()
    expect(page.get_by_role("heading", name="Theo giới tính")).to_be_visible()
    expect(page.locator('table[data-breakdown="gender"] tbody tr')).to_have_count(2)
    # Each chart is drawn wide and narrow; the one that fits the screen shows.
    expect(page.locator(".award-stats__chart svg:visible")).to_have_count(8)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"] + 1, f"the page scrolls sideways ({width} px)"
    screenshot("award-statistics")
