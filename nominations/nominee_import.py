"""The nominee list a unit keeps in Excel, imported as draft nominations.

Units draw up their list of nominees (danh sách đề nghị khen thưởng) in Excel. The
officer downloads the template for a campaign, fills one row per nominee and uploads
it; the preview names every mistake by row and column, and nothing is saved until the
officer confirms: then the valid rows become draft nominations of the unit, all in one
transaction (``create_drafts``). Each draft is completed (files, criteria, works) and
submitted from its own form, where every rule of a submission applies again.

The import applies the rules a draft can already break, so that the list does not
create drafts that could never be sent: the award types of the campaign and the unit's
level, one nomination per person in the campaign (also within the file), the awards
whose numbers are still to follow, and the unit's quota, counting what is in review or
approved and the unit's drafts not sent yet.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from campaigns.models import NomineeKind
from core.dates import DayFirstDateField

from .models import Gender, Nomination
from .models.nominations import name_key, quota_usage_for
from .spreadsheets import ChoiceByName, Column, RowForm, Sheet, SheetReading, leading_zero

KINDS = {str(label): value for value, label in NomineeKind.choices}
GENDERS = {str(label): value for value, label in Gender.choices}
PERSONAL_FOR_INDIVIDUALS = ("position", "gender", "birth_date", "ethnicity", "id_number")


def model_validators(name: str) -> list:
    return list(Nomination._meta.get_field(name).validators)


def max_length(name: str) -> int:
    return Nomination._meta.get_field(name).max_length


class NomineeRowForm(RowForm):
    """One nominee as the unit's list writes them; the award types are the campaign's."""

    name = forms.CharField(max_length=max_length("name"))
    kind = ChoiceByName(options=KINDS)
    award_type = ChoiceByName()
    position = forms.CharField(max_length=max_length("position"), required=False)
    gender = ChoiceByName(options=GENDERS, required=False)
    birth_date = DayFirstDateField(required=False)
    ethnicity = forms.CharField(max_length=max_length("ethnicity"), required=False)
    id_number = forms.CharField(required=False, validators=model_validators("id_number"))
    phone = forms.CharField(
        max_length=max_length("phone"), required=False, validators=model_validators("phone")
    )
    achievements = forms.CharField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["award_type"].options = {
            award.short_name: award for award in self.context.get("award_types", [])
        }
        for field in self.fields.values():
            if field.required:
                field.error_messages["required"] = gettext("Chưa điền.")

    def clean_id_number(self):
        return leading_zero(self.cleaned_data["id_number"].replace(" ", "").replace(".", ""), 12)

    def clean_phone(self):
        return leading_zero(self.cleaned_data["phone"], 10)

    def clean_birth_date(self):
        day = self.cleaned_data["birth_date"]
        if day is not None and day > timezone.localdate():
            raise ValidationError(gettext("Ngày sinh không thể ở tương lai."))
        return day

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == NomineeKind.INDIVIDUAL:
            for name in PERSONAL_FOR_INDIVIDUALS:
                if name not in self.errors and cleaned.get(name) in (None, ""):
                    self.add_error(name, gettext("Cá nhân cần có thông tin này."))
        elif cleaned.get("kind") == NomineeKind.COLLECTIVE:
            # A collective has no person's fields (as on the form): what was typed is dropped.
            for name in ("position", "gender", "birth_date", "ethnicity", "id_number", "phone"):
                cleaned[name] = None if name in ("gender", "birth_date") else ""
        return cleaned


class NomineeSheet(Sheet):
    title = _("Danh sách đề nghị")
    row_form = NomineeRowForm
    columns = (
        Column("stt", _("STT"), _("Số thứ tự (không bắt buộc)."), width=6, filled=False),
        Column("name", _("Họ và tên (tên tập thể)"), _("Bắt buộc."), width=28),
        Column("kind", _("Tập thể/Cá nhân"), _("Bắt buộc."), choices=tuple(KINDS), width=14),
        Column(
            "award_type", _("Hình thức khen thưởng"), _("Bắt buộc; tên ngắn như trong danh sách."), width=30
        ),
        Column("position", _("Chức vụ, đơn vị công tác"), _("Bắt buộc với cá nhân."), width=30),
        Column("gender", _("Giới tính"), _("Bắt buộc với cá nhân."), choices=tuple(GENDERS), width=10),
        Column(
            "birth_date",
            _("Ngày sinh"),
            _(
                "Bắt buộc với cá nhân: ngày/tháng/năm (05/09/1985), năm-tháng-ngày (1985-09-05) hoặc ô ngày của Excel."
            ),
            width=14,
        ),
        Column("ethnicity", _("Dân tộc"), _("Bắt buộc với cá nhân."), width=12),
        Column(
            "id_number",
            _("Số CCCD/CMND"),
            _("Bắt buộc với cá nhân: 12 chữ số (CMND cũ: 9 chữ số)."),
            width=16,
            text=True,
        ),
        Column("phone", _("Điện thoại"), _("Không bắt buộc."), width=14, text=True),
        Column(
            "achievements",
            _("Tóm tắt thành tích"),
            _("Bắt buộc; được công bố nếu được khen thưởng, không ghi thông tin cá nhân vào đây."),
            width=60,
        ),
    )
    notes = (
        _("Mỗi dòng là một tập thể hoặc cá nhân. Không đổi tên, thứ tự các cột và không thêm cột."),
        _(
            "Sau khi tải lên, hệ thống hiện bản xem trước với các lỗi theo dòng và cột; chỉ lưu khi bạn xác nhận."
        ),
        _(
            "Các dòng hợp lệ trở thành hồ sơ nháp của đơn vị; bổ sung tệp hồ sơ, tiêu chuẩn rồi gửi đề nghị từ từng hồ sơ."
        ),
    )

    def check_together(self, reading: SheetReading, context: dict) -> None:
        campaign, unit = context["campaign"], context["unit"]
        refused: dict[int, tuple[str, str]] = {}
        refused.update(self.duplicates(reading, campaign, unit))
        refused.update(self.award_rules(reading, campaign, unit, refused))
        self.refuse(reading, refused)

    @staticmethod
    def nominee_keys(kind, name, birth_date, id_number, unit_id) -> list[tuple]:
        """What identifies a nominee: a collective by name and unit, a person by ID number or
        name and birth date (as ``Nomination.same_nominee``)."""
        key = name_key(name)
        if kind == NomineeKind.COLLECTIVE:
            return [("collective", key, unit_id)]
        keys = []
        if id_number:
            keys.append(("id", id_number))
        if key and birth_date:
            keys.append(("person", key, birth_date))
        return keys

    def duplicates(self, reading: SheetReading, campaign, unit) -> dict[int, tuple[str, str]]:
        """Rows naming somebody already nominated in the campaign, or named on an earlier row."""
        unit_id = unit.pk
        existing = {}
        for nomination in Nomination.objects.filter(campaign=campaign.source).values(
            "kind", "name", "name_key", "birth_date", "id_number", "unit_id", "unit__name"
        ):
            for key in self.nominee_keys(
                nomination["kind"],
                nomination["name"],
                nomination["birth_date"],
                nomination["id_number"],
                nomination["unit_id"],
            ):
                existing.setdefault(key, nomination)
        seen: dict[tuple, int] = {}
        refused = {}
        for row_number, row in reading.rows:
            keys = self.nominee_keys(row["kind"], row["name"], row["birth_date"], row["id_number"], unit_id)
            earlier = next((existing[key] for key in keys if key in existing), None)
            if earlier is not None:
                refused[row_number] = (
                    "name",
                    gettext(
                        "%(name)s đã có hồ sơ đề nghị khen thưởng trong đợt thi đua này (%(unit)s): một thành tích "
                        "chỉ đề nghị một hình thức khen thưởng."
                    )
                    % {"name": row["name"], "unit": earlier["unit__name"]},
                )
                continue
            first = next((seen[key] for key in keys if key in seen), None)
            if first is not None:
                refused[row_number] = (
                    "name",
                    gettext("Trùng với dòng %(row)s: mỗi tập thể, cá nhân chỉ một dòng.") % {"row": first},
                )
                continue
            for key in keys:
                seen[key] = row_number
        return refused

    def award_rules(self, reading, campaign, unit, refused) -> dict[int, tuple[str, str]]:
        """Per award type: decided at the unit's level, numbers set, quota left (counting drafts).

        Each award type and kind is judged once, not per row: a list has thousands of rows
        and a handful of award types.
        """
        out = {}
        barred: dict[int, str] = {}
        remaining: dict[tuple, int | None] = {}
        over: dict[tuple, str] = {}
        for row_number, row in reading.rows:
            if row_number in refused:
                continue
            award, kind = row["award_type"], row["kind"]
            if award.pk not in barred:
                barred[award.pk] = self.award_bar(campaign, unit, award)
            if barred[award.pk]:
                out[row_number] = ("award_type", barred[award.pk])
                continue
            if (award.pk, kind) not in remaining:
                remaining[(award.pk, kind)] = self.slots_left(campaign, award, unit, kind)
            left = remaining[(award.pk, kind)]
            if left is None:
                continue
            if left <= 0:
                if (award.pk, kind) not in over:
                    over[(award.pk, kind)] = gettext(
                        "Vượt chỉ tiêu: %(message)s Hồ sơ nháp chưa gửi của đơn vị cũng được tính."
                    ) % {"message": quota_usage_for(campaign, award, unit, kind).message()}
                out[row_number] = ("award_type", over[(award.pk, kind)])
                continue
            remaining[(award.pk, kind)] = left - 1
        return out

    @staticmethod
    def award_bar(campaign, unit, award) -> str:
        """Why ``unit`` cannot propose ``award`` in ``campaign`` at all, or ""."""
        probe = Nomination(campaign=campaign, unit=unit, award_type=award)
        if probe.decided_below_province and probe.deciding_unit is None:
            return gettext("%(award)s do cấp %(level)s quyết định; %(unit)s không thuộc cấp đó.") % {
                "award": award.short_name,
                "level": award.deciding_level.name.lower(),
                "unit": unit.display_name,
            }
        if campaign.source.awaits_numbers(award):
            return gettext(
                "Số lượng %(award)s của đợt thi đua này có văn bản hướng dẫn sau: chưa nhận hồ sơ đề nghị."
            ) % {"award": award.short_name}
        return ""

    @staticmethod
    def slots_left(campaign, award, unit, kind) -> int | None:
        usage = quota_usage_for(campaign, award, unit, kind)
        if usage is None:
            return None
        drafts = (
            Nomination.objects.drafts()
            .filter(campaign=campaign.source, unit=unit, award_type=award, kind=kind)
            .count()
        )
        return usage.remaining - drafts


def nominee_sheet(campaign) -> NomineeSheet:
    """The sheet for ``campaign``'s award types (its drop-down list)."""
    return NomineeSheet(award_type=tuple(award.short_name for award in campaign_award_types(campaign)))


def campaign_award_types(campaign) -> list:
    entries = campaign.source.awards.select_related("award_type", "award_type__deciding_level")
    return [entry.award_type for entry in entries.order_by("award_type__sort_order", "sort_order")]


def read_nominees(uploaded, campaign, unit) -> SheetReading:
    sheet = nominee_sheet(campaign)
    return sheet.read(
        uploaded, {"campaign": campaign, "unit": unit, "award_types": campaign_award_types(campaign)}
    )


@transaction.atomic
def create_drafts(reading: SheetReading, campaign, unit, user) -> list[Nomination]:
    """The valid rows as draft nominations of ``unit``, each with its first revision; all or none."""
    created = []
    for _row_number, row in reading.rows:
        nomination = Nomination(
            campaign=campaign.source,
            unit=unit,
            award_type=row["award_type"],
            kind=row["kind"],
            name=" ".join(row["name"].split()),
            position=row["position"] or "",
            gender=row["gender"] or "",
            birth_date=row["birth_date"],
            ethnicity=row["ethnicity"] or "",
            id_number=row["id_number"] or "",
            phone=row["phone"] or "",
            achievements=row["achievements"],
            live=False,
        )
        nomination.save()
        revision = nomination.save_revision(user=user)
        log(nomination, "wagtail.create", user=user, revision=revision, content_changed=True)
        created.append(nomination)
    return created
