"""Factories for nominations: a complete draft, and submitting and acting as the admin does.

Shared by the tests and the demo loader (``nominations.demo``).
"""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction

import factory
from factory.django import DjangoModelFactory

from campaigns.factories import AwardTypeFactory, CampaignPageFactory, UnitFactory
from campaigns.models import NomineeKind
from exemplars.factories import PDF_BYTES

from .models import DOSSIER_FIELDS, Gender, Nomination


def _individual(value):
    return factory.LazyAttribute(lambda o: value if o.kind == NomineeKind.INDIVIDUAL else "")


class NominationFactory(DjangoModelFactory):
    """A complete draft nomination: an individual with the dossier's three files attached.

    ``NominationFactory(kind=NomineeKind.COLLECTIVE, name=...)`` for a collective (no
    personal fields); ``files=False`` leaves the dossier empty; the criteria met default
    to every criterion the campaign sets for the nominee's kind. Submit and approve with
    ``submit_nomination`` and ``act_on_nomination``, as the admin does.
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
    """Approve or return (``action="reject"``) the step the nomination is at, as ``user``."""
    nomination = type(nomination).objects.get(pk=nomination.pk)
    task_state = nomination.current_workflow_task_state
    task = task_state.task.specific
    if action not in [name for name, *_ in task.get_actions(nomination, user)]:
        raise PermissionDenied(f"{user} cannot {action} at {task}")
    with transaction.atomic():
        task.on_action(task_state, user, action, comment=comment)
    return type(nomination).objects.get(pk=nomination.pk)
