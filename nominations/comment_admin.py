"""The intranet's screens of the public comment window: periods, comments, and what the council reads.

Menu "Lấy ý kiến nhân dân" (province office and council): "Đợt lấy ý kiến" where the
office opens a period for a campaign (the nominees posted and their end dates are worked
out on saving, ``comment_window.open_period``), and "Ý kiến nhân dân" where the office
reads each comment and marks it handled with a note; the council reads both. Each
nomination's screen shows its comments to the office and the council
(``PublicCommentsPanel``).
"""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, Panel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.models import CampaignPage
from core.admin_listings import SnippetIndexView
from core.dates import DayFirstDateField
from intranet.roles import PROVINCE_WIDE_ROLES
from intranet.scoping import membership_of

from .comment_window import open_period, to_post
from .models import CommentPeriod, PublicComment


def reads_comments(user) -> bool:
    """The province office, the council and superusers read the public's comments."""
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    return membership is not None and membership.role in PROVINCE_WIDE_ROLES


# -- periods -----------------------------------------------------------------------------------------
class OpenCommentPeriodForm(WagtailAdminModelForm):
    """Opening a period: the campaign and the first day; the rest is worked out on saving."""

    starts_on = DayFirstDateField(
        label=_("Ngày bắt đầu lấy ý kiến"),
        help_text=CommentPeriod._meta.get_field("starts_on").help_text,
        widget=forms.DateInput(attrs={"placeholder": _("ngày/tháng/năm")}),
    )

    class Meta:
        model = CommentPeriod
        fields = ["campaign", "starts_on", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["campaign"]
        field.queryset = CampaignPage.objects.filter(locale__language_code="vi").order_by("-start_date")
        field.widget = forms.Select(choices=field.choices)
        if not self.initial.get("starts_on"):
            self.initial["starts_on"] = timezone.localdate()

    def clean(self):
        cleaned = super().clean()
        campaign = cleaned.get("campaign")
        if campaign is not None and not to_post(campaign).exists():
            raise forms.ValidationError(
                gettext(
                    "Chưa có hồ sơ nào để lấy ý kiến: đợt thi đua này không có hồ sơ nào đã qua kiểm tra "
                    "hồ sơ, đang chờ xét và thuộc hình thức khen thưởng cần lấy ý kiến nhân dân (hoặc các "
                    "hồ sơ đó đã được lấy ý kiến)."
                )
            )
        return cleaned

    def save(self, commit=True):
        if self.instance.opened_by_id is None and self.for_user is not None:
            self.instance.opened_by = self.for_user
        return open_period(self.instance)


class CommentPeriodNoteForm(WagtailAdminModelForm):
    """After opening, only the note changes: the public dates never move."""

    class Meta:
        model = CommentPeriod
        fields = ["note"]


class PostedNomineesPanel(Panel):
    """The nominees a period posts, with their end dates and comment counts."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "nominations/admin/posted_nominees_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["postings"] = self.instance.nominees.select_related(
                "nomination__award_type", "nomination__unit"
            ).order_by("nomination__award_type__sort_order", "nomination__name")
            return context


class CommentPeriodViewSet(SnippetViewSet):
    model = CommentPeriod
    index_view_class = SnippetIndexView
    icon = "date"
    menu_label = _("Đợt lấy ý kiến")
    add_item_label = _("Mở đợt lấy ý kiến")
    list_display = [
        "__str__",
        DateColumn("starts_on", label=_("Bắt đầu")),
        DateColumn("ends_on", label=_("Kết thúc")),
    ]
    list_filter = ["campaign"]
    copy_view_enabled = False
    panels = [
        FieldPanel("campaign"),
        FieldPanel("starts_on"),
        PostedNomineesPanel(heading=_("Hồ sơ đưa ra lấy ý kiến")),
        FieldPanel("note"),
    ]

    def get_form_class(self, for_update=False):
        return CommentPeriodNoteForm if for_update else OpenCommentPeriodForm

    def get_queryset(self, request):
        return CommentPeriod.objects.select_related("campaign")


# -- comments ---------------------------------------------------------------------------------------
class HandleCommentForm(WagtailAdminModelForm):
    class Meta:
        model = PublicComment
        fields = ["handled", "handling_note"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("handled") and not (cleaned.get("handling_note") or "").strip():
            self.add_error("handling_note", gettext("Ghi rõ đã xử lý thế nào trước khi đánh dấu đã xử lý."))
        return cleaned

    def save(self, commit=True):
        comment = self.instance
        if comment.handled and "handled" in self.changed_data:
            comment.handled_by, comment.handled_at = self.for_user, timezone.now()
        elif not comment.handled:
            comment.handled_by, comment.handled_at = None, None
        return super().save(commit=commit)


class CommentReadPanel(Panel):
    """The comment as the visitor sent it: read-only, escaped."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "nominations/admin/public_comment_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["comment"] = self.instance
            return context


class HandledColumn(StatusTagColumn):
    def get_value(self, instance):
        return gettext("Đã xử lý") if instance.handled else gettext("Chưa xử lý")

    def get_primary(self, instance):
        return not instance.handled


class PublicCommentViewSet(SnippetViewSet):
    model = PublicComment
    index_view_class = SnippetIndexView
    icon = "comment"
    menu_label = _("Ý kiến nhân dân")
    list_display = [
        "__str__",
        Column("nomination", label=_("Hồ sơ")),
        DateColumn("received_at", label=_("Ngày nhận")),
        HandledColumn("handled", label=_("Tình trạng")),
    ]
    list_filter = ["handled", "posting__period", "nomination__award_type"]
    search_fields = ["text", "name", "nomination__name"]
    search_backend_name = None
    copy_view_enabled = False
    panels = [CommentReadPanel(heading=_("Ý kiến")), FieldPanel("handled"), FieldPanel("handling_note")]
    list_per_page = 30

    def get_form_class(self, for_update=False):
        return HandleCommentForm

    def get_queryset(self, request):
        return PublicComment.objects.select_related("nomination")


class PublicCommentGroup(SnippetViewSetGroup):
    """The office's and the council's menu for the public comment window."""

    menu_label = _("Lấy ý kiến nhân dân")
    menu_icon = "comment"
    menu_order = 160
    items = (CommentPeriodViewSet, PublicCommentViewSet)


# -- on the nomination's screen --------------------------------------------------------------------
def posting_summary(nomination) -> str:
    posting = nomination.postings.select_related("period").order_by("-ends_on").first()
    if posting is None:
        return ""
    return gettext("Đã lấy ý kiến nhân dân từ ngày %(start)s đến hết ngày %(end)s.") % {
        "start": date_format(posting.period.starts_on, "SHORT_DATE_FORMAT"),
        "end": date_format(posting.ends_on, "SHORT_DATE_FORMAT"),
    }
