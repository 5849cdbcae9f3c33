"""Award nominations (hồ sơ đề nghị khen thưởng): a unit's proposal to honor one of its own.

An officer drafts the nomination of a collective or an individual for one award type,
with the dossier the award type asks for, and submits it into the workflow "Quy trình
xét khen thưởng" of its award type (``award_steps``): each step's board, office or
council approves it or returns it with a reason. When the last step approves, Wagtail
publishes the nomination (``live``): that is the approval, not a public page. The
deciding body's decision (``Decision``, listing many honourees) puts each honouree in
the award register (``AwardRecord``) and publishes an ``Exemplar`` carrying public
fields only.

The tables keep the names they had when the models lived in ``exemplars``
(``exemplars_nomination``...): moving the models changed no data.

The rules the workflow enforces live here, on the model, so that no screen can skip them:
what a submission must contain, one nomination per person and campaign, the deadline
(with the council's reopenings) and the unit's quota, counted under a row lock.

Personal fields (gender, birth date, ethnicity, ID number, phone, photo) and the dossier
files never leave the intranet: the model is not indexed for search, its files live in
private storage, and the exemplar is built from named public fields only.
"""

import unicodedata
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin, WorkflowState

from campaigns.models import AwardType, NomineeKind, Quota, Unit, UnitLevel, UnitQuota
from campaigns.models.submissions import in_review_or_live, with_workflow_status, without_active_workflow
from core.fields import user_stamp
from core.private_files import (
    PrivateFileValidator,
    PrivateImageValidator,
    get_private_storage,
    private_upload_path,
)

from ..panels import NominationGuidancePanel, PublicCommentsPanel

PROVINCE_LEVEL = "province"


class Gender(models.TextChoices):
    MALE = "male", _("Nam")
    FEMALE = "female", _("Nữ")


class NominationRefused(Exception):
    """A submission or an approval the rules refuse; ``message`` says why, in Vietnamese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# The dossier files, each with the award type's flag that makes it required.
DOSSIER_FIELDS = {
    "proposal_letter": "requires_proposal_letter",
    "achievement_report": "requires_achievement_report",
    "review_minutes": "requires_review_minutes",
}
# Never shown outside the intranet, never copied to an exemplar.
PERSONAL_FIELDS = ("gender", "birth_date", "ethnicity", "id_number", "phone", "photo")
PRIVATE_FILE_FIELDS = ("photo", *DOSSIER_FIELDS)
REQUIRED_FOR_ALL = ("campaign", "unit", "award_type", "kind", "name", "achievements")
REQUIRED_FOR_INDIVIDUALS = ("position", "gender", "birth_date", "ethnicity", "id_number")
# A person's fields: a collective has none of them, so its form hides them and its record keeps none.
INDIVIDUAL_ONLY_FIELDS = (*REQUIRED_FOR_INDIVIDUALS, "phone", "photo", "photo_consent")
# What Wagtail's save_revision writes on the record: no reference (campaign, unit, award type) among them.
REVISION_POINTERS = {"latest_revision", "has_unpublished_changes"}
# Marks the form's panels holding them (``Panel.attrs``), for the script that hides them.
INDIVIDUAL_ONLY = {"data-individual-only": ""}


def already_awarded_message(name: str, record) -> str:
    """An award of the register already honours this achievement (one achievement, one award)."""
    return gettext(
        "%(name)s đã được khen thưởng trong đợt thi đua này (%(award)s, quyết định số %(number)s): một "
        "thành tích chỉ được khen thưởng một hình thức."
    ) % {"name": name, "award": record.award_name, "number": record.decision_number}


def name_key(name: str) -> str:
    """The name as compared for duplicates: case and spacing ignored, diacritics kept.

    "Hoàng Văn Hà" and "hoàng  văn hà" are one person; "Hoàng Văn Hạ" is another.
    """
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


def private_file(verbose_name, help_text, validator=None) -> models.FileField:
    return models.FileField(
        upload_to=private_upload_path,
        storage=get_private_storage,
        blank=True,
        max_length=255,
        validators=[validator or PrivateFileValidator()],
        verbose_name=verbose_name,
        help_text=help_text,
    )


class NominationQuerySet(models.QuerySet):
    def in_moderation(self) -> "NominationQuerySet":
        return with_workflow_status(self, WorkflowState.STATUS_IN_PROGRESS)

    def returned(self) -> "NominationQuerySet":
        return with_workflow_status(self, WorkflowState.STATUS_NEEDS_CHANGES)

    def drafts(self) -> "NominationQuerySet":
        """Never submitted, or withdrawn: neither in review, returned, nor approved."""
        return without_active_workflow(self)

    def approved(self) -> "NominationQuerySet":
        """Approved at the last step of the workflow (Wagtail published it)."""
        return self.filter(live=True)

    def holding_a_slot(self) -> "NominationQuerySet":
        """What counts against a quota: in moderation or approved. Returned ones do not."""
        return in_review_or_live(self)


@dataclass
class QuotaUsage:
    """How much of the quota covering a unit, for one award type and nominee kind, is taken.

    ``quota`` is the nearest row on the unit's line of parents: a plan's ``Quota`` or
    the numbers a district set (``UnitQuota``); it may belong to a unit above the one
    nominating (a commune counts against its district's row).
    """

    quota: Quota | UnitQuota
    kind: str
    used: int

    @property
    def award_type(self) -> AwardType:
        return self.quota.award_type

    @property
    def limit(self) -> int:
        return self.quota.limit_for(self.kind)

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def is_full(self) -> bool:
        return self.used >= self.limit

    @property
    def set_by_unit(self) -> bool:
        """The numbers come from the deciding unit's standing board, not from the plan."""
        return isinstance(self.quota, UnitQuota)

    def message(self) -> str:
        return gettext(
            "Đơn vị đã dùng %(used)s/%(limit)s chỉ tiêu %(award)s cho %(kind)s (chỉ tiêu của %(unit)s)."
        ) % {
            "used": self.used,
            "limit": self.limit,
            "award": self.quota.award_type.short_name,
            "kind": str(NomineeKind(self.kind).label).lower(),
            "unit": self.quota.unit.display_name,
        }


def numbers_to_follow_message(award_type: AwardType) -> str:
    return gettext(
        "Số lượng %(award)s của đợt thi đua này có văn bản hướng dẫn sau: chưa nhận hồ sơ đề nghị "
        "cho đến khi tỉnh quy định số lượng."
    ) % {"award": award_type.short_name}


def quota_row_for(campaign, award_type, unit: Unit, lock: bool = False) -> Quota | UnitQuota | None:
    """The quota covering ``unit``: the nearest row on its line of parents, else None.

    The plan's rows and the numbers a district set for its own award are looked up
    alike; at the same unit the plan's row prevails. A unit with no row anywhere above
    it has no number set (a district's commendation certificate before the district
    set its numbers) and so no limit.
    """
    row = nearest_row(
        [
            row
            for model in (Quota, UnitQuota)
            for row in model.objects.covering(unit, campaign, award_type)[:1]
        ]
    )
    if row is None:
        return None
    if lock:
        # Serialises submissions against one quota: a second officer waits here until the
        # first one's transaction ends, then counts again (PostgreSQL; SQLite locks the
        # whole database for writing anyway).
        row = type(row).objects.select_for_update().select_related("unit", "award_type").get(pk=row.pk)
    return row


def nearest_row(rows) -> Quota | UnitQuota | None:
    """Of rows covering one unit for one award type, the nearest (the plan's at the same unit)."""
    return max(rows, key=lambda row: (row.unit.depth, isinstance(row, Quota)), default=None)


def quota_usage_for(campaign, award_type, unit, kind, exclude_pk=None, lock=False, approved_only=False):
    """What is taken of the row covering ``unit``: nominations it is the nearest row of.

    That is every nomination made at or below the row's unit, except those of units
    that have a nearer row of their own: the province's row counts the provincial
    agency's departments, not the districts, which count against their own rows.
    """
    quota = quota_row_for(campaign, award_type, unit, lock=lock)
    if quota is None:
        return None
    holders = counted_against(quota, campaign).filter(kind=kind)
    holders = holders.approved() if approved_only else holders.holding_a_slot()
    if exclude_pk is not None:
        holders = holders.exclude(pk=exclude_pk)
    return QuotaUsage(quota, kind, holders.count())


def counted_against(quota: Quota | UnitQuota, campaign, row_paths=None) -> "NominationQuerySet":
    """The nominations (of either kind) whose nearest row is ``quota``, whatever their state.

    ``row_paths``: the (award type, unit path) of every row of the campaign, when the caller
    read them already (``quota_overview``); else those of ``quota``'s award type are read.
    """
    if row_paths is None:
        row_paths = [
            row
            for model in (Quota, UnitQuota)
            for row in model.objects.of(campaign, quota.award_type_id).values_list(
                "award_type_id", "unit__path"
            )
        ]
    return Nomination.objects.filter(nearest_row_is(quota, row_paths), campaign=campaign.source)


def nearest_row_is(quota: Quota | UnitQuota, row_paths) -> Q:
    """Nominations of ``quota``'s award type made at or below its unit, but not below a nearer row.

    ``row_paths``: the (award type, unit path) of the campaign's rows (``counted_against``).
    """
    below = [
        path
        for award_type_id, path in row_paths
        if award_type_id == quota.award_type_id
        and path.startswith(quota.unit.path)
        and path != quota.unit.path
    ]
    nearer = Q()
    for path in below:
        nearer |= Q(unit__path__startswith=path)
    made_under = quota.unit.subtree_filter() & Q(award_type=quota.award_type_id)
    return made_under & ~nearer if nearer else made_under


@dataclass
class QuotaOverview:
    """A unit's standing in one campaign: quota used and left, and awards not open yet."""

    campaign: object
    unit: Unit
    usages: list[QuotaUsage]
    awaiting_numbers: list[AwardType]


def quota_overview(campaign, unit: Unit) -> QuotaOverview:
    """Per award type of the campaign and nominee kind, what ``unit`` has used and has left.

    For the nomination form's panel and the intranet dashboard. Award types without a
    row covering the unit are left out (no limit); those whose numbers are to follow are
    listed apart, as nothing can be submitted for them yet.
    """
    source = campaign.source
    entries = source.awards.select_related("award_type").order_by("award_type__sort_order", "sort_order")
    award_types = {entry.award_type_id: entry.award_type for entry in entries}
    awaiting = {entry.award_type_id for entry in entries if entry.numbers_to_follow}
    # Every row of the campaign read once (a few dozen): the nearest row of each award type
    # and the rows below it are picked from them, not asked for per award type.
    covering: dict[int, list] = {}
    row_paths = []
    for model in (Quota, UnitQuota):
        first_of_model = {}
        for row in model.objects.covering(unit, campaign):  # nearest first
            award_types.setdefault(row.award_type_id, row.award_type)
            first_of_model.setdefault(row.award_type_id, row)
        for award_type_id, row in first_of_model.items():
            covering.setdefault(award_type_id, []).append(row)
        row_paths += model.objects.of(campaign).values_list("award_type_id", "unit__path")
    quotas = []
    for award_type in sorted(award_types.values(), key=lambda award: award.sort_order):
        quota = None if award_type.pk in awaiting else nearest_row(covering.get(award_type.pk, []))
        if quota is not None:
            quotas.append(quota)
    # Every row and both kinds counted in one query: the overview is on every dashboard and
    # nomination form.
    alias = "used_{}_{}".format
    counts = {
        alias(quota.award_type_id, kind): Count("pk", filter=nearest_row_is(quota, row_paths) & Q(kind=kind))
        for quota in quotas
        for kind in NomineeKind.values
    }
    used = Nomination.objects.filter(campaign=source).holding_a_slot().aggregate(**counts) if counts else {}
    usages = [
        QuotaUsage(quota, kind, used[alias(quota.award_type_id, kind)])
        for quota in quotas
        for kind in NomineeKind.values
    ]
    return QuotaOverview(
        campaign=source,
        unit=unit,
        usages=usages,
        awaiting_numbers=[award_types[pk] for pk in award_types if pk in awaiting],
    )


class Nomination(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """One collective or individual proposed by a unit for one award in one campaign."""

    private_file_fields = PRIVATE_FILE_FIELDS  # downloaded through the intranet (core/private_files.py)

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        on_delete=models.PROTECT,
        related_name="nominations",
        verbose_name=_("Đợt thi đua"),
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="nominations",
        verbose_name=_("Đơn vị đề nghị"),
    )
    award_type = models.ForeignKey(
        "campaigns.AwardType",
        on_delete=models.PROTECT,
        related_name="nominations",
        verbose_name=_("Hình thức khen thưởng"),
    )
    kind = models.CharField(
        max_length=20,
        choices=NomineeKind.choices,
        default=NomineeKind.INDIVIDUAL,
        verbose_name=_("Tập thể hay cá nhân"),
    )
    name = models.CharField(
        max_length=255,
        verbose_name=_("Tên tập thể hoặc họ và tên"),
        help_text=_("Tên được công bố trên trang Điển hình tiên tiến nếu được khen thưởng."),
    )
    name_key = models.CharField(max_length=255, editable=False, db_index=True, default="")
    position = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Chức vụ, đơn vị công tác"),
        help_text=_("Với cá nhân. Được công bố cùng tên nếu được khen thưởng."),
    )
    # -- personal data: never public ------------------------------------------------------
    gender = models.CharField(max_length=10, choices=Gender.choices, blank=True, verbose_name=_("Giới tính"))
    birth_date = models.DateField(null=True, blank=True, verbose_name=_("Ngày sinh"))
    ethnicity = models.CharField(max_length=50, blank=True, verbose_name=_("Dân tộc"))
    id_number = models.CharField(
        max_length=12,
        blank=True,
        db_index=True,
        verbose_name=_("Số CCCD/CMND"),
        validators=[RegexValidator(r"^(\d{9}|\d{12})$", _("Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)."))],
    )
    phone = models.CharField(
        max_length=20,
        blank=True,
        verbose_name=_("Điện thoại"),
        validators=[RegexValidator(r"^[0-9 +.]{8,20}$", _("Số điện thoại không hợp lệ."))],
    )
    photo = private_file(
        _("Ảnh chân dung"),
        _("Ảnh JPEG hoặc PNG, lưu kín trong hệ thống; chỉ công khai khi người được đề nghị đồng ý."),
        validator=PrivateImageValidator(),
    )
    photo_consent = models.BooleanField(
        default=False,
        verbose_name=_("Đồng ý công khai ảnh"),
        help_text=_("Người được đề nghị đã đồng ý cho đăng ảnh trên trang Điển hình tiên tiến."),
    )
    # -- achievements -------------------------------------------------------------------------
    achievements = models.TextField(
        verbose_name=_("Tóm tắt thành tích"),
        help_text=_("Được công bố nếu được khen thưởng; không ghi thông tin cá nhân vào đây."),
    )
    works = ParentalManyToManyField(
        "exemplars.Work",
        blank=True,
        related_name="nominations",
        verbose_name=_("Công trình, phần việc gắn với thành tích"),
    )
    criteria = ParentalManyToManyField(
        "campaigns.CampaignCriterion",
        blank=True,
        related_name="nominations",
        verbose_name=_("Tiêu chuẩn đã đạt"),
    )
    # -- the dossier: private files -------------------------------------------------------
    proposal_letter = private_file(
        _("Tờ trình đề nghị kèm danh sách"), _("Tờ trình của đơn vị, kèm danh sách đề nghị khen thưởng.")
    )
    achievement_report = private_file(
        _("Báo cáo thành tích có xác nhận của đơn vị"),
        _("Báo cáo thành tích có chữ ký, xác nhận của đơn vị trình."),
    )
    review_minutes = private_file(
        _("Biên bản họp xét của đơn vị"), _("Biên bản cuộc họp xét đề nghị khen thưởng của đơn vị trình.")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày tạo"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Cập nhật"))

    objects = NominationQuerySet.as_manager()

    panels = [
        NominationGuidancePanel(heading=_("Chỉ tiêu, thời hạn và hồ sơ")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]),
                FieldRowPanel([FieldPanel("award_type"), FieldPanel("kind")]),
            ],
            heading=_("Đề nghị"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                # A person's fields: static/js/nominee-kind.js hides them while the kind is
                # "Tập thể" (without the script they stay shown, and a collective's are dropped).
                FieldPanel("position", attrs=INDIVIDUAL_ONLY),
                FieldRowPanel(
                    [FieldPanel("gender"), FieldPanel("birth_date"), FieldPanel("ethnicity")],
                    attrs=INDIVIDUAL_ONLY,
                ),
                FieldRowPanel([FieldPanel("id_number"), FieldPanel("phone")], attrs=INDIVIDUAL_ONLY),
                FieldPanel("photo", attrs=INDIVIDUAL_ONLY),
                FieldPanel("photo_consent", attrs=INDIVIDUAL_ONLY),
            ],
            heading=_("Tập thể, cá nhân được đề nghị"),
        ),
        MultiFieldPanel(
            [FieldPanel("achievements"), FieldPanel("criteria"), FieldPanel("works")],
            heading=_("Thành tích"),
        ),
        MultiFieldPanel(
            [FieldPanel("proposal_letter"), FieldPanel("achievement_report"), FieldPanel("review_minutes")],
            heading=_("Hồ sơ kèm theo"),
        ),
        PublicCommentsPanel(heading=_("Ý kiến nhân dân")),
    ]

    # Approving at the last step publishes it (``intranet.workflow_finish``).
    published_by_workflow = True

    class Meta:
        db_table = "exemplars_nomination"
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("hồ sơ đề nghị khen thưởng")
        verbose_name_plural = _("hồ sơ đề nghị khen thưởng")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "name_key"}
        if update_fields is not None and set(update_fields) <= REVISION_POINTERS:
            # Wagtail's save_revision moves the pointers right after the form saved the record
            # and queued its reference index update: a second update would find nothing new.
            # (Imported here: Wagtail's signal handlers load models, not ready when this module is.)
            from wagtail.signal_handlers import disable_reference_index_auto_update

            with disable_reference_index_auto_update():
                super().save(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.kind == NomineeKind.COLLECTIVE:
            # Typed for a person before the kind was switched: a collective keeps none of it,
            # nor does its honor-roll entry (a consented portrait was published with it).
            for name in INDIVIDUAL_ONLY_FIELDS:
                setattr(self, name, self._meta.get_field(name).get_default())
        if self.campaign_id and self.unit_id:
            self.campaign.check_unit_in_force(self.unit)
        if self.award_type_id and self.unit_id and self.decided_below_province and self.deciding_unit is None:
            raise ValidationError(
                {
                    "award_type": gettext(
                        "%(award)s do cấp %(level)s quyết định; %(unit)s không thuộc cấp đó."
                    )
                    % {
                        "award": self.award_type.short_name,
                        "level": self.award_type.deciding_level.name.lower(),
                        "unit": self.unit.display_name,
                    }
                }
            )
        if self.birth_date and self.birth_date > timezone.localdate():
            raise ValidationError({"birth_date": gettext("Ngày sinh không thể ở tương lai.")})

    # -- routing ---------------------------------------------------------------------------
    def get_workflow(self):
        """The award type's own chain of steps (``nominations.AwardChain``), else the default.

        Wagtail assigns one workflow per snippet type; the Front's rules give each award
        type its own chain, so the nomination picks it from its award type.
        """
        chain = getattr(self.award_type, "chain", None) if self.award_type_id else None
        if chain is not None and chain.workflow.active:
            return chain.workflow
        return super().get_workflow()

    @cached_property
    def decided_below_province(self) -> bool:
        """True for awards a district (or lower) decides: review ends with that unit."""
        province = UnitLevel.objects.filter(code=PROVINCE_LEVEL).first()
        return province is not None and self.award_type.deciding_level.rank > province.rank

    @cached_property
    def deciding_unit(self) -> Unit | None:
        """The unit whose standing board decides, for awards decided below the province."""
        if not self.decided_below_province:
            return None
        return self.unit.ancestor_at_level(self.award_type.deciding_level.code)

    @cached_property
    def reviewing_unit(self) -> Unit | None:
        """The unit whose standing board (reviewers) takes the first step.

        For an award decided below the province, the deciding unit (a district's
        commendation certificate: the district's standing board, also for its own staff).
        Otherwise the unit directly above, unless that is the province committee, whose
        office takes the nomination at the next step.
        """
        if self.decided_below_province:
            return self.deciding_unit
        parent = self.unit.parent
        if parent is None or parent.parent_id is None:
            return None
        return parent

    # -- what a submission must satisfy ------------------------------------------------------
    def required_fields(self) -> list[str]:
        names = list(REQUIRED_FOR_ALL)
        if self.kind == NomineeKind.INDIVIDUAL:
            names += REQUIRED_FOR_INDIVIDUALS
        if self.award_type_id:
            names += [field for field, flag in DOSSIER_FIELDS.items() if getattr(self.award_type, flag)]
        return names

    def required_for_submission(self) -> list[str]:
        """The form's fields a submission needs: ``required_fields``, and the criteria met when
        the campaign sets criteria for the nominee's kind (the form marks them all with *)."""
        names = self.required_fields()
        if self.campaign_id and self.campaign.source.criteria.filter(nominee_kind=self.kind).exists():
            names.append("criteria")
        return names

    def missing_for_submission(self) -> list[str]:
        """Labels of the fields and files still missing, in the form's order."""
        missing = []
        for field_name in self.required_fields():
            field = self._meta.get_field(field_name)
            value = getattr(self, field.attname)
            if value in (None, "") or (isinstance(field, models.FileField) and not value):
                missing.append(str(field.verbose_name))
        if self.pk and self.campaign_id and not self.criteria.exists():
            if self.campaign.source.criteria.filter(nominee_kind=self.kind).exists():
                missing.append(str(self._meta.get_field("criteria").verbose_name))
        return missing

    def same_nominee(self) -> "NominationQuerySet":
        """Other nominations of this person (or collective) in this campaign."""
        others = Nomination.objects.filter(campaign_id=self.campaign_id, kind=self.kind)
        if self.pk:
            others = others.exclude(pk=self.pk)
        key = name_key(self.name)
        if self.kind == NomineeKind.COLLECTIVE:
            return others.filter(name_key=key, unit_id=self.unit_id)
        match = Q(pk__in=[])
        if self.id_number:
            match |= Q(id_number=self.id_number)
        if key and self.birth_date:
            match |= Q(name_key=key, birth_date=self.birth_date)
        return others.filter(match)

    def earlier_awards(self):
        """The award register's valid records of this person or collective (``AwardRecord``).

        A person is matched by ID number, or by name and birth date; a collective by name
        within the nominating unit. The nomination's own award is left out. Shown on the
        form as a warning; an award in the same campaign bars the submission
        (``check_submission``: one achievement, one award).
        """
        records = self._meta.get_field("award").related_model.objects.valid().filter(kind=self.kind)
        if self.kind == NomineeKind.COLLECTIVE:
            if not (self.name and self.unit_id):
                return records.none()
            records = records.named_exactly(self.name).filter(unit_id=self.unit_id)
        else:
            if not (self.id_number or (self.name and self.birth_date)):
                return records.none()
            records = records.same_person(
                name=self.name, birth_date=self.birth_date, id_number=self.id_number
            )
        if self.pk:
            records = records.exclude(nomination_id=self.pk)
        return records.select_related("award_type").order_by("-year", "-decision_date", "-pk")

    def awarded_in_campaign(self):
        """The register's award of this nominee in this campaign, if any (for any achievement of it)."""
        if not self.campaign_id:
            return None
        return self.earlier_awards().filter(campaign_id=self.campaign.source.pk).first()

    def submission_deadline(self):
        """(last day for submitting, the council's reopening that set it or None)."""
        campaign = self.campaign.source
        deadline = campaign.nomination_deadline
        if deadline is None:
            return None, None
        extension = (
            NominationDeadlineExtension.objects.filter(
                campaign=campaign, unit__in=self.unit.ancestors_and_self()
            )
            .order_by("-until", "-pk")
            .first()
        )
        if extension is not None and extension.until > deadline:
            return extension.until, extension
        return deadline, None

    def quota_usage(self, lock: bool = False, approved_only: bool = False) -> QuotaUsage | None:
        if not (self.campaign_id and self.unit_id and self.award_type_id):
            return None
        return quota_usage_for(
            self.campaign,
            self.award_type,
            self.unit,
            self.kind,
            exclude_pk=self.pk,
            lock=lock,
            approved_only=approved_only,
        )

    def is_same_nominee_as(self, other: "Nomination") -> bool:
        """True when ``other`` proposes the same person or collective, typos aside.

        A person is known by three things: the name, the ID number and the birth date.
        Correcting one of them is fixing a typo; changing two of them is proposing
        somebody else. A collective has only its name. The kind must not change.
        """
        if other.kind != self.kind:
            return False
        same_name = bool(name_key(self.name)) and name_key(self.name) == name_key(other.name)
        if self.kind == NomineeKind.COLLECTIVE:
            return same_name
        same_id = bool(self.id_number) and self.id_number == other.id_number
        same_birth_date = self.birth_date is not None and self.birth_date == other.birth_date
        return same_name + same_id + same_birth_date >= 2

    @staticmethod
    def first_submitted_in(workflow_state: WorkflowState | None) -> "Nomination | None":
        """The nomination as first sent into this review, or None if it is being sent now.

        The first step taken (approved, returned or skipped) holds the revision that was
        submitted. Every resubmission of a returned nomination is compared with it, not
        with the previous resubmission, so a nominee cannot be swapped one field at a time.
        """
        if workflow_state is None or workflow_state.pk is None:
            return None
        first_step = (
            workflow_state.task_states.select_related("revision").order_by("started_at", "pk").first()
        )
        return first_step.revision.as_object() if first_step is not None else None

    def check_submission(
        self, *, workflow_state: WorkflowState | None = None, today: date | None = None
    ) -> None:
        """Refuse a submission that lacks something, repeats a nominee, is late or over quota.

        Called by the workflow's task when the nomination enters review (a submission, a
        resubmission after a return, a restart), inside the workflow's transaction: the
        quota row stays locked until the submission is recorded.

        ``workflow_state`` is the review the nomination enters. When it has steps already,
        this is a resubmission after a return: completing or correcting a returned dossier
        is not a new submission, so the deadline does not apply to it; but a returned
        nomination rewritten for somebody else is a new proposal, and the deadline does, or
        a unit could keep one early submission open to nominate whoever it likes later.
        """
        first_submitted = self.first_submitted_in(workflow_state)
        missing = self.missing_for_submission()
        if missing:
            raise NominationRefused(
                gettext("Chưa gửi được hồ sơ: còn thiếu %(missing)s.") % {"missing": ", ".join(missing)}
            )
        if self.same_nominee().exists():
            raise NominationRefused(
                gettext("%(name)s đã có hồ sơ đề nghị khen thưởng trong đợt thi đua này.")
                % {"name": self.name}
            )
        awarded = self.awarded_in_campaign()
        if awarded is not None:
            raise NominationRefused(already_awarded_message(self.name, awarded))
        deadline, _extension = self.submission_deadline()
        late = deadline is not None and (today or timezone.localdate()) > deadline
        if late and first_submitted is None:
            raise NominationRefused(
                gettext(
                    "Đã hết hạn gửi hồ sơ đề nghị khen thưởng (hạn cuối %(day)s). Hội đồng thi "
                    "đua – khen thưởng có thể mở lại cho đơn vị."
                )
                % {"day": date_format(deadline, "SHORT_DATE_FORMAT")}
            )
        if late and not self.is_same_nominee_as(first_submitted):
            raise NominationRefused(
                gettext(
                    "Không gửi lại được: hồ sơ đã đổi người được đề nghị (lần gửi đầu: %(first)s). "
                    "Sau hạn, hồ sơ bị trả lại chỉ được sửa, bổ sung và gửi lại cho đúng tập thể, cá "
                    "nhân đã đề nghị; đề nghị người khác là hồ sơ mới, mà hạn gửi hồ sơ đã hết (hạn "
                    "cuối %(day)s). Hội đồng thi đua – khen thưởng có thể mở lại cho đơn vị."
                )
                % {"first": first_submitted.name, "day": date_format(deadline, "SHORT_DATE_FORMAT")}
            )
        if self.campaign.source.awaits_numbers(self.award_type):
            raise NominationRefused(numbers_to_follow_message(self.award_type))
        usage = self.quota_usage(lock=True)
        if usage is not None and usage.is_full:
            raise NominationRefused(usage.message())

    def check_approval(self) -> None:
        """Refuse an approval that would take the approved count beyond the quota.

        Submissions already hold their slot, so this only bites when the quota was
        lowered after they were sent: the first ones approved keep it.
        """
        usage = self.quota_usage(lock=True, approved_only=True)
        if usage is not None and usage.is_full:
            raise NominationRefused(usage.message())

    # -- for listings ------------------------------------------------------------------------
    @property
    def status_string(self) -> str:
        """The state in the review, in words (Wagtail's "live" would read as public here)."""
        if hasattr(self, "refusal"):
            return gettext("không được khen thưởng")
        state = self.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            task = state.current_task_state.task.specific if state.current_task_state_id else None
            if getattr(task, "kind", "") == "decision" and getattr(task, "actor", "") == "province_office":
                return gettext("đã trình cấp trên, chờ quyết định")
            return gettext("đang xét duyệt")
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return gettext("trả lại để bổ sung")
        if self.live:
            if self.has_unpublished_changes:
                return gettext("đã duyệt, có sửa đổi chưa gửi")
            return gettext("đã duyệt")
        return gettext("bản nháp")


def last_day_for_nominations(campaign, unit: Unit | None) -> date | None:
    """The last day ``unit`` may submit in ``campaign``: its deadline, as the council may have
    reopened it for the unit, else (a plan without a nomination deadline) the campaign's last day."""
    if unit is not None:
        deadline, _extension = Nomination(campaign=campaign, unit=unit).submission_deadline()
    else:
        deadline = campaign.source.nomination_deadline
    return deadline or campaign.closing_date or campaign.end_date


class NominationDeadlineExtension(models.Model):
    """The council reopens submissions for a unit (and the units below it) after the deadline."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage", on_delete=models.PROTECT, related_name="+", verbose_name=_("Đợt thi đua")
    )
    unit = models.ForeignKey(
        "campaigns.Unit",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Đơn vị"),
        help_text=_("Mở lại cho đơn vị này và các đơn vị trực thuộc."),
    )
    until = models.DateField(verbose_name=_("Mở lại đến hết ngày"))
    reason = models.TextField(verbose_name=_("Lý do"))
    granted_by = user_stamp(_("Người quyết định"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Ngày tạo"))

    panels = [
        FieldRowPanel([FieldPanel("campaign"), FieldPanel("unit")]),
        FieldPanel("until"),
        FieldPanel("reason"),
    ]

    class Meta:
        db_table = "exemplars_nominationdeadlineextension"
        ordering = ["-created_at"]
        verbose_name = _("mở lại hạn gửi hồ sơ")
        verbose_name_plural = _("mở lại hạn gửi hồ sơ")

    def __str__(self) -> str:
        return gettext("%(unit)s: đến hết %(day)s") % {
            "unit": self.unit,
            "day": date_format(self.until, "SHORT_DATE_FORMAT"),
        }

    def clean(self):
        super().clean()
        if self.until and self.campaign_id and self.campaign.nomination_deadline:
            if self.until <= self.campaign.nomination_deadline:
                raise ValidationError({"until": gettext("Ngày mở lại phải sau hạn gửi hồ sơ của đợt.")})
