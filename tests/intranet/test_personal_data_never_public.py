"""A nominee's personal data and files never reach a public surface.

A nomination is planted with a unique marker in every private field that can hold one
(ethnicity, ID number, phone, a birth date no other record has), in the name of every
file (the dossier and the photo) and inside the files; it goes through its award's
chain, the provincial standing board decides and publishes it. A second nomination, still in review, has a marker
in its very name. Then every public surface is fetched anonymously — the pages in both
languages, the honor roll with each of its filters and the exemplar's page, the works
gallery, news with its feeds, the sitemap, robots.txt, the search page and its
suggestions for every marker — and the search index and the public media folder (with
the renditions the pages made) are read directly; the public comment pages, while a
period runs, are fetched the same way. None may hold a marker, the private
photo, or a dossier file; no file uploaded with a nomination answers an anonymous
request at any URL.
"""

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse

import pytest
from freezegun import freeze_time
from PIL import Image as PillowImage

from campaigns.models import NomineeKind
from exemplars.models import Exemplar
from nominations.comment_window import open_period
from nominations.models import PRIVATE_FILE_FIELDS, AwardChain, CommentPeriod, Nomination, PublicCommentPage

from .nominations import PROVINCE_FRONT, act, nominate, submit

pytestmark = pytest.mark.django_db

BIRTH_DATE = date(1961, 7, 23)
MARKERS = {
    "ethnicity": "DANTOCZX9Q",
    "id_number": "020199887766",
    "phone": "0966101202",
    "birth_date": "23/07/1961",
    "birth_date (ISO)": "1961-07-23",
    "file names": "BIMATTEP-ZX9Q",
    "file contents": "BIMATNOIDUNG-ZX9Q",
    "name of a nomination in review": "CHUADUYET-ZX9Q",
}
PUBLIC_NAME = "Hoàng Thị Công Khai"


def unique_photo(colour) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (31, 37), colour).save(buffer, "PNG")
    return buffer.getvalue()


PHOTO = unique_photo((201, 17, 93))  # no consent: never public
CONSENTED_PHOTO = unique_photo((17, 93, 201))  # consent: published as a new, re-encoded image
DOSSIER = b"%PDF-1.4\n% " + MARKERS["file contents"].encode() + b"\n%%EOF\n"


@dataclass(frozen=True)
class Surface:
    """A public URL; ``echo`` is the query a search surface repeats back (not a leak)."""

    name: str
    url: str
    echo: str | None = None

    def control(self) -> "Surface":
        """The same search for a string of the same shape that no record holds."""
        return Surface(self.name, self.url.replace(quote(self.echo), quote(shaped_like(self.echo))))


def shaped_like(text: str) -> str:
    """Digits and ASCII letters shifted: same length and shape, matching nothing stored."""
    table = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "5678901234NOPQRSTUVWXYZABCDEFGHIJKLM")
    return text.upper().translate(table)


@pytest.fixture
def published(client, org):
    """The marked nomination, decided and published by the provincial board; another one in review."""
    nomination = nominate(
        org,
        "a1",
        PROVINCE_FRONT,
        NomineeKind.INDIVIDUAL,
        name=PUBLIC_NAME,
        position="Chủ tịch Ủy ban MTTQ thị trấn",
        ethnicity=MARKERS["ethnicity"],
        id_number=MARKERS["id_number"],
        phone=MARKERS["phone"],
        birth_date=BIRTH_DATE,
        photo_consent=False,
    )
    tag = MARKERS["file names"]
    nomination.photo.save(f"anh-{tag}.png", ContentFile(PHOTO), save=False)
    for field in ("proposal_letter", "achievement_report", "review_minutes"):
        getattr(nomination, field).save(f"{field}-{tag}.pdf", ContentFile(DOSSIER), save=False)
    nomination.save()
    nomination.save_revision()
    submit(nomination, org.users["officer_a1"])
    for user in ("reviewer_a1", "reviewer_a", "province_office", "council"):
        nomination = act(nomination, org.users[user])
    consented = nominate(org, "b", PROVINCE_FRONT, name="Nông Văn Đồng Ý", photo_consent=True)
    consented.photo.save(f"anh-{tag}.png", ContentFile(CONSENTED_PHOTO), save=False)
    consented.save()
    consented.save_revision()
    submit(consented, org.users["officer_b"])
    for user in ("reviewer_b", "province_office", "council"):
        consented = act(consented, org.users[user])

    client.force_login(org.users["reviewer_province"])
    for approved in (nomination, consented):
        decide = reverse("wagtailsnippets_nominations_nomination:decide", args=[approved.pk])
        decision = {"date": "12/11/2020", "signer": "Nông Lương Chấn", "honourees": [approved.pk]}
        assert client.post(decide, decision).status_code == 302
    client.logout()

    in_review = nominate(
        org,
        "b",
        PROVINCE_FRONT,
        NomineeKind.COLLECTIVE,
        name=f"Thôn {MARKERS['name of a nomination in review']}",
    )
    submit(in_review, org.users["officer_b"])
    return Nomination.objects.get(pk=nomination.pk)


def public_surfaces(org, exemplar) -> list[Surface]:
    site = org.site
    english_exemplar = exemplar.get_translation_or_none(site.ctx.english)
    surfaces = [
        Surface("home (vi)", site.home.url),
        Surface("home (en)", site.english(site.home).url),
        Surface("plan", site.campaign.url),
        Surface("about", site.about.url),
        Surface("honor roll", site.honor_roll.url),
        Surface("honor roll (en)", site.english(site.honor_roll).url),
        Surface("honor roll: individuals", f"{site.honor_roll.url}?kind=individual"),
        Surface("honor roll: award", f"{site.honor_roll.url}?award_type={exemplar.award_type_id}"),
        Surface("honor roll: district", f"{site.honor_roll.url}?district={org.units['a'].pk}"),
        Surface("honor roll: campaign", f"{site.honor_roll.url}?campaign={exemplar.campaign_id}"),
        Surface("exemplar", exemplar.get_url()),
        Surface("works gallery", site.gallery.url),
        Surface("news", site.news.url),
        Surface("news RSS", f"{site.news.url}rss/"),
        Surface("news Atom", f"{site.news.url}atom/"),
        Surface("sitemap", "/sitemap.xml"),
        Surface("robots.txt", "/robots.txt"),
    ]
    if english_exemplar is not None:
        surfaces.append(Surface("exemplar (en)", english_exemplar.get_url()))
    for language in ("vi", "en"):
        for label, marker in MARKERS.items():
            surfaces.append(
                Surface(
                    f"search ({language}) for {label}", f"/{language}/tim-kiem/?q={quote(marker)}", marker
                )
            )
            surfaces.append(
                Surface(
                    f"suggestions ({language}) for {label}",
                    f"/{language}/tim-kiem/goi-y/?q={quote(marker)}",
                    marker,
                )
            )
        surfaces.append(
            Surface(f"search ({language}) for the name", f"/{language}/tim-kiem/?q={quote(PUBLIC_NAME)}")
        )
    return surfaces


def leaks(client, surface: Surface) -> list[str]:
    """The markers ``surface`` shows beyond repeating the query it was asked."""
    response = client.get(surface.url, follow=True)
    assert response.status_code == 200, (surface, response.status_code)
    body = response.content.decode()
    found = [label for label, marker in MARKERS.items() if marker not in {surface.echo} and marker in body]
    if surface.echo is not None:
        control = client.get(surface.control().url, follow=True).content.decode()
        if body.count(surface.echo) > control.count(shaped_like(surface.echo)):
            found.append(f"results for {surface.echo}")
    return found


def test_no_public_page_feed_sitemap_or_search_shows_personal_data(client, org, published):
    exemplar = published.award.exemplar
    surfaces = public_surfaces(org, exemplar)
    visited = []
    for surface in surfaces:
        assert not leaks(client, surface), (surface.name, surface.url, leaks(client, surface))
        visited.append(surface.name)
    assert PUBLIC_NAME in client.get(exemplar.get_url()).content.decode(), "the positive control"
    assert PUBLIC_NAME in client.get(org.site.honor_roll.url).content.decode()
    print(f"\npublic surfaces checked: {len(visited)}: " + "; ".join(visited))


# The markers as the index stores them: SQLite keeps the text, PostgreSQL lexemes (lower
# case, split at "/" and "-"), so the check looks for these words in lower case.
INDEX_WORDS = {
    "ethnicity": "dantoczx9q",
    "id_number": "020199887766",
    "phone": "0966101202",
    "file names, contents, the name in review": "zx9q",
}


def test_the_search_index_holds_no_personal_data(published):
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    assert not hasattr(Nomination, "search_fields"), "nominations are never indexed"
    rows = IndexEntry.objects.values_list("title", "autocomplete", "body")
    text = " ".join(" ".join(str(part) for part in row) for row in rows).lower()
    assert "khai" in text, "the published exemplar is indexed (positive control)"
    for label, word in INDEX_WORDS.items():
        assert word not in text, label
    backend = get_search_backend()
    assert list(backend.search(PUBLIC_NAME, Exemplar)), "positive control"
    for marker in MARKERS.values():
        assert not list(backend.search(marker, Exemplar)), marker


def test_no_uploaded_file_is_fetchable_anonymously(client, published):
    for field in PRIVATE_FILE_FIELDS:
        stored = getattr(published, field)
        assert stored.name and MARKERS["file names"] in stored.name
        assert not Path(stored.path).is_relative_to(settings.MEDIA_ROOT)
        response = client.get(stored.url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], field
        for guess in (f"{settings.MEDIA_URL}{stored.name}", f"/{stored.name}", f"/documents/{stored.name}"):
            assert client.get(guess, follow=True).status_code == 404, guess


def test_the_public_media_folder_holds_no_private_file_nor_a_copy(client, org, published):
    # Render the public pages first, so their renditions exist.
    for surface in public_surfaces(org, published.award.exemplar):
        client.get(surface.url, follow=True)
    files = [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]
    assert any("images/" in str(path) for path in files), "the consented photo's renditions are there"
    for path in files:
        assert MARKERS["file names"] not in path.name, path
        content = path.read_bytes()
        assert content not in (PHOTO, CONSENTED_PHOTO), path
        assert MARKERS["file contents"].encode() not in content, path


def test_the_public_comment_pages_show_no_personal_data(client, org):
    """The nominees posted for public comment show their public fields only, in both languages."""
    AwardChain.objects.filter(award_type__slug=PROVINCE_FRONT).update(comment_days=5)
    nomination = nominate(
        org,
        "a1",
        PROVINCE_FRONT,
        NomineeKind.INDIVIDUAL,
        name=PUBLIC_NAME,
        position="Chủ tịch Ủy ban MTTQ thị trấn",
        ethnicity=MARKERS["ethnicity"],
        id_number=MARKERS["id_number"],
        phone=MARKERS["phone"],
        birth_date=BIRTH_DATE,
        photo_consent=True,
    )
    tag = MARKERS["file names"]
    nomination.photo.save(f"anh-{tag}.png", ContentFile(PHOTO), save=False)
    for field in ("proposal_letter", "achievement_report", "review_minutes"):
        getattr(nomination, field).save(f"{field}-{tag}.pdf", ContentFile(DOSSIER), save=False)
    nomination.save()
    nomination.save_revision()
    in_review = nominate(
        org,
        "b",
        PROVINCE_FRONT,
        NomineeKind.COLLECTIVE,
        name=f"Thôn {MARKERS['name of a nomination in review']}",
    )
    with freeze_time("2026-03-02 09:00"):
        submit(nomination, org.users["officer_a1"])
        submit(in_review, org.users["officer_b"])
        for user in ("reviewer_a1", "reviewer_a", "province_office"):
            nomination = act(nomination, org.users[user])
    page = org.site.home.add_child(instance=PublicCommentPage(title="Lấy ý kiến nhân dân", slug="lay-y-kien"))
    page.save_revision().publish()
    english = org.site.translate(page, {"Lấy ý kiến nhân dân": "Public comment"})
    posting = open_period(
        CommentPeriod(campaign=org.site.campaign, starts_on=date(2026, 3, 2))
    ).nominees.get()
    surfaces = [
        Surface("public comment list", page.url),
        Surface("public comment list (en)", english.url),
        Surface("public comment form", f"{page.url}{posting.pk}/"),
        Surface("public comment form (en)", f"{english.url}{posting.pk}/"),
        Surface("home while comments run", org.site.home.url),
    ]
    with freeze_time("2026-03-03 10:00"):
        for surface in surfaces:
            assert not leaks(client, surface), (surface.name, leaks(client, surface))
        body = client.get(page.url).content.decode()
        assert PUBLIC_NAME in body, "the positive control"
        assert tag not in body and "/tep-rieng/" not in body, "no dossier file or private photo is linked"
