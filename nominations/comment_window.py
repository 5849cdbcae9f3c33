"""The public comment window: opening a period, what the public sees, taking comments, the council's wait.

Which nominations a period posts: those of the campaign that passed the province office's
dossier check and wait at a consideration step (the council's, or a district board's),
whose award type's chain asks for public comment (``AwardChain.comment_days`` > 0), and
that were not posted before. A nomination still at the dossier check is not posted: the
office posts only dossiers it found complete; it may open another period for those it
checks later. Each posted nominee's period ends on the last of its award type's working
days (``campaigns.working_days``), counted from the period's first day; the end is fixed
when the period opens, so the dates the public read never move.

The consideration step refuses a nomination whose award type asks for comment until its
posting ended (``consideration_refusal``, kept on the models so the step can call it), so
no screen and no ballot can consider it early.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext

from wagtail.models import TaskState, WorkflowState

from campaigns.working_days import WorkingCalendar
from core import public_cache
from core.front_cache import purge_with_listings

from .chain import StepKind
from .models import AwardStepTask, CommentPeriod, Nomination, PostedNominee, consideration_refusal

__all__ = ["consideration_refusal", "open_period", "to_post", "waiting_for_consideration"]


# -- opening a period ----------------------------------------------------------------------------
def waiting_for_consideration() -> QuerySet:
    """Ids (as text) of the nominations waiting at a consideration step now."""
    return TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__in=AwardStepTask.objects.filter(kind=StepKind.CONSIDERATION),
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
        workflow_state__base_content_type=ContentType.objects.get_for_model(Nomination),
    ).values("workflow_state__object_id")


def to_post(campaign) -> QuerySet:
    """The campaign's nominations a period opened now would post."""
    waiting = [
        int(pk) for pk in waiting_for_consideration().values_list("workflow_state__object_id", flat=True)
    ]
    return (
        Nomination.objects.filter(campaign=campaign, pk__in=waiting, award_type__chain__comment_days__gt=0)
        .exclude(postings__isnull=False)
        .select_related("award_type__chain", "unit")
        .order_by("award_type__sort_order", "name")
    )


@transaction.atomic
def open_period(period: CommentPeriod) -> CommentPeriod:
    """Save ``period`` and post every nomination ready for it; refuse a period with nobody to post."""
    nominations = list(to_post(period.campaign).select_for_update(of=("self",)))
    if not nominations:
        raise ValidationError(
            gettext(
                "Chưa có hồ sơ nào để lấy ý kiến: đợt thi đua này không có hồ sơ nào đã qua kiểm tra hồ sơ, "
                "đang chờ xét và thuộc hình thức khen thưởng cần lấy ý kiến nhân dân."
            )
        )
    calendar = WorkingCalendar()
    ends = {n.pk: calendar.period_end(period.starts_on, n.award_type.chain.comment_days) for n in nominations}
    period.ends_on = max(ends.values())
    period.save()
    PostedNominee.objects.bulk_create(
        PostedNominee(period=period, nomination=n, ends_on=ends[n.pk]) for n in nominations
    )
    transaction.on_commit(public_cache.bump)  # the home page's link to the list
    purge_with_listings()  # the list and the home page in the front cache (once committed)
    return period
