"""Factories for nominations: a complete draft, and submitting and acting as the admin does.

The council's consideration step is taken only by its session's secret ballot:
``pass_council`` holds such a session, as the office, the chair and the members do.

Shared by the tests and the demo loader (``nominations.demo``).
"""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

import factory
from factory.django import DjangoModelFactory

from campaigns.factories import AwardTypeFactory, CampaignPageFactory, UnitFactory
from campaigns.models import NomineeKind
from exemplars.factories import PDF_BYTES

from .council import cast_ballot, close_ballot, open_ballot
from .models import (
    DOSSIER_FIELDS,
    AgendaItem,
    CouncilSession,
    Gender,
    Nomination,
    NominationRefused,
    council_members,
)


def _individual(value):
    return factory.LazyAttribute(lambda o: value if o.kind == NomineeKind.INDIVIDUAL else "")


class NominationFactory(DjangoModelFactory):
    """A complete draft nomination: an individual with the dossier's three files attached.

    ``NominationFactory(kind=NomineeKind.COLLECTIVE, name=...)`` for a collective (no
    personal fields); ``files=False`` leaves the dossier empty; the criteria met default
    to every criterion the campaign sets for the nominee's kind. Submit and approve with
    ``submit_nomination`` and ``act_on_nomination``, as the admin does, and pass the
    council's step with ``pass_council``.
    """

    class Meta:
        model = Nomination

    campaign = factory.SubFactory(CampaignPageFactory)
    unit = factory.SubFactory(UnitFactory)
    award_type = factory.SubFactory(AwardTypeFactory)
    kind = NomineeKind.INDIVIDUAL
    name = factory.Sequence(lambda n: f"Hoàng Văn Thắng {n + 1}")
    position = _individual("Chủ tịch Ủy ban MTTQ xã")
    gender = _individual(Gender.MALE)
    birth_date = factory.LazyAttribute(
        lambda o: date(1975, 5, 12) if o.kind == NomineeKind.INDIVIDUAL else None
    )
    ethnicity = _individual("Tày")
    id_number = factory.LazyAttributeSequence(
        lambda o, n: f"0201{n + 1:08d}" if o.kind == NomineeKind.INDIVIDUAL else ""
    )
    phone = _individual("0912 345 678")
    achievements = (
        "Vận động nhân dân hiến 1.500 m² đất làm đường bê tông nông thôn; tổ chức tốt Ngày hội "
        "Đại đoàn kết toàn dân tộc ở khu dân cư."
    )

    @classmethod
    def _create(cls, model_class, *args, files=True, criteria=None, **kwargs):
        instance = model_class(*args, **kwargs)
        instance.live = False
        if files:
            for field_name in DOSSIER_FIELDS:
                getattr(instance, field_name).save(f"{field_name}.pdf", ContentFile(PDF_BYTES), save=False)
        instance.save()
        if criteria is None:
            criteria = instance.campaign.source.criteria.filter(nominee_kind=instance.kind)
        instance.criteria.set(criteria)
        instance.save()
        instance.save_revision()
        return instance


def submit_nomination(nomination, user):
    """Submit into the workflow, as the editor's "Gửi kiểm duyệt" does (raises ``NominationRefused``)."""
    with transaction.atomic():
        state = nomination.get_workflow().start(nomination, user)
    nomination.refresh_from_db()
    return state


def act_on_nomination(nomination, user, action: str = "approve", comment: str = ""):
    """Approve or return (``action="reject"``) the step the nomination is at, as ``user``.

    Only what the step offers ``user``: the council's consideration offers no approve
    (``pass_council`` holds its ballot).
    """
    nomination = type(nomination).objects.get(pk=nomination.pk)
    task_state = nomination.current_workflow_task_state
    task = task_state.task.specific
    if action not in [name for name, *_ in task.get_actions(nomination, user)]:
        raise PermissionDenied(f"{user} cannot {action} at {task}")
    with transaction.atomic():
        task.on_action(task_state, user, action, comment=comment)
    return type(nomination).objects.get(pk=nomination.pk)


def pass_council(
    nominations,
    members=None,
    *,
    agree: bool = True,
    chair=None,
    secretary=None,
    number: str = "",
    on: date | None = None,
    place: str = "Hội trường Ủy ban MTTQ Việt Nam tỉnh",
) -> CouncilSession:
    """Hold one council session on ``nominations`` (one or several) and close its secret ballot.

    As the screens do (``nominations.council``): the office puts the nominations on the
    agenda with ``members`` present (every council member by default; ``chair`` and
    ``secretary`` default to the first and the last of them), the chair opens the ballot, each member votes ``agree``
    on every nominee, the chair closes it and each result moves its nomination on. A
    result the rules refuse (a nominee still posted for public comment, or not at the
    council's step) raises ``NominationRefused`` and leaves no session behind.
    """
    if isinstance(nominations, Nomination):
        nominations = [nominations]
    members = list(council_members() if members is None else members)
    chair = chair or members[0]
    with transaction.atomic():
        session = CouncilSession.objects.create(
            number=number or f"{CouncilSession.objects.count() + 1:02d}/BB-HĐTĐKT",
            date=on or timezone.localdate(),
            place=place,
            chair=chair,
            secretary=secretary or members[-1],
        )
        session.members.set(members)
        AgendaItem.objects.bulk_create(
            AgendaItem(session=session, nomination_id=nomination.pk) for nomination in nominations
        )
        open_ballot(session, chair)
        for member in members:
            cast_ballot(session, member, {item.pk: agree for item in session.items.all()})
        notes = close_ballot(session, chair)
        if notes:
            raise NominationRefused(" ".join(notes))
    session.refresh_from_db()
    return session
