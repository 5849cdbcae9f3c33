"""The province office and the council download the lists in the official column order; each export is audited."""

import csv
import io

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from campaigns.models import NomineeKind
from nominations.views import EXPORT_ACTION
from tests.intranet.nominations import DISTRICT, act, decide, nominate, submit

pytestmark = pytest.mark.django_db

OFFICIAL_HEADINGS = [
    "STT",
    "Họ và tên (tên tập thể)",
    "Chức vụ",
    "Đơn vị",
    "Hình thức khen thưởng",
    "Tóm tắt thành tích",
]


def listing(query: str) -> str:
    return reverse("wagtailsnippets_nominations_nomination:list") + query


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def xlsx_rows(response) -> list[list]:
    sheet = load_workbook(io.BytesIO(body_of(response))).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body_of(response).decode("utf-8"))))


def through_the_district_chain(org, nomination):
    """Signed off by Thất Khê's board, considered and decided by Tràng Định's: live."""
    submit(nomination, org.users["officer_a1"])
    nomination = act(nomination, org.users["reviewer_a1"])
    nomination = act(nomination, org.users["reviewer_a"])
    return decide(nomination, org.users["reviewer_a"], number="1/QĐ")


@pytest.fixture
def approved(org):
    nomination = nominate(org, "a1", DISTRICT, name="Lương Thị Hoa", position="Chủ tịch Ủy ban MTTQ thị trấn")
    return through_the_district_chain(org, nomination)


@pytest.mark.parametrize("user", ["province_office", "council"])
def test_the_pending_list_in_the_official_column_order(client, org, approved, user):
    client.force_login(org.users[user])
    rows = xlsx_rows(client.get(listing("?state=pending&export=xlsx")))
    assert rows[0] == OFFICIAL_HEADINGS
    assert [row[0] for row in rows[1:]] == list(range(1, len(rows))), "STT numbers the rows"
    names = {row[1] for row in rows[1:]}
    assert names == {nomination.name for nomination in org.nominations.values()}, "the three in review"
    (row_b,) = [row for row in rows[1:] if "DAU-VET-B" in row[1]]
    assert row_b[3] == "Huyện Bình Gia" and row_b[4] == "Bằng khen của Ủy ban nhân dân tỉnh Lạng Sơn"
    assert row_b[2] in ("", None), "a collective has no position"


def test_the_approved_list_as_csv(client, org, approved):
    client.force_login(org.users["council"])
    rows = csv_rows(client.get(listing("?state=approved&export=csv")))
    assert rows[0] == OFFICIAL_HEADINGS
    assert rows[1][:3] == ["1", "Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ thị trấn"]
    assert rows[1][5] == approved.achievements
    assert len(rows) == 2


def test_the_export_holds_no_personal_field(client, org, approved):
    client.force_login(org.users["province_office"])
    text = body_of(client.get(listing("?export=csv"))).decode()
    assert approved.id_number not in text and approved.phone not in text and "12/05/1975" not in text


def test_a_unit_exports_its_own(client, org):
    client.force_login(org.users["officer_b"])
    rows = csv_rows(client.get(listing("?export=csv")))
    assert [row[1] for row in rows[1:]] == [org.nominations["b"].name]


def test_every_export_is_written_to_the_audit_log(client, org, approved):
    client.force_login(org.users["province_office"])
    client.get(listing(f"?state=pending&kind={NomineeKind.INDIVIDUAL}&export=xlsx"))
    entry = ModelLogEntry.objects.filter(action=EXPORT_ACTION).latest("timestamp")
    assert entry.user == org.users["province_office"]
    assert entry.data["format"] == "xlsx"
    assert entry.data["filters"] == {"state": ["pending"], "kind": ["individual"]}
    assert sorted(entry.data["ids"]) == sorted(
        nomination.pk for nomination in org.nominations.values() if nomination.kind == NomineeKind.INDIVIDUAL
    )
    client.force_login(org.users["officer_a"])
    client.get(listing("?export=csv"))
    assert ModelLogEntry.objects.filter(action=EXPORT_ACTION, user=org.users["officer_a"]).count() == 1


def test_the_listing_filters_by_the_state_in_review(client, org, approved):
    from nominations.models import AwardRecord

    draft = nominate(org, "a1", DISTRICT, name="Bản nháp Nông Văn Ba")
    returned = nominate(org, "a1", DISTRICT, name="Trả lại Hà Thị Tư")
    submit(returned, org.users["officer_a1"])
    act(returned, org.users["reviewer_a1"], "reject", comment="Bổ sung.")
    waiting = nominate(org, "a1", DISTRICT, name="Chờ quyết định Lộc Văn Sáu")
    submit(waiting, org.users["officer_a1"])
    waiting = act(act(waiting, org.users["reviewer_a1"]), org.users["reviewer_a"])
    decided = through_the_district_chain(org, nominate(org, "a1", DISTRICT, name="Đã quyết định Vi Văn Năm"))
    assert AwardRecord.objects.filter(nomination__in=[approved, decided]).count() == 2
    expected = {
        "draft": {draft.name},
        "pending": {nomination.name for nomination in org.nominations.values()} | {waiting.name},
        "returned": {returned.name},
        "approved": {approved.name, decided.name},
        "decided": {approved.name, decided.name},
    }
    client.force_login(org.users["province_office"])
    for state, names in expected.items():
        rows = csv_rows(client.get(listing(f"?state={state}&export=csv")))
        assert {row[1] for row in rows[1:]} == names, state
