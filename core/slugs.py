"""Slugs for Vietnamese titles.

Django's ``slugify`` drops "đ" (it has no ASCII decomposition), turning "Đình Lập" into
"inh-lap"; the Latin letters go through anyascii first (the same table as search
folding), so slugs stay readable: "dinh-lap".
"""

from django.utils.text import slugify

from wagtail.models import Locale

from .folding import unmark


def slugify_vi(text: str, max_length: int = 80) -> str:
    """A URL slug for ``text``: "Đình Lập" → "dinh-lap", at most ``max_length`` long."""
    slug = slugify(unmark(text))
    return slug[:max_length].rstrip("-")


def unique_slug(model, text: str, exclude_pk=None, max_length: int = 80, **scope) -> str:
    """A slug for ``text`` not yet taken by another ``model`` row within ``scope``.

    Officers should not have to invent URL fragments: works and exemplars get theirs
    from their name, with "-2", "-3"... when the name is already used.
    """
    base = slugify_vi(text, max_length) or model._meta.model_name
    taken = set(
        model._default_manager.filter(slug__startswith=base, **scope)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


class SlugFromNameMixin:
    """Gives a translatable model a slug from its name when saved without one.

    The slug is unique within the row's language (``unique_slug``). ``slug_source``
    names the field it is made from. Put the mixin first among the model's bases.
    """

    slug_source = "title"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                type(self),
                getattr(self, self.slug_source),
                exclude_pk=self.pk,
                locale_id=self.locale_id or Locale.get_default().pk,
            )
        super().save(*args, **kwargs)
