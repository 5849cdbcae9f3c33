"""What the public may see of translatable snippets, in the visitor's language.

A work or exemplar shows in the visitor's locale when it has been translated, and in
its Vietnamese original otherwise, so the English site never looks emptier than the
Vietnamese one.
"""

from django.db import models
from django.db.models import Exists, OuterRef

from wagtail.models import Locale


class PublicTranslatableQuerySet(models.QuerySet):
    def in_locale_with_fallback(self, locale: Locale | None = None):
        locale = locale or Locale.get_active()
        default = Locale.get_default()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        translated = self.model.objects.filter(
            locale=locale, translation_key=OuterRef("translation_key"), live=True
        )
        return self.filter(models.Q(locale=locale) | (models.Q(locale=default) & ~Exists(translated)))
