"""Factories for pages, images and site settings, shared by the tests and the demo command.

Pages are created the Wagtail way, as a child of a parent page (``parent.add_child``), so
that the tree, locale and URL paths are right; pass ``parent=...``. Without one, a page
goes under the default site's home page, created and made the site root if needed, so
``page.url`` works in tests. ``publish=True`` (the default) saves a revision and publishes
it, as an editor would; ``publish=False`` leaves a draft that the public must not see.
"""

import hashlib
import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Page, Site

import factory
from factory.django import DjangoModelFactory

from core.demo_images import demo_image_filename, render_demo_image
from core.slugs import slugify_vi

from .models import HomePage, OrganisationSettings, StandardPage


def default_home_page() -> HomePage:
    """The default site's home page; created under the tree root when there is none."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        root = site.root_page.specific
        if isinstance(root, HomePage):
            return root
    home = HomePageFactory(parent=Page.get_first_root_node())
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


class ImageFactory(DjangoModelFactory):
    """A Wagtail image drawn by Pillow (see ``core.demo_images``): no download, no fixture file.

    ``ImageFactory(title=..., motif="house", palette="green", caption="")``; the same title
    gives the same picture. ``caption=None`` writes the title on the picture, ``""`` nothing.
    """

    class Meta:
        model = get_image_model()

    class Params:
        motif = None
        palette = None
        caption = None

    title = factory.Sequence(lambda n: f"Ảnh minh họa số {n + 1}")
    file = factory.LazyAttribute(
        lambda o: ImageFile(
            io.BytesIO(render_demo_image(o.title, o.caption, o.motif, o.palette)),
            name=demo_image_filename(o.title),
        )
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Wagtail's upload form fills size and hash; objects created in code must do it.
        data = kwargs["file"].file.getvalue()
        kwargs.setdefault("file_size", len(data))
        kwargs.setdefault("file_hash", hashlib.sha1(data).hexdigest())  # noqa: S324 - Wagtail's own choice
        return super()._create(model_class, *args, **kwargs)


class PageFactory(DjangoModelFactory):
    """Base for page factories: ``parent`` and ``publish`` are options, not model fields."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Trang {n + 1}")
    slug = factory.LazyAttribute(lambda o: slugify_vi(o.title) or "trang")

    @classmethod
    def default_parent(cls) -> Page:
        return default_home_page()

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        kwargs.pop("publish", None)
        return cls._instantiate(model_class, kwargs)

    @classmethod
    def _instantiate(cls, model_class, kwargs):
        """The unsaved page; subclasses attach tags or child rows here."""
        return model_class(**kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent", None) or cls.default_parent()
        publish = kwargs.pop("publish", True)
        page = cls._instantiate(model_class, kwargs)
        if not publish:
            page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: "Trang chủ" if n == 0 else f"Trang chủ {n + 1}")
    slug = factory.Sequence(lambda n: f"trang-chu-{n + 1}")
    intro = "Cổng thông tin thi đua của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."

    @classmethod
    def default_parent(cls) -> Page:
        return Page.get_first_root_node()


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Trang nội dung {n + 1}")
    intro = "Trang thông tin của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."
    body = factory.LazyAttribute(
        lambda o: [{"type": "paragraph", "value": f"<p>Nội dung trang {o.title}.</p>"}]
    )
    show_contact_details = False


class OrganisationSettingsFactory(DjangoModelFactory):
    class Meta:
        model = OrganisationSettings
        django_get_or_create = ("site",)

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    address = "Số 1 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
    phone = "0205 3812 345"
    email = "mttq@langson.gov.vn"
