from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Tìm kiếm")

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core import public_cache

        # The promoted terms are kept in the public cache (search/promotions.py).
        post_save.connect(public_cache.bump, sender=SearchPromotion, dispatch_uid="search.promotion_saved")
        post_delete.connect(
            public_cache.bump, sender=SearchPromotion, dispatch_uid="search.promotion_deleted"
        )
