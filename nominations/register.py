"""The award register (sổ khen thưởng): what other screens call to read and change it.

Every award is one ``AwardRecord``: decided here (``nominations.decisions`` makes it) or
imported from earlier lists (``record_earlier_award``). These functions are the register's
API for the nomination form, the register's screens, statistics and imports:

- ``earlier_awards(name, birth_date, id_number)``: the valid records of one person (or,
  with ``kind=collective`` and ``unit``, of one collective), newest first;
- ``record_earlier_award(user, **fields)``: one imported record, with its verification code;
- ``revoke_award(record, user, reason)``: the award is withdrawn from the honor roll and
  the verification page says it cannot be verified;
- ``correct_award(record, user, reason, **changes)``: fixes a name, position, unit or a
  personal field; the honor roll shows the correction;
- ``verification_url(record)``: the public address the certificate's QR code opens.

Revocations and corrections are kept as ``AwardRecordChange`` rows (who, when, why,
what changed: old and new values), shown as the record's history.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override

from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log

from campaigns.models import NomineeKind
from core.front_cache import purge_urls

from .models import AwardRecord, AwardRecordChange, AwardSource
from .models.register import AwardRecordQuerySet

REVOKE_ACTION = "nominations.award_revoked"
CORRECT_ACTION = "nominations.award_corrected"


def earlier_awards(
    name: str = "",
    birth_date: date | None = None,
    id_number: str = "",
    *,
    kind: str = NomineeKind.INDIVIDUAL,
    unit=None,
    exclude_nomination=None,
) -> AwardRecordQuerySet:
    """The valid (not revoked) awards of one person or collective, newest first.

    A person is matched by ID number, or by name (without regard to accents or case)
    and birth date; a collective by name within ``unit``. ``exclude_nomination`` leaves
    out the record of the nomination being edited.
    """
    records = AwardRecord.objects.valid().filter(kind=kind)
    if kind == NomineeKind.COLLECTIVE:
        records = (
            records.named_exactly(name).filter(unit=unit) if name and unit is not None else records.none()
        )
    else:
        records = records.same_person(name=name, birth_date=birth_date, id_number=id_number)
    if exclude_nomination is not None and getattr(exclude_nomination, "pk", None):
        records = records.exclude(nomination=exclude_nomination)
    return records.select_related("award_type", "unit", "decision").order_by("-year", "-decision_date", "-pk")


IMPORTED_FIELDS = {
    "decision_number",
    "decision_date",
    "issuing_body_name",
    "award_type",
    "award_name",
    "year",
    "campaign",
    "kind",
    "name",
    "position",
    "unit",
    "unit_name",
    "target_group",
    "gender",
    "ethnicity",
    "birth_date",
    "id_number",
}


def record_earlier_award(user=None, **fields) -> AwardRecord:
    """Enter one award decided before the system (from an Excel list) in the register.

    Takes the record's fields by name (``IMPORTED_FIELDS``); ``award_name`` defaults to the
    award type's name, ``year`` to the decision's year, ``unit_name`` to the unit's. Raises
    ``ValidationError`` (messages in Vietnamese) for a record that is not complete.
    """
    unknown = set(fields) - IMPORTED_FIELDS
    if unknown:
        raise TypeError(f"not register fields: {sorted(unknown)}")
    record = AwardRecord(source=AwardSource.IMPORTED, created_by=user, **fields)
    if not record.award_name and record.award_type_id:
        record.award_name = record.award_type.name
    if not record.year and record.decision_date:
        record.year = record.decision_date.year
    if not record.unit_name and record.unit_id:
        record.unit_name = record.unit.name
    record.full_clean(exclude=["decision", "nomination", "exemplar"])
    record.save()
    return record


def verification_path(record: AwardRecord, language: str = "vi") -> str:
    with override(language):
        return reverse("award_verification", args=[record.verification_code])


def verification_url(record: AwardRecord, language: str = "vi") -> str:
    """The absolute address printed (and QR-coded) on the certificate."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + verification_path(record, language)


def purge_verification(record: AwardRecord) -> None:
    """The verification page is never cached (no-store); purge it anyway in both languages."""
    transaction.on_commit(
        lambda: purge_urls({verification_path(record, "vi"), verification_path(record, "en")})
    )


@transaction.atomic
def revoke_award(record: AwardRecord, user, reason: str) -> AwardRecord:
    """Revoke the award: kept in the register as revoked, taken off the honor roll, unverifiable."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(gettext("Ghi lý do thu hồi khen thưởng."))
    record = AwardRecord.objects.select_for_update().get(pk=record.pk)
    if record.is_revoked:
        raise ValidationError(gettext("Khen thưởng này đã bị thu hồi trước đó."))
    record.revoked_at, record.revoked_by, record.revoke_reason = timezone.now(), user, reason
    record.save(update_fields=["revoked_at", "revoked_by", "revoke_reason", "updated_at"])
    AwardRecordChange.objects.create(
        record=record, kind=AwardRecordChange.Kind.REVOCATION, reason=reason, changed_by=user
    )
    exemplar = record.exemplar
    if exemplar is not None and exemplar.live:
        # The recorded revocation is the authority to withdraw it, whoever records it;
        # exemplars/front_cache.py purges the honor roll on "unpublished".
        UnpublishAction(exemplar, user=user).execute(skip_permission_checks=True)
    purge_verification(record)
    log(instance=record, action=REVOKE_ACTION, user=user, data={"reason": reason})
    return record


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


@transaction.atomic
def correct_award(record: AwardRecord, user, reason: str, **changes) -> AwardRecord:
    """Correct the record's fields named in ``AwardRecord.CORRECTABLE_FIELDS``, with a reason.

    The honor roll's entry shows the corrected name and position at once (a new revision,
    published); the verification page reads the record.
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(gettext("Ghi lý do đính chính."))
    unknown = set(changes) - set(AwardRecord.CORRECTABLE_FIELDS)
    if unknown:
        raise TypeError(f"not correctable: {sorted(unknown)}")
    record = AwardRecord.objects.select_for_update().get(pk=record.pk)
    diff = {}
    for field, value in changes.items():
        old = getattr(record, field)
        if old != value:
            diff[field] = [_plain(old), _plain(value)]
            setattr(record, field, value)
    if not diff:
        raise ValidationError(gettext("Không có nội dung nào thay đổi."))
    record.full_clean(exclude=["decision", "nomination", "exemplar"])
    record.save()
    AwardRecordChange.objects.create(
        record=record, kind=AwardRecordChange.Kind.CORRECTION, reason=reason, changes=diff, changed_by=user
    )
    exemplar = record.exemplar
    if exemplar is not None and {"name", "position"} & set(diff):
        exemplar.name = record.name
        exemplar.position = record.position
        exemplar.save()
        if exemplar.live and not record.is_revoked:
            exemplar.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    purge_verification(record)
    log(instance=record, action=CORRECT_ACTION, user=user, data={"reason": reason, "changes": diff})
    return record
