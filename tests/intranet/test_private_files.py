"""Files units upload are served only to those who may see their record."""

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from core.private_files import PrivateFileValidator
from tests.files import PDF_BYTES

pytestmark = pytest.mark.django_db


def file_url(record) -> str:
    return record.file.url


def test_private_files_live_outside_the_public_media_folder(org):
    path = org.reports["a"].file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert not file_url(org.reports["a"]).startswith(settings.MEDIA_URL)


@pytest.mark.parametrize("user", ["officer_a", "reviewer_a", "province_office"])
def test_owner_and_units_above_download_the_file(client, org, user):
    client.force_login(org.users[user])
    response = client.get(file_url(org.registrations["a"]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Cache-Control"].startswith("private")
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize("user", ["officer_b", "officer_a1", "reviewer_b", "editor", "outsider"])
@pytest.mark.parametrize("kind", ["registrations", "reports"])
def test_others_get_not_found(client, org, user, kind):
    client.force_login(org.users[user])
    response = client.get(file_url(getattr(org, kind)["a"]))
    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page(client, org):
    response = client.get(file_url(org.reports["a"]))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_guessing_a_file_name_that_no_record_owns_finds_nothing(client, org):
    client.force_login(org.users["province_office"])
    response = client.get(reverse("private_file", kwargs={"name": "registration/180/x/../../etc/passwd"}))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bao-cao.exe", b"MZ\x90\x00", "Chỉ nhận tệp"),
        ("bao-cao.pdf", b"MZ\x90\x00 not a pdf", "Nội dung tệp không đúng định dạng .pdf"),
        ("bao-cao.pdf", PDF_BYTES + b"0" * (21 * 1024 * 1024), "Tệp quá lớn"),
    ],
)
def test_uploads_are_checked_by_extension_content_and_size(name, content, message):
    with pytest.raises(Exception) as error:
        PrivateFileValidator()(SimpleUploadedFile(name, content))
    assert message in " ".join(error.value.messages)


def test_a_real_pdf_passes_the_check():
    PrivateFileValidator()(SimpleUploadedFile("bao-cao.pdf", PDF_BYTES))


@pytest.mark.parametrize("user", ["officer_a", "province_office"])
def test_behind_nginx_the_file_is_handed_over_after_the_check(client, org, user, settings):
    """X-Accel-Redirect mode: Django checks, nginx sends the bytes from its internal location."""
    settings.PRIVATE_FILES_ACCEL_REDIRECT = True
    client.force_login(org.users[user])
    record = org.registrations["a"]
    response = client.get(file_url(record))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_private-files/" + record.file.name
    assert response.content == b""
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"].startswith("private, no-store")


def test_behind_nginx_others_get_no_redirect_to_the_file(client, org, settings):
    settings.PRIVATE_FILES_ACCEL_REDIRECT = True
    client.force_login(org.users["officer_b"])
    response = client.get(file_url(org.registrations["a"]))
    assert response.status_code == 404
    assert not response.has_header("X-Accel-Redirect")
