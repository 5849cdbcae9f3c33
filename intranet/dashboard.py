"""The member's dashboard on the intranet home: what their unit must do next, what awaits them.

An officer opens it to see, for the campaign under way, how many days are left before
each deadline, where their registration, works and report stand (a returned one with the
reviewer's reason and name), and how much of each award's quota their unit has used and
has left; a reviewer also sees what the units below have sent up and is waiting for their
decision, and a table of those units. Every link goes to the admin screen where the thing
is done. The quota card is counted by ``nominations``, the app above: the page's template,
composed at the top of the layers (``templates/intranet/intranet_page.html``), asks for it
with that app's ``unit_quota_overview`` tag; nothing here calls upwards. Where a record stands is read from Wagtail's workflow (``intranet.unit_review``):
"waiting for me" is the task states the reviewer may act on. Above the campaigns, every
member reads what waits for them in any workflow, nominations included
(``intranet.workflow_inbox``): for them to act on, returned to them, sent by them.

The number of queries does not grow with the number of units or records: the province's
overview covers a dozen units and ~200 communes below them, so per-unit figures are
aggregated with ``values()``/``annotate()`` and mapped onto the units in Python, and the
lists of waiting items are cut to a few rows (with a link to the full, filtered listing).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import TaskState

from campaigns.models import CampaignPage, CampaignReport, Quota, Registration, ReviewState, Unit
from campaigns.models.plan import Deadline
from campaigns.models.submissions import (
    ACTIVE_WORKFLOW,
    review_state_of,
    with_review_states,
    with_workflow_status,
)
from exemplars.models import Work, WorkStatus

from .roles import PROVINCE_WIDE_ROLES, Role
from .scoping import membership_of
from .unit_review import ReturnNote, UnitAboveReviewTask, return_note
from .workflow_inbox import first_rows, inbox_of

SOURCE_LANGUAGE = "vi"  # unit records hang off the Vietnamese originals
WAITING_LIST_LIMIT = 5
NO_RECORD = "none"

# Roles whose unit sends records up (registration, works, report) and so sees them here.
UNIT_RECORD_ROLES = frozenset({Role.OFFICER, Role.REVIEWER})
REVIEW_ROLES = frozenset({Role.REVIEWER}) | PROVINCE_WIDE_ROLES

SENT_STATES = (ReviewState.SUBMITTED, ReviewState.ACCEPTED)

# Works the unit above should look at first: accepted on site, then the others.
WORK_REVIEW_ORDER = [
    WorkStatus.ACCEPTED,
    WorkStatus.PLAQUE_MOUNTED,
    WorkStatus.IN_PROGRESS,
    WorkStatus.REGISTERED,
]


def admin_url(viewset: str, action: str, *args, **query) -> str:
    """A URL of one of the unit-scoped snippet screens, with an optional query string."""
    url = reverse(f"wagtailsnippets_{viewset}:{action}", args=args)
    return f"{url}?{urlencode(query)}" if query else url


REGISTRATIONS = "campaigns_registration"
REPORTS = "campaigns_campaignreport"
WORKS = "exemplars_work"


# -- what the template shows --------------------------------------------------------------
@dataclass
class SubmissionState:
    """A unit's registration or report for a campaign: where it stands and where to act on it."""

    record: object  # Registration | CampaignReport | None
    status: str  # a ReviewState value, or NO_RECORD
    label: str
    is_late: bool
    url: str
    returned: ReturnNote | None = None  # why the unit above returned it, and who did

    @property
    def exists(self) -> bool:
        return self.record is not None


@dataclass
class StatusCount:
    status: str
    label: str
    count: int
    url: str


@dataclass
class ReturnedWork:
    work: Work
    note: ReturnNote
    url: str


@dataclass
class WorksSummary:
    by_status: list[StatusCount]
    total: int
    published: int
    unpublished: int
    list_url: str
    add_url: str
    in_review: int = 0
    returned: list[ReturnedWork] = field(default_factory=list)


@dataclass
class ReviewQueue:
    registrations: list
    registrations_count: int
    registrations_url: str
    reports: list
    reports_count: int
    reports_url: str
    works: list
    works_count: int
    works_by_status: list[StatusCount]
    works_url: str

    @property
    def total(self) -> int:
        return self.registrations_count + self.reports_count + self.works_count


@dataclass
class UnitRow:
    """One unit below the reviewer in the overview table."""

    unit: Unit
    registration: SubmissionState
    report: SubmissionState
    works_total: int = 0  # the unit's own works and those of the units below it
    works_published: int = 0

    @property
    def works_unpublished(self) -> int:
        return self.works_total - self.works_published


@dataclass
class CampaignPanel:
    campaign: CampaignPage
    is_current: bool
    deadlines: list[Deadline]
    registration: SubmissionState | None = None
    report: SubmissionState | None = None
    works: WorksSummary | None = None
    review: ReviewQueue | None = None
    overview: list[UnitRow] | None = None
    overview_root: Unit | None = None


# -- entry point ---------------------------------------------------------------------------
def dashboard_context(user) -> dict:
    """The template context of the intranet home for ``user``."""
    membership = membership_of(user)
    context = {
        "membership": membership,
        "admin_home_url": reverse("wagtailadmin_home"),
        "campaign_panels": [],
    }
    if membership is None:
        return context
    role = Role(membership.role)
    today = timezone.localdate()
    campaigns, is_current = current_campaigns(today)
    # A unit at the top of the tree sends nothing up: nobody would review it.
    shows_unit_records = role in UNIT_RECORD_ROLES and membership.unit.parent_id is not None
    reviews = role in REVIEW_ROLES
    overview_root = overview_root_for(membership) if reviews else None
    panels = []
    for campaign in campaigns:
        panel = CampaignPanel(campaign=campaign, is_current=is_current, deadlines=[])
        if shows_unit_records:
            panel.registration = submission_state(Registration, REGISTRATIONS, campaign, membership.unit)
            panel.report = submission_state(CampaignReport, REPORTS, campaign, membership.unit)
            panel.works = works_summary(campaign, membership.unit)
        panel.deadlines = deadlines(campaign, today, panel)
        if reviews:
            panel.review = review_queue(campaign, user, role)
            panel.overview_root = overview_root
            panel.overview = unit_overview(campaign, overview_root)
        panels.append(panel)
    context.update(
        {
            "unit": membership.unit,
            "role": role,
            "role_label": role.label,
            "campaign_panels": panels,
            "has_current_campaign": is_current,
            "shows_unit_records": shows_unit_records,
            "reviews": reviews,
            "inbox": inbox_of(user),
        }
    )
    return context


def current_campaigns(today: date) -> tuple[list[CampaignPage], bool]:
    """Live campaigns under way today (newest first); else the latest one, flagged as not current."""
    campaigns = CampaignPage.objects.live().filter(locale__language_code=SOURCE_LANGUAGE)
    current = list(
        # Not named last_day: CampaignPage.last_day is a property (same rule), which an
        # annotation of that name cannot set.
        campaigns.annotate(open_until=Coalesce("closing_date", "end_date"))
        .filter(start_date__lte=today, open_until__gte=today)
        .order_by("-start_date", "pk")
    )
    if current:
        return current, True
    latest = campaigns.order_by("-start_date", "-pk").first()
    return ([latest] if latest else []), False


def deadlines(campaign: CampaignPage, today: date, panel: CampaignPanel) -> list[Deadline]:
    """The plan's deadlines, each marked done once the unit has sent its part."""
    sent = {
        "registration_deadline": panel.registration is not None and panel.registration.status in SENT_STATES,
        "report_deadline": panel.report is not None and panel.report.status in SENT_STATES,
    }
    rows = campaign.deadlines(today)
    for row in rows:
        row.done = sent.get(row.field_name, False)
    return rows


def submission_state(model, viewset: str, campaign: CampaignPage, unit: Unit) -> SubmissionState:
    record = model.objects.filter(campaign=campaign, unit=unit).with_review_states().first()
    if record is None:
        return SubmissionState(None, NO_RECORD, no_record_label(model), False, admin_url(viewset, "add"))
    record.campaign = campaign  # is_late reads the deadline from it: no second query
    return state_of(record, viewset)


def state_of(record, viewset: str) -> SubmissionState:
    """``record`` (its workflow state prefetched, see ``with_review_states``) as the dashboard shows it."""
    workflow_state = record.current_workflow_state
    status = review_state_of(record, workflow_state)
    return SubmissionState(
        record=record,
        status=status.value,
        label=status.label,
        is_late=record.is_late,
        url=admin_url(viewset, "edit", record.pk),
        returned=return_note(workflow_state),
    )


def no_record_label(model) -> str:
    if model is Registration:
        return _("Chưa đăng ký")
    return _("Chưa có báo cáo")


def works_summary(campaign: CampaignPage, unit: Unit) -> WorksSummary:
    """The unit's own works in the campaign: counted by status, in review, and those returned."""
    works = Work.objects.filter(campaign=campaign, unit=unit, locale__language_code=SOURCE_LANGUAGE)
    rows = works.values("status", "live").annotate(count=Count("pk")).order_by()
    by_status, published = Counter(), 0
    for row in rows:
        by_status[row["status"]] += row["count"]
        if row["live"]:
            published += row["count"]
    total = sum(by_status.values())
    in_workflow = (
        list(with_review_states(with_workflow_status(works, *ACTIVE_WORKFLOW)).order_by("-pk"))
        if total
        else []
    )
    return WorksSummary(
        by_status=[
            StatusCount(
                status.value,
                status.label,
                by_status.get(status.value, 0),
                admin_url(WORKS, "list", campaign=campaign.pk, status=status.value),
            )
            for status in WorkStatus
        ],
        total=total,
        published=published,
        unpublished=total - published,
        list_url=admin_url(WORKS, "list", campaign=campaign.pk),
        add_url=admin_url(WORKS, "add"),
        in_review=sum(1 for work in in_workflow if work.workflow_in_progress),
        returned=[
            ReturnedWork(work, note, admin_url(WORKS, "edit", work.pk))
            for work in in_workflow
            if (note := return_note(work.current_workflow_state)) is not None
        ],
    )


# -- what awaits a reviewer ---------------------------------------------------------------
def waiting_task_states(user, role: Role):
    """The review steps in progress that the dashboard lists for ``user``.

    A reviewer's are those Wagtail would list as "waiting for me": the task states the
    task lets them act on (the units directly below theirs). The province office and the
    council act on none, and follow every unit's.
    """
    states = TaskState.objects.none()
    for task in UnitAboveReviewTask.objects.filter(active=True):
        if role in PROVINCE_WIDE_ROLES:
            states = states | task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        else:
            states = states | task.get_task_states_user_can_moderate(user)
    return states


def waiting(queryset, states):
    """Those of ``queryset``'s records whose step in progress is one of ``states``."""
    return queryset.filter(_workflow_states__current_task_state__in=states)


def review_queue(campaign: CampaignPage, user, role: Role) -> ReviewQueue:
    """What the units below sent up and waits for review: registrations, reports and works."""
    states = waiting_task_states(user, role)
    lists = {}
    for model, viewset in ((Registration, REGISTRATIONS), (CampaignReport, REPORTS)):
        records = (
            waiting(model.objects.filter(campaign=campaign), states)
            .select_related("unit")
            .order_by("submitted_at", "unit__path")
        )
        rows, count = first_rows(records, WAITING_LIST_LIMIT)
        for record in rows:
            record.campaign = campaign
            record.review_url = admin_url(viewset, "edit", record.pk)
        lists[model] = (rows, count)

    works = waiting(Work.objects.filter(campaign=campaign, locale__language_code=SOURCE_LANGUAGE), states)
    counts = Counter(dict(works.values_list("status").annotate(count=Count("pk")).order_by()))
    works_count = sum(counts.values())
    review_rank = Case(
        *[When(status=status.value, then=Value(rank)) for rank, status in enumerate(WORK_REVIEW_ORDER)],
        default=Value(len(WORK_REVIEW_ORDER)),
    )
    first_works = (
        list(
            works.select_related("unit")
            .annotate(review_rank=review_rank)
            .order_by("review_rank", "accepted_on", "pk")[:WAITING_LIST_LIMIT]
        )
        if works_count
        else []
    )
    for work in first_works:
        work.review_url = admin_url(WORKS, "edit", work.pk)
    in_review = ReviewState.SUBMITTED.value
    return ReviewQueue(
        registrations=lists[Registration][0],
        registrations_count=lists[Registration][1],
        registrations_url=admin_url(REGISTRATIONS, "list", campaign=campaign.pk, review_state=in_review),
        reports=lists[CampaignReport][0],
        reports_count=lists[CampaignReport][1],
        reports_url=admin_url(REPORTS, "list", campaign=campaign.pk, review_state=in_review),
        works=first_works,
        works_count=works_count,
        works_by_status=[
            StatusCount(
                status.value,
                status.label,
                counts[status.value],
                admin_url(WORKS, "list", campaign=campaign.pk, status=status.value, review_state=in_review),
            )
            for status in WORK_REVIEW_ORDER
            if counts.get(status.value)
        ],
        works_url=admin_url(WORKS, "list", campaign=campaign.pk, review_state=in_review),
    )


# -- the units below ----------------------------------------------------------------------
def overview_root_for(membership) -> Unit:
    """Whose children the overview lists: the reviewer's unit; for province-wide roles, the top unit."""
    unit = membership.unit
    if Role(membership.role) in PROVINCE_WIDE_ROLES and unit.parent_id is not None:
        return unit.get_ancestors().select_related("level").first()
    return unit


def units_below(campaign: CampaignPage, root: Unit):
    """The direct children of ``root`` that take part in ``campaign``.

    Levels change (the 2025 reform ended the districts), so a child counts when it was valid
    during the campaign, or when it has a quota, a registration or works in it anyway.
    """
    valid_then = (Q(valid_from__isnull=True) | Q(valid_from__lte=campaign.end_date)) & (
        Q(valid_to__isnull=True) | Q(valid_to__gte=campaign.start_date)
    )
    took_part = (
        Exists(Quota.objects.filter(page=campaign, unit=OuterRef("pk")))
        | Exists(Registration.objects.filter(campaign=campaign, unit=OuterRef("pk")))
        | Exists(Work.objects.filter(campaign=campaign, unit=OuterRef("pk")))
    )
    return (
        Unit.objects.filter(parent=root)
        .filter(valid_then | took_part)
        .select_related("level")
        .order_by("path")
    )


def unit_overview(campaign: CampaignPage, root: Unit) -> list[UnitRow]:
    """Each child unit's registration, report and works (its own and those of units below it).

    Six queries whatever the number of units: the children, their registrations and their
    reports (each with their workflow states), and works counted in the database per child
    whose subtree they lie in.
    """
    children = list(units_below(campaign, root))
    if not children:
        return []
    states = {}
    for model, viewset in ((Registration, REGISTRATIONS), (CampaignReport, REPORTS)):
        records = (
            model.objects.filter(campaign=campaign, unit__parent=root)
            .only("pk", "unit_id", "campaign_id", "live", "submitted_at")
            .with_review_states()
        )
        for record in records:
            record.campaign = campaign
            states[model, record.unit_id] = state_of(record, viewset)

    works = (
        Work.objects.filter(root.subtree_filter(), campaign=campaign, locale__language_code=SOURCE_LANGUAGE)
        .exclude(unit=root)
        .values(child_path=root.child_path_of("unit__path"))
        .annotate(total=Count("pk"), published=Count("pk", filter=Q(live=True)))
        .order_by()
    )
    totals = {row["child_path"]: (row["total"], row["published"]) for row in works}

    rows = []
    for child in children:
        total, published = totals.get(child.path, (0, 0))
        rows.append(
            UnitRow(
                unit=child,
                registration=states.get(
                    (Registration, child.pk),
                    SubmissionState(None, NO_RECORD, no_record_label(Registration), False, ""),
                ),
                report=states.get(
                    (CampaignReport, child.pk),
                    SubmissionState(None, NO_RECORD, no_record_label(CampaignReport), False, ""),
                ),
                works_total=total,
                works_published=published,
            )
        )
    return rows
