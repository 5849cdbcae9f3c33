"""The award chains' scene in Chromium, shared by the journeys that walk a chain.

Who is who in the chains (``PEOPLE``), the dossier's files, a fresh logged-in browser per
member (``browser_of``), what the screen said (``messages``), and the council's part: a
session on the nomination, where the chair opens the ballot, each member votes and the
chair closes it (``pass_in_session``, on one page that logs each of them in). The ``organisation`` and ``artifacts`` fixtures
that build the scene live in ``tests/browser/conftest.py``.
"""

import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from PIL import Image as PillowImage
from playwright.sync_api import expect

from campaigns.factories import UnitFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Quota, Unit
from exemplars.factories import HonorRollPageFactory
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.models import AgendaItem, AwardChain, CouncilSession, council_members
from tests.files import PDF_BYTES as PDF

from .journeys import log_in, member, tick

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
DESKTOP = WIDTHS["desktop"]
DOSSIER = {
    "proposal_letter": "to-trinh.pdf",
    "achievement_report": "bao-cao.pdf",
    "review_minutes": "bien-ban.pdf",
}

# Who is who: (username, unit code, role, family and middle names, given name). The
# council has two members: ``hoidong`` chairs its sessions, ``hoidong.thuky`` keeps them.
PEOPLE = [
    ("canbo.thatkhe", "06040", Role.OFFICER, "Lộc Văn", "Tâm"),
    ("thuongtruc.thatkhe", "06040", Role.REVIEWER, "Hoàng Thị", "Lan"),
    ("thuongtruc.trangdinh", "180", Role.REVIEWER, "Nông Văn", "Chiến"),
    ("vanphong", "20", Role.PROVINCE_OFFICE, "Lý Thị", "Hương"),
    ("hoidong", "20", Role.COUNCIL, "Vi Văn", "Thành"),
    ("hoidong.thuky", "20", Role.COUNCIL, "Lý Thị", "Ngọc"),
    ("thuongtruc.tinh", "20", Role.REVIEWER, "Đoàn Thị", "Hậu"),
]
CHAIR, SECRETARY = "hoidong", "hoidong.thuky"

# Wagtail's admin scrolls its content smoothly; a click right after Playwright scrolls a box
# into view can land while it still moves, and miss. (Set through the CSSOM: the site's
# content security policy rightly refuses an injected <style>.)
INSTANT_SCROLL = """
document.addEventListener("DOMContentLoaded", () => {
    for (const wrapper of document.querySelectorAll(".content-wrapper")) {
        wrapper.style.scrollBehavior = "auto";
    }
});
"""


@dataclass
class Scene:
    base: str
    files: dict
    browser: object


def artifacts_folder() -> Path:
    path = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "test-artifacts")) / "award-chains"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_organisation() -> None:
    """The current plan, its honor roll, a commune of Tràng Định and everyone in the chains."""
    ctx = DemoContext()
    load_site(ctx)
    home = ctx.home_page()
    today = timezone.localdate()
    campaign = create_seed_plan_campaign(
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
    # The Central Committee's numbers, left to later guidance in the plan, have come.
    central = AwardType.objects.get(slug="bang-khen-ubtw-mttq")
    campaign.awards.filter(award_type=central).update(numbers_to_follow=False)
    Quota.objects.create(
        page=campaign, award_type=central, unit=Unit.objects.get(code="180"), collectives=1, individuals=1
    )
    HonorRollPageFactory(parent=home, title="Điển hình tiên tiến", slug="dien-hinh")
    UnitFactory(code="06040", name="Thị trấn Thất Khê", parent=Unit.objects.get(code="180"))
    for username, code, role, family_name, given_name in PEOPLE:
        member(username, Unit.objects.get(code=code), role)
        get_user_model().objects.filter(username=username).update(
            first_name=family_name, last_name=given_name
        )


def dossier_files(folder: Path) -> dict[str, Path]:
    """The letters and the portrait an officer uploads, written into ``folder``."""
    files = {}
    for name in DOSSIER.values():
        files[name] = folder / name
        files[name].write_bytes(PDF)
    files["anh.png"] = folder / "anh.png"
    PillowImage.new("RGB", (300, 400), (120, 92, 74)).save(files["anh.png"], "PNG")
    return files


@contextmanager
def browser_of(scene: Scene, username: str | None = None, viewport=DESKTOP):
    """A fresh browser context (its own cookies), logged in as ``username`` unless anonymous."""
    context = scene.browser.new_context(viewport=viewport, locale="vi-VN", reduced_motion="reduce")
    context.add_init_script(INSTANT_SCROLL)
    page = context.new_page()
    try:
        if username:
            log_in(page, scene.base, username)
        yield page
    finally:
        context.close()


def messages(page) -> str:
    return " ".join(page.locator(".messages").inner_text().split())


def edit_url(scene: Scene, nomination) -> str:
    return f"{scene.base}/admin/snippets/nominations/nomination/edit/{nomination.pk}/"


def prepare_session(nomination, number: str, chair: str, secretary: str) -> CouncilSession:
    """The office's part, done before: a session today with every council member present."""
    users = get_user_model().objects
    session = CouncilSession.objects.create(
        number=number,
        date=timezone.localdate(),
        place="Hội trường Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        chair=users.get(username=chair),
        secretary=users.get(username=secretary),
    )
    session.members.set(council_members())
    AgendaItem.objects.create(session=session, nomination=nomination)
    return session


def vote_agree(page, session: CouncilSession) -> None:
    """From the session's room: "Bỏ phiếu", agree on every nominee, send the ballot."""
    with page.expect_navigation():
        page.get_by_role("link", name="Bỏ phiếu").click()
    for item in session.items.all():
        tick(page.locator(f"input[name=item_{item.pk}][value='1']"))
    with page.expect_navigation():
        page.locator("[data-cast-ballot]").click()
    expect(page.locator(".messages")).to_contain_text("Đã ghi nhận phiếu biểu quyết của bạn")


def pass_in_session(
    page, base: str, nomination, number: str = "01/BB-HĐTĐKT", chair: str = CHAIR, secretary: str = SECRETARY
) -> str:
    """The council passes ``nomination`` in session, through its screens; what the room said on closing.

    The office has prepared the session. On the nomination's screen the chair finds no
    "Thông qua", only where the council acts, and follows it to the session's room,
    opens the ballot and votes; each other member logs in and votes; the chair closes the
    ballot and reads the result.
    """
    session = prepare_session(nomination, number, chair, secretary)
    log_in(page, base, chair)
    page.goto(f"{base}/admin/snippets/nominations/nomination/edit/{nomination.pk}/")
    expect(page.locator("button[data-workflow-action-name=approve]")).to_have_count(0)
    note = page.locator("[data-council-step]")
    expect(note).to_contain_text("biểu quyết kín trong Phiên họp Hội đồng")
    with page.expect_navigation():
        note.get_by_role("link").click()
    room = page.url
    with page.expect_navigation():
        page.get_by_role("button", name="Mở biểu quyết").click()
    vote_agree(page, session)
    for other in session.members.exclude(pk=session.chair_id):
        log_in(page, base, other.username)
        page.goto(room)
        vote_agree(page, session)
    log_in(page, base, chair)
    page.goto(room)
    present = session.members.count()
    expect(page.locator("[data-ballot-progress]")).to_contain_text(f"Đã bỏ phiếu: {present}/{present}")
    with page.expect_navigation():
        page.locator("[data-close-ballot]").click()
    expect(page.locator(f"[data-agenda-item='{nomination.name}']")).to_contain_text("Đạt")
    return messages(page)
