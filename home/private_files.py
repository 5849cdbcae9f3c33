"""Files that units upload (reports, registration letters, dossiers) stay private.

They are stored outside MEDIA_ROOT by a storage that has no public URL, so no web
server can hand them out; the intranet serves each one through a view that checks who
is asking. Uploads are checked by extension, size and by their first bytes, so a
renamed executable is refused with a message in Vietnamese.
"""

from pathlib import Path
from uuid import uuid4

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _

import filetype

ALLOWED_TYPES = {
    "pdf": {"application/pdf"},
    "docx": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"},
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"},
    "odt": {"application/vnd.oasis.opendocument.text", "application/zip"},
    "doc": {"application/msword", "application/x-ole-storage", "application/x-cfb"},
    "xls": {"application/vnd.ms-excel", "application/x-ole-storage", "application/x-cfb"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png"},
}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


PRIVATE_FILE_URL_NAME = "private_file"


class PrivateStorage(FileSystemStorage):
    """File system storage outside MEDIA_ROOT whose URLs point at a checking view.

    The URL leads to the ``private_file`` view, which finds the record owning the file
    and serves it only to users allowed to see that record; the web server never
    serves these files itself.
    """

    def __init__(self):
        super().__init__(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)

    def url(self, name):
        from django.urls import reverse

        return reverse(PRIVATE_FILE_URL_NAME, kwargs={"name": name})


class _LazyPrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = PrivateStorage()


private_storage = _LazyPrivateStorage()


def get_private_storage():
    """Callable storage, so migrations do not freeze the settings' path."""
    return private_storage


@deconstructible
class PrivateFileValidator:
    """Refuses files whose extension, size or content is not an office document or image."""

    def __call__(self, uploaded):
        extension = Path(uploaded.name).suffix.lower().lstrip(".")
        if extension not in ALLOWED_TYPES:
            raise ValidationError(
                _("Chỉ nhận tệp %(types)s."), params={"types": ", ".join(sorted(ALLOWED_TYPES))},
                code="extension",
            )
        if uploaded.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("Tệp quá lớn (tối đa %(size)s MB)."), params={"size": MAX_UPLOAD_BYTES // (1024 * 1024)},
                code="size",
            )
        position = uploaded.tell() if hasattr(uploaded, "tell") else 0
        head = uploaded.read(8192)
        uploaded.seek(position)
        kind = filetype.guess(head)
        if kind is None or kind.mime not in ALLOWED_TYPES[extension]:
            raise ValidationError(
                _("Nội dung tệp không đúng định dạng .%(extension)s."), params={"extension": extension},
                code="content",
            )

    def __eq__(self, other):
        return type(other) is type(self)


IMAGE_TYPES = ("jpg", "jpeg", "png")


@deconstructible
class PrivateImageValidator(PrivateFileValidator):
    """A photo kept private (a nominee's portrait): JPEG or PNG only, and a readable image."""

    def __call__(self, uploaded):
        extension = Path(uploaded.name).suffix.lower().lstrip(".")
        if extension not in IMAGE_TYPES:
            raise ValidationError(
                _("Ảnh chỉ nhận tệp %(types)s."), params={"types": ", ".join(IMAGE_TYPES)},
                code="extension",
            )
        super().__call__(uploaded)
        from PIL import Image

        position = uploaded.tell() if hasattr(uploaded, "tell") else 0
        try:
            with Image.open(uploaded) as image:
                image.verify()
        except Exception as error:
            raise ValidationError(_("Tệp ảnh bị hỏng hoặc không đọc được."), code="image") from error
        finally:
            uploaded.seek(position)


def private_upload_path(instance, filename: str) -> str:
    """Group files by model and unit under a random folder, keeping the uploaded name."""
    unit_code = getattr(getattr(instance, "unit", None), "code", "chung")
    return f"{instance._meta.model_name}/{unit_code}/{uuid4().hex}/{Path(filename).name}"
