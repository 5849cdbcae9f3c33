"""File inputs say "Chọn tệp" and "Chưa chọn tệp" in Vietnamese, not the browser's English.

On the register's import screen, at 390 and 1366 px: the button and the empty state are
Vietnamese, the input is reached with Tab from the link before it (the focus shows on the
button), it is named by the field's label, the chosen file's name replaces "Chưa chọn
tệp", and the button is a finger's height. Screenshots: test-artifacts/screenshots/
file-picker-*.png.
"""

import pytest
from playwright.sync_api import expect

from campaigns.factories import create_seed_plan_campaign
from campaigns.models import Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from tests.database_copies import built_once

from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
@built_once
def office(live_server):
    ctx = DemoContext()
    load_site(ctx)
    create_seed_plan_campaign(parent=ctx.home_page())  # the province among the plan's units
    member("vanphong", Unit.objects.get(code="20"), Role.PROVINCE_OFFICE)
    return live_server.url


def test_the_import_screens_file_input_speaks_vietnamese_and_takes_the_keyboard(
    office, page, screenshot, tmp_path
):
    base = office
    log_in(page, base, "vanphong")
    page.goto(f"{base}/admin/snippets/nominations/awardrecord/import/")
    picker = page.locator("[data-file-picker]")
    expect(picker).to_contain_text("Chọn tệp")
    expect(picker.locator("[data-file-picker-name]")).to_have_text("Chưa chọn tệp")
    expect(page.get_by_text("No file chosen")).to_have_count(0)

    # Tab from the template's link reaches the file input, named by the field's label.
    page.get_by_role("link", name="Tải mẫu danh sách (.xlsx)").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.type, document.activeElement.name]")
    assert focused == ["file", "file"]
    button = picker.locator(".button")
    assert button.evaluate("b => getComputedStyle(b).outlineStyle") != "none", "the focus shows on the button"
    assert page.get_by_label("Tệp danh sách (.xlsx)").evaluate("input => input.type") == "file"
    screenshot("file-picker-focus")

    sheet = tmp_path / "khen-thuong-cu.xlsx"
    sheet.write_bytes(b"PK")
    page.get_by_label("Tệp danh sách (.xlsx)").set_input_files(str(sheet))
    expect(picker.locator("[data-file-picker-name]")).to_have_text("khen-thuong-cu.xlsx")
    box = button.bounding_box()
    assert box["height"] >= 40 and box["x"] + box["width"] <= page.viewport_size["width"]
    screenshot("file-picker-chosen")
