"""What the admin journeys in Chromium share: members with a role, logging in, picking choices."""

from playwright.sync_api import expect

from intranet.factories import member as make_member

PASSWORD = "mat-khau-thu-nghiem-2026"


def member(username, unit, role):
    return make_member(username, unit, role, password=PASSWORD)


def log_in(page, base, username):
    """Log in through the admin's login form, as a person would, from a fresh session."""
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    assert page.url == f"{base}/admin/"


def choose(page, selector: str, value: str) -> None:
    """Pick an option on the nomination form; the guidance panel then refreshes: let it settle.

    The fresh panel can be taller than the old one, so fields below it move: ticking a box
    before it settles can land on whatever moved under the pointer (the phone's footer).
    """
    page.select_option(selector, value)
    expect(page.locator("[data-nomination-guidance][aria-busy]")).to_have_count(0)


def let_autosave_finish(page) -> None:
    """Wait for Wagtail's autosave (500 ms after the last change) to finish, as a person
    reading the form over would.

    On a new record the first autosave creates it and then rewires the form; a box ticked
    while that is under way can be undone by it.
    """
    page.wait_for_timeout(800)
    page.locator("#w-autosave-indicator .w-autosave-indicator__state--saving").wait_for(state="hidden")


def tick(checkbox) -> None:
    """Tick a box from the middle of the screen.

    Scrolled only just into view, a box low on a phone's screen sits under the admin's
    sticky footer, which then takes the click. The scroll is instant: the admin scrolls its
    content smoothly, and a click while it still moves lands beside the box.
    """
    checkbox.evaluate("box => box.scrollIntoView({block: 'center', behavior: 'instant'})")
    checkbox.check()
