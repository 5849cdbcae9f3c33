"""The provincial standing board records one decision for three honourees and prints its papers.

Three nominations of Thất Khê (two individuals and a collective) have passed every step
of the provincial Front’s Bằng khen chain up to the decision (the council passed them in one
session, ``pass_council``). The board's member opens
"Quyết định khen thưởng", picks one waiting nomination, ticks the other two on the
decision screen and records the decision; the number comes from the register. The
decision's page offers the decision (DOCX and PDF, with its annex list) and each
honouree's certificate; the PDFs are rendered to PNG (``pdftoppm``) into the artifacts
folder to be looked at. The certificate's verification address (the QR code's content,
also printed in full on it) opens in a fresh anonymous browser on the public
verification page, at 390 and 1366 px.
"""

import re
import subprocess
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest

from campaigns.models import AwardType, CampaignPage, NomineeKind, Unit
from exemplars.models import Exemplar
from nominations.factories import NominationFactory, act_on_nomination, pass_council, submit_nomination
from nominations.models import AwardRecord, Decision, Nomination

from .chain_scene import DESKTOP, WIDTHS, Scene, browser_of, messages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HONOUREES = [
    ("Hoàng Thị Mai", NomineeKind.INDIVIDUAL, "Trưởng ban công tác Mặt trận khối 5", "020185001111"),
    ("Lộc Văn Bình", NomineeKind.INDIVIDUAL, "Phó Chủ tịch Ủy ban MTTQ thị trấn Thất Khê", "020179002222"),
    ("Ban công tác Mặt trận khối 3", NomineeKind.COLLECTIVE, "", ""),
]
BEFORE_THE_COUNCIL = ["thuongtruc.thatkhe", "thuongtruc.trangdinh", "vanphong"]


def waiting_for_the_decision(scene: Scene) -> list[Nomination]:
    users = {user.username: user for user in get_user_model().objects.all()}
    award = AwardType.objects.get(slug="bang-khen-ubmttq-tinh")
    unit = Unit.objects.get(code="06040")
    campaign = CampaignPage.objects.get(slug="ke-hoach-nam-nay")
    nominations = []
    for name, kind, position, id_number in HONOUREES:
        nomination = NominationFactory(
            campaign=campaign,
            unit=unit,
            award_type=award,
            kind=kind,
            name=name,
            position=position,
            id_number=id_number,
        )
        submit_nomination(nomination, users["canbo.thatkhe"])
        for username in BEFORE_THE_COUNCIL:
            nomination = act_on_nomination(nomination, users[username], "approve", "")
        nominations.append(Nomination.objects.get(pk=nomination.pk))
    # The council passed all three in one session (its screens: test_award_chain_journeys.py).
    pass_council(nominations)
    return nominations


def shoot_both(page, artifacts: Path, name: str) -> None:
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.reload()
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def download(page, link_text: str, artifacts: Path, name: str) -> Path:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_text).first.click()
    path = artifacts / name
    info.value.save_as(str(path))
    return path


def to_png(pdf: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))], check=True)
    return sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))


def test_the_board_decides_three_honourees_prints_the_papers_and_the_qr_code_verifies(
    organisation,
    artifacts,
    settings,
):
    scene = organisation
    settings.WAGTAILADMIN_BASE_URL = scene.base  # the address printed and QR-coded on certificates
    nominations = waiting_for_the_decision(scene)
    today = timezone.localdate()

    with browser_of(scene, "thuongtruc.tinh") as page:
        page.goto(f"{scene.base}/admin/quyet-dinh/")
        waiting = page.locator("main").inner_text()
        assert "Hồ sơ chờ bạn quyết định (3)" in waiting
        assert all(name in waiting for name, *_ in HONOUREES)
        with page.expect_navigation():
            page.get_by_role("link", name=HONOUREES[0][0]).click()
        assert page.locator("#id_number").is_disabled(), "our board's number comes from the register"
        shoot_both(page, artifacts, "decision-form")
        for nomination in nominations:
            box = page.locator(f"input[name=honourees][value='{nomination.pk}']")
            if not box.is_checked():
                box.check()
        page.fill("#id_date", today.strftime("%d/%m/%Y"))
        page.fill("#id_signer", "Nông Lương Chấn")
        page.fill("#id_signer_title", "Chủ tịch")
        with page.expect_navigation():
            page.get_by_role("button", name="Ghi quyết định và công bố").click()
        said = messages(page)
        given = re.search(r"Đã ghi quyết định số (\S+) và công bố", said)
        assert given is not None, said
        decision = Decision.objects.get()
        assert given.group(1) == decision.number == "1/QĐ-MTTQ-BTT"
        assert all(name in said for name, *_ in HONOUREES), said
        assert all(Exemplar.objects.get(name=name).live for name, *_ in HONOUREES)
        shoot_both(page, artifacts, "decision-page")

        decision_pdf = download(page, "Tải quyết định (PDF)", artifacts, "quyet-dinh.pdf")
        decision_docx = download(page, "Tải dự thảo quyết định (DOCX)", artifacts, "quyet-dinh.docx")
        assert decision_docx.read_bytes().startswith(b"PK")
        pages = to_png(decision_pdf)
        assert len(pages) >= 2, "the decision, then its annex list"
        certificate = download(page, "Tải giấy chứng nhận (PDF)", artifacts, "giay-chung-nhan.pdf")
        assert to_png(certificate)

    text = subprocess.run(
        ["pdftotext", str(certificate), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    found = re.search(r"(https?://\S+?/vi/xac-minh/[a-z0-9]+/)", flat)
    assert found is not None, text
    url = found.group(1)
    record = AwardRecord.objects.get(verification_code=url.rstrip("/").rsplit("/", 1)[1])
    assert record.decision == decision

    with browser_of(scene) as page:  # a fresh, anonymous browser: as a phone scanning the code
        page.goto(url)
        shown = page.locator("main").inner_text()
        assert "còn hiệu lực" in shown and record.name in shown and decision.number in shown
        for _name, _kind, _position, id_number in HONOUREES:
            if id_number:
                assert id_number not in page.content()
        shoot_both(page, artifacts, "verification")
        page.goto(f"{scene.base}/vi/xac-minh/khongcomanaytrongso7/")
        assert "Không xác minh được khen thưởng với mã này." in page.locator("main").inner_text()
        assert record.name not in page.content()
