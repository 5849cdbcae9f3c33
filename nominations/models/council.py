"""The council's session (phiên họp Hội đồng thi đua – khen thưởng) and its secret ballot.

The province office prepares a session: date, place, chair, secretary, the members
present and the agenda, the nominations waiting at their chain's consideration step.
During the session each member present votes once on every nominee, agree or disagree.

The ballot is secret by construction: ``BallotCast`` records only that a member has
voted in the session (no time, no choice), and each agenda item holds two counters
raised with ``F()`` in the same transaction. No row anywhere holds a member next to a
choice; these models keep no revisions and write no log entries with the counts. On
paper, the secretary enters the counts instead. The chair closes the ballot; only then
do results show, and each result moves its nomination on (``nominations.council``).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.private_files import get_private_storage
from intranet.roles import Role

from .nominations import Nomination


def council_members():
    """Every active account holding the council's role: "all the council's members"."""
    return (
        get_user_model()
        .objects.filter(is_active=True, membership__role=Role.COUNCIL)
        .order_by("last_name", "first_name", "username")
    )


class BallotKind(models.TextChoices):
    ELECTRONIC = "electronic", _("Bỏ phiếu điện tử")
    PAPER = "paper", _("Bỏ phiếu giấy (thư ký nhập kết quả kiểm phiếu)")


class SessionStatus(models.TextChoices):
    PREPARING = "preparing", _("Đang chuẩn bị")
    VOTING = "voting", _("Đang biểu quyết")
    CLOSED = "closed", _("Đã kết thúc biểu quyết")


class PassBase(models.TextChoices):
    ALL_MEMBERS = "all", _("Tổng số thành viên Hội đồng")
    PRESENT = "present", _("Số thành viên có mặt")


def minutes_path(instance, filename: str) -> str:
    return f"bien-ban-hoi-dong/{instance.pk}/{filename}"


class CouncilSession(models.Model):
    number = models.CharField(
        max_length=50,
        verbose_name=_("Số, ký hiệu biên bản"),
        help_text=_("Ví dụ: 01/BB-HĐTĐKT"),
    )
    date = models.DateField(verbose_name=_("Ngày họp"))
    start_time = models.TimeField(null=True, blank=True, verbose_name=_("Giờ bắt đầu"))
    place = models.CharField(max_length=255, verbose_name=_("Địa điểm"))
    issuing_place = models.CharField(
        max_length=100,
        default="Lạng Sơn",
        verbose_name=_("Địa danh ghi trên biên bản"),
    )
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Chủ tọa"),
    )
    secretary = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Thư ký"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="council_sessions",
        verbose_name=_("Thành viên có mặt"),
        help_text=_("Các thành viên Hội đồng dự họp; chỉ họ được bỏ phiếu."),
    )
    ballot = models.CharField(
        max_length=20,
        choices=BallotKind.choices,
        default=BallotKind.ELECTRONIC,
        verbose_name=_("Hình thức biểu quyết"),
    )
    status = models.CharField(
        max_length=20,
        choices=SessionStatus.choices,
        default=SessionStatus.PREPARING,
        editable=False,
        verbose_name=_("Trạng thái"),
    )
    council_size = models.PositiveSmallIntegerField(
        default=0,
        editable=False,
        verbose_name=_("Tổng số thành viên Hội đồng"),
        help_text=_("Ghi lại khi mở biểu quyết, để kết quả không đổi khi danh sách Hội đồng thay đổi."),
    )
    minutes_docx = models.FileField(
        upload_to=minutes_path,
        storage=get_private_storage,
        blank=True,
        editable=False,
        max_length=255,
        verbose_name=_("Biên bản (DOCX)"),
    )
    minutes_pdf = models.FileField(
        upload_to=minutes_path,
        storage=get_private_storage,
        blank=True,
        editable=False,
        max_length=255,
        verbose_name=_("Biên bản (PDF)"),
    )

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("phiên họp Hội đồng thi đua – khen thưởng")
        verbose_name_plural = _("phiên họp Hội đồng thi đua – khen thưởng")

    def __str__(self) -> str:
        return gettext("Phiên họp %(number)s ngày %(date)s") % {
            "number": self.number,
            "date": self.date.strftime("%d/%m/%Y") if self.date else "",
        }

    def clean(self):
        if self.status != SessionStatus.PREPARING and self.pk:
            raise ValidationError(gettext("Phiên họp đã mở biểu quyết: không sửa được thông tin phiên họp."))

    @property
    def is_preparing(self) -> bool:
        return self.status == SessionStatus.PREPARING

    @property
    def is_voting(self) -> bool:
        return self.status == SessionStatus.VOTING

    @property
    def is_closed(self) -> bool:
        return self.status == SessionStatus.CLOSED


class AgendaItem(models.Model):
    """One nominee on the agenda, with the two counters of the ballot and the result."""

    session = models.ForeignKey(CouncilSession, on_delete=models.CASCADE, related_name="items")
    nomination = models.ForeignKey(Nomination, on_delete=models.PROTECT, related_name="council_items")
    agree = models.PositiveSmallIntegerField(default=0, verbose_name=_("Đồng ý"))
    disagree = models.PositiveSmallIntegerField(default=0, verbose_name=_("Không đồng ý"))
    passed = models.BooleanField(null=True, editable=False, verbose_name=_("Được thông qua"))

    class Meta:
        ordering = ["nomination__award_type__sort_order", "nomination__award_type__pk", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["session", "nomination"], name="one_agenda_item_per_nomination"),
        ]
        verbose_name = _("hồ sơ trong chương trình họp")
        verbose_name_plural = _("hồ sơ trong chương trình họp")

    def __str__(self) -> str:
        return str(self.nomination)

    @property
    def result_label(self) -> str:
        if self.passed is None:
            return ""
        return gettext("Đạt") if self.passed else gettext("Không đạt")


class BallotCast(models.Model):
    """That ``member`` has cast their ballot in ``session``: nothing else, on purpose.

    No time and no choice: the counters on the agenda items hold the choices, so nothing
    links a member to how they voted.
    """

    session = models.ForeignKey(CouncilSession, on_delete=models.CASCADE, related_name="ballots_cast")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="one_ballot_per_member_and_session"),
        ]
        verbose_name = _("phiếu đã bỏ")
        verbose_name_plural = _("phiếu đã bỏ")

    def __str__(self) -> str:
        return gettext("Phiếu đã bỏ")
