from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom layer: parts every app uses; it imports none of them."""

    name = "core"
    verbose_name = _("Phần dùng chung")

    def ready(self):
        from wagtail.images import get_image_model

        from . import front_cache, lookups, public_cache
        from .image_limits import limit_pillow, refuse_oversized_images

        lookups.register()
        public_cache.cache_locale_lookups()
        public_cache.skip_view_restriction_queries()
        public_cache.connect_signals()
        limit_pillow()
        front_cache.connect_signals()
        pre_save.connect(refuse_oversized_images, sender=get_image_model(), dispatch_uid="core.image_limits")
