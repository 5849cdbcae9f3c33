"""A nominee's portrait reaches the image library only with consent, and officers never see it there.

The photo stays in private storage until the deciding body records a decision on a
nomination whose nominee consented; then a public copy goes to the portraits' collection, which
only editors and the province office see in the image chooser. Unit officers, reviewers
and the council choose among the works' photos. Without consent (or once it is
withdrawn) no image derived from the photo exists.
"""

import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

import pytest
from PIL import Image as PillowImage

from core.factories import ImageFactory
from exemplars.image_collections import PORTRAITS, WORK_PHOTOS, portrait_collection, work_photo_collection
from nominations.models import AwardRecord, Nomination
from tests.intranet.nominations import PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db

DECISION = {"date": "12/11/2020", "signer": "Nông Lương Chấn"}
# A commune's nomination for the provincial Front's Bằng khen: who approves, who decides.
BEFORE_THE_DECISION = ["reviewer_a1", "reviewer_a", "province_office", "council"]
DECIDER = "reviewer_province"


def portrait_bytes() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 50), (12, 140, 90)).save(buffer, "JPEG")
    return buffer.getvalue()


def decided(client, org, consent: bool):
    """A nomination with a photo, approved at every step, and the provincial board's decision on it."""
    nomination = nominate(org, "a1", PROVINCE_FRONT, photo_consent=consent, name="Hoàng Văn Chân Dung")
    nomination.photo.save("chan-dung.jpg", ContentFile(portrait_bytes()), save=False)
    nomination.save()
    nomination.save_revision()
    return through_the_chain(client, org, nomination)


def through_the_chain(client, org, nomination, **changes):
    submit(Nomination.objects.get(pk=nomination.pk), org.users["officer_a1"])
    for user in BEFORE_THE_DECISION:
        nomination = act(nomination, org.users[user])
    record(client, org, nomination, **changes)
    return nomination


def record(client, org, nomination, **changes):
    client.force_login(org.users[DECIDER])
    response = client.post(
        reverse("wagtailsnippets_nominations_nomination:decide", args=[nomination.pk]),
        {**DECISION, "honourees": [nomination.pk], **changes},
    )
    assert response.status_code == 302
    client.logout()


def images_from(nomination):
    """Images made from the nomination's photo: the publishing step names them after it."""
    return get_image_model().objects.filter(file__regex=rf"dien-hinh-{nomination.pk}(_[A-Za-z0-9]+)?\.jpg$")


def chooser_lists(client, user, image) -> bool:
    client.force_login(user)
    response = client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    client.logout()
    return reverse("wagtailimages_chooser:chosen", args=[image.pk]) in response.content.decode()


def test_the_published_portrait_is_in_the_portraits_collection(client, org):
    nomination = decided(client, org, consent=True)
    photo = AwardRecord.objects.get(nomination=nomination).exemplar.photo
    assert photo.collection.name == PORTRAITS


@pytest.mark.parametrize("user", ["officer_a", "officer_a1", "reviewer_a1", "reviewer_a", "council", DECIDER])
def test_officers_image_chooser_does_not_list_portraits(client, org, user):
    nomination = decided(client, org, consent=True)
    photo = AwardRecord.objects.get(nomination=nomination).exemplar.photo
    work_photo = ImageFactory(title="Ảnh công trình thôn Nà Pàn", collection=work_photo_collection())

    assert not chooser_lists(client, org.users[user], photo), "a portrait is none of their business"
    assert chooser_lists(client, org.users[user], work_photo), "the works' photos are their job"


@pytest.mark.parametrize("user", ["editor", "province_office"])
def test_editors_and_the_office_still_choose_portraits(client, org, user):
    nomination = decided(client, org, consent=True)
    photo = AwardRecord.objects.get(nomination=nomination).exemplar.photo
    assert chooser_lists(client, org.users[user], photo)


def test_an_officers_upload_goes_to_the_works_photos(client, org):
    client.force_login(org.users["officer_a"])
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), (46, 125, 50)).save(buffer, "PNG")
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Nhà văn hóa thôn Bản Piằng",
            "image-chooser-upload-file": SimpleUploadedFile("nha-van-hoa.png", buffer.getvalue()),
            "image-chooser-upload-collection": portrait_collection().pk,
        },
    )
    assert response.status_code == 200
    image = get_image_model().objects.get(title="Nhà văn hóa thôn Bản Piằng")
    assert image.collection.name == WORK_PHOTOS


def test_without_consent_no_image_derives_from_the_photo(client, org):
    nomination = decided(client, org, consent=False)
    assert AwardRecord.objects.get(nomination=nomination).exemplar.photo is None
    assert not images_from(nomination).exists()


def test_withdrawn_consent_removes_the_public_copy_from_the_library(client, org):
    nomination = decided(client, org, consent=True)
    assert images_from(nomination).count() == 1

    # The officer records the withdrawal; the nomination goes round its chain and is decided anew.
    withdrawn = Nomination.objects.get(pk=nomination.pk).get_latest_revision_as_object()
    withdrawn.photo_consent = False
    withdrawn.save_revision(user=org.users["officer_a1"])
    through_the_chain(client, org, nomination, date="13/11/2020")

    exemplar = AwardRecord.objects.get(nomination=nomination).exemplar
    assert exemplar.photo is None and not exemplar.photo_consent
    assert not images_from(nomination).exists()
