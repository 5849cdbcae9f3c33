"""What a submission must satisfy: a complete dossier, one nomination per person, the deadline, the quota.

The rules are checked by the workflow's task when a nomination enters review, and the
quota again at each approval, so the admin's buttons, a crafted POST and code calling
Wagtail's workflow API all meet them. In the admin a refusal keeps the draft, rolls the
submission back and says why, with the numbers.
"""

from datetime import date, timedelta

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest

from campaigns.factories import CampaignPageFactory
from campaigns.models import AwardType, NomineeKind, Quota
from nominations.models import Nomination, NominationDeadlineExtension, NominationRefused
from nominations.register import record_earlier_award
from tests.files import PDF_BYTES, PNG_BYTES
from tests.intranet.nominations import (
    DISTRICT,
    PEOPLES_COMMITTEE,
    PROPOSING_BOARD,
    PROVINCE_FRONT,
    act,
    add_url,
    decide,
    edit_url,
    nominate,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db

COLLECTIVE, INDIVIDUAL = NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def form_data(org, unit_key, award, **overrides):
    """The add form as an officer fills it in, every file attached; ``None`` drops a field."""
    criteria = org.site.campaign.criteria.filter(nominee_kind=INDIVIDUAL).values_list("pk", flat=True)
    data = {
        "campaign": org.site.campaign.pk,
        "unit": org.units[unit_key].pk,
        "award_type": award.pk,
        "kind": INDIVIDUAL,
        "name": "Lương Thị Hoa",
        "position": "Trưởng ban công tác Mặt trận thôn Bản Piằng",
        "gender": "female",
        "birth_date": "14/03/1979",
        "ethnicity": "Nùng",
        "id_number": "020179001234",
        "phone": "0987 654 321",
        "photo": SimpleUploadedFile("anh.png", PNG_BYTES, content_type="image/png"),
        "photo_consent": "on",
        "achievements": "Vận động 45 hộ hiến đất làm đường; tổ chức tốt Ngày hội Đại đoàn kết.",
        "criteria": list(criteria),
        "proposal_letter": SimpleUploadedFile("to-trinh.pdf", PDF_BYTES, content_type="application/pdf"),
        "achievement_report": SimpleUploadedFile("bao-cao.pdf", PDF_BYTES, content_type="application/pdf"),
        "review_minutes": SimpleUploadedFile("bien-ban.pdf", PDF_BYTES, content_type="application/pdf"),
        "action-submit": "submit",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def award(slug):
    from campaigns.models import AwardType

    return AwardType.objects.get(slug=slug)


# -- the dossier ---------------------------------------------------------------------------
def test_officer_submits_a_complete_nomination_from_the_admin(client, org):
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), form_data(org, "a1", award(DISTRICT)))
    nomination = Nomination.objects.get(id_number="020179001234")
    assert response.status_code == 302, messages_of(response)
    assert step_of(nomination) == PROPOSING_BOARD
    assert nomination.photo.name.startswith("nomination/06040/")
    assert nomination.review_minutes.read() == PDF_BYTES


@pytest.mark.parametrize(
    ("dropped", "named"),
    [
        ("review_minutes", "Biên bản họp xét của đơn vị"),
        ("proposal_letter", "Tờ trình đề nghị kèm danh sách"),
        ("id_number", "Số CCCD/CMND"),
        ("criteria", "Tiêu chuẩn đã đạt"),
    ],
)
def test_submission_is_refused_while_something_is_missing_and_the_message_names_it(
    client, org, dropped, named
):
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), form_data(org, "a1", award(DISTRICT), **{dropped: None}), follow=True)
    nomination = Nomination.objects.get(name="Lương Thị Hoa")
    assert nomination.current_workflow_state is None, "not submitted"
    assert nomination.latest_revision is not None, "the draft is kept"
    shown = " ".join(messages_of(response))
    assert "Chưa gửi được hồ sơ: còn thiếu" in shown and named in shown
    assert response.redirect_chain[-1][0] == edit_url(nomination)


def test_an_award_type_that_does_not_ask_for_the_minutes_can_go_without_them(org):
    district = award(DISTRICT)
    district.requires_review_minutes = False
    district.save()
    nomination = nominate(org, "a1", DISTRICT)
    nomination.review_minutes = ""
    nomination.save()
    nomination.save_revision()
    submit(nomination, org.users["officer_a1"])
    assert step_of(nomination) == PROPOSING_BOARD


# -- one achievement, one award -------------------------------------------------------------
def test_the_same_person_cannot_be_nominated_twice_in_a_campaign(client, org):
    first = nominate(org, "a1", DISTRICT, id_number="020179001234")
    client.force_login(org.users["officer_a1"])
    response = client.post(add_url(), form_data(org, "a1", award(PROVINCE_FRONT), name="Lương T. Hoa"))
    assert response.status_code == 200
    assert "đã có hồ sơ đề nghị khen thưởng trong đợt thi đua này" in response.content.decode()
    assert Nomination.objects.filter(id_number="020179001234").count() == 1
    second = nominate(org, "a1", PROVINCE_FRONT, name=first.name, birth_date=first.birth_date)
    with pytest.raises(NominationRefused, match="đã có hồ sơ đề nghị"):
        submit(second, org.users["officer_a1"])


def test_earlier_awards_of_the_same_person_are_flagged_without_blocking(client, org):
    """The award register's earlier award (another campaign) is shown on the form, and does not bar."""
    earlier_campaign = CampaignPageFactory(
        parent=org.site.home, title="Đợt thi đua năm 2018", slug="dot-2018"
    )
    now = nominate(org, "a1", PROVINCE_FRONT, name="Lương Thị Hoa")
    record_earlier_award(
        campaign=earlier_campaign,
        kind=INDIVIDUAL,
        name="Lương Thị Hoa",
        birth_date=now.birth_date,
        award_type=AwardType.objects.get(slug=DISTRICT),
        decision_number="7/QĐ-MTTQ",
        decision_date=date(2018, 11, 10),
        issuing_body_name="Ban Thường trực Ủy ban MTTQ huyện Tràng Định",
    )
    client.force_login(org.users["officer_a1"])
    page = client.get(edit_url(now)).content.decode()
    assert "đã được khen thưởng" in page and "năm 2018, quyết định số 7/QĐ-MTTQ" in page
    submit(now, org.users["officer_a1"])
    assert step_of(now) == PROPOSING_BOARD, "a warning, not a bar"


# -- quotas -------------------------------------------------------------------------------------
def test_submitting_beyond_the_quota_is_refused_with_the_numbers(org):
    # B's collective for the People's Committee certificate (org fixture) holds one of two.
    second = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà")
    submit(second, org.users["officer_b"])
    third = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Khuổi Tục")
    with pytest.raises(NominationRefused) as refusal:
        submit(third, org.users["officer_b"])
    assert refusal.value.message.startswith("Đơn vị đã dùng 2/2 chỉ tiêu Bằng khen UBND tỉnh cho tập thể")
    assert third.current_workflow_state is None
    individual = nominate(org, "b", PEOPLES_COMMITTEE, INDIVIDUAL)
    submit(individual, org.users["officer_b"])  # individuals have their own two


def test_the_admin_shows_the_quota_refusal_and_keeps_the_draft(client, org):
    nominate_and_submit = nominate(
        org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà"
    )
    submit(nominate_and_submit, org.users["officer_b"])
    third = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Khuổi Tục")
    client.force_login(org.users["officer_b"])
    response = client.post(
        edit_url(third),
        {
            "campaign": org.site.campaign.pk,
            "unit": org.units["b"].pk,
            "award_type": third.award_type_id,
            "kind": COLLECTIVE,
            "name": third.name,
            "achievements": third.achievements,
            "criteria": list(third.criteria.values_list("pk", flat=True)),
            "action-submit": "submit",
        },
        follow=True,
    )
    assert "Đơn vị đã dùng 2/2 chỉ tiêu Bằng khen UBND tỉnh cho tập thể" in " ".join(messages_of(response))
    assert Nomination.objects.get(pk=third.pk).current_workflow_state is None


def test_a_communes_nominations_count_against_its_districts_quota(org):
    first = nominate(org, "a1", PROVINCE_FRONT, INDIVIDUAL)
    submit(first, org.users["officer_a1"])  # A (fixture) holds one of A's two individuals
    third = nominate(org, "a", PROVINCE_FRONT, INDIVIDUAL)
    with pytest.raises(NominationRefused, match="2/2 chỉ tiêu Bằng khen UB MTTQ tỉnh cho cá nhân"):
        submit(third, org.users["officer_a"])


def test_a_returned_nomination_gives_its_slot_back_until_resubmitted(org):
    second = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà")
    submit(second, org.users["officer_b"])
    second = act(second, org.users["reviewer_b"])
    act(second, org.users["province_office"], "reject", comment="Chưa đủ tiêu chuẩn.")
    third = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Khuổi Tục")
    submit(third, org.users["officer_b"])
    returned = Nomination.objects.get(pk=second.pk)
    with pytest.raises(NominationRefused, match="2/2"):
        returned.current_workflow_state.resume(user=org.users["officer_b"])


def test_approving_beyond_a_lowered_quota_is_refused(org):
    first = org.nominations["b"]
    second = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà")
    submit(second, org.users["officer_b"])
    Quota.objects.filter(page=org.site.campaign, unit=org.units["b"], award_type=first.award_type).update(
        collectives=1
    )
    for member in ("reviewer_b", "province_office", "council", "reviewer_province"):
        first = act(first, org.users[member])
    first = decide(first, org.users["province_office"])  # the People's Committee's decision, recorded
    assert first.live
    with pytest.raises(NominationRefused, match="Đơn vị đã dùng 1/1 chỉ tiêu"):
        act(second, org.users["reviewer_b"])
    assert step_of(second) == PROPOSING_BOARD, "still waiting; nothing was recorded"


def test_the_officer_sees_the_remaining_count_while_drafting(client, org):
    client.force_login(org.users["officer_b"])
    page = client.get(add_url()).content.decode()
    assert f"Chỉ tiêu của Huyện Bình Gia trong đợt thi đua “{org.site.campaign.title}”" in page
    rows = [row for row in page.split("<tr>") if "Bằng khen UBND tỉnh" in row and "Tập thể" in row]
    assert rows and "1/2" in rows[0] and "<td data-quota-remaining>1</td>" in rows[0]


def test_an_award_the_plan_sets_no_number_for_is_not_limited(org):
    for number in range(4):
        nomination = nominate(org, "a1", DISTRICT, name=f"Nông Văn Bình {number}")
        submit(nomination, org.users["officer_a1"])
        assert step_of(nomination) == PROPOSING_BOARD


# -- deadlines ----------------------------------------------------------------------------------
@pytest.fixture
def closed(org):
    """Back to the plan's deadline (02/11/2020): the fixture's reopening removed."""
    NominationDeadlineExtension.objects.all().delete()
    return org


def test_officers_cannot_submit_after_the_deadline(closed):
    org = closed
    nomination = nominate(org, "a1", DISTRICT)
    with pytest.raises(
        NominationRefused, match=r"Đã hết hạn gửi hồ sơ đề nghị khen thưởng \(hạn cuối 02/11/2020\)"
    ):
        submit(nomination, org.users["officer_a1"])


def test_the_council_reopens_submissions_for_a_unit_and_the_reason_is_kept(client, closed):
    org = closed
    client.force_login(org.users["council"])
    until = timezone.localdate() + timedelta(days=10)
    response = client.post(
        reverse("wagtailsnippets_nominations_nominationdeadlineextension:add"),
        {
            "campaign": org.site.campaign.pk,
            "unit": org.units["a"].pk,
            "until": until.strftime("%d/%m/%Y"),
            "reason": "Huyện bị lũ quét, hồ sơ gửi chậm.",
        },
    )
    assert response.status_code == 302
    extension = NominationDeadlineExtension.objects.get()
    assert (
        extension.granted_by == org.users["council"]
        and extension.reason == "Huyện bị lũ quét, hồ sơ gửi chậm."
    )
    submit(nominate(org, "a1", DISTRICT), org.users["officer_a1"])  # a commune of the reopened district
    with pytest.raises(NominationRefused, match="Đã hết hạn"):
        submit(nominate(org, "b", DISTRICT), org.users["officer_b"])  # another district stays closed


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a", "province_office"])
def test_only_the_council_reopens(client, closed, user):
    org = closed
    client.force_login(org.users[user])
    response = client.post(
        reverse("wagtailsnippets_nominations_nominationdeadlineextension:add"),
        {"campaign": org.site.campaign.pk, "unit": org.units["a"].pk, "until": "01/01/2099", "reason": "x"},
    )
    assert response.status_code in (302, 403)
    assert not NominationDeadlineExtension.objects.exists()


def test_a_reopening_that_has_ended_closes_again(closed):
    org = closed
    NominationDeadlineExtension.objects.create(
        campaign=org.site.campaign, unit=org.units["a"], until=date(2020, 11, 20), reason="Gia hạn ngắn."
    )
    with pytest.raises(NominationRefused, match="hạn cuối 20/11/2020"):
        submit(nominate(org, "a1", DISTRICT), org.users["officer_a1"])


def test_a_returned_nomination_may_be_resubmitted_after_the_deadline(org):
    nomination = nominate(org, "a1", DISTRICT)
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"], "reject", comment="Sửa ngày sinh.")
    NominationDeadlineExtension.objects.all().delete()
    nomination.current_workflow_state.resume(user=org.users["officer_a1"])
    assert step_of(nomination) == PROPOSING_BOARD


# -- an author deletes a draft of their own ------------------------------------------------
def delete_url(nomination) -> str:
    return reverse("wagtailsnippets_nominations_nomination:delete", args=[nomination.pk])


def test_an_officer_deletes_a_draft_of_their_unit_never_sent(client, org):
    draft = nominate(org, "a1", DISTRICT, name="Bản nháp sẽ xóa")
    client.force_login(org.users["officer_a1"])
    assert delete_url(draft) in client.get(edit_url(draft)).content.decode()
    response = client.post(delete_url(draft))
    assert response.status_code == 302
    assert not Nomination.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a", "province_office", "council"])
def test_nobody_outside_the_unit_deletes_its_draft(client, org, user):
    draft = nominate(org, "a1", DISTRICT, name="Bản nháp của xã")
    client.force_login(org.users[user])
    client.post(delete_url(draft), follow=True)
    assert Nomination.objects.filter(pk=draft.pk).exists()


def test_a_nomination_once_sent_is_never_deleted_by_the_unit(client, org):
    sent = org.nominations["a1"]  # waiting at its chain's first step
    client.force_login(org.users["officer_a1"])
    assert delete_url(sent) not in client.get(edit_url(sent)).content.decode()
    client.post(delete_url(sent), follow=True)
    assert Nomination.objects.filter(pk=sent.pk).exists()
