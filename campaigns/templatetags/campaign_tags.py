"""Template tags for the plan page: the timeline's bars and the deadlines' countdowns.

The bar's places are computed here, as whole percentages for the ``pct-l-*`` and
``pct-w-*`` classes of site.css (the Content-Security-Policy allows no ``style`` attribute).
"""

from dataclasses import dataclass
from datetime import date

from django import template
from django.utils import timezone

from campaigns.featured import featured_campaign_for
from campaigns.models import ArticleIndexPage, CampaignPage, NomineeKind
from core import public_cache
from core.templatetags.portal_tags import active_content_language, main_menu, mark_menu_position

register = template.Library()


@dataclass
class TimelineRow:
    start: date
    end: date
    label: str
    kind: str
    left: int
    width: int
    days_left: int
    is_past: bool
    is_current: bool
    number: int | None = None
    today_comes_first: bool = False
    bar_label: str = ""
    on_bar: bool = True

    @property
    def is_deadline(self) -> bool:
        return self.kind == "deadline"


def bar_place(campaign, start: date, end: date) -> tuple[int, int]:
    """Left edge and width on the campaign's bar, in whole percent.

    The width is taken from the rounded ends, so that phases which meet on the calendar
    meet on the bar.
    """
    total = (campaign.end_date - campaign.start_date).days or 1
    position = round(100 * min(1, max(0, (start - campaign.start_date).days / total)), 2)
    span = round(100 * max(0, (end - start).days) / total, 2)
    left, right = round(position), min(100, round(position + span))
    return left, max(0, right - left)


@register.simple_tag
def timeline_rows(campaign, today: date | None = None) -> list[TimelineRow]:
    """The campaign's phases and deadlines (``CampaignPage.deadlines``) with their place on a 0–100 % bar.

    The first event after today is flagged so that the vertical list can show a
    "today" marker before it, as the bar does with a line.
    """
    if campaign is None:
        return []
    today = today or timezone.localdate()
    events = [(phase.start_date, phase.end_date, phase.title, "phase") for phase in campaign.phases.all()]
    events += [
        (deadline.day, deadline.day, deadline.label, "deadline") for deadline in campaign.deadlines(today)
    ]
    events.sort(key=lambda event: (event[0], event[3] != "phase"))
    rows = []
    deadlines = 0
    for start, end, label, kind in events:
        if kind == "deadline":
            deadlines += 1
        left, width = bar_place(campaign, start, end)
        rows.append(
            TimelineRow(
                start=start,
                end=end,
                label=str(label),
                kind=kind,
                left=left,
                width=width,
                days_left=(end - today).days,
                is_past=end < today,
                is_current=start <= today <= end,
                number=deadlines if kind == "deadline" else None,
            )
        )
    # Deadlines on the same day (nominations and reports, say) share one marker on the bar.
    first_on_day: dict[date, TimelineRow] = {}
    for row in rows:
        if not row.is_deadline:
            continue
        shared = first_on_day.setdefault(row.start, row)
        if shared is row:
            row.bar_label = str(row.number)
        else:
            shared.bar_label = f"{shared.bar_label}, {row.number}"
            row.on_bar = False
    if campaign.start_date <= today <= campaign.end_date:
        upcoming = next((row for row in rows if row.start > today), None)
        if upcoming is not None:
            upcoming.today_comes_first = True
    return rows


@register.simple_tag(takes_context=True)
def site_menu(context) -> list:
    """The main menu: the featured campaign first (by its short title), then the other pages.

    Plans that editors left "in menus" give way to the featured one, so the menu always
    leads to the campaign the home page shows; the others are on the campaigns list.
    """
    items = [item for item in main_menu(context) if item.specific_class is not CampaignPage]
    campaign = featured_campaign_for(context.get("request"))
    if campaign is not None:
        # An untranslated plan shows in Vietnamese on the English site: marked as such.
        campaign.content_language = campaign.locale.language_code
        items.insert(0, campaign)
        mark_menu_position(context, items)
    return items


@register.simple_tag(takes_context=True)
def featured_campaign(context):
    """The campaign the home page and the menu feature (see ``campaigns.featured``)."""
    return featured_campaign_for(context.get("request"))


@register.simple_tag
def news_index_page():
    """The live news listing of the active language, for the footer's feed links.

    Kept until a page changes (core/public_cache.py): the footer is on every page.
    """
    language_code = active_content_language()
    return public_cache.remember(
        f"news-index:{language_code}",
        lambda: (
            ArticleIndexPage.objects.live()
            .filter(locale__language_code=language_code)
            .order_by("path")
            .first()
        ),
    )


@register.simple_tag
def campaign_awards(campaign) -> list:
    """The campaign's award types with their names in one query (not one per row)."""
    return list(campaign.awards.select_related("award_type"))


@register.simple_tag
def criteria_by_kind(campaign) -> list[dict]:
    """The criteria grouped as the plan prints them: collectives first, then individuals."""
    criteria = list(campaign.criteria.all())
    groups = []
    for value, label in NomineeKind.choices:
        items = [criterion for criterion in criteria if criterion.nominee_kind == value]
        if items:
            groups.append({"kind": value, "label": label, "items": items})
    return groups
