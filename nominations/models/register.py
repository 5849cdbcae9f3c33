"""Decisions as documents, their number register, and the award register (sổ khen thưởng).

A ``Decision`` (quyết định) is one numbered document of an ``IssuingBody`` (the deciding
unit's standing board, or an outside body whose decision the province office records:
the provincial People's Committee, the VFF Central Committee) listing many honourees.
Our own boards' numbers come from ``DecisionNumberCounter``, one row per body and year,
locked while a decision is recorded, so two people recording at once get two numbers and
no number is skipped. An outside body's number is the one on its paper, typed in.

Every award is one ``AwardRecord`` in the register: decided here (from a decision, one
per honouree: the record is the link between the nomination, its decision and the
exemplar it published) or imported from earlier lists (with the decision's number, date
and issuing body as text). Each carries an unguessable verification code printed as a QR
code on the certificate. A record can be revoked or corrected, with a reason; each change
is kept as an ``AwardRecordChange``.

Personal fields (birth date, ID number, gender, ethnicity) are copied to the register
for matching and statistics; they never leave the intranet (the verification page and
the exemplar read named public fields only).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from campaigns.models import NomineeKind
from core.fields import user_stamp
from core.folding import fold
from core.private_files import PrivateFileValidator

from .nominations import Gender, private_file

# An unguessable code: 20 characters of a 32-letter alphabet without look-alikes (100 bits).
CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 20


def new_verification_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def folded_name(name: str) -> str:
    """The name as searched: no diacritics, lower case, single spaces ("Hoàng Văn Hà" → "hoang van ha")."""
    return " ".join(fold(name or "").split())


class IssuingBody(models.Model):
    """Who signs decisions: a unit's standing board, or an outside body the office records."""

    name = models.CharField(
        max_length=255,
        unique=True,
        verbose_name=_("Tên cơ quan ban hành"),
        help_text=_(
            "Ví dụ: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn; Ủy ban nhân dân tỉnh Lạng Sơn."
        ),
    )
    parent_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Cơ quan chủ quản"),
        help_text=_("Dòng trên tên cơ quan ở góc trái văn bản, ví dụ: Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."),
    )
    symbol = models.CharField(
        max_length=50,
        verbose_name=_("Ký hiệu quyết định"),
        help_text=_("Phần sau số, ví dụ: QĐ-MTTQ-BTT."),
    )
    place = models.CharField(max_length=100, default="Lạng Sơn", verbose_name=_("Địa danh"))
    unit = models.OneToOneField(
        "campaigns.Unit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="issuing_body",
        verbose_name=_("Đơn vị (Ban Thường trực)"),
        help_text=_("Để trống với cơ quan bên ngoài (UBND tỉnh, Ủy ban Trung ương MTTQ Việt Nam)."),
    )

    class Meta:
        verbose_name = _("cơ quan ban hành quyết định")
        verbose_name_plural = _("cơ quan ban hành quyết định")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_outside(self) -> bool:
        """The office records this body's decisions with the number on its paper."""
        return self.unit_id is None


class DecisionNumberCounter(models.Model):
    """The last number one of our issuing bodies gave in one year: locked while numbering."""

    issuing_body = models.ForeignKey(IssuingBody, on_delete=models.CASCADE, related_name="counters")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuing_body", "year"], name="one_counter_per_body_and_year")
        ]

    def __str__(self) -> str:
        return f"{self.issuing_body} {self.year}: {self.last_number}"


class Decision(models.Model):
    """One decision (quyết định khen thưởng): a numbered document listing many honourees."""

    private_file_fields = ("scan",)  # downloaded through the intranet (core/private_files.py)

    issuing_body = models.ForeignKey(
        IssuingBody, on_delete=models.PROTECT, related_name="decisions", verbose_name=_("Cơ quan ban hành")
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Đơn vị ghi quyết định"),
        help_text=_(
            "Đơn vị có Ban Thường trực quyết định, hoặc tỉnh khi Văn phòng ghi quyết định của cấp trên."
        ),
    )
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("Hình thức khen thưởng"),
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Đợt thi đua"),
    )
    year = models.PositiveSmallIntegerField(verbose_name=_("Năm"))
    sequence = models.PositiveIntegerField(verbose_name=_("Số"))
    symbol = models.CharField(max_length=50, verbose_name=_("Ký hiệu"))
    date = models.DateField(verbose_name=_("Ngày ký"))
    signer = models.CharField(max_length=255, verbose_name=_("Người ký"))
    signer_title = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Chức vụ người ký"),
        help_text=_("Ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."),
    )
    scan = private_file(
        _("Bản scan quyết định đã ký"),
        _("Tệp PDF hoặc ảnh của quyết định có chữ ký, đóng dấu; lưu kín trong hệ thống."),
        validator=PrivateFileValidator(),
    )
    recorded_by = user_stamp(_("Người ghi"))
    recorded_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày ghi"))

    class Meta:
        verbose_name = _("quyết định khen thưởng")
        verbose_name_plural = _("quyết định khen thưởng")
        ordering = ["-date", "-sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["issuing_body", "year", "sequence"], name="one_number_per_body_and_year"
            )
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        """ "412/QĐ-MTTQ-BTT": the number as written on the paper."""
        return f"{self.sequence}/{self.symbol}" if self.symbol else str(self.sequence)


class AwardSource(models.TextChoices):
    DECIDED = "decided", _("Quyết định trên hệ thống")
    IMPORTED = "imported", _("Nhập từ danh sách trước đây")


class AwardRecordQuerySet(models.QuerySet):
    def valid(self) -> "AwardRecordQuerySet":
        """Not revoked."""
        return self.filter(revoked_at__isnull=True)

    def named(self, text: str) -> "AwardRecordQuerySet":
        """Accent-insensitive name search: "hoang van ha" finds "Hoàng Văn Hà"."""
        key = folded_name(text)
        return self.filter(name_key__contains=key) if key else self

    def named_exactly(self, text: str) -> "AwardRecordQuerySet":
        """The same name, without regard to accents, case or spacing."""
        return self.filter(name_key=folded_name(text))

    def same_person(self, name: str = "", birth_date=None, id_number: str = "") -> "AwardRecordQuerySet":
        """The records of one person: the same ID number, or the same name (accents kept) and birth date."""
        match = Q(pk__in=[])
        if id_number:
            match |= Q(id_number=id_number)
        if name and birth_date:
            match |= Q(name_key=folded_name(name), birth_date=birth_date)
        return self.filter(match)


class AwardRecord(models.Model):
    """One award in the register (sổ khen thưởng): decided here, or imported from earlier lists."""

    source = models.CharField(
        max_length=20, choices=AwardSource.choices, default=AwardSource.DECIDED, verbose_name=_("Nguồn")
    )
    # -- decided here ---------------------------------------------------------------------------
    decision = models.ForeignKey(
        Decision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
        verbose_name=_("Quyết định"),
    )
    nomination = models.OneToOneField(
        "nominations.Nomination",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="award",
        verbose_name=_("Hồ sơ đề nghị"),
    )
    exemplar = models.OneToOneField(
        "exemplars.Exemplar",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="award_record",
        verbose_name=_("Điển hình đã công bố"),
    )
    # -- the decision as written (copied from ``decision`` for ours, typed for imported ones) -----
    decision_number = models.CharField(max_length=100, verbose_name=_("Số quyết định"))
    decision_date = models.DateField(null=True, blank=True, verbose_name=_("Ngày quyết định"))
    issuing_body_name = models.CharField(max_length=255, verbose_name=_("Cơ quan ban hành"))
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="award_records",
        verbose_name=_("Hình thức khen thưởng"),
    )
    award_name = models.CharField(
        max_length=255,
        verbose_name=_("Tên hình thức khen thưởng"),
        help_text=_(
            "Như ghi trên quyết định (với khen thưởng nhập từ danh sách cũ không có trong danh mục)."
        ),
    )
    year = models.PositiveSmallIntegerField(db_index=True, verbose_name=_("Năm khen thưởng"))
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Đợt thi đua"),
    )
    # -- the honouree ---------------------------------------------------------------------------
    kind = models.CharField(
        max_length=20,
        choices=NomineeKind.choices,
        default=NomineeKind.INDIVIDUAL,
        verbose_name=_("Tập thể hay cá nhân"),
    )
    name = models.CharField(max_length=255, verbose_name=_("Tên tập thể hoặc họ và tên"))
    name_key = models.CharField(max_length=255, editable=False, db_index=True, default="")
    position = models.CharField(max_length=255, blank=True, verbose_name=_("Chức vụ, đơn vị công tác"))
    unit = models.ForeignKey(
        "campaigns.Unit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="award_records",
        verbose_name=_("Đơn vị"),
    )
    unit_name = models.CharField(max_length=255, blank=True, verbose_name=_("Tên đơn vị"))
    target_group = models.CharField(max_length=255, blank=True, verbose_name=_("Đối tượng"))
    # personal data: never public
    gender = models.CharField(max_length=10, choices=Gender.choices, blank=True, verbose_name=_("Giới tính"))
    ethnicity = models.CharField(max_length=50, blank=True, verbose_name=_("Dân tộc"))
    birth_date = models.DateField(null=True, blank=True, verbose_name=_("Ngày sinh"))
    id_number = models.CharField(max_length=12, blank=True, db_index=True, verbose_name=_("Số CCCD/CMND"))
    # -- checking and revoking -------------------------------------------------------------------
    verification_code = models.CharField(
        max_length=32,
        unique=True,
        default=new_verification_code,
        editable=False,
        verbose_name=_("Mã xác minh"),
    )
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("Ngày thu hồi"))
    revoked_by = user_stamp(_("Người thu hồi"))
    revoke_reason = models.TextField(blank=True, editable=False, verbose_name=_("Lý do thu hồi"))
    created_by = user_stamp(_("Người ghi"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày ghi"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Cập nhật"))

    objects = AwardRecordQuerySet.as_manager()

    # What a correction may change, and what of it the public sees (exemplar, verification page).
    CORRECTABLE_FIELDS = (
        "name",
        "position",
        "unit_name",
        "target_group",
        "gender",
        "ethnicity",
        "birth_date",
        "id_number",
    )
    PUBLIC_FIELDS = (
        "name",
        "position",
        "unit_name",
        "award_name",
        "decision_number",
        "decision_date",
        "issuing_body_name",
        "year",
        "kind",
    )

    class Meta:
        verbose_name = _("khen thưởng trong sổ")
        verbose_name_plural = _("sổ khen thưởng")
        ordering = ["-year", "name_key", "pk"]
        indexes = [models.Index(fields=["year", "award_type"], name="award_record_year_type")]

    def __str__(self) -> str:
        return f"{self.name} – {self.award_name} ({self.decision_number})"

    def save(self, *args, **kwargs):
        self.name_key = folded_name(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "name_key"}
        super().save(*args, **kwargs)

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class AwardRecordChange(models.Model):
    """One correction or revocation of a register record: who, when, why, and what changed."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Đính chính")
        REVOCATION = "revocation", _("Thu hồi")

    record = models.ForeignKey(AwardRecord, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Loại thay đổi"))
    reason = models.TextField(verbose_name=_("Lý do"))
    changes = models.JSONField(default=dict, blank=True, verbose_name=_("Nội dung thay đổi"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Người thực hiện"),
    )
    changed_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Thời điểm"))

    class Meta:
        verbose_name = _("thay đổi trong sổ khen thưởng")
        verbose_name_plural = _("thay đổi trong sổ khen thưởng")
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.record}"
