"""Recording a decision at the decision step of an award chain.

The deciding standing board (or, for awards an outside body decides, the province office
recording that body's decision) records the number, date and signer; that approves the
decision step, which ends the chain and publishes the nomination, and the honoree goes on
the honor roll from the nomination's public fields. Nothing else publishes a nomination.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext

from wagtail.log_actions import log
from wagtail.models import WorkflowState

from .chain import StepKind
from .honoring import publish_exemplar
from .models import Nomination, NominationDecision, current_step

DECISION_ACTION = "intranet.nomination_decision"  # the name earlier log entries carry


def can_record_decision(nomination: Nomination, user) -> bool:
    step = current_step(nomination)
    return step is not None and step.kind == StepKind.DECISION and step.is_moderator(nomination, user)


@transaction.atomic
def record_decision(nomination: Nomination, user, *, number: str, date, signer: str) -> NominationDecision:
    """Record the decision, close the chain with it and publish the honoree."""
    if not can_record_decision(nomination, user):
        raise PermissionDenied(gettext("Hồ sơ chưa đến bước quyết định, hoặc bạn không phải cấp quyết định."))
    step = current_step(nomination)
    task_state = nomination.current_workflow_task_state
    # A decided nomination sent round the chain again (its officer edited and resubmitted
    # it) gets a new decision: it replaces the first, and updates the same exemplar.
    decision, _created = NominationDecision.objects.update_or_create(
        nomination=nomination, defaults={"number": number, "date": date, "signer": signer, "recorded_by": user}
    )
    step.on_action(
        task_state, user, "approve",
        comment=gettext("Quyết định số %(number)s ngày %(date)s, %(signer)s ký.")
        % {"number": number, "date": date.strftime("%d/%m/%Y"), "signer": signer},
    )
    nomination = Nomination.objects.get(pk=nomination.pk)
    if nomination.workflow_states.filter(status=WorkflowState.STATUS_APPROVED).exists():
        decision.exemplar = publish_exemplar(nomination, decision, user)
        decision.save(update_fields=["exemplar"])
    log(
        instance=nomination, action=DECISION_ACTION, user=user,
        data={"number": number, "date": date.isoformat(), "signer": signer, "exemplar": decision.exemplar_id},
    )
    return decision
