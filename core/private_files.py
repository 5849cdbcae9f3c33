"""Files that units upload (reports, registration letters, dossiers) stay private.

They are stored outside MEDIA_ROOT by a storage that has no public URL, so no web
server can hand them out; a model names its fields holding such files in
``private_file_fields``, and the intranet serves each one (``intranet.downloads``) to
those whose unit may see the record, with ``file_response``. Uploads are checked by extension, size and by their first bytes, so a
renamed executable is refused with a message in Vietnamese; office documents (ZIP
archives) by what the archive holds, pictures by their pixels (``core.image_limits``).
"""

import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import quote
from uuid import uuid4

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _

import filetype

from .image_limits import check_image_file

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

# Office documents are ZIP archives: each format's parts that must be there.
OFFICE_ARCHIVE_PARTS = {
    "docx": ("[Content_Types].xml", "word/document.xml"),
    "xlsx": ("[Content_Types].xml", "xl/workbook.xml"),
    "pptx": ("[Content_Types].xml", "ppt/presentation.xml"),
    "odt": ("mimetype", "content.xml"),
}
# Nothing an office document holds is a program; a macro project makes it a .docm/.xlsm.
EXECUTABLE_SUFFIXES = frozenset(
    ".exe .dll .com .scr .pif .cpl .msi .msp .bat .cmd .ps1 .psm1 .vbs .vbe .js .jse .wsf .wsh "
    ".hta .jar .lnk .reg .sh .elf .so .dylib .app .apk".split()
)
MACRO_PARTS = frozenset({"vbaproject.bin"})
# Against ZIP bombs: a few kilobytes that unpack to gigabytes when the office opens them.
MAX_ARCHIVE_MEMBERS = 2000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_PACKING_RATIO = 100  # XML packs 5 to 20 times; runs of zeros over 1,000 times


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
                _("Chỉ nhận tệp %(types)s."),
                params={"types": ", ".join(sorted(ALLOWED_TYPES))},
                code="extension",
            )
        if uploaded.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("Tệp quá lớn (tối đa %(size)s MB)."),
                params={"size": MAX_UPLOAD_BYTES // (1024 * 1024)},
                code="size",
            )
        position = uploaded.tell() if hasattr(uploaded, "tell") else 0
        head = uploaded.read(8192)
        uploaded.seek(position)
        kind = filetype.guess(head)
        if kind is None or kind.mime not in ALLOWED_TYPES[extension]:
            raise ValidationError(
                _("Nội dung tệp không đúng định dạng .%(extension)s."),
                params={"extension": extension},
                code="content",
            )
        if extension in OFFICE_ARCHIVE_PARTS:
            check_office_archive(uploaded, extension)
        if extension in IMAGE_TYPES:
            check_image_file(uploaded)

    def __eq__(self, other):
        return type(other) is type(self)


IMAGE_TYPES = ("jpg", "jpeg", "png")


def check_office_archive(uploaded, extension: str) -> None:
    """Refuse an office document whose archive is not that format, or holds a program or a bomb.

    A ZIP renamed ``.docx`` passes the first-bytes check (every office document starts as
    a ZIP). The archive's directory is read, never unpacked: its parts must include the
    format's main part, no name may climb out of the folder, no part may be a program,
    and the declared sizes must stay reasonable.
    """
    refused = ValidationError(
        _("Tệp .%(extension)s không hợp lệ: nội dung không phải văn bản %(extension)s."),
        params={"extension": extension},
        code="content",
    )
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    try:
        with zipfile.ZipFile(uploaded) as archive:
            members = archive.infolist()
            if len(members) > MAX_ARCHIVE_MEMBERS:
                raise refused
            names = {member.filename for member in members}
            if not all(part in names for part in OFFICE_ARCHIVE_PARTS[extension]):
                raise refused
            for member in members:
                path = PurePosixPath(member.filename.replace("\\", "/"))
                if path.is_absolute() or ".." in path.parts or ":" in member.filename:
                    raise ValidationError(
                        _("Tệp .%(extension)s chứa đường dẫn không hợp lệ."),
                        params={"extension": extension},
                        code="archive_path",
                    )
                if path.suffix.lower() in EXECUTABLE_SUFFIXES or path.name.lower() in MACRO_PARTS:
                    raise ValidationError(
                        _("Tệp .%(extension)s chứa chương trình hoặc macro (%(name)s): không được nhận."),
                        params={"extension": extension, "name": path.name},
                        code="archive_program",
                    )
                if member.file_size > 1024 * 1024 and member.file_size > MAX_PACKING_RATIO * max(
                    member.compress_size, 1
                ):
                    raise zip_bomb(extension)
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise zip_bomb(extension)
    except zipfile.BadZipFile as error:
        raise refused from error
    finally:
        uploaded.seek(position)


def zip_bomb(extension: str) -> ValidationError:
    return ValidationError(
        _("Tệp .%(extension)s giải nén ra quá lớn (tối đa %(size)s MB): không được nhận."),
        params={"extension": extension, "size": MAX_UNPACKED_BYTES // (1024 * 1024)},
        code="archive_size",
    )


@deconstructible
class PrivateImageValidator(PrivateFileValidator):
    """A photo kept private (a nominee's portrait): JPEG or PNG only, within the pixel limit.

    The pixel limit is checked from the header (``check_image_file`` in the parent's
    check) before ``verify``, so a picture too large is refused without being decoded.
    """

    def __call__(self, uploaded):
        extension = Path(uploaded.name).suffix.lower().lstrip(".")
        if extension not in IMAGE_TYPES:
            raise ValidationError(
                _("Ảnh chỉ nhận tệp %(types)s."),
                params={"types": ", ".join(IMAGE_TYPES)},
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


def private_file_fields() -> list[tuple[type, str]]:
    """Every ``(model, field name)`` a model declares in ``private_file_fields``.

    Declared on the model, not listed here: this app sits below every app with a record
    holding private files and may not name them.
    """
    return [
        (model, field) for model in apps.get_models() for field in getattr(model, "private_file_fields", ())
    ]


def file_response(stored, name: str):
    """The file as an attachment: streamed by Django, or handed over to nginx.

    With ``PRIVATE_FILES_ACCEL_REDIRECT`` (set behind site/'s nginx), the permission check
    above has passed and nginx sends the file from its internal location, so no web worker
    is tied up by a slow download; the headers set here go to the browser unchanged.
    """
    filename = PurePosixPath(name).name
    if settings.PRIVATE_FILES_ACCEL_REDIRECT:
        if not stored.storage.exists(stored.name):
            raise Http404
        response = HttpResponse(content_type="application/octet-stream")
        response["Content-Disposition"] = content_disposition_header(True, filename)
        response["X-Accel-Redirect"] = settings.PRIVATE_FILES_ACCEL_PREFIX + quote(stored.name)
    else:
        response = FileResponse(stored.open("rb"), as_attachment=True, filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
