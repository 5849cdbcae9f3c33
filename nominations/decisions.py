"""Recording a decision (quyết định) that lists many honourees, at their chains' decision step.

The deciding standing board (or, for awards an outside body decides, the province office
recording that body's decision) picks the nominations waiting for it at the decision
step, and records one decision for them all: the signer, the date, the signed scan, and
the number. Our own boards' numbers come from the number register (one counter row per
issuing body and year, locked while numbering: no duplicate, no gap); an outside body's
number is the one on its paper. Recording approves each honouree's decision step, which
ends its chain, enters it in the award register (``AwardRecord``, with its verification
code) and publishes it on the honor roll from public fields only, all in one transaction:
if one honouree cannot be decided, nothing is saved. Nothing else publishes a nomination.
"""

import re

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.log_actions import log
from wagtail.models import WorkflowState

from campaigns.models import NomineeKind, Unit

from .chain import Actor, StepKind, acting_unit
from .honoring import publish_exemplar
from .models import (
    AwardRecord,
    AwardSource,
    Decision,
    DecisionNumberCounter,
    IssuingBody,
    Nomination,
    NominationRefused,
    current_step,
)

DECISION_ACTION = "intranet.nomination_decision"  # the name earlier log entries carry
DECISION_DOCUMENT_ACTION = "nominations.decision"

OWN_SYMBOL = "QĐ-MTTQ-BTT"
NUMBER_PATTERN = re.compile(r"^\s*(\d{1,7})\s*(?:/\s*(\S.*?))?\s*$")


def can_record_decision(nomination: Nomination, user) -> bool:
    step = current_step(nomination)
    return step is not None and step.kind == StepKind.DECISION and step.is_moderator(nomination, user)


def deciding_unit_of(nomination: Nomination, step) -> Unit:
    """The unit whose standing board decides; the province for an outside body's decision."""
    if step.decided_outside:
        return acting_unit(Actor.PROVINCE_BOARD, nomination)
    return acting_unit(step.actor, nomination)


def issuing_body_for(nomination: Nomination, step=None) -> IssuingBody:
    """Who signs ``nomination``'s decision: its deciding board, or the outside body of its award.

    Made on first use (the office can rename it and set its symbol in the settings).
    """
    step = step or current_step(nomination)
    if step.decided_outside:
        issuer = nomination.award_type.issuer
        symbol = "QĐ-UBND" if "nhân dân" in issuer.lower() else "QĐ-MTTW-BTT"
        body, _created = IssuingBody.objects.get_or_create(name=issuer, defaults={"symbol": symbol})
        return body
    unit = deciding_unit_of(nomination, step)
    body = IssuingBody.objects.filter(unit=unit).first()
    if body is None:
        committee = committee_name(unit)
        body, _created = IssuingBody.objects.get_or_create(
            name=gettext("Ban Thường trực %(committee)s") % {"committee": committee},
            defaults={"unit": unit, "parent_name": committee, "symbol": OWN_SYMBOL},
        )
    return body


def committee_name(unit: Unit) -> str:
    """ "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn": the committee a unit's standing board belongs to."""
    if unit.committee_name:
        return unit.committee_name
    return gettext("Ủy ban MTTQ Việt Nam %(unit)s") % {"unit": unit.name[:1].lower() + unit.name[1:]}


def decidable_nominations(user, issuing_body: IssuingBody | None = None) -> list[Nomination]:
    """The nominations waiting at a decision step that ``user`` may decide, oldest first."""
    waiting = (
        Nomination.objects.in_moderation()
        .select_related("unit__level", "unit__parent__level", "award_type__deciding_level", "campaign")
        .order_by("award_type__sort_order", "unit__path", "name")
    )
    found = []
    for nomination in waiting:
        step = current_step(nomination)
        if step is None or step.kind != StepKind.DECISION or not step.is_moderator(nomination, user):
            continue
        if issuing_body is not None and issuing_body_for(nomination, step).pk != issuing_body.pk:
            continue
        found.append(nomination)
    return found


def parse_number(text: str, body: IssuingBody) -> tuple[int, str]:
    """ "3125/QĐ-UBND" → (3125, "QĐ-UBND"); a bare "3125" takes the body's symbol."""
    match = NUMBER_PATTERN.match(text or "")
    if match is None:
        raise NominationRefused(
            gettext("Số quyết định “%(number)s” không đúng dạng: ghi số, rồi ký hiệu, ví dụ 3125/QĐ-UBND.")
            % {"number": text}
        )
    return int(match.group(1)), (match.group(2) or body.symbol).strip()


def upcoming_number(body: IssuingBody, year: int) -> str:
    """The number the register would give now (shown on the form; the recording takes its own)."""
    counter = DecisionNumberCounter.objects.filter(issuing_body=body, year=year).first()
    return f"{(counter.last_number if counter else 0) + 1}/{body.symbol}"


def next_number(body: IssuingBody, year: int) -> int:
    """The next number of ``body`` in ``year``, taken from its counter under a row lock.

    Serialises numbering: a second recorder waits here until the first one's transaction
    ends (commit or rollback), then reads the counter the first left: two recordings at
    once get two numbers, and a recording that fails gives its number back.
    """
    DecisionNumberCounter.objects.get_or_create(issuing_body=body, year=year)
    counter = DecisionNumberCounter.objects.select_for_update().get(issuing_body=body, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def record_decision(nominations, user, *, date, signer, signer_title="", number="", scan=None) -> Decision:
    """Record one decision for ``nominations`` (one or many) and publish them all, or nothing.

    Raises ``PermissionDenied`` if a nomination is not at a decision step ``user`` may take,
    and ``NominationRefused`` (with a Vietnamese message) for a decision that cannot be
    recorded: no honouree, honourees of different issuing bodies or award types, a date in
    the future, an outside number missing, malformed or already recorded.
    """
    if isinstance(nominations, Nomination):
        nominations = [nominations]
    nominations = list(nominations)
    if not nominations:
        raise NominationRefused(gettext("Chọn ít nhất một tập thể, cá nhân được khen thưởng."))
    if date > timezone.localdate():
        raise NominationRefused(gettext("Ngày ký quyết định không được sau hôm nay."))
    try:
        with transaction.atomic():
            return _record(
                nominations,
                user,
                date=date,
                signer=signer,
                signer_title=signer_title,
                number=number,
                scan=scan,
            )
    except IntegrityError as error:
        raise NominationRefused(
            gettext("Số quyết định %(number)s đã được ghi trước đó; kiểm tra lại số trên văn bản.")
            % {"number": number}
        ) from error


def _record(nominations, user, *, date, signer, signer_title, number, scan) -> Decision:
    steps = {}
    for nomination in nominations:
        if not can_record_decision(nomination, user):
            raise PermissionDenied(
                gettext("Hồ sơ “%(name)s” chưa đến bước quyết định, hoặc bạn không phải cấp quyết định.")
                % {"name": nomination.name}
            )
        steps[nomination.pk] = current_step(nomination)
    first = nominations[0]
    body = issuing_body_for(first, steps[first.pk])
    for nomination in nominations[1:]:
        if issuing_body_for(nomination, steps[nomination.pk]).pk != body.pk:
            raise NominationRefused(
                gettext("Các hồ sơ trong một quyết định phải do cùng một cơ quan ban hành.")
            )
        if nomination.award_type_id != first.award_type_id:
            raise NominationRefused(
                gettext("Các hồ sơ trong một quyết định phải cùng một hình thức khen thưởng.")
            )
    if body.is_outside:
        if not (number or "").strip():
            raise NominationRefused(
                gettext("Ghi số quyết định của %(body)s, như trên văn bản.") % {"body": body.name}
            )
        sequence, symbol = parse_number(number, body)
    else:
        if (number or "").strip():
            raise NominationRefused(
                gettext("Số quyết định của %(body)s do sổ đăng ký số cấp, không ghi tay.")
                % {"body": body.name}
            )
        sequence, symbol = next_number(body, date.year), body.symbol
    decision = Decision(
        issuing_body=body,
        unit=deciding_unit_of(first, steps[first.pk]),
        award_type=first.award_type,
        campaign=first.campaign,
        year=date.year,
        sequence=sequence,
        symbol=symbol,
        date=date,
        signer=signer,
        signer_title=signer_title,
        recorded_by=user,
    )
    if scan:
        decision.scan = scan
    with transaction.atomic():  # a duplicate outside number fails here, inside the outer transaction
        decision.save()
    for nomination in nominations:
        decide_one(nomination, steps[nomination.pk], decision, user)
    log(
        instance=decision,
        action=DECISION_DOCUMENT_ACTION,
        user=user,
        data={
            "number": decision.number,
            "date": date.isoformat(),
            "signer": signer,
            "nominations": [nomination.pk for nomination in nominations],
        },
    )
    return decision


def decide_one(nomination: Nomination, step, decision: Decision, user) -> AwardRecord:
    """Approve ``nomination``'s decision step, enter it in the register and publish it."""
    step.on_action(
        nomination.current_workflow_task_state,
        user,
        "approve",
        comment=gettext("Quyết định số %(number)s ngày %(date)s, %(signer)s ký.")
        % {"number": decision.number, "date": decision.date.strftime("%d/%m/%Y"), "signer": decision.signer},
    )
    nomination = Nomination.objects.get(pk=nomination.pk)
    if not nomination.workflow_states.filter(status=WorkflowState.STATUS_APPROVED).exists():
        raise NominationRefused(
            gettext("Hồ sơ “%(name)s” chưa được duyệt xong nên chưa thể công bố.") % {"name": nomination.name}
        )
    # A decided nomination sent round the chain again (its officer edited and resubmitted
    # it) gets a new decision: its register record follows it (same verification code),
    # and updates the same exemplar.
    record = AwardRecord.objects.filter(nomination=nomination).first() or AwardRecord(nomination=nomination)
    fill_record_from(record, nomination, decision)
    record.created_by = record.created_by or user
    record.save()
    record.exemplar = publish_exemplar(nomination, record, user)
    record.save(update_fields=["exemplar"])
    log(
        instance=nomination,
        action=DECISION_ACTION,
        user=user,
        data={
            "number": decision.number,
            "date": decision.date.isoformat(),
            "signer": decision.signer,
            "exemplar": record.exemplar_id,
            "decision": decision.pk,
        },
    )
    return record


def fill_record_from(record: AwardRecord, nomination: Nomination, decision: Decision) -> None:
    record.source = AwardSource.DECIDED
    record.decision = decision
    record.decision_number = decision.number
    record.decision_date = decision.date
    record.issuing_body_name = decision.issuing_body.name
    record.award_type = nomination.award_type
    record.award_name = nomination.award_type.name
    record.year = decision.date.year
    record.campaign = nomination.campaign
    record.kind = nomination.kind
    record.name = nomination.name
    record.position = nomination.position if nomination.kind == NomineeKind.INDIVIDUAL else ""
    record.unit = nomination.unit
    record.unit_name = nomination.unit.name
    criterion = nomination.criteria.first()
    record.target_group = criterion.target_group if criterion else ""
    record.gender = nomination.gender
    record.ethnicity = nomination.ethnicity
    record.birth_date = nomination.birth_date
    record.id_number = nomination.id_number
    record.revoked_at, record.revoked_by, record.revoke_reason = None, None, ""
