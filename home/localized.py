"""Reference data (units, award types) keeps its English name beside the Vietnamese one.

Such rows are shared by both languages and referenced by foreign keys from every
locale, so they are not wagtail-localize translatable objects (that would give each
locale its own row and split quotas and statistics); pages and public snippets are.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class BilingualNameMixin(models.Model):
    name = models.CharField(max_length=255, verbose_name=_("Tên"))
    name_en = models.CharField(
        max_length=255, blank=True, verbose_name=_("Tên tiếng Anh"),
        help_text=_("Để trống nếu giống tên tiếng Việt."),
    )

    class Meta:
        abstract = True

    @property
    def display_name(self) -> str:
        if (get_language() or "vi").startswith("en") and self.name_en:
            return self.name_en
        return self.name

    def __str__(self) -> str:
        return self.display_name
