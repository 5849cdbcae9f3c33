"""Search never shows what the public may not see, nor text from private fields.

Each ``Plant`` puts a unique marker word into one private place (a private field, a
draft, an intranet page...). An anonymous visitor then searches for every marker, in
both languages, on the search page and in the suggestions: no result, no marker in the
answer. Markers planted in private fields must not reach the search index at all.

To cover a new private place (say, a new field of nominations), add a ``Plant``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

import pytest

from campaigns.factories import (
    ArticlePageFactory,
    CampaignReportFactory,
    RegistrationFactory,
    UnitFactory,
    paragraphs,
)
from campaigns.models import NomineeKind, ReviewState
from core.factories import ImageFactory
from exemplars.factories import ExemplarFactory, WorkFactory
from exemplars.models import WorkStatus
from home.factories import StandardPageFactory
from intranet.models import IntranetArticlePage, IntranetPage, restrict_to_members
from nominations.factories import NominationFactory
from tests.helpers import html
from tests.search.searching import search_url, suggestions_url

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n"


@dataclass(frozen=True)
class Plant:
    name: str
    plant: Callable  # (site, marker) -> None: makes the private thing carrying ``marker``
    private_field: bool = False  # a private field: the marker must not even be indexed
    public_query: str = ""  # finds the item's public part, whose page must not show the marker
    digits: bool = False  # the field takes digits only (ID and phone numbers)
    in_index: bool = False  # Wagtail indexes it (editors find it in the admin): only filters hide it

    @property
    def marker(self) -> str:
        if self.digits:
            return f"0{PLANTS.index(self):02d}987654321"  # 12 digits, unique per plant
        return f"kinhdao{PLANTS.index(self)}x{self.name.replace('_', '')[:6]}"


def _common(site) -> dict:
    return {"campaign": site.campaign, "unit": UnitFactory()}


def _award(site) -> dict:
    return {"award_type": site.award_types["bang-khen-ubmttq-tinh"]}


def registration(field):
    def plant(site, marker):
        registration = RegistrationFactory(**_common(site), commitments="Cam kết thi đua.")
        if field == "file":
            registration.file.save(f"dang-ky-{marker}.pdf", ContentFile(PDF + marker.encode()))
        else:
            setattr(registration, field, f"Nội dung riêng {marker}.")
            registration.save()

    return plant


def report(field):
    def plant(site, marker):
        report = CampaignReportFactory(**_common(site), summary="Tóm tắt kết quả.")
        if field == "file":
            report.file.save(f"bao-cao-{marker}.pdf", ContentFile(PDF + marker.encode()))
        else:
            setattr(report, field, f"Nội dung riêng {marker}.")
            report.save()

    return plant


def returned(factory):
    """Sent, and returned by the unit above with a reason that names the marker."""

    def plant(site, marker):
        factory(**_common(site), state=ReviewState.RETURNED, reason=f"Lý do trả lại {marker}.")

    return plant


def unpublished_later(factory, text_field):
    def plant(site, marker):
        item = factory(site, **{text_field: f"Tiêu đề {marker}"})
        item.unpublish() if hasattr(item, "unpublish") else None

    return plant


def pending_draft(factory, text_field):
    """Published, then edited in a draft that is not published yet."""

    def plant(site, marker):
        item = factory(site)
        setattr(item, text_field, f"Bản nháp {marker}")
        item.save_revision()

    return plant


def expired(factory, text_field):
    """Still live, but past its expiry date (before the scheduled unpublishing runs)."""

    def plant(site, marker):
        item = factory(site, **{text_field: f"Hết hạn {marker}"})
        type(item).objects.filter(pk=item.pk).update(expire_at=timezone.now() - timedelta(days=1))

    return plant


def work(site, **fields):
    return WorkFactory(**{"title": "Công trình công khai", **_common(site), **fields})


def exemplar(site, **fields):
    return ExemplarFactory(**{"name": "Điển hình công khai", **_common(site), **_award(site), **fields})


def article(site, **fields):
    return ArticlePageFactory(parent=site.news, **{"title": "Tin công khai", **fields})


def restricted_page(site, marker):
    page = StandardPageFactory(parent=site.home, title="Trang có mật khẩu", intro=f"Nội dung riêng {marker}")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")


def intranet(restricted):
    def plant(site, marker):
        slug = "noi-bo" if restricted else "noi-bo-mo"
        page = IntranetPage(title=f"Nội bộ {marker}", slug=slug, intro=f"Giới thiệu {marker}")
        site.home.add_child(instance=page)
        page.save_revision().publish()
        if restricted:
            restrict_to_members(page)
        child = IntranetArticlePage(
            title="Hướng dẫn nội bộ",
            slug=f"huong-dan-{slug}",
            date=timezone.localdate(),
            summary=f"Tóm tắt {marker}",
            body=[{"type": "paragraph", "value": paragraphs(f"Thân bài {marker}")}],
        )
        page.add_child(instance=child)
        child.save_revision().publish()

    return plant


def exemplar_photo_without_consent(site, marker):
    photo = ImageFactory(title=f"Ảnh riêng {marker}")
    exemplar(site, name="Điển hình ảnh chưa đồng ý", photo=photo, photo_consent=False)


def nomination(field):
    def plant(site, marker):
        values = {"achievements": "Thành tích xuất sắc."}
        values[field] = marker if field in ("id_number", "phone") else f"Nội dung {marker}"
        NominationFactory(**_common(site), **_award(site), kind=NomineeKind.INDIVIDUAL, **values)

    return plant


PLANTS = [
    Plant("registration_commitments", registration("commitments"), private_field=True),
    Plant("registration_return_reason", returned(RegistrationFactory), private_field=True),
    Plant("registration_file", registration("file"), private_field=True),
    Plant("report_summary", report("summary"), private_field=True),
    Plant("report_return_reason", returned(CampaignReportFactory), private_field=True),
    Plant("report_file", report("file"), private_field=True),
    Plant("work_draft", lambda site, m: work(site, title=f"Công trình {m}", publish=False), in_index=True),
    Plant(
        "work_registered",
        lambda site, m: work(site, summary=f"Đăng ký {m}", status=WorkStatus.REGISTERED),
        in_index=True,
    ),
    Plant(
        "work_in_progress",
        lambda site, m: work(site, place=f"Thôn {m}", status=WorkStatus.IN_PROGRESS),
        in_index=True,
    ),
    Plant("work_pending_draft", pending_draft(work, "summary")),
    Plant("work_unpublished", unpublished_later(work, "title"), in_index=True),
    Plant("work_expired", expired(work, "title"), in_index=True),
    Plant(
        "exemplar_draft", lambda site, m: exemplar(site, name=f"Điển hình {m}", publish=False), in_index=True
    ),
    Plant("exemplar_pending_draft", pending_draft(exemplar, "summary")),
    Plant("exemplar_unpublished", unpublished_later(exemplar, "name"), in_index=True),
    Plant("exemplar_photo_without_consent", exemplar_photo_without_consent, public_query="anh chua dong y"),
    Plant("article_draft", lambda site, m: article(site, title=f"Tin {m}", publish=False), in_index=True),
    Plant("article_pending_draft", pending_draft(article, "summary")),
    Plant("article_unpublished", unpublished_later(article, "title"), in_index=True),
    Plant("article_expired", expired(article, "title"), in_index=True),
    Plant("page_with_password", restricted_page, in_index=True),
    Plant("intranet_pages", intranet(restricted=True), in_index=True),
    Plant("intranet_pages_left_unrestricted", intranet(restricted=False), in_index=True),
    Plant("nomination_name", nomination("name"), private_field=True),
    Plant("nomination_achievements", nomination("achievements"), private_field=True),
    Plant("nomination_id_number", nomination("id_number"), private_field=True, digits=True),
    Plant("nomination_phone", nomination("phone"), private_field=True, digits=True),
]


@pytest.fixture(scope="module")
def planted(site, django_db_blocker):
    with django_db_blocker.unblock():
        for plant in PLANTS:
            plant.plant(site, plant.marker)
    return PLANTS


@pytest.mark.parametrize("plant", PLANTS, ids=[plant.name for plant in PLANTS])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_anonymous_search_finds_no_trace_of_private_content(planted, client, plant, language):
    for query in (plant.marker, plant.marker.upper()):
        page = client.get(search_url(language), {"q": query})
        assert page.status_code == 200
        assert not html(page).select(".search-result"), plant.name
        # The page repeats the query (title, field, summary); nothing else may hold the marker.
        assert plant.marker not in page.content.decode().replace(query, "").lower()
        suggestions = client.get(suggestions_url(language), {"q": query})
        assert suggestions.json()["suggestions"] == [], plant.name


@pytest.mark.parametrize("plant", [p for p in PLANTS if p.private_field], ids=lambda p: p.name)
def test_private_fields_never_reach_the_search_index(planted, plant):
    backend = get_search_backend()
    for model in get_indexed_models():
        assert not list(backend.search(plant.marker, model)), model
        assert not list(backend.search(plant.marker, model, operator="or")), model


@pytest.mark.parametrize("plant", [p for p in PLANTS if p.in_index], ids=lambda p: p.name)
def test_indexed_private_content_is_really_in_the_index(planted, plant):
    """Drafts, unpublished and restricted pages are indexed for the admin: the public
    search hides them by its filters, which the test above therefore exercises."""
    backend = get_search_backend()
    assert any(list(backend.search(plant.marker, model)) for model in get_indexed_models())


@pytest.mark.parametrize("plant", [p for p in PLANTS if p.public_query], ids=lambda p: p.name)
def test_the_public_part_is_found_without_its_private_part(planted, client, plant):
    page = client.get(search_url(), {"q": plant.public_query})
    assert html(page).select(".search-result")
    assert plant.marker not in page.content.decode().lower()
    assert not html(page).select(".search-results img")


def test_the_planted_pages_exist_and_intranet_types_are_never_searched(planted):
    """The pages are really there (live), so the test above proves the filters work."""
    assert IntranetArticlePage.objects.live().count() == 2
    assert Page.objects.filter(title__startswith="Nội bộ kinhdao").live().count() == 2
