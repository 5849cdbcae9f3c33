"""Who may give whom which role: the rule, its permission policy, and the membership screens.

A membership decides a user's role group, and so what they may do — the council records
award decisions, the province office checks every unit's dossiers. So the list of members
is guarded by one rule (``may_manage``), applied at three places:

1. the permission policy registered for ``Membership``: only superusers and the roles in
   ``roles.MEMBERSHIP_MANAGERS`` may add, change or delete memberships, and per object only
   those of other people holding a role below their own (``roles.grantable_roles``) — the
   listing's buttons and Wagtail's bulk actions ask it;
2. the edit and delete views, which ask the policy about the object before anything runs
   (Wagtail's generic edit and delete views check the model permission only);
3. the form, which offers only the roles the user may give, keeps a membership's account
   fixed once made, and refuses — with a message — one's own membership, a role at or above
   one's own, or a member at or above one's own: a crafted POST meets the same rule.

The other doors to a user's groups — Wagtail's users and groups screens and their bulk
actions — need ``auth`` permissions that no role's group holds (migration 0002); only
superusers pass them.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet

from core.admin_listings import SnippetIndexView

from .models import Membership
from .roles import MEMBERSHIP_MANAGERS, Role, grantable_roles
from .scoping import membership_of

MANAGING_ACTIONS = frozenset({"add", "change", "delete"})

OWN_MEMBERSHIP = _(
    "Không ai được tự thay đổi vai trò hay đơn vị của chính mình. "
    "Hãy đề nghị quản trị hệ thống thay đổi giúp."
)
ROLE_ABOVE_YOURS = _("Bạn không được giao vai trò này: chỉ được giao vai trò thấp hơn vai trò của mình.")
MEMBER_ABOVE_YOURS = _("Bạn không được sửa thành viên có vai trò ngang hoặc cao hơn vai trò của mình.")
ACCOUNT_FIXED = _(
    "Tài khoản của một thành viên không đổi được; muốn giao vai trò cho người khác, hãy thêm thành viên mới."
)


def manages_memberships(user) -> bool:
    """Superusers and the province office keep the list of members; nobody else."""
    if not getattr(user, "is_active", False):
        return False
    if user.is_superuser:
        return True
    membership = membership_of(user)
    return membership is not None and membership.role in MEMBERSHIP_MANAGERS


def roles_user_may_grant(user) -> frozenset:
    if not manages_memberships(user):
        return frozenset()
    if user.is_superuser:
        return frozenset(Role)
    return grantable_roles(membership_of(user).role)


def may_manage(user, membership: Membership) -> bool:
    """May ``user`` change or remove ``membership`` as it is stored?

    Never one's own (a member cannot change their own role or unit), never a superuser's,
    never one whose role the user could not give.
    """
    if not manages_memberships(user):
        return False
    if user.is_superuser:
        return True
    return (
        membership.user_id != user.pk
        and not membership.user.is_superuser
        and membership.role in roles_user_may_grant(user)
    )


def manageable_memberships(user, queryset=None):
    """``queryset`` (every membership by default) narrowed to those ``user`` may manage."""
    queryset = Membership.objects.all() if queryset is None else queryset
    if not manages_memberships(user):
        return queryset.none()
    if user.is_superuser:
        return queryset
    return (
        queryset.exclude(user=user)
        .exclude(user__is_superuser=True)
        .filter(role__in=roles_user_may_grant(user))
    )


class MembershipPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed by the authority rule above."""

    def user_has_permission(self, user, action):
        if action in MANAGING_ACTIONS and not manages_memberships(user):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action in ("change", "delete"):
            return may_manage(user, instance)
        return True

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        allowed = [action for action in actions if self.user_has_permission(user, action)]
        if not allowed:
            return Membership.objects.none()
        if any(action not in ("change", "delete") for action in allowed):
            return Membership.objects.all()
        return manageable_memberships(user)


class MembershipForm(WagtailAdminModelForm):
    """Offers only the roles the user may give; refuses the rest with a reason."""

    class Meta:
        model = Membership
        fields = ["user", "unit", "role", "position", "phone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored = (
            Membership.objects.select_related("user").filter(pk=self.instance.pk).first()
            if self.instance.pk
            else None
        )
        acting = self.for_user
        if "user" in self.fields:
            field = self.fields["user"]
            if self.stored is not None:
                # Moving a membership to another account would leave the first account
                # in the role's group; a new membership is the way.
                field.disabled = True
                field.help_text = ACCOUNT_FIXED
            else:
                users = get_user_model()._default_manager.filter(is_active=True, membership__isnull=True)
                if acting is not None and not acting.is_superuser:
                    users = users.exclude(pk=acting.pk).exclude(is_superuser=True)
                field.queryset = users.order_by("username")
        if "role" in self.fields and acting is not None and not acting.is_superuser:
            grantable = roles_user_may_grant(acting)
            field = self.fields["role"]
            field.choices = [
                (value, label) for value, label in field.choices if not value or value in grantable
            ]
            field.error_messages["invalid_choice"] = ROLE_ABOVE_YOURS

    def clean(self):
        cleaned_data = super().clean()
        acting = self.for_user
        if acting is None or acting.is_superuser:
            return cleaned_data
        target = self.stored.user if self.stored is not None else cleaned_data.get("user")
        if target is not None and target.pk == acting.pk:
            raise forms.ValidationError(OWN_MEMBERSHIP, code="own_membership")
        if self.stored is not None and not may_manage(acting, self.stored):
            raise forms.ValidationError(MEMBER_ABOVE_YOURS, code="member_above")
        if target is not None and target.is_superuser:
            raise forms.ValidationError(MEMBER_ABOVE_YOURS, code="member_above")
        role = cleaned_data.get("role")
        if role and role not in roles_user_may_grant(acting):
            self.add_error("role", forms.ValidationError(ROLE_ABOVE_YOURS, code="role_above"))
        return cleaned_data


class InstancePermissionMixin:
    """Ask the policy about the object itself, not only the model, before the view runs."""

    instance_permission = "change"

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.instance_permission, instance
        ):
            raise PermissionDenied
        return instance


class MembershipIndexView(SnippetIndexView):
    """The listing links to the edit and delete screens only of the members one may manage."""

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None


class MembershipEditView(InstancePermissionMixin, EditView):
    instance_permission = "change"


class MembershipDeleteView(InstancePermissionMixin, DeleteView):
    instance_permission = "delete"


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Thành viên đơn vị")
    list_display = ["user", "unit", "role"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__name"]
    index_view_class = MembershipIndexView
    edit_view_class = MembershipEditView
    delete_view_class = MembershipDeleteView

    def get_queryset(self, request):
        return self.model._default_manager.select_related("user", "unit")

    def register_permissions(self):
        if not isinstance(
            policy_registry.get_by_type(self.model, fallback=False), MembershipPermissionPolicy
        ):
            register_permission_policy(self.model, MembershipPermissionPolicy(self.model), exact_class=True)
        super().register_permissions()

    def get_edit_handler(self):
        return ObjectList(self.model.panels, base_form_class=MembershipForm).bind_to_model(self.model)
