"""Says once, at the top of a page in another language, that some of its text is Vietnamese.

Templates mark text that has no English version yet with ``lang="vi"`` (the ``vi_lang``
tag), wherever it comes from: a page field, a plan's row, a work shown in its original.
Whether a page holds any is known only once it is rendered, after the place where the
notice belongs; so this middleware reads the rendered page and, when its main content
holds such text, puts the notice at the start of ``<main>``.
"""

from django.conf import settings
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

MAIN_OPEN = '<main id="main"'
MAIN_CLOSE = "</main>"


def notice_html() -> str:
    text = _("Một số nội dung trên trang này chưa có bản tiếng Anh nên được giữ nguyên tiếng Việt.")
    return f'<div class="container untranslated-notice" role="note"><p>{escape(text)}</p></div>'


def with_notice(html: str, source_language: str) -> str | None:
    """``html`` with the notice after ``<main …>``, or None when its main holds no such text."""
    start = html.find(MAIN_OPEN)
    if start < 0:
        return None
    open_end = html.find(">", start) + 1
    close = html.find(MAIN_CLOSE, open_end)
    if open_end <= 0 or close < 0 or f' lang="{source_language}"' not in html[open_end:close]:
        return None
    return html[:open_end] + notice_html() + html[open_end:]


class UntranslatedNoticeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        source_language = settings.LANGUAGE_CODE[:2]
        if (
            (get_language() or source_language)[:2] == source_language
            or response.streaming
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        html = response.content.decode(response.charset)
        changed = with_notice(html, source_language)
        if changed is not None:
            response.content = changed.encode(response.charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
