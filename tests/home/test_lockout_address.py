"""Sign-in lockouts count the visitor's address, not the proxy's, behind nginx → Varnish.

gunicorn sees every request come from Varnish (127.0.0.1); nginx puts the visitor's
address in X-Forwarded-For and Varnish appends nginx's. With the stack's setting
(``AXES_IPWARE_PROXY_COUNT=1``, site/stack.env and site/env.example), five wrong passwords
from one visitor lock that visitor out of the account, and nobody else.
"""

import os
import subprocess
import sys
from pathlib import Path

from django.contrib.auth import get_user_model

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent.parent
BEHIND_PROXIES = {
    "AXES_IPWARE_PROXY_COUNT": 1,
    "AXES_IPWARE_PROXY_ORDER": "left-most",
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
}


def settings_from_environment(**env) -> dict:
    """The AXES_IPWARE_* settings config.settings.base derives from ``env``."""
    code = (
        "import config.settings.base as s; "
        "print(repr({k: getattr(s, k) for k in dir(s) if k.startswith('AXES_IPWARE_')}))"
    )
    environment = {key: value for key, value in os.environ.items() if key != "AXES_IPWARE_PROXY_COUNT"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return eval(done.stdout)  # noqa: S307 - our own repr of plain values


def stack_setting(name: str) -> str:
    line = next(
        line for line in (ROOT / "site" / "stack.env").read_text().splitlines() if f"{{{name}:=" in line
    )
    return line.split(":=")[1].rstrip('}"')


def test_the_stack_and_the_example_environment_count_one_proxy_in_the_header():
    assert stack_setting("AXES_IPWARE_PROXY_COUNT") == "1"
    assert "AXES_IPWARE_PROXY_COUNT=1" in (ROOT / "site" / "env.example").read_text().splitlines()
    assert settings_from_environment(AXES_IPWARE_PROXY_COUNT="1") == BEHIND_PROXIES
    # Without a proxy (a laptop) the header is ignored: a visitor could write anything there.
    assert settings_from_environment() == {"AXES_IPWARE_META_PRECEDENCE_ORDER": ("REMOTE_ADDR",)}


def fail_sign_in(client, username: str, visitor: str | None):
    headers = {"HTTP_X_FORWARDED_FOR": f"{visitor}, 127.0.0.1"} if visitor else {}
    return client.post(
        "/admin/login/",
        {"username": username, "password": "sai-mat-khau"},
        REMOTE_ADDR="127.0.0.1",
        **headers,
    )


def test_behind_the_proxies_a_lockout_holds_the_visitor_not_everyone(client, settings):
    for name, value in BEHIND_PROXIES.items():
        setattr(settings, name, value)
    user = get_user_model().objects.create_user("canbo.thu", password="dung-mat-khau-2020")

    for _ in range(settings.AXES_FAILURE_LIMIT):
        fail_sign_in(client, user.username, "203.0.113.7")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}
    locked = client.post(
        "/admin/login/",
        {"username": user.username, "password": "dung-mat-khau-2020"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.7, 127.0.0.1",
    )
    assert locked.status_code == 429
    other = client.post(
        "/admin/login/",
        {"username": user.username, "password": "dung-mat-khau-2020"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.20, 127.0.0.1",
    )
    assert other.status_code == 302  # another visitor of the same proxies signs in


def test_without_a_proxy_the_header_a_visitor_sends_is_ignored(client, settings):
    user = get_user_model().objects.create_user("canbo.nam", password="dung-mat-khau-2020")

    fail_sign_in(client, user.username, "203.0.113.7")

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["127.0.0.1"]
