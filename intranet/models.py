"""Members of units and the restricted intranet section."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.blocks import BodyBlock

from .roles import GROUP_NAMES, Role
from .unit_review import UnitAboveReviewTask  # noqa: F401 - the review task is one of the app's models


class Membership(models.Model):
    """A user's unit and role: what they may see and do in the intranet."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("Tài khoản"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="memberships",
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
        verbose_name = _("thành viên đơn vị")
        verbose_name_plural = _("thành viên đơn vị")
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

    Its template is in the site's shell (``templates/intranet/intranet_page.html``), at the
    top of the layers, because it also shows the quota card that ``nominations`` counts.

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
        verbose_name = _("trang nội bộ")
        verbose_name_plural = _("trang nội bộ")

    def get_context(self, request, *args, **kwargs):
        from .dashboard import dashboard_context

        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard_context(request.user))
        context["articles"] = IntranetArticlePage.objects.child_of(self).live().order_by("-date", "-pk")[:6]
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
        verbose_name = _("tin nội bộ, hướng dẫn")
        verbose_name_plural = _("tin nội bộ, hướng dẫn")


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
