"""Factories for pages, images and site settings, shared by the tests and the demo command.

Pages are created the Wagtail way, as a child of a parent page (``parent.add_child``), so
that the tree, locale and URL paths are right; pass ``parent=...``. Without one, a page
goes under the default site's root page; the home page itself and the plain pages are
made by ``home.factories`` (the top app: ``default_home_page`` makes the site when there is
none). ``publish=True`` (the default) saves a revision and publishes it, as an editor
would; ``publish=False`` leaves a draft that the public must not see.
"""

import hashlib
import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Page, Site

import factory
from factory.django import DjangoModelFactory

from .demo_images import demo_image_filename, render_demo_image
from .models import OrganisationSettings
from .slugs import slugify_vi


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
        """The default site's root page: the home page, which the top app's factory makes."""
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise LookupError("No default site: make one first (home.factories.default_home_page).")
        return site.root_page.specific

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


class OrganisationSettingsFactory(DjangoModelFactory):
    class Meta:
        model = OrganisationSettings
        django_get_or_create = ("site",)

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    address = "Số 1 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn"
    phone = "0205 3812 345"
    email = "mttq@langson.gov.vn"
