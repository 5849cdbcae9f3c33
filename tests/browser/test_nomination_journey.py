"""A nomination from the commune's officer to the public honor roll, through every step.

In Chromium, through the real Wagtail admin: the officer of Thị trấn Thất Khê fills in a
nomination for the provincial Front's Bằng khen with its dossier and submits it; the
standing board of Thất Khê signs it off, that of Tràng Định (the unit above) too, the
province office checks the dossier, each from the editor; the council, whose member finds
no "Thông qua" there but the way to its session, passes it by secret ballot in the session's
room;
the provincial standing board records its decision, which publishes it; the public honor
roll then shows the nominee — without the birth date, ethnicity, ID number, phone or photo
(no consent). Every award type's chain is walked in ``test_award_chain_journeys``.
"""

import re
from datetime import timedelta

from django.utils import timezone

import pytest
from PIL import Image as PillowImage

from campaigns.factories import UnitFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Unit
from exemplars.factories import HonorRollPageFactory
from exemplars.models import Exemplar
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.chain import Actor, StepKind
from nominations.models import AwardChain, Nomination
from tests.files import PDF_BYTES as PDF

from .chain_scene import pass_in_session
from .journeys import choose, close_date_picker, log_in, member, tick

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Lương Thị Hoa"
PRIVATE = {
    "birth_date": "14/03/1979",
    "ethnicity": "Nùng Phàn Slình",
    "id_number": "020179009911",
    "phone": "0987 650 321",
}


@pytest.fixture
def organisation(live_server, tmp_path):
    ctx = DemoContext()
    load_site(ctx)
    home = ctx.home_page()
    today = timezone.localdate()
    create_seed_plan_campaign(
        parent=home,
        title="Kế hoạch thi đua năm nay",
        slug="ke-hoach-nam-nay",
        start_date=today - timedelta(days=20),
        end_date=today + timedelta(days=270),
        closing_date=today + timedelta(days=270),
        nomination_deadline=today + timedelta(days=30),
    )
    # These journeys walk the chains without a public comment period (tests/browser/test_comment_window_journey.py has one).
    AwardChain.objects.update(comment_days=0)
    HonorRollPageFactory(parent=home, title="Điển hình tiên tiến", slug="dien-hinh")
    district = Unit.objects.get(code="180")
    commune = UnitFactory(code="06040", name="Thị trấn Thất Khê", parent=district)
    province = Unit.objects.get(code="20")
    member("canbo.thatkhe", commune, Role.OFFICER)
    member("thuongtruc.thatkhe", commune, Role.REVIEWER)
    member("thuongtruc.trangdinh", district, Role.REVIEWER)
    member("vanphong", province, Role.PROVINCE_OFFICE)
    member("hoidong", province, Role.COUNCIL)
    member("thuongtruc.tinh", province, Role.REVIEWER)
    files = {}
    for name in ("to-trinh.pdf", "bao-cao-thanh-tich.pdf", "bien-ban-hop-xet.pdf"):
        files[name] = tmp_path / name
        files[name].write_bytes(PDF)
    files["anh.png"] = tmp_path / "anh.png"
    PillowImage.new("RGB", (60, 80), (120, 92, 74)).save(files["anh.png"], "PNG")
    return live_server.url, files


def press(page, selector):
    """Press a button of the editor's footer menu (some sit in its drop-down), as a click would."""
    with page.expect_navigation():
        page.evaluate(f"document.querySelector({selector!r}).click()")


def approve_from_the_editor(page, base, username, nomination, shot):
    log_in(page, base, username)
    assert nomination.name in page.locator("main").inner_text(), "waiting on the dashboard"
    page.goto(f"{base}/admin/snippets/nominations/nomination/edit/{nomination.pk}/")
    shot()
    before = Nomination.objects.get(pk=nomination.pk).current_workflow_task_state
    press(page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    before.refresh_from_db()
    assert before.status == "approved", page.locator(".messages").inner_text()


def test_nomination_goes_from_the_officer_to_the_public_honor_roll(organisation, page, screenshot):
    base, files = organisation

    log_in(page, base, "canbo.thatkhe")
    page.goto(f"{base}/admin/snippets/nominations/nomination/add/")
    assert page.locator("#id_unit option:checked").inner_text() == "Thị trấn Thất Khê"
    assert "Chỉ tiêu của Thị trấn Thất Khê" in page.locator("[data-nomination-guidance]").inner_text()
    award = AwardType.objects.get(slug="bang-khen-ubmttq-tinh")
    choose(page, "#id_award_type", str(award.pk))
    choose(page, "#id_kind", "individual")
    page.fill("#id_name", NAME)
    page.fill("#id_position", "Trưởng ban công tác Mặt trận khối 5, thị trấn Thất Khê")
    page.select_option("#id_gender", "female")
    page.fill("#id_birth_date", PRIVATE["birth_date"])
    page.fill("#id_ethnicity", PRIVATE["ethnicity"])
    page.fill("#id_id_number", PRIVATE["id_number"])
    page.fill("#id_phone", PRIVATE["phone"])
    page.set_input_files("#id_photo", str(files["anh.png"]))
    page.fill("#id_achievements", "Vận động 45 hộ hiến đất làm đường; tổ chức tốt Ngày hội Đại đoàn kết.")
    close_date_picker(page, "#id_achievements")
    for checkbox in page.locator("input[name=criteria]").all():
        tick(checkbox)
    page.set_input_files("#id_proposal_letter", str(files["to-trinh.pdf"]))
    page.set_input_files("#id_achievement_report", str(files["bao-cao-thanh-tich.pdf"]))
    page.set_input_files("#id_review_minutes", str(files["bien-ban-hop-xet.pdf"]))
    screenshot("21-officer-nomination-form")
    press(page, "button[name=action-submit]")
    nomination = Nomination.objects.get(name=NAME)
    step = nomination.current_workflow_task.specific
    assert (step.actor, step.kind) == (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF), page.locator(
        ".messages"
    ).inner_text()
    screenshot("22-officer-submitted")

    for number, username in enumerate(("thuongtruc.thatkhe", "thuongtruc.trangdinh", "vanphong")):
        shot = f"2{3 + number}-{username}-approves"
        approve_from_the_editor(page, base, username, nomination, lambda name=shot: screenshot(name))
    said = pass_in_session(page, base, nomination, chair="hoidong", secretary="hoidong")
    assert "Đã đóng biểu quyết" in said, said
    screenshot("26-council-session-closed")
    nomination.refresh_from_db()
    assert not nomination.live, "only the decision publishes"
    assert nomination.current_workflow_task.specific.kind == StepKind.DECISION

    log_in(page, base, "thuongtruc.tinh")
    page.goto(f"{base}/admin/snippets/nominations/nomination/edit/{nomination.pk}/")
    # At the decision step the deciding body's first button opens the decision screen.
    first_button = page.locator("footer .w-dropdown-button > :is(a, button)").first
    assert first_button.inner_text().strip() == "Ghi quyết định và công bố"
    with page.expect_navigation():
        first_button.click()
    # The provincial board's number comes from its number register, not from the keyboard.
    assert page.locator("#id_number").is_disabled()
    page.fill("#id_date", "12/11/2020")
    page.fill("#id_signer", "Nông Lương Chấn")
    screenshot("27-provincial-board-decision")
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()
    said = page.locator(".messages").inner_text()
    given = re.search(r"Đã ghi quyết định số (\S+/QĐ-MTTQ-BTT) và công bố", said)
    assert given is not None, said
    decided = given.group(1)
    exemplar = Exemplar.objects.get(name=NAME)
    assert exemplar.live

    page.context.clear_cookies()
    page.goto(f"{base}/vi/dien-hinh/")
    assert NAME in page.locator("main").inner_text()
    with page.expect_navigation():
        page.locator(".card__title a", has_text=NAME).click()
    shown = page.content()
    assert decided in page.locator("main").inner_text()
    for label, value in PRIVATE.items():
        assert value not in shown, label
    assert "/tep-rieng/" not in shown and page.locator("main img").count() == 0, "no photo without consent"
    screenshot("28-public-exemplar")
