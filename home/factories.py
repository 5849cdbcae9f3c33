"""Factories of the home app: the home page (made under the tree root when the site has none) and plain pages."""

from wagtail.models import Page, Site

import factory

from core.factories import PageFactory

from .models import HomePage, StandardPage


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
