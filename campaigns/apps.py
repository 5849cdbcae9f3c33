from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Đợt thi đua")

    def ready(self):
        from core import public_cache

        from .models import Unit

        # The search's district filter is kept in the public cache (search/engine.py).
        post_save.connect(public_cache.bump, sender=Unit, dispatch_uid="campaigns.unit_saved")
        post_delete.connect(public_cache.bump, sender=Unit, dispatch_uid="campaigns.unit_deleted")
