"""What the admin journeys in Chromium share: members with a role, logging in, picking choices."""

from playwright.sync_api import expect

from intranet.factories import member as make_member

PASSWORD = "mat-khau-thu-nghiem-2026"


def member(username, unit, role):
    return make_member(username, unit, role, PASSWORD)


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


def close_date_picker(page, field: str, attempts: int = 3) -> None:
    """Tap back into ``field``, as a person does after typing, so that Wagtail's date picker
    (left open by a date typed earlier) closes.

    While it is open, the first tap elsewhere only closes it: on a phone, a criterion's box
    tapped then stays unticked. The picker opens a moment after its field takes the focus,
    so on a busy machine it can open after the typing has already moved on, and after the
    first tap: a person taps again, and so does this.
    """
    picker = page.locator(".xdsoft_datetimepicker:visible")
    for attempt in range(1, attempts + 1):
        page.click(field)
        try:
            expect(picker).to_have_count(0, timeout=1500 if attempt < attempts else 5000)
            return
        except AssertionError:
            if attempt == attempts:
                raise


def tick(checkbox) -> None:
    """Tick a box from the middle of the screen.

    Scrolled only just into view, a box low on a phone's screen sits under the admin's
    sticky footer, which then takes the click. The scroll is instant: the admin scrolls its
    content smoothly, and a click while it still moves lands beside the box.
    """
    checkbox.evaluate("box => box.scrollIntoView({block: 'center', behavior: 'instant'})")
    checkbox.check()
