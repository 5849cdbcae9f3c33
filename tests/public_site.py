"""The public site the tests visit: what a visitor finds at /vi/ and /en/.

Both locales and the home page as the site root (set up by ``home.demo.load_site``, as
``manage.py load_demo`` does), the 2020 plan from ``campaigns.seed_plan`` featured on the
home page, the news listing, the works gallery, the honor roll and an about page, each
with its English translation made through wagtail-localize as an editor would.
"""

from dataclasses import dataclass, field

from campaigns import seed_plan
from campaigns.demo import CAMPAIGN_LIST_ENGLISH
from campaigns.factories import ArticleIndexPageFactory, CampaignIndexPageFactory, create_seed_plan_campaign
from campaigns.models import AwardType, Unit
from exemplars.factories import HonorRollPageFactory, WorkGalleryPageFactory
from home.demo import DemoContext, load_site
from home.factories import StandardPageFactory

NEWS = {
    "title": "Tin tức",
    "slug": "tin-tuc",
    "intro": "Tin bài tuyên truyền về các đợt thi đua.",
}
NEWS_EN = {"Tin tức": "News", NEWS["intro"]: "News about the emulation campaigns."}
GALLERY = {
    "title": "Công trình chào mừng",
    "slug": "cong-trinh",
    "intro": "Các công trình, phần việc chào mừng đã được nghiệm thu.",
}
GALLERY_EN = {GALLERY["title"]: "Works greeting the campaign", GALLERY["intro"]: "Works accepted."}
HONOR_ROLL = {
    "title": "Điển hình tiên tiến",
    "slug": "dien-hinh",
    "intro": "Các tập thể, cá nhân tiêu biểu được khen thưởng.",
}
HONOR_ROLL_EN = {HONOR_ROLL["title"]: "Honor roll", HONOR_ROLL["intro"]: "Exemplary people."}
ABOUT = {
    "title": "Giới thiệu",
    "slug": "gioi-thieu",
    "intro": "Cổng thông tin thi đua của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn.",
}
ABOUT_EN = {ABOUT["title"]: "About", ABOUT["intro"]: "The emulation portal of the VFF of Lạng Sơn."}


@dataclass
class PublicSite:
    """The pages of the public site in Vietnamese and their English translations."""

    ctx: DemoContext
    home: object
    campaign: object
    news: object
    gallery: object
    honor_roll: object
    about: object
    campaigns: object = None
    award_types: dict = field(default_factory=dict)
    districts: dict = field(default_factory=dict)

    def english(self, page):
        """The English translation of ``page`` (a page or a translatable snippet)."""
        return page.get_translation(self.ctx.english)

    def translate(self, instance, strings: dict[str, str]):
        """Translate ``instance`` into English the way the admin does (wagtail-localize)."""
        return self.ctx.translate(instance, strings)

    @property
    def province(self) -> Unit:
        return Unit.objects.get(code=seed_plan.PROVINCE_CODE)


def fresh(page):
    """The page as now stored (translating and publishing changed it since it was created)."""
    return type(page).objects.get(pk=page.pk)


def build_site() -> PublicSite:
    ctx = DemoContext()
    load_site(ctx)  # locales, the home page as the site root, settings: as load_demo does
    home = ctx.home_page()
    campaign = create_seed_plan_campaign(parent=home)
    news = ArticleIndexPageFactory(parent=home, show_in_menus=True, **NEWS)
    gallery = WorkGalleryPageFactory(parent=home, show_in_menus=True, **GALLERY)
    honor_roll = HonorRollPageFactory(parent=home, show_in_menus=True, **HONOR_ROLL)
    about = StandardPageFactory(parent=home, show_in_menus=True, **ABOUT)
    campaigns = CampaignIndexPageFactory(parent=home, show_in_menus=True)

    ctx.translate(campaign, seed_plan.ENGLISH)
    ctx.translate(news, NEWS_EN)
    ctx.translate(gallery, GALLERY_EN)
    ctx.translate(honor_roll, HONOR_ROLL_EN)
    ctx.translate(about, ABOUT_EN)
    ctx.translate(campaigns, CAMPAIGN_LIST_ENGLISH)
    return PublicSite(
        ctx=ctx,
        home=fresh(home),
        campaign=fresh(campaign),
        news=fresh(news),
        gallery=fresh(gallery),
        honor_roll=fresh(honor_roll),
        about=fresh(about),
        campaigns=fresh(campaigns),
        award_types={award.slug: award for award in AwardType.objects.all()},
        districts={unit.code: unit for unit in Unit.objects.districts()},
    )
