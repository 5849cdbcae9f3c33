"""A request carrying a NUL character is refused before any view reads it.

No keyboard types NUL and no link needs it, yet PostgreSQL refuses it in any text it is
asked to compare or store ("A string literal cannot contain NUL"), so ``?tag=%00`` on the
news listing reached the database and answered 500. Rather than guard each parameter of
each page and form, this middleware answers such a request itself: 404 for a NUL in the
path (no page has such an address), 400 with the portal's "invalid request" page for a NUL
in a parameter's name or value, in the query string or in a submitted form (field or
uploaded file name).
"""

from django.http import Http404
from django.shortcuts import render

NUL = "\x00"


def carries_nul(params) -> bool:
    return any(NUL in key or any(NUL in str(value) for value in values) for key, values in params.lists())


def uploads_carry_nul(files) -> bool:
    return any(
        NUL in key or any(NUL in (upload.name or "") for upload in uploads) for key, uploads in files.lists()
    )


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path_info:
            raise Http404
        if carries_nul(request.GET) or (
            request.method == "POST" and (carries_nul(request.POST) or uploads_carry_nul(request.FILES))
        ):
            return render(request, "400.html", status=400)
        return self.get_response(request)
