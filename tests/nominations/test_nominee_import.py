"""An officer imports the unit's nominee list from Excel: template, preview with errors by row and column, confirm.

Nothing is saved before the officer confirms, and then all the valid rows or none.
"""

import io
import time
from datetime import date, datetime

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from campaigns.models import AwardType
from nominations.models import Nomination
from tests.helpers import html, text_of, xlsx_upload
from tests.intranet.nominations import DISTRICT, PROVINCE_FRONT

pytestmark = pytest.mark.django_db

HEADINGS = [
    "STT",
    "Họ và tên (tên tập thể)",
    "Tập thể/Cá nhân",
    "Hình thức khen thưởng",
    "Chức vụ, đơn vị công tác",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Số CCCD/CMND",
    "Điện thoại",
    "Tóm tắt thành tích",
]
GIAY_KHEN = "Giấy khen của Ủy ban MTTQ cấp huyện"


def url(name: str, *args) -> str:
    return reverse(f"wagtailsnippets_nominations_nomination:{name}", args=args)


def person(n: int, birth="05/09/1985", award=None, **overrides) -> list:
    row = {
        "stt": n,
        "name": f"Hoàng Văn Nhập {n}",
        "kind": "Cá nhân",
        "award": award,
        "position": "Ủy viên",
        "gender": "Nam",
        "birth": birth,
        "ethnicity": "Tày",
        "id": f"0209{n:08d}",
        "phone": "0912345678",
        "achievements": "Vận động nhân dân làm đường giao thông nông thôn.",
    }
    row.update(overrides)
    return list(row.values())


def workbook(rows: list[list], headings=None) -> io.BytesIO:
    return xlsx_upload(headings or HEADINGS, rows)


def award_name(slug: str) -> str:
    return AwardType.objects.get(slug=slug).short_name


def upload(client, org, content, unit_key="a"):
    return client.post(
        url("import"), {"campaign": org.site.campaign.pk, "unit": org.units[unit_key].pk, "file": content}
    )


@pytest.fixture
def officer(client, org):
    client.force_login(org.users["officer_a"])
    return client


def preview_errors(response) -> list[tuple[str, str, str]]:
    table = html(response).select_one("[data-import-errors]")
    if table is None:
        return []
    return [tuple(text_of(cell) for cell in row.select("td")) for row in table.select("tbody tr")]


def test_the_template_lists_the_columns_and_the_campaigns_award_types(officer, org):
    response = officer.get(url("import_template") + f"?campaign={org.site.campaign.pk}")

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    assert [cell.value for cell in sheet[1]] == HEADINGS
    listed = " ".join(rule.formula1 for rule in sheet.data_validations.dataValidation)
    assert award_name(DISTRICT) in listed and "Cá nhân" in listed
    assert book.worksheets[1].title == "Hướng dẫn"


def test_a_valid_list_is_previewed_then_saved_only_on_confirmation(officer, org):
    award = award_name(DISTRICT)
    rows = [
        person(1, birth="05/09/1985", award=award),
        person(2, birth="1990-01-31", award=award),
        person(3, birth=datetime(1978, 12, 2), award=award),
        # A collective's row with a person's position and phone: dropped, as on the form.
        [
            "",
            "Ban công tác Mặt trận khu 5",
            "Tập thể",
            award,
            "Trưởng khu",
            "",
            "",
            "",
            "",
            "0987 650 321",
            "Khu văn hóa.",
        ],
    ]
    before = Nomination.objects.count()

    response = upload(officer, org, workbook(rows))

    assert response.status_code == 200
    assert preview_errors(response) == []
    assert "4 dòng hợp lệ" in response.content.decode()
    assert Nomination.objects.count() == before, "the preview saves nothing"
    token = response.context["token"]

    response = officer.post(url("import_confirm"), {"token": token})

    assert response.status_code == 302
    created = Nomination.objects.filter(name__startswith="Hoàng Văn Nhập").order_by("name")
    assert [n.birth_date for n in created] == [date(1985, 9, 5), date(1990, 1, 31), date(1978, 12, 2)]
    assert all(n.unit == org.units["a"] and not n.live for n in created)
    collective = Nomination.objects.drafts().get(name="Ban công tác Mặt trận khu 5", unit=org.units["a"])
    assert (collective.position, collective.phone) == ("", "")
    count = Nomination.objects.count()
    officer.post(url("import_confirm"), {"token": token})
    assert Nomination.objects.count() == count, "confirmed once"


def test_each_mistake_is_named_by_row_and_column(officer, org):
    award = award_name(DISTRICT)
    rows = [
        person(1, award=award),
        person(2, birth="31/02/1990", award=award),
        person(3, award="Huân chương Lao động"),
        person(4, award=award, name=""),
        person(5, award=award, id="12345"),
        person(6, award=award, gender=""),
    ]

    errors = preview_errors(upload(officer, org, workbook(rows)))

    assert (
        "3",
        "G (Ngày sinh)",
        "Ngày không tồn tại: 31/02/1990. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1985.",
    ) in errors
    assert any(e[:2] == ("4", "D (Hình thức khen thưởng)") and "Huân chương Lao động" in e[2] for e in errors)
    assert ("5", "B (Họ và tên (tên tập thể))", "Chưa điền.") in errors
    assert any(e[:2] == ("6", "I (Số CCCD/CMND)") and "12 chữ số" in e[2] for e in errors)
    assert ("7", "F (Giới tính)", "Cá nhân cần có thông tin này.") in errors


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (HEADINGS[:6] + HEADINGS[7:], "thiếu cột “Ngày sinh”"),
        (HEADINGS + ["Ghi chú"], "có cột không thuộc mẫu “Ghi chú”"),
        (["Tên", "Năm sinh", "Địa chỉ"], "Tệp không đúng mẫu danh sách"),
    ],
)
def test_a_wrong_template_is_refused_whole(officer, org, headings, expected):
    before = Nomination.objects.count()

    response = upload(officer, org, workbook([person(1, award=award_name(DISTRICT))], headings=headings))

    assert expected in response.content.decode()
    assert "token" not in response.context
    assert Nomination.objects.count() == before


def test_data_in_a_column_without_heading_is_refused(officer, org):
    rows = [person(1, award=award_name(DISTRICT)) + ["thừa"]]

    response = upload(officer, org, workbook(rows, headings=HEADINGS + [None]))

    assert "Cột L có dữ liệu nhưng không có tiêu đề" in response.content.decode()


def test_only_a_real_xlsx_is_read(officer, org):
    fake = io.BytesIO(b"%PDF-1.4\n%%EOF\n")
    fake.name = "danh-sach.xlsx"
    csv = io.BytesIO("Họ và tên\nA\n".encode())
    csv.name = "danh-sach.csv"

    assert "Nội dung tệp không phải tệp Excel" in upload(officer, org, fake).content.decode()
    assert "Chỉ nhận tệp Excel .xlsx" in upload(officer, org, csv).content.decode()


def test_a_cell_starting_with_equals_stays_text_and_is_never_a_formula_in_exports(officer, org):
    # openpyxl writes "=..." as a formula, as Excel does when an officer types it.
    rows = [person(1, award=award_name(DISTRICT), name='=HYPERLINK("http://x.example","Bấm")')]

    response = upload(officer, org, workbook(rows))
    officer.post(url("import_confirm"), {"token": response.context["token"]})

    nomination = Nomination.objects.get(name__startswith="=HYPERLINK")
    assert nomination.name == '=HYPERLINK("http://x.example","Bấm")'
    officer.force_login(org.users["province_office"])
    export = officer.get(url("list") + f"?unit={org.units['a'].pk}&export=xlsx")
    body = b"".join(export.streaming_content) if export.streaming else export.content
    cells = [
        c
        for row in load_workbook(io.BytesIO(body)).active.iter_rows()
        for c in row
        if c.value == nomination.name
    ]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_people_already_nominated_or_named_twice_are_refused(officer, org):
    award = award_name(DISTRICT)
    existing = org.nominations["a"]
    rows = [
        person(1, award=award),
        person(2, award=award, id=existing.id_number, name="Tên khác"),
        person(3, award=award, id="020900000001", name="Hoàng Văn Nhập 1 (lặp)"),
    ]

    errors = preview_errors(upload(officer, org, workbook(rows)))

    assert any(
        e[0] == "3" and "đã có hồ sơ đề nghị khen thưởng trong đợt thi đua này" in e[2] for e in errors
    )
    assert any(e[0] == "4" and "Trùng với dòng 2" in e[2] for e in errors)


def test_rows_beyond_the_quota_left_are_refused(officer, org):
    # District A may propose 2 individuals for the provincial Front's certificate; one is in review.
    award = award_name(PROVINCE_FRONT)
    rows = [person(n, award=award) for n in range(1, 4)]

    response = upload(officer, org, workbook(rows))

    errors = preview_errors(response)
    assert [e[0] for e in errors] == ["3", "4"]
    assert all("Vượt chỉ tiêu" in e[2] for e in errors)
    assert len(response.context["reading"].rows) == 1


def test_an_officer_imports_only_for_their_own_unit(officer, org):
    response = upload(officer, org, workbook([person(1, award=award_name(DISTRICT))]), unit_key="b")

    assert "Bạn chỉ được nhập cho đơn vị mình phụ trách." in response.content.decode()


def test_nothing_is_half_saved_when_creating_fails_midway(officer, org, monkeypatch):
    award = award_name(DISTRICT)
    response = upload(officer, org, workbook([person(n, award=award) for n in range(1, 4)]))
    before = Nomination.objects.count()
    calls = {"n": 0}
    original = Nomination.save_revision

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("ổ đĩa đầy")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Nomination, "save_revision", failing)
    officer.raise_request_exception = False
    assert officer.post(url("import_confirm"), {"token": response.context["token"]}).status_code == 500

    assert Nomination.objects.count() == before


def test_five_thousand_rows_finish_and_the_preview_stays_short(officer, org, django_assert_max_num_queries):
    award = award_name(DISTRICT)
    rows = [person(n, award=award, birth="1985-09-05" if n % 2 else "05/09/1985") for n in range(1, 5001)]
    content = workbook(rows)
    started = time.monotonic()

    with django_assert_max_num_queries(60):
        response = upload(officer, org, content)

    elapsed = time.monotonic() - started
    assert elapsed < 60, f"the preview took {elapsed:.0f} s"
    reading = response.context["reading"]
    assert reading.total == 5000
    assert len(reading.rows) == 10, "district A set 10 individuals for its commendation certificate"
    assert len(preview_errors(response)) == 100, "the first 100 mistakes are shown"
    assert "Còn 4890 lỗi nữa không hiện ở đây." in response.content.decode()
    errors = officer.get(url("import_errors", response.context["token"]))
    assert load_workbook(io.BytesIO(errors.content)).active.max_row == 4991
