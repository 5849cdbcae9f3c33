from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntranetConfig(AppConfig):
    name = "intranet"
    verbose_name = _("Mạng nội bộ")

    def ready(self):
        from . import audit  # noqa: F401 - connects the login signal receivers
        from .review_notifications import connect

        connect()  # e-mails to the unit above when a record reaches its review
