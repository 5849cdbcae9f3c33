"""The officer's menu "Thi đua của đơn vị", nominations' log actions and demo records.

The menu groups what a unit does for the campaign; nominations sit on top of the other
apps, so the group is assembled here from the intranet's fenced viewsets and our own.
"""

from django.contrib.admin.utils import quote
from django.urls import include, path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from wagtail import hooks
from wagtail.models import WorkflowState
from wagtail.snippets.action_menu import ActionMenuItem, SubmitForModerationMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_listings import SnippetIndexView
from intranet import admin_shaping
from intranet.middleware import SCOPED_VIEWSET_NAMESPACES
from intranet.quotas import UnitQuotaViewSet
from intranet.wagtail_hooks import CampaignReportViewSet, RegistrationViewSet, WorkViewSet

from .comment_admin import PublicCommentGroup
from .council_views import CouncilSessionViewSet, minutes_download
from .decision_views import NAMESPACE as DECISIONS_NAMESPACE
from .decision_views import DecisionViewSet
from .decisions import DECISION_ACTION, DECISION_DOCUMENT_ACTION, can_record_decision
from .models import AwardChain, Nomination
from .register import CORRECT_ACTION, REVOKE_ACTION
from .register_views import AwardRecordViewSet
from .views import EXPORT_ACTION, NominationDeadlineExtensionViewSet, NominationForm, NominationViewSet


class UnitWorkGroup(SnippetViewSetGroup):
    """Everything an officer does for the campaign, under one menu."""

    menu_label = _("Thi đua của đơn vị")
    menu_name = admin_shaping.UNIT_WORK_MENU_NAME
    menu_icon = "tasks"
    menu_order = 150
    items = (
        RegistrationViewSet,
        WorkViewSet,
        CampaignReportViewSet,
        NominationViewSet,
        AwardRecordViewSet,
        UnitQuotaViewSet,
    )


unit_work = UnitWorkGroup()
register_snippet(unit_work)
register_snippet(NominationDeadlineExtensionViewSet)
for viewset in unit_work.registerables:
    SCOPED_VIEWSET_NAMESPACES.add(viewset.get_admin_url_namespace())
    SCOPED_VIEWSET_NAMESPACES.add(viewset.get_chooser_admin_url_namespace())


@hooks.register("register_log_actions")
def register_nomination_actions(actions):
    actions.register_action(EXPORT_ACTION, _("Xuất danh sách"), _("Xuất danh sách có dữ liệu cá nhân"))
    actions.register_action(
        DECISION_ACTION, _("Ghi quyết định khen thưởng"), _("Ghi quyết định khen thưởng và công bố điển hình")
    )


@hooks.register("register_log_actions")
def register_decision_actions(actions):
    actions.register_action(DECISION_DOCUMENT_ACTION, _("Ghi quyết định"), _("Ghi quyết định khen thưởng"))
    actions.register_action(REVOKE_ACTION, _("Thu hồi khen thưởng"), _("Thu hồi khen thưởng trong sổ"))
    actions.register_action(CORRECT_ACTION, _("Đính chính khen thưởng"), _("Đính chính khen thưởng trong sổ"))


@hooks.register("register_admin_viewset")
def register_decisions():
    return DecisionViewSet()


SCOPED_VIEWSET_NAMESPACES.add(DECISIONS_NAMESPACE)  # the standing boards reach their decisions


class DecisionMenuItem(ActionMenuItem):
    """At a decision step, the deciding body's first button opens the decision screen."""

    name = "action-decide"
    label = _("Ghi quyết định và công bố")
    icon_name = "success"

    def get_url(self, parent_context):
        instance = parent_context["instance"]
        return reverse(instance.snippet_viewset.get_url_name("decide"), args=[quote(instance.pk)])


class SubmitNominationMenuItem(SubmitForModerationMenuItem):
    """The officer's submit button: "Gửi đề nghị", or "Gửi lại đề nghị" after a return.

    Wagtail's own label names the workflow ("Gửi vào quy trình …") from its context data, so
    renaming the item does not stick; on a new nomination it even named the default chain
    (the provincial Front's) before any award type was chosen, and after a return it named
    the step that returned it, while the chain starts again from its first step.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        instance = parent_context.get("instance")
        state = instance.current_workflow_state if instance is not None and instance.pk else None
        returned = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
        context["label"] = _("Gửi lại đề nghị") if returned else _("Gửi đề nghị")
        return context


@hooks.register("construct_snippet_action_menu")
def review_actions_first(menu_items, request, context):
    """On a nomination in review, its step's actions lead; nobody "saves" a dossier under review.

    The dossier is read-only then (``NominationForm.is_under_review``), so Wagtail's
    "Lưu bản nháp" would only confuse; the reviewer's first button is the approval, then
    the return. Submitting reads plainly, without the workflow's name.
    """
    if context.get("model") is not Nomination:
        return
    menu_items[:] = [
        SubmitNominationMenuItem(order=item.order) if item.name == "action-submit" else item
        for item in menu_items
    ]
    instance = context.get("instance")
    if instance is None or instance.pk is None or not NominationForm.under_review(instance):
        return
    if can_record_decision(instance, request.user):
        menu_items.append(DecisionMenuItem())
    order = {"action-decide": 0, "approve": 0, "reject": 1, "refuse": 2}
    menu_items[:] = sorted(
        (item for item in menu_items if item.name not in ("action-save", "action-cancel-workflow")),
        key=lambda item: order.get(item.name, 10),
    )


class AwardChainViewSet(SnippetViewSet):
    """Which chain each award type's nominations go through: kept by the province office."""

    model = AwardChain
    index_view_class = SnippetIndexView
    icon = "tasks"
    menu_label = _("Quy trình xét theo hình thức khen thưởng")
    add_to_settings_menu = True
    list_display = ["award_type", "workflow", "comment_days"]
    copy_view_enabled = False


register_snippet(AwardChainViewSet)
register_snippet(PublicCommentGroup)


OLD_ADDRESSES = "nominations_old_addresses"
SCOPED_VIEWSET_NAMESPACES.add(OLD_ADDRESSES)  # the officers who got those mails may follow them


@hooks.register("register_admin_urls")
def register_old_nomination_addresses():
    """Links in e-mails sent before nominations had their own app keep opening the record.

    The redirect only rewrites the address; the nomination's own screen then applies the
    unit fence as for any other link.
    """
    moved = RedirectView.as_view(url="/admin/snippets/nominations/nomination/%(rest)s", query_string=True)
    urls = [re_path(r"^(?P<rest>.*)$", moved, name="moved")]
    return [path("snippets/exemplars/nomination/", include((urls, OLD_ADDRESSES), namespace=OLD_ADDRESSES))]


register_snippet(CouncilSessionViewSet)
# The minutes of a session are offered on each considered nomination's screen, which the
# nominating unit's members see too: their download sits inside the unit fence and
# checks the unit itself (``can_see_minutes``).
COUNCIL_MINUTES = "council_minutes"
SCOPED_VIEWSET_NAMESPACES.add(COUNCIL_MINUTES)


@hooks.register("register_admin_urls")
def register_council_minutes():
    urls = [path("<int:pk>/<str:extension>/", minutes_download, name="download")]
    return [path("council-minutes/", include((urls, COUNCIL_MINUTES), namespace=COUNCIL_MINUTES))]
