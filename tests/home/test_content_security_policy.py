"""The Content-Security-Policy: enforced on the public site, report-only in the admin.

The public policy allows no inline script or style, so the templates carry none: a scan
of every project template keeps it so. Bars and timeline positions are classes.
"""

import re
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import reverse

import pytest

from campaigns.templatetags.campaign_tags import timeline_rows
from tests.helpers import html

pytestmark = pytest.mark.django_db

ENFORCED = "Content-Security-Policy"
REPORT_ONLY = "Content-Security-Policy-Report-Only"


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.parametrize("path", ["/vi/", "/en/", "/vi/tim-kiem/?q=thi+dua", "/vi/khong-co-trang-nay/"])
def test_public_pages_enforce_a_policy_without_inline_code(site, client, path):
    response = client.get(path, follow=True)
    assert response.status_code in {200, 404}
    assert REPORT_ONLY not in response
    policy = directives(response[ENFORCED])
    for name in ("script-src", "style-src"):
        assert "'self'" in policy[name]
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*"} & set(policy[name]), name
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_the_admin_gets_the_policy_as_report_only(site, client, django_user_model):
    response = client.get(reverse("wagtailadmin_login"))
    assert ENFORCED not in response
    assert "'unsafe-inline'" not in response[REPORT_ONLY]
    user = django_user_model.objects.create_user("bientap.csp", "csp@example.com", "mat-khau-dai-2020")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert ENFORCED not in response
    assert directives(response[REPORT_ONLY])["script-src"][0] == "'self'"


# -- the templates -------------------------------------------------------------------------
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)
JS_URL = re.compile(r"href\s*=\s*[\"']\s*javascript:", re.I)


def project_templates() -> list[Path]:
    base = Path(settings.BASE_DIR)
    folders = [base / "templates", *sorted(base.glob("*/templates"))]
    return sorted(
        path for folder in folders if ".venv" not in folder.parts for path in folder.rglob("*.html")
    )


def test_no_template_carries_inline_script_or_style():
    templates = project_templates()
    assert len(templates) > 20
    offences = []
    for path in templates:
        text = path.read_text()
        for name, pattern in (
            ("inline <script>", INLINE_SCRIPT),
            ("<style>", STYLE_ELEMENT),
            ("style attribute", STYLE_ATTRIBUTE),
            ("event handler attribute", EVENT_HANDLER),
            ("javascript: link", JS_URL),
        ):
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                offences.append(f"{path.relative_to(settings.BASE_DIR)}:{line}: {name}")
    assert offences == []


def test_the_scan_would_see_an_inline_script():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/js/site.js" defer></script>')
    assert STYLE_ATTRIBUTE.search('<span class="x" style="left: 3%">')
    assert EVENT_HANDLER.search('<button onclick="go()">')


# -- what the inline styles did, done with classes ----------------------------------------------
def test_bars_take_their_length_from_a_class(site, client):
    page = html(client.get("/vi/"))
    bar = page.select_one(".progress__bar")
    assert "pct-w-100" in bar["class"]  # the 2020 campaign is over
    assert not page.select("[style]")


def test_the_timeline_phases_meet_on_the_bar(site, client):
    rows = timeline_rows(site.campaign, today=date(2020, 6, 1))
    phases = [row for row in rows if not row.is_deadline]
    assert len(phases) >= 2
    assert phases[0].left == 0
    for before, after in zip(phases, phases[1:], strict=False):
        assert before.left + before.width in {after.left, after.left - 1}
    assert all(0 <= row.left <= 100 and 0 <= row.width <= 100 for row in rows)
    page = html(client.get(site.campaign.url))
    drawn = page.select(".timeline-bar__phase")
    assert drawn and all(any(c.startswith("pct-w-") for c in phase["class"]) for phase in drawn)
    assert not page.select("[style]")


def test_the_stylesheet_has_every_percentage():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    for n in range(101):
        assert f".pct-w-{n} {{ width: {n}%; }}" in css
        assert f".pct-l-{n} {{ left: {n}%; }}" in css
