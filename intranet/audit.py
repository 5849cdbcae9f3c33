"""Logins and failed logins go into Wagtail's audit log (Wagtail logs neither).

Together with Wagtail's own entries for every create, edit, publish and delete, the
audit log answers "who did what, when" for the intranet. The address is kept so that
guessing from one place shows up in the site history.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import log

LOGIN = "intranet.login"
LOGOUT = "intranet.logout"
LOGIN_FAILED = "intranet.login_failed"


@hooks.register("register_log_actions")
def register_login_actions(actions):
    actions.register_action(LOGIN, _("Đăng nhập"), _("Đăng nhập thành công"))
    actions.register_action(LOGOUT, _("Đăng xuất"), _("Đăng xuất"))
    actions.register_action(LOGIN_FAILED, _("Đăng nhập sai"), _("Đăng nhập sai mật khẩu"))


def client_address(request) -> str:
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


@receiver(user_logged_in)
def log_login(sender, request, user, **kwargs):
    log(user, LOGIN, user=user, data={"ip": client_address(request)})


@receiver(user_logged_out)
def log_logout(sender, request, user, **kwargs):
    if user is not None:
        log(user, LOGOUT, user=user, data={"ip": client_address(request)})


@receiver(user_login_failed)
def log_failed_login(sender, credentials, request=None, **kwargs):
    """Failed logins are logged against the account they tried, when it exists."""
    username = (credentials or {}).get("username")
    if not username:
        return
    user = get_user_model()._default_manager.filter(username=username).first()
    if user is not None:
        log(user, LOGIN_FAILED, user=None, data={"ip": client_address(request)})
