"""The snippet screens' breadcrumbs speak the user's language whatever loaded the URLs first."""

from django.utils import translation

from campaigns.models import Registration


def test_snippet_breadcrumbs_are_translated_for_each_request():
    viewset = Registration.snippet_viewset
    with translation.override("en"):  # as if an English public page had loaded the URLs
        crumbs = viewset.breadcrumbs_items
    with translation.override("vi"):
        assert str(crumbs[0]["label"]) == "Trang chủ"
