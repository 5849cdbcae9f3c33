"""Serving the private files units upload, to those allowed to see their record.

Each private file field is registered here with the queryset rule that decides who may
see its record (the same unit scoping as the admin). A file whose record the user may
not see answers 404, exactly like a file that does not exist.
"""

from dataclasses import dataclass
from pathlib import PurePosixPath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
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
            stored = getattr(record, entry.field)
            response = FileResponse(
                stored.open("rb"), as_attachment=True, filename=PurePosixPath(name).name
            )
            response["X-Content-Type-Options"] = "nosniff"
            response["Cache-Control"] = "private, no-store"
            return response
    raise Http404
