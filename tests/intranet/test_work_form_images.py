"""A work's photos show on its form without links that answer "no access".

Wagtail's image chooser links each chosen photo to "Sửa ảnh này", the image library's
edit screen. Officers and standing boards never reach the library (the admin fence lets
them choose and upload photos only), and the province office and the council may not edit
images: the province's standing board, reviewing a district's work, met a 403 behind each
photo. The form shows the photos and links to nothing its readers cannot open.
"""

from urllib.parse import urlsplit

from django.urls import reverse

import pytest

from core.factories import ImageFactory
from exemplars.models import WorkPhoto
from tests.helpers import html

pytestmark = pytest.mark.django_db


@pytest.fixture
def work_with_photos(org):
    """District A's work in review, its latest version with a main photo and one more."""
    work = org.works["a"].get_latest_revision_as_object()
    officer = org.users["officer_a"]
    work.main_image = ImageFactory(title="Nhà văn hóa thôn Bản Piằng", uploaded_by_user=officer)
    work.photos.add(
        WorkPhoto(image=ImageFactory(title="Lễ khánh thành", uploaded_by_user=officer), caption="x")
    )
    work.save_revision(user=officer)
    return work


@pytest.mark.parametrize("who", ["reviewer_province", "officer_a", "province_office"])
def test_every_link_beside_a_works_photos_opens(client, org, work_with_photos, who):
    client.force_login(org.users[who])
    document = html(
        client.get(reverse(work_with_photos.snippet_viewset.get_url_name("edit"), args=[work_with_photos.pk]))
    )

    choosers = document.select(".image-chooser")
    assert len(choosers) >= 2, "the main photo and the other photo, each in its chooser"
    assert all(chooser.select_one("img[src]") for chooser in choosers), "each photo is shown"
    refused = {}
    for link in (link for chooser in choosers for link in chooser.select("a[href]")):
        href = link["href"]
        if urlsplit(href).path:
            status = client.get(href).status_code
            if status in (302, 403):
                refused[href] = status
    assert refused == {}
