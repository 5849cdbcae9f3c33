"""The admin's snippet listings offer their rows for selection only to those who may delete.

Wagtail's one bulk action on a snippet listing is "Xóa". It draws the selection boxes and
the bulk actions' bar on every listing and asks the permission only once "Xóa" is
clicked, so the register's readers, and the province office on the units' records, were
offered a deletion that then told them they may delete none of the selected rows. Without
the model's delete permission the listing has no selection boxes, and without them no bar
(``core/templates/wagtailsnippets/snippets/index.html``). Every snippet viewset's listing
is a ``SnippetIndexView`` or a subclass.
"""

from django.utils.functional import cached_property

from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.snippets.views.snippets import IndexView


class SnippetIndexView(IndexView):
    @cached_property
    def offers_bulk_actions(self) -> bool:
        return self.user_has_permission("delete")

    @cached_property
    def columns(self):
        columns = super().columns
        if self.offers_bulk_actions:
            return columns
        return [column for column in columns if not isinstance(column, BulkActionsCheckboxColumn)]
