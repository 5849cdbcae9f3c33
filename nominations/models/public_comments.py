"""Public comment on the nominees (lấy ý kiến nhân dân) before the council considers them.

The 2022 Law on Emulation and Commendation makes publicity a principle of commendation,
and Decree 98/2023/NĐ-CP asks for the nominees of the higher awards to be posted for
the public's comment. Here the province office opens a comment period for a campaign
(``CommentPeriod``): every nomination that passed the dossier check and waits at a
consideration step, whose award type's chain has a comment length
(``AwardChain.comment_days``, in working days), is posted (``PostedNominee``) until the
last working day of its award type's length. The public page (``PublicCommentPage``)
shows the posted nominees with public fields only while their period runs, and takes
comments (``PublicComment``), which only the office and the council read. The
consideration step refuses to approve a posted nomination before its period ended, or
one never posted that should have been (``nominations.comment_window``).
"""

from datetime import date
from itertools import groupby

from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from core.front_cache import is_shareable

from ..public_comment_form import PublicCommentForm, count_attempt, over_rate_limit

# The list changes when a period opens or ends, by the date: the front cache keeps it a minute.
LIST_CACHE_SECONDS = 60


class CommentPeriod(models.Model):
    """One opening of the public comment on a campaign's nominees, by the province office."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.PROTECT,
        related_name="comment_periods",
        verbose_name=_("Đợt thi đua"),
    )
    starts_on = models.DateField(
        verbose_name=_("Ngày bắt đầu lấy ý kiến"),
        help_text=_(
            "Ngày kết thúc được tính theo số ngày làm việc của từng hình thức khen thưởng (không "
            "tính thứ Bảy, Chủ nhật, ngày lễ, Tết và ngày nghỉ bổ sung)."
        ),
    )
    ends_on = models.DateField(editable=False, verbose_name=_("Ngày kết thúc (muộn nhất)"))
    note = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Ghi chú"),
        help_text=_("Ví dụ: số văn bản thông báo lấy ý kiến nhân dân."),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Người mở"),
    )
    opened_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Thời điểm mở"))
    # The public site's pages were purged once after the period ended (the scheduler does it).
    purged_after_end = models.BooleanField(default=False, editable=False)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("đợt lấy ý kiến nhân dân")
        verbose_name_plural = _("đợt lấy ý kiến nhân dân")

    def __str__(self) -> str:
        return _("%(campaign)s: %(start)s – %(end)s") % {
            "campaign": self.campaign.short_title or self.campaign.title if self.campaign_id else "",
            "start": date_format(self.starts_on, "SHORT_DATE_FORMAT"),
            "end": date_format(self.ends_on, "SHORT_DATE_FORMAT") if self.ends_on else "…",
        }


class PostedNomineeQuerySet(models.QuerySet):
    def running(self, today: date | None = None) -> "PostedNomineeQuerySet":
        """The nominees posted for comment today, with their public fields only."""
        today = today or timezone.localdate()
        return (
            self.filter(period__starts_on__lte=today, ends_on__gte=today)
            .select_related("period", "nomination__award_type", "nomination__unit")
            .only(
                # Public fields only: nothing personal is even read for the public page.
                "ends_on",
                "period__starts_on",
                "period__ends_on",
                "period__campaign_id",
                "nomination__name",
                "nomination__kind",
                "nomination__position",
                "nomination__achievements",
                "nomination__award_type__name",
                "nomination__award_type__name_en",
                "nomination__award_type__short_name",
                "nomination__award_type__short_name_en",
                "nomination__award_type__sort_order",
                "nomination__unit__name",
                "nomination__unit__name_en",
                "nomination__unit__committee_name",
            )
            .order_by(
                "nomination__award_type__sort_order", "nomination__award_type_id", "nomination__name", "pk"
            )
        )


class PostedNominee(models.Model):
    """A nomination posted for public comment, until the end its award type's length gives."""

    period = models.ForeignKey(
        CommentPeriod, on_delete=models.CASCADE, related_name="nominees", verbose_name=_("Đợt lấy ý kiến")
    )
    nomination = models.ForeignKey(
        "nominations.Nomination", on_delete=models.CASCADE, related_name="postings", verbose_name=_("Hồ sơ")
    )
    ends_on = models.DateField(verbose_name=_("Ngày kết thúc lấy ý kiến"))

    objects = PostedNomineeQuerySet.as_manager()

    class Meta:
        ordering = ["nomination__award_type__sort_order", "nomination__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["period", "nomination"], name="posted_nominee_once_per_period"),
        ]
        verbose_name = _("hồ sơ đưa ra lấy ý kiến")
        verbose_name_plural = _("hồ sơ đưa ra lấy ý kiến")

    def __str__(self) -> str:
        return str(self.nomination)


class PublicComment(models.Model):
    """A comment sent from the public site on one posted nominee: never shown publicly."""

    posting = models.ForeignKey(
        PostedNominee, on_delete=models.PROTECT, related_name="comments", verbose_name=_("Hồ sơ được góp ý")
    )
    nomination = models.ForeignKey(
        "nominations.Nomination",
        on_delete=models.CASCADE,
        related_name="public_comments",
        verbose_name=_("Hồ sơ"),
    )
    name = models.CharField(max_length=255, blank=True, verbose_name=_("Người góp ý"))
    contact = models.CharField(max_length=255, blank=True, verbose_name=_("Liên hệ"))
    text = models.TextField(verbose_name=_("Nội dung góp ý"))
    received_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Thời điểm nhận"))
    handled = models.BooleanField(default=False, verbose_name=_("Đã xử lý"))
    handling_note = models.TextField(
        blank=True,
        verbose_name=_("Ghi chú xử lý"),
        help_text=_("Văn phòng đã xác minh, trả lời hoặc chuyển Hội đồng thế nào."),
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Người xử lý"),
    )
    handled_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Thời điểm xử lý"))

    panels = [FieldPanel("handled"), FieldPanel("handling_note")]

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("ý kiến nhân dân")
        verbose_name_plural = _("ý kiến nhân dân")

    def __str__(self) -> str:
        text = " ".join(self.text.split())
        return text[:60] + ("…" if len(text) > 60 else "")


class PublicCommentPage(RoutablePageMixin, Page):
    """The public page "Lấy ý kiến nhân dân": the nominees posted now, and a form for each.

    The list is served by ``nominations.comment_window``; outside a period it says that no
    list is posted. Comments never appear here.
    """

    front_cache_listing = True  # lists other content: purged with every change (core/front_cache.py)

    intro = models.TextField(blank=True, verbose_name=_("Lời giới thiệu"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang lấy ý kiến nhân dân")
        verbose_name_plural = _("trang lấy ý kiến nhân dân")

    @path("")
    def listing(self, request):
        """The nominees posted today, by award type; the front cache keeps it a minute at most."""
        postings = list(PostedNominee.objects.running())
        response = self.render(request, context_overrides={"groups": by_award_type(postings)})
        response.render()
        if is_shareable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=LIST_CACHE_SECONDS)
        return response

    @path("<int:posting_id>/", name="nominee")
    def nominee(self, request, posting_id):
        """One nominee's public fields and the comment form (never shared by the front cache)."""
        posting = get_object_or_404(PostedNominee.objects.running(), pk=posting_id)
        context = {"posting": posting, "nominee": posting.nomination, "sent": False, "flooded": False}
        form = PublicCommentForm(request.POST or None)
        status = 200
        if request.method == "POST":
            if over_rate_limit(request):
                context["flooded"] = True
                status = 429
            elif form.is_valid():
                count_attempt(request)
                if not form.is_robot:  # a robot is thanked like anyone, and nothing is kept
                    PublicComment.objects.create(
                        posting=posting,
                        nomination_id=posting.nomination_id,
                        name=form.cleaned_data["name"],
                        contact=form.cleaned_data["contact"],
                        text=form.cleaned_data["text"],
                    )
                context["sent"] = True
                form = PublicCommentForm()
        context["form"] = form
        response = self.render(
            request, template="nominations/public_comment_nominee.html", context_overrides=context
        )
        response.status_code = status
        return response


def by_award_type(postings) -> list[tuple[object, list[PostedNominee]]]:
    """The posted nominees grouped by award type, in the award types' order."""
    return [
        (group[0].nomination.award_type, group)
        for group in (
            list(items) for _key, items in groupby(postings, key=lambda p: p.nomination.award_type_id)
        )
    ]


def past_comment_period(nominations, today: date | None = None):
    """``nominations`` without those whose award type asks for public comment not yet over.

    The council's agenda reads it: a nominee is considered once its posting ended
    (the query form of ``consideration_refusal``).
    """
    today = today or timezone.localdate()
    ended = PostedNominee.objects.filter(ends_on__lt=today).values("nomination_id")
    return nominations.exclude(models.Q(award_type__chain__comment_days__gt=0) & ~models.Q(pk__in=ended))


def consideration_refusal(nomination, today: date | None = None) -> str | None:
    """Why a consideration step may not approve ``nomination`` yet, or None when it may.

    An award type whose chain asks for public comment is considered only after the
    nominee's posting ended; one never posted waits for the office to post it.
    """
    chain = getattr(nomination.award_type, "chain", None)
    days = chain.comment_days if chain is not None else 0
    if not days:
        return None
    today = today or timezone.localdate()
    posting = nomination.postings.select_related("period").order_by("-ends_on", "-pk").first()
    if posting is None:
        return gettext(
            "Chưa xét được “%(name)s”: %(award)s phải công khai lấy ý kiến nhân dân %(days)s ngày làm việc "
            "trước khi xét, mà Văn phòng tỉnh chưa đưa hồ sơ này ra lấy ý kiến."
        ) % {"name": nomination.name, "award": nomination.award_type.short_name, "days": days}
    if today <= posting.ends_on:
        return gettext(
            "Chưa xét được “%(name)s”: hồ sơ đang được lấy ý kiến nhân dân từ ngày %(start)s đến hết ngày "
            "%(end)s; Hội đồng chỉ xét sau khi hết thời gian lấy ý kiến."
        ) % {
            "name": nomination.name,
            "start": date_format(posting.period.starts_on, "SHORT_DATE_FORMAT"),
            "end": date_format(posting.ends_on, "SHORT_DATE_FORMAT"),
        }
    return None
