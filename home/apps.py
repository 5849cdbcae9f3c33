from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The top layer: the home page, plain pages, the sitemap and the demo loader."""

    name = "home"
    verbose_name = _("Trang chủ và trang chung")
