"""What a unit sends up to the unit above: registrations and final reports share a life.

Both are drafted by the unit's officer and sent up through a Wagtail workflow (the task,
whose reviewers are the standing board of the unit above, lives in ``intranet``: it
needs the memberships). The unit above approves — the workflow ends by publishing the
record: "accepted" is ``live`` — or returns it with a reason, and the officer edits and
sends it again. Wagtail keeps each step's history, its e-mails and its "waiting for me"
lists; no status field here repeats them.

The submission time (``submitted_at``) is what makes a record on time or late against
the plan's deadline: it is the start of the first review (Wagtail's ``workflow_submitted``
signal), kept through returns and resubmissions, and cleared when the officer withdraws
the record (``workflow_cancelled``), which puts it back among the drafts.
"""

from datetime import date

from django.db import models
from django.db.models import Prefetch, Q
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin, WorkflowState
from wagtail.signals import published, workflow_cancelled, workflow_submitted

from core.private_files import PrivateFileValidator, get_private_storage, private_upload_path


class ReviewState(models.TextChoices):
    """Where a reviewed record stands, read from Wagtail's workflow and publishing state."""

    DRAFT = "draft", _("Bản nháp")
    SUBMITTED = "submitted", _("Đã gửi, chờ duyệt")
    ACCEPTED = "accepted", _("Đã duyệt")
    RETURNED = "returned", _("Trả lại để bổ sung")


def with_review_states(queryset):
    """``queryset`` with each record's current workflow state (and who returned it) prefetched.

    What Wagtail's ``prefetch_workflow_states`` does for pages: ``current_workflow_state``
    and ``workflow_in_progress`` then read the prefetched state, one query for the lot.
    """
    return queryset.prefetch_related(
        Prefetch(
            "_workflow_states",
            queryset=WorkflowState.objects.active().select_related(
                "current_task_state__task", "current_task_state__finished_by"
            ),
            to_attr="_current_workflow_states",
        )
    )


def with_workflow_status(queryset, *statuses: str):
    """``queryset`` narrowed to the records whose current workflow is in one of ``statuses``.

    Through ``WorkflowMixin``'s ``GenericRelation`` to ``WorkflowState`` (its base content
    type and text ``object_id``), joined: on PostgreSQL Django casts the integer key to
    text in the join's ON clause. ``statuses`` are the active ones (in progress, needs
    changes): a record has at most one such state (Wagtail's ``unique_in_progress_workflow``),
    so the join adds no duplicate rows.
    """
    return queryset.filter(_workflow_states__status__in=statuses)


def in_review_or_live(queryset):
    """Sent up and not returned: approved (live), or in a workflow in progress.

    The workflow states are read in a subquery: joined, a live record's past
    workflows would each give it a row.
    """
    in_review = with_workflow_status(queryset.model._base_manager, WorkflowState.STATUS_IN_PROGRESS)
    return queryset.filter(Q(live=True) | Q(pk__in=in_review.values("pk")))


def without_active_workflow(queryset):
    """Neither approved, in review nor returned: never sent, or withdrawn.

    Excluded by key, not with ``exclude(_workflow_states__…)``: Django turns that into a
    subquery comparing the text ``object_id`` with the integer key uncast (only joins are
    cast), which PostgreSQL refuses ("operator does not exist: character varying = bigint").
    """
    active = with_workflow_status(queryset.model._base_manager, *ACTIVE_WORKFLOW)
    return queryset.filter(live=False).exclude(pk__in=active.values("pk"))


ACTIVE_WORKFLOW = (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)


class ReviewedQuerySet(models.QuerySet):
    """Records of a model reviewed through a workflow, by where they stand."""

    def with_review_states(self):
        return with_review_states(self)

    def in_review(self):
        return with_workflow_status(self, WorkflowState.STATUS_IN_PROGRESS)

    def returned(self):
        return with_workflow_status(self, WorkflowState.STATUS_NEEDS_CHANGES)

    def accepted(self):
        """Approved by the unit above: the workflow's end published them."""
        return self.filter(live=True)

    def sent(self):
        """What the unit has sent up and not had returned: in review or accepted."""
        return in_review_or_live(self)

    def drafts(self):
        """Neither accepted, in review nor returned: never sent, or withdrawn."""
        return without_active_workflow(self)


def review_state_of(record, workflow_state: WorkflowState | None) -> ReviewState:
    """``record``'s state, given its current workflow state (``None`` if it has none).

    Listings pass the states they loaded for many records at once; ``review_state``
    looks up one record's.
    """
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return ReviewState.SUBMITTED
    if workflow_state is not None and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return ReviewState.RETURNED
    return ReviewState.ACCEPTED if record.live else ReviewState.DRAFT


def submission_panels(*fields) -> list:
    """The form of a unit's submission: campaign and unit, then its own ``fields``, then the signed file."""
    return [FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]), *fields, FieldPanel("file")]


class UnitSubmission(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    private_file_fields = ("file",)  # downloaded through the intranet (core/private_files.py)

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Đợt thi đua"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("Đơn vị")
    )
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("Ngày gửi"))
    file = models.FileField(
        upload_to=private_upload_path,
        storage=get_private_storage,
        blank=True,
        validators=[PrivateFileValidator()],
        verbose_name=_("Tệp văn bản"),
        help_text=_("Văn bản có chữ ký, đóng dấu (PDF, Word, Excel hoặc ảnh chụp; tối đa 20 MB)."),
    )
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Cập nhật"))
    # A new record is a draft (Wagtail's default is live): only the unit above's approval publishes.
    live = models.BooleanField(verbose_name=_("Đã duyệt"), default=False, editable=False)

    objects = ReviewedQuerySet.as_manager()

    # Approval by the unit above (the workflow's end) publishes, though nobody in the
    # units holds "publish" on these models (see ``intranet.workflow_finish``).
    published_by_workflow = True
    deadline_field: str

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.unit} – {self.campaign}"

    def clean(self):
        super().clean()
        if self.campaign_id and self.unit_id:
            self.campaign.check_unit_in_force(self.unit)

    def with_content_json(self, content):
        """A revision brings back what was typed, never an older submission time.

        ``submitted_at`` is written by the workflow signals below only; a revision saved
        before the submission would otherwise put ``None`` back when it is edited or
        published.
        """
        obj = super().with_content_json(content)
        obj.submitted_at = self.submitted_at
        return obj

    @property
    def review_state(self) -> ReviewState:
        return review_state_of(self, self.current_workflow_state if self.pk else None)

    @property
    def review_state_label(self) -> str:
        """Where the record stands, in words (for exports)."""
        return str(self.review_state.label)

    review_state_label.fget.short_description = _("Tình trạng duyệt")

    @property
    def deadline(self) -> date | None:
        return getattr(self.campaign, self.deadline_field)

    @property
    def is_late(self) -> bool:
        """Submitted after the plan's deadline, or still not submitted once it passed."""
        if not self.deadline:
            return False
        if self.submitted_at is None:
            return timezone.localdate() > self.deadline
        return timezone.localtime(self.submitted_at).date() > self.deadline

    @property
    def timeliness(self) -> str:
        """ "Trễ hạn" or "Đúng hạn", for listings and exports (a word, not True/False)."""
        return str(_("Trễ hạn") if self.is_late else _("Đúng hạn"))

    timeliness.fget.short_description = _("Thời hạn")


def _submission_of(workflow_state):
    record = workflow_state.content_object
    return record if isinstance(record, UnitSubmission) else None


@receiver(workflow_submitted, dispatch_uid="unit_submission_submitted_at")
def record_submission_time(sender, instance, **kwargs):
    """The first review's start is the submission time; a resubmission after a return keeps it."""
    record = _submission_of(instance)
    if record is not None and record.submitted_at is None:
        type(record).objects.filter(pk=record.pk).update(submitted_at=instance.created_at)


@receiver(workflow_cancelled, dispatch_uid="unit_submission_withdrawn")
def forget_submission_time(sender, instance, **kwargs):
    """Withdrawn by the unit: a draft again, on time or late by when it is sent next."""
    record = _submission_of(instance)
    if record is not None and not record.live:
        type(record).objects.filter(pk=record.pk).update(submitted_at=None)


@receiver(published, dispatch_uid="unit_submission_published")
def keep_submission_time(sender, instance, **kwargs):
    """Published directly (a superuser; publishing cancels the review first): keep when it was sent.

    The time is that of the review the publication ended, or the publication itself if
    the record was never sent: an accepted record always has a submission time.
    """
    if not isinstance(instance, UnitSubmission):
        return
    stored = type(instance).objects.filter(pk=instance.pk)
    if stored.filter(submitted_at__isnull=True).exists():
        last_review = instance.workflow_states.order_by("-created_at").first()
        sent_at = last_review.created_at if last_review is not None else timezone.now()
        stored.update(submitted_at=sent_at)
        instance.submitted_at = sent_at
