"""The province office's earlier awards, imported from Excel into the award register.

Before the system, each decision's list of honourees was typed into Excel. The office
fills the template (one row per award: the award type, the decision's number, date and
issuing body, the person or collective, their unit) and uploads it; the preview names
each mistake by row and column, and on confirmation every valid row becomes a register
record (``register.record_earlier_award``) in one transaction, so the nomination form
shows it as an earlier award and "one achievement, one award" counts it.

A list is often sent twice, or a year's list again with a few rows added: a row whose
award is already in the register (same person or collective, same award type, same
decision number) is left out and said so, never recorded twice.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.models import AwardType, NomineeKind, Unit
from core.dates import DayFirstDateField
from core.folding import fold
from intranet.roles import Role
from intranet.scoping import membership_of

from .models import AwardRecord, Nomination
from .models.register import folded_name
from .nominee_import import GENDERS, KINDS
from .register import record_earlier_award
from .spreadsheets import ChoiceByName, Column, RowForm, Sheet, SheetReading, leading_zero

EARLIEST_YEAR = 1945


def may_import_awards(user) -> bool:
    """The province office keeps the register (and superusers); units' officers and boards do not."""
    if getattr(user, "is_superuser", False):
        return True
    membership = membership_of(user)
    return membership is not None and membership.role == Role.PROVINCE_OFFICE


def id_number_validators() -> list:
    """The nomination's rule for an ID number (12 digits, or 9 for an old card)."""
    return list(Nomination._meta.get_field("id_number").validators)


def max_length(name: str) -> int:
    return AwardRecord._meta.get_field(name).max_length


def not_in_future(day, message):
    if day is not None and day > timezone.localdate():
        raise ValidationError(message)
    return day


class UnitField(forms.CharField):
    """A unit named by its code or its name (accents and case not mattering): its candidates."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.units: dict[str, list] = {}

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        found = self.units.get(fold(" ".join(value.split())), [])
        if not found:
            raise ValidationError(
                gettext("Không có đơn vị “%(unit)s”: ghi tên hoặc mã đơn vị như trong danh mục đơn vị.")
                % {"unit": value[:60]}
            )
        return found  # several units of one name: the decision's date picks (``AwardRowForm.clean``)


def units_by_name() -> dict[str, list]:
    """Every unit under its folded code, name and committee name (a name may be shared)."""
    named: dict[str, list] = {}
    for unit in Unit.objects.only("pk", "code", "name", "committee_name", "path", "valid_from", "valid_to"):
        for key in {fold(unit.code), fold(" ".join(unit.name.split())), fold(unit.committee_name)} - {""}:
            named.setdefault(key, []).append(unit)
    return named


class AwardRowForm(RowForm):
    """One earlier award as the office's list writes it."""

    award_type = ChoiceByName()
    decision_number = forms.CharField(max_length=max_length("decision_number"))
    decision_date = DayFirstDateField()
    issuing_body_name = forms.CharField(max_length=max_length("issuing_body_name"))
    year = forms.IntegerField(required=False)
    kind = ChoiceByName(options=KINDS)
    name = forms.CharField(max_length=max_length("name"))
    position = forms.CharField(max_length=max_length("position"), required=False)
    unit = UnitField()
    target_group = forms.CharField(max_length=max_length("target_group"), required=False)
    gender = ChoiceByName(options=GENDERS, required=False)
    ethnicity = forms.CharField(max_length=max_length("ethnicity"), required=False)
    birth_date = DayFirstDateField(required=False)
    id_number = forms.CharField(required=False, validators=id_number_validators())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["award_type"].options = {
            award.short_name: award for award in self.context.get("award_types", [])
        }
        self.fields["unit"].units = self.context.get("units", {})
        self.fields["year"].error_messages["invalid"] = gettext("Năm phải là một số, ví dụ 2018.")
        for field in self.fields.values():
            if field.required:
                field.error_messages["required"] = gettext("Chưa điền.")

    def clean_decision_date(self):
        return not_in_future(
            self.cleaned_data["decision_date"], gettext("Ngày quyết định không thể ở tương lai.")
        )

    def clean_birth_date(self):
        return not_in_future(self.cleaned_data["birth_date"], gettext("Ngày sinh không thể ở tương lai."))

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is not None and not EARLIEST_YEAR <= year <= timezone.localdate().year:
            raise ValidationError(
                gettext("Năm khen thưởng phải từ %(first)s đến năm nay.") % {"first": EARLIEST_YEAR}
            )
        return year

    def clean_id_number(self):
        return leading_zero(self.cleaned_data["id_number"].replace(" ", "").replace(".", ""), 12)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == NomineeKind.INDIVIDUAL:
            if not self.errors.keys() & {"birth_date", "id_number"} and not (
                cleaned.get("birth_date") or cleaned.get("id_number")
            ):
                self.add_error(
                    "birth_date",
                    gettext("Cá nhân cần có ngày sinh hoặc số CCCD/CMND (để nhận ra người này về sau)."),
                )
        elif cleaned.get("kind") == NomineeKind.COLLECTIVE:
            for name in ("gender", "birth_date", "ethnicity", "id_number"):
                cleaned[name] = None if name in ("gender", "birth_date") else ""
        if cleaned.get("unit"):
            cleaned["unit"] = self.one_unit(cleaned["unit"], cleaned.get("decision_date"))
        day, year = cleaned.get("decision_date"), cleaned.get("year")
        if day and year and year > day.year:
            self.add_error("year", gettext("Năm khen thưởng sau năm của ngày quyết định."))
        return cleaned

    def one_unit(self, units: list, day):
        """The unit of that name in force on the decision's date (units merge and are renamed)."""
        if len(units) > 1 and day is not None:
            units = [unit for unit in units if unit.is_valid_during(day, day)] or units
        if len(units) == 1:
            return units[0]
        self.add_error(
            "unit",
            gettext("Có %(count)s đơn vị tên “%(unit)s”: ghi mã đơn vị (%(codes)s).")
            % {
                "count": len(units),
                "unit": self.data.get("unit", "")[:60],
                "codes": ", ".join(unit.code for unit in units),
            },
        )
        return None


def decision_key(number: str) -> str:
    """A decision number as compared: "12/QĐ-UBND", "12 / qd-ubnd" are one."""
    return "".join(fold(number or "").split())


class AwardSheet(Sheet):
    title = _("Khen thưởng trước đây")
    row_form = AwardRowForm
    columns = (
        Column("stt", _("STT"), _("Số thứ tự (không bắt buộc)."), width=6, filled=False),
        Column(
            "award_type", _("Hình thức khen thưởng"), _("Bắt buộc; tên ngắn như trong danh sách."), width=30
        ),
        Column(
            "decision_number", _("Số quyết định"), _("Bắt buộc, ví dụ 1893/QĐ-UBND."), width=18, text=True
        ),
        Column(
            "decision_date",
            _("Ngày quyết định"),
            _("Bắt buộc: ngày/tháng/năm (10/11/2015), năm-tháng-ngày (2015-11-10) hoặc ô ngày của Excel."),
            width=14,
        ),
        Column(
            "issuing_body_name",
            _("Cơ quan ban hành"),
            _("Bắt buộc, ví dụ Ủy ban nhân dân tỉnh Lạng Sơn."),
            width=30,
        ),
        Column(
            "year",
            _("Năm khen thưởng"),
            _("Không bắt buộc; để trống thì lấy năm của ngày quyết định."),
            width=10,
        ),
        Column("kind", _("Tập thể/Cá nhân"), _("Bắt buộc."), choices=tuple(KINDS), width=14),
        Column("name", _("Họ và tên (tên tập thể)"), _("Bắt buộc."), width=28),
        Column("position", _("Chức vụ, đơn vị công tác"), _("Không bắt buộc."), width=30),
        Column(
            "unit",
            _("Đơn vị"),
            _("Bắt buộc: tên hoặc mã đơn vị như trong danh mục đơn vị (ví dụ Huyện Tràng Định hoặc 180)."),
            width=24,
            text=True,
        ),
        Column("target_group", _("Đối tượng"), _("Không bắt buộc."), width=18),
        Column("gender", _("Giới tính"), _("Không bắt buộc."), choices=tuple(GENDERS), width=10),
        Column("ethnicity", _("Dân tộc"), _("Không bắt buộc."), width=12),
        Column(
            "birth_date",
            _("Ngày sinh"),
            _("Cá nhân cần có ngày sinh hoặc số CCCD/CMND; cách ghi như ngày quyết định."),
            width=14,
        ),
        Column(
            "id_number",
            _("Số CCCD/CMND"),
            _("12 chữ số (CMND cũ: 9 chữ số)."),
            width=16,
            text=True,
        ),
    )
    notes = (
        _(
            "Mỗi dòng là một khen thưởng của một tập thể hoặc cá nhân. Không đổi tên, thứ tự các cột và không thêm cột."
        ),
        _(
            "Sau khi tải lên, hệ thống hiện bản xem trước với các lỗi theo dòng và cột; chỉ lưu khi bạn xác nhận."
        ),
        _(
            "Khen thưởng đã có trong sổ (cùng tập thể, cá nhân, hình thức và số quyết định) được bỏ qua: "
            "nhập lại một danh sách không ghi trùng."
        ),
    )

    def check_together(self, reading: SheetReading, context: dict) -> None:
        self.skip(reading, self.already_recorded(reading))

    @staticmethod
    def award_key(kind, name, award_type_id, decision_number) -> tuple:
        return (kind, folded_name(name), award_type_id, decision_key(decision_number))

    def already_recorded(self, reading: SheetReading) -> dict[int, tuple[str, str]]:
        """Rows whose award the register holds (revoked ones too), or an earlier row names."""
        names = {folded_name(row["name"]) for _number, row in reading.rows}
        recorded = {}
        for record in AwardRecord.objects.filter(name_key__in=names).values(
            "kind", "name", "award_type_id", "decision_number", "source"
        ):
            key = self.award_key(
                record["kind"], record["name"], record["award_type_id"], record["decision_number"]
            )
            recorded.setdefault(key, record)
        seen: dict[tuple, int] = {}
        skipped = {}
        for row_number, row in reading.rows:
            key = self.award_key(row["kind"], row["name"], row["award_type"].pk, row["decision_number"])
            if key in recorded:
                skipped[row_number] = (
                    "name",
                    gettext("%(name)s đã có khen thưởng này trong sổ (quyết định %(number)s): bỏ qua.")
                    % {"name": row["name"], "number": recorded[key]["decision_number"]},
                )
            elif key in seen:
                skipped[row_number] = (
                    "name",
                    gettext("Trùng với dòng %(row)s (cùng khen thưởng): bỏ qua.") % {"row": seen[key]},
                )
            else:
                seen[key] = row_number
        return skipped


def award_types() -> list:
    return list(AwardType.objects.order_by("sort_order", "pk"))


def award_sheet() -> AwardSheet:
    """The sheet with the catalogue's award types in its drop-down list."""
    return AwardSheet(award_type=tuple(award.short_name for award in award_types()))


def read_awards(uploaded) -> SheetReading:
    return award_sheet().read(uploaded, {"award_types": award_types(), "units": units_by_name()})


@transaction.atomic
def record_awards(reading: SheetReading, user) -> list[AwardRecord]:
    """The valid rows as register records; all or none."""
    records = []
    for _row_number, row in reading.rows:
        individual = row["kind"] == NomineeKind.INDIVIDUAL
        records.append(
            record_earlier_award(
                user,
                award_type=row["award_type"],
                decision_number=" ".join(row["decision_number"].split()),
                decision_date=row["decision_date"],
                issuing_body_name=" ".join(row["issuing_body_name"].split()),
                year=row["year"],
                kind=row["kind"],
                name=" ".join(row["name"].split()),
                position=row["position"] or "",
                unit=row["unit"],
                target_group=row["target_group"] or "",
                gender=(row["gender"] or "") if individual else "",
                ethnicity=row["ethnicity"] or "",
                birth_date=row["birth_date"],
                id_number=row["id_number"] or "",
            )
        )
    return records
