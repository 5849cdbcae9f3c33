"""The public's comment form, and what guards it against floods and robots without outside services.

CSRF (Django's middleware; the page carrying the form is never shared by the front
cache), a rate limit per client address kept in Django's cache, and a field hidden from
people that robots fill. Text is normalised (NFC, no control or invisible format
characters) and bounded; scripts are stored as typed and shown escaped.
"""

import ipaddress
import unicodedata

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 5000
# A client address may send this many comments per hour; more is a flood.
COMMENTS_PER_HOUR = 5
RATE_WINDOW_SECONDS = 3600


def clean_text(value: str) -> str:
    """NFC, without control characters (line breaks and tabs kept) or invisible format marks."""
    value = unicodedata.normalize("NFC", value or "")
    kept = (ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    return "".join(kept).strip()


class CleanTextField(forms.CharField):
    """Text as typed, normalised before it is validated (so a stray NUL is dropped, not refused)."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class PublicCommentForm(forms.Form):
    name = CleanTextField(label=_("Họ và tên (không bắt buộc)"), max_length=255, required=False)
    contact = CleanTextField(
        label=_("Điện thoại hoặc thư điện tử (không bắt buộc)"),
        max_length=255,
        required=False,
        help_text=_("Chỉ Văn phòng dùng để liên hệ lại khi cần xác minh; không công khai."),
    )
    text = CleanTextField(
        label=_("Nội dung góp ý"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Tối đa %(limit)s ký tự. Ý kiến được gửi tới Văn phòng và Hội đồng, không đăng công khai."
        )
        % {"limit": thousands(COMMENT_MAX_LENGTH)},
        error_messages={"required": _("Vui lòng nhập nội dung góp ý.")},
    )
    # A field people never see (hidden by the stylesheet); robots that fill every field fill it.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text) > COMMENT_MAX_LENGTH:
            raise ValidationError(
                gettext("Nội dung góp ý dài quá: tối đa %(limit)s ký tự, bạn đã nhập %(length)s ký tự.")
                % {"limit": thousands(COMMENT_MAX_LENGTH), "length": thousands(len(text))}
            )
        return text

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


def client_address(request) -> str:
    """The visitor's address: behind the site's own proxies (nginx, Varnish), the first forwarded one.

    ``X-Forwarded-For`` is believed only when the request came from this machine (nginx
    sets it from the connection), so a visitor reaching the application directly cannot
    choose their address by sending the header.
    """
    remote = request.META.get("REMOTE_ADDR") or ""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    try:
        local = ipaddress.ip_address(remote).is_loopback
    except ValueError:
        local = False
    if local and forwarded:
        return forwarded.split(",")[0].strip()
    return remote


def rate_key(request) -> str:
    return f"public-comment-rate:{client_address(request)}"


def over_rate_limit(request) -> bool:
    return (cache.get(rate_key(request)) or 0) >= COMMENTS_PER_HOUR


def count_attempt(request) -> None:
    key = rate_key(request)
    if cache.add(key, 1, RATE_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, RATE_WINDOW_SECONDS)
