"""An editor's article goes to the leadership, comes back with a reason, and is published.

In Chromium, through the real Wagtail admin, at phone (390 px) and desktop (1366 px)
width: the editor (biên tập viên) writes an article and presses "Gửi duyệt"; the
approver (Lãnh đạo Ban) finds it on their admin home, tries to return it without a
reason (refused), then returns it with one; the editor reads the reason and the
approver's full name on their admin home, corrects the article and presses "Gửi duyệt
lại"; the approver publishes it; the article is on the home page and is found by a
search typed without diacritics. Screenshots of each screen are kept as artifacts.
"""

import pytest

from campaigns import seed_plan
from campaigns.factories import ArticleIndexPageFactory
from campaigns.models import ArticlePage
from campaigns.reference_data import load_units
from home.demo import DemoContext, load_site
from intranet.factories import member
from intranet.roles import Role
from tests.database_copies import built_once

from .journeys import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
TITLE = "Nhân dân Bình Gia góp công làm đường bê tông"
QUERY = "nhan dan binh gia gop cong"
REASON = "Ghi rõ số mét đường và số hộ tham gia trong phần mở đầu."
APPROVER_NAME = "Triệu Văn Thành"


@pytest.fixture(params=list(VIEWPORTS))
def page(request, chromium):
    """This journey's pages at the widths the issue names (390 and 1366 px); ``screenshot`` uses them."""
    context = chromium.new_context(viewport=VIEWPORTS[request.param], locale="vi-VN", reduced_motion="reduce")
    browser_page = context.new_page()
    browser_page.viewport_name = request.param
    yield browser_page
    context.close()


@pytest.fixture
@built_once
def newsroom(live_server):
    ctx = DemoContext()
    load_site(ctx)
    news = ArticleIndexPageFactory(parent=ctx.home_page(), title="Tin tức", slug="tin-tuc")
    province = load_units(levels=("province",))[seed_plan.PROVINCE_CODE]
    for username, role, family, given in (
        ("bientap", Role.EDITOR, "Lộc Thị", "Mai"),
        ("lanhdao", Role.APPROVER, "Triệu Văn", "Thành"),
    ):
        member(username, province, role, PASSWORD, first_name=family, last_name=given)
    return live_server.url, news


def press_in_footer_menu(page, selector, navigates=True):
    """Open the editor footer's "more actions" menu and press one of its buttons, as a person would.

    Before sending, let the editor's autosave (Wagtail's, 500 ms after the last change)
    finish, as a person reading their text over would: a send while the autosave is still
    creating the page collides with it ("the slug is already in use").
    """
    page.wait_for_timeout(1000)
    page.locator("#w-autosave-indicator .w-autosave-indicator__state--saving").wait_for(state="hidden")
    page.wait_for_load_state("networkidle")
    page.locator("footer .w-dropdown__toggle").first.click()
    button = page.locator(f"footer {selector}").first
    if not navigates:
        button.click()
        return
    with page.expect_navigation():
        button.click()


def test_editor_submits_approver_returns_then_publishes(newsroom, page, screenshot):
    base, news = newsroom

    # The editor writes the article and sends it.
    log_in(page, base, "bientap")
    page.goto(f"{base}/admin/pages/add/campaigns/articlepage/{news.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "Bà con thôn Nà Pàn góp ngày công làm đường.")
    page.locator("[data-streamfield-list-container] button[title], .c-sf-add-button").first.click()
    page.get_by_role("option", name="Đoạn văn").first.click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    page.keyboard.type("Nhân dân thôn Nà Pàn đã góp công làm đường bê tông.")
    submit_label = page.locator("button[name=action-submit]").inner_text()
    assert submit_label.strip() == "Gửi duyệt"
    screenshot("41-editor-writes-article")
    press_in_footer_menu(page, "button[name=action-submit]")
    article = ArticlePage.objects.get(title=TITLE)
    assert article.workflow_in_progress and not article.live, page.locator(".messages").inner_text()

    # The approver finds it waiting, tries to return it without a reason, then with one.
    log_in(page, base, "lanhdao")
    assert TITLE in page.locator("#awaiting-review-section").inner_text()
    screenshot("42-approver-admin-home")
    page.goto(f"{base}/admin/pages/{article.pk}/edit/")
    press_in_footer_menu(page, "[data-workflow-action-name=reject]", navigates=False)
    modal = page.locator(".modal-content")
    modal.locator("button[type=submit]").click()
    modal.get_by_text("Hãy ghi lý do trả lại").wait_for()  # refused: the reason is required
    modal.locator("textarea[name=comment]").fill(REASON)
    screenshot("43-approver-returns-with-reason")
    with page.expect_navigation():
        modal.locator("button[type=submit]").click()
    assert ArticlePage.objects.get(pk=article.pk).current_workflow_state.status == "needs_changes"

    # The editor reads why and who, corrects and sends again.
    log_in(page, base, "bientap")
    returned = page.locator(".editorial-work").inner_text()
    assert TITLE in returned and REASON in returned and APPROVER_NAME in returned
    screenshot("44-editor-sees-reason")
    page.locator(".editorial-work a", has_text=TITLE).click()
    page.wait_for_url(f"**/admin/pages/{article.pk}/edit/")
    page.fill("#id_summary", "Bà con thôn Nà Pàn góp 300 ngày công làm 1.200 m đường.")
    assert page.locator("button[name=action-submit]").inner_text().strip() == "Gửi duyệt lại"
    press_in_footer_menu(page, "button[name=action-submit]")
    assert ArticlePage.objects.get(pk=article.pk).current_workflow_state.status == "in_progress"

    # The approver publishes it.
    log_in(page, base, "lanhdao")
    page.goto(f"{base}/admin/pages/{article.pk}/edit/")
    press_in_footer_menu(page, "[data-workflow-action-name=approve]")
    published = ArticlePage.objects.get(pk=article.pk)
    assert published.live and "1.200 m" in published.summary

    # The public sees it on the home page and finds it typed without diacritics.
    page.context.clear_cookies()
    page.goto(f"{base}/vi/")
    assert TITLE in page.locator("main").inner_text()
    assert page.locator("footer a", has_text="Đăng nhập cán bộ").is_visible()
    screenshot("45-public-home-with-article")
    page.goto(f"{base}/vi/tim-kiem/?q={QUERY.replace(' ', '+')}")
    assert TITLE in page.locator("main").inner_text()
    screenshot("46-public-search-without-diacritics")
