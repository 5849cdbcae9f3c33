"""Members of units, the restricted intranet section, and the nominations' review task."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import LockableMixin, Page, PageViewRestriction, Task, TaskState
from wagtail.search import index

from home.blocks import BodyBlock

from .roles import GROUP_NAMES, Role


class Membership(models.Model):
    """A user's unit and role: what they may see and do in the intranet."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership",
        verbose_name=_("Tài khoản"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit", on_delete=models.PROTECT, related_name="memberships",
        verbose_name=_("Đơn vị"),
    )
    role = models.CharField(max_length=30, choices=Role.choices, verbose_name=_("Vai trò"))
    position = models.CharField(max_length=255, blank=True, verbose_name=_("Chức vụ"))
    phone = models.CharField(max_length=30, blank=True, verbose_name=_("Điện thoại"))

    panels = [
        FieldPanel("user"),
        FieldPanel("unit"),
        FieldPanel("role"),
        FieldPanel("position"),
        FieldPanel("phone"),
    ]

    class Meta:
        verbose_name = _("Thành viên đơn vị")
        verbose_name_plural = _("Thành viên đơn vị")
        ordering = ["unit__path", "user__username"]

    def __str__(self) -> str:
        return f"{self.user.get_full_name() or self.user.get_username()} – {self.unit}"

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.sync_groups()
            self.prefer_vietnamese()

    def prefer_vietnamese(self) -> None:
        """Members work in Vietnamese whatever their browser asks, unless they chose."""
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(self.user)
        if not profile.preferred_language:
            profile.preferred_language = "vi"
            profile.save(update_fields=["preferred_language"])

    def sync_groups(self) -> None:
        """Put the user in their role's group and out of the other roles' groups."""
        role_groups = Group.objects.filter(name__in=GROUP_NAMES.values())
        self.user.groups.remove(*[g for g in role_groups if g.name != GROUP_NAMES[self.role]])
        self.user.groups.add(Group.objects.get(name=GROUP_NAMES[self.role]))

@receiver(post_delete, sender=Membership)
def leave_role_groups(sender, instance, **kwargs):
    """A user whose membership is removed keeps no role: out of every role's group.

    A signal rather than ``delete()``: Wagtail's delete views and bulk actions, and a
    user's deletion, delete querysets.
    """
    Group.user_set.through.objects.filter(
        user_id=instance.user_id, group__name__in=GROUP_NAMES.values()
    ).delete()


class IntranetPage(Page):
    """The intranet's home: each member's dashboard. Visible to unit members only.

    The page and everything below it carry a group view restriction (added on creation),
    so Wagtail's ``public()`` querysets — menus, sitemap, feeds, search — leave them out,
    and anonymous visitors are sent to the login page.
    """

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["intranet.IntranetArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang nội bộ")
        verbose_name_plural = _("Trang nội bộ")

    def get_context(self, request, *args, **kwargs):
        from .dashboard import dashboard_context

        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard_context(request.user))
        context["articles"] = (
            IntranetArticlePage.objects.child_of(self).live().order_by("-date", "-pk")[:6]
        )
        return context

    def serve(self, request, *args, **kwargs):
        # The view restriction already guards this page; this is the second lock, in
        # case an editor removes the restriction by mistake.
        if not request.user.is_authenticated:
            return redirect(f"{settings.WAGTAIL_FRONTEND_LOGIN_URL}?next={request.path}")
        return super().serve(request, *args, **kwargs)


class IntranetArticlePage(Page):
    """Guidance and internal news for unit officers."""

    date = models.DateField(verbose_name=_("Ngày đăng"))
    summary = models.TextField(blank=True, verbose_name=_("Tóm tắt"))
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"))

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["intranet.IntranetPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Tin nội bộ, hướng dẫn")
        verbose_name_plural = _("Tin nội bộ, hướng dẫn")


def restrict_to_members(page: Page) -> PageViewRestriction:
    """Give ``page`` (and so its subtree) a view restriction to every role's group."""
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    elif restriction.restriction_type != PageViewRestriction.GROUPS:
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()
    restriction.groups.set(Group.objects.filter(name__in=GROUP_NAMES.values()))
    return restriction


class NominationReviewTask(Task):
    """One step of the workflow "Quy trình xét khen thưởng", whose reviewers depend on the nomination.

    Wagtail's group approval task gives a step to a fixed group; here the first step
    belongs to the standing board of the unit above the nominating unit (a district's
    reviewers for a commune's nomination), so the task finds its reviewers from the
    nomination, through the same memberships that fence the admin. The province office
    and the council steps go to their roles' members.

    A step that does not apply to a nomination (the province's steps for an award a
    district decides; the unit above when that is the province committee itself) is
    recorded as skipped with the reason, so the workflow ends at the level that decides
    the award type and its history says why a step was passed over.

    When a nomination enters review (a submission, or a resubmission after a return),
    the task checks what the rules demand — a complete dossier, one nomination per
    person, the deadline, the quota — inside the workflow's transaction; an approval
    checks the quota again. See ``exemplars.models.nominations``.
    """

    class Stage(models.TextChoices):
        UNIT_ABOVE = "unit_above", _("Thường trực cấp trên xét duyệt")
        PROVINCE_OFFICE = "province_office", _("Văn phòng tỉnh kiểm tra hồ sơ")
        COUNCIL = "council", _("Hội đồng thi đua – khen thưởng quyết định")

    STAGE_ROLES = {
        Stage.UNIT_ABOVE: Role.REVIEWER,
        Stage.PROVINCE_OFFICE: Role.PROVINCE_OFFICE,
        Stage.COUNCIL: Role.COUNCIL,
    }

    stage = models.CharField(
        max_length=30, choices=Stage.choices, verbose_name=_("Bước xét"),
        help_text=_("Ai xét ở bước này: thường trực đơn vị cấp trên, Văn phòng tỉnh hay Hội đồng."),
    )

    admin_form_fields = Task.admin_form_fields + ["stage"]

    class Meta:
        verbose_name = _("Bước xét hồ sơ khen thưởng")
        verbose_name_plural = _("Bước xét hồ sơ khen thưởng")

    # -- who acts ---------------------------------------------------------------------------
    @staticmethod
    def nomination_of(obj):
        """The nomination as last edited (the task judges what was submitted, not the live row)."""
        return obj.get_latest_revision_as_object() if getattr(obj, "pk", None) else obj

    def applies_to(self, nomination) -> bool:
        if self.stage == self.Stage.UNIT_ABOVE:
            return nomination.reviewing_unit is not None
        return not nomination.decided_below_province

    def skip_reason(self, nomination) -> str:
        if self.stage == self.Stage.UNIT_ABOVE:
            return gettext("Không áp dụng: đơn vị cấp trên là Ủy ban MTTQ tỉnh; hồ sơ chuyển Văn phòng tỉnh.")
        return gettext("Không áp dụng: %(award)s do %(unit)s quyết định.") % {
            "award": nomination.award_type.short_name,
            "unit": nomination.deciding_unit or nomination.award_type.deciding_level,
        }

    def moderators(self, nomination):
        """The users who act on ``nomination`` at this step (superusers aside)."""
        members = get_user_model().objects.filter(is_active=True, membership__role=self.STAGE_ROLES[self.stage])
        if self.stage == self.Stage.UNIT_ABOVE:
            unit = nomination.reviewing_unit
            if unit is None:
                return members.none()
            members = members.filter(membership__unit=unit)
        return members

    def is_moderator(self, nomination, user) -> bool:
        if not getattr(user, "is_authenticated", False):
            return False
        if user.is_superuser:
            return True
        from .scoping import membership_of

        membership = membership_of(user)
        if membership is None or membership.role != self.STAGE_ROLES[self.stage]:
            return False
        if self.stage == self.Stage.UNIT_ABOVE:
            unit = nomination.reviewing_unit
            return unit is not None and membership.unit_id == unit.pk
        return True

    # -- Wagtail's Task API ---------------------------------------------------------------------
    def start(self, workflow_state, user=None):
        from exemplars.models.nominations import Nomination

        obj = workflow_state.content_object
        if isinstance(obj, Nomination) and workflow_state.current_task_state_id is None:
            # Entering review. Wagtail's edit view resumes a returned nomination through a
            # workflow state whose object it loaded before saving the edit being sent:
            # reload it, so the rules and the step's recorded revision see that edit.
            obj.refresh_from_db()
        nomination = self.nomination_of(obj)
        if isinstance(nomination, Nomination) and workflow_state.current_task_state_id is None:
            # Entering review. After a return, start again from the first step that has
            # not approved the latest revision (every step, since any edit needs
            # reapproval), rather than at the step that returned it.
            first = workflow_state.get_next_task()
            if first is not None and first.pk != self.pk:
                return first.specific.start(workflow_state, user=user)
            nomination.check_submission(workflow_state=workflow_state)
        if isinstance(nomination, Nomination) and not self.applies_to(nomination):
            return self.skip(workflow_state, nomination)
        if isinstance(obj, LockableMixin) and obj.locked_by_id and not self.is_moderator(nomination, obj.locked_by):
            obj.locked, obj.locked_by, obj.locked_at = False, None, None
            obj.save(update_fields=["locked", "locked_by", "locked_at"])
        return super().start(workflow_state, user=user)

    def skip(self, workflow_state, nomination):
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            task=self,
            revision=workflow_state.content_object.get_latest_revision(),
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
            comment=self.skip_reason(nomination),
        )
        task_state.save()
        return task_state

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            self.nomination_of(task_state.workflow_state.content_object).check_approval()
        return super().on_action(task_state, user, action_name, **kwargs)

    def user_can_access_editor(self, obj, user):
        return self.is_moderator(self.nomination_of(obj), user)

    def locked_for_user(self, obj, user):
        return not self.is_moderator(self.nomination_of(obj), user)

    def user_can_lock(self, obj, user):
        return self.is_moderator(self.nomination_of(obj), user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.is_moderator(self.nomination_of(obj), user):
            return []
        return [
            ("reject", _("Trả lại để bổ sung"), True),
            ("approve", _("Duyệt"), False),
            ("approve", _("Duyệt kèm ý kiến"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .scoping import membership_of

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if getattr(user, "is_superuser", False):
            return states
        membership = membership_of(user)
        if membership is None or membership.role != self.STAGE_ROLES[self.stage]:
            return TaskState.objects.none()
        if self.stage != self.Stage.UNIT_ABOVE:
            return states
        if membership.unit.parent_id is None:
            return TaskState.objects.none()  # the province committee is never "the unit above"
        from exemplars.models import Nomination

        below = Nomination.objects.filter(unit__path__startswith=membership.unit.path).values_list("pk", flat=True)
        candidates = states.filter(workflow_state__object_id__in=[str(pk) for pk in below]).select_related(
            "revision"
        )
        mine = [
            state.pk
            for state in candidates
            if (unit := state.revision.as_object().reviewing_unit) is not None and unit.pk == membership.unit_id
        ]
        return states.filter(pk__in=mine)

    @classmethod
    def get_description(cls):
        return _(
            "Thường trực đơn vị cấp trên, Văn phòng tỉnh hoặc Hội đồng thi đua – khen thưởng xét "
            "hồ sơ đề nghị khen thưởng, tùy bước; bước không áp dụng được bỏ qua."
        )
