"""What the home page shows of the campaign: figures, chart, news and honors.

Every figure is counted from the data (works, registrations), never typed. The figures
count Vietnamese originals only, so a translated item is not counted twice. The
collectives and individuals honored are counted from the award register by the
statistics' own function (``nominations.statistics.honored_in``), which ``nominations``
adds to the home page.
"""

from urllib.parse import urlencode

from django.utils import timezone

from wagtail.models import Locale

from campaigns.featured import featured_campaign_for
from campaigns.models import ArticlePage, CampaignPage, Registration, Unit
from core import public_cache

from .models import Exemplar, Work
from .models.pages import HonorRollPage, WorkGalleryPage
from .models.works import PUBLIC_WORK_STATUSES

LATEST_NEWS = 3
FEATURED_ITEMS = 4


def campaign_figures(campaign: CampaignPage) -> dict:
    source = campaign.source
    default_locale = Locale.get_default()
    works = Work.objects.filter(
        campaign=source, locale=default_locale, live=True, status__in=PUBLIC_WORK_STATUSES
    )
    work_unit_paths = list(works.values_list("unit__path", flat=True))  # counted here, not again
    return {
        # Sent up and not returned: in review, or accepted by the unit above.
        "units_registered": Registration.objects.filter(campaign=source).sent().count(),
        "works_accepted": len(work_unit_paths),
        "works_by_district": works_by_district(work_unit_paths, source),
    }


def works_by_district(work_unit_paths: list[str], campaign: CampaignPage) -> list[dict]:
    """Accepted works per district, for the home page's bar chart.

    ``work_unit_paths`` holds the tree path of each accepted work's unit. The districts
    of the campaign's period: the 2020 plan's eleven; none for a campaign after the
    reform of 1 July 2025, which ended the district level (the chart is left out).
    """
    districts = public_cache.remember(  # units and campaigns change rarely: both bump the cache
        f"districts-in-force:{campaign.pk}:{campaign.start_date}:{campaign.end_date}",
        lambda: list(campaign.units_in_force(Unit.objects.districts()).order_by("name")),
    )
    counts = {district.pk: 0 for district in districts}
    paths = [(district.path, district.pk) for district in districts]
    for unit_path in work_unit_paths:
        for district_path, district_pk in paths:
            if unit_path.startswith(district_path):
                counts[district_pk] += 1
                break
    peak = max(counts.values(), default=0) or 1
    return [
        {
            "name": district.display_name,
            "count": counts[district.pk],
            "percent": round(100 * counts[district.pk] / peak),
            # The gallery's filter for these works: the district and the campaign.
            "query": urlencode({"district": district.pk, "campaign": campaign.pk}),
        }
        for district in districts
    ]


def _pages_for_home(page, locale, request) -> dict:
    """The featured campaign (translated if it is) and the listings the home page links to."""
    return {
        "campaign": featured_campaign_for(request),
        "honor_roll_page": HonorRollPage.objects.live().filter(locale=locale).first(),
        "work_gallery_page": WorkGalleryPage.objects.live().filter(locale=locale).first(),
    }


def home_page_sections(request, page) -> dict:
    locale = Locale.get_active()
    pages = (
        # Today's date in the key: the featured campaign changes when one starts or ends.
        public_cache.remember(
            f"home-pages:{page.pk}:{locale.pk}:{timezone.localdate()}",
            lambda: _pages_for_home(page, locale, request),
        )
        if not getattr(request, "is_preview", False)
        else _pages_for_home(page, locale, request)
    )
    campaign = pages["campaign"]
    context = {
        **pages,
        "latest_articles": public_cache.public_pages(ArticlePage.objects.live())
        .filter(locale=locale)
        .select_related("featured_image")
        .prefetch_related("featured_image__renditions")
        .order_by("-date", "-pk")[:LATEST_NEWS],
        "featured_exemplars": Exemplar.objects.public()
        .filter(featured=True)
        .select_related("unit", "award_type", "photo")
        .prefetch_related("photo__renditions")[:FEATURED_ITEMS],
        "featured_works": Work.objects.public()
        .filter(featured=True)
        .select_related("unit", "main_image")
        .prefetch_related("main_image__renditions")[:FEATURED_ITEMS],
    }
    if campaign is not None:
        context["figures"] = campaign_figures(campaign)
    return context
