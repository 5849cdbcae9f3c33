"""Wagtail strings translated once, at start-up, in whatever language was active then.

Wagtail 8.0's ``SnippetViewSet.breadcrumbs_items`` labels the first crumbs with
``gettext`` (not ``gettext_lazy``) and hands them to its views when the URLs are first
loaded. Whichever request loads the URLs first fixes their language for every user
until the process restarts: after a visit to ``/en/…`` the officers' snippet screens
said "Home" at the top. Here the same crumbs carry lazy labels, translated for each
request like the rest of the screen.
"""

from django.utils.translation import gettext_lazy

from wagtail.snippets.views.snippets import SnippetViewSet


def install() -> None:
    wagtail_crumbs = SnippetViewSet.breadcrumbs_items.fget
    if getattr(wagtail_crumbs, "lazy_labels", False):
        return

    def breadcrumbs_items(viewset):
        crumbs = wagtail_crumbs(viewset)
        labels = (gettext_lazy("Home"), gettext_lazy("Snippets"))  # Wagtail's order
        return [{**crumb, "label": label} for crumb, label in zip(crumbs, labels, strict=False)] + crumbs[2:]

    breadcrumbs_items.lazy_labels = True
    SnippetViewSet.breadcrumbs_items = property(breadcrumbs_items)
