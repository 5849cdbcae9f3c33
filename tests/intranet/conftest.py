"""An organisation with members in every role and records in every unit.

Two districts (A = Tràng Định, B = Bình Gia) of the 2020 plan, a commune under A, and
for each of the three units a registration (with a private file) and a final report
(with a private file), each sent by the unit's officer and in review with the unit
above (A's and B's with the province's standing board, A1's with A's board), a
published work whose edited version is in review the same way, an award nomination
waiting at the first step of its award's chain, the sign-off of the unit's own standing
board (with its dossier files and a photo), and the numbers its district's standing board set for the
district's commendation certificate, and an earlier award in the award register. Each record carries a marker string unique to its unit, so a
test can tell whose data a page leaks.

The 2020 plan's nomination deadline is long past: the council reopened submissions for
the whole province (a ``NominationDeadlineExtension``) so that the nominations could be
submitted; deadline tests remove it.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

import pytest

from campaigns.factories import VIETNAM_TZ, CampaignReportFactory, RegistrationFactory, UnitFactory, review
from campaigns.models import AwardType, NomineeKind, ReviewState, Unit, UnitQuota
from exemplars.factories import WorkFactory
from exemplars.models import WorkStatus
from intranet.factories import member
from intranet.models import IntranetPage, restrict_to_members
from intranet.roles import Role
from nominations.factories import NominationFactory, submit_nomination
from nominations.models import AwardChain, NominationDeadlineExtension
from nominations.register import record_earlier_award
from tests import scene
from tests.files import PDF_BYTES, PNG_BYTES

PASSWORD = "mat-khau-thu-nghiem-2020"
DISTRICT_AWARD = "giay-khen-ubmttq-huyen"
REGISTERED_AT = datetime(2020, 2, 20, 9, 0, tzinfo=VIETNAM_TZ)  # before the 2020 plan's 28/02 deadline
# (award type, nominee kind, who submits) per unit. Each waits at its chain's first step,
# its own unit's standing board signing off: A's (Bằng khen of the provincial Front) with
# reviewer_a, A1's (a district commendation) with reviewer_a1, B's (Bằng khen of the
# provincial People's Committee) with reviewer_b.
NOMINATIONS = {
    "a": ("bang-khen-ubmttq-tinh", NomineeKind.INDIVIDUAL, "officer_a"),
    "a1": ("giay-khen-ubmttq-huyen", NomineeKind.INDIVIDUAL, "officer_a1"),
    "b": ("bang-khen-ubnd-tinh", NomineeKind.COLLECTIVE, "officer_b"),
}


@dataclass
class Organisation:
    site: object
    units: dict
    users: dict
    registrations: dict = field(default_factory=dict)
    reports: dict = field(default_factory=dict)
    works: dict = field(default_factory=dict)
    nominations: dict = field(default_factory=dict)
    unit_quotas: dict = field(default_factory=dict)
    awards: dict = field(default_factory=dict)

    @staticmethod
    def marker(unit_key: str) -> str:
        return f"DAU-VET-{unit_key.upper()}-7Q"


def make_member(username: str, unit: Unit, role: str):
    return member(username, unit, role, PASSWORD)


def build_organisation(site) -> Organisation:
    district_a = Unit.objects.get(code="180")  # Huyện Tràng Định
    district_b = Unit.objects.get(code="181")  # Huyện Bình Gia
    commune_a1 = UnitFactory(code="06040", name="Thị trấn Thất Khê", parent=district_a)
    units = {"a": district_a, "a1": commune_a1, "b": district_b}
    users = {
        "officer_a": make_member("canbo.a", district_a, Role.OFFICER),
        "officer_a1": make_member("canbo.a1", commune_a1, Role.OFFICER),
        "reviewer_a": make_member("thuongtruc.a", district_a, Role.REVIEWER),
        "officer_b": make_member("canbo.b", district_b, Role.OFFICER),
        "reviewer_b": make_member("thuongtruc.b", district_b, Role.REVIEWER),
        # The standing boards of the commune and of the province: the first and the
        # deciding steps of the award chains.
        "reviewer_a1": make_member("thuongtruc.a1", commune_a1, Role.REVIEWER),
        "reviewer_province": make_member("thuongtruc.tinh", site.province, Role.REVIEWER),
        "province_office": make_member("vanphong", site.province, Role.PROVINCE_OFFICE),
        "council": make_member("hoidong", site.province, Role.COUNCIL),
        "editor": make_member("bientap", site.province, Role.EDITOR),
        "outsider": get_user_model().objects.create_user("khach", "khach@example.com", PASSWORD),
    }
    organisation = Organisation(site=site, units=units, users=users)
    # The chains walk without a public comment period here; the comment window's own tests
    # (tests/nominations/test_comment_window.py) give their award type its working days.
    AwardChain.objects.update(comment_days=0)
    for key, unit in units.items():
        marker = Organisation.marker(key)
        officer = users[f"officer_{key}"]
        registration = RegistrationFactory(
            campaign=site.campaign, unit=unit, commitments=f"Cam kết {marker}", state=ReviewState.DRAFT
        )
        registration.file.save(f"dang-ky-{marker}.pdf", ContentFile(PDF_BYTES))
        registration = review(registration, ReviewState.SUBMITTED, by=officer, submitted_at=REGISTERED_AT)
        report = CampaignReportFactory(
            campaign=site.campaign, unit=unit, summary=f"Báo cáo {marker}", state=ReviewState.DRAFT
        )
        report.file.save(f"bao-cao-{marker}.pdf", ContentFile(PDF_BYTES))
        report = review(report, ReviewState.SUBMITTED, by=officer)
        work = WorkFactory(
            campaign=site.campaign, unit=unit, title=f"Công trình {marker}", status=WorkStatus.ACCEPTED
        )
        work.title = f"Công trình {marker} (sửa)"
        work = review(work, ReviewState.SUBMITTED, by=officer)
        organisation.registrations[key] = registration
        organisation.reports[key] = report
        organisation.works[key] = work
        # The numbers district A's and B's standing boards set for their commendation
        # certificate (A's also for its commune): generous, so they bind no other test.
        organisation.unit_quotas[key] = UnitQuota.objects.create(
            campaign=site.campaign,
            unit=unit,
            award_type=AwardType.objects.get(slug=DISTRICT_AWARD),
            collectives=10,
            individuals=10,
            basis=f"Thông báo {marker}",
        )
        # An earlier award of the unit in the award register (read by the unit's members only).
        organisation.awards[key] = record_earlier_award(
            kind=NomineeKind.COLLECTIVE,
            name=f"Khen thưởng {marker}",
            unit=unit,
            award_type=AwardType.objects.get(slug=DISTRICT_AWARD),
            decision_number=f"3/QĐ-{marker}",
            decision_date=datetime(2015, 11, 10).date(),
            issuing_body_name="Ban Thường trực Ủy ban MTTQ huyện",
        )
    NominationDeadlineExtension.objects.create(
        campaign=site.campaign,
        unit=site.province,
        until=timezone.localdate() + timedelta(days=365),
        reason="Mở lại để nhận hồ sơ thử nghiệm.",
        granted_by=users["council"],
    )
    for key, (award_slug, kind, submitter) in NOMINATIONS.items():
        marker = Organisation.marker(key)
        nomination = NominationFactory(
            campaign=site.campaign,
            unit=units[key],
            award_type=AwardType.objects.get(slug=award_slug),
            kind=kind,
            name=f"Người được đề nghị {marker}",
        )
        if kind == NomineeKind.INDIVIDUAL:
            nomination.photo.save(f"anh-{marker}.png", ContentFile(PNG_BYTES), save=False)
            nomination.save()
            nomination.save_revision()
        submit_nomination(nomination, users[submitter])
        organisation.nominations[key] = nomination
    return organisation


@pytest.fixture(scope="module")
def org(site, django_db_blocker) -> Organisation:
    """The organisation, committed once (``tests.scene``), read again for the module."""
    with django_db_blocker.unblock():
        return scene.reload_organisation(site)


@pytest.fixture
def dashboard(org):
    """The intranet's home, where each member reads their dashboard."""
    page = org.site.home.add_child(instance=IntranetPage(title="Mạng nội bộ", slug="noi-bo"))
    page.save_revision().publish()
    restrict_to_members(page)
    return page
