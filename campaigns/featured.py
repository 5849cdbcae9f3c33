"""Which campaign the public sees first: the one an editor pinned, else the running one.

The home page's hero and the menu feature one campaign. Editors rarely remember to
change a setting when a new plan starts, so the choice follows the plans' own dates:
a campaign pinned by an editor ("Ghim lên trang chủ", on the plan's promote tab) wins;
otherwise the campaign under way today (the latest to start, if several overlap); else
the next to start; else the last to have ended. The pin lives on the plan, so the home
page needs no link to the campaigns app.
"""

from datetime import date

from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Locale

from core import public_cache

from .models import CampaignPage
from .models.plan import CampaignStage

_REQUEST_ATTRIBUTE = "_featured_campaign"


def choose_featured(campaigns: list[CampaignPage], today: date) -> CampaignPage | None:
    """The campaign to feature among ``campaigns`` (Vietnamese originals) on ``today``."""
    if not campaigns:
        return None
    newest_first = sorted(campaigns, key=lambda campaign: (campaign.start_date, campaign.pk), reverse=True)
    pinned = [campaign for campaign in newest_first if campaign.pinned]
    if pinned:
        return pinned[0]
    by_stage = {stage: [c for c in newest_first if c.stage(today) == stage] for stage in CampaignStage.values}
    if by_stage[CampaignStage.RUNNING]:
        return by_stage[CampaignStage.RUNNING][0]
    if by_stage[CampaignStage.UPCOMING]:
        return by_stage[CampaignStage.UPCOMING][-1]  # the soonest to start
    return newest_first[0]


def featured_campaign(language_code: str | None = None, today: date | None = None) -> CampaignPage | None:
    """The featured campaign in ``language_code`` (its live translation, else the original).

    Two queries: the live originals (one a year, so few), then the translation.
    """
    default_locale = Locale.get_default()
    originals = list(CampaignPage.objects.live().public().filter(locale=default_locale))
    chosen = choose_featured(originals, today or timezone.localdate())
    if chosen is None:
        return None
    language_code = (language_code or get_language() or default_locale.language_code)[:2]
    if language_code != default_locale.language_code:
        translation = (
            CampaignPage.objects.live()
            .public()
            .filter(translation_key=chosen.translation_key, locale__language_code=language_code)
            .select_related("locale")
            .first()
        )
        if translation is not None:
            return translation
    chosen.locale = default_locale
    return chosen


def featured_campaign_for(request) -> CampaignPage | None:
    """``featured_campaign`` for the active language, computed once per request.

    Kept in the public cache (core/public_cache.py) until a page changes or the day does:
    the menu shows it on every page. A preview computes it afresh.
    """
    language_code = (get_language() or "")[:2]
    if request is None or getattr(request, "is_preview", False):
        return featured_campaign(language_code)
    cached = getattr(request, _REQUEST_ATTRIBUTE, None)
    if cached is None or cached[0] != language_code:
        today = timezone.localdate()
        campaign = public_cache.remember(
            f"featured-campaign:{language_code}:{today}", lambda: featured_campaign(language_code, today)
        )
        cached = (language_code, campaign)
        setattr(request, _REQUEST_ATTRIBUTE, cached)
    return cached[1]
