"""The exemplars app's part of ``manage.py load_demo``: gallery, honor roll, works, exemplars.

Called by ``home.demo`` (``LOADERS``) after the campaigns app, whose
2020 plan and units it uses; creates only what is missing.
"""

from campaigns import seed_plan
from campaigns.models import AwardType, CampaignPage, NomineeKind, Unit
from core.demo import DemoContext
from core.slugs import slugify_vi

from . import demo_content as content
from .factories import (
    ExemplarFactory,
    HonorRollPageFactory,
    WorkFactory,
    WorkGalleryPageFactory,
    WorkPhotoFactory,
)
from .image_collections import portrait_collection, work_photo_collection
from .models import Exemplar, HonorRollPage, Work, WorkGalleryPage
from .models.works import PUBLIC_WORK_STATUSES

GALLERY = {
    "title": "Công trình chào mừng",
    "slug": "cong-trinh",
    "intro": "Các công trình, phần việc chào mừng đã được nghiệm thu, gắn biển trong các đợt thi đua.",
}
HONOR_ROLL = {
    "title": "Điển hình tiên tiến",
    "slug": "dien-hinh",
    "intro": "Các tập thể, cá nhân có thành tích xuất sắc được khen thưởng trong các đợt thi đua.",
}
PAGE_ENGLISH = {
    GALLERY["title"]: "Works greeting the campaign",
    GALLERY[
        "intro"
    ]: "Works and contributions accepted and marked with a plaque during the emulation campaigns.",
    HONOR_ROLL["title"]: "Honor roll",
    HONOR_ROLL[
        "intro"
    ]: "Collectives and individuals honored for outstanding achievements in the emulation campaigns.",
}

# How a work's photos look, by category: (motif, palette, captions of up to three photos)
PHOTO_STYLES = {
    "roads": (
        "road",
        "green",
        ["Mặt đường sau khi hoàn thành", "Nhân dân góp ngày công đổ bê tông", "Lễ gắn biển công trình"],
    ),
    "housing": (
        "house",
        "gold",
        ["Ngôi nhà mới được bàn giao", "Bà con giúp ngày công dựng nhà", "Trao quyết định hỗ trợ"],
    ),
    "culture": (
        "culture",
        "red",
        ["Nhà văn hóa sau khi hoàn thành", "Sinh hoạt văn nghệ tại nhà văn hóa", "Lễ gắn biển công trình"],
    ),
    "environment": (
        "field",
        "teal",
        ["Tuyến đường sáng – xanh – sạch", "Nhân dân ra quân vệ sinh môi trường", "Lễ gắn biển công trình"],
    ),
    "livelihood": (
        "field",
        "earth",
        ["Mô hình sinh kế của các hộ", "Cán bộ Mặt trận thăm mô hình", "Bàn giao cây, con giống"],
    ),
    "social": (
        "people",
        "blue",
        ["Công trình đưa vào sử dụng", "Nhân dân góp công xây dựng", "Lễ bàn giao công trình"],
    ),
    "other": (
        "people",
        "blue",
        ["Công trình đưa vào sử dụng", "Họp dân bàn cách làm", "Lễ bàn giao công trình"],
    ),
}


def load(ctx: DemoContext) -> None:
    campaign = CampaignPage.objects.get(slug=seed_plan.SLUG, locale=ctx.vietnamese)
    gallery, honor_roll = load_pages(ctx)
    works = load_works(ctx, campaign)
    exemplars = load_exemplars(ctx, campaign)
    translate(ctx, gallery, honor_roll, works, exemplars)


def load_pages(ctx: DemoContext) -> tuple[WorkGalleryPage, HonorRollPage]:
    home = ctx.home_page()
    gallery = WorkGalleryPage.objects.child_of(home).first()
    if gallery is None:
        gallery = WorkGalleryPageFactory(parent=home, show_in_menus=True, **GALLERY)
        ctx.note("trang")
    honor_roll = HonorRollPage.objects.child_of(home).first()
    if honor_roll is None:
        honor_roll = HonorRollPageFactory(parent=home, show_in_menus=True, **HONOR_ROLL)
        ctx.note("trang")
    return gallery, honor_roll


def load_works(ctx: DemoContext, campaign: CampaignPage) -> dict[str, Work]:
    works = {work.slug: work for work in Work.objects.filter(locale=ctx.vietnamese, campaign=campaign)}
    for spec in content.WORKS:
        if spec["slug"] in works:
            continue
        motif, palette, captions = PHOTO_STYLES[spec["category"]]
        contribution_text, contribution_vnd = spec["contribution"]
        work = WorkFactory(
            publish=spec["slug"] not in content.DRAFT_WORKS,
            title=spec["title"],
            slug=spec["slug"],
            campaign=campaign,
            unit=Unit.objects.get(code=spec["unit"]),
            category=spec["category"],
            status=spec["status"],
            summary=spec["summary"],
            description=f"<p>{spec['summary']}</p><p>{contribution_text}</p>",
            place=spec["place"],
            value_vnd=spec["value"],
            people_contribution=contribution_text,
            people_contribution_vnd=contribution_vnd or None,
            started_on=spec["started"],
            accepted_on=spec["accepted"],
            plaque_mounted_on=spec["plaque"],
            main_image=ctx.image(
                spec["title"], motif, palette, caption=spec["place"], collection=work_photo_collection()
            ),
            featured=spec["featured"],
        )
        # Registered works have no photos yet; the others one to three.
        photo_count = 0 if spec["status"] == "registered" else ctx.rng.randint(1, 3)
        for caption in captions[:photo_count]:
            WorkPhotoFactory(
                work=work,
                image=ctx.image(
                    f"{spec['title']} – {caption}",
                    motif,
                    palette,
                    caption=caption,
                    collection=work_photo_collection(),
                ),
                caption=caption,
            )
        works[work.slug] = work
        ctx.note("công trình")
    return works


def load_exemplars(ctx: DemoContext, campaign: CampaignPage) -> dict[str, Exemplar]:
    exemplars = {
        item.name: item for item in Exemplar.objects.filter(locale=ctx.vietnamese, campaign=campaign)
    }
    award_types = {award.slug: award for award in AwardType.objects.all()}
    rows = [(row, NomineeKind.COLLECTIVE) for row in content.COLLECTIVES] + [
        (row, NomineeKind.INDIVIDUAL) for row in content.INDIVIDUALS
    ]
    for (name, unit_code, award_slug, position, summary), kind in rows:
        if name in exemplars:
            continue
        unit = Unit.objects.get(code=unit_code)
        decision_number, decision_date = decision_for(award_slug, unit)
        pool = (
            content.COLLECTIVE_ACHIEVEMENTS
            if kind == NomineeKind.COLLECTIVE
            else content.INDIVIDUAL_ACHIEVEMENTS
        )
        achievements = ctx.rng.sample(pool, ctx.rng.randint(2, 3))
        photo = None
        if name in content.PHOTO_CONSENT:
            motif = "people" if kind == NomineeKind.COLLECTIVE else "portrait"
            palette = ctx.rng.choice(["red", "teal", "blue", "gold"])
            # Without consent no picture of the person is made: none may sit in the image library.
            if content.PHOTO_CONSENT[name]:
                photo = ctx.image(f"Ảnh {name}", motif, palette, caption="", collection=portrait_collection())
        exemplar = ExemplarFactory(
            publish=name not in content.DRAFT_EXEMPLARS,
            name=name,
            slug=slugify_vi(name, 100),
            kind=kind,
            position=position,
            unit=unit,
            campaign=campaign,
            award_type=award_types[award_slug],
            summary=summary,
            achievements="<ul>" + "".join(f"<li>{item}</li>" for item in achievements) + "</ul>",
            photo=photo,
            photo_consent=content.PHOTO_CONSENT.get(name, False),
            decision_number=decision_number,
            decision_date=decision_date,
            featured=name in content.FEATURED_EXEMPLARS,
        )
        if kind == NomineeKind.COLLECTIVE:
            exemplar.works.set(
                Work.objects.filter(
                    unit.subtree_filter(),
                    locale=ctx.vietnamese,
                    campaign=campaign,
                    status__in=PUBLIC_WORK_STATUSES,
                )[:3]
            )
        exemplars[name] = exemplar
        ctx.note("điển hình")
    return exemplars


def decision_for(award_slug: str, unit: Unit) -> tuple[str, object]:
    """The decision that awarded it: one per award type, or the district's own for its certificates."""
    if award_slug in content.DECISIONS:
        return content.DECISIONS[award_slug]
    district = unit.ancestor_at_level(Unit.DISTRICT_LEVEL)
    return content.DISTRICT_DECISIONS[district.code]


def translate(ctx, gallery, honor_roll, works, exemplars) -> None:
    """English: both listing pages, a few works and exemplars (names of people stay as they are)."""
    ctx.translate(gallery, PAGE_ENGLISH)
    ctx.translate(honor_roll, PAGE_ENGLISH)
    for slug, english in content.WORK_ENGLISH.items():
        work = works[slug]
        ctx.translate(work, {getattr(work, field): text for field, text in english.items()})
    for name, english in content.EXEMPLAR_ENGLISH.items():
        exemplar = exemplars[name]
        ctx.translate(exemplar, {getattr(exemplar, field): text for field, text in english.items()})
