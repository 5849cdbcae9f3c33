"""Production settings pass Django's deployment checks, and plain HTTP can be chosen.

Run in a subprocess: the test suite's own settings are not production's.
"""

import os
import secrets
import subprocess
import sys

from django.conf import settings

SWITCHES = (
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_COOKIES",
    "DEBUG",
)


def run_production(*args, **env) -> subprocess.CompletedProcess:
    # The browser tests, earlier in the same run, relax Django's async-safety check for
    # Playwright's event loop; a deployment never does.
    left_out = {*SWITCHES, "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {key: value for key, value in os.environ.items() if key not in left_out}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY=secrets.token_urlsafe(50), **env
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


SHOW = "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE)"


def test_https_is_on_by_default_and_each_part_can_be_switched_off():
    assert run_production("shell", "--no-imports", "-c", SHOW).stdout.split() == ["True", "31536000", "True"]
    plain_http = run_production(
        "shell",
        "--no-imports",
        "-c",
        SHOW,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        SECURE_COOKIES="false",
    )
    assert plain_http.stdout.split() == ["False", "0", "False"]
