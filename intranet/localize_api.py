"""wagtail-localize's snippet API, answering only what the user sees in the snippet listings.

wagtail-localize registers ``/admin/localize/api/snippets/<app>/<model>/[<pk>/]`` for its
translation editor, which asks it for the title of a snippet chosen in a StreamField. The
package's view serves any registered snippet model, every row, to anyone who may enter
the admin: an editor could read every nominee's name, drafts included, the units'
registrations and the members' names.

The view below takes those paths first (its ``register_admin_urls`` hook runs before the
package's, and Django resolves the first pattern that matches): it serves translatable
snippet models only, and of those only the rows the model's permission policy gives the
user for the listing's permissions — the unit fence for works (``UnitScopedPermissionPolicy``),
nothing for a model whose listing the user may not open. Records that are not
translatable (nominations, registrations, reports, memberships...) are never in the
translation editor, so the API has no reason to show them to anybody.
"""

from django.http import Http404
from django.urls import path

from wagtail import hooks
from wagtail.models import TranslatableMixin
from wagtail.permissions import policy_registry
from wagtail_localize.views import snippets_api

from rest_framework.authentication import SessionAuthentication

# The permissions that open a snippet listing (Wagtail's snippet IndexView).
LISTING_ACTIONS = ("add", "change", "delete", "view")


class FencedSnippetApiViewSet(snippets_api.SnippetViewSet):
    """wagtail-localize's snippet API restricted to what the user's listings show."""

    # The admin's session user, the one the admin's access check and the fence judge.
    authentication_classes = [SessionAuthentication]

    def get_model(self):
        model = super().get_model()  # 404 for a model that is not a snippet
        if not issubclass(model, TranslatableMixin):
            raise Http404
        return model

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.get_model())
        return policy.instances_user_has_any_permission_for(self.request.user, LISTING_ACTIONS)


@hooks.register("register_admin_urls", order=-10)
def register_fenced_snippet_api():
    """The same paths as wagtail-localize's snippet API, registered ahead of them."""
    return [
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            FencedSnippetApiViewSet.as_view({"get": "list"}),
            name="intranet_localize_snippets_api_listing",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            FencedSnippetApiViewSet.as_view({"get": "retrieve"}),
            name="intranet_localize_snippets_api_detail",
        ),
    ]
