"""Factories for works, exemplars and the two listing pages.

Works and exemplars are Wagtail snippets with drafts and revisions. ``publish=True`` (the
default) saves them, then saves a revision and publishes it, as the admin does; with
``publish=False`` they stay drafts (``live=False``) that the public pages must hide.
Dates follow the status: an accepted work gets ``accepted_on``, a work with its plaque
mounted also ``plaque_mounted_on``, as ``Work.clean`` demands.
"""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from campaigns.factories import AwardTypeFactory, CampaignPageFactory, UnitFactory
from campaigns.models import NomineeKind
from core.factories import PageFactory
from core.slugs import slugify_vi

from .models import (
    Exemplar,
    HonorRollPage,
    Work,
    WorkCategory,
    WorkGalleryPage,
    WorkPhoto,
    WorkStatus,
)
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
    image = factory.SubFactory("core.factories.ImageFactory")
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
