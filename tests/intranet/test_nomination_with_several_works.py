"""An officer links a nomination to several works and saves it: everything typed is kept."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from exemplars.factories import WorkFactory
from exemplars.models import WorkStatus
from nominations.models import Nomination
from tests.files import PDF_BYTES

from .admin_forms import browser_data
from .nominations import edit_url, nominate

pytestmark = pytest.mark.django_db

DOSSIER = ("proposal_letter", "achievement_report", "review_minutes")


@pytest.mark.parametrize("count", [2, 3])
def test_officer_saves_a_nomination_linked_to_several_works(client, org, count):
    works = [org.works["a"]] + [
        WorkFactory(
            campaign=org.site.campaign,
            unit=org.units["a"],
            title=f"Nhà văn hóa thôn Pò Mã {n}",
            status=WorkStatus.IN_PROGRESS,
        )
        for n in range(1, count)
    ]
    nomination = nominate(org, "a", name="Hoàng Thị Thử")
    client.force_login(org.users["officer_a"])
    data = browser_data(client.get(edit_url(nomination)))
    data["achievements"] = "Vận động nhân dân hiến đất làm đường và xây nhà văn hóa thôn."
    data["works"] = [str(work.pk) for work in works]
    for name in DOSSIER:
        data[name] = SimpleUploadedFile(f"{name}-moi.pdf", PDF_BYTES, content_type="application/pdf")

    response = client.post(edit_url(nomination), data)

    assert response.status_code == 302
    saved = Nomination.objects.get(pk=nomination.pk)
    assert {work.pk for work in saved.works.all()} == {work.pk for work in works}
    assert saved.achievements == data["achievements"]
    for name in DOSSIER:
        assert f"{name}-moi" in getattr(saved, name).name
