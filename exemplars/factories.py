"""Factories for works, exemplars and the two listing pages.

Works and exemplars are Wagtail snippets with drafts and revisions. ``publish=True`` (the
default) saves them, then saves a revision and publishes it, as the admin does; with
``publish=False`` they stay drafts (``live=False``) that the public pages must hide.
Dates follow the status: an accepted work gets ``accepted_on``, a work with its plaque
mounted also ``plaque_mounted_on``, as ``Work.clean`` demands.
"""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction

import factory
from factory.django import DjangoModelFactory

from campaigns.factories import AwardTypeFactory, CampaignPageFactory, UnitFactory
from campaigns.models import NomineeKind
from home.factories import PageFactory
from home.slugs import slugify_vi

from .models import (
    Exemplar,
    Gender,
    HonorRollPage,
    Nomination,
    Work,
    WorkCategory,
    WorkGalleryPage,
    WorkPhoto,
    WorkStatus,
)
from .models.nominations import DOSSIER_FIELDS
from .models.works import PUBLIC_WORK_STATUSES

# A minimal PDF: what the dossier's letters, reports and minutes are in tests and the demo.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class PublishableSnippetFactory(DjangoModelFactory):
    """Base for snippets with ``DraftStateMixin``: ``publish`` is an option, not a field."""

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("publish", None)
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        publish = kwargs.pop("publish", True)
        instance = model_class(*args, **kwargs)
        instance.live = publish
        instance.save()
        revision = instance.save_revision()
        if publish:
            revision.publish()
            instance.refresh_from_db()
        return instance


class WorkFactory(PublishableSnippetFactory):
    """``WorkFactory(status=WorkStatus.IN_PROGRESS, unit=..., campaign=...)``.

    Photos: ``WorkPhotoFactory(work=work, image=...)`` after creation.
    """

    class Meta:
        model = Work

    title = factory.Sequence(lambda n: f"Đường bê tông nông thôn thôn Nà Pàn, đoạn {n + 1}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify_vi(o.title, 60)}-{n + 1}")
    campaign = factory.SubFactory(CampaignPageFactory)
    unit = factory.SubFactory(UnitFactory)
    category = WorkCategory.ROADS
    status = WorkStatus.ACCEPTED
    summary = "Tuyến đường bê tông dài 1,2 km do nhân dân hiến đất và góp ngày công xây dựng."
    place = "Thôn Nà Pàn"
    value_vnd = 1_250_000_000
    people_contribution = "Hiến 1.500 m² đất, góp 600 ngày công."
    people_contribution_vnd = 180_000_000
    started_on = date(2020, 3, 15)
    accepted_on = factory.LazyAttribute(
        lambda o: date(2020, 9, 15) if o.status in PUBLIC_WORK_STATUSES else None
    )
    plaque_mounted_on = factory.LazyAttribute(
        lambda o: date(2020, 10, 1) if o.status == WorkStatus.PLAQUE_MOUNTED else None
    )
    main_image = None
    featured = False


class WorkPhotoFactory(DjangoModelFactory):
    class Meta:
        model = WorkPhoto

    work = factory.SubFactory(WorkFactory)
    image = factory.SubFactory("home.factories.ImageFactory")
    caption = factory.LazyAttribute(lambda o: f"Ảnh công trình {o.work.title}")


class ExemplarFactory(PublishableSnippetFactory):
    """A collective by default; ``ExemplarFactory(kind=NomineeKind.INDIVIDUAL, position=...)``."""

    class Meta:
        model = Exemplar

    name = factory.Sequence(lambda n: f"Ban công tác Mặt trận thôn Khòn Pổng {n + 1}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify_vi(o.name, 60)}-{n + 1}")
    kind = NomineeKind.COLLECTIVE
    position = ""
    unit = factory.SubFactory(UnitFactory)
    campaign = factory.SubFactory(CampaignPageFactory)
    award_type = factory.SubFactory(AwardTypeFactory)
    summary = "Vận động nhân dân hiến đất, góp công làm đường bê tông nông thôn."
    achievements = "<ul><li>Hoàn thành xuất sắc nhiệm vụ công tác Mặt trận năm 2020.</li></ul>"
    photo = None
    photo_consent = False
    decision_number = "412/QĐ-MTTQ-BTT"
    decision_date = date(2020, 11, 12)
    featured = False


class WorkGalleryPageFactory(PageFactory):
    class Meta:
        model = WorkGalleryPage

    title = "Công trình chào mừng"
    slug = "cong-trinh"
    intro = "Các công trình, phần việc chào mừng đã được nghiệm thu."


class HonorRollPageFactory(PageFactory):
    class Meta:
        model = HonorRollPage

    title = "Điển hình tiên tiến"
    slug = "dien-hinh"
    intro = "Các tập thể, cá nhân tiêu biểu được khen thưởng trong các đợt thi đua."


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
    birth_date = factory.LazyAttribute(lambda o: date(1975, 5, 12) if o.kind == NomineeKind.INDIVIDUAL else None)
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
