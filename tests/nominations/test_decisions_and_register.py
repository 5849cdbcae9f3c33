"""One decision lists many honourees and publishes them all; the award register and its checks.

The provincial standing board decides the provincial Front's Bằng khen of a commune's
nominees (``reviewer_province``): its decisions are numbered by the register (1, 2, …
per year, nothing skipped), each honouree gets a register record with an unguessable
verification code, the public verification page shows public fields only and says
plainly when a code cannot be verified (made up or revoked), and revoking or correcting
a record updates the honor roll.
"""

import io
import subprocess
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
from docx import Document

from campaigns.models import NomineeKind, Quota
from exemplars.models import Exemplar
from nominations.decisions import record_decision
from nominations.documents import certificate_pdf, decision_docx, decision_pdf
from nominations.models import (
    AwardRecord,
    AwardRecordChange,
    AwardSource,
    Decision,
    Nomination,
    NominationRefused,
)
from nominations.register import (
    correct_award,
    earlier_awards,
    record_earlier_award,
    revoke_award,
    verification_path,
    verification_url,
)
from tests.helpers import html, text_of
from tests.intranet.nominations import PEOPLES_COMMITTEE, PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db

BEFORE_THE_DECISION = ["reviewer_a1", "reviewer_a", "province_office", "council"]
DECIDER = "reviewer_province"
PRIVATE = {
    "birth_date": date(1979, 3, 14),
    "id_number": "020179004512",
    "ethnicity": "Tày",
    "phone": "0912345678",
}


def at_decision(
    org, name, kind=NomineeKind.INDIVIDUAL, award=PROVINCE_FRONT, steps=BEFORE_THE_DECISION, **fields
):
    personal = PRIVATE if kind == NomineeKind.INDIVIDUAL else {}
    nomination = nominate(org, "a1", award, kind, name=name, **{**personal, **fields})
    submit(nomination, org.users["officer_a1"])
    for user in steps:
        nomination = act(nomination, org.users[user])
    return Nomination.objects.get(pk=nomination.pk)


@pytest.fixture(scope="module")
def three_waiting(org, django_db_blocker) -> list[int]:
    """Two individuals and a collective of the commune a1, waiting for the province board's decision.

    Walked up their chain once for the module (a few seconds each time): every test runs in
    a savepoint of the module's transaction, so what one test decides, revokes or corrects
    is gone for the next. The district's quota is raised so that quotas play no part here.
    """
    with django_db_blocker.unblock(), translation.override("vi"):
        Quota.objects.filter(unit=org.units["a"]).update(individuals=10, collectives=10)
        waiting = [
            at_decision(org, "Hoàng Văn Thắng", position="Chủ tịch Ủy ban MTTQ xã"),
            at_decision(
                org,
                "Lương Thị Hoa",
                position="Trưởng ban công tác Mặt trận thôn Nà Cà",
                id_number="020185001234",
                birth_date=date(1985, 6, 2),
            ),
            at_decision(org, "Ban công tác Mặt trận thôn Khuổi Tục", kind=NomineeKind.COLLECTIVE),
        ]
        return [nomination.pk for nomination in waiting]


@pytest.fixture
def three(three_waiting) -> list[Nomination]:
    """The three waiting nominations, as this test finds them stored."""
    return [Nomination.objects.get(pk=pk) for pk in three_waiting]


def decide(org, nominations, **fields):
    return record_decision(
        nominations,
        org.users[DECIDER],
        date=fields.pop("on", date(2020, 11, 12)),
        signer="Nông Lương Chấn",
        signer_title="Chủ tịch",
        **fields,
    )


def test_one_decision_publishes_all_its_honourees_with_public_fields_only(client, org, three):
    decision = decide(org, three)
    assert decision.number == "1/QĐ-MTTQ-BTT" and decision.issuing_body.unit == org.site.province
    records = list(decision.awards.order_by("pk"))
    assert [record.name for record in records] == [nomination.name for nomination in three]
    assert all(Nomination.objects.get(pk=nomination.pk).live for nomination in three)
    for record in records:
        assert record.source == AwardSource.DECIDED and record.year == 2020
        assert record.exemplar.live and record.exemplar.decision_number == "1/QĐ-MTTQ-BTT"
        page = client.get(record.exemplar.get_url()).content.decode()
        assert record.name in page
        for value in ("020179004512", "14/03/1979", "1979-03-14", "0912345678", "020185001234"):
            assert value not in page
    assert records[0].id_number == "020179004512", "the register keeps the personal fields, privately"
    # The next decision takes the next number: nothing skipped, nothing repeated.
    fourth = at_decision(org, "Vi Văn Năm", position="Ủy viên Ủy ban MTTQ xã", id_number="020190000001")
    assert decide(org, [fourth]).number == "2/QĐ-MTTQ-BTT"


def test_a_decision_that_cannot_be_recorded_saves_nothing_and_takes_no_number(org, three):
    not_yet = nominate(org, "a1", PROVINCE_FRONT, name="Chưa đến bước quyết định")
    submit(not_yet, org.users["officer_a1"])
    with pytest.raises(PermissionDenied):
        decide(org, [*three, Nomination.objects.get(pk=not_yet.pk)])
    assert not Decision.objects.exists()
    assert not AwardRecord.objects.filter(nomination__in=[*three, not_yet]).exists()
    assert not any(Nomination.objects.get(pk=nomination.pk).live for nomination in three)
    assert not Exemplar.objects.filter(name__in=[nomination.name for nomination in three]).exists()
    assert decide(org, three).number == "1/QĐ-MTTQ-BTT", "the failed recording gave its number back"


def test_a_future_date_and_a_typed_number_for_our_own_board_are_refused(org, three):
    with pytest.raises(NominationRefused, match="sau hôm nay"):
        decide(org, three, on=date(2099, 1, 1))
    with pytest.raises(NominationRefused, match="không ghi tay"):
        decide(org, three, number="412/QĐ-MTTQ-BTT")
    assert not Decision.objects.exists()


def test_an_outside_bodys_number_is_typed_and_cannot_be_recorded_twice(org):
    Quota.objects.filter(unit=org.units["a"]).update(individuals=10, collectives=10)
    steps = [*BEFORE_THE_DECISION, DECIDER]  # the province board submits it to the People's Committee
    first = at_decision(org, "Nông Văn Một", award=PEOPLES_COMMITTEE, steps=steps, id_number="020190000001")
    second = at_decision(org, "Nông Văn Hai", award=PEOPLES_COMMITTEE, steps=steps, id_number="020190000002")
    office = org.users["province_office"]
    with pytest.raises(NominationRefused, match="Ghi số quyết định"):
        record_decision([first], office, date=date(2020, 11, 12), signer="Hồ Tiến Thiệu")
    decision = record_decision(
        [first], office, number="1893/QĐ-UBND", date=date(2020, 11, 12), signer="Hồ Tiến Thiệu"
    )
    assert decision.issuing_body.is_outside and decision.issuing_body.name == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert decision.number == "1893/QĐ-UBND"
    with pytest.raises(NominationRefused, match="đã được ghi"):
        record_decision(
            [second], office, number="1893/QĐ-UBND", date=date(2020, 12, 1), signer="Hồ Tiến Thiệu"
        )
    assert not AwardRecord.objects.filter(nomination=second).exists()
    assert not Nomination.objects.get(pk=second.pk).live


# -- the verification page ---------------------------------------------------------------------
def test_a_valid_code_shows_the_public_fields_and_the_decision_in_both_languages(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Hoàng Văn Thắng")
    assert len(record.verification_code) == 20
    assert len({item.verification_code for item in decision.awards.all()}) == 3
    for language in ("vi", "en"):
        response = client.get(verification_path(record, language))
        page = response.content.decode()
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        for shown in (
            "Hoàng Văn Thắng",
            "Chủ tịch Ủy ban MTTQ xã",
            "1/QĐ-MTTQ-BTT",
            "12/11/2020",
            "Ban Thường trực",
        ):
            assert shown in page, (language, shown)
        for hidden in ("020179004512", "14/03/1979", "Tày", "0912345678"):
            assert hidden not in page, (language, hidden)
    assert verification_url(record).endswith(f"/vi/xac-minh/{record.verification_code}/")


def test_a_made_up_or_revoked_code_answers_404_in_plain_words_and_shows_nobody(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Lương Thị Hoa")
    revoke_award(record, org.users["province_office"], "Hồ sơ khai sai thành tích.")
    for language, sentence in (
        ("vi", "Không xác minh được khen thưởng với mã này."),
        ("en", "No award could be verified with this code."),
    ):
        for code in (record.verification_code, "abcdefghjkmnpqrstuvw", "1", "%27%20or%201=1"):
            response = client.get(f"/{language}/xac-minh/{code}/")
            page = response.content.decode()
            assert response.status_code == 404, (language, code)
            assert sentence in page, (language, code)
            assert "Lương Thị Hoa" not in page and "020185001234" not in page
            assert "no-store" in response["Cache-Control"]


# -- revoking and correcting ---------------------------------------------------------------------
def test_revoking_takes_the_honouree_off_the_honor_roll_and_keeps_the_history(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Lương Thị Hoa")
    exemplar_url = record.exemplar.get_url()
    assert client.get(exemplar_url).status_code == 200
    with pytest.raises(ValidationError):
        revoke_award(record, org.users["province_office"], "  ")
    revoke_award(record, org.users["province_office"], "Hồ sơ khai sai thành tích.")
    record.refresh_from_db()
    assert record.is_revoked and record.revoked_by == org.users["province_office"]
    assert not Exemplar.objects.get(pk=record.exemplar_id).live
    assert client.get(exemplar_url).status_code == 404
    change = AwardRecordChange.objects.get(record=record)
    assert (change.kind, change.reason) == ("revocation", "Hồ sơ khai sai thành tích.")
    assert not earlier_awards("Lương Thị Hoa", date(1985, 6, 2)).exists(), "a revoked award counts no more"
    with pytest.raises(ValidationError):
        revoke_award(record, org.users["province_office"], "Lần nữa.")


def test_a_correction_updates_the_honor_roll_and_the_verification_page(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Hoàng Văn Thắng")
    correct_award(record, org.users["province_office"], "Sai chính tả tên.", name="Hoàng Văn Thắm")
    record.refresh_from_db()
    assert record.name == "Hoàng Văn Thắm" and record.name_key == "hoang van tham"
    exemplar = Exemplar.objects.get(pk=record.exemplar_id)
    assert exemplar.live and exemplar.name == "Hoàng Văn Thắm"
    assert "Hoàng Văn Thắm" in client.get(verification_path(record)).content.decode()
    change = record.changes.get()
    assert change.changes == {"name": ["Hoàng Văn Thắng", "Hoàng Văn Thắm"]}
    with pytest.raises(ValidationError):
        correct_award(record, org.users["province_office"], "Không đổi gì.", name="Hoàng Văn Thắm")


# -- the register's API ---------------------------------------------------------------------------
def test_earlier_awards_match_by_id_number_or_by_name_and_birth_date_without_accents(org, three):
    decide(org, three)
    imported = record_earlier_award(
        decision_number="2210/QĐ-UBND",
        decision_date=date(2017, 10, 3),
        issuing_body_name="UBND tỉnh Lạng Sơn",
        award_name="Bằng khen của UBND tỉnh",
        kind=NomineeKind.INDIVIDUAL,
        name="Hoàng Văn Thắng",
        birth_date=date(1979, 3, 14),
        unit_name="Xã Thất Khê",
    )
    assert imported.year == 2017 and imported.source == AwardSource.IMPORTED and imported.verification_code
    by_id = earlier_awards(id_number="020179004512")
    assert [record.decision_number for record in by_id] == ["1/QĐ-MTTQ-BTT"]
    by_name = earlier_awards("hoang van thang", date(1979, 3, 14))
    assert [record.year for record in by_name] == [2020, 2017], "newest first"
    assert not earlier_awards("Hoàng Văn Thắng", date(1980, 1, 1)).exists()
    collective = earlier_awards(
        "ban cong tac mat tran thon khuoi tuc", kind=NomineeKind.COLLECTIVE, unit=org.units["a1"]
    )
    assert collective.count() == 1
    assert AwardRecord.objects.named("THẮNG").count() == 2
    with pytest.raises(ValidationError):
        record_earlier_award(name="Thiếu số quyết định", kind=NomineeKind.INDIVIDUAL, year=2018)


# -- the papers -------------------------------------------------------------------------------------
def pdf_text(content: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(content)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_decision_and_certificate_papers_carry_number_names_and_verification_address(
    org, three, tmp_path
):
    decision = decide(org, three)
    docx_text = "\n".join(
        [paragraph.text for paragraph in Document(io.BytesIO(decision_docx(decision))).paragraphs]
        + [
            cell.text
            for table in Document(io.BytesIO(decision_docx(decision))).tables
            for row in table.rows
            for cell in row.cells
        ]
    )
    for expected in (
        "1/QĐ-MTTQ-BTT",
        "QUYẾT ĐỊNH",
        "DANH SÁCH",
        "Hoàng Văn Thắng",
        "Lương Thị Hoa",
        "Ban công tác Mặt trận thôn Khuổi Tục",
        "Nông Lương Chấn",
    ):
        assert expected in docx_text, expected
    text = pdf_text(decision_pdf(decision), tmp_path)
    assert "1/QĐ-MTTQ-BTT" in text and "Lương Thị Hoa" in text and "020179004512" not in text
    record = decision.awards.get(name="Hoàng Văn Thắng")
    certificate = pdf_text(certificate_pdf(record), tmp_path)
    assert "Hoàng Văn Thắng" in certificate and record.verification_code in certificate
    assert verification_url(record) in "".join(certificate.split()), "printed in full, to be typed"
    assert "020179004512" not in certificate and "1979" not in certificate


# -- the screens ---------------------------------------------------------------------------------------
def test_the_board_records_three_honourees_on_one_screen(client, org, three):
    client.force_login(org.users[DECIDER])
    url = reverse("wagtailsnippets_nominations_nomination:decide", args=[three[0].pk])
    page = client.get(url).content.decode()
    assert all(nomination.name in page for nomination in three), "the others waiting are offered"
    assert "Cấp tự động khi ghi" in page and "(năm nay: 1/QĐ-MTTQ-BTT)" in page
    bad_scan = SimpleUploadedFile("quyet-dinh.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(
        url,
        {
            "honourees": [n.pk for n in three],
            "date": "12/11/2020",
            "signer": "Nông Lương Chấn",
            "scan": bad_scan,
        },
    )
    assert response.status_code == 200 and "Nội dung tệp không đúng định dạng" in response.content.decode()
    assert not Decision.objects.exists(), "nothing half-saved"
    response = client.post(
        url, {"honourees": [n.pk for n in three], "date": "12/11/2020", "signer": "Nông Lương Chấn"}
    )
    decision = Decision.objects.get()
    assert response.url == reverse("nominations_decisions:detail", args=[decision.pk])
    assert decision.awards.count() == 3


def test_decision_pages_are_for_the_deciding_board_and_the_office_only(
    client, org, three, django_assert_max_num_queries
):
    decision = decide(org, three)
    detail = reverse("nominations_decisions:detail", args=[decision.pk])
    record = decision.awards.first()
    certificate = reverse("nominations_decisions:certificate", args=[decision.pk, record.pk])
    for username in (DECIDER, "province_office"):
        client.force_login(org.users[username])
        with django_assert_max_num_queries(40):
            page = client.get(reverse("nominations_decisions:index")).content.decode()
        assert "1/QĐ-MTTQ-BTT" in page
        with django_assert_max_num_queries(40):
            page = client.get(detail).content.decode()
        assert all(nomination.name in page for nomination in three)
        response = client.get(certificate)
        assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
        assert client.get(reverse("nominations_decisions:docx", args=[decision.pk])).status_code == 200
    for username in ("officer_a1", "reviewer_a1", "reviewer_b", "editor"):
        client.force_login(org.users[username])
        # 403/404, or Wagtail's "no permission" redirect to the admin home
        assert client.get(detail).status_code in (302, 403, 404), username
        response = client.get(certificate)
        assert response.status_code in (302, 403, 404) and not response.content.startswith(b"%PDF"), username


# -- revoking, correcting and printing from the register's screens ---------------------------------
REGISTER = "wagtailsnippets_nominations_awardrecord"


def register_url(name: str, record) -> str:
    return reverse(f"{REGISTER}:{name}", args=[record.pk])


def test_the_office_revokes_from_the_record_screen_with_a_reason(
    client, org, three, monkeypatch, django_capture_on_commit_callbacks
):
    purged = []
    monkeypatch.setattr("nominations.register.purge_urls", lambda urls: purged.extend(urls))
    decision = decide(org, three)
    record = decision.awards.get(name="Lương Thị Hoa")
    exemplar_url = record.exemplar.get_url()
    client.force_login(org.users["province_office"])
    screen = html(client.get(register_url("inspect", record)))
    actions = [text_of(link) for link in screen.select("[data-record-actions] a")]
    assert actions == ["In giấy chứng nhận", "Đính chính", "Thu hồi"]

    refused = client.post(register_url("revoke", record), {"reason": "   "})
    assert "Ghi lý do thu hồi khen thưởng." in refused.content.decode()
    record.refresh_from_db()
    assert not record.is_revoked and client.get(verification_path(record)).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(register_url("revoke", record), {"reason": "Quyết định thu hồi số 5/QĐ-MTTQ-BTT."})
    assert done.status_code == 302
    record.refresh_from_db()
    assert record.is_revoked and record.revoke_reason == "Quyết định thu hồi số 5/QĐ-MTTQ-BTT."
    assert client.get(exemplar_url).status_code == 404
    assert client.get(verification_path(record)).status_code == 404
    assert verification_path(record, "vi") in purged and verification_path(record, "en") in purged
    history = html(client.get(register_url("inspect", record))).select("[data-record-history] tbody tr")
    assert ["Thu hồi", "Quyết định thu hồi số 5/QĐ-MTTQ-BTT."] == [
        text_of(cell) for cell in history[0].select("td")[1:3]
    ]
    # Revoked: no action is offered any more, and the addresses say so.
    screen = html(client.get(register_url("inspect", record)))
    revoked_at = text_of(screen).split("Ngày thu hồi", 1)[1].split("Lý do thu hồi", 1)[0].strip()
    assert revoked_at == text_of(history[0].select("td")[0]), "one moment, in Vietnam's time, in both places"
    assert not screen.select("[data-record-actions] a")
    assert client.get(register_url("revoke", record)).status_code == 302
    assert AwardRecordChange.objects.filter(record=record).count() == 1


def test_a_correction_from_the_record_screen_updates_honor_roll_and_verification(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Hoàng Văn Thắng")
    client.force_login(org.users[DECIDER])  # the board that issued the decision
    form = html(client.get(register_url("correct", record)))
    assert form.select_one("[name=name]")["value"] == "Hoàng Văn Thắng"
    fields = {
        "name": "Hoàng Văn Thắm",
        "position": "Chủ tịch Ủy ban MTTQ xã",
        "unit_name": record.unit_name,
        "target_group": record.target_group,
        "gender": record.gender,
        "ethnicity": record.ethnicity,
        "birth_date": "14/03/1979",
        "id_number": record.id_number,
    }

    for bad, message in (
        ({"reason": ""}, "Ghi lý do đính chính."),
        ({"reason": "Sai số CCCD.", "id_number": "12ab"}, "Số CCCD gồm 12 chữ số"),
        ({"reason": "Sai ngày sinh.", "birth_date": "31/02/1979"}, "Ngày không tồn tại"),
        ({"reason": "Không đổi gì.", "name": "Hoàng Văn Thắng"}, "Không có nội dung nào thay đổi."),
    ):
        response = client.post(register_url("correct", record), {**fields, **bad})
        assert response.status_code == 200 and message in response.content.decode(), bad
        assert "Chưa lưu: xem lỗi bên dưới." in response.content.decode()
        record.refresh_from_db()
        assert record.name == "Hoàng Văn Thắng" and not record.changes.exists(), bad

    response = client.post(register_url("correct", record), {**fields, "reason": "Sai chính tả tên."})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.name == "Hoàng Văn Thắm"
    exemplar = Exemplar.objects.get(pk=record.exemplar_id)
    assert exemplar.live and "Hoàng Văn Thắm" in client.get(exemplar.get_url()).content.decode()
    assert "Hoàng Văn Thắm" in client.get(verification_path(record)).content.decode()
    history = text_of(html(client.get(register_url("inspect", record))).select_one("[data-record-history]"))
    assert "Đính chính" in history and "Hoàng Văn Thắng → Hoàng Văn Thắm" in history


def test_only_the_office_and_the_issuing_board_revoke_or_correct(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Hoàng Văn Thắng")
    for username in ("officer_a1", "reviewer_a1", "reviewer_a", "council", "reviewer_b", "editor"):
        client.force_login(org.users[username])
        for name in ("revoke", "correct"):
            assert client.get(register_url(name, record)).status_code in (302, 403, 404), (username, name)
            client.post(register_url(name, record), {"reason": "Thử.", "name": "Bị sửa"})
        actions = html(client.get(register_url("inspect", record))).select("[data-record-actions] a")
        assert not {"Thu hồi", "Đính chính"} & {text_of(link) for link in actions}, username
    record.refresh_from_db()
    assert record.name == "Hoàng Văn Thắng" and not record.is_revoked and not record.changes.exists()


def test_the_units_officers_print_their_own_certificates_and_nobody_elses(client, org, three):
    decision = decide(org, three)
    record = decision.awards.get(name="Hoàng Văn Thắng")
    certificate = register_url("certificate", record)
    for username in ("officer_a1", "reviewer_a1", "reviewer_a", "province_office"):
        client.force_login(org.users[username])
        assert certificate in client.get(reverse(f"{REGISTER}:list")).content.decode(), username
        response = client.get(certificate)
        assert response.status_code == 200 and response.content.startswith(b"%PDF"), username
    for username in ("officer_b", "reviewer_b", "officer_a", "editor", "outsider"):
        client.force_login(org.users[username])
        response = client.get(certificate, follow=True)
        assert not response.content.startswith(b"%PDF"), username
        # 404 behind the unit fence; the editor, outside the register, is told so on the
        # dashboard; an account without a unit is sent to the login page.
        final = response.redirect_chain[-1][0] if response.redirect_chain else ""
        assert (
            response.status_code == 404 or "/admin/login/" in final or final == reverse("wagtailadmin_home")
        ), username
    # An imported award has no certificate printed here; a revoked one none any more.
    client.force_login(org.users["officer_a"])
    assert client.get(register_url("certificate", org.awards["a"]), follow=True).status_code == 404
    revoke_award(record, org.users["province_office"], "Khai sai.")
    client.force_login(org.users["officer_a1"])
    response = client.get(certificate, follow=True)
    assert response.redirect_chain[-1][0] == register_url("inspect", record)
    assert "Khen thưởng này đã bị thu hồi: không in giấy chứng nhận." in response.content.decode()


def test_the_revoke_and_correct_screens_warn_with_wagtails_icon(client, org, three):
    """A notice without its icon left an empty gutter at its left, a fifth of a phone's width."""
    record = decide(org, three).awards.get(name="Lương Thị Hoa")
    client.force_login(org.users["province_office"])
    for screen, icon in (("revoke", "#icon-warning"), ("correct", "#icon-help")):
        warning = html(client.get(register_url(screen, record))).select_one("[data-action-warning]")
        assert warning.select_one("svg.icon use")["href"] == icon, screen
        assert "trang xác minh" in text_of(warning)
