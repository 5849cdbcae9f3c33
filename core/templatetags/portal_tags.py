"""Template tags every public page uses: money, the menu, breadcrumbs and language links.

The header and footer render on every page, so what they show of the page tree and the
settings is computed once and kept until an editor changes it (core/public_cache.py):
most requests take no query for them.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core import public_cache
from core.localized import looks_vietnamese

register = template.Library()

OPEN_GRAPH_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


@register.filter
def vnd(value) -> str:
    """Money as Vietnamese write it: ``1250000000`` → ``1.250.000.000 đ``; nothing → em dash.

    Written by hand rather than with Django's number localisation because the English
    site shows đồng too and must keep the Vietnamese grouping.
    """
    if value is None or value == "":
        return "—"
    try:
        amount = int(value)
    except (TypeError, ValueError):
        return "—"
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,}".replace(",", ".") + " đ"


@register.filter
def grouped(value) -> str:
    """A count with dots between thousands (``12.345``), as figures are printed in Vietnam."""
    try:
        return f"{int(value):,}".replace(",", ".")
    except (TypeError, ValueError):
        return ""


@register.filter
def css_percent(ratio) -> str:
    """A 0–1 ratio as a CSS percentage with a dot decimal separator.

    ``{{ 12.5 }}`` renders as ``12,5`` on the Vietnamese site, which breaks a style
    attribute; this filter never localises.
    """
    try:
        value = min(100.0, max(0.0, float(ratio) * 100))
    except (TypeError, ValueError):
        value = 0.0
    return f"{value:.2f}%"


@register.filter
def percent_number(ratio) -> int:
    """A 0–1 ratio as a whole percentage, for the text beside a progress bar."""
    try:
        return round(min(1.0, max(0.0, float(ratio))) * 100)
    except (TypeError, ValueError):
        return 0


@register.simple_tag(takes_context=True)
def organisation(context):
    """The site's ``OrganisationSettings`` (kept until they are saved again), or ``None``.

    A tag rather than the ``settings`` context processor so that templates rendered
    without one (a snippet preview, an error page) get ``None`` instead of an error.
    """
    from core.models import OrganisationSettings

    request = context.get("request")
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    return public_cache.remember(f"organisation:{site.pk}", lambda: OrganisationSettings.for_site(site))


@register.filter
def localized_name(organisation) -> str:
    """The organisation's name in the active language (``OrganisationSettings``)."""
    if organisation is None:
        return ""
    return organisation.display_name(translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag
def vi_lang(*texts) -> str:
    """`` lang="vi"`` for an element holding ``texts`` when they are Vietnamese on a page in
    another language (text with no English version yet); nothing otherwise.

    ``<div class="rich-text"{% vi_lang page.body %}>``. The site's middleware then says once,
    at the top of the page, that some text is not translated yet.
    """
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    if language == settings.LANGUAGE_CODE[:2]:
        return ""
    if looks_vietnamese(" ".join(str(text or "") for text in texts)):
        return mark_safe(f' lang="{settings.LANGUAGE_CODE[:2]}"')  # noqa: S308 - a constant
    return ""


@register.filter
def window_title(page) -> str:
    """The page's title for the browser tab: its SEO title, unless that is still Vietnamese
    on a page in another language whose own title is translated."""
    if page is None:
        return ""
    seo_title, title = getattr(page, "seo_title", ""), getattr(page, "title", "")
    if seo_title and vi_lang(seo_title) and not vi_lang(title):
        return title
    return seo_title or title


@register.filter
def localized_footer_text(organisation) -> str:
    """The footer's text in the active language (``OrganisationSettings``)."""
    if organisation is None:
        return ""
    return organisation.display_footer_text(translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag
def open_graph_locale(language_code: str | None = None) -> str:
    code = (language_code or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return OPEN_GRAPH_LOCALES.get(code, OPEN_GRAPH_LOCALES["vi"])


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str | None = None) -> str:
    """``url`` (or the current path) as an absolute URL, for canonical and Open Graph tags."""
    request = context.get("request")
    if request is None:
        return url or ""
    return request.build_absolute_uri(url if url else request.path)


def active_content_language() -> str:
    """The content locale's language code for the active UI language (``vi`` or ``en``)."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _site_root_path(request, language_code: str) -> str | None:
    """The url_path of the site's home page in ``language_code``, from Wagtail's cache."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    fallback = None
    for root in Site.get_site_root_paths():
        if root.site_id != site.pk:
            continue
        if root.language_code == language_code:
            return root.root_path
        if root.language_code == settings.LANGUAGE_CODE:
            fallback = root.root_path
    return fallback


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """Live children of the home page in the active language that editors put in menus.

    Kept in the cache until a page changes; computing it takes two queries: the home page
    is found through Wagtail's cached site root paths, and its children by url_path and
    depth instead of a tree lookup from a fetched page.
    """
    request = context.get("request")
    language_code = active_content_language()
    root_path = _site_root_path(request, language_code)
    if root_path is None:
        return []
    items = public_cache.remember(
        f"menu:{language_code}:{root_path}",
        lambda: list(
            Page.objects.live()
            .public()
            .in_menu()
            .filter(
                url_path__startswith=root_path,
                depth=root_path.count("/") + 1,
                locale__language_code=language_code,
            )
            .order_by("path")
        ),
    )
    mark_menu_position(context, items)
    return items


def mark_menu_position(context, items: list[Page]) -> None:
    """Set ``is_current``, ``is_ancestor`` and ``menu_label`` on each menu item.

    ``menu_label`` is the item's short title when its model has one (a plan's
    ``short_title``), else its title; the full title stays in the link's ``title``.
    """
    current = context.get("page")
    current_path = getattr(current, "path", "")
    # On a routed detail (a work under the gallery) the listing is an ancestor, not "here".
    on_routed_detail = context.get("listing_page") is not None
    for item in items:
        item.is_current = current_path == item.path and not on_routed_detail
        item.is_ancestor = current_path.startswith(item.path) and not item.is_current
        item.menu_label = getattr(item, "short_title", "") or item.title


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_active: bool
    is_translation: bool


def _home_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def _live_translations(page: Page) -> dict[str, Page]:
    """The page and its live translations by language code (plain pages, for their URLs)."""
    translations = {page.locale.language_code: page}
    for other in page.get_translations().live().select_related("locale"):
        translations[other.locale.language_code] = other
    return translations


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """One link per site language, pointing to the same content in that language.

    A page links to its live translation; a routed detail (a work, an exemplar) links
    to the same slug under the translated listing page, because the listing falls back
    to the Vietnamese original when an item is not translated yet. A view that is not a
    page (the search) may pass ``alternate_urls`` ({language code: URL}). Anything else
    links to that language's home page.
    """
    request = context.get("request")
    page = context.get("page")
    listing_page = context.get("listing_page")
    detail_item = context.get("work") or context.get("exemplar")
    active = active_content_language()

    translations: dict[str, Page] = {}
    if isinstance(page, Page) and page.pk:
        translations = public_cache.remember(f"translations:{page.pk}", lambda: _live_translations(page))

    links = []
    for code, name in settings.LANGUAGES:
        url = None
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
            if url and listing_page is not None and detail_item is not None:
                url = url + target.reverse_subpage("detail", args=(detail_item.slug,))
        url = url or (context.get("alternate_urls") or {}).get(code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url or _home_url(code),
                is_active=code == active,
                is_translation=url is not None,
            )
        )
    return links


@dataclass
class Crumb:
    title: str
    url: str | None


@register.simple_tag(takes_context=True)
def breadcrumbs(context, *trail) -> list[Crumb]:
    """The path from the home page to the current page, then any routed ``trail``.

    ``trail`` holds title/URL pairs after the page itself, for a routed detail view:
    ``{% breadcrumbs work.title "" as crumbs %}`` ends on the work, not on its listing.
    An empty URL marks the current location (rendered as text with aria-current).
    """
    request = context.get("request")
    page = context.get("page")
    crumbs: list[Crumb] = []
    if not isinstance(page, Page):
        return crumbs

    def ancestors_and_short_titles():
        ancestors = list(page.get_ancestors().filter(depth__gt=1))
        return ancestors, _short_titles(ancestors)

    ancestors, short_titles = (
        public_cache.remember(f"crumbs:{page.pk}", ancestors_and_short_titles)
        if page.pk
        else ancestors_and_short_titles()
    )
    for ancestor in ancestors:
        title = _("Trang chủ") if ancestor.depth == 2 else short_titles.get(ancestor.pk) or ancestor.title
        crumbs.append(Crumb(title, ancestor.get_url(request)))
    if page.depth == 2:
        crumbs.append(Crumb(_("Trang chủ"), page.get_url(request) if trail else None))
    else:
        title = getattr(page, "short_title", "") or page.title
        crumbs.append(Crumb(title, page.get_url(request) if trail else None))
    pairs = list(trail)
    for index in range(0, len(pairs) - 1, 2):
        crumbs.append(Crumb(str(pairs[index]), pairs[index + 1] or None))
    return crumbs


def _short_titles(pages: list[Page]) -> dict[int, str]:
    """The ``short_title`` of those ``pages`` whose model has one (a plan's), by page id.

    One query per such model, and none when no ancestor has one: the model is read from
    the content type cache, so this app need not know the models that declare the field.
    """
    by_model: dict[type, list[int]] = {}
    for page in pages:
        model = page.specific_class
        if model is not None and any(field.name == "short_title" for field in model._meta.fields):
            by_model.setdefault(model, []).append(page.pk)
    titles: dict[int, str] = {}
    for model, pks in by_model.items():
        titles.update(
            model.objects.filter(pk__in=pks).exclude(short_title="").values_list("pk", "short_title")
        )
    return titles


@register.filter
def page_window(page_obj) -> list:
    """Page numbers around the current one, with ``None`` where numbers are elided."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]


def _plain(text) -> str:
    return " ".join(str(text or "").split())


@register.simple_tag
def rich_text_without(value, *shown_texts) -> str:
    """``value`` as rich text less the paragraphs that only repeat ``shown_texts``.

    A work's description often opens with its summary, already printed as the lead just
    above; an exemplar's achievements may do the same. The repeated paragraph is left out
    (and an empty result hides the section), so a reader does not read it twice.
    """
    from wagtail.templatetags.wagtailcore_tags import richtext

    from bs4 import BeautifulSoup

    rendered = str(richtext(value)) if value else ""
    repeated = {_plain(text) for text in shown_texts if _plain(text)}
    if not rendered or not repeated:
        return rendered
    document = BeautifulSoup(rendered, "html.parser")
    for paragraph in document.find_all(["p", "li"]):
        if _plain(paragraph.get_text()) in repeated:
            paragraph.decompose()
    if not _plain(document.get_text()):
        return ""
    return mark_safe(str(document))  # noqa: S308 - richtext's own output, less some elements
