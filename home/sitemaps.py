"""A sitemap that lists every language's page tree, not only the site root's.

Wagtail's own sitemap walks the descendants of the site's root page, which is the
Vietnamese home page; the English tree is a sibling of it and would be missed.
"""

from django.db.models import Q

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page


class AllLocalesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        in_any_tree = Q()
        for home in root.get_translations(inclusive=True):
            in_any_tree |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_any_tree).live().public().order_by("path").defer_streamfields().specific()
        )
