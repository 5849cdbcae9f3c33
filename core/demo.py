"""What every app's demo loader gets from ``manage.py load_demo`` (``home.demo`` runs them in order).

A ``DemoContext`` carries output, a seeded random generator, an image cache and a
translation helper. Every loader creates only what is missing, keyed on slugs and codes,
so running the command twice leaves the same data.
"""

import random
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from .factories import ImageFactory


@dataclass
class DemoContext:
    """What every demo loader gets: output, randomness, images and translations."""

    stdout: object = None
    verbosity: int = 1
    rng: random.Random = field(default_factory=lambda: random.Random(2020))
    created: Counter = field(default_factory=Counter)
    # Demo logins the command lists at the end: dicts of username, role, unit, password.
    accounts: list = field(default_factory=list)
    # Lines the command prints after the accounts (where to go, what to try).
    notes: list = field(default_factory=list)

    def log(self, message: str) -> None:
        if self.stdout is not None and self.verbosity >= 2:
            self.stdout.write(message)

    def note(self, kind: str, count: int = 1) -> None:
        if count:
            self.created[kind] += count

    def account(self, username: str, role: str, unit: str, password: str | None) -> None:
        """List a demo login in the command's summary (``password=None``: changed since)."""
        self.accounts.append(
            {"username": username, "role": str(role), "unit": str(unit), "password": password}
        )

    @cached_property
    def vietnamese(self) -> Locale:
        return Locale.objects.get_or_create(language_code="vi")[0]

    @cached_property
    def english(self) -> Locale:
        return Locale.objects.get_or_create(language_code="en")[0]

    def home_page(self):
        """The Vietnamese home page (the tree's first level), made by the home app's loader first.

        Wagtail's plain welcome page, there before the loader replaces it, is not one.
        """
        page = Page.objects.filter(locale=self.vietnamese, depth=2).not_exact_type(Page).first()
        return page.specific if page is not None else None

    # -- images ---------------------------------------------------------------
    @cached_property
    def _images(self) -> dict:
        return {image.title: image for image in get_image_model().objects.order_by("pk")}

    def image(
        self,
        title: str,
        motif: str | None = None,
        palette: str | None = None,
        caption: str | None = "",
        collection=None,
    ):
        """The image titled ``title``, drawn and saved the first time only (in ``collection``, else the root)."""
        if title not in self._images:
            where = {"collection": collection} if collection is not None else {}
            self._images[title] = ImageFactory(
                title=title, motif=motif, palette=palette, caption=caption, **where
            )
            self.note("ảnh")
        return self._images[title]

    # -- translations -----------------------------------------------------------
    def translate(self, instance, strings: dict[str, str]):
        """The English translation of ``instance``, made the way the admin makes it.

        The English texts go into wagtail-localize's translation memory (one entry per
        source string), then a synced translation is created and published; strings left
        out fall back to the Vietnamese. Editors can refine them in the translation editor.
        An existing translation is returned untouched.
        """
        existing = instance.get_translation_or_none(self.english)
        if existing is not None:
            return existing
        from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

        source, _ = TranslationSource.update_or_create_from_instance(instance)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            english = strings.get(segment.string.data)
            if english:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=self.english,
                    context=segment.context,
                    defaults={"data": english, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        translation, _ = Translation.objects.update_or_create(
            source=source, target_locale=self.english, defaults={"enabled": True}
        )
        self.note("bản dịch tiếng Anh")
        return self._save_and_publish(translation, instance)

    def refresh_translation(self, instance) -> None:
        """Re-sync an existing translation after the source changed (e.g. a new page link)."""
        from wagtail_localize.models import Translation, TranslationSource

        source, _ = TranslationSource.update_or_create_from_instance(instance)
        translation = Translation.objects.filter(source=source, target_locale=self.english).first()
        if translation is not None:
            self._save_and_publish(translation, instance)

    def _save_and_publish(self, translation, instance):
        """Save the translation as a draft revision, then publish that revision at once.

        ``save_target(publish=True)`` defers publishing to the end of the transaction with
        the page object as it was then; pages added under it in the meantime would be lost
        from its ``numchild`` (the tree would look childless). Publishing a revision freshly
        read from the database avoids that.
        """
        translation.save_target(publish=False)
        translated = instance.get_translation(self.english)
        translated.get_latest_revision().publish()
        return instance.get_translation(self.english)


def publish(page) -> None:
    """Publish the page's current state as a new revision, as the Publish button does."""
    page.save_revision().publish()
