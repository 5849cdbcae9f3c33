"""Serving the private files units upload, to those allowed to see their record.

Each private file field is registered here with the queryset rule that decides who may
see its record (the same unit scoping as the admin). A file whose record the user may
not see answers 404, exactly like a file that does not exist.
"""

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache

from campaigns.models import CampaignReport, Registration

from .scoping import scope_queryset


@dataclass(frozen=True)
class PrivateFileField:
    model: type
    field: str
    unit_field: str = "unit"

    def visible_records(self, user):
        return scope_queryset(user, self.model._default_manager.all(), self.unit_field)


PRIVATE_FILE_FIELDS: list[PrivateFileField] = [
    PrivateFileField(Registration, "file"),
    PrivateFileField(CampaignReport, "file"),
]


def register_private_file_field(model, field: str, unit_field: str = "unit") -> None:
    """Later apps (nominations) add their private file fields here."""
    PRIVATE_FILE_FIELDS.append(PrivateFileField(model, field, unit_field))


@never_cache
@login_required
def private_file(request, name: str):
    for entry in PRIVATE_FILE_FIELDS:
        record = entry.visible_records(request.user).filter(**{entry.field: name}).first()
        if record is not None:
            return file_response(getattr(record, entry.field), name)
    raise Http404


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
