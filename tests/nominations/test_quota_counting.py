"""Quotas count against the nearest row on the unit's line of parents, as the plan means them.

- The province's row (1 collective + 2 individuals of the People's Committee certificate)
  is the provincial agency's own: its departments nominate within it, while each
  district's nominations count against the district's own 2 + 2, never the province's.
- A district's standing board sets the numbers of its own commendation certificate, for
  the district or one of its communes; they are enforced like the plan's. Before it sets
  any, there is no limit.
- The Central Committee's certificate, whose numbers the plan leaves to a later guidance,
  accepts no nomination until the province sets them.
- A quota taken by another officer while the form was open: the submission is refused
  with the numbers, and what was typed is kept as a draft.
- The form's quota panel names the campaign and follows the campaign and unit picked on
  the form; the intranet dashboard shows what the unit has used and has left, counted as
  a submission counts them.
"""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from campaigns.factories import CampaignPageFactory
from campaigns.models import AwardType, CampaignAward, NomineeKind, Quota, UnitQuota
from campaigns.reference_data import ensure_province_departments
from intranet.models import IntranetPage, restrict_to_members
from intranet.roles import Role
from nominations.models import Nomination, NominationRefused
from nominations.models.nominations import quota_overview, quota_usage_for
from tests.files import PDF_BYTES
from tests.intranet.conftest import make_member
from tests.intranet.nominations import (
    CENTRAL,
    DISTRICT,
    PEOPLES_COMMITTEE,
    add_url,
    edit_url,
    nominate,
    step_of,
    submit,
)

pytestmark = pytest.mark.django_db

COLLECTIVE, INDIVIDUAL = NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL
QUOTAS = "wagtailsnippets_campaigns_unitquota"
GUIDANCE = "wagtailsnippets_nominations_nomination:guidance"


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def agency(org):
    """The provincial agency's office (a department under the province) and its officer."""
    office = ensure_province_departments(org.site.province)["20-VP"]
    assert office.level.code == "department" and office.parent == org.site.province
    org.units["office"] = office
    org.users["officer_office"] = make_member("canbo.vanphong", office, Role.OFFICER)
    yield org
    del org.units["office"], org.users["officer_office"]


# -- the nearest row ---------------------------------------------------------------------------
def test_the_province_agency_nominates_within_its_own_row_while_districts_use_theirs(agency):
    org = agency
    # District B already holds one of its two collectives (org fixture): not the province's.
    first = nominate(org, "office", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban Phong trào")
    submit(first, org.users["officer_office"])
    assert step_of(first) is not None
    second = nominate(org, "office", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban Dân chủ – Pháp luật")
    with pytest.raises(NominationRefused) as refusal:
        submit(second, org.users["officer_office"])
    assert refusal.value.message == (
        "Đơn vị đã dùng 1/1 chỉ tiêu Bằng khen UBND tỉnh cho tập thể (chỉ tiêu của Tỉnh Lạng Sơn)."
    )
    for _ in range(2):
        submit(nominate(org, "office", PEOPLES_COMMITTEE, INDIVIDUAL), org.users["officer_office"])
    with pytest.raises(
        NominationRefused, match="2/2 chỉ tiêu Bằng khen UBND tỉnh cho cá nhân .*Tỉnh Lạng Sơn"
    ):
        submit(nominate(org, "office", PEOPLES_COMMITTEE, INDIVIDUAL), org.users["officer_office"])

    # The agency's nominations take nothing from district B's two collectives.
    district = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà")
    submit(district, org.users["officer_b"])
    assert step_of(district) is not None
    with pytest.raises(
        NominationRefused, match="2/2 chỉ tiêu Bằng khen UBND tỉnh cho tập thể .*Huyện Bình Gia"
    ):
        submit(
            nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Thôn Khuổi Tục"), org.users["officer_b"]
        )


def test_the_agency_officer_sees_the_provinces_row_untouched_by_the_districts(client, agency):
    org = agency
    client.force_login(org.users["officer_office"])
    page = client.get(add_url()).content.decode()
    rows = [row for row in page.split("<tr>") if "Bằng khen UBND tỉnh" in row and "Tập thể" in row]
    assert rows and "0/1" in rows[0] and "<td data-quota-remaining>1</td>" in rows[0]
    assert "Tỉnh Lạng Sơn" in rows[0]


def test_the_overview_counts_every_row_as_a_submission_counts_it(agency):
    """The panel's and dashboard's overview counts all its rows in one query; each row holds
    what the submission's own count finds: the agency's collective in the province's row,
    district B's in its own, A1's commendation in the numbers district A set."""
    org = agency
    submit(
        nominate(org, "office", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban Phong trào"),
        org.users["officer_office"],
    )
    campaign = org.site.campaign
    held = {}
    for key in ("office", "a", "a1", "b"):
        unit = org.units[key]
        for usage in quota_overview(campaign, unit).usages:
            counted = quota_usage_for(campaign, usage.award_type, unit, usage.kind)
            assert (usage.quota, usage.used) == (counted.quota, counted.used), (
                key,
                usage.award_type,
                usage.kind,
            )
            held[key, usage.award_type.slug, usage.kind] = usage.used
    assert held["office", PEOPLES_COMMITTEE, COLLECTIVE] == 1, "the agency's own, not district B's"
    assert held["b", PEOPLES_COMMITTEE, COLLECTIVE] == 1
    assert held["a1", DISTRICT, INDIVIDUAL] == 1


# -- numbers a district sets ----------------------------------------------------------------------
def set_numbers(client, org, user, unit_key, collectives, individuals, pk=None):
    client.force_login(org.users[user])
    url = reverse(f"{QUOTAS}:edit", args=[pk]) if pk else reverse(f"{QUOTAS}:add")
    return client.post(
        url,
        {
            "campaign": org.site.campaign.pk,
            "unit": org.units[unit_key].pk,
            "award_type": AwardType.objects.get(slug=DISTRICT).pk,
            "collectives": collectives,
            "individuals": individuals,
            "basis": "Thông báo số 05/TB-MTTQ ngày 02/3/2020 của Ban Thường trực",
        },
    )


def test_a_districts_standing_board_sets_its_numbers_and_they_are_enforced(client, org):
    UnitQuota.objects.all().delete()
    for number in range(3):  # no numbers set: no limit
        submit(nominate(org, "a", DISTRICT, name=f"Nông Văn Bình {number}"), org.users["officer_a"])

    response = set_numbers(client, org, "reviewer_a", "a", collectives=2, individuals=4)
    assert response.status_code == 302
    numbers = UnitQuota.objects.get(unit=org.units["a"])
    assert (numbers.individuals, numbers.set_by) == (4, org.users["reviewer_a"])
    # A's three and the commune's one (org fixture) count: the commune has no row of its own.
    with pytest.raises(NominationRefused) as refusal:
        submit(nominate(org, "a", DISTRICT), org.users["officer_a"])
    assert refusal.value.message == (
        "Đơn vị đã dùng 4/4 chỉ tiêu Giấy khen UB MTTQ cấp huyện cho cá nhân (chỉ tiêu của Huyện Tràng Định)."
    )

    # The board gives the commune a number of its own: the commune's nomination moves there.
    assert set_numbers(client, org, "reviewer_a", "a1", collectives=1, individuals=1).status_code == 302
    submit(nominate(org, "a", DISTRICT), org.users["officer_a"])  # A: 3 of 4 again, then 4
    with pytest.raises(
        NominationRefused, match="1/1 chỉ tiêu Giấy khen UB MTTQ cấp huyện cho cá nhân .*Thất Khê"
    ):
        submit(nominate(org, "a1", DISTRICT), org.users["officer_a1"])


def test_only_the_deciding_districts_board_sets_the_numbers(client, org):
    numbers = org.unit_quotas["a"]
    # Another district's board: the unit is not theirs.
    response = set_numbers(client, org, "reviewer_b", "a", collectives=0, individuals=0)
    assert (
        response.status_code == 200
        and not UnitQuota.objects.filter(unit=org.units["a"], individuals=0).exists()
    )
    # The district's officers read the numbers but do not set them.
    for pk in (numbers.pk, None):
        response = set_numbers(client, org, "officer_a", "a", 0, 0, pk=pk)
        assert response.status_code in (302, 403) and response.get("Location", "/admin/") == "/admin/"
    assert UnitQuota.objects.get(pk=numbers.pk).individuals == 10
    assert UnitQuota.objects.filter(unit=org.units["a"]).count() == 1
    # The province's awards are the plan's to count, not the district's.
    client.force_login(org.users["reviewer_a"])
    response = client.post(
        reverse(f"{QUOTAS}:edit", args=[numbers.pk]),
        {
            "campaign": org.site.campaign.pk,
            "unit": org.units["a"].pk,
            "award_type": AwardType.objects.get(slug=PEOPLES_COMMITTEE).pk,
            "collectives": 9,
            "individuals": 9,
        },
    )
    assert response.status_code == 200
    assert UnitQuota.objects.get(pk=numbers.pk).award_type.slug == DISTRICT


def test_the_numbers_a_district_set_are_refused_for_an_award_the_plan_counts(org):
    numbers = UnitQuota(
        campaign=org.site.campaign,
        unit=org.units["b"],
        award_type=AwardType.objects.get(slug=PEOPLES_COMMITTEE),
        collectives=5,
        individuals=5,
    )
    with pytest.raises(Exception, match="do kế hoạch của tỉnh quy định"):
        numbers.full_clean()


# -- numbers to follow -----------------------------------------------------------------------------
def test_an_award_whose_numbers_are_to_follow_accepts_no_nomination_until_the_province_sets_them(client, org):
    campaign = org.site.campaign
    central = AwardType.objects.get(slug=CENTRAL)
    assert CampaignAward.objects.get(page=campaign, award_type=central).numbers_to_follow, (
        "seeded from the plan"
    )
    nomination = nominate(org, "a", CENTRAL)
    with pytest.raises(NominationRefused) as refusal:
        submit(nomination, org.users["officer_a"])
    assert refusal.value.message == (
        "Số lượng Bằng khen UBTW MTTQ Việt Nam của đợt thi đua này có văn bản hướng dẫn sau: chưa nhận "
        "hồ sơ đề nghị cho đến khi tỉnh quy định số lượng."
    )
    client.force_login(org.users["officer_a"])
    panel = client.get(edit_url(nomination)).content.decode()
    assert "Bằng khen UBTW MTTQ Việt Nam: số lượng có văn bản hướng dẫn sau" in panel

    # The province sets the numbers: one individual for district A.
    CampaignAward.objects.filter(page=campaign, award_type=central).update(numbers_to_follow=False)
    Quota.objects.create(page=campaign, award_type=central, unit=org.units["a"], collectives=0, individuals=1)
    submit(nomination, org.users["officer_a"])
    assert step_of(nomination) is not None
    with pytest.raises(NominationRefused, match="1/1 chỉ tiêu Bằng khen UBTW MTTQ Việt Nam cho cá nhân"):
        submit(nominate(org, "a1", CENTRAL), org.users["officer_a1"])


# -- taken while the form was open ------------------------------------------------------------------
def test_a_quota_taken_while_the_form_was_open_is_refused_and_what_was_typed_is_kept(client, org):
    other_officer = make_member("canbo.b2", org.units["b"], Role.OFFICER)
    client.force_login(org.users["officer_b"])
    form = client.get(add_url()).content.decode()
    assert (
        "1/2" in [row for row in form.split("<tr>") if "Bằng khen UBND tỉnh" in row and "Tập thể" in row][0]
    )

    # Meanwhile a colleague sends the district's second collective.
    taken = nominate(org, "b", PEOPLES_COMMITTEE, COLLECTIVE, name="Ban công tác Mặt trận thôn Nà Cà")
    submit(taken, other_officer)

    criteria = org.site.campaign.criteria.filter(nominee_kind=COLLECTIVE).values_list("pk", flat=True)
    typed = {
        "campaign": org.site.campaign.pk,
        "unit": org.units["b"].pk,
        "award_type": AwardType.objects.get(slug=PEOPLES_COMMITTEE).pk,
        "kind": COLLECTIVE,
        "name": "Ủy ban MTTQ Việt Nam xã Hồng Phong",
        "achievements": "Vận động nhân dân làm 3,2 km đường bê tông; 100% khu dân cư đạt văn hóa.",
        "criteria": list(criteria),
        "proposal_letter": SimpleUploadedFile("to-trinh.pdf", PDF_BYTES, content_type="application/pdf"),
        "achievement_report": SimpleUploadedFile("bao-cao.pdf", PDF_BYTES, content_type="application/pdf"),
        "review_minutes": SimpleUploadedFile("bien-ban.pdf", PDF_BYTES, content_type="application/pdf"),
        "action-submit": "submit",
    }
    response = client.post(add_url(), typed, follow=True)

    shown = " ".join(messages_of(response))
    assert (
        "Đơn vị đã dùng 2/2 chỉ tiêu Bằng khen UBND tỉnh cho tập thể (chỉ tiêu của Huyện Bình Gia). "
        "Hồ sơ đã được lưu nháp, chưa gửi."
    ) in shown
    draft = Nomination.objects.get(name="Ủy ban MTTQ Việt Nam xã Hồng Phong")
    assert draft.current_workflow_state is None, "not submitted"
    assert draft.achievements == typed["achievements"] and draft.proposal_letter
    assert response.redirect_chain[-1][0] == edit_url(draft), "the officer is back at the draft"


# -- the panel follows the form; the dashboard --------------------------------------------------------
def test_the_panel_names_the_campaign_and_follows_the_one_picked_on_the_form(client, org):
    later = CampaignPageFactory(parent=org.site.home, title="Đợt thi đua năm 2021", slug="dot-2021")
    Quota.objects.create(
        page=later,
        award_type=AwardType.objects.get(slug=PEOPLES_COMMITTEE),
        unit=org.units["b"],
        collectives=5,
        individuals=0,
    )
    client.force_login(org.users["officer_b"])
    form = client.get(add_url()).content.decode()
    assert "js/nomination-guidance.js" in form and f'data-refresh-url="{reverse(GUIDANCE)}"' in form

    panel = client.get(reverse(GUIDANCE), {"campaign": later.pk, "unit": org.units["b"].pk}).content.decode()
    assert "Chỉ tiêu của Huyện Bình Gia trong đợt thi đua “Đợt thi đua năm 2021”" in panel
    rows = [row for row in panel.split("<tr>") if "Bằng khen UBND tỉnh" in row and "Tập thể" in row]
    assert rows and "0/5" in rows[0]

    nomination = org.nominations["b"]
    panel = client.get(reverse(GUIDANCE), {"nomination": nomination.pk}).content.decode()
    assert f"“{org.site.campaign.title}”" in panel and f'data-nomination="{nomination.pk}"' in panel


@pytest.mark.parametrize(
    "query",
    [{"unit": "a"}, {"nomination": "a"}, {"unit": "a1"}, {"unit": "nonsense"}],
    ids=["other-unit", "other-nomination", "unit-below-another", "junk"],
)
def test_the_panel_of_another_unit_is_not_served(client, org, query):
    client.force_login(org.users["officer_b"])
    params = {}
    for name, key in query.items():
        if key == "nonsense":
            params[name] = key
        else:
            params[name] = (org.units[key] if name == "unit" else org.nominations[key]).pk
    response = client.get(reverse(GUIDANCE), params, follow=True)
    assert response.status_code == 404
    assert b"Tr\xc3\xa0ng \xc4\x90\xe1\xbb\x8bnh" not in response.content  # "Tràng Định"


def test_the_dashboard_shows_what_the_unit_has_used_and_has_left(client, org):
    home = org.site.home
    page = home.add_child(instance=IntranetPage(title="Mạng nội bộ", slug="noi-bo-chi-tieu", intro="Nội bộ"))
    page.save_revision().publish()
    restrict_to_members(page)
    client.force_login(org.users["officer_b"])
    text = client.get(page.url).content.decode()
    rows = {row.split('"')[0]: row for row in text.split('data-quota="')[1:]}
    collective = rows[f"{PEOPLES_COMMITTEE}-collective"]
    assert '<td class="num" data-quota-used>1/2</td>' in collective
    assert '<td class="num" data-quota-left>1</td>' in collective
    assert "Bằng khen UBTW MTTQ Việt Nam: số lượng có văn bản hướng dẫn sau" in text
