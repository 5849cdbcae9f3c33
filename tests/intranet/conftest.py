"""An organisation with members in every role and records in every unit.

Two districts (A = Tràng Định, B = Bình Gia) of the 2020 plan, a commune under A, and
for each of the three units a registration (with a private file), a final report (with
a private file) and a work with revisions. Each record carries a marker string unique to
its unit, so a test can tell whose data a page leaks.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

import pytest

from campaigns.factories import RegistrationFactory, UnitFactory
from campaigns.models import CampaignReport, Unit
from exemplars.factories import WorkFactory
from exemplars.models import WorkStatus
from intranet.models import Membership
from intranet.roles import Role

PASSWORD = "mat-khau-thu-nghiem-2020"
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class Organisation:
    site: object
    units: dict
    users: dict
    registrations: dict = field(default_factory=dict)
    reports: dict = field(default_factory=dict)
    works: dict = field(default_factory=dict)

    @staticmethod
    def marker(unit_key: str) -> str:
        return f"DAU-VET-{unit_key.upper()}-7Q"


def make_member(username: str, unit: Unit, role: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    Membership.objects.create(user=user, unit=unit, role=role)
    return user


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
        "province_office": make_member("vanphong", site.province, Role.PROVINCE_OFFICE),
        "council": make_member("hoidong", site.province, Role.COUNCIL),
        "editor": make_member("bientap", site.province, Role.EDITOR),
        "outsider": get_user_model().objects.create_user("khach", "khach@example.com", PASSWORD),
    }
    organisation = Organisation(site=site, units=units, users=users)
    for key, unit in units.items():
        marker = Organisation.marker(key)
        registration = RegistrationFactory(
            campaign=site.campaign, unit=unit, commitments=f"Cam kết {marker}"
        )
        registration.file.save(f"dang-ky-{marker}.pdf", ContentFile(PDF_BYTES))
        report = CampaignReport.objects.create(
            campaign=site.campaign, unit=unit, summary=f"Báo cáo {marker}", status="submitted"
        )
        report.file.save(f"bao-cao-{marker}.pdf", ContentFile(PDF_BYTES))
        work = WorkFactory(
            campaign=site.campaign, unit=unit, title=f"Công trình {marker}", status=WorkStatus.ACCEPTED
        )
        work.title = f"Công trình {marker} (sửa)"
        work.save_revision()
        organisation.registrations[key] = registration
        organisation.reports[key] = report
        organisation.works[key] = work
    return organisation


@pytest.fixture(scope="module")
def org(site, django_db_blocker) -> Organisation:
    with django_db_blocker.unblock():
        return build_organisation(site)
