"""The council's session in Chromium: prepared by the office, three members vote from three
browsers, the chair closes, the minutes download, and the passed nominee moves on.

Two nominations of Thị trấn Thất Khê for the provincial Front's certificate wait at the
council's step. ``vanphong`` prepares the session through the admin form; the chair opens
the ballot; three members, each in a browser of their own (one on a phone), vote: all
three agree to the first nominee, one agrees to the second. The chair closes, reads the
results, downloads the PDF minutes (rendered to PNG beside the screenshots, to look at)
and the passed nominee is at the provincial standing board's deciding step.

Screenshots at 1366 and 390 px go to ``$ARTIFACTS_DIR/council-session/``.
"""

import os
import subprocess
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from campaigns.factories import UnitFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.chain import Actor, StepKind
from nominations.factories import NominationFactory, act_on_nomination, submit_nomination
from nominations.models import AwardChain, CouncilSession, Nomination, current_step

from .journeys import log_in, member, tick

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ROOT = Path(__file__).resolve().parents[2]
DESKTOP, PHONE = {"width": 1366, "height": 900}, {"width": 390, "height": 844}

PEOPLE = [
    ("canbo.thatkhe", "06040", Role.OFFICER, "Lộc Văn", "Tâm"),
    ("thuongtruc.thatkhe", "06040", Role.REVIEWER, "Hoàng Thị", "Lan"),
    ("thuongtruc.trangdinh", "180", Role.REVIEWER, "Nông Văn", "Chiến"),
    ("vanphong", "20", Role.PROVINCE_OFFICE, "Lý Thị", "Hương"),
    ("hoidong.chutich", "20", Role.COUNCIL, "Hoàng Văn", "Bình"),
    ("hoidong.thuky", "20", Role.COUNCIL, "Lý Thị", "Ngọc"),
    ("hoidong.uyvien", "20", Role.COUNCIL, "Vy Văn", "Thắng"),
]
PASSED, FAILED = "Lương Thị Hoa", "Triệu Văn Sáng"


@pytest.fixture(scope="module")
def artifacts() -> Path:
    path = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "test-artifacts")) / "council-session"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def scene(live_server, chromium):
    ctx = DemoContext()
    load_site(ctx)
    today = timezone.localdate()
    campaign = create_seed_plan_campaign(
        parent=ctx.home_page(),
        title="Kế hoạch thi đua năm nay",
        slug="ke-hoach-nam-nay",
        start_date=today - timedelta(days=20),
        end_date=today + timedelta(days=270),
        closing_date=today + timedelta(days=270),
        nomination_deadline=today + timedelta(days=30),
    )
    UnitFactory(code="06040", name="Thị trấn Thất Khê", parent=Unit.objects.get(code="180"))
    # This journey starts at the council; the comment period before it has its own journey
    # (test_comment_window_journey.py).
    AwardChain.objects.update(comment_days=0)
    users = {}
    for username, code, role, family_name, given_name in PEOPLE:
        users[username] = member(username, Unit.objects.get(code=code), role)
        get_user_model().objects.filter(username=username).update(
            first_name=family_name, last_name=given_name
        )
    nominees = []
    for name in (PASSED, FAILED):
        nomination = NominationFactory(
            campaign=campaign,
            unit=Unit.objects.get(code="06040"),
            award_type=AwardType.objects.get(slug="bang-khen-ubmttq-tinh"),
            kind="individual",
            name=name,
        )
        submit_nomination(nomination, users["canbo.thatkhe"])
        for username in ("thuongtruc.thatkhe", "thuongtruc.trangdinh", "vanphong"):
            nomination = act_on_nomination(nomination, users[username], "approve", "")
        nominees.append(Nomination.objects.get(pk=nomination.pk))
    return live_server.url, chromium, users, nominees


def browser(chromium, base, username, viewport=DESKTOP):
    context = chromium.new_context(
        viewport=viewport, locale="vi-VN", accept_downloads=True, reduced_motion="reduce"
    )
    page = context.new_page()
    log_in(page, base, username)
    return context, page


def shoot(page, artifacts: Path, name: str) -> None:
    for width, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        page.reload()
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_a_session_votes_in_secret_closes_and_files_its_minutes(scene, artifacts):
    base, chromium, users, (passed, failed) = scene
    chair, secretary, third = users["hoidong.chutich"], users["hoidong.thuky"], users["hoidong.uyvien"]

    # The office prepares the session.
    office_context, office = browser(chromium, base, "vanphong")
    office.goto(base + reverse("wagtailsnippets_nominations_councilsession:add"))
    office.fill("#id_number", "07/BB-HĐTĐKT")
    office.fill("#id_date", timezone.localdate().strftime("%d/%m/%Y"))
    office.fill("#id_start_time", "08:00")
    office.fill("#id_place", "Hội trường Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn")
    office.select_option("#id_chair", str(chair.pk))
    office.select_option("#id_secretary", str(secretary.pk))
    for person in (chair, secretary, third):
        tick(office.locator(f"input[name=members][value='{person.pk}']"))
    for nomination in (passed, failed):
        tick(office.locator(f"input[name=agenda][value='{nomination.pk}']"))
    shoot_form = artifacts / "prepare-desktop.png"
    office.screenshot(path=str(shoot_form), full_page=True)
    with office.expect_navigation():
        office.locator("button.action-save").first.click()
    session = CouncilSession.objects.get(number="07/BB-HĐTĐKT")
    room = base + reverse("wagtailsnippets_nominations_councilsession:room", args=[session.pk])
    office_context.close()

    # The chair opens the ballot.
    chair_context, chair_page = browser(chromium, base, "hoidong.chutich")
    chair_page.goto(room)
    with chair_page.expect_navigation():
        chair_page.get_by_role("button", name="Mở biểu quyết").click()
    expect(chair_page.locator("[data-ballot-progress]")).to_contain_text("Đã bỏ phiếu: 0/3")

    # Three members vote, each from their own browser; the third on a phone.
    ballots = {"hoidong.chutich": ("1", "0"), "hoidong.thuky": ("1", "1"), "hoidong.uyvien": ("1", "0")}
    for username, choices in ballots.items():
        viewport = PHONE if username == "hoidong.uyvien" else DESKTOP
        context, page = browser(chromium, base, username, viewport)
        page.goto(room)
        page.get_by_role("link", name="Bỏ phiếu").click()
        for nomination, choice in zip((passed, failed), choices, strict=True):
            item = session.items.get(nomination=nomination)
            tick(page.locator(f"input[name=item_{item.pk}][value='{choice}']"))
        if username == "hoidong.uyvien":
            page.screenshot(path=str(artifacts / "ballot-phone.png"), full_page=True)
            page.set_viewport_size(DESKTOP)
            page.screenshot(path=str(artifacts / "ballot-desktop.png"), full_page=True)
        with page.expect_navigation():
            page.locator("[data-cast-ballot]").click()
        expect(page.locator(".messages")).to_contain_text("Đã ghi nhận phiếu biểu quyết của bạn")
        expect(page.get_by_role("link", name="Bỏ phiếu")).to_have_count(0)
        context.close()

    # The results stay hidden until the chair closes.
    chair_page.reload()
    expect(chair_page.locator("[data-ballot-progress]")).to_contain_text("Đã bỏ phiếu: 3/3")
    expect(chair_page.get_by_text("Không đạt")).to_have_count(0)
    with chair_page.expect_navigation():
        chair_page.locator("[data-close-ballot]").click()
    expect(chair_page.locator(f"[data-agenda-item='{PASSED}']")).to_contain_text("Đạt")
    expect(chair_page.locator(f"[data-agenda-item='{FAILED}']")).to_contain_text("Không đạt")
    shoot(chair_page, artifacts, "results")
    # On a phone each nominee's line stacks: the result is on the screen, not scrolled off it.
    chair_page.set_viewport_size(PHONE)
    # Read once the page has laid itself out at the new width (on a busy machine the first
    # reading after the resize can still be the desktop's layout).
    result = chair_page.locator(f"[data-agenda-item='{PASSED}'] td").last
    chair_page.wait_for_function(
        "cell => cell.getBoundingClientRect().right <= window.innerWidth", arg=result.element_handle()
    )
    assert result.bounding_box()["x"] + result.bounding_box()["width"] <= PHONE["width"]
    chair_page.set_viewport_size(DESKTOP)

    # The minutes download; the PDF is rendered to look at.
    with chair_page.expect_download() as download:
        chair_page.locator("[data-minutes-pdf]").click()
    pdf_path = artifacts / "bien-ban.pdf"
    download.value.save_as(pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf_path), str(artifacts / "bien-ban")], check=True)
    assert list(artifacts.glob("bien-ban-*.png"))
    chair_context.close()

    # The passed nominee waits for the provincial standing board's decision; the other is closed.
    step = current_step(Nomination.objects.get(pk=passed.pk))
    assert (step.actor, step.kind) == (Actor.PROVINCE_BOARD, StepKind.DECISION)
    assert current_step(Nomination.objects.get(pk=failed.pk)) is None

    # The officer sees the result and the minutes on the nomination's screen.
    officer_context, officer = browser(chromium, base, "canbo.thatkhe")
    officer.goto(base + reverse("wagtailsnippets_nominations_nomination:edit", args=[failed.pk]))
    expect(officer.locator("[data-council-result]")).to_contain_text("kết quả: Không đạt")
    expect(officer.locator("[data-council-minutes]")).to_be_visible()
    officer_context.close()
