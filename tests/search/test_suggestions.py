"""Suggestions as you type: titles of pages, works and exemplars, accents optional."""

from datetime import date
from pathlib import Path

from django.conf import settings

import pytest

from campaigns.factories import ArticlePageFactory
from tests.helpers import html
from tests.search.searching import add_search_content, suggest, suggestions_url

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content(site, django_db_blocker):
    with django_db_blocker.unblock():
        found = add_search_content(site)
        for number in range(10):
            ArticlePageFactory(
                parent=site.news, title=f"Bản Giốc mùa nước số {number + 1}", date=date(2020, 6, number + 1)
            )
        ArticlePageFactory(parent=site.news, title="Đường lên Bản Giốc", date=date(2020, 7, 1))
        return found


def marked(suggestion) -> list[str]:
    return [suggestion["title"][start:end] for start, end in suggestion["marks"]]


def test_a_prefix_typed_without_accents_suggests_accented_titles(content, client):
    found = suggest(client, "khuoi ph")
    assert [item["title"] for item in found] == ["Đường bê tông thôn Khuổi Phầy"]
    assert found[0]["type"] == "Công trình, phần việc"
    assert found[0]["url"] == f"/vi/cong-trinh/{content.work_road.slug}/"
    assert marked(found[0]) == ["Khuổi", "Phầy"]


def test_pages_works_and_exemplars_are_suggested(content, client):
    assert suggest(client, "nong thi")[0]["title"] == "Nông Thị Hoa"
    assert suggest(client, "nong thi")[0]["type"] == "Điển hình tiên tiến"
    assert "Nông thôn mới ở Lạng Sơn" in [item["title"] for item in suggest(client, "nông thôn")]
    assert "Tin bài" in {item["type"] for item in suggest(client, "nông thôn")}


def test_at_most_eight_suggestions_and_titles_starting_with_the_query_first(content, client):
    found = suggest(client, "ban gioc")
    assert len(found) == 8
    assert all(item["title"].startswith("Bản Giốc") for item in found)
    assert "Đường lên Bản Giốc" not in [item["title"] for item in found]


def test_every_suggestion_links_to_a_public_page(content, client):
    for item in suggest(client, "ban gioc") + suggest(client, "nong thi"):
        assert client.get(item["url"]).status_code == 200


def test_one_letter_suggests_nothing(content, client):
    assert suggest(client, "b") == []
    assert suggest(client, "") == []


def test_suggestions_follow_the_language(site, content, client):
    site.translate(content.article_lang_son, {"Nông thôn mới ở Lạng Sơn": "New countryside in Lạng Sơn"})
    english = suggest(client, "new count", "en")
    assert [item["title"] for item in english] == ["New countryside in Lạng Sơn"]
    assert english[0]["url"].startswith("/en/")
    assert suggest(client, "new count", "vi") == []


def test_the_answer_is_small_cacheable_json(content, client):
    response = client.get(suggestions_url(), {"q": "khuoi"})
    assert response["Content-Type"] == "application/json"
    assert "max-age" in response["Cache-Control"]
    assert set(response.json()) == {"query", "suggestions"}


def test_without_javascript_the_box_is_a_plain_search_field(site, client):
    """The combobox roles are added by search.js; the HTML is a form that submits."""
    page = html(client.get(site.home.url))
    field = page.select_one(".site-header input[name=q]")
    assert field.get("role") is None and field.get("aria-expanded") is None
    assert field.find_parent("form")["action"] == "/vi/tim-kiem/"


def test_the_script_implements_the_combobox_keyboard_pattern():
    script = (Path(settings.BASE_DIR) / "static" / "js" / "search.js").read_text()
    for needle in (
        '"combobox"',
        "aria-expanded",
        "aria-activedescendant",
        '"listbox"',
        '"option"',
        "ArrowDown",
        "ArrowUp",
        "Enter",
        "Escape",
        "aria-live",
    ):
        assert needle in script, needle
    assert "innerHTML" not in script  # titles go in as text
