"""The demo site: the home app's part, and the order in which every app's part is loaded.

``home`` is the top layer, so it calls each app's loader directly (``LOADERS``), each
with the ``core.demo.DemoContext``. Every loader creates only what is missing, keyed on
slugs and codes, so running the command twice leaves the same data.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape

from wagtail.models import Page, Site

from campaigns import demo as campaigns_demo
from core.demo import DemoContext
from exemplars import demo as exemplars_demo
from intranet import demo as intranet_demo
from nominations import demo as nominations_demo

from .factories import HomePageFactory, StandardPageFactory

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin-demo-2020"  # noqa: S105 - a published demo login, for laptops only
SITE_NAME = "Cổng thi đua MTTQ tỉnh Lạng Sơn"
WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"

HOME_INTRO = (
    "Cổng thông tin thi đua của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn: kế hoạch các đợt thi đua, "
    "tin bài tuyên truyền, công trình chào mừng và các điển hình tiên tiến."
)
HOME_INTRO_EN = (
    "The emulation portal of the Vietnam Fatherland Front Committee of Lạng Sơn province: "
    "campaign plans, news, works greeting the campaigns and exemplary collectives and individuals."
)


# -- the home app's loaders ------------------------------------------------------
def load_site(ctx: DemoContext) -> None:
    """Locales, the home page as the site root (replacing Wagtail's welcome page), settings, admin."""
    from core.models import OrganisationSettings

    ctx.vietnamese, ctx.english  # noqa: B018 - make sure both locales exist
    home = ctx.home_page()
    site = Site.objects.filter(is_default_site=True).first()
    if home is None:
        root = Page.get_first_root_node()
        welcome = (
            Page.objects.child_of(root)
            .filter(content_type=ContentType.objects.get_for_model(Page), title=WELCOME_PAGE_TITLE)
            .first()
        )
        if welcome is not None:  # free the "home" slug; the page is deleted below
            welcome.slug = "welcome-to-wagtail"
            welcome.save()
        home = HomePageFactory(
            parent=root, title="Trang chủ", slug="home", seo_title=SITE_NAME, intro=HOME_INTRO
        )
        ctx.note("trang")
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.save()
        if welcome is not None and not welcome.get_children().exists():
            welcome.delete()
    site.site_name = site.site_name or SITE_NAME
    site.save()

    OrganisationSettings.objects.get_or_create(
        site=site,
        defaults={
            "address": "Số 1 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn",
            "phone": "0205 3812 345",
            "email": "mttq@langson.gov.vn",
            "footer_text": (
                "<p>Cơ quan chủ quản: Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn. "
                "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p>"
            ),
            "footer_text_en": (
                "<p>Managed by the Vietnam Fatherland Front Committee of Lạng Sơn Province. "
                "Please cite the source when republishing information from this portal.</p>"
            ),
        },
    )

    User = get_user_model()
    if not User.objects.filter(username=ADMIN_USERNAME).exists():
        User.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", ADMIN_PASSWORD)
        ctx.note("tài khoản quản trị")

    ctx.translate(
        home, {"Trang chủ": "Home", SITE_NAME: "VFF Lạng Sơn emulation portal", HOME_INTRO: HOME_INTRO_EN}
    )


ABOUT_INTRO = (
    "Cổng thông tin thi đua do Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn xây dựng để công khai kế hoạch, "
    "tiến độ và kết quả các đợt thi đua trong hệ thống Mặt trận các cấp."
)
ABOUT_PARAGRAPHS = [
    "Mặt trận Tổ quốc Việt Nam là tổ chức liên minh chính trị, liên hiệp tự nguyện của tổ chức "
    "chính trị, các tổ chức chính trị - xã hội, tổ chức xã hội và các cá nhân tiêu biểu trong các "
    "giai cấp, tầng lớp xã hội, dân tộc, tôn giáo và người Việt Nam định cư ở nước ngoài.",
    "Trên cổng, người dân theo dõi được kế hoạch và chủ đề của từng đợt thi đua, tin bài tuyên "
    "truyền, các công trình, phần việc chào mừng đã được nghiệm thu và các tập thể, cá nhân tiêu "
    "biểu được khen thưởng.",
    "Cán bộ Mặt trận các cấp dùng phần quản trị để đăng ký thi đua, đăng ký công trình, gửi hồ sơ "
    "đề nghị khen thưởng và báo cáo tổng kết đúng thời hạn.",
]
DEMO_NOTICE = (
    "Bản chạy thử: các tin bài, công trình, điển hình và số liệu trên cổng là dữ liệu minh họa; "
    "nội dung kế hoạch thi đua năm 2020 được trích từ văn bản gốc."
)
CONTACT_INTRO = (
    "Mọi ý kiến, đóng góp về các đợt thi đua xin gửi về Văn phòng Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."
)


def load_standard_pages(ctx: DemoContext) -> None:
    """The about and contact pages, last in the menu, with their English translations."""
    home = ctx.home_page()
    pages = [
        {
            "title": "Giới thiệu",
            "slug": "gioi-thieu",
            "intro": ABOUT_INTRO,
            "body": [{"type": "heading", "value": {"text": "Về cổng thông tin", "level": "h2"}}]
            + [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in ABOUT_PARAGRAPHS]
            + [{"type": "paragraph", "value": f"<p><i>{escape(DEMO_NOTICE)}</i></p>"}],
            "show_contact_details": False,
            "english": {
                "Giới thiệu": "About",
                ABOUT_INTRO: "The emulation portal built by the Vietnam Fatherland Front Committee of "
                "Lạng Sơn province to publish the plans, progress and results of emulation campaigns "
                "across the Front's committees.",
                "Về cổng thông tin": "About the portal",
            },
        },
        {
            "title": "Liên hệ",
            "slug": "lien-he",
            "intro": CONTACT_INTRO,
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 "
                    "đến 16 giờ 30, từ thứ Hai đến thứ Sáu.</p>",
                }
            ],
            "show_contact_details": True,
            "english": {
                "Liên hệ": "Contact",
                CONTACT_INTRO: "Please send your comments on the emulation campaigns to the Office of "
                "the Vietnam Fatherland Front Committee of Lạng Sơn province.",
            },
        },
    ]
    for spec in pages:
        english = spec.pop("english")
        page = home.get_children().filter(slug=spec["slug"]).specific().first()
        if page is None:
            page = StandardPageFactory(parent=home, show_in_menus=True, **spec)
            ctx.note("trang")
        ctx.translate(page, english)


# Each runs in its own transaction (``manage.py load_demo``). The site first; the about and
# contact pages last, so that the main menu ends with them.
LOADERS = (
    load_site,
    campaigns_demo.load,
    exemplars_demo.load,
    intranet_demo.load,
    nominations_demo.load,
    load_standard_pages,
)
