"""The campaigns app's part of ``manage.py load_demo``: organisation, the 2020 plan, news.

Called by ``home.demo`` (``LOADERS``); creates only what is missing.
"""

from datetime import datetime

from django.test.utils import override_settings
from django.utils.html import escape

from taggit.models import Tag

from core.demo import DemoContext

from . import demo_content, seed_plan
from .factories import (
    VIETNAM_TZ,
    ArticleIndexPageFactory,
    ArticlePageFactory,
    CampaignIndexPageFactory,
    RegistrationFactory,
    create_seed_plan_campaign,
)
from .models import ArticleIndexPage, ArticlePage, CampaignIndexPage, CampaignPage, Registration, Unit
from .reference_data import (
    PRE_REFORM_VALID_FROM,
    PRE_REFORM_VALID_TO,
    REFORM_VALID_FROM,
    ensure_award_types,
    ensure_province_departments,
    ensure_unit_levels,
    load_current_units,
    load_units,
)

NEWS_TITLE = "Tin tức"
NEWS_SLUG = "tin-tuc"
NEWS_INTRO = "Tin bài tuyên truyền về các đợt thi đua, công trình chào mừng và điển hình tiên tiến."
NEWS_ENGLISH = {
    NEWS_TITLE: "News",
    NEWS_INTRO: "News about the emulation campaigns, the works greeting them and exemplary collectives "
    "and individuals.",
}
CAMPAIGN_LIST_ENGLISH = {
    CampaignIndexPageFactory.title: "Emulation campaigns",
    CampaignIndexPageFactory.intro: "The plans of every emulation campaign: running, upcoming and ended.",
}


def load(ctx: DemoContext) -> None:
    load_organisation(ctx)
    ensure_award_types()
    campaign = load_campaign(ctx)
    campaigns_list = load_campaign_list(ctx)
    index = load_news(ctx, campaign)
    load_registrations(ctx, campaign)
    translate(ctx, campaign, index)
    ctx.translate(campaigns_list, CAMPAIGN_LIST_ENGLISH)


def load_organisation(ctx: DemoContext) -> dict[str, Unit]:
    """The province, its departments and a few residential committees, with both unit trees.

    Until 30 June 2025: 11 districts and their 194 communes (the 2020 plan's). Since
    1 July 2025: the 65 communes and wards directly under the province (the current
    campaign's).
    """
    before = Unit.objects.count()
    units = load_units()
    units.update(load_current_units())
    units.update(ensure_province_departments(units[seed_plan.PROVINCE_CODE]))
    residential = ensure_unit_levels()["residential"]
    committees = [
        (spec, PRE_REFORM_VALID_FROM, PRE_REFORM_VALID_TO) for spec in demo_content.RESIDENTIAL_UNITS
    ] + [(spec, REFORM_VALID_FROM, None) for spec in demo_content.CURRENT_RESIDENTIAL_UNITS]
    for (code, parent_code, name, committee_name, name_en), valid_from, valid_to in committees:
        units[code], _ = Unit.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "name_en": name_en,
                "committee_name": committee_name,
                "level": residential,
                "parent": units[parent_code],
                "valid_from": valid_from,
                "valid_to": valid_to,
            },
        )
    ctx.note("đơn vị", Unit.objects.count() - before)
    return units


def load_campaign(ctx: DemoContext) -> CampaignPage:
    """The 2020 plan under the home page (featured while no later campaign is live)."""
    home = ctx.home_page()
    campaign = CampaignPage.objects.filter(slug=seed_plan.SLUG, locale=ctx.vietnamese).first()
    if campaign is None:
        campaign = create_seed_plan_campaign(parent=home)
        ctx.note("trang")
    return campaign


def load_campaign_list(ctx: DemoContext) -> CampaignIndexPage:
    """The list of every campaign, in the menu after the featured one."""
    home = ctx.home_page()
    page = CampaignIndexPage.objects.child_of(home).first()
    if page is None:
        page = CampaignIndexPageFactory(parent=home, show_in_menus=True)
        ctx.note("trang")
    return page


def load_news(ctx: DemoContext, campaign: CampaignPage) -> ArticleIndexPage:
    home = ctx.home_page()
    index = ArticleIndexPage.objects.child_of(home).filter(slug=NEWS_SLUG).first()
    if index is None:
        index = ArticleIndexPageFactory(
            parent=home, title=NEWS_TITLE, slug=NEWS_SLUG, intro=NEWS_INTRO, show_in_menus=True
        )
        ctx.note("trang")
    tags = {
        slug: Tag.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in demo_content.TAGS.items()
    }
    existing = set(ArticlePage.objects.child_of(index).values_list("slug", flat=True))
    specs = [(spec, True) for spec in demo_content.ARTICLES] + [(demo_content.DRAFT_ARTICLE, False)]
    for spec, live in specs:
        if spec["slug"] in existing:
            continue
        ArticlePageFactory(
            parent=index,
            publish=live,
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            summary=spec["summary"],
            featured_image=ctx.image(spec["title"], spec["motif"], spec["palette"], caption="Ảnh minh họa"),
            author_unit=Unit.objects.get(code=spec["unit"]),
            author_name=spec["author"],
            related_campaign=campaign,
            body=article_body(ctx, spec),
            tags=[tags[slug] for slug in spec["tags"]],
        )
        ctx.note("tin bài")
    return index


def article_body(ctx: DemoContext, spec: dict) -> list[dict]:
    """StreamField data (the stored JSON form) for an article's body blocks."""
    palette = spec["palette"]
    blocks = []
    for block in spec["body"]:
        kind = block[0]
        if kind == "h2":
            blocks.append({"type": "heading", "value": {"text": block[1], "level": "h2"}})
        elif kind == "p":
            blocks.append({"type": "paragraph", "value": f"<p>{escape(block[1])}</p>"})
        elif kind == "quote":
            blocks.append({"type": "quote", "value": {"text": block[1], "attribution": block[2]}})
        elif kind == "image":
            blocks.append({"type": "image", "value": image_value(ctx, block[1], block[2], palette)})
        elif kind == "gallery":
            images = [
                {"type": "item", "value": image_value(ctx, motif, caption, palette)}
                for motif, caption in block[2]
            ]
            blocks.append({"type": "gallery", "value": {"title": block[1], "images": images}})
    return blocks


def image_value(ctx: DemoContext, motif: str, caption: str, palette: str) -> dict:
    image = ctx.image(caption, motif, palette, caption="Ảnh minh họa")
    return {"image": image.pk, "caption": caption, "alt_text": ""}


def load_registrations(ctx: DemoContext, campaign: CampaignPage) -> None:
    """A few district registrations, some on time and some after 28/02/2020.

    Each is sent through its workflow; the accepted ones are approved (no reviewer's
    account exists for the 2020 plan, so the history names none).
    """
    for code, state, (year, month, day, hour), commitments in demo_content.REGISTRATIONS:
        unit = Unit.objects.get(code=code)
        if Registration.objects.filter(campaign=campaign, unit=unit).exists():
            continue
        # The sending and the approval are made up: nobody is e-mailed about them.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            RegistrationFactory(
                campaign=campaign,
                unit=unit,
                state=state,
                commitments=commitments,
                submitted_at=datetime(year, month, day, hour, 0, tzinfo=VIETNAM_TZ),
            )
        ctx.note("đăng ký thi đua")


def translate(ctx: DemoContext, campaign: CampaignPage, index: ArticleIndexPage) -> None:
    """English: the plan's headline facts, the news index and three articles."""
    ctx.translate(campaign, seed_plan.ENGLISH)
    ctx.translate(index, NEWS_ENGLISH)
    for spec in demo_content.ARTICLES:
        english = spec.get("english")
        if not english:
            continue
        article = ArticlePage.objects.child_of(index).get(slug=spec["slug"])
        strings = {spec["title"]: english["title"], spec["summary"]: english["summary"], **english["strings"]}
        ctx.translate(article, strings)
