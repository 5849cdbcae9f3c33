"""The deciding body records its decision and, in the same action, publishes the honor-roll entry.

The decision screen opens only at a chain's decision step, for that step's members: here
the provincial standing board, for the provincial Front's Bằng khen of a commune's nominee.

The exemplar carries public fields only: name, position, unit, campaign, award, the
achievements, the decision; the photo only with the nominee's consent, and then as a new
public image (re-encoded, under a neutral name), never the private file itself.
"""

import io

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from PIL import Image as PillowImage

from campaigns.models import NomineeKind
from exemplars.models import Exemplar
from nominations.decisions import DECISION_ACTION
from nominations.models import AwardRecord, Nomination
from tests.intranet.nominations import DISTRICT, PROVINCE_FRONT, act, edit_url, nominate, submit

pytestmark = pytest.mark.django_db

DECISION = {"date": "12/11/2020", "signer": "Nông Lương Chấn", "signer_title": "Chủ tịch"}
# Who takes the chain's steps before the decision, and who decides.
BEFORE_THE_DECISION = ["reviewer_a1", "reviewer_a", "province_office", "council"]
DECIDER = "reviewer_province"


def photo_bytes() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 50), (12, 140, 90)).save(buffer, "JPEG", exif=b"Exif\x00\x00MM\x00*")
    return buffer.getvalue()


def at_decision(org, consent: bool, kind=NomineeKind.INDIVIDUAL, **fields):
    """A commune's nomination that every step before the decision has approved."""
    from django.core.files.base import ContentFile

    nomination = nominate(org, "a1", PROVINCE_FRONT, kind, photo_consent=consent, **fields)
    if kind == NomineeKind.INDIVIDUAL:
        nomination.photo.save("chan-dung-hoang-van-thang.jpg", ContentFile(photo_bytes()), save=False)
        nomination.save()
        nomination.save_revision()
    submit(nomination, org.users["officer_a1"])
    for user in BEFORE_THE_DECISION:
        nomination = act(nomination, org.users[user])
    assert not nomination.live, "only the decision publishes"
    return nomination


def decide_url(nomination) -> str:
    return reverse("wagtailsnippets_nominations_nomination:decide", args=[nomination.pk])


def test_the_deciding_board_records_the_decision_and_publishes_the_exemplar(client, org):
    nomination = at_decision(
        org, consent=False, name="Hoàng Văn Thắng", position="Chủ tịch Ủy ban MTTQ thị trấn"
    )
    client.force_login(org.users[DECIDER])
    assert "Ghi quyết định và công bố" in client.get(edit_url(nomination)).content.decode()
    assert client.get(decide_url(nomination)).status_code == 200

    response = client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]})
    assert response.status_code == 302
    record = AwardRecord.objects.get(nomination=nomination)
    decision = record.decision
    assert (decision.number, decision.signer, decision.recorded_by) == (
        "1/QĐ-MTTQ-BTT",
        "Nông Lương Chấn",
        org.users[DECIDER],
    ), "the province board's first number of 2020, from its number register"
    assert response.url == reverse("nominations_decisions:detail", args=[decision.pk])
    assert Nomination.objects.get(pk=nomination.pk).live, "the decision ends the chain and publishes"
    exemplar = record.exemplar
    assert exemplar.live and exemplar.name == "Hoàng Văn Thắng"
    assert exemplar.position == "Chủ tịch Ủy ban MTTQ thị trấn"
    assert (exemplar.unit, exemplar.campaign, exemplar.award_type) == (
        nomination.unit,
        nomination.campaign,
        nomination.award_type,
    )
    assert exemplar.decision_number == "1/QĐ-MTTQ-BTT" and exemplar.decision_date.isoformat() == "2020-11-12"
    assert exemplar.summary and nomination.achievements.split(";")[0] in exemplar.achievements
    assert exemplar.photo is None and not exemplar.photo_consent, "no consent, no photo"
    assert ModelLogEntry.objects.filter(action=DECISION_ACTION, object_id=str(nomination.pk)).exists()

    public = client.get(exemplar.get_url())
    assert public.status_code == 200 and "Hoàng Văn Thắng" in public.content.decode()


def test_the_photo_is_published_only_with_consent_as_a_new_clean_image(client, org):
    nomination = at_decision(org, consent=True, name="Lương Thị Hoa")
    client.force_login(org.users[DECIDER])
    client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]})
    photo = AwardRecord.objects.get(nomination=nomination).exemplar.photo
    assert photo is not None
    assert "chan-dung" not in photo.file.name and photo.file.name.startswith("original_images/dien-hinh-")
    with photo.file.open("rb") as published:
        content = published.read()
    assert content != photo_bytes(), "re-encoded, not the private file"
    assert "exif" not in PillowImage.open(io.BytesIO(content)).info


def test_recording_again_updates_the_same_exemplar(client, org):
    """Decided, then resubmitted by its officer and decided anew: still one honor-roll entry."""
    nomination = at_decision(org, consent=False)
    client.force_login(org.users[DECIDER])
    client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]})
    response = client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]}, follow=True)
    assert "chưa đến bước quyết định" in response.content.decode(), "the chain is over: nothing to decide"
    first = AwardRecord.objects.get(nomination=nomination)
    assert first.decision_number == "1/QĐ-MTTQ-BTT"

    submit(Nomination.objects.get(pk=nomination.pk), org.users["officer_a1"])
    for user in BEFORE_THE_DECISION:
        nomination = act(nomination, org.users[user])
    client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]})
    assert Exemplar.objects.filter(name=nomination.name).count() == 1
    assert Exemplar.objects.get(name=nomination.name).decision_number == "2/QĐ-MTTQ-BTT"
    again = AwardRecord.objects.get(nomination=nomination)
    assert again.verification_code == first.verification_code, "one register record, one certificate code"


@pytest.mark.parametrize(
    "user", ["province_office", "council", "reviewer_a", "reviewer_a1", "officer_a1", "editor"]
)
def test_only_the_deciding_board_decides(client, org, user):
    nomination = at_decision(org, consent=False)
    client.force_login(org.users[user])
    response = client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]}, follow=True)
    # 403/404 (after the language redirect), or Wagtail's "no permission" redirect home
    assert response.status_code in (403, 404) or response.redirect_chain[-1][0] == "/admin/"
    assert not AwardRecord.objects.filter(nomination=nomination).exists()
    assert "Ghi quyết định và công bố" not in client.get(edit_url(nomination)).content.decode()


def test_a_nomination_still_in_review_cannot_be_decided(client, org):
    """The district's board decides the district's commendation, but not before its step."""
    nomination = nominate(org, "a1", DISTRICT)
    submit(nomination, org.users["officer_a1"])
    client.force_login(org.users["reviewer_a"])
    response = client.post(decide_url(nomination), {**DECISION, "honourees": [nomination.pk]}, follow=True)
    assert "chưa đến bước quyết định" in response.content.decode()
    assert not AwardRecord.objects.filter(nomination=nomination).exists()
    assert Nomination.objects.get(pk=nomination.pk).current_workflow_state is not None


def test_the_decision_screen_is_in_vietnamese(client, org):
    from admin_vi.english_check import english_phrases

    nomination = at_decision(org, consent=False, name="Hoàng Văn Thắng")
    client.force_login(org.users[DECIDER])
    page = client.get(decide_url(nomination)).content.decode()
    assert not english_phrases(page, allow=["Hoàng Văn Thắng"]), english_phrases(page)
    assert "Hồ sơ đề nghị khen thưởng" in page, "the breadcrumbs lead back to the nominations"
