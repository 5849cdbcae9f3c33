"""News goes from the editor to the leadership, who publish it or return it with a reason.

The editor (group "Biên tập viên") writes and sends ("Gửi duyệt"); the approver (group
"Lãnh đạo Ban") returns it with a reason — never without one — or publishes it. The
editor reads the reason and the approver's full name on the admin home; the approver's
admin home lists what waits for them. A go-live date set by the editor holds through the
approval: the article goes live when ``publish_scheduled`` runs at that time.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, TaskState, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from freezegun import freeze_time

from campaigns.factories import ArticlePageFactory
from campaigns.models import ArticlePage
from core.return_reasons import ReturnWithoutReason
from home.editorial_review import APPROVERS_GROUP, TASK_NAME, WORKFLOW_NAME
from tests.helpers import card_titles, html, text_of

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
PASSWORD = "mat-khau-thu-nghiem-2020"
TITLE = "Ra quân làm đường bê tông thôn Nà Pàn"
REASON = "Bổ sung số mét đường và tên thôn trong phần mở đầu."


def make_user(username, group, first_name, last_name):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(site):
    return make_user("bientap.test", "Biên tập viên", "Lộc Thị", "Mai")


@pytest.fixture
def approver(site):
    return make_user("lanhdao.test", APPROVERS_GROUP, "Triệu Văn", "Thành")


@pytest.fixture
def draft(site, editor):
    """An article the editor wrote and saved as a draft."""
    article = ArticlePageFactory(parent=site.news, title=TITLE, publish=False, owner=editor)
    article.save_revision(user=editor)
    return ArticlePage.objects.get(pk=article.pk)


def submit(page, user) -> WorkflowState:
    """What "Gửi duyệt" does: a new revision sent into the page's workflow."""
    page.save_revision(user=user, log_action=True)
    return page.get_workflow().start(page, user)


def act(client, user, page, action, **data):
    client.force_login(user)
    step = ArticlePage.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, step.pk])
    return client.post(url, data)


def editorial_panel(client) -> dict[str, str]:
    """The editor's panel on the admin home: each list's text by its heading's id."""
    panel = html(client.get(reverse("wagtailadmin_home"))).select_one("section.editorial-work")
    lists = {}
    for heading in panel.find_all("h3"):
        listing = heading.find_next_sibling(["ul", "p"])
        lists[heading["id"].removeprefix("editorial-")] = text_of(listing)
    return lists


def editor_form(page, **actions) -> dict:
    """What the page editor posts for ``page`` (its latest revision, one paragraph) unchanged, with an action."""
    page = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    (paragraph,) = page.body
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.strftime("%d/%m/%Y"),
            "author_name": page.author_name,
            "summary": page.summary,
            "featured_image": "",
            "body": streamfield([("paragraph", rich_text(paragraph.value.source))]),
            "author_unit": "",
            "related_campaign": "",
            "tags": "",
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            **actions,
        }
    )
    data["body-0-id"] = paragraph.id
    return data


def state_of(page) -> WorkflowState:
    return ArticlePage.objects.get(pk=page.pk).current_workflow_state


def test_pages_go_to_the_leadership_and_the_default_moderators_workflow_is_gone(site, draft):
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert Page.get_first_root_node().get_workflow().name == WORKFLOW_NAME
    workflow = draft.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert list(tasks[0].groups.values_list("name", flat=True)) == [APPROVERS_GROUP]


def test_editor_sends_with_a_plain_gui_duyet_button_and_cannot_publish(site, draft, editor, client):
    client.force_login(editor)
    page = text_of(client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])))

    assert "Gửi duyệt" in page
    assert "Gửi vào quy trình" not in page and "Submit to" not in page
    assert "Xuất bản" not in page  # no publish button: publishing is the leadership's


def test_return_needs_a_reason(site, draft, editor, approver, client):
    submit(draft, editor)

    act(client, approver, draft, "reject", comment="  ")

    assert state_of(draft).status == WorkflowState.STATUS_IN_PROGRESS
    step = state_of(draft).current_task_state
    with pytest.raises(ReturnWithoutReason):  # whichever screen sends it
        step.task.specific.on_action(step, approver, "reject", comment="")


def test_editor_cannot_take_the_approvers_actions(site, draft, editor, client):
    submit(draft, editor)

    act(client, editor, draft, "approve")

    assert not ArticlePage.objects.get(pk=draft.pk).live
    assert state_of(draft).status == WorkflowState.STATUS_IN_PROGRESS


def test_returned_article_shows_the_reason_and_the_approvers_full_name_to_the_editor(
    site, draft, editor, approver, client
):
    submit(draft, editor)
    act(client, approver, draft, "reject", comment=REASON)

    assert state_of(draft).status == WorkflowState.STATUS_NEEDS_CHANGES
    client.force_login(editor)
    returned = editorial_panel(client)["returned"]
    assert TITLE in returned
    assert REASON in returned
    assert "Triệu Văn Thành" in returned
    edit = text_of(client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])))
    assert "Gửi duyệt lại" in edit


def test_approvers_home_lists_what_waits_for_them_and_the_editors_lists_it_as_waiting(
    site, draft, editor, approver, client
):
    client.force_login(editor)
    assert TITLE in editorial_panel(client)["drafts"]

    submit(draft, editor)

    lists = editorial_panel(client)
    assert TITLE in lists["waiting"]
    assert TITLE not in lists["drafts"]
    client.force_login(approver)
    waiting_for_me = html(client.get(reverse("wagtailadmin_home"))).select_one("#awaiting-review-section")
    assert TITLE in text_of(waiting_for_me)


def test_corrected_and_resubmitted_article_is_published_by_the_approver(
    site, draft, editor, approver, client
):
    submit(draft, editor)
    act(client, approver, draft, "reject", comment=REASON)
    article = ArticlePage.objects.get(pk=draft.pk)
    article.summary = "Thôn Nà Pàn làm 1.200 m đường bê tông."
    article.save_revision(user=editor)
    state_of(draft).resume(editor)

    act(client, approver, draft, "approve")

    published = ArticlePage.objects.get(pk=draft.pk)
    assert published.live
    assert published.summary == "Thôn Nà Pàn làm 1.200 m đường bê tông."
    assert state_of(draft) is None or state_of(draft).status == WorkflowState.STATUS_APPROVED
    client.logout()
    assert TITLE in card_titles(client.get(site.news.url))


def test_approver_publishes_from_the_page_editor(site, draft, editor, approver, client):
    """The editor's footer "Duyệt và đăng" posts the (unchanged) form with the action: it publishes.

    The article's date defaults to today; its form field once always counted as changed,
    so the approval saved a new revision that voided the approval itself.
    """
    draft.body = [
        {"type": "paragraph", "value": '<p data-block-key="k7m2p">Nội dung tin.</p>'}
    ]  # as Draftail saves it
    submit(draft, editor)
    client.force_login(approver)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        editor_form(draft, **{"action-workflow-action": "1", "workflow-action-name": "approve"}),
    )

    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=draft.pk).live


def test_go_live_date_holds_through_approval_until_publish_scheduled(site, editor, approver, client):
    with freeze_time("2020-03-01 02:00:00"):
        article = ArticlePageFactory(parent=site.news, title=TITLE, publish=False, owner=editor)
        article.go_live_at = datetime(2020, 3, 10, 7, 0, tzinfo=VIETNAM)
        submit(article, editor)
        act(client, approver, article, "approve")

        scheduled = ArticlePage.objects.get(pk=article.pk)
        assert not scheduled.live
        assert scheduled.scheduled_revision is not None
        assert TaskState.objects.filter(workflow_state__object_id=str(article.pk), status="approved").exists()

    with freeze_time("2020-03-09 23:00:00"):  # 06:00 in Lạng Sơn: an hour early
        call_command("publish_scheduled")
    assert not ArticlePage.objects.get(pk=article.pk).live

    with freeze_time("2020-03-10 00:30:00"):  # 07:30 in Lạng Sơn
        call_command("publish_scheduled")
    assert ArticlePage.objects.get(pk=article.pk).live
    client.logout()
    assert TITLE in card_titles(client.get(site.news.url))
