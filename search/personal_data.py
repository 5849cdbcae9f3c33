"""What the public search must not write down: terms that look like someone's personal data.

Wagtail's query log (``wagtail.contrib.search_promotions.Query``) is read by editors in the
admin — the popular terms report, and the chooser of terms for a promoted result. Visitors
sometimes type a phone number, an ID card number or an e-mail address into the search box
(their own, or somebody's they look for); such a term is never logged, so no editor ever
sees it. The search itself still runs.

Deliberately broad: a run of seven digits or more — phone numbers (10 digits, 11 with +84),
ID cards (9 or 12), tax codes, bank accounts — written with or without spaces, dots,
dashes or brackets between the groups; and anything with an @. A year range such as
"2021-2025" is not a number run. A missed statistic costs less than a logged phone number.

Plain functions without models: the migration that purges old entries imports them.
"""

import re

MIN_DIGITS = 7

EMAIL_RE = re.compile(r"\S@\S")
# Digits with at most two separators between them: "0912 345 678", "(025) 3812.345", "+84-912…".
NUMBER_RE = re.compile(r"\d(?:[\s.\-()/]{0,2}\d)+")
YEAR_RANGE_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}(?!\d)")


def looks_personal(text: str) -> bool:
    """True when ``text`` holds what looks like a phone, ID or account number, or an e-mail."""
    if not text:
        return False
    if EMAIL_RE.search(text):
        return True
    text = YEAR_RANGE_RE.sub(" ", text)
    return any(
        sum(char.isdigit() for char in match.group()) >= MIN_DIGITS for match in NUMBER_RE.finditer(text)
    )
