"""The demo site: what ``manage.py load_demo`` shares between apps, and the home app's part.

``home`` may not import the apps to its right, so each app contributes its own demo data
through the ``DEMO_DATA_HOOK`` Wagtail hook (registered in its ``wagtail_hooks.py``, run
in ``order``) and receives a ``DemoContext``: output, a seeded random generator, an image
cache and a translation helper. Every loader creates only what is missing, keyed on slugs
and codes, so running the command twice leaves the same data.
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from .factories import HomePageFactory, ImageFactory, StandardPageFactory
from .models import DEMO_DATA_HOOK  # noqa: F401 - re-exported for the loaders

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


@dataclass
class DemoContext:
    """What every demo loader gets: output, randomness, images and translations."""

    stdout: object = None
    verbosity: int = 1
    rng: random.Random = field(default_factory=lambda: random.Random(2020))
    created: Counter = field(default_factory=Counter)
    # Demo logins the command lists at the end: dicts of username, role, unit, password.
    accounts: list = field(default_factory=list)
    # Lines the command prints after the accounts (where to go, what to try).
    notes: list = field(default_factory=list)

    def log(self, message: str) -> None:
        if self.stdout is not None and self.verbosity >= 2:
            self.stdout.write(message)

    def note(self, kind: str, count: int = 1) -> None:
        if count:
            self.created[kind] += count

    def account(self, username: str, role: str, unit: str, password: str | None) -> None:
        """List a demo login in the command's summary (``password=None``: changed since)."""
        self.accounts.append(
            {"username": username, "role": str(role), "unit": str(unit), "password": password}
        )

    @cached_property
    def vietnamese(self) -> Locale:
        return Locale.objects.get_or_create(language_code="vi")[0]

    @cached_property
    def english(self) -> Locale:
        return Locale.objects.get_or_create(language_code="en")[0]

    def home_page(self):
        from .models import HomePage

        return HomePage.objects.filter(locale=self.vietnamese, depth=2).first()

    # -- images ---------------------------------------------------------------
    @cached_property
    def _images(self) -> dict:
        return {image.title: image for image in get_image_model().objects.order_by("pk")}

    def image(
        self,
        title: str,
        motif: str | None = None,
        palette: str | None = None,
        caption: str | None = "",
        collection=None,
    ):
        """The image titled ``title``, drawn and saved the first time only (in ``collection``, else the root)."""
        if title not in self._images:
            where = {"collection": collection} if collection is not None else {}
            self._images[title] = ImageFactory(
                title=title, motif=motif, palette=palette, caption=caption, **where
            )
            self.note("ảnh")
        return self._images[title]

    # -- translations -----------------------------------------------------------
    def translate(self, instance, strings: dict[str, str]):
        """The English translation of ``instance``, made the way the admin makes it.

        The English texts go into wagtail-localize's translation memory (one entry per
        source string), then a synced translation is created and published; strings left
        out fall back to the Vietnamese. Editors can refine them in the translation editor.
        An existing translation is returned untouched.
        """
        existing = instance.get_translation_or_none(self.english)
        if existing is not None:
            return existing
        from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

        source, _ = TranslationSource.update_or_create_from_instance(instance)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            english = strings.get(segment.string.data)
            if english:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=self.english,
                    context=segment.context,
                    defaults={"data": english, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        translation, _ = Translation.objects.update_or_create(
            source=source, target_locale=self.english, defaults={"enabled": True}
        )
        self.note("bản dịch tiếng Anh")
        return self._save_and_publish(translation, instance)

    def refresh_translation(self, instance) -> None:
        """Re-sync an existing translation after the source changed (e.g. a new page link)."""
        from wagtail_localize.models import Translation, TranslationSource

        source, _ = TranslationSource.update_or_create_from_instance(instance)
        translation = Translation.objects.filter(source=source, target_locale=self.english).first()
        if translation is not None:
            self._save_and_publish(translation, instance)

    def _save_and_publish(self, translation, instance):
        """Save the translation as a draft revision, then publish that revision at once.

        ``save_target(publish=True)`` defers publishing to the end of the transaction with
        the page object as it was then; pages added under it in the meantime would be lost
        from its ``numchild`` (the tree would look childless). Publishing a revision freshly
        read from the database avoids that.
        """
        translation.save_target(publish=False)
        translated = instance.get_translation(self.english)
        translated.get_latest_revision().publish()
        return instance.get_translation(self.english)


def publish(page) -> None:
    """Publish the page's current state as a new revision, as the Publish button does."""
    page.save_revision().publish()


# -- the home app's loaders ------------------------------------------------------
def load_site(ctx: DemoContext) -> None:
    """Locales, the home page as the site root (replacing Wagtail's welcome page), settings, admin."""
    from .models import OrganisationSettings

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
