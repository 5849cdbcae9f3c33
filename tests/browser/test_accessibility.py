"""axe-core finds no serious or critical accessibility violation on any public page type.

Every public page type of the demo site, in Vietnamese and in English where it differs, at
phone (390 px) and desktop (1366 px) width. axe-core comes from npm
(tests/browser/package.json, installed by ``make install-test``): nothing is fetched
while the tests run. A full-page screenshot of each page
is kept under test-artifacts/screenshots/ (``a11y-<page>-<width>.png``).
"""

import json

import pytest

from campaigns.models import ArticlePage, CampaignPage
from exemplars.models import Exemplar, Work

from .axe import violations
from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDTHS = {"390": {"width": 390, "height": 844}, "1366": {"width": 1366, "height": 900}}


def public_pages() -> dict[str, str]:
    """One address per public page type (and the English side of the mixed-language ones)."""
    plan_2020 = CampaignPage.objects.get(slug="ke-hoach-thi-dua-2020", locale__language_code="vi")
    running = CampaignPage.objects.live().filter(locale__language_code="vi").exclude(pk=plan_2020.pk).get()
    article = ArticlePage.objects.live().filter(locale__language_code="vi").first()
    work = Work.objects.public().filter(locale__language_code="vi").first()
    exemplar = Exemplar.objects.public().filter(locale__language_code="vi").first()
    return {
        "home": "/vi/",
        "home-en": "/en/",
        "plan": plan_2020.url,
        "plan-en": plan_2020.get_translations().get(locale__language_code="en").url,
        # The running plan has no English version in the demo: the English site links its original.
        "running-plan-from-en": running.url,
        "campaigns": "/vi/dot-thi-dua/",
        "news": "/vi/tin-tuc/",
        "article": article.url,
        "gallery": "/vi/cong-trinh/",
        "work": f"/vi/cong-trinh/{work.slug}/",
        "work-en": f"/en/cong-trinh/{work.slug}/",
        "honor-roll": "/vi/dien-hinh/",
        "exemplar": f"/vi/dien-hinh/{exemplar.slug}/",
        "about": "/vi/gioi-thieu/",
        "search": "/vi/tim-kiem/?q=thi+dua",
        "not-found": "/vi/khong-co-trang-nay/",
    }


def test_public_pages_have_no_serious_accessibility_violation(demo_site, chromium):
    pages = public_pages()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    found = {}
    for width, viewport in WIDTHS.items():
        # axe is injected as an inline script, which the site's Content-Security-Policy
        # rightly refuses: the policy is bypassed for the test's own script only.
        context = chromium.new_context(viewport=viewport, locale="vi-VN", bypass_csp=True)
        browser_page = context.new_page()
        for name, path in pages.items():
            browser_page.goto(demo_site + path)
            problems = violations(browser_page)
            if problems:
                found[f"{name} @ {width}px"] = problems
            browser_page.screenshot(path=str(ARTIFACTS / f"a11y-{name}-{width}.png"), full_page=True)
        context.close()

    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)
