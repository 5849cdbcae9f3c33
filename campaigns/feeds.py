"""RSS and Atom feeds of an article listing, in the listing's language."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class ArticleRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro or _("Tin bài tuyên truyền về đợt thi đua")

    def items(self):
        return self.index_page.articles()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.search_description

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # Articles carry a date only; publish them at the start of the working day.
        return timezone.make_aware(datetime.combine(item.date, time(7, 0)))

    def item_author_name(self, item):
        return str(item.author_unit) if item.author_unit else item.author_name or None


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description
