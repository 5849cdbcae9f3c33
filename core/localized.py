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
        max_length=255,
        blank=True,
        verbose_name=_("Tên tiếng Anh"),
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


# -- Vietnamese text on pages in another language --------------------------------------------
VIETNAMESE_SHARE = 0.4
"""Share of words carrying a Vietnamese mark (or đ) above which a text reads as Vietnamese.

Vietnamese prose marks most of its words; English text marks only the place and people's
names it quotes ("the Front of Lạng Sơn province" has two marked words in six).
"""


def looks_vietnamese(text) -> bool:
    """True when ``text`` (plain or HTML) is Vietnamese rather than a translation.

    Used to mark untranslated text ``lang="vi"`` on the English site, so that screen
    readers read it with Vietnamese sounds: an untranslated field keeps its Vietnamese
    words, whatever the model, row or block it comes from, which no list of translated
    fields could follow. Names (of people, units, places) count as Vietnamese, and should.
    """
    from django.utils.html import strip_tags

    from .folding import has_diacritics, words

    found = words(strip_tags(str(text or "")))
    letters = [word for word in found if not word.isdigit()]
    if not letters:
        return False
    marked = sum(1 for word in letters if has_diacritics(word))
    return marked / len(letters) >= VIETNAMESE_SHARE
