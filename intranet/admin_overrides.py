"""Two of Wagtail's admin URLs answered differently (wired in ``config/urls.py``, before the admin).

Logout. Django's ``LogoutView`` logs out on POST only and refuses GET with 405, but
Wagtail's subclass deletes the session cookie and says "logged out" on every response,
the 405 included: a GET left the session alive on the server while the browser forgot
it, so whoever copied the cookie kept the account. Here only a real logout (POST, which
flushes the session) touches the cookie; a GET is refused and changes nothing. The
admin's sidebar and the members' dashboard both log out with a POST form.

``/admin/failwhale/``. Wagtail's deliberate crash, for checking that error reports reach
the developers; any user with admin access could raise a 500 with it. It answers 404.
"""

from django.http import HttpResponseNotAllowed
from django.utils.translation import gettext as _
from django.views.defaults import page_not_found

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import LogoutView as WagtailLogoutView


class LogoutView(WagtailLogoutView):
    http_method_names = ["post", "options"]

    def http_method_not_allowed(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(
            self._allowed_methods(),
            content=_("Hãy đăng xuất bằng nút “Đăng xuất” trong trang quản trị."),
            content_type="text/plain; charset=utf-8",
        )

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            # Before Wagtail's dispatch, which would delete the cookie of a live session.
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


# Wrapped as Wagtail wraps its own: admin access checked, messages in the user's language.
logout = require_admin_access(LogoutView.as_view())


def error_test(request):
    """The admin's "page not found", where Wagtail would crash on purpose."""
    return page_not_found(request, None, template_name="wagtailadmin/404.html")
