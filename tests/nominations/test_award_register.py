"""The award register's screens and statistics: each member sees and counts their units' awards only.

A hand-counted fixture: seven awards (one revoked) in district A, its commune A1,
district B and the province, over three years.
"""

import io
from datetime import date

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from campaigns.models import AwardType, NomineeKind
from nominations.models import AwardRecord, NominationRefused
from nominations.register import record_earlier_award, revoke_award
from nominations.statistics import DIMENSIONS, award_counts, honored_in
from tests.helpers import html, text_of
from tests.intranet.nominations import DISTRICT, PROVINCE_FRONT, nominate, submit

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_nominations_awardrecord:list"
STATS = "wagtailsnippets_nominations_awardrecord:statistics"
STATS_XLSX = "wagtailsnippets_nominations_awardrecord:statistics_xlsx"


def award(org, unit_key, name, *, slug=PROVINCE_FRONT, year=2020, kind=NomineeKind.INDIVIDUAL, **fields):
    unit = org.site.province if unit_key == "province" else org.units[unit_key]
    if kind == NomineeKind.INDIVIDUAL:
        fields = {"gender": "female", "ethnicity": "Tày", **fields}
    return record_earlier_award(
        kind=kind,
        name=name,
        unit=unit,
        award_type=AwardType.objects.get(slug=slug),
        decision_number=f"{year}/QĐ-MTTQ",
        decision_date=date(year, 11, 10),
        issuing_body_name="Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn",
        **fields,
    )


@pytest.fixture
def register(org):
    AwardRecord.objects.all().delete()  # the hand count starts from an empty register
    records = {
        "ha": award(
            org,
            "a",
            "Hoàng Thị Hà",
            gender="female",
            ethnicity="Tày",
            id_number="020185000111",
            birth_date=date(1985, 9, 5),
            campaign=org.site.campaign,
            target_group="Ủy viên Ủy ban",
        ),
        "lan": award(
            org, "a", "Nông Thị Lan", gender="female", ethnicity="Nùng", year=2019, id_number="020180000999"
        ),
        "minh": award(org, "a1", "Lương Văn Minh", slug=DISTRICT, gender="male", ethnicity="Kinh", year=2019),
        "khu": award(
            org,
            "a1",
            "Ban công tác Mặt trận khu 2",
            slug=DISTRICT,
            kind=NomineeKind.COLLECTIVE,
            year=2020,
            campaign=org.site.campaign,
        ),
        "binh": award(org, "b", "Hoàng Văn Bình", gender="male", ethnicity="Tày", year=2018),
        "tinh": award(org, "province", "Vi Thị Thu", gender="female", ethnicity="Dao", year=2020),
        "revoked": award(org, "b", "Người Bị Thu Hồi", gender="male", ethnicity="Kinh", year=2020),
    }
    revoke_award(records["revoked"], org.users["province_office"], "Kê khai sai thành tích.")
    return records


def listed_names(client, query="") -> set[str]:
    document = html(client.get(reverse(LIST) + query))
    rows = document.select("table.listing tbody tr")
    return {text_of(row.select_one("td.title")).split(" Xem chi tiết")[0] for row in rows}


def breakdown(client, key) -> dict[str, int]:
    table = html(client.get(reverse(STATS))).select_one(f'table[data-breakdown="{key}"]')
    return {text_of(row.th): int(text_of(row.td).replace(".", "")) for row in table.select("tbody tr")}


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("officer_a", {"Hoàng Thị Hà", "Nông Thị Lan"}),
        ("reviewer_a", {"Hoàng Thị Hà", "Nông Thị Lan", "Lương Văn Minh", "Ban công tác Mặt trận khu 2"}),
        ("officer_b", {"Hoàng Văn Bình", "Người Bị Thu Hồi"}),
        (
            "province_office",
            {
                "Hoàng Thị Hà",
                "Nông Thị Lan",
                "Lương Văn Minh",
                "Ban công tác Mặt trận khu 2",
                "Hoàng Văn Bình",
                "Vi Thị Thu",
                "Người Bị Thu Hồi",
            },
        ),
    ],
)
def test_each_member_lists_their_units_awards_only(client, org, register, user, expected):
    client.force_login(org.users[user])

    assert listed_names(client) == expected


def test_the_register_is_searched_without_accents_by_name_unit_and_year(client, org, register):
    client.force_login(org.users["province_office"])

    assert listed_names(client, "?q=hoang") == {"Hoàng Thị Hà", "Hoàng Văn Bình"}
    assert listed_names(client, "?q=HOÀNG thi") == {"Hoàng Thị Hà"}
    assert listed_names(client, "?q=Bình Gia") == {"Hoàng Văn Bình", "Người Bị Thu Hồi"}
    assert listed_names(client, "?year=2019") == {"Nông Thị Lan", "Lương Văn Minh"}


@pytest.mark.parametrize(
    ("user", "count"), [("province_office", "7 khen thưởng"), ("officer_b", "2 khen thưởng")]
)
def test_the_listing_counts_awards_not_registers(client, org, register, user, count):
    """It said "7 sổ khen thưởng" (the register's own name); the title still names the register."""
    client.force_login(org.users[user])
    document = html(client.get(reverse(LIST)))

    assert text_of(document.select_one(".pagination__end")) == count
    assert text_of(document.find("h1")) == "Sổ khen thưởng"
    assert "Sổ khen thưởng" in text_of(document.select_one(".w-breadcrumbs"))


def test_a_search_that_finds_no_award_says_so(client, org, register):
    client.force_login(org.users["province_office"])
    document = html(client.get(reverse(LIST) + "?q=khong-ai-ten-nay"))

    assert "Không có khen thưởng nào khớp với tìm kiếm của bạn." in text_of(document)


def test_an_editor_does_not_reach_the_register(client, org, register):
    client.force_login(org.users["editor"])

    assert client.get(reverse(LIST)).status_code in (302, 403)
    assert client.get(reverse(STATS)).status_code in (302, 403)


def test_statistics_against_the_hand_count(client, org, register, django_assert_max_num_queries):
    client.force_login(org.users["province_office"])

    with django_assert_max_num_queries(30):
        client.get(reverse(STATS))

    assert breakdown(client, "gender") == {"Nữ": 3, "Nam": 2, "Chưa ghi": 1}
    assert breakdown(client, "ethnicity") == {"Tày": 2, "Chưa ghi": 1, "Dao": 1, "Kinh": 1, "Nùng": 1}
    assert breakdown(client, "year") == {"2018": 1, "2019": 2, "2020": 3}
    assert breakdown(client, "kind") == {"Cá nhân": 5, "Tập thể": 1}
    district_award = AwardType.objects.get(slug=DISTRICT).name
    province_award = AwardType.objects.get(slug=PROVINCE_FRONT).name
    assert breakdown(client, "award_type") == {province_award: 4, district_award: 2}
    assert sum(breakdown(client, "unit").values()) == 6


def test_the_charts_scale_counts_in_whole_numbers(client, org, register):
    """Awards are counted, not measured: no "0.5 khen thưởng" on a chart's scale."""
    client.force_login(org.users["province_office"])
    page = html(client.get(reverse(STATS)))
    scale = [
        label.get_text(strip=True) for chart in page.select("svg") for label in chart.select(".axis.x text")
    ]
    assert scale, "each chart has a scale"
    assert all(label.isdigit() for label in scale), scale


def test_a_units_statistics_count_its_units_only(client, org, register):
    client.force_login(org.users["reviewer_a"])

    assert breakdown(client, "year") == {"2019": 2, "2020": 2}
    assert breakdown(client, "gender") == {"Nữ": 2, "Nam": 1, "Chưa ghi": 1}


def test_statistics_page_says_so_when_there_is_nothing_to_count(client, org):
    AwardRecord.objects.filter(unit=org.units["b"]).delete()
    client.force_login(org.users["officer_b"])

    document = html(client.get(reverse(STATS)))

    assert document.select_one("[data-empty-statistics]") is not None


def test_statistics_export_has_one_sheet_per_breakdown_with_totals(client, org, register):
    award(org, "province", '=HYPERLINK("http://x.example")', year=2021)
    client.force_login(org.users["province_office"])

    book = load_workbook(io.BytesIO(client.get(reverse(STATS_XLSX)).content))

    assert book.sheetnames == [str(dimension.label) for dimension in DIMENSIONS]
    rows = [[cell.value for cell in row] for row in book["Giới tính"].iter_rows()]
    assert rows == [["Giới tính", "Số lượng"], ["Nữ", 4], ["Nam", 2], ["Chưa ghi", 1], ["Tổng số", 7]]


def test_the_register_export_keeps_formulas_as_text(client, org, register):
    record = award(org, "province", "=1+2", year=2021)
    client.force_login(org.users["province_office"])

    response = client.get(reverse(LIST) + "?export=xlsx")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    cells = [
        c for row in load_workbook(io.BytesIO(body)).active.iter_rows() for c in row if c.value == record.name
    ]

    assert cells and all(cell.data_type == "s" for cell in cells)


def test_the_home_page_and_the_statistics_count_alike(org, register):
    kind = [dimension for dimension in DIMENSIONS if dimension.key == "kind"]
    counts = {
        row.label: row.count
        for row in award_counts(AwardRecord.objects.filter(campaign=org.site.campaign), kind)[0].rows
    }

    assert honored_in(org.site.campaign) == {
        "collectives": counts["Tập thể"],
        "individuals": counts["Cá nhân"],
    }
    assert honored_in(org.site.campaign) == {"collectives": 1, "individuals": 1}


def test_the_nomination_form_shows_the_register_awards_of_the_same_person(client, org, register):
    nomination = nominate(org, "a", PROVINCE_FRONT, name="Hoàng Thị Hà", id_number="020185000111")
    client.force_login(org.users["officer_a"])

    url = reverse("wagtailsnippets_nominations_nomination:edit", args=[nomination.pk])
    panel = html(client.get(url)).select_one("[data-earlier-awards]")

    assert panel is not None and "quyết định số 2020/QĐ-MTTQ" in text_of(panel)


def test_the_panel_lists_earlier_awards_as_the_name_and_birth_date_are_typed(client, org, register):
    client.force_login(org.users["officer_a"])
    guidance = reverse("wagtailsnippets_nominations_nomination:guidance")

    found = html(
        client.get(
            guidance,
            {
                "campaign": org.site.campaign.pk,
                "unit": org.units["a"].pk,
                "kind": "individual",
                "name": "hoàng thị hà",
                "birth_date": "05/09/1985",
            },
        )
    ).select_one("[data-earlier-awards]")
    nothing = html(
        client.get(
            guidance,
            {
                "campaign": org.site.campaign.pk,
                "unit": org.units["a"].pk,
                "kind": "individual",
                "name": "Hoàng Thị Hà",
                "birth_date": "05/09/19",
            },
        )
    ).select_one("[data-earlier-awards]")

    assert found is not None and "2020" in text_of(found)
    assert nothing is None


def test_one_achievement_one_award_an_award_in_the_campaign_bars_a_new_nomination(org, register):
    nomination = nominate(org, "a", PROVINCE_FRONT, name="Hoàng Thị Hà", id_number="020185000111")

    with pytest.raises(NominationRefused, match="đã được khen thưởng trong đợt thi đua này"):
        submit(nomination, org.users["officer_a"])


def test_an_award_of_an_earlier_year_only_warns(org, register):
    nomination = nominate(org, "a", PROVINCE_FRONT, name="Nông Thị Lan", id_number="020180000999")

    assert [record.name for record in nomination.earlier_awards()] == ["Nông Thị Lan"]
    assert nomination.awarded_in_campaign() is None
    submit(nomination, org.users["officer_a"])  # not refused: 2019's award honoured another achievement


# -- a record's address outside the register ------------------------------------------------------
INSPECT = "wagtailsnippets_nominations_awardrecord:inspect"


def test_an_editor_following_a_records_address_reaches_its_honor_roll_entry_in_the_admin(client, org):
    """The editor publishes the honor roll but does not read the register: the record's address
    led to a 404 page (then the public site's, /vi/admin/…); it opens the award's exemplar instead."""
    from django.contrib.messages import get_messages

    from exemplars.factories import ExemplarFactory

    honoured = award(org, "a", "Hoàng Văn Thắm")
    honoured.exemplar = ExemplarFactory(name="Hoàng Văn Thắm", kind=NomineeKind.INDIVIDUAL)
    honoured.save()
    client.force_login(org.users["editor"])

    response = client.get(reverse(INSPECT, args=[honoured.pk]), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailsnippets_exemplars_exemplar:edit", args=[honoured.exemplar_id]
    )
    assert "đây là điển hình tiên tiến được công bố từ khen thưởng này" in " ".join(
        str(message) for message in get_messages(response.wsgi_request)
    )

    imported = award(org, "a", "Nông Thị Lụa")  # no honor-roll entry: told so in the admin
    response = client.get(reverse(INSPECT, args=[imported.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert not any("/vi/" in url for url, _status in response.redirect_chain)
    assert "Nông Thị Lụa" not in response.content.decode()


def test_another_units_officer_still_finds_no_such_record(client, org):
    record = award(org, "b", "Lộc Văn Tài")
    client.force_login(org.users["officer_a"])
    response = client.get(reverse(INSPECT, args=[record.pk]), follow=True)
    assert response.status_code == 404, "the unit fence does not say another unit's award exists"
    assert "Lộc Văn Tài" not in response.content.decode()
