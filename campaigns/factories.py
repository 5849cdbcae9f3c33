"""Factories for units, award types, campaign plans, news and registrations.

Registrations and reports are created in a review state (``state=``, see ``review``):
sent by default, as the 2020 plan's records are.

Reference rows are get-or-create on their natural key (``UnitLevelFactory(code="district")``
returns the existing level), so tests can ask for a level or unit by code without caring
whether another factory already made it. Page factories take ``parent=`` and ``publish=``
(see ``core.factories.PageFactory``). ``create_seed_plan_campaign`` builds the whole 2020
plan from ``campaigns.seed_plan``.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils.html import escape

from taggit.models import Tag

import factory
from factory.django import DjangoModelFactory

from core.factories import PageFactory

from . import seed_plan
from .models import (
    ArticleIndexPage,
    ArticlePage,
    AwardType,
    CampaignAward,
    CampaignCriterion,
    CampaignIndexPage,
    CampaignPage,
    CampaignPhase,
    CampaignReport,
    Quota,
    Registration,
    ReviewState,
    Unit,
    UnitLevel,
)

VIETNAM_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CAMPAIGN_CHILD_RELATIONS = ("phases", "awards", "criteria", "quotas")
KNOWN_LEVELS = {code: (name, name_en, rank) for code, name, name_en, rank in seed_plan.UNIT_LEVELS}


def paragraphs(*texts: str) -> str:
    """Plain texts as rich-text HTML paragraphs."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullet_list(items) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


class UnitLevelFactory(DjangoModelFactory):
    """``UnitLevelFactory(code="commune")``: the plan's levels get their real names and ranks."""

    class Meta:
        model = UnitLevel
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"level-{n + 1}")
    name = factory.LazyAttribute(lambda o: KNOWN_LEVELS.get(o.code, (f"Cấp {o.code}",))[0])
    name_en = factory.LazyAttribute(lambda o: KNOWN_LEVELS.get(o.code, ("", f"Level {o.code}"))[1])
    rank = factory.LazyAttribute(lambda o: KNOWN_LEVELS.get(o.code, ("", "", 9))[2])


class UnitFactory(DjangoModelFactory):
    """A commune-level unit by default; ``UnitFactory(level__code="district", parent=...)``."""

    class Meta:
        model = Unit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n + 1:05d}")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n + 1}")
    name_en = factory.LazyAttribute(lambda o: f"{o.name.removeprefix('Xã ')} Commune")
    level = factory.SubFactory(UnitLevelFactory, code="commune")
    parent = None
    committee_name = factory.LazyAttribute(lambda o: f"Ủy ban MTTQ Việt Nam {o.name[:1].lower()}{o.name[1:]}")


class AwardTypeFactory(DjangoModelFactory):
    """An award type; ``AwardTypeFactory(slug="bang-khen-ubnd-tinh")`` gets the plan's one if loaded."""

    class Meta:
        model = AwardType
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Bằng khen thử nghiệm {n + 1}")
    name_en = factory.Sequence(lambda n: f"Test certificate of merit {n + 1}")
    short_name = factory.LazyAttribute(lambda o: o.name)
    slug = factory.Sequence(lambda n: f"bang-khen-thu-nghiem-{n + 1}")
    issuer = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
    issuing_level = factory.SubFactory(UnitLevelFactory, code="province")
    deciding_level = factory.SubFactory(UnitLevelFactory, code="province")
    sort_order = factory.Sequence(lambda n: n + 10)


class CampaignPageFactory(PageFactory):
    """A campaign plan page with the 2020 dates and theme unless told otherwise.

    Child rows can be passed as lists of unsaved objects: ``phases=[CampaignPhase(...)]``,
    likewise ``awards``, ``criteria`` and ``quotas``.
    """

    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Đợt thi đua thử nghiệm {n + 1}")
    occasion = seed_plan.OCCASION
    start_date = seed_plan.START_DATE
    end_date = seed_plan.END_DATE
    period_text = seed_plan.PERIOD_TEXT
    theme = seed_plan.THEME
    theme_short = seed_plan.THEME_SHORT
    registration_deadline = seed_plan.REGISTRATION_DEADLINE
    nomination_deadline = seed_plan.NOMINATION_DEADLINE
    report_deadline = seed_plan.REPORT_DEADLINE
    closing_date = seed_plan.CLOSING_DATE
    signatory_title = seed_plan.SIGNATORY_TITLE
    signatory_name = seed_plan.SIGNATORY_NAME

    @classmethod
    def _instantiate(cls, model_class, kwargs):
        children = {name: kwargs.pop(name) for name in CAMPAIGN_CHILD_RELATIONS if name in kwargs}
        page = model_class(**kwargs)
        for name, rows in children.items():
            setattr(page, name, rows)
        return page


def seed_plan_page_fields() -> dict:
    """The 2020 plan's page fields (no child rows), from ``campaigns.seed_plan``."""
    return {
        "title": seed_plan.TITLE,
        "short_title": seed_plan.SHORT_TITLE,
        "slug": seed_plan.SLUG,
        "seo_title": seed_plan.FULL_TITLE,
        "search_description": seed_plan.THEME,
        "document_number": seed_plan.DOCUMENT_NUMBER,
        "issued_on": seed_plan.ISSUED_ON,
        "issuing_body": seed_plan.ISSUING_BODY,
        "occasion": seed_plan.OCCASION,
        "preamble": paragraphs(seed_plan.PREAMBLE),
        "purpose": paragraphs(seed_plan.PURPOSE),
        "requirements": paragraphs(seed_plan.REQUIREMENTS),
        "start_date": seed_plan.START_DATE,
        "end_date": seed_plan.END_DATE,
        "period_text": seed_plan.PERIOD_TEXT,
        "theme": seed_plan.THEME,
        "theme_short": seed_plan.THEME_SHORT,
        "contents": [{"type": "item", "value": paragraphs(text)} for text in seed_plan.CONTENTS],
        "award_subjects": paragraphs(seed_plan.AWARD_SUBJECTS),
        "registration_deadline": seed_plan.REGISTRATION_DEADLINE,
        "nomination_deadline": seed_plan.NOMINATION_DEADLINE,
        "report_deadline": seed_plan.REPORT_DEADLINE,
        "closing_date": seed_plan.CLOSING_DATE,
        "implementation": [
            {"type": "duty", "value": {"party": party, "tasks": list(tasks)}}
            for party, tasks in seed_plan.IMPLEMENTATION
        ],
        "closing_note": seed_plan.CLOSING_NOTE,
        "signatory_title": seed_plan.SIGNATORY_TITLE,
        "signatory_name": seed_plan.SIGNATORY_NAME,
        "recipients": [{"type": "recipient", "value": line} for line in seed_plan.RECIPIENTS],
    }


def seed_plan_children(award_types: dict[str, AwardType], units: dict[str, Unit]) -> dict:
    """Unsaved phases, awards, criteria and quotas of the 2020 plan.

    ``units`` must hold the province ("20") and the 11 district codes; ``award_types`` the
    four slugs of ``seed_plan.AWARD_TYPES``.
    """
    phases = [
        CampaignPhase(
            title=phase["title"],
            start_date=phase["start_date"],
            end_date=phase["end_date"],
            activities=[{"type": "activity", "value": text} for text in phase["activities"]],
            sort_order=index,
        )
        for index, phase in enumerate(seed_plan.PHASES)
    ]
    awards = [
        CampaignAward(
            award_type=award_types[spec["slug"]],
            note=spec["note"],
            numbers_to_follow=spec["slug"] in seed_plan.NUMBERS_TO_FOLLOW,
            sort_order=index,
        )
        for index, spec in enumerate(seed_plan.AWARD_TYPES)
    ]
    criteria = [
        CampaignCriterion(
            target_group=group,
            nominee_kind=kind,
            body=bullet_list(texts) if is_list else paragraphs(*texts),
            sort_order=index,
        )
        for index, (group, kind, texts, is_list) in enumerate(seed_plan.CRITERIA)
    ]
    quotas = []
    for slug, rows in seed_plan.QUOTAS.items():
        for code, collectives, individuals in rows:
            quotas.append(
                Quota(
                    award_type=award_types[slug],
                    unit=units[code],
                    collectives=collectives,
                    individuals=individuals,
                    sort_order=len(quotas),
                )
            )
    return {"phases": phases, "awards": awards, "criteria": criteria, "quotas": quotas}


def create_seed_plan_campaign(parent=None, publish: bool = True, **overrides) -> CampaignPage:
    """The 2020 plan with every fact of the seed, its units and award types created if missing.

    ``overrides`` replace page fields (e.g. ``show_in_menus=True``, ``slug=...``).
    """
    from .reference_data import ensure_award_types, load_units

    units = load_units(levels=("province", "district"))
    award_types = ensure_award_types()
    return CampaignPageFactory(
        parent=parent,
        publish=publish,
        **{**seed_plan_page_fields(), **seed_plan_children(award_types, units), **overrides},
    )


class CampaignIndexPageFactory(PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Các đợt thi đua"
    slug = "dot-thi-dua"
    intro = "Kế hoạch các đợt thi đua: đang diễn ra, sắp diễn ra và đã kết thúc."


class ArticleIndexPageFactory(PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = factory.Sequence(lambda n: f"Tin tức {n + 1}")
    intro = "Tin bài tuyên truyền về các đợt thi đua của Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn."


def default_article_index() -> ArticleIndexPage:
    index = ArticleIndexPage.objects.child_of(PageFactory.default_parent()).first()
    return index or ArticleIndexPageFactory()


class ArticlePageFactory(PageFactory):
    """A news article; ``tags=["thi-dua", ...]`` takes tag slugs (created if missing) or ``Tag``s."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Tin thi đua số {n + 1}")
    date = date(2020, 3, 1)
    summary = "Tin bài tuyên truyền về đợt thi đua đặc biệt năm 2020."
    author_name = "Ban Tổ chức – Tuyên giáo"
    body = factory.LazyAttribute(
        lambda o: [
            {"type": "heading", "value": {"text": "Nội dung chính", "level": "h2"}},
            {"type": "paragraph", "value": paragraphs(o.summary)},
        ]
    )

    @classmethod
    def default_parent(cls):
        return default_article_index()

    @classmethod
    def _instantiate(cls, model_class, kwargs):
        tags = kwargs.pop("tags", [])
        page = model_class(**kwargs)
        for tag in tags:
            if isinstance(tag, str):
                tag, _ = Tag.objects.get_or_create(slug=tag, defaults={"name": tag})
            page.tags.add(tag)
        return page


def review(record, state: str, *, by=None, reviewer=None, reason: str = "", submitted_at=None):
    """Put ``record`` (a registration, report or work) where ``state`` says, as the admin would.

    A revision of what it holds is saved; then, for every state but a draft, the officer
    ``by`` sends it into its workflow, and the unit above's ``reviewer`` approves it
    (``ACCEPTED``: the workflow's end publishes it) or returns it with ``reason``
    (``RETURNED``). ``submitted_at`` replaces the submission time the workflow recorded
    (for deadlines in the past). Returns the record as stored.
    """
    record.save_revision(user=by)
    if state != ReviewState.DRAFT:
        with transaction.atomic():
            record.get_workflow().start(record, by)
            record = type(record).objects.get(pk=record.pk)
            task_state = record.current_workflow_task_state
            if state == ReviewState.ACCEPTED:
                task_state.approve(user=reviewer)
            elif state == ReviewState.RETURNED:
                task_state.reject(user=reviewer, comment=reason)
        if submitted_at is not None and hasattr(record, "submitted_at"):
            type(record).objects.filter(pk=record.pk).update(submitted_at=submitted_at)
    return type(record).objects.get(pk=record.pk)


class ReviewedRecordFactory(DjangoModelFactory):
    """Base for registrations and reports: ``state`` (a ``ReviewState``, "submitted" by default),
    ``by``, ``reviewer`` and ``reason`` are options passed to ``review``, not fields."""

    class Meta:
        abstract = True

    submitted_at = datetime(2020, 2, 20, 9, 0, tzinfo=VIETNAM_TZ)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        options = {name: kwargs.pop(name) for name in ("by", "reviewer", "reason") if name in kwargs}
        state = kwargs.pop("state", ReviewState.SUBMITTED)
        submitted_at = kwargs.pop("submitted_at", None)
        record = super()._create(model_class, *args, **kwargs)
        return review(record, state, submitted_at=submitted_at, **options)


class RegistrationFactory(ReviewedRecordFactory):
    class Meta:
        model = Registration

    campaign = factory.SubFactory(CampaignPageFactory)
    unit = factory.SubFactory(UnitFactory)
    commitments = (
        "Đăng ký thi đua hoàn thành xuất sắc nhiệm vụ công tác Mặt trận năm 2020; mỗi Ban công "
        "tác Mặt trận có ít nhất 01 công trình, phần việc chào mừng."
    )


class CampaignReportFactory(ReviewedRecordFactory):
    class Meta:
        model = CampaignReport

    campaign = factory.SubFactory(CampaignPageFactory)
    unit = factory.SubFactory(UnitFactory)
    summary = "Hoàn thành các công trình, phần việc đã đăng ký; vận động nhân dân góp công, góp của."
    submitted_at = datetime(2020, 10, 30, 15, 0, tzinfo=VIETNAM_TZ)
