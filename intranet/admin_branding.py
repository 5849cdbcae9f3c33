"""The admin as the Front's own: its stylesheet, and a help menu that leads to our guide.

The sign-in page, the sidebar and the tab titles carry the committee's name and emblem
through template overrides (``intranet/templates/wagtailadmin/``); this module adds
their stylesheet to every admin page and reshapes Wagtail's help menu: Wagtail's
English guide and release notes go, the portal's own guide comes in — the intranet
article in which each role reads what to do (made by ``manage.py load_demo``, found by
its slug). Without that article the menu leads to the members' section, which lists
the guidance there is.
"""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import public_cache

USER_GUIDE_SLUG = "huong-dan-su-dung"
USER_GUIDE_MENU_NAME = "user-guide"
# Wagtail's help items that lead to its own English pages (the "what's new" one is
# named after the version, hence a prefix).
WAGTAIL_HELP_PREFIXES = ("whats-new-in-wagtail", "editor-guide")


def user_guide_url() -> str | None:
    """The guide's address on the intranet, else the intranet home's, else None.

    Every admin screen shows it (the help menu is built twice per page); it changes only
    when a page is saved, moved or deleted, which starts a new generation of the cache.
    """
    from .models import IntranetArticlePage, IntranetPage

    def find() -> str | None:
        for model, filters in ((IntranetArticlePage, {"slug": USER_GUIDE_SLUG}), (IntranetPage, {})):
            page = model.objects.live().filter(locale__language_code="vi", **filters).first()
            if page is not None:
                return page.url
        return None

    return public_cache.remember("user-guide-url", find)


@hooks.register("insert_global_admin_css")
def branding_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-branding.css"))


@hooks.register("construct_help_menu")
def our_guide_instead_of_wagtails(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_PREFIXES)]
    url = user_guide_url()
    if url:
        menu_items.insert(
            0, MenuItem(_("Hướng dẫn sử dụng"), url, name=USER_GUIDE_MENU_NAME, icon_name="help", order=0)
        )
