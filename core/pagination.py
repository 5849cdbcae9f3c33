"""Page numbers of the public listings (news, campaigns, works, honor roll, search)."""

from django.core.paginator import Paginator


def paginate(request, items, per_page: int):
    """The page of ``items`` the ``?page=`` parameter asks for.

    A number that is not one gives the first page, one past the end the last (Django's
    ``get_page``), so an old or hand-edited link never ends on an error page.
    """
    return Paginator(items, per_page).get_page(request.GET.get("page"))
