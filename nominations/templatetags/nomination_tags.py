"""Template tags of the nominations: what a unit has used of its award quotas.

Loaded by the intranet dashboard's page (the project's ``templates/intranet/intranet_page.html``,
composed at the top of the layers), so the intranet, below this app, need not know of it.
"""

from django import template

from campaigns.models import Unit

from ..models import QuotaOverview, quota_overview

register = template.Library()


@register.simple_tag
def unit_quota_overview(campaign, unit: Unit) -> QuotaOverview:
    """Per award type and nominee kind of ``campaign``, what ``unit`` has used and has left."""
    return quota_overview(campaign, unit)
