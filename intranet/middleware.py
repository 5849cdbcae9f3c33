"""Officers and reviewers reach only the admin screens of their job.

The Wagtail admin has many screens that list objects across the whole site (reports,
site history, the image library, the snippet index...). Rather than hunting each one,
unit-scoped users get an allow-list: the admin home, their account, login and logout,
the unit-scoped snippets and their choosers, the image chooser for photos of works, and
the small endpoints those screens call. Everything else answers 403.
"""

from django.core.exceptions import PermissionDenied

from .scoping import is_unit_scoped

ALLOWED_URL_NAMES = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_dismissibles",
    "wagtail_localize:javascript_catalog",
    # The admin's "page not found" (config/urls.py), and Wagtail's catch-all, which
    # answers it for any unknown admin address: nothing there to refuse.
    "wagtailadmin_error_test",
    "wagtail.admin.views.home.default",
}
ALLOWED_NAMESPACE_PREFIXES = (
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_editing_sessions",
    "wagtailadmin_dismissibles",
    "wagtailimages_chooser",
)
# Filled by intranet.wagtail_hooks with the admin URL namespaces of the fenced viewsets.
SCOPED_VIEWSET_NAMESPACES: set[str] = set()


class UnitScopedAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.path.startswith("/admin/"):
            return None
        if not is_unit_scoped(request.user):
            return None
        if self.is_allowed(match):
            return None
        raise PermissionDenied

    @staticmethod
    def is_allowed(match) -> bool:
        if match.url_name in ALLOWED_URL_NAMES or match.view_name in ALLOWED_URL_NAMES:
            return True
        namespace = match.namespace or ""
        if namespace in SCOPED_VIEWSET_NAMESPACES:
            return True
        return any(namespace.startswith(prefix) for prefix in ALLOWED_NAMESPACE_PREFIXES)
