"""The one address private files are downloaded from, for those allowed to see their record.

Which fields hold private files each model says (``private_file_fields``, see
``core.private_files``); who may see a record is the unit scoping the admin applies. A file
whose record the user may not see answers 404, exactly like a file that does not exist.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.views.decorators.cache import never_cache

from core.private_files import file_response, private_file_fields

from .scoping import scope_queryset


@never_cache
@login_required
def private_file(request, name: str):
    for model, field in private_file_fields():
        visible = scope_queryset(request.user, model._default_manager.all(), "unit")
        record = visible.filter(**{field: name}).first()
        if record is not None:
            return file_response(getattr(record, field), name)
    raise Http404
