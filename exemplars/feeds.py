"""RSS feeds of the works gallery and the honor roll: public fields only.

A feed is read by other sites and aggregators, outside the site's control, so each item
says only what the public detail page shows: title or name, summary, the unit's public
name, the award. Never a nominee's personal data (birth date, ID, phone…), which stays in
the intranet (DESIGN.md); the items come from the listing's own public queryset, so
drafts and unfinished works never appear.
"""

from django.contrib.syndication.views import Feed

FEED_LENGTH = 30


class CollectionFeed(Feed):
    """The newest published items of a ``CollectionPage`` listing, linking to their detail pages."""

    def __init__(self, listing):
        super().__init__()
        self.listing = listing

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.listing.title

    def link(self):
        return self.listing.get_url(self.request)

    def description(self):
        return self.listing.intro or self.listing.title

    def items(self):
        return self.listing.public_items().order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_link(self, item):
        return self.listing.get_url(self.request) + self.listing.reverse_subpage("detail", args=(item.slug,))

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.unit.display_name if item.unit_id else None


class WorkFeed(CollectionFeed):
    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_categories(self, item):
        return [item.get_category_display()]


class ExemplarFeed(CollectionFeed):
    def item_title(self, item):
        return item.name

    def item_description(self, item):
        award = item.award_type.display_name if item.award_type_id else ""
        return " — ".join(part for part in (award, item.summary) if part)

    def item_categories(self, item):
        return [item.get_kind_display()]
