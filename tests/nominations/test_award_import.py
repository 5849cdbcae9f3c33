"""The province office imports earlier awards into the register from Excel.

Template, preview with each mistake by row and column, confirm: all valid rows in one
transaction, an award already in the register (or twice in the file) left out and said
so. Only the office (and superusers) reach these screens; odd files never answer 500.
"""

import io
from datetime import date, datetime

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from campaigns.factories import UnitFactory
from campaigns.models import AwardType, NomineeKind
from nominations.models import AwardRecord, AwardSource
from nominations.register import earlier_awards
from tests.helpers import html, text_of, xlsx_upload
from tests.intranet.nominations import DISTRICT, PROVINCE_FRONT

pytestmark = pytest.mark.django_db

HEADINGS = [
    "STT",
    "Hình thức khen thưởng",
    "Số quyết định",
    "Ngày quyết định",
    "Cơ quan ban hành",
    "Năm khen thưởng",
    "Tập thể/Cá nhân",
    "Họ và tên (tên tập thể)",
    "Chức vụ, đơn vị công tác",
    "Đơn vị",
    "Đối tượng",
    "Giới tính",
    "Dân tộc",
    "Ngày sinh",
    "Số CCCD/CMND",
]


def url(name: str, *args) -> str:
    return reverse(f"wagtailsnippets_nominations_awardrecord:{name}", args=args)


def award_name(slug: str) -> str:
    return AwardType.objects.get(slug=slug).short_name


def earlier(n: int, **overrides) -> list:
    row = {
        "stt": n,
        "award": award_name(PROVINCE_FRONT),
        "number": f"{100 + n}/QĐ-MTTQ-BTT",
        "date": "10/11/2015",
        "body": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "year": "",
        "kind": "Cá nhân",
        "name": f"Lộc Văn Cũ {n}",
        "position": "Trưởng ban công tác Mặt trận",
        "unit": "Huyện Tràng Định",
        "target": "",
        "gender": "Nam",
        "ethnicity": "Tày",
        "birth": "05/09/1975",
        "id": f"0207{n:08d}",
    }
    row.update(overrides)
    return list(row.values())


def workbook(rows: list[list], headings=None) -> io.BytesIO:
    return xlsx_upload(headings or HEADINGS, rows, "khen-thuong-cu.xlsx")


def upload(client, content):
    return client.post(url("import"), {"file": content})


def confirm(client, response):
    return client.post(url("import_confirm"), {"token": response.context["token"]}, follow=True)


def table(response, marker: str) -> list[tuple[str, ...]]:
    found = html(response).select_one(f"[{marker}]")
    if found is None:
        return []
    return [tuple(text_of(cell) for cell in row.select("td")) for row in found.select("tbody tr")]


@pytest.fixture
def office(client, org):
    client.force_login(org.users["province_office"])
    return client


def test_the_template_lists_the_columns_and_the_catalogues_award_types(office):
    response = office.get(url("import_template"))

    book = load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in book.worksheets[0][1]] == HEADINGS
    listed = " ".join(rule.formula1 for rule in book.worksheets[0].data_validations.dataValidation)
    assert award_name(PROVINCE_FRONT) in listed and "Tập thể" in listed
    assert book.worksheets[1].title == "Hướng dẫn"


def test_the_listing_offers_the_import_to_the_office_only(client, org):
    client.force_login(org.users["province_office"])
    assert url("import") in client.get(url("list")).content.decode()
    client.force_login(org.users["reviewer_a"])
    assert url("import") not in client.get(url("list")).content.decode()


def test_valid_rows_are_previewed_then_recorded_on_confirmation_in_three_date_forms(office, org):
    rows = [
        earlier(1),
        earlier(2, date="2016-03-08", year=2016, gender="nữ", name="Hoàng Thị Cũ"),
        earlier(3, date=datetime(2017, 5, 19)),
        earlier(
            4,
            kind="Tập thể",
            name="Ban công tác Mặt trận thôn Nà Cà",
            unit="06040",
            award=award_name(DISTRICT),
            gender="",
            birth="",
            id="",
            ethnicity="",
        ),
    ]

    response = upload(office, workbook(rows))

    assert table(response, "data-import-errors") == []
    assert [row[0] for row in table(response, "data-import-rows")] == ["2", "3", "4", "5"]
    assert not AwardRecord.objects.filter(name__contains="Cũ").exists(), "nothing saved before confirming"
    page = confirm(office, response).content.decode()
    assert "Đã ghi 4 khen thưởng vào sổ khen thưởng." in page
    first = AwardRecord.objects.get(name="Lộc Văn Cũ 1")
    assert (first.source, first.year, first.unit, first.decision_date) == (
        AwardSource.IMPORTED,
        2015,
        org.units["a"],
        date(2015, 11, 10),
    )
    assert AwardRecord.objects.get(name="Hoàng Thị Cũ").decision_date == date(2016, 3, 8)
    assert AwardRecord.objects.get(name="Lộc Văn Cũ 3").decision_date == date(2017, 5, 19)
    collective = AwardRecord.objects.get(name="Ban công tác Mặt trận thôn Nà Cà")
    assert collective.unit == org.units["a1"] and collective.kind == NomineeKind.COLLECTIVE
    # The nomination form now finds it as an earlier award.
    assert earlier_awards("loc van cu 1", date(1975, 9, 5)).get() == first


def test_a_list_imported_again_records_nothing_twice_and_says_what_was_skipped(office):
    confirm(office, upload(office, workbook([earlier(1), earlier(2)])))

    again = upload(office, workbook([earlier(1), earlier(2), earlier(3), earlier(3, stt=9)]))

    skipped = table(again, "data-import-skipped")
    assert [row[0] for row in skipped] == ["2", "3", "5"]
    assert "đã có khen thưởng này trong sổ" in skipped[0][2]
    assert "Trùng với dòng 4" in skipped[2][2]
    page = confirm(office, again).content.decode()
    assert (
        "Đã ghi 1 khen thưởng vào sổ khen thưởng." in page and "Bỏ qua 3 dòng đã có (dòng 2, 3, 5)." in page
    )
    assert AwardRecord.objects.filter(name__startswith="Lộc Văn Cũ").count() == 3
    nothing_new = upload(office, workbook([earlier(1), earlier(3)])).content.decode()
    assert "Không có dòng mới nào để lưu: mọi dòng của tệp đã có." in nothing_new


def test_each_mistake_is_named_by_row_and_column_and_nothing_is_half_saved(office):
    rows = [
        earlier(1),
        earlier(2, date="31/02/2015"),
        earlier(3, unit="Huyện Không Có"),
        earlier(4, award="Huân chương tự đặt"),
        earlier(5, birth="", id=""),
        earlier(6, number=""),
        earlier(7, year=2030),
    ]

    response = upload(office, workbook(rows))

    errors = table(response, "data-import-errors")
    assert [(row[0], row[1][:1]) for row in errors] == [
        ("3", "D"),
        ("4", "J"),
        ("5", "B"),
        ("6", "N"),
        ("7", "C"),
        ("8", "F"),
    ]
    assert "Ngày không tồn tại: 31/02/2015" in errors[0][2]
    assert "Không có đơn vị “Huyện Không Có”" in errors[1][2]
    assert "Cá nhân cần có ngày sinh hoặc số CCCD/CMND" in errors[3][2]
    assert errors[4][2] == "Chưa điền."
    confirm(office, response)
    assert list(AwardRecord.objects.filter(name__startswith="Lộc Văn Cũ").values_list("name", flat=True)) == [
        "Lộc Văn Cũ 1"
    ]


def test_officers_and_boards_never_reach_the_import(client, org):
    for username in ("officer_a", "reviewer_a", "reviewer_province", "council", "editor", "outsider"):
        client.force_login(org.users[username])
        for name in ("import", "import_template"):
            assert client.get(url(name)).status_code in (302, 403), (username, name)
        response = client.post(url("import"), {"file": workbook([earlier(1)])})
        assert response.status_code in (302, 403), username
    assert not AwardRecord.objects.filter(name="Lộc Văn Cũ 1").exists()


def test_another_users_waiting_file_cannot_be_confirmed_or_read(client, org, office):
    token = upload(office, workbook([earlier(1)])).context["token"]
    client.logout()
    client.force_login(org.users["province_office"])  # a fresh session: the token is not in it
    assert client.post(url("import_confirm"), {"token": token}, follow=True).status_code == 404
    assert client.get(url("import_errors", token), follow=True).status_code == 404
    assert not AwardRecord.objects.filter(name="Lộc Văn Cũ 1").exists()


def bad_file(content: bytes, name="khen-thuong-cu.xlsx") -> io.BytesIO:
    out = io.BytesIO(content)
    out.name = name
    return out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (lambda: bad_file(b""), "Tệp"),
        (lambda: bad_file(b"\x00\xff" * 64), "Nội dung tệp không phải tệp Excel"),
        (lambda: bad_file(b"PK\x03\x04 broken zip"), ""),
        (lambda: bad_file("Họ và tên\nA\n".encode(), name="danh-sach.csv"), "Chỉ nhận tệp Excel .xlsx"),
        (lambda: workbook([earlier(1)], headings=HEADINGS[:-1]), "thiếu cột “Số CCCD/CMND”"),
        (
            lambda: workbook([earlier(1) + ["thừa"]], headings=HEADINGS + ["Ghi chú"]),
            "có cột không thuộc mẫu",
        ),
        (lambda: workbook([]), "Không có dòng hợp lệ nào"),
        (lambda: workbook([earlier(1, name="=1+1", number='=HYPERLINK("x")')]), "=1+1"),
        (lambda: workbook([earlier(1, name="x" * 5000, unit="\u202e" * 300, year="năm ngoái")]), ""),
        (lambda: workbook([earlier(1, date=12345.5, birth=-3, id="１２３", kind=None, award=0)]), ""),
    ],
    ids=[
        "empty",
        "binary",
        "broken-zip",
        "csv",
        "missing-column",
        "extra-column",
        "no-rows",
        "formula",
        "huge",
        "odd-types",
    ],
)
def test_odd_files_and_values_are_answered_never_a_server_error(office, content, expected):
    response = upload(office, content())

    assert response.status_code == 200
    page = response.content.decode()
    if expected:
        assert expected in page
    assert not AwardRecord.objects.filter(source=AwardSource.IMPORTED, created_by__isnull=False).exists()


def test_a_unit_name_shared_after_a_merger_is_read_at_the_decisions_date(office, org):
    """District A (in force 2020 to 30/06/2025) and a new unit of the same name from 01/07/2025."""
    merged = UnitFactory(code="180-2025", name="Huyện Tràng Định", valid_from=date(2025, 7, 1))
    today = date.today().strftime("%d/%m/%Y")

    response = upload(
        office,
        workbook([earlier(1, date="10/11/2021"), earlier(2, date=today), earlier(3, date="10/11/2015")]),
    )

    assert [row[0] for row in table(response, "data-import-rows")] == ["2", "3"]
    errors = table(response, "data-import-errors")
    assert [(row[0], row[1][:1]) for row in errors] == [("4", "J")]
    assert "Có 2 đơn vị tên “Huyện Tràng Định”: ghi mã đơn vị" in errors[0][2] and merged.code in errors[0][2]
    confirm(office, response)
    assert AwardRecord.objects.get(name="Lộc Văn Cũ 1").unit == org.units["a"]
    assert AwardRecord.objects.get(name="Lộc Văn Cũ 2").unit == merged
