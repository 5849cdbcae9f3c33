"""The public comment window in Chromium: the office opens it, a visitor comments, the office handles it.

A Bằng khen nomination of Xã Thất Khê waits at the council's step. The province
office opens a comment period from today on "Lấy ý kiến nhân dân → Đợt lấy ý kiến"; a
visitor in a fresh anonymous browser finds the list from the home page, opens the
nominee and sends a comment; the office reads it under "Ý kiến nhân dân", marks it
handled with a note, and the nomination's screen shows it to the council, with no
"Thông qua" (the council votes in session) and why it cannot be considered yet. Screenshots at 390 and 1366 px go to
``test-artifacts/screenshots/``.
"""

from datetime import timedelta

from django.utils import timezone

import pytest

from campaigns.factories import UnitFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Unit
from home.demo import DemoContext, load_site
from intranet.roles import Role
from nominations.factories import NominationFactory, act_on_nomination, submit_nomination
from nominations.models import AwardChain, Nomination, PublicComment, PublicCommentPage
from tests.database_copies import built_once

from .conftest import ARTIFACTS, VIEWPORTS
from .journeys import log_in, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NAME = "Hoàng Thị Góp Ý"
COMMENT = "Tôi ở thôn Nà Pàn, xác nhận chị Góp Ý vận động bà con hiến đất làm đường. <b>Đề nghị</b> xét."


@pytest.fixture
@built_once
def scene(live_server):
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
    page = home.add_child(
        instance=PublicCommentPage(
            title="Lấy ý kiến nhân dân",
            slug="lay-y-kien",
            intro="Danh sách tập thể, cá nhân được đề nghị khen thưởng, công khai để nhân dân góp ý.",
        )
    )
    page.save_revision().publish()
    award = AwardType.objects.get(slug="bang-khen-ubmttq-tinh")
    AwardChain.objects.filter(award_type=award).update(comment_days=5)
    province = Unit.objects.get(code="20")
    commune = UnitFactory(code="2025-06040", name="Xã Thất Khê", parent=province)
    officer = member("canbo.thatkhe", commune, Role.OFFICER)
    board = member("thuongtruc.thatkhe", commune, Role.REVIEWER)
    office = member("vanphong", province, Role.PROVINCE_OFFICE)
    member("hoidong", province, Role.COUNCIL)
    nomination = NominationFactory(
        campaign=campaign,
        unit=commune,
        award_type=award,
        kind="individual",
        name=NAME,
        position="Trưởng ban công tác Mặt trận thôn Nà Pàn",
        achievements="Vận động 45 hộ hiến 2.300 m² đất làm đường liên thôn; hòa giải thành 9 vụ việc.",
    )
    nomination.save_revision()
    submit_nomination(nomination, officer)
    for user in (board, office):
        nomination = act_on_nomination(nomination, user)
    return live_server.url, campaign, nomination


def test_office_opens_a_comment_period_a_visitor_comments_the_office_handles_it(
    scene, chromium, page, screenshot
):
    base, campaign, nomination = scene
    today = timezone.localdate()

    log_in(page, base, "vanphong")
    page.goto(f"{base}/admin/snippets/nominations/commentperiod/")
    screenshot("41-office-no-comment-period")
    page.goto(f"{base}/admin/snippets/nominations/commentperiod/add/")
    page.select_option("#id_campaign", str(campaign.pk))
    page.fill("#id_starts_on", today.strftime("%d/%m/%Y"))
    page.fill("#id_note", "Thông báo số 31/TB-MTTQ-VP")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    assert "Chưa có hồ sơ" not in page.content()
    screenshot("42-office-period-opened")

    visitor = chromium.new_context(
        viewport=VIEWPORTS[page.viewport_name], locale="vi-VN", reduced_motion="reduce"
    ).new_page()
    try:
        visitor.goto(f"{base}/vi/")
        with visitor.expect_navigation():
            visitor.get_by_role("link", name="Góp ý về người được đề nghị khen thưởng").click()
        assert NAME in visitor.content()
        assert "Lấy ý kiến từ ngày" in visitor.content()
        visitor.screenshot(path=str(ARTIFACTS / f"43-public-list-{page.viewport_name}.png"), full_page=True)
        with visitor.expect_navigation():
            visitor.get_by_role("link", name=f"Xem và góp ý về {NAME}").click()
        visitor.fill("#id_name", "Lộc Văn Dân")
        visitor.fill("#id_text", COMMENT)
        assert not visitor.locator("#id_website").is_visible(), "the robots' field is hidden from people"
        with visitor.expect_navigation():
            visitor.get_by_role("button", name="Gửi ý kiến").click()
        assert "Cảm ơn bạn đã góp ý" in visitor.content()
        assert "Nà Pàn, xác nhận" not in visitor.content(), "the comment is not shown publicly"
        visitor.screenshot(
            path=str(ARTIFACTS / f"44-public-comment-sent-{page.viewport_name}.png"), full_page=True
        )
    finally:
        visitor.context.close()
    comment = PublicComment.objects.get()
    assert comment.text == COMMENT and comment.nomination_id == nomination.pk

    page.goto(f"{base}/admin/snippets/nominations/publiccomment/")
    assert "chưa xử lý" in page.locator("main").inner_text().lower()
    screenshot("45-office-comments")
    with page.expect_navigation():
        page.locator("main table a", has_text="Tôi ở thôn Nà Pàn").first.click()
    assert page.url.endswith(f"/publiccomment/edit/{comment.pk}/")
    assert "<b>Đề nghị</b>" in page.locator("main").inner_text(), "shown as typed, not as markup"
    page.check("#id_handled")
    page.fill("#id_handling_note", "Đã xác minh với Ban công tác Mặt trận thôn; chuyển Hội đồng.")
    with page.expect_navigation():
        page.locator("button.action-save").first.click()
    comment.refresh_from_db()
    assert comment.handled and comment.handled_by.username == "vanphong"
    assert "đã xử lý" in page.locator("main").inner_text().lower()
    screenshot("46-office-comment-handled")

    log_in(page, base, "hoidong")
    page.goto(f"{base}/admin/snippets/nominations/nomination/edit/{nomination.pk}/")
    main = page.locator("main").inner_text()
    assert "Ý kiến nhân dân" in main and "Lộc Văn Dân" in main and "Đã xác minh" in main
    screenshot("47-council-reads-comments")
    # No "Thông qua" here: the council votes in its session, which takes the nominee once the period ended.
    assert page.locator("button[data-workflow-action-name=approve]").count() == 0
    assert "biểu quyết kín trong Phiên họp Hội đồng" in page.locator("[data-council-step]").inner_text()
    assert "Chưa xét được" in page.locator("[data-council-waiting]").inner_text()
    assert Nomination.objects.get(pk=nomination.pk).current_workflow_task.specific.kind == "consideration"
    screenshot("48-council-must-wait")
    # Leave the editor (which releases its editing session) before the database is flushed.
    page.goto(f"{base}/admin/")
    page.wait_for_load_state("networkidle")
