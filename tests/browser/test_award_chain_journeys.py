"""Each award type's chain in Chromium, from the commune officer's form to the honor roll.

Through the real Wagtail admin: the officer of Thị trấn Thất Khê fills in a nomination
(fields, dossier PDFs, a photo for a person) and presses "Gửi đề nghị"; each member of the
award's chain then logs in, in a fresh browser, and presses their step's first button
(after reading "Bước tiếp theo: …" on the previous screen), except the council: its chair
finds no "Thông qua" on the nomination's screen but the way to the session's room, opens
the ballot, the members vote, the chair closes it; the deciding body records the
decision on "Ghi quyết định và công bố"; an anonymous visitor finds the honoree on the
public honor roll. A second journey: a reviewer returns a nomination with a reason, the
officer reads who returned it and why at the top of the form, corrects it, sends it again,
and the reviewer approves it.

Screenshots of one reviewer's screen and of each honor-roll entry, at desktop (1366×900)
and phone (390×844) width, go to ``$ARTIFACTS_DIR/award-chains/`` (default
``test-artifacts/``, git-ignored).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import expect

from campaigns.models import AwardType
from exemplars.models import Exemplar
from nominations.models import Nomination, next_step_message

from .chain_scene import DESKTOP, DOSSIER, WIDTHS, Scene, browser_of, edit_url, messages, pass_in_session
from .journeys import choose, tick

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# What the message says after each step: who acts next.
COMMUNE_BOARD = "Bước tiếp theo: Thường trực đơn vị đề nghị – ký duyệt."
UNIT_ABOVE = "Bước tiếp theo: Thường trực đơn vị cấp trên – ký duyệt."
OFFICE = "Bước tiếp theo: Văn phòng tỉnh – kiểm tra hồ sơ."
COUNCIL = "Bước tiếp theo: Hội đồng thi đua – khen thưởng – xét, thông qua."
IN_SESSION = ""  # the council's step has no button: it passes in its session's secret ballot


@dataclass
class Step:
    username: str
    button: str  # the first button of the step's action menu (IN_SESSION: the council's ballot)
    next_message: str  # what the screen says after the click


@dataclass
class Journey:
    award: str
    name: str
    kind: str  # individual | collective
    position: str
    id_number: str
    steps: list[Step]
    decider: str
    decision: str  # the decision's number
    signer: str
    photo: bool = False
    photo_consent: bool = False
    shot_at: int = 1  # the step whose reviewer's screen is photographed
    personal: dict = field(default_factory=dict)


UP_TO_THE_COUNCIL = [
    Step("thuongtruc.thatkhe", "Ký duyệt, chuyển tiếp", UNIT_ABOVE),
    Step("thuongtruc.trangdinh", "Ký duyệt, chuyển tiếp", OFFICE),
    Step("vanphong", "Hồ sơ hợp lệ, chuyển tiếp", COUNCIL),
]
JOURNEYS = {
    "giay-khen-ubmttq-huyen": Journey(
        award="giay-khen-ubmttq-huyen",
        name="Hoàng Văn Páo",
        kind="individual",
        position="Bí thư chi bộ, Trưởng khu phố 2, thị trấn Thất Khê",
        id_number="020071004512",
        steps=[
            Step(
                "thuongtruc.thatkhe",
                "Ký duyệt, chuyển tiếp",
                "Bước tiếp theo: Ban Thường trực cấp quyết định – xét, thông qua.",
            ),
            Step(
                "thuongtruc.trangdinh",
                "Thông qua",
                "Bước tiếp theo: Ban Thường trực cấp quyết định – quyết định khen thưởng.",
            ),
        ],
        decider="thuongtruc.trangdinh",
        decision="57/QĐ-MTTQ-BTT",
        signer="Nông Văn Chiến",
        photo=True,
        photo_consent=True,
    ),
    "bang-khen-ubmttq-tinh": Journey(
        award="bang-khen-ubmttq-tinh",
        name="Lương Thị Hoa",
        kind="individual",
        position="Trưởng ban công tác Mặt trận khối 5, thị trấn Thất Khê",
        id_number="020179009911",
        steps=UP_TO_THE_COUNCIL
        + [
            Step("hoidong", IN_SESSION, "Bước tiếp theo: Ban Thường trực tỉnh – quyết định khen thưởng."),
        ],
        decider="thuongtruc.tinh",
        decision="412/QĐ-MTTQ-BTT",
        signer="Đoàn Thị Hậu",
        photo=True,
        shot_at=2,
    ),
    "bang-khen-ubnd-tinh": Journey(
        award="bang-khen-ubnd-tinh",
        name="Ban công tác Mặt trận khu phố 3",
        kind="collective",
        position="",
        id_number="",
        steps=UP_TO_THE_COUNCIL
        + [
            Step("hoidong", IN_SESSION, "Bước tiếp theo: Ban Thường trực tỉnh – trình cấp có thẩm quyền."),
            Step(
                "thuongtruc.tinh",
                "Đã trình cấp trên",
                "Bước tiếp theo: Văn phòng tỉnh – quyết định khen thưởng.",
            ),
        ],
        decider="vanphong",
        decision="1893/QĐ-UBND",
        signer="Hồ Tiến Thiệu",
        shot_at=4,
    ),
    "bang-khen-ubtw-mttq": Journey(
        award="bang-khen-ubtw-mttq",
        name="Chu Thị Mai",
        kind="individual",
        position="Chủ tịch Ủy ban MTTQ thị trấn Thất Khê",
        id_number="020182000734",
        steps=UP_TO_THE_COUNCIL
        + [
            Step("hoidong", IN_SESSION, "Bước tiếp theo: Ban Thường trực tỉnh – trình cấp có thẩm quyền."),
            Step(
                "thuongtruc.tinh",
                "Đã trình cấp trên",
                "Bước tiếp theo: Văn phòng tỉnh – quyết định khen thưởng.",
            ),
        ],
        decider="vanphong",
        decision="2207/QĐ-MTTW-BTT",
        signer="Đỗ Văn Chiến",
        photo=True,
        shot_at=0,
    ),
}


def shoot(page, artifacts: Path, name: str, actions: str = "") -> None:
    """Full-page screenshots at desktop and phone width (the page reloaded at each width).

    With ``actions`` (the first button's label), also the editor's action menu on the
    phone: narrower than 800 px, Wagtail puts it after the whole form instead of pinning
    it to the bottom of the screen, so it is photographed scrolled into view.
    """
    for width, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        page.reload()
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
    if actions:
        button = first_action(page)
        button.scroll_into_view_if_needed()
        expect(button).to_be_in_viewport()
        expect(button).to_have_text(actions)
        page.screenshot(path=str(artifacts / f"{name}-phone-actions.png"))
    page.set_viewport_size(DESKTOP)
    page.reload()


def first_action(page):
    """The first (main) button of the editor's footer action menu."""
    return page.locator("footer .w-dropdown-button > :is(a, button)").first


def open_more_actions(page) -> None:
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()


def fill_nomination(page, scene: Scene, journey: Journey) -> None:
    page.goto(f"{scene.base}/admin/snippets/nominations/nomination/add/")
    assert page.locator("#id_unit option:checked").inner_text() == "Thị trấn Thất Khê"
    choose(page, "#id_award_type", str(AwardType.objects.get(slug=journey.award).pk))
    choose(page, "#id_kind", journey.kind)
    page.fill("#id_name", journey.name)
    page.fill(
        "#id_achievements",
        "Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn; "
        "tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.",
    )
    if journey.kind == "individual":
        page.fill("#id_position", journey.position)
        page.select_option("#id_gender", "female" if "Thị" in journey.name else "male")
        page.fill("#id_birth_date", "14/03/1979")
        page.fill("#id_ethnicity", "Tày")
        page.fill("#id_id_number", journey.id_number)
        page.fill("#id_phone", "0987 650 321")
    if journey.photo:
        page.set_input_files("#id_photo", str(scene.files["anh.png"]))
        if journey.photo_consent:
            page.check("#id_photo_consent")
    for checkbox in page.locator("input[name=criteria]").all():
        tick(checkbox)
    for field_name, file_name in DOSSIER.items():
        page.set_input_files(f"#id_{field_name}", str(scene.files[file_name]))


def send(page, label: str = "Gửi đề nghị") -> None:
    """The officer's "Gửi đề nghị" ("Gửi lại đề nghị" after a return), in the footer's drop-down."""
    open_more_actions(page)
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).click()


def take_step(scene: Scene, nomination, step: Step, artifacts: Path | None = None, shot: str = "") -> str:
    """The step's member logs in, opens the nomination and presses the step's first button."""
    with browser_of(scene, step.username) as page:
        assert nomination.name in page.locator("main").inner_text(), "waiting on the member's dashboard"
        page.goto(edit_url(scene, nomination))
        if artifacts is not None:
            shoot(page, artifacts, shot, actions=step.button)
        button = first_action(page)
        assert button.inner_text().strip() == step.button
        with page.expect_navigation():
            button.click()
            if step.button == "Đã trình cấp trên":
                # A submission opens a modal for the letter sent up; its comment is optional.
                modal = page.locator(".modal-dialog form")
                modal.locator("textarea").fill("Tờ trình số 95/TTr-MTTQ-BTT gửi kèm hồ sơ.")
                modal.locator("button[type=submit]").click()
        return messages(page)


def record_decision(scene: Scene, nomination, journey: Journey) -> tuple[str, str]:
    """Record the decision; return what the screen said and the decision's number.

    An outside body's number is typed as on its paper; our own board's number is given by
    its number register when recording (the form shows it cannot be typed).
    """
    with browser_of(scene, journey.decider) as page:
        page.goto(edit_url(scene, nomination))
        button = first_action(page)
        assert button.inner_text().strip() == "Ghi quyết định và công bố"
        with page.expect_navigation():
            button.click()
        number = page.locator("#id_number")
        outside = not number.is_disabled()
        if outside:
            number.fill(journey.decision)
        assert page.locator(f"input[name=honourees][value='{nomination.pk}']").is_checked()
        page.fill("#id_date", "12/11/2020")
        page.fill("#id_signer", journey.signer)
        with page.expect_navigation():
            page.get_by_role("button", name="Ghi quyết định và công bố").click()
        said = messages(page)
        given = re.search(r"Đã ghi quyết định số (\S+) và công bố", said)
        assert given is not None, said
        decided = given.group(1)
        assert decided == journey.decision if outside else decided.endswith("/QĐ-MTTQ-BTT"), decided
        return said, decided


@pytest.mark.parametrize("award", list(JOURNEYS))
def test_each_award_goes_from_the_officer_through_its_chain_to_the_honor_roll(organisation, artifacts, award):
    scene, journey = organisation, JOURNEYS[award]

    with browser_of(scene, "canbo.thatkhe") as page:
        fill_nomination(page, scene, journey)
        send(page)
        said = messages(page)
    nomination = Nomination.objects.get(name=journey.name)
    assert COMMUNE_BOARD in said, said

    for number, step in enumerate(journey.steps):
        if step.button == IN_SESSION:
            with browser_of(scene) as page:
                said = pass_in_session(page, scene.base, nomination)
            assert "Đã đóng biểu quyết, công bố kết quả và lập biên bản" in said, said
            assert next_step_message(nomination) == step.next_message
            continue
        shot = dict(artifacts=artifacts, shot=f"{award}-step-{number + 1}-{step.username}")
        said = take_step(scene, nomination, step, **(shot if number == journey.shot_at else {}))
        assert f"Đã duyệt hồ sơ “{journey.name}” ở bước này." in said, said
        assert step.next_message in said, said

    said, decided = record_decision(scene, nomination, journey)
    assert f"Đã ghi quyết định số {decided} và công bố “{journey.name}”" in said, said
    exemplar = Exemplar.objects.get(name=journey.name)
    assert exemplar.live and exemplar.award_type.slug == award

    with browser_of(scene) as page:
        page.goto(f"{scene.base}/vi/dien-hinh/")
        assert journey.name in page.locator("main").inner_text()
        with page.expect_navigation():
            page.locator(".card__title a", has_text=journey.name).click()
        shown = page.locator("main").inner_text()
        assert decided in shown
        assert (
            AwardType.objects.get(slug=award).short_name in shown
            or AwardType.objects.get(slug=award).name in shown
        )
        assert journey.id_number not in page.content() if journey.id_number else True
        assert (page.locator("main img").count() > 0) == journey.photo_consent, "the photo only with consent"
        shoot(page, artifacts, f"{award}-honor-roll")


RETURN_REASON = "Chức vụ ghi chưa đúng: đồng chí là Trưởng ban công tác Mặt trận khối 5, không phải khối 3."


def test_a_returned_nomination_shows_who_returned_it_and_why_and_goes_on_when_corrected(
    organisation, artifacts
):
    scene = organisation
    journey = JOURNEYS["bang-khen-ubmttq-tinh"]
    wrong = journey.position.replace("khối 5", "khối 3")

    with browser_of(scene, "canbo.thatkhe") as page:
        fill_nomination(page, scene, journey)
        page.fill("#id_position", wrong)
        send(page)
    nomination = Nomination.objects.get(name=journey.name)

    with browser_of(scene, "thuongtruc.thatkhe") as page:
        page.goto(edit_url(scene, nomination))
        open_more_actions(page)
        page.get_by_role("button", name="Trả lại để bổ sung").click()
        modal = page.locator(".modal-dialog form")
        modal.locator("button[type=submit]").click()
        (
            expect(page.locator(".modal-dialog")).to_contain_text("Hãy ghi lý do trả lại"),
            "no return without a reason",
        )
        page.locator(".modal-dialog form textarea").fill(RETURN_REASON)
        with page.expect_navigation():
            page.locator(".modal-dialog form button[type=submit]").click()
        said = messages(page)
    assert f"Đã trả lại hồ sơ “{journey.name}” cho đơn vị." in said, said
    assert "Hồ sơ đã trả về đơn vị để bổ sung." in said, said

    with browser_of(scene, "canbo.thatkhe") as page:
        page.goto(edit_url(scene, nomination))
        said = messages(page)
        assert re.search(
            r"Hồ sơ bị trả lại bởi Hoàng Thị Lan \(Thường trực đơn vị đề nghị – ký duyệt\) ngày "
            r"\d\d/\d\d/\d{4}\. Lý do: " + re.escape(RETURN_REASON),
            said,
        ), said
        shoot(page, artifacts, "returned-officer-reads-the-reason")
        assert page.locator("#id_position").input_value() == wrong
        page.fill("#id_position", journey.position)
        send(page, "Gửi lại đề nghị")
        said = messages(page)
    assert COMMUNE_BOARD in said, said
    assert Nomination.objects.get(pk=nomination.pk).position == journey.position

    said = take_step(scene, nomination, journey.steps[0])
    assert f"Đã duyệt hồ sơ “{journey.name}” ở bước này. {UNIT_ABOVE}" in said, said
