"""One pixel limit for every picture, on every way in, refused before it is decoded.

A 17 KB PNG can declare 12,000 × 12,000 pixels: decoding it takes hundreds of megabytes
and seconds. Whether an officer attaches it as a nominee's photo, uploads it for a work
through the image chooser, an editor uploads it for the honor roll, or it was stored
before the limit and the decision publishes the exemplar, it is refused with a message in
Vietnamese, and the server's memory barely moves. 6,000 × 5,000 is just over the limit
(25 million pixels), and under Wagtail's own default.
"""

import io

from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

import pytest
from PIL import Image as PillowImage

from campaigns.models import AwardType, NomineeKind
from core.private_files import PrivateFileValidator, PrivateImageValidator
from exemplars.models import Exemplar
from nominations.models import Nomination
from tests.image_bombs import MEMORY_BOUND, huge_png, peak_memory_growth

from .nominations import DISTRICT, PROVINCE_FRONT, act, add_url, nominate, submit

# A commune's nomination for the provincial Front's Bằng khen: who approves, who decides.
BEFORE_THE_DECISION = ["reviewer_a1", "reviewer_a", "province_office", "council"]
DECIDER = "reviewer_province"

pytestmark = pytest.mark.django_db

SIZES = [(12_000, 12_000), (6_000, 5_000)]
REFUSED = "Ảnh quá lớn"
WAGTAIL_REFUSED = "Ảnh có quá nhiều điểm ảnh"


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def bomb(request) -> bytes:
    return huge_png(*request.param)


def small_png() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (60, 80), (200, 16, 46)).save(buffer, "PNG")
    return buffer.getvalue()


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_bomb_is_a_small_file():
    assert len(huge_png(12_000, 12_000)) < 20_000


# -- a nominee's private photo -----------------------------------------------------------------
@pytest.mark.parametrize(
    "validator", [PrivateImageValidator(), PrivateFileValidator()], ids=["photo", "document"]
)
def test_private_uploads_refuse_the_picture_from_its_header(bomb, validator):
    error, growth = peak_memory_growth(lambda: validator(SimpleUploadedFile("anh.png", bomb)))
    assert isinstance(error, ValidationError)
    assert REFUSED in " ".join(error.messages)
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


def test_a_normal_photo_still_passes():
    PrivateImageValidator()(SimpleUploadedFile("anh.png", small_png()))


def test_the_officer_attaching_the_picture_to_a_nomination_is_told_why(client, org, bomb):
    client.force_login(org.users["officer_a1"])
    data = {
        "campaign": org.site.campaign.pk,
        "unit": org.units["a1"].pk,
        "award_type": AwardType.objects.get(slug=DISTRICT).pk,
        "kind": NomineeKind.INDIVIDUAL,
        "name": "Lương Thị Ảnh Lớn",
        "achievements": "Vận động 45 hộ hiến đất làm đường.",
        "photo": SimpleUploadedFile("anh.png", bomb, content_type="image/png"),
    }
    response, growth = peak_memory_growth(lambda: client.post(add_url(), data))
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not Nomination.objects.filter(name="Lương Thị Ảnh Lớn").exists()
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


# -- Wagtail's image uploads -------------------------------------------------------------------
def test_an_officer_uploading_a_work_photo_in_the_chooser_is_refused(client, org, bomb):
    client.force_login(org.users["officer_a"])
    data = {
        "image-chooser-upload-title": "Ảnh công trình quá lớn",
        "image-chooser-upload-file": SimpleUploadedFile("cong-trinh.png", bomb, content_type="image/png"),
    }
    response, growth = peak_memory_growth(lambda: client.post(reverse("wagtailimages_chooser:create"), data))
    assert response.status_code == 200
    assert WAGTAIL_REFUSED in response.json()["htmlFragment"]
    assert not get_image_model().objects.filter(title="Ảnh công trình quá lớn").exists()
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


def test_an_editor_uploading_an_exemplar_photo_is_refused(client, org, bomb):
    client.force_login(org.users["editor"])
    data = {
        "title": "Ảnh điển hình quá lớn",
        "file": SimpleUploadedFile("anh.png", bomb, content_type="image/png"),
    }
    response, growth = peak_memory_growth(lambda: client.post(reverse("wagtailimages:add"), data))
    assert response.status_code == 200
    assert WAGTAIL_REFUSED in response.content.decode()
    assert not get_image_model().objects.filter(title="Ảnh điển hình quá lớn").exists()
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


def test_code_cannot_create_such_an_image_either(bomb):
    def create():
        get_image_model()(title="Ảnh tạo bằng mã", file=ImageFile(io.BytesIO(bomb), name="ma.png")).save()

    error, growth = peak_memory_growth(create)
    assert isinstance(error, Exception) and not isinstance(error, AssertionError)
    assert not get_image_model().objects.filter(title="Ảnh tạo bằng mã").exists()
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


# -- publishing a photo stored before the limit -----------------------------------------------
def test_publishing_a_stored_oversized_photo_keeps_the_decision_and_says_why(client, org, bomb):
    nomination = nominate(org, "a1", PROVINCE_FRONT, photo_consent=True, name="Hoàng Văn Ảnh Cũ")
    submit(nomination, org.users["officer_a1"])
    for user in BEFORE_THE_DECISION:
        nomination = act(nomination, org.users[user])
    # A photo stored before the limit existed: straight into storage, past every validator,
    # in the nomination and in the revision the decision publishes.
    stored = nomination.photo.storage.save(
        f"nomination/{nomination.unit.code}/cu/chan-dung.png", ContentFile(bomb)
    )
    Nomination.objects.filter(pk=nomination.pk).update(photo=stored)
    revision = nomination.latest_revision
    revision.content["photo"] = stored
    revision.save(update_fields=["content"])
    images_before = get_image_model().objects.count()
    client.force_login(org.users[DECIDER])
    decide = reverse("wagtailsnippets_nominations_nomination:decide", args=[nomination.pk])
    decision = {"date": "12/11/2020", "signer": "Nông Lương Chấn", "honourees": [nomination.pk]}

    response, growth = peak_memory_growth(lambda: client.post(decide, decision))

    assert response.status_code == 302
    assert any(REFUSED in message for message in messages_of(response)), messages_of(response)
    exemplar = Exemplar.objects.get(name="Hoàng Văn Ảnh Cũ")
    assert exemplar.live and exemplar.photo is None, "honored, without the photo"
    assert get_image_model().objects.count() == images_before
    assert growth < MEMORY_BOUND, f"{growth / 2**20:.0f} MB"


def test_a_published_photo_is_no_larger_than_the_page_needs(client, org):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (4000, 3000), (12, 140, 90)).save(buffer, "JPEG")
    nomination = nominate(org, "a1", PROVINCE_FRONT, photo_consent=True, name="Hoàng Văn Ảnh Vừa")
    nomination.photo.save("chan-dung.jpg", ContentFile(buffer.getvalue()), save=False)
    nomination.save()
    nomination.save_revision()
    submit(nomination, org.users["officer_a1"])
    for user in BEFORE_THE_DECISION:
        nomination = act(nomination, org.users[user])
    client.force_login(org.users[DECIDER])
    decide = reverse("wagtailsnippets_nominations_nomination:decide", args=[nomination.pk])
    client.post(decide, {"date": "12/11/2020", "signer": "Nông Lương Chấn", "honourees": [nomination.pk]})
    photo = Exemplar.objects.get(name="Hoàng Văn Ảnh Vừa").photo
    assert max(photo.width, photo.height) <= 1600
