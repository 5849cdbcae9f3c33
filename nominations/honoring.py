"""The honor-roll entry a decided nomination becomes: public fields only.

Used by the decision step (``nominations.decisions``): the exemplar carries the name,
position, unit, award and a summary of the achievements; the portrait is copied (re-encoded,
without its metadata, at most ``PUBLIC_PHOTO_SIDE`` a side) only with the nominee's consent,
into the portraits' collection that unit officers do not see.
"""

import io

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.html import format_html_join

from wagtail.images import get_image_model

from campaigns.models import NomineeKind
from core.image_limits import check_image_file
from exemplars.image_collections import portrait_collection
from exemplars.models import Exemplar

from .models import AwardRecord, Nomination


def achievements_html(text: str) -> str:
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]
    return format_html_join("", "<p>{}</p>", ((paragraph,) for paragraph in paragraphs))


def summary_of(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


# The public portrait needs no more: the honor roll shows it at most 800 px wide.
PUBLIC_PHOTO_SIDE = 1600


def public_photo_of(nomination: Nomination, title: str):
    """A new public image from the private photo, re-encoded (no EXIF, no original name).

    The stored photo's size is checked from its header first, so a file stored before the
    pixel limit is refused (``ValidationError``) without being decoded; the copy is at
    most ``PUBLIC_PHOTO_SIDE`` a side, and goes to the portraits' collection.
    """
    from PIL import Image as PillowImage

    with nomination.photo.open("rb") as stored:
        check_image_file(stored)
        picture = PillowImage.open(stored)
        picture.thumbnail((PUBLIC_PHOTO_SIDE, PUBLIC_PHOTO_SIDE))
        picture = picture.convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=88)
    buffer.seek(0)
    image = get_image_model()(
        title=title,
        file=ImageFile(buffer, name=f"dien-hinh-{nomination.pk}.jpg"),
        collection=portrait_collection(),
    )
    image.save()
    return image


def photo_refusal(nomination: Nomination) -> str | None:
    """Why the consented photo cannot be published (too large, unreadable), or None."""
    try:
        with nomination.photo.open("rb") as stored:
            check_image_file(stored)
    except (ValidationError, OSError) as error:
        return " ".join(getattr(error, "messages", [str(error)]))
    return None


def withdraw_portrait(exemplar: Exemplar) -> None:
    """No consent: the exemplar shows no photo, and the public copy leaves the image library.

    Only a copy this module made (in the portraits' collection) is deleted; an image an
    editor chose from the shared library stays there.
    """
    photo, exemplar.photo = exemplar.photo, None
    if photo is not None and photo.collection_id == portrait_collection().pk:
        photo.delete()


def publish_exemplar(nomination: Nomination, record: AwardRecord, user) -> Exemplar:
    """Create (or update) the honor-roll entry from the nomination's public fields, and publish it.

    The decision's number and date come from the honouree's register record.
    """
    exemplar = record.exemplar or Exemplar()
    exemplar.name = nomination.name
    exemplar.kind = nomination.kind
    exemplar.position = nomination.position if nomination.kind == NomineeKind.INDIVIDUAL else ""
    exemplar.unit = nomination.unit
    exemplar.campaign = nomination.campaign
    exemplar.award_type = nomination.award_type
    exemplar.summary = summary_of(nomination.achievements)
    exemplar.achievements = achievements_html(nomination.achievements)
    exemplar.decision_number = record.decision_number
    exemplar.decision_date = record.decision_date
    exemplar.photo_consent = bool(nomination.photo_consent and nomination.photo)
    if not exemplar.photo_consent:
        withdraw_portrait(exemplar)
    elif exemplar.photo is None:
        try:
            exemplar.photo = public_photo_of(nomination, nomination.name)
        except ValidationError:
            pass  # the decision stands; the honoree is shown without a photo (see photo_refusal)
    if exemplar.pk is None:
        exemplar.live = False
    exemplar.save()
    exemplar.works.set(nomination.works.filter(live=True))
    # Recording the decision is the authority to publish its honoree, whoever decides.
    exemplar.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    return exemplar
