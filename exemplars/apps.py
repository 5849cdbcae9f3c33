from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExemplarsConfig(AppConfig):
    name = "exemplars"
    verbose_name = _("Công trình và điển hình")

    def ready(self):
        from .front_cache import connect_signals

        connect_signals()
