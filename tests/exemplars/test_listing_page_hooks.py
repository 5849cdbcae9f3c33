"""A listing page type that leaves out what it lists fails the system checks at start-up.

``CollectionPage``'s hooks cannot be ``abc`` abstract methods (a page's metaclass conflicts
with ``ABCMeta``), so its ``check()`` stands in for them.
"""

from django.test.utils import isolate_apps

from wagtail.models import pages as wagtail_pages

from exemplars.models import HonorRollPage, WorkGalleryPage
from exemplars.models.pages import CollectionPage


def test_the_shipped_listings_pass():
    assert WorkGalleryPage.check() == []
    assert HonorRollPage.check() == []


# A listing that forgot public_items() and feed_class, in an app registry of its own. Wagtail
# lists every page type it sees defined: the list is put back as it was.
_page_types = list(wagtail_pages.PAGE_MODEL_CLASSES)
with isolate_apps("exemplars"):

    class HalfListing(CollectionPage):
        detail_template = "exemplars/work_detail.html"
        context_object_name = "work"

        class Meta:
            app_label = "exemplars"

        def filter_set(self, request):
            return None


wagtail_pages.PAGE_MODEL_CLASSES[:] = _page_types


def test_a_listing_without_its_items_fails_the_check():
    errors = [error for error in HalfListing.check() if error.id == "exemplars.E001"]
    assert len(errors) == 1
    assert "public_items" in errors[0].msg and "feed_class" in errors[0].msg
    assert "filter_set" not in errors[0].msg
