"""Walk the admin screens a user can reach and find the English left on each.

The walk starts where the user starts (the login page, the dashboard, the account page
and the sidebar's menu) and follows the links and choosers each screen offers, like a
person clicking through, staying on ``/admin/``. Each kind of screen (URL name and the
names of its query parameters) is visited a few times, not every record. On the way it
also does what a person does: searches (with and without results), applies each filter,
sends each form as it stands (an add form, whose required fields are empty, answers with
validation errors; an edit form saves unchanged and the next screen shows the success
message), presses each action button (publish...) and the lock switch, opens each
snippet chooser, fails to log in, asks for a password reset (and reads the e-mail). The
admin's JavaScript strings are checked in the catalog the admin loads. Screens that
answer 403/404 are checked too: they are screens a person sees.

It changes the database (saves, locks, a password-reset request): run it inside a
transaction that is rolled back, as ``check_admin_vietnamese`` and the test suite do.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, deque
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.core import mail
from django.test import Client, override_settings
from django.urls import Resolver404, resolve, reverse

from bs4 import BeautifulSoup

from .catalogs import source_entries
from .english_check import english_phrases, is_english
from .wording_check import wording_problems

ADMIN_PREFIX = "/admin/"
# Never followed: leaving the session, downloads, assets, and the JS catalog (checked apart).
SKIP_URL = re.compile(
    r"/logout/|/jsi18n/|/sprite/|/editing-sessions/|[?&]export=|/static/|/media/"
    r"|/documents/\d+/.+|/preview/"
)
# Loggers that report each 403/404/405 and failed login the walk provokes on purpose.
QUIET_LOGGERS = ("django.request", "django.security", "axes")
MAX_PER_KIND = 2
MAX_SCREENS = 400


@dataclass
class Screen:
    """One screen as a person sees it: what was done to reach it, the English on it, and
    the wording that reads wrong in any language (see ``wording_check``)."""

    action: str
    url: str
    status: int
    english: list[str] = field(default_factory=list)
    wording: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.action} {self.url} → {self.status}"


def crawl(
    user, *, allow: Iterable[str] = (), host: str | None = None, accept_language: str | None = None
) -> list[Screen]:
    """Every admin screen ``user`` reaches, and the anonymous screens before logging in.

    The names of the site's languages (``settings.LANGUAGES``, "English" in the locale
    filter) are allowed: each language is named in its own tongue, like a proper noun.
    ``accept_language`` is the browser's Accept-Language header (none by default): Django
    picks the language of anonymous screens, and of users without a preferred language,
    from it.
    """
    allow = (*allow, *(str(name) for _code, name in settings.LANGUAGES))
    crawler = _Crawler(user, allow, host or _host(), accept_language)
    with _quiet(), override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        crawler.anonymous_screens()
        mail.outbox = []
        crawler.admin_screens()
        crawler.javascript_catalog()
        crawler.emails_sent()
    return crawler.screens


@contextmanager
def _quiet():
    loggers = [logging.getLogger(name) for name in QUIET_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _host() -> str:
    hosts = [h for h in settings.ALLOWED_HOSTS if h not in ("*",) and not h.startswith(".")]
    return hosts[0] if hosts else "testserver"


class _Crawler:
    def __init__(self, user, allow: tuple[str, ...], host: str, accept_language: str | None = None):
        self.user = user
        self.allow = allow
        self.host = host
        self.headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
        self.screens: list[Screen] = []
        self.seen_urls: set[str] = set()
        self.kinds: Counter = Counter()

    # -- recording ---------------------------------------------------------------
    def record(self, action: str, url: str, response) -> BeautifulSoup | None:
        content_type = response.get("Content-Type", "")
        if "html" not in content_type and "json" not in content_type:
            self.screens.append(Screen(action, url, response.status_code))
            return None
        html = _html_of(response)
        self.screens.append(
            Screen(
                action,
                url,
                response.status_code,
                english_phrases(html, allow=self.allow),
                wording_problems(html, self.user),
            )
        )
        return BeautifulSoup(html, "html.parser")

    def client(self, logged_in: bool) -> Client:
        client = Client(HTTP_HOST=self.host, raise_request_exception=False, **self.headers)
        if logged_in:
            client.force_login(self.user)
        return client

    # -- before logging in -----------------------------------------------------------
    def anonymous_screens(self) -> None:
        client = self.client(logged_in=False)
        login = reverse("wagtailadmin_login")
        self.record("GET", login, client.get(login))
        self.record("GET", login + "?next=/admin/", client.get(login + "?next=/admin/"))
        response = client.post(login, {"username": self.user.get_username(), "password": "sai-mat-khau"})
        self.record("POST (sai mật khẩu)", login, response)
        response = client.post(login, {"username": "", "password": ""})
        self.record("POST (để trống)", login, response)

        reset = reverse("wagtailadmin_password_reset")
        self.record("GET", reset, client.get(reset))
        self.record("POST (để trống)", reset, client.post(reset, {"email": ""}))
        mail.outbox = []
        response = client.post(reset, {"email": self.user.email or "khong-co@example.com"}, follow=True)
        self.record("POST", reset, response)
        for message in mail.outbox:
            text = f"<p>{message.subject}</p><pre>{message.body}</pre>"
            self.screens.append(
                Screen(
                    "E-mail",
                    f"{reset} «{message.subject}»",
                    200,
                    english_phrases(text, allow=self.allow),
                    wording_problems(text, self.user),
                )
            )
        for name, kwargs in (
            ("wagtailadmin_password_reset_done", {}),
            ("wagtailadmin_password_reset_confirm", {"uidb64": "MQ", "token": "sai-ma"}),
            ("wagtailadmin_password_reset_complete", {}),
        ):
            url = reverse(name, kwargs=kwargs)
            self.record("GET", url, client.get(url, follow=True))

    # -- logged in ------------------------------------------------------------------
    def admin_screens(self) -> None:
        client = self.client(logged_in=True)
        self.queue: deque[str] = deque(
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_account"),
                "/admin/khong-co-trang-nay/",
                *self.snippet_choosers(),
            ]
        )
        while self.queue and len(self.screens) < MAX_SCREENS:
            url = self.queue.popleft()
            if url in self.seen_urls:
                continue
            self.seen_urls.add(url)
            self.visit(client, "GET", url, client.get(url, follow=True))

    def snippet_choosers(self) -> list[str]:
        """The chooser of each snippet the user may work with (no screen may link to it)."""
        from wagtail.snippets.models import get_snippet_models

        urls = []
        for model in get_snippet_models():
            viewset = model.snippet_viewset
            if viewset.permission_policy.user_has_any_permission(self.user, ["add", "change", "view"]):
                urls.append(reverse(viewset.chooser_viewset.get_url_name("choose")))
        return urls

    def visit(self, client: Client, action: str, url: str, response) -> None:
        """Check a screen, queue the screens it links to, and do what it offers to do."""
        soup = self.record(action, url, response)
        if soup is None or response.status_code != 200:
            return
        here = response.redirect_chain[-1][0] if getattr(response, "redirect_chain", None) else url
        for link in self.links(soup, here):
            kind = self.kind(link)
            if link in self.seen_urls or self.kinds[kind] >= MAX_PER_KIND:
                continue
            self.kinds[kind] += 1
            self.queue.append(link)
        self.submit_forms(client, soup, here)
        self.scripted_posts(client, soup, here)

    def scripted_posts(self, client: Client, soup: BeautifulSoup, url: str) -> None:
        """Controls that POST through a script (lock and unlock switches), once per kind."""
        for tag in soup.find_all(attrs={"data-w-action-url-value": True}):
            target = tag["data-w-action-url-value"]
            if "w-action#post" not in (tag.get("data-action") or "") or SKIP_URL.search(target):
                continue
            key = ("POST", self.kind(target))
            if self.kinds[key] >= 1 or not target.startswith(ADMIN_PREFIX):
                continue
            self.kinds[key] += 1
            self.visit(client, f"POST (nút trên {url})", target, client.post(target, {}, follow=True))

    def kind(self, url: str):
        parts = urlsplit(url)
        try:
            match = resolve(parts.path)
        except Resolver404:
            return ("404", parts.path)
        return (match.view_name, tuple(sorted({k for k, _ in parse_qsl(parts.query)})))

    def links(self, soup: BeautifulSoup, base: str) -> list[str]:
        """Admin URLs the screen offers: links, choosers, sort, pages, each filter applied."""
        found: list[str] = []
        for tag in soup.find_all(True):
            for name, value in tag.attrs.items():
                if not isinstance(value, str):
                    continue
                if name == "href" or (
                    name.startswith("data-") and "url" in name and name != "data-w-action-url-value"
                ):  # data-w-action-url-value: a POST target, see scripted_posts()
                    found.append(value)
        for script in soup.find_all("script", id="wagtail-sidebar-props"):
            found.extend(re.findall(r'"url":\s*"([^"]+)"', script.string or ""))
        for form in soup.find_all("form"):
            if (form.get("method") or "get").lower() != "get":
                continue
            action = form.get("action") or base.split("?")[0]
            if form.find("input", attrs={"name": "q"}) is not None:
                found.append(f"{action}?{urlencode({'q': 'zzzkhongco'})}")
                found.append(f"{action}?{urlencode({'q': 'thôn'})}")
            for name, value in _filter_choices(form):
                found.append(f"{action}?{urlencode({name: value})}")
        links = []
        for url in found:
            url = url.split("#")[0]
            if url.startswith("http"):
                parts = urlsplit(url)
                if parts.hostname not in (self.host, None):
                    continue
                url = parts.path + ("?" + parts.query if parts.query else "")
            if url.startswith(ADMIN_PREFIX) and not SKIP_URL.search(url) and url not in links:
                links.append(url)
        return links

    def submit_forms(self, client: Client, soup: BeautifulSoup, url: str) -> None:
        """Send the screen's POST forms as they stand, then with each of their action buttons."""
        try:
            view_name = resolve(urlsplit(url).path).view_name
        except Resolver404:
            return
        for form in soup.find_all("form"):
            if (form.get("method") or "").lower() != "post":
                continue
            action = form.get("action") or url
            if SKIP_URL.search(action) or not action.startswith(ADMIN_PREFIX) or not _submits(form):
                continue  # forms without a submit button are sent by scripts, not by people
            key = ("POST", view_name, action == url)
            if self.kinds[key] >= MAX_PER_KIND:
                continue
            self.kinds[key] += 1
            # As the form stands: an add form's required fields are empty (validation
            # errors), an edit form's are filled (success message on the next screen).
            data = _form_data(form)
            response = client.post(action, data, follow=True)
            self.visit(client, f"POST (biểu mẫu trên {url})", action, response)
            for button in form.find_all(["button", "input"], attrs={"name": re.compile(r"^action-")}):
                key = ("POST", view_name, button["name"])
                if self.kinds[key] >= 1:
                    continue
                self.kinds[key] += 1
                response = client.post(action, {**data, button["name"]: button.get("value", "")}, follow=True)
                self.visit(client, f"POST ({button['name']}, trên {url})", action, response)

    def emails_sent(self) -> None:
        """The notifications the walk made Wagtail send (a submission tells the reviewers),
        each read as its recipient reads it: the greeting must carry their full name."""
        from django.contrib.auth import get_user_model

        for message in mail.outbox:
            recipient = get_user_model().objects.filter(email__in=message.to).first()
            text = f"<p>{message.subject}</p><pre>{message.body}</pre>"
            for body, kind in getattr(message, "alternatives", []):
                if kind == "text/html":
                    text += body
            self.screens.append(
                Screen(
                    "E-mail",
                    f"→ {', '.join(message.to)} «{message.subject}»",
                    200,
                    english_phrases(text, allow=self.allow),
                    wording_problems(text, recipient),
                )
            )

    # -- the admin's JavaScript strings -----------------------------------------------
    def javascript_catalog(self) -> None:
        """The JS strings of the admin (sidebar, editor toolbars) must have a Vietnamese text."""
        client = self.client(logged_in=True)
        url = reverse("wagtailadmin_javascript_catalog")
        response = client.get(url)
        match = re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)
        catalog = json.loads(match.group(1)) if match else {}
        missing = []
        for module, entry in source_entries("djangojs"):
            if module != "wagtail.admin":
                continue
            key = entry.msgid if not entry.msgctxt else f"{entry.msgctxt}\x04{entry.msgid}"
            value = catalog.get(key)
            texts = value if isinstance(value, list) else [value]
            if not value or any(not t or is_english(t, self.allow) for t in texts):
                missing.append(entry.msgid)
        self.screens.append(Screen("GET (chuỗi JavaScript)", url, response.status_code, missing))


def _html_of(response) -> str:
    """The HTML of a response; Wagtail's modal (chooser) views wrap it in JSON."""
    text = response.content.decode(response.charset or "utf-8", "replace")
    if "json" in response.get("Content-Type", ""):
        try:
            data = json.loads(text)
        except ValueError:
            return ""
        return data.get("html", "") if isinstance(data, dict) else ""
    return text


def _filter_choices(form) -> list[tuple[str, str]]:
    """(name, value) applying each filter of a GET form once: a select's first real option,
    a radio or checkbox's first value."""
    choices = []
    for select in form.find_all("select"):
        options = [o.get("value") for o in select.find_all("option") if o.get("value")]
        if select.get("name") and options:
            choices.append((select["name"], options[-1]))
    seen = set()
    for box in form.find_all("input", attrs={"type": ["radio", "checkbox"]}):
        name, value = box.get("name"), box.get("value")
        if name and value and name not in seen:
            seen.add(name)
            choices.append((name, value))
    for box in form.find_all("input", attrs={"type": "date"}):
        if box.get("name"):
            choices.append((box["name"], "2020-02-28"))
    return choices


def _submits(form) -> bool:
    """Whether a person can send ``form``: it has a submit button."""
    for button in form.find_all("button"):
        if (button.get("type") or "submit").lower() == "submit":
            return True
    return form.find("input", attrs={"type": ["submit", "image"]}) is not None


def _form_data(form) -> dict:
    """The values a browser would send for ``form`` as it stands (files left out)."""
    data: dict[str, list[str] | str] = {}

    def add(name, value):
        if name in data:
            current = data[name]
            data[name] = (current if isinstance(current, list) else [current]) + [value]
        else:
            data[name] = value

    for tag in form.find_all(["input", "select", "textarea"]):
        name = tag.get("name")
        if not name or tag.has_attr("disabled"):
            continue
        if tag.name == "select":
            selected = tag.find_all("option", selected=True)
            if not selected and not tag.has_attr("multiple"):
                selected = tag.find_all("option")[:1]
            for option in selected:
                add(name, option.get("value", option.get_text()))
        elif tag.name == "textarea":
            add(name, tag.get_text())
        else:
            kind = (tag.get("type") or "text").lower()
            if kind in ("submit", "button", "reset", "file", "image"):
                continue
            if kind in ("checkbox", "radio") and not tag.has_attr("checked"):
                continue
            add(name, tag.get("value", "on" if kind in ("checkbox", "radio") else ""))
    return data
