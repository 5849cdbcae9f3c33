"""People are named in full, family name first, wherever the admin names them.

Vietnamese names read family, middle, given ("Hoàng Thị Mai"); the project keeps the
family and middle names in ``first_name`` and the given name in ``last_name``, so
Django's ``get_full_name()`` ("first last") reads right. But Django's "short name" is
``first_name`` alone, and Wagtail greets people by it: the sidebar's account menu showed
"Hoàng Thị" and notification e-mails began "Xin chào Hoàng Thị,", a form of address
nobody uses. A short name cannot be cut from a Vietnamese name by position (one calls
Mai "chị Mai", never "Hoàng Thị"), so both places show the full name.

The user model is Django's own (a custom one would mean migrating every account), so
the two places are set here, once, when the app is ready.
"""

from django.contrib.auth import get_user_model

from wagtail.admin.ui import sidebar
from wagtail.admin.utils import get_user_display_name


def full_name(user) -> str:
    """Family, middle and given name, or the username for an account without a name."""
    return get_user_display_name(user)


def install() -> None:
    """Make the short name (e-mail greetings) and the sidebar's account name the full name."""
    get_user_model().get_short_name = full_name

    wagtail_js_args = sidebar.MainMenuModule.js_args
    if getattr(wagtail_js_args, "names_in_full", False):
        return

    def js_args(module):
        args = wagtail_js_args(module)
        args[2]["name"] = full_name(module.user)
        return args

    js_args.names_in_full = True
    sidebar.MainMenuModule.js_args = js_args
