"""The home page's nominations parts: the honored figures and the link to the public comment list.

Called by ``home.models.HomePage`` (the app above this one), which composes its sections.
"""

from django.utils import timezone

from campaigns.featured import featured_campaign_for
from core import public_cache

from .models import PostedNominee, PublicCommentPage
from .statistics import honored_in


def honored_figures(request, page) -> dict:
    """The home page's "honored" figures: the award register counted as the statistics page counts it."""
    campaign = featured_campaign_for(request)
    return {"honored": honored_in(campaign)} if campaign is not None else {}


def public_comment_link(request, page) -> dict:
    """While nominees are posted for comment, the home page links to their list."""
    today = timezone.localdate()

    def find():
        if not PostedNominee.objects.running(today).exists():
            return None
        return PublicCommentPage.objects.live().filter(locale_id=page.locale_id).first()

    # Today's date in the key: a period starts and ends by the date; opening one bumps the cache.
    return {
        "public_comment_page": public_cache.remember(f"public-comment-page:{page.locale_id}:{today}", find)
    }
