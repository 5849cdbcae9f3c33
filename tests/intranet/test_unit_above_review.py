"""Registrations, works and final reports go up through Wagtail workflows to the unit above.

The standing board of the unit directly above the record's unit — A's board for the
commune A1, the province's board for the districts A and B — approves or returns each
record; nobody else gets an action. The board reads the dossier as sent, read-only, with
two actions; a return needs a reason, which the officer then reads, with the reviewer's
name, at the top of the form and on the dashboard. Approving publishes; Wagtail keeps
the history. Like Wagtail's own workflow tests, one class per record type shares the
checks (``wagtail/snippets/tests/test_workflows.py``).
"""

import json
from datetime import date

from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail.models import ModelLogEntry, TaskState, WorkflowState

import pytest
from freezegun import freeze_time

from campaigns.factories import RegistrationFactory, UnitFactory, review
from campaigns.models import Registration, ReviewState
from exemplars.models import Work
from intranet.roles import Role
from tests.helpers import html, text_of

from .conftest import make_member

pytestmark = pytest.mark.django_db

REASON = "Thiếu văn bản có chữ ký, đóng dấu của Ban Thường trực."
EVERYONE = [
    "officer_a",
    "officer_a1",
    "reviewer_a",
    "reviewer_a1",
    "officer_b",
    "reviewer_b",
    "province_office",
    "council",
    "editor",
    "outsider",
    "reviewer_province",
]
# Whose record, and which board reviews it.
BOARDS = {"a1": "reviewer_a", "a": "reviewer_province", "b": "reviewer_province"}


@pytest.fixture(scope="module")
def people(org, django_db_blocker) -> dict:
    """The fixture's users; two boards get the names the officer reads."""
    with django_db_blocker.unblock():
        users = dict(org.users)
        for key, (family, given) in {
            "reviewer_a": ("Hoàng Văn", "Xét"),
            "reviewer_province": ("Lý Thị", "Duyệt"),
        }.items():
            users[key].first_name, users[key].last_name = family, given
            users[key].save()
    return users


def fresh(record):
    return type(record)._default_manager.get(pk=record.pk)


def url_of(record, name: str, *args) -> str:
    namespace = f"wagtailsnippets_{record._meta.app_label}_{record._meta.model_name}"
    return reverse(f"{namespace}:{name}", args=[quote(record.pk), *args])


def action_names(record, user) -> list[str]:
    record = fresh(record)
    return [name for name, *_ in record.current_workflow_task.get_actions(record, user)]


def form_data(response) -> dict[str, list[str]]:
    """What a browser sends from the edit page's form (disabled fields are not sent)."""
    form = html(response).select_one("form#w-editor-form")
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name, kind = element.get("name"), element.get("type", "")
        if (
            not name
            or "__prefix__" in name
            or element.has_attr("disabled")
            or kind in {"file", "submit", "button"}
        ):
            continue
        if element.name == "select":
            values = [
                option.get("value", "")
                for option in element.find_all("option")
                if option.has_attr("selected")
            ]
        elif kind in {"checkbox", "radio"}:
            values = [element.get("value", "on")] if element.has_attr("checked") else []
        elif element.name == "textarea":
            values = [element.get_text().removeprefix("\n")]
        else:
            values = [element.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def act_in_editor(client, record, action: str, extra=None):
    """Approve or return from the editor's footer, as the page's JavaScript posts it."""
    url = url_of(record, "edit")
    data = form_data(client.get(url))
    data.update(
        {
            "action-workflow-action": ["true"],
            "workflow-action-name": [action],
            "workflow-action-extra-data": [json.dumps(extra or {})],
        }
    )
    return client.post(url, data, follow=True)


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


class ReviewedRecord:
    """The checks every reviewed record type passes; subclasses say which records."""

    kind: str
    field: str  # one of the record's own fields

    def records(self, org) -> dict:
        return getattr(org, self.kind)

    def test_only_the_board_directly_above_acts(self, org, people):
        for unit, board in BOARDS.items():
            record = self.records(org)[unit]
            assert action_names(record, people[board]) == ["approve", "reject"], (unit, board)
            for other in EVERYONE:
                if other != board:
                    assert action_names(record, people[other]) == [], (unit, other)

    def test_waiting_for_me_lists_what_the_board_acts_on_and_nothing_else(self, org, people):
        records = self.records(org)
        mine = TaskState.objects.reviewable_by(people["reviewer_a"])
        assert fresh(records["a1"]).current_workflow_task_state in mine
        assert fresh(records["a"]).current_workflow_task_state not in mine
        province = TaskState.objects.reviewable_by(people["reviewer_province"])
        assert {fresh(records[key]).current_workflow_task_state for key in ("a", "b")} <= set(province)
        assert fresh(records["a1"]).current_workflow_task_state not in province
        for bystander in ("reviewer_b", "officer_a1", "province_office", "council"):
            assert fresh(records["a1"]).current_workflow_task_state not in TaskState.objects.reviewable_by(
                people[bystander]
            )

    def test_the_board_reads_the_dossier_read_only_with_two_actions(self, client, org, people):
        client.force_login(people["reviewer_a"])
        response = client.get(url_of(self.records(org)["a1"], "edit"))
        assert response.status_code == 200
        page = html(response)
        for name in (self.field, "unit", "campaign"):
            assert page.select_one(f"form#w-editor-form [name={name}]").has_attr("disabled"), name
        footer = page.select_one("footer")
        assert [
            button["data-workflow-action-name"] for button in footer.select("[data-workflow-action-name]")
        ] == ["approve", "reject"]
        assert not footer.select("[name=action-save], [name=action-publish], [name=action-cancel-workflow]")
        assert "Đang chờ bạn duyệt" in messages_of(response)

    def test_approving_publishes_says_so_and_wagtail_keeps_the_history(self, client, org, people):
        record = self.records(org)["a1"]
        revisions = fresh(record).revisions.count()
        client.force_login(people["reviewer_a"])
        response = act_in_editor(client, record, "approve")
        assert "đã được duyệt; không còn bước nào" in messages_of(response)
        record = fresh(record)
        assert record.live and not record.has_unpublished_changes
        assert record.revisions.count() == revisions, "approving makes no revision of its own"
        state = record.workflow_states.get()
        assert state.status == WorkflowState.STATUS_APPROVED
        assert state.task_states.get().finished_by == people["reviewer_a"]
        actions = set(ModelLogEntry.objects.for_instance(record).values_list("action", flat=True))
        assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions
        client.force_login(people["officer_a1"])
        assert client.get(url_of(record, "workflow_history")).status_code == 200
        detail = text_of(client.get(url_of(record, "workflow_history_detail", state.pk)))
        assert "Đã phê duyệt bởi Hoàng Văn Xét" in detail

    def test_a_return_needs_a_reason(self, client, org, people):
        record = fresh(self.records(org)["a1"])
        task_state = record.current_workflow_task_state
        client.force_login(people["reviewer_a"])
        modal = url_of(record, "workflow_action", "reject", task_state.pk)
        client.post(modal, {"comment": "  "}, headers={"x-requested-with": "XMLHttpRequest"})
        assert fresh(record).workflow_in_progress, "the return modal asks for the reason"
        response = act_in_editor(client, record, "reject", extra={})
        assert fresh(record).workflow_in_progress, "the task itself refuses a return without one"
        assert "Hãy ghi lý do trả lại" in messages_of(response)
        client.post(modal, {"comment": REASON})
        record = fresh(record)
        assert record.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
        assert record.current_workflow_state.current_task_state.comment == REASON

    def test_the_officer_reads_the_reason_and_the_reviewer_at_the_top_of_the_form(self, client, org, people):
        record = self.records(org)["a"]
        client.force_login(people["reviewer_province"])
        response = act_in_editor(client, record, "reject", extra={"comment": REASON})
        assert "đã được trả lại kèm lý do; bước tiếp theo: cán bộ" in messages_of(response)
        client.force_login(people["officer_a"])
        response = client.get(url_of(record, "edit"))
        top = messages_of(response)
        assert "Cấp trên đã trả lại để bổ sung." in top
        assert REASON in top and "Lý Thị Duyệt" in top

    def test_the_returned_record_goes_back_to_the_same_board_when_sent_again(self, client, org, people):
        record = fresh(self.records(org)["a1"])
        with freeze_time("2020-03-10 09:00"):
            review_state = record.current_workflow_task_state
            review_state.reject(user=people["reviewer_a"], comment=REASON)
        client.force_login(people["officer_a1"])
        data = form_data(client.get(url_of(record, "edit")))
        data["action-submit"] = ["true"]
        response = client.post(url_of(record, "edit"), data, follow=True)
        assert "bước tiếp theo: Thường trực" in messages_of(response)
        record = fresh(record)
        assert record.workflow_in_progress
        assert action_names(record, people["reviewer_a"]) == ["approve", "reject"]
        assert record.workflow_states.count() == 1, "the same review, resumed"

    def test_the_officer_cannot_change_it_while_it_is_in_review(self, client, org, people):
        record = self.records(org)["b"]
        before = fresh(record).latest_revision_id
        client.force_login(people["officer_b"])
        data = form_data(client.get(url_of(record, "edit")))
        data["action-save"] = ["true"]
        client.post(url_of(record, "edit"), data)
        assert fresh(record).latest_revision_id == before


class TestRegistrations(ReviewedRecord):
    kind = "registrations"
    field = "commitments"


class TestReports(ReviewedRecord):
    kind = "reports"
    field = "summary"


class TestWorks(ReviewedRecord):
    kind = "works"
    field = "title"

    def test_an_approved_accepted_work_appears_in_the_gallery(self, client, org, people):
        work = self.records(org)["a1"]
        assert not Work.objects.public().filter(title__endswith="(sửa)", pk=work.pk).exists()
        client.force_login(people["reviewer_a"])
        act_in_editor(client, work, "approve")
        assert Work.objects.public().filter(pk=work.pk, title__endswith="(sửa)").exists()


# -- on time or late -------------------------------------------------------------------------
@pytest.fixture
def new_unit(org):
    """A commune under B with no registration yet: B's board reviews what it sends."""
    return UnitFactory(code="T90001", name="Xã Hoa Thám", parent=org.units["b"])


def send_in_editor(client, record):
    data = form_data(client.get(url_of(record, "edit")))
    data["action-submit"] = ["true"]
    return client.post(url_of(record, "edit"), data, follow=True)


def test_a_registration_sent_before_the_deadline_is_on_time(client, org, people, new_unit):
    officer = make_member("canbo.hoatham", new_unit, Role.OFFICER)
    registration = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    client.force_login(officer)
    with freeze_time("2020-02-27 15:00"):
        send_in_editor(client, registration)
    registration = fresh(registration)
    assert registration.review_state == ReviewState.SUBMITTED
    assert registration.submitted_at.date() == date(2020, 2, 27)
    assert registration.timeliness == "Đúng hạn"


def test_a_registration_sent_after_the_deadline_is_late_and_a_return_does_not_change_that(
    client, org, people, new_unit
):
    officer = make_member("canbo.hoatham", new_unit, Role.OFFICER)
    registration = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    assert registration.submitted_at is None
    client.force_login(officer)
    with freeze_time("2020-03-02 08:00"):
        send_in_editor(client, registration)
    registration = fresh(registration)
    assert registration.is_late and registration.timeliness == "Trễ hạn"
    registration.current_workflow_task_state.reject(user=people["reviewer_b"], comment=REASON)
    with freeze_time("2020-03-20 08:00"):
        send_in_editor(client, registration)
    registration = fresh(registration)
    assert registration.workflow_in_progress
    assert registration.submitted_at.date() == date(2020, 3, 2), "the first sending counts"


def test_a_withdrawn_registration_is_a_draft_again_and_counts_from_its_next_sending(client, org, new_unit):
    registration = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    with freeze_time("2020-02-20 08:00"):
        registration = review(registration, ReviewState.SUBMITTED)
    registration.current_workflow_state.cancel()
    registration = fresh(registration)
    assert registration.review_state == ReviewState.DRAFT and registration.submitted_at is None
    with freeze_time("2020-03-05 08:00"):
        registration = review(registration, ReviewState.SUBMITTED)
    assert registration.is_late


# -- deleting drafts ---------------------------------------------------------------------------
def assert_refused(response):
    """403 or 404, or Wagtail's answer to a refused admin action: back to the admin home."""
    assert response.status_code in (403, 404) or response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_home"
    )


def test_an_officer_deletes_a_draft_of_their_unit_never_sent(client, org, people, new_unit):
    officer = make_member("canbo.hoatham", new_unit, Role.OFFICER)
    draft = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    client.force_login(officer)
    listing = client.get(reverse("wagtailsnippets_campaigns_registration:list"))
    assert url_of(draft, "delete") in listing.content.decode()
    response = client.post(url_of(draft, "delete"))
    assert response.status_code == 302
    assert not Registration.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("user", ["reviewer_b", "province_office", "officer_a"])
def test_nobody_else_deletes_a_units_draft(client, org, people, new_unit, user):
    draft = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    client.force_login(people[user])
    assert_refused(client.post(url_of(draft, "delete"), follow=True))
    assert Registration.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("kind", ["registrations", "reports", "works"])
def test_what_was_sent_is_never_deleted_by_the_unit(client, org, people, kind):
    record = getattr(org, kind)["b"]
    client.force_login(people["officer_b"])
    edit = client.get(url_of(record, "edit")).content.decode()
    assert url_of(record, "delete") not in edit
    assert_refused(client.post(url_of(record, "delete"), follow=True))
    assert type(record).objects.filter(pk=record.pk).exists()


# -- the dashboard -----------------------------------------------------------------------------
def test_the_officers_dashboard_shows_the_reason_and_the_reviewer(client, org, people, dashboard):
    record = fresh(org.registrations["a1"])
    record.current_workflow_task_state.reject(user=people["reviewer_a"], comment=REASON)
    work = fresh(org.works["a1"])
    work.current_workflow_task_state.reject(user=people["reviewer_a"], comment="Bổ sung ảnh công trình.")
    client.force_login(people["officer_a1"])
    notes = [text_of(note) for note in html(client.get(dashboard.url)).select("[data-return-note]")]
    assert any(REASON in note and "Hoàng Văn Xét" in note for note in notes), notes
    assert any("Bổ sung ảnh công trình." in note and "Hoàng Văn Xét" in note for note in notes), notes


def test_the_boards_dashboard_lists_what_waits_for_it(client, org, people, dashboard):
    client.force_login(people["reviewer_a"])
    page = text_of(client.get(dashboard.url))
    assert "Đăng ký thi đua chờ duyệt 1" in page
    assert "Báo cáo tổng kết chờ duyệt 1" in page
    assert "Công trình chờ duyệt 1" in page
    client.force_login(people["reviewer_b"])
    page = text_of(client.get(dashboard.url))
    assert "Không có việc nào chờ xét duyệt." in page


def test_the_board_above_is_told_by_email_and_no_other_board(org, people, new_unit, mailoutbox):
    officer = make_member("canbo.hoatham", new_unit, Role.OFFICER)
    registration = RegistrationFactory(campaign=org.site.campaign, unit=new_unit, state=ReviewState.DRAFT)
    review(registration, ReviewState.SUBMITTED, by=officer)
    recipients = {address for message in mailoutbox for address in message.to}
    assert people["reviewer_b"].email in recipients
    assert not recipients & {people[name].email for name in ("reviewer_a", "reviewer_province", "officer_b")}


def test_the_listing_narrows_to_where_records_stand(client, org, people):
    returned = fresh(org.registrations["a1"])
    returned.current_workflow_task_state.reject(user=people["reviewer_a"], comment=REASON)
    client.force_login(people["reviewer_a"])
    listing = reverse("wagtailsnippets_campaigns_registration:list")

    def shown(state: str) -> set[str]:
        body = client.get(f"{listing}?review_state={state}").content.decode()
        return {key for key in ("a", "a1") if url_of(org.registrations[key], "edit") in body}

    assert shown("submitted") == {"a"}
    assert shown("returned") == {"a1"}
    assert shown("accepted") == shown("draft") == set()
    assert "Trả lại để bổ sung" in text_of(client.get(listing))
