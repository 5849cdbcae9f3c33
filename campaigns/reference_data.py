"""Reference data every installation needs: unit levels, the unit tree, award types.

Used by ``manage.py load_demo`` and by tests that want the real organisation of Lạng Sơn
(codes, names, parents) rather than invented units. Everything here is created only when
missing, keyed on codes and slugs, so calling it twice changes nothing.
"""

import csv
import unicodedata
from datetime import date
from pathlib import Path

from vietnam_provinces import ProvinceCode, VietNamDivisionType, Ward

from . import seed_plan
from .models import AwardType, Unit, UnitLevel

UNITS_CSV = Path(__file__).resolve().parent / "data" / "lang-son-units-2025-03.csv"

# Districts and communes as they stood from 2020 until the two-tier reform of 1 July 2025.
PRE_REFORM_VALID_FROM = date(2020, 1, 1)
PRE_REFORM_VALID_TO = date(2025, 6, 30)

# Communes and wards since the two-tier reform (no district level): from the maintained
# catalogue in the ``vietnam-provinces`` package, not typed here.
REFORM_VALID_FROM = date(2025, 7, 1)
CURRENT_CODE_PREFIX = f"{REFORM_VALID_FROM.year}-"
CURRENT_DIVISION_TYPES = {VietNamDivisionType.XA: "Xã", VietNamDivisionType.PHUONG: "Phường"}

# The province committee's own departments (codes of our own making: province code + initials).
# ``committee_name`` holds the full name, shown wherever the unit stands alone (bylines, lists).
PROVINCE_DEPARTMENTS = [
    ("20-VP", "Văn phòng", "Office"),
    ("20-TCTG", "Ban Tổ chức – Tuyên giáo", "Organisation and Propaganda Department"),
    ("20-DCPL", "Ban Dân chủ – Pháp luật", "Democracy and Law Department"),
    ("20-PT", "Ban Phong trào", "Movements Department"),
]
PROVINCE_COMMITTEE = "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"

# How the CSV's "type" column reads in a committee's name and in English.
UNIT_TYPES = {
    "Tỉnh": ("tỉnh", "Province"),
    "Thành phố": ("thành phố", "City"),
    "Huyện": ("huyện", "District"),
    "Xã": ("xã", "Commune"),
    "Phường": ("phường", "Ward"),
    "Thị trấn": ("thị trấn", "Town"),
}


def ensure_unit_levels() -> dict[str, UnitLevel]:
    levels = {}
    for code, name, name_en, rank in seed_plan.UNIT_LEVELS:
        levels[code], _ = UnitLevel.objects.get_or_create(
            code=code, defaults={"name": name, "name_en": name_en, "rank": rank}
        )
    return levels


def read_unit_rows(path: Path = UNITS_CSV) -> list[dict]:
    """The CSV rows, parents before children, with names' whitespace collapsed."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["name"] = " ".join(row["name"].split())
    return rows


def unit_fields(row: dict) -> dict:
    """Model fields for one CSV row: committee name, English name and validity dates."""
    unit_type = row["type"]
    base_name = row["name"][len(unit_type) :].strip()
    in_committee_name, english_suffix = UNIT_TYPES[unit_type]
    pre_reform = row["level"] != "province"
    return {
        "name": row["name"],
        "name_en": f"{base_name} {english_suffix}",
        "committee_name": f"Ủy ban MTTQ Việt Nam {in_committee_name} {base_name}",
        "valid_from": PRE_REFORM_VALID_FROM if pre_reform else None,
        "valid_to": PRE_REFORM_VALID_TO if pre_reform else None,
    }


def load_units(
    levels: tuple[str, ...] = ("province", "district", "commune"), path: Path = UNITS_CSV
) -> dict[str, Unit]:
    """Units of the given levels from the CSV, created when missing; returned by code."""
    unit_levels = ensure_unit_levels()
    rows = [row for row in read_unit_rows(path) if row["level"] in levels]
    units = {unit.code: unit for unit in Unit.objects.filter(code__in=[row["code"] for row in rows])}
    for row in rows:
        if row["code"] in units:
            continue
        parent = units.get(row["parent_code"]) or Unit.objects.filter(code=row["parent_code"]).first()
        if row["parent_code"] and parent is None:
            continue  # the parent's level was not asked for
        units[row["code"]] = Unit.objects.create(
            code=row["code"], level=unit_levels[row["level"]], parent=parent, **unit_fields(row)
        )
    return units


def ensure_province_departments(province: Unit) -> dict[str, Unit]:
    level = ensure_unit_levels()["department"]
    departments = {}
    for code, name, name_en in PROVINCE_DEPARTMENTS:
        departments[code], _ = Unit.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "name_en": name_en,
                "committee_name": f"{name} {PROVINCE_COMMITTEE}",
                "level": level,
                "parent": province,
            },
        )
    return departments


def ensure_award_types() -> dict[str, AwardType]:
    levels = ensure_unit_levels()
    award_types = {}
    for spec in seed_plan.AWARD_TYPES:
        fields = {key: value for key, value in spec.items() if key not in ("slug", "note")}
        fields["issuing_level"] = levels[spec["issuing_level"]]
        fields["deciding_level"] = levels[spec["deciding_level"]]
        award_types[spec["slug"]], _ = AwardType.objects.get_or_create(slug=spec["slug"], defaults=fields)
    return award_types


def current_code(official_code: int | str) -> str:
    """Our code for a commune or ward of the catalogue in force since 1 July 2025.

    Every one of Lạng Sơn's 65 current communes and wards reuses the five-digit code of
    one of the communes it was merged from (05983, Phường Lương Văn Tri, was the code of
    Phường Chi Lăng). Both must stay: the 2020 plan's records, quotas and per-district
    figures hang off the old commune under its district, and keeping that row for the
    new unit would move them under the province. Even a commune whose name did not change
    (Xã Đoàn Kết) is a new unit with a larger territory and a new parent. So the new unit
    gets its own row whose code is the official code with the reform year in front
    ("2025-05983"): unique, readable, and the official code is its last five characters.
    """
    return f"{CURRENT_CODE_PREFIX}{int(official_code):05d}"


def official_code(unit_code: str) -> str:
    """The catalogue's code back from ``current_code`` (other codes are returned unchanged)."""
    return unit_code.removeprefix(CURRENT_CODE_PREFIX)


def current_commune_rows(province_code: str = seed_plan.PROVINCE_CODE) -> list[dict]:
    """The province's communes and wards today, from ``vietnam-provinces``, in code order.

    Rows shaped like the CSV's (code, name, type, parent_code, level), with our code
    (see ``current_code``) and the catalogue's own as ``official_code``.
    """
    rows = []
    wards = Ward.iter_by_province(ProvinceCode(int(province_code)))
    for ward in sorted(wards, key=lambda ward: int(ward.code)):
        rows.append(
            {
                "code": current_code(ward.code),
                "official_code": f"{int(ward.code):05d}",
                "name": " ".join(unicodedata.normalize("NFC", ward.name).split()),
                "type": CURRENT_DIVISION_TYPES[ward.division_type],
                "parent_code": province_code,
                "level": "commune",
            }
        )
    return rows


def load_current_units(province_code: str = seed_plan.PROVINCE_CODE) -> dict[str, Unit]:
    """Today's communes and wards directly under the province, created when missing; by code.

    They are valid from 1 July 2025 with no end. The pre-reform districts and their
    communes (``load_units``) end on 30 June 2025, so a campaign offers one set or the
    other by its dates (``CampaignPage.units_in_force``), and a unit from before the
    reform keeps its place under its district for the campaigns it took part in.
    """
    province = load_units(levels=("province",))[province_code]
    commune = ensure_unit_levels()["commune"]
    rows = current_commune_rows(province_code)
    units = {unit.code: unit for unit in Unit.objects.filter(code__in=[row["code"] for row in rows])}
    for row in rows:
        if row["code"] in units:
            continue
        fields = {**unit_fields(row), "valid_from": REFORM_VALID_FROM, "valid_to": None}
        units[row["code"]] = Unit.objects.create(code=row["code"], level=commune, parent=province, **fields)
    return units
