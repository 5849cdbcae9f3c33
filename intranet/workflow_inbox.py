"""What waits for a member in Wagtail's workflows: for me, returned to me, sent by me.

Registrations, works, final reports and award nominations all go through Wagtail
workflows, so one list serves them all, read from Wagtail's own records, as the admin
home's "Awaiting your review" panel reads them: the task states each active task lets the
user moderate (``TaskState.objects.reviewable_by``), with the actions the task offers
them (``Task.get_actions``); and the workflow states the user started
(``WorkflowState.requested_by``), in review or returned with a reason. No app has to
register anything here: a model that joins a workflow joins the lists.

The number of queries does not grow with the number of records: each list is cut to a
few rows (with the total), and the rows' records are fetched once per model.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.urls import NoReverseMatch, reverse
from django.utils.text import capfirst

from wagtail.models import Page, Task, TaskState, WorkflowState

from .unit_review import ReturnNote, return_note

INBOX_LIMIT = 5


@dataclass
class InboxItem:
    """One record in a workflow, as the dashboard lists it."""

    record: object
    kind: str  # the record's type, in words ("Hồ sơ đề nghị khen thưởng")
    step: str  # the step it is at (or was returned from)
    since: datetime | None
    url: str  # where the member acts on it
    actions: list[str] = field(default_factory=list)  # what the member may do at this step
    returned: ReturnNote | None = None

    @property
    def unit(self):
        return getattr(self.record, "unit", None)


@dataclass
class InboxList:
    items: list[InboxItem]
    count: int


@dataclass
class Inbox:
    waiting: InboxList  # steps the member acts on now
    returned: InboxList  # what the member sent and was returned with a reason
    sent: InboxList  # what the member sent and is still in review

    @property
    def total(self) -> int:
        return self.waiting.count + self.returned.count + self.sent.count


def inbox_of(user, limit: int = INBOX_LIMIT) -> Inbox:
    return Inbox(
        waiting=waiting_for(user, limit),
        returned=started_by(user, WorkflowState.STATUS_NEEDS_CHANGES, limit),
        sent=started_by(user, WorkflowState.STATUS_IN_PROGRESS, limit),
    )


def first_rows(queryset, limit: int) -> tuple[list, int]:
    """The first ``limit`` rows and the total: the count query only when there are more."""
    rows = list(queryset[: limit + 1])
    if len(rows) <= limit:
        return rows, len(rows)
    return rows[:limit], queryset.count()


def waiting_for(user, limit: int = INBOX_LIMIT) -> InboxList:
    """The steps in progress that ``user`` may act on, the longest waiting first."""
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state", "task")
        .order_by("started_at", "pk")
    )
    rows, count = first_rows(states, limit)
    records = records_of([state.workflow_state for state in rows])
    tasks = specific_tasks(state.task_id for state in rows)
    items = []
    for state in rows:
        record = records.get((state.workflow_state.content_type_id, state.workflow_state.object_id))
        if record is None:  # deleted meanwhile
            continue
        task = tasks.get(state.task_id, state.task)
        actions = [str(label) for _name, label, *_rest in task.get_actions(record, user)]
        items.append(item_for(record, task.name, state.started_at, actions=actions))
    return InboxList(items, count)


def started_by(user, status: str, limit: int = INBOX_LIMIT) -> InboxList:
    """The workflows ``user`` started that are in ``status``: in review, or returned to them."""
    states = (
        WorkflowState.objects.filter(requested_by=user, status=status)
        .select_related("current_task_state__task", "current_task_state__finished_by")
        .order_by("-current_task_state__started_at", "-pk")
    )
    rows, count = first_rows(states, limit)
    records = records_of(rows)
    items = []
    for state in rows:
        record = records.get((state.content_type_id, state.object_id))
        if record is None:
            continue
        task_state = state.current_task_state
        note = return_note(state)
        items.append(
            item_for(
                record,
                task_state.task.name if task_state else "",
                note.returned_at if note else (task_state.started_at if task_state else state.created_at),
                returned=note,
            )
        )
    return InboxList(items, count)


def records_of(workflow_states) -> dict:
    """The records of ``workflow_states``, keyed by (content type id, object id): one query per model."""
    wanted: dict[int, set[str]] = {}
    for state in workflow_states:
        wanted.setdefault(state.content_type_id, set()).add(state.object_id)
    records = {}
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model._default_manager.filter(pk__in=ids)
        if has_field(model, "unit"):
            queryset = queryset.select_related("unit")
        for record in queryset:
            records[content_type_id, str(record.pk)] = record
    return records


def specific_tasks(task_ids) -> dict:
    """The tasks as their own classes (whose ``get_actions`` answer): one query per task type."""
    ids = set(task_ids)
    return {task.pk: task for task in Task.objects.filter(pk__in=ids).specific()} if ids else {}


def has_field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def item_for(record, step: str, since, actions=None, returned=None) -> InboxItem:
    return InboxItem(
        record=record,
        kind=capfirst(record._meta.verbose_name),
        step=step,
        since=since,
        url=edit_url(record),
        actions=actions or [],
        returned=returned,
    )


def edit_url(record) -> str:
    """The admin screen where the record is read, acted on or corrected."""
    if isinstance(record, Page):
        return reverse("wagtailadmin_pages:edit", args=[record.pk])
    viewset = getattr(record, "snippet_viewset", None)
    if viewset is None:
        return ""
    try:
        return reverse(viewset.get_url_name("edit"), args=[quote(record.pk)])
    except NoReverseMatch:
        return ""
