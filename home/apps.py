from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và trang chung")

    def ready(self):
        from wagtail.images import get_image_model

        from core import front_cache, lookups, public_cache
        from core.image_limits import limit_pillow, refuse_oversized_images

        lookups.register()
        public_cache.cache_locale_lookups()
        public_cache.skip_view_restriction_queries()
        public_cache.connect_signals()
        limit_pillow()
        front_cache.connect_signals()
        pre_save.connect(refuse_oversized_images, sender=get_image_model(), dispatch_uid="core.image_limits")
